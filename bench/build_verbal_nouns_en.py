"""Development-time generator of `app/casebook/deid/data/verbal_nouns_en.txt`: English words
in "-ed" or "-ing" that the Universal Dependencies treebanks use as a noun ("evening",
"meeting", "building", "wedding"), read by `name_nouns._participle`, which takes any other
such word of the English lists between a determiner and a rarer English noun as a participle
attribute ("a travelling fowler", "the faded opal"). After one of these a lower-case name may
open the next clause ("at the meeting rowan said").

A form is kept when it is tagged NOUN or PROPN at least twice and in at least a third of its
uses, in any case. Counts only, from the dev and test files of UD English EWT, GUM,
GUMReddit, LinES, ParTUT, PUD and ESLSpok (CC BY-SA 4.0 and CC BY 4.0 family), less EWT's
test file, which `bench.nordic_openings` reads. Never imported by Casebook. Regenerate:

    PYTHONPATH=app:. python -m bench.build_verbal_nouns_en --ud /tmp/ud
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from casebook import deid

from bench.build_english_adjectives import english_words

OUT = Path(deid.__file__).with_name("data") / "verbal_nouns_en.txt"


def count(ud: Path) -> tuple[Counter[str], Counter[str]]:
    """NOUN or PROPN uses and all uses of each lower-cased form in "-ed" or "-ing"."""
    nominal: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for cols in english_words(ud):
        low = cols[1].lower()
        if not (low.isalpha() and low.endswith(("ed", "ing"))):
            continue
        uses[low] += 1
        nominal[low] += cols[3] in ("PROPN", "NOUN")
    return nominal, uses


def build(ud: Path) -> list[str]:
    nominal, uses = count(ud)
    words = sorted(w for w, n in nominal.items() if n >= 2 and n * 3 >= uses[w])
    header = (
        "# English words in -ed/-ing that UD English dev/test files tag NOUN or PROPN (2 or more\n"
        "# uses, a third of all); made by bench/build_verbal_nouns_en.py.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, required=True)
    print(f"{len(build(parser.parse_args().ud))} words")


if __name__ == "__main__":
    main()
