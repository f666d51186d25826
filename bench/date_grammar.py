"""Dates of a day as the grammar of Swedish, Danish, Norwegian (Bokmål and Nynorsk), Finnish,
German and English writes them, and every CLDR pattern of every locale of those languages and
of the largest immigrant-group languages in Latin script (development-time only).

    .venv/bin/python -m bench.date_grammar [--show] [--held] [--seed 11] [--per 6]

Written from grammar and from the Unicode CLDR via Babel, never from a set's strings:

- `cldr:*`: `format_date` full/long/medium/short and the common skeletons with a day ("d MMM",
  "E d.M.", "yMMMd", ...) of every Babel locale of the focus languages (en_*, de_*, sv_*, fi_*,
  da_*, nb_*, nn_*) and of Polish, Somali, Turkish, Bosnian, Croatian, Serbian (Latin),
  Albanian, Kurmanji, Spanish and Arabic-speakers' French (`IMMIGRANT`, reported apart).
- `gram:*`: forms the patterns do not show: Finnish case forms of months and of numeric dates
  ("maaliskuun 3. päivänä", "3. maaliskuuta", "3.3.2026:n", "3.3.:stä"), Nordic "den 3. marts",
  "d. 3/3-26", "3/3 -26", "3:e mars", "tredje mars", a weekday before a date, English ordinals,
  ranges, abbreviations with and without the full stop, two-digit years, spaces inside numeric
  dates ("3. 3. 2026").

Each form sits in a sentence without a word that dates it ("plain") and in one with such a word
("cued"). A quarter of the form names (`held_out`: crc32 of the name) and the dates of a second
seed are held out: the rules were written against the other share only, and `--held` prints
the held-out share's figures (never its misses). `NEGATIVE` holds the numbers that must stay:
clock times, scores, decimals, versions, section and page numbers, verse references, amounts,
a year alone, ordinals of things; every date found there is a false positive.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import zlib
from collections import defaultdict
from collections.abc import Iterator

from babel import Locale, dates, localedata
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from bench.date_atlas import _found

FOCUS = ("sv", "da", "nb", "nn", "fi", "de", "en")
IMMIGRANT = ("pl", "so", "tr", "bs", "hr", "sr_Latn", "sq", "ku", "es", "fr")
SKELETONS = ("d MMM", "d MMMM", "E d MMM", "EEEE d MMMM", "d.M.", "E d.M.", "d MMM y", "d.M.yy")
AVAILABLE = ("MMMd", "MMMMd", "MMMEd", "Md", "MEd", "yMMMd", "yMMMEd", "yMd", "yMEd")

FRAMES: dict[str, tuple[str, str]] = {  # (plain, cued)
    "sv": ("Hon berättade om {} i intervjun.", "Vi ses igen den {} på kontoret."),
    "da": ("Hun fortalte om {} i interviewet.", "Mødet blev flyttet til {} efter aftale."),
    "nb": ("Hun fortalte om {} i intervjuet.", "Neste møte blir {} på kontoret."),
    "nn": ("Ho fortalde om {} i intervjuet.", "Neste møte blir {} på kontoret."),
    "fi": ("Hän kertoi haastattelussa {} tapahtuneesta.", "Seuraava tapaaminen on {} toimistolla."),
    "de": ("Sie erzählte vom {} im Gespräch.", "Der nächste Termin ist am {} in der Praxis."),
    "en": ("She talked about {} in the interview.", "The next visit is on {} at the office."),
}

# Numbers that must stay, in each language's sentences.
NEGATIVE = [
    # clock times
    "Vi ses kl. 3.30 i morgon.",
    "Mötet börjar 15.30 och slutar 16.45.",
    "Hun kom kl. 9.15.",
    "Tapaaminen alkaa klo 15.30.",
    "Termin um 15.30 Uhr.",
    "The bus left at 3.30 and at 12.05.",
    "Han ringde 13.05.",
    "Hän soitti klo 8.10.",
    "Bussen går 7.45, 8.15 og 8.45.",
    # scores and counts
    "Laget vann med 3-5 i går.",
    "Kampen slutade 3–5.",
    "Peli päättyi 3-5.",
    "Das Spiel endete 3:5.",
    "They lost 3-5 at home.",
    "Hon fick 3-5 rätt av tio.",
    "Han har 3-5 timmar kvar.",
    "Det tar 3-5 dage.",
    "Se tar 3-5 päivää.",
    "It takes 3-5 days.",
    "Er braucht 3-5 Wochen.",
    # decimals and amounts
    "Dosen höjdes till 3.5 mg.",
    "Hb var 12.3 idag.",
    "Hinta oli 3,50 euroa.",
    "Es kostete 1.250,50 Euro.",
    "It cost 3.50 pounds.",
    "Hon betalade 1.500 kr.",
    "Lønnen er 32.500 kroner.",
    "Arvo nousi 3.3:een.",
    "CRP 3.3, Hb 12.5.",
    # versions, sections, pages, verses, chapters
    "Vi använde version 3.3.2 av programmet.",
    "Se avsnitt 3.3 i rapporten.",
    "Katso kohta 3.3. ja luku 5.",
    "Siehe Abschnitt 3.3.1 und Kapitel 5.",
    "See section 3.3 and page 5.",
    "Läs s. 3-5 och kap. 12.",
    "Se side 3-5.",
    "Han citerade Joh. 3:16.",
    "He quoted John 3:16 and Gen 1:1.",
    "Lue sivut 3-5.",
    "Paragraf 3.3.2 gäller.",
    # a year alone
    "Hon flyttade hit 2026.",
    "Hän muutti vuonna 2026.",
    "Sie zog 2026 um.",
    "He moved here in 2026.",
    "Studien pågår 2024-2026.",
    "Kullen från -26.",
    # ordinals of things and places
    "Hon kom på 3. plats.",
    "Hän tuli 3. kerran.",
    "Er wohnt im 3. Stock.",
    "Hun bor i 3. etasje.",
    "Det var 3. gang.",
    "Hän sijoittui 3. sijalle.",
    "Am 3. Tag ging es besser.",
    "She came 3rd of 12 runners.",
    "Den 3:e gången gick bättre.",
    "Tredje gången var bättre.",
    "Hän oli 3. luokalla.",
    "Klassen 3.–5. hade idrott.",
    # phone-like and other groups
    "Ring 040 123 4567.",
    "Puh. 09 3333 2026.",
    "Tel. 33 33 20 26.",
    "Hon har 3 barn och 5 barnbarn.",
    "Han var 26 år.",
    "Det var 3/4 av gruppen.",
    "Hon skattade 3/10.",
]

_EN_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
_SPELLED_SV = "första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde".split()
_SPELLED_DA = "første anden tredje fjerde femte sjette syvende ottende niende tiende".split()
_SPELLED_NB = "første andre tredje fjerde femte sjette sjuende åttende niende tiende".split()
_SPELLED_EN = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
_SPELLED_DE = "ersten zweiten dritten vierten fünften sechsten siebten achten neunten zehnten"


def held_out(name: str) -> bool:
    """A quarter of the form names, held out of the rules' writing."""
    return zlib.crc32(name.encode()) % 4 == 0


def _months(loc: Locale, width: str, context: str = "format") -> dict[int, str]:
    return {k: str(v) for k, v in loc.months[context][width].items()}


def _weekday(loc: Locale, day: dt.date, width: str = "wide") -> str:
    return str(loc.days["format"][width][day.weekday()])


def cldr(loc: Locale, day: dt.date) -> Iterator[tuple[str, str]]:
    for width in ("full", "long", "medium", "short"):
        yield f"cldr:{width}", dates.format_date(day, width, locale=loc)
    for skeleton in AVAILABLE:
        if skeleton in loc.datetime_skeletons:
            yield f"cldr:skel:{skeleton}", dates.format_skeleton(skeleton, day, locale=loc)
    for pattern in SKELETONS:
        yield f"cldr:pattern:{pattern}", dates.format_date(day, pattern, locale=loc)


def grammar(lang: str, day: dt.date) -> Iterator[tuple[str, str]]:
    """Forms the grammar of `lang` writes that CLDR's patterns do not show."""
    loc = Locale.parse(lang)
    d, m, y, yy = day.day, day.month, day.year, f"{day.year % 100:02d}"
    d2 = min(d + 2, 28)
    wide, abbr = _months(loc, "wide"), _months(loc, "abbreviated")
    month = wide[m]
    bare_abbr = abbr[m].rstrip(".")
    wd, wd_short = _weekday(loc, day), _weekday(loc, day, "abbreviated")
    yield "gram:space-numeric", f"{d}. {m}. {y}"
    yield "gram:two-digit-year", f"{d}.{m}.{yy}"
    yield "gram:padded-two-digit-year", f"{d:02d}.{m:02d}.{yy}"
    yield (
        "gram:range-month-year",
        (f"{d}–{d2} {month} {y}" if lang in ("sv", "en") else f"{d}.–{d2}. {month} {y}"),
    )
    hyphen = f"{d}-{d2} {month}" if lang in ("sv", "en") else f"{d}.-{d2}. {month}"
    yield "gram:range-hyphen", hyphen
    yield "gram:abbr-dot", f"{d} {bare_abbr}." if lang in ("sv", "en") else f"{d}. {bare_abbr}."
    yield "gram:abbr-bare", f"{d} {bare_abbr}" if lang in ("sv", "en") else f"{d}. {bare_abbr}"
    yield "gram:weekday-numeric", f"{wd} |{d}.{m}.{y}"
    yield "gram:weekday-short-numeric", f"{wd_short} |{d}.{m}."
    if lang == "fi":
        nominative = _months(loc, "wide", "stand-alone")[m]
        yield "gram:fi-genitive-paivana", f"{nominative}n {d}. päivänä"
        yield "gram:fi-genitive-paiva", f"{nominative}n {d}. päivä"
        yield "gram:fi-genitive-paivasta", f"{nominative}n {d}. päivästä"
        yield "gram:fi-partitive", f"{d}. {month}"
        yield "gram:fi-partitive-year", f"{d}. {month} {y}"
        yield "gram:fi-case-n", f"{d}.{m}.{y}|:n"
        yield "gram:fi-case-na", f"{d}.{m}.{y}|:nä"
        yield "gram:fi-case-sta", f"{d}.{m}.|:stä"
        yield "gram:fi-case-een", f"{d}.{m}.{y}|:een"
        yield "gram:fi-weekday-essive", f"{wd}na |{d}.{m}."
        yield "gram:fi-short-weekday", f"{wd_short[:2]} |{d}.{m}.{y}"
        yield "gram:fi-helmik", f"{d}. {abbr[m]}"
    if lang in ("da", "nb", "nn"):
        yield "gram:den-ordinal", f"den |{d}. {month}"
        yield "gram:d-slash-year", f"d. |{d}/{m}-{yy}"
        yield "gram:slash-space-year", f"{d}/{m} -{yy}"
        yield "gram:weekday-den", f"{wd} den |{d}. {month}"
        yield "gram:d-dot", f"d. |{d}.{m}.{y}"
        spelled = {"da": _SPELLED_DA, "nb": _SPELLED_NB, "nn": _SPELLED_NB}[lang]
        yield "gram:spelled", f"den |{spelled[(d - 1) % 10]} {month}"
    if lang == "sv":
        ending = "a" if d % 10 in (1, 2) and d not in (11, 12) else "e"
        yield "gram:sv-colon-e", f"{d}:{ending} {month}"
        yield "gram:sv-den-colon-e", f"den |{d}:{ending} {month}"
        yield "gram:sv-spelled", f"{_SPELLED_SV[(d - 1) % 10]} {month}"
        yield "gram:slash-dash-year", f"{d}/{m}-{yy}"
        yield "gram:slash-space-year", f"{d}/{m} -{yy}"
        yield "gram:month-dash-year", f"{d} {month} -{yy}"
        yield "gram:weekday-slash", f"{wd} |{d}/{m}"
    if lang == "de":
        yield "gram:de-den", f"{wd}, den |{d}. {month} {y}"
        yield "gram:de-vom-bis", f"vom |{d}. bis {d2}. {month}"
        yield "gram:de-ordinal", f"{d}. {month}"
        yield "gram:de-spelled", f"am |{_SPELLED_DE.split()[(d - 1) % 10]} {month}"
        yield "gram:de-weekday-short", f"{wd_short} |{d}.{m}."
    if lang == "en":
        suffix = _EN_SUFFIX.get(d, "th")
        yield "gram:en-ordinal-of", f"{d}{suffix} of {month}"
        yield "gram:en-month-ordinal-year", f"{month} {d}{suffix}, {y}"
        yield "gram:en-apostrophe-year", f"{d} {bare_abbr} '{yy}"
        yield "gram:en-month-range", f"{month} {d}-{d2}"
        yield "gram:en-weekday-ordinal", f"{wd}, |{month} {d}{suffix}"
        yield "gram:en-spelled", f"the {_SPELLED_EN[(d - 1) % 10]} of {month}"
        yield "gram:en-month-spelled", f"{month} {_SPELLED_EN[(d - 1) % 10]}"
        yield "gram:en-abbr-dot-first", f"{bare_abbr}. {d}, {y}"


def _date_part(text: str) -> str:
    """The date of a form: "den |3. marts" -> "3. marts", "3.3.2026|:n" -> "3.3.2026" (the
    words around it, a weekday, "den", a case ending, are no part of what is planted)."""
    before, bar, after = text.partition("|")
    if not bar:
        return text
    return before if after.startswith(":") else after


def _frames(text: str, plain: str, cued: str) -> list[tuple[str, str]]:
    """Both frames; only the cued one for a numeric day and month without a year ("3.5.",
    "3/5"), which context alone makes a date."""
    date = _date_part(text)
    if not any(c.isalpha() for c in date) and len(re.findall(r"\d+", date)) < 3:
        return [("cued", cued)]
    return [("plain", plain), ("cued", cued)]


def locales(languages: tuple[str, ...]) -> list[str]:
    names = localedata.locale_identifiers()
    return sorted(
        n
        for n in names
        if (n.split("_")[0] in languages or n in languages)
        and Locale.parse(n).script in (None, "Latn")  # not English in Deseret or Shavian
    )


def run(seed: int, per: int, show: bool, held: bool) -> dict[str, tuple[int, int]]:
    redactor = Redactor(Registry([]))
    days = random.Random(seed + (1000 if held else 0))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for group, languages in (("focus", FOCUS), ("immigrant", IMMIGRANT)):
        for name in locales(languages):
            loc = Locale.parse(name)
            lang = "sr" if name.startswith("sr") else loc.language
            plain, cued = FRAMES.get(lang, FRAMES["en"])
            for _ in range(per):
                day = dt.date(days.randint(1990, 2029), days.randint(1, 12), days.randint(1, 28))
                written = list(cldr(loc, day))
                if lang in FOCUS and "_" not in name:
                    written += list(grammar(lang, day))
                for form, text in written:
                    if held_out(form) != held:
                        continue
                    for kind, frame in _frames(text, plain, cued):
                        if form.startswith("cldr:") and group == "immigrant":
                            frame = FRAMES["en"][kind == "cued"]
                        sentence = frame.format(text.replace("|", ""))
                        hit = _found(redactor, sentence, _date_part(text))
                        for key in (f"{group}", f"{group}:{lang}", f"{group}:{form}"):
                            totals[key][0] += hit
                            totals[key][1] += 1
                        if show and not hit and not held:
                            print(f"  MISS {name} {form} {kind}: {redactor(sentence)!r}")
    false = 0
    for sentence in NEGATIVE:
        spans = [s for s in redactor.spans(sentence) if s.kind == "date"]
        false += len(spans)
        if spans and show:
            print(f"  FALSE POSITIVE: {sentence!r} -> {redactor(sentence)!r}")
    totals["negative:dates-found"] = [false, len(NEGATIVE)]
    return {k: (v[0], v[1]) for k, v in totals.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--per", type=int, default=6, help="dates per locale")
    parser.add_argument("--show", action="store_true", help="print the development misses")
    parser.add_argument("--held", action="store_true", help="the held-out share's figures only")
    args = parser.parse_args(argv)
    totals = run(args.seed, args.per, args.show, args.held)
    for key in sorted(totals):
        hit, n = totals[key]
        print(f"{key:40} {hit:6}/{n:<6} {hit / n if n else 0:.3f}")


if __name__ == "__main__":
    main()
