"""An atlas of how people write a day's date, in the languages Casebook's note-takers and
participants write, and how many of them the redactor finds (development-time only).

    .venv/bin/python -m bench.date_atlas [--show] [--seed 5] [--per 12] [--forms]

Written from independent sources, not from any note of the repository:

- the Unicode CLDR via Babel: every width of each locale's date format (short, medium, long,
  full), the skeletons a note writes without a year or with a weekday ("d MMMM", "E d MMM",
  "E d/M"), month words in their format and stand-alone forms, abbreviated with or without
  the full stop, in capitals and in lower case;
- forms people type by hand that CLDR has no pattern for: ordinals ("3rd of May", "den 3:e
  maj", "3. toukokuuta"), a two-digit year ("3.5.24", "3/5/24", "3 May '24"), a day and month
  without a year ("3.5.", "3/5") after a word that dates it, a range ("3-5 May", "3.–5. mai"),
  a weekday before a numeric date ("tirsdag 3.5.", "Fri 3/5").

Each date is put in a sentence of its own language (`FRAMES`) or, for languages without one
here, an English note; it is found when every letter and digit of it lies inside a `[date]`.
The report gives recall per locale and per form. The other half is sentences that hold no
date (`NEGATIVE`: scores, fractions, versions, times, lab values, amounts, page and verse
references, counts): every date found there is a false positive.

The broader forms of `bench/date_atlas_cldr.py` (every CLDR skeleton with a day, the interval
formats, weekdays, ordinals, genitive months, glued and spoken dates) are reported beside these
as `broad:` and `locale-broad:`, a day alone ("3.", "3.–5.") as `day-alone:`.

Locales outside the redactor's calendar (`bench/build_calendar.LOCALES`) are reported apart:
they say what Casebook does not claim to read yet.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from collections import defaultdict
from collections.abc import Callable

from babel import Locale, dates
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from bench.build_calendar import LOCALES as CALENDAR
from bench.date_atlas_cldr import broader

# European languages and the languages in Latin script of those who moved to the Nordic
# countries (Somali, Turkish, Kurmanji, Bosnian, Croatian, Serbian, Polish, Albanian, ...).
ATLAS = (
    "en en_GB en_US en_IE sv nb nn da fi is de fr es it nl pl pt tr so ku bs hr sr_Latn "
    "et lv lt ro cs sk hu sl sq"
).split()

# Sentences of a note in each language: "{}" is where the date goes. "cued" has a word that
# dates a short form (one that could be a score or a fraction without it); "plain" has none.
FRAMES: dict[str, dict[str, str]] = {
    "en": {"cued": "Seen on {} at the clinic.", "plain": "She wrote {} in her diary."},
    "sv": {"cued": "Återbesök {} på mottagningen.", "plain": "Hon skrev {} i sin dagbok."},
    "nb": {"cued": "Neste møte {} på kontoret.", "plain": "Hun skrev {} i dagboken."},
    "nn": {"cued": "Neste møte {} på kontoret.", "plain": "Ho skreiv {} i dagboka."},
    "da": {"cued": "Mødet er flyttet til {}.", "plain": "Hun skrev {} i dagbogen."},
    "fi": {"cued": "Tapaaminen {} vastaanotolla.", "plain": "Hän kirjoitti {} päiväkirjaan."},
    "de": {"cued": "Termin am {} in der Praxis.", "plain": "Sie schrieb {} ins Tagebuch."},
    "fr": {"cued": "Rendez-vous le {} au cabinet.", "plain": "Elle a écrit {} dans son journal."},
    "es": {"cued": "Cita el {} en la consulta.", "plain": "Escribió {} en su diario."},
    "it": {"cued": "Visita il {} in ambulatorio.", "plain": "Ha scritto {} nel diario."},
    "nl": {"cued": "Afspraak op {} in de praktijk.", "plain": "Ze schreef {} in haar dagboek."},
    "pl": {"cued": "Wizyta od {} w przychodni.", "plain": "Napisała {} w pamiętniku."},
}
SHORT_YEAR_SKIP = ("sv",)  # Swedish short dates are ISO: "2024-05-03" has no two-digit year

# English ordinal suffixes; the others write the ordinal as CLDR's long date already does.
_EN_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _frame(name: str, kind: str) -> str:
    if "{}" in kind:
        return kind  # a sentence of its own ("Seen on{} at the clinic.": glued to a word)
    lang = name.split("_")[0]
    return FRAMES.get(lang, FRAMES["en"])[kind]


def _month(locale: Locale, month: int, context: str = "format", width: str = "wide") -> str:
    return str(locale.months[context][width][month])


def _weekday(locale: Locale, day: dt.date, width: str = "wide") -> str:
    return str(locale.days["format"][width][day.weekday()])


def _sep(locale: Locale) -> str:
    """The separator of the locale's numeric day and month ("3.5", "3/5")."""
    sample = dates.format_skeleton("Md", dt.date(2024, 5, 3), locale=locale)
    found = re.search(r"\D+", sample.strip())
    return found.group(0).strip() or "." if found else "."


def _month_first(locale: Locale) -> bool:
    sample = dates.format_skeleton("Md", dt.date(2024, 5, 3), locale=locale)
    return sample.lstrip("0").startswith("5")


def _numeric(locale: Locale, day: dt.date, year: str = "") -> str:
    sep = _sep(locale)
    parts = (
        [str(day.month), str(day.day)] if _month_first(locale) else [str(day.day), str(day.month)]
    )
    text = sep.join(parts)
    if year:
        return f"{text}{sep}{year}"
    return f"{text}." if sep == "." else text


def _ordinal_hand(locale: Locale, day: dt.date) -> str:
    lang = locale.language
    month = _month(locale, day.month)
    if lang == "en":
        suffix = _EN_SUFFIX.get(day.day, "th")
        return f"{day.day}{suffix} of {month}"
    if lang == "sv":
        return f"{day.day}:{'a' if day.day in (1, 2, 21, 22, 31) else 'e'} {month}"
    if lang in ("nb", "nn", "da", "fi", "de", "is", "et", "cs", "sk", "pl", "sl", "hr", "bs"):
        return f"{day.day}. {month}"
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month}"
    if lang in ("es", "pt"):
        return f"{day.day} de {month}"
    return f"{day.day} {month}"


def _range(locale: Locale, day: dt.date) -> str:
    first, last = day.day, day.day + 2
    month = _month(locale, day.month)
    lang = locale.language
    if _month_first(locale) and lang == "en":
        return f"{month} {first}-{last}"
    if lang in ("nb", "nn", "da", "fi", "de", "is", "et", "cs", "sk", "pl", "sl", "hr", "bs"):
        return f"{first}.–{last}. {month}"
    if lang in ("es", "pt"):
        return f"{first}-{last} de {month}"
    return f"{first}-{last} {month}"


def _en_hand(locale: Locale, day: dt.date) -> list[tuple[str, str]]:
    """English forms typed by hand: "May 3rd", "the 3rd of May 2024", "3 May '24"."""
    if locale.language != "en":
        return []
    month = _month(locale, day.month)
    suffix = _EN_SUFFIX.get(day.day, "th")
    return [
        ("hand:month-ordinal", f"{month} {day.day}{suffix}"),
        ("hand:ordinal-of-year", f"{day.day}{suffix} of {month} {day.year}"),
        ("hand:apostrophe-year", f"{day.day} {month[:3]} '{day.year % 100:02d}"),
        ("hand:lower-month-year", f"{month.lower()} {day.day}, {day.year}"),
    ]


Form = tuple[str, str, str]  # (form, frame kind, date text)


def forms(name: str, day: dt.date) -> list[Form]:
    """Every form of `day` in locale `name`, with the kind of sentence it goes in."""
    locale = Locale.parse(name)
    out: list[Form] = []
    for width in ("short", "medium", "long", "full"):
        out.append((f"cldr:{width}", "plain", dates.format_date(day, width, locale=locale)))
    for skeleton, kind in (
        ("MMMMd", "plain"),
        ("MMMd", "plain"),
        ("MMMEd", "plain"),
        ("MMMMEEEEd", "plain"),
        ("yMMMEd", "plain"),
        ("MEd", "plain"),
        ("Md", "cued"),
    ):
        written = dates.format_skeleton(skeleton, day, locale=locale)
        if not any(c.isalpha() for c in written):
            kind = "cued"  # "6.6." (Finnish "d. MMM"): a bare day and month needs a dating word
        out.append((f"skel:{skeleton}", kind, written))
    long = dates.format_date(day, "long", locale=locale)
    wide = _month(locale, day.month)
    alone = _month(locale, day.month, "stand-alone")
    abbr = _month(locale, day.month, "format", "abbreviated")
    if wide in long:
        if alone != wide:
            out.append(("month:stand-alone", "plain", long.replace(wide, alone)))
        if abbr != wide:
            dotted = abbr if abbr.endswith(".") else abbr + "."
            out.append(("month:abbr-dot", "plain", long.replace(wide, dotted)))
            out.append(("month:abbr-bare", "plain", long.replace(wide, abbr.rstrip("."))))
    out.append(("case:upper", "plain", long.upper()))
    out.append(("case:lower", "plain", long.lower()))
    if locale.language not in SHORT_YEAR_SKIP:
        out.append(("hand:two-digit-year", "plain", _numeric(locale, day, f"{day.year % 100:02d}")))
    out.append(("hand:four-digit-year", "plain", _numeric(locale, day, str(day.year))))
    out.append(("hand:day-month", "cued", _numeric(locale, day)))
    out.append(("hand:ordinal", "plain", _ordinal_hand(locale, day)))
    out.append(("hand:range", "plain", _range(locale, day)))
    out.append(
        ("hand:weekday-numeric", "plain", f"{_weekday(locale, day)} {_numeric(locale, day)}")
    )
    abbr_day = _weekday(locale, day, "abbreviated")
    out.append(("hand:weekday-abbr-numeric", "plain", f"{abbr_day} {_numeric(locale, day)}"))
    out.extend((form, "plain", text) for form, text in _en_hand(locale, day))
    return out + broader(name, day)


NEGATIVE = (
    "She rated her mood 8/10 today and 6/10 yesterday.",
    "Took 1/2 tablet in the morning, 3/4 of the dose.",
    "Version 3.5.24 of the app crashed; v1.2.10 did not.",
    "Meeting from 10.15 to 11.30, then lunch at 12:45.",
    "He answered 3/5 questions and got 4/5 right.",
    "Score 3/5 on the quiz, 2/3 of the group passed.",
    "Hb 12.3, K 4.1, Na 140, crea 85, CRP 5.2.",
    "BP 120/80, pulse 72, temp 37.2.",
    "She walks 1-2 times a day, 3-5 km each time.",
    "See page 3/5 of the leaflet and verse 3:16.",
    "Read Luke 3:5 and Psalm 23:4 together.",
    "The rent is 12.500 kr; she owes 1.250,50 kr.",
    "Hon tar 1-2 tabletter 3 ggr/dag.",
    "Han har 2,5 mg x 2 och 1/2 tabl till natten.",
    "Pain 4/10, sleep 5/10, VAS 3/10.",
    "Section 4.3.2 and chapter 12.3 explain it.",
    "They paid 3.50 for coffee and 12.99 for cake.",
    "Room 3.12 on the 2nd floor is closed.",
    "The group had 12 members in 2019 and 14 in 2020.",
    "He is 3/4 Swedish and 1/4 Finnish.",
    "Strength 5/5 in all limbs, reflexes 2/4.",
    "Ratio 1:3, dilution 1/10, mix 2/3 water.",
    "In 3-5 days she will know more.",
    "Hun tager 1-2 tabletter 2 gange dagligt.",
    "Hän ottaa 1-2 tablettia 3 kertaa päivässä.",
    "Sie nimmt 1-2 Tabletten 3-mal täglich.",
    "Blodtrykk 130/85, puls 64, 2/3 av dosen.",
    "Noten 5/6 und 4/6 im Zeugnis.",
    "GCS 14/15, MMSE 24/30, MoCA 26/30.",
    "Maj sa att hon var trött; Juni kom sen.",
    "May said she was tired. Mars is far away.",
    "She lives on the 3rd floor and came 2nd in the race.",
    "Hun boede på 3. sal; han kom på 2. plads.",
    "Kapitel 3. Ergebnisse und 4. Diskussion.",
    "They won 3-1 and then 2-0; the score was 3:1 at half time.",
    "Took (1/2) tablet and (3/4) of the dose.",
    "Hän asuu 3. kerroksessa ja tuli 2. maaliin.",
    "The years 2019-2021 and 1990s were hard.",
)


def _found(redactor: Redactor, text: str, written: str) -> bool:
    start = text.index(written)
    spans = [s for s in redactor.spans(text) if s.kind == "date"]
    return all(
        any(s.start <= i < s.end for s in spans)
        for i in range(start, start + len(written))
        if text[i].isalnum()
    )


def run(
    seed: int, per: int, show: bool, by_form: bool, emit: Callable[[str], None] = print
) -> dict[str, list[int]]:
    """Recall per locale, per form and overall, and the false positives of `NEGATIVE`."""
    rng = random.Random(seed)
    redactor = Redactor(Registry([]))
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in ATLAS:
        part = "in-calendar" if name in CALENDAR else "outside"
        for _ in range(per):
            day = dt.date(rng.randint(1990, 2029), rng.randint(1, 12), rng.randint(1, 26))
            wide = set(broader(name, day))
            for form, kind, written in forms(name, day):
                text = _frame(name, kind).format(written)
                hit = _found(redactor, text, written)
                whole = "broad" if (form, kind, written) in wide else "all"
                if form in ("avail:d", "interval:d:d"):
                    whole = "day-alone"  # "3.", "3.–5.": a day alone, no date without more
                where = {"all": "locale", "broad": "locale-broad"}.get(whole, whole)
                keys = (f"{where}:{name}", f"form[{part}]:{form}", f"{whole}:{part}")
                for key in keys + ((f"{name}|{form}",) if by_form else ()):
                    found[key][0] += hit
                    found[key][1] += 1
                if show and not hit and part == "in-calendar":
                    emit(f"  MISS {name} {form}: {text!r} -> {redactor(text)!r}")
    false = 0
    for text in NEGATIVE:
        spans = [s for s in redactor.spans(text) if s.kind == "date"]
        false += len(spans)
        if show and spans:
            emit(f"  FALSE POSITIVE: {text!r} -> {redactor(text)!r}")
    found["negative:dates-found"] = [false, len(NEGATIVE)]
    for key, (hits, total) in sorted(found.items()):
        if key.startswith("negative"):
            continue
        emit(f"{key:36} {hits:5}/{total:<5} {hits / total:.3f}")
    emit(f"dates found in {len(NEGATIVE)} sentences without a date: {false}")
    return dict(found)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--per", type=int, default=12, help="dates per locale")
    parser.add_argument("--show", action="store_true", help="print every miss")
    parser.add_argument("--forms", action="store_true", help="recall per locale and form")
    args = parser.parse_args(argv)
    run(args.seed, args.per, args.show, args.forms)


if __name__ == "__main__":
    main()
