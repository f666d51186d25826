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
  Swedish and Norwegian treebanks);
- `participle`, `one`: after an English determiner and a participle in "-ed"/"-ing"
  (`name_nouns._participle`: "a travelling", "the faded") and before no verb or "and", or
  after "one" that no determiner or wh-word precedes, before no verb or "and"
  (`name_nouns._counted`: "planted one"). Read in any case: English capitalises a name
  there, and a capitalised name in the slot is what a lower-case one would be.

For each slot it prints how many lower-case words stand there, how many of them the
annotators tagged PROPN, and how many are a clause's subject (deprel `nsubj`), the place a
person typed in lower case would take.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from casebook.deid import closed_words, lowercase_registered, name_nouns, vocab

from bench.conllu import Word, read_file

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
                found = english_slots(words, i)
                if not word.form[:1].islower():
                    if found:
                        _add(counts, found, word)
                    continue
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
                _add(counts, found, word)
    return counts


def _add(counts: dict[str, Counter[str]], found: list[str], word: Word) -> None:
    for slot in found:
        count = counts.setdefault(slot, Counter())
        count["words"] += 1
        count["PROPN"] += word.upos == "PROPN"
        count["subject"] += word.deprel.startswith("nsubj")


def english_slots(words: tuple[Word, ...], i: int) -> list[str]:
    """The English slots of `name_nouns` the word at `i` stands in, its case aside."""
    if i < 2 or not words[i].form.isalpha():
        return []
    prev = words[i - 1].form
    head = " ".join(w.form for w in words[max(0, i - 3) : i]).lower() + " "
    low = head + " ".join(w.form for w in words[i:]).lower()
    start, end = len(head), len(head) + len(words[i].form)
    found = []
    if (
        prev.islower()
        and name_nouns._participle(prev)
        and name_nouns._after_article(low, start)
        and name_nouns._no_verb_after(low, end)
    ):
        found.append("participle")
    if prev.lower() == "one" and name_nouns._counted(low, start, end):
        found.append("one")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()
    for slot, count in sorted(slots(args.paths).items()):
        words, propn, subject = count["words"], count["PROPN"], count["subject"]
        print(f"{slot:14} words {words:5}  PROPN {propn:3}  subject {subject:3}")


if __name__ == "__main__":
    main()
