"""The broader half of `bench/date_atlas.py`: every date CLDR itself can write with a day in
it, and the hand-typed forms around them (development-time only).

- `avail:<skeleton>`: every `availableFormats` skeleton of the locale that holds a day and no
  time or week ("d", "Ed", "Md", "MEd", "MMMd", "MMMEd", "MMMMd", "yMd", "yMEd", "yMMMd",
  "yMMMEd", "yMMMMd", "GyMMMd", "MMdd", ...), as Babel formats it.
- `interval:<skeleton>:<field>`: the interval formats (`interval_formats`) with a day, for a
  difference in the day, the month or the year: "3.–5. marts", "3–5 March", "3 Mar – 5 Apr".
- `weekday:*`: a weekday before the date, as notes type it in each language ("ti 3.3.2026",
  "tirsdag den 3. marts", "Tuesday, March 3rd", "Di., 3.3.2026").
- `en:*`, `fi:*`, `sv:*`: English ordinals ("3rd of March", "March 3rd, 2026", "on the
  3rd"), Finnish genitive months ("maaliskuun 3. päivänä"), Swedish "3:e mars".
- `glued:*`: dates glued to punctuation or to a word ("(3/3)", "fra 3.3.-", "on3 March",
  "3.3.2026:").
- `spoken:*`: the day spelled out as an ordinal ("the third of March", "den tredje mars",
  "am dritten März"), the words from CLDR's spell-out rules as `data/ordinals.tsv` keeps them.

Each form is (form, frame, date text): the frame is "plain", "cued" or a sentence of its own
with "{}" where the date goes.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path

from babel import Locale, dates
from casebook import deid

Form = tuple[str, str, str]
FOCUS = ("en", "sv", "da", "nb", "nn", "fi", "de")
_TIME_OR_WEEK = re.compile(r"[hHkKmsSaBbvVzZwWQqYu]")
_EN_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _kind(text: str) -> str:
    return "plain" if _has_letters(text) else "cued"


def day_skeletons(locale: Locale) -> list[str]:
    """The locale's `availableFormats` skeletons that hold a day and no time or week."""
    return sorted(
        k
        for k in locale.datetime_skeletons
        if "d" in k and "ddd" not in k and not _TIME_OR_WEEK.search(k)  # ("ddd": Babel's own)
    )


def available(locale: Locale, day: dt.date) -> list[Form]:
    out = []
    for skeleton in day_skeletons(locale):
        written = dates.format_skeleton(skeleton, day, locale=locale).strip()
        out.append((f"avail:{skeleton}", _kind(written), written))
    return out


def intervals(locale: Locale, day: dt.date) -> list[Form]:
    """ "3.–5. marts", "3 Mar – 5 Apr 2026", "3/3/2026 – 5/3/2027"."""
    out = []
    later = {
        "d": day + dt.timedelta(days=2),
        "M": (day.replace(day=1) + dt.timedelta(days=40)).replace(day=min(day.day + 2, 28)),
        "y": day.replace(year=day.year + 1),
    }
    for skeleton, diffs in locale.interval_formats.items():
        if not skeleton or "d" not in skeleton or _TIME_OR_WEEK.search(skeleton):
            continue
        if "G" in skeleton:  # Babel cannot tell two eras apart
            continue
        for field in ("d", "M", "y"):
            if field not in dict(diffs) or field not in skeleton:
                continue
            written = dates.format_interval(day, later[field], skeleton, locale=locale)
            written = written.strip()
            out.append((f"interval:{skeleton}:{field}", _kind(written), written))
    return out


def _wd(locale: Locale, day: dt.date, width: str) -> str:
    return str(locale.days["format"][width][day.weekday()])


def _mon(locale: Locale, day: dt.date, width: str = "wide", context: str = "format") -> str:
    return str(locale.months[context][width][day.month])


def _numeric(locale: Locale, day: dt.date, year: bool = True) -> str:
    skeleton = "yMd" if year else "Md"
    return dates.format_skeleton(skeleton, day, locale=locale).strip()


def weekdays(locale: Locale, day: dt.date) -> list[Form]:
    """A weekday before the date, in the ways of each language."""
    lang = locale.language
    wide, abbr, short = (_wd(locale, day, w) for w in ("wide", "abbreviated", "short"))
    month = _mon(locale, day)
    d, y = day.day, day.year
    out = [
        ("weekday:short-numeric-year", "plain", f"{short} {_numeric(locale, day)}"),
        ("weekday:abbr-numeric-year", "plain", f"{abbr} {_numeric(locale, day)}"),
        ("weekday:wide-comma-numeric", "plain", f"{wide}, {_numeric(locale, day)}"),
    ]
    if lang == "en":
        suffix = _EN_SUFFIX.get(d, "th")
        out += [
            ("weekday:en-month-ordinal", "plain", f"{wide}, {month} {d}{suffix}"),
            ("weekday:en-the-ordinal-of", "plain", f"{wide} the {d}{suffix} of {month}"),
            ("weekday:en-abbr-day-month", "plain", f"{abbr} {d} {month[:3]}"),
        ]
    elif lang in ("da", "nb", "nn"):
        out += [
            ("weekday:den-day-month", "plain", f"{wide} den {d}. {month}"),
            ("weekday:d-day-month", "plain", f"{wide} d. {d}. {month} {y}"),
            ("weekday:abbr-day-month", "plain", f"{abbr} {d}. {_mon(locale, day, 'abbreviated')}"),
        ]
    elif lang == "sv":
        out += [
            ("weekday:den-day-month", "plain", f"{wide} den {d} {month}"),
            ("weekday:den-ordinal", "plain", f"{wide} den {d}:e {month}"),
            ("weekday:abbr-day-month", "plain", f"{abbr} {d} {month}"),
        ]
    elif lang == "de":
        out += [
            ("weekday:den-day-month", "plain", f"{wide}, den {d}. {month}"),
            ("weekday:abbr-day-month", "plain", f"{abbr}, {d}. {month} {y}"),
        ]
    elif lang == "fi":
        essive = _FI_ESSIVE[day.weekday()]
        out += [
            ("weekday:fi-essive-numeric", "plain", f"{essive} {d}.{day.month}.{y}"),
            ("weekday:fi-essive-month", "plain", f"{essive} {d}. {month}"),
        ]
    return out


# The Finnish weekdays in the essive, "on Tuesday" (CLDR gives the nominative only).
_FI_ESSIVE = (
    "maanantaina",
    "tiistaina",
    "keskiviikkona",
    "torstaina",
    "perjantaina",
    "lauantaina",
    "sunnuntaina",
)


def hand(locale: Locale, day: dt.date) -> list[Form]:
    """English ordinals, Finnish genitive months, Swedish ":e", two-digit years, glued dates."""
    lang = locale.language
    d, m, y = day.day, day.month, day.year
    month = _mon(locale, day)
    abbr = _mon(locale, day, "abbreviated").rstrip(".")
    out: list[Form] = []
    if lang == "en":
        suffix = _EN_SUFFIX.get(d, "th")
        out += [
            ("en:ordinal-of", "plain", f"{d}{suffix} of {month}"),
            ("en:month-ordinal-year", "plain", f"{month} {d}{suffix}, {y}"),
            ("en:the-ordinal-of", "She wrote the {} in her diary.", f"{d}{suffix} of {month}"),
            ("en:the-ordinal", "Seen on the {} at the clinic.", f"{d}{suffix}"),
            ("en:abbr-ordinal", "plain", f"{abbr} {d}{suffix}"),
            ("en:two-digit-year", "plain", f"{d} {abbr} {y % 100:02d}"),
        ]
    if lang == "fi":
        genitive = _mon(locale, day, "wide", "stand-alone") + "n"  # "maaliskuu" -> "maaliskuun"
        out += [
            ("fi:genitive-paivana", "plain", f"{genitive} {d}. päivänä"),
            ("fi:genitive-paiva", "plain", f"{genitive} {d}. päivä"),
            ("fi:partitive", "plain", f"{d}. {month}"),
            ("fi:partitive-year", "plain", f"{d}. {month} {y}"),
            ("fi:abbr-dot", "plain", f"{d}. {abbr}. {y}"),
        ]
    if lang == "sv":
        mark = "a" if d in (1, 2, 21, 22, 31) else "e"
        out += [
            ("sv:colon-e", "plain", f"{d}:{mark} {month}"),
            ("sv:den-colon-e-year", "Hon kom den {} till oss.", f"{d}:{mark} {month} {y}"),
            ("sv:abbr-short-year", "plain", f"{d} {abbr} -{y % 100:02d}"),
        ]
    if lang in ("da", "nb", "nn", "de"):
        out += [
            ("hand:day-abbr-dot-year", "plain", f"{d}. {abbr}. {y}"),
            ("hand:day-month-short-year", "plain", f"{d}. {month} {y % 100:02d}"),
        ]
    if lang in FOCUS:
        sep = "/" if lang in ("en", "sv") else "."
        closing = "." if sep == "." else ""
        out += [
            ("glued:parenthesis", "cued", f"({d}{sep}{m}{closing})"),
            ("glued:parenthesis-year", "plain", f"({_numeric(locale, day)})"),
            ("glued:open-range", "cued", f"{d}.{m}.-"),
            ("glued:word-before", "Seen on{} at the clinic.", f"{d} {month}"),
            ("glued:colon-after", "Note {}: seen at home.", f"{_numeric(locale, day)}"),
            ("hand:zero-padded-short-year", "plain", f"{d:02d}{sep}{m:02d}{sep}{y % 100:02d}"),
        ]
    return out


@cache
def _ordinals() -> dict[tuple[str, int], list[str]]:
    out: dict[tuple[str, int], list[str]] = {}
    path = Path(deid.__file__).with_name("data") / "ordinals.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, day, locales = line.split("\t")
        for name in locales.split(","):
            out.setdefault((name, int(day)), []).append(word)
    return out


# Which ordinal form each language puts before a month ("dritten" after "am", Finnish nominative).
_SPOKEN_END = {"de": "ten", "en": "", "sv": "", "da": "", "nb": "", "nn": "", "fi": "s"}


def spoken(locale: Locale, day: dt.date) -> list[Form]:
    """The day spelled out: "the third of March", "den tredje mars", "am dritten März"."""
    lang = locale.language
    if lang not in _SPOKEN_END:
        return []
    words = sorted(_ordinals().get((lang, day.day), []), key=len)
    end = _SPOKEN_END[lang]
    words = [w for w in words if w.endswith(end)] or words
    if not words:
        return []
    word, month = words[0], _mon(locale, day)
    if lang == "en":
        return [
            ("spoken:of-month", "She wrote the {} in her diary.", f"{word} of {month}"),
            ("spoken:month-ordinal", "plain", f"{month} {word}"),
        ]
    if lang == "de":
        return [("spoken:ordinal-month", "Termin am {} in der Praxis.", f"{word} {month}")]
    if lang == "fi":
        return [("spoken:ordinal-month", "plain", f"{word} {month}")]
    frame = {"sv": "Vi ses den {} igen.", "da": "Vi ses den {} igen."}.get(
        lang, "Vi ses den {} igjen."
    )
    return [("spoken:den-ordinal-month", frame, f"{word} {month}")]


def broader(name: str, day: dt.date) -> list[Form]:
    """Every form of this module for `day` in locale `name`."""
    locale = Locale.parse(name)
    return (
        available(locale, day)
        + intervals(locale, day)
        + weekdays(locale, day)
        + hand(locale, day)
        + spoken(locale, day)
    )
