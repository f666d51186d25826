"""Throughput of the redactor, and of scrubadub's default detectors when it is installed.

    python -m bench.measure                    # 5 MB, dense and realistic corpora
    python -m bench.measure --size 1000000 --density 1.0

Prints MB/s (UTF-8 bytes of input per second of wall time, best of `--repeat` runs, one core;
scrubadub is warmed up and gets the best of two)
for Casebook's `Redactor` on the generated corpus of `tests/deid_corpus.py`, recall and
precision per kind, the same corpus in lower case and in upper case (what finding names in
any case costs ordinary words), the share of ordinary words kept in sentences that begin
with or use a registered name that is also a word (`HOMOGRAPHS`), and, if `scrubadub` can be
imported, the same figures for
`scrubadub.Scrubber()` with its default detectors on the same texts, and the ratio. With
`--scrubadub-names N` it also times scrubadub with a `UserSuppliedFilthDetector` fed the
registry (every name form), on the first N bytes only, since it is slow.

scrubadub is not a dependency of the project; install it into a scratch environment to compare.
Run from the repository root (the corpus generator lives in tests/). Prints only, never asserts.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from casebook.deid.redactor import Redactor

SpanList = list[tuple[int, int, str]]


def _corpus_module() -> Any:
    root = Path(__file__).resolve().parents[1]
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    try:
        import tests.deid_corpus as corpus_module
    except ImportError as exc:  # pragma: no cover - only outside a checkout
        message = f"needs tests/deid_corpus.py from a checkout of the repository: {exc}"
        raise SystemExit(message) from exc
    return corpus_module


def _best_time(clean: Callable[[str], object], texts: Sequence[str], repeat: int) -> float:
    """Best wall time of `clean` over every text, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            clean(text)
        best = min(best, time.perf_counter() - start)
    return best


def _scrubadub_spans(scrubber: Any, texts: Sequence[str]) -> list[SpanList]:
    return [[(f.beg, f.end, str(f.type)) for f in scrubber.iter_filth(t)] for t in texts]


def _report_quality(label: str, score: Any) -> None:
    recall = ", ".join(
        f"{kind} {score.ratio(pair):.3f}" for kind, pair in sorted(score.recall.items())
    )
    precision = score.ratio(score.precision["all"])
    kept, total = score.ordinary_kept
    print(f"  {label} recall: {recall}")
    print(f"  {label} precision (all spans): {precision:.3f}; ordinary words kept {kept}/{total}")


# Sentences using, as ordinary words, given names that are registered in the corpus: none of
# these words may be removed. The word is marked with asterisks.
HOMOGRAPHS = [
    "*Love* is what she needs most.",
    "*Love* was in short supply that winter.",
    "*May* I ask about the medication?",
    "*May* is usually a good month for her.",
    "*Will* she manage the move on her own?",
    "*Will* it help, she wondered.",
    "*Mark* the date of the next meeting.",
    "*Per* week she sees the nurse twice.",
    "*Rose* petals were left on the table.",
    "*Bill* payments are a worry for her.",
    "*Hope* is what keeps the group going.",
    "*Said* differently, she wants more say.",
    "*My* mother never understood it.",
    "She *will* call back tomorrow.",
    "They *love* the new routine.",
    "The rent *rose* again in spring.",
    "The electricity *bill* came late.",
    "We *hope* so, he said.",
    "She *may* need more support.",
    "There was a *mark* on the form.",
    "He *said* it twice.",
    "Twice *per* month is enough.",
    "It was early *May* when she moved.",
    "THE *BILL* CAME LATE.",
    "I *WILL* CALL HER.",
    "the *bill* came and we paid it.",
    "then we *will* see.",
    "Det finns *inga* problem, sa hon.",
]


def homographs(redactor: Redactor) -> tuple[int, int]:
    """How many ordinary words of `HOMOGRAPHS` the redactor keeps, of how many."""
    kept = 0
    for sentence in HOMOGRAPHS:
        before, word, after = sentence.split("*")
        text = before + word + after
        spans = redactor.spans(text)
        kept += not any(s.start < len(before) + len(word) and len(before) < s.end for s in spans)
    return kept, len(HOMOGRAPHS)


def _case_quality(cm: Any, corpus: Any, redactor: Redactor) -> None:
    """Recall of names and ordinary words kept on the corpus in lower and in upper case."""
    for label, change in (("lower case", str.lower), ("UPPER CASE", str.upper)):
        texts = [change(t) for t in corpus.texts]
        if any(len(a) != len(b) for a, b in zip(texts, corpus.texts, strict=True)):
            continue  # offsets would not line up
        moved = type(corpus)(texts, corpus.registry_people, corpus.planted, corpus.ordinary)
        score = cm.score(
            moved, [[(s.start, s.end, s.kind) for s in redactor.spans(t)] for t in texts]
        )
        kept, total = score.ordinary_kept
        print(
            f"  casebook in {label}: name recall {score.ratio(score.recall['name']):.3f}, "
            f"ordinary words kept {kept}/{total}"
        )


def measure(size: int, seed: int, densities: Sequence[float], repeat: int, names: int) -> None:
    cm = _corpus_module()
    try:
        import scrubadub  # type: ignore[import-not-found]
    except ImportError:
        scrubadub = None
    print(
        f"Python {platform.python_version()} on {platform.machine()}, "
        f"{platform.processor() or platform.platform()}; one core; best of {repeat}"
    )
    for density in densities:
        corpus = cm.generate_corpus(seed, size, density=density)
        mb = corpus.size_bytes / 1e6
        print(
            f"\ncorpus: {mb:.2f} MB in {len(corpus.texts)} cells, density {density} "
            f"({len(corpus.planted)} planted identifiers, {len(corpus.registry_people)} "
            "registered people and places)"
        )
        start = time.perf_counter()
        redactor = Redactor(corpus.registry)
        build = time.perf_counter() - start
        texts = corpus.texts
        seconds = _best_time(redactor.redact, texts, repeat)
        ours = mb / seconds
        print(f"  casebook Redactor: {ours:7.1f} MB/s  (built in {build * 1000:.0f} ms)")
        spans = [[(s.start, s.end, s.kind) for s in redactor.spans(t)] for t in texts]
        _report_quality("casebook", cm.score(corpus, spans))
        _case_quality(cm, corpus, redactor)
        kept, total = homographs(redactor)
        print(f"  casebook homograph sentences: ordinary words kept {kept}/{total}")
        if scrubadub is None:
            print("  scrubadub: not installed (pip install scrubadub in a scratch venv to compare)")
            continue
        scrubber = scrubadub.Scrubber()
        scrubber.clean(texts[0])  # warm up: its detectors load data on first use
        seconds = _best_time(scrubber.clean, texts, min(repeat, 2))
        theirs = mb / seconds
        print(
            f"  scrubadub {scrubadub.__version__} default detectors: {theirs:7.2f} MB/s"
            f"  -> casebook is {ours / theirs:.1f}x faster"
        )
        _report_quality("scrubadub", cm.score(corpus, _scrubadub_spans(scrubber, texts)))
        if names:
            _measure_scrubadub_names(scrubadub, corpus, names, ours)


def registry_filth_items(entries: Any) -> list[dict[str, Any]]:
    """Every full name, alias and name part of the registry, as scrubadub's known filth."""
    items = []
    for entry in entries:
        forms = {entry.canonical, *entry.aliases, *entry.canonical.split()}
        items += [{"match": f, "filth_type": "name", "ignore_case": True} for f in sorted(forms)]
    return items


def scrubadub_with_registry(scrubadub: Any, items: list[dict[str, Any]]) -> Any:
    """A scrubadub Scrubber whose user-supplied-names detector knows the same registry that
    Casebook's redactor is given."""
    scrubber = scrubadub.Scrubber()
    scrubber.add_detector(
        scrubadub.detectors.UserSuppliedFilthDetector(known_filth_items=items, name="registry")
    )
    return scrubber


def first_bytes(texts: Sequence[str], limit: int) -> tuple[list[str], int]:
    """The first texts up to about `limit` UTF-8 bytes (scrubadub with names is slow), and
    their size in bytes."""
    kept, total = [], 0
    for text in texts:
        if total >= limit:
            break
        kept.append(text)
        total += len(text.encode("utf-8"))
    return kept, total


def _measure_scrubadub_names(scrubadub: Any, corpus: Any, limit: int, ours: float) -> None:
    items = registry_filth_items(corpus.registry_people)
    scrubber = scrubadub_with_registry(scrubadub, items)
    texts, total = first_bytes(corpus.texts, limit)
    seconds = _best_time(scrubber.clean, texts, 1)
    theirs = total / 1e6 / seconds
    print(
        f"  scrubadub + registry names ({len(items)} items, first {total / 1e6:.2f} MB): "
        f"{theirs:7.3f} MB/s  -> casebook is {ours / theirs:.0f}x faster"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5_000_000, help="corpus size in bytes")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--density",
        default="1.0,0.25",
        help="comma-separated identifier densities (1.0 = the recall-test corpus)",
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--scrubadub-names", type=int, default=0, metavar="BYTES", help="see module docstring"
    )
    args = parser.parse_args(argv)
    densities = [float(d) for d in args.density.split(",")]
    measure(args.size, args.seed, densities, args.repeat, args.scrubadub_names)


if __name__ == "__main__":
    main()
