"""Held-out AO's people (written here), its word-names and their own sentences, and the pool
of published sentences (`data/sentences.tsv`, built by `build_data.py` from STAR)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
NAME_LANGS = ("da", "sv", "no", "fi", "en")

_GIVEN = {
    "da": "Asbjørn Birthe Dorthe Eskild Flemming Gitte Henning Ingelise Jørgen Karen Leif "
    "Lisbeth Mogens Nanna Palle Rasmus Signe Sørine Tove Ulrik Vibeke Yrsa Æbelone Kresten",
    "sv": "Agneta Bengt Dagny Eivor Folke Gunborg Håkan Ingegerd Jöns Kerstin Lennart Märta "
    "Nils-Erik Ottilia Ragnvald Sigbritt Torsten Ulla-Britt Vendela Åke Östen Birgitta",
    "no": "Arnfinn Bodil Dagfinn Eldbjørg Gudmund Hallvard Ingvild Jorunn Kjellaug Leiv "
    "Magnhild Njål Oddveig Ragnhild Sigvart Torbjørg Ulv Vebjørn Åsmund Øydis Gunnvor",
    "fi": "Aatos Eija Hannele Ilpo Jorma Kaarina Lauri Maarit Nestori Orvokki Pirkko Reijo "
    "Sinikka Tapio Ulla Veikko Ritva Eero Päivikki Hemmo Leena Väinö",
    "en": "Agatha Barnaby Cressida Dominic Eleanor Fergus Gwendolyn Humphrey Imogen Jasper "
    "Lavinia Montague Nigel Philippa Quentin Rosalind Tobias Winifred Alistair Bronwen",
    "moved": "Abdirahman Faduma Hodan Ayaan Yasmin Karim Rania Tariq Zofia Grzegorz Agnieszka "
    "Tomasz Emina Nermin Jasmina Mirza Thi Lan Minh Quang Mehmet Elif Huda Bashir Leyla "
    "Dariusz Samira",
}
_FAMILY = {
    "da": "Bundgaard Dyrberg Fønss Gammelgaard Hvidtfeldt Kjærsgaard Lykkegaard Munkholm "
    "Nørgaard Overgaard Rytter Skovbjerg Thyssen Vestergaard Østergaard Brøndum",
    "sv": "Bergqvist Dahlgren Ekström Fågelberg Gyllenhök Hammarlund Ljungdahl Norrby "
    "Rydberg Sjöholm Tellander Wennerström Åkerlund Östlind",
    "no": "Bjørnstad Dybvik Fjeldstad Grøttum Hovland Kvamme Lunde Myklebust Nygaard "
    "Røysland Sælid Tjøtta Vatne Årdal",
    "fi": "Hämäläinen Ikonen Jääskeläinen Kettunen Laaksonen Mäkinen Nurmela Oksanen "
    "Pesonen Rautiainen Salminen Tuominen Väisänen Ylönen",
    "en": "Ashcombe Blakemore Cuthbertson Dunleavy Fairbrother Greenhalgh Hollingworth "
    "Pemberton Quarrington Rotherham Stanbridge Whitlock",
    "moved": "Warsame Hussein Abdullahi Al-Khatib Haddad Nowak Wiśniewska Kowalczyk "
    "Hodžić Begović Nguyen Tran Yılmaz Demir Rahimi Haidari",
}
_STRANGER_GIVEN = {
    "da": "Aksel Bodil Carl-Emil Dagmar Ebbe Frode Grethe Hjalmar Ida-Marie Jens-Peter",
    "sv": "Alvar Britt-Marie Conny Doris Elvin Frideborg Gösta Hervor Iris-Maj Jarl",
    "no": "Alfhild Bård Cecilie Dordi Einar Frøydis Geir Haldis Ivar Jofrid",
    "fi": "Alpo Eila Heikki Irja Jussi Kyösti Lahja Matti Oili Pertti",
    "en": "Ambrose Beatrix Clement Delphine Edmund Florence Giles Harriet Ignatius Juliet",
}
_STRANGER_FAMILY = {
    "da": "Aagaard Bagger Christoffersen Damgaard Engstrøm Frandsen Gram Holst Iversen Juul",
    "sv": "Alsterlind Bohlin Cederholm Dufva Enqvist Fogelström Granlund Hedlund Ivarsson Jonasson",
    "no": "Aasheim Bergseth Dahle Eidsvik Fossum Gjerstad Helland Indrebø Jevne Kleppe",
    "fi": "Aaltonen Blomqvist Heikkilä Immonen Jokinen Kivelä Lehtonen Manninen Niskanen Ojala",
    "en": "Abernethy Bramwell Crabtree Dimmock Ellerby Fortescue Gillingham Hawksworth Ingram "
    "Jessop",
}
GIVEN_WORD_NAMES = {"en": ["Van", "Journey", "Piper", "Booker", "Teal", "Kick"]}
FAMILY_WORD_NAMES = {
    "en": [
        "Guest",
        "Sun",
        "Dance",
        "Ride",
        "Rank",
        "Boss",
        "Maiden",
        "Bunch",
        "Porch",
        "Lunch",
        "Curry",
        "Flowers",
        "Guess",
        "Mallard",
        "Wait",
        "Riddle",
        "Kite",
        "Hare",
    ],
    "no": ["Bye"],
}
WORD_NAMES = [w for d in (GIVEN_WORD_NAMES, FAMILY_WORD_NAMES) for v in d.values() for w in v]
WORD_NAMES_BY_LANG = {"en": WORD_NAMES}

# For each word-name: phrases holding it as the word, lower case (this set's own).
_PHRASES: dict[str, list[str]] = {
    "Van": [
        "the minibus van",
        "a hired van",
        "the back of the van",
        "a white van",
        "the van with the ramp",
    ],
    "Journey": [
        "the journey home",
        "a long journey",
        "the ferry journey",
        "the whole journey",
        "a short journey",
    ],
    "Piper": ["the piper at the harbour", "a street piper", "the old piper", "a lone piper"],
    "Booker": [
        "the ticket booker",
        "a booker at the desk",
        "the group booker",
        "the booker for the cabins",
    ],
    "Teal": [
        "a teal scarf",
        "the teal rucksack",
        "a teal blanket",
        "the teal folder",
        "the teal cabin door",
    ],
    "Kick": [
        "a kick of the ball",
        "the first kick",
        "a kick in the shins",
        "a good kick of energy",
    ],
    "Guest": [
        "a guest at the cabin",
        "the guest room",
        "every guest on the list",
        "a guest from the next town",
        "the guest book",
    ],
    "Sun": [
        "the sun on the deck",
        "a bit of sun",
        "the evening sun",
        "the sun cream",
        "the low sun over the fjord",
    ],
    "Dance": [
        "the dance at the hall",
        "a slow dance",
        "the folk dance",
        "a dance class",
        "the barn dance",
    ],
    "Ride": [
        "the ride to the coast",
        "a bumpy ride",
        "the ride home",
        "a free ride",
        "the boat ride",
    ],
    "Rank": ["the taxi rank", "the rank by the station", "the bus rank", "the rank of bikes"],
    "Boss": [
        "the boss at the hostel",
        "a new boss",
        "the boss of the ferry kiosk",
        "the camp boss",
    ],
    "Maiden": [
        "the maiden voyage",
        "a maiden speech",
        "the maiden name on the form",
        "a maiden trip",
    ],
    "Bunch": [
        "a bunch of keys",
        "a bunch of flowers",
        "the whole bunch",
        "a bunch of grapes",
        "a bunch of maps",
    ],
    "Porch": [
        "the porch of the cabin",
        "a covered porch",
        "the back porch",
        "the porch light",
        "the porch steps",
    ],
    "Lunch": [
        "a packed lunch",
        "the lunch break",
        "lunch on the ferry",
        "a late lunch",
        "the lunch boxes",
    ],
    "Curry": [
        "a mild curry",
        "the curry at the inn",
        "a pot of curry",
        "the curry night",
        "a vegetable curry",
    ],
    "Flowers": [
        "the wild flowers",
        "a jar of flowers",
        "the flowers by the road",
        "flowers for the host",
        "the dried flowers",
    ],
    "Bye": [
        "a quick bye at the door",
        "the last bye of the evening",
        "a bye to the driver",
        "a shy bye",
    ],
    "Guess": [
        "a wild guess",
        "a lucky guess",
        "the best guess",
        "a rough guess",
        "a guess about the weather",
    ],
    "Mallard": [
        "a mallard on the pond",
        "the mallard drake",
        "a pair of mallard ducks",
        "the mallard by the bridge",
    ],
    "Wait": [
        "the wait at the ferry",
        "a long wait",
        "the wait for the taxi",
        "an hour's wait",
        "the wait in the rain",
    ],
    "Riddle": [
        "a riddle on the bus",
        "the riddle game",
        "the last riddle",
        "a riddle nobody solved",
    ],
    "Kite": [
        "a red kite over the hill",
        "the kite on the beach",
        "a paper kite",
        "the kite string",
    ],
    "Hare": [
        "a hare in the field",
        "the hare by the path",
        "a brown hare",
        "the hare on the verge",
    ],
}
_NP_FRAMES = [
    "We talked about {p} for a while.",
    "Someone pointed out {p} from the window.",
    "Nobody had thought about {p} until then.",
    "The group laughed about {p} afterwards.",
    "There was a photo of {p} on the planning board.",
    "She kept coming back to {p}.",
    "Everyone remembered {p} from last time.",
    "He asked twice about {p}.",
    "The planner wrote down {p} on the list.",
    "In the end {p} was the best part.",
    "It took a while to sort out {p}.",
    "A newcomer asked about {p}.",
    "Later the talk turned to {p}.",
    "They agreed to leave {p} for the next trip.",
    "On the way back we passed {p}.",
    "The brochure said little about {p}.",
    "Two members argued about {p}.",
    "His sister had mentioned {p} on the phone.",
    "The photos were mostly of {p}.",
    "We forgot all about {p}.",
]
_COMMA = [
    "After the planning round",
    "On the ferry back",
    "As expected",
    "By the second day",
    "To be fair",
    "Looking back",
    "At the trip desk",
    "Before we left",
]
_COLON = [
    "Note from the planner",
    "Overheard at the desk",
    "From the trip board",
    "Written on the map",
]
_NAMED = [
    "{W} Travel",
    "the {W} Inn",
    "{W} Tours",
    "the {W} Café",
    "{W} Coaches",
    "the {W} Hostel",
    "{W} Street Market",
    "the {W} Gallery",
]
TITLE_WORDS = {"Travel", "Inn", "Tours", "Café", "Coaches", "Hostel", "Street", "Market", "Gallery"}
_NAMED_FRAMES = [
    "We booked through {n} again.",
    "The leaflet from {n} was on the table.",
    "Somebody had a voucher for {n}.",
    "Last year the group ended up at {n}.",
    "The bus stopped outside {n}.",
    "Nobody liked the coffee at {n}.",
    "{N} sent back the deposit.",
    "{N} was closed for the season.",
    "Members asked whether {n} takes groups.",
    "A poster from {n} hung by the door.",
    "The planner rang {n} twice.",
    "There was a queue outside {n}.",
]
_OPENERS = {
    "Van": ["Van or minibus, nobody minded.", "Van hire was cheaper than the train."],
    "Journey": ["Journey times were written on the board.", "Journey planning took all morning."],
    "Piper": ["Piper music drifted over from the square.", "Piper and drummer led the parade."],
    "Booker": ["Booker fees were added to the bill.", "Booker and planner sat side by side."],
    "Teal": ["Teal was the colour of the cabin door.", "Teal paint was peeling off the bench."],
    "Kick": ["Kick the tyres before you leave, someone joked.", "Kick off was delayed again."],
    "Guest": ["Guest rooms were all taken.", "Guest lists went round the table."],
    "Sun": ["Sun came out after lunch.", "Sun cream was on the packing list."],
    "Dance": ["Dance music came from the hall.", "Dance shoes were left on the bus."],
    "Ride": ["Ride sharing saved the group a lot.", "Ride times were pinned to the board."],
    "Rank": ["Rank and file members voted for the coast.", "Rank by rank the taxis left."],
    "Boss": ["Boss of the campsite waved us through.", "Boss or not, he carried the bags."],
    "Maiden": [
        "Maiden voyages of new ferries draw crowds.",
        "Maiden names were asked on the form.",
    ],
    "Bunch": ["Bunch the bags together by the door.", "Bunch up, the driver said."],
    "Porch": ["Porch lights were on when we arrived.", "Porch steps were wet after the rain."],
    "Lunch": ["Lunch was late again.", "Lunch boxes were packed the night before."],
    "Curry": ["Curry was the only hot dish left.", "Curry or soup, the menu said."],
    "Flowers": ["Flowers were left on the table for the host.", "Flowers grew along the path."],
    "Bye": ["Bye for now, she wrote at the end.", "Bye, said the driver, and shut the door."],
    "Guess": ["Guess who forgot the tickets, she laughed.", "Guess the price, he said."],
    "Mallard": ["Mallard ducks followed the boat.", "Mallard and coot shared the pond."],
    "Wait": ["Wait for the driver by the door.", "Wait times at the border were long."],
    "Riddle": ["Riddle after riddle, the bus ride went by.", "Riddle books were passed around."],
    "Kite": ["Kite flying was cancelled because of the wind.", "Kite strings got tangled."],
    "Hare": ["Hare tracks crossed the snow.", "Hare and fox were both seen that evening."],
}


def own_by_word() -> dict[str, list[str]]:
    """Every word-name's own sentences: phrases in frames, openers after leads, named places."""
    out: dict[str, list[str]] = {}
    for k, w in enumerate(WORD_NAMES):
        mine: list[str] = []
        for i, phrase in enumerate(_PHRASES[w]):
            for j, frame in enumerate(_NP_FRAMES):
                if (i + j + k) % 2 == 0:
                    s = frame.format(p=phrase)
                    mine.append(s[0].upper() + s[1:])
        for opener in _OPENERS[w]:
            for lead in _COMMA:
                mine.append(f"{lead}, {opener[0].lower()}{opener[1:]}")
            for lead in _COLON[: 2 + k % 3]:
                mine.append(f"{lead}: {opener}")
        for i, named in enumerate(_NAMED):
            for j, frame in enumerate(_NAMED_FRAMES):
                if (i + j + k) % 3 == 0:
                    n = named.format(W=w)
                    mine.append(frame.format(n=n, N=n[0].upper() + n[1:]))
        out[w] = mine
    return out


OWN_ORDINARY: dict[str, list[str]] = {"en": [s for v in own_by_word().values() for s in v]}


def given(lang: str) -> list[str]:
    return _GIVEN[lang].split()


def family(lang: str) -> list[str]:
    return _FAMILY[lang].split()


def stranger_given(lang: str) -> list[str]:
    return _STRANGER_GIVEN[lang].split()


def stranger_family(lang: str) -> list[str]:
    return _STRANGER_FAMILY[lang].split()


def name_words(with_word_names: bool = True) -> set[str]:
    """Every word of every name this set writes, lower case."""
    out: set[str] = set()
    for d in (_GIVEN, _FAMILY):
        for v in d.values():
            for n in v.split():
                out |= {p.lower() for p in n.split("-")}
    for d in (_STRANGER_GIVEN, _STRANGER_FAMILY):
        for v in d.values():
            for n in v.split():
                out |= {p.lower() for p in n.split("-")}
    if with_word_names:
        out |= {w.lower() for w in WORD_NAMES}
    return out


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    with (DATA / "sentences.tsv").open(encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t")
        next(r)
        return tuple((a, b, c) for a, b, c in r)


def pool(lang: str, source: str) -> list[str]:
    """The published sentences of `lang` typed by `source` ("user" or "wizard")."""
    return [s for _, who, s in _rows() if who == source] if lang == "en" else []


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    return {"en": tuple(s for _, _, s in _rows())}


@cache
def units() -> tuple[tuple[str, ...], ...]:
    """The kept sentences of each conversation turn run, in order (a dialogue's sentences)."""
    by: dict[str, list[str]] = {}
    for d, _, s in _rows():
        by.setdefault(d, []).append(s)
    return tuple(tuple(v) for v in by.values())


@cache
def by_word() -> dict[str, tuple[str, ...]]:
    """Published sentences holding each word-name (a sentence with two: the rarer's only)."""
    import re

    found: dict[str, list[str]] = {w: [] for w in WORD_NAMES}
    lower = {w.lower(): w for w in WORD_NAMES}
    for s in sentences()["en"]:
        ws = [lower[t] for t in re.findall(r"[^\W\d_]+", s.lower()) if t in lower]
        if ws:
            found[ws[0]].append(s)
    return {w: tuple(v) for w, v in found.items()}
