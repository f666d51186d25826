"""Dates in every form a reader writes, in the fifteen locales of a Nordic study's notes, with a
development share and a held-out share (development-time only).

    .venv/bin/python -m bench.reader_dates [--show] [--seed 9] [--per 6] [--share dev]

The forms come from the Unicode CLDR through Babel, generated at run time (nothing of CLDR is
kept in the repository): the four date widths, every `availableFormats` skeleton with a day
and the interval formats (`bench/date_atlas_cldr.py`), weekdays, English ordinals ("the 3rd of
May", "May 3rd, 2024", "3rd May"), Finnish genitive months, Swedish ":e", spelled ordinals,
and shapes typed by hand that CLDR has no pattern for: ISO and compact dates ("2024-05-03",
"20240503", "240503"), ranges ("3-5 May", "12.-14.3.", "3–5/5", "3/5–5/5") and a day and
month with a weekday. Each date is put in a sentence of its own language.

The split is fixed by a checksum of locale and form: about a third of the (locale, form) pairs,
with sentences of their own (`FRAMES[...]["held"]`), are the held-out share, reported in
totals only, so that a rule is written against the development share and checked on forms
and sentences it never saw. A day alone ("3.", "3.–5.", "Fri 3") is reported apart as
`day-alone`: it is no date without a month.

Precision: `NEGATIVE` holds numbers that are no date in each language (scores "mående till
5/10", "VAS 7/10", doses, times, amounts, versions, ratios, page numbers, counts); every
`[date]` found there is a false positive.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import zlib
from collections import defaultdict
from collections.abc import Callable

from babel import Locale, dates
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from bench.date_atlas import _found
from bench.date_atlas_cldr import _EN_SUFFIX, Form, _mon, _wd, broader

LOCALES = (
    "en_US en_GB en_IE en_AU en_CA en_IN sv_SE sv_FI da_DK nb_NO nn_NO fi_FI de_DE de_AT de_CH"
).split()

# "plain": a sentence with no word that dates what follows; "cued": one with such a word (a
# day and month without a year could be a score without it). Development and held-out
# sentences differ.
FRAMES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "en": {
        "dev": {
            "plain": ("She wrote {} in her diary.", "Her brother arrived {} from abroad."),
            "cued": ("Seen on {} at the clinic.", "Next appointment {}, at the clinic."),
        },
        "held": {
            "plain": (
                "The council's letter was dated {} and she kept it.",
                "They moved {} after the fire.",
            ),
            "cued": ("Follow-up visit {} with the nurse.", "Discharged {} to her daughter's home."),
        },
    },
    "sv": {
        "dev": {
            "plain": ("Hon skrev {} i sin dagbok.", "Hon flyttade {} till en ny lägenhet."),
            "cued": ("Återbesök {} på mottagningen.", "Läkarbesök {}, pat trött."),
        },
        "held": {
            "plain": ("Mamman ringde {} och lät orolig.", "Han skrevs ut {} till hemmet."),
            "cued": ("Nytt besök bokat {} kl 10.", "Inskriven {} på avdelning 4."),
        },
    },
    "da": {
        "dev": {
            "plain": ("Hun skrev {} i dagbogen.", "Hun flyttede {} til en ny lejlighed."),
            "cued": ("Mødet er flyttet til {}.", "Kontrol {} hos lægen."),
        },
        "held": {
            "plain": ("Moren ringede {} og var bekymret.",),
            "cued": ("Ny tid bestilt {} kl. 10.",),
        },
    },
    "nb": {
        "dev": {
            "plain": ("Hun skrev {} i dagboken.", "Hun flyttet {} til en ny leilighet."),
            "cued": ("Neste møte {} på kontoret.", "Kontroll {} hos legen."),
        },
        "held": {
            "plain": ("Moren ringte {} og var bekymret.",),
            "cued": ("Ny time bestilt {} kl. 10.",),
        },
    },
    "nn": {
        "dev": {
            "plain": ("Ho skreiv {} i dagboka.", "Ho flytta {} til ei ny leilegheit."),
            "cued": ("Neste møte {} på kontoret.", "Kontroll {} hos legen."),
        },
        "held": {
            "plain": ("Mora ringde {} og var uroleg.",),
            "cued": ("Ny time tinga {} kl. 10.",),
        },
    },
    "fi": {
        "dev": {
            "plain": ("Hän kirjoitti {} päiväkirjaan.", "Hän muutti {} uuteen asuntoon."),
            "cued": ("Tapaaminen {} vastaanotolla.", "Kontrollikäynti {} lääkärillä."),
        },
        "held": {
            "plain": ("Äiti soitti {} ja oli huolissaan.",),
            "cued": ("Uusi aika varattu {} klo 10.",),
        },
    },
    "de": {
        "dev": {
            "plain": ("Sie schrieb {} ins Tagebuch.", "Sie zog {} in eine neue Wohnung."),
            "cued": ("Termin am {} in der Praxis.", "Kontrolle {} beim Arzt."),
        },
        "held": {
            "plain": ("Die Mutter rief {} an und war besorgt.",),
            "cued": ("Neuer Termin {} um 10 Uhr.",),
        },
    },
}

DAY_ALONE = ("avail:d", "avail:Ed", "interval:d:d")


def typed(locale: Locale, day: dt.date) -> list[Form]:
    """ISO and compact dates, ranges and ordinals typed by hand in `locale`'s language."""
    lang = locale.language
    d, m, y = day.day, day.month, day.year
    e = d + 2  # the range ends two days later (days are drawn up to the 26th)
    month = _mon(locale, day)
    out: list[Form] = [
        ("typed:iso", "plain", day.isoformat()),
        ("typed:compact", "cued", f"{y}{m:02d}{d:02d}"),
        ("typed:compact-short", "cued", f"{y % 100:02d}{m:02d}{d:02d}"),
        ("typed:iso-range", "plain", f"{day.isoformat()}–{e:02d}"),
        ("typed:dotted-range", "cued", f"{d}.-{e}.{m}."),
        ("typed:dotted-range-year", "plain", f"{d}.-{e}.{m}.{y}"),
        ("typed:numeric-range", "cued", f"{d}.{m}.–{e}.{m}."),
    ]
    if lang == "en":
        s, t = _EN_SUFFIX.get(d, "th"), _EN_SUFFIX.get(e, "th")
        out += [
            ("typed:en-range", "plain", f"{d}-{e} {month}"),
            ("typed:en-month-range", "plain", f"{month} {d}-{e}"),
            ("typed:en-ordinal-range", "plain", f"{d}{s}-{e}{t} {month}"),
            ("typed:en-ordinal-day-month", "plain", f"{d}{s} {month}"),
            (
                "typed:en-the-ordinal-of",
                "They moved on the {} after the fire.",
                f"{d}{s} of {month}",
            ),
            ("typed:en-month-ordinal-year", "plain", f"{month} {d}{s}, {y}"),
            ("typed:en-ordinal-month-year", "plain", f"{d}{s} {month} {y}"),
            ("typed:en-weekday-ordinal", "plain", f"{_wd(locale, day, 'wide')} {d}{s} {month}"),
            ("typed:slash-range", "cued", f"{d}/{m}-{e}/{m}"),
        ]
    elif lang == "sv":
        out += [
            ("typed:sv-range", "plain", f"{d}-{e} {month}"),
            ("typed:sv-slash-range", "cued", f"{d}–{e}/{m}"),
            ("typed:sv-slash-pair-range", "cued", f"{d}/{m}–{e}/{m}"),
            ("typed:sv-weekday-slash", "plain", f"{_wd(locale, day, 'wide')} {d}/{m}"),
            ("typed:sv-slash-short-year", "plain", f"{d}/{m}-{y % 100:02d}"),
        ]
    elif lang == "fi":
        out += [
            ("typed:fi-range", "plain", f"{d}.–{e}. {month}"),
            ("typed:fi-ordinal-paivana", "plain", f"{d}. päivänä {month}"),
        ]
    else:
        out += [
            ("typed:dotted-month-range", "plain", f"{d}.–{e}. {month}"),
            ("typed:slash-range", "cued", f"{d}/{m}-{e}/{m}"),
        ]
    return out


def forms(name: str, day: dt.date) -> list[Form]:
    """Every form of `day` in locale `name`, with the kind of sentence it goes in."""
    locale = Locale.parse(name)
    out: list[Form] = []
    for width in ("short", "medium", "long", "full"):
        written = dates.format_date(day, width, locale=locale)
        out.append((f"cldr:{width}", "plain", written))
    out += [(f, k if "{}" in k else _kind(w), w) for f, k, w in broader(name, day)]
    return out + typed(locale, day)


def _kind(written: str) -> str:
    """ "plain" when the date carries a month word or a four-digit year, else "cued"."""
    if any(c.isalpha() for c in written):
        return "plain"
    digits = [run for run in "".join(c if c.isdigit() else " " for c in written).split()]
    return "plain" if any(len(run) == 4 for run in digits) else "cued"


def share(name: str, form: str) -> str:
    """ "held" for about a third of the (locale, form) pairs, "dev" for the rest."""
    return "held" if zlib.crc32(f"{name}|{form}".encode()) % 3 == 0 else "dev"


NEGATIVE = (
    "She rated her mood 8/10 today and 6/10 yesterday.",
    "Pain 4/10, sleep 5/10, VAS 7/10.",
    "Took 1/2 tablet in the morning, 3/4 of the dose.",
    "Version 3.5.24 of the app crashed; v1.2.10 did not.",
    "Meeting from 10.15 to 11.30, then lunch at 12:45.",
    "BP 120/80, pulse 72, temp 37.2.",
    "See page 3/5 of the leaflet and pages 12-14.",
    "Ratio 1:3, dilution 1/10, mix 2/3 water.",
    "He answered 3/5 questions and got 4/5 right.",
    "The rent is 1,250.50 and she owes 3.50.",
    "Mående till 5/10 idag, 3/10 igår.",
    "Smärta VAS 6/10, sover 4-5 timmar.",
    "Hon tar 1-2 tabletter 3 ggr/dag, 2,5 mg x 2.",
    "Hyran är 12.500 kr, hon är skyldig 1.250,50 kr.",
    "Se sidan 3/5 i broschyren, kapitel 4.3.",
    "Mødet varede fra 10.15 til 11.30.",
    "Hun tager 1-2 tabletter 2 gange dagligt, smerte 7/10.",
    "Blodtrykk 130/85, puls 64, 2/3 av dosen.",
    "Ho fekk 3/5 poeng og 4/5 rette svar.",
    "Hän ottaa 1-2 tablettia 3 kertaa päivässä, kipu 6/10.",
    "Versio 2.4.1 kaatui, 3.5.12 toimi.",
    "Sie nimmt 1-2 Tabletten 3-mal täglich, Schmerz 5/10.",
    "Noten 5/6 und 4/6 im Zeugnis, Seite 3/4.",
    "GCS 14/15, MMSE 24/30, MoCA 26/30.",
    "They won 3-1 and then 2-0; the score was 3:1 at half time.",
    "Kapitel 3. Ergebnisse und 4. Diskussion.",
    "Hän asuu 3. kerroksessa ja tuli 2. maaliin.",
    "Hun boede på 3. sal; han kom på 2. plads.",
)


def run(
    seed: int, per: int, show: str, emit: Callable[[str], None] = print
) -> dict[str, list[int]]:
    """Recall per share, form and locale, and the dates found in `NEGATIVE`.

    `show` is "dev" to print the development share's misses, "" for none; the held-out
    share's misses are never printed."""
    rng = random.Random(seed)
    plain = Redactor(Registry([]))
    first = Redactor(Registry([]), month_first=True)
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in LOCALES:
        lang = name.split("_")[0]
        redactor = first if name in ("en_US", "en_CA") else plain
        for _ in range(per):
            day = dt.date(rng.randint(1990, 2029), rng.randint(1, 12), rng.randint(1, 26))
            for form, kind, written in forms(name, day):
                part = share(name, form)
                frame = kind if "{}" in kind else rng.choice(FRAMES[lang][part][kind])
                text = frame.format(written)
                hit = _found(redactor, text, written)
                whole = "day-alone" if form in DAY_ALONE else part
                keys = [f"{whole}:all", f"{whole}:{lang}"]
                if whole == "dev":
                    keys += [f"dev-form:{form}", f"dev-locale:{name}"]
                for key in keys:
                    found[key][0] += hit
                    found[key][1] += 1
                if show == "dev" == whole and not hit:
                    emit(f"  MISS {name} {form}: {text!r} -> {redactor(text)!r}")
    false = 0
    for text in NEGATIVE:
        spans = [s for s in plain.spans(text) + first.spans(text) if s.kind == "date"]
        false += len(spans)
        if show and spans:
            emit(f"  FALSE POSITIVE: {text!r} -> {plain(text)!r}")
    found["negative:dates-found"] = [false, 2 * len(NEGATIVE)]
    for key, (hits, total) in sorted(found.items()):
        if not key.startswith("negative"):
            emit(f"{key:40} {hits:5}/{total:<5} {hits / total:.3f}")
    emit(f"dates found in {len(NEGATIVE)} sentences without a date (two readings): {false}")
    return dict(found)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--per", type=int, default=6, help="dates per locale")
    parser.add_argument("--show", action="store_true", help="print the development misses")
    args = parser.parse_args(argv)
    run(args.seed, args.per, "dev" if args.show else "")


if __name__ == "__main__":
    main()
