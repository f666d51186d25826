"""Ordinary words removed from published sentences of any CoNLL-U treebank, by the annotators' tags.

    .venv/bin/python -m bench.treebank_ordinary [--per 600] [--show 20] SOURCE=PATH ...

`bench/real_sentences` is a fixed set; this reads any further treebank the study lead may use
for measuring (UD Swedish-Talbanken, English-EWT, German-GSD, Norwegian-Nynorsk dev;
Finnish-FTB dev to measure only, its licence being non-commercial; never held-out J's UD Danish-DDT,
Norwegian-Bokmaal or Finnish-TDT). Sentences without a digit, "@" or a link, up to `--per` of
each file, four to a note, nobody registered. A token the annotators did not tag PROPN that a
redaction touches is an ordinary word removed; reported per 1,000 such words, apart for a
capitalised word that opens a sentence, and with the share of PROPN tokens removed beside it
(names, but also towns and firms, which Casebook keeps: a rough view of what the rules still
take, not a recall). Prints per source and, with `--show`, the words removed in their
sentences."""

from __future__ import annotations

import argparse
import re
from itertools import islice
from pathlib import Path

from casebook.deid import Redactor, Registry

from bench import conllu

_UNSAFE = re.compile(r"@|https?:|www\.|\d")
PER_NOTE = 4


def sentences(path: Path, per: int, part: str = "all") -> list[tuple[str, list[tuple[str, str]]]]:
    """(text, [(form, UPOS)]) of the first `per` sentences of a CoNLL-U file without a digit,
    an e-mail or a link; `part` "even" or "odd" keeps only those at an even or odd place among
    them (odd is the share held out from what rules are written against)."""
    safe = (s for s in conllu.read_file(path) if not _UNSAFE.search(s.text))
    out = [(s.text, [(w.form, w.upos) for w in s.words]) for s in islice(safe, per)]
    if part == "all":
        return out
    return out[part == "odd" :: 2]


def _offsets(text: str, tokens: list[tuple[str, str]], base: int) -> list[tuple[int, int, str]]:
    """Where each token stands in `text` (tokens are in order; one not found is skipped)."""
    found, at = [], 0
    for form, upos in tokens:
        i = text.find(form, at)
        if i < 0:
            continue
        found.append((base + i, base + i + len(form), upos))
        at = i + len(form)
    return found


def measure(files: list[tuple[str, Path]], per: int, show: int, part: str = "all") -> list[str]:
    redactor = Redactor(Registry([]))
    lines, shown = [], []
    for source, path in files:
        kept = sentences(path, per, part)
        words = gone = initial = initial_gone = propn = propn_gone = 0
        for i in range(0, len(kept), PER_NOTE):
            group = kept[i : i + PER_NOTE]
            text, tokens, first = "", [], []
            for sentence, toks in group:
                base = len(text) + (1 if text else 0)
                text = f"{text} {sentence}" if text else sentence
                placed = _offsets(sentence, toks, base)
                tokens += placed
                first += placed[:1]
            spans = redactor.spans(text)
            for start, end, upos in tokens:
                if not text[start:end][:1].isalpha():
                    continue
                hit = any(s.start < end and start < s.end for s in spans)
                if upos == "PROPN":
                    propn += 1
                    propn_gone += hit
                    continue
                words += 1
                gone += hit
                if (start, end, upos) in first and text[start].isupper():
                    initial += 1
                    initial_gone += hit
                if hit and len(shown) < show:
                    shown.append(f"[{source} {upos}] {text[max(0, start - 40) : end + 40]!r}")
        lines.append(
            f"{source:14s} sentences {len(kept):5d}  ordinary words {words:6d}  removed per "
            f"1,000 {1000 * gone / max(words, 1):6.2f} ({gone})  sentence-initial "
            f"{initial_gone}/{initial}  PROPN removed {propn_gone}/{propn}"
        )
    return lines + shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="SOURCE=PATH of a CoNLL-U file")
    parser.add_argument("--per", type=int, default=600, help="sentences per file at most")
    parser.add_argument("--show", type=int, default=0, help="examples to print")
    parser.add_argument(
        "--part",
        choices=("all", "even", "odd"),
        default="all",
        help="even: sentences to look at; odd: held out",
    )
    args = parser.parse_args()
    files = [(s, Path(p)) for s, _, p in (f.partition("=") for f in args.files)]
    print("\n".join(measure(files, args.per, args.show, args.part)))


if __name__ == "__main__":
    main()
