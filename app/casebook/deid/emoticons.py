"""Smileys and emoji that end a sentence typed without its full stop.

Messages and reviews pasted into notes end a sentence with a smiley instead of a full stop
("I will refer my friends :) My room was lovely", "All of those ;D Will she manage the
stairs?"). Read as no sentence end, the capitalised word after it stood inside a sentence,
where a name that is also a word ("My", "Will", "Love") is read as the person. A smiley
here is eyes (":", ";", "=") with an optional nose ("-", "'") and a mouth (")", "(", "D",
"P", "p", "O", "o", "/", "|", "]", "["), "xD", "<3", "^^", or a pictograph of Unicode's emoji
blocks. Not a time or a ratio ("12:30", "3:D" after a digit), nor a closing parenthesis or
bracket alone ("(see below) May"), which `context.sentence_start` reads as before.
"""

from __future__ import annotations

import re

# The last character of a smiley: what `context.sentence_start` checks before matching.
MOUTHS = frozenset(")(DPpOo/|][3^")

_SMILEY = re.compile(r"(?:(?<!\d)[:;=][-'’]?[)(\]\[DPpOo/|]+|(?<![^\W\d_])[xX]D+|<3+|\^_?\^)\Z")


def _pictograph(char: str) -> bool:
    """An emoji: the pictograph, dingbat and symbol blocks ("😊", "👍", "☺", "❤")."""
    code = ord(char)
    return 0x1F300 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF


def ends_sentence(text: str, last: int) -> bool:
    """Whether text[last] is the last character of a smiley or an emoji that ends the
    sentence before it ("friends :) My", "family:) My room", "so good 😊 Will")."""
    char = text[last]
    if _pictograph(char):
        return True
    if char not in MOUTHS:
        return False
    return _SMILEY.search(text, max(0, last - 5), last + 1) is not None
