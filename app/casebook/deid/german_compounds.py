"""German compound nouns at the edge of a stranger's name are the sentence's nouns, not the name.

German writes every noun capitalised, and a role noun stands straight before a person's name
("Vorstandschef Horst Görtz", "Staatspräsident Lech Walesa", "meines Kundenberaters Horst
Rosenberger"), so the rules for names nobody registered took the role with the name; and an
abstract noun the lists lack ("Medienentwicklung", "Popularität", "Bürokratismus") went as a
name of its own. Two classes of German word formation are never a person's name:

- a role compound: three letters or more before a head that names an office or trade
  ("-chef", "-minister", "-präsident", "-führer", "-berater", "-direktor", "-sprecher",
  "-vorsitzende", "-kanzler", "-leiter", "-beauftragte", "-sekretär", "-iker" as in
  "Sozialethiker"), with its feminine and case endings;
- an abstract noun of a derivational suffix ("-ität", "-ismus", "-heit", "-keit",
  "-schaft", "-tion", and "-ung" after five letters or more, so "Hartung" and "Jung" stay).

Such a word is cut from either end of a span of a name nobody registered (`via` "lexicon"),
and with it the lower-case words then left at that end ("Popularität von" goes whole); a role
inside a span keeps only the words after it, the person the role names ("Angaben von
Bundesgeschäftsführer Franz Müntefering"); the name behind the role stays removed. Only in a
sentence `note_language` reads as German: registered names, other languages and every other
kind of span are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from casebook.deid import note_language

if TYPE_CHECKING:
    from casebook.deid.redactor import Span

_ROLE = re.compile(
    r"[^\W\d_]{3,}(?:chef|minister|präsident|führer|berater|direktor|sprecher|vorsitzend|"
    r"kanzler|leiter|beauftragt|sekretär|iker)(?:in|innen|en|er|es|e|s|n)?",
)
_ABSTRACT = re.compile(
    r"[^\W\d_]{3,}(?:ität|itäten|ismus|heit|heiten|keit|keiten|schaft|schaften|tion|tionen)"
    r"|[^\W\d_]{5,}(?:ung|ungen)",
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def is_compound_noun(word: str) -> bool:
    """Whether a capitalised `word` is a German role compound or abstract noun (its last
    hyphenated part decides: "Betriebsrats-Vize" no, "Spa-Bereich" no, "EU-Präsidentschaft"
    yes)."""
    if not word[:1].isupper():
        return False
    last = word.rsplit("-", 1)[-1].lower()
    if "-" in word and len(last) < 6:
        return False
    return bool(_ROLE.fullmatch(last) or _ABSTRACT.fullmatch(last))


def trimmed(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` with German compound nouns (and the lower-case words they leave behind) cut
    from the ends of names nobody registered; a span left without a word is dropped."""
    out: list[Span] = []
    for span in spans:
        if span.kind != "name" or span.via != "lexicon":
            out.append(span)
            continue
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, span.start, span.end)]
        if not any(is_compound_noun(text[b:e]) for b, e in words):
            out.append(span)
            continue
        if "de" not in (note_language.sentence_language(text, span.start, span.end) or ()):
            out.append(span)
            continue
        roles = [i for i, (b, e) in enumerate(words[:-1]) if _ROLE.fullmatch(text[b:e].lower())]
        if roles:  # the person follows the role: "Angaben von Bundesgeschäftsführer Franz M."
            words = words[roles[-1] :]
        cut = bool(roles) and roles[-1] > 0
        while words and (
            is_compound_noun(text[slice(*words[0])]) or cut and text[words[0][0]].islower()
        ):
            words.pop(0)
            cut = True
        cut_end = False
        while words and (
            is_compound_noun(text[slice(*words[-1])]) or cut_end and text[words[-1][0]].islower()
        ):
            words.pop()
            cut_end = True
        if not words:
            continue
        if not (cut or cut_end):
            out.append(span)  # a compound inside the name ("Horst Leitung Maier"): left alone
            continue
        out.append(span._replace(start=words[0][0], end=words[-1][1]))
    return out
