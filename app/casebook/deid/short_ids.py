"""Identity numbers of seven capitals and digits in one word after a word that names an
identity number ("ID 2SGWM30", "personal number S7FUA30"), replaced as `[personnummer]`:
Azerbaijan's personal identification code (FİN, *Fərdi İdentifikasiya Nömrəsi*, printed on
the identity card, seven Latin capitals and digits), as Python Faker's `az_AZ` `ssn()` writes
it. `identity_numbers.after_cue` reads six digits or more; a shorter code of letters and
digits is asked here only after its cue, and must hold both a capital and a digit ("ID
CHECKED" and "ID 1234567" are not one), and end the word ("ID AB12345-2" is a reference)."""

from __future__ import annotations

import re

Found = tuple[int, int, str]

_CODE = re.compile(r"(?=[A-Z]*\d)(?=\d*[A-Z])[0-9A-Z]{7}(?![\w-])")


def after_cue(text: str, at: int) -> Found | None:
    """The seven-character code starting at text[at], if there is one (see the docstring)."""
    code = _CODE.match(text, at)
    return (code.start(), code.end(), "personnummer") if code else None
