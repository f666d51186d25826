"""A stranger in the Finnish genitive before a postposition of a person's company or home or
before a relative: "Xhevdetin kanssa" (with Xhevdet), "asuu Xhevdetin luona" (at Xhevdet's),
"Xhevdetin äiti soitti" (Xhevdet's mother).

A capitalised word nobody knows is a name only where the setting says so (`unregistered`
rule 7). In Finnish a person's company and home are said by the genitive before "kanssa",
"luona", "luokse", "luota", "kera", and a relative by the genitive before the relation
("äiti", "veljensä"): bodies and places take other postpositions ("Kelan mukaan", "Helsingin
kautta", "Tampereen lähellä"), which are left out, and a town is no one's mother. Where a
published Finnish sentence has "hänen kanssaan", "hänen luonaan" or "hänen äitinsä", a note
writes the person's genitive; the word must end as a genitive does ("-n") and be no known
word (the caller passes only class U), nor a town's genitive ("Oulun luona", near Oulu;
`name_inflection.bases`).

A registered name whose genitive is a word as well ("Marjan", of a berry; "Oton", of a
withdrawal; "Siskon", of a sister) is left by the lower-case passes; capitalised where a
sentence starts, the capital says nothing either. Before the same postpositions and
relatives, before "mielestä" (in one's view) or a verb of necessity whose subject is a
genitive ("Siskon pitäisi", Sisko should), or before a noun with the third person's
possessive suffix that agrees with a person ("Oton kilpailijansa", "Marjan rakkain
harrastuksensa": what a note writes where the published sentence had "hänen"), it is the
person (`registered_owners`). A body says "Kelan mukaan", not "Kelan mielestään". So too the
adessive before "on"/"oli"/"ei", Finnish's "have" ("Arvolla on kipuja", Arvo has pains):
what a note writes where the published sentence had "hänellä"; not a noun of time's
("Aamulla oli kipuja", in the morning, though Aamu is a name).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from collections.abc import Set as AbstractSet

from casebook.deid import lexicon, whole_words
from casebook.deid.context import sentence_start
from casebook.deid.name_inflection import bases

# Postpositions of company and home (with and without the possessive suffix).
COMPANY = frozenset(
    {
        "kanssa",
        "kanssaan",
        "luona",
        "luonaan",
        "luokse",
        "luokseen",
        "luota",
        "luotaan",
        "kera",
    }
)
# Relatives, bare and with the third person's possessive suffix ("äitinsä", "veljensä").
KIN = frozenset(
    {
        "äiti",
        "isä",
        "veli",
        "sisko",
        "sisar",
        "vaimo",
        "mies",
        "aviomies",
        "puoliso",
        "avopuoliso",
        "poika",
        "tytär",
        "lapsi",
        "lapset",
        "ystävä",
        "naapuri",
        "tyttöystävä",
        "poikaystävä",
        "serkku",
        "täti",
        "setä",
        "eno",
        "mummo",
        "vaari",
        "isoäiti",
        "isoisä",
        "äitinsä",
        "isänsä",
        "veljensä",
        "siskonsa",
        "sisarensa",
        "vaimonsa",
        "miehensä",
        "aviomiehensä",
        "puolisonsa",
        "avopuolisonsa",
        "poikansa",
        "tyttärensä",
        "lapsensa",
        "ystävänsä",
        "naapurinsa",
        "tyttöystävänsä",
        "poikaystävänsä",
        "serkkunsa",
        "tätinsä",
        "setänsä",
        "enonsa",
        "mumminsa",
        "mummonsa",
        "isoäitinsä",
        "isoisänsä",
    }
)
# A person's home: the flat and the home, in the cases a note writes them ("Villyn asunto on
# toisessa kerroksessa", "Villyn kotona"); a town's or a body's flats are said otherwise
# ("Helsingin kaupungin asunnot"), and a town's genitive is left out below.
HOME = frozenset("asunto asunnossa asunnolla asuntoon asunnosta koti kotona kotiin kotoa".split())
_NEXT = re.compile(r"[ \t]+([^\W\d_]+)")


def owner(low: str, start: int, end: int) -> bool:
    """Whether the unknown word low[start:end] is a genitive ("-n", four letters or more, or
    a foreign name with ":n", "Xhevdet:n") right before a postposition of company or home,
    a relative or the person's flat or home ("Villyn asunto")."""
    if low.startswith(":n", end):
        after = end + 2
    elif end - start >= 4 and low[end - 1] == "n":
        after = end
    else:
        return False
    following = _NEXT.match(low, after)
    if following is None or not (
        following.group(1) in COMPANY or following.group(1) in KIN or following.group(1) in HOME
    ):
        return False
    places = lexicon.places()
    return not any(base in places for base in bases(low[start:end]))


# What only a person's genitive stands before besides company, home and relatives: a view
# ("Siskon mielestä") and the necessive verbs, whose subject is in the genitive.
_PERSONAL = frozenset("mielestä mielestään pitäisi täytyy täytyi täytyisi".split())
# The third person's possessive suffix on a noun, bare ("kirjansa") or after a case
# ("kohdaltaan", "luonaan", "mielessään"), and adverbs that carry it frozen, with no owner.
_POSSESSED = ("nsa", "nsä", "ltaan", "ltään", "llaan", "llään", "staan", "stään", "ssaan",
              "ssään", "lleen", "kseen", "naan", "nään")  # fmt: skip
_FROZEN = frozenset(
    """puolestaan vuorostaan itsestään kokonaan ainoastaan ennestään viimeistään tahallaan
    sinänsä yleensä ylipäänsä yksinään sellaisenaan kaikkiaan enimmäkseen mielellään
    hiljalleen toisinaan ennallaan paikallaan paikoillaan""".split()
)
# "Arvolla on" (Arvo has): the adessive before "olla" is who has something, Finnish's "have".
_HAVE = frozenset("on oli olisi ei".split())
# Nouns of time, some of them given names too (Aamu, Ilta, Syksy): their adessive is when
# ("Aamulla oli kipuja", in the morning), not who has.
_TIMES = frozenset("aamu ilta yö päivä kesä talvi kevät syksy viikko hetki".split())
_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


_CASE_ENDS = ("n", "lla", "llä")


def registered_owners(
    text: str,
    low: str,
    tokens: AbstractSet[str],
    registered: AbstractSet[str],
    openings: AbstractSet[str],
) -> list[tuple[int, int]]:
    """Where a capitalised genitive of a registered one-word form (`registered`, lower case;
    `openings` their first two letters: a case may grade the third, "Oton" of Otto) opens a
    sentence before what only a person's genitive stands before (module docstring). `tokens`
    are the white-space tokens of `low`: only those that open as a registered form does and
    end as a genitive or an adessive are looked for in the text."""
    return owners_among(text, low, [t for t in tokens if owner_token(t, registered, openings)])


def owner_token(token: str, registered: AbstractSet[str], openings: AbstractSet[str]) -> bool:
    """Whether a white-space token of a lower-cased note opens as a registered one-word form
    does (`openings`: their first two letters) and ends as its genitive or adessive: the
    tokens `registered_owners` looks for (a function of the token and the registry only, so
    that a caller may judge each token once: `registered_cases.RegisteredCases`)."""
    return (
        token[:2] in openings
        and token.endswith(_CASE_ENDS)
        and len(token) > 3
        and token.isalpha()
        and token not in registered
        and any(b in registered for b in bases(token))
    )


def owners_among(text: str, low: str, words: Collection[str]) -> list[tuple[int, int]]:
    """`registered_owners` for the tokens `words` that `owner_token` accepted."""
    if not words:
        return []
    found = []
    for start, end in whole_words.between_non_word(low, words):
        if not text[start].isupper():
            continue
        word = low[start:end]
        if word.endswith("n"):
            owned = _owned(low, end)
        else:
            following = _WORD.match(low, end)
            owned = (
                following is not None
                and following.group(1) in _HAVE
                and not any(b in _TIMES for b in bases(word))
            )
        if owned and sentence_start(text, start):
            found.append((start, end))
    return sorted(found)


def _owned(low: str, end: int) -> bool:
    first = _WORD.match(low, end)
    if first is None:
        return False
    word = first.group(1)
    if word in COMPANY or word in KIN or word in _PERSONAL or _possessed(word):
        return True
    second = _WORD.match(low, first.end())
    return second is not None and _possessed(second.group(1))


def _possessed(word: str) -> bool:
    return (
        len(word) > 5
        and word.endswith(_POSSESSED)
        and word not in _FROZEN
        and not word.endswith(("mistaan", "mistään"))  # "ennen lähtemistään": a verb's noun
    )
