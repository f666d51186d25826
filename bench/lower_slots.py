"""How often a lower-case word in three grammatical slots is a proper noun in UD treebanks.

    PYTHONPATH=app:. .venv/bin/python -m bench.lower_slots PATH.conllu ...

The redactor reads a lower-case word as no person's name in three slots (measure only: the
treebanks are published text nobody here wrote; Finnish-FTB's licence allows measuring):

- `future`: after Swedish "kommer/kom/komma/kommit att" (`lower_subjects._future_marker`);
- `pair`: after "<place preposition> <bare lower-case known word> och/og/eller"
  (`lowercase_registered.coordinated_noun`), and apart, `pair-definite`, after a first word
  with a definite ending, which the rule leaves;
- `negation`: after "ei", "en", "et", "emme", "ette", "eivät" (a Finnish negation verb, a
  Scandinavian indefinite article: `context.after_negation_or_article`);
- `indefinite`, `indefinite-adjective`: after a Swedish, Norwegian or Danish indefinite
  article ("en", "ett", "ei", "et", "ein", "eit"), at once or after one lower-case word, and
  before no finite verb by its form (`lowercase_registered.indefinite_noun`; read on the
  Swedish and Norwegian treebanks).

For each slot it prints how many lower-case words stand there, how many of them the
annotators tagged PROPN, and how many are a clause's subject (deprel `nsubj`), the place a
person typed in lower case would take.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from casebook.deid import closed_words, lowercase_registered, vocab

from bench.conllu import read_file

_KOMMA = {"kommer", "kom", "komma", "kommit"}
_NEGATION_OR_ARTICLE = {"ei", "en", "et", "emme", "ette", "eivät"}
_PAIRING = {"och", "og", "eller"}
_INDEFINITE = {"en", "ett", "ei", "et", "ein", "eit"}


def slots(paths: list[Path]) -> dict[str, Counter[str]]:
    """Per slot: "words", "PROPN" and "subject" counts over the treebanks' sentences."""
    counts: dict[str, Counter[str]] = {}
    known = vocab.known_words()
    for path in paths:
        for sentence in read_file(path):
            words = sentence.words
            for i, word in enumerate(words):
                if not word.form[:1].islower():
                    continue
                found = []
                prev = words[i - 1].form.lower() if i >= 1 else ""
                if i >= 2 and prev == "att" and words[i - 2].form.lower() in _KOMMA:
                    found.append("future")
                if prev in _NEGATION_OR_ARTICLE:
                    found.append("negation")
                after = words[i + 1].form.lower() if i + 1 < len(words) else ""
                if not lowercase_registered.finite_form(after):
                    if prev in _INDEFINITE:
                        found.append("indefinite")
                    elif (
                        i >= 2
                        and words[i - 2].form.lower() in _INDEFINITE
                        and words[i - 1].form[:1].islower()
                        and prev not in vocab.RELATIONS
                        and prev not in vocab.TITLES
                        and not closed_words.preposition(prev)
                        and prev not in ("och", "og", "eller", "men", "som", "att", "at")
                    ):
                        found.append("indefinite-adjective")
                if i >= 3 and prev in _PAIRING:
                    first = words[i - 2].form
                    low = first.lower()
                    if (
                        first[:1].islower()
                        and words[i - 3].form.lower() in vocab.LOCATIVES
                        and low in known
                        and low not in vocab.RELATIONS
                    ):
                        definite = low.endswith(lowercase_registered.DEFINITE_FIRST)
                        found.append("pair-definite" if definite else "pair")
                for slot in found:
                    count = counts.setdefault(slot, Counter())
                    count["words"] += 1
                    count["PROPN"] += word.upos == "PROPN"
                    count["subject"] += word.deprel.startswith("nsubj")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()
    for slot, count in sorted(slots(args.paths).items()):
        words, propn, subject = count["words"], count["PROPN"], count["subject"]
        print(f"{slot:14} words {words:5}  PROPN {propn:3}  subject {subject:3}")


if __name__ == "__main__":
    main()
