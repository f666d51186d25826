"""People in the slots of a note's layout (`attendance_lists.people_items`,
`person_slots.registered_slot`, `role_parentheses.ROLE_NOUNS`): a bulleted list of who was
there, one person a line, under a label of people or with a role noun in each item's
brackets; the writer's line after a closing formula and a "From" header's display name, for
a registered name typed as the word it also is. The names and sentences are our own; the
second half holds what must stay: lists of things, pronouns, relations, quantifiers.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.attendance_lists import people_items
from casebook.deid.redactor import redact

PEOPLE = [
    "Per Moe",
    "Will Berg",
    "Ute Sand",
    "Hope Lind",
    "Inga Lovgren",
    "Alla Virtanen",
    "Sol Aas",
]
REGISTRY = Registry([NameEntry(f"p:{i}", n, f"[P-{i}]") for i, n in enumerate(PEOPLE)])


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


def _names(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.tag) for s in redactor.spans(text) if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Närvarande:\n- Anna Berg (förälder)\n- Ute (förälder)\n\nVi började.", "Ute", "[P-2]"),
        ("Til stede:\n- Per (sagsbehandler)\n- Jonas (tolk)\n\nVi begyndte.", "Per", "[P-0]"),
        ("Present:\n- Will (caseworker)\n- Hope (parent)\n\nWe began.", "Hope", "[P-3]"),
        ("Läsnä:\n- Will (tulkki)\n- Aino Koski (vanhempi)\n\nAloitimme.", "Will", "[P-1]"),
        (
            "Til stede:\n- Ola Nordmann (deltaker)\n- Alla (deltaker)\n\nVi begynte.",
            "Alla",
            "[P-5]",
        ),
        ("Närvarande:\n- Lena Ek (tolk)\n- INGA (förälder)\n\nVi började.", "INGA", "[P-4]"),
        ("Närvarande:\n- Lena Ek\n- Per\n\nVi började.", "Per", "[P-0]"),  # no role: labelled
        ("- Per (tolk)\n- Lena Ek (förälder)\n\nVi började.", "Per", "[P-0]"),  # roles, no label
        ("Läsnä:\n- Aino Koski (tulkki)\n- Wi\uff4cl (vanhempi)\n", "Wi\uff4cl", "[P-1]"),
        ("Til stede:\n- U\u200dte (deltager)\n- Jonas (tolk)\n", "U\u200dte", "[P-2]"),
    ],
)
def test_a_registered_name_listed_is_its_person(
    redactor: Redactor, text: str, word: str, tag: str
) -> None:
    assert (word, tag) in _names(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Til stede:\n- Urban (forelder)\n- Golnar (forelder)\n", "Urban"),
        ("Present:\n- Primus (parent)\n- Vegard (interpreter)\n", "Primus"),
        ("Närvarande:\n- Israel (tolk)\n- Lena Ek (handläggare)\n", "Israel"),
        ("Til stede:\n- Dan (saksbehandler)\n- Lena Ek (forelder)\n", "Dan"),
        ("Närvarande:\n- Lena Ek (förälder)\n- Set Begić (förälder)\n", "Set Begić"),
        ("Läsnä:\n- Ebba (vanhempi)\n- Frans\n", "Frans"),
    ],
)
def test_a_stranger_listed_is_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redact(text, redactor).text


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Thanks for today.\n\n\nBest wishes\nsol\n", "sol", "[P-6]"),
        ("Jeg sendte det.\n\nVenlig hilsen\nute\n+45 31 22 45 11\n", "ute", "[P-2]"),
        ("Från: inga <n.lovgren@example.se>\nÄmne: mötet\n\nHej!", "inga", "[P-4]"),
        ("Fra: per <kontor@example.no>\nEmne: møtet\n", "per", "[P-0]"),
    ],
)
def test_a_registered_name_signing_or_sending_is_its_person(
    redactor: Redactor, text: str, word: str, tag: str
) -> None:
    assert (word, tag) in _names(redactor, text)


def test_a_role_noun_of_the_neighbour_languages_marks_a_name(redactor: Redactor) -> None:
    text = "Vi snakket med tone (saksbehandler) i går."
    assert "tone" not in redact(text, Redactor(Registry([]))).text


@pytest.mark.parametrize(
    "text",
    [
        "Handla:\n- Mjölk (2 liter)\n- Bröd\n- Smör (normalsaltat)\n",
        "Att göra:\n- Samtal (kurator)\n- Besök (lärare)\n",
        "- Samtal (kurator)\n- Besök (lärare)\n",
        "Närvarande:\n- mamma (förälder)\n- tolk\n- Socialtjänsten\n",
        "Närvarande:\n- Jag (intervjuare)\n- alla (deltagare)\n",
        "Present:\n- all staff\n- 2 teachers\n",
        "Plan:\n- Ring skolan\n- Boka tolk\n",
    ],
)
def test_lists_of_things_stay(text: str) -> None:
    assert redact(text, Redactor(Registry([]))).text == text


def test_a_registered_word_in_a_list_of_things_or_a_line_of_words_stays(
    redactor: Redactor,
) -> None:
    for text in (
        "Handla:\n- Mjölk\n- Bröd\n\nAlla var där.",
        "Tack för i dag.\n\nHälsningar\nalla på kontoret\n",
        "Best wishes\nthe team\n",
        "Att göra:\n- Ring (akut)\n- Ute (trädgården)\n",
    ):
        assert _names(redactor, text) == [], text


def test_an_item_with_a_word_no_person_bears_is_left_out() -> None:
    text = "Närvarande:\n- Per (tolk)\n- mamma (förälder)\n- 3 elever\n- Jag\n"
    items = [text[i.start : i.end] for i in people_items(text)]
    assert items == ["Per"]
