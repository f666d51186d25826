"""Development-time generator of `data/names_romanised.txt`: names of Faker's person
providers that the lexicon could not take as they are written.

Never imported at run time: `lexicon.given_names`/`family_names` read the plain file.
Regenerate with (Faker is in the dev virtualenv, the bench extra)

    PYTHONPATH=app python -m bench.build_romanised_names

`bench/build_names.py` takes Faker's Latin-script names only, so the lexicon lacked people
from Ukraine, Russia, North Macedonia and Greece, who live among the study's
participants and whom notes name in Latin letters ("Serhiy", "Tkachenko", "Sofoklis"),
and Faker's Swahili provider (`sw`, "Andwele"), which `WIDER_LOCALES` left out. The
Cyrillic names are romanised as notes of the study's languages write them: the English
way (Ukraine's national system of 2010 for Ukrainian, BGN/PCGN for the others: "Serhiy",
"Yevgeniy"), the Swedish way ("Sjevtjenko") and the German way ("Schewtschenko"); Greek by
ELOT 743 ("Sofoklis"). Each spelling is kept only as `build_names.wider_names` keeps a name
of its wider locales: four letters or more, no word, town or place's name ("Shevchenko" is
a town), no beginning of a common word, no variant one letter from a name the lexicon holds
(so "Jevgenij" beside a listed "Jevgeni" is left out, as are names Faker lacks: "Volodymyr",
"Halyna"), nothing the redactor reads as a word's form.
"""

from __future__ import annotations

import importlib
import unicodedata
from collections.abc import Iterable

from bench.build_names import DATA, safe_wider

CYRILLIC = ("uk_UA", "ru_RU", "mk_MK")
GREEK = ("el_GR",)
LATIN = ("sw",)

_COMMON = dict(
    zip(
        "абвгдезклмнопрстуфь'ʼ",
        ["a", "b", "v", "g", "d", "e", "z", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
         "f", "", "", ""],
        strict=True,
    )
)  # fmt: skip
# Per system, the letters that differ (Ukrainian first where it differs from Russian).
_ENGLISH = {
    "ж": "zh", "и": "i", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ё": "yo", "є": "ye", "і": "i",
    "ї": "yi", "ґ": "g", "ѓ": "gj", "ќ": "kj", "џ": "dzh", "ѕ": "dz", "љ": "lj", "њ": "nj",
    "ј": "j",
}  # fmt: skip
_SWEDISH = {
    "ж": "zj", "и": "i", "й": "j", "х": "ch", "ц": "ts", "ч": "tj", "ш": "sj", "щ": "sjtj",
    "ъ": "", "ы": "y", "э": "e", "ю": "ju", "я": "ja", "ё": "jo", "є": "je", "і": "i",
    "ї": "ji", "ґ": "g", "ѓ": "gj", "ќ": "kj", "џ": "dzj", "ѕ": "dz", "љ": "lj", "њ": "nj",
    "ј": "j",
}  # fmt: skip
_GERMAN = {
    "ж": "sch", "и": "i", "й": "j", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
    "щ": "schtsch", "ъ": "", "ы": "y", "э": "e", "ю": "ju", "я": "ja", "ё": "jo", "є": "je",
    "і": "i", "ї": "ji", "ґ": "g", "в": "w", "ѓ": "gj", "ќ": "kj", "џ": "dsch", "ѕ": "ds",
    "љ": "lj", "њ": "nj", "ј": "j",
}  # fmt: skip
# Ukrainian writes г for h and и for y. Faker's bg_BG is left out: its lists hold made-up
# words beside names ("Аерозол", aerosol).
_UKRAINIAN = {"г": "h", "и": "y"}
# Russian е after a vowel or opening a word is "ye"/"je" in English and Swedish ("Yelena").
_VOWELS = set("аеёиоуыэюяєіїъь")

_GREEK_PAIRS = (
    ("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("μπ", "b"), ("ντ", "nt"), ("γγ", "ng"),
    ("γκ", "gk"), ("θ", "th"), ("χ", "ch"), ("ψ", "ps"), ("ξ", "x"), ("φ", "f"),
    ("α", "a"), ("β", "v"), ("γ", "g"), ("δ", "d"), ("ε", "e"), ("ζ", "z"), ("η", "i"),
    ("ι", "i"), ("κ", "k"), ("λ", "l"), ("μ", "m"), ("ν", "n"), ("ο", "o"), ("π", "p"),
    ("ρ", "r"), ("σ", "s"), ("ς", "s"), ("τ", "t"), ("υ", "y"), ("ω", "o"),
)  # fmt: skip


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def cyrillic(word: str, locale: str) -> set[str]:
    """The English, Swedish and German spellings of a Cyrillic name, lower case."""
    word = unicodedata.normalize("NFC", word.lower())
    spellings = set()
    for table in (_ENGLISH, _SWEDISH, _GERMAN):
        letters = {**_COMMON, **table}
        if locale == "uk_UA":
            letters.update(_UKRAINIAN)
        out = []
        for i, c in enumerate(word):
            if c == "е" and locale == "ru_RU" and (i == 0 or word[i - 1] in _VOWELS):
                out.append("je" if table is not _ENGLISH else "ye")
            else:
                out.append(letters.get(c, c))
        spelling = "".join(out)
        if spelling.isalpha() and spelling.isascii():
            spellings.add(spelling)
    return spellings


def greek(word: str) -> set[str]:
    word = _strip_accents(word.lower())
    out = word
    for pair, latin in _GREEK_PAIRS:
        out = out.replace(pair, latin)
    return {out} if out.isalpha() and out.isascii() else set()


def _provider_names(locale: str) -> tuple[set[str], set[str]]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    given: set[str] = set()
    family: set[str] = set()
    for attribute in dir(provider):
        value = getattr(provider, attribute)
        if not isinstance(value, (tuple, list, dict)):
            continue
        words = {w for name in value for w in str(name).replace("-", " ").split()}
        if attribute.startswith("first_names"):
            given |= words
        elif "last_names" in attribute:
            family |= words
    return given, family


def _romanise(words: Iterable[str], locale: str) -> set[str]:
    out: set[str] = set()
    for word in words:
        if locale in CYRILLIC:
            out |= cyrillic(word, locale)
        elif locale in GREEK:
            out |= greek(word)
        else:
            out.add(unicodedata.normalize("NFC", word.lower()))
    return {w for w in out if w.isalpha()}


def romanised_names() -> tuple[set[str], set[str]]:
    given: set[str] = set()
    family: set[str] = set()
    for locale in CYRILLIC + GREEK + LATIN:
        g, f = _provider_names(locale)
        given |= _romanise(g, locale)
        family |= _romanise(f, locale)
    return safe_wider(given), safe_wider(family - given)


def main() -> None:
    given, family = romanised_names()
    header = (
        f"# {len(given)} given and {len(family)} family names, lower case, as `given<TAB>name`"
        f" or `family<TAB>name`: Faker's person providers (MIT) {', '.join(CYRILLIC)}"
        f" romanised the English, Swedish and German ways, {', '.join(GREEK)} by ELOT 743,"
        f" and {', '.join(LATIN)} as written; only the spellings `build_names` would keep of"
        " a wider locale.\n"
        "# Generated by bench/build_romanised_names.py; do not edit by hand.\n"
    )
    rows = [f"given\t{w}" for w in sorted(given)] + [f"family\t{w}" for w in sorted(family)]
    (DATA / "names_romanised.txt").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(given)} given and {len(family)} family names")


if __name__ == "__main__":
    main()
