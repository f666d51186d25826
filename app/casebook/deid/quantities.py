"""Figures after a word: what makes a name-like word a heading or a limit, not a person.

Hurried notes write limits and scores right after a word that is also a given name: "Max.
2 st per tillfälle", "Max: 3 per week", "Hope: 6/10", "Mark: 3/5 on the scale". A person's
name is not followed by its own figure this way, so a registered name that is also an
ordinary word, opening a sentence and followed by a full stop or a colon and then a figure,
is the word.
"""

from __future__ import annotations

import re

# Spaces, then a figure: "2", "6/10", "½", "3-4".
_FIGURE = re.compile(r"[ \t\u00a0]*[\d½¼¾]")


def figure_follows(text: str, index: int) -> bool:
    """Whether a figure follows `index` after spaces only (not a line break: "Max:\\n3" may
    be a speaker with an answer)."""
    return _FIGURE.match(text, index) is not None
