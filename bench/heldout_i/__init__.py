"""Held-out I: field notes on published sentences nobody at Casebook wrote, with identifiers
from other people's generators. Figure 1 reads issue 9's targets on it.

    corpus = generate_heldout_i(SEED, 1_000_000, per_kb=REALISTIC)   # deterministic
    corpus = for_figure(SEED, size_bytes, per_kb)                     # figure 1's entry point

Written on 2026-12-02 by someone who had read neither the redactor's rules
(`app/casebook/deid`) nor any other set's notes, templates or word lists, only
`bench/scoring.py`, `bench/redaction.py` and the shapes of `Corpus`, `Planted`, `Ordinary`
and `NameEntry`. Most of its text is real: sentences of three Universal Dependencies
treebanks (Swedish professional prose, Swedish learners' essays, English e-mail and web
text; `real.tsv`, CC BY-SA 4.0, rebuilt by `build_real.py`), whose pronouns become names and
whose words that are also names ("per", "will", "my") are the ordinary words, as their
annotators tagged them. Phone numbers come from libphonenumber and Faker, dates from CLDR
(Babel), identity numbers, addresses, e-mail addresses and links from Faker and mimesis,
registered names from Faker and unregistered ones from mimesis (`values.py`, `people.py`;
Faker's identity numbers with its "today" pinned, `bench/pinned_ssn.py`, so the text is the
same on every day);
the note lines around them and the typing slips are held-out I's own (`lines.py`,
`people.py`). See README.md for sources and licences. **Nobody who writes or tunes the rules
may read this package, its test or its misses**: only its aggregate figures are reported.

Every gold span is checked against the text at its offsets (`check`). The same seed, size
and density give the same notes whatever PYTHONHASHSEED is.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

from bench.heldout_i import lines
from bench.heldout_i.people import build_registry
from bench.heldout_i.values import faker
from bench.heldout_i.writer import Line, Writer
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 5521
REALISTIC = 0.7  # identifiers per KB, as in the other sets
Row = tuple[str, str, str, list[tuple[int, int, str]]]


@cache
def real_sentences() -> dict[str, tuple[Row, ...]]:
    out: dict[str, list[Row]] = {"sv": [], "en": []}
    for raw in Path(__file__).with_name("real.tsv").read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            continue
        source, lang, text, marks = raw.split("\t")
        parsed = [(int(a), int(b), role) for a, b, role in
                  (m.split(":", 2) for m in marks.split(";") if m)]  # fmt: skip
        out[lang].append((source, lang, text, parsed))
    return {k: tuple(v) for k, v in out.items()}


# How often a line is chosen for each kind it holds (names also come from real sentences).
KIND_WEIGHTS = {"p": 24, "u": 14, "ph": 16, "date": 12, "addr": 7, "id": 7, "email": 6,
                "url": 6, "place": 6}  # fmt: skip


def _identifier_line(rng: random.Random, writer: Writer, lang: str) -> Line:
    kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    if kind in ("p", "u") and rng.random() < 0.3:
        with_pronoun = [row for row in real_sentences()[lang] if _has_pronoun(row)]
        return writer.real(rng.choice(with_pronoun), names=True)
    if lang == "sv" and rng.random() < 0.2:
        other = rng.choice(("no", "da", "de", "fi"))
        return writer.template(rng.choice(_holding(other, kind) or lines.OTHER[other]), other)
    return writer.template(rng.choice(_holding(lang, kind)), lang)


def _has_pronoun(row: Row) -> bool:
    return any(m[2] in ("subj", "poss") for m in row[3])


@cache
def _holding(lang: str, kind: str) -> tuple[str, ...]:
    """The lines of `lang` with a slot of `kind`."""
    pool = {"sv": lines.SV, "en": lines.EN}.get(lang) or lines.OTHER[lang]
    return tuple(t for t in pool if "{" + kind + "}" in t or "{" + kind + ":" in t)


def _filler(rng: random.Random, writer: Writer, lang: str) -> Line:
    if rng.random() < 0.1:
        return writer.template(rng.choice(lines.SV_PLAIN if lang == "sv" else lines.EN_PLAIN), lang)
    return writer.real(rng.choice(real_sentences()[lang]), names=False)


def _note(rng: random.Random, writer: Writer, index: int, target: int, per_kb: float,
          state: list[float]) -> tuple[str, list[Planted], list[Ordinary]]:  # fmt: skip
    """One note of about `target` bytes; `state` is [planted so far, bytes so far]."""
    style = rng.choice(("prose", "prose", "lines", "bullets", "timed"))
    lang = rng.choice(("sv", "sv", "sv", "en", "en", "mixed"))
    text, planted, ordinary = "", [], []
    hour, minute = rng.randint(8, 17), rng.choice((0, 5, 10, 15, 30))
    while len(text.encode("utf-8")) < target:
        here = rng.choice(("sv", "en")) if lang == "mixed" else lang
        size = state[1] + len(text.encode("utf-8"))
        if state[0] + len(planted) < per_kb * (size + 200) / 1024:
            line = _identifier_line(rng, writer, here)
        else:
            line = _filler(rng, writer, here)
        if text:
            text += " " if style == "prose" and rng.random() < 0.8 else "\n"
        if style == "bullets":
            text += rng.choice(("- ", "* ", "• "))
        elif style == "timed" and not line.text[:1].isdigit():  # "13.12 2005 ..." is a date
            minute += rng.randint(2, 9)
            hour, minute = hour + minute // 60, minute % 60
            text += f"{hour:02d}.{minute:02d} " if rng.random() < 0.7 else f"{hour}:{minute:02d} "
        base = len(text)
        text += line.text
        for start, end, kind, form, exact, key in line.planted:
            planted.append(Planted(index, base + start, base + end, kind, form,
                                   text[base + start : base + end], exact, key))  # fmt: skip
        for start, end, form in line.ordinary:
            word = text[base + start : base + end]
            ordinary.append(Ordinary(index, base + start, base + end, word, form))
    return text, planted, ordinary


def generate_heldout_i(seed: int, size_bytes: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of about `size_bytes` UTF-8 bytes with `per_kb` identifiers per KB, their gold
    spans (checked) and the ordinary uses of words that are also names, for one registry."""
    faker.cache_clear()  # each locale's Faker starts from its seed again
    rng = random.Random(seed)
    entries, persons, places = build_registry(rng)
    aliases = {e.key: e.aliases for e in entries}
    writer = Writer(rng, persons, places, aliases)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    state = [0.0, 0.0]
    while state[1] < size_bytes:
        target = min(rng.randint(900, 3800), max(200, size_bytes - int(state[1])))
        text, p, o = _note(rng, writer, len(texts), target, per_kb, state)
        texts.append(text)
        planted += p
        ordinary += o
        state = [float(len(planted)), state[1] + len(text.encode("utf-8"))]
    corpus = Corpus(texts, entries, planted, ordinary)
    check(corpus)
    return corpus


def check(corpus: Corpus) -> None:
    """Refuse a set whose gold spans or ordinary words are not the text at their offsets, or
    whose ordinary words overlap an identifier."""
    spans: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        if corpus.texts[p.text][p.start : p.end] != p.value or not p.value.strip():
            raise ValueError(f"gold span {p} does not match its note's text")
        spans.setdefault(p.text, []).append(p)
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"ordinary word {o} does not match its note's text")
        if any(p.start < o.end and o.start < p.end for p in spans.get(o.text, [])):
            raise ValueError(f"ordinary word {o} overlaps an identifier")


def for_figure(seed: int | None, size_bytes: int, per_kb: float) -> Corpus:
    """Figure 1's entry point, as for the other sets."""
    return generate_heldout_i(SEED if seed is None else seed, size_bytes, per_kb)
