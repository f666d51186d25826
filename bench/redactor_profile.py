"""Where the redactor spends its time: MB/s on validation sets L, K and J, and a profile.

    PYTHONHASHSEED=0 python -m bench.redactor_profile                 # L, K and J, 5 MB each
    PYTHONHASHSEED=0 python -m bench.redactor_profile --sets heldout_l --size 1000000
    PYTHONHASHSEED=0 python -m bench.redactor_profile --profile 25    # cProfile's top 25
    PYTHONHASHSEED=0 python -m bench.redactor_profile --sample 40     # stack samples' top 40
    PYTHONHASHSEED=0 python -m bench.redactor_profile --dump /tmp/x   # every span, to diff

For each set it generates the notes (not timed), builds `Redactor(registry, **options)` (timed
apart) and times `redactor.spans(text)` over every text: MB/s is UTF-8 bytes of input per
second of wall time and of CPU time (steadier on a shared machine), one core, one pass (the
first pass, so per-word caches start cold as they do in `casebook publish`; `--warm` times a
second pass instead, as late in a large release).
`--profile N` runs the same pass under cProfile and prints the N functions with the most
cumulative and the most own time; `--sample N` instead samples the stack every millisecond
and prints the N functions most often on it and most often running (cProfile's cost per call
inflates small functions called often; the samples do not). `--dump DIR` writes
`DIR/<set>.tsv`, one line per span (text index, start, end, kind, tag): a speed change must
leave these files identical (`diff -r` before and after).

Prints only, never asserts. Reads the generated validation sets only through their
`generate_*` functions (never the sealed held-out AO).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import pstats
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from casebook.deid.redactor import Redactor

SETS = ("heldout_l", "heldout_k", "heldout_j")


def _corpus(key: str, size: int) -> tuple[Any, dict[str, Any]]:
    module = importlib.import_module(f"bench.{key}")
    generate = next(getattr(module, n) for n in dir(module) if n.startswith("generate_"))
    corpus = generate(module.SEED, size, per_kb=module.REALISTIC)
    return corpus, dict(getattr(module, "REDACTOR_OPTIONS", None) or {})


def _print_profile(profile: cProfile.Profile, top: int) -> None:
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order).print_stats(top)
        lines = out.getvalue().splitlines()
        start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
        print(f"  top {top} by {order}:")
        print("\n".join("    " + line for line in lines[start:] if line.strip()))


class _Sampler:
    """Samples the main thread's stack every `interval` seconds: where the time goes without
    cProfile's cost per call, which inflates the functions called most often."""

    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.inner: Counter[str] = Counter()  # the function running
        self.anywhere: Counter[str] = Counter()  # a function anywhere on the stack
        self.samples = 0
        self._stop = threading.Event()
        self._main = threading.get_ident()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> _Sampler:
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(1e-5)  # (the sampler then waits little for the GIL)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        sys.setswitchinterval(self._switch)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            frame = sys._current_frames().get(self._main)
            if frame is None:
                continue
            self.samples += 1
            seen = set()
            first = True
            while frame is not None:
                code = frame.f_code
                name = f"{Path(code.co_filename).stem}.{code.co_name}"
                if first:
                    self.inner[name] += 1
                    first = False
                if name not in seen:
                    seen.add(name)
                    self.anywhere[name] += 1
                frame = frame.f_back

    def print(self, top: int) -> None:
        total = max(self.samples, 1)
        for title, counts in (("on the stack", self.anywhere), ("running", self.inner)):
            print(f"  sampled, top {top} {title} (share of {self.samples} samples):")
            for name, count in counts.most_common(top):
                print(f"    {count / total:6.1%}  {name}")


def measure(
    key: str,
    size: int,
    top: int = 0,
    dump: Path | None = None,
    sample: int = 0,
    warm: bool = False,
) -> float:
    """Print construction time and MB/s of `spans` for one set; return the MB/s."""
    corpus, options = _corpus(key, size)
    texts: list[str] = list(corpus.texts)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    start = time.perf_counter()
    redactor = Redactor(corpus.registry, **options)
    built = time.perf_counter() - start
    if warm:  # a pass first, untimed: per-word caches full, as late in a large release
        for text in texts:
            redactor.spans(text)
    profile = cProfile.Profile() if top else None
    sampler = _Sampler() if sample else None
    start, cpu = time.perf_counter(), time.process_time()
    if profile is not None:
        profile.enable()
    if sampler is not None:
        with sampler:
            spans = [redactor.spans(text) for text in texts]
    else:
        spans = [redactor.spans(text) for text in texts]
    if profile is not None:
        profile.disable()
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    rate = megabytes / took
    print(
        f"{key}: {len(texts)} texts, {megabytes:.2f} MB, built in {built * 1000:.0f} ms, "
        f"spans in {took:.2f} s = {rate:.2f} MB/s wall, {megabytes / cpu:.2f} MB/s CPU"
        + (" (under cProfile)" if profile else "")
        + (" (second pass)" if warm else "")
    )
    if profile is not None:
        _print_profile(profile, top)
    if sampler is not None:
        sampler.print(sample)
    if dump is not None:
        dump.mkdir(parents=True, exist_ok=True)
        with open(dump / f"{key}.tsv", "w", encoding="utf-8") as out:
            for index, found in enumerate(spans):
                for s in found:
                    out.write(f"{index}\t{s.start}\t{s.end}\t{s.kind}\t{s.tag}\n")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--size", type=int, default=5_000_000, help="bytes per set")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile top N")
    parser.add_argument(
        "--sample", type=int, default=0, metavar="N", help="stack samples' top N (no cProfile)"
    )
    parser.add_argument("--warm", action="store_true", help="time a second pass (caches warm)")
    parser.add_argument("--dump", type=Path, default=None, help="write every span to DIR/<set>.tsv")
    args = parser.parse_args()
    for key in args.sets:
        measure(key, args.size, args.profile, args.dump, args.sample, args.warm)


if __name__ == "__main__":
    main()
