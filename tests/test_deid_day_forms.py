"""Dates of a day in forms of Nordic, Finnish and German grammar the other date rules left
(`app/casebook/deid/day_forms.py`), each beside what must stay. The sentences are written for
this test from the languages' grammar and CLDR's patterns, apart from every corpus.

Policy: docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.day_forms import find

REGISTRY = Registry([NameEntry("p:1", "Tuva Rehnberg", "[patient P-1]")])


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German: the month that is also a given name, after a day with its full stop
        ("Sie schrieb 23. August ins Tagebuch.", "Sie schrieb [date] ins Tagebuch."),
        # Danish and Norwegian day and month without the closing stop (CLDR's "d.M")
        ("Hun skrev fre. 22.12 i dagbogen.", "Hun skrev [date] i dagbogen."),
        ("Hun skrev lør. 24.11 i dagbogen.", "Hun skrev [date] i dagbogen."),
        # ... a day up to twelve too: eleven or twelve minutes past is no appointment's hour
        ("Tavataan maanantaina 10.11 toimistolla.", "Tavataan [date] toimistolla."),
        ("Hun skrev fre. 8.12 i dagbogen.", "Hun skrev [date] i dagbogen."),
        ("Vi ses den 1.9 på kontoret.", "Vi ses [date] på kontoret."),
        ("Mødet blev flyttet til 6.4 efter aftale.", "Mødet blev flyttet til [date] efter aftale."),
        # a weekday and figures that could be its clock time, where something dates them: a
        # date field, an e-mail header with its clock after, a heading's close, "fra", a
        # case's act done on the day (Norwegian writes a weekday's clock "E HH:mm")
        ("Dato: tor. 14.03\n\nHun kom hjem i går.", "Dato: [date]\n\nHun kom hjem i går."),
        ("Sendt: man. 03.11 kl. 09:40\nEmne: time", "Sendt: [date] kl. 09:40\nEmne: time"),
        ("Besøk, notat, ons. 19.02\n\nVi kom fram.", "Besøk, notat, [date]\n\nVi kom fram."),
        ("Fra tir. 06.05 er hun i permisjon.", "Fra [date] er hun i permisjon."),
        ("Brevet ble sendt fre. 11.04 til kontoret.", "Brevet ble sendt [date] til kontoret."),
        (
            "Han flyttet ut lør. 20.01 sammen med Tuva.",
            "Han flyttet ut [date] sammen med [patient P-1].",
        ),
        ("Saken ble meldt søn. 16.03 av Tuva.", "Saken ble meldt [date] av [patient P-1]."),
        # Finnish: a two-letter weekday that is also an English word, then the day and month
        ("Seuraava tapaaminen on to 25.6. kotona.", "Seuraava tapaaminen on [date] kotona."),
        # ... closing a Finnish sentence and its line, and an e-mail header's date
        (
            "Muistio\nLääkäriin pitää mennä to 20.8.\nSiellä katsotaan, miten jalka paranee.",
            "Muistio\nLääkäriin pitää mennä [date]\nSiellä katsotaan, miten jalka paranee.",
        ),
        ("Lähetetty: pe 3.7.\nAihe: kokous", "Lähetetty: [date]\nAihe: kokous"),
        ("Sendt: to 1.5.\nEmne: mødet", "Sendt: [date]\nEmne: mødet"),
        # Finnish abbreviations of the style guide
        ("Hän tuli 14. helmik. 2026 kotiin.", "Hän tuli [date] kotiin."),
        ("Hän tuli 3. elok. kotiin.", "Hän tuli [date] kotiin."),
        # ... and the month cut later inside its "-kuu", with the abbreviation's stop
        ("Päivämäärä: 21. lokaku.\nAihe: tapaaminen", "Päivämäärä: [date]\nAihe: tapaaminen"),
        ("Hän tuli 4. maaliskuu. kotiin.", "Hän tuli [date] kotiin."),
        # a two-digit year after spaces; the first day of a range
        ("Termin am 3. 3. 26 in der Praxis.", "Termin am [date] in der Praxis."),
        ("Vom 6. bis 8. März war sie krank.", "Vom [date] war sie krank."),
        # a day and month with spaces, as CLDR writes them for Croatian or Czech, when dated
        ("Termin am 5. 9. in der Praxis.", "Termin am [date] in der Praxis."),
        ("The next visit is on 5. 9. at the office.", "The next visit is on [date] at the office."),
    ],
)
def test_day_forms_are_dates(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hun kom kl. 13.10 til mødet.",  # a clock time
        "Mødet blev flyttet til 13.10 efter aftale.",  # may be ten past one
        "Det steg til 6.4 procent.",  # a share
        "Möte ons 10.05 på kontoret.",  # a weekday and a clock time
        "Samtal tis 13.10 med mamma.",
        "Tavataan maanantaina 10.00 toimistolla.",  # a round hour after the weekday
        "Möte fre 9.05 på kontoret.",
        "Gruppen ses tors 13.10-14.00.",
        "Vi møtes fra ons. 10.00 til 12.00 i gymsalen.",  # hours from and to
        "Kurset er ons. 18.30 i gymsalen.",  # nothing dates them
        "Han fik 2.5 mg.",  # a dose
        "Steg til 6.4 i går.",  # a decimal, nothing dates it
        "It increased to 25.6. Then it fell.",  # English "to" and a decimal ending a sentence
        "Report\nThe figure rose to 25.6.\nThat was more than we expected.",  # its line too
        "He went to 3.4. then, and on to 3.5. later.",  # an English sentence
        "Kohta 3.3. ja luku 5.",  # a section number
        "Version 3.3.2 finns.",
        "Laget vann med 3-5 i går.",  # a score
        "Er wohnt im 3. Stock bei August.",  # a floor, and August a name
        "Vi ses kl. 3. 3. 26 gånger.",
        "I'll turn 25. August was hard.",  # an English sentence
        "Hän muutti vuonna 2026.",  # a year alone
        "Punkt 5. 9. gilt.",  # nothing dates it
        "Hon kom på 5. 9. plats.",
        # measurements in an English or capitalised nursing note, after words that date a
        # slashed day ("from", "recheck", "intubated"): only a neighbour's sentence writes d.M
        "HCT back at 28.3 down from 29.6 at MN.",
        "Resp failure. Intubated with 7.5 ETT and placed on vent.",
        "BP 95-120/50-60s on 12.5 captopril.",
        "WBC down from 14.9 to 11.2 overnight.",
        "HCT 28.3 AT 12AM DOWN FROM 30.5",
        "CREAT 1.7 UP FROM 1.5 YESTERDAY.",
    ],
)
def test_numbers_that_must_stay(redactor: Redactor, text: str) -> None:
    assert "[date]" not in redactor(text)
    assert find(text, text.lower()) == []
