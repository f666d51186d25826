"""Real date expressions in published treebanks: how many the redactor removes whole, and which
numbers of the same sentences it takes for dates (development-time only).

    PYTHONPATH=.:app .venv/bin/python -m bench.treebank_dates [--show dev] [--fps] FILE.conllu ...

Sentences written by people for news, fiction, web text, Reddit, interviews and learners hold
the dates that a study's free text holds ("on 5 May 2010", "den 12 mars", "12. mai 1999",
"5. toukokuuta", "May the 4th", "Friday the 13th"). Each sentence of the CoNLL-U files given
is read for them by the patterns below, written from grammar and from the month and weekday
names of the Unicode CLDR (through Babel), independent of the redactor's own rules:

- a day with its month, in either order, with its weekday, article, ordinal ending and year
  where they stand ("Monday, May 5th, 2010", "the 5th of May", "den 3:e maj 2001",
  "5. toukokuuta 2010", "toukokuun 5. päivänä"), a spelled ordinal day ("the twenty-first of
  May", "första maj", "femte mai", "viides toukokuuta");
- a date in digits ("5/6/2010", "5.6.2010", "2010-06-05", "5.6." in Finnish and Norwegian);
- apart, a weekday with a day number and no month ("Friday the 13th", "fredag den 13"),
  reported as `weekday-day`: a day alone pins no date without its month.

A month with a year alone ("May 2010") is no identifying date and is not counted. The whole
day, month and year must be covered by `[date]` spans (a weekday or an article left in the
release counts as covered: it identifies nothing).

Every fourth sentence of each file is held out: a fix is checked on it and never tuned on it;
`--show dev` prints the misses of the other three quarters only. `--fps` prints each `[date]`
found in a sentence with a digit that covers no date of the patterns (read them by eye: a
score, time, amount or version taken for a date is a false positive).
Use only treebanks no sealed set was built from (not UD Danish-DDT, Norwegian-Bokmaal,
Finnish-TDT, English-CHILDES, English-Pronouns).
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from babel import dates
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from bench import conllu

_LOCALE = {"en": "en", "sv": "sv", "no": "nn", "fi": "fi"}
_SPELLED = {
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
    "twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first",
    "sv": "första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte "
    "trettonde fjortonde femtonde sextonde sjuttonde artonde nittonde tjugonde tjugoförsta "
    "tjugoandra tjugotredje tjugofjärde tjugofemte tjugosjätte tjugosjunde tjugoåttonde "
    "tjugonionde trettionde trettioförsta",
    "no": "første andre tredje fjerde femte sjette sjuande sjuende åttande åttende niande "
    "niende tiande tiende ellevte tolvte trettande trettende fjortande fjortende femtande "
    "femtende sekstande sekstende syttande syttende attande attende nittande nittende "
    "tjuande tjuende",
    "fi": "ensimmäinen toinen kolmas neljäs viides kuudes seitsemäs kahdeksas yhdeksäs kymmenes",
}


def _months(lang: str) -> list[str]:
    loc = _LOCALE[lang]
    names: set[str] = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for name in dates.get_month_names(width, context, loc).values():
                names.add(name.rstrip("."))
    if lang == "fi":
        wide = dates.get_month_names("wide", "stand-alone", "fi").values()
        names = {n + "ta" for n in wide} | {n + "n" for n in wide}  # partitive, genitive
    if lang == "en":
        names.add("Sept")
    return sorted(names, key=len, reverse=True)


def _weekdays(lang: str) -> list[str]:
    loc = _LOCALE[lang]
    names = {n for n in dates.get_day_names("wide", "format", loc).values()}
    names |= {n for n in dates.get_day_names("wide", "stand-alone", loc).values()}
    if lang == "no":
        names |= {"mandag", "tirsdag", "lørdag"}
    return sorted(names, key=len, reverse=True)


_YEAR = r"(?:1[6-9]\d\d|20\d\d|'\d\d)"
_NUMERIC = (
    r"(?<![\w./-])(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?"
    r"|\d{1,2}-\d{1,2}-\d{4}|(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\w/-]|\.\d)"
)


def patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a day with its month, a weekday with a day and no month) of one language."""
    names = _months(lang)
    # (an abbreviation may take its full stop: "Sept.", "okt."; a full name ends its sentence)
    wide = {n.lower() for n in dates.get_month_names("wide", "format", _LOCALE[lang]).values()}
    month = "|".join(re.escape(m) + ("" if m.lower() in wide else r"\.?") for m in names)
    spelled = "|".join(_SPELLED[lang].split())
    weekday = "|".join(_weekdays(lang))
    if lang == "en":
        day = rf"(?:[12]?\d|3[01])(?:st|nd|rd|th)?|{spelled}"
        month_re = rf"(?:{month})"
        full = (
            rf"(?:(?:{weekday}),?\s+)?(?:(?:the\s+)?(?:{day})(?:\s+of)?\s+{month_re}(?:,?\s+{_YEAR})?"
            rf"|{month_re}\s+(?:the\s+)?(?:{day})(?![\d:.,]\d)(?:,?\s+{_YEAR})?)"
        )
        flags = 0
        wd = rf"(?:{weekday}),?\s+(?:the\s+)?(?:[12]?\d|3[01])(?:st|nd|rd|th)\b"
    elif lang == "fi":
        day = rf"(?:[12]?\d|3[01])\.?|{spelled}"
        full = (
            rf"(?:(?:{weekday}),?\s+)?(?:(?:{day})\s+(?:{month})(?:\s+{_YEAR})?"
            rf"|(?:{month})\s+(?:[12]?\d|3[01])\.?\s+(?:päivä|päivänä)\b)"
        )
        flags = re.IGNORECASE
        wd = rf"(?:{weekday})\s+(?:[12]?\d|3[01])\.(?!\d)"
    else:
        day = rf"(?:[12]?\d|3[01])(?:\.|:[ae])?|{spelled}"
        full = rf"(?:(?:{weekday})(?:en)?,?\s+)?(?:den\s+)?(?:{day})\s+(?:{month})(?:\s+{_YEAR})?"
        flags = re.IGNORECASE
        wd = rf"(?:{weekday})(?:en)?\s+(?:den\s+)?(?:[12]?\d|3[01])(?:\.|:[ae])?(?![\w:.]\w)"
    return (
        re.compile(rf"(?<![\w'’]){full}(?![\w])|{_NUMERIC}", flags),
        re.compile(rf"(?<![\w'’]){wd}", flags),
    )


_ARTICLE = re.compile(r"(?i)^(?:\w+,?\s+)?(?:the|den)\s+")


def _core(text: str, start: int, end: int, lang: str) -> tuple[int, int]:
    """The day, month and year of a match, without its weekday and article."""
    weekdays = {w.lower() for w in _weekdays(lang)}
    first = text[start:end].split()[0].rstrip(",").lower()
    if first in weekdays or first.rstrip("en") in weekdays:
        start += len(text[start:end].split()[0])
        while start < end and text[start] in " ,\t\n":
            start += 1
    lead = re.match(r"(?i)(?:the|den)\s+", text[start:end])
    if lead:
        start += lead.end()
    return start, end


def _valid(match: str) -> bool:
    digits = re.findall(r"\d+", match)
    if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]?\d*\.?", match) or "/" in match:
        day, month = int(digits[0]), int(digits[1])
        return 1 <= day <= 31 and 1 <= month <= 12 or 1 <= month <= 31 and 1 <= day <= 12
    return not digits or 1 <= int(digits[0]) <= 31 or len(digits[0]) == 4


def _covered(spans: list[tuple[int, int]], text: str, start: int, end: int) -> bool:
    return all(any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum())


def run(files: list[Path], show: str, fps: bool) -> dict[str, list[int]]:
    redactor = Redactor(Registry([]))
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    false = 0
    for path in files:
        lang = path.name[:2]
        full, weekday_day = patterns(lang)
        source = path.name.split("-ud-")[0]
        for n, sentence in enumerate(conllu.read_file(path)):
            text = sentence.text
            share = "held" if n % 4 == 3 else "dev"
            golds = [
                ("date", *_core(text, m.start(), m.end(), lang))
                for m in full.finditer(text)
                if _valid(m.group())
            ]
            golds += [
                ("weekday-day", *_core(text, m.start(), m.end(), lang))
                for m in weekday_day.finditer(text)
                if not any(s <= m.start() < e or m.start() <= s < m.end() for _, s, e in golds)
            ]
            if not golds and not (fps and re.search(r"\d", text)):
                continue
            spans = [(s.start, s.end) for s in redactor.spans(text) if s.kind == "date"]
            for kind, start, end in golds:
                hit = _covered(spans, text, start, end)
                for key in (
                    f"{kind}:{share}",
                    f"{kind}:{share}:{source}",
                    f"{kind}:{share}:{lang}",
                ):
                    found[key][0] += hit
                    found[key][1] += 1
                if show == share and not hit:
                    marked = text[:start] + "«" + text[start:end] + "»" + text[end:]
                    print(f"  MISS {kind} {source}: {marked}  ->  {redactor(text)}")
            for s, e in spans:
                if not any(s < ge and gs < e for _, gs, ge in golds):
                    false += 1
                    if fps:
                        print(f"  OTHER {source}: {text[s:e]!r} in {text!r}")
    for key, (hits, total) in sorted(found.items()):
        print(f"{key:40} {hits:5}/{total:<5} {hits / total:.3f}")
    print(f"[date] spans covering no date of the patterns (read with --fps): {false}")
    found["other-dates"] = [false, 0]
    return dict(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--show", choices=("dev", "held", ""), default="")
    parser.add_argument("--fps", action="store_true")
    args = parser.parse_args()
    run(args.files, args.show, args.fps)


if __name__ == "__main__":
    main()
