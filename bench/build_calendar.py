"""Development-time generator of `app/casebook/deid/data/calendar.tsv`: the calendar words and
date patterns of the Unicode CLDR, as Babel ships them, for the languages notes of a Nordic /
European study meet (written in place).

    .venv/bin/python -m bench.build_calendar

Never imported by Casebook: the redactor reads the plain file (`deid/calendar_words.py`), so
that a Babel upgrade changes what is redacted only when this is rerun and the diff is read.
Babel is a dependency already (through Flask-Babel); nothing is downloaded.

What is taken, per locale (`LOCALES`), lower case and NFKC-folded as the redactor reads text:

- months: format and stand-alone, wide and abbreviated, each with and without its trailing
  full stop ("sep." and "sep"), with the month's number;
- weekdays: format and stand-alone, wide and abbreviated; the two-letter "short" forms
  apart, as `shortday` ("to", "on", "ma" are words everywhere: they only widen a date
  already found, "ti 3.3.2026", `date_edges.py`);
- day periods (am/pm and the named ones, "fm", "p.m.", "nachm.") and eras ("e.Kr.", "AD");
- the four date patterns (short, medium, long, full), from which `calendar_words.py` derives
  the numeric shapes (day, month, year orders and separators), which languages put the month
  before the day, and what may stand between day, month and year ("de", "г.");
- per country (every territory CLDR names), how its most likely language writes a day and a
  month without a year (CLDR's "Md" skeleton: "M/d" in the US, "d/M" in Sweden), so that a
  study's country says whether a bare "7/22" is month first (`monthday` rows).
"""

from __future__ import annotations

import argparse
import unicodedata
from collections import defaultdict
from pathlib import Path

from babel import Locale, __version__, dates
from babel.core import UnknownLocaleError, get_cldr_version, get_global
from casebook import deid

OUT = Path(deid.__file__).with_name("data") / "calendar.tsv"

# The study's country and neighbours (with Sami and Faroese), English as written in the
# countries participants come from or move to, the largest groups born abroad in the Nordic
# countries (Statistics Sweden), Europe's larger languages, and the rest of the European
# Union's and its neighbours' languages in Latin script that people moving to the Nordic
# countries write (Estonian, the largest group born abroad in Finland; Lithuanian and
# Latvian in Norway; Romanian, Albanian, Czech, Slovak, Slovenian, Hungarian). Arabic,
# Persian, Dari, Pashto, Sorani and Tigrinya are in their own scripts (CLDR has no Latin
# transliteration of them): their words are taken as they are.
LOCALES = (
    "sv sv_FI nb nn da fi is fo se "
    "en en_US en_GB en_IE en_AU en_CA en_IN "
    "de de_AT de_CH fr fr_BE fr_CA fr_CH es es_US es_419 it pt pt_PT nl nl_BE "
    "pl tr ku ar fa fa_AF ps ckb so ti ti_ER am ru uk bs bs_Cyrl hr sr sr_Latn "
    "et lv lt ro sq cs sk sl hu"
).split()
WIDTHS = ("short", "medium", "long", "full")


def fold(text: str) -> str:
    """NFKC, without format characters (bidi marks, the zero-width non-joiner of Persian
    "سه‌شنبه"), as the redactor reads text (`readable.py`)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def forms(word: str) -> set[str]:
    """The word, and without its trailing full stop ("sep." -> "sep")."""
    word = fold(word).lower().strip()
    out = {word}
    if word.endswith(".") and len(word) > 2:  # ("ma." keeps its stop apart: `shortday`)
        out.add(word[:-1])
    return out


def collect() -> dict[str, dict[tuple[str, str], set[str]]]:
    """kind -> (word, value) -> locales."""
    table: dict[str, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for name in LOCALES:
        locale = Locale.parse(name)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, word in locale.months.get(context, {}).get(width, {}).items():
                    for form in forms(word):
                        table["month"][(form, str(number))].add(name)
                for number, word in locale.days.get(context, {}).get(width, {}).items():
                    for form in forms(word):
                        table["weekday"][(form, str(number))].add(name)
        for number, word in locale.days.get("format", {}).get("short", {}).items():
            for form in forms(word):
                table["shortday"][(form, str(number))].add(name)
        for width in ("abbreviated", "wide"):
            periods = locale.day_periods.get("format", {}).get(width, {})
            for period, word in periods.items():
                for form in forms(word):
                    table["period"][(form, period)].add(name)
        for number, word in locale.eras.get("abbreviated", {}).items():
            if True:
                for form in forms(word):
                    table["era"][(form, str(number))].add(name)
        for width in WIDTHS:
            pattern = dates.get_date_format(width, locale=locale).pattern
            table["pattern"][(width, fold(pattern))].add(name)
    for country, (locale, pattern) in month_day_orders().items():
        table["monthday"][(country, pattern)].add(locale)
    return table


def month_day_orders() -> dict[str, tuple[str, str]]:
    """Country (ISO 3166 alpha-2) -> (its most likely locale, that locale's "Md" skeleton),
    for every territory CLDR names; English for a country whose likely language CLDR lacks."""
    likely = get_global("likely_subtags")
    orders = {}
    for country in sorted(Locale("en").territories):
        if len(country) != 2 or not country.isalpha() or country == "ZZ":
            continue  # "001", "419": regions of the world; "ZZ", an unknown one
        for tag in (likely.get(f"und_{country}"), f"en_{country}"):
            try:
                locale = Locale.parse(tag) if tag else None
            except (UnknownLocaleError, ValueError):
                continue
            skeleton = locale.datetime_skeletons.get("Md") if locale else None
            if skeleton is not None:
                name = f"{locale.language}_{locale.territory}"
                orders[country] = (name, fold(str(skeleton)))
                break
    return orders


def build(out: Path) -> int:
    table = collect()
    lines = [
        f"# Calendar words and date patterns of the Unicode CLDR {get_cldr_version()}, "
        f"as Babel {__version__} ships them.",
        "# Generated by bench/build_calendar.py; do not edit by hand. Words lower case, all NFKC.",
        "# kind\tword or width\tvalue (month 1-12, weekday 0-6 from Monday, period, era)"
        " or pattern\tlocales",
        "# (monthday: country\tthe day and month without a year, CLDR's Md skeleton\tlocale)",
    ]
    rows = 0
    for kind in ("month", "weekday", "shortday", "period", "era", "pattern", "monthday"):
        for (word, value), locales in sorted(table[kind].items()):
            if kind in ("pattern", "monthday"):
                lines.append(f"{kind}\t{word}\t{value}\t{','.join(sorted(locales))}")
            elif word and "\t" not in word:
                lines.append(f"{kind}\t{word}\t{value}\t{','.join(sorted(locales))}")
            rows += 1
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = build(args.out)
    print(f"wrote {rows} rows to {args.out} (CLDR {get_cldr_version()}, Babel {__version__})")


if __name__ == "__main__":
    main()
