"""Held-out AL's names (written here from this writer's knowledge; no list was copied), its
word-names (registered people whose name is also an English word) with the sentences written
for them, and the pools of published sentences (`data/sentences.tsv`, built by
`build_data.py`)."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
NAME_LANGS = ("da", "sv", "no", "fi", "en")

_GIVEN = {
    "da": "Søren Kirsten Jens Hanne Henrik Birgitte Morten Susanne Jesper Pernille Rasmus "
    "Camilla Mikkel Signe Anders Dorthe Kasper Tine Mads Lisbeth Niels Gitte Torben Malene "
    "Frederik Janne Ulrik Bodil Asger Ditte Jørgen Vibeke Thorkild Karen",
    "sv": "Göran Birgitta Lennart Margareta Ulf Ingrid Mats Agneta Kjell Gunilla Åsa Tobias "
    "Elsa Oskar Maja Ludvig Jonas Frida Mattias Hanna Petter Stina Torsten Ylva Sixten Barbro "
    "Leif Majvor",
    "no": "Trond Solveig Geir Randi Håkon Ingvild Øyvind Kari Sindre Marit Eirik Tove Vegard "
    "Hilde Torstein Sigrid Jostein Åshild Espen Halvor Ragnhild Audun Synnøve Torgeir",
    "fi": "Jukka Päivi Timo Sirpa Riitta Ilkka Tuula Pekka Marjatta Antero Hannele Jouni Sari "
    "Veikko Eija Mikko Anneli Heikki Leena Tapio Pirjo Jari Kaisa Olli",
    "en": "Nigel Gillian Trevor Maureen Clive Beverley Gareth Siobhan Declan Fiona Graham "
    "Hilary Duncan Kirsty Alistair Rhiannon Colin Tracey Malcolm Imogen Rupert Niamh Stuart "
    "Bryony Callum Dermot",
    "moved": "Abdirahman Hodan Faduma Semhar Yonas Shirin Dariush Zarmina Farid Rasha Khaled "
    "Thanh Linh Agnieszka Tomasz Emina Adnan Dilan Rebin Siriporn Nasra Abdullahi Mersiha "
    "Huong Oksana Bohdan Zainab Tesfay",
}
_FAMILY = {
    "da": "Nørgaard Kjærsgaard Mikkelsen Thomsen Lauridsen Kristiansen Bundgaard Frandsen "
    "Dalsgaard Søndergaard Vestergaard Østergaard Juhl Kirkegaard Hald Bak Gregersen Villadsen",
    "sv": "Lindqvist Bergström Sjöberg Nyström Hedlund Holmgren Engström Wikström Lundgren "
    "Forsberg Sandström Åberg Ekholm Nordin Hellström Öhman",
    "no": "Haugland Bjørnstad Solberg Rønning Kvamme Aasen Lunde Myhre Tveit Fossum Nygård "
    "Sæther Ødegård Eide Hovland Rognstad",
    "fi": "Korhonen Virtanen Mäkinen Nieminen Heikkinen Koskinen Järvinen Lehtonen Hämäläinen "
    "Laaksonen Salminen Kettunen Rantanen Turunen Pesonen Hyvönen",
    "en": "Whitfield Pemberton Harrington Ashworth Kettering Hollis Marchbank Redfern "
    "Thistlewood Oakes Fairbairn Bellamy Crowther Lumsden Pickering Dunstan Ormerod",
    "moved": "Warsame Ghebremedhin Hosseini Rahimi Haddad Nguyen Kowalczyk Hadžić Osman "
    "Tesfaye Mohammadi Sultani Karimi Farah Abdi Tran Bondarenko Demir",
}
GIVEN_WORD_NAMES = {
    "en": ["Trace", "Glory", "Tad", "Prince", "Ivory"],
    "sv": ["Urban"],
    "da": ["Bent", "Lone"],
}
FAMILY_WORD_NAMES = {
    "en": [
        "Smart",
        "Fair",
        "Witty",
        "Worthy",
        "Wake",
        "Stark",
        "Golden",
        "Ransom",
        "Shine",
        "Diamond",
        "Fancy",
        "Petty",
        "Shell",
        "Flood",
        "Sole",
        "Hearty",
    ],
    "sv": ["Brink"],
}
WORD_NAMES = [w for d in (GIVEN_WORD_NAMES, FAMILY_WORD_NAMES) for v in d.values() for w in v]
WORD_NAMES_BY_LANG = {"en": WORD_NAMES}  # the word-names' sentences are all English

_FILL = [
    "in the small hall",
    "after the credits",
    "during the break",
    "in the back row",
    "by the kiosk",
    "on the bus home",
    "over coffee",
    "before the lights went down",
    "in the lobby",
    "at the door",
]
# word -> sentences written here with "{F}" for a place or moment: the word as the ordinary word,
# lower case inside, capitalised at a sentence's start, capitalised inside as a title, a room,
# a product or a shop, and after a comma
_MEANINGS = {
    "trace": [
        "There was no trace of the remote control {F}.",
        "Trace the cable back to the wall and you find the fault, he said {F}.",
        "We saw the old film Trace of Smoke {F}, and nobody liked it.",
        "She left, without a trace of the bad mood from last week, {F}.",
    ],
    "glory": [
        "He basked in the glory of having fixed the sound {F}.",
        "Glory be, the projector started first time {F}.",
        "The sweets were from the Glory bakery and went fast {F}.",
        "Sadly, glory fades when the bulb blows {F}.",
    ],
    "tad": [
        "The film ran a tad long for most of the room {F}.",
        "A tad too loud, someone said {F}.",
        "We ordered the Tad popcorn tin for the season {F}.",
        "Honestly, a tad more light would have helped {F}.",
    ],
    "prince": [
        "The prince in the film was the least likeable person in it, she said {F}.",
        "Prince or pauper, everyone queued for coffee {F}.",
        "The old Prince cinema closed years ago, he told us {F}.",
        "In the end, the prince got the frog he deserved, she joked {F}.",
    ],
    "ivory": [
        "The keys of the old piano were yellow as ivory {F}.",
        "Ivory curtains hung over the screen {F}.",
        "We met in the Ivory room because the big hall was booked {F}.",
        "Pale, ivory light came from the corridor {F}.",
    ],
    "urban": [
        "It was an urban legend about a haunted cinema {F}.",
        "Urban noise from the street came through the thin walls {F}.",
        "He liked the Urban cafe better than the clubhouse kitchen {F}.",
        "Quiet, urban films suit this circle best, she thought {F}.",
    ],
    "bent": [
        "The screen had a bent corner that nobody could fix {F}.",
        "Bent over the projector, he swore quietly {F}.",
        "She brought the Bent Spoon comic she had been talking about {F}.",
        "He was hell bent on showing the whole trilogy {F}.",
    ],
    "lone": [
        "A lone member waited outside in the rain {F}.",
        "Lone voices in the dark kept asking what was happening {F}.",
        "The film Lone Star Road had no subtitles at all {F}.",
        "Still, a lone cup of coffee was left on the table {F}.",
    ],
    "smart": [
        "That was a smart way to hang the screen {F}.",
        "Smart people fall asleep in films too, she said {F}.",
        "The new Smart TV in the lounge is too small for the circle {F}.",
        "Quite smart, the way he fixed the speaker with tape {F}.",
    ],
    "fair": [
        "It is only fair that the newest member picks next time {F}.",
        "Fair enough, we can watch the comedy first {F}.",
        "The Fair Trade stall sold coffee to the circle {F}.",
        "To be fair, the sound was better than last time {F}.",
    ],
    "witty": [
        "The dialogue was witty and quick {F}.",
        "Witty remarks from the back row got the biggest laugh {F}.",
        "The Witty Owl quiz night took the hall the week after {F}.",
        "Sharp and witty, she summed the film up in one line {F}.",
    ],
    "worthy": [
        "It was a worthy film, but a slow one {F}.",
        "Worthy causes collect in the tin by the door {F}.",
        "The Worthy fund paid for the new projector bulb {F}.",
        "Long, worthy and dull, was his verdict {F}.",
    ],
    "wake": [
        "Please wake me when the credits roll, he said {F}.",
        "Wake up, the film is over, someone whispered {F}.",
        "The film Wake of the Ferry was chosen by vote {F}.",
        "He stayed, in the wake of the others leaving, to stack chairs {F}.",
    ],
    "stark": [
        "The contrast between the two halves of the film was stark {F}.",
        "Stark white light came from the projector when the film snapped {F}.",
        "We moved to Stark Hall when the heating failed {F}.",
        "Plain and stark, the poster said nothing about the plot {F}.",
    ],
    "golden": [
        "The golden light at the end of the film made her cry {F}.",
        "Golden syrup went into the flapjacks she brought {F}.",
        "The old Golden cinema had velvet seats, he remembered {F}.",
        "Warm and golden, the lamps came up after the film {F}.",
    ],
    "ransom": [
        "The plot turned on a ransom that was never paid {F}.",
        "Ransom notes made of newspaper letters were on the poster {F}.",
        "The board game Ransom was played while the film rewound {F}.",
        "In short, a ransom plot with no surprises, she said {F}.",
    ],
    "shine": [
        "The actors really shine in the second half {F}.",
        "Shine a torch on the steps for the ones coming late {F}.",
        "Someone had spilled Shine polish on the front row {F}.",
        "Finally, a chance for the quiet members to shine {F}.",
    ],
    "diamond": [
        "The film was about a diamond stolen from a museum {F}.",
        "Diamond patterns covered the old carpet {F}.",
        "The Diamond kiosk sold the cheapest sweets in town {F}.",
        "Rough, a diamond of a film, he said {F}.",
    ],
    "fancy": [
        "Nobody wanted anything fancy, just tea and biscuits {F}.",
        "Fancy a second film, the host asked {F}.",
        "The Fancy Dress evening was moved to the spring {F}.",
        "Nothing fancy, just a good story, she said {F}.",
    ],
    "petty": [
        "The argument about the remote was petty, and they both knew it {F}.",
        "Petty squabbles about seats have stopped this season {F}.",
        "The Petty Cash tin was empty again {F}.",
        "Small and petty, the quarrel was over in a minute {F}.",
    ],
    "shell": [
        "He came out of his shell during the talk afterwards {F}.",
        "Shell suits were the costume theme, to everyone's horror {F}.",
        "The taxi stopped at the Shell station to ask the way {F}.",
        "Slowly, the shell of the old cinema is being turned into flats {F}.",
    ],
    "flood": [
        "The film opened with a flood in a small town {F}.",
        "Flood warnings kept two members at home {F}.",
        "We watched After the Flood, a title everyone got wrong {F}.",
        "Suddenly, a flood of questions came from the back {F}.",
    ],
    "sole": [
        "Her sole wish was a film with a happy ending {F}.",
        "Sole responsibility for the keys is the host's {F}.",
        "The snack bar sold Sole crisps and nothing else {F}.",
        "In the end, the sole survivor of the film was the dog {F}.",
    ],
    "hearty": [
        "There was hearty soup before the film {F}.",
        "Hearty laughter filled the room at the chase scene {F}.",
        "The Hearty soup kitchen lent us twenty chairs {F}.",
        "Warm and hearty, the applause went on for a while {F}.",
    ],
    "brink": [
        "The hero was on the brink of giving up {F}.",
        "Brink of disaster, he called it, when the bulb flickered {F}.",
        "The film The Brink is next on the list {F}.",
        "Once again, the brink of the stage was where the cables ran {F}.",
    ],
}
# the other capitalised words of the titles, rooms and products the word-names stand in
TITLE_WORDS = {
    "Smoke",
    "Spoon",
    "Star",
    "Road",
    "Trade",
    "Owl",
    "Ferry",
    "Hall",
    "TV",
    "Dress",
    "Cash",
    "After",
    "The",
    "I",
}
_LEAD = [
    "",
    "As she put it, ",
    "He told me that ",
    "I noted that ",
    "Someone said that ",
    "By the way, ",
]


def _own(sentence: str, lead: str) -> str:
    return lead + sentence[0].lower() + sentence[1:] if lead else sentence


@cache
def own_by_word() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for word, frames in _MEANINGS.items():
        kept: list[str] = []
        for frame in frames:
            for fill in _FILL:
                base = frame.replace("{F}", fill)
                for lead in _LEAD[:3]:
                    s = _own(base, lead)
                    if s and s not in kept:
                        kept.append(s)
        out[word] = kept
    return out


OWN_ORDINARY: dict[str, list[str]] = {"en": [s for v in own_by_word().values() for s in v]}
LEADS = _LEAD


def given(lang: str) -> list[str]:
    return _GIVEN[lang].split()


def family(lang: str) -> list[str]:
    return _FAMILY[lang].split()


def name_words(with_word_names: bool = True) -> set[str]:
    words = {w.lower() for lang in _GIVEN for w in given(lang) + family(lang)}
    if with_word_names:
        words |= {w.lower() for w in WORD_NAMES}
    return words


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    with (DATA / "sentences.tsv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t")
        next(reader)
        return tuple((r[0], r[1], r[2]) for r in reader)


def pool(lang: str, source: str) -> list[str]:
    return [s for lg, src, s in _rows() if lg == lang and src == source]


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """Published sentences by language, without any that holds a name word of this set (the
    word-names aside)."""
    names = name_words(with_word_names=False)
    out: dict[str, list[str]] = {}
    for lang, _src, s in _rows():
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", s)}
        if words & names:
            continue
        out.setdefault(lang, []).append(s)
    return {k: tuple(v) for k, v in out.items()}
