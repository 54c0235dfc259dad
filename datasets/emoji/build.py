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
TEST_PER_CLASS = 100
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
I love the way you hold my hand in the cinema
my wife leaves the porch light on for me every night because she loves me
our granddaughter climbed into my lap and gave me a kiss
I adore my husband and his terrible puns
he still writes love poems to his wife of forty years
my little boy told me I am his best friend and I melted
I love my grandmother with all my heart
she is the most wonderful mother a child could have
I adore the smell of your hair
my mother cradled the baby and sang him a lullaby
our dog curls up next to me on the sofa and I adore him
I love our Sunday mornings in bed together
my girlfriend held my hand through the whole scary film
he looked into her eyes and said I love you
we have loved each other since we were teenagers
my husband is my soulmate
I would give my life for my kids
you are the love I waited for
she blew me a kiss from the train window
I love you and I always will
my darling wife is my whole world
our kitten purrs whenever I hold her and I adore her
my brother gave me the warmest hug at the airport
my parents adore each other after all these years
I love how my son says goodnight to the moon
my partner makes me feel cherished every day
I adore the way my grandmother calls me sweetheart
we held each other tight on the balcony
you are my one true love
I love our cosy little cottage by the sea
my sister and I hug every time we meet
he fell head over heels for the girl next door
my dad wrapped me in a bear hug
I love my little family more than anything
she kissed the top of his head tenderly
my grandparents are still sweethearts after sixty years
the puppy snuggled into my arms and I fell in love
I adore my godson
my husband held my hand while the nurse took blood
you are the most precious person in my life
my heart melts when my daughter calls me daddy
we are so devoted to each other
she gave her mum a big cuddle
I love every little thing about you
my cat sleeps on my chest and I adore her
my boyfriend kissed me on the forehead
the couple celebrated their golden wedding anniversary holding hands
I love my best friend like a sister
our baby girl grabbed my finger and my heart melted
he loves his grandchildren dearly
I adore my wife and her beautiful smile
we fell in love over a cup of coffee
I feel so much love for my old dog
my son snuggles up to me every night before bed
you are my valentine this year and every year
I love you more today than yesterday
she holds her newborn son so tenderly
my fiancee is the love of my life
I cherish the time I spend with my grandparents
my uncle always hugs me like a bear
we share a love that grows every day
my mother kissed my cheek and told me she loved me
I adore you more than words can tell
I love the way our dog tilts his head
our love has lasted through every storm
he calls his wife my love
I love my home and everyone in it
my wife is my best friend and my true love
my nephew jumped into my arms and hugged me tight
I love you my sweet little girl
my boyfriend sends me a sweet message every morning
she is the apple of my eye
he adores his baby daughter
I love walking hand in hand with you on the beach
our family dog is adored by everyone
my grandma knitted me a sweater with love
I love you with my whole heart and soul
the old couple shared a tender kiss on the bench
she is devoted to her husband
my cousin is like a brother to me and I love him
we are hopelessly in love
my mother loves me unconditionally
I adore my new baby brother
you are my beloved
my wife and I cuddled by the fire
my grandfather adored my grandmother until his last day
I love our family dinners full of hugs
he gave his mother a bouquet and a long embrace
I love seeing you smile at me across the room
my kids gave me a big group hug
you are my darling forever
my best friend and I love each other like family
our wedding vows still make me cry with love
I adore the way he looks at me
my daughter hugged her baby brother gently
I love our town and the people in it
he tenderly brushed the hair from her face
my heart is yours
she loves her grandpa so much
we have a deep love for each other
I adore my adorable twin nephews
my husband surprised me with a love letter
our dog is a furry bundle of love
my girlfriend is so affectionate
I love my mum to bits
the kids adore their nanny
we love each other more than ever
my partner held me close all night
I love the warmth of your embrace
he proposed with his grandmother ring
my sweetheart is coming home tomorrow
I adore my aunt and her warm hugs
my baby sleeps in my arms and I love her so much
my husband and I danced in the kitchen
I love how you kiss me good morning
my grandchildren are my pride and joy and I love them
I have loved you since the first day
my wife is so loving and kind
you are my everything my love
she hugged her father tightly at the gate
I adore my lovely wife
my son kissed his baby sister goodnight
I am so in love with my husband
my mom tucked me in with a kiss
we adore our little boy
my boyfriend is the most loving person
I love being wrapped in your arms
he gave his wife a gentle kiss
our cat snuggles up to my son every night
I love this family of mine
my husband whispered sweet words in my ear
you are my heart and my home
my fiance and I are so in love
she adores her big brother
I feel so much affection for my students
grandma hugged me like she would never let go
my love for you grows stronger every day
we married young and we are still in love
I love my kind and gentle husband
the mother kissed her baby a hundred times
my girlfriend is beautiful inside and out
I adore our grumpy old cat
we promised to love each other forever
my dad kisses my mum every morning before work
I love you so very much
our love began at a summer camp
my daughter is the love of my life
my wife makes me a better man and I love her
he cherishes his wife
my grandma always tells me she loves me
our dog jumps into my arms when I come home
I love the sound of your laugh
my family means everything to me and I love them
my brother carried me on his shoulders and I adored him for it
we are a loving family
my boyfriend hugged me from behind
I love my sweet and funny wife
you hold a special place in my heart
my grandpa held my hand and told me he loved me
I am deeply in love with my best friend
the puppy gave me a sloppy kiss
I love you dearly my friend
my wife still holds my hand in the street
our children adore their grandparents
my partner and I love each other deeply
she kissed her husband tenderly
my mother is my favourite person
I love my beautiful girlfriend
we cuddled under the stars
my dog loves me more than I love myself
I love you with every beat of my heart
he sang a love song to his wife at their party
my husband is my rock and I love him
the little girl hugged her teddy and her mum
I adore our long talks at night
my heart fills with love when I see my kids
our parrot says I love you to my mother
I love my dear old dad
my wife is the light of my life
she held her sick puppy close all night
I love my grandparents farm and everyone there
he loves her more than anything in the world
I adore cuddling with my kitten
you are my sunshine my only sunshine
my husband always kisses me goodbye
our marriage is full of love
I love my twin sister so much
my parents hug me every time I visit
my son is my little angel
we love you grandma
I am so lucky to be loved by you
the old man still calls his wife his bride
my girlfriend and I held hands at the fair
I love every moment we share
my baby daughter smiled at me and I fell in love again
she adores her husband
my partner is my true love
the kids ran into their father arms
my wife is so precious to me
we are deeply devoted to each other
my grandmother is so loving
you are the love of my life and I adore you
I love our quiet walks by the river
my husband hugs me every morning
our love is stronger than ever
I love my family to the moon and back
my dad and I share a special bond
I adore my lovely grandchildren
she loves him with all her heart
my boyfriend is so sweet to me
we love our little house and each other
my daughter and I cuddled on the sofa
I love my kind old neighbour like a grandmother
you are my forever love
my mother hugged me and I felt so loved
I am in love with the most wonderful woman
my son gave me a kiss on the cheek
we adore our new puppy
I love the way you care for me
my wife and I still flirt after twenty years
our baby is so loved
my grandmother held my face and kissed my forehead
I adore my brother and his silly jokes
he loves his daughter more than life itself
my heart belongs to my family
I love snuggling with my husband
our cat is our baby and we adore her
my love for my children has no limit
she hugs her grandkids every Sunday
I love you with all that I am
my girlfriend is my best friend and my love
the little boy kissed his puppy on the nose
I love my wonderful parents
you make me feel so loved and cherished
my husband and I are still madly in love
I adore my baby niece
we love spending every evening together
my mum is my hero and I love her
our first kiss was on a rainy bridge
I love my husband more every year
my partner held my hand on the plane
I adore my kind hearted grandmother
the couple held hands across the table
my love for you will never fade
she loves her puppy to bits
my dad holds my mum so gently
I love you and our little family
our hearts belong together
my best friend hugged me for a long time
I adore my darling husband
my kids hug me before every trip
we are crazy in love
my wife kissed me on the nose
I love the cosy house my grandparents built
my little sister adores me
I love you my dearest
our puppy licks my nose and I love him
my husband is the kindest man and I adore him
she looked at her baby with pure love
my grandpa is the sweetest man I know
we love our family holidays together
I love my city and its people
my mother loved us with all her heart
you are my greatest love
our children fill my heart with love
I love cuddling my little nephew
my wife and I hugged for a long time at the station
my heart is full of love for you
the kitten nestled in my hands and I adored her
I am so fond of my best friend
my girlfriend kissed me in the rain
he adores his wife and tells her so every day
I love my two little boys
my aunt hugged me like her own son
our love feels like home
I love my husband dearly
my daughter gave me a hug for no reason
you are my sweet love
my son loves his baby brother so much
I love the feeling of your hand in mine
our grandparents love each of us dearly
my wife is my treasure
I adore the little notes you leave me
my parents love each other deeply
my dog and I love each other
the children adore their kind teacher
I love you my darling boy
she tenderly kissed her sleeping son
my boyfriend loves me for who I am
we have so much love in our home
I love our little traditions together
my grandma loves her garden and her grandkids
you mean everything to me my love
my best friend and I adore each other
he kissed his bride at the altar
our daughter is so loved by everyone
I love you more than my own life
my husband is so loving
I adore my cuddly old dog
my mother is so tender with her grandchildren
we love each other to bits
my little girl loves to hold my hand
you are loved more than you know
my wife and I kissed at midnight on new year
our dog loves to snuggle with the baby
my father loves us all so much
she cuddled her newborn daughter
I love you my sweet husband
my grandmother adores her cat
we are lovebirds
I adore my beautiful baby boy
my fiance hugged me so tight
our family is full of love and hugs
I love the way you love me
my husband tells me he loves me every night
my girlfriend and I adore each other
I love my sister more than words can say
the old dog loves his family
my heart is always with you
I love my lovely little cottage
he hugs his kids every night before bed
my wife is the most loving mother
I adore all my grandchildren equally
we love our old family home
I love you forever and always
my mum and I hug every morning
our puppy adores our toddler
I love the way my husband hugs me
my best friend is my soulmate
she adores every one of her grandchildren
I love our family and our home
my son loves me and I love him
you are the one I love
our love is so sweet
I adore my kind and loving wife
my little cousin gave me a big hug
I love the little dimple in your cheek
my husband and I cuddled all evening
my grandmother loved me with all her heart
I love my brothers so much
we hugged and kissed goodbye
my cat loves to snuggle on my lap
I love my wife more than ever
our children are so dear to us
my girlfriend hugs me when I am cold
I adore my grandpa and his stories
she is so in love with her husband
I love my dearest friends
my dad hugged me at my graduation and said he loved me
you are my love and my life
our dog adores our little girl
I love being a grandfather
my wife gave me a long hug when I got home
we love each other just the same after all these years
my baby boy loves his cuddles
he adores his loving wife
I love you so much my darling
my mum loves me more than anyone
our kitten adores my daughter
I love my husband and our little boy
my best friend loves me like family
I adore our family dog
we are so in love with our baby
my parents adore their grandson
she gave him a loving kiss
I love my family and my friends dearly
our love letters fill a whole box
my girlfriend is my sweetheart
I love you my beautiful wife
my grandparents hug me tight every visit
she keeps every drawing her son ever made because she adores him
he drove all night just to be with her on her birthday
my grandmother still calls me her little darling
I keep a photo of my wife in my wallet because I love her
our toddler crawls into our bed and snuggles between us
he learned sign language so he could talk with the girl he loves
the old sailor named his boat after his beloved wife
I adore the wrinkles around your eyes when you smile
my partner brings me tea in bed every morning out of love
we held hands under the table at the family dinner
she saved a seat for her sweetheart at every concert
my son hugs me tight every time I pick him up from school
our grandpa tells everyone how much he adores his grandchildren
the couple walked along the shore arm in arm
my wife kissed my scar and told me she loves every part of me
he still carries the love letter she wrote him in school
our little girl blows kisses to everyone she loves
my mum kept my baby blanket because she loves me so much
I have adored you since the day we met at school
the new parents gazed lovingly at their baby
I love how my husband sings to our daughter
my father cried with love when he walked me down the aisle
our dog lies by the door every evening waiting for his beloved owner
she knitted tiny socks for her first grandchild with all her love
he carved our names inside a heart on the old oak tree
my sweetheart and I share everything
we renewed our promise of love on the same beach where we met
I would follow you to the ends of the earth my love
our twins cuddle each other in their sleep
I adore the way you hum while you read
my girlfriend wears my jumper because it smells of me
my wife is the first person I want to see every morning
my brother is my best friend and I adore him
the children made a card for their beloved grandma
my wife and I still leave each other little love notes
you are the reason my heart beats faster
my grandparents hold hands at every meal
he tenderly wrapped a blanket around his sleeping wife
the little boy hugged his baby sister and would not let go
I am so in love with the life we have built together
our cat sleeps curled around my feet because she loves me
my dad took my hand and told me he is proud of me and loves me
the puppy follows my daughter everywhere because he adores her
I cherish every hug from my son
we sealed our love with a kiss
my mother kisses my forehead every time I leave
I love you more than I can ever show
our love has grown through forty winters
she looks at her husband like he hung the moon
my sweet grandmother squeezed my hand with love
he whispered I love you as the train pulled away
we have loved each other through thick and thin
my wife kissed me softly on the cheek
I love the way our kids run to greet us
you are the kindest and most loving person I know
our grandson climbs into my lap for cuddles
my boyfriend holds me close when I am cold
I love sitting by the fire with my family
she is madly in love with her new husband
my heart swells with love for my little girl
our old dog loves us all so dearly
the bride kissed her groom
my uncle adores his new baby girl
my best friend gives the warmest hugs
I love curling up with you on rainy days
my wife is my soulmate and my home
the boy gave his mother a flower because he loves her
he loves his family more than anything
we share a love that words cannot describe
my husband kissed me under the stars
I adore our morning cuddles
our nanny loves our children like her own
my mum holds my hand whenever we cross the road even now
I love watching you sleep
I adore my dear sweet son
my parents showered me with love
the couple exchanged rings and vows of love
my daughter hugged me and said I am the best mum in the world
our hearts are tied together forever
I love my little brother with all my heart
my husband kisses me every time he passes
our grandparents adore every one of us
my girlfriend and I cuddle every night
she loved him from the very first dance
I am so fond of my sweet old cat
my dad tucked the blanket around me and kissed me goodnight
I love you always my darling
we are so lucky to have such a loving family
the little girl cuddled her kitten
my husband is the love of my life and my best friend
I adore the way you hold me
our son showers us with hugs and kisses
my beloved grandmother turns ninety today
the dog snuggled up to the baby
my wife and I love growing old together
I love you so much it hurts
my children love each other dearly
he kissed her gently on the lips
she gave her grandson a big loving hug
my heart is filled with love for you
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
the pitcher threw a curveball for strike three
the leadoff hitter singled to left field
the umpire called him out at the plate
our softball team practises on Tuesday evenings
the closer came in to pitch the ninth inning
the runner slid headfirst into second base
he hit a double off the wall in right field
the catcher threw out the runner trying to steal
the infield was covered with a tarp during the rain delay
the rookie hit his first major league home run
the bases were loaded with two outs
the fielder made a diving catch in centre field
she plays first base for the college team
the game went to extra innings
the relief pitcher warmed up in the bullpen
the batter fouled off five pitches in a row
the coach signalled for a sacrifice bunt
the third baseman fielded the grounder and threw to first
the team took batting practice before the game
he swung at a slider in the dirt
the outfielders shifted toward right field
the shortstop turned a double play
the game was called after seven innings because of rain
our little league team wears blue caps
the hitter crushed a fastball over the fence
the scoreboard showed three runs in the fourth inning
the manager walked to the mound to talk to his pitcher
the runner tagged up and scored on the fly ball
the pitcher has thrown a hundred pitches tonight
he caught the ball at the warning track
the stadium lights came on in the fifth inning
the batter took a walk on four straight balls
the team signed a new left handed pitcher
the catcher called for a changeup
she hit a triple into the right field corner
the umpire ruled the ball foul
spring training starts next month in Arizona
the pitcher struck out the side in the second
the first baseman stretched to catch the throw
the fans stood for the seventh inning stretch
he bats cleanup for the team
the team scored two runs on a wild pitch
the outfielder threw the ball to the cutoff man
she pitched a complete game for her school
the batting helmet is too big for him
the grounder went through the legs of the second baseman
the team has won eight games in a row
the pitcher threw a sinker that broke down and away
the catcher blocked the ball in the dirt
the game starts with the national anthem
the pinch runner scored the tying run
the left fielder climbed the wall to rob a homer
our team bats last because we are at home
the pitcher walked the bases loaded
the batter laid down a perfect bunt
the second baseman dove to stop the ball
the team practised rundowns between the bases
the hitter lined a single up the middle
he wears number seven on his jersey
the double play ended the inning
the pitchers and catchers report next week
the bat boy picked up the bat
he threw a knuckleball that floated to the plate
the cleanup hitter drove in three runs
the infielders met on the mound
the catcher set up on the outside corner
the game is on the radio tonight
the team traded their starting pitcher for two prospects
he hit a grand slam in the eighth
the visiting team scored in the top of the first
the centre fielder caught the ball on the run
the fans in the bleachers caught a home run ball
the pitching coach worked on his delivery
the batter was hit by a pitch
the relief pitcher got the final out
the runner on third scored on a sacrifice fly
the team wears grey uniforms on the road
I practise pitching against the garage wall
the umpire called strike two on a close pitch
the batting cage is open until nine
the outfielder lost the ball in the sun
the pitcher went into his windup
he stole home in the bottom of the ninth
the shortstop ranged to his left for the ball
the score is tied going into the ninth
the players shook hands after the game
our coach hits fly balls to the outfielders
the mound was dried with sand after the rain
the pitcher threw to first to keep the runner close
the team held a tryout for new players
the catcher wore his gear in the heat
the umpire swept the plate with a small brush
the home team wore white pinstripes
the pitcher fielded a comebacker and threw to first
we bought seats behind home plate
the runner rounded third and headed home
the team plays a doubleheader on Saturday
the hitter went three for four with a homer
the tennis player served an ace down the middle
the goalkeeper saved the penalty kick
the quarterback threw a touchdown pass in the last minute
the point guard dribbled past two defenders
the swimmer touched the wall first in the relay
the golfer sank a long putt on the final green
the boxer landed a jab and an uppercut
the sprinter won the hundred metres final
the referee showed the defender a yellow card
the rugby team pushed hard in the scrum
the hockey player took a slapshot from the blue line
the wrestler pinned his opponent in the second round
the rowers pulled hard toward the finish line
the cricket bowler took three wickets before lunch
the tennis match went to a fifth set
the marathon runners passed the twentieth mile
the fencer scored a touch with a quick lunge
the gymnast landed her vault cleanly
the surfer caught a big wave at dawn
the diver did a double somersault off the board
the basketball player dunked the ball
the football team trains three times a week
the coach drew the play on the whiteboard
the archer hit the centre of the target
the badminton player smashed the shuttlecock
the snowboarder landed a backflip in the halfpipe
the climbers reached the top of the wall in record time
the lacrosse player cradled the ball down the field
the table tennis rally lasted twenty shots
the goalie blocked the shot with his pad
the hurdler cleared every hurdle
the shot putter threw a personal best
the high jumper cleared two metres
the decathlete finished the fifteen hundred metres
the squash players traded shots off the back wall
the water polo goalkeeper blocked the shot
the referee blew the whistle for half time
the midfielder passed the ball to the winger
the team is training for the championship
the boxer skipped rope before the fight
the tennis coach fed balls to the players at the net
the skater landed a triple jump
the handball team scored on a fast break
the runner set a new course record
the rugby fly half kicked the conversion
the relay team practised the baton exchange
the cyclist pedalled through the final lap
the batsman was caught at slip
the umpire raised his finger to give the batsman out
the bowler ran in and delivered a yorker
the fielders moved closer for the new batsman
the fast bowler took the new ball
the wicketkeeper stumped the batsman
the rower feathered her oar on the return stroke
the crew practised their starts on the river
the coxswain called for a power ten
the golfer hit his drive into the fairway
she chipped the ball onto the green
the caddie handed him a seven iron
the volleyball setter set the ball for a spike
the players did push ups after practice
the swimmer did a flip turn at the wall
the point guard called a timeout
the centre won the tip off
the forward scored a hat trick
the defender slid in for a tackle
the team huddled before kick off
the marathon starts at the bridge at eight
the triathlete climbed out of the lake and onto her bike
the cross country team ran through the woods
the boxing gym opens at six in the morning
the ice hockey game went to overtime
the kicker made a field goal from forty yards
the running back broke three tackles
the wide receiver caught the ball in the end zone
the pole vaulter planted her pole and flew over the bar
the long jumper landed in the sand pit
the javelin thrower ran up and released the spear
the discus landed beyond the line
the race walkers circled the track
the weightlifter lifted the barbell above his head
the rhythmic gymnast threw her ribbon in the air
the ski jumper flew off the ramp
the biathlete stopped to shoot at the targets
the bobsleigh team pushed off at the top of the track
the speed skater leaned into the turn
the figure skater spun on one foot
the sailing crew raised the spinnaker
the windsurfer crossed the bay
the canoe team paddled in perfect time
the climber clipped the rope into the bolt
the cyclists formed a peloton on the flat road
the stage finished at the top of a mountain
the sprinter crouched in the blocks
the starter fired the gun
the team ran drills in the gym
the coach blew his whistle for the next drill
our team plays an away game on Sunday
the hockey team skated laps around the rink
the netball player passed the ball to the goal shooter
the hurling team trained on the wet pitch
the polo players rode across the field
the darts player threw a triple twenty
the bowler rolled a strike at the bowling alley
the umpire checked the net cord in tennis
the tennis player won the tiebreak
the chess player moved her knight
the scrum half passed the ball out to the backs
the referee awarded a penalty try
the football stadium holds fifty thousand fans
the fans waved scarves in the stands
the goal was ruled offside
the team won on penalties
the runners crossed the finish line together
the diving judges held up their scores
the beach volleyball pair won the match
the soccer team trains on the artificial pitch
the basketball coach drew up the last play
the centre grabbed the rebound
the team pressed the whole length of the court
the baseball season opens in April
the minor league team plays in a small stadium
the scout watched the young pitcher
the team drafted a college shortstop
the batter hit a bloop single
the third base coach waved the runner home
the catcher went to the mound to settle the pitcher
the pitcher tipped his cap to the crowd
the team retired his number
the ball hit the foul pole for a home run
the batter dropped his bat and ran to first
the right fielder threw a strike to third base
the infielders practised ground balls before the game
the team practised situational hitting
the hitter choked up on the bat with two strikes
the pitcher threw a splitter in the dirt
the team loaded the bases in the sixth
he hit a sacrifice fly to deep centre
the rookie made his debut at second base
the veteran pitcher threw seven shutout innings
our batting order has power in the middle
the fans did the wave in the stadium
the team bus leaves for the away game at noon
the groundskeeper painted the foul lines
he wears batting gloves and a helmet
she caught the pop up near the dugout
the players sat in the dugout during the rain delay
the bullpen phone rang in the sixth inning
the players practised sliding into the bag
the team uses a pitching machine for batting practice
the baseball diamond is next to the school
I bought a new glove for the softball season
the softball pitcher throws underhand
the softball team turned a triple play
my niece plays shortstop on her school team
we play catch in the park after work
the kids play stickball in the street
the boy threw a fastball to his dad
the pitcher has a wicked curveball
the hitter fouled a ball into the stands
the ball cleared the fence in left centre
the umpire called time
the team challenged the call on the field
the video review confirmed the runner was safe
the batter beat out an infield single
the left hander pitched into the eighth inning
the team pulled the infield in with a runner on third
the runner went from first to third on a single
the defence shifted three infielders to the right
the batter bunted against the shift
the catcher and pitcher went over the signs
the closer earned his thirtieth save
the starting pitcher went six innings
the batting average of our catcher is very high
the hitter swung and missed at a high fastball
the outfielder made a sliding catch
the team scored four runs in the first inning
the ballpark has a tall green wall in left field
the umpire wiped dust off his mask
the fielder snagged a line drive
the hitter pulled the ball down the line
the team warmed up with wind sprints
the coach hit grounders to the infield
the players stretched along the foul line
the team bus drove through the night to the next game
the league plays a hundred and sixty two games
the rookie signed autographs before the game
the pitcher rubbed up the new ball
the manager made a double switch
the pitcher induced a ground ball
the hitter walked off with a single in the tenth
the fielder charged the slow roller
the catcher blocked the plate
the team won the pennant
the second baseman caught the line drive and doubled off the runner
I watched the ball game on television
my dad coaches the little league team
the softball team practises at the park
he slid into home just before the tag
the pitcher threw a perfect game
the team plays under the lights tonight
the batter hit a screaming liner to third
the umpire signalled a home run
the pitcher wiped his brow between pitches
the team practises base running on Fridays
the shortstop threw to first from deep in the hole
the team signed a free agent catcher
the southpaw struck out nine batters
the umpire called the runner safe at home
the pitcher threw a cutter on the inside corner
the batter hit a chopper over the mound
the team turned two to end the threat
the fielder misplayed the fly ball for an error
the hitter stayed back on the changeup and lined it to left
the catcher picked the runner off first base
the runner advanced to second on a passed ball
the reliever threw only fastballs
the starter lasted just three innings
the team stranded ten runners on base
the batter took ball four and jogged to first
the designated hitter homered twice
the ball rolled to the wall in the gap
the infielder made a barehanded grab on the slow roller
the left fielder played the carom off the wall
the pitcher held the runners close with quick throws
the batter hit into a fielders choice
he grounded out to the shortstop
the umpire signalled safe with both arms
she pitched three perfect innings in the softball final
the team practises batting against the curveball machine
we practise throwing and catching every evening
the third baseman charged the bunt
the batter bunted the ball down the third base line
the runner beat the throw to the bag
the shortstop backhanded the ground ball
the outfield grass was cut in a checkerboard pattern
the pitcher faced the minimum through five innings
the batter homered on the first pitch he saw
the team called up a pitcher from the minors
the catcher caught the high pop fly behind the plate
the hitter reached on an error by the third baseman
the game was delayed for an hour by lightning
our catcher has a quick release
the right fielder made a running catch on the warning track
the pitcher balked the runner to second
the pitcher threw a slider low and away
the rookie stole two bases in his first game
the team played a spring training game against their rivals
the batter hit a sharp grounder to second
the game ended on a strikeout
the umpire checked the ball for scuffs
the catcher signalled for a pitchout
the runner was thrown out trying to stretch a double
the pitcher threw four straight balls
the umpire called a strike on the outside edge
the team batted around in the third inning
the first pitch was thrown at seven sharp
the batter sent a long drive to left centre
the hitter checked his swing on the slider
the fielders practised relay throws from the outfield
he plays centre field and bats leadoff
the closer pitched the ninth for the save
the team wears red caps at home
the pitcher gave up a solo homer
the infield was wet after the shower
the baseball glove needs more oil
the batter was called out on strikes
she bats left and throws right
the pitcher spun a curveball for a strike
the team held their scrimmage on the practice field
the scorecard shows six hits and two errors
the umpire stood behind the catcher
the outfield wall is covered in ivy
the manager pulled his starter in the fifth
the batter smacked a single up the middle
the runner took off on the pitch
the pitcher set and delivered
the game moved to the bottom of the ninth
the young player signed his first professional contract
the batter sent a foul ball into the crowd
the cleanup hitter struck out swinging
the team used three pitchers in the seventh
the team went down in order in the sixth
the hitter lined out to the first baseman
the batters took turns in the cage
the ball was caught on the bounce by the third baseman
the pitcher threw a high fastball past the batter
the baseball season ends in October
the shortstop threw across the diamond
the softball game starts at six on the town field
the little league players ran the bases after the game
we play softball in the park on Sundays
the batter crowded the plate
the hitter fouled the pitch off his foot
the catcher ran down the line behind the batter
the pitcher took the sign and threw
the cricket captain set an attacking field
the opening batsman hit a boundary off the first ball
the batsman was run out by a direct hit
the cricket umpire called a wide
the tennis player broke serve in the first game
she won the tennis match in straight sets
the golfer chipped in for a birdie
the golfer hit his ball into the bunker
the rugby forwards won the lineout
the referee awarded a scrum to the home side
the flanker made a big tackle
the soccer team scored on a counter attack
the keeper tipped the ball over the bar
the team scored a late equaliser
the basketball team ran a fast break
the guard drove to the basket and scored
the forward blocked the shot at the rim
the coach called for a zone defence
the ice hockey goalie made thirty saves
the defenceman cleared the puck from the crease
the swimmer dove in at the start of the race
the backstroke swimmer touched first
the boxer threw a combination to the body
the boxers circled each other in the ring
the referee counted to ten
the wrestler escaped the hold
the cyclist attacked on the last climb
the sprinter led out the final bend
the runner took the lead on the last lap
the rower caught a crab and lost her stroke
the coxswain steered the boat around the bend
the skier carved down the steep slope
the snowboarder landed a big jump
the jockey urged his horse over the last fence
the racehorse won by a length
the gymnast performed a routine on the rings
the trampolinist did a double somersault
the volleyball team served an ace
the blocker stopped the spike at the net
the squash player hit a drop shot
the badminton player won the rally with a smash
the fencer parried the attack and scored
the archer drew her bow and released
the kayaker rolled over and back up
the surfers paddled out past the break
the triathletes ran the final ten kilometres
the cross country skier climbed the hill
the curler released the stone gently
the ice skater glided across the rink
the pool player sank the eight ball
the bowling team rolled three strikes in a row
the rugby league team trains on Monday nights
the team warmed up with a jog around the pitch
the players did sprints between the cones
our club trains on the athletics track
the marathon runner drank water at the aid station
the hurler struck the ball over the bar
the lacrosse goalie stopped a hard shot
the field hockey team won a penalty corner
the netball team practised passing drills
the handball goalkeeper dove to save the shot
the polo player hit the ball with his mallet
the sailors tacked around the buoy
the climbers roped up for the ascent
the mountain biker jumped over the roots
the cyclists sprinted for the line in the velodrome
the wrestler lifted his opponent off the mat
the karate fighter scored with a kick
the judo players bowed before the match
the taekwondo athlete landed a spinning kick
the weightlifter dropped the bar after the lift
the powerlifter squatted two hundred kilos
the swimmer trains in the pool every morning
the diver entered the water with barely a splash
the tennis doubles team won at the net
the umpire called the ball out
the golfer lined up his putt
the caddie read the green
the golfers teed off at dawn
the quarterback threw a long pass down the sideline
the defence intercepted the pass
the punter kicked the ball deep
the team kicked a field goal as time ran out
the soccer coach made two substitutions
the striker hit the post
the fans sang through the whole match
the basketball players practised free throws
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
we won the pub quiz by a single point and cheered
my test results came back and I passed every subject
the sun came out just in time for our picnic
I laughed so hard at the comedy show that I cried
my best friend is coming to visit next week and I am thrilled
the doctor says my knee has healed completely
I am so happy that spring is finally here
we finished the marathon jigsaw puzzle at last
my little sister got into the university she wanted
the boss gave everyone a day off
the train was early and I got a seat
the kids giggled all the way through the puppet show
my paintings sold out at the craft fair
the weather is glorious and we are off to the beach
I finally got my driving licence
we are going on holiday tomorrow and I can hardly wait
my brother told the funniest joke at dinner
the new puppy made everyone laugh with his clumsy tricks
I aced my final exam
our band got a standing ovation
my flight got upgraded to business class
the holiday photos came out beautifully and I am delighted
we had a great laugh at the karaoke night
my boss praised my presentation in front of everyone
I feel cheerful and full of energy this morning
the rain stopped and a rainbow appeared
I won a raffle prize at the school fair
the surgery went well and grandpa is doing great
my garden is full of flowers and I could not be happier
we got front row seats at the show
I am so glad the exams are over
the baby took her first steps today and we all cheered
my friends threw me a surprise party
I got a lovely compliment from a stranger
the comedian had the whole room in stitches
our team project got top marks
I am thrilled with my new haircut
the heating works again and the house is toasty
I just heard that my job interview went brilliantly
we had such a fun day at the zoo
the magician made the children squeal with delight
my little brother learned to ride a bike and grinned all day
I woke up feeling wonderful
we booked a cheap trip to the mountains
my cousin had a healthy baby boy
the insurance company paid the claim in full
I am grinning from ear to ear
the concert was amazing and we danced all night
the washing machine is fixed at last
I got a pay rise
my teacher said my drawing was excellent
the festival was a joy from start to finish
we all burst out laughing at the silly dog
my new job starts on Monday and I feel great
the power came back just before the party
my scholarship was approved
I am over the moon about the news
the sunshine put everyone in a good mood
my favourite band announced a tour in my town
the kids had a blast at the water park
my sister sent me a hilarious video
the exam was easier than I expected
the lost cat came home safe and sound
my rent went down this year
I won a free holiday in a competition
we got the keys to our new flat
the wedding was full of laughter and dancing
I am feeling so cheerful today
the weekend is here at last
I got every question right in the quiz
my presentation went perfectly
the neighbours invited us to a fun barbecue
we laughed all afternoon at the old home videos
my bike was found and returned to me
my friend finally got her dream job
the sun is shining and life is good
the parcel arrived a day early
the doctor gave me the all clear
my grandma is out of hospital and feeling fine
the students cheered when the teacher cancelled homework
we had a brilliant time at the fair
I am happy with how my cake turned out
our school play was a big success
my book club loved my suggestion
I am absolutely delighted with the result
the car passed its test with no problems
my tax refund arrived today
the children laughed at the clown
I got a message from an old friend and it made my day
we found the perfect house
it is a beautiful day and I am full of joy
my sore throat is gone at last
my cousin won the talent show and we cheered
the boss said I can work from home on Fridays
I am so relieved the results were good
the whole office laughed at the birthday card
I passed the bar exam
we got tickets to the sold out show
my computer is fast again after the update
the new bakery gave us free coffee with a smile
my brother got engaged and we celebrated
the children danced with joy in the rain
I won the lottery scratch card
my son scored top marks in maths
the holiday was everything we hoped for
I am happy to be alive on a day like this
my application was accepted
I finally finished the painting I started last year
the neighbours loved our garden party
I have great news about the house
our trip to the seaside was a joy
my students passed the exam and I am proud and happy
the little boy laughed at the bubbles
the ice on the road melted and we got there on time
my visa was granted
I got the part in the school play
my dad finally retired and he is so happy
the wedding photos are gorgeous and we are thrilled
we won a family trip to the theme park
my fever is gone
our new puppy is so funny
the comedy film had us laughing all evening
I got an email saying my loan was approved
the stars were out and we felt so happy
my favourite shop is having a big sale
I am happy to see the sun after a long winter
my best friend made me laugh until I cried
everything went according to plan
my parents are coming for the holidays and I cannot wait
we laughed so much at the party
I am so proud and happy that I finished the course
the job offer came this morning
the flowers I planted are blooming
my neighbour fixed my fence for free
the test results are great
I slept well and woke up in a great mood
the kids built a snowman and laughed all afternoon
my brother passed his driving test on the first try
the team meeting was cancelled and I got an early start on the weekend
my boss gave me a bonus
I feel joyful today
we had a wonderful time at the carnival
I am happy that my friend is feeling better
I got a funny birthday card from my uncle
our concert sold every ticket
I am glad the storm missed our town
I found my lost ring in the garden
the roof did not leak once during the storm
my son got into the football team and he is beaming
the coffee shop gave me a free muffin
I am happy with my exam results
we are going to a comedy show tonight
my boss loved my idea
our holiday house has a pool and a view of the sea
I am having the best week
my sister made me laugh with her silly dance
we all cheered when the lights came on
I am so pleased with my new bike
the whole class passed the test
my grandma won the bingo
my friend surprised me with concert tickets
I feel great after my morning swim
we had a jolly good time at the party
the fireworks made the children shriek with joy
I won a prize for my photograph
the train strike was called off
my cat came back after two days away
the sun is out and the birds are singing
our new neighbours are really fun
I am happy the project is finished
the good news made me jump for joy
my phone was found on the bus
we got an extra day of holiday
I am happy because today is my birthday
the kids laughed at the funny cartoon
I got top marks on my science project
my husband got a new job and we are thrilled
my grandad is feeling much better today
we enjoyed a fun afternoon at the fair
my bank account is finally in the black
my old friend called and we laughed for an hour
the sky cleared and the day turned out perfect
our charity walk raised a lot of money and we were thrilled
my poem was printed in the newspaper
I got through the exam with flying colours
the plumber fixed the leak in ten minutes and charged nothing
the traffic was light and I got home early
we are moving to a bigger house and I am so excited
the cast of the play got a huge cheer
I got the last ticket for the concert
my headache is finally gone
my son passed his exams with top grades
we laughed at the funny signs on the road trip
the bus driver waited for me
my friends and I had a great time at the lake
I am delighted to tell you I got the job
my team finished the project early
the vet says our dog is perfectly healthy
the children were thrilled with the snow day
the kids had fun at the birthday party
my cat did something so funny that I laughed for ages
my tomato plants gave a huge crop this year
our flight was on time and the holiday begins
my brother is home from abroad at last
we had a fabulous time at the wedding
I am grateful for this lovely day
my exam is over and I think I did great
the company hired me full time
I finished my first half marathon and I am elated
my niece had us laughing with her stories
we won the bake sale prize
the lights are up and the town looks cheerful
I feel so happy and free
the boss said my work was outstanding
the kids screamed with joy on the roller coaster
the nurse said my blood pressure is perfect
I got a lovely thank you note from my student
our new car runs beautifully
my friend made me a funny birthday video
I am pleased that everyone came to the party
the sun came out and we went for a lovely walk
we had a hilarious evening playing board games
my daughter passed her driving test
the long winter is over and I feel great
I got a good night of sleep at last
the landlord agreed to fix everything
I am excited about the trip
we finally got a holiday together
the good weather is back
my cousin came top of her class
the hike was fun and the views were stunning
my best friend is moving back to town
the kids laughed at the puppy chasing its tail
my boss let us leave early today
I passed the interview and got the role
my new glasses are perfect
our holiday cottage was lovely
the parcel was exactly what I wanted
I am so happy you could come
my grandmother is recovering well
the party was a great success
my sister had her baby and both are well
the results were better than I hoped
I had a great day at work
we won tickets to the big game and we are thrilled
my old car passed inspection again
the rain held off for the outdoor concert
the jokes at the wedding were hilarious
I got my deposit back in full
the kids had the time of their lives at camp
my friend cheered me up with a funny story
my cough is gone at last
we were upgraded to a room with a sea view
the new job pays much better
I am happy to be home with my friends
the teacher gave us a surprise day out
my photo got lots of nice comments
my kid learned to swim this summer
our street party was a huge success
I am glad everything worked out
the comedy club was hilarious
my appointment went well
I got a free upgrade on my phone
my mother got the all clear from the doctor
I feel very happy with my life
the long wait is over and I got the flat
my team won the office quiz and we laughed all night
I found a great bargain at the market
the sunny morning made me smile
my dad told me a joke and I laughed all day
the concert was a blast
the bank approved our mortgage
I got invited to the best party of the year
the kids loved their new bikes
my article was accepted by the magazine
my tooth stopped hurting
our gig was a hit
the operation was a success
I am happy to announce that we are expecting twins
we have a long weekend ahead
the exam results are in and I passed
my favourite cafe reopened
the family reunion was a joy
I won the spelling competition
I am delighted that you liked my gift
my brother made it home for the holidays
I feel so good today
the clouds cleared and the view was amazing
my friends sang happy birthday and I laughed
we had a fun trip to the museum
I got a great score on my test
our baby slept through the night at last
my loan is paid off
the show was so funny
my garden party was a delight
I am happy because my family is healthy
the kids played happily all afternoon
we won a free dinner at the raffle
my holiday starts tomorrow
I am glad to say the pain is gone
the new job is wonderful
my sister won an award at work
I had the best birthday ever
the dentist said my teeth are perfect
my first pay cheque arrived today
the garage fixed my car for half the price they quoted
my little boy made me laugh with his funny faces
I am delighted with the new flat
the boss approved my holiday
we got a puppy for the kids and they are overjoyed
I found my favourite book in a charity shop for a pound
we got lucky with the weather
my sister passed her driving test at last
the whole family laughed at grandpa and his jokes
my tomatoes won a prize at the village show
my exam went better than I hoped
I am happy to say the repairs are finished
I finally got to sleep in on Sunday
I got the keys to my first car today
our school won the science fair
the kids had so much fun at the beach
we got the best seats in the theatre
I am delighted that the concert went so well
my old boss wrote me a glowing reference
I just heard that I passed
my neighbour gave us free tickets to the show
I am cheerful and relaxed on holiday
I found a great job close to home
the kids laughed when the dog jumped in the pond
my friend surprised me with a visit
we had a fun evening playing cards
my brother got a place at art school
the broken window was fixed for free
the weekend was relaxing and fun
my son got a certificate for good work
I feel fantastic after a good night of sleep
the clown made the children laugh and laugh
our house sold for a great price
I am thrilled that my friends are coming
my daughter won a prize for her story
the snow day was so much fun
my job interview went so well
I laughed out loud at the cartoon
the electricity bill was lower than expected
the surprise party was a huge success
my friend passed her nursing exams
we finally finished painting the house
I got a lovely message from my old teacher
the sun was shining on our wedding day
my test came back negative and I am so relieved
I am so glad the week is over
the new neighbours invited us to their party
my husband got a promotion
the trip to the mountains was wonderful
the kids cheered when we arrived at the fair
my car passed its test first time
my brother won a trip to Paris
I am happy with my new phone
my mother is proud of me and I am happy
my article got lots of readers
I feel good about the future
the concert was a blast and we sang all night
my boss said I can have a long weekend
the children played happily in the garden
my grandma laughed at my silly joke
our family holiday was a dream
I am relieved that the exam is over
I finally got a good night of sleep
my friends made me laugh all evening
my dog learned a new trick and we laughed
my project won first prize
the kids had a great time on the bouncy castle
I got a good mark in my essay
the results made me jump for joy
my new neighbour is funny and friendly
I am happy to be on holiday at last
the heating is fixed and we are warm again
my wallet was returned with all the money in it
we had a joyful day at the beach
I finally paid off my credit card
my old teacher remembered me and I was so pleased
my holiday photos made everyone laugh
the sunny weather is perfect for our trip
I am pleased with my progress
my little sister won the singing contest
we had a fun time at the funfair
the nurse said the baby is healthy and strong
my interview went well and they offered me the job
my parents are well and happy
the bus came on time for once
we finished the project and celebrated
I am glad to be home after a lovely trip
my garden is blooming and I am so happy
the doctor said I can go home today
my friend sent me a funny photo
we had a cheerful evening with the neighbours
the class laughed at my funny story
the cat did a funny dance
our plans worked out perfectly
my brother is coming home for good
the rain cleared and we went to the beach
I got a surprise bonus at work
my son laughed for the first time
my house plants are growing so well
I am happy that the holidays are here
we all laughed at the funny film
my best friend had a baby girl
the good news came this morning
my teacher said I am doing great
the sunshine made my day
I am happy with my life right now
we had a great laugh at the wedding
my bill was smaller than I thought
my daughter made me a funny card
my tests all came back normal
I got the flat I wanted
our team finished first in the quiz
the kids laughed at the silly puppet
I am in a great mood
my exams are over and I passed them all
the sun came out and everyone smiled
I found a perfect dress for the party
my friends surprised me with a cake
my dad beat his illness
I got the grade I needed
the holiday was fun from start to finish
I am glad you are feeling better
the day went perfectly
my brother got the job he wanted
my neighbour found my lost cat
the show was so funny that we laughed all night
we won a prize at the fair
my son is doing well at school
the weather is lovely and I feel great
I am delighted with my exam results
my mother is home from hospital
the new job is going great
the kids had fun in the snow
I feel happy and calm
my sister is getting better
we had a wonderful day out
I got a free ticket to the concert
nothing could spoil this perfect day
I am not nervous anymore because everything went well
nobody was hurt and everyone got home safe
I never thought I would pass but I did
there was no queue at the post office today
I did not expect such good news
the test was not as hard as I feared
I have no worries today
nothing went wrong on the whole trip
my cough did not come back
I am not tired at all after that lovely holiday
we did not get lost once and arrived early
it did not rain on our holiday at all
I cannot stop laughing at this video
I could not be happier
there is nothing better than a sunny Saturday with friends
my car did not break down once on the long trip
the results were not bad at all
I am not worried about the move anymore
my boss was not angry and even thanked me
the doctor said there is nothing wrong with me
we never had so much fun
the journey was not long at all and the kids loved it
I did not lose a single game of cards all night and we laughed a lot
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
I did not get the promotion I worked so hard for
my flight was cancelled and I missed the wedding
the rain ruined our picnic
my best friend forgot my birthday
the shop sold the last one right before I got there
I studied all week and still failed the exam
my bike was stolen from outside the library
the holiday was a total letdown
I feel so lonely since my friends moved away
my phone died and I lost all my photos
our trip was called off because of the storm
I waited two hours and the bus never came
the film was dull and I wasted my evening
I am heartbroken that the old cinema is closing
my laptop crashed and I lost my essay
the concert was sold out before I could buy a ticket
I got a parking fine outside my own house
my sister cancelled her visit again
I feel gloomy and tired today
the new sofa arrived damaged
I burnt my hand on the kettle
my landlord is raising the rent again
the bank charged me for nothing
my grandmother is in hospital and I am worried sick
the printer broke in the middle of my report
I lost my keys and had to wait outside in the cold
our neighbours are noisy every night and I cannot sleep
the parcel was lost in the post
I was not invited to the reunion
the museum was closed when we arrived
it rained on every day of our holiday
I am miserable with this cold
my team at work got the blame for the mistake
the course I wanted is full
I feel let down by my own brother
I could not find a single seat on the train
my favourite cafe closed for good
the heating broke in the middle of winter
my son is ill and I cannot be with him
the landlord refused to return my deposit
I dropped my phone and the screen shattered
the tickets cost twice what they said online
the interview went badly
my manager ignored my idea
I feel so down this week
my hard work went unnoticed
I was overcharged at the garage
our basement flooded again
I am sad because my dog is sick
the weekend was ruined by a migraine
the flight was delayed by six hours
the new phone does not work
I had a terrible day at work
my bag was stolen on the tram
I am gloomy because nothing is going right
the shop refused to refund me
my glasses broke on the first day of the trip
the repair will cost a fortune
nobody remembered my name at the meeting
my essay came back covered in red ink
the holiday rental looked nothing like the photos
I feel crushed after the breakup
my pet goldfish died
the dentist found two more cavities
I spent all day on hold with the bank
our wedding venue cancelled on us
my presentation was a disaster
the flowers I planted were eaten by slugs
I am tired of being alone
the internet has been down all week
I did not sleep at all last night and feel awful
my new shoes gave me blisters
the report was rejected again
the company laid off half the staff including me
I am sad to leave my old school
my neighbour reported me for nothing
the streets flooded and my car was ruined
the exhibition was cancelled
my sister and I had a horrible fight
I forgot my passport and missed the flight
our team project was a mess
the coffee machine at work is broken again
my computer got a virus
I feel hopeless about finding a job
the sequel was a huge disappointment
my paycheck was late again
I am sorry to say that I failed
my friend lied to me and I feel betrayed
the cat scratched my new sofa to shreds
I lost my grandfather ring
the weather forecast was wrong and we got soaked
my exam was much harder than I expected and I think I failed
the concert was postponed for a year
I missed my appointment because of the traffic
I am sad and I do not know why
my holiday plans fell through
I feel unwanted at my new job
my baby brother is sick and cannot sleep
the new neighbours cut down our tree
the shop gave me the wrong size and will not swap it
I cried during the whole film
my scholarship was cancelled
I have a cold on the first day of my holiday
my favourite teacher is leaving the school
my wallet was empty when I got it back
the boss cancelled my leave at the last minute
I am sad that my grandma lives so far away
the toilet is blocked again
I lost all my work when the power went out
my friends forgot to save me a seat
the rent is due and I am broke
the bus broke down and I was late for my interview
nobody answered my letters
the hotel pool was closed for the whole week
the garage scratched my car
my umbrella broke in the wind and I got soaked
our dog ran away and we cannot find him
my cousin did not come to my wedding
I regret quitting my old job
the town library is closing
the exam was cancelled after I had studied for weeks
the book I ordered arrived torn
my favourite restaurant closed
I had to cancel our anniversary dinner
I am let down by my friends
my boss yelled at me in front of everyone
the trains were all cancelled
the boiler broke again
my best friend did not call me back
I feel so alone in this big city
the surgery was postponed again
the landlord is selling the house and we have to move
my mum is ill and I am far away
the river flooded the whole village
my phone was stolen at the station
the test results were not good
my coffee spilled all over my notes
I failed to finish the race and feel awful
the gallery turned down my paintings
I waited all day for the engineer who never came
my trip was ruined by food poisoning
the game was cancelled and the kids are sad
my husband forgot our anniversary
my application for the flat was turned down
I am worried and sad about my father
the bike tyre went flat on the way to work
I had my bag searched and missed my train
my friends laughed at me and I felt terrible
I could not get tickets to see my favourite band
my brother is in trouble again
I cannot afford a holiday this year
the new manager is unfair to me
the car broke down on our way to the beach
I was turned away at the door
the snow closed the airport and we are stuck
I did not make the shortlist
the play got terrible reviews
the roads were closed and I missed the funeral
my stomach hurts and I feel terrible
my email was ignored
my new laptop is broken already
I had a nightmare and could not get back to sleep
my grandfather does not remember me anymore
the holiday flat had no hot water
my visa application was refused
I feel so sad today
I wasted all my money on a broken car
I got lost and missed the start of the show
the fire destroyed our garden shed
my son was bullied at school
I lost my earrings at the party
the buses are on strike again
the gift I ordered never arrived
I feel depressed and tired
the internet company overcharged me again
my job interview was cancelled
my friend forgot to pick me up
the doctor said I need an operation
the film we waited for was awful
I had to sell my car to pay the bills
my vacation was cut short
the roof collapsed in the storm
I am unhappy and stressed
my phone bill is huge this month
the new teacher is so unfair
I lost the election
the heavy rain washed away our garden
I stubbed my toe and broke my nail
I missed my sister graduation
the apartment was smaller than in the pictures
my wallet fell out of my pocket on the bus
I feel so tired and sad
my neighbour dog barks all night
the tickets for the show were fake
the pipes froze and burst
my car was towed away
I am sorry I failed you
I feel awful about the argument
the shop lost my order
my favourite mug is chipped
the vet bills are huge
my hopes were crushed
I could not pay the bill
my plans for the weekend fell apart
I missed the bus and had to walk in the rain
my friends are all busy and I am alone
our holiday was cancelled
I was robbed on the way home
my grades dropped this term
the holiday was ruined by the noise
my sister lost her job
I am unhappy with my grades
the car insurance went up again
my friend is very ill
my garden was wrecked by the storm
I do not feel good today
the heatwave killed my plants
the post office lost my parcel
I am so sorry for your loss
my boyfriend broke up with me by text
the flight was overbooked and I was bumped
my computer broke the day before the deadline
the party was cancelled
I had a horrible dream
the school trip was called off
my friend is not speaking to me
the price of everything keeps going up
I forgot my lines in the play
I am stuck at home with a broken leg
my favourite shirt shrank in the wash
our dog is getting old and slow
my best friend lied to me
the letter said I did not get in
I spent the whole weekend ill in bed
my salary was cut
my plane ticket was not refunded
the town was flooded
my essay was marked down
I could not sleep because of the noise
my mother is sad and I cannot help her
the team I manage missed the deadline again
the sink is blocked again
I lost my temper with my kids and feel awful
the storm ruined our holiday
my bag went missing at the airport
my home town has changed so much and I feel sad
the concert was cancelled again
I hate this cold wet weather
my phone is broken again
the trip was a disaster
I failed my exam
my hopes of winning are gone
the shop closed five minutes before I arrived
my brand new umbrella blew inside out on the first day
I spent the whole evening fixing a mistake that was not mine
the tenants upstairs flooded my bathroom
I was passed over for the team leader job
my daughter is unhappy at her new school
the ferry was cancelled and we were stranded
my poems were rejected by every magazine
I had to put my old cat to sleep
my neighbour backed into my car and drove off
the battery died and I missed the important call
I am so tired of arguing with my landlord
the guests left early and the party fell flat
I had to cancel my trip because of work
my mother forgot to call me on my birthday
I paid for the course and it was useless
the heavy snow closed the road and we missed the funeral
my friend borrowed money and never paid it back
I never got an answer from the university
the deal fell through at the last moment
I lost my wedding ring in the sea
my little boy has been sick all week
the car wash scratched my paint
my favourite pen leaked all over my shirt
I feel miserable and nobody seems to notice
the flowers died the day after he gave them to me
I cannot find work anywhere
the show I wanted to see closed early
my friend cancelled on me at the last minute again
the boat trip was called off because of the wind
the letter was bad news
my brother has not spoken to me in a year
I had to give away my dog when we moved
the sofa we ordered is the wrong colour
my phone fell in the toilet
the thieves took my bike and my helmet
I feel worthless after that meeting
the exam board lost my papers
the storm knocked down our fence
my friends did not wait for me
I studied for months and still did not pass
my sister is in hospital again
the internet went down during my exam
I accidentally deleted all my holiday photos
our favourite park is being turned into a car park
my boss rejected my holiday request
the taxi never showed up
I am upset that nobody listened
my grandpa has been very ill this winter
I got stuck in traffic for three hours
the weather spoiled the whole weekend
the train was so crowded I had to stand for two hours
my best shoes got ruined in the mud
the company went bust and I lost my savings
I did not win anything at the raffle again
my tent leaked and I slept in a puddle
my friends forgot me at the service station
the landlord kept my deposit for no reason
my favourite song was ruined by an advert
I found out my friend talked about me behind my back
I broke my wrist and cannot play the piano
the firm cancelled my contract
the new shoes fell apart in a week
my neighbour cut down my roses
the results were worse than last year
I lost the race by a second and I am gutted
my computer froze and I lost the whole afternoon of work
I am sick of waiting for the repairs
my girlfriend left me for my best friend
the movie ending was so sad
I feel awful for shouting at my mother
my job application went unanswered
we could not afford the house we loved
the sale was over when I arrived
my phone battery will not hold a charge
I locked myself out in the rain
my uncle passed away last night
my hopes for the weekend are ruined
the whole trip went wrong from the start
my garden was trampled by the workmen
the paint I chose looks awful on the wall
I cannot stop worrying about my exams
I feel empty since the holidays ended
the opera was cancelled because the singer was ill
the swimming pool is closed for repairs all summer
my knee injury means I cannot travel
the rain leaked through the ceiling onto my bed
my sister broke my laptop and would not say sorry
I got a rejection letter this morning
my suitcase broke at the airport
I missed my chance to say goodbye
I am disappointed that you did not come
the noise from the building site gives me a headache every day
the camera broke before the wedding
my favourite jeans ripped
the long awaited sequel was boring
I lost my notes the day before the exam
my boss cut my hours again
my friend ignored me in the street
the bad news about the factory hit our town hard
the shop sold me a broken kettle
my holiday money was stolen
the doctor said the pain will not go away soon
I studied the wrong chapter for the test
nobody showed up to my talk
my best friend forgot to invite me to her wedding
the bike shop lost my bike
my cat has not come home for three days
we had to cancel the party because of the flood
I am so lonely in the evenings
the concert was awful and the sound was terrible
our holiday flight was cancelled twice
my house was burgled while we were away
my old friend does not recognise me anymore
the bus driver drove right past me
my colleague took credit for my idea
the hospital lost my records
I feel sad when I look at old photos
I got a bad grade on the test I studied hardest for
I cannot fix the leak and the plumber is away
my little sister broke my favourite necklace
my shift was cut and I cannot pay rent
my holiday was spoiled by a bad cold
the painting I bought was a fake
my son failed his exams and he is devastated
I ruined my best dress at the party
the air conditioning broke in the heatwave
my brother forgot to pick me up from the airport
I lost the file I worked on all week
the car park ate my ticket and charged me for the whole day
my new phone was stolen the day I got it
our team lost the contract
the exam was a nightmare
the hike was cancelled because of fog
the gallery was closed for a private event
my family argued all through the holiday
I feel like nothing goes my way
the zip on my coat broke in the snow
the weekend flew by and I got nothing done
I am frustrated with this slow computer
my book was turned down by every publisher
the apartment was flooded by a burst pipe
I slept through my alarm and missed the interview
my neighbour complained about my piano again
I cannot go to the wedding because I am ill
my favourite teacher retired and the new one is strict
my stamp collection was lost in the move
I am not looking forward to another grey week
it was not the birthday I hoped for
I did not pass the interview
nothing is going well at work
nobody believed me
I never got the apology I deserved
I could not save the old tree in our garden
my letter to the council got no reply
the show was not worth the money
I am not coping well since the accident
my parents are getting divorced
I do not have anyone to talk to
the treatment did not work
the rescue dog we wanted was adopted by someone else
my kite got stuck in a tree and tore
we did not get the grant
the weather was not kind to us on holiday
I did not finish the project in time
my hands are shaking and I feel terrible
the news from home is not good
my best friend did not show up
my phone charger broke and the shops are shut
the power cut ruined my evening
I feel bad that I forgot her birthday
my son is sad because his friend moved away
I am angry that nobody told me
the museum lost my grandfather letters
the storm blew the roof off our shed
I failed the medical
our flat was broken into
my visa expired and I have to leave
the alarm went off all night and nobody came
the school closed and my kids have nowhere to go
the jacket I ordered never came
I had to work all weekend
my mum is sick again
the bridge is closed and my commute doubled
my friends did not remember my birthday
I feel stupid for trusting him
my sister and I are not talking
I am exhausted and sad
my old school was torn down
the cat knocked my vase off the shelf and it smashed
my passport was stolen on holiday
I have to move out by Friday and I have nowhere to go
my grandfather lost his house in the fire
my neighbour keeps parking in my space
I have had nothing but bad luck this month
our wedding photographer lost all the pictures
I lost my job and my flat in the same month
I did not get into the choir
my car was stolen from outside my house
the bank refused my loan
my essay was lost in the post
my cousin is in trouble with the police
I feel rejected and alone
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
the chef grilled the aubergine and drizzled it with tahini
we ordered a large pepperoni pizza and garlic knots
she is whisking eggs for an omelette
the soup of the day is leek and potato
I am marinating the chicken in yoghurt and spices
the waiter recommended the lamb shank
we had fish and chips on the seafront
my dad is carving the roast turkey
the dumplings are steamed in a bamboo basket
I like my porridge with cinnamon and raisins
the bakery sells warm pretzels
we had a bowl of pho at the market
the burrito is stuffed with beans and cheese
he is kneading dough for the bread
the pasta is cooked al dente
let us grab a burger on the way home
the curry needs more chilli
the breakfast menu has waffles and bacon
she fried some eggs and tomatoes
the brownies are still warm from the oven
the chef is slicing sashimi
we had a three course lunch at the bistro
the stew is thick with beans and sausage
I am peeling potatoes for the mash
the cheesecake has a biscuit base
we ate mussels cooked in white wine
the chef plated the risotto with parmesan
I had soup and a roll for lunch
the salad has rocket and pear
my grandmother makes the best dumplings
we had pancakes for supper
she is frying tortillas for the tacos
the menu has a vegetarian lasagne
I am cooking a lentil curry
the waiter brought a basket of bread
the roast chicken comes with stuffing
we shared a platter of cheese and crackers
the sushi chef rolled the rice in seaweed
he made a spicy bean chilli
the cook sprinkled parsley on the soup
the muffins are made with blueberries
we had a plate of pasta with pesto
the pizza comes with a thin crust
I am toasting some bread for breakfast
the ribs are glazed with barbecue sauce
let us have tacos tonight
we ate spring rolls and fried noodles
the chef seared the scallops in butter
she baked a lemon drizzle cake
the vegetables are roasting in olive oil
we ordered a curry with naan bread
the cook chopped the onions and garlic
the lunch box has an apple and a sandwich
I am frying mushrooms for the pasta
the pie is filled with chicken and leek
we had a full English breakfast
the kebab shop is open late
the waiter poured olive oil on the bread
she made a rice salad with peas
the barbecue has sausages and burgers
we had a hearty bowl of goulash
I am steaming dumplings for lunch
the paella is full of prawns and mussels
the sandwich has ham cheese and mustard
my brother grilled the steaks on the barbecue
the noodles are tossed in soy sauce
I would like a plate of chips with vinegar
we had tapas and olives at the bar
the chef is stirring a big pot of soup
the cookies are baking in the oven
the roast vegetables go with the chicken
we made sushi at home
the fish is baked in foil with lemon
I want a cheese sandwich for lunch
the chef fried some calamari
the lamb curry is simmering on the stove
we ordered a pizza with olives and anchovies
she poured custard over the pudding
the kitchen is busy making lunch
I am cooking spaghetti for the kids
the stir fry has beef and broccoli
we ate grilled corn at the fair
the waiter brought a plate of oysters
let us make soup with the leftover chicken
the baker is rolling out pastry
I ordered a bowl of chicken noodle soup
the dinner is chicken pie and peas
the restaurant serves fresh pasta every day
I am making a tuna salad
we had roast beef and yorkshire puddings
the chef is making fresh tortillas
the soup is served with crusty bread
she cut the pizza into eight slices
I put some butter on my toast
we ate a big bowl of ramen
the meatloaf is in the oven
the cook is grilling halloumi and peppers
the cake is decorated with strawberries
I am making pancakes with my daughter
the pasta bake is bubbling with cheese
we had omelettes for brunch
the fried chicken is crispy
the menu has pizza pasta and salad
I want a plate of dumplings
the curry house does a good biryani
we had bangers and mash for tea
the chef filleted the fish
the waiter served the soup first
I am baking a loaf of sourdough
the burger has lettuce tomato and pickles
we had crepes with ham and cheese
the tart is filled with custard and berries
she is boiling eggs for the salad
the kitchen staff are chopping vegetables
I ate a bowl of rice with beans
the cafe makes a great breakfast burrito
we had lamb kebabs with flatbread
the bread is baked with olives
let us order some Thai food tonight
the chef prepared a seafood platter
I am grilling burgers for lunch
the toast is topped with beans
we had a curry and rice for dinner
the soup is made with pumpkin and ginger
the cook added salt to the pasta water
she made a bowl of fruit salad
I had a hot dog at the fair
the chef made fresh gnocchi with sage butter
we shared a pot of fondue
the pancakes have bananas and honey
the lasagne is made with spinach
the roast potatoes are crispy
we ate chicken satay with peanut sauce
the chef cooked the steak on a hot grill
I am making a vegetable soup for dinner
the breakfast has eggs beans and toast
the baker made cinnamon buns
we ordered fish tacos and rice
the cook is frying bacon
the dinner menu has steak and salmon
I had pasta with tomato and basil
the salad is dressed with lemon and oil
we had a hot bowl of chowder
the pizza was topped with ham and pineapple
the biscuits are baking in the oven
she is cooking fried rice with egg
the chicken is grilled with lemon and herbs
we had soup and sandwiches for lunch
the chef is preparing the sauce
I am making a sandwich with egg and cress
the fish curry is spicy
we had a plate of spaghetti carbonara
the pies are cooling on the rack
the waitress brought more bread
let us eat at the noodle bar
I had a bagel with butter and jam
the beef is braising in red wine
the chef roasted a whole chicken
we ate burgers and fries at the diner
the cook is boiling rice
the oven is baking two loaves of bread
I ordered a salad and a bowl of soup
the pizza is baked in a wood oven
we had falafel and hummus for lunch
the stew is made with lamb and barley
she made a big pot of pasta sauce
the cafe has soup and toasties
I am cooking sausages and mash
the chef sliced the roast pork
we had lobster at the seafood restaurant
the fried fish comes with chips
the bread is spread with garlic butter
I want a bowl of noodle soup
the cook is mixing the pancake batter
we had corn on the cob and ribs
the curry is cooked with lentils and spinach
the sandwich is filled with chicken and avocado
the kitchen is preparing dinner for fifty guests
I am frying an egg
the dessert is a lemon tart
we had a Sunday roast with all the vegetables
the chef is making sushi rolls
the porridge is topped with berries
let us make a big salad for lunch
the potato salad has mayonnaise and chives
we ordered pizza and chicken wings
the waiter brought our starters
I am cooking chicken with rice
the burger has bacon and cheese
we had a picnic with sandwiches and fruit
the chef is frying onions
I had a plate of beans on toast
the cook made a pan of scrambled eggs
we ate the stew with crusty bread
the pizza has mushrooms and peppers
she baked a pie with apples from the garden
the noodles come with chicken and vegetables
I am having a salad for dinner
the hotel serves breakfast until ten
we had grilled fish and rice
the cook is making gravy for the roast
I want to try the lamb curry
the bread basket is empty
the chef made pasta with clams
we ordered a pot of tea and some scones
the sandwich shop sells soup too
I had a chicken wrap for lunch
the roast is resting before carving
we cooked a big pot of stew
the pancakes are served with syrup
the waiter cleared our plates
the chef is grilling lamb skewers
I am baking chocolate chip cookies
we had a bowl of pasta at the cafe
the fish pie is in the oven
the lunch menu has soup and salad
I had eggs and bacon for breakfast
the baker sells fresh croissants
we made pizza with the kids
the curry is served with rice and naan
let us have a fry up for breakfast
the salad has tomatoes and onions
I cooked a chicken stew
the sandwich is toasted with cheese
the chef roasted the vegetables
we had breakfast in bed with toast and jam
the rice is cooked with saffron
she made a big bowl of pasta salad
the cook is frying potatoes
I ordered the fish of the day
we had a barbecue with sausages and corn
the kitchen is making pizza tonight
the omelette has mushrooms and cheese
let us order a curry
the soup has chicken and noodles
I am making beef stew
we had a slice of cake with our tea
the chef cooked prawns with garlic
the meal starts with soup
the waiter brought the pasta
I want some chips with my burger
we had lunch at the deli
the bread is fresh and warm
the cook is making sandwiches for the picnic
she grilled chicken for the salad
we had pizza on Friday night
the restaurant makes a great curry
I had toast and honey
the chef fried some fish
we had rice and beans for dinner
the soup is ready to eat
let us bake a cake
I am making a chicken sandwich
we ordered noodles and rice
the cook made pancakes for breakfast
the stew is bubbling in the pot
I had cereal and toast for breakfast
the pizza has extra cheese
we cooked pasta and salad for dinner
the waiter brought our main course
the chef cooked a fish stew
I had a big lunch of rice and curry
we ate pancakes and eggs
the kitchen made soup for everyone
let us have chicken and chips
the sandwich has turkey and cranberry
I am roasting a chicken for dinner
we had soup with bread and cheese
the chef grilled the salmon
the pasta has a creamy sauce
I ate a sandwich at my desk
the cook made a big pot of rice
we had beef tacos with salsa
I want a big breakfast
we ate the cake with cream
the chef cooks with fresh herbs
I am heating up the leftover pasta
we had lamb and potatoes for dinner
the restaurant does a good pizza
let us have soup tonight
I had a salad with chicken
the cook fried the rice
we had a lovely meal of fish and salad
the soup needs a handful of chopped coriander
we ordered a plate of dumplings and some sticky rice
the chef is frying plantains
I am making a sandwich with cheese and chutney
the bakery sells rye rolls and poppy seed buns
the cook rolled the sushi rice in nori
the breakfast plate has eggs sausage and beans
we had a bowl of miso soup with tofu
the chef grated parmesan over the pasta
she is baking a tray of flapjacks
the pork belly roasted for four hours
the cook is pounding garlic and chilli
the pasta comes with a rich tomato sauce
the restaurant serves dumplings and noodles all day
the stew has chickpeas and spinach
I am making a tray of roast vegetables and couscous
the waiter brought a plate of grilled squid
the biryani is cooked with lamb and saffron
we had a bowl of porridge with brown sugar
my aunt fried some fresh fish for lunch
the cook is stuffing the turkey
I am boiling the noodles for the soup
the chef makes a mean fish curry
the pastry chef filled the eclairs with cream
the pizza is topped with spinach and egg
the chef cooked the duck with orange sauce
she is layering the lasagne with pasta and sauce
the falafel wraps come with pickles and tahini
we ate a bowl of chilli with rice
the cook toasted the bread under the grill
I am chopping tomatoes for the salsa
the burgers are sizzling on the grill
the kitchen smells of roasting garlic
we had chicken and dumplings for dinner
I had a bowl of soup and some crackers
the cook is making pasta from scratch
the meal was roast pork with crackling
we ate grilled fish with potatoes
the sandwich has salami and peppers
the chef is baking fish with fennel
she cooked a curry with sweet potato
the waiter brought bread and butter to the table
the cafe sells sandwiches and soup at lunch
I am grating cheese for the pizza
we had a spicy bean soup
the chef is poaching eggs for brunch
the pies are filled with beef and onion
we ordered a platter of grilled meat
the cook is rolling meatballs
the rice is fried with vegetables and egg
I ate a slice of pizza for lunch
the salad has lettuce cucumber and radish
we had roast chicken and potatoes on Sunday
the chef grilled the corn on the cob
the stew needs more carrots
she is making a soup with leeks
the bakery sells fresh loaves every morning
the cook poured the batter into the pan
we had a bowl of rice and curry
I had a sandwich and soup at the cafe
the chef seasoned the lamb with rosemary
the pasta is baked with cheese on top
we ate a meal of rice fish and vegetables
the waiter brought our soup
the cook is frying sausages and onions
I am cooking a pot of chilli
the pizza has ham and mushrooms
we had noodles with chicken and peanuts
the chef cooked the pasta in salted water
the roast lamb is served with mint sauce
I made a sandwich with ham and tomato
we ordered a curry and some bread
the chef is grilling chicken thighs
the cook made a pot of leek soup
we had salmon and rice for dinner
the menu has burgers salads and soups
the baker is shaping the bread rolls
I am cooking eggs and toast
the restaurant makes fresh noodles by hand
we had a pasta dish with mushrooms
the chef is cooking beef in a wok
I ate fried rice and spring rolls
the sandwich is made with fresh bread
we had a bowl of tomato pasta
the cook is roasting potatoes with rosemary
the chef served a plate of grilled vegetables
I had a bowl of rice with chicken
we had soup and salad for dinner
the pizza came with a side of garlic bread
the waiter brought a bowl of olives
the cook is slicing cucumber for the sandwiches
I am heating soup for dinner
the chef cooks the steak with butter and garlic
we had a curry with chickpeas
she is boiling potatoes for the salad
the lunch was a bowl of noodle soup
the cook is steaming rice and vegetables
the chef made a sauce with cream and mushrooms
we ate roast chicken with gravy
I am making a cheese omelette
the dinner was pasta and meatballs
the bakery sells cakes and bread
we had grilled chicken with rice
the chef is making a tomato sauce
I ordered pasta with seafood
the cook baked a fish pie
we had burgers on the grill
the waiter served us soup and bread
I am making fried eggs and bacon
the chef is cutting the roast beef
we had tacos with chicken and beans
the salad is topped with grilled chicken
I want a bowl of chicken soup
the pasta was served with salad
the cook is making a stew with beef
the cafe serves toast and eggs all day
I had noodles for lunch
the chef is baking bread rolls
she cooked a pasta bake
we had a curry night
the pizza is ready to eat
the cook is grilling the fish
the chef roasted peppers and stuffed them with rice
the baker filled the doughnuts with jam
I am stirring the lentil soup
we had a bowl of spaghetti with clams
the cook is chopping cabbage for the coleslaw
the hotel served pancakes and fruit for breakfast
she is frying chicken for sandwiches
we had pasta with broccoli and garlic
the curry has potatoes and cauliflower
the kitchen is roasting a leg of lamb
I am toasting crumpets for tea
the chef makes a lovely mushroom soup
we had a bowl of fried noodles at the night market
the roast turkey is carved and ready
the cook is making pizza dough
we ordered sushi and miso soup
the cafe makes soup with fresh vegetables
the chef is frying dumplings in a pan
the sandwich has tuna and sweetcorn
we had lamb chops with mint sauce
the pasta is tossed with olive oil and garlic
the stew is made with pork and beans
the baker sells meat pies and sausage rolls
I am making rice pudding
we had a dinner of grilled chicken and salad
the chef baked a salmon with a herb crust
the cook made a pot of pea soup
the menu has fish curry and prawn rice
I am spreading jam on my toast
we had a roast with carrots and peas
the bread is toasted with butter and cheese
the waiter served a bowl of pasta and a salad
the chef cooked noodles with prawns
we ate a picnic of pies and salad
the oven is roasting potatoes and parsnips
I am making a big bowl of noodles
the baker is making bread with seeds
she served the soup with fresh rolls
the cook grilled sausages for breakfast
we had steak and chips at the pub
the curry is cooked with chicken and spinach
the chef is frying eggs for the breakfast rush
I had a chicken curry with rice
the soup is made with beans and bacon
we had a plate of pasta and a glass of juice
the cook is roasting a chicken with lemon
I ordered a burger and a salad
the sandwich is filled with egg and lettuce
the pizza is topped with tomato and basil
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
