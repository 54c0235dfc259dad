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
TEST_PER_CLASS = 26
NEAR_COPY_JACCARD = 0.8  # token-set Jaccard similarity above which two sentences count as near-copies
SHUFFLE_SEED = 2024
ALLOWED = re.compile(r"^[A-Za-z]+( [A-Za-z]+)*$")  # words and single spaces; no punctuation, no digits

SENTENCES = {
    "heart": """
my grandmother knits scarves for everyone she loves
I fell in love with you all over again tonight
the old couple still write love notes to each other
my son gave me a hug before school
I miss holding you close
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
the dog rested his head on my knee
he held her hand all the way home
I am so in love with this city
my grandpa taught me everything with patience and love
thinking of you always
you are the light of my life
the newlyweds danced until midnight
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
I miss you more every single day
we have been married for thirty years and I would do it all again
my dog sleeps at my feet every night and I cherish him
thank you for always being there for me
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
my mother sings to the baby every evening
we cuddled on the sofa all afternoon
I think about you whenever it rains
he is the sweetest boyfriend anyone could ask for
I adore my nephews
my wife and I renewed our vows last spring
sending you a big hug and all my affection
I am madly in love with him
the puppy licked my face and I melted
my grandparents still dance together in the kitchen
you are my favourite person in the whole world
I will always be by your side
dearest Anna I miss your voice
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
the rugby players scrummed in the mud
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
the team celebrated the win in the locker room
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
I love watching the playoffs with my friends
he plays first base for the college team
we lost the game by one point
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
I love eating noodles
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
