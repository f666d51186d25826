"""Numbers, dates and places read on validation S (2026-12-05). Sentences are written for this
test; each rule has its block:

- a Finnish day spelled out after the month in the genitive ("maaliskuun viides päivä",
  `date_edges.finnish_genitive`), a Finnish weekday before the day and month as a date
  field's value ("Pvm: to 14.8.", `day_forms.py`), one day written as a range ("14.–14.3.",
  `date_edges.numeric_range`), and an ordinal after a count of times, the next time and no
  day ("tre gånger ... den fjärde", `ordinal_words.alone`);
- ten digits after a letter's reference word, the NHS number when its check holds ("Ref
  4010232137", `lone_ids.alone`);
- a registered place capitalised after the Scandinavian preposition "i" ("i Vara",
  `names._preposition_i`);
- a word of a Nordic or German dictionary whose end only Dutch glues as a street word is no
  street ("Vurdering 12", `street_types._another_languages_word`).
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.registry import NameEntry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


# --- Finnish dates, one day as a range, an ordinal after a count -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Finnish day spelled out after its month in the genitive, with "päivä"
        ("Hän muutti kotiin maaliskuun viides päivä.", "Hän muutti kotiin [date]."),
        ("Kokous pidettiin lokakuun kahdentenakymmenentenä päivänä.", "Kokous pidettiin [date]."),
        ("Käsittely siirtyi joulukuun 11:nteen päivään.", "Käsittely siirtyi [date]."),
        ("Lasku koskee huhtikuun 3. päivän ostoksia.", "Lasku koskee [date] ostoksia."),
        # a Finnish weekday before a day and month as a date field's value ("to", torstai,
        # is also an English word: only a Finnish sentence going on after it counted before)
        (
            "Lähettäjä: toimisto\nPvm: to 14.8.\nAihe: kokous",
            "Lähettäjä: toimisto\nPvm: [date]\nAihe: kokous",
        ),
        ("[09:15] Päivämäärä: to 2.2.\nHei", "[09:15] Päivämäärä: [date]\nHei"),
        # one day written as a range
        ("Päivämäärä: 14.–14.3.\nHei", "Päivämäärä: [date]\nHei"),
        ("Loma 3.–3.7. oli lyhyt.", "Loma [date] oli lyhyt."),
        # a count in an earlier sentence says nothing of this one's ordinal
        (
            "Vi har setts två gånger. Nästa gång ses vi den tjugonde.",
            "Vi har setts två gånger. Nästa gång ses vi [date].",
        ),
    ],
)
def test_a_date_is_removed(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Heinäkuun kolmas viikonloppu meni mökillä.",  # a weekend, no day
        "Kesäkuun toinen viikko oli kiireinen.",
        "The rate rose to 14.8.\nThen it fell.",  # English "to", no date field
        "Tulos 5.–3.10. välillä.",  # no range runs backwards
        # an ordinal after a count of times goes on counting them
        "Hon har ringt tre gånger i dag, och nu ringer hon den fjärde.",
        "Han har sökt jobbet 5 gånger och nu söker han den sjätte!",
    ],
)
def test_counts_and_weeks_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- the NHS number as a letter's reference ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Please quote Ref 4010232137 when you call.",
            "Please quote Ref [personnummer] when you call.",
        ),
        ("Your reference: 4505577104.", "Your reference: [personnummer]."),
        # ten digits there are never published whole: failing the check, the letter's own
        ("Please quote Ref 4010232138 when you call.", "Please quote Ref [id] when you call."),
    ],
)
def test_the_nhs_number_after_a_reference(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Order 4010232137 was shipped.",  # an order, a case: no letter's reference
        "Ärende 4010232137 är avslutat.",
        # a case's or an order's reference is that thing's number, not the letter's
        "Case reference 4010232137 was closed.",
        "Order ref. no. 4505577104 was shipped.",
    ],
)
def test_other_ten_digits_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- a registered place after the preposition "i" ---------------------------------------------


@pytest.fixture(scope="module")
def with_places() -> Redactor:
    return Redactor(
        Registry(
            [
                NameEntry("L01", "Vara", "[L01]", kind="place"),
                NameEntry("L02", "Mark", "[L02]", kind="place"),
                NameEntry("P01", "Rose Lind", "[P01]"),
            ]
        )
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi bodde i Vara i två år.", "Vi bodde i [L01] i två år."),
        ("Mötet hölls i Mark.", "Mötet hölls i [L02]."),
        ("Møtet var i Vara i fjor.", "Møtet var i [L01] i fjor."),
    ],
)
def test_a_registered_place_after_i(with_places: Redactor, text: str, expected: str) -> None:
    assert with_places.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hon ska vara hemma i kväll.",  # the verb
        "Han satt på marken i mark och skog.",  # the noun, in lower case
        "then i Rose to the occasion",  # the English pronoun in lower case: the verb
    ],
)
def test_the_words_stay(with_places: Redactor, text: str) -> None:
    assert with_places.redact(text).text == text


# --- a dictionary word whose end only Dutch glues as a street word ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a Norwegian noun in "-ring" heading a note, its number after it, is no Dutch street
        "Vurdering 12 – oppstart\nVi gikk gjennom planen.\n- Planen ble godkjent",
        "Forbedring 4, versjon 2\nVi så på planen.",
        "Kvalifisering 7\nVi snakket om jobb.",
        "Das war Allerlei 3 Sachen.",  # German, not a Dutch "-lei"
    ],
)
def test_a_word_with_a_foreign_street_end_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hun flyttet til Storgata 12.", "Hun flyttet til [address]."),  # a Norwegian street word
        ("Hij woont aan de Singelring 12.", "Hij woont aan [address]."),  # a Dutch name, no word
    ],
)
def test_streets_stay_streets(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected
