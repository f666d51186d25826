"""A word-name before a capitalised proper noun in published text: a place's name or a person?

    PYTHONPATH=app:. .venv/bin/python -m bench.establishment_names /tmp/ud [--show 40]

`establishment_names.py` reads a capitalised word-name right before the capitalised head noun
of a shop, a workplace, a room, a road, an award or a trade's goods ("Rise Tools", "the Wheat
Room") as the first word of that place's name. This takes every sentence of the UD English
treebanks under the given folder (EWT, GUM, LinES, PUD and any other stored; CC BY-SA 4.0 and
CC BY 4.0 family), less EWT's test file, which `bench.nordic_openings` reads, and:

- for every capitalised word the annotators follow with a proper noun, puts each word-name
  of `WORDS` in its place (the two words before it and the two after it kept) and counts
  where the rule reads the pair as a place, printing each pair: things, or a person's name?
- for every given name of the lexicon tagged PROPN and followed by a capitalised proper noun
  (a person's full name nearly always), does the same: every hit is a person's slot the rule
  would release, unless the pair is a place ("Madison Avenue").
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from casebook.deid import establishment_names, lexicon

from bench import conllu

WORDS = ("Staples", "Teddy", "Hardy")


def _fires(words: tuple[conllu.Word, ...], i: int, word: str) -> bool:
    before = " ".join(w.form for w in words[max(0, i - 2) : i])
    after = " ".join(w.form for w in words[i + 1 : i + 3])
    text = f"{before} {word} {after}" if before else f"{word} {after}"
    start = len(before) + 1 if before else 0
    return establishment_names.headed(text, start, start + len(word))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("ud", type=Path)
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    given = lexicon.given_names()
    pairs = persons = 0
    things: Counter[tuple[str, str]] = Counter()
    released: Counter[tuple[str, str]] = Counter()
    for path in sorted(args.ud.glob("UD_English-*/*.conllu")):
        if path.name.startswith("en_ewt-ud-test"):
            continue
        for sentence in conllu.read(path.read_text(encoding="utf-8")):
            words = sentence.words
            for i in range(len(words) - 1):
                this, nxt = words[i], words[i + 1]
                if nxt.upos != "PROPN" or not nxt.form[:1].isupper():
                    continue
                if this.form[:1].isupper() and this.form[1:].islower():
                    pairs += 1
                    for word in WORDS:
                        if _fires(words, i, word):
                            things[(this.form, nxt.form)] += 1
                if this.upos == "PROPN" and this.form.lower() in given:
                    persons += 1
                    for word in WORDS:
                        if _fires(words, i, word):
                            released[(this.form, nxt.form)] += 1
    print(
        f"capitalised word + proper noun: {pairs} pairs x {len(WORDS)} word-names, "
        f"read as a place {sum(things.values())} times"
    )
    for (a, b), n in things.most_common(args.show):
        print(f"  {n:3d}  {a} {b}")
    print(
        f"given name + proper noun: {persons} pairs x {len(WORDS)} word-names, "
        f"read as a place {sum(released.values())} times"
    )
    for (a, b), n in released.most_common(args.show):
        print(f"  {n:3d}  {a} {b}")


if __name__ == "__main__":
    main()
