"""The dates read by their shape alone, where no word dates them, asked by `dates` itself:
a day and month by a slash whose day can be no month ("18/9", `slash_days.py`) and six
digits that are a real yymmdd date ("220322", `compact_days.py`); both only where the study
writes the day first. Each sentence is written for this test."""

from __future__ import annotations

from casebook.deid import compact_days, dates, slash_days


def _day_month(text: str, chunk: str, month_first: bool = False) -> str | None:
    start = text.index(chunk)
    found = dates.day_month(text, text.lower(), start, chunk, month_first)
    return text[found[0] : found[1]] if found else None


def _compact(text: str, chunk: str, month_first: bool = False) -> str | None:
    start = text.index(chunk)
    found = dates.compact(text, text.lower(), start, start + len(chunk), month_first)
    return text[found[0] : found[1]] if found else None


def test_a_day_that_can_be_no_month_is_a_date_by_its_shape() -> None:
    assert _day_month("Hon åkte hem 18/9 med sin bror.", "18/9") == "18/9"
    assert _day_month("Vi sågs 27/3 på torget.", "27/3") == "27/3"  # a dating word first


def test_the_shape_alone_is_no_date_where_the_month_comes_first_or_a_number_word_stands() -> None:
    assert _day_month("Hon åkte hem 18/9 med sin bror.", "18/9", month_first=True) is None
    assert _day_month("Se dnr 18/9 i akten.", "18/9") is None
    assert _day_month("Hon fick 6/4 i provet.", "6/4") is None  # a day of 12 or less
    assert _day_month("Hon tog 15/2 tabl.", "15/2") is None  # a part: dates' own check
    assert _day_month("Kod 3,18/9 gäller.", "18/9") is None  # glued to a figure


def test_slash_days_reads_the_shape_of_what_dates_has_read() -> None:
    low = "hon jobbar 24/7 och kom 18/9 hem."
    assert not slash_days.by_shape(low, low.index("24/7"), low.index("24/7") + 4, "24", "7")
    start = low.index("18/9")
    assert slash_days.by_shape(low, start, start + 4, "18", "9")
    assert not slash_days.by_shape("v18/9", 1, 5, "18", "9")


def test_six_digits_alone_are_a_date_by_their_shape() -> None:
    assert _compact("Hon kom hem 220322 och sov.", "220322") == "220322"
    assert _compact("Inskriven (220904) på avd 3.", "(220904") == "220904"  # a dating word


def test_six_digits_are_no_date_in_brackets_alone_or_where_the_month_comes_first() -> None:
    assert _compact("Hon kom hem 220322 och sov.", "220322", month_first=True) is None
    assert _compact("Hon kom hem (220322) och sov.", "(220322") is None
    assert _compact("Kostar 220332 kr.", "220332") is None  # no real date
    assert _compact("Ordernr 220322 skickad.", "220322") is None


def test_compact_days_reads_the_shape_of_a_real_date() -> None:
    text = "Hon kom hem 220322 och sov."
    start = text.index("220322")
    assert compact_days.by_shape(text, text.lower(), start, start + 6)
    text = "Kod A220322 och 220322-1234."
    assert not compact_days.by_shape(text, text.lower(), 5, 11)
    assert not compact_days.by_shape(text, text.lower(), 16, 22)
