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
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from casebook.deid import Redactor, Registry

from bench.treebank_entities import _offsets

PER_NOTE = 4
TYPES = ("PER", "ORG", "LOC", "GPE_LOC", "GPE_ORG", "PROD", "EVT", "DRV", "MISC")


@dataclass
class Sentence:
    text: str
    forms: list[str] = field(default_factory=list)
    # per token, the index of its mention within the sentence, or -1
    mention: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


def sentences(path: Path) -> list[Sentence]:
    """One CoNLL-U file's sentences with their NorNE mentions (B- opens, I- continues)."""
    found: list[Sentence] = []
    current: Sentence | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text ="):
            current = Sentence(line.split("=", 1)[1].strip())
        elif line and line[0].isdigit() and current is not None:
            cols = line.split("\t")
            if len(cols) < 10 or not cols[0].isdigit():
                continue
            tag = next((p[5:] for p in cols[9].split("|") if p.startswith("name=")), "O")
            current.forms.append(cols[1])
            if tag.startswith("B-") or (tag.startswith("I-") and not current.mention):
                current.kinds.append(tag[2:])
                current.mention.append(len(current.kinds) - 1)
            elif tag.startswith("I-"):
                previous = current.mention[-1]
                if previous < 0 or current.kinds[previous] != tag[2:]:
                    current.kinds.append(tag[2:])
                    previous = len(current.kinds) - 1
                current.mention.append(previous)
            else:
                current.mention.append(-1)
        elif not line and current is not None:
            found.append(current)
            current = None
    if current is not None:
        found.append(current)
    return found


@dataclass
class Tally:
    mentions: Counter[str] = field(default_factory=Counter)
    touched: Counter[str] = field(default_factory=Counter)
    words: int = 0
    words_named: int = 0
    shown: list[str] = field(default_factory=list)


def measure(notes: list[list[Sentence]], part: str, show: int) -> Tally:
    redactor = Redactor(Registry([]))
    tally = Tally()
    for number, group in enumerate(notes):
        if part != "all" and ("look" if number % 2 == 0 else "held") != part:
            continue
        text, placed = "", []
        for sentence in group:
            base = len(text) + (1 if text else 0)
            text = f"{text} {sentence.text}" if text else sentence.text
            placed.append(_offsets(sentence.text, sentence.forms, base))
        spans = [s for s in redactor.spans(text) if s.kind == "name"]
        for sentence, where in zip(group, placed, strict=True):
            hit: set[int] = set()
            for i, at in enumerate(where):
                if at is None or not sentence.forms[i][:1].isalpha():
                    continue
                start, end = at
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
                    tally.shown.append(f"[{kind}] {text[max(0, start - 50) : end + 50]!r}")
            for key, kind in enumerate(sentence.kinds):
                tally.mentions[kind] += 1
                tally.touched[kind] += key in hit
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
    for part in parts:
        tally = measure(notes, part, args.show)
        print("\n".join(report(tally, part)))
        print("\n".join(tally.shown))


if __name__ == "__main__":
    main()
