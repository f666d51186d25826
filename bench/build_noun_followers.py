"""Development-time generator of `app/casebook/deid/data/noun_followers_en.txt`: English
words that published treebanks tag only as a common noun or a determiner.

Never imported by Casebook: the redactor reads the plain file. Regenerate with

    PYTHONPATH=app:. python -m bench.build_noun_followers --ud UD-DIR > \
        app/casebook/deid/data/noun_followers_en.txt

Read: every `*.conllu` file under `--ud` of Universal Dependencies' English treebanks (EWT,
GUM, GUMReddit, LinES, ParTUT, PUD, ESLSpok; dev and test files, and the train files the
mirror stores, which are empty but for a few). `bench.nordic_openings` reads EWT's test file:
it is left out (`--skip`, default `en_ewt-ud-test`), so that check stays apart. Validation
sets I, J and K drew sentences from EWT's dev and test files, whose figures are then no longer
independent of this list.

A word is written, in lower case, when the treebanks give it at least `--least` (2) times,
never as a verb or an auxiliary, and at least `--share` (0.95) of the times as a common noun
(UPOS NOUN) or a determiner (DET): "colours", "tea", "the" (once PRON in 7,970); not
"weather" (once a verb), "lights" (once a proper noun in three), "this" (a pronoun too).
A word standing right before one of them, opening a clocked entry, is no subject before its
verb (`stamped_openings.py`).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from bench import conllu

_KEEP = frozenset(["NOUN", "DET"])
_NEVER = frozenset(["VERB", "AUX"])


def followers(files: list[Path], least: int, share: float) -> list[str]:
    """Lower-case forms given at least `least` times, never VERB or AUX, and at least `share`
    of the times NOUN or DET, sorted."""
    tags: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for path in files:
        for sentence in conllu.read_file(path):
            for word in sentence.words:
                tags[word.form.lower()][word.upos] += 1
    return sorted(
        form
        for form, count in tags.items()
        if form.isalpha()
        and sum(count.values()) >= least
        and not _NEVER.intersection(count)
        and sum(count[tag] for tag in _KEEP) >= share * sum(count.values())
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--skip", nargs="*", default=["en_ewt-ud-test"])
    parser.add_argument("--least", type=int, default=2)
    parser.add_argument("--share", type=float, default=0.95)
    args = parser.parse_args()
    files = sorted(
        path
        for path in args.ud.glob("UD_English-*/*.conllu")
        if not any(skip in path.name for skip in args.skip)
    )
    words = followers(files, args.least, args.share)
    print("# English words UD English treebanks tag as NOUN or DET, never VERB or AUX")
    print("# (bench/build_noun_followers.py)")
    print(f"# read: {', '.join(path.name for path in files)}")
    print("\n".join(words))


if __name__ == "__main__":
    main()
