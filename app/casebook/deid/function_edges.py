"""Pronouns, articles and greetings at the edge of a stranger's name are the sentence's words.

A capitalised word opening a sentence or a line, or a greeting before a signature, ran into
the name of someone nobody registered, or went alone as a name: Finnish "Minä", "Sinä Inkku",
"Kenen Suomen", "Yksikin"; Norwegian "Dei" in "Tidsklemma Dei får ..." and "ein serviett";
e-mail greetings and sign-offs "Good Morning Debra", "Thx Debra Perlingiere", "Vince Hi",
"Kay Our new domain", "Best regards". These are closed classes of words that are no one's name:

- personal, interrogative and quantifying pronouns and the conjunctions of Finnish ("Mutta
  Applen suunnitelmat", Mutta a family name too), only in a sentence `note_language` reads
  as Finnish (so "Monet" the painter stays in other languages);
- Norwegian articles and pronouns that are no name anywhere ("ein", "eit", "dei", "eg"; not
  "han" or "ho", which are family names), in a sentence read as Norwegian or Danish;
- German articles, in a sentence read as German ("Der Geheimdienst", "das Angebot"; the noun
  after is left to the other rules);
- an English adjective of a people or a faith before a lower-case noun (`peoples.before_noun`:
  "the Sunni heartland", "a Shiite Muslim cleric"), at the end of a span;
- English possessive determiners ("our"), and the greetings, thanks, farewells and e-mail
  sign-offs that are no one's name (`greetings.no_name_edge`: "hi", "thx", "morning",
  "Kiitos", "Tack", "Hejdå"), anywhere;
  "Best" only before "regards" or "wishes" (Best is a family name too).

- a capitalised regular inflection of a listed Finnish word after a name and before a word
  in lower case, in a sentence read as Finnish: the next sentence's first word where the
  full stop is missing ("Ahmed Tainio Asiakkaalla on", at the client's), at a span's end
  and only after a given and a family name ("Azraa Ahooja terveysasemalta": "Ahooja" is
  her family name, however it reads) (`neighbour_forms.is_form`, no name of the lexicon);
- a role or relation noun of the five languages, base or definite form
  (`role_parentheses.role_noun`), capitalised before a capitalised word, at a span's start:
  the role before the name ("Sygeplejerske Elif", "Naboen Stine", "Sagsbehandleren Ismail
  Koc"), never "Elisabeth Bossen" nor a signature's "Gran";
- a letter's salutation opening its line of a name and a comma (`greetings.salutation_word`:
  "Dear Gitte Holm,", "Kære Maja,", "Kjære Ola,"), at a span's start.

Such a word is cut from either end of a span of a name nobody registered (`via` "lexicon");
so is a family name's particle in lower case left last in a span ("Angaben von"). A span left
without a word is dropped. Registered names and every other kind of span are
left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from casebook.deid import (
    closed_words,
    greetings,
    neighbour_forms,
    note_language,
    peoples,
    role_parentheses,
)

if TYPE_CHECKING:
    from casebook.deid.redactor import Span

_FINNISH = frozenset(
    "minä sinä hän me te he minun sinun hänen meidän teidän heidän minua sinua häntä meitä "
    "teitä heitä kenen kuka ketkä ketä mikä mitkä monet moni monta yksikin jokainen kaikki "
    "kukaan kukin tämä tuo nämä nuo "
    # conjunctions, coordinating and subordinating: "Mutta Applen", "Ja Nasan"
    "ja sekä tai vai mutta vaan eli sillä koska kun jos että vaikka jotta joten kunnes "
    "ellei kuin".split()
)
_NORWEGIAN = frozenset("ein eit dei eg deira dykk".split())
_GERMAN = frozenset("der die das dem den des ein eine einen einem einer eines".split())
_PARTICLES = frozenset("von van de der den da di du la le zu af av".split())
# English possessive determiners before a signature's name ("Kay Our new domain"); the
# greetings and sign-offs are `greetings.EMAIL_WORDS`.
_DETERMINERS = frozenset("our my your their".split())
_SIGN_OFF = re.compile(r"[ \t]+(?:regards|wishes)\b", re.IGNORECASE)
# After a person's name, never after an adjective: "She thanked Norman for the lift".
_PREPOSITIONS = frozenset(
    "for of in on at from by to with into over under about after before than as".split()
)
_NEXT = re.compile(r" ([a-z]+)")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


_NEXT_LETTER = re.compile(r"[ \t]+([^\W\d_])")


def _role_before_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a role or relation noun, capitalised where a sentence or a
    run of requests puts it, before a capitalised word: the role, not part of the name
    ("Sygeplejerske Elif", "Naboen Stine", "Sagsbehandleren Ismail Koc")."""
    after = _NEXT_LETTER.match(text, end)
    return (
        text[start].isupper()
        and after is not None
        and after.group(1).isupper()
        and role_parentheses.role_noun(text[start:end].lower())
    )


def _function_word(text: str, start: int, end: int, span_end: int) -> bool:
    word = text[start:end].lower()
    if word in _DETERMINERS or greetings.no_name_edge(word) or closed_words.closed(word):
        return True  # "Okei Tuuli", "Mä ja", "Kiitos Zlatko"
    if closed_words.neopronoun(text, word):  # "Xe said xe would bring xyr book"
        return True
    if word == "best":
        return end == span_end and _SIGN_OFF.match(text, end) is not None
    if word in _FINNISH:
        return "fi" in (note_language.sentence_language(text, start, end, False) or ())
    if word in _NORWEGIAN:
        return "nb" in (note_language.sentence_language(text, start, end, False) or ())
    if word in _GERMAN:
        return "de" in (note_language.sentence_language(text, start, end, False) or ())
    return False


def finnish_opener(text: str, start: int, end: int) -> bool:
    """A capitalised regular inflection of a listed Finnish word (`neighbour_forms.is_form`,
    which reads no name of the lexicon as a word) after a name and before a word in lower
    case, in a sentence read as Finnish: the next sentence's first word, the full stop
    missing ("Ahmed Tainio Asiakkaalla on ...", at the client's; "Novelleja edeltävien")."""
    following = _NEXT_WORD.match(text, end)
    if following is None or not following.group(1)[0].islower():
        return False
    if not text[start].isupper() or text[start:end].isupper():
        return False
    if not neighbour_forms.is_form(text[start:end].lower(), "fi"):
        return False
    return "fi" in (note_language.sentence_language(text, start, end, False) or ())


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _trailing_particle(text: str, start: int, end: int) -> bool:
    """A family name's particle written in lower case with no family name after it in the
    span ("Angaben von"): nothing of a name is left to it."""
    return text[start:end] in _PARTICLES


def _people_adjective(text: str, start: int, end: int, before_adjective: bool) -> bool:
    """A word of a people or a faith before a lower-case noun ("the Sunni heartland", "a
    radical Shiite Muslim cleric"), or before another such word that was: an adjective."""
    word = text[start:end].lower()
    if word not in peoples.ADJECTIVES:
        return False
    if before_adjective:
        return True
    following = _NEXT.match(text, end)
    if following is None or following.group(1) in _PREPOSITIONS:
        return False
    before = text[max(0, start - 20) : start].split()
    previous = before[-1].lower() if before else None
    return peoples.before_noun(text, text.lower(), start, end, previous)


def trimmed(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` with pronouns, articles and greetings cut from the ends of names nobody
    registered; a span left without a word is dropped."""
    out: list[Span] = []
    previous_end = -2
    for span in spans:
        named_before, previous_end = previous_end == span.start - 1, span.end
        if span.kind != "name" or span.via != "lexicon":
            out.append(span)
            continue
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, span.start, span.end)]
        first = len(words)
        while words and (
            _function_word(text, *words[0], span.end)
            or _role_before_name(text, *words[0])
            or greetings.salutation_word(text, *words[0])
        ):
            words.pop(0)
        adjective = False  # the word after was a people's adjective cut: "Shiite Muslim cleric"
        while words and (
            _function_word(text, *words[-1], span.end)
            or _trailing_particle(text, *words[-1])
            or _people_adjective(text, *words[-1], adjective)
            or (len(words) > (1 if named_before else 2) and finnish_opener(text, *words[-1]))
        ):
            adjective = text[slice(*words[-1])].lower() in peoples.ADJECTIVES
            words.pop()
        if len(words) == first:
            out.append(span)
        elif words:
            out.append(span._replace(start=words[0][0], end=words[-1][1]))
    return out
