"""What text pasted from Word, a PDF or a web page carries inside names and numbers.

Each function returns a new string that a reader sees as the same as its input: invisible
format characters (soft hyphen, zero-width space / joiner / non-joiner, word joiner, byte-order
mark), unusual spaces (no-break, thin, narrow no-break, figure space) and compatibility forms
(full-width digits, the "ﬁ"/"ﬂ" ligatures of a PDF). The result is still NFC: NFC leaves all of
these alone, so the offsets of the held-out set are offsets in the text the redactor sees.
"""

from __future__ import annotations

import random
import unicodedata

SOFT_HYPHEN = "\u00ad"
INVISIBLE = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
SPACES = ("\u00a0", "\u2009", "\u202f", "\u2007")
LIGATURES = {"fi": "\ufb01", "fl": "\ufb02"}


def is_hidden(text: str) -> bool:
    """True when `text` holds a character a reader would not see or would read as another."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def in_word(rng: random.Random, word: str) -> tuple[str, str]:
    """`word` with an invisible character (or a ligature) inside it, and what was done."""
    lower = word.lower()
    for pair, ligature in LIGATURES.items():
        at = lower.find(pair, 1)
        if at > 0 and rng.random() < 0.5:
            return word[:at] + ligature + word[at + 2 :], "ligature"
    if len(word) < 3:
        return word + rng.choice(("\u200b", "\u2060")), "trailing-zw"
    at = rng.randrange(1, len(word) - 1)
    char = rng.choice(INVISIBLE)
    return word[:at] + char + word[at:], f"U+{ord(char):04X}"


def between_words(rng: random.Random, words: list[str]) -> tuple[str, str]:
    """Words joined by an unusual space, or with an invisible character inside one of them."""
    if len(words) > 1 and rng.random() < 0.5:
        space = rng.choice(SPACES)
        return space.join(words), f"U+{ord(space):04X}"
    index = rng.randrange(len(words))
    hidden, how = in_word(rng, words[index])
    return " ".join([*words[:index], hidden, *words[index + 1 :]]), how


def full_width(text: str, share: float, rng: random.Random) -> str:
    """Some (`share`) or all digits of `text` as their full-width forms (U+FF10..U+FF19)."""
    return "".join(
        chr(0xFF10 + int(c)) if c.isascii() and c.isdigit() and rng.random() < share else c
        for c in text
    )


def in_number(rng: random.Random, number: str) -> tuple[str, str]:
    """A phone or identity number as pasted: full-width digits, odd spaces or a hidden mark."""
    choice = rng.random()
    if choice < 0.35:
        return full_width(number, 1.0 if rng.random() < 0.6 else 0.5, rng), "full-width"
    if choice < 0.7 and " " in number:
        space = rng.choice(SPACES)
        return number.replace(" ", space), f"U+{ord(space):04X}"
    digits = [i for i, c in enumerate(number) if c.isdigit()]
    at = rng.choice(digits[2:-1] or digits)
    char = rng.choice(("\u200b", "\u00ad", "\u2060", "\u200d"))
    return number[:at] + char + number[at:], f"U+{ord(char):04X}"
