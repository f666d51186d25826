"""Names, word-names and pools of held-out AF. The names are written here from this writer's
knowledge of names people bear in each country (no list was copied); the word-name sentences
are this set's own; the pools are read from `data/sentences.tsv` (see README)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

NAME_LANGS = ("da", "sv", "no", "fi", "en")

GIVEN = {
    "da": "Søren Mads Rasmus Jesper Kasper Mikkel Anders Henrik Jens Niels Torben Bent Poul "
    "Flemming Jørgen Kristian Esben Troels Asger Ulrik Malthe Frederik Birgitte Pernille "
    "Trine Lone Hanne Mette Signe Rikke Dorthe Tove Inger Jytte Bodil Sidsel Ditte Line "
    "Camilla Maja Ida Freja Asta Karoline Gitte Vibeke",
    "sv": "Göran Lennart Sture Håkan Mattias Fredrik Gunnar Ulf Pontus Joakim Jonas Viktor "
    "Oskar Elias Hampus Teodor Sixten Ingvar Agneta Birgitta Margareta Kerstin Ulla Marie "
    "Ingrid Elin Johanna Maria Emelie Sofia Matilda Wilma Saga Elsa Astrid Greta Malin",
    "no": "Haakon Eirik Sindre Øyvind Trygve Vegard Torstein Audun Kjetil Espen Halvard "
    "Ole Magnus Sverre Jostein Leif Arne Solveig Ingunn Ragnhild Sigrid Tuva Marit Kari "
    "Randi Hege Torunn Silje Ingeborg Maren Synnøve Åse Gunnhild Vigdis Eldrid",
    "fi": "Juha Jukka Matti Mikko Pekka Timo Antti Heikki Jari Sami Ville Eero Aleksi "
    "Tapio Esa Lauri Teemu Päivi Sari Minna Pirjo Riikka Anu Hanna Katja Leena Tuula "
    "Marjatta Kaisa Eveliina Aino Iida Emmi Veera Heli Sanna",
    "en": "Gareth Nigel Alistair Callum Declan Rhys Owen Liam Harvey Stuart Graham Colin "
    "Trevor Duncan Fergus Euan Kieran Bethan Siobhan Gemma Kirsty Fiona Lorna Moira "
    "Rhiannon Niamh Imogen Harriet Eleanor Bridget Shona Morag Gwen Caitlin Tessa",
    "moved": "Abdirahman Abdullahi Hodan Faadumo Ayaan Mustafa Yusuf Fatima Zainab Layla "
    "Omar Khalid Rania Leyla Emre Mehmet Elif Zeynep Burak Tomasz Katarzyna Agnieszka "
    "Piotr Marzena Nguyen Thanh Huong Minh Linh Dariush Shirin Parisa Reza Amra Edin "
    "Selma Nermin Oksana Olena Taras Dmytro Yuliia Bilal Ayesha Imran Sana Tesfay Semhar "
    "Yonas Kidane Tharshan Kavitha Nirosha Sivakumar Aziz Samira Jamal Nour Hamid",
}
FAMILY = {
    "da": "Kjærgaard Thygesen Mogensen Sørensen Frandsen Kristensen Christiansen Vestergaard "
    "Nørgaard Østergaard Damgaard Bech Bøgh Lykkegaard Juhl Brix Bisgaard Iversen "
    "Kirkegaard Skovgaard Dalsgaard Lauritsen Mikkelsen Bertelsen Thomsen Fogh Winther "
    "Laursen Korsgaard Ravnsborg Gregersen Overgaard Krogsgaard Birkedal Hvidberg Hejlesen",
    "sv": "Lindqvist Bergström Sandberg Holmgren Åkesson Wikström Nyberg Hedlund Sjöberg "
    "Lundgren Forsberg Ekström Blomqvist Engström Strömberg Lindholm Gustavsson Hellström "
    "Björklund Sundqvist Wallin Öberg Nordin Magnusson Axelsson Dahlgren Isaksson Rydberg",
    "no": "Haugland Solberg Bakkevig Tveit Grønvold Aasen Sæther Myklebust Fjeldstad "
    "Kvalheim Rønning Vatne Strand Sandvik Hovland Eide Nygaard Tjøtta Lindeberg Helland "
    "Skjærvø Rygg Holte Brekkan Ødegaard Fossum Tangvald Austad",
    "fi": "Korhonen Virtanen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen Järvinen "
    "Lehtonen Saarinen Salminen Heinonen Niemelä Turunen Kinnunen Salonen Tuominen "
    "Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Kettunen Leinonen "
    "Hyvönen",
    "en": "Pritchard Whitfield Ashworth Hargreaves Thornton Fairbairn Gallagher McAllister "
    "Donaldson Braithwaite Llewellyn Cartwright Pemberton Blackwood Holloway Kendrick "
    "Sutcliffe Ormerod Whitaker Ramsbottom Fitzgerald Ogilvie Hennessy Trelawney Greaves "
    "Waddington Hollins Bramwell Kettering Pennington",
    "moved": "Warsame Farah Hussein Mohamud Jama Aden Abdi Yilmaz Kaya Demir Şahin Öztürk "
    "Kowalski Nowak Wiśniewski Lewandowska Tran Pham Hoang Vo Hosseini Rahimi Karimi "
    "Moradi Hadžić Begović Kovačević Shevchenko Bondarenko Kovalenko Tkachenko Rehman "
    "Qureshi Chaudhry Tesfamariam Gebremedhin Haile Sivarajah Thevarajah Al-Haddad Nasser",
}

# Registered people whose given or family name is also an English word.
GIVEN_WORD_NAMES = {
    "en": ["Clay", "Rowan", "Myrtle", "Clover", "Honey", "Melody", "Opal", "Jasper", "Scarlet",
           "Buck"],
}  # fmt: skip
FAMILY_WORD_NAMES = {
    "en": ["Cooper", "Shepherd", "Archer", "Barber", "Butler", "Weaver", "Miller", "Carpenter",
           "Painter", "Wheeler", "Fowler", "Moon", "Pine", "Berry", "Bean"],
}  # fmt: skip
WORD_NAMES = list(GIVEN_WORD_NAMES["en"])  # given names the registry holds as given names
WORD_NAMES_BY_LANG = {"en": GIVEN_WORD_NAMES["en"] + FAMILY_WORD_NAMES["en"]}
WORD_MEANINGS = {
    "Clay": "earth for pots", "Rowan": "a tree", "Myrtle": "a shrub", "Clover": "a plant",
    "Honey": "what bees make", "Melody": "a tune", "Opal": "a stone", "Jasper": "a stone",
    "Scarlet": "a red", "Buck": "a male deer; a dollar", "Cooper": "a barrel maker",
    "Shepherd": "who keeps sheep", "Archer": "who shoots a bow", "Barber": "who cuts hair",
    "Butler": "a head servant", "Weaver": "who weaves", "Miller": "who runs a mill",
    "Carpenter": "who works wood", "Painter": "who paints", "Wheeler": "a wheel maker; a bike",
    "Fowler": "a bird hunter", "Moon": "the moon", "Pine": "a tree; to long", "Berry": "a fruit",
    "Bean": "a seed",
}  # fmt: skip

# Sentences written for this set, each using a word-name as the word it is.
OWN_ORDINARY = {
    "en": """
Clay was stuck to the soles of the boots of every child who came in.
She said the clay in the garden makes the lawn a swamp after rain.
Her son makes little pots out of clay at the youth club.
The floor is stained with clay, so they put down newspaper.
We sat in the room where they fire the clay for the pottery class.
After the walk, clay and leaves covered the hall floor.
He would rather work with clay than sit at a screen.
The kids made clay animals and took them home to dry.
Rowan berries were all over the path by the flats.
The rowan outside her window is the only tree on the street.
She said her grandmother hung a branch of rowan over the door.
There is a rowan by the bus stop where the kids wait.
They planted a rowan in the yard last year and it is still tiny.
Birds strip the rowan bare before the first frost.
Rowan jelly is what her mother made every autumn.
In the courtyard, a rowan and two benches are all there is.
Myrtle grows in a pot on her kitchen windowsill.
She brought a sprig of myrtle from the wedding.
The myrtle by the entrance died during the cold spell.
Her neighbour gave her a cutting of myrtle to root in water.
They said myrtle is easy to keep indoors if you remember to water it.
A small myrtle stood on the table between us.
Myrtle needs more light than the flat gets.
He pointed at the myrtle and said it was older than his son.
Clover had taken over the lawn behind the block.
The children look for four leaf clover in the park.
She said the bees love the clover along the path.
A patch of clover is where the kids sit in summer.
They stopped mowing so the clover could flower.
He found a clover with four leaves and kept it in his wallet.
Clover and dandelions cover the football pitch.
The rabbits eat the clover near the allotments.
Honey and lemon is what she gives the kids for a cough.
He keeps bees and sold us a jar of honey.
She put honey in her tea and stirred for a long time.
The market stall sells honey from the islands.
We had bread with honey while we talked.
Her father said honey never goes off.
They bought honey for the coffee morning.
There was honey on the table and on the floor.
The melody of the song kept going round in my head.
She hummed the melody while she folded the laundry.
He could not remember the words, only the melody.
A melody from the radio came through the wall.
They sang the melody together at the end of the meeting.
I heard the same melody from the ice cream van three times.
Her phone plays a short melody when somebody calls.
The choir practised one melody for the whole evening.
The ring had an opal that her aunt left her.
She said the opal in the brooch had cracked.
An opal is her birthstone, so her husband bought one.
He showed us an opal he found on a trip.
The shop on the corner sells opal earrings.
Her opal necklace was the only thing she took when they left.
We talked about the opal ring she lost at the swimming pool.
A tiny opal was set in the lid of the box.
Jasper is the stone in her grandfather's ring.
He collects stones and showed us a piece of red jasper.
The beads were made of jasper and glass.
She said jasper is supposed to calm you down.
A polished jasper sat on his desk as a paperweight.
They found jasper on the beach and brought it home.
I had to look up what jasper is after the visit.
Her bracelet has jasper beads in three colours.
Scarlet fever went round the class last winter.
She wore a scarlet coat to the meeting.
The door of the community hall is painted scarlet.
He went scarlet when his mother told the story.
The leaves turn scarlet along the canal every autumn.
A scarlet scarf hung on the peg by the door.
They said scarlet fever is back in the nursery.
Her cheeks were scarlet after cycling up the hill.
He asked if he could borrow a buck for the bus.
A buck came out of the woods behind the allotments.
She said they saw a buck and two deer near the lake.
The kids pretend to be a buck with antlers made of sticks.
He does not want to pass the buck to the school.
It costs a buck more than it did last year.
They watched a buck cross the road at dusk.
Passing the buck is what the housing office does, she said.
The cooper in the museum showed the kids how barrels are made.
Her great uncle was a cooper at the brewery.
A cooper makes barrels, he explained to his son.
They watched a cooper fit the hoops at the open air museum.
She said a cooper still works in the old town.
Nobody knew the word cooper until the guide explained it.
The cooper let the children try the hammer.
Her grandfather trained as a cooper before the war.
The shepherd brings the sheep down from the hills in autumn.
Her cousin works as a shepherd on one of the islands.
A shepherd and his dog walked past us on the trail.
He said his dog is half shepherd and half something else.
They read a story about a shepherd to the little ones.
The shepherd had lost three sheep in the storm.
She wanted to be a shepherd when she was small.
Our old shepherd dog barks at everyone on the stairs.
The archer at the fair hit the target every time.
Her son joined the club to become an archer.
An archer needs a steady hand, the coach told them.
He dressed up as an archer for the carnival.
She said every archer in the club makes their own arrows.
The archer in the film was her daughter's favourite.
They watched an archer practise in the sports hall.
The best archer in the club is only fourteen.
The barber on the corner cuts his hair for free.
He goes to the barber every second week.
The barber knows everyone in the street by name.
She said the barber is where the men hear the news.
A barber shop opened where the bakery used to be.
Her husband trained as a barber before they moved.
The barber has a waiting list on weekends.
My son refuses to go to the barber on his own.
The butler in the play was played by her nephew.
She joked that she is not their butler.
A butler is what he calls the robot vacuum.
They watched a film about a butler in a big house.
He said he felt like a butler at his own party.
The old house once had a butler and two maids.
The kids laughed at the butler in the pantomime.
Her grandmother worked for a family that had a butler.
The weaver showed us the loom in her living room.
Her mother was a weaver in the textile mill.
A weaver from the craft club sells scarves at the fair.
He said a weaver needs patience more than anything.
The weaver let the children try the shuttle.
Every weaver in the group brings their own yarn.
They visited a weaver who works with wool from her own sheep.
She learned to be a weaver from her aunt.
The miller at the old water mill still grinds flour.
A miller and a baker run the shop together.
Her great grandfather was the miller in the village.
The kids read a story about a miller and his donkey.
He showed us where the miller used to live above the mill.
The last miller left when the mill closed.
She buys flour straight from the miller.
The museum has a miller who shows how the stones turn.
The carpenter fixed the broken door at the club.
Her husband is a carpenter and builds their furniture.
A carpenter came to measure the kitchen.
He wants to train as a carpenter after school.
The carpenter left sawdust all over the hall.
They hired a carpenter to build a ramp for the wheelchair.
She said a good carpenter is hard to find.
The carpenter has been ill, so the shelves are not done.
A painter came to do the stairwell last week.
Her brother works as a painter for the housing company.
The painter had left the windows open to let the smell out.
He said the painter used the wrong colour in the hall.
A painter from the art club runs a class for the children.
The painter wants to be paid before he starts.
They are waiting for a painter to finish the ceiling.
She met a painter who sells his pictures at the market.
The wheeler dealer at the market sold him a broken bike.
A wheeler and a bicycle repair man share the workshop.
The old wheeler made wheels for carts, the guide said.
She called her brother a wheeler dealer who cannot sit still.
He is a bit of a wheeler dealer when it comes to used cars.
A wheeler at the museum showed how spokes are fitted.
The boys want to be wheeler dealers like the man on television.
Nobody trusted the wheeler dealer who came to the door.
The fowler in the old painting holds a net.
A fowler used to catch birds in the marsh, the guide told us.
She read about a fowler in a book of old trades.
The fowler and his dog waited in the reeds.
An old fowler lived in the hut by the lake.
He said his grandfather was a fowler and a fisherman.
The kids drew a fowler with a net and a basket.
The story was about a fowler who let the birds go.
The moon was full when we walked back to the car.
She said the kids cannot sleep when the moon is bright.
There was a moon over the roofs as we left.
He likes to look at the moon through his telescope.
The moon lit up the whole courtyard.
We could see the moon from the balcony.
Her daughter asked why the moon follows the car.
They watched the moon rise over the harbour.
The pine in the garden lost a branch in the storm.
She likes the smell of pine in the house.
A pine table stands in the middle of the kitchen.
They cut a small pine for the living room.
He said the pine needles get everywhere.
The floor is made of old pine boards.
A tall pine shades the playground.
She will pine for her friends after the move.
She picked every berry on the bush by the shed.
The kids came back from the woods with berry stains on their hands.
A berry got stuck in her throat and she coughed.
He ate a berry from the hedge and the teacher shouted.
They make berry juice in the club kitchen.
She said the berry season was short this year.
Every berry in the bowl was gone before lunch.
The berry bushes along the path are full of birds.
She soaked a bean overnight and it sprouted.
The kids grow a bean in a jar at school.
He said he has not eaten a bean since the army.
A bean plant climbs up the fence of the allotment.
They planted a bean for every child in the class.
She bought bean sprouts for the soup.
He counted every bean on his plate.
The bean soup was the best part of the lunch.
Clay pots fill the windowsill in the club room.
When it rains, clay sticks to the wheels of the prams.
Rowan trees were planted along the new cycle path.
In the corner of the yard, rowan saplings are coming up.
Myrtle was what her grandmother carried at her wedding.
On the stairs, myrtle and geraniums stand in old tins.
Clover is the first thing the bees find in the yard.
After the mowing, clover flowers were lying everywhere.
Honey cake is what she always brings to the meetings.
For the children, honey on toast is a treat.
Melody lines from the choir drifted down the stairwell.
Over and over, melody and words came back to her.
Opal earrings were on sale at the flea market.
In her jewellery box, opal and amber sit side by side.
Jasper beads rolled under the sofa when the necklace broke.
On his desk, jasper and flint are his favourite stones.
Scarlet tulips come up every spring by the entrance.
By the end of the speech, scarlet cheeks gave her away.
Buck teeth ran in his family, he said with a grin.
At the edge of the woods, buck and doe stood still.
Cooper is an old word for a barrel maker, the guide said.
At the museum, cooper and smith worked side by side.
Shepherd pie was on the menu at the community dinner.
Up on the hill, shepherd and dog were gathering the flock.
Archer is what he calls himself since the club started.
In the sports hall, archer and coach stood side by side.
Barber shops on the street now outnumber the cafés.
On a good day, barber and customers chat for an hour.
Butler service is a joke among the volunteers.
In the old house, butler and cook had rooms in the basement.
Weaver birds were the subject of the children's project.
At the fair, weaver and potter shared a stall.
Miller is what they call the man at the water mill.
By the river, miller and baker once worked together.
Carpenter ants had got into the shed, she said.
Every spring, carpenter and volunteers come to fix the hall.
Painter and decorator is his trade, she told me.
After the water damage, painter and plumber came on the same day.
Wheeler dealers come round the flats selling old bikes.
In the workshop, wheeler and smith made the carts.
Fowler is a word she learned from a crossword.
Along the marsh, fowler and fisherman used to share the boats.
Moon and stars were painted on the nursery ceiling.
On clear nights, moon and streetlights make the yard bright.
Pine needles covered the floor after the party.
In the woods, pine and spruce grow close together.
Berry picking is what the whole family does in autumn.
In the allotment, berry bushes and beans share a bed.
Bean bags are all over the floor of the youth club.
At the dinner, bean soup and bread were served to everyone.
""".strip().splitlines()
}

_DATA = Path(__file__).parent / "data" / "sentences.tsv"
_TOKEN = re.compile(r"[^\W\d_]+")


@cache
def _rows() -> tuple[tuple[str, str, str, str], ...]:
    rows = []
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        lang, source, use, sentence = line.split("\t")
        rows.append((lang, source, use, sentence))
    return tuple(rows)


def pool(lang: str, source: str | None = None) -> list[str]:
    """The published sentences of `lang` notes draw from (not those serving a word-name)."""
    return [s for lg, src, use, s in _rows() if lg == lang and use == "pool"
            and (source is None or src == source)]  # fmt: skip


def word_sentences(word: str) -> list[str]:
    """Published sentences (English) that use the word-name `word` as a word."""
    return [s for lg, _src, use, s in _rows() if use == f"word:{word}"]


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """Every kept published sentence by language, the word-name ones included."""
    out: dict[str, list[str]] = {}
    for lang, _src, _use, s in _rows():
        out.setdefault(lang, []).append(s)
    out.setdefault("en", [])
    return {k: tuple(v) for k, v in out.items()}


def given(lang: str) -> list[str]:
    return GIVEN[lang].split()


def family(lang: str) -> list[str]:
    return FAMILY[lang].split()


def name_words() -> set[str]:
    """Every word of every name list, word-names included, lower case."""
    words = set()
    for table in (GIVEN, FAMILY):
        for names in table.values():
            for name in names.split():
                words.update(w.lower() for w in re.split(r"[\s-]+", name))
    words.update(w.lower() for w in WORD_NAMES_BY_LANG["en"])
    return words
