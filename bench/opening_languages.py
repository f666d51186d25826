"""Which language the redactor reads for the sentences whose opening ordinary word it removed,
and what the opening policy (`neighbour_openings.reading`) answers there: does a short
sentence read in no language cost Casebook's users ordinary words at openings?

    PYTHONPATH=app:. .venv/bin/python -m bench.opening_languages DUMP.txt [DUMP.txt ...] [--show N]

DUMP is a `stot.py --dump` file of a validation set (never a sealed set's). For each ORD line
of an opening ("homograph/initial") the context (120 characters either side, the word in
«») is read as the text: printed per (language read, reading) with counts, and, for the
sentences read in no language, what the reading would be were the sentence Norwegian or
Danish, or Finnish (`forced`). A (None, None) sentence whose forced readings stay None or
True would keep its word taken under the standing policy whatever its language were.
The context is cut at 120 characters, so a reading that needs more of the note may differ
from the redactor's own."""

from __future__ import annotations

import argparse
import collections
from collections.abc import Iterator

from casebook.deid import neighbour_openings, note_language
from casebook.deid.context import sentence_start

_Key = tuple[object, object]


def _openings(path: str) -> Iterator[tuple[str, int, int]]:
    """The text, start and end of every removed opening word of a dump."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("ORD") or "homograph/initial" not in line:
                continue
            context = line.split(": ", 1)[1].rstrip("\n")
            start = context.index("«")
            text = context.replace("«", "", 1)
            end = text.index("»")
            yield text.replace("»", "", 1).replace("⏎", "\n"), start, end


def _read(text: str, start: int, end: int) -> _Key:
    low = text.lower()
    language = note_language.sentence_language(text, start, end, count_word=False)
    if not sentence_start(text, start):
        return language, "no sentence start"
    return language, neighbour_openings.reading(text, low, start, end)


def _forced(text: str, start: int, end: int) -> tuple[bool | None, ...]:
    """The readings were the sentence Norwegian or Danish, then Finnish."""
    standing = note_language.sentence_language
    answers = []
    try:
        for forced in (("nb", "da"), ("fi",)):
            note_language.sentence_language = lambda *_a, _f=forced, **_k: _f  # type: ignore[assignment]
            answers.append(neighbour_openings.reading(text, text.lower(), start, end))
    finally:
        note_language.sentence_language = standing  # type: ignore[assignment]
    return tuple(answers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dumps", nargs="+")
    parser.add_argument("--show", type=int, default=3, help="examples printed per row")
    args = parser.parse_args()
    for path in args.dumps:
        counts: collections.Counter[_Key] = collections.Counter()
        forced: collections.Counter[tuple[bool | None, ...]] = collections.Counter()
        examples: dict[object, list[str]] = collections.defaultdict(list)
        for text, start, end in _openings(path):
            key = _read(text, start, end)
            counts[key] += 1
            examples[key].append(text[start : start + 50].replace("\n", "⏎"))
            if key == (None, None):
                answer = _forced(text, start, end)
                forced[answer] += 1
                examples["forced", answer].append(text[start : start + 50].replace("\n", "⏎"))
        print(f"== {path}: {sum(counts.values())} opening words removed")
        for key, count in counts.most_common():
            print(f"{count:6d} language={key[0]} reading={key[1]}")
            for example in sorted(set(examples[key]))[: args.show]:
                print(f"         {example}")
        for answer, count in forced.most_common():
            print(f"{count:6d}   of (None, None): forced nb/da={answer[0]} fi={answer[1]}")
            for example in sorted(set(examples["forced", answer]))[: args.show]:
                print(f"         {example}")


if __name__ == "__main__":
    main()
