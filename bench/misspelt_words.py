"""Ordinary words typed with a slip, in published sentences: how many does the redactor take
for a registered name misspelt (a near miss) or any name?

    PYTHONPATH=.:app .venv/bin/python -m bench.misspelt_words --ud DIR [--people N] [--show N]

The other side of `bench/misspelt_names.py`: there a misspelt registered name must be found,
here a misspelt ordinary word must stay. Sentences: the treebanks of `bench/treebank_names.py`
(Swedish, English, German, Norwegian Nynorsk, Finnish; none of held-out J's). In each sentence
one ordinary token (not PROPN, NUM, SYM, X or PUNCT; 4 letters or more), the first word of the
sentence half of the time (capitalised, where most slips are taken for names), gets one slip
of `typo` (PyPI, MIT: keyboard-neighbour substitution, a letter dropped, doubled, added or
two swapped), unless the slip makes a word of the dictionaries, a name of the lexicon or a
registered form (nothing could tell those apart). The registry: `--people` names (a given
name, half of them with a family name) drawn from the Faker pools of `treebank_names`.

A slip counts as removed when a redaction touches it and did not touch the same token in the
unchanged sentence. Sentences with index % 4 == 3 form the held-out share (totals only);
rules are written from the development share.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from casebook.deid import lexicon, vocab
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry

from bench import treebank_names as tb

SLIPS = ("nearby_char", "missing_char", "extra_char", "repeated_char", "char_swap")
_SKIP = ("PROPN", "NUM", "SYM", "X", "PUNCT")


def _typo(word: str, slip: str, seed: int) -> str:
    import typo  # development-time only (the bench extra)

    return str(getattr(typo.StrErrer(word, seed=seed), slip)().result)


def registry(seed: int, people: int) -> Registry:
    """`people` entries drawn from the Faker pools of `treebank_names`."""
    pools, _every = tb.pools(seed)
    names = sorted({n for pool in pools.values() for n in pool})
    chosen = random.Random(seed).sample(names, min(people, len(names)))
    return Registry([NameEntry(f"p:{i}", n, f"[P{i}]") for i, n in enumerate(chosen)])


def cases(rows: list, reg: Registry, rng: random.Random) -> list[tuple[int, str, int, str, str]]:
    """(index, sentence with the slip, where, slip, word) for each sentence that gets one."""
    known, names = vocab.known_words(), lexicon.all_names()
    forms = set(reg.word_owners())
    out = []
    for index, (text, tokens) in enumerate(rows):
        spots, at = [], 0
        for form, upos in tokens:
            start = text.find(form, at)
            if start < 0:
                continue
            at = start + len(form)
            if upos not in _SKIP and form.isalpha() and len(form) >= 4:
                spots.append((start, form))
        if not spots:
            continue
        start, form = spots[0] if spots[0][0] == 0 and rng.random() < 0.5 else rng.choice(spots)
        slip = _typo(form, rng.choice(SLIPS), rng.randrange(1 << 30))
        low = slip.lower()
        if slip == form or not slip.isalpha() or low in known or low in names or low in forms:
            continue
        out.append((index, text[:start] + slip + text[start + len(form) :], start, slip, form))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--per", type=int, default=1500, help="sentences per treebank at most")
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    reg = registry(args.seed, args.people)
    redactor = Redactor(reg)
    counts: Counter = Counter()
    shown: list[str] = []
    for language, banks in tb.TREEBANKS.items():
        rng = random.Random(f"{args.seed}:{language}")
        for folder, files in banks:
            rows = []
            for file in files:
                if (args.ud / folder / file).exists():
                    rows += tb.sentences(args.ud / folder / file)
            rows = rows[: args.per]
            for index, sentence, at, slip, word in cases(rows, reg, rng):
                part = "held-out" if index % 4 == 3 else "dev"
                stop = at + len(slip)
                spans = redactor.redact(sentence).spans
                touched = [s for s in spans if s.start < stop and at < s.end]
                counts[(part, language, "slips")] += 1
                if not touched:
                    continue
                before = redactor.spans(rows[index][0])
                if any(s.start < at + len(word) and at < s.end for s in before):
                    continue
                near = any(s.via == "near" for s in touched)
                counts[(part, language, "near" if near else "other")] += 1
                if part == "dev":
                    via = touched[0].via or "-"
                    shown.append(f"{language}\t{via}\t{slip}\t{word}\t{sentence[:120]}")
    for part in ("dev", "held-out"):
        total = Counter()
        for language in tb.TREEBANKS:
            c = [counts[(part, language, k)] for k in ("slips", "near", "other")]
            total.update(dict(zip(("slips", "near", "other"), c, strict=True)))
            print(f"{part:9} {language}  slips {c[0]:5}  near misses {c[1]:4}  other {c[2]:4}")
        n = max(1, total["slips"])
        print(
            f"{part:9} all slips {total['slips']:5}  near misses {total['near']:4} "
            f"({total['near'] / n:.4f})  other names {total['other']:4} ({total['other'] / n:.4f})"
        )
    for line in sorted(shown)[: args.show]:
        print(line)


if __name__ == "__main__":
    main()
