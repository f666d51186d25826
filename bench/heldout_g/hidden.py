"""Characters a reader does not see, or reads as others, that text pasted from Word, a PDF or a
web page carries: put inside names, phone numbers and personnummer of held-out G."""

from __future__ import annotations

import random

SOFT_HYPHEN = "\u00ad"
INSIDE_WORD = {
    "soft-hyphen": SOFT_HYPHEN,
    "zero-width-space": "\u200b",
    "zero-width-joiner": "\u200d",
    "zero-width-non-joiner": "\u200c",
    "word-joiner": "\u2060",
}
BETWEEN_WORDS = {"no-break-space": "\u00a0", "narrow-no-break-space": "\u202f",
                 "figure-space": "\u2007", "thin-space": "\u2009"}  # fmt: skip


def full_width(text: str) -> str:
    """Digits (and + and -) as their full-width compatibility forms."""
    out = []
    for c in text:
        if c.isdigit() and c.isascii():
            out.append(chr(0xFF10 + int(c)))
        elif c == "+":
            out.append("\uff0b")
        else:
            out.append(c)
    return "".join(out)


def nbsp_inside(rng: random.Random, text: str) -> str:
    """Every space of `text` as one unusual space."""
    return text.replace(" ", rng.choice(sorted(BETWEEN_WORDS.values())))


def hide_in_name(rng: random.Random, name: str) -> tuple[str, str]:
    """`name` with one invisible or compatibility character inside; (text, facet)."""
    if " " in name and rng.random() < 0.35:
        facet = rng.choice(sorted(BETWEEN_WORDS))
        return name.replace(" ", BETWEEN_WORDS[facet], 1), facet
    if "fi" in name and rng.random() < 0.5:
        return name.replace("fi", "\ufb01", 1), "ligature"
    word_starts = [
        i for i in range(2, len(name) - 1) if name[i - 1].isalpha() and name[i].isalpha()
    ]
    if not word_starts:
        return name + "\u200b", "trailing-zero-width"
    at = rng.choice(word_starts)
    facet = rng.choice(sorted(INSIDE_WORD))
    return name[:at] + INSIDE_WORD[facet] + name[at:], facet
