"""Development-time generator of `app/casebook/deid/data/adjectives_en.txt`: English words the
Universal Dependencies treebanks tag as an adjective, read by `name_nouns.py` between a
determiner and a rarer English noun ("an old fowler", "a tiny opal").

A form is kept when it is given at least twice in lower case, tagged ADJ in at least 85 % of
them and PROPN or NOUN in at most 5 % of all its uses, in any case: so no role noun
("treasurer", "caretaker") and no name, but "last" (ADJ 99 of 114 lower-case uses, the rest
adverbs and verbs) and "first" are kept, which a title's "Last" or a stray NOUN tag kept out
until 2026-12-07 ("the last fowler"). "dear" (NOUN or PROPN in more than 5 %) stays out: "my
dear rowan" is a person. Counts
only, from the dev and test files of UD English EWT, GUM, GUMReddit, LinES, ParTUT, PUD and
ESLSpok (CC BY-SA 4.0 and CC BY 4.0 family), less EWT's test file, which
`bench.nordic_openings` reads. Never imported by Casebook. Regenerate:

    PYTHONPATH=app:. python -m bench.build_english_adjectives --ud /tmp/ud
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from casebook import deid

from bench import conllu

OUT = Path(deid.__file__).with_name("data") / "adjectives_en.txt"
TREEBANKS = ("EWT", "GUM", "GUMReddit", "LinES", "ParTUT", "PUD", "ESLSpok")
LEFT_OUT = ("en_ewt-ud-test.conllu",)


def english_words(ud: Path) -> Iterator[list[str]]:
    """The columns of every syntactic word of the English dev/test files these builders
    count (`TREEBANKS` less `LEFT_OUT`), read through `bench.conllu`."""
    for bank in TREEBANKS:
        for path in sorted((ud / f"UD_English-{bank}").glob("*.conllu")):
            if path.name in LEFT_OUT:
                continue
            for sentence in conllu.columns(path):
                yield from sentence


def count(ud: Path) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """Lower-case ADJ uses and lower-case uses of each form; NOUN or PROPN uses and all uses
    in any case."""
    adjective: Counter[str] = Counter()
    total: Counter[str] = Counter()
    nominal: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for cols in english_words(ud):
        form, upos = cols[1], cols[3]
        if not form.isalpha():
            continue
        low = form.lower()
        uses[low] += 1
        nominal[low] += upos in ("PROPN", "NOUN")
        if form != low:
            continue
        total[low] += 1
        adjective[low] += upos == "ADJ"
    return adjective, total, nominal, uses


def build(ud: Path) -> list[str]:
    adjective, total, nominal, uses = count(ud)
    words = sorted(
        w
        for w, n in total.items()
        if n >= 2 and adjective[w] * 100 >= n * 85 and nominal[w] * 20 <= uses[w]
    )
    header = (
        "# English adjectives of UD English dev/test files (ADJ in 85 % of 2 or more lower-case\n"
        "# uses, NOUN or PROPN in at most 5 % of all); made by bench/build_english_adjectives.py.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, required=True)
    print(f"{len(build(parser.parse_args().ud))} words")


if __name__ == "__main__":
    main()
