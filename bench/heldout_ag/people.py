"""Held-out AG's names (written here from this writer's knowledge; no list was copied), its
word-names, its own word-name sentences and its pools of published sentences."""

from __future__ import annotations

import functools
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")

GIVEN = {
    "da": "Søren Mads Kasper Rasmus Jeppe Troels Anders Bjarne Flemming Kristian Jesper Morten "
          "Ulrik Torben Henrik Lasse Malthe Asger Sigrid Trine Birthe Dorthe Lisbeth Tove Bente "
          "Pernille Signe Mathilde Cecilie Rikke Louise Stine Maja Ida Freja Astrid Karoline "
          "Nikoline Gitte Vibeke".split(),
    "sv": "Göran Anders Pelle Mattias Oskar Linus Henrik Ulf Lennart Kjell Sixten Hampus "
          "Ingrid Agneta Birgitta Maria Elin Johanna Ulrika Sofia Klara Malin Frida Saga "
          "Märta Vera Elsa Majken Annika Gunnel".split(),
    "no": "Håkon Øystein Sindre Eirik Vegard Torbjørn Ola Magnus Sigurd Trond Åse Ingvild "
          "Solveig Kari Randi Sunniva Marit Ragnhild Tonje Synnøve Hege Kjersti".split(),
    "fi": "Jukka Matti Pekka Juha Heikki Mikko Teemu Jussi Antti Ville Sanna Päivi Riikka "
          "Minna Tiina Kaisa Leena Hannele Anneli Marjatta Sirpa Outi".split(),
    "en": "Oliver Harry George Callum Declan Rhys Owen Niall Gareth Duncan Fiona Siobhan "
          "Bethan Gemma Kirsty Shona Nicola Joanne Harriet Imogen".split(),
    "moved": "Abdirahman Hodan Fadumo Yusuf Mustafa Zainab Rania Ahmet Emine Mehmet Dariusz "
             "Agnieszka Tomasz Thanh Huong Minh Reza Shirin Farhad Amira Dragan Jasmina "
             "Oksana Taras Bilal Samira".split(),
}  # fmt: skip
FAMILY = {
    "da": "Nørgaard Kjærgaard Mikkelsen Thomsen Rasmussen Jørgensen Kristensen Andersen "
          "Poulsen Sørensen Madsen Frederiksen Østergaard Bech Vestergaard Dalsgaard "
          "Lauritsen Kirkegaard Overgaard Lindholm".split(),
    "sv": "Lindqvist Bergström Sandberg Nyström Holmqvist Sjöberg Forsberg Åkesson Engström "
          "Hedlund Lindgren Wallin Ekström Blomqvist".split(),
    "no": "Haugland Solberg Østby Nygård Kvalheim Fjeldstad Brekkestad Lunde Rønning "
          "Aasheim Tveit Hovland".split(),
    "fi": "Virtanen Mäkinen Nieminen Heikkinen Korhonen Hämäläinen Laaksonen Lehtonen "
          "Salminen Koskinen Järvinen Huttunen".split(),
    "en": "Whitfield Ashworth Pemberton Hargreaves Blackwood Kavanagh Fairbairn Gallagher "
          "Thornton Holloway Radcliffe Sinclair".split(),
    "moved": "Warsame Abdullahi Yilmaz Demir Kowalczyk Wiśniewski Nguyen Tran Hosseini "
             "Karimi Hadžić Kovalenko Rahman Haddad".split(),
}  # fmt: skip
NAME_LANGS = ("da", "sv", "no", "fi", "en")

GIVEN_WORD_NAMES = {"en": ["River", "Marigold", "Wren", "Lark", "Dove", "Ember", "Blossom",
                           "Charity", "Prudence", "Bliss"]}  # fmt: skip
FAMILY_WORD_NAMES = {"en": ["Tanner", "Glover", "Thatcher", "Sawyer", "Chandler", "Draper",
                            "Carter", "Dyer", "Usher", "Slater", "Bowman", "Fuller", "Sparrow",
                            "Finch", "Hart"]}  # fmt: skip
WORD_NAMES_BY_LANG = {"en": GIVEN_WORD_NAMES["en"] + FAMILY_WORD_NAMES["en"]}
WORD_NAMES = GIVEN_WORD_NAMES["en"]  # given names (the family ones: FAMILY_WORD_NAMES)

# Each word-name as the word: a few sentences written here, each also said in other ways.
_MEANINGS = {
    "River": ["the river was high after the rain", "we walked along the river to the allotments",
              "the old mill by the river is flats now"],
    "Marigold": ["a marigold grew in the gap by the bins", "she planted marigold seeds in tins",
                 "the marigold on the balcony had died"],
    "Wren": ["a wren nests in the hedge by the bike shed", "we heard a wren singing by the door",
             "the wren came back to the ivy this week"],
    "Lark": ["they did it for a lark, nothing more", "a lark sang over the field behind the estate",
             "the trip to the sea was a lark for the kids"],
    "Dove": ["a dove sat on the satellite dish all morning", "the dove by the window was back",
             "he dove into the pile of forms"],
    "Ember": ["a single ember fell out of the barbecue", "an ember burnt a hole in the mat",
              "the last ember glowed in the fire pit"],
    "Blossom": ["the cherry trees were in blossom at last", "blossom covered the cars outside",
                "the kids swept blossom off the steps"],
    "Charity": ["the charity shop took the old sofa", "they raised money for a charity",
                "she does not want charity, she wants a job"],
    "Prudence": ["prudence with money is a habit here", "he spoke of prudence and savings",
                 "with some prudence the fund will last"],
    "Bliss": ["the quiet after the party was bliss", "a warm bath was pure bliss",
              "ignorance is bliss, she joked"],
    "Tanner": ["the tanner in the old town closed long ago", "her grandfather worked as a tanner",
               "the tanner's yard is a car park now"],
    "Glover": ["a glover once had a shop on the corner", "the glover made gloves by hand",
               "his father was a glover in the old days"],
    "Thatcher": ["a thatcher came to fix the summer house roof", "the thatcher needs dry weather",
                 "we watched the thatcher at work"],
    "Sawyer": ["the sawyer at the timber yard cut the boards", "he trained as a sawyer",
               "a sawyer showed the kids how logs are cut"],
    "Chandler": ["the chandler by the harbour sells rope", "a chandler sold us a new anchor",
                 "the chandler's shop smelt of tar"],
    "Draper": ["the draper had rolls of cloth in the window", "my aunt worked for a draper",
               "the draper gave us offcuts for the sewing club"],
    "Carter": ["the carter once brought coal to the yard", "a carter drove the horse and cart",
               "the carter and his horse are in an old photo"],
    "Dyer": ["a dyer used the pots in the shed", "the dyer showed us blue hands",
             "the dyer's workshop is a café now"],
    "Usher": ["an usher showed us to our seats", "she works as an usher at the cinema",
              "the usher at the wedding was late"],
    "Slater": ["the slater fixed the broken roof tiles", "a slater was up on the roof all day",
               "we called a slater about the leak"],
    "Bowman": ["a bowman in the play missed the target", "the bowman on the poster had a red hat",
               "the kids played bowman with sticks"],
    "Fuller": ["the bins were fuller than last week", "the room was fuller after lunch",
               "her diary is fuller this month"],
    "Sparrow": ["a sparrow hopped under the table", "the sparrow took crumbs from the step",
                "a sparrow got into the stairwell"],
    "Finch": ["a finch sat on the feeder", "the finch was gone by morning",
              "a green finch came to the balcony"],
    "Hart": ["a hart stood at the edge of the wood", "the pub sign shows a white hart",
             "we saw a hart near the lake path"],
}  # fmt: skip
# One sentence a word opening with the word itself.
_OPENING = {
    "River": "river water got into the cellar again",
    "Marigold": "marigold petals ended up in the salad",
    "Wren": "wren song carried over the hedge",
    "Lark": "lark or not, the kids loved the trip",
    "Dove": "dove grey is the colour they chose for the shed",
    "Ember": "ember by ember the fire went out",
    "Blossom": "blossom time is the best time in the garden",
    "Charity": "charity begins at home, he says",
    "Prudence": "prudence made her keep the receipts",
    "Bliss": "bliss, she called the first warm day",
    "Tanner": "tanner and saddler were both old trades in town",
    "Glover": "glover is an old trade nobody does here now",
    "Thatcher": "thatcher work is slow and costly",
    "Sawyer": "sawyer and carpenter worked side by side back then",
    "Chandler": "chandler shops sell rope, paint and tins of tar",
    "Draper": "draper shops used to sell cloth by the metre",
    "Carter": "carter and horse brought the coal every week",
    "Dyer": "dyer and weaver shared the old shed",
    "Usher": "usher them in, the chair told me",
    "Slater": "slater work was done before the storm",
    "Bowman": "bowman was his part in the school play",
    "Fuller": "fuller bins mean more trips to the tip",
    "Sparrow": "sparrow chicks were in the gutter",
    "Finch": "finch feeders hang from the apple tree",
    "Hart": "hart and hind were painted on the old sign"
}  # fmt: skip
_PREFIX = ["", "Also, ", "Back then, ", "Funny enough, ", "She told me ", "He said that "]
_SUFFIX = [".", ", she said.", ", apparently.", " last year.", ", he told me."]


def _own() -> list[str]:
    out = []
    for word, meanings in _MEANINGS.items():
        made = []
        for i, m in enumerate(meanings):
            for j, (pre, suf) in enumerate(zip(_PREFIX, _SUFFIX[i:] + _SUFFIX[:i], strict=False)):
                if j > 3:
                    break
                body = m if pre else m[0].upper() + m[1:]
                made.append(pre + body + suf)
        opening = _OPENING[word]
        made.append(opening[0].upper() + opening[1:] + ".")
        made.append(opening[0].upper() + opening[1:] + ", or so we heard.")
        out.extend(made)
    return out


OWN_ORDINARY = {"en": _own(), "da": [], "sv": [], "fi": []}


@functools.cache
def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / "sentences.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        lang, source, _use, sentence = line.split("\t")
        rows.append((lang, source, sentence))
    return rows


def name_words() -> set[str]:
    words = set()
    for table in (GIVEN, FAMILY):
        for names in table.values():
            words.update(n.lower() for n in names)
    words.update(w.lower() for w in WORD_NAMES)
    return words


@functools.cache
def sentences() -> dict[str, list[str]]:
    """Published sentences kept: none names anyone (no word of a name list, word-names
    included)."""
    names = name_words()
    out: dict[str, list[str]] = {"en": [], "da": [], "sv": [], "fi": []}
    for lang, _source, s in _rows():
        if {w.lower() for w in TOKEN.findall(s)} & names:
            continue
        out[lang].append(s)
    return out


def pool(lang: str, source: str | None = None, written: bool = False) -> list[str]:
    """The kept sentences of `lang` (of `source`; `written`: the lessons only, not AMI's
    spoken words)."""
    kept = set(sentences()[lang])
    return [
        s
        for la, so, s in _rows()
        if la == lang and s in kept and source in (None, so) and not (written and so == "ami")
    ]


def given(lang: str) -> list[str]:
    return GIVEN[lang]


def family(lang: str) -> list[str]:
    return FAMILY[lang]
