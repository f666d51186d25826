"""Held-out AN's people, word-names and own word-name sentences, written here from this writer's
knowledge; the published sentences come from `data/sentences.tsv` (see `build_data.py`)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
NAME_LANGS = ("da", "sv", "no", "fi", "en")

_GIVEN = {
    "da": "Søren Mikkel Rasmus Torben Jesper Anders Morten Bjarke Niels Thorkild Jørgen Esben "
    "Frederik Vibeke Birgitte Dorthe Signe Trine Mathilde Sidsel Ditte Malene Kirstine Gitte "
    "Ulla Jytte Tove Åse Bodil Louise Maiken",
    "sv": "Göran Håkan Örjan Mattias Fredrik Sixten Torbjörn Ingemar Joakim Pontus Henrik "
    "Åsa Märta Agneta Birgitta Ylva Sofia Maja Ingrid Kerstin Margareta Frida Elin Ulrika "
    "Linnéa Gunilla Therese Josefin",
    "no": "Øyvind Håvard Eirik Sindre Torstein Leiv Halvard Vegard Trond Jørn Audun Gunnar "
    "Ingvild Sigrid Ragnhild Synnøve Åshild Kristin Marit Solveig Hege Tuva Ingeborg Torild",
    "fi": "Jukka Pekka Matti Heikki Jouni Timo Sakari Esa Jyrki Tapani Väinö Kyösti "
    "Päivi Riikka Sirkka Tiina Hannele Minna Kaisu Eeva Merja Anneli Ritva Jaana Sanna",
    "en": "Gareth Nigel Rhys Callum Declan Alistair Dominic Stuart Graham Owen "
    "Philippa Rhiannon Fiona Gillian Bethan Siobhan Imogen Harriet Lorna Kirsty",
    "moved": "Abdirahman Mustafa Bilal Yusuf Hamza Tariq Karim Dariusz Grzegorz Oleksandr "
    "Bogdan Mehmet Emre Hoang Tuan Zeynep Fatima Amina Hodan Leyla Noor Agnieszka Katarzyna "
    "Oksana Nadia Thuy Halima Samira",
}
_FAMILY = {
    "da": "Kristensen Jørgensen Mikkelsen Thomsen Frandsen Bertelsen Vestergaard Østergaard "
    "Kjeldsen Søndergaard Lauridsen Mortensen Kirkegaard Overgaard Bach",
    "sv": "Lindqvist Bergström Sjöberg Åkesson Holmgren Nyström Wikström Lundgren Engström "
    "Hedlund Sundqvist Forsberg Öberg Blomqvist",
    "no": "Haugland Solheim Kvamme Bjørnstad Rønning Myklebust Fossheim Aasen Sæther "
    "Tveiten Grønvold Hovland Løvås Nygård",
    "fi": "Korhonen Mäkinen Nieminen Heikkinen Koskinen Järvinen Lehtonen Hämäläinen "
    "Räsänen Salminen Kettunen Väisänen Laaksonen Pelkonen",
    "en": "Pritchard Harrington Whitfield Llewellyn McAllister Fairbairn Kendrick Ashworth "
    "Hargreaves Thornton Galloway Rutherford Dunmore",
    "moved": "Abdullahi Warsame Hussein Rahimi Karimi Nowakowski Kowalczyk Wiśniewska "
    "Shevchenko Kovalenko Yılmaz Demir Nguyen Tran Haddad",
}
# people nobody registered: named once or twice each, full name four times in five
_STRANGER_GIVEN = {
    "da": "Villads Asger Kasper Holger Preben Merete Lisbet Pernille Rikke Susanne Kamilla Oda",
    "sv": "Staffan Gustav Ragnar Evert Folke Viveka Cecilia Annika Lovisa Hedvig Rebecka",
    "no": "Ørjan Kåre Sverre Eivind Arnfinn Gunhild Borghild Oddny Vigdis Hanna Ranveig",
    "fi": "Olavi Eero Ilmari Raimo Veikko Aune Irmeli Marjatta Tellervo Liisa Pirjo",
    "en": "Crispin Rupert Barnaby Quentin Ewan Morag Isla Ffion Maisie Tamsin Eilidh",
}
_STRANGER_FAMILY = {
    "da": "Damsgaard Riis Munch Brøndum Kjærgaard Høgh Juhl Lykkegaard Buch Ebbesen",
    "sv": "Ekström Lindahl Fagerlund Sandberg Hellström Grönlund Ahlberg Norberg Wallin",
    "no": "Skaug Bråten Myrvold Sandvik Hoel Rustad Engebretsen Haugen Kvalheim Torp",
    "fi": "Leinonen Kauppinen Tikkanen Honkanen Saarinen Rantala Jokinen Hakala Turunen",
    "en": "Osborne Caldwell Prescott Whitmore Aldridge Pemberton Holloway Stanton Beckett",
}

# given and family names that are also English words, written in PIQA as words
GIVEN_WORD_NAMES = {"en": ["Pierce", "Bobby", "Blade", "Teddy", "Peg"], "no": ["Sander"]}
FAMILY_WORD_NAMES = {
    "en": ["Brush", "Peel", "Foot", "Cutter", "Straw", "Wick", "Kettle", "Broom", "Pink",
           "Lever", "Wheat", "Chain", "Staples", "Edge", "Plank", "Hardy", "Hose"],
    "sv": ["Palm"],
    "no": ["Rise"],
}  # fmt: skip
WORD_NAMES = [w for d in (GIVEN_WORD_NAMES, FAMILY_WORD_NAMES) for v in d.values() for w in v]
WORD_NAMES_BY_LANG = {"en": WORD_NAMES}

# for each word-name: phrases holding it as the word (noun phrases "n", verb phrases "v"),
# and sentences opening with it
_PHRASES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "brush": (
        [
            "a stiff brush",
            "the wire brush",
            "a dust brush",
            "the flux brush",
            "a brush with soft bristles",
        ],
        ["brush the crumbs out", "brush on a thin coat"],
        ["Brush the old glue off before anything else.", "Brush bristles were all over the bench."],
    ),
    "peel": (
        ["the orange peel", "a strip of lemon peel", "the peel from the potatoes"],
        ["peel the backing off slowly", "peel the old sticker away", "peel the label off the jar"],
        ["Peel the tape back at an angle, she said.", "Peel marks showed on the varnish."],
    ),
    "foot": (
        [
            "the foot of the ladder",
            "a foot pump",
            "the rubber foot of the lamp",
            "one foot of the table",
        ],
        ["foot the bill for the new parts"],
        ["Foot pumps were lent out all evening.", "Foot by foot, the hem was sewn back."],
    ),
    "cutter": (
        ["a box cutter", "the pipe cutter", "a tile cutter", "the glass cutter", "a wire cutter"],
        [],
        ["Cutter blades were kept in a locked tin.", "Cutter in hand, he waited for a nod."],
    ),
    "straw": (
        [
            "a drinking straw",
            "a straw hat",
            "the straw seat of a chair",
            "a bundle of straw",
            "the last straw",
        ],
        [],
        [
            "Straw chairs are harder to mend than they look.",
            "Straw kept falling out of the old cushion.",
        ],
    ),
    "wick": (
        ["the candle wick", "a new lamp wick", "the wick of the oil lamp", "a cotton wick"],
        ["trim the wick first"],
        ["Wick trimming took longer than anyone thought.", "Wick holders were handed round."],
    ),
    "pierce": (
        [],
        [
            "pierce the tin with a nail",
            "pierce the foil lid",
            "pierce the leather with an awl",
            "pierce the seal before heating it",
            "pierce a small hole in the cap",
        ],
        ["Pierce the film first, or it bursts.", "Pierce it from the back, the fixer said."],
    ),
    "bobby": (
        [
            "a bobby pin",
            "two bobby pins",
            "the bent bobby pin",
            "a spare bobby pin",
            "a jar of bobby pins",
        ],
        [],
        ["Bobby pins held the loose lining in place.", "Bobby pins turned up in every drawer."],
    ),
    "blade": (
        [
            "the saw blade",
            "a blunt blade",
            "the blade of the scissors",
            "a spare blade",
            "the mower blade",
        ],
        [],
        ["Blade guards went back on before the break.", "Blade first, then the handle, he said."],
    ),
    "teddy": (
        [
            "a teddy bear",
            "the old teddy",
            "a teddy with one ear",
            "the teddy from the shelf",
            "a worn teddy",
        ],
        [],
        [
            "Teddy bears with torn seams came in every week.",
            "Teddy repairs were the quietest table.",
        ],
    ),
    "peg": (
        [
            "a clothes peg",
            "the tent peg",
            "a wooden peg",
            "the coat peg by the door",
            "a peg for the string",
        ],
        [],
        ["Peg the cloth down so it stays flat.", "Peg by peg, the line went back up."],
    ),
    "sander": (
        ["the belt sander", "an orbital sander", "a small sander", "the sander with the dust bag"],
        [],
        ["Sander noise filled the back room.", "Sander pads were running low again."],
    ),
    "kettle": (
        [
            "the electric kettle",
            "a kettle lid",
            "the old kettle",
            "a kettle full of scale",
            "the camping kettle",
        ],
        [],
        [
            "Kettle switches fail more often than the elements.",
            "Kettle on, somebody called from the kitchen.",
        ],
    ),
    "broom": (
        [
            "a broom handle",
            "the old broom",
            "a soft broom",
            "the broom head",
            "a broom and a dustpan",
        ],
        [],
        [
            "Broom in hand, she swept the shavings up.",
            "Broom handles make good splints for a chair leg.",
        ],
    ),
    "pink": (
        ["the pink wire", "a pink towel", "a pink bicycle", "the pink thread", "a pink lamp shade"],
        [],
        [
            "Pink thread was all that was left in the box.",
            "Pink paint covered the scratch well enough.",
        ],
    ),
    "lever": (
        [
            "a tyre lever",
            "the lever arm",
            "a small lever",
            "the brake lever",
            "the lever on the toaster",
        ],
        [],
        ["Lever it up gently, or the clip snaps.", "Lever action locks need a drop of oil."],
    ),
    "wheat": (
        ["a wheat bag", "the wheat flour", "a sack of wheat", "the wheat paste"],
        [],
        [
            "Wheat bags filled with fresh grain went home warm.",
            "Wheat paste held the paper better than glue.",
        ],
    ),
    "chain": (
        [
            "the bike chain",
            "a chain lock",
            "the chain of the lamp",
            "a rusty chain",
            "the chain guard",
        ],
        [],
        ["Chain oil was passed from hand to hand.", "Chain links came apart with the right tool."],
    ),
    "staples": (
        [
            "a box of staples",
            "the old staples",
            "rusty staples",
            "staples for the gun",
            "the staples in the cushion",
        ],
        [],
        [
            "Staples went everywhere when the box fell.",
            "Staples came out with the back of a spoon.",
        ],
    ),
    "edge": (
        [
            "the sharp edge",
            "the edge of the table",
            "a frayed edge",
            "the edge of the shelf",
            "a rough edge",
        ],
        [],
        [
            "Edge tape was cut to length for the shelves.",
            "Edge by edge, the veneer was glued down.",
        ],
    ),
    "plank": (
        ["a loose plank", "the long plank", "a plank of pine", "the bench plank", "a warped plank"],
        [],
        [
            "Plank ends were sanded smooth before painting.",
            "Plank after plank was laid on the trestles.",
        ],
    ),
    "hardy": (
        [
            "hardy plants for the window",
            "a hardy old radio",
            "the hardy boots",
            "a hardy little fan",
        ],
        [],
        [
            "Hardy as it was, the radio finally gave up.",
            "Hardy seedlings went home with the members.",
        ],
    ),
    "hose": (
        [
            "the garden hose",
            "a hose clamp",
            "the washing machine hose",
            "a length of hose",
            "the hose reel",
        ],
        [],
        [
            "Hose ends leak at the washer more often than not.",
            "Hose clips were sorted into jars by size.",
        ],
    ),
    "palm": (
        ["the palm of her hand", "a palm sander", "the palm of the glove", "a potted palm"],
        [],
        ["Palm down, hold the board flat, she said.", "Palm oil soap was by the sink."],
    ),
    "rise": (
        ["a rise in the price of parts", "the rise of the stairs", "a slight rise in the floor"],
        ["rise a little before it sets", "rise in a warm place"],
        ["Rise and fall of the needle was uneven.", "Rise time for the dough was an hour."],
    ),
}

_NP_FRAMES = [
    "Someone brought {x} to the first table.",
    "Most of the talk was about {x}.",
    "A newcomer asked what to do with {x}.",
    "The volunteer held up {x} for everyone to see.",
    "We found {x} in the donated box.",
    "Nobody knew who had left {x} by the door.",
    "It turned out that {x} was the real problem.",
    "There was a long wait for {x} at the bench.",
    "He put {x} aside and went for coffee.",
    "She said {x} had been in the family for years.",
    "The group passed {x} round the circle.",
    "A photo of {x} went up on the board.",
    "They argued kindly over {x} for a while.",
    "In the end {x} went home working.",
    "The fixer drew {x} on the whiteboard.",
    "We kept {x} for the next evening.",
]
_VP_FRAMES = [
    "The trick, he said, was to {x}.",
    "She showed the table how to {x}.",
    "It is easier to {x} with two people.",
    "Nobody wanted to {x} in front of the group.",
    "The volunteer told him to {x} and wait.",
    "We were reminded to {x}.",
    "It took three tries to {x}.",
    "They took turns to {x}.",
    "He forgot to {x} and had to start again.",
    "The card on the wall says to {x}.",
    "Someone had learnt to {x} from a grandparent.",
    "Later she asked again how to {x}.",
]
_COLON = ["Tip from the fixer", "Heard at the bench", "On the whiteboard", "From the round"]
_COMMA = ["As always", "At the back table", "After the break", "Sure enough", "Half way through",
          "Before long", "Without a word"]  # fmt: skip
# the word-name as the name of a shop, room, brand or team, capitalised inside a sentence
_NAMED = ["{W} Hardware", "the {W} Room", "{W} Tools", "the {W} Workshop", "{W} Supplies",
          "the {W} Lane allotments", "the {W} Cup", "{W} Brothers"]  # fmt: skip
TITLE_WORDS = {"Hardware", "Room", "Tools", "Workshop", "Supplies", "Lane", "Cup", "Brothers"}
_NAMED_FRAMES = [
    "The spare screws came from {T}.",
    "A flyer for {T} was pinned up by the sink.",
    "She had worked at {T} for years.",
    "Somebody said {T} was closing down.",
    "We borrowed clamps from {T} again.",
    "The old sign from {T} hangs over the door.",
    "He still had a receipt from {T}.",
    "The next fix-it evening moves to {T}.",
    "{T} sent over a box of spare parts.",
    "{T} lent us a second soldering iron.",
]


@cache
def own_by_word() -> dict[str, list[str]]:
    """Each word-name's own sentences: its phrases in the frames, its openings alone and after
    a comma, and its capitalised form in named shops, rooms and brands (half of the grid,
    some opening the sentence)."""
    out: dict[str, list[str]] = {}
    for i, word in enumerate(WORD_NAMES):
        nps, vps, starts = _PHRASES[word.lower()]
        mine: list[str] = []
        for j, np in enumerate(nps):
            mine += [f.format(x=np) for k, f in enumerate(_NP_FRAMES) if (k + j + i) % 2 == 0]
        for j, vp in enumerate(vps):
            mine += [f.format(x=vp) for k, f in enumerate(_VP_FRAMES) if (k + j + i) % 2 == 0]
        if not nps:
            mine += [f.format(x=vp) for f in _VP_FRAMES for vp in vps[:1]]
        for k, s in enumerate(starts):
            mine.append(s)
            mine += [f"{c}, {s[0].lower()}{s[1:]}" for c in _COMMA]
            mine += [f"{lead}: {s}" for lead in _COLON[k % 2 :: 2]]
        for j, thing in enumerate(_NAMED):
            t = thing.format(W=word)
            for k, f in enumerate(_NAMED_FRAMES):
                if (k + j + i) % 2 == 0:  # half of the grid for each word
                    mine.append(f.format(T=t[0].upper() + t[1:]) if f[0] == "{" else f.format(T=t))
        out[word] = list(dict.fromkeys(mine))
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
    words = {
        w.lower()
        for d in (_GIVEN, _FAMILY, _STRANGER_GIVEN, _STRANGER_FAMILY)
        for v in d.values()
        for w in v.split()
    }
    if with_word_names:
        words |= {w.lower() for w in WORD_NAMES}
    return words


@cache
def _rows() -> tuple[tuple[str, str, str, str], ...]:
    with (DATA / "sentences.tsv").open(encoding="utf-8", newline="") as f:
        return tuple(tuple(r) for r in csv.reader(f, delimiter="\t"))  # type: ignore[misc]


def pool(lang: str, source: str) -> list[str]:
    return [s for la, so, s, _ in _rows() if la == lang and so.endswith(source)]


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    return {"en": tuple(s for _, _, s, _ in _rows())}


@cache
def units() -> tuple[tuple[str, ...], ...]:
    """The kept sentences of each PIQA item, its goal first: drawn as one, so a goal stands
    with the solutions written for it and every sentence is used once before any again."""
    out: dict[str, list[str]] = {}
    for _, source, s, item in _rows():
        (out.setdefault(item, []).insert(0, s) if source.endswith("goal")
         else out.setdefault(item, []).append(s))  # fmt: skip
    return tuple(tuple(v) for v in out.values())


@cache
def pairs() -> tuple[tuple[str, str], ...]:
    """A published goal with a solution written for it (each kept solution once)."""
    goals = {item: s for _, so, s, item in _rows() if so.endswith("goal")}
    return tuple(
        (goals[item], s) for _, so, s, item in _rows() if so.endswith("solution") and item in goals
    )


@cache
def by_word() -> dict[str, tuple[str, ...]]:
    """The published sentences holding each word-name as a word, each sentence under one
    word only (the one fewest sentences hold), so no sentence is drawn by two decks."""
    holding: dict[str, list[str]] = {}
    lower = {w.lower(): w for w in WORD_NAMES}
    for s in sentences()["en"]:
        for token in dict.fromkeys(t.lower().strip(",.!?;-") for t in s.replace("'", " ").split()):
            if token in lower:
                holding.setdefault(s, []).append(lower[token])
    count = {w: sum(w in v for v in holding.values()) for w in WORD_NAMES}
    out: dict[str, list[str]] = {w: [] for w in WORD_NAMES}
    for s, words in holding.items():
        out[min(words, key=lambda w: (count[w], w))].append(s)
    return {w: tuple(v) for w, v in out.items()}
