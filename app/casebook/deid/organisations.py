"""Companies: a capitalised name that a legal form closes is a firm, not a person.

"Lindqvist AB", "Nilsson Bygg AB", "Garcia LLC", "Hansen & Co. Ltd": a family name opens many
a firm's name, and a note that says where someone works or who delivered the wheelchair names
the firm, which identifies no one. The legal forms are the abbreviations of ISO 20275's
entity legal forms that notes write in Sweden, its neighbours, Germany, Poland, the
Netherlands, France, Spain, Italy, Britain and the United States; they count only as
written (case-sensitive), so "as", "co" and "sa" in running text are no legal forms.

A given name and a family name before a legal form ("Anna Berg AB") are still a person's
name: a one-person firm carries its owner's name, and the rules treat it as one
(`unregistered._Decision`).
"""

from __future__ import annotations

import re

LEGAL_FORMS = frozenset(
    """AB HB KB Inc Ltd LLC LLP PLC plc Corp GmbH AG KG Oy Oyj ASA AS ApS A/S BV NV SA SAS
    SARL Srl SpA""".split()
)
# The next capitalised word, after a space, a comma or "&"/"and"/"och"/"und" (and a full stop
# that closes an abbreviation before it: "& Co. Ltd").
_NEXT = re.compile(r"\.?,?[ \t]+(?:(?:&|and|och|und)[ \t]+)?([A-ZÅÄÖ][^\W\d_]*(?:/[A-Z])?)")


def legal_form_follows(text: str, end: int) -> bool:
    """Whether a legal form closes the capitalised name that ends at `end`, at most three
    capitalised words further on ("Nilsson| Bygg AB", "Garcia| LLC", "Smith|, Jones & Co Ltd")."""
    position = end
    for _ in range(4):
        match = _NEXT.match(text, position)
        if not match:
            return False
        if match.group(1) in LEGAL_FORMS:
            return True
        position = match.end(1)
    return False
