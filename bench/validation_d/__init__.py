"""Validation D: a fourth generated set for tuning the redactor on text unlike the others.

    from bench.validation_d import generate_validation_d, SEED
    corpus = generate_validation_d(SEED, 1_000_000)              # ~0.7 identifiers per KB
    dense = generate_validation_d(SEED, 400_000, per_kb=DENSE)    # small samples, tests

Returns a `tests.deid_corpus.Corpus` scored by `bench/scoring.score` like the other sets.
Built apart from them in its sources: given and family names of 45 countries by their real
frequency (`names-dataset`, extracted to `names.tsv` by `build_names.py`), phone formats of
22 countries, addresses of nine, dates in eighteen forms, all written here; and in its notes:
hurried abbreviated lines, Swedish and English mixed in one note, pasted e-mails with
headers and signatures, contact lists typed as tables, interview transcripts ("I:"/"R:"),
observation logs with times, text messages with time stamps. Distractors that identify no
one (towns, countries, medicines, agencies, titles, weekdays, months, doses, times, scores,
sums, rooms, years, week numbers, fractions) are left unplanted, so removing them costs
precision. Registered people called Love, May, Mark, Per, Rose, Bill, Will, Hope, Inga,
Frank, Grace, Dawn, Bo, Sol and Joy beside the same words used as words (`Ordinary`).

Deterministic for a seed, size and density. Used for tuning since its first read (see
bench/README.md): it is a validation set, not a held-out one.
"""

from __future__ import annotations

from bench.validation_d.pieces import assemble, ordinary_uses
from bench.validation_d.study import HOMOGRAPH_WORDS, make_study
from bench.validation_d.styles import STYLES
from bench.validation_d.writer import Writer
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 5813
REALISTIC = 0.7
DENSE = 6.0
LANGUAGES = {"sv": 50, "en": 35, "mix": 15}
FORCED = ("email", "table")  # styles that name people whatever the density


def generate_validation_d(seed: int, size_bytes: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of about `size_bytes` UTF-8 bytes, each a few hundred bytes to 3 KB."""
    study = make_study(seed, max(6, min(40, size_bytes // 40_000)))
    writer = Writer(seed, study, per_kb)
    rng = writer.rng
    forms = study.forms()
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    styles = list(STYLES)
    weights = [STYLES[s][0] for s in styles]
    while total < size_bytes:
        style = rng.choices(styles, weights)[0]
        if style in FORCED and writer.planted > per_kb * total / 1000 + 1:
            style = "hurried"  # its headers or rows would push the density up
        lang = rng.choices(list(LANGUAGES), list(LANGUAGES.values()))[0]
        if lang == "mix" and style != "mixed":
            lang = "sv"
        case = rng.randrange(study.n_cases)
        target = min(int(rng.lognormvariate(6.6, 0.6)), 3000, max(150, size_bytes - total))
        pieces = STYLES[style][1](writer, lang, case, target)
        text, marks = assemble(len(texts), pieces)
        texts.append(text)
        planted += marks
        ordinary += ordinary_uses(len(texts) - 1, text, marks, forms, set(HOMOGRAPH_WORDS))
        total += len(text.encode("utf-8"))
        writer.bytes, writer.planted = total, len(planted)
    return Corpus(texts, study.entries, planted, ordinary)


__all__ = ["DENSE", "REALISTIC", "SEED", "generate_validation_d"]
