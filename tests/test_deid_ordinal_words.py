"""Days spelled out as ordinals: "the fifth of March", "March fifth", "den femte mars", "den
tjugonde", in the languages whose ordinals CLDR spells out (`app/casebook/deid/ordinal_words.py`,
`data/ordinals.tsv` from CLDR's spell-out rules through ICU). Each date stayed in the release
before; each count or word beside them must stay. Sentences are written for this test.

Policy: docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel import dates
from casebook.deid import Redactor, Registry
from casebook.deid.calendar_words import name_months, weak_months
from casebook.deid.ordinal_words import days


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She came on the fifth of March with her son.", "She came [date] with her son."),
        ("Came March fifth, left March the twenty-first.", "Came [date], left [date]."),
        ("Seen the fifth of March 2024.", "Seen [date]."),
        ("She came March fifth, 2024.", "She came [date]."),
        ("Hon kom den femte mars med sonen.", "Hon kom [date] med sonen."),
        ("Vi ses den tjugonde.", "Vi ses [date]."),
        ("Vi ses den tjugoförsta kl 10.", "Vi ses [date] kl 10."),
        ("Met her on the twenty-first, then home.", "Met her [date], then home."),
        ("Er kam am fünften Mai zurück.", "Er kam am [date] zurück."),
        ("Llegó el vigésimo primero de mayo.", "Llegó el [date]."),
        ("Venue le vingt-et-unième mai avec sa fille.", "Venue le [date] avec sa fille."),
        # from the third on, before a preposition, after a month with its capital
        ("She wrote May twenty-fourth in her diary.", "She wrote [date] in her diary."),
        ("She came December fifth with her son.", "She came [date] with her son."),
        # two days joined: a range, a conjunction, a day with its month first
        ("Vi ses fra den femte til den syvende.", "Vi ses fra den femte til [date]."),
        ("Han kom den fjerde og gik den ottende.", "Han kom den fjerde og gik [date]."),
        # a clause after the second ordinal alone is no enumeration
        ("Vi regner med den tredje at hun kommer.", "Vi regner med [date] at hun kommer."),
        ("Den 7. marts kommer før den niende.", "[date] kommer før [date]."),
    ],
)
def test_a_day_spelled_out_is_a_date(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "She came fifth in the race.",
        "This is the fifth time, on the third floor.",
        "Den tredje gången gick bra.",
        "Jag tog den andra. Den första var trasig.",
        "In May second thoughts came.",
        "She wrote November second in her diary.",  # "second" only where a day's date ends
        "In March third parties joined.",  # the ordinal counts a noun
        "In August third place went to Ann.",
        "The troops march third in line.",  # a verb in lower case
        "We saw him the first of set pieces.",
        "Wait a second, she said. The first may come later; a second march is planned.",
        # an ordinal of one language before a month word of another: Finnish "toinen" (the
        # other, second) before Northern Sami "mies" (a month) is "the other man"
        "Toisella oli laitteet ja toinen mies oli kuollut.",
        "Toinen mies tuli sisään.",
        # an ordinal after another one that counts a thing in its sentence
        "Den fjerde skal vente til den ottende.",
        "Den femte bog var bedre end\nden niende!",
        # an enumeration: each ordinal opens the same clause ("the second that ..., the third
        # that ...")
        "Den andre at bussen var full, og den tredje at sjåføren kjørte forbi.",
        "Den første som ringte, og den fjerde som skrev.",
    ],
)
def test_counts_and_words_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_the_words_are_cldrs() -> None:
    table = days()
    assert table["tjugonde"] == 20  # CLDR's Swedish (one library spells it "tjugode")
    assert table["twenty first"] == 21 and table["fünften"] == 5 and table["femte"] == 5
    assert table["vigésimo primero"] == 21 and table["trente et unième"] == 31


@pytest.mark.parametrize("locale", ["sv", "nb", "da", "de", "nl", "fi", "it", "fr", "tr"])
def test_every_day_before_every_month(redactor: Redactor, locale: str) -> None:
    weak = weak_months() | name_months()
    for month in range(1, 13):
        name = dates.format_date(dt.date(2024, month, 1), "MMMM", locale=locale).lower()
        if name in weak:
            continue
        for day in (1, 5, 12, 20, 31):
            spelled = next(w for w, d in days().items() if d == day and _of(w, locale))
            text = f"Kom {spelled} {name} hem."
            assert redactor.redact(text).text == "Kom [date] hem.", text


def _of(word: str, locale: str) -> bool:
    from casebook.deid.ordinal_words import _rows

    return any(w == word and locale in locales for w, _d, locales in _rows())
