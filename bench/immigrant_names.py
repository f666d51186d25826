"""Names of the largest groups born abroad, nobody registered, in published sentences: recall
per group and per language on treebanks no held-out set is built from.

    PYTHONPATH=.:app .venv/bin/python -m bench.immigrant_names --ud DIR [--show N] [--per N]

Sentences: Universal Dependencies treebanks other than those of `real_sentences` and held-out
J, read from DIR (a folder holding `UD_<name>/` clones): Swedish-Talbanken (CC BY 4.0,
commit 30067217), English-EWT (CC BY-SA 4.0, commit 15d613d8), German-GSD's dev file (CC
BY-SA 4.0, commit 297fcf35; `real_sentences` reads its test file) and Norwegian-Nynorsk's dev
file (CC BY-SA 4.0, commit d332ca71; `real_sentences` reads its test file). In each sentence
holding a third-person pronoun of a person, the first one is replaced by a name: Swedish
"han"/"hon", Norwegian "han"/"ho"/"hun", English "he"/"she"/"him", German "er"/"ihn"/"ihm"
by the name, and the possessive ("hans", "hennes", "hennar", "his"; German "sein" is left
out) by its genitive ("Aylins", "Jonas'", "Dev's"). Sentences holding a digit are skipped.

Names, by group (the largest groups born abroad in the Nordic countries and the UK):
Turkish, Polish, Croatian/Bosnian/Serbian and Azerbaijani from mimesis 22.2 (`tr`, `pl`,
`hr`, `az`; MIT; no source of the lexicon), and, romanised, Arabic (Algeria, `fr_DZ`),
Urdu/Punjabi (`en_PK`), Thai (`en_TH`) and Vietnamese (`vi_VN`) from Python Faker 40.54's
person providers (MIT; the lexicon took these locales' names only where they are no word,
town or short form, so this measures what its filters left out and what context finds).
Neither library has romanised Somali, Tigrinya, Kurdish, Persian or Albanian names: those
groups are not measured here. Each case is a given name, a family name or both, at random.

Reported: recall per group and per language, name capitalised (`unregistered`) and in lower
case (`lower`); a name counts as caught when a redaction covers every letter of it. Words the
redactor removes elsewhere in the sentence are counted too (`other removed`): a measure of
what a rule costs on the same sentences. `lower` is a name NOBODY registered typed in lower
case: only a setting can find it (`lowercase_names.py`), so its low figure is no measure of
registered names. Lower case is typed, not computed: Turkish "İ" is "i" ("ibrahimli"), not
Python's "i" and a combining dot.

`--registered` measures registered names instead (every name of the sentences in the
registry): typed in lower case (`registered lower`) and in lower case without their letters'
marks where that differs (`registered plain`: "sukru" for Şükrü, "xedice" for Xədicə, "nguyen"
for Nguyễn), on a development share and a held-out share of names (crc32 % 4 == 0) that rules
are not written from.
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry

TREEBANKS = {
    "sv": ("UD_Swedish-Talbanken", ("sv_talbanken-ud-test.conllu", "sv_talbanken-ud-dev.conllu")),
    "en": ("UD_English-EWT", ("en_ewt-ud-test.conllu", "en_ewt-ud-dev.conllu")),
    "de": ("UD_German-GSD", ("de_gsd-ud-dev.conllu",)),
    "no": ("UD_Norwegian-Nynorsk", ("no_nynorsk-ud-dev.conllu",)),
}
PRONOUNS = {
    "sv": {"han": "nom", "hon": "nom", "hans": "gen", "hennes": "gen"},
    "no": {"han": "nom", "ho": "nom", "hun": "nom", "hans": "gen", "hennar": "gen"},
    "en": {"he": "nom", "she": "nom", "him": "nom", "his": "gen"},
    "de": {"er": "nom", "ihm": "nom", "ihn": "nom"},
}
MIMESIS = {"turkish": "tr", "polish": "pl", "bcs": "hr", "azerbaijani": "az"}
FAKER = {"arabic": "fr_DZ", "urdu": "en_PK", "thai": "en_TH", "vietnamese": "vi_VN"}
_NAME = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)?")


def _clean(names: set[str]) -> list[str]:
    return sorted(n for n in names if _NAME.fullmatch(n) and n[0].isupper() and len(n) >= 2)


def group_names(seed: int) -> dict[str, tuple[list[str], list[str]]]:
    """(given names, family names) of each group."""
    from mimesis import Person

    out: dict[str, tuple[list[str], list[str]]] = {}
    rng = random.Random(seed)
    for group, locale in MIMESIS.items():
        person = Person(locale, seed=rng.randrange(1 << 30))
        given = {person.first_name().strip() for _ in range(600)}
        family = {person.last_name().strip() for _ in range(600)}
        out[group] = (_clean(given), _clean(family))
    for group, locale in FAKER.items():
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        given_set: set[str] = set()
        family_set: set[str] = set()
        for attribute in dir(provider):
            value = getattr(provider, attribute)
            if not isinstance(value, (tuple, list, dict)):
                continue
            words = {w for n in value for w in str(n).split()}
            if attribute.startswith(("first_names", "first_name_", "middle_names")):
                given_set |= words
            elif attribute.startswith("last_names"):
                family_set |= words
        out[group] = (_clean(given_set), _clean(family_set))
    return out


def conllu_texts(path: Path) -> list[str]:
    return [
        line[len("# text = ") :].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text = ")
    ]


def genitive(name: str, language: str) -> str:
    if language == "en":
        return name + "'s"
    return name + ("'" if name[-1] in "sxz" else "s")


def cases(
    language: str, texts: list[str], groups: dict[str, tuple[list[str], list[str]]], seed: int
) -> list[tuple[str, str, str, str]]:
    """(group, sentence, the name as written, the name) for each sentence with a pronoun."""
    rng = random.Random(seed)
    words = PRONOUNS[language]
    pattern = re.compile(r"\b(" + "|".join(words) + r")\b", re.IGNORECASE)
    order = sorted(groups)
    out = []
    for n, text in enumerate(texts):
        match = pattern.search(text)
        if not match or re.search(r"\d|@", text):
            continue
        group = order[n % len(order)]
        given, family = groups[group]
        shape = rng.random()
        if shape < 0.4:
            name = rng.choice(given)
        elif shape < 0.6:
            name = rng.choice(family)
        else:
            name = f"{rng.choice(given)} {rng.choice(family)}"
        written = genitive(name, language) if words[match.group().lower()] == "gen" else name
        sentence = text[: match.start()] + written + text[match.end() :]
        out.append((group, sentence, written, name))
    return out


def measure(rows: list[tuple[str, str, str, str, str]], show: int = 0) -> dict[str, float]:
    """rows: (language, group, sentence, written, name)."""
    redactor = Redactor(Registry([]))
    hits: Counter[tuple[str, str]] = Counter()
    seen: Counter[tuple[str, str]] = Counter()
    other = Counter()
    missed: list[str] = []
    for language, group, text, written, name in rows:
        for variant in ("unregistered", "lower"):
            form = typed_lower(name) if variant == "lower" else name
            shown = written.replace(name, form, 1)
            sentence = text.replace(written, shown, 1)
            at = sentence.index(shown)
            spans = redactor.spans(sentence)
            letters = [i for i in range(at, at + len(form)) if sentence[i].isalpha()]
            caught = all(any(s[0] <= i < s[1] for s in spans) for i in letters)
            other[variant] += sum(1 for s in spans if s[1] <= at or s[0] >= at + len(shown))
            for key in (language, group, "all"):
                seen[(key, variant)] += 1
                hits[(key, variant)] += caught
            if not caught and variant == "unregistered" and len(missed) < show:
                marked = f"{sentence[:at]}[[{shown}]]{sentence[at + len(shown) :]}"
                missed.append(f"{language} {group}: {marked}")
    figures: dict[str, float] = {}
    keys = sorted({k for k, _ in seen}, key=lambda k: (k == "all", len(k) > 2, k))
    for key in keys:
        parts = []
        for variant in ("unregistered", "lower"):
            n = seen[(key, variant)]
            figures[f"{key} {variant}"] = hits[(key, variant)] / max(1, n)
            share = figures[f"{key} {variant}"]
            parts.append(f"{variant} {share:.3f} ({hits[(key, variant)]}/{n})")
        print(f"{key:12} " + ", ".join(parts))
    print(f"other spans in the same sentences: {other['unregistered']} ({len(rows)} sentences)")
    for line in missed:
        print("  missed", line)
    return figures


def typed_lower(name: str) -> str:
    """`name` as typed in lower case: Turkish "İ" is "i", not "i" and a combining dot."""
    return name.replace("İ", "I").lower()


# Letters a keyboard without them replaces by another, which Unicode does not decompose: the
# bench's own table, so that what it measures does not follow the redactor's folding.
_PLAIN = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ə": "e", "ø": "o", "æ": "ae", "ß": "ss"})


def unmarked(word: str) -> str:
    """`word` without its letters' marks, as typed on a keyboard without them."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def measure_registered(rows: list[tuple[str, str, str, str, str]], show: int = 0) -> None:
    """Registered names typed in lower case, with and without their letters' marks, per share."""
    names = sorted({row[4] for row in rows})
    redactor = Redactor(Registry([NameEntry(f"p:{i}", n, f"[P{i}]") for i, n in enumerate(names)]))
    hits: Counter[tuple[str, str]] = Counter()
    seen: Counter[tuple[str, str]] = Counter()
    missed: list[str] = []
    for language, group, text, written, name in rows:
        share = "held-out" if zlib.crc32(name.encode()) % 4 == 0 else "dev"
        lower = typed_lower(name)
        for variant, form in (("lower", lower), ("plain", unmarked(lower))):
            if variant == "plain" and form == lower:
                continue
            shown = written.replace(name, form, 1)
            sentence = text.replace(written, shown, 1)
            at = sentence.index(shown)
            spans = redactor.spans(sentence)
            letters = [i for i in range(at, at + len(form)) if sentence[i].isalpha()]
            caught = all(any(s[0] <= i < s[1] for s in spans) for i in letters)
            for key in (share, f"{share} {language}", f"{share} {group}"):
                seen[(key, variant)] += 1
                hits[(key, variant)] += caught
            if not caught and share == "dev" and len(missed) < show:
                marked = f"{sentence[:at]}[[{shown}]]{sentence[at + len(shown) :]}"
                missed.append(f"{variant} {language} {group}: {marked}")
    for key in sorted({k for k, _ in seen}, key=lambda k: (len(k.split()), k)):
        parts = []
        for variant in ("lower", "plain"):
            n = seen[(key, variant)]
            if n:
                share = hits[(key, variant)] / n
                parts.append(f"registered {variant} {share:.3f} ({hits[(key, variant)]}/{n})")
        print(f"{key:22} " + ", ".join(parts))
    for line in missed:
        print("  missed", line)


def load(ud: Path, seed: int, per: int) -> list[tuple[str, str, str, str, str]]:
    groups = group_names(seed)
    rows = []
    for language, (folder, files) in TREEBANKS.items():
        texts: list[str] = []
        for name in files:
            texts += conllu_texts(ud / folder / name)
        for group, text, written, name in cases(language, texts, groups, seed)[:per]:
            rows.append((language, group, text, written, name))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--per", type=int, default=500, help="sentences per language at most")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--registered", action="store_true", help="registered, in lower case")
    args = parser.parse_args()
    rows = load(args.ud, args.seed, args.per)
    if args.registered:
        measure_registered(rows, args.show)
    else:
        measure(rows, args.show)


if __name__ == "__main__":
    main()
