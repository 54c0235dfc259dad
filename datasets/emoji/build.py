"""Build ``train.csv`` and ``test.csv`` of the emoji data set from the sentences written below.

Every sentence was written for Sequence Models Lab. Each class keeps its sentences in one list; the split
is not chosen by hand: within a class, the sentences are ordered by the SHA-256 of their text and the
first ``TEST_PER_CLASS`` go to the test split, so the test set is an unbiased sample of what was written.
The script then checks the data (allowed characters, no duplicates, no near-copy across the splits,
balance) and writes both files in a fixed shuffled order. Run ``python datasets/emoji/build.py`` to
rebuild; ``--check`` only verifies that the committed files match.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
import re
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
LABELS = ("heart", "baseball", "smile", "disappointed", "fork_and_knife")
TEST_PER_CLASS = 40
NEAR_COPY_JACCARD = 0.8  # token-set Jaccard similarity above which two sentences count as near-copies
SHUFFLE_SEED = 2024
ALLOWED = re.compile(r"^[A-Za-z]+( [A-Za-z]+)*$")  # words and single spaces; no punctuation, no digits

SENTENCES = {
    "heart": """
my grandmother knits scarves for everyone she loves
I fell in love with you all over again tonight
the old couple still write love notes to each other
my son gave me a hug before school
I love holding you close
she is my rock and my comfort
we have been best friends since kindergarten
I love the way my daughter laughs
he adores his little sister
our wedding was the most romantic day of my life
my heart skips a beat when I see you
I am blessed to have such a loving family
my wife is the most beautiful woman in the world
sending love to my cousins overseas
I would do anything for my brother
she tucked her son into bed and kissed his forehead
we celebrate ten years together this weekend
my mom is my best friend and my biggest fan
I really care about my friends
our old dog rests his head on my knee and I adore him
he held her hand all the way home
I am so in love with this city
my grandpa taught me everything with patience and love
thinking of you always
you are the light of my life
the newlyweds danced cheek to cheek until midnight
my aunt always makes me feel welcome and loved
I want to grow old with you
our cat follows me everywhere because she loves me
dear mom thank you for your love
I love my family so much
my girlfriend is the kindest person I have ever met
I love you more than words can say
our love grows stronger every year
he gave me a tender kiss on the cheek
I miss my mom and I love her dearly
hugs to my wonderful wife
you are my sweetheart and my best friend
she loves her children more than anything
I am so fond of my grandfather
my beloved husband turns fifty today
the couple held each other close
I love our long walks together
my darling daughter I love you
I feel deep affection for my old teacher
he is so romantic and caring
we fell in love in Paris
my baby son is the most precious thing in my life
I cherish every moment with you
I love my boyfriend
our puppy loves to cuddle
I want to spend my whole life with you
I adore the way you laugh at your own jokes
my grandmother still holds my hand when we walk
you mean the world to me
I love you more with every single day
we have been married for thirty years and I would do it all again
my dog sleeps at my feet every night and I cherish him
thank you for always being there for me my love
I fell for her the moment she smiled at me
he wrote me a letter full of sweet words
my sister is my best friend
I can not imagine my life without you
our kids fill the house with warmth
she kissed me goodnight
he proposed on the beach at sunset
I care about you deeply
my parents taught me what devotion looks like
you are the most caring person I know
holding my newborn niece melted my heart
we held hands during the whole film
my cat curls up on my lap and purrs
I am so grateful to have you in my life
he whispered that he loves me
my heart belongs to this little town
I treasure every letter my father sent me
she hugged her brother tightly at the airport
I would cross any ocean for you
you make me feel safe and loved
happy anniversary my darling
my husband brings me flowers for no reason
I have a huge crush on my neighbour
our friendship means everything to me
she is the love of my life
I love you with all my heart
my mother sings lovingly to the baby every evening
we cuddled on the sofa all afternoon
I think about you fondly whenever it rains
he is the sweetest boyfriend anyone could ask for
I adore my nephews
my wife and I renewed our vows last spring
sending you a big hug and all my affection
I am madly in love with him
the puppy licked my face and I melted
my grandparents still dance together in the kitchen
you are my favourite person in the whole world
I will always be by your side
dearest Anna I love hearing your voice
our first date was at the old cinema
my little brother drew a picture of the two of us holding hands
I feel lucky to be your partner
she cares for her elderly aunt with endless tenderness
we are expecting our first baby and I already adore her
he still looks at me the way he did on our wedding day
I am devoted to my family
my best friend knows me better than anyone
you stole my heart
I love spending quiet evenings with you
kisses and hugs from all of us
my fiance is coming home tonight and I cannot wait to hold him
the children hugged their teacher goodbye
nothing compares to the bond between a mother and her child
I adore you darling
my dad is my hero
I would marry you again tomorrow
we snuggled under a blanket and watched the stars
she holds a special place in my heart
forever yours
my boyfriend surprised me with a romantic weekend
I cannot stop thinking about her
love you sweetheart
our dog greets me at the door with so much affection
my twin and I are inseparable
I feel so close to you
you are my soulmate
my partner always knows how to comfort me
I am crazy about you
grandpa calls me his little sunshine
we adopted a kitten and we all adore him
my wife still hides little love notes in my lunch box
I would walk through fire for my children
grandma squeezed my hand and told me she was proud of me
he carried his sleeping daughter up the stairs so gently
you are the first thing I think about every morning
our golden retriever never leaves my side
I am head over heels for my new girlfriend
my parents still hold hands after forty years
nobody could ever replace you in my heart
I will never stop loving you
she wrapped her arms around me and I felt at home
my brother and I have always looked out for each other
the twins share everything and adore one another
I kissed my husband goodbye at the station
you are the best thing that ever happened to me
my grandfather proposed to my grandmother with a ring made of grass
I fall for you a little more every day
our kitten sleeps on my pillow and I would not have it any other way
she lit up my whole world
my mother is the kindest soul I know
he wrote our initials in the sand
we spent our honeymoon on a quiet island
I feel so loved when you call me honey
my son made me a card that says I love you mommy
the old man visits his wife at the nursing home every single day
I am so fond of our little neighbourhood
you are my home
I would choose you again in every lifetime
my dad still calls me his princess
I cherish the bracelet my grandmother left me
we curled up together by the fireplace
my best friend flew across the country just to hug me
my girlfriend and I are moving in together and I adore her
our rabbit nuzzles my hand whenever I feed him
I held my baby for the first time and fell in love
her embrace makes every worry disappear
he is my partner in everything
I have loved this old farmhouse since I was a child
my niece gave me a bunch of daisies and a big kiss
I am lucky to share my life with someone so gentle
our love story began on a rainy train platform
I adore every freckle on your face
the couple on the bench were holding hands and smiling at each other
my husband cooked breakfast in bed for me just because he loves me
my mother held me tight when I came home
you are always in my heart even when we are apart
I can not wait to marry you
my godmother has always treated me like her own daughter
he kissed her hand like a gentleman
I will love you until the end of time
our dog wags his whole body when he sees me
we wrote love letters to each other all summer
my husband is my best friend
I would never trade our quiet evenings for anything
my daughter fell asleep in my arms
we are a family and we stick together
she whispered sweet nothings in his ear
I feel warm inside whenever you smile at me
he is devoted to his wife
I treasure our friendship
grandma always saves the biggest hug for me
my heart is full when my family is together
happy valentine to the love of my life
I am smitten with you
you make my heart flutter
he told his wife she is more beautiful every year
my little sister crawled into my bed and cuddled up
the bride and groom looked at each other with such tenderness
I will always be here for you my dear
my mother knitted me a blanket with love in every stitch
the puppy fell asleep in my lap
he surprised his wife with the ring she wanted
our grandchildren are the joy of our old age and we dote on them
I love you to the moon and back
I adore my grandmother and her funny stories
you are the only one for me
he hugged his father for a long time
my boyfriend is so thoughtful and affectionate
my husband and I still go on date nights every week
thank you for loving me just as I am
we have a bond that no distance can break
my aunt treats every child in the family as her own
I love snuggling with my cat on cold nights
she is my one true love
my heart melts when my son says he loves me
I am deeply attached to my childhood friends
you complete me
we have been sweethearts since high school
my father hugged me and said he will always love me
the old couple walked arm in arm through the park
I love the smell of your hair
I would give you my last piece of chocolate because I love you
nothing makes me happier than being close to you
my pony nuzzled my cheek
we made a promise to love each other forever
my wife is my everything
I feel so much tenderness for my newborn son
my cousin is like a sister to me and I love her
he called just to say he loves me
our hearts beat as one
we fell in love over long phone calls
I am in love with your kindness
my son held my hand and would not let go
she is crazy about her husband
my grandfather still writes poems for my grandmother
I love you more than anything in this world
he adopted a stray dog and they are inseparable
I care for my mother every day because I love her
the kids gave their grandma a big group hug
my partner always makes me feel cherished
we promised to always take care of each other
my beloved wife passed me a note that said forever
he proposed with the ring his grandmother once wore
I love my big noisy family
my dog is my loyal companion
I want to wake up next to you every morning
we kissed under the mistletoe
she loves her cat like a child
the old man held the hand of his wife with such tenderness
I am grateful for every hug from my children
my uncle treats me like his own son
we have loved each other through good times and bad
her grandson kissed her on the forehead
I feel safe in your arms
I love how you hold me
my heart belongs to you
my husband is the gentlest man I have ever known
she adores her baby brother
my parents are my greatest blessing
I am so fond of you
he gave me his jacket when I was cold
you are my sunshine on a grey day
our little family means the world to me
my boyfriend sang me a love song
I never get tired of your hugs
my fiancee and I are getting married in June
I love my grandparents dearly
she blew a kiss to her husband across the room
my daughter has my whole heart
we renewed our promise to each other on the beach
our old cat purrs whenever I stroke her
he looks at me like I am the only person in the room
my love for you grows deeper every year
I adore my wife more than words can express
I am so attached to my little dog
we have been inseparable since the day we met
my brother gave me a hug that I will never forget
my heart swells with love for my students
you are my favourite hello and my hardest goodbye
I loved the afternoons in the garden with my grandmother
we share a love that is rare
my kids climbed into our bed and we all cuddled
I feel such affection for this old house
my girlfriend has the kindest heart
I kissed my baby on the top of his head
nobody loves me the way my mother does
my friend is always there to listen and I love her for it
we hold each other every night before we sleep
he gave his mom a bouquet of roses
I cannot imagine loving anyone else
our parrot sits on my shoulder and nibbles my ear
my husband wrote me a love letter for our anniversary
my sisters and I are very close
she held her newborn and cried tears of love
I miss nothing when I am with you
you are dear to me
my dog follows me from room to room because he loves me
the grandparents spoiled the children with kisses
I feel cherished and adored
the two friends hugged like they had not seen each other in years
my husband and I are soulmates
I treasure every moment with my grandchildren
she has been my sweetheart for ten years
my baby daughter grabbed my finger and held on
our marriage is built on love and trust
my mother tucked a blanket around my shoulders
I am forever grateful for your love
we danced slowly in the kitchen to our song
my teenage son still gives me a hug every night
I love my friends like family
he called me his darling
my girlfriend and I are crazy about each other
I would follow you anywhere
you will always be my first love
my grandmother calls me her treasure
we took care of each other when we were sick
I love the way you look at me
she keeps a photo of her husband in her wallet
I am so in love with my wife
my family is my greatest treasure
I do not need anything but your love
nothing could make me stop caring for you
I never want to let you go
no one understands me like my husband does
I cannot wait to hold my granddaughter again
my love for my children has no limits
you are never far from my thoughts my darling
I will not ever stop adoring you
my dog does not sleep until I am home and I love him for it
not a day goes by without me thanking the stars for you
the grandkids never leave without a kiss for grandpa
we cannot keep our hands off each other on date night
my husband warms my side of the bed before I get in
I adore the little wrinkles around your eyes
our cat headbutts me every morning to say she loves me
my grandma keeps every drawing I ever made for her
he still opens the car door for his wife after all these years
I would share my umbrella with you forever
my daughter and I have a secret handshake
I am so proud to call you my wife
we carved our names into the old oak tree
my father taught me to fish and I treasure those mornings with him
you are the calm in my storm
I love falling asleep on your shoulder
our baby has the eyes of her father and I adore them both
my best friend saved me the seat next to her as always
I melt every time my nephew calls me auntie
my mother braided my hair every morning before school
I will always choose you
being with you always feels like home
the old couple shared one umbrella and held hands
my girlfriend laughs at all my terrible jokes and I adore her for it
I love coming home to you
he sends me a sweet message every morning
my parents gave me the gift of unconditional love
my dog always knows when I need a cuddle and I adore him
I feel so close to my family this winter
you are the reason I believe in love
my little boy hugs me so tight it hurts
my wife and I still flirt like teenagers
she left a heart drawn in the steam on the mirror
my grandfather walks my grandmother home every evening holding her hand
we are inseparable and we adore each other
I am forever thankful for my loving parents
he promised to love her in sickness and in health
our dog has been part of the family for twelve years
I could listen to you talk all day
my children are my whole heart
my aunt hugged me like she would never let go
the puppy snuggled into my neck
I love you for who you are
my brother flew home just to be with me
the little girl kissed her teddy bear goodnight
I still have the first love letter you wrote me
our house is full of love and noise
we have been together since we were sixteen
my husband stroked my hand tenderly all evening
she leaned her head on his shoulder
I am so lucky to have such loving grandparents
we stayed up all night talking and fell in love
my wife is my anchor
he looked into her eyes and said I do
my baby sister falls asleep holding my finger
I feel at peace in your embrace
thank you for loving me on my worst days
our friendship has lasted forty years
I feel so much love for this little town by the sea
my husband learned sign language for my deaf mother
she kisses her children goodnight every single night
I adore our lazy Sunday mornings in bed together
my son built me a birdhouse with his own hands
we promised to grow old together
my girlfriend wears my jumper and I love it
our grandson fell asleep in the arms of his grandpa
I love you even when you snore
he has been my best friend and my husband for twenty years
my kitten purrs on my chest every night
you are my safe place
the father rocked his crying baby to sleep
my mom calls me every Sunday just to say she loves me
I cannot get enough of your hugs
my sister held my hand through the whole operation
I am devoted to you heart and soul
our old dog greets us at the gate every evening
my partner and I have a lovely home together
I fell in love with this village the first time I saw it
we hugged goodbye at the airport and promised to write
my grandma smells like lavender and I adore her
you make every day feel special my love
my husband kissed me on the forehead before work
I would spend every summer with my cousins if I could
the kids made a card covered in hearts for their mum
I love our family game nights
my wife believes in me more than anyone
she wrote her husband a poem every anniversary
our two dogs sleep curled up together
I feel blessed to be your mother
he carried his wife across the threshold
my boyfriend remembered every little thing I said
the grandmother knitted a tiny hat for the new baby
you are my dearest friend and I love you
I love the way you say my name
we share everything including our dreams
my dad hugged me at my graduation and would not let go
I cannot stop kissing the cheeks of my baby
our love has only grown stronger
she named her daughter after her grandmother out of love
my best friend knows all my secrets and loves me anyway
I kiss my wife goodnight every night
my partner is the most patient and loving person I know
our kitten climbed into my arms and fell asleep
I will hold your hand through anything
my grandparents wrote to each other every day during the war
he adores his grandchildren
my husband is my favourite person to come home to
I love my students like my own kids
we are a couple of old romantics
you light up my life
the father held his daughter close at the wedding
my mother always tucks a note into my suitcase
my love grows every time I see you with our kids
I feel tender and protective of my little brother
the two sisters held hands all the way to school
our love is the best thing in my life
my husband brings me tea in bed every morning because he loves me
she curled up in his arms on the sofa
my fiance and I are planning our wedding and I adore him
we still hold hands on every walk
I love the sound of your heartbeat
my baby boy has stolen my heart
grandpa hugs every one of us twice
I am so devoted to my two girls
you are the best husband a woman could ask for
we always kiss before we say goodbye
my girlfriend is my biggest supporter and I love her
our pets are family to us
my mother is my role model and I love her dearly
we have shared a lifetime of love
I feel so affectionate towards my old friends
my heart beats faster when you hold my hand
I will always love this house where we raised our children
my husband never forgets to tell me he loves me
I adore my goddaughter
our love is stronger than any distance
my daughter left a love note on my pillow
I want to cuddle with you all day
my dog is the sweetest and most loyal friend
we adore our new baby granddaughter
my twin sister is my other half
I am head over heels in love with my wife
the groom cried when he saw his bride
we spent the evening wrapped in a blanket together
you are precious to me
I love how my kids hug each other
my mother kissed me goodbye at the school gate
our family reunion was full of hugs
I care so much about my little cousins
we wrote our wedding vows ourselves
my dog always sleeps pressed against my legs
you have my heart forever
I love you more than the stars in the sky
my son told me I am the best mum in the world
I am so fond of the old town where I grew up
my grandmother still kisses me on both cheeks
we are so in love
I cherish our walks along the river
I will never love anyone the way I love you
my mother and I are best friends
our marriage gets sweeter every year
my little girl climbed into my lap for a cuddle
the kids adore their grandpa
I hold my baby close and sing to him
my wife smiled at me across the crowded room and I fell in love again
our cat sleeps between us every night
I feel so cared for by my friends
he loves his wife more than life itself
my family means everything to me
my wife and I still write each other little love poems
my kids shower me with kisses when I get home
my grandmother taught me to bake and to love without limits
I love watching my husband play with our daughter
he cradled the newborn lamb like his own child
we adore our old cat
she hugged her mother tightly at the door
my partner rubbed my tired feet
you are the sweetest person I have ever loved
I am so lucky that you chose me
my father walked me down the aisle and kissed my cheek
our dog snuggles with the baby
he keeps her letters in a box under the bed
my wife is the love of my whole life
I love our little family of three
my friends are the family I chose
my son brought me a flower from the garden
the two old friends embraced after thirty years
you hold a special place in my soul
my husband always waits up for me because he loves me
my daughter calls me every night to say goodnight and I love her
we spent our anniversary holding hands by the lake
I love my grandpa and his silly songs
our love has no end
my girlfriend makes me feel like the luckiest man alive
""",
    "baseball": """
the pitcher wound up and threw a sinker
our shortstop has a strong throwing arm
he stole third base in the seventh inning
she trains at the pool every morning before school
the sprinters lined up for the hundred metres
the team practised fielding ground balls
we got seats right behind home plate
the hockey goalie blocked every shot
the marathon runners crossed the finish line
he is the best hitter in the league
the batter hit a grounder to the shortstop
our basketball team made the playoffs
I joined a cycling club this spring
the catcher threw out the runner at second
she served an ace to win the set
the rugby players packed down for a scrum in the mud
the game was delayed by rain in the fourth inning
he practises his swing in the backyard
the league announced the new baseball schedule
the crowd sang during the seventh inning stretch
the skier raced down the slalom course
we play pickup basketball on Thursday nights
the fielder dropped an easy fly ball
the team signed a new starting pitcher
she is the captain of the volleyball team
the coach drew up a new play for the offense
he hit a triple off the wall
the swimmers dove into the pool at the whistle
the pitcher walked the first batter
the players shook hands after the match
the baseball game went into extra innings
the pitcher and the catcher argued on the mound
our softball team won the tournament
he swung the bat and missed
the team scored two runs in the eighth inning
let us play baseball on Sunday
the football match ended in a draw
she plays basketball for the national team
the tennis final lasted five sets
he threw the ball to first base
I watched the baseball playoffs on television
the goalkeeper saved a penalty
the players warmed up before the game
the stadium lights came on for the night game
he was traded to another baseball team
the coach called a timeout
the athletes ran around the track
the team gathered in the locker room before the game
our league games are on Wednesday evenings
she caught the ball with one hand
the umpire shouted strike three
the hitter drove the ball over the fence for a homer
the pitcher threw a perfect curveball
we won the match in extra innings
he hit a home run in the ninth inning
let us go to the stadium on Saturday
the shortstop made an incredible diving catch
I play tennis every Tuesday morning
our team needs a better goalkeeper
she scored three goals in the final
the umpire called him out at second base
practice starts at six so bring your glove
the coach benched our best batter
I ran a marathon last autumn
he swims laps before work
they are selling tickets for the world series
my son joined the little league team
the catcher signalled for a fastball
we watched the cricket match on television
the striker missed an easy penalty
she is training for the cycling race
let us shoot some hoops after school
the quarterback threw a long pass
our club finished second in the league
I need new running shoes for the track
the rookie stole two bases tonight
he struck out four batters in a row
the referee blew the whistle for a foul
we go skiing in the mountains every winter
I bought a new bat and a helmet
the bases are loaded with two outs
who won the game last night
the hockey season starts next week
she serves faster than anyone on the tour
the bullpen gave up three runs
I watch the playoffs with my friends every year
he plays first base for the college team
the game was decided by one point in overtime
the outfielder caught the fly ball at the wall
grab your mitt and meet me at the diamond
the volleyball tournament is this weekend
my brother is a huge fan of the Yankees
the runner slid into home plate
she won gold in the long jump
they trained all summer for the championship
he dribbled past three defenders
the ballpark was packed for opening day
I am learning to throw a slider
our pitcher has a great arm
the boxer knocked out his opponent in the third round
we practised batting in the cage for an hour
the golfer sank a long putt
rugby practice was cancelled because of the storm
he signed a contract with a major league club
the relay team broke the school record
she hit a double down the left field line
the fans cheered when the ball cleared the fence
I pitch for our company softball team
the wrestler pinned his rival in seconds
the infield was muddy after the rain
let us play catch in the park
the manager argued with the umpire
she rows for the university crew
the batter fouled off five pitches
who is pitching in the game tomorrow
he won the race by a fraction of a second
the soccer final goes to penalties
our coach makes us run sprints after practice
the team traded their star centre fielder
I keep score at every home game
she is the fastest sprinter in the county
they scored a touchdown in the last minute
the season ticket holders got free caps
he lifts weights at the gym five days a week
the second baseman turned a quick double play
we are going to the ball game tonight
the dugout erupted after the winning hit
my daughter plays lacrosse for her high school
the umpire widened the strike zone
they swept the series in four games
the shortstop fielded the grounder and threw to first
he laid down a perfect bunt to move the runner over
our closer came in to pitch the ninth
the slugger leads the league in home runs
she plays centre field for the college softball team
the umpire called a balk on the pitcher
they played a doubleheader on Sunday
the pinch hitter drew a walk
spring training starts in February
the pitcher shook off the sign from the catcher
he tagged up and scored on the sacrifice fly
the lefty throws a wicked changeup
we sat in the bleachers along the third base line
the knuckleball danced past the batter
the runner was caught stealing second
the manager made a pitching change in the sixth
she is batting cleanup this season
he fouled a pitch into the stands
the infielders gathered on the mound
the grand slam cleared the left field wall
the team has a doubleheader against their rivals
our catcher blocked a wild pitch in the dirt
he led off the game with a double
the rookie made his major league debut
the bullpen is warming up in the eighth
the batter was hit by a pitch and took first base
the outfielder threw the runner out at the plate
the pitcher has thrown a no hitter
she bowled a strike in the last frame
our fencing club meets on Tuesday evenings
he hit a hole in one on the seventh hole
the archers aimed at targets across the field
the badminton match went to three games
the gymnast landed a perfect vault
they paddled their kayaks down the river
the cyclists climbed the mountain pass in the rain
the surfers paddled out to catch the big waves
the judo champion threw his opponent to the mat
the curling team swept the stone toward the house
the decathlon ends with the fifteen hundred metres
she threw the javelin farther than ever
our water polo team trains in the evening
the snowboarder landed a triple flip
the bobsled team pushed hard at the start
the jockey rode his horse to the finish line
the point guard drove to the basket
the goalie stopped the puck with his glove
the linebacker sacked the quarterback
the tight end caught a pass in the end zone
the midfielder passed the ball to the striker
the winger crossed the ball into the box
the forward headed the ball into the net
the referee showed him a yellow card
the batsman hit a six over the boundary
the bowler took three wickets in the over
the cricket test match lasts five days
the squash ball bounced off the back wall
the table tennis players rallied for a minute
the boxers touched gloves before the first round
the wrestlers circled each other on the mat
the karate students practised their kicks
the swimmer broke the record in the butterfly
the diver did a double somersault from the high board
the rowers pulled their oars in perfect time
the sailors raced their yachts around the buoys
the climbers reached the top of the wall
the marathon route goes along the river
she runs five miles every morning before work
he trains for the triathlon on weekends
the hurdler clipped the last hurdle
the pole vaulter cleared the bar on her third try
the shot put landed past the line
the high jumper flopped over the bar
the sprinter exploded out of the blocks
the relay runner dropped the baton
the skaters glided around the rink
the figure skater landed a triple axel
the hockey players lined up for the faceoff
the defenceman blocked the slap shot
the rugby winger sprinted down the touchline
the fly half kicked a penalty goal
the hooker threw the ball into the lineout
the tennis player hit a backhand down the line
she won the point with a drop shot
the golfer hit his drive into the bunker
he chipped the ball onto the green
the caddie handed her a putter
our bowling league meets on Friday nights
the lacrosse team practises on the turf field
the volleyball player spiked the ball over the net
the setter set up the hitter for a kill
the netball team practises shooting on Thursdays
the handball keeper dived to stop the throw
the players jogged a warm up lap around the field
the coach blew the whistle to start the drill
the team watched film of their last game
the scouts came to watch the young pitcher
he was drafted in the first round
the general manager traded for a new first baseman
the team called up a rookie from the minors
the trade deadline is at the end of July
the batting cage is open after practice
my son is learning to hit off a tee
we played catch in the backyard until dark
the little league game starts at nine
the coach taught us how to slide into second
grab your cleats and your glove for practice
the pitcher went seven strong innings
he has the best batting average on the team
she turned a double play from second base
the ball took a bad hop and got past the shortstop
the batter checked his swing
the umpire called ball four
the third base coach waved him home
the runners advanced on a passed ball
the centre fielder robbed him of a home run
the designated hitter doubled to right field
he signed a new contract with the team for next season
the team is in first place in the division
the pennant race is very close this year
the series is tied at two games each
the players lined up for the national anthem
the stadium sold out for the derby
our pitcher threw a complete game
the infield fly rule was called
the batter stepped out of the box
the pitcher checked the runner at first
the mascot ran around the bases between innings
the team wore their throwback uniforms
the catcher called a timeout to talk to the pitcher
the outfielders practised catching fly balls
the batting order changes every game
she hit her first home run in the county league
the coach moved him from shortstop to third base
the pitcher is on the injured list with a sore elbow
the umpire brushed off home plate
the fans did the wave in the upper deck
the ball bounced over the fence for a ground rule double
the shortstop is the fastest player on the team
they turned a triple play in the fifth inning
he takes batting practice every afternoon
the pitching coach worked on her delivery
the team is holding tryouts next week
the season opener is on Thursday afternoon
the umpires huddled to review the call
she is training for the national swimming trials
he runs the hurdles for his high school
the basketball game went to double overtime
the team shot free throws at the end of practice
the ski jumper soared off the ramp
the biathlon combines skiing and shooting
the skateboarder dropped into the half pipe
the mountain bikers raced down the trail
the climbers roped up for the final pitch
the horses jumped the fences in the show ring
the polo players galloped after the ball
our darts team plays in the pub league
the snooker player potted the black ball
the racing cars lined up on the grid
the driver took the pole position
the boxer trains with a skipping rope every morning
the referee counted to ten over the fallen fighter
the fencers saluted each other before the bout
the gymnasts practised on the balance beam
the coach timed our laps around the track
the team does push ups after every practice
the athlete stretched before the long jump
the runners took water at the halfway mark
the cyclist wore the yellow jersey
the peloton sped through the village
she finished the half marathon in under two hours
he swam across the lake in the open water race
the players traded jerseys after the final whistle
the team huddled before the kickoff
the kicker made a field goal from long range
the quarterback handed the ball to the running back
the receiver caught the ball on the sideline
the team ran onto the pitch to warm up
the goalkeeper punched the ball away
the defender made a sliding tackle
the team scored on a corner kick
the referee awarded a free kick outside the box
the tournament has sixteen teams
the players shook hands with the umpires
the scoreboard showed the bottom of the ninth
the batter hit a line drive to left field
the umpire signalled safe at home
the pitcher threw a fastball high and inside
the hitters took turns in the batting cage
our team plays an away game on Saturday
the coach reviewed the signs with the batters
the pitcher covered first base on the grounder
my daughter is the catcher for her softball team
the umpire ejected the manager from the game
he led the league in stolen bases
the game at the ballpark is under the lights tonight
the bat cracked as he hit the ball
the outfielder crashed into the wall making the catch
the starter lasted six innings and struck out eight
he hit a sacrifice bunt down the third base line
the reliever threw nothing but sliders
she slid headfirst into second base
the batter worked a full count
our team practises bunting every Wednesday
the umpire called the runner out on a close play at first
the pitcher threw a pickoff to first
the leadoff hitter beat out an infield single
the manager sent in a pinch runner
the catcher framed the pitch for a strike
they brought the infield in with a runner on third
the lefty specialist came in to face one batter
the ball rolled all the way to the wall for a triple
the batter squared to bunt and pulled back
the team has won five games in a row
the outfield grass was freshly mowed for the game
the umpire dusted off the plate between innings
he throws a heavy sinker that gets ground balls
the pitcher stepped off the rubber
the first baseman stretched for the throw
the runner took a big lead off first
he hit a towering fly ball to centre
the team held batting practice under the lights
she coaches a youth softball team on weekends
the baseball season runs from April to October
the players chewed sunflower seeds in the dugout
he hit for the cycle last night
the pitcher threw a curve in the dirt
the catcher went to the mound to calm the pitcher
the shortstop backhanded the ball and threw across
the runner on second took off with the pitch
the rookie has a smooth left handed swing
the infield dirt was raked before the game
the umpire rang him up on a called third strike
our team wears red caps and grey pants on the road
the second baseman flipped the ball to the shortstop
the home team batted in the bottom of the inning
he led the league in strikeouts last season
she plays third base for the county team
the pitcher threw a changeup in a two strike count
the ballplayers signed autographs before the game
the team bus left for the away series at dawn
the batter took a called strike on the outside corner
we warmed up by playing long toss in the outfield
the catcher caught a foul pop near the backstop
the manager challenged the call at second
the bullpen phone rang in the seventh
he plays catcher for the minor league team
the batter bunted for a hit
the outfielder dove and caught the sinking liner
the team rested its starters for the last game
the baseball bounced off the top of the fence
the umpires called the game because of lightning
the ace is scheduled to pitch on Friday
he switched from pitcher to the outfield
the slugger hit a ball into the upper deck
the club is looking for a new hitting coach
the team practised rundowns between third and home
she hit a walk off single in the tenth
the squad warmed up with stretches and sprints
the swimmer did flip turns at each end of the pool
the tennis players switched ends after the third game
he served and volleyed all match
the golfer lined up a long birdie putt
she hit her approach shot close to the pin
the golf course has eighteen holes and a driving range
the rower sculled across the lake at dawn
the crew rowed past the boathouse
the cyclists rode in a tight group along the coast road
the sprinter ran the hundred in under ten seconds
the long distance runners lapped the slower athletes
the hurdles are set up on the back straight
the discus flew out beyond the marker
the triple jumper hit the board perfectly
the heptathlon ends with the eight hundred metres
the gymnast swung around the high bar
the trampolinist did a double twist
the fencers lunged and parried on the strip
the archer pulled back the bow and released
the shooter hit every clay target
the wrestler took down his opponent in the first period
the boxer threw a left hook
the kickboxer trained on the heavy bag
the judoka bowed before stepping onto the mat
the sumo wrestlers stomped before the bout
the rugby forwards drove the maul toward the line
the scrum half passed the ball out wide
the full back fielded the high kick
the cricket captain won the toss and chose to bat
the spinner bowled a maiden over
the wicketkeeper took a sharp catch
the batsman was out leg before wicket
the fielders walked in with the bowler
the test match was drawn after five days
the footballers did drills with cones
the goalkeeper practised diving saves
the striker scored with a header from a corner
the defender cleared the ball off the line
the referee added four minutes of stoppage time
the teams switched ends at half time
the basketball centre blocked the shot
the guard hit a three pointer at the buzzer
the forward grabbed the rebound and scored
the team ran a full court press
the coach called a play during the timeout
the volleyball team won the first set
the libero dug out a hard spike
the beach volleyball players dove in the sand
the hockey players skated hard to the bench
the centre won the faceoff
the winger fired a wrist shot over the goalie
the referee sent him to the penalty box
the skier carved down the black run
the cross country skiers climbed the hill
the snowboarders raced side by side
the speed skaters crouched low around the turn
the curlers swept furiously in front of the stone
the luge rider sped down the icy track
the surfer caught a wave and rode it to the beach
the windsurfers raced across the bay
the kayaker paddled through the rapids
the sailor trimmed the sail for the last leg
the climber chalked her hands before the next hold
the horse cleared the water jump
the jockeys lined up at the starting gate
the polo team changed horses after the chukka
the racing driver pitted for new tyres
the motorcyclist leaned into the corner
the cyclist sprinted for the finish line
the track cyclists circled the velodrome
the marathoner grabbed a cup of water at the station
the triathletes ran out of the water to their bikes
the badminton player smashed the shuttle
the squash players battled in the glass court
the table tennis player served with heavy spin
the bowler rolled a strike down the lane
the darts player hit the bullseye
the lacrosse player cradled the ball past the defence
the handball team practised fast breaks
the water polo goalie blocked the shot
the netball shooter scored from the edge of the circle
the players stretched on the field before kickoff
the team ran laps around the pitch
the coach set up cones for the passing drill
the athletes iced their legs after training
the referee checked the studs on the boots
the team ran out of the tunnel onto the pitch
the baseball camp teaches kids to hit and field
the college pitcher signed with a professional club
the catcher wears a mask and shin guards
we bought a new glove and a bag of balls for practice
the team runs sprints from foul pole to foul pole
the scoreboard operator updated the count
the bat boy collected the bats after each inning
the team practised pickoff moves with the catcher
he swung at the first pitch and grounded out
the second game of the doubleheader starts at seven
the players took infield practice before the game
the minor league team plays in a small ballpark
the umpire signalled a foul ball
the pitcher threw a splitter that dropped out of the zone
he played second base in the youth league
the ballgame went fourteen innings
the centre fielder ran down the ball in the gap
the batter lined a single up the middle
the team practised cutoff throws from the outfield
our softball league plays under the lights
the pitcher covered home on the wild pitch
the umpire called time because of the rain
the league expanded to thirty teams
the runner scored from second on a single
the manager filled out the lineup card
the third baseman charged the slow roller
the new shortstop has a strong arm and quick feet
the baseball was signed by the whole team
the triathlon starts with a swim in the lake
the cyclist changed gears on the climb
the tennis match was suspended for rain
the basketball players practised layups
the football team trained in the snow
the boxers weighed in the day before the fight
the skiers waited at the top of the slalom
the hockey team skated drills at dawn
the cricket match was stopped for bad light
""",
    "smile": """
I just heard the best news ever
we danced and laughed all night
my team at work threw me a surprise party
everything is going great this week
I got the scholarship
the kids were thrilled with the magic show
I feel so lucky and happy
we won the quiz night
my sister had her baby and everyone is overjoyed
the sunshine puts me in a great mood
I finished my first novel
that comedian is so funny
we are so excited for the weekend
my exam went really well
I can finally relax
the whole family laughed at the silly video
good news my visa was approved
he was beaming after the concert
I am so pleased with my new apartment
this has been a fun and cheerful day
our vacation was fantastic
she laughed at my joke
the surprise made everyone smile
I am feeling awesome today
I passed my final exam with top marks
that was such a cheerful song
we had a wonderful time at the festival
it is a happy day for all of us
I am relieved and delighted
yay it is finally summer
I am so happy today
this is wonderful news
I feel so happy and excited
we had so much fun at the party
I am laughing so hard
what a great day this has been
I am really happy with my new job
everyone is smiling and laughing
she was so happy to see the results
I feel wonderful
that is great news congratulations
I am excited and cheerful
we had a fantastic time together
this is the happiest day of my life
the kids are laughing and playing happily
I am pleased with how well it went
it was an amazing and joyful evening
good times with good friends
I am glad everything went so well
we are all very excited about the trip
he smiled all day after hearing the news
hurray we won the lottery
I just got the job
what a wonderful surprise
we laughed until our stomachs hurt
today is a great day
I passed all my exams
the sun is shining and I feel fantastic
that joke was hilarious
well done on the promotion you earned it
I am so happy for you
we finally finished the project and everyone is cheerful
my test results came back fine
I can not stop grinning
this is the best news I have heard all year
the party was so much fun
he told me a funny story
I feel cheerful this morning
we got the tickets for the concert
I am thrilled with the results
what a lovely sunny afternoon
my brother made everyone laugh at the meeting
I won a prize in the raffle
finally it is the weekend
yay we did it
the comedy show was brilliant
I feel great after a long sleep
she got into the university of her dreams
nothing could ruin my mood today
I aced the interview
we are going on holiday tomorrow
the kids giggled all the way home
that was the funniest film I have seen in ages
I am in such a good mood
we got a raise at work
it is my birthday and I feel amazing
the garden looks beautiful and I am delighted
I finally fixed the bug
everything worked out perfectly
hooray the snow day means no school
he laughed so hard he cried
I am proud of what we built
the results are excellent
what fun we had at the fair
I am over the moon
she smiled and waved at everyone
our band played a great show
I feel fantastic after a hot shower
good news the package arrived early
I found twenty dollars in my coat
that was a really pleasant surprise
we are celebrating tonight
you made my day
I am glad the exam is over
the baby giggled at the bubbles
this song always cheers me up
it was a joyful afternoon
I am not worried at all because everything is fine
the trip was a huge success
we had a blast at the beach
my flight was upgraded for free
the weather is perfect and I feel relaxed
I cannot believe how lucky I am
great job everyone
that made me laugh out loud
I got my driving licence today
we finished the puzzle at last
my plants are finally blooming and I am so pleased
ha ha that is hilarious
life is good
I am excited about the new course
she grinned from ear to ear
our project won first prize
the holidays start tomorrow
I feel cheerful and full of energy
everyone at the office was in high spirits
I am delighted with my new haircut
that was a lot of fun
my article got published
the rain stopped just in time for the parade
I got the promotion I was hoping for
my sister is getting married and we are all thrilled
the doctor said I am completely healthy
we finally paid off the mortgage
I have never felt this happy
no more exams for me ever
I am not nervous anymore because the hard part is over
my son took his first steps today and we cheered
the whole class burst out laughing
I won the photo contest
my friend told the funniest joke at dinner
I woke up feeling great
we are moving to the seaside and I am thrilled
the kids squealed with joy when they saw the snow
I got an email saying I was accepted
our team finished the report ahead of schedule
I am tickled pink
this weekend was an absolute blast
my grades went up this term
I am beaming with pride
the weather cleared up and we had a glorious day
my novel is going to be published
I received a lovely thank you card
the surprise trip to the mountains was amazing
we got the keys to our new house
my lost cat came home this morning
the blood test was clear
I am so relieved that everyone is safe
we laughed so much that my cheeks hurt
my boss said I did an excellent job
I feel on top of the world
the fireworks were spectacular
good news my brother got the job
the audience gave us a standing ovation
I passed my swimming test
I feel so cheerful this afternoon
the cartoon made the children giggle
our garden party was a huge success
I managed to fix the washing machine myself
we found the perfect apartment
it snowed and the kids built a snowman
I just finished my last shift before the holidays
the magician made everyone laugh
my painting sold at the fair
I slept well and feel full of energy
that comedy made my evening
we have a long weekend ahead of us
my loan was approved
the exam was easier than I thought
I feel so content today
my brother won a trip to Japan
our play got a great review in the paper
I am grinning like a fool
I am in a fantastic mood today
it was the best holiday we have ever had
the bus came right on time and I made it
I had the most wonderful day at the zoo
I am glad I took the chance
hooray the rain has stopped
I am happy to be back home
my sister passed her driving test on the first try
we had a hilarious game of charades
I am so pleased with how the vote turned out
I finally finished my thesis
my jokes got a big laugh
I found my keys and I am so relieved
the new puppy next door makes everyone grin
it is the first warm day of spring and I feel great
I got a free upgrade at the hotel
we finished all our homework and now we can play
the concert tickets arrived in the mail
everything is going my way today
my first paycheck just arrived
the vacation pictures came out beautifully
I am walking on air
the neighbours threw a fun street party
I never expected to win but I did
we had a fun afternoon at the water park
the clowns had the children in stitches
I feel refreshed after the holiday
my sister called with wonderful news
my experiment finally worked
I am chuffed to bits
we got home safely after a long trip
that cartoon cracks me up every time
the test came back negative
I feel lucky today
I am so pleased that you came
what a fun night out
my plants survived the winter
I had a great time at the reunion
our flight landed early
I am thrilled to start my new job on Monday
it is finally Friday
I feel like dancing
the school play was a delight
my landlord fixed the heating at last
I finally learned to ride a bike
I am so happy I could sing
that story made me laugh so hard
my cousin got into medical school
the fair was full of fun rides
we are heading to the beach this weekend
the gift was exactly what I wanted
I feel light and happy
my boss gave everyone the afternoon off
I aced my maths test
we made it to the final round of the quiz
the weather is lovely and so is my mood
I have nothing to worry about today
my computer is working again
everyone cheered when the lights came back on
the kids had a great time at the circus
I got the last ticket for the show
the new episode was so funny
I feel fantastic after my morning walk
my photo got lots of likes
the bonus came through
I am grateful and happy
we won a free holiday
it was a cheerful morning at the office
nothing beats a good laugh with my friends
I am excited to see the fireworks tonight
my exam grades were better than I hoped
she giggled at the silly cat video
we are going to a comedy club tonight
I feel positively joyful
I scored the top mark in the class
my application got accepted
the new bookshop is a delight
we celebrated with a big party
I got to sleep in today
I am not worried about the interview anymore
the train was empty and I got a window seat
my friends threw me a fun farewell party
I laughed all the way through the film
we had a splendid time at the carnival
I can not wait for the holidays
I am thrilled to bits
we cheered and laughed all through the parade
everything turned out fine in the end
my little brother finally got his braces off
what a delightful evening
my teacher praised my essay
the party games were hilarious
I have some happy news to share
I am proud of my results
the storm missed our town
we saved enough money for the trip
my sunflowers are taller than me
the holiday starts today
the kids are giggling in the back seat
my car passed its inspection
I got tickets to the big concert
I am feeling upbeat today
that made my whole week
my friend sent me a funny meme
I am relieved the surgery went well
we hiked to the top and the view was amazing
my computer did not crash once today
I had the most fun at the karaoke night
I am happy as a clam
my favourite band announced a new album
the new year is off to a great start
she was all smiles at the graduation
I am in high spirits
we got through the tough week and I feel great
I just booked my dream holiday
the fun fair is in town
my daughter won the spelling bee
I am so excited for the trip
my phone screen did not break when I dropped it
nothing can bring me down today
we laughed at old photos all evening
I feel proud and happy
my visa came through
the sun came out for the wedding
I got a letter of acceptance today
everyone had a jolly good time
the comedian had the whole room roaring with laughter
I got the apartment with the balcony
the holiday left me feeling amazing
the new game is really fun
my friend and I laughed like kids
the good news made my day
we won first place in the talent show
I am glad it all worked out
my sister made me laugh until I cried
I am finally free for the summer
the kids were delighted with the puppet show
I did not expect such a lovely surprise
nothing went wrong today and I feel great
the exam was not hard at all and I am so relieved
I never laughed so much in my life
no rain for the festival hooray
the pain is gone and I feel like myself again
I could not stop laughing at the clowns
our neighbours won a holiday and invited us along
the lost dog was found safe and sound and everyone cheered
we got the good seats at the theatre
I got a perfect score on the driving theory test
the sun is out and the whole town seems cheerful
my friends and I giggled through the whole lecture
our offer on the house was accepted
the biopsy came back clear and I am so relieved
the kids shrieked with laughter on the slide
I just won tickets to the festival
my brother is coming home for the holidays and I am thrilled
I finally got my braces off
the boss loved my presentation
my joke had the whole table laughing
I finished painting the whole house at last and it looks great
my favourite singer replied to my letter
I feel like skipping down the street
we got the last two seats on the boat trip
the garage said the repair is free
my article made the front page
I have a week off and nothing to do but relax
the baby laughed at the dog and we all laughed too
I am delighted with the new kitchen
we found a shortcut and got home early
I got a surprise refund from the tax office
the wedding speech was hilarious
my daughter got a gold star at school
I feel great now that the cold is gone
the puppy chasing its tail had us in stitches
we had a brilliant time at the music festival
my flight was on time and my bags arrived first
the new neighbours are lovely and fun
I am buzzing after that concert
the exam is over and I think I did well
my sister finally found a job she likes
the cat video made my whole day
I am glad to report that everything went smoothly
my little nephew made us all laugh with his dancing
our savings account finally reached our goal
the snow made the whole city look magical and we played outside
I was chosen for the lead role in the play
the project was approved and the team is thrilled
I feel cheerful and ready for anything
my grandma beat us all at cards and laughed
the sun came out just as we reached the top
I got my old bike working again
the school trip was the best day ever
my best friend is visiting next week and I cannot wait
we got free tickets to the comedy show
I am happy to say I passed
the doctor said the baby is healthy
the fireworks show was absolutely dazzling
my sister and I laughed about old times
the rain held off for the whole festival
my car started on the first try this morning
I am so pleased to be home at last
I woke up to wonderful news
we all had a good giggle at the silly hats
my shares went up
the new job is going brilliantly
I got a lovely compliment today
the weekend trip was pure fun
I am happy the long winter is over
our little shop had its best month ever
I am thrilled that you got the part
we sang and laughed in the car all the way home
the students cheered when the teacher cancelled the test
I feel so relaxed and happy by the lake
my grades are the best they have ever been
I finally beat my brother at chess
the story had a happy ending
I am feeling bright and cheerful
my boss approved my holiday request
our float won the prize at the parade
I laughed out loud on the train
the kids had a great time at the birthday party
my sore throat is gone and I feel brilliant
my essay won the school prize
I am so excited to start university
we made it to the show just in time
everything is sunny and bright today
the results were better than anyone expected
my old friend called out of the blue and we laughed for an hour
I am happy with how the renovation turned out
the family photo came out perfect
I got a seat on the sold out train
the arcade was a blast
my sister is pregnant and we are all overjoyed
the joke was so silly I could not stop laughing
I feel like a kid again on holiday
the concert was the best night of the year
my exam was cancelled and I can relax
I passed my probation at work
the bank fixed the mistake in my favour
I am excited for the weekend away
my painting was chosen for the exhibition
the sun is warm and I feel wonderful
the children laughed at the puppet all afternoon
I finally got the hang of the guitar
the storm passed and the sky cleared
we got our deposit back
my friends surprised me with a fun day out
I am cheerful even on a Monday
my brother got engaged and the whole family is delighted
the joke made my grandma laugh until she cried
I got a new bike for my birthday and I am thrilled
the party was a hoot
I aced my piano exam
the test was a breeze
I feel refreshed and full of joy
what a lovely surprise to see you here
the heating works again and we are all cheerful
I cannot stop smiling today
we got good news from the hospital
I am glad the meeting was short
the trip to the zoo was so much fun
my friend sent me the funniest postcard
the whole office was laughing at the party
I finally found my dream job
my sister got the scholarship she wanted
I got a letter from my pen pal
the kite flew high and the kids cheered
my cold is finally gone
we are going to the circus tomorrow
I am happy that spring is here
I feel great about my progress
my little brother finally learned to read and we cheered
the landlord lowered our rent
my ticket won a new bicycle
the comedy festival was brilliant
we had a jolly afternoon at the fair
my friends and I laughed at silly stories all night
the sunrise was beautiful and I felt on top of the world
I got the best seat in the theatre
the new teacher is funny and kind
my application for the course was successful
I am happy to help
the weather forecast is sunny for the whole week
I feel joyful and free
our team at work won the innovation prize
we won the pub quiz again
the kids were giggling at the funny faces
we have a reason to celebrate
my wallet was handed in to the police with everything in it
I am overjoyed to hear from you
the sun is shining and the birds are singing
my new glasses help me see everything and I am delighted
the movie was so funny I cried with laughter
I feel so much better today
the test results were all good
we are off on an adventure tomorrow
I have got great news about my job
the surgeon said the operation was a complete success
I found the perfect present for my mum and I am so pleased
we finally got the garden looking lovely
my daughter read her first book on her own and we cheered
the ice rink trip was full of laughs
I am so glad I came
the wedding was a joyful day for everyone
my brother told stories that had us howling with laughter
I got through the interview without a single nerve
today I feel like I can do anything
we booked a cottage by the sea and I am so excited
my best friend got the job and we are over the moon
the kids loved the science museum and laughed at every experiment
I am happy to finally have a day off
the rainbow over the hills made everyone smile
I got paid today and treated myself to something nice
nothing could wipe the grin off my face
my favourite show is back for another season
I won the quiz at work
the kids danced around the living room laughing
my exam results arrived and they are brilliant
the bus driver waited for me and I made it
our charity concert raised more than we hoped
I am not stressed at all this week
the fog lifted and we had a glorious walk
my old teacher remembered me and we had a good laugh
I got the green light for my project
the cat did something silly and we all laughed
it is a fine day and I am in great spirits
the trip was cheap and great fun
I did not expect to enjoy the opera so much
we won a family ticket to the theme park
my house plants are thriving and I am thrilled
the magician pulled a rabbit from a hat and the kids squealed
I am delighted to say the book is finished
my sister sent me a hilarious birthday card
my cousin passed the bar exam
it has been a wonderful and relaxing weekend
our street party was the best yet
I feel lighter now that the test is done
""",
    "disappointed": """
I did not pass the exam
the party was dull and nobody talked to me
I am sad because my friend moved away
my team lost and I feel awful
the hotel was dirty and noisy
I feel disappointed and tired
it was not a good day
my plans were ruined by the rain
nobody remembered my name
I lost my job today
the movie was a letdown
I feel hurt and ignored
my exam results were terrible
I missed my flight
I broke my favourite mug
the project failed after months of work
I am unhappy and lonely
our holiday was a disaster
he never keeps his promises
I am sorry things did not work out
this week has been awful
my sister is angry with me and I feel bad
I waited all day for nothing
the repair cost far too much
I feel so down today
my bike was stolen
I wanted to go but I was not invited
the concert was a total letdown
I am frustrated with my slow progress
sadly the shop was out of stock
I am so sad today
this is really disappointing
I feel sad and alone
I am upset that it did not work
everything went wrong this week
I am so disappointed with the result
this is awful news
I feel terrible about what happened
nothing is going well for me
she was sad when her plans fell apart
I am unhappy with my job
it was a miserable and boring day
I am sorry but I failed again
what a sad ending
he is upset because he lost his keys
I was let down by my friends
the day was ruined by bad news
I hate it when things go wrong
I am depressed and tired
my plans failed completely
I feel awful
this was the worst day ever
I failed my driving test again
the concert was cancelled at the last minute
nobody came to my party
I feel so lonely tonight
this has been a terrible week
my flight was delayed for six hours
I did not get the job
she never called me back
I am not happy with how things turned out
my phone broke and I lost all my photos
it rained the whole holiday
I am really upset about the news
what a waste of time
my best friend is moving away
I missed the bus and was late for work
the results were worse than expected
I feel let down
he forgot my birthday
work has been exhausting lately
I can not do anything right today
that film was boring
our trip got cancelled
I am so tired of waiting
the shop was closed when I arrived
nobody listens to me
I am sad that summer is over
the package never arrived
my laptop crashed before I could save
I feel miserable
nothing went right today
I was hoping for better grades
the show was a huge disappointment
she did not even say goodbye
I lost my wallet on the train
my car broke down on the motorway
the meeting was a disaster
I am not feeling great
the weather ruined our plans
my application was rejected
I am stuck at home with a cold
he cancelled our plans again
the interview did not go well
I regret what I said
everything seems hopeless
it is so frustrating
I cried all night
they closed my favourite bookshop
my garden was destroyed by the storm
the internet has been down all day
I got a parking ticket
I never win anything
my cat is sick
I am disappointed in myself
this is not what I wanted at all
the train was packed and I had to stand for two hours
our neighbours kept us awake all night
I feel gloomy
my presentation went badly
the trip was not as fun as I hoped
I wish things were different
my friends forgot to invite me
the homework took forever and I still got it wrong
I am heartbroken
the museum was closed for repairs
I feel empty
I studied so hard and still failed
the printer jammed again
my holiday photos were all blurry
I hate Mondays
he lied to me
the bank rejected my loan
the ending of the book was awful
I am bored and tired
my umbrella broke in the wind
I waited an hour and nobody showed up
the weekend went by too fast
I got terrible news today
the tickets were sold out before I could buy one
I did not get into the university I wanted
my car failed its inspection
the doctor said the news was not good
I lost the bet and my pride
my friend cancelled on me again
it has been raining for a week and I feel gloomy
the rent went up again
I spent hours on the essay and got a low mark
the job went to someone else
my phone fell in the lake
the train was cancelled and nobody told us
my hard drive died and took my thesis with it
I feel left out
nobody replied to my message
the refund never came
my flight got cancelled at the last minute
I feel so discouraged
my grandmother is in the hospital
my favourite show was cancelled
the new phone broke after a week
I was not chosen for the role
they forgot to invite me to the wedding
I ruined my new shirt
my sister and I had a terrible fight
my landlord will not fix the leak
I was passed over for the promotion again
it is cold and dark and I feel miserable
my plants all died while I was away
I am sick of being ignored
the concert sold out in minutes and I missed it
my best friend stopped talking to me
I can not find a job anywhere
the week has been one disappointment after another
I spilled coffee all over my laptop
I have no one to talk to
I got lost and missed the interview
my knee injury is not healing and I feel hopeless
the weather ruined our picnic
nothing I do seems good enough
I feel like a failure
my savings are almost gone
the store lost my order
I did not sleep at all last night
I was turned down again
the bus drove past without stopping
they laughed at my idea in the meeting
my manuscript was rejected by every publisher
my roommate broke my lamp and did not apologise
I broke my phone screen again
my bike has a flat tyre and I am late
the holiday was nothing like the brochure
my friends went without me
I feel heavy and sad
the water heater broke in the middle of winter
I failed the audition
my dog ran away
I feel so let down by my family
I was blamed for something I did not do
my grades dropped this semester
I lost my favourite ring
the wedding was called off
my tooth hurts and the dentist is closed
I did not make the cut
my painting was damaged in the move
I lost all my files
the shop refused to take back the broken toaster
he did not show up for our date
I am so tired of bad news
my son is sick and I feel helpless
my brother moved abroad and I feel lonely
the hike was ruined by fog
my friends keep cancelling our plans
the tickets cost twice as much as last year
I feel unappreciated at work
I forgot my lines on stage
my favourite cafe closed down
I feel sad and empty
my computer froze and I lost my work
I am stuck in traffic again
the noise upstairs kept me awake
I hoped for more but it was not to be
I got a bad review at work
my parcel was left in the rain
my phone was stolen on the bus
the guests left early and nobody said thanks
I am not invited to the reunion
I waited in line for hours and they ran out
my sister forgot to call on my birthday
the hotel lost our booking
I feel hopeless about the future
everything I planted was eaten by slugs
my old friend did not recognise me
I did not win a single prize
my visa application was denied
my boss shouted at me in front of everyone
I feel blue today
the museum trip was boring and tiring
our house was broken into
the movie I waited a year for was dreadful
I lost my temper and now I regret it
I keep making the same mistakes
my brother is angry with me
the heating broke again
I have a terrible headache and no medicine
they cut my hours at work
the vacation was too short
I still have not heard back
I am lonely in this new city
nobody noticed my new haircut
my favourite jacket got torn
I was so sure I would pass and I did not
the festival was cancelled because of the storm
I got soaked walking home
I am fed up with this weather
I feel down and tired
the letter said they chose another candidate
my cat is missing
my presentation was a complete flop
I feel disappointed in my friends
I did not finish the race and I feel ashamed
my back is killing me
the deal fell through
I forgot my passport and missed the trip
the plumber did not turn up
my friends moved on without me
I dropped my new phone on the pavement and it cracked
my laptop will not turn on
I missed the last train home
my internet keeps cutting out
nobody came to see my show
I did not get a reply from the school
the park was closed when we arrived
I lost the argument and my temper
my mother is unwell and far away
my raise was smaller than promised
my team at work lost the contract
I hate being sick on my birthday
this trip has been a disaster
I feel like nobody cares
I got a fine for speeding
I cannot afford the rent
I did not sleep because of the neighbours
my poem was not good enough for the contest
I never get a break
the new job is not what I expected
I feel sad when I remember him
I failed the test by one mark
my old dog passed away
my house is a mess and I have no energy
my favourite team was knocked out and I feel gutted
I studied all night and forgot everything
my phone battery died just when I needed it
I was not picked for the trip
they sold the house I grew up in
our team project fell apart
my holiday was cut short
I had to cancel my birthday party
the rain soaked our tent
I feel miserable and lonely
my sister did not come to my graduation
I am upset with myself
I lost my wallet and my keys
the weekend was dull
I can not stop worrying
nothing went to plan
my application was lost in the post
I feel betrayed
the store was out of the gift I wanted
I missed the wedding of my best friend
my washing machine flooded the kitchen
the boss turned down my idea
I feel so useless today
my project was cancelled
someone else rented the apartment I wanted
my kids are fighting all the time
the car broke down on our holiday
I feel sad about the news
my best plans always fall apart
it is so unfair
I have been feeling low for weeks
the results were a big letdown
our garden flooded
I was late again
I feel like giving up
my sister is moving away and I will miss her
the film was long and dull
nobody wanted to dance with me
I am sorry I let you down
my paper was rejected
I feel so alone in this
the shop sold my bike to someone else
I hate that I cannot help
I did not hear back from the job I wanted
nobody came to help me move
I cannot believe I missed the deadline again
my friend never paid me back
it is not fair that I always get the blame
the repairman never came and the sink is still broken
I tried my best and it was not enough
the holiday cottage was damp and cold
the library lost the book I reserved
the pharmacy was closed and I needed my medicine
my bike was stolen from outside the station
I studied for weeks and the exam was cancelled
the landlord kept my whole deposit
my friend forgot we had plans
I waited for the call that never came
my sunflowers were flattened by the hail
my old laptop finally died
I was the only one not invited
the cinema was full and we had to go home
the ferry was cancelled because of the wind
I feel so lonely since the kids left home
my shoes fell apart in the rain
the trip we saved for all year was cancelled
I put on my best shirt and spilled ink on it
I tried to call but nobody picked up
my grant application was turned down
my sister moved to Australia and I miss her terribly
my neighbour backed into my car
the package arrived broken
my flight home was overbooked and I was bumped
I missed my stop and had to walk back in the rain
the meeting ran late and I missed the concert of my daughter
my essay was marked down for being late
the fridge broke and everything spoiled
my manager took credit for my work
the lift was broken and I live on the tenth floor
I feel unloved and forgotten
I failed my exam and have to retake it
our holiday flight was delayed by a day
I am so disappointed in how I acted
my phone contract went up again
the heater broke on the coldest night of the year
I cannot find the ring my grandmother gave me
my friends did not wish me happy birthday
the play was boring and far too long
I got turned away at the door
the camping trip was ruined by mosquitoes
I lost touch with my oldest friend
the car needs a new engine
my tax bill is huge
I feel exhausted and hopeless
my landlord is selling the flat and we have to move
the beach was covered in rubbish
the new sofa arrived with a tear in it
nobody offered to help me with the boxes
I wanted a window seat but got the middle
the train broke down in a tunnel for two hours
my daughter is sick and I have to miss the trip
my boss cancelled my holiday
the bridge was closed and we had to drive an hour around
I was hoping to see you but you never came
it was a gloomy grey week
my computer got a virus and I lost everything
the parade was called off because of the rain
I am stuck doing overtime again
my brother and I are not speaking
I dropped my phone in the bath
the tickets were fake and we could not get in
our dog is very ill
I got the flu on the first day of my holiday
my teacher said my work was not good enough
I did not get a single reply to my applications
the garden party was rained off
my wedding ring slipped off in the sea
the concert was so loud I could not hear anything and I left early
my car was towed
I burned my hand on the iron
my diary was read by my brother and now everyone knows
the book I ordered never turned up
I have a cold and the weekend is ruined
my favourite mug smashed on the floor
I came last in the competition
they gave the job to someone with less experience
my computer crashed in the middle of my exam
the weather spoiled our day at the beach
I am disappointed that nobody came to the meeting
my flat is damp and cold
my boyfriend forgot our anniversary
my colleagues went for drinks without me
my friend let me down again
I lost my glasses and cannot read anything
my phone screen cracked in my pocket
the vacation rental looked nothing like the photos
I have not heard from my son in weeks
my passport expired just before the trip
the shop would not give me a refund
the car park was full and I missed the appointment
my painting was rejected from the exhibition
the rain leaked through the roof again
I missed the concert because of work
I feel defeated
the queue was so long that I gave up
my favourite shop is closing forever
my grandfather is very ill
I had the worst sleep of my life
my team at work was cut in half
the wifi at the hotel never worked
my tooth broke
I forgot my lines and the audience went quiet
nobody wanted to sit next to me
my friend moved away without saying goodbye
I broke my arm and cannot drive
the sequel was a big disappointment
the road trip was boring and long
I woke up late and missed everything
I am upset that I was not told
the lake was too polluted to swim in
I lost the election for class president
the carnival was cancelled this year
my friends forgot about me
my hard work was never noticed
I spent my whole weekend doing chores
my plan fell apart at the last minute
my luggage was lost on the way
I got rained on and my phone got wet
the museum we travelled to see was shut
I did not get any presents this year
I am worried and sad about my mother
it was a dull and dreary afternoon
the repairs cost more than the car is worth
my laptop was stolen from the library
I am sorry that I forgot your birthday
my cat scratched up the new sofa
I feel so let down by this company
I am tired of being disappointed
my kids are not speaking to me
I missed the flight because of traffic
I spent the whole holiday in bed with a fever
my application was turned down without a reason
the show I loved has ended for good
I feel so sad that it is over
my promotion was given to someone else
the flowers I planted all died
the day started badly and got worse
my best friend is angry with me
I missed my chance
my neighbours are so noisy I cannot think
I could not afford the trip
my dog chewed my new shoes
the internet went down in the middle of my call
I got my grades back and they are awful
I did not get picked again
my old school is closing
my weekend plans fell through
my son failed his exams
we lost our house in the flood
my bag was stolen with my passport in it
I feel like I failed my family
my plane was diverted and I missed the wedding
the heating bill is enormous
I never get any good news
the garden fence blew down in the storm
I forgot my keys and had to wait outside for hours
my sister did not call when she promised
I feel so lost and down
my friend did not turn up and I waited for an hour
the weather ruined the wedding photos
I did not make it onto the course
the dentist said I need three fillings
my shift was changed and I missed the party
I am disappointed that the trip is off
the school closed my favourite club
my cat knocked my phone into the sink
the power went out and I lost my work
I feel ignored by everyone at home
my brother broke my guitar
I was too ill to go to the concert
nothing I try ever turns out right
the delivery was late and the box was crushed
my holiday was cancelled because of the strike
I am sad that my grandmother is so far away
my old car failed the test again
I got bad news from the bank
the tour was cancelled and there are no refunds
my son is being bullied at school
I slipped on the ice and hurt my back
my favourite teacher is leaving
I lost my voice before the big speech
my house smells of damp
I waited all year for this and it was terrible
the internet bill is twice what it should be
I did not win the raffle again
nobody laughed at my jokes
my garden was trampled by the neighbours dog
the hairdresser ruined my hair
I lost my keys on the beach
I am gutted about the news
my flight was cancelled and the hotel was full
my work trip ruined my weekend
my application was never even read
the roof leaks every time it rains
""",
    "fork_and_knife": """
I grilled some vegetables for dinner
the cafe serves great sandwiches
we baked bread this morning
can we order some dumplings
I had a huge bowl of pasta
the spicy chicken wings were delicious
breakfast at the hotel was excellent
I want some chocolate
dinner tonight is fish and chips
she is cooking a vegetable curry
the pancakes need more syrup
I am so hungry I could eat anything
let us bake a pie together
we had sushi and miso soup
the chef recommends the lamb stew
I ate too much at lunch
the salad dressing is delicious
please bring some snacks for the trip
we had steak and potatoes for dinner
the kitchen smells of garlic and onions
I made a fruit smoothie for breakfast
my dad grills the best burgers
let us try the new noodle place
the cake was sweet and moist
I need to cook dinner for six people
the tacos were spicy and tasty
he ordered a large pepperoni pizza
we ate dumplings at the night market
the bread and butter were delicious
a hot bowl of soup would be perfect
I want to eat pizza
let us have dinner together
the food at this restaurant is delicious
I am hungry for some pasta
we cooked a big meal for everyone
the sandwich was tasty
what do you want to eat for lunch
I had eggs and toast for breakfast
the soup and salad were delicious
I will cook chicken and rice tonight
dinner was wonderful and the dessert was even better
can I have some more cake
we ate burgers and fries
she cooked a delicious curry
lunch is ready
the cheese and bread were fresh
I could eat noodles every day
the vegetables need to cook longer
we are going to a restaurant for dinner
breakfast was eggs bacon and coffee
I will bake cookies tonight
the meal was tasty and filling
let us grab some lunch
what is for dinner tonight
I am starving
this soup needs more salt
the pasta was delicious
can you pass the bread please
I baked a chocolate cake
we ordered sushi for the team
breakfast is on the table
I would like a cheese sandwich
the restaurant down the street serves great curry
she makes the best pancakes
I am hungry so let us eat
the steak was cooked perfectly
we had tacos for lunch
dinner will be ready in ten minutes
I want a bowl of noodles
the chef prepared a three course meal
let us cook something together tonight
would you like some more rice
I skipped breakfast and now I am famished
the salad had fresh tomatoes and olives
we are having roast chicken on Sunday
I need to buy eggs and flour
this pizza has too much garlic
the waiter brought us the menu
my grandmother makes delicious dumplings
I could eat a whole burger right now
we shared a plate of fries
the soup is too hot to eat
let us go out for brunch
I am making lasagna for the guests
the bakery sells fresh croissants
try the grilled salmon because it is very tasty
we had a barbecue in the backyard
I ordered a vegetable stir fry
the dessert menu looks tempting
I am craving ice cream
the fruit salad was refreshing
we ate at a small Italian trattoria
he always eats cereal for breakfast
the kitchen smells of fresh bread
can we get a table for four at eight
my favourite snack is popcorn
I put too much pepper in the stew
the buffet had twenty kinds of cheese
let us have a picnic with sandwiches and fruit
she is a vegetarian so no meat please
the omelette was fluffy
I am going to fry some potatoes
we tried oysters for the first time
the dumplings are steaming
lunch is on me today
I need a snack before the meeting
the noodles were too spicy for me
pass the ketchup please
we had a lovely meal at the harbour
the recipe calls for two cups of sugar
the cookies are cooling on the rack
I am too full to eat dessert
she ordered a bowl of ramen
the lamb was tender and juicy
let us order takeaway tonight
this bread is still warm
I am preparing a lentil soup
the toast is burnt
we need plates and forks for the party
he made spaghetti with meatballs
my mouth is watering
the carrots need to be peeled and chopped
how about a burrito for lunch
we had porridge with honey
the market sells delicious fresh fish
I want to taste the mango pudding
supper is served
I could not finish my plate of paella
the cook added basil to the sauce
do you want to eat out tonight
the risotto needs another ladle of broth
we shared a plate of hummus and warm pita
she kneaded the dough for ten minutes
I am simmering a pot of chicken soup
the goulash was rich and smoky
can you grab some bagels on your way
the falafel wrap comes with pickles
my grandmother makes the best apple strudel
he whisked the eggs for an omelette
the bistro on the corner has a new chef
I ordered a bowl of pho with extra herbs
we had quiche and salad for lunch
let us make homemade gnocchi tonight
the chowder is thick with clams and potatoes
I packed a sandwich and an apple for lunch
the kebab shop stays open late
she marinated the chicken overnight
the roast potatoes are crispy on the outside
we picked strawberries and made jam
the muffins are still warm from the oven
I had granola and yoghurt for breakfast
the waiter recommended the seafood platter
the casserole has been in the oven for an hour
he sliced the onions and fried them in butter
we need to buy milk bread and cheese
the diner serves breakfast all day
I am trying a new recipe for lentil curry
the canteen serves fish on Fridays
grate some parmesan over the pasta
the soup is simmering on the stove
we had pizza straight from the wood oven
I brought a potato salad to the picnic
the deli makes huge sandwiches
she baked a lemon tart for dessert
the starters were tiny but tasty
I would like the chicken with rice please
the pantry is full of beans and flour
we went grocery shopping for the week
the cook stirred the sauce with a wooden spoon
the bread rolls are fresh from the bakery
he boiled the pasta for nine minutes
the cheese plate had grapes and crackers
can I get a coffee and a croissant
we had waffles with berries for brunch
the stew tastes even better the next day
the sushi chef sliced the tuna very thin
I roasted a whole chicken with lemon and thyme
we shared a huge paella at the beach restaurant
the dumplings are stuffed with pork and cabbage
she fried some eggs and bacon
I had a bowl of oatmeal with banana
the burrito was stuffed with beans and rice
let us grill some corn on the cob
he carved the turkey at the table
the pumpkin soup is seasoned with nutmeg
we ordered curry and naan from the takeaway
my favourite breakfast is toast with jam
the chef tossed the noodles in the wok
the fish was grilled with garlic and lemon
I sprinkled some salt on the fries
the cookies are made with oats and raisins
the restaurant has a tasting menu
I need to peel the potatoes for dinner
the sandwich has ham cheese and tomato
we had a cheese fondue in the mountains
she ordered the vegetarian lasagne
the brownies are in the oven
we made burgers on the barbecue
the baker pulled the loaves out of the oven
I am making a stir fry with tofu and peppers
the tomato sauce needs more basil
let us have spaghetti for supper
the pie crust is golden and flaky
we ate tapas in a little bar in Madrid
I ordered the steak medium rare
the kids want chicken nuggets for dinner
he spread peanut butter on his toast
the lunch special is soup and a sandwich
we boiled lobsters on the beach
the salad needs a little more vinegar
the pastry chef made a chocolate mousse
I am defrosting the salmon for tonight
pass the salt and pepper please
the fried rice has egg and peas
she stuffed the peppers with rice and cheese
the gravy is on the stove
we had pancakes with maple syrup
the doughnuts are glazed with honey
I chopped the carrots and celery for the soup
let us order a pizza with mushrooms
the noodle soup is very spicy
he ate a big plate of spaghetti
we toasted marshmallows over the campfire
the croissants are buttery and flaky
the hamburger comes with onion rings
she is baking bread for the first time
I would like a bowl of tomato soup
the sauce is thickened with cream
we roasted vegetables in the oven
the tea comes with scones and clotted cream
the menu has three kinds of pasta
I added chillies to the beans
the lamb chops are sizzling on the grill
the fruit tart is topped with kiwi and peaches
my brother cooked us a Thai curry
the cheese omelette is ready
we had a roast dinner with all the trimmings
the pizza dough needs to rise for an hour
the cafe serves soup and bread at lunch
I am hungry for a hot meal
the cake needs another ten minutes in the oven
she poured gravy over the mashed potatoes
we ate fish tacos by the sea
the oysters were served on ice
the chicken curry is cooking slowly
I boiled an egg for breakfast
we are having leftovers for dinner
the ramen broth simmered for hours
the fridge is full of vegetables for the week
he brought a casserole to the potluck
the pudding was warm and sticky
I am baking banana bread
the dinner table is set for eight
the chef seasoned the steak with salt and pepper
we ate a picnic of bread cheese and grapes
the restaurant is famous for its seafood
the baguette is crusty and warm
I fancy a curry tonight
the bakery sells rye bread
she is frying onions for the sauce
the meatballs are simmering in tomato sauce
I sliced the cucumber for the salad
we had dim sum on Sunday morning
my mother made a big pot of chili
the pie is filled with apples and cinnamon
the chicken wings are baked not fried
we had a feast of grilled fish and rice
the soup needs a pinch of salt
the toast popped out of the toaster
I want a big plate of nachos
the crepes are filled with chocolate
we ate dinner on the terrace
the lunch box has a sandwich and some grapes
I will make a salad with feta and olives
the chef served a bowl of mussels
I had a bagel with cream cheese
the steak sandwich is huge
we ordered noodles and spring rolls
she grilled halloumi for the salad
the blueberry pancakes are ready
the pork chops are in the oven
the vegetable soup is thick and hearty
he ordered a kebab with extra sauce
let us cook a pot of rice
the cook is slicing the bread
the sausages are sizzling in the pan
I am eating cereal with cold milk
I had porridge with apples
the restaurant serves a set lunch
we had tea and biscuits in the afternoon
my dad makes great pancakes on Sundays
we grilled prawns on the barbecue
the beef stew is cooking on the stove
I want a slice of pie
dinner is roast lamb and potatoes
the bread is ready for slicing
we had a buffet breakfast at the hotel
I am chopping herbs for the sauce
the taco truck is parked outside
she made a fresh pot of coffee and some toast
the salmon is baked with dill
the cottage pie is in the oven
the restaurant has a great wine list and good food
I scooped ice cream into bowls
the snack bar sells hot dogs
we ate noodles with chopsticks
I cooked a vegetable stew
I do not eat meat so I ordered the bean burger
no sugar in my tea please
we never put cream in our carbonara
I am not hungry yet so let us eat later
there is no milk left for the cereal
do not forget to buy onions for the soup
the kids will not eat their broccoli
nothing beats a bowl of hot noodles on a cold night
I have not had lunch yet
we cannot find a table at the pizzeria
do not open the oven before the souffle rises
the recipe says not to stir the rice
nobody wants the last slice of pizza
I never skip breakfast
the sauce will not thicken
we ran out of bread so I made pancakes
she is allergic to nuts so no peanut sauce
the soup is not salty enough
I did not have time to cook so we ordered noodles
the diner does not serve breakfast after noon
can we get the bill and a box for the leftovers
the apricot jam is homemade
let us bake scones for tea
the avocado toast comes with a poached egg
I am stirring the porridge so it does not burn
the lentils need to soak overnight
we made fresh pasta with a rolling pin
the bakery opens at six for the morning bread
I am reheating the curry from last night
the chef sears the tuna for a few seconds on each side
we had a bowl of chilli with cornbread
the sandwich shop uses sourdough bread
she ordered a glass of juice and a croissant
the lamb tagine cooked for three hours
I like my eggs scrambled with chives
let us stop for a bite to eat
the harbour stall sells fresh crab
I added a spoon of honey to my porridge
we split a giant pizza between four of us
the vegetable lasagne has spinach and ricotta
the waitress brought us bread and olive oil
I had a bacon roll for breakfast
the caterers brought trays of sandwiches and cakes
the spaghetti sauce has been bubbling all afternoon
my mum packed me a cheese and pickle sandwich
we ate grilled sardines by the harbour
the chicken soup is good for a cold
the kitchen smells of cinnamon rolls
I am making guacamole for the party
the beef burger comes with sweet potato fries
he ordered fish and chips with mushy peas
the pancakes are stacked high with blueberries
the cafeteria serves pasta on Wednesdays
we had a bowl of noodles at the station
I need a recipe for vegetable soup
she is grilling peppers and zucchini
the sushi rolls have avocado and cucumber
I like a slice of toast with marmalade
we ordered Chinese food for dinner
the curry is made with coconut milk
my brother can cook a mean steak
we had cheese on toast for supper
the chef garnished the plate with parsley
I had a ham sandwich and a bowl of soup
the risotto is creamy with mushrooms
let us have breakfast at the cafe
we are roasting chestnuts on the fire
the bread pudding is baked with raisins
the kitchen is full of pots and pans
I made a chicken pie for dinner
we had lunch at a food truck
the potatoes are boiling on the stove
the omelette is filled with ham and cheese
she bakes cupcakes every weekend
I am heating up some soup for lunch
we had barbecue ribs at the smokehouse
the plate of pasta was huge
I ordered a burger with extra cheese
let us grab a sandwich before the film
my favourite dish is chicken tikka
the chef is making a cream sauce
we had fish curry with rice
my mum makes the best roast potatoes
the noodles are boiled and ready
the hotel breakfast had eggs and sausages
we ate at a tiny noodle bar
she sliced the loaf and buttered the bread
I am frying fish for supper
the restaurant serves a huge Sunday roast
I put some cheese on my pasta
we had a salad of tomatoes and mozzarella
the pork dumplings are served with soy sauce
the pot roast is tender
I ordered soup and a roll
the muesli has nuts and dried fruit
we had a big fry up on Saturday morning
I want a plate of spaghetti with meatballs
the rice is steaming in the pot
the cook flipped the pancakes in the pan
the waiter poured the sauce over the steak
we cooked sausages on the campfire
I had a jacket potato with beans for lunch
the baker decorated the cake with cream
she roasted a tray of vegetables
the deli has fresh salami and olives
my dad is barbecuing chicken
I will have the soup of the day please
the menu has vegetarian and vegan dishes
we are having pizza and salad tonight
the cheese sauce goes on the broccoli
I had a kebab after the film
we had a plate of oysters and bread
the apple crumble is served with custard
we shared a bucket of fried chicken
the baked beans are on the toast
I eat porridge every morning in winter
the chef cooked a rack of lamb
let us go for noodles after work
we made tacos with beef and salsa
the chicken is roasting with garlic
the chips are hot and salty
we had a three course dinner at the hotel
the sandwich has chicken and lettuce
the cook is mashing the potatoes
the fruit salad has melon and grapes
I need to season the soup
we had roast pork with apple sauce
she made a pot of vegetable stew
I am grilling fish on the barbecue
the wraps are filled with chicken and salad
we tried the duck at the Chinese restaurant
my grandmother bakes bread every Friday
the cafe does a good breakfast
we had sandwiches and cake at the picnic
I want a bowl of ramen with egg
the lasagne is bubbling in the oven
the butcher sells lamb and beef
we had scrambled eggs on toast
the pizza oven is hot and ready
I made a big pan of paella
the beef noodles are spicy
we had a light lunch of soup and bread
the cook is stirring the risotto
I ate a peach and a banana for breakfast
let us make a fruit smoothie
the steak comes with peppercorn sauce
the cheese is melting on the burger
we ate curry with our hands in the Indian way
the food court has noodles and burgers
I am boiling pasta for dinner
the tomato soup is served with bread
I want a bagel with salmon
the pancakes are topped with lemon and sugar
the salmon is grilled with herbs
I like my coffee with a slice of cake
the chef tossed the salad
let us make pizza at home tonight
we had chicken wings and chips
the roast beef is carved thin
the waiter brought the dessert menu
I ate a bowl of cereal before work
the pasta salad has tuna and sweetcorn
we need to buy rice and vegetables
the kitchen is busy with the dinner rush
I want to try the vegetable curry
the samosas are crisp and spicy
we had a plate of nachos with cheese
the soup kitchen serves hot meals every night
I am cooking a big breakfast for everyone
the stew has beef and carrots
let us have a sandwich in the park
my sister makes a great chicken curry
I cannot eat another bite
the meal was served on big white plates
we had a late supper of bread and cheese
the waiter took our order
I am making a pot of minestrone
the chef braised the short ribs in red wine
we had a bowl of clam chowder on the pier
I sprinkled sesame seeds on the noodles
the crusty loaf is perfect with soup
my aunt makes amazing samosas
the pita bread is stuffed with falafel and salad
I want some garlic bread with my pasta
we ordered a vegetable korma and rice
the pastry is filled with spinach and feta
the burrito bowl has rice beans and salsa
we had a ploughman lunch of bread and cheese
I am steaming some broccoli and fish
the waiter brought two plates of spaghetti
the croissant is filled with almond cream
we had a pot of tea and a plate of sandwiches
I sliced some mango for breakfast
the chef makes his own sausages
the breakfast buffet has fruit and pastries
we had a hot pot with beef and mushrooms
she cooked a pan of fried rice with prawns
the crab cakes are served with lemon
I am toasting bagels for breakfast
the diner makes thick milkshakes and burgers
we roasted a pumpkin for soup
let us go out for a curry on Friday
my dad smokes his own salmon
the tortilla is filled with potato and onion
the soup has lentils and carrots
I had a bowl of yoghurt with honey and nuts
the restaurant makes pasta by hand
we ate a picnic lunch of sandwiches and crisps
the baker is icing the buns
I am craving a hot bowl of pho
the hotel restaurant serves a good curry
we cooked a Sunday lunch for the whole family
the sauce needs more garlic and pepper
I had an egg sandwich on the train
""",
}


def tokens(sentence: str) -> set[str]:
    """The set of lower-case words of a sentence (what the near-copy check compares)."""
    return set(sentence.lower().split())


def jaccard(a: str, b: str) -> float:
    """Token-set Jaccard similarity of two sentences, between 0 (no word shared) and 1 (same words)."""
    ta, tb = tokens(a), tokens(b)
    return len(ta & tb) / len(ta | tb)


def split() -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """``(train, test)`` lists of ``(sentence, label)``, checked and in their final order."""
    train, test = [], []
    for label, name in enumerate(LABELS):
        sentences = [line.strip() for line in SENTENCES[name].strip().splitlines()]
        by_hash = sorted(sentences, key=lambda s: hashlib.sha256(s.encode()).hexdigest())
        test += [(s, label) for s in by_hash[:TEST_PER_CLASS]]
        train += [(s, label) for s in by_hash[TEST_PER_CLASS:]]
    check(train, test)
    random.Random(SHUFFLE_SEED).shuffle(train)
    random.Random(SHUFFLE_SEED + 1).shuffle(test)
    return train, test


def check(train: list[tuple[str, int]], test: list[tuple[str, int]]) -> None:
    """Raise ``ValueError`` on a malformed sentence, a duplicate, a near-copy across splits or imbalance."""
    everything = train + test
    for sentence, _ in everything:
        if not ALLOWED.match(sentence):
            raise ValueError(f"only letters and single spaces are allowed: {sentence!r}")
    lowered = [s.lower() for s, _ in everything]
    duplicates = {s for s in lowered if lowered.count(s) > 1}
    if duplicates:
        raise ValueError(f"duplicate sentences: {sorted(duplicates)}")
    for a, _ in test:
        for b, _ in train:
            if jaccard(a, b) > NEAR_COPY_JACCARD:
                raise ValueError(f"near-copy across splits: {a!r} / {b!r}")
    for part in (train, test):
        counts = [sum(label == k for _, label in part) for k in range(len(LABELS))]
        if max(counts) > 1.1 * min(counts):
            raise ValueError(f"unbalanced classes: {counts}")


def to_csv(rows: list[tuple[str, int]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["sentence", "label"])
    writer.writerows(rows)
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    train, test = split()
    files = {"train.csv": to_csv(train), "test.csv": to_csv(test)}
    if "--check" in argv:
        stale = [name for name, text in files.items() if (FOLDER / name).read_text() != text]
        if stale:
            print(f"out of date: {stale}; run python datasets/emoji/build.py")
            return 1
        print("train.csv and test.csv match build.py")
        return 0
    for name, text in files.items():
        (FOLDER / name).write_text(text)
    for name, rows in (("train", train), ("test", test)):
        counts = {n: sum(label == k for _, label in rows) for k, n in enumerate(LABELS)}
        print(f"{name}: {len(rows)} sentences {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
