"""Variable names SPSS and Stata accept, the same in both: at most 28 characters (Stata
allows 32 and SPSS 64, but pyreadstat names a Stata value label after its variable with a
number added, and that name has the same limit), no reserved word of either, unique in the
file. A release column that fits keeps its name; in a longer one the longest of its
`__`-separated parts (item, row, part) is shortened until it fits beside a short digest of
the whole name, so `process_scores__support__score` becomes `process__support__score_61cd`:
it still says what it is, and the same column has the same name in every export. The
codebook CSV lists both names."""

from __future__ import annotations

import hashlib

MAX_NAME = 28
# Stata's reserved names and SPSS's reserved keywords (either package refuses them).
RESERVED = {
    "_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long",
    "_n", "_pi", "_pred", "_rc", "_skip", "strl", "using", "with",
    "all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to",
}  # fmt: skip


def file_names(columns: list[str]) -> dict[str, str]:
    """Release column -> its variable name in a .sav or .dta file."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for column in columns:
        name = column if len(column) <= MAX_NAME else _shortened(column, 0)
        tries = 0
        while name.lower() in taken or _reserved(name):
            tries += 1
            name = _shortened(column, tries)
        names[column] = name
        taken.add(name.lower())
    return names


def _reserved(name: str) -> bool:
    lowered = name.lower()
    return lowered in RESERVED or (lowered.startswith("str") and lowered[3:].isdigit())


def _shortened(column: str, attempt: int) -> str:
    digest = hashlib.sha256(f"{column}/{attempt}".encode()).hexdigest()[:4]
    parts = column.split("__")
    while len("__".join(parts)) > MAX_NAME - 5:
        longest = max(range(len(parts)), key=lambda i: len(parts[i]))
        parts[longest] = parts[longest][:-1]
    return f"{'__'.join(parts)}_{digest}"
