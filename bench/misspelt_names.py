"""A development set of misspelt registered names, from a typing-error model the redactor's
rules were not written against.

    python -m bench.misspelt_names            # recall per kind of slip, and what was missed

The misspellings come from `typo` (PyPI, MIT: keyboard-neighbour substitutions and insertions
on a QWERTY layout, transpositions, dropped, doubled and undoubled letters, visually similar
characters), applied once or twice to a registered person's given or family name, and from
`PHONETIC`, respellings by ear of the kind a Swedish or English note-taker makes ("Fillip",
"Kristoffer" for Christoffer, "Jonsson" for Jónsson, "Åkeson"). The registry is the development
corpus's (`tests/deid_corpus.py`); the sentences below are written for this set, in English
and Swedish, with the name where a note puts a person: as a subject, an object, after "med",
in a list. A misspelling that is itself a registered form, a word of the dictionaries or a
name of the lexicon is left out (nothing could tell it from that word or that other person).

`generate(seed, count)` returns a `tests.deid_corpus.Corpus` whose planted names are scored by
`bench/scoring.py` like any set (their category is `name:misspelt`); the form of each planted
name records the kind of slip (`typo-nearby_char`, `phonetic`, `two-slips`, ...).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from typing import Any

SLIPS = (
    "nearby_char",
    "char_swap",
    "missing_char",
    "extra_char",
    "repeated_char",
    "unichar",
    "similar_char",
)
# Respellings by ear: (pattern, replacement), applied at one place where the pattern occurs.
PHONETIC = (
    ("ph", "f"),
    ("f", "ph"),
    ("ch", "k"),
    ("c", "k"),
    ("k", "c"),
    ("qv", "kv"),
    ("qu", "kv"),
    ("w", "v"),
    ("v", "w"),
    ("th", "t"),
    ("t", "th"),
    ("ie", "y"),
    ("y", "i"),
    ("i", "y"),
    ("ss", "s"),
    ("s", "ss"),
    ("ll", "l"),
    ("l", "ll"),
    ("nn", "n"),
    ("n", "nn"),
    ("mm", "m"),
    ("tt", "t"),
    ("sj", "sh"),
    ("x", "ks"),
    ("ks", "x"),
    ("å", "o"),
    ("ä", "e"),
    ("ö", "ø"),
    ("é", "e"),
    ("e", "ä"),
    ("j", "i"),
    ("dt", "t"),
    ("h", ""),
)
SENTENCES_EN = (
    "{n} rang the ward this morning about the new times.",
    "We met {n} at the day centre and talked about sleep.",
    "Talked to {n} about the plan for the summer.",
    "Present: {n}, the case manager and the observer.",
    "According to {n} things have been calmer at home.",
    "The group agreed that {n} will book the next meeting.",
    "She said {n} had helped her with the forms.",
    "Phoned {n}, no answer, will try again tomorrow.",
)
SENTENCES_SV = (
    "{n} ringde avdelningen i morse om de nya tiderna.",
    "Vi träffade {n} på dagcentret och pratade om sömnen.",
    "Pratade med {n} om planen för sommaren.",
    "Närvarande: {n}, case managern och observatören.",
    "Enligt {n} har det varit lugnare hemma.",
    "Gruppen kom överens om att {n} bokar nästa möte.",
    "Hon sa att {n} hade hjälpt henne med blanketterna.",
    "Ringde {n}, inget svar, försöker igen i morgon.",
)
FILLER = (
    "The heating in the flat has been off for a week.",
    "Sover bättre sedan förra gången.",
    "Will raise the question of money next time.",
    "Mötet började tio minuter sent.",
    "May I ask about the medication, she said.",
)


def _typo(word: str, slip: str, seed: int) -> str:
    import typo  # development-time only (the bench extra)

    return str(getattr(typo.StrErrer(word, seed=seed), slip)().result)


def _phonetic(word: str, rng: random.Random) -> str:
    low = word.lower()
    options = [(p, r) for p, r in PHONETIC if p in low[1:]]
    if not options:
        return word
    pattern, replacement = rng.choice(options)
    places = [m.start() for m in re.finditer(re.escape(pattern), low) if m.start() > 0]
    at = rng.choice(places)
    out = low[:at] + replacement + low[at + len(pattern) :]
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def misspellings(word: str, rng: random.Random) -> list[tuple[str, str]]:
    """(kind of slip, misspelling) of `word`: one per slip of `typo`, a phonetic one, and
    two slips at once."""
    out = []
    for slip in SLIPS:
        out.append((f"typo-{slip}", _typo(word, slip, rng.randrange(1 << 30))))
    out.append(("phonetic", _phonetic(word, rng)))
    first, second = rng.sample(SLIPS[:5], 2)
    once = _typo(word, first, rng.randrange(1 << 30))
    out.append(("two-slips", _typo(once, second, rng.randrange(1 << 30))))
    return [(kind, w) for kind, w in out if w != word and len(w) >= 2]


def generate(seed: int = 1203, per_name: int = 1, lower_share: float = 0.15) -> Any:
    """Short notes, each with one misspelt registered name (see the module docstring)."""
    from casebook.deid import lexicon, vocab

    import tests.deid_corpus as cm

    rng = random.Random(seed)
    base = cm.generate_corpus(2026, 20_000)
    people = [e for e in base.registry_people if e.kind == "person"]
    registered = {w.lower() for e in people for w in re.split(r"[ -]", e.canonical)}
    registered |= {a.lower() for e in people for a in e.aliases}
    texts: list[str] = []
    planted: list[Any] = []
    for entry in people:
        for word in dict.fromkeys(re.split(r"[ -]", entry.canonical)):
            if len(word) < 4:
                continue
            for kind, wrong in misspellings(word, rng)[: None if per_name else 0]:
                low = wrong.lower()
                if low in registered or low in vocab.known_words() or low in lexicon.all_names():
                    continue
                if rng.random() < lower_share:
                    wrong, kind = low, kind + "/lower"
                template = rng.choice(SENTENCES_EN + SENTENCES_SV)
                before = rng.choice(FILLER) + " "
                text = before + template.format(n=wrong)
                start = text.index(wrong, len(before))
                texts.append(text)
                planted.append(
                    cm.Planted(
                        len(texts) - 1,
                        start,
                        start + len(wrong),
                        "name",
                        kind,
                        wrong,
                        exact=False,
                        key=entry.key,
                    )  # fmt: skip
                )
    return cm.Corpus(texts, list(base.registry_people), planted)


def main() -> None:
    from casebook.deid.redactor import Redactor

    from bench.scoring import _covered

    corpus = generate()
    redactor = Redactor(corpus.registry)
    tags = {e.key: e.tag for e in corpus.registry_people}
    caught: Counter[str] = Counter()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missed = []
    for p in corpus.planted:
        text = corpus.texts[p.text]
        spans = [s for s in redactor.spans(text) if s.start < p.end and p.start < s.end]
        hit = _covered([(s.start, s.end) for s in spans], text, p.start, p.end)
        for kind in (p.form.split("/")[0], "all", *(["lower"] if "/lower" in p.form else [])):
            total[kind] += 1
            caught[kind] += hit
            right[kind] += hit and all(s.tag == tags[p.key] for s in spans)
        if not hit:
            missed.append(f"{p.form:24s} {p.value:18s} {text}")
    for kind in sorted(total):
        print(
            f"{kind:24s} recall {caught[kind] / total[kind]:.3f} ({caught[kind]}/{total[kind]})"
            f"  right tag {right[kind] / total[kind]:.3f}"
        )
    if "-v" in sys.argv:
        print("\n".join(missed))


if __name__ == "__main__":
    main()
