"""Text as a reader sees it: what is invisible, or reads the same, folded before matching.

Text pasted from Word, a PDF or a web page carries characters nobody sees: a soft hyphen
(U+00AD) or a zero-width space, joiner or non-joiner inside "Elin", a byte-order mark, bidi
marks. It also carries compatibility forms that read exactly like the plain ones: full-width
digits ("０７０"), ligatures ("ﬁ"), mathematical letters, no-break and other unusual spaces.
A matcher that compares code points is blind to a name or number written with them, so the
redactor matches on a folded copy:

- every format character (Unicode category Cf) is removed, and so is every other
  default-ignorable code point a reader does not see (`IGNORABLE`: the combining grapheme
  joiner, variation selectors, Mongolian free variation selectors, Khmer inherent vowels,
  Hangul fillers, unassigned tag and ignorable code points);
- a space of any kind, NFKC or not (Ogham space mark, Braille blank), reads " ", and a line
  or paragraph separator (U+2028, U+2029) a line break;
- a letter typed decomposed (a base letter and combining marks, NFD) reads as the composed
  letter (`decomposed.py`);
- a Cyrillic, Greek or Armenian letter, or a Latin small capital, that looks like a Latin
  letter is read as that letter inside a word that also holds a Latin letter ("Еlin" with
  a Cyrillic "Е"; `lookalikes.py`);
- every other character is replaced by its NFKC compatibility form (full-width "０" -> "0",
  "ﬁ" -> "fi", no-break and other unusual spaces -> " ");
- hyphens and minus signs (U+2010-U+2012, U+2212) become "-", and an en or em dash between
  two digits ("070–123") too, so that numbers keep their shape;
- a decimal digit of any script is the digit it is: Arabic-Indic "٣/٥" and Persian
  (Extended Arabic-Indic) "۰۷۰" read "3/5" and "070", Devanagari "२०२४" reads "2024" (NFKC
  leaves these as they are: they are no compatibility forms).

`fold(text)` returns None when there is nothing to fold (the common case, decided by one
regular-expression scan for characters outside ASCII and the plain letters of the common
scripts), else a `Folded` that maps every stretch of the folded text back to the original:
a name found in the folded text replaces exactly the original characters it came from,
invisible characters inside it included, and the published text loses nothing else (a
full-width digit elsewhere stays as it was typed).

The verifier (`verify.py`) folds with its own, simpler code on purpose (see its docstring).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from casebook.deid.decomposed import MARKS, composed
from casebook.deid.lookalikes import read_as_latin

# Default-ignorable code points (DerivedCoreProperties.txt) that are not format characters.
IGNORABLE = (
    "\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u2065\u3164\ufe00-\ufe0f"
    "\uffa0\ufff0-\ufff8\U000e0000-\U000e0fff"
)
_IGNORABLE = re.compile(f"[{IGNORABLE}]")
_SPACES = "\u1680\u2800"  # spaces NFKC leaves alone: Ogham space mark, Braille blank
_HYPHENS = "\u2010\u2011\u2012\u2212"
_DASHES = "\u2013\u2014"


def _plain_ranges() -> str:
    """A character class of the non-ASCII characters that fold to themselves in the scripts a
    note is likely to be written in (Latin, Greek, Cyrillic, Arabic, general punctuation,
    currency signs): text made only of these and ASCII needs no folding."""
    plain = [
        code
        for low, high in ((0x80, 0x530), (0x600, 0x700), (0x2010, 0x2045), (0x20A0, 0x20C0))
        for code in range(low, high)
        if unicodedata.category(chr(code)) not in ("Cf", "Cn", "Cc", "Zs", "Zl", "Zp", "Nd")
        and unicodedata.normalize("NFKC", chr(code)) == chr(code)
        and chr(code) not in _HYPHENS + _DASHES
        and not _IGNORABLE.match(chr(code))
    ]
    ranges = []
    first = last = plain[0]
    for code in plain[1:]:
        if code != last + 1:
            ranges.append((first, last))
            first = code
        last = code
    ranges.append((first, last))
    return "".join(f"{chr(a)}-{chr(b)}" if b > a else chr(a) for a, b in ranges)


# What may need folding: a character outside ASCII and the plain set (dashes are outside it:
# they fold only between digits). One character class, so the scan is a fast C loop.
_FOLDABLE = re.compile(f"[^\\x00-\\x7f{_plain_ranges()}]")


@lru_cache(maxsize=4096)
def fold_character(char: str) -> str:
    """What one character reads as: "" for a format character, else its folded form."""
    if char in _HYPHENS:
        return "-"
    category = unicodedata.category(char)
    if category == "Cf" or _IGNORABLE.match(char):
        return ""
    if category in ("Zl", "Zp"):
        return "\n"
    if category == "Zs" or char in _SPACES:
        return " "
    if category == "Nd":
        return str(unicodedata.decimal(char))  # "٣", "۳", "३" -> "3"
    folded = unicodedata.normalize("NFKC", char)
    return "-" if folded in _HYPHENS else folded


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text and the way back to the original.

    `changes` holds, in text order, (folded start, original start, folded length) of every
    original character that was replaced (each original character is one code point; its
    replacement may be empty or longer). Everything between changes maps one to one.
    """

    text: str
    original: str
    changes: tuple[tuple[int, int, int], ...]
    _starts: tuple[int, ...]

    def start(self, position: int) -> int:
        """The original offset of the folded character at `position`."""
        index = bisect_right(self._starts, position) - 1
        if index < 0:
            return position
        folded, original, length = self.changes[index]
        if position < folded + length:
            return original  # inside an expansion ("ﬁ" -> "fi"): the whole character
        return original + 1 + (position - folded - length)

    def end(self, position: int) -> int:
        """The original offset just after the folded character before `position`."""
        if position <= 0:
            return 0
        end = self.start(position - 1) + 1
        while end < len(self.original) and MARKS.match(self.original, end):
            end += 1  # the marks of a decomposed letter ("a" + U+030A) go with it
        return end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original stretch that the folded text[start:end] came from."""
        return self.start(start), self.end(end)


def needs_folding(text: str) -> bool:
    """Whether `text` (NFC) holds anything `fold` would change (or may: a quick test)."""
    return not text.isascii() and _FOLDABLE.search(text) is not None


def _digit_at(text: str, index: int, step: int) -> bool:
    """Whether the next character from `index` in direction `step` that a reader sees is a
    digit ("390421\u200b–3067": the zero-width space between does not count)."""
    index += step
    while 0 <= index < len(text) and fold_character(text[index]) == "":
        index += step
    return 0 <= index < len(text) and text[index].isdigit()


def fold(text: str, read_as: dict[int, str] | None = None) -> Folded | None:
    """`text` as a reader sees it, with the map back; None when nothing changes. `read_as`
    ({offset: replacement}) adds what the caller knows more ("" for a space splitting a
    registered name: `split_names.joined`)."""
    if text.isascii():
        return None
    letters = read_as_latin(text)
    letters.update(composed(text))
    if read_as:
        letters.update(read_as)
    pieces: list[str] = []
    changes: list[tuple[int, int, int]] = []
    position = 0  # in `text`
    size = 0  # of the folded text so far
    indices = [m.start() for m in _FOLDABLE.finditer(text)]
    if letters:
        indices = sorted(letters.keys() | set(indices))
    for index in indices:
        char = text[index]
        if index in letters:
            replacement = letters[index]
        elif char in _DASHES:
            between = _digit_at(text, index, -1) and _digit_at(text, index, 1)
            replacement = "-" if between else char
        else:
            replacement = fold_character(char)
        if replacement == char:
            continue
        pieces.append(text[position:index])
        size += index - position
        changes.append((size, index, len(replacement)))
        pieces.append(replacement)
        size += len(replacement)
        position = index + 1
    if not changes:
        return None
    pieces.append(text[position:])
    return Folded("".join(pieces), text, tuple(changes), tuple(c[0] for c in changes))
