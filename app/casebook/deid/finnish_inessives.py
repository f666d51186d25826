"""A name in the Finnish inessive is where something is, no person: "Twitterissä",
"Facebookissa", "Las Vegasissa", "Pohjois-Koreassa", "Barcelonassa".

Finnish says where with the inessive ("-ssa", "-ssä": in, at), and says it of towns, countries,
services, programs and firms; of a person it says other things in other cases ("Matilla on
kuumetta", Matti has a fever; "kysyin Matista", I asked about Matti; "Mattiin", into Matti,
"luotan Mattiin"). So a name nobody registered (`via` "lexicon") whose last word is
capitalised, ends in a vowel and "ssa"/"ssä", and is no name of the lexicon as it is written
("Vanessa", "Melissa", "Larissa" end so), in a sentence `note_language` reads as Finnish, is
dropped, or only that word when the span holds a given name of the lexicon before it ("Tim
Bajarin SFGatessa": the person, then where).
Registered names are the study's own and stay; every other kind of span is left alone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from casebook.deid import lexicon, note_language

if TYPE_CHECKING:
    from casebook.deid.redactor import Span

_INESSIVE = re.compile(r"[A-ZÅÄÖ][\w-]*[aeiouyäö]ss[aä]")


def inessive(word: str) -> bool:
    """Whether a capitalised word is written as a Finnish inessive and is no lexicon name."""
    if not _INESSIVE.fullmatch(word):
        return False
    low = word.lower()
    return low not in lexicon.given_names() and low not in lexicon.family_names()


def kept(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` less the names nobody registered that end in a Finnish inessive."""
    out = []
    for span in spans:
        if span.kind == "name" and span.via == "lexicon":
            words = text[span.start : span.end].split()
            if inessive(words[-1]) and note_language.sentence_language(
                text, span.start, span.end, count_word=False
            ) == ("fi",):
                if any(w.lower() in lexicon.given_names() for w in words[:-1]):
                    # "Tim Bajarin SFGatessa": the person, then where he said it
                    cut = text.rindex(words[-1], span.start, span.end)
                    out.append(span._replace(end=len(text[:cut].rstrip())))
                continue
        out.append(span)
    return out
