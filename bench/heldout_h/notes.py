"""How a held-out H note is put together: its language, its style and its lines.

Styles: an interview in paragraphs, a meeting observation with times, a diary, telegraphic
lines, a bulleted list, an e-mail pasted with its header, text pasted from Word (curly quotes,
bullets and tabs), text pasted from a PDF (hard line breaks) and text messages. Each line is
chosen so the whole set keeps `per_kb` identifiers per KB: a line with slots while the set is
below it, otherwise a line without identifiers or with an ordinary use of a name-like word.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.heldout_h import filler, lines_en, lines_more, lines_sv
from bench.heldout_h.writer import Draft, Writer

POOLS = {"sv": lines_sv, "en": lines_en}
OTHER = tuple(sorted(lines_more.ID))
STYLES = (("interview", 22), ("observation", 20), ("diary", 10), ("telegraphic", 10),
          ("list", 10), ("email", 5), ("word", 8), ("pdf", 8), ("sms", 7))  # fmt: skip
HEADS = {
    "interview": {"sv": "Intervju våg {w}, {role}.\n\n", "en": "Interview wave {w}, {role}.\n\n"},
    "observation": {"sv": "Observation resursgruppsmöte, grupp {g}\n",
                    "en": "Observation, resource group {g}\n"},
    "list": {"sv": "Anteckningar:\n", "en": "Notes:\n"},
}  # fmt: skip
ROLES = {
    "sv": ("patient", "anhörig", "professionell"),
    "en": ("patient", "significant other", "professional"),
}


@dataclass
class Tally:
    """The whole set's planted identifiers and bytes so far, to keep its density."""

    planted: int = 0
    size: int = 0


# Which kind of identifier a line with slots is chosen for, and how often.
KIND_WEIGHTS = (("name", 40), ("tel", 22), ("date", 9), ("adr", 9), ("mail", 5), ("pnr", 7),
                ("place", 5), ("url", 3))  # fmt: skip
NAME_SLOTS = ("{pat", "{so", "{pro", "{any", "{p2", "{x")


def _has(template: str, kind: str) -> bool:
    if kind == "name":
        return any(s in template for s in NAME_SLOTS)
    return "{" + kind in template


def _pick(rng: random.Random, pool: tuple[str, ...], used: set[str], kind: str | None) -> str:
    """A line of `pool` with a slot of `kind` (any line when None), unused in this note when
    one is left."""
    fits = [t for t in pool if kind is None or _has(t, kind)] or list(pool)
    fresh = [t for t in fits if t not in used] or fits
    choice = rng.choice(fresh)
    used.add(choice)
    return choice


def _line(w: Writer, draft: Draft, lang: str, tally: Tally, per_kb: float, used: set[str]) -> None:
    rng = w.rng
    owed = per_kb * (tally.size + draft.size) / 1024 - tally.planted - len(draft.planted)
    # Spread over the notes: a line with slots now and then while the set is at most about
    # one identifier ahead of `per_kb`, always when it is well behind.
    want_id = owed > 2.5 or (owed > -1.0 and rng.random() < (0.5 if not draft.planted else 0.12))
    kind = rng.choices([k for k, _ in KIND_WEIGHTS], [n for _, n in KIND_WEIGHTS])[0]
    if rng.random() < 0.07:
        other = rng.choice(OTHER)
        pool = lines_more.ID[other] if want_id else lines_more.FILLER[other]
        w.fill(draft, _pick(rng, pool, used, kind if want_id else None), other)
        return
    module = POOLS[lang]
    if want_id and rng.random() < 0.05:
        w.fill(draft, _pick(rng, module.CAPS, used, kind), lang, upper=True)
    elif want_id:
        pool = module.ID + (module.TELE if lang == "sv" else ())
        w.fill(draft, _pick(rng, pool, used, kind), lang)
    elif rng.random() < 0.12:
        w.fill(draft, _pick(rng, module.ORDINARY, used, None), lang)
    elif rng.random() < 0.4:
        w.fill(draft, _pick(rng, module.FILLER, used, None), lang)
    else:
        w.fill(draft, filler.sentence(lang, rng), lang)


def write_note(w: Writer, tally: Tally, per_kb: float) -> tuple[str, Draft]:
    """One note of one to four kilobytes for the writer's case; its text and its draft."""
    rng = w.rng
    base = rng.choices(("sv", "en", "mixed"), (45, 35, 20))[0]
    style = rng.choices([s for s, _ in STYLES], [n for _, n in STYLES])[0]
    draft = Draft()
    lang0 = "sv" if base == "mixed" else base
    if style in HEADS:
        role = rng.choice(ROLES[lang0])
        draft.put(HEADS[style][lang0].format(w=rng.randint(1, 3), role=role, g=w.case + 1))
    elif style == "diary" and rng.random() < 0.5:
        w.fill(draft, "{date:wd}\n", lang0)
    elif style == "email":
        w.fill(draft, rng.choice(POOLS[lang0].EMAIL_HEAD), lang0)
    target = rng.randint(800, 4000)
    used: set[str] = set()
    minute = rng.randint(0, 40)
    while draft.size < target:
        lang = rng.choice(("sv", "en")) if base == "mixed" else base
        if style == "observation":
            minute += rng.randint(1, 9)
            draft.put(f"{13 + minute // 60}:{minute % 60:02d} ")
        elif style in ("list", "word"):
            draft.put(rng.choice(("- ", "* ", "•\t", "• ")) if style == "word" else "- ")
        elif style == "sms":
            draft.put(f"[sms {rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}] ")
        _line(w, draft, lang, tally, per_kb, used)
        if style in ("interview", "pdf", "diary"):
            draft.put("\n\n" if rng.random() < 0.2 else " ")
        else:
            draft.put("\n")
    text = draft.text()
    if style == "pdf":
        text = _wrap(text, draft, rng)
    elif style == "word":
        text = _curly(text, draft)
    tally.planted += len(draft.planted)
    tally.size += len(text.encode("utf-8"))
    return text, draft


def _inside(draft: Draft, i: int) -> bool:
    return any(p[0] <= i < p[1] for p in draft.planted)


def _wrap(text: str, draft: Draft, rng: random.Random) -> str:
    """Hard line breaks where a PDF's lines ended (a space outside every identifier)."""
    chars, column, width = list(text), 0, rng.randint(55, 80)
    for i, c in enumerate(chars):
        column = 0 if c == "\n" else column + 1
        if c == " " and column >= width and not _inside(draft, i):
            chars[i], column = "\n", 0
    return "".join(chars)


def _curly(text: str, draft: Draft) -> str:
    """Word's typographic quotes and apostrophes (outside identifiers), one character each."""
    chars, open_quote = list(text), True
    for i, c in enumerate(chars):
        if c == '"' and not _inside(draft, i):
            chars[i], open_quote = ("“" if open_quote else "”"), not open_quote
        elif c == "'" and not _inside(draft, i):
            chars[i] = "’"
    return "".join(chars)
