"""Address recall and precision on the development corpus and validation sets B-F, with the
misses and the false alarms written out, for whoever works on the address rules.

    .venv/bin/python -m bench.address_check --size 2000000 --show 40

Never loads held-out J (its figures stay evidence; `bench/run.py` alone measures it).
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from bench.scoring import ratio, score

# (label, module, generator); the development corpus first.
SETS = (
    ("B", "bench.heldout_b", "generate_heldout_b"),
    ("C", "bench.heldout_c", "generate_heldout_c"),
    ("D", "bench.validation_d", "generate_validation_d"),
    ("E", "bench.validation_e", "generate_validation_e"),
    ("F", "bench.validation_f", "generate_validation_f"),
)


def _corpus(label: str, size: int) -> Any:
    if label == "dev":
        import tests.deid_corpus as cm

        return cm.generate_corpus(1234, size, density=1.0)
    _, name, generate = next(s for s in SETS if s[0] == label)
    module = importlib.import_module(name)
    return getattr(module, generate)(module.SEED, size, per_kb=module.REALISTIC)


def _line(text: str, start: int, end: int) -> str:
    left, right = max(0, start - 50), min(len(text), end + 30)
    return (text[left:start] + "⟦" + text[start:end] + "⟧" + text[end:right]).replace("\n", "⏎")


def check(label: str, size: int, show: int) -> dict[str, Any]:
    from casebook.deid.redactor import Redactor

    corpus = _corpus(label, size)
    redactor = Redactor(corpus.registry)
    spans = [[(s.start, s.end, s.kind, s.tag) for s in redactor.spans(t)] for t in corpus.texts]
    quality = score(corpus, spans)
    recall = quality["recall"].get("address", [0, 0])
    precision = quality["precision"].get("address", [0, 0])
    print(
        f"{label}: address recall {ratio(recall):.3f} {recall}, precision {ratio(precision):.3f}"
        f" {precision}, all precision {ratio(quality['precision']['all']):.4f},"
        f" ordinary removed {quality['ordinary'].get('all')}"
    )
    shown = 0
    for p in corpus.planted:
        if p.kind != "address" or shown >= show:
            continue
        text = corpus.texts[p.text]
        found = [s for s in spans[p.text] if s[0] < p.end and p.start < s[1]]
        covered = all(
            any(s[0] <= i < s[1] for s in found) for i in range(p.start, p.end) if text[i].isalnum()
        )
        if not covered:
            shown += 1
            print(f"  MISS {p.form}: {_line(text, p.start, p.end)}")
    shown = 0
    for index, found in enumerate(spans):
        planted = [p for p in corpus.planted if p.text == index]
        for s in found:
            if s[2] != "address" or shown >= show:
                continue
            if not any(p.start < s[1] and s[0] < p.end for p in planted):
                shown += 1
                print(f"  FALSE: {_line(corpus.texts[index], s[0], s[1])}")
    for o in corpus.ordinary:
        for s in spans[o.text]:
            if s[2] == "address" and s[0] < o.end and o.start < s[1]:
                print(f"  ORDINARY {o.word}: {_line(corpus.texts[o.text], s[0], s[1])}")
    return quality


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--show", type=int, default=30)
    parser.add_argument("--sets", default="dev,B,C,D,E,F")
    args = parser.parse_args()
    for label in args.sets.split(","):
        check(label, args.size, args.show)


if __name__ == "__main__":
    main()
