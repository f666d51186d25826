"""Letters of another script that read as Latin ones, inside a Latin word.

A name pasted from a web page or typed on a phone set to another keyboard can carry a
Cyrillic "е" or a Greek "Ο" among its Latin letters: "Еlin" and "Elin" look the same to a
reader, but a matcher comparing code points sees two different words. `readable.fold` reads
such a letter as the Latin one it looks like, but only inside a word that also holds a Latin
letter: a word written wholly in Cyrillic or Greek ("Петров", "Όλγα") is that script's own
word and stays as it is.

The table is the part of Unicode's confusables (UTS #39, `confusables.txt`) that maps a
Cyrillic, Greek or Armenian letter, or a Latin small capital, to one basic Latin letter
(small capitals are read as the capitals they look like: "ᴇʟɪɴ" reads "ELIN"). Letters that
are words of their own alphabet and only roughly like a Latin one (Cyrillic "и", "п", Greek
"η", "ω") are not in it, nor Turkish and Azerbaijani dotless "ı", a letter of its own.
"""

from __future__ import annotations

import re

_SMALL_CAPITALS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ"  # Latin letters themselves
# Look-alike letter -> the basic Latin letter a reader takes it for.
LOOKALIKES: dict[str, str] = dict(
    zip(
        # Cyrillic capitals, small letters
        "АВСЕНІЈКМОРЅТХУҮҺԚԜӀ"
        "асеіјорѕхуүһԁԛԝӏ"
        # Greek capitals, small letters
        "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹϒ"
        "αοιρυνϲϳ"
        # Armenian
        "ՕՍօսհ" + _SMALL_CAPITALS,
        # Latin small capitals
        "ABCEHIJKMOPSTXYYHQWIaceijopsxyyhdqwlABEZHIKMNOPTYXCYaoipuvcjOUouhABCDEFGHIJKLMNOPRSTUVWYZ",
        strict=True,
    )
)

_LOOK = "".join(sorted(LOOKALIKES))
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f" + _SMALL_CAPITALS
# A look-alike beside a Latin letter: where a mixed word may be (one C scan of the text).
_MIXED = re.compile(f"[{_LATIN}][{_LOOK}]|[{_LOOK}][{_LATIN}]")
_ANY = re.compile(f"[{_LOOK}]")  # a faster first look: most notes hold no look-alike at all
_WORD = re.compile(r"[^\W\d_]+")


def read_as_latin(text: str) -> dict[int, str]:
    """{offset: Latin letter} for every look-alike letter in a word of `text` that also
    holds a Latin letter; empty for text without such words (the common case)."""
    found: dict[int, str] = {}
    first = _ANY.search(text)
    if first is None:
        return found
    position = 0
    for hit in _MIXED.finditer(text, max(first.start() - 1, 0)):
        if hit.start() < position:
            continue
        start = hit.start()
        while start > 0 and _WORD.match(text[start - 1]):
            start -= 1
        word = _WORD.match(text, start)
        if word is None:  # pragma: no cover - the hit itself is letters
            continue
        for offset in range(word.start(), word.end()):
            latin = LOOKALIKES.get(text[offset])
            if latin is not None:
                found[offset] = latin
        position = word.end()
    return found
