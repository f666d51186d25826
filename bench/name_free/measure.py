"""What the redactor removes from notes made of published sentences that hold no name.

    PYTHONPATH=.:app .venv/bin/python -m bench.name_free.measure [--held] [--registry] [--top N]

`sentences.tsv` (see `build.py`) holds sentences of four UD treebanks with no PROPN token and
no digit. They are laid out as a study's notes are: a heading line, then six sentences of one
language as prose, one per line, "- " bullets or lines opened by a clock time ("10.42 ",
"14:05 "), and one line where a town made by Python Faker stands alone in a simple frame
("moved to X", "bor i X", "asuu X:ssa"). Nothing is planted, so every span the redactor makes
is a false positive; each is counted by language, layout, where it stands (heading, start of a
line, after a clock time, start of a sentence, inside one, the town), the rule that made it
and its words. Sentences whose index is 3 modulo 4 are held out (`--held`) to check a fix on.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry

from bench.false_positives import _RULE, _instrument

HERE = Path(__file__).resolve().parent
LAYOUTS = ("prose", "lines", "bullets", "timed")
PER_NOTE = 6
HEADINGS = {
    "sv": ("Anteckning", "Bedömning", "Observationer", "Sammanfattning", "Planering"),
    "nn": ("Notat", "Vurdering", "Observasjonar", "Samandrag", "Plan"),
    "fi": ("Muistiinpano", "Arvio", "Havainnot", "Yhteenveto", "Suunnitelma"),
    "en": ("Notes", "Assessment", "Observations", "Summary", "Plan"),
}
TOWN_FRAMES = {
    "sv": ("Har flyttat till {}.", "Bor i {}.", "Uppvuxen i {}."),
    "nn": ("Har flytta til {}.", "Bur i {}.", "Vaks opp i {}."),
    "fi": ("Asuu nyt {}ssa.", "Muutti {}iin.", "Kotoisin {}sta."),
    "en": ("Moved to {} last year.", "Lives in {}.", "Grew up in {}."),
}
TOWN_LOCALES = {
    "sv": ("sv_SE", "da_DK"),
    "nn": ("no_NO", "da_DK"),  # Python Faker's Norwegian locale is no_NO
    "fi": ("fi_FI",),
    "en": ("en_GB",),
}
REGISTRY = (
    ("Per Lind", ("Pelle",)),
    ("Aylin Demir", ()),
    ("Katarzyna Nowak", ("Kasia",)),
    ("Mikko Virtanen", ()),
    ("Reza Karimi", ()),
    ("Ingrid Haugen", ()),
)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Note:
    text: str
    lang: str
    layout: str
    town: tuple[int, int]  # where the town stands
    heading_end: int


def sentences(held: bool = False) -> list[tuple[str, str]]:
    rows = (HERE / "sentences.tsv").read_text(encoding="utf-8").splitlines()[1:]
    out = [(r.split("\t")[0], r.split("\t")[2]) for r in rows]
    return [s for i, s in enumerate(out) if (i % 4 == 3) == held]


def _towns(locales: tuple[str, ...], n: int, seed: int) -> list[str]:
    from faker import Faker

    towns: list[str] = []
    for loc in locales:
        fake = Faker(loc)
        fake.seed_instance(seed)
        towns += [fake.city() for _ in range(n)]
    return towns


def notes(held: bool = False) -> list[Note]:
    by_lang: dict[str, list[str]] = {}
    for lang, text in sentences(held):
        by_lang.setdefault(lang, []).append(text)
    rng = random.Random(4 if held else 3)
    out: list[Note] = []
    for lang, texts in by_lang.items():
        chunks = [texts[i : i + PER_NOTE] for i in range(0, len(texts), PER_NOTE)]
        towns = _towns(TOWN_LOCALES[lang], len(chunks), 11 if held else 7)
        rng.shuffle(towns)
        for n, chunk in enumerate(chunks):
            layout = LAYOUTS[n % len(LAYOUTS)]
            heading = rng.choice(HEADINGS[lang]) + rng.choice((":", "", " -"))
            if layout == "prose":
                body = " ".join(chunk)
            elif layout == "lines":
                body = "\n".join(chunk)
            elif layout == "bullets":
                body = "\n".join("- " + s for s in chunk)
            else:
                body = "\n".join(
                    f"{rng.randint(7, 22):02d}{rng.choice('.:')}{rng.randint(0, 59):02d} {s}"
                    for s in chunk
                )
            frame = rng.choice(TOWN_FRAMES[lang])
            town = towns[n % len(towns)]
            if lang == "fi":  # the frames carry the case ending; a town's own "-i" stays
                frame = frame.replace("{}ssa", "{}:ssa").replace("{}sta", "{}:sta")
                frame = frame.replace("{}iin", "{}:iin")
            text = heading + "\n" + body + "\n"
            start = len(text) + frame.index("{}")
            text += frame.format(town) + "\n"
            out.append(Note(text, lang, layout, (start, start + len(town)), len(heading)))
    return out


def _where(note: Note, start: int, end: int) -> str:
    if start < note.town[1] and note.town[0] < end:
        return "town"
    if start <= note.heading_end:
        return "heading"
    line_start = note.text.rfind("\n", 0, start) + 1
    before = note.text[line_start:start]
    if re.fullmatch(r"\d\d[.:]\d\d\s+", before):
        return "after clock"
    if re.fullmatch(r"[-•*]\s+", before):
        return "bullet start"
    if not before.strip():
        return "line start"
    if re.search(r"[.!?]['\"”)]*\s+$", before):
        return "sentence start"
    return "inside"


def _rule(span: Any) -> str:
    if span.via:
        found = next((r for (b, e), r in _RULE.items() if b < span.end and span.start < e), "?")
        return f"{span.kind} {span.via}: {found}"
    return f"{span.kind} registered" if span.key else span.kind


def registry(small: bool) -> Registry:
    if not small:
        return Registry([NameEntry("p:1", "Per Lind", "[P-1]")])
    return Registry([NameEntry(f"p:{i}", n, f"[P-{i}]", a) for i, (n, a) in enumerate(REGISTRY, 1)])


def measure(held: bool = False, small: bool = False) -> dict[str, Any]:
    _instrument()
    redactor = Redactor(registry(small))
    words = spans = towns = town_gone = 0
    by: dict[str, Counter[str]] = {k: Counter() for k in ("lang", "layout", "where", "rule")}
    gone: Counter[str] = Counter()
    examples: list[str] = []
    for note in notes(held):
        words += len(_WORD.findall(note.text))
        towns += 1
        _RULE.clear()
        for s in redactor.spans(note.text):
            where = _where(note, s.start, s.end)
            if where == "town":
                town_gone += 1
            spans += 1
            by["lang"][note.lang] += 1
            by["layout"][note.layout] += 1
            by["where"][where] += 1
            by["rule"][_rule(s)] += 1
            word = note.text[s.start : s.end]
            gone[f"{word}  ({note.lang}, {where})"] += 1
            line_start = note.text.rfind("\n", 0, s.start) + 1
            examples.append(f"{_rule(s)} | {note.text[line_start : s.end + 40].split(chr(10))[0]}")
    return {
        "words": words,
        "spans": spans,
        "per_1000_words": round(1000 * spans / max(words, 1), 2),
        "towns": towns,
        "towns_removed": town_gone,
        **{k: dict(v.most_common()) for k, v in by.items()},
        "words_removed": gone,
        "examples": examples,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held", action="store_true", help="the held-out quarter")
    ap.add_argument("--registry", action="store_true", help="a small registry of six people")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    out = measure(args.held, args.registry)
    print(
        f"{out['words']} words, {out['spans']} spans ({out['per_1000_words']} per 1,000 words),"
        f" towns removed {out['towns_removed']} of {out['towns']}"
    )
    for key in ("lang", "layout", "where", "rule"):
        print(f"by {key}: " + ", ".join(f"{k} {v}" for k, v in out[key].items()))
    print("words:")
    for w, c in out["words_removed"].most_common(args.top):
        print(f"  {c:4d} {w}")
    for e in out["examples"][: args.examples]:
        print("  ", e)


if __name__ == "__main__":
    main()
