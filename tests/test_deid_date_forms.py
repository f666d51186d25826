"""A table of how people write a day's date in the notes of a Nordic study, per language, and
whether the redactor finds each form: English, Swedish, Finnish, Norwegian and Danish.

The forms come from published conventions, not from any corpus: CLDR's date formats and
skeletons (`bench/date_atlas.py` reads them at every width), the style guides' abbreviations
(Chicago Manual of Style "Tues.", "Thurs."; Svenska skrivregler "tisd.", "3:e", "3:dje";
Dansk Sprognævn "d. 3. marts"; Kielitoimisto "3.3.", "maaliskuun 3. päivänä"), ISO 8601
("2021-03-03T10:00") and how a note lays a date out: in prose, as the heading of a line or a
bullet ("- 3.3.: puhelu", "12/3" alone on its line), after a form's date field ("Dato:"),
with a weekday pinning a day alone or a week ("Wednesday the 3rd", "måndag v. 12").

Each sentence is written for this test. The second half is sentences of numbers that are no
date (scores, fractions, doses, times, versions, counts, a week alone, a name that is also a
weekday abbreviation): nothing in them may be taken as a date.

Policy: docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel import Locale, dates
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def _dated(redactor: Redactor, text: str, written: str) -> bool:
    """Every letter and digit of `written` inside a date the redactor found."""
    start = text.index(written)
    spans = [s for s in redactor.spans(text) if s.kind == "date"]
    return all(
        any(s.start <= i < s.end for s in spans)
        for i in range(start, start + len(written))
        if text[i].isalnum()
    )


# (language, form, sentence, the date as written in it)
FORMS = [
    # English: CLDR's widths, typed ordinals, weekdays, ISO, clinical shapes
    ("en", "d MMMM y", "She moved on 3 March 2021 to her sister.", "3 March 2021"),
    ("en", "MMMM d, y", "She moved on March 3, 2021 to her sister.", "March 3, 2021"),
    ("en", "d MMM", "Seen 14 Sept by the nurse.", "14 Sept"),
    ("en", "EEE, d MMM y", "Letter dated Wed, 3 Mar 2021 arrived.", "Wed, 3 Mar 2021"),
    ("en", "dth of MMMM", "She came back on the 3rd of March, tired.", "3rd of March"),
    ("en", "MMMM the dth", "We meet again March the 3rd at the office.", "March the 3rd"),
    ("en", "MMM. dth", "Appointment Mar. 3rd with the dentist.", "Mar. 3rd"),
    ("en", "d-MMM-yy", "Admitted 3-Mar-21 via A&E.", "3-Mar-21"),
    ("en", "dd.MM.yy", "Form signed 03.03.21 by her.", "03.03.21"),
    ("en", "d/M/yy", "Form signed 3/3/21 by her.", "3/3/21"),
    ("en", "ISO with time", "Logged 2021-03-03T10:00 by the app.", "2021-03-03T10:00"),
    ("en", "ISO then clock", "She called 2021-03-03 10:00 about rent.", "2021-03-03"),
    ("en", "d/M/y then clock", "She called 3/3/2021 10:00 about rent.", "3/3/2021"),
    ("en", "Tues d/M", "She came in Tues 3/3 with her son.", "Tues 3/3"),
    ("en", "Weds d/M", "She came in Weds 3/3 with her son.", "Weds 3/3"),
    ("en", "Thurs d/M", "Group Thurs 4/3, she will come.", "Thurs 4/3"),
    ("en", "weekday the dth", "She came back Wednesday the 3rd and slept.", "Wednesday the 3rd"),
    ("en", "EEE dth", "Call her Wed 3rd, after lunch.", "Wed 3rd"),
    ("en", "Tues the dth at", "Next review Tues the 21st at 10.", "Tues the 21st"),
    ("en", "weekday week n", "Monday week 12: review of the plan.", "Monday week 12"),
    ("en", "MMMM d before a count", "Admitted March 3 2 days ago.", "March 3"),
    ("en", "MMMM d", "She was seen on May 3 and June 5.", "June 5"),
    ("en", "d/M, day no month", "He said 13/3 was the worst day.", "13/3"),
    ("sv", "d/M, day past month", "Pat. kom 13/3 till mottagningen.", "13/3"),
    ("sv", "d/M before a comma", "RG patienten 18/9, obs. 1", "18/9"),
    ("en", "Date: d/M", "Date: 12/3\nAttendees: patient, nurse.", "12/3"),
    ("en", "d/M alone on a line", "12/3\nPhone call with the social worker.", "12/3"),
    # Swedish
    ("sv", "den d:e MMMM", "Hon kom tillbaka den 3:e mars och var trött.", "3:e mars"),
    ("sv", "d:dje MMMM", "Vi ses den 3:dje mars på mottagningen.", "3:dje mars"),
    ("sv", "d:sta MMMM", "Mötet är 1:sta april kl 10.", "1:sta april"),
    ("sv", "d:dra MMMM", "Hon fyller år 22:dra juni.", "22:dra juni"),
    ("sv", "d MMMM yy", "Inskriven 3 mars 21 på avdelningen.", "3 mars 21"),
    ("sv", "EEEE d/M", "Hon ringde tisdag 3/3 om hyran.", "tisdag 3/3"),
    ("sv", "tisd d/M", "Hon ringde tisd 3/3 om hyran.", "tisd 3/3"),
    ("sv", "torsd. d/M", "Samtal torsd. 4/3 med kuratorn.", "torsd. 4/3"),
    ("sv", "EEEEen den d:e MMMM", "Hon kom tisdagen den 3:e mars.", "tisdagen den 3:e mars"),
    ("sv", "träff är d/M", "Nästa träff är 3/3 på kontoret.", "3/3"),
    ("sv", "dog d/M", "Mamman dog 3/3 på sjukhuset.", "3/3"),
    ("sv", "d.M. heading", "- 3.3.: samtal med kuratorn", "3.3."),
    ("sv", "yyMMdd in prose", "Pat. kom 210303 till mottagningen.", "210303"),
    ("sv", "yyMMdd in a message", "SMS 20:48: ”glöm inte 220322!!”", "220322"),
    ("sv", "yyMMdd alone", "210303\nSamtal med kuratorn.", "210303"),
    ("sv", "EEEE v. n", "Vi ses måndag v. 12 på mottagningen.", "måndag v. 12"),
    ("sv", "EEEE vecka n", "Hon kommer fredag vecka 12.", "fredag vecka 12"),
    ("sv", "v. n EEEE", "v. 12 måndag: besök hos läkaren", "v. 12 måndag"),
    # Finnish
    ("fi", "d.M.y klo", "Hän tuli takaisin 3.3.2021 klo 10 ja nukkui.", "3.3.2021"),
    ("fi", "d.M. after return", "Hän tuli takaisin 3.3. ja oli väsynyt.", "3.3."),
    ("fi", "MMMM genitive d.", "Tapaaminen maaliskuun 3. päivänä klo 10.", "maaliskuun 3. päivänä"),
    ("fi", "d. MMMM y", "Hän muutti 3. maaliskuuta 2021 siskolleen.", "3. maaliskuuta 2021"),
    ("fi", "d. MMMM heading", "- 3. maaliskuuta: puhelu kuraattorille", "3. maaliskuuta"),
    ("fi", "d. MMMM bracket", "Puhelu (3. maaliskuuta) kuraattorille.", "3. maaliskuuta"),
    ("fi", "EE d.M.", "Hän soitti ti 3.3. illalla.", "ti 3.3."),
    ("fi", "Pvm: d.M.", "Pvm: 12.3.\nLäsnä: potilas ja hoitaja.", "12.3."),
    ("fi", "moved to d.M.", "Tapaaminen siirtyi 3.3., hän sanoi.", "3.3."),
    ("fi", "syntynyt d.M.", "Syntynyt 3.3. Oulussa.", "3.3."),
    ("fi", "kuoli d.M.", "Äiti kuoli 3.3. sairaalassa.", "3.3."),
    ("fi", "muutti d.M.", "Hän kertoi, että hän muutti 3.3. Turkuun.", "3.3."),
    ("fi", "EE vk n", "ma vk 12 tapaaminen", "ma vk 12"),
    ("fi", "EE vko n klo", "Tapaaminen ti vko 14 klo 10.", "ti vko 14"),
    ("fi", "EEEE viikolla n", "Maanantaina viikolla 12 hän tuli.", "Maanantaina viikolla 12"),
    # Norwegian
    ("nb", "d. MMMM", "Hun kom tilbake 3. mars og var sliten.", "3. mars"),
    ("nb", "d/M after return", "Hun kom tilbake 3/3 og var sliten.", "3/3"),
    ("nb", "neste time d/M", "Neste time 3/3 hos fastlegen.", "3/3"),
    ("nb", "EEEE uke n", "Møte mandag uke 12 på kontoret.", "mandag uke 12"),
    ("nb", "dd.MM.y kl.", "Hun kom 03.03.2021 kl. 10 til kontoret.", "03.03.2021"),
    # Danish
    ("da", "d. d/M", "Hun kom tilbage d. 3/3 og var træt.", "3/3"),
    ("da", "d. MMMM heading", "- 3. marts: samtale med socialrådgiveren", "3. marts"),
    ("da", "Dato: d/M", "Dato: 12/3\nDeltagere: borger og rådgiver.", "12/3"),
    ("da", "EEEE i uge n", "Mødet er tirsdag i uge 7.", "tirsdag i uge 7"),
    ("sv", "d/M after igen", "Vi ses igen 3/3, sa hon.", "3/3"),
    ("en", "the dth of MMMM", "She came back on the 12th of March, tired.", "on the 12th of March"),
    ("sv", "den d:e", "Hon kom hem den 21:a.", "den 21:a"),
    ("nb", "til d/M.", "Hun er sykemeldt til 12/03.", "12/03"),
    ("en", "dMMMyy glued", "Admitted 3MAR21 via A&E.", "3MAR21"),
    ("sv", "dMMMyy glued", "Inskriven 12okt22 på avdelningen.", "12okt22"),
]

# Forms the table found the redactor still misses (strict: the test fails when one is caught,
# so the table is moved up).
MISSED = [
    ("en", "d/M in prose", "He said 12/3 was the worst day.", "12/3"),
]


@pytest.mark.parametrize(("lang", "form", "text", "written"), FORMS)
def test_date_forms_are_found(
    redactor: Redactor, lang: str, form: str, text: str, written: str
) -> None:
    assert _dated(redactor, text, written), redactor(text)


# CLDR's four widths and its skeletons with a day, as Babel writes them for each locale, in
# a sentence of the locale's language with a word that dates it.
CLDR_FRAMES = {
    "en": "Seen on {} at the clinic.",
    "sv": "Återbesök {} på mottagningen.",
    "nb": "Neste møte {} på kontoret.",
    "da": "Mødet er flyttet til {}.",
    "fi": "Tapaaminen {} vastaanotolla.",
}
SKELETONS = "MMMMd MMMd MMMEd MMMMEEEEd yMMMd yMd yMMMEd yMEd MEd Md yMMMMd yMMMMEEEEd".split()
DAYS = (dt.date(2021, 3, 3), dt.date(2024, 11, 23), dt.date(2019, 5, 1), dt.date(2022, 9, 17))


@pytest.mark.parametrize("name", ["en", "en_GB", "sv", "nb", "da", "fi"])
def test_cldr_widths_and_skeletons_are_found(redactor: Redactor, name: str) -> None:
    locale = Locale.parse(name)
    missed = []
    for day in DAYS:
        written = [dates.format_date(day, w, locale=locale) for w in ("short", "medium", "long")]
        written.append(dates.format_date(day, "full", locale=locale))
        written += [dates.format_skeleton(k, day, locale=locale) for k in SKELETONS]
        for date in written:
            text = CLDR_FRAMES[name.split("_")[0]].format(date)
            if not _dated(redactor, text, date):
                missed.append(redactor(text))
    assert missed == []


@pytest.mark.parametrize(("lang", "form", "text", "written"), MISSED)
@pytest.mark.xfail(strict=True, reason="a form the table found missed; not read yet")
def test_date_forms_still_missed(
    redactor: Redactor, lang: str, form: str, text: str, written: str
) -> None:
    assert _dated(redactor, text, written)


NOT_DATES = [
    "Friday 2nd session went well. Monday 3rd floor is closed.",
    "She sat 3rd in line and came 2nd in the race.",
    "Vecka 12 var tung, v. 14 bättre.",
    "Fred 3/3 kom hon inte.",
    "- 1/2\n- 3/4",
    "Pain\n3/10\nSleep\n5/10",
    "Aktivering: 3 av 5. Maj brukar vara bättre för henne.",
    "Version 3.5.24 of the app crashed; v1.2.10 did not.",
    "Meeting from 10.15 to 11.30, then lunch at 12:45.",
    "Ring 08-12 34 56 or 070-123 45 67.",
    "Hon tar 1-2 tabletter 3 ggr/dag, 2,5 mg x 2.",
    "Score 3/5 on the quiz, 2/3 of the group passed.",
    "Tapaaminen kesti 1.5 tuntia, klo 10.15-11.45.",
    "Hon dog 3/4 av tiden, sa hon om jobbet.",
    "Mötet började 13.15 och slutade 14.30.",
    "Hän ottaa 2,5 mg klo 8.00 ja 20.00.",
    # two figures by a slash, the first past the second, that are no day and month
    "Hon jobbar 24/7. Vann 3/1 i finalen, 6/4 i semifinalen.",
    "I give this place 11/10, she wrote.",
    "Targiniq 10/5 mg 1x2, BiPAP 12/5.",
    "Dnr 14/3, s. 12/3 i akten.",
    "12/4 av dem kom, 13/5 % var nöjda.",
    # six digits that are no yymmdd date: a number word before, an amount, a code
    "Dnr 210512, OCR 190222, kostar 120000 kr.",
    "Hon har 250000 kr i skuld och 190312 st. kvar.",
    "Kod A220322 och #220322 gäller.",
    # a month word that is also a name, then a count: the name and a count, no day
    "Hon har träffat Maj 3 gånger i år.",
    "I asked May 12 questions and June 5 times.",
    "Juli 8 kg lättare, Maj, 3 år, dotter.",
    # a code of figures and letters that holds a month's letters: no day, month and year
    "Kod A3MAR21 och 3MAR2100, order 3MAR21-B, lot 2tem10.",
    # a preposition before a fraction, a ratio or a part: no day and month
    "Dosen ble redusert til 1/2. The ratio was at 3/1. He runs at 3/4 speed.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_numbers_that_are_no_date_stay(redactor: Redactor, text: str) -> None:
    assert not [s for s in redactor.spans(text) if s.kind == "date"], redactor(text)


def test_a_timestamp_is_a_date_not_a_phone_number(redactor: Redactor) -> None:
    """A date with its year and a clock time is a date; a phone number before it stays one."""
    text = "She called 3/3/2021 10:00 about rent."
    assert [(s.kind, text[s.start : s.end]) for s in redactor.spans(text)] == [("date", "3/3/2021")]
    text = "Cell (713) 705-7201 04/26/2001 07:17 AM"
    found = [(s.kind, text[s.start : s.end]) for s in redactor.spans(text)]
    assert ("phone", "(713) 705-7201") in found
