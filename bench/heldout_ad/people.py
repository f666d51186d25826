"""Held-out AD's people, word-names and sentence pools.

Names are written here from this writer's knowledge (no list was copied). The set's notes are
English fieldwork notes of a Danish study of self-employed people and small family firms, so
Danish people are named most, then Swedish, Norwegian, Finnish and English ones, and families
who moved to Denmark. The word-names are English words (the notes are English)."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

NAME_LANGS = ("da", "sv", "no", "fi", "en")

GIVEN = {
    "da": "Søren Mette Jesper Birgitte Rasmus Lærke Mikkel Sørine Kasper Dorthe Anders Signe "
    "Jørgen Tove Morten Ditte Henrik Pernille Troels Maja Villads Gitte Bjarke Rikke Kristoffer "
    "Lotte Thorkild Malene Esben Helle-Marie Asger Birthe Ulrik Sanne",
    "sv": "Björn Åsa Göran Märta Håkan Ylva Örjan Agneta Pontus Sigrid Torbjörn Maja-Lena "
    "Jöns Annika Leif-Åke Birgitta Mattias Gunilla Stellan Kerstin Ragnar Ingela Tobias "
    "Margareta Joakim Lovisa Ulf Solveig Fredrik Malin Östen Elsa-Britt Halvard",
    "no": "Øystein Ragnhild Eivind Solveig-Marie Torstein Åshild Geir Trude Håvard Sigrun "
    "Vegard Marit Kjetil Ingvild Terje Åse Steinar Gunnhild Audun Synnøve Ørjan Hege Jostein "
    "Tuva-Li Bård Randi Sindre Torill Halvor Ingrid Eskil Borghild Lars-Petter",
    "fi": "Jyrki Päivi Tapio Sirpa Jussi Hannele Ville-Pekka Tuulikki Markku Riitta Sakari "
    "Merja Kyösti Anneli Lauri Sinikka Ilkka Marjatta Pekka Tiina Heikki Leena Jukka-Pekka "
    "Kaisu Risto Sari Veikko Outi Eero Pirjo Mikko Raili Aatos",
    "en": "Gareth Philippa Nigel Siobhan Declan Bronwyn Alistair Harriet Rhys Imogen Callum "
    "Gwen Duncan Fiona Rupert Tamsin Hamish Lorna Ewan Maureen Jolyon Cressida Piers Niamh "
    "Clive Beverley Oswald Rosalind Crispin Edwina Malcolm Yvonne Torquil",
    "moved": "Abdirahman Hodan Farhiya Mustafa Leyla Yusuf Nasrin Reza Parisa Dariusz Agnieszka "
    "Grzegorz Małgorzata Thanh Nguyet Tuấn Huong Kiros Senait Tesfaye Mehari Rojda Dilan "
    "Serwan Hêvî Aušra Vytautas Rasa Mindaugas Maricel Jericho Rowena Arnel Sivakumar "
    "Thenmozhi Kajan Anushiya Zainab Bilal Hamza Amira Samira Ibrahim Fatuma Ayaan Abdiqani "
    "Khadro Shirin Kourosh Mojgan Wojciech Katarzyna Przemysław Dragana Nikola Emina Adnan",
}

FAMILY = {
    "da": "Sørensen Kjærgaard Mølgaard Østergaard Bundgaard Frandsen Thygesen Dalsgaard "
    "Lykkegaard Ravnsbæk Vestergaard Kirkegaard Søndergaard Bertelsen Gregersen Skovgaard "
    "Poulsen Jessen Iversen Bisgaard Lauritsen Højgaard Damgaard Mikkelsen Abildgaard "
    "Ottesen Brøndum",
    "sv": "Lindqvist Åkesson Sjöberg Bergström Nordqvist Wikström Lönnberg Håkansson Ekström "
    "Sandqvist Sundqvist Björklund Hägglund Löfgren Forsberg Magnusson Öberg Strömqvist "
    "Engström Holmgren Wallin Ljungberg Åström Nyqvist Dahlgren Karlsson Sjögren",
    "no": "Bjørnstad Haugland Solberg Kvamme Røysland Fjeldstad Vikane Aasheim Brekkestø "
    "Tveiten Sæther Ødegård Grønvold Myklebust Rønning Skjelbred Nygård Haugen-Lie Torvund "
    "Lyngstad Sørheim Eikeland Skaar Bakkevold Lunde Rustad Hovland",
    "fi": "Virtanen Mäkinen Nieminen Hämäläinen Laaksonen Heikkinen Koskinen Järvinen "
    "Lehtonen Salminen Heinonen Niemelä Kettunen Räsänen Lindroos Väisänen Karjalainen "
    "Jääskeläinen Pitkänen Hyvönen Leppänen Kärkkäinen Rantanen Öhman Tuominen Ylönen "
    "Mattila",
    "en": "Pemberton Ashworth Featherstone Thistlethwaite Crabtree Hargreaves Lockwood "
    "Entwistle Fairbrother Whitcombe Braithwaite Cartwright Pennington Rowbotham Ackroyd "
    "Blenkinsop Attwood Ellingham Hebblethwaite Oldroyd Sowerby Trelawney Winterbottom "
    "Carruthers Dunmore Fothergill Greenhalgh",
    "moved": "Warsame Hirsi Mohamud Abdullahi Rezaei Karimi Tehrani Nowak Wiśniewski "
    "Kowalczyk Zieliński Nguyen Phạm Trần Tesfamariam Ghebremedhin Haile Yilmaz Demir "
    "Kaya Petrauskas Kazlauskas Jankauskienė Dela_Cruz Bautista Villanueva Sivanesan "
    "Tharmalingam Kanagaratnam Al-Hassan Haddad Khalil Nasser Hadžić Kovačević Begović "
    "Mansour Jibril Farah Osmanović Hosseini",
}

# Word-names: registered people whose given or family name is also an English word. None
# appears in any earlier set's README, list or test (see the README's check).
GIVEN_WORD_NAMES = {"en": ["Daisy", "Heather", "Willow", "Poppy", "Ginger", "Cherry", "Misty",
                           "Mercy"]}  # fmt: skip
FAMILY_WORD_NAMES = {"en": ["Bang", "Beck", "Walker", "Mason", "Porter", "Moody", "Lamb", "Fish",
                            "Sugar", "Pepper", "Bacon", "Black", "Gray", "King", "Hall", "Waters",
                            "Noble"]}  # fmt: skip
WORD_NAMES_BY_LANG = {
    lang: [*GIVEN_WORD_NAMES[lang], *FAMILY_WORD_NAMES[lang]] for lang in GIVEN_WORD_NAMES
}
WORD_NAMES = [w for lang in GIVEN_WORD_NAMES for w in GIVEN_WORD_NAMES[lang]]  # given only

# The country each word-name bearer is named as (Bang and Beck are Danish family names too).
WORD_NAME_COUNTRY = {"Bang": "da", "Beck": "da", "Walker": "en", "Mason": "en", "Porter": "en",
                     "Moody": "en", "Lamb": "en", "Fish": "en", "Sugar": "en", "Pepper": "en",
                     "Bacon": "en", "Black": "en", "Gray": "en", "King": "en", "Hall": "en",
                     "Waters": "en", "Noble": "en"}  # fmt: skip

# Eight sentences for each word-name, written for this set, using the word as the word it is:
# at a sentence's start, inside it and after a comma.
OWN_ORDINARY = {
    "en": [
        # daisy
        "Daisy chains covered the table after the children left.",
        "She pointed at a daisy growing through the cracks by the door.",
        "The shop sells cards with a daisy printed on the front.",
        "In the yard, daisy plants had taken over the old flower bed.",
        "He keeps a small daisy in a glass on the counter.",
        "Daisy patterns are what her customers ask for most.",
        "The label on the jar shows a yellow daisy and nothing else.",
        "For the stall, daisy prints sell better than stripes.",
        # heather
        "Heather grows along the path to their workshop.",
        "The soap smells of heather and smoke, she said.",
        "They collect heather on the moor to dye the wool.",
        "Behind the barn, heather covers most of the slope.",
        "Honey from heather fetches a better price at the market.",
        "He dried heather in bundles above the stove.",
        "Heather tea was offered to everyone at the meeting.",
        "On the hill, heather was in full bloom during our visit.",
        # willow
        "Willow baskets are stacked along the back wall.",
        "She learnt to weave willow from her grandmother.",
        "The old willow by the pond shades the whole terrace.",
        "Outside, willow rods were soaking in a long trough.",
        "He cuts willow every winter and sells it to schools.",
        "Willow fences are slower to make but last for years.",
        "A willow hurdle separates the garden from the car park.",
        "For the orders, willow has to be soaked for two days.",
        # poppy
        "Poppy seeds go on every loaf they bake.",
        "A red poppy was painted on the side of the van.",
        "She sells poppy seed buns on market days.",
        "In the field, poppy flowers had come up between the rows.",
        "The poppy design on the mugs was her daughter's idea.",
        "Poppy oil is used in some of the paints he mixes.",
        "They bought the poppy prints from a printer up north.",
        "After the rain, poppy petals lay all over the path.",
        # ginger
        "Ginger biscuits were on the table when we arrived.",
        "She adds fresh ginger to every batch of soup.",
        "The ginger cat slept on the invoices the whole time.",
        "For the cold, ginger and lemon were all she took.",
        "He grates ginger into the marinade by hand.",
        "Ginger beer is the drink that sells best in summer.",
        "The recipe asks for ginger, garlic and a little lemon.",
        "Every morning, ginger tea is the first thing she makes.",
        # cherry
        "Cherry jam is what the farm shop is known for.",
        "A cherry tree stands in the middle of the yard.",
        "They picked every cherry they could reach from the ladder.",
        "In the office, cherry wood shelves hold the order books.",
        "The cherry harvest was poor because of the late frost.",
        "Cherry stones are dried and sold as heat pads.",
        "He turned a bowl from an old cherry branch.",
        "For dessert, cherry pie was served with cream.",
        # misty
        "Misty mornings make the drive to the market slow.",
        "It was misty and cold when we reached the farm.",
        "The photo of the misty harbour hangs above her desk.",
        "By noon, misty rain had turned into a downpour.",
        "Misty weather keeps the customers away from the stall.",
        "The valley was misty the whole time we were there.",
        "He likes misty days because the shop is quiet.",
        "At dawn, misty fields stretched out behind the house.",
        # mercy
        "Mercy was not what the bank showed them that year.",
        "They were at the mercy of the weather all summer.",
        "She asked the landlord for mercy over the late rent.",
        "Without mercy, the supplier raised prices twice.",
        "He felt the tax office had no mercy at all.",
        "Mercy from the lender came too late for the shop.",
        "The small firms are at the mercy of the big chains.",
        "In the end, mercy came in the form of a longer loan.",
        # bang
        "Bang went the door, and the meeting was over.",
        "There was a loud bang from the workshop as we talked.",
        "The old van started with a bang every morning.",
        "He said the first year went off with a bang.",
        "Bang in the middle of the harvest the tractor broke.",
        "After the bang, the lights went out in the shop.",
        "The kettle gave a bang and stopped working.",
        "With a bang, the shelf came down in the storeroom.",
        # beck
        "A small beck runs along the bottom of the field.",
        "She said she would not be at anyone's beck and call again.",
        "Beck water used to drive the old mill on the farm.",
        "The path follows the beck down to the village.",
        "He fetched water from the beck when the pipes froze.",
        "Beyond the gate, beck and meadow belong to a neighbour.",
        "Beck and call was how she described her last job.",
        "The children build dams in the beck every summer.",
        # walker
        "Walker frames are lined up by the entrance of the care home.",
        "His mother uses a walker since the fall.",
        "A walker came past while we were sitting outside.",
        "The shop now sells a walker with a seat and a basket.",
        "With her walker, she still goes to the market every week.",
        "He fixed the wheels on the walker himself.",
        "At the door, walker and wheelchair users need a ramp.",
        "She parks her walker next to the till.",
        # mason
        "Mason jars are used for the pickles they sell.",
        "He trained as a mason before he opened the café.",
        "A mason was repairing the chimney during our visit.",
        "The old mason's yard is now their storage space.",
        "Mason work is hard to find in the winter months.",
        "She hired a mason to rebuild the garden wall.",
        "For the shelves, mason jars hold the screws and nails.",
        "The mason said the wall would take a week.",
        # porter
        "Porter is the beer they brew most of.",
        "The hotel porter brings them guests every weekend.",
        "He worked as a porter at the hospital for years.",
        "A porter carried the boxes up to the third floor.",
        "Porter sells well in the colder months.",
        "She asked the porter to keep the parcels for her.",
        "At the station, porter services ended long ago.",
        "They age the porter in old casks in the cellar.",
        # moody
        "Moody customers are the hardest part of the job.",
        "He was moody all morning because of the delivery.",
        "The teenager seemed moody but talked once we sat down.",
        "She called the weather moody and unpredictable.",
        "Moody or not, he still opens the shop at seven.",
        "The dog gets moody when the shop is busy.",
        "His paintings are dark and moody, she said.",
        "After the call, moody silence filled the kitchen.",
        # lamb
        "Lamb is the main thing they sell at the farm gate.",
        "A lamb was born in the shed the night before.",
        "She cooks lamb stew for the workers on fridays.",
        "The lamb prices dropped sharply last spring.",
        "Lamb and wool together barely cover the costs.",
        "He carried a lamb into the kitchen to keep it warm.",
        "In the cold room, lamb and pork hang side by side.",
        "The children fed the lamb with a bottle.",
        # fish
        "Fish is delivered to the restaurant every morning.",
        "He used to fish for a living before the shop.",
        "The fish van comes to the village twice a week.",
        "She smokes fish in a shed behind the house.",
        "Fish prices went up after the storms.",
        "They serve fish and chips on the harbour front.",
        "At the market, fish sells out before noon.",
        "The smell of fish follows him everywhere, he joked.",
        # sugar
        "Sugar prices have doubled since they opened.",
        "She uses less sugar in the cakes than she used to.",
        "The sugar bowl was empty and nobody noticed.",
        "He buys sugar in big sacks from the wholesaler.",
        "Sugar and flour take up most of the storeroom.",
        "Without sugar, the jam would not keep.",
        "The recipe needs brown sugar and a pinch of salt.",
        "For the glaze, sugar is melted with a little butter.",
        # pepper
        "Pepper plants fill the small greenhouse.",
        "She grinds the pepper herself for the sausages.",
        "The pepper sauce is their best seller.",
        "He grows pepper and tomatoes for the restaurant.",
        "Pepper and salt are the only things on the tables.",
        "A little pepper was all the soup needed.",
        "At the end, pepper is added to taste.",
        "The pepper comes from a supplier abroad.",
        # bacon
        "Bacon rolls are what the builders buy in the morning.",
        "He cures bacon in the cellar of the farmhouse.",
        "The smell of bacon came from the kitchen.",
        "She said the bacon paid for the new freezer.",
        "Bacon and eggs are served until eleven.",
        "They slice the bacon by hand every morning.",
        "For breakfast, bacon was the only thing left.",
        "The price of bacon went up after the new rules.",
        # black
        "Black coffee was all he drank during the interview.",
        "The shop front is painted black and gold.",
        "She wore a black apron covered in flour.",
        "He keeps the accounts in a black notebook.",
        "Black bags of rubbish stood by the back door.",
        "The van is black and has no name on it.",
        "In the corner, black mould had spread over the wall.",
        "Her cat is black with one white paw.",
        # gray
        "Gray clouds hung over the harbour all day.",
        "The walls of the workshop are painted gray.",
        "He has gone gray since the business started.",
        "A gray cat was asleep on the counter.",
        "Gray skies and rain kept the customers away.",
        "She chose gray tiles for the new kitchen.",
        "The old gray van finally broke down in spring.",
        "Outside, gray light came through the dirty windows.",
        # king
        "King prawns are on the menu every friday.",
        "He called cash the king of small business.",
        "The king size bed takes up the whole room.",
        "She said the customer is king in this trade.",
        "King cake is baked only in the winter season.",
        "The dog acts like the king of the yard.",
        "In the game, king and queen were missing.",
        "Every spring, king salmon comes up the river.",
        # hall
        "Hall hire costs more than the market stall.",
        "The village hall is where they hold the craft fair.",
        "Coats were piled up in the hall.",
        "She rents the hall every saturday for her classes.",
        "The hall was cold and the heating did not work.",
        "He painted the hall while the shop was closed.",
        "Down the hall, a radio was playing.",
        "At the town hall, permits take weeks to come through.",
        # waters
        "Waters around the harbour are too shallow for the new boat.",
        "He fishes the waters north of the island.",
        "The spring waters are bottled and sold locally.",
        "She said they were in uncharted waters with the loan.",
        "Waters rose over the yard during the storm.",
        "The boat tours take guests into calmer waters.",
        "In coastal waters, the catch has been poor.",
        "The mineral waters are sold in glass bottles.",
        # noble
        "Noble metals are what he buys and sells.",
        "She called it a noble idea that did not pay.",
        "The noble old house is now a guesthouse.",
        "He said farming is a noble trade but a poor one.",
        "Noble intentions do not pay the bills, she laughed.",
        "The wine is made from a noble grape.",
        "It was a noble effort to save the shop.",
        "In the end, noble words were all the council gave.",
    ]
}

SOURCES = {"sms": "UCI SMS Spam Collection (legitimate messages)", "ons": "Answers OnStartups"}


@cache
def _rows() -> list[tuple[str, str, str, str]]:
    with (DATA / "sentences.tsv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return [(r[0], r[1], r[2], r[3]) for r in reader]


@cache
def sentences() -> dict[str, list[str]]:
    """Every kept published sentence by language (pool and word-name ones)."""
    out: dict[str, list[str]] = {}
    for lang, _source, _use, sentence in _rows():
        out.setdefault(lang, []).append(sentence)
    return out


@cache
def pool(lang: str, source: str | None = None) -> list[str]:
    """Pool sentences (no word-name), of one source or all."""
    return [
        s
        for la, so, use, s in _rows()
        if la == lang and use == "pool" and (source is None or so == source)
    ]


@cache
def word_sentences(word: str) -> list[str]:
    """Published sentences that serve one word-name."""
    return [s for _la, _so, use, s in _rows() if use == f"word:{word}"]


def given(lang: str) -> list[str]:
    return GIVEN[lang].split()


def family(lang: str) -> list[str]:
    return [f.replace("_", " ") for f in FAMILY[lang].split()]


@cache
def names() -> dict[str, list[str]]:
    """Every name of the lists, and the word-names, by language."""
    out = {lang: [*given(lang), *family(lang)] for lang in (*NAME_LANGS, "moved")}
    out["en"] = [*out["en"], *WORD_NAMES_BY_LANG["en"]]
    return out


@cache
def name_words() -> frozenset[str]:
    """Every word of every name, lower case (to keep pools free of names)."""
    return frozenset(
        w.lower() for v in names().values() for n in v for w in re.split(r"[\s-]+", n) if w
    )
