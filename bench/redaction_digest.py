"""Digests of everything the redactor outputs, to prove a speed change changes no output.

    python -m bench.redaction_digest                       # print the digests (and MB/s)
    python -m bench.redaction_digest --write digests.json  # keep them, with one per text
    python -m bench.redaction_digest --check digests.json  # compare, naming texts that differ

Redacts about `--size` bytes (1 MB) of every corpus whoever works on the redactor may read: the
development corpus (`tests/deid_corpus.py`, seed 2026, density 1.0, also in lower and in upper
case), the validation set (`bench/heldout`, realistic and dense), validation B to I, each with
its fixed seed, the published sentences (`bench/real_sentences`) and the first notes of
PhysioNet's even (development) half. For every text it hashes the redacted text, every span
(offsets, kind, tag, key, candidates, how it was found) and the review candidates
(`name_candidates`: word, offsets, snippet, redacted), and prints one SHA-256 per corpus. With
`--cost` it also fits each text's time as a cost per text, per byte, per capitalised word and
per identifier found; with `--scrubadub` it times scrubadub's default detectors on the same
texts (CPU time, best of two, warmed up) for a ratio measured in the same run. Held-out R and
PhysioNet's odd half are never read here: nobody who works on the rules or the redactor may read
them. Validation J, validation K and validation L (held out until 2026-12-04) and validation M,
validation N, validation O, validation P and validation Q (held out until 2026-12-05) are not
among the corpora either, so that digests written before stay comparable.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def corpora(size: int) -> dict[str, Callable[[], Any]]:
    """Builders of every readable corpus, by name (generated only when called)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import tests.deid_corpus as cm
    from bench import (
        heldout,
        heldout_b,
        heldout_c,
        heldout_g,
        heldout_h,
        heldout_i,
        physionet_deid,
        real_sentences,
        validation_d,
        validation_e,
        validation_f,
    )

    def dev() -> Any:
        return cm.generate_corpus(2026, size, density=1.0)

    def case(change: Callable[[str], str]) -> Callable[[], Any]:
        def build() -> Any:
            corpus = cm.generate_corpus(2026, size // 3, density=1.0)
            return type(corpus)([change(t) for t in corpus.texts], corpus.registry_people, [])

        return build

    return {
        "development": dev,
        "development lower": case(str.lower),
        "development upper": case(str.upper),
        "validation": lambda: heldout.generate_heldout(heldout.SEED, size),
        "validation dense": lambda: heldout.generate_heldout(
            heldout.SEED + 1, size, per_kb=heldout.DENSE
        ),
        "validation B": lambda: heldout_b.generate_heldout_b(heldout_b.SEED, size),
        "validation D": lambda: validation_d.generate_validation_d(validation_d.SEED, size),
        "validation E": lambda: validation_e.generate_validation_e(validation_e.SEED, size),
        "validation C": lambda: heldout_c.generate_heldout_c(heldout_c.SEED, size),
        "validation F": lambda: validation_f.generate_validation_f(validation_f.SEED, size),
        "validation G": lambda: heldout_g.generate_heldout_g(heldout_g.SEED, size),
        "validation H": lambda: heldout_h.generate_heldout_h(heldout_h.SEED, size),
        "validation I": lambda: heldout_i.generate_heldout_i(heldout_i.SEED, size),
        "real sentences": real_sentences.load,
        "physionet even": lambda: _first(physionet_deid.load(split="dev"), size),
        # long notes (an article or a transcript pasted whole): the passes that read a long
        # note once instead of once per word must find the same
        "validation H long": lambda: _joined(
            heldout_h.generate_heldout_h(heldout_h.SEED + 1, size // 2)
        ),
        "physionet even long": lambda: _joined(_first(physionet_deid.load(split="dev"), size // 2)),
    }


def _joined(corpus: Any, per_note: int = 40) -> Any:
    """`corpus` with every `per_note` texts joined into one long note."""
    texts = corpus.texts
    joined = ["\n\n".join(texts[i : i + per_note]) for i in range(0, len(texts), per_note)]
    return type(corpus)(joined, corpus.registry_people, [])


def _first(corpus: Any, size: int) -> Any:
    """The first whole texts of `corpus` up to `size` bytes, with its registry."""
    keep, total = [], 0
    for text in corpus.texts:
        if total >= size:
            break
        keep.append(text)
        total += len(text.encode("utf-8"))
    return type(corpus)(keep, corpus.registry_people, [])


def text_digest(redactor: Any, text: str) -> str:
    """SHA-256 of what redacting `text` gives: text, spans and review candidates."""
    from casebook.deid import name_candidates

    redaction = redactor.redact(text)
    candidates = name_candidates(text, redactor, redaction=redaction)
    record = (
        redaction.text,
        redaction.source,
        sorted(redaction.counts_by_kind.items()),
        [tuple(span) for span in redaction.spans],
        [(c.word, c.start, c.end, c.snippet, c.redacted) for c in candidates],
    )
    return hashlib.sha256(repr(record).encode("utf-8")).hexdigest()


_WORD = re.compile(r"[^\W\d_]+")
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]*")


def cost(redactor: Any, texts: Sequence[str], rounds: int = 3) -> dict[str, float]:
    """Where the time goes: the best time of each text over `rounds`, fitted by least squares
    as a cost per text, per byte, per capitalised word (what the confirming rules look at) and
    per identifier found (a span replaced), each in microseconds."""
    import numpy

    rows, seconds = [], []
    for text in texts:
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            found = len(redactor.spans(text))
            best = min(best, time.perf_counter() - start)
        words = len(_CAPITALISED.findall(text))
        rows.append((1.0, len(text.encode("utf-8")), words, found))
        seconds.append(best)
    fit = numpy.linalg.lstsq(numpy.array(rows), numpy.array(seconds) * 1e6, rcond=None)[0]
    labels = ("per text", "per byte", "per capitalised word", "per identifier")
    return dict(zip(labels, (float(x) for x in fit), strict=True))


def run(
    size: int, only: Sequence[str], repeat: int, costs: bool = False, scrub: bool = False
) -> dict[str, Any]:
    from casebook.deid.redactor import Redactor

    scrubber = None
    if scrub:
        import scrubadub  # type: ignore[import-not-found]

        scrubber = scrubadub.Scrubber()

    results: dict[str, Any] = {}
    for name, build in corpora(size).items():
        if only and name not in only:
            continue
        corpus = build()
        redactor = Redactor(corpus.registry)
        per_text = [text_digest(redactor, t) for t in corpus.texts]
        whole = hashlib.sha256("".join(per_text).encode()).hexdigest()
        mb = sum(len(t.encode("utf-8")) for t in corpus.texts) / 1e6
        best = float("inf")
        for _ in range(repeat):
            start = time.process_time()  # warmed by the digest pass, as in bench/redaction.py
            for text in corpus.texts:
                redactor.redact(text)
            best = min(best, time.process_time() - start)
        speed = f"{mb / best:6.2f} MB/s" if repeat else ""
        print(f"{name:20s} {mb:5.2f} MB {len(per_text):5d} texts  {whole[:16]}  {speed}")
        if scrubber is not None and repeat:
            scrubber.clean(corpus.texts[0])  # warm up: its detectors load data on first use
            theirs = float("inf")
            for _ in range(min(repeat, 2)):
                start = time.process_time()
                for text in corpus.texts:
                    scrubber.clean(text)
                theirs = min(theirs, time.process_time() - start)
            print(f"    scrubadub {mb / theirs:6.2f} MB/s: Casebook {theirs / best:.1f}x")
        if costs:
            fitted = cost(redactor, corpus.texts)
            print("    µs " + ", ".join(f"{k} {v:.3f}" for k, v in fitted.items()))
        results[name] = {"digest": whole, "texts": per_text, "mb_s": mb / best if repeat else 0}
    return results


def check(results: dict[str, Any], saved: dict[str, Any]) -> int:
    """Print what differs from `saved`; the number of corpora that differ."""
    differ = 0
    for name, result in results.items():
        if name not in saved:
            print(f"{name}: not in the saved digests")
            continue
        if result["digest"] == saved[name]["digest"]:
            print(f"{name}: same")
            continue
        differ += 1
        changed = [
            i
            for i, (a, b) in enumerate(zip(result["texts"], saved[name]["texts"], strict=False))
            if a != b
        ]
        print(f"{name}: DIFFERS in {len(changed)} texts, first {changed[:10]}")
    return differ


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes of each corpus")
    parser.add_argument("--only", action="append", default=[], help="a corpus name (repeatable)")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs (0: none)")
    parser.add_argument("--cost", action="store_true", help="fit the cost per byte and so on")
    parser.add_argument("--scrubadub", action="store_true", help="time scrubadub in the same run")
    parser.add_argument("--write", type=Path, help="save the digests as JSON")
    parser.add_argument("--check", type=Path, help="compare with digests saved by --write")
    args = parser.parse_args(argv)
    results = run(args.size, args.only, args.repeat, args.cost, args.scrubadub)
    if args.write:
        saved = {k: {"digest": v["digest"], "texts": v["texts"]} for k, v in results.items()}
        args.write.write_text(json.dumps(saved, indent=0))
    if args.check:
        sys.exit(1 if check(results, json.loads(args.check.read_text())) else 0)


if __name__ == "__main__":
    main()
