"""Development-time generator of `app/casebook/deid/data/bare_nouns_en.txt`: English words that
published treebanks tag as a singular common noun, or else only as a verb.

Never imported by Casebook: the redactor reads the plain file. Regenerate with

    PYTHONPATH=app:. python -m bench.build_bare_nouns --ud UD-DIR > \
        app/casebook/deid/data/bare_nouns_en.txt

Read: every `*.conllu` file under `--ud` of Universal Dependencies' English treebanks (EWT,
GUM, GUMReddit, LinES, ParTUT, PUD, ESLSpok; dev and test files, and the train files the
mirror stores, which are empty but for a few). `bench.nordic_openings` reads EWT's test file:
it is left out (`--skip`, default `en_ewt-ud-test`), so that check stays apart. Validation
sets I, J and K drew sentences from EWT's dev and test files, whose figures are then no longer
independent of this list.

A word is written when the treebanks give it in lower case at least `--least` (2) times,
only as a common noun (UPOS NOUN) or a verb (VERB), at least `--share` (0.5) of the times as
the noun, and that noun never plural (feature `Number=Plur`): "song", "work", "car"; not
"songs" (plural), "today" (an adverb too), "iron" (an adjective too), "run" (more often the
verb), nor a noun of time ("tonight": "Wren tonight said" is Wren). Right after a capitalised
word-name opening its sentence and before the verb, such a word makes the two one noun
phrase, the name its modifier (`compound_openings.py`: "Wren song carried over the hedge"):
a person's name takes no bare singular noun after it.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from bench import conllu

_ALLOWED = frozenset(["NOUN", "VERB"])


def bare_nouns(files: list[Path], least: int, share: float) -> list[str]:
    """Lower-case alphabetic forms written in lower case at least `least` times, only NOUN or
    VERB, at least `share` of the times NOUN, no NOUN of them plural, none a noun of time or
    measure (`obl:tmod`, `nmod:tmod`, `obl:npmod`, `obl:unmarked`: "tonight", "tomorrow");
    sorted."""
    tags: defaultdict[str, Counter[str]] = defaultdict(Counter)
    barred: set[str] = set()
    for path in files:
        for sentence in conllu.columns(path):
            for _id, form, _lemma, upos, _x, feats, _head, deprel, *_rest in sentence:
                if not form.islower():
                    continue
                tags[form][upos] += 1
                if upos == "NOUN" and "Number=Plur" in feats.split("|"):
                    barred.add(form)
                if "tmod" in deprel or "npmod" in deprel or "unmarked" in deprel:
                    barred.add(form)
    return sorted(
        form
        for form, count in tags.items()
        if form.isalpha()
        and form not in barred
        and sum(count.values()) >= least
        and set(count) <= _ALLOWED
        and count["NOUN"] >= share * sum(count.values())
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--skip", nargs="*", default=["en_ewt-ud-test"])
    parser.add_argument("--least", type=int, default=2)
    parser.add_argument("--share", type=float, default=0.5)
    args = parser.parse_args()
    files = sorted(
        path
        for path in args.ud.glob("UD_English-*/*.conllu")
        if not any(skip in path.name for skip in args.skip)
    )
    words = bare_nouns(files, args.least, args.share)
    print("# English words UD English treebanks tag as a singular NOUN, else only VERB")
    print("# (bench/build_bare_nouns.py)")
    print(f"# read: {', '.join(path.name for path in files)}")
    print("\n".join(words))


if __name__ == "__main__":
    main()
