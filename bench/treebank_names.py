"""Names nobody registered, and registered names typed in lower case, put into published
sentences of treebanks no held-out set is built from: recall per kind and language on a
development share and a held-out share, and the ordinary words the redactor removes.

    PYTHONPATH=.:app .venv/bin/python -m bench.treebank_names --ud DIR [--per N] [--show N]

DIR holds `UD_<name>/` folders with each treebank's dev/test CoNLL-U files. Treebanks (none of
held-out J's Danish-DDT, Norwegian-Bokmaal or Finnish-TDT): Swedish-Talbanken (CC BY-SA 4.0),
Swedish-LinES (CC BY-NC-SA 4.0), English-EWT (CC BY-SA 4.0), English-GUM (CC BY-NC-SA 4.0),
German-GSD dev (CC BY-SA 4.0), Norwegian-Nynorsk dev (CC BY-SA 4.0), Finnish-OOD (CC BY-SA
4.0) and Finnish-FTB (CC BY 4.0 here; the NC treebanks and FTB are read for measuring only,
nothing of them is shipped). There is no Danish treebank but DDT: Danish is not measured here.

In each sentence holding a third-person pronoun of a person, one of them, at random, becomes
a name, inflected as the language does: the genitive (Swedish/Norwegian/German -s or -',
English -'s) for a possessive, Finnish case endings for "hän"'s cases (hänen -> -n, hänelle
-> -lle, hänellä -> -lla/-llä, häneltä, hänestä, hänessä, häntä -> -a/-ta) with consonant
gradation of kk/pp/tt (Jukka -> Jukan, Antti -> Antille) and an -i- after a final consonant
(Ahmedille). A share of names become lists ("Ali, Sara och Mohammed"). Names: Python Faker's
person providers of 19 locales in Latin script (MIT): the study's own languages and the
largest groups born abroad, short romanised names among them (Vietnamese, Chinese pinyin).

A name counts as caught when redactions cover every letter of it as written before its
ending ("Jukan": "Juk"; "Gracia's": "Gracia"): a genitive or case ending may stay after the tag.

Two variants of each sentence: the name nobody registered, capitalised (`unregistered`), and
the name registered, written in lower case (`lower`: "ringde stinalle"). Sentences with index
% 4 == 3 form the held-out share, and take names only from a held-out pool of names (crc32 %
4 == 0) that the development share never uses; rules are written from the development share.

Ordinary words: the treebank's own tokens that are not PROPN, NUM, SYM, X or PUNCT, in the
unchanged sentences, that a redaction touches (`ordinary removed`)."""

from __future__ import annotations

import argparse
import importlib
import os
import random
import re
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry

TREEBANKS = {
    "sv": (
        ("UD_Swedish-Talbanken", ("sv_talbanken-ud-test.conllu", "sv_talbanken-ud-dev.conllu")),
        ("UD_Swedish-LinES", ("sv_lines-ud-dev.conllu",)),
    ),
    "en": (
        ("UD_English-EWT", ("en_ewt-ud-test.conllu",)),
        ("UD_English-GUM", ("en_gum-ud-dev.conllu",)),
    ),
    "de": (("UD_German-GSD", ("de_gsd-ud-dev.conllu",)),),
    "no": (("UD_Norwegian-Nynorsk", ("no_nynorsk-ud-dev.conllu",)),),
    "fi": (
        ("UD_Finnish-OOD", ("fi_ood-ud-test.conllu",)),
        ("UD_Finnish-FTB", ("fi_ftb-ud-dev.conllu",)),
    ),
}
PRONOUNS = {
    "sv": {"han": "nom", "hon": "nom", "honom": "nom", "henne": "nom", "hans": "gen"}
    | {"hennes": "gen"},
    "no": {"han": "nom", "ho": "nom", "hun": "nom", "henne": "nom", "hans": "gen"}
    | {"hennar": "gen", "hennes": "gen"},
    "en": {"he": "nom", "she": "nom", "him": "nom", "his": "gen"},
    "de": {"er": "nom", "ihm": "nom", "ihn": "nom"},
    "fi": {"hän": "nom", "hänen": "n", "hänelle": "lle", "hänellä": "lla", "häneltä": "lta"}
    | {"hänestä": "sta", "hänessä": "ssa", "häntä": "ta", "häneen": "Vn"},
}
AND = {"sv": "och", "no": "og", "en": "and", "de": "und", "fi": "ja"}
LOCALES = (
    "sv_SE",
    "da_DK",
    "no_NO",
    "fi_FI",
    "de_DE",
    "en_GB",
    "vi_VN",
    "zh_CN",
    "fr_DZ",
    "en_PK",
    "tr_TR",
    "pl_PL",
    "hr_HR",
    "en_TH",
    "sw",
    "yo_NG",
    "en_IN",
    "es_MX",
    "fa_IR",
)
_NAME = re.compile(r"[A-Za-zÀ-ɏ]+(?:[-'][A-Za-zÀ-ɏ]+)?")
_GRADE = (("kk", "k"), ("pp", "p"), ("tt", "t"))


def names(locale: str) -> tuple[list[str], list[str]]:
    """(given names, family names) of one Faker locale, Latin script only."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    given: set[str] = set()
    family: set[str] = set()
    for attribute in dir(provider):
        value = getattr(provider, attribute)
        if attribute.startswith("_") or not isinstance(value, (tuple, list, dict)):
            continue
        words = {w for n in value for w in str(n).split()}
        if locale == "zh_CN" and "romanized" not in attribute:
            continue
        if attribute.startswith(("first_name", "first_romanized", "middle_name")):
            given |= words
        elif attribute.startswith(("last_name", "last_romanized")):
            family |= words
    keep = lambda ws: sorted(w for w in ws if _NAME.fullmatch(w) and w[0].isupper())  # noqa: E731
    return keep(given), keep(family)


def held_out(name: str) -> bool:
    return zlib.crc32(name.encode()) % 4 == 0


def _back(word: str) -> bool:
    return any(c in "aou" for c in word.lower()) or not any(c in "äöy" for c in word.lower())


def _plain(letter: str) -> str:
    """A letter without its diacritics, but for Finnish's own ä and ö."""
    if letter in "äö":
        return letter
    return unicodedata.normalize("NFD", letter)[0]


def short_name_vowel(letter: str) -> bool:
    """Whether a name's last letter is a vowel ("Vũ", "Lê"), whatever its diacritics."""
    return _plain(letter.lower()) in "aeiouyäö"


def finnish(name: str, case: str) -> str:
    """`name` in a Finnish case: gradation of a final kk/pp/tt + vowel in the weak-grade
    cases, an -i- after a final consonant."""
    if case == "nom":
        return name
    back = _back(name)
    a = "a" if back else "ä"
    ending = {"n": "n", "lle": "lle", "lla": "ll" + a, "lta": "lt" + a, "sta": "st" + a}.get(
        case, {"ssa": "ss" + a, "ta": "t" + a}.get(case, "")
    )
    stem = name
    if not short_name_vowel(stem[-1]):  # "Vũ" ends in a vowel, "Ahmed" not
        stem += "i"
        if case == "ta":
            ending = "a" if back else "ä"
    elif case != "ta" and case != "Vn":
        for strong, weak in _GRADE:
            if stem[-3:-1] == strong:
                stem = stem[:-3] + weak + stem[-1]
                break
    if case == "Vn":
        return stem + stem[-1] + "n"
    if case == "ta" and stem[-1] in "aeiouyäö":
        ending = "a" if back else "ä"
    return stem + ending


def written(name: str, language: str, case: str) -> str:
    if language == "fi":
        return " ".join([*name.split()[:-1], finnish(name.split()[-1], case)])
    if case == "nom":
        return name
    if language == "en":
        return name + "'s"
    return name + ("'" if name[-1] in "sxz" else "s")


def sentences(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """(text, [(form, upos)]) of each sentence of a CoNLL-U file."""
    out = []
    text = ""
    tokens: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[len("# text = ") :].strip()
        elif line and line[0].isdigit():
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                tokens.append((cols[1], cols[3]))
        elif not line and text:
            out.append((text, tokens))
            text, tokens = "", []
    return out


def cases(language: str, rows: list, pools: dict[bool, list[str]], rng: random.Random) -> list:
    """(share, sentence, written, name) for each sentence holding a pronoun."""
    words = PRONOUNS[language]
    pattern = re.compile(r"\b(" + "|".join(words) + r")\b", re.IGNORECASE)
    out = []
    for n, (text, _tokens) in enumerate(rows):
        found = list(pattern.finditer(text))
        if not found or re.search(r"\d|@", text):
            continue
        share = n % 4 == 3
        match = rng.choice(found)
        case = words[match.group().lower()]
        pool = pools[share]
        shape = rng.random()
        if shape < 0.1 and case == "nom":  # a list of three
            three = [rng.choice(pool).split()[0] for _ in range(3)]
            shown = f"{three[0]}, {three[1]} {AND[language]} {three[2]}"
            name = three[rng.randrange(3)]
            out.append((share, text[: match.start()] + shown + text[match.end() :], name, name))
            continue
        name = rng.choice(pool)
        shown = written(name, language, case)
        out.append((share, text[: match.start()] + shown + text[match.end() :], shown, name))
    return out


def _caught(spans: list, at: int, length: int, sentence: str) -> bool:
    letters = [i for i in range(at, at + length) if sentence[i].isalpha()]
    return all(any(s[0] <= i < s[1] for s in spans) for i in letters)


def pools(seed: int) -> tuple[dict[bool, list[str]], list[str]]:
    rng = random.Random(seed)
    out: dict[bool, list[str]] = {False: [], True: []}
    for locale in LOCALES:
        given, family = names(locale)
        if not given:
            continue
        for _ in range(120):
            g = rng.choice(given)
            out[held_out(g)].append(g)
            if family and rng.random() < 0.5:
                full = f"{g} {rng.choice(family)}"
                out[held_out(g)].append(full)
    return out, sorted({n for pool in out.values() for n in pool})


def ordinary(redactor: Redactor, rows: list) -> tuple[int, int, list[str]]:
    """Ordinary (non-PROPN) tokens of unchanged sentences that a redaction touches."""
    removed = total = 0
    shown: list[str] = []
    for text, tokens in rows:
        spans = redactor.spans(text)
        at = 0
        for form, upos in tokens:
            start = text.find(form, at)
            if start < 0:
                continue
            at = start + len(form)
            if upos in ("PROPN", "NUM", "SYM", "X", "PUNCT") or not any(c.isalpha() for c in form):
                continue
            total += 1
            if any(s[0] < at and start < s[1] for s in spans):
                removed += 1
                shown.append(f"{form}\t{text[max(0, start - 40) : at + 40]}")
    return removed, total, shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--per", type=int, default=600, help="sentences per treebank at most")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--out", type=Path, help="folder for the misses and words removed")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    name_pools, every = pools(args.seed)
    registry = Registry([NameEntry(f"p:{i}", n, f"[P{i}]") for i, n in enumerate(every)])
    plain = Redactor(Registry([]))
    registered = Redactor(registry)
    hits: Counter = Counter()
    seen: Counter = Counter()
    other: Counter = Counter()
    missed: list[str] = []
    removed_lines: list[str] = []
    ordinary_counts = Counter()
    for language, banks in TREEBANKS.items():
        for folder, files in banks:
            rows = []
            for file in files:
                path = args.ud / folder / file
                if path.exists():
                    rows += sentences(path)
            if not rows:
                continue
            for which, redactor in (("empty", plain), ("registry", registered)):
                removed, total, shown = ordinary(redactor, rows[: args.per * 3])
                ordinary_counts[(language, which, "removed")] += removed
                ordinary_counts[(language, which, "total")] += total
                removed_lines += [f"{which}\t{language}\t{line}" for line in shown]
            for share, sentence, shown_name, name in cases(language, rows, name_pools, rng)[
                : args.per
            ]:
                part = "held-out" if share else "dev"
                for variant, redactor in (("unregistered", plain), ("lower", registered)):
                    form = shown_name.lower() if variant == "lower" else shown_name
                    text = sentence.replace(shown_name, form, 1)
                    at = text.index(form)
                    spans = redactor.spans(text)
                    stem = len(os.path.commonprefix([form.lower(), name.lower()]))
                    caught = _caught(spans, at, stem, text)  # the name, not its ending
                    other[(part, variant)] += sum(
                        1 for s in spans if s[1] <= at or s[0] >= at + len(form)
                    )
                    for key in (language, "all"):
                        seen[(key, part, variant)] += 1
                        hits[(key, part, variant)] += caught
                    if not caught and part == "dev":
                        marked = f"{text[:at]}[[{form}]]{text[at + len(form) :]}"
                        missed.append(f"{variant}\t{language}\t{marked}")
    for key in ("sv", "no", "en", "de", "fi", "all"):
        parts = []
        for part in ("dev", "held-out"):
            for variant in ("unregistered", "lower"):
                n = seen[(key, part, variant)]
                parts.append(f"{part} {variant} {hits[(key, part, variant)] / max(1, n):.3f} ({n})")
        print(f"{key:4} " + ", ".join(parts))
    for part in ("dev", "held-out"):
        print(
            f"other spans, {part}: "
            + ", ".join(f"{v} {other[(part, v)]}" for v in ("unregistered", "lower"))
        )
    for language in ("sv", "no", "en", "de", "fi"):
        parts = []
        for which in ("empty", "registry"):
            r = ordinary_counts[(language, which, "removed")]
            t = ordinary_counts[(language, which, "total")]
            parts.append(
                f"{which} registry {r / max(1, t):.4f} ({r}/{t})".replace("registry r", "r")
            )
        print(f"ordinary removed {language}: " + ", ".join(parts))
    for line in missed[: args.show]:
        print("  missed", line)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "missed.txt").write_text("\n".join(missed) + "\n")
        (args.out / "ordinary.txt").write_text("\n".join(removed_lines) + "\n")


if __name__ == "__main__":
    main()
