"""Held-out AM's names, word-names and sentence pools (see README.md). Names are written here
from this writer's knowledge; the published sentences come from `data/sentences.tsv`."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
NAME_LANGS = ("da", "sv", "no", "fi", "en")

_GIVEN = {
    "da": "Anders Birgitte Carsten Dorthe Esben Frederikke Gitte Henrik Ida Jesper Karina Lasse "
    "Maja Niels Pernille Rasmus Signe Torben Vibeke Asger Bodil Christian Dicte Emil Freja "
    "Grethe Halfdan Inger Jonas Kirsten Lauge Mikkel Nanna Sørine",
    "sv": "Agneta Birgitta Carina Elsa Fredrik Gunnel Håkan Ingrid Johan Katarina Lennart "
    "Margareta Olof Pernilla Rolf Sofia Torbjörn Ulrika Viktor Åsa Göran Jonna Kerstin Leif "
    "Märta Sixten Alvar Ylva",
    "no": "Anniken Bjørnar Eirik Frøydis Geir Hallvard Ingvild Jostein Kjersti Leiv Marit Njål "
    "Oddny Ragnhild Sigurd Solveig Terje Torunn Vegard Øystein Åshild Eldbjørg Hege Ketil",
    "fi": "Aila Eero Hannele Ilkka Jaana Kalevi Leena Markku Niina Outi Pekka Raija Sami Tuula "
    "Veikko Eila Heikki Irma Jorma Kaarina Lauri Merja Paavo Sirkka",
    "en": "Alison Brendan Catriona Declan Fiona Gareth Hamish Imogen Jocelyn Kieran Lorna "
    "Malcolm Nigel Oonagh Phoebe Quentin Rhiannon Siobhan Trevor Ursula Wendy Alastair "
    "Bernadette Colin Dermot Eileen",
    "moved": "Abdirahman Hodan Yonas Selam Dariush Shirin Farid Zarghona Rami Nour Thanh Linh "
    "Agnieszka Tomasz Emina Adnan Rojda Serwan Kanya Somchai Oksana Taras Ayaan Filsan Habtom "
    "Parisa Wahid Huong",
}
_FAMILY = {
    "da": "Andersen Bach Christiansen Dahl Eriksen Frandsen Gregersen Holst Iversen Jeppesen "
    "Kjær Lauridsen Mikkelsen Nørgaard Overgaard Poulsen Rasmussen Søndergaard",
    "sv": "Bergström Dahlberg Ekström Forsberg Gustafsson Hedlund Isaksson Johansson Karlsson "
    "Lindqvist Magnusson Nordin Öberg Pettersson Sjöberg Wallin",
    "no": "Aasen Bråten Dahle Eide Fjeld Grønli Halvorsen Johnsen Kvalheim Lunde Myhre Nygård "
    "Rønning Solberg Tveit Ødegård",
    "fi": "Heikkinen Hiltunen Jokinen Kettunen Laitinen Mattila Nieminen Pesonen Rantanen "
    "Salminen Tikkanen Väisänen Ahonen Karjalainen Lehtonen Manninen",
    "en": "Ashworth Cartwright Dunmore Fairbairn Gilchrist Haworth Ingram Jennings Kilbride "
    "Lockhart McAllister Nesbitt Oakley Pemberton Rowntree Sinclair Thistlewood",
    "moved": "Warsame Ghebremedhin Tesfaye Rezaei Karimi Ahmadzai Haddad Nguyen Tran Kowalczyk "
    "Wiśniewska Hodžić Begović Barzani Sukprasert Kovalenko Shevchuk Mohamud",
}

GIVEN_WORD_NAMES = {"sv": ["Gun", "Mats"], "en": ["Dusty", "Bud", "Kitty", "Apple", "Blue", "Colt"]}
FAMILY_WORD_NAMES = {
    "en": ["Woods", "Prior", "Beard", "Lemon", "Hills", "Hatch", "Crisp", "Rolls", "Peach",
           "Buckle", "Pitcher", "Cater", "Breeze", "Roach", "Dart", "Nail", "Bolt"],
}  # fmt: skip
WORD_NAMES = [w for d in (GIVEN_WORD_NAMES, FAMILY_WORD_NAMES) for v in d.values() for w in v]
WORD_NAMES_BY_LANG = {"en": WORD_NAMES}

# phrases that hold each word as the word it is (lower case), and phrases opening with it
_PHRASES = {
    "gun": [
        "the starting gun of the lake race",
        "a water gun",
        "the glue gun in the shed",
        "a toy gun someone found on the jetty",
        "the gun of the ice-fishing club",
    ],
    "mats": [
        "the sauna mats",
        "the wet mats by the door",
        "new rubber mats",
        "the rolled-up mats",
        "the mats on the bench",
    ],
    "dusty": [
        "the dusty shelf of towels",
        "a dusty thermometer",
        "dusty boots",
        "the dusty changing room",
        "a dusty old radio",
    ],
    "bud": [
        "the first bud on the birch",
        "a bud of the rowan",
        "every bud by the path",
        "a fat bud on the lilac",
        "the bud the frost had bitten",
    ],
    "kitty": [
        "the coffee kitty",
        "the kitty for firewood",
        "an empty kitty",
        "the kitty in the tin box",
        "the kitty for the bus",
    ],
    "apple": [
        "an apple from the bowl",
        "apple juice",
        "the apple cake",
        "a sour apple",
        "an apple for the walk home",
    ],
    "blue": [
        "blue lips after the dip",
        "a blue towel",
        "the blue door of the hut",
        "blue ice",
        "the blue bucket",
    ],
    "colt": [
        "the farmer's colt by the fence",
        "a young colt in the field",
        "the grey colt",
        "a colt that followed the car",
        "the colt at the farm next door",
    ],
    "woods": [
        "the woods behind the sauna",
        "a walk in the woods",
        "the birch woods",
        "the dark woods across the bay",
        "the woods by the road",
    ],
    "prior": [
        "prior notice",
        "a prior booking of the sauna",
        "prior experience of ice holes",
        "the prior agreement about quiet hours",
        "a prior visit",
    ],
    "beard": [
        "a frosty beard",
        "a long grey beard",
        "the beard full of ice",
        "a wet beard",
        "a new beard",
    ],
    "lemon": [
        "a slice of lemon",
        "lemon tea",
        "the lemon in the water jug",
        "a lemon from the kiosk",
        "hot lemon with honey",
    ],
    "hills": [
        "the low hills across the lake",
        "the snowy hills",
        "the hills beyond the road",
        "the hills in the fog",
        "the bare hills",
    ],
    "hatch": [
        "the roof hatch",
        "the hatch in the floor",
        "the ash hatch of the stove",
        "the stuck hatch",
        "the hatch over the well",
    ],
    "crisp": [
        "a crisp morning",
        "crisp snow on the path",
        "a crisp towel",
        "the crisp air",
        "crisp ice at the edge",
    ],
    "rolls": [
        "cinnamon rolls",
        "bread rolls from the bakery",
        "two rolls each",
        "the last rolls",
        "warm rolls",
    ],
    "peach": [
        "a tin of peach slices",
        "peach juice",
        "a peach from the shop",
        "peach yoghurt",
        "a soft peach",
    ],
    "buckle": [
        "the buckle of the bag",
        "a broken buckle",
        "the buckle on the boot",
        "a belt buckle",
        "the frozen buckle",
    ],
    "pitcher": [
        "a pitcher of water",
        "the pitcher for the stones",
        "a glass pitcher",
        "the cracked pitcher",
        "the pitcher by the stove",
    ],
    "cater": [
        "a cafe willing to cater for twenty",
        "who would cater the summer party",
        "a firm that could cater the midwinter dinner",
        "a plan to cater for everyone",
        "the kiosk that might cater the swim",
    ],
    "breeze": [
        "a cold breeze off the lake",
        "the evening breeze",
        "a breeze through the door",
        "the sea breeze",
        "a light breeze",
    ],
    "roach": [
        "a roach caught from the jetty",
        "the roach in the shallows",
        "a small roach on a hook",
        "the roach the heron took",
        "one silver roach",
    ],
    "dart": [
        "a dart board in the hut",
        "the dart that missed",
        "a quick dart into the water",
        "a dart from the old set",
        "the last dart",
    ],
    "nail": [
        "a nail in the bench",
        "the nail for the thermometer",
        "a bent nail",
        "a nail sticking out of the step",
        "the nail by the mirror",
    ],
    "bolt": [
        "the bolt on the door",
        "a rusty bolt",
        "the bolt of the gate",
        "a loose bolt",
        "the stiff bolt",
    ],
}
_STARTS = {
    "gun": ["Gun oil on the hinges", "Gun dogs at the next farm"],
    "mats": ["Mats for the top bench", "Mats drying on the rail"],
    "dusty": ["Dusty shelves in the hut", "Dusty boots at the door"],
    "bud": ["Bud burst on the birches", "Bud and leaf on the rowan"],
    "kitty": ["Kitty money for firewood", "Kitty funds for the bus"],
    "apple": ["Apple cake from the bakery", "Apple juice after the dip"],
    "blue": ["Blue lips after the dip", "Blue ice at the edge of the hole"],
    "colt": ["Colt and mare in the frozen field", "Colt training at the farm up the road"],
    "woods": ["Woods full of snow", "Woods behind the hut"],
    "prior": ["Prior notice of the swim", "Prior bookings of the hut"],
    "beard": ["Beard frost", "Beard trimming before the season"],
    "lemon": ["Lemon tea", "Lemon slices in the water jug"],
    "hills": ["Hills white with snow", "Hills hidden in the fog"],
    "hatch": ["Hatch repairs on the roof", "Hatch covers for the well"],
    "crisp": ["Crisp air", "Crisp snow on the path"],
    "rolls": ["Rolls from the bakery", "Rolls with cheese"],
    "peach": ["Peach yoghurt", "Peach slices from a tin"],
    "buckle": ["Buckle trouble with the bag", "Buckle straps on the sled"],
    "pitcher": ["Pitcher and ladle for the stones", "Pitcher water for the stove"],
    "cater": ["Cater for everyone or only members", "Cater for the midwinter swim or not"],
    "breeze": ["Breeze off the lake", "Breeze through the open door"],
    "roach": ["Roach and perch under the jetty", "Roach fishing from the pier"],
    "dart": ["Dart games in the hut", "Dart practice by the stove"],
    "nail": ["Nail marks on the bench", "Nail polish in the changing hut"],
    "bolt": ["Bolt cutters for the lock", "Bolt and hinge on the gate"],
}
_START_PREDICATES = [
    "came up again between two rounds",
    "was on the list for next week",
    "got a laugh from the bench",
    "was the first thing anyone mentioned",
    "turned up in the check-in round",
    "was talked about on the drive home",
    "stayed on the whiteboard all evening",
    "was what the newcomers asked about",
]
_COMMA_OPENINGS = ["After the swim", "As usual", "Once again", "On the bench", "Oddly enough"]
_LEFT = [
    "Somebody mentioned",
    "We talked about",
    "There was a joke about",
    "One member asked about",
    "The notice by the door was about",
    "Half the group laughed at",
    "Afterwards we kept coming back to",
    "A newcomer wondered about",
    "In the changing room someone praised",
    "On the bench we argued about",
    "The volunteer wrote down",
    "Nobody had forgotten",
]
_RIGHT = [
    "while the stove warmed up",
    "before the first dip",
    "on the walk to the jetty",
    "over coffee",
    "in the steam",
    "between two rounds",
    "after the cold plunge",
    "as the light went",
    "by the woodpile",
    "while the towels dried",
]
_COMMA = [
    "There was coffee, {p} and a stack of towels",
    "We had the stove, the ladder, {p} and not much else",
    "Three things were talked about: the ice, the bus, {p}",
    "In the end, {p} was what people remembered",
    "After the swim, {p} came up again",
]
# places and things named after a word-name (a shop, a jetty, a brand): capitalised inside
_PLACE = [
    "the {W} jetty",
    "the {W} kiosk",
    "the {W} bus stop",
    "the {W} bathing hut",
    "the {W} ice hole",
    "the {W} campsite",
    "the {W} boathouse",
    "the {W} bakery",
    "the {W} slipway",
    "the {W} beach cafe",
    "the {W} car park",
    "the {W} ferry quay",
]
_PLACE_LEFT = [
    "We met at",
    "Someone left a towel at",
    "The group walked past",
    "A member asked about",
    "The bus stopped near",
    "Photos were taken at",
    "The map showed",
    "Coffee was poured at",
    "Snow was cleared at",
    "Nobody went near",
]
_THING = [
    "a {W} thermos",
    "a {W} sauna hat",
    "a {W} sledge",
    "a {W} towel",
    "a {W} flask",
    "a {W} bobble hat",
    "a pair of {W} mittens",
    "a {W} rucksack",
]
_THING_LEFT = [
    "Someone forgot",
    "A newcomer brought",
    "The lost property box held",
    "She carried",
    "He showed everyone",
    "A member had bought",
    "The raffle prize was",
    "We found",
]
TITLE_WORDS: set[str] = set()
_LEAD = ["", "As she put it, ", "He said that "]


def own_by_word() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for word, phrases in _PHRASES.items():
        cap = word.capitalize()
        sents = []
        for i, p in enumerate(phrases):
            for j, left in enumerate(_LEFT):
                right = _RIGHT[(i * 3 + j) % len(_RIGHT)]
                sents.append(f"{left} {p} {right}.")
            sents.append(_COMMA[(i + len(word)) % len(_COMMA)].format(p=p) + ".")
        for n, start in enumerate(_STARTS[word]):
            for m, pred in enumerate(_START_PREDICATES):
                if (n + m + len(word)) % 2 == 0:
                    sents.append(f"{start} {pred}.")
                else:  # the word just after a comma
                    opening = _COMMA_OPENINGS[(n + m) % len(_COMMA_OPENINGS)]
                    sents.append(f"{opening}, {start[0].lower()}{start[1:]} {pred}.")
        for k, place in enumerate(_PLACE):
            for m, left in enumerate(_PLACE_LEFT):
                if (k + m + len(word)) % 4 == 0:
                    sents.append(f"{left} {place.format(W=cap)}.")
        for k, thing in enumerate(_THING):
            for m, left in enumerate(_THING_LEFT):
                if (k + m + len(word)) % 4 == 1:
                    sents.append(f"{left} {thing.format(W=cap)}.")
        out[cap] = sents
    return out


OWN_ORDINARY: dict[str, list[str]] = {"en": [s for v in own_by_word().values() for s in v]}
LEADS = _LEAD


def given(lang: str) -> list[str]:
    return _GIVEN[lang].split()


def family(lang: str) -> list[str]:
    return _FAMILY[lang].split()


def name_words(with_word_names: bool = True) -> set[str]:
    words = {n.lower() for d in (_GIVEN, _FAMILY) for v in d.values() for n in v.split()}
    if with_word_names:
        words |= {w.lower() for w in WORD_NAMES}
    return words


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    with open(DATA / "sentences.tsv", encoding="utf-8") as f:
        return tuple(tuple(r) for r in csv.reader(f, delimiter="\t"))  # type: ignore[misc]


def pool(lang: str, source: str) -> list[str]:
    return [s for la, so, s in _rows() if la == lang and so == source]


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for lang, _source, s in _rows():
        out.setdefault(lang, []).append(s)
    return {k: tuple(v) for k, v in out.items()}
