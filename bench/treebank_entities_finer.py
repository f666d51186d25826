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
from pathlib import Path

from casebook.deid import Redactor, Registry

from bench.entity_mentions import Sentence, measure, report

PER_NOTE = 4
TYPES = ("PER", "ORG", "LOC", "PRO", "EVENT", "DATE")
LOOK = ("digitoday.2014.train.csv", "digitoday.2014.dev.csv")
HELD = ("digitoday.2015.test.csv", "wikipedia.test.csv")


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
        current.add(form, cols[1].strip() if len(cols) > 1 else "O")
    return [a for a in found if a]


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
            print("\n".join(report(tally, label, TYPES)))
            print("\n".join(tally.shown))
            print("\n".join(tally.missed))


if __name__ == "__main__":
    main()
