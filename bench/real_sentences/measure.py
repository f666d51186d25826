"""What the redactor removes from published sentences that hold no name (false positives).

    PYTHONPATH=.:app .venv/bin/python -m bench.real_sentences.measure [--examples N] [--json FILE]

A removed word is a false positive unless its sentence's annotators tagged it PROPN (a word
tagged PROPN is left out of every count; a name removed without its genitive "s", "Cæsar" of
"Cæsars", counts as the PROPN word). Reports words removed per 1,000 words, the share of
sentence-initial words that are also names (in the name lexicon or registered, as "Love",
"Inga", "Will") that are removed, the same share for such words anywhere, the removed words
grouped by the rule that made their span (as `bench/false_positives.py` groups them), and the
redactor's speed on the set (best of three). With `--named` each note opens with a line that
names every registered person ("Present: Love Lindqvist, May Okafor, ..."), as notes of a
study do, so that rules which take an ordinary word for a name the note already used are
measured too; that line itself is not counted.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from typing import Any

from casebook.deid import lexicon
from casebook.deid.redactor import Redactor

from bench.false_positives import _RULE, _instrument
from bench.real_sentences import load, notes

_WORD = re.compile(r"[^\W\d_]+")


def _rule(span: Any) -> str:
    if span.via:
        found = next((r for (b, e), r in _RULE.items() if b < span.end and span.start < e), "?")
        return f"{span.kind} {span.via}: {found}"
    return f"{span.kind} registered" if span.key else span.kind


def measure(examples: int = 0, named: bool = False) -> dict[str, Any]:
    corpus = load()
    head = ""
    if named:
        people = [e.canonical for e in corpus.registry_people if e.kind == "person"]
        head = "Present: " + ", ".join(p.title() for p in people) + ".\n"
    redactor = Redactor(corpus.registry)
    registered = {w.lower() for e in corpus.registry_people for w in _WORD.findall(e.canonical)}
    name_like = lexicon.all_names() | registered
    words = removed = initial = initial_gone = anywhere = anywhere_gone = 0
    rules: Counter[str] = Counter()
    gone: Counter[str] = Counter()
    per_source: dict[str, list[int]] = {}  # source: [words, removed, initial, initial removed]
    shown: list[str] = []
    for note, starts, tagged, source in notes():
        # "Pohjois-Amerikkaa" tagged PROPN: each of its words is part of the name
        propn = {w for token in tagged for w in _WORD.findall(token)}
        tally = per_source.setdefault(source, [0, 0, 0, 0])
        text, starts = head + note, [len(head) + start for start in starts]
        _RULE.clear()
        spans = redactor.spans(text)
        for span in spans:
            if (
                span.end <= len(head)
                or all(
                    w in propn or w + "s" in propn  # "Julius Cæsar" of "Julius Cæsars rådgivere"
                    for w in _WORD.findall(text[span.start : span.end])
                )
            ):
                continue
            rule = _rule(span)
            rules[rule] += 1
            gone[text[span.start : span.end]] += 1
            if len(shown) < examples:
                shown.append(f"[{source} {rule}] {text[max(0, span.start - 40) : span.end + 40]!r}")
        for m in _WORD.finditer(text, len(head)):
            if m.group() in propn:
                continue
            hit = any(s.start < m.end() and m.start() < s.end for s in spans)
            words += 1
            removed += hit
            tally[0] += 1
            tally[1] += hit
            if m.start() in starts:
                tally[2] += 1
                tally[3] += hit
            if m.group().lower() in name_like:
                anywhere += 1
                anywhere_gone += hit
                if m.start() in starts:
                    initial += 1
                    initial_gone += hit
    runs = []
    for _ in range(3):
        t0 = time.process_time()
        for text in corpus.texts:
            redactor.spans(text)
        runs.append(time.process_time() - t0)
    return {
        "notes": len(corpus.texts),
        "words": words,
        "removed": removed,
        "removed_per_1000": round(1000 * removed / words, 2),
        "initial_name_like": [initial_gone, initial],
        "name_like_anywhere": [anywhere_gone, anywhere],
        "per_source": {
            src: {
                "words": n,
                "removed_per_1000": round(1000 * gone_n / max(n, 1), 2),
                "initial_removed": [gone_i, i],
            }
            for src, (n, gone_n, i, gone_i) in per_source.items()
        },
        "by_rule": dict(rules.most_common()),
        "by_words": dict(gone.most_common(40)),
        "mb_per_s": round(corpus.size_bytes / 1e6 / min(runs), 3),
        "examples": shown,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--named", action="store_true", help="open each note with the people")
    parser.add_argument("--json", default=None, help="also write the figures to this file")
    args = parser.parse_args()
    _instrument()
    out = measure(args.examples, args.named)
    i, a = out["initial_name_like"], out["name_like_anywhere"]
    print(f"{out['notes']} notes, {out['words']} words, {out['removed']} removed")
    print(f"removed per 1,000 words: {out['removed_per_1000']}")
    print(f"sentence-initial name-like words removed: {i[0]}/{i[1]} = {i[0] / max(i[1], 1):.3f}")
    print(f"name-like words removed anywhere: {a[0]}/{a[1]} = {a[0] / max(a[1], 1):.3f}")
    print(f"speed: {out['mb_per_s']} MB/s (CPU, best of three)")
    print("-- per source: words, removed per 1,000, sentence-initial words removed")
    for src, f in out["per_source"].items():
        g, n = f["initial_removed"]
        print(f"{src:14s} {f['words']:7d} {f['removed_per_1000']:7.2f}  {g}/{n}")
    print("-- spans by rule")
    for rule, n in out["by_rule"].items():
        print(f"{n:5d}  {rule}")
    print("-- spans by words")
    for w, n in out["by_words"].items():
        print(f"{n:5d}  {w!r}")
    for line in out["examples"]:
        print("  ", line)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
