"""Held-out AH's people, word-names, pools and own sentences. Names are written here from this
writer's knowledge (no list copied); the word-names are 25 English words that are also names,
new to every set (see the README for the check)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TOKEN = re.compile(r"[^\W\d_]+")

GIVEN = {
    "da": "Søren Mette Jens Birgitte Henrik Lone Niels Kirsten Jørgen Susanne Morten Hanne "
    "Rasmus Pernille Anders Dorthe Mikkel Frederik Signe Kasper Louise Thomas Camilla Torben "
    "Esben Rikke Ulrik Sidsel Bjarke Gitte Asger Karoline Lasse Marianne Troels Vibeke Mads "
    "Astrid Jesper Lisbeth",
    "sv": "Åsa Göran Ingrid Mattias Kerstin Pelle Ylva Oskar Annika Fredrik Sofia Håkan Elin "
    "Johan Malin Ulf Therese Lennart Agneta Sixten Märta Jonas Greta Torsten Lovisa",
    "no": "Sigrid Håvard Ingvild Eirik Solveig Torstein Ragnhild Øystein Kristin Vegard Marit "
    "Audun Silje Trond Synnøve Geir Åshild Halvor Gunnhild Jostein",
    "fi": "Aino Jukka Pirjo Timo Riikka Heikki Sanna Mikko Tuula Juha Päivi Antti Kirsi Pekka "
    "Leena Jari Marjatta Ismo Eero Tarja",
    "en": "Gemma Nigel Siobhan Trevor Fiona Colin Hayley Duncan Bethany Graham Leanne Stuart "
    "Kirsty Declan Imogen Owen Paula Gareth Rhiannon Alistair",
    "moved": "Abdirahman Fadumo Hamza Leyla Mehmet Ayşe Katarzyna Tomasz Linh Reza Shirin Amir "
    "Nadia Emir Amela Oksana Dmytro Halima Yusuf Zeynep Bilal Mariam Tariq Parisa Dariusz "
    "Hodan Samir Farida",
}
FAMILY = {
    "da": "Sørensen Kjær Mortensen Thomsen Dalgaard Bertelsen Østergaard Frandsen "
    "Kristiansen Lauridsen Mikkelsen Vestergaard Juhl Bendtsen Poulsen Søgaard Ravnsborg "
    "Ebbesen Højgaard Brøndum",
    "sv": "Lindqvist Bergström Åkesson Sjöberg Nyström Holmgren Wallin Engström Hedlund "
    "Forsberg Lundgren Söderberg",
    "no": "Haugland Sæther Myrvold Bjørnstad Solberg Tveit Grønli Aasen Nygård Rønning "
    "Ødegård Kvalheim",
    "fi": "Virtanen Mäkinen Heikkinen Koskinen Nieminen Hämäläinen Laaksonen Räsänen "
    "Kärkkäinen Lehtonen Salminen Jääskeläinen",
    "en": "Whitfield Pemberton Ashworth Hargreaves Cartwright Lockwood Fairbairn Thornton "
    "Kendrick Ramsden Ellwood Haworth",
    "moved": "Hassan Yılmaz Kowalczyk Nguyen Hosseini Hadžić Kovalenko Warsame Demir "
    "Al-Sayed Ahmadi Begović Mahmoud Shevchenko",
}
NAME_LANGS = ("da", "sv", "no", "fi", "en")
GIVEN_WORD_NAMES = {
    "en": [
        "Lily",
        "Tulip",
        "Juniper",
        "Saffron",
        "Lavender",
        "Liberty",
        "Honor",
        "Destiny",
        "Jewel",
        "Rain",
    ],  # fmt: skip
}
FAMILY_WORD_NAMES = {
    "en": ["Fletcher", "Mercer", "Brewer", "Steward", "Sexton", "Booth", "Collier", "Drake",
           "Starling", "Peacock", "Partridge", "Nightingale", "Swallow", "Herring", "Burns"],
}  # fmt: skip
WORD_NAMES_BY_LANG = {"en": GIVEN_WORD_NAMES["en"] + FAMILY_WORD_NAMES["en"]}
WORD_NAMES = WORD_NAMES_BY_LANG["en"]

# The word-names' own sentences: each word as the word it is, inside a sentence and opening one.
_MEANINGS = {
    "Lily": ["A white lily stood in a jar on the folding table.",
             "The pond by the toilet block was thick with lily pads.",
             "Someone had painted a lily on the door of the wash house.",
             "Lily bulbs were sold at the gate for a few coins."],
    "Tulip": ["She planted one tulip for each child who came that summer.",
              "A red tulip had pushed up through the gravel by the sign.",
              "The tablecloth had a tulip pattern that nobody liked.",
              "Tulip leaves were poking through the frost by the fence."],
    "Juniper": ["The path ran between juniper bushes and old pines.",
                "He rubbed a sprig of juniper between his fingers and smiled.",
                "They smoked the fish over juniper twigs.",
                "Juniper grows wild on the slope behind the pitches."],
    "Saffron": ["The rice was yellow with saffron and there was plenty of it.",
                "A pinch of saffron went into the soup at the last minute.",
                "The tent was a faded saffron colour.",
                "Saffron is too dear for a camp kitchen, she laughed."],
    "Lavender": ["The wash house smelled of lavender soap.",
                 "A row of lavender lined the path to the reception hut.",
                 "She kept a bag of dried lavender in her sleeping bag.",
                 "Lavender was buzzing with bees by the afternoon."],
    "Liberty": ["He said that being outdoors gave him a kind of liberty he missed in town.",
                "The children took the liberty of eating all the biscuits.",
                "We talked about liberty and rules over the washing up.",
                "Liberty, for her, meant a night without an alarm clock."],
    "Honor": ["It was a point of honor to leave the pitch cleaner than they found it.",
              "They held a small dinner in honor of the oldest volunteer.",
              "On his honor, he said, the firewood had been shared fairly.",
              "Honor among campers is a real thing, he insisted."],
    "Destiny": ["She joked that wet socks were the destiny of every camping trip.",
                "He did not believe in destiny, only in good planning.",
                "Their meeting at the lake felt like destiny, she said.",
                "Destiny had nothing to do with it, the kettle was simply empty."],
    "Jewel": ["The lake was the jewel of the whole site.",
              "She called the little shop a jewel and meant it.",
              "A lost jewel turned up in the sand by the swings.",
              "Jewel beetles were crawling on the picnic bench."],
    "Rain": ["The rain kept everyone under the awning until noon.",
             "We waited for the rain to stop before lighting the fire.",
             "Heavy rain had flooded two of the lower pitches.",
             "Rain or not, the children wanted to swim."],
    "Fletcher": ["An old fletcher showed the scouts how to fix feathers to an arrow.",
                 "The archery club had hired a fletcher for the weekend.",
                 "She learnt the trade from a fletcher in the next valley.",
                 "Fletcher work is slow and careful, he told us."],
    "Mercer": ["The stall sold thread and buttons the way an old mercer would.",
               "Her grandfather had been a mercer in a market town.",
               "A travelling mercer once came by with bolts of cloth, she remembered.",
               "Mercer was an old word for a cloth dealer, he explained."],
    "Brewer": ["The local brewer gave a barrel for the summer party.",
               "He worked as a brewer before he retired.",
               "They bought apple juice from a small brewer down the road.",
               "Brewer yeast was on the shopping list again."],
    "Steward": ["The steward on the ferry let us keep the bikes on deck.",
                "Each row of tents had a steward who kept the keys.",
                "She was the steward of the boat shed that year.",
                "Steward duty meant checking the fire pits at dusk."],
    "Sexton": ["The sexton unlocked the church so the scouts could shelter.",
               "An old sexton tended the graves beside the campsite.",
               "We asked the sexton about the bells that rang at noon.",
               "Sexton beetles were busy under the log, the children found."],
    "Booth": ["The ticket booth opened at eight.",
              "A phone booth stood at the end of the lane, long out of use.",
              "We set up a booth selling pancakes for the scouts.",
              "Booth rental was cheaper than last year."],
    "Collier": ["Her father had been a collier before the mine closed.",
                "An old collier told the children how dark it was underground.",
                "The song was about a collier and his lamp.",
                "Collier families once filled this valley, she said."],
    "Drake": ["A drake and two ducks waddled past the tents every morning.",
              "The children fed bread to a drake by the jetty.",
              "One drake had a green head that shone in the sun.",
              "Drake feathers were found all over the beach."],
    "Starling": ["A starling was copying the sound of a car alarm.",
                 "The starling flocks swirled over the reeds at dusk.",
                 "She rescued a young starling that had fallen from the nest.",
                 "Starling chatter woke us before dawn."],
    "Peacock": ["A peacock from the farm next door wandered onto the site.",
                "The peacock screamed half the night, and nobody slept.",
                "Her scarf was peacock blue.",
                "Peacock feathers were sold at the stall by the gate."],
    "Partridge": ["A partridge ran across the track in front of the car.",
                  "We heard a partridge calling from the stubble field.",
                  "The hunters were after partridge, not deer.",
                  "Partridge chicks hid in the long grass by the path."],
    "Nightingale": ["A nightingale sang in the thicket after midnight.",
                    "Everyone went quiet when the nightingale started.",
                    "She said she had never heard a nightingale before this trip.",
                    "Nightingale song carried across the water."],
    "Swallow": ["A swallow had built its nest above the wash house door.",
                "It was hard to swallow the news about the closure.",
                "He took a swallow of coffee and went back to work.",
                "Swallow nests lined the eaves of the barn."],
    "Herring": ["We had pickled herring on rye bread for lunch.",
                "The herring were running, and the jetty was full of anglers.",
                "A smell of smoked herring came from the hut.",
                "Herring gulls stole a sandwich from the table."],
    "Burns": ["The stove burns anything, even damp wood.",
              "He had small burns on his hands from the campfire.",
              "She treated the burns with cold water and a clean cloth.",
              "Burns from the sun were the most common complaint."],
}  # fmt: skip
_LEADS = ("Also, ", "Back then, ", "She told me ", "Apparently ")
_TAILS = (", she said.", ", or so we heard.", ", as usual.")


def _variants(sentence: str) -> list[str]:
    out = [sentence]
    low = sentence[0].lower() + sentence[1:]
    out += [lead + low for lead in _LEADS]
    out += [sentence[:-1] + tail for tail in _TAILS]
    return out


OWN_ORDINARY = {
    "en": [v for word in WORD_NAMES for s in _MEANINGS[word] for v in _variants(s)],
}


def given(lang: str) -> list[str]:
    return GIVEN[lang].split()


def family(lang: str) -> list[str]:
    return FAMILY[lang].split()


def name_words() -> set[str]:
    words = {w.lower() for lang in GIVEN for w in (*given(lang), *family(lang))}
    words |= {p.lower() for w in set(words) for p in w.split("-")}
    return words | {w.lower() for w in WORD_NAMES}


@functools.cache
def _rows() -> tuple[tuple[str, str, str, str], ...]:
    text = (DATA / "sentences.tsv").read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line)  # type: ignore


def pool(lang: str, source: str | None = None) -> list[str]:
    return [s for lg, src, _use, s in _rows() if lg == lang and source in (None, src)]


@functools.cache
def _sentences() -> dict[str, tuple[str, ...]]:
    names = name_words()
    out: dict[str, tuple[str, ...]] = {}
    for lang in ("en", "da", "fi"):
        out[lang] = tuple(
            s for s in pool(lang) if not {w.lower() for w in TOKEN.findall(s)} & names
        )
    return out


def sentences() -> dict[str, tuple[str, ...]]:
    """The published sentences a note may quote, by language, none holding a name word of this
    set (word-names included, any case)."""
    return _sentences()
