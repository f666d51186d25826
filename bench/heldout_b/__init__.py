"""Held-out B: a second held-out set for measuring the redactor, written apart from everyone
who writes or tunes it.

    from bench.heldout_b import generate_heldout_b, SEED
    corpus = generate_heldout_b(SEED, 1_000_000)               # ~0.7 identifiers per KB
    dense = generate_heldout_b(SEED, 1_000_000, per_kb=DENSE)   # for speed and small samples

It returns a `tests.deid_corpus.Corpus` (texts, registry entries, `Planted`, `Ordinary`), so
`bench/scoring.score` scores it like the development and validation sets. Its generator is
not theirs: names, phone numbers and addresses come from mimesis (not Faker) and from lists
written here (Somali, Tigrinya, Kurdish, Bosnian, Arabic and Persian names in Swedish
spelling; Russian, Ukrainian and Greek names in Swedish transliteration); its Swedish and
English sentences, note styles (shorthand, observer logs, meeting records with attendees and
agenda, pasted e-mail with headers and signatures, text messages, text copied from PDFs)
and traps (doses, sums, times, rooms, bus lines, wards, year ranges) are its own. Registered
people are also called Love, May, Mark, Per, Rose, Bill, Will, Hope, Inga, Iris, Ruth, Said,
Dag, Sten, Björn and Ulf, and every use of such a word as a word is recorded as `Ordinary`.

Deterministic for a seed, size and density (with the pinned mimesis and Faker). Nobody who
tunes the redactor reads this package or tunes on its misses; see bench/README.md.
"""

from __future__ import annotations

from bench.heldout_b.people import HOMOGRAPH_WORDS, make_study, registered_forms
from bench.heldout_b.pieces import assemble, ordinary_uses
from bench.heldout_b.styles import STYLES
from bench.heldout_b.writer import Writer
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 7321
REALISTIC = 0.7  # identifiers per 1,000 bytes: about one per one to two KB
DENSE = 6.0
LANGUAGES = {"sv": 55, "en": 35, "mix": 10}
FORCED = ("meeting", "email", "sms")  # styles that name people whatever the density


def generate_heldout_b(seed: int, size_bytes: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of about `size_bytes` UTF-8 bytes in cells of a few hundred bytes to 4 KB."""
    study = make_study(seed, max(6, min(40, size_bytes // 40_000)))
    writer = Writer(seed, study, per_kb)
    rng = writer.rng
    forms = registered_forms(study)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    styles = list(STYLES)
    weights = [STYLES[s][0] for s in styles]
    while total < size_bytes:
        style = rng.choices(styles, weights)[0]
        if style in FORCED and writer.planted > per_kb * total / 1000 + 1:
            style = "narrative"  # its headers or attendees would push the density up
        lang = rng.choices(list(LANGUAGES), list(LANGUAGES.values()))[0]
        case = rng.randrange(study.n_cases)
        target = min(int(rng.lognormvariate(6.8, 0.6)), 3800, max(200, size_bytes - total))
        pieces = STYLES[style][1](writer, lang, case, target)
        text, marks = assemble(len(texts), pieces)
        texts.append(text)
        planted += marks
        ordinary += ordinary_uses(len(texts) - 1, text, marks, forms, HOMOGRAPH_WORDS)
        total += len(text.encode("utf-8"))
        writer.bytes, writer.planted = total, len(planted)
    return Corpus(texts, study.entries, planted, ordinary)


__all__ = ["DENSE", "REALISTIC", "SEED", "generate_heldout_b"]
