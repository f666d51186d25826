"""What the redactor removes from the numbers of published sentences (false positives on
amounts, measurements, years, times, scores, section numbers).

    PYTHONPATH=.:app .venv/bin/python -m bench.numbers_in_prose [--show N] \
        sv_pud=DIR/sv_pud-ud-test.conllu de_gsd=DIR/de_gsd-ud-dev.conllu ...

`bench/real_sentences` leaves out every sentence holding a digit; this reads those: each
sentence of the CoNLL-U files given that holds a digit (and no "@" or link), four of a file to
a note, redacted with nobody registered. A removed span holding a digit is counted by the
rule that made it (the span's kind; for a date, `date` is what the policy asks when it pins a
day, so dates are shown apart and read by eye). Numbers are the tokens holding a digit;
reported are the number tokens removed per 1,000 in all and per file, and per 1,000 words.
Use files none of held-out J's sources (not UD Danish-DDT, Norwegian-Bokmaal, Finnish-TDT):
the figures in docs come from UD Swedish-PUD and English-PUD (test; the sentences
`real_sentences` left out) and the dev files of German-GSD, Norwegian-Nynorsk and
Finnish-FTB.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from casebook.deid import Redactor, Registry

from bench import conllu

_UNSAFE = re.compile(r"@|https?:|www\.")
_DIGIT = re.compile(r"\d")
PER_NOTE = 4


def sentences(path: Path) -> list[tuple[str, list[str]]]:
    """(text, its tokens) of every sentence of a CoNLL-U file that holds a digit."""
    return [
        (s.text, [w.form for w in s.words])
        for s in conllu.read_file(path)
        if _DIGIT.search(s.text) and not _UNSAFE.search(s.text)
    ]


def measure(files: list[tuple[str, Path]], show: int = 0) -> list[str]:
    redactor = Redactor(Registry([]))
    lines, kinds, shown = [], Counter(), []
    all_numbers = all_gone = all_words = 0
    for source, path in files:
        kept = sentences(path)
        numbers = gone = words = 0
        for i in range(0, len(kept), PER_NOTE):
            text = " ".join(t for t, _ in kept[i : i + PER_NOTE])
            spans = redactor.spans(text)
            words += len(text.split())
            for m in re.finditer(r"\S*\d\S*", text):
                numbers += 1
                hit = next((s for s in spans if s.start < m.end() and m.start() < s.end), None)
                if hit is None:
                    continue
                gone += 1
                kinds[hit.kind] += 1
                if len(shown) < show or hit.kind != "date" and len(shown) < 4 * show:
                    before, after = text[max(0, hit.start - 40) : hit.start], text[hit.end :][:30]
                    shown.append(
                        f"[{source} {hit.kind}] {before}[[{text[hit.start : hit.end]}]]{after}"
                    )
        lines.append(
            f"{source:12} {len(kept):5} sentences {numbers:6} numbers"
            f" {1000 * gone / max(numbers, 1):6.1f} removed per 1,000"
            f" ({gone}; {1000 * gone / max(words, 1):.2f} per 1,000 words)"
        )
        all_numbers, all_gone, all_words = all_numbers + numbers, all_gone + gone, all_words + words
    lines.append(
        f"{'all':12} {all_numbers:6} numbers {1000 * all_gone / max(all_numbers, 1):.1f}"
        f" removed per 1,000 ({all_gone};"
        f" {1000 * all_gone / max(all_words, 1):.2f} per 1,000 words)"
    )
    lines.append("-- numbers removed by the kind of span")
    lines += [f"{n:6}  {kind}" for kind, n in kinds.most_common()]
    return lines + shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="SOURCE=PATH of a CoNLL-U file")
    parser.add_argument("--show", type=int, default=0, help="examples to print")
    args = parser.parse_args()
    files = [(f.split("=", 1)[0], Path(f.split("=", 1)[1])) for f in args.files]
    print("\n".join(measure(files, args.show)))


if __name__ == "__main__":
    main()
