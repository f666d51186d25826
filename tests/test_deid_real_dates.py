"""Dates as people write them that CLDR's patterns and spell-out rules leave out: Nynorsk and
older Nordic spelled days ("trettande desember", "tjuefyrste mai", "enogtyvende december",
`data/ordinals_nordic.tsv` from `bench/build_ordinals_nordic.py`), English "the third of
march" in lower case, a day and month of any century with its year ("31 oktober 1832",
"January 8, 1880"), a Nordic weekday before "den" and a day ("onsdagen den 12"). Each stayed,
wholly or in part, in the release before; each count, amount and ordinary word beside them
must stay. Sentences are written for this test.

Policy: docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eg er fødd trettande desember.", "Eg er fødd [date]."),
        ("Dei kom heim den tjuefyrste mai i fjor.", "Dei kom heim [date] i fjor."),
        ("Sjuande juni flytta vi til Voss.", "[date] flytta vi til Voss."),
        ("Han har fødselsdag den enogtyvende december.", "Han har fødselsdag [date]."),
        ("Vi kom fyrste januar 2019.", "Vi kom [date]."),
        ("Det var den trettiande april.", "Det var [date]."),
        ("My birthday is the third of march, mum.", "My birthday is [date], mum."),
        ("We go on the first of may to grandma.", "We go [date] to grandma."),
        ("Cotton föddes 31 oktober 1832 i en by.", "Cotton föddes [date] i en by."),
        ("On January 8, 1880, he collapsed.", "On [date], he collapsed."),
        ("Han døde 3. mars 1799 i Bergen.", "Han døde [date] i Bergen."),
        ("Hän valmistui 21. huhtikuuta 1882.", "Hän valmistui [date]."),
        ("Miramar was founded March fifth, 1888.", "Miramar was founded [date]."),
        ("Kesäkuun 6. päivänä 2012 hän lähti.", "[date] hän lähti."),
        # a span of two dates is no street, house number and postcode
        (
            "Prices from 13 December, 1998-30 June 2001 were used.",
            "Prices from [date]-[date] were used.",
        ),
        # a birthday dates the day and month after it, also after its copula
        ("Jeg har fødselsdag 5/5.", "Jeg har fødselsdag [date]."),
        ("Eg har bursdag 5/5 og fest.", "Eg har bursdag [date] og fest."),
        ("Syntymäpäivä on 5.5. ja juhlat.", "Syntymäpäivä on [date] ja juhlat."),
        ("my bday is 3/4 lol", "my bday is [date] lol"),
        # ... and so does the Nordic idiom of a birthday, "to fill years"
        ("Hon fyller år 4/8 och ska ha fest.", "Hon fyller år [date] och ska ha fest."),
        ("Min søn fylder år 12/10 i år.", "Min søn fylder år [date] i år."),
        # a weekday pins a day after "den", as "Wednesday the 12th" does
        ("Vi träffas onsdagen den 12 klockan 18.30.", "Vi träffas [date] klockan 18.30."),
        ("Vi ses på fredag den 13.", "Vi ses på [date]."),
        ("Me møtest fredag den 13. klokka 12.", "Me møtest [date] klokka 12."),
        ("I fredags den 13 var vi där.", "I [date] var vi där."),
        ("Vi ses tirsdag d. 5 kl 10.", "Vi ses [date] kl 10."),
        # Finnish "the 5th day of May" in the nominative
        ("Hän tuli 5. päivä toukokuuta.", "Hän tuli [date]."),
    ],
)
def test_the_whole_date_is_removed(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rest of march was cold.",
        "The end of may was warm, she said.",
        "Dei andre kom attende seinare.",
        "Han kom fyrste gongen i går.",
        "She was the third of four children.",
        # "may" the verb after a number is no month
        "People aged 13-17 may be allowed to travel alone.",
        "Children under 5 may not enter.",
        # a fraction with no birthday before it
        "Jeg har spist 3/4 av kaka.",
        "Hän söi 3/4 kakusta.",
        # "den" and a number without a weekday, or a count after the weekday's day
        "Det var den 12 som kom.",
        "Han arbetade fredag den 12 timmar.",
        "Fredag den 13 kr betalade han.",
        "Ring mig tirsdag d. 5 gange.",
        "Hän sai 5. päivä lisää.",
    ],
)
def test_no_date_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number of people or an amount after a day and month is no year
        ("Den 3 maj 1500 kr betalades.", "[date] 1500 kr betalades."),
        ("On 12 May 1200 soldiers came.", "On [date] 1200 soldiers came."),
        ("Kesäkuun 6. päivänä 2012 euroa meni.", "[date] 2012 euroa meni."),
    ],
)
def test_an_amount_after_a_date_is_no_year(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected
