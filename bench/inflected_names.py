"""Names nobody registered, inflected as Finnish, Norwegian and English sentences write them:
recall on published sentences whose pronouns are replaced by names.

    PYTHONPATH=.:app .venv/bin/python -m bench.inflected_names [--conllu FILE ...] [--show N]

Sentences: `bench/real_sentences` (Finnish-OOD and -PUD, Norwegian-Nynorsk and -NynorskLIA,
English-ESLSpok and -PUD) and any further CoNLL-U files given (UD_Finnish-FTB, CC BY 4.0, at
commit 2dd197c, was read for the figures of `docs/development.md`; never a treebank held-out J
is built from: Danish-DDT, Norwegian-Bokmaal, Finnish-TDT). In each sentence holding a
third-person pronoun, the first one is replaced by a name in the pronoun's case: Finnish
"hän", "hänen", "häntä", "hänelle", "hänestä", ... by the name in that case, inflected here
with the language's rules (consonant gradation, linking "i" after a consonant, "-nen" to
"-se-"; `finnish_case`); Norwegian "han"/"ho"/"hun" by the name and "hans"/"hennar"/"hennes"
by its genitive ("Mettes", "Jonas'"); English "he"/"she"/"him" by the name and "his" by
"NAME's". The names are mimesis's (its `fi`, `no`, `da`, `en` and `tr` person data: no source
of the lexicon) and, with `--pool FILE`, the lines of a file of further names.

Reported per language and in all: recall of the names written capitalised (`unregistered`),
the same sentences with the name in lower case (`lower`), and with the name registered
(`registered`, `registered lower`); a name counts as caught when a redaction covers its
first letter.

With `--misspell ERRORS` (Peter Norvig's `spell-errors.txt`, as `bench/real_misspellings.py`
reads it) each registered name is also written misspelt before it is inflected
(`registered misspelt`): the held-out half of that error model's edits (`real_misspellings`:
never the half rules are written from), names of four letters or more, and no misspelling
that is a word, a name of the lexicon or another registered form. A misspelt registered name
in a Finnish case ("Aksalin" for Aksel's) counts as caught as the others do.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry

from bench.real_sentences import sentences

SOURCES = {
    "fi": ("fi_ood", "fi_pud"),
    "no": ("no_nynorsk", "no_nynorsklia"),
    "en": ("en_eslspok", "en_pud"),
}
# pronoun -> case (Finnish), or "name"/"gen" (Norwegian, English)
PRONOUNS = {
    "fi": {
        "hän": "nom",
        "hänen": "gen",
        "hänet": "gen",
        "häntä": "par",
        "hänelle": "lle",
        "häneltä": "lta",
        "hänellä": "lla",
        "hänestä": "sta",
        "hänessä": "ssa",
        "häneen": "ill",
        "hänenä": "ess",
        "häneksi": "ksi",
    },
    "no": {
        "han": "nom",
        "ho": "nom",
        "hun": "nom",
        "hans": "gen",
        "hennar": "gen",
        "hennes": "gen",
    },  # fmt: skip
    "en": {"he": "nom", "she": "nom", "him": "nom", "his": "gen"},
}
_VOWELS = "aeiouyäö"
_WEAK = (("kk", "k"), ("pp", "p"), ("tt", "t"), ("nt", "nn"), ("mp", "mm"), ("lt", "ll"),
         ("rt", "rr"), ("nk", "ng"))  # fmt: skip


def finnish_case(name: str, case: str) -> str:
    """`name` in a Finnish case, by the rules a Finn inflects a name with."""
    if case == "nom":
        return name
    back = not any(c in "äöy" for c in name.lower())
    a = "a" if back else "ä"
    low = name.lower()
    if low.endswith("nen"):
        weak = strong = name[:-3] + "se"
        if case == "par":
            return name[:-3] + "st" + a
    elif name[-1].lower() not in _VOWELS:
        if low.endswith("s") and low[-2] in _VOWELS:
            weak = strong = name[:-1] + "kse"  # "Markus" -> "Markuksen"
            if case == "par":
                return name + "t" + a
        else:
            weak = strong = name + "i"  # "Ahmed" -> "Ahmedin"
    else:
        strong = weak = name
        body, vowel = name[:-1], name[-1]
        for s, w in _WEAK:
            if body.lower().endswith(s) and len(body) > len(s):
                weak = body[: -len(s)] + w + vowel
                break
    endings = {
        "gen": "n",
        "lle": "lle",
        "lta": "lt" + a,
        "lla": "ll" + a,
        "sta": "st" + a,
        "ssa": "ss" + a,
        "ksi": "ksi",
    }
    if case in endings:
        return weak + endings[case]
    if case == "par":
        return strong + (a if strong[-1] not in "ee" or len(strong) < 4 else "tt" + a)
    if case == "ess":
        return strong + "n" + a
    if case == "ill":
        return strong + strong[-1] + "n"
    raise ValueError(case)


def genitive(name: str, language: str) -> str:
    if language == "en":
        return name + "'s"
    return name + ("'" if name[-1] in "sxz" else "s")


def pool(languages: tuple[str, ...], extra: Path | None, seed: int) -> list[str]:
    from mimesis import Person

    rng = random.Random(seed)
    names: set[str] = set()
    for locale in languages:
        person = Person(locale, seed=rng.randrange(1 << 30))
        for _ in range(400):
            names.add(person.first_name().strip())
            names.add(person.last_name().strip())
    if extra is not None:
        names |= {w.strip() for w in extra.read_text(encoding="utf-8").split() if w.strip()}
    return sorted(n for n in names if re.fullmatch(r"[^\W\d_]{3,}", n) and n[0].isupper())


def conllu_texts(path: Path) -> list[str]:
    return [
        line[len("# text = ") :].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text = ")
    ]


def cases(
    language: str, texts: list[str], names: list[str], seed: int
) -> list[tuple[str, str, str]]:
    """(sentence, the name as written there, the name) for each sentence holding a pronoun."""
    rng = random.Random(seed)
    words = PRONOUNS[language]
    pattern = re.compile(r"\b(" + "|".join(words) + r")\b", re.IGNORECASE)
    out = []
    for text in texts:
        match = pattern.search(text)
        if not match or re.search(r"\d|@", text):
            continue
        name = rng.choice(names)
        case = words[match.group().lower()]
        if language == "fi":
            written = finnish_case(name, case)
        else:
            written = genitive(name, language) if case == "gen" else name
        out.append((text[: match.start()] + written + text[match.end() :], written, name))
    return out


def measure(cases_of: dict[str, list[tuple[str, str, str]]], show: int = 0) -> dict[str, float]:
    """Recall per language and variant; each name registered under its own tag for the
    `registered` variant, as a study registers its participants."""
    names = sorted({name for rows in cases_of.values() for _, _, name in rows})
    plain = Redactor(Registry([]))
    registered = Redactor(
        Registry([NameEntry(f"p:{i}", n, f"[person {i}]") for i, n in enumerate(names)])
    )
    figures: dict[str, float] = {}
    missed: list[str] = []
    totals: Counter[str] = Counter()
    for language, rows in cases_of.items():
        hits: Counter[str] = Counter()
        for text, written, _ in rows:
            for variant in ("unregistered", "lower", "registered", "registered lower"):
                form = (
                    written.lower().replace("i\u0307", "i")
                    if variant.endswith("lower")
                    else written
                )
                sentence = text.replace(written, form, 1)
                at = sentence.index(form)
                redactor = registered if variant.startswith("registered") else plain
                spans = redactor.spans(sentence)
                if any(s[0] <= at < s[1] for s in spans):
                    hits[variant] += 1
                elif show and sum(m.startswith(f"{language} {variant}:") for m in missed) < show:
                    missed.append(f"{language} {variant}: {sentence}")
        for variant in ("unregistered", "lower", "registered", "registered lower"):
            figures[f"{language} {variant}"] = hits[variant] / max(1, len(rows))
            totals[variant] += hits[variant]
        totals["n"] += len(rows)
        print(
            f"{language}: {len(rows)} sentences; "
            + ", ".join(f"{v} {hits[v] / max(1, len(rows)):.3f}" for v in hits)
        )
    for variant in ("unregistered", "lower", "registered", "registered lower"):
        figures[f"all {variant}"] = totals[variant] / max(1, totals["n"])
    print("all: " + ", ".join(f"{k[4:]} {v:.3f}" for k, v in figures.items() if k[:4] == "all "))
    for line in missed:
        print("  missed", line)
    return figures


def misspelt(
    cases_of: dict[str, list[tuple[str, str, str]]], errors: Path, seed: int
) -> dict[str, float]:
    """Recall of the registered names written misspelt, then inflected (module docstring)."""
    from casebook.deid import lexicon, vocab

    from bench import real_misspellings

    model = real_misspellings.learn(errors, True)
    rng = random.Random(seed)
    names = sorted({name for rows in cases_of.values() for _, _, name in rows})
    registered = Redactor(
        Registry([NameEntry(f"p:{i}", n, f"[person {i}]") for i, n in enumerate(names)])
    )
    forms = {n.lower() for n in names}
    known, lexical = vocab.known_words(), lexicon.all_names()
    figures: dict[str, float] = {}
    caught = total = 0
    for language, rows in cases_of.items():
        hits = count = 0
        for text, written, name in rows:
            if len(name) < 4:
                continue
            wrong, edits = real_misspellings.misspell(name.lower(), model, rng)
            if not edits or wrong in forms or wrong in known or wrong in lexical:
                continue
            wrong = wrong[:1].upper() + wrong[1:]
            if language == "fi":
                case = next((c for c in PRONOUN_CASES if finnish_case(name, c) == written), "nom")
                form = finnish_case(wrong, case)
            else:
                form = written.replace(name, wrong, 1) if name in written else wrong
            sentence = text.replace(written, form, 1)
            at = sentence.index(form)
            count += 1
            if any(s[0] <= at < s[1] for s in registered.spans(sentence)):
                hits += 1
        figures[f"{language} registered misspelt"] = hits / max(1, count)
        caught, total = caught + hits, total + count
        print(f"{language}: {count} sentences; registered misspelt {hits / max(1, count):.3f}")
    figures["all registered misspelt"] = caught / max(1, total)
    print(f"all: registered misspelt {caught / max(1, total):.3f} ({total})")
    return figures


PRONOUN_CASES = ("nom", "gen", "par", "lle", "lta", "lla", "sta", "ssa", "ill", "ess", "ksi")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conllu", type=Path, nargs="*", default=[])
    parser.add_argument("--misspell", type=Path, help="Norvig's spell-errors.txt")
    parser.add_argument("--pool", type=Path)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rows = sentences()
    locales = {"fi": ("fi", "tr"), "no": ("no", "da", "tr"), "en": ("en", "tr")}
    cases_of = {}
    for language, sources in SOURCES.items():
        texts = [r.text for r in rows if r.source in sources]
        if language == "fi":
            for path in args.conllu:
                texts += conllu_texts(path)
        names = pool(locales[language], args.pool, args.seed)
        cases_of[language] = cases(language, texts, names, args.seed)
    measure(cases_of, args.show)
    if args.misspell:
        misspelt(cases_of, args.misspell, args.seed)


if __name__ == "__main__":
    main()
