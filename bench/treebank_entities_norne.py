"""Which NorNE Nynorsk entity mentions a redaction touches, nobody registered.

    .venv/bin/python -m bench.treebank_entities_norne --norne DIR [--part look|held] [--show 40]

NorNE (github.com/ltgoslo/norne; the treebank's annotations are CC0, its texts may not be
republished as stand-alone texts: read for measuring only, nothing of it is shipped) tags
every token of Norwegian Dependency Treebank with `name=B-PER`, `I-ORG`, ... in its MISC
column: PER, ORG, LOC, GPE_LOC, GPE_ORG, PROD, EVT, DRV, MISC. Only the Nynorsk files are
read (`DIR/*nynorsk*.conllu`: its UD dev and test files); never the Bokmål ones, whose
sentences are a held-out set's source. Sentences are redacted four to a note, in order, with
nobody registered. A mention a redaction touches as a name is counted under its type: `PER`
is recall (a stranger's name found), every other type a false positive (a town, a firm, a
party, a product taken for a name), as is a word outside every mention taken for a name.

Notes are split by the parity of their number within the file: `--part look` (even) is the
half to read and write rules from, `--part held` (odd) is reported only in aggregate
(`--show` refuses it)."""

from __future__ import annotations

import argparse
from pathlib import Path

from casebook.deid import Redactor, Registry

from bench.entity_mentions import Sentence, measure, report

PER_NOTE = 4
TYPES = ("PER", "ORG", "LOC", "GPE_LOC", "GPE_ORG", "PROD", "EVT", "DRV", "MISC")


def sentences(path: Path) -> list[Sentence]:
    """One CoNLL-U file's sentences with their NorNE mentions (B- opens, I- continues)."""
    found: list[Sentence] = []
    current: Sentence | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text ="):
            current = Sentence(text=line.split("=", 1)[1].strip())
        elif line and line[0].isdigit() and current is not None:
            cols = line.split("\t")
            if len(cols) < 10 or not cols[0].isdigit():
                continue
            tag = next((p[5:] for p in cols[9].split("|") if p.startswith("name=")), "O")
            current.add(cols[1], tag)
        elif not line and current is not None:
            found.append(current)
            current = None
    if current is not None:
        found.append(current)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--norne", type=Path, required=True, help="NorNE's ud/nno folder")
    parser.add_argument("--part", choices=("look", "held", "both"), default="both")
    parser.add_argument("--show", type=int, default=0, help="words taken for a name, no person's")
    args = parser.parse_args()
    if args.show and args.part != "look":
        raise SystemExit("--show reads the words of the half to look at only: --part look")
    files = [f for f in sorted(args.norne.glob("*.conllu")) if "nynorsk" in f.name]
    if not files:
        raise SystemExit(f"no Nynorsk CoNLL-U file in {args.norne}")
    notes: list[list[Sentence]] = []
    for path in files:
        found = sentences(path)
        notes += [found[n : n + PER_NOTE] for n in range(0, len(found), PER_NOTE)]
    parts = ("look", "held") if args.part == "both" else (args.part,)
    redactor = Redactor(Registry([]))
    for part in parts:
        # every other note of the Nynorsk files is looked at, the rest held out
        share = [n for i, n in enumerate(notes) if (i % 2 == 0) == (part == "look")]
        tally = measure(share, args.show, redactor)
        print("\n".join(report(tally, part, TYPES)))
        print("\n".join(tally.shown))


if __name__ == "__main__":
    main()
