"""Which FiNER entity mentions a redaction touches in Finnish news and Wikipedia, nobody registered.

    .venv/bin/python -m bench.treebank_entities_finer --finer DIR [--part look|held] [--show 40]

FiNER (github.com/mpsilfve/finer-data, Ruokolainen et al. 2019: Digitoday technology news
under CC BY-NC-ND 1.0 Finland, Finnish Wikipedia under CC BY-SA 3.0; read for measuring only,
nothing of it is shipped) tags every token, one a line `token<TAB>tag<TAB>nested tag`, with
`B-PER`, `I-ORG`, ...: PER, ORG, LOC, PRO (products), EVENT, DATE. DIR is the repository's
`data/` folder. Sentences (a blank line ends one) are joined back with spaces (none before
closing or after opening punctuation) and redacted with nobody registered. A mention a
redaction touches as a name is counted under its type: `PER` is recall (a stranger's name
found, Finnish or foreign, inflected in the Finnish cases), every other type a false name
span (a firm, a product, a town taken for a person), as is a word outside every mention.

`--part look` reads `digitoday.2014.train.csv` and `digitoday.2014.dev.csv` (Digitoday 2014),
four sentences to a note: the share to read and write rules from. `--part held` reads the
paper's test files `digitoday.2015.test.csv` and `wikipedia.test.csv`, one article (from its
`<HEADLINE>` line on) to a note: reported only in aggregate, per file (`--show` refuses it)."""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from casebook.deid import Redactor, Registry

PER_NOTE = 4
TYPES = ("PER", "ORG", "LOC", "PRO", "EVENT", "DATE")
LOOK = ("digitoday.2014.train.csv", "digitoday.2014.dev.csv")
HELD = ("digitoday.2015.test.csv", "wikipedia.test.csv")
NO_SPACE_BEFORE = frozenset(".,:;!?)]}…")
NO_SPACE_AFTER = frozenset("([{")


@dataclass
class Sentence:
    forms: list[str] = field(default_factory=list)
    # per token, the index of its mention within the sentence, or -1
    mention: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


def _add(sentence: Sentence, form: str, tag: str) -> None:
    sentence.forms.append(form)
    if tag.startswith("B-") or (tag.startswith("I-") and not sentence.mention):
        sentence.kinds.append(tag[2:])
        sentence.mention.append(len(sentence.kinds) - 1)
    elif tag.startswith("I-"):
        previous = sentence.mention[-1]
        if previous < 0 or sentence.kinds[previous] != tag[2:]:
            sentence.kinds.append(tag[2:])
            previous = len(sentence.kinds) - 1
        sentence.mention.append(previous)
    else:
        sentence.mention.append(-1)


def articles(text: str) -> list[list[Sentence]]:
    """A FiNER file's sentences, grouped by article (a `<HEADLINE>` line opens one; a file
    without such lines is one article)."""
    found: list[list[Sentence]] = [[]]
    current = Sentence()
    for line in [*text.splitlines(), ""]:
        cols = line.split("\t")
        form = cols[0].strip()
        if form in ("<HEADLINE>", "<INGRESS>", "<BODY>") or not form:
            if current.forms:
                found[-1].append(current)
                current = Sentence()
            if form == "<HEADLINE>" and found[-1]:
                found.append([])
            continue
        _add(current, form, cols[1].strip() if len(cols) > 1 else "O")
    return [a for a in found if a]


def joined(forms: list[str], base: int) -> tuple[str, list[tuple[int, int]]]:
    """The tokens as a line of text, and each token's (start, end) in it plus `base`."""
    text, where = "", []
    for i, form in enumerate(forms):
        glue = i > 0 and form not in NO_SPACE_BEFORE and forms[i - 1] not in NO_SPACE_AFTER
        text += " " if glue else ""
        where.append((base + len(text), base + len(text) + len(form)))
        text += form
    return text, where


@dataclass
class Tally:
    mentions: Counter[str] = field(default_factory=Counter)
    touched: Counter[str] = field(default_factory=Counter)
    words: int = 0
    words_named: int = 0
    shown: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


def measure(notes: list[list[Sentence]], show: int, redactor: Redactor) -> Tally:
    tally = Tally()
    for group in notes:
        text, placed = "", []
        for sentence in group:
            base = len(text) + (1 if text else 0)
            line, where = joined(sentence.forms, base)
            text = f"{text} {line}" if text else line
            placed.append(where)
        spans = [s for s in redactor.spans(text) if s.kind == "name"]
        for sentence, where in zip(group, placed, strict=True):
            hit: set[int] = set()
            for i, (start, end) in enumerate(where):
                if not sentence.forms[i][:1].isalpha():
                    continue
                taken = any(s.start < end and start < s.end for s in spans)
                key = sentence.mention[i]
                if key < 0:
                    tally.words += 1
                    tally.words_named += taken
                if not taken:
                    continue
                if key >= 0:
                    hit.add(key)
                kind = sentence.kinds[key] if key >= 0 else "none"
                if kind != "PER" and len(tally.shown) < show:
                    tally.shown.append(
                        f"[{kind}] {text[max(0, start - 50) : start]!r} "
                        f"<<{text[start:end]}>> {text[end : end + 50]!r}"
                    )
            for key, kind in enumerate(sentence.kinds):
                tally.mentions[kind] += 1
                tally.touched[kind] += key in hit
                if kind == "PER" and key not in hit and len(tally.missed) < show:
                    at = [w for w, k in zip(where, sentence.mention, strict=True) if k == key]
                    start, end = at[0][0], at[-1][1]
                    tally.missed.append(
                        f"[missed] {text[max(0, start - 50) : start]!r} "
                        f"<<{text[start:end]}>> {text[end : end + 50]!r}"
                    )
    return tally


def report(tally: Tally, label: str) -> list[str]:
    lines = [f"{label}: type      mentions touched as a name"]
    for kind in TYPES:
        lines.append(f"  {kind:9s} {tally.touched[kind]:5d}/{tally.mentions[kind]}")
    person = tally.touched["PER"], tally.mentions["PER"]
    false = sum(tally.touched[k] for k in TYPES if k != "PER")
    lines.append(
        f"  persons found {person[0] / max(person[1], 1):.3f} ({person[0]}/{person[1]}); "
        f"mentions of other types touched {false}; words outside every mention taken for a "
        f"name {tally.words_named}/{tally.words}"
    )
    return lines


def notes_of(path: Path, part: str) -> list[list[Sentence]]:
    found = articles(path.read_text(encoding="utf-8"))
    if part == "held":
        return found
    flat = [s for article in found for s in article]
    return [flat[n : n + PER_NOTE] for n in range(0, len(flat), PER_NOTE)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--finer", type=Path, required=True, help="finer-data's data/ folder")
    parser.add_argument("--part", choices=("look", "held", "both"), default="both")
    parser.add_argument("--show", type=int, default=0, help="words taken, persons missed")
    args = parser.parse_args()
    if args.show and args.part != "look":
        raise SystemExit("--show reads the words of the share to look at only: --part look")
    redactor = Redactor(Registry([]))
    parts = ("look", "held") if args.part == "both" else (args.part,)
    for part in parts:
        names = LOOK if part == "look" else HELD
        missing = [n for n in names if not (args.finer / n).is_file()]
        if missing:
            raise SystemExit(f"no {', '.join(missing)} in {args.finer}")
        groups = [(n, notes_of(args.finer / n, part)) for n in names]
        if part == "look":
            groups = [("look", [note for _, notes in groups for note in notes])]
        for label, notes in groups:
            tally = measure(notes, args.show, redactor)
            print("\n".join(report(tally, label)))
            print("\n".join(tally.shown))
            print("\n".join(tally.missed))


if __name__ == "__main__":
    main()
