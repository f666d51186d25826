"""Real nursing notes: the PhysioNet deid gold standard, published text nobody here wrote.

    corpus = load()                      # 2,434 notes, 1,779 gold PHI spans, as a Corpus
    load(split="heldout")                # patients with odd ids: 1,450 notes, figure 1's half
    load(split="dev")                    # patients with even ids: 984 notes, for development
    casebook_by_case(corpus)             # Casebook on upper-, lower- and mixed-case notes apart

The gold standard of Neamatullah et al. (2008), shipped with the deid software 1.1 on PhysioNet
(GPL 2.0, `COPYING`): nursing notes whose PHI was replaced by realistic surrogates, with the
locations of every PHI phrase annotated by hand. Casebook's rules are never tuned on it (see
README.md here). The files are checked against their SHA-256 before they are read.

The corpus is split by patient, so that no patient's notes are on both sides: notes of patients
with an even id are the development half (read and tuned on since 2026-12-02), those with an odd
id the held-out half, the only one figure 1 reports and nobody reads to write a rule.

Its PHI types become kinds (`KINDS`): patients', relatives' and clinicians' names are `name`
(nobody is registered, so all are unregistered names to Casebook), `Phone` is `phone`, `Date`
(a day, with or without its year) is `date`; a year alone (`DateYear`) is `year`, kept apart
because Casebook's documented policy keeps years; hospitals and towns (`Location`), ages over
89 (`Age`) and `Other` keep kinds of their own, which Casebook does not claim to find (it
redacts registered places and street addresses, not unregistered towns or hospitals). The PHI
type is each span's `form`, so `score(...)["facets"][kind]` gives recall per PHI type.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from pathlib import Path
from typing import Any

from bench.scoring import score
from tests.deid_corpus import Corpus, Planted

HERE = Path(__file__).parent
TEXT_FILE = HERE / "id.text.gz"
PHRASE_FILE = HERE / "id-phi.phrase.gz"
# SHA-256 of the files as published (decompressed): id.text and id-phi.phrase at commit
# ec3f4114551507695ab9e0b1052668906313fcd1 of github.com/pisces7lning/deid2021.
SHA256 = {
    TEXT_FILE.name: "0fc13eb19a39d7501d04f49e9f3aaef9ab979e12afd83073cf5d0b6a6ce3033c",
    PHRASE_FILE.name: "4705a99c4ab25256095b9058cc66a143da249c310be0b56e9fbf70cc85959485",
}
KINDS = {
    "PTName": "name",
    "PTNameInitial": "name",
    "RelativeProxyName": "name",
    "HCPName": "name",
    "Phone": "phone",
    "Date": "date",
    "DateYear": "year",
    "Location": "location",
    "Age": "age",
    "Other": "other",
}
RECORDS = 2434
PHI = 1779
SPLITS = ("dev", "heldout", "all")  # even patient ids, odd patient ids, every note
HALVES = {"dev": (984, 780), "heldout": (1450, 999)}  # (notes, gold PHI spans) in each half
SEED = None  # published text: nothing is drawn
# The notes come from a hospital in the United States, so the study they stand for writes
# dates month first: what study.yaml's `release: month_first` says, and what CLDR gives for a
# study whose country is US when the setting is left out.
REDACTOR_OPTIONS = {"month_first": True}
WHOLE_FROM = 1_000_000  # figure 1 at every `make bench` scale reads it whole (1 MB and more)
REALISTIC = (
    0.83  # the held-out half's own density: 999 gold PHI in 1,204,225 bytes (tests check it)
)
CASES = ("upper", "lower", "mixed")  # a note's letter case (`letter_case`)
Note = tuple[int, int]  # (patient, record number)
RECORD = re.compile(r"START_OF_RECORD=(\d+)\|\|\|\|(\d+)\|\|\|\|\n(.*?)\|\|\|\|END_OF_RECORD", re.S)


def read_checked(path: Path) -> str:
    """The file's text, refused unless its content is byte for byte the published one."""
    data = gzip.decompress(path.read_bytes())
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256[path.name]:
        raise ValueError(f"{path.name}: SHA-256 {digest} is not the published file's")
    return data.decode("ascii")


def records(text: str) -> dict[Note, str]:
    """Each note's text by (patient, record number); gold offsets count from its first char."""
    return {(int(m[1]), int(m[2])): m[3] for m in RECORD.finditer(text)}


def gold(lines: str, notes: dict[Note, str], order: dict[Note, int]) -> list[Planted]:
    """Planted spans from `<PID> <Record> <Start> <End> <Type> <Text>` lines, each checked."""
    out = []
    for line in lines.splitlines():
        pid, rec, start, end, phi_type, phrase = line.split(" ", 5)
        key = (int(pid), int(rec))
        s, e = int(start), int(end)
        if notes[key][s:e] != phrase:
            raise ValueError(f"gold span {line!r} does not match its note's text")
        out.append(Planted(order[key], s, e, KINDS[phi_type], phi_type, phrase))
    return out


def in_split(patient: int, split: str) -> bool:
    """Whether a patient's notes belong to `split`: "dev" even ids, "heldout" odd ids, "all"."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    return split == "all" or (patient % 2 == 0) == (split == "dev")


def load(
    text_file: Path = TEXT_FILE, phrase_file: Path = PHRASE_FILE, split: str = "all"
) -> Corpus:
    """The notes of `split` (see `in_split`), in file order, with their gold PHI spans; no
    registry (nobody is registered)."""
    notes = records(read_checked(text_file))
    order = {key: i for i, key in enumerate(notes)}
    whole = Corpus(list(notes.values()), [], gold(read_checked(phrase_file), notes, order), [])
    if split == "all":
        return whole
    return subset(whole, [i for i, (patient, _) in enumerate(notes) if in_split(patient, split)])


def for_figure(seed: None, size_bytes: int, per_kb: float) -> Corpus:
    """The held-out half (patients with odd ids) as figure 1's loop asks every set for it: whole
    at every benchmark scale (the seed and density are the published ones); only a smaller
    figure (a unit test's) gets its first notes, whole, up to `size_bytes`."""
    corpus = load(split="heldout")
    if size_bytes >= WHOLE_FROM:
        return corpus
    keep, total = [], 0
    for i, text in enumerate(corpus.texts):
        if total >= size_bytes:
            break
        keep.append(i)
        total += len(text.encode("utf-8"))
    return subset(corpus, keep)


def letter_case(text: str) -> str:
    """ "upper" when nine in ten cased letters are capitals, "lower" when 1 in 50 or fewer."""
    letters = [c for c in text if c.isalpha()]
    share = sum(c.isupper() for c in letters) / max(1, len(letters))
    return "upper" if share >= 0.9 else "lower" if share <= 0.02 else "mixed"


def subset(corpus: Corpus, keep: list[int]) -> Corpus:
    """The notes whose indexes are in `keep`, renumbered, with their gold spans."""
    new = {old: i for i, old in enumerate(keep)}
    planted = [
        Planted(new[p.text], p.start, p.end, p.kind, p.form, p.value)
        for p in corpus.planted
        if p.text in new
    ]
    return Corpus([corpus.texts[i] for i in keep], [], planted, [])


def by_case(corpus: Corpus, spans: list[list[tuple]]) -> dict[str, Any]:
    """Quality on the notes typed in capitals, in lower case and in mixed case, apart."""
    out: dict[str, Any] = {}
    for case in CASES:
        keep = [i for i, t in enumerate(corpus.texts) if letter_case(t) == case]
        part = subset(corpus, keep)
        out[case] = {
            "cells": len(keep),
            "mb": part.size_bytes / 1e6,
            "quality": score(part, [spans[i] for i in keep]),
        }
    return out


def casebook_by_case(corpus: Corpus) -> dict[str, Any]:
    """Casebook's quality and MB/s (best of 3, one core) on each letter case's notes."""
    from casebook.deid.redactor import Redactor

    from bench.measure import _best_time

    redactor = Redactor(corpus.registry, **REDACTOR_OPTIONS)
    spans = [[(s.start, s.end, s.kind, s.tag) for s in redactor.spans(t)] for t in corpus.texts]
    out = by_case(corpus, spans)
    for case, block in out.items():
        texts = [t for t in corpus.texts if letter_case(t) == case]
        block["mb_s"] = block["mb"] / _best_time(redactor.redact, texts, 3) if texts else None
    return out
