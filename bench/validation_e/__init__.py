"""Validation E: a fifth generated set, written after the third tuning, from scratch.

    from bench.validation_e import generate_validation_e, SEED
    corpus = generate_validation_e(SEED, 1_000_000)              # ~0.7 identifiers per KB

Returns a `tests.deid_corpus.Corpus` scored by `bench/scoring.score` like the other sets.
Its own sources (`names.tsv`: nam_dict via gender-guesser, the US census lists of `names`,
Faker surname lists of locales nobody else uses; Swedish surnames made as compounds, Icelandic
as patronymics), its own sentences (`lines_sv.py`, `lines_en.py`), its own template language
(`compose.py`) and formats (`numbers.py`, `places.py`). Labelling policy: bench/README.md.

Notes are hurried: sentences run on, start in lower case, are separated by "; " or new lines,
and a few notes are typed all in lower case. Deterministic for a seed, size and density.
"""

from __future__ import annotations

import random
import re

from bench.validation_e import lines_en, lines_sv
from bench.validation_e.cast import make_study
from bench.validation_e.compose import Mark, Sentence
from bench.validation_e.words import HOMOGRAPHS
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 6271
REALISTIC = 0.7
DENSE = 6.0
LANGUAGES = {"sv": 50, "en": 30, "mix": 20}
STYLES = {"prose": 45, "hurried": 35, "bullets": 12, "lower": 8}
HOMOGRAPH = re.compile(r"\b(" + "|".join(HOMOGRAPHS) + r")\b", re.IGNORECASE)
OPENS = ".!?:;\n•—-("


def _pool(lang: str, ident: bool, rng: random.Random) -> tuple[str, ...]:
    if lang == "en":
        return lines_en.IDENT if ident else lines_en.FILLER
    if lang == "mix" and rng.random() < 0.4:
        return lines_en.MIXED if ident else lines_en.MIXED_FILLER
    return lines_sv.IDENT if ident else lines_sv.FILLER


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text


def _note(
    rng: random.Random, study, lang: str, case: int, target: int, need
) -> tuple[str, list[Mark]]:  # type: ignore[no-untyped-def]
    style = rng.choices(list(STYLES), list(STYLES.values()))[0]
    she = rng.random() < 0.5
    text, marks = "", []
    used: set[str] = set()
    while len(text) < target:
        sentence = Sentence(rng, study, case, lang, she)
        ident = need(len(text.encode("utf-8")), len(marks))
        pool = _pool(lang, ident, rng)
        template = rng.choice(pool)
        if template in used:
            template = rng.choice(pool)
        used.add(template)
        body, found = sentence.fill(template)
        if style == "hurried" and rng.random() < 0.4:
            body = _lower(body[:1]) + body[1:]
            stripped = body.rstrip(".")
            if all(m.end <= len(stripped) for m in found):
                body = stripped
        if style == "lower":
            body = _lower(body)
        sep = (
            {
                "prose": " ",
                "hurried": rng.choice(("; ", "\n", ". ", " / ")),
                "bullets": "\n- ",
                "lower": " ",
            }[style]
            if text
            else ("- " if style == "bullets" else "")
        )
        if style == "prose" and text and rng.random() < 0.15:
            sep = "\n\n"
        if sep.startswith(".") and text.endswith("."):
            sep = sep[1:]
        offset = len(text) + len(sep)
        text += sep + body
        marks += [
            Mark(m.start + offset, m.end + offset, m.kind, m.form, m.exact, m.key, m.value)
            for m in found
        ]
    return text, marks


def _ordinary(index: int, text: str, marks: list[Mark]) -> list[Ordinary]:
    out = []
    for m in HOMOGRAPH.finditer(text):
        if any(k.start < m.end() and m.start() < k.end for k in marks):
            continue
        before = text[: m.start()].rstrip(" \"'")
        where = "initial" if not before or before[-1] in OPENS else "inner"
        out.append(Ordinary(index, m.start(), m.end(), m.group(0), f"homograph/{where}"))
    return out


def generate_validation_e(seed: int, size_bytes: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of about `size_bytes` UTF-8 bytes, each a hundred bytes to 3 KB."""
    rng = random.Random(seed)
    study = make_study(rng, max(6, min(40, size_bytes // 40_000)))
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0

    def need(extra_bytes: int, extra_marks: int) -> bool:
        return len(planted) + extra_marks < per_kb * (total + extra_bytes) / 1000 + 0.5

    while total < size_bytes:
        lang = rng.choices(list(LANGUAGES), list(LANGUAGES.values()))[0]
        case = rng.randrange(len(study.cases))
        target = min(int(rng.lognormvariate(6.3, 0.7)), 3000, max(100, size_bytes - total))
        text, marks = _note(rng, study, lang, case, target, need)
        index = len(texts)
        texts.append(text)
        for m in marks:
            exact = m.exact and text[m.start : m.end] == m.value
            planted.append(
                Planted(index, m.start, m.end, m.kind, m.form, text[m.start : m.end], exact, m.key)
            )
        ordinary += _ordinary(index, text, marks)
        total += len(text.encode("utf-8"))
    return Corpus(texts, study.entries, planted, ordinary)


__all__ = ["DENSE", "REALISTIC", "SEED", "generate_validation_e"]
