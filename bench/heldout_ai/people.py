"""Held-out AI's people: name lists written here from this writer's knowledge (no list copied),
its 25 word-names and the sentences that use them as words, and the published pools."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
NAME_LANGS = ("da", "sv", "no", "fi", "en")

_GIVEN = {
    "da": "Søren Mikkel Rasmus Jesper Troels Kasper Anders Mads Jeppe Esben Frederik Asger "
    "Nikolaj Henrik Torben Ulrik Bjarke Morten Jonas Palle Signe Mette Pernille Camilla Dorthe "
    "Lærke Birgitte Trine Tove Marianne Gitte Ditte Karoline Sidsel Nanna Ida Vibeke Rikke Sanne "
    "Agnete",
    "sv": "Göran Mattias Johan Henrik Pontus Joakim Oskar Axel Ulf Lennart Anders Gustav Nils "
    "Åsa Malin Sofia Ylva Märta Annika Ingrid Kerstin Therese Elsa Agneta Louise",
    "no": "Øyvind Håkon Sindre Eirik Vegard Torstein Ragnar Arild Kjetil Audun Ingvild Solveig "
    "Ragnhild Marit Sigrid Åse Kari Hilde Tonje Guri",
    "fi": "Jussi Juha Heikki Timo Antero Pekka Jarmo Ilkka Olli Esa Aino Eija Riikka Päivi "
    "Sari Kaisa Marja Hannele Tiina Leena",
    "en": "Gareth Nigel Trevor Alistair Duncan Owen Rhys Graham Stuart Colin Fiona Gwen Moira "
    "Shona Bethan Lorna Eileen Hilary Maureen Tessa Wendy Keith Howard Dennis Malcolm Barry "
    "Glenys Rowena Phyllis Clive Derek Brenda",
    "moved": "Abdirahman Farhan Yusuf Khalid Omid Reza Tariq Emir Kemal Piotr Tomasz Andrzej "
    "Quang Minh Duc Oleksandr Dmytro Haris Amina Hodan Layla Zahra Mariam Shirin Elif Agnieszka "
    "Thuy Oksana Lejla",
}
_FAMILY = {
    "da": "Kjærgaard Mortensen Thygesen Bundgaard Skovgaard Lauridsen Højgaard Vestergaard "
    "Kristiansen Damgaard Nørgaard Ravnkilde Bjerregaard Gregersen Østergaard Bertelsen "
    "Schmidt Frandsen Søndergaard Winther",
    "sv": "Lindqvist Bergström Sjöberg Ekström Holmgren Nyström Wikström Sandberg Åberg "
    "Forsberg Lindgren Hedlund",
    "no": "Haugland Solberg Bråten Myhre Kvamme Sæther Ødegård Fjeldstad Tveit Bakkevig "
    "Nygård Rønning",
    "fi": "Heikkinen Mäkelä Korhonen Nieminen Järvinen Lehtonen Hämäläinen Laaksonen "
    "Kettunen Salminen Turunen Räsänen",
    "en": "Thornton Fairclough Pemberton Ashworth Whitfield Hargreaves Lockwood Blackburn "
    "Dunmore Rowntree Kettering Alderton Pickering Ormerod Brackley Wetherby Cattermole "
    "Sowerby Fenwick Ramsbottom Greatorex Illingworth",
    "moved": "Warsame Abdullahi Haidari Rahimi Nazari Yilmaz Demir Kowalczyk Wiśniewski "
    "Nguyen Tran Shevchenko Hodžić Begović",
}

# Word-names: registered people whose given or family name is also an English word.
GIVEN_WORD_NAMES = {
    "en": ["Glen", "Dale", "Blaze", "Unity", "Angel", "Buddy", "Candy", "Precious", "Lucky",
           "Brandy"],
}  # fmt: skip
FAMILY_WORD_NAMES = {
    "en": ["Gamble", "Savage", "Wolf", "Hood", "Cave", "Bull", "Temple", "Parish", "Monk",
           "Mayor", "Duke", "Lord", "Hale", "Bass", "Squire"],
}  # fmt: skip
WORD_NAMES = [*GIVEN_WORD_NAMES["en"], *FAMILY_WORD_NAMES["en"]]
WORD_NAMES_BY_LANG = {"en": WORD_NAMES}

# Each word-name as the word it is, written here: three with the word inside, one opening it.
_MEANINGS = {
    "glen": ["We walked up the glen behind the hall to eat our sandwiches.",
             "She grew up in a narrow glen with one road in and out.",
             "The photo on the wall shows a green glen and a few sheep.",
             "Glen and valley are the same thing to him, he laughed."],
    "dale": ["He still talks about the dale where his grandparents farmed.",
             "They hiked over hill and dale to reach the village fair.",
             "Her old school sat at the bottom of a quiet dale.",
             "Dale country is where she learned to knit, she says."],
    "blaze": ["There was a small blaze in the bin behind the shop last winter.",
              "The firemen put out the blaze before it reached the storeroom.",
              "He said the sunset was a blaze of orange over the harbour.",
              "Blaze or no blaze, the volunteers kept sorting the clothes."],
    "unity": ["The choir sang about unity and everyone joined in.",
              "There is a real sense of unity among the evening volunteers.",
              "She thinks unity matters more than money for a small charity.",
              "Unity was the word on the banner they painted together."],
    "angel": ["She called the driver an angel for bringing the boxes upstairs.",
              "The little girl wore an angel costume to the winter market.",
              "You have been an angel this week, he wrote on the card.",
              "Angel wings made of paper hung above the till."],
    "buddy": ["He brought his buddy from work to help carry the sofa.",
              "Every new volunteer gets a buddy for the first two shifts.",
              "My buddy and I always take the late round together.",
              "Buddy shifts were her idea, and they work well."],
    "candy": ["The children got candy for helping with the stall.",
              "He keeps a jar of candy by the till for anyone who is sad.",
              "We sold cotton candy at the summer fair and made a bit.",
              "Candy wrappers were everywhere after the party."],
    "precious": ["Those old letters are precious to her, so she keeps them in a tin.",
                 "Time is precious when you have three children and two jobs.",
                 "He said every small gift is precious to the families.",
                 "Precious little was left on the shelves by closing."],
    "lucky": ["We were lucky that the rain stopped before the street collection.",
              "She feels lucky to have a warm flat and a job she likes.",
              "If you are lucky you can find a good winter coat for almost nothing.",
              "Lucky for us, the van started on the second try."],
    "brandy": ["Her grandfather kept a bottle of brandy for cold evenings.",
               "Someone donated a box of brandy glasses still in the paper.",
               "They made a cake soaked in brandy for the volunteers' party.",
               "Brandy and coffee were served after the board meeting."],
    "gamble": ["Opening a second shop was a gamble, but it paid off.",
               "He said leaving his country was the biggest gamble of his life.",
               "It is always a gamble to plan an outdoor market here.",
               "Gamble or not, they signed the lease for the new room."],
    "savage": ["The cuts to the budget were savage this year, she said.",
               "There was a savage wind on the day of the street collection.",
               "He made a savage joke about the old coffee machine.",
               "Savage storms kept the donors at home all weekend."],
    "wolf": ["Her son dressed up as a wolf for the children's afternoon.",
             "He told the old story of the boy who cried wolf.",
             "She ate her lunch like a hungry wolf after the long shift.",
             "Wolf masks were left over from the autumn party."],
    "hood": ["He pulled up his hood and went out with the collection tin.",
             "The little red coat with a hood sold within an hour.",
             "Rain ran off the hood of her jacket as she talked.",
             "Hood up and head down, he walked the whole round."],
    "cave": ["The children built a cave out of blankets in the back room.",
             "He said the storeroom feels like a cave without a window.",
             "They visited a cave on the school trip and loved it.",
             "Cave paintings were the theme of the drawing corner."],
    "bull": ["There was a bull in the field next to the summer camp.",
             "He went at the heavy boxes like a bull.",
             "She said the whole story was a load of bull and laughed.",
             "Bull or cow, the children wanted to see the animals."],
    "temple": ["He rubbed his temple and said he needed a break.",
               "She visits the temple with her mother on holidays.",
               "The old hall looks a bit like a temple with its columns.",
               "Temple bells were playing on her phone as it rang."],
    "parish": ["The parish hall is where the food bank meets now.",
               "Her aunt still does the flowers for the parish church.",
               "He knows every family in the parish by their dog.",
               "Parish newsletters pile up by the door every month."],
    "monk": ["He lived like a monk for a year to save money.",
             "The children thought the man in the brown robe was a monk.",
             "She said the quiet room made her feel like a monk.",
             "Monk or not, he has the patience for the sorting."],
    "mayor": ["The mayor came to open the new shop and stayed for coffee.",
              "She wrote a letter to the mayor about the bus stop.",
              "They hope the mayor will support the winter collection.",
              "Mayor visits always bring a photographer along."],
    "duke": ["The children played a game with a duke and a dragon.",
             "He joked that he was dressed like a duke in the donated suit.",
             "There is an old painting of a duke in the back corridor.",
             "Duke of the sorting room is what they call him now."],
    "lord": ["Good lord, the queue was out the door this morning.",
             "She said they lived like a lord and lady for one weekend.",
             "Oh lord, I forgot to bring the keys again, she wrote.",
             "Lord knows how they fit everything into that van."],
    "hale": ["At eighty he is still hale and hearty and comes every week.",
             "She looked hale after her holiday by the sea.",
             "The old man stayed hale thanks to his daily walks.",
             "Hale and cheerful, she greeted every customer."],
    "bass": ["He plays bass in a small band on the weekends.",
             "Someone donated a bass guitar with only three strings.",
             "The bass from the party next door shook the windows.",
             "Bass notes came through the wall all afternoon."],
    "squire": ["In the play he was the squire who carried the shield.",
               "The children made a squire costume out of an old curtain.",
               "He said he felt like a squire to the old knight at the till.",
               "Squire and knight were the two parts nobody wanted."],
}  # fmt: skip
_LEAD = ["", "Also, ", "Funny enough, ", "She mentioned that ", "Apparently "]
_TAIL = ["", " That was the gist.", " Or so we were told.", " We all agreed."]


def _own(sentence: str, lead: str, tail: str) -> str:
    body = sentence if not lead else sentence[0].lower() + sentence[1:]
    if lead and sentence.split()[0] in ("I",):
        body = sentence
    return f"{lead}{body}{tail}"


OWN_ORDINARY: dict[str, list[str]] = {
    "en": [
        _own(s, lead, tail)
        for word in sorted(_MEANINGS)
        for s in _MEANINGS[word]
        for lead in _LEAD
        for tail in _TAIL
    ],
    "fi": [],
}


def given(lang: str) -> list[str]:
    return _GIVEN[lang].split()


def family(lang: str) -> list[str]:
    return _FAMILY[lang].split()


def name_words(with_word_names: bool = True) -> set[str]:
    words = {w.lower() for table in (_GIVEN, _FAMILY) for v in table.values() for w in v.split()}
    if with_word_names:
        words |= {w.lower() for w in WORD_NAMES}
    return words


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    with (DATA / "sentences.tsv").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return tuple((lang, source, sentence) for lang, source, sentence in reader)


def pool(lang: str, source: str) -> list[str]:
    return [s for la, so, s in _rows() if la == lang and so == source]


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """Published sentences by language; none holds a name word but a word-name's."""
    import re

    names = name_words(with_word_names=False)
    out: dict[str, list[str]] = {"en": [], "fi": []}
    for lang, _source, sentence in _rows():
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", sentence)}
        if not words & names:
            out[lang].append(sentence)
    return {lang: tuple(v) for lang, v in out.items()}
