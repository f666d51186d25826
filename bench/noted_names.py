"""Names nobody registered where published sentences had a third-person pronoun, laid out as a
case worker's notes: recall per language and per position of the name, on a development share
and a held-out share, and the name spans the same notes gain with the pronoun left in place.

    PYTHONPATH=.:app .venv/bin/python -m bench.noted_names --ud DIR [--show N] [--out DIR]

DIR holds CoNLL-U files (any folder depth) of treebanks no held-out set is built from:
Swedish-Talbanken and LinES, Norwegian-Nynorsk, Finnish-FTB, PUD and OOD, English-EWT and GUM
(dev and test files). As in notes a redactor meets, only sentences without a proper noun or a
capitalised word inside are kept; each becomes one line, opened at random by a clock time
("10:42 "), a bullet ("- ", "* ", "• ") or nothing, sometimes under a heading line.

One third-person pronoun of each sentence becomes a name, inflected as the pronoun was: the
genitive for a possessive (Swedish/Norwegian -s, English -'s), Finnish cases for "hän"'s
(`bench.treebank_names.finnish`). Positions: `opening` (the pronoun opened the sentence),
`after-preposition` (an ADP before it), `genitive`, `fi-case` (a Finnish case but the
nominative and genitive), `inner` (any other). Names: Python Faker's person providers
(`bench.treebank_names.LOCALES`) and mimesis's person datasets of Polish, Turkish, Azerbaijani,
Croatian, Czech, Hungarian, Estonian, Icelandic, Dutch, Italian, Spanish, and Ukrainian and
Russian romanised (a plain transliteration table), given name alone or given and family name.

Sentences with index % 4 == 3 form the held-out share and take names only from the held-out
pool (crc32 % 4 == 0); rules are written from the development share's misses. A name counts as
caught when redactions cover its letters before the ending (`bench.treebank_names._caught`).
`gained` counts name spans in the same notes with the pronoun left: each is a false name."""

from __future__ import annotations

import argparse
import json
import os
import random
import re
from collections import Counter
from pathlib import Path

from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from bench.treebank_names import LOCALES, _caught, finnish, held_out, names

LANGUAGE_OF = {"sv_": "sv", "no_": "no", "fi_": "fi", "en_": "en"}
PRONOUNS = {
    "sv": {"han": "nom", "hon": "nom", "honom": "nom", "henne": "nom", "hans": "gen"}
    | {"hennes": "gen"},
    "no": {"han": "nom", "ho": "nom", "honom": "nom", "henne": "nom", "hans": "gen"}
    | {"hennar": "gen", "hennes": "gen"},
    "en": {"he": "nom", "she": "nom", "him": "nom", "his": "gen", "her": "her"},
    "fi": {"hän": "nom", "hänen": "n", "hänet": "n", "hänelle": "lle", "hänellä": "lla"}
    | {"häneltä": "lta", "hänestä": "sta", "hänessä": "ssa", "häntä": "ta", "häneen": "Vn"},
}
HEADINGS = {
    "sv": ("Observationer", "Anteckning", "Samtal"),
    "no": ("Observasjonar", "Notat", "Samtale"),
    "fi": ("Havainnot", "Muistiinpano", "Keskustelu"),
    "en": ("Observations", "Note", "Conversation"),
}
MIMESIS = ("pl", "tr", "az", "hr", "cs", "hu", "et", "is", "nl", "it", "es", "uk", "ru")
_CYRILLIC = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёэыъ",
        "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ iu ia io e y _"
        " ".split(),
        strict=True,
    )
)
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]+(?:[-'][A-Za-zÀ-ɏ]+)?")


def romanised(word: str, russian: bool) -> str:
    """A Cyrillic name in plain Latin letters ("Олександр" -> "Oleksandr")."""
    table = dict(_CYRILLIC) | ({"и": "i", "г": "g", "х": "kh"} if russian else {})
    out = "".join(table.get(c.lower(), c.lower()).replace("_", "") for c in word)
    return out[:1].upper() + out[1:]


def mimesis_names(locale: str) -> tuple[list[str], list[str]]:
    """(given names, family names) of one mimesis locale, in Latin letters."""
    import mimesis

    path = Path(mimesis.__file__).parent / "datasets" / locale / "person.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    given = [n for sex in ("male", "female") for n in data["names"][sex]]
    family_data = data["surnames"]
    family = family_data if isinstance(family_data, list) else list(family_data.get("male", []))
    if locale in ("uk", "ru"):
        given = [romanised(n, locale == "ru") for n in given]
        family = [romanised(n, locale == "ru") for n in family]
    keep = lambda ws: sorted({w for w in ws if _LATIN.fullmatch(w) and w[0].isupper()})  # noqa: E731
    return keep(given), keep(family)


def pools(seed: int) -> dict[bool, list[str]]:
    """Development (False) and held-out (True) pools of names, given alone or with a family name."""
    rng = random.Random(seed)
    out: dict[bool, list[str]] = {False: [], True: []}
    sources = [names(locale) for locale in LOCALES] + [mimesis_names(m) for m in MIMESIS]
    for given, family in sources:
        if not given:
            continue
        for _ in range(80):
            g = rng.choice(given)
            if family and rng.random() < 0.4:
                out[held_out(g)].append(f"{g} {rng.choice(family)}")
            else:
                out[held_out(g)].append(g)
    return out


def sentences(path: Path) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(text, [(form, upos, feats)]) of each sentence of a CoNLL-U file."""
    out = []
    text = ""
    tokens: list[tuple[str, str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[len("# text = ") :].strip()
        elif line and line[0].isdigit():
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                tokens.append((cols[1], cols[3], cols[5]))
        elif not line and text:
            out.append((text, tokens))
            text, tokens = "", []
    return out


def plain(text: str, tokens: list[tuple[str, str, str]]) -> bool:
    """A sentence as held-out notes keep them: no proper noun, no capitalised word inside, no
    digits."""
    if re.search(r"\d|@|http", text) or any(upos == "PROPN" for _, upos, _ in tokens):
        return False
    return not any(form[:1].isupper() and form not in ("I",) for form, _, _ in tokens[1:])


def cases(language: str, rows: list, pool: dict[bool, list[str]], rng: random.Random) -> list:
    """(share, position, note with the name, note with the pronoun, name as written, name)."""
    words = PRONOUNS[language]
    out = []
    for n, (text, tokens) in enumerate(rows):
        if not plain(text, tokens):
            continue
        places = []
        at = 0
        for i, (form, upos, feats) in enumerate(tokens):
            start = text.find(form, at)
            if start < 0:
                break
            at = start + len(form)
            if form.lower() in words and upos == "PRON":
                places.append((i, start, form, feats))
        if not places:
            continue
        share = n % 4 == 3
        i, start, form, feats = rng.choice(places)
        case = words[form.lower()]
        if case == "her":
            case = "gen" if "Poss=Yes" in feats else "nom"
        name = rng.choice(pool[share])
        if language == "fi":
            shown = " ".join([*name.split()[:-1], finnish(name.split()[-1], case)])
        elif case == "gen":
            shown = name + ("'s" if language == "en" else ("'" if name[-1] in "sxz" else "s"))
        else:
            shown = name
        if i == 0:
            position = "opening"
        elif i > 0 and tokens[i - 1][1] == "ADP":
            position = "after-preposition"
        elif case == "gen" or (language == "fi" and case == "n"):
            position = "genitive"
        elif language == "fi" and case != "nom":
            position = "fi-case"
        else:
            position = "inner"
        sentence = text[:start] + shown + text[start + len(form) :]
        opener = rng.choice(("", "", "10:42 ", "08:05 ", "- ", "* ", "• "))
        if rng.random() < 0.2:
            opener = rng.choice(HEADINGS[language]) + "\n" + opener
        out.append((share, position, opener + sentence, opener + text, shown, name))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--held-out-misses", action="store_true", help="check only: never tune")
    parser.add_argument("--seed", type=int, default=2029)
    parser.add_argument("--out", type=Path, help="folder for the misses and gained spans")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = pools(args.seed)
    redactor = Redactor(Registry([]))
    hits: Counter = Counter()
    seen: Counter = Counter()
    gained: Counter = Counter()
    missed: list[str] = []
    gains: list[str] = []
    files = sorted(p for p in args.ud.rglob("*.conllu") if p.name[:3] in LANGUAGE_OF)
    for path in files:
        if "train" in path.name:
            continue
        language = LANGUAGE_OF[path.name[:3]]
        for share, position, note, before, shown, name in cases(
            language, sentences(path), pool, rng
        ):
            part = "held-out" if share else "dev"
            opener_end = note.rfind("\n") + 1
            at = note.index(shown, opener_end)
            spans = redactor.spans(note)
            stem = len(os.path.commonprefix([shown.lower(), name.lower()]))
            caught = _caught(spans, at, stem, note)
            for key in ((language, position), (language, "all"), ("all", position), ("all", "all")):
                seen[(part, *key)] += 1
                hits[(part, *key)] += caught
            if not caught and (part == "dev" or args.held_out_misses):
                marked = f"{note[:at]}[[{shown}]]{note[at + len(shown) :]}"
                missed.append(f"{part}\t{language}\t{position}\t{marked}")
            false = [s for s in redactor.spans(before) if s.kind == "name"]
            gained[(part, language)] += len(false)
            gains += [f"{part}\t{language}\t{before[s.start : s.end]}\t{before}" for s in false]
    positions = ("all", "opening", "inner", "after-preposition", "genitive", "fi-case")
    label = "gained name spans with the pronoun left"
    report(seen, hits, positions, (label, gained), missed, args.show)
    write(args.out, {"missed.txt": missed, "gained.txt": gains})


LANGUAGES = ("sv", "no", "fi", "en")


def report(
    seen: Counter,
    hits: Counter,
    columns: tuple[str, ...],
    spans: tuple[str, Counter],
    missed: list[str],
    show: int,
) -> None:
    """Recall per part, language and column (a name's position or slot), each part closed by
    its count of name spans per language (`spans`: a label and counts by (part, language)),
    then up to `show` of the misses; `spoken_names` reports the same way."""
    label, counts = spans
    for part in ("dev", "held-out"):
        print(f"== {part}")
        for language in (*LANGUAGES, "all"):
            cells = []
            for column in columns:
                n = seen[(part, language, column)]
                if n:
                    cells.append(f"{column} {hits[(part, language, column)] / n:.3f} ({n})")
            print(f"{language:4} " + ", ".join(cells))
        print(f"{label}: " + ", ".join(f"{lang} {counts[(part, lang)]}" for lang in LANGUAGES))
    for line in missed[:show]:
        print("  missed", line.replace("\n", " / "))


def write(out: Path | None, files: dict[str, list[str]]) -> None:
    """Each list of lines to its file in `out` (a newline inside a line shown as " / ")."""
    if not out:
        return
    out.mkdir(parents=True, exist_ok=True)
    for name, lines in files.items():
        (out / name).write_text("\n".join(x.replace("\n", " / ") for x in lines) + "\n")


if __name__ == "__main__":
    main()
