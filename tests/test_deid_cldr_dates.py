"""Dates as the Unicode CLDR writes them in the languages a Nordic study meets, each beside
what must stay. Every date here was left in the release before the redactor read CLDR's
calendar (`app/casebook/deid/calendar_words.py`, `data/calendar.tsv`); the sentences are
written for this test from CLDR's own patterns and month names, apart from every corpus.

Policy: docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from babel import Locale, dates
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry([NameEntry("p:1", "Tuva Rehnberg", "[patient P-1]")])


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        # CLDR's long and medium patterns, in a note of English or Swedish around them
        ("es", "Llegó el 3 de mayo de 2024 con su hija.", "Llegó el [date] con su hija."),
        ("pt", "Seen on 1 de set. de 2023 at home.", "Seen on [date] at home."),
        ("de", "Termin am Freitag, 3. Mai 2024, sagte sie.", "Termin am [date], sagte sie."),
        ("de", "Sie kommt am 03.05. um 10 Uhr.", "Sie kommt am [date] um 10 Uhr."),
        ("fr", "Elle est venue le 1er mai avec sa sœur.", "Elle est venue le [date] avec sa sœur."),
        ("it", "È tornata il 3 maggio 2024 a casa.", "È tornata il [date] a casa."),
        ("nl", "Ze belde op 3 mei 2024 terug.", "Ze belde op [date] terug."),
        ("pl", "Przyjechała 3 października 2019 do Malmö.", "Przyjechała [date] do Malmö."),
        ("tr", "Geldi 3 Mayıs 2024 Cuma, dedi.", "Geldi [date], dedi."),
        ("fi", "Hän soitti 3. toukokuuta 2024 illalla.", "Hän soitti [date] illalla."),
        ("ru", "Приехала 3 мая 2024 г. в Швецию.", "Приехала [date] в Швецию."),
        ("uk", "Приїхала 3 травня 2024 р. до Швеції.", "Приїхала [date] до Швеції."),
        ("hr", "Došla je 3. svibnja 2024. u Zagreb.", "Došla je [date]. u Zagreb."),
        ("sr", "Rođen 13. 3. 2004. u Beogradu.", "Rođen [date]. u Beogradu."),
        ("is", "Kom 3. maí 2024 heim.", "Kom [date] heim."),
        ("se", "Son bođii 2018 borgemánnu 8 ruoktot.", "Son bođii [date] ruoktot."),
        ("ku", "Hat 10ê îlona 2006an.", "Hat [date]."),
        ("en_GB", "Seen on 03/09/2012 at the clinic.", "Seen on [date] at the clinic."),
        # a short year after a dotted day and month or a month; "May the 3rd"
        ("sv", "Besök 14.3.-24 på mottagningen.", "Besök [date] på mottagningen."),
        ("sv", "Hon föddes i juni -87 i Kiruna.", "Hon föddes i [date] i Kiruna."),
        ("en", "Seen on May the 3rd at home.", "Seen on [date] at home."),
        # a month and its year, a range of months, a day glued to its month and year
        ("sv", "Flyttade 05/2024 till Malmö.", "Flyttade [date] till Malmö."),
        ("sv", "Inskriven 2024-05, sedan hem.", "Inskriven [date], sedan hem."),
        ("sv", "Ledig jan–feb 2024 med barnen.", "Ledig [date] med barnen."),
        ("en", "Admitted 03MAY2024 per the letter.", "Admitted [date] per the letter."),
        # dashes between the parts in either order; days listed before their month
        ("en", "Seen 2024-May-03 and May-03-2024.", "Seen [date] and [date]."),
        ("de", "Termin 3.Mai.2024 bestätigt.", "Termin [date] bestätigt."),
        ("sv", "Ses 3, 4 och 5 maj.", "Ses [date]."),
        # ranges of days and months without a year, after a word that dates them
        ("sv", "Besök 2/3 - 5/3 hemma.", "Besök [date] hemma."),
        ("sv", "Semester 3.5.–5.5.2024 med familjen.", "Semester [date] med familjen."),
        # words of leave, tests and scheduled events date a bare day and month
        ("sv", "Semester 3/7, tillbaka 4/8.", "Semester [date], tillbaka [date]."),
        ("en", "Bloods due 3/5, surgery 9/5.", "Bloods due [date], surgery [date]."),
        # a weekday of CLDR dates a bare day and month, and goes with the date
        ("fr", "Rendez-vous mardi 3/10 à la clinique.", "Rendez-vous [date] à la clinique."),
        ("pt", "Veio quinta-feira, 5 de novembro de 2009 à tarde.", "Veio [date] à tarde."),
    ],
)
def test_dates_of_other_languages_are_removed(
    redactor: Redactor, locale: str, text: str, expected: str
) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a score, a fraction, a version, an amount, a time beside a date
        ("Rated mood 8/10 on 3 de mayo de 2024.", "Rated mood 8/10 on [date]."),
        ("Took 1/2 tablet on 3 juillet 2024.", "Took 1/2 tablet on [date]."),
        ("Version 3.5.24 crashed on 13. 3. 2004.", "Version 3.5.24 crashed on [date]."),
        ("Paid 12.500 kr on 3 maggio 2024.", "Paid 12.500 kr on [date]."),
        ("Kl 08.05.30 kom hon, 05/2024 flyttade hon.", "Kl 08.05.30 kom hon, [date] flyttade hon."),
        ("Ska till Socialtjänsten tisdag 8.05–9.05, sedan 3 mei 2024.",
         "Ska till Socialtjänsten tisdag 8.05–9.05, sedan [date]."),
        ("Room 3.12. 14:37, seen 3 mei 2024.", "Room 3.12. 14:37, seen [date]."),
        ("Dnr 3/2024 gäller, inskriven 05/2024.", "Dnr 3/2024 gäller, inskriven [date]."),
        ("I am 2/3 sure, seen 3 mei 2024.", "I am 2/3 sure, seen [date]."),
        ("Möte kl 8.05-10, sedan 14.3.-24 hemma.", "Möte kl 8.05-10, sedan [date] hemma."),
        ("Hon har 3 barn och 5 mei 2024 flyttar de.", "Hon har 3 barn och [date] flyttar de."),
        # a month word of another language used as a word, a name or a place
        ("3 out of 10 said yes on 3 de mayo.", "3 out of 10 said yes on [date]."),
        ("We lost 2 set of keys, then 3 set. 2023 the flat.",
         "We lost 2 set of keys, then [date] the flat."),
        ("Familjen kom från Chiang Mai 2004, sedan 3 mei 2024 hit.",
         "Familjen kom från Chiang Mai 2004, sedan [date] hit."),
        ("Lived in Oslo 2010-11, then 05/2012 in Lund.",
         "Lived in Oslo 2010-11, then [date] in Lund."),
        ("In May she felt better; 3 maggio 2024 she moved.",
         "In May she felt better; [date] she moved."),
    ],
)  # fmt: skip
def test_what_is_no_date_stays_beside_one(redactor: Redactor, text: str, expected: str) -> None:
    spans = [s for s in redactor.spans(text) if s.kind == "date"]
    kept = text
    for span in reversed(spans):
        kept = kept[: span.start] + "[date]" + kept[span.end :]
    assert kept == expected


def test_a_person_before_a_month_and_year_is_no_place(redactor: Redactor) -> None:
    text = "Met with Sara March 2024, then Chiang Mai 2004 and 3 mei 2024."
    dated = [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "date"]
    assert dated == ["March 2024", "3 mei 2024"]


def test_a_month_word_that_is_a_name_is_no_date_without_a_day(redactor: Redactor) -> None:
    # Polish "maja" (of May), Turkish "Nisan" (April): names here; "3 maja 2024" is a date
    text = "Maja 2019 var svår. Nisan 12 år. Kom 3 maja 2024."
    dated = [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "date"]
    assert dated == ["3 maja 2024"]


def test_the_calendar_file_is_what_cldr_says() -> None:
    """calendar.tsv holds exactly what bench/build_calendar.py makes from the installed
    Babel's CLDR: no word of it is a second, hand-written copy."""
    from casebook.deid import calendar_words

    from bench.build_calendar import build

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "calendar.tsv"
        build(out)
        assert out.read_text(encoding="utf-8") == calendar_words.DATA.read_text(encoding="utf-8")


def test_shapes_come_from_the_patterns() -> None:
    from casebook.deid import calendar_words

    calendar = calendar_words.calendar()
    # numeric orders and separators of CLDR's short and medium patterns
    assert {("dmy", "."), ("dmy", ". "), ("mdy", "/"), ("ymd", "-"), ("dmy", "-")} <= (
        calendar.numeric_shapes
    )
    # English writes the month first, Italian does not; Spanish joins with "de"; Russian
    # writes "г." after the year
    assert "march" in calendar.month_first and "maggio" not in calendar.month_first
    assert "de" in calendar.joins and "г." in calendar.year_marks
    # every month of a locale is there, wide and abbreviated, with and without its full stop
    for name in ("sv", "pl", "tr", "ru", "fa"):
        months = Locale.parse(name).months["format"]
        for width in ("wide", "abbreviated"):
            for word in months[width].values():
                assert word.lower().rstrip(".") in calendar_words.month_words()


def test_every_long_date_of_every_locale_is_found(redactor: Redactor) -> None:
    """One date in each locale's long pattern, in a Swedish note."""
    missed = []
    day = dt.date(2024, 10, 17)
    for name in ("sv", "nb", "da", "fi", "is", "en_US", "en_GB", "de", "fr", "es", "it", "pt",
                 "nl", "pl", "tr", "ru", "uk", "bs", "hr", "sr", "so", "ar", "fa"):  # fmt: skip
        written = dates.format_date(day, "long", locale=name)
        text = f"Återbesök {written}, kl 10."
        # (Bosnian, Croatian and Serbian end the year with a full stop: "17. oktobar 2024.")
        if redactor(text).replace("[date].", "[date]") != "Återbesök [date], kl 10.":
            missed.append((name, written, redactor(text)))
    assert missed == []
