"""Proper nouns beside a name, and ordinary words written with a capital beside one, in
published sentences: what `capital_halves.py` gains and what it costs.

    PYTHONPATH=.:app .venv/bin/python -m bench.name_neighbours --ud DIR [--per 600] [--show N]

DIR holds UD treebanks (`UD_*/` with dev and test CoNLL-U files): Swedish-Talbanken, -LinES and
-PUD, English-EWT, -GUM, -LinES, -PUD and -ParTUT, Norwegian-Nynorsk and -NynorskLIA,
Finnish-FTB, -OOD and -PUD (no file of any held-out set's sources). Sentences without a digit,
"@" or a link, up to `--per` of each file, four to a note. Each file is read twice: with
nobody registered, and with every annotators' proper noun (PROPN) that is a name of the
lexicon registered as a person of its own (a study whose participants share names with the
people of the text), and again with each such proper noun registered as one half of a
person's two names, the other half one nobody in the text bears ("halves": a study whose
participants share a given or a family name with people of the text, where `stranger_halves`,
`capital_halves` and `foreign_halves` read the word beside it). Printed per language and mode:

- `propn`: the PROPN tokens of runs of two or more (a name and what stands beside it: "Lina
  Holm", "Karen Lee") that a redaction covers, of all such tokens;
- `lost`: the tokens the annotators did not tag PROPN, written with one capital and not
  opening their sentence, that a redaction touches (an ordinary word capitalised inside a
  sentence: "the Prime Minister", "Internet"), and apart `lost-first`, such words opening it.

`--show N` prints N of the words lost in their sentences. Annotators tag the parts of a
title, a work or a firm PROPN too ("Harry Potter", "Volvo Cars"), so `propn` is no recall of
persons: read the change, not the level."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from itertools import islice
from pathlib import Path

from casebook.deid import Redactor, Registry, lexicon
from casebook.deid.registry import NameEntry

from bench import conllu

_UNSAFE = re.compile(r"@|https?:|www\.|\d")
_PER_NOTE = 4
_TREEBANKS = {
    "sv": ("Swedish-Talbanken", "Swedish-LinES", "Swedish-PUD"),
    "en": ("English-EWT", "English-GUM", "English-LinES", "English-PUD", "English-ParTUT"),
    "no": ("Norwegian-Nynorsk", "Norwegian-NynorskLIA"),
    "fi": ("Finnish-FTB", "Finnish-OOD", "Finnish-PUD"),
}


def _tokens(sentence: conllu.Sentence) -> list[tuple[int, int, str, int]] | None:
    """(start, end, UPOS, index) of each word found in order in the sentence's text."""
    out, at = [], 0
    for index, word in enumerate(sentence.words):
        found = sentence.text.find(word.form, at)
        if found < 0 or found - at > 3:
            return None  # a contraction split apart: left out
        out.append((found, found + len(word.form), word.upos, index))
        at = found + len(word.form)
    return out


def _notes(path: Path, per: int) -> list[tuple[str, list[tuple[int, int, str, bool]]]]:
    """Notes of four sentences: the text, and each token as (start, end, UPOS, opens)."""
    safe = (s for s in conllu.read_file(path) if not _UNSAFE.search(s.text))
    notes = []
    chunk: list[conllu.Sentence] = []
    for sentence in [*islice(safe, per), None]:
        if sentence is not None and _tokens(sentence) is not None:
            chunk.append(sentence)
        if chunk and (sentence is None or len(chunk) == _PER_NOTE):
            text, tokens = "", []
            for s in chunk:
                base = len(text) + (1 if text else 0)
                text = f"{text} {s.text}" if text else s.text
                tokens += [(base + b, base + e, u, i == 0) for b, e, u, i in _tokens(s) or ()]
            notes.append((text, tokens))
            chunk = []
    return notes


def _registry(
    notes: list[tuple[str, list[tuple[int, int, str, bool]]]], halves: bool = False
) -> Registry:
    names = lexicon.all_names()
    words = sorted(
        {
            text[b:e]
            for text, tokens in notes
            for b, e, u, _o in tokens
            if u == "PROPN" and text[b:e].lower() in names and text[b:e][1:].islower()
        }
    )
    if halves:  # one half of a person's two names: the other nobody in the text bears
        given = lexicon.given_names()
        words = [f"{w} Qvorndahl" if w.lower() in given else f"Ulvgerd {w}" for w in words]
    entries = [
        NameEntry(key=f"n{i}", canonical=w, tag=f"[N{i}]", aliases=()) for i, w in enumerate(words)
    ]
    return Registry(entries)


def _runs(tokens: list[tuple[int, int, str, bool]]) -> set[int]:
    """Indexes of PROPN tokens in runs of two or more, one space apart."""
    out: set[int] = set()
    for i in range(1, len(tokens)):
        a, b = tokens[i - 1], tokens[i]
        if a[2] == b[2] == "PROPN" and b[0] - a[1] == 1:
            out.update((i - 1, i))
    return out


def measure(notes: list, redactor: Redactor, shown: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text, tokens in notes:
        spans = [(s.start, s.end) for s in redactor.spans(text)]
        runs = _runs(tokens)
        for index, (b, e, upos, opens) in enumerate(tokens):
            touched = any(s < e and b < t for s, t in spans)
            if index in runs:
                counts["propn"] += 1
                counts["propn_found"] += touched
            word = text[b:e]
            if upos != "PROPN" and word[:1].isupper() and word[1:].islower() and len(word) > 1:
                key = "first" if opens else "inner"
                counts[key] += 1
                counts[f"{key}_lost"] += touched
                if touched and not opens:
                    shown.append(f"{word}\t{text[max(0, b - 60) : e + 40]}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--per", type=int, default=600, help="sentences per file at most")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    shown: list[str] = []
    for lang, banks in _TREEBANKS.items():
        totals = {"nobody": Counter(), "registered": Counter(), "halves": Counter()}
        for bank in banks:
            for path in sorted((args.ud / f"UD_{bank}").glob("*-ud-*.conllu")):
                if "-train" in path.name:
                    continue
                notes = _notes(path, args.per)
                totals["nobody"] += measure(notes, Redactor(Registry([])), shown)
                totals["registered"] += measure(notes, Redactor(_registry(notes)), shown)
                totals["halves"] += measure(notes, Redactor(_registry(notes, True)), shown)
        for mode, c in totals.items():
            print(
                f"{lang} {mode:10s} propn {c['propn_found']}/{c['propn']}"
                f" lost {c['inner_lost']}/{c['inner']} lost-first {c['first_lost']}/{c['first']}"
            )
    for line in shown[: args.show]:
        print(line.replace("\n", " "))


if __name__ == "__main__":
    main()
