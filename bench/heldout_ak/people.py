"""Names, word-names and the published sentences of held-out AK (see README.md). The name lists
are written here from this writer's knowledge; none is copied from a list."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
NAME_LANGS = ("da", "sv", "no", "fi", "en")

_GIVEN = {
    "da": "Mette Lotte Jesper Rasmus Søren Birgitte Kirsten Jørgen Malene Tine Lasse Mikkel "
    "Frederik Sanne Pernille Kasper Nikolaj Trine Dorthe Ulla Jens Morten Signe Mads Kamilla "
    "Torben Bjarke Asger Vibeke Ditte Hjalte Gitte Preben Lisbeth",
    "sv": "Annika Karin Ulrika Åsa Maja Oskar Gustav Fredrik Mattias Jonas Agneta Birgitta "
    "Görel Kerstin Margareta Ylva Johanna Therese Petra Mikael Torbjörn Ragnar Håkan Göran "
    "Pontus Joakim Olle Lovisa",
    "no": "Solveig Ingvild Kari Ragnhild Torill Hege Silje Marit Guro Eirik Håvard Sindre "
    "Øystein Vegard Torstein Geir Terje Kjetil Bård Audun Trond Halvor Synnøve Ingebjørg",
    "fi": "Aino Eeva Leena Päivi Riikka Sanna Tuula Minna Kaisa Jukka Matti Pekka Timo Heikki "
    "Juha Antti Tapani Esa Mikko Teemu Ilkka Jarmo Marjatta Sirkka",
    "en": "Alice Fiona Duncan Imogen Harriet Alistair Bethany Caroline Douglas Eleanor Gordon "
    "Hamish Isobel Jonathan Kirsty Lachlan Morag Nigel Philippa Rhona Stuart Tessa Yvonne "
    "Bronwen Callum Gwendolyn",
    "moved": "Amina Fatuma Hodan Abdirahman Yonas Senait Dawit Parisa Farhad Mehdi Linh Quang "
    "Joselito Maricel Somchai Siriporn Oksana Taras Olena Dmytro Bashir Nasrin Zahra Leyla "
    "Kemal Aylin Mirela Dragan Ilir Besa",
}
_FAMILY = {
    "da": "Nørgaard Kjærsgaard Lauridsen Mikkelsen Thygesen Ravnkilde Dalsgaard Søndergaard "
    "Vestergaard Kristoffersen Frandsen Schou Juhl Brøndum Overgaard Bisgaard Kirkegaard "
    "Thomsen",
    "sv": "Lindqvist Bergström Sjöberg Ekström Holmgren Nyström Sandberg Lundgren Wikström "
    "Engström Hedlund Åkesson Söderlund Blomqvist Dahlgren",
    "no": "Haugland Solberg Fjeldstad Kvamme Bråten Myhre Sæther Rønning Tveit Aasen Grønli "
    "Ødegård Skjelbred Helland",
    "fi": "Korhonen Virtanen Mäkelä Nieminen Heikkinen Hämäläinen Laaksonen Järvinen Lehtonen "
    "Salminen Koskinen Räsänen Kettunen Ahonen Väisänen",
    "en": "Pemberton Ainsworth Cartwright Dunmore Fairbairn Galloway Hargreaves Kilbride "
    "Lockhart McAllister Ormerod Prendergast Rowntree Sinclair Thwaite Whitelaw Abernethy",
    "moved": "Warsame Hussein Tesfaye Gebremedhin Rahimi Karimi Nguyen Tran Santos Reyes "
    "Chaiyaporn Kovalenko Shevchenko Yilmaz Demir Haidari Hoxha Begić",
}
GIVEN_WORD_NAMES = {
    "en": [
        "Norm",
        "Roger",
        "Spike",
        "Chuck",
        "Earl",
        "Laurel",
        "Rosemary",
        "Woody",
        "Rod",
        "Mike",
    ],  # fmt: skip
}
FAMILY_WORD_NAMES = {
    "en": [
        "Player",
        "Button",
        "Worth",
        "Cable",
        "Ball",
        "Deal",
        "Winner",
        "Stamp",
        "Rush",
        "Pace",
        "Shields",
        "Salt",
        "Butcher",
        "Singer",
        "Rider",
    ],  # fmt: skip
}
WORD_NAMES = [*GIVEN_WORD_NAMES["en"], *FAMILY_WORD_NAMES["en"]]
WORD_NAMES_BY_LANG = {"en": WORD_NAMES}

# This set's own sentences using each word-name as the word it is: frames with one slot
# ("{}") filled from `_FILL` (things in a flat), so every word has 4 x 10 sentences of its
# own; the published reviews add theirs (`build_data`, "player", "button", "worth"...).
_FILL = ["the hallway", "the kitchen", "her flat", "his room", "the office", "the laundry",
         "the stairwell", "the common room", "the garden", "the bedroom"]  # fmt: skip
_MEANINGS = {
    "norm": [
        "Keeping the door shut is the norm in {}.",
        "Norm or not, nobody smokes in {} any more.",
        "A quiet evening in {} is the norm, she said.",
        "Tidying {} on a weekday is not the norm here.",
    ],
    "roger": [
        "He answered roger, as on the radio, and went to {}.",
        "Roger that, she said, and carried the bags to {}.",
        "The old walkie-talkie in {} still says roger when you press it.",
        "He says roger instead of yes whenever we tidy {}.",
    ],
    "spike": [
        "There was a spike in the heating bill after the radiator in {} broke.",
        "A spike on the fence by {} tore his jacket.",
        "Spike heels are banned in {} because of the new floor.",
        "After the spike in prices he stopped buying milk for {}.",
    ],
    "chuck": [
        "She wanted to chuck the old newspapers out of {}.",
        "Chuck it in the bin, he said about the broken lamp in {}.",
        "He will chuck the empty boxes from {} tomorrow.",
        "We had chuck steak in {} for once.",
    ],
    "earl": [
        "She keeps a tin of earl grey in {}.",
        "Earl grey tea was all he had in {}.",
        "He made two cups of earl grey and we sat in {}.",
        "The earl grey in {} had gone stale.",
    ],
    "laurel": [
        "The laurel hedge outside {} needs cutting.",
        "Laurel leaves went into the soup she made in {}.",
        "A laurel wreath hangs on the door of {}.",
        "A laurel in a pot stands by the window of {}.",
    ],
    "rosemary": [
        "She grows rosemary on the sill in {}.",
        "Rosemary and thyme were drying in {}.",
        "The smell of rosemary filled {} when she cooked.",
        "He bought a small rosemary plant for {}.",
    ],
    "woody": [
        "The stems of the herbs in {} have gone woody.",
        "Woody old shrubs block the light in {}.",
        "The tea tasted woody, he said, and left it in {}.",
        "The wine was too woody for her, so it stays in {}.",
    ],
    "rod": [
        "The curtain rod in {} came down again.",
        "Rod and line are kept in a corner of {}.",
        "A metal rod holds the shelf in {} up.",
        "He fixed the towel rod in {} with glue.",
    ],
    "mike": [
        "The mike on the headset in {} does not work.",
        "Mike and camera were taped over in {}.",
        "She tested the mike on the laptop in {}.",
        "He talks too close to the mike when he calls from {}.",
    ],
    "player": [
        "The record player in {} plays too fast.",
        "Player two is always her, when they play cards in {}.",
        "He is a keen chess player and keeps a board in {}.",
        "The old cassette player in {} still works.",
    ],
    "button": [
        "The doorbell button by {} sticks.",
        "A button came off his coat in {}.",
        "Button the cushion covers before they go back to {}.",
        "She sewed a button back on in {}.",
    ],
    "worth": [
        "It was worth the walk to {}.",
        "Worth a try, she said, and went to {}.",
        "Is it worth keeping the old sofa in {}?",
        "Nothing in {} is worth much, he said.",
    ],
    "cable": [
        "The cable from the lamp in {} is frayed.",
        "Cable ties keep the mess in {} in order.",
        "A long cable runs from {} to the socket.",
        "He tripped over a cable in {}.",
    ],
    "ball": [
        "A ball of wool lay in {}.",
        "Ball games are not allowed in {}.",
        "The dog left a ball in {}.",
        "She kicked the ball back out of {}.",
    ],
    "deal": [
        "It was a good deal for {}, he said.",
        "Deal with the post first, then {}.",
        "We made a deal about who cleans {}.",
        "It is no big deal if {} stays messy.",
    ],
    "winner": [
        "The winner of the quiz in {} got a cake.",
        "Winner or not, he put the medal up in {}.",
        "The raffle winner was announced in {}.",
        "She felt like a winner after clearing {}.",
    ],
    "stamp": [
        "She needed a stamp for the letter lying in {}.",
        "Stamp collecting keeps him busy in {}.",
        "A stamp album lay open in {}.",
        "He licked the stamp and left it to dry in {}.",
    ],
    "rush": [
        "There is no rush to finish {}.",
        "Rush hour noise reaches {} from the road.",
        "She did not want to rush the move out of {}.",
        "In the rush we forgot the keys in {}.",
    ],
    "pace": [
        "She likes to tidy {} at her own pace.",
        "Pace yourself, he told me in {}.",
        "The pace of the move from {} was slow.",
        "At this pace {} will be ready next month.",
    ],
    "shields": [
        "Draught shields keep the cold out of {}.",
        "The lamp shields in {} were dusty.",
        "Shields of cardboard covered the window of {}.",
        "He made shields for the radiators in {}.",
    ],
    "salt": [
        "There was no salt left in {}.",
        "Salt and pepper stand on the table in {}.",
        "A bag of salt for the steps is kept in {}.",
        "She put salt on the icy path outside {}.",
    ],
    "butcher": [
        "The butcher across from {} sells good sausages.",
        "Butcher paper covers the shelves in {}.",
        "He walked from {} to the butcher for mince.",
        "The butcher's van stops outside {} on market days.",
    ],
    "singer": [
        "The singer next to {} practises every evening.",
        "Singer or not, he hums all day in {}.",
        "A singer on the radio in {} made her cry.",
        "She was a church singer before she moved to {}.",
    ],
    "rider": [
        "A rider on a bike nearly hit us outside {}.",
        "Rider and horse passed {} every morning.",
        "The delivery rider left the parcel in {}.",
        "He was a keen rider before he moved to {}.",
    ],
}
_LEAD = ["", "By the way, ", "As she put it, ", "Then again, ", "He told me that ",
         "Honestly, ", "On the way out, "]  # fmt: skip


def _own(sentence: str, lead: str) -> str:
    return lead + (sentence[0].lower() + sentence[1:] if lead else sentence)


def own_by_word() -> dict[str, list[str]]:
    """This set's word-name sentences by word, each frame with each filler."""
    return {w: [f.format(x) for f in frames for x in _FILL] for w, frames in _MEANINGS.items()}


OWN_ORDINARY: dict[str, list[str]] = {"en": [s for v in own_by_word().values() for s in v]}
LEADS = _LEAD


def given(lang: str) -> list[str]:
    return _GIVEN[lang].split()


def family(lang: str) -> list[str]:
    return _FAMILY[lang].split()


def name_words(with_word_names: bool = True) -> set[str]:
    words = {
        w.lower()
        for lists in (_GIVEN, _FAMILY)
        for v in lists.values()
        for n in v.split()
        for w in re.split(r"[\s-]+", n)
    }
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
    names = name_words(with_word_names=False)
    out: dict[str, list[str]] = {"en": []}
    for lang, _source, sentence in _rows():
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", sentence)}
        if not words & names:
            out[lang].append(sentence)
    return {lang: tuple(v) for lang, v in out.items()}
