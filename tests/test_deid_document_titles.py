"""The word naming a numbered document on a note's first line, before a comma, a lower-case
noun for the part and its number, is the document's title and no stranger's name when it is
a noun of the part's language: listed, a loan with the language's Latin suffix, or two of
its ordinary words as one (`casebook.deid.document_titles`, `headings.document_part`). A
name, or a word nothing shows to be a noun, stays a name. Every note here was written for
this test."""

from __future__ import annotations

import pytest
from casebook.deid.document_titles import title_noun
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

_SV = "Hon mår bra och vill gärna gå hem till helgen."
_NB = "Hun har det bra og vil gjerne reise hjem til helgen."
_DA = "Hun har det godt og vil gerne rejse hjem i weekenden."
_FI = "Hän voi hyvin ja haluaa lähteä kotiin viikonloppuna."


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "text",
    [
        f"Transkripsjon, intervju 4a\n{_NB}",  # a Norwegian loan in "-sjon"
        f"Dokumentasjon, møte 31 (rev.)\n{_NB}",
        f"Loggbok, besök 17 v2\n{_SV}",  # logg + bok: a short last part
        f"Fältbok, besök 9-2 *\n{_SV}",
        f"Dagbog, side 40/2 (2)\n{_DA}",
        f"Kenttäpäiväkirja, viikko 7 (ref. H4683)\n{_FI}",  # kenttä (also a name) + päiväkirja
        f"Loggbok, vecka 12 (ref. 2291)\n{_SV}",  # the document's reference after its part
        f"Kenttäpäiväkirja, viikko 9 (tapaus K310)\n{_FI}",  # its label a word of the language
        f"Dagbog, side 3 (journal 4471)\n{_DA}",
    ],
)
def test_a_numbered_documents_title_is_no_name(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.spans(text)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Tetzschner, samtale 12\n{_NB}", "Tetzschner"),  # no noun of the language
        (f"Skogsberg, besök 3\n{_SV}", "Skogsberg"),  # "-berg" ends family names
        (f"Lindqvist, besök 3 (rev.)\n{_SV}", "Lindqvist"),  # a name of the lexicon
        (f"Virtanen, viikko 7 (ref. H4683)\n{_FI}", "Virtanen"),
        (f"Virtanen, viikko 9 (tapaus K310)\n{_FI}", "Virtanen"),
        (f"Tetzschner, samtale 5 (sak 2291)\n{_NB}", "Tetzschner"),
    ],
)
def test_a_name_in_that_place_stays(redactor: Redactor, text: str, name: str) -> None:
    assert name in [text[s.start : s.end] for s in redactor.spans(text)]


def test_the_title_must_be_a_noun_of_the_parts_language() -> None:
    assert title_noun("loggbok", "besök")
    assert title_noun("transkripsjon", "samtale")
    assert not title_noun("loggbok", "zzzq")  # no language known for the part
    assert not title_noun("tetzschner", "samtale")
