"""Whole date expressions, with the article and the preposition that go with a day's date, in
the layouts of a Nordic study's notes (development-time only).

    .venv/bin/python -m bench.date_phrases [--show] [--seed 7] [--per 40]

A date in a note is often more than its figures: "on the 12th of March", "by 3rd of May",
"the 3rd", Swedish "den 3:e maj" (a Nordic day without the ordinal's ending, "den 3. mai",
"d. 3. marts", keeps its "den" out, as the release writes it); and a bare day and month
closes a clause after a preposition of time ("at 9/9.", "til 12/03.", "på 3/3."). Here the
whole expression is what must be covered: a release that keeps "on the" of "on the [date]"
keeps nothing that identifies, but a reader of the forms below counts it as
half a date. Each form is written from grammar (English ordinal suffixes, the Swedish ":e"/
":a", the Nordic "3."), months from the Unicode CLDR through Babel, the days from Faker
(seeded), and put in sentences written for this bench, opened as notes open their lines
(a clock time "10:42 ", a bullet "- ", "* ", "• ", nothing).

A fourth of the (form, sentence) pairs (crc32) are held out: fixes are checked on them and
never tuned on them; `--show` prints the misses of the development share only. `NEGATIVE`
holds numbers and ordinals that are no date (fractions, scores, ratios, ordinals of things);
every date found there is a false positive.
"""

from __future__ import annotations

import argparse
import random
import zlib
from collections import defaultdict
from collections.abc import Iterator

from babel import dates
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry
from faker import Faker

_SPELLED = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_UNITS = _SPELLED[:9]


def _spelled(day: int) -> str:
    if day <= 20:
        return _SPELLED[day - 1]
    tens = "twenty" if day < 30 else "thirty"
    return tens + "-" + _UNITS[day % 10 - 1] if day % 10 else ("twentieth", "thirtieth")[day >= 30]


def _suffix(day: int) -> str:
    if day % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _sv_suffix(day: int) -> str:
    return ":a" if day % 10 in (1, 2) and day % 100 not in (11, 12) else ":e"


# (language, form name, template); what stands before "|" is context, not the date ("on
# |9/9": a bare day and month after a preposition is its figures); {o} English ordinal, {s}
# spelled, {e} Swedish ":e"/":a", {M} month as CLDR writes it (English capitalised), {d}, {m}
# day and month, {dd}, {mm} with two digits, {y} year.
FORMS = [
    ("en", "the-o-of-M", "the {o} of {M}"),
    ("en", "on-the-o-of-M", "on the {o} of {M}"),
    ("en", "on-o-of-M", "on {o} of {M}"),
    ("en", "by-the-o-of-M", "by the {o} of {M}"),
    ("en", "until-the-o-of-M", "until the {o} of {M}"),
    ("en", "the-s-of-M", "the {s} of {M}"),
    ("en", "on-the-o-M", "on the {o} {M}"),
    ("en", "on-the-o", "on the {o}"),
    ("en", "the-o-of-M-y", "the {o} of {M} {y}"),
    ("en", "on-d/m", "on |{d}/{m}"),
    ("en", "by-dd/mm", "by |{dd}/{mm}"),
    ("en", "at-d/m", "at |{d}/{m}"),
    ("en", "during-d/m", "during |{d}/{m}"),
    ("sv", "den-d:e-M", "den {e} {M}"),
    ("sv", "den-d:e", "den {e}"),
    ("sv", "den-d-M", "den |{d} {M}"),
    ("sv", "på-d/m", "på |{d}/{m}"),
    ("sv", "innan-d/m", "innan |{d}/{m}"),
    ("nb", "den-d.-M", "den |{d}. {M}"),
    ("nb", "til-d/m", "til |{d}/{m}"),
    ("nb", "etter-dd/mm", "etter |{dd}/{mm}"),
    ("nb", "innen-d/m", "innen |{d}/{m}"),
    ("da", "d.-d.-M", "d. |{d}. {M}"),
    ("da", "den-d.-M", "den |{d}. {M}"),
    ("da", "inden-d/m", "inden |{d}/{m}"),
    ("da", "fra-d/m", "fra |{d}/{m}"),
]
# Sentences with the date at their end ("{}.") or inside them.
FRAMES = {
    "en": [
        "She came back {}.",
        "He said the rent was paid {}.",
        "The appointment with the nurse was moved {}.",
        "Her brother phoned {} and asked for help.",
        "It happened {}, she told us.",
        "They will decide {}.",
        "He stopped taking the tablets {}.",
        "The letter arrived {}, too late.",
    ],
    "sv": [
        "Hon kom tillbaka {}.",
        "Han sa att hyran betalades {}.",
        "Mötet flyttades {}, sa hon.",
        "Hon slutade med tabletterna {}.",
        "Vi hörs igen {}.",
        "Brevet kom {} och hon blev arg.",
    ],
    "nb": [
        "Hun kom tilbake {}.",
        "Han sa at husleien ble betalt {}.",
        "Hun sluttet med tablettene {}.",
        "Vi snakkes igjen {}.",
        "Brevet kom {}, for sent.",
        "Han var borte {}.",
    ],
    "da": [
        "Hun kom tilbage {}.",
        "Han sagde at huslejen blev betalt {}.",
        "Hun stoppede med tabletterne {}.",
        "Vi ses igen {}.",
        "Brevet kom {}, for sent.",
        "Han var væk {}.",
    ],
}
OPENINGS = ("", "10:42 ", "- ", "* ", "• ")
LOCALES = {"en": "en_GB", "sv": "sv_SE", "nb": "nb_NO", "da": "da_DK"}

NEGATIVE = [
    "She gave the 3rd of the children a book.",
    "He came 3rd in the race.",
    "On the 2nd floor there is a kitchen.",
    "Only 9/9 of the items were done.",
    "The dose was cut to 1/2.",
    "Dosen sänktes till 1/2.",
    "Dosen ble redusert til 1/2 tablett.",
    "Han vant kampen på 3/1.",
    "The team won 3/1.",
    "The ratio was at 3/1.",
    "He runs at 3/4 speed.",
    "Hun svarte riktig på 7/9.",
    "She rated her sleep at 6/10.",
    "Den 3:e gången gick det bra.",
    "Hun fik 4/5 rigtige på prøven.",
    "Det tog 2/3 af tiden.",
    "Hon åt upp på 3/4.",
    "Han var 1/2 år på sykehuset.",
    "It was about 1/3.",
    "She was 3rd of 12 runners.",
]


def _key(*parts: str) -> int:
    return zlib.crc32("|".join(parts).encode())


def held(form: str, frame: str) -> bool:
    """A fourth of the (form, sentence) pairs, held out of the rules' writing."""
    return _key(form, frame) % 4 == 0


def cases(seed: int, per: int) -> Iterator[tuple[str, str, bool, str, str]]:
    """(language, form, held out, sentence, the date expression in it)."""
    faker = Faker("en_GB")
    faker.seed_instance(seed)
    rng = random.Random(seed)
    for lang, form, template in FORMS:
        months = dates.get_month_names("wide", locale=LOCALES[lang])
        for _ in range(per):
            day = faker.date_between(start_date="-3y", end_date="+1y")
            month = months[day.month]
            written = template.format(
                o=f"{day.day}{_suffix(day.day)}",
                s=_spelled(day.day),
                e=f"{day.day}{_sv_suffix(day.day)}",
                M=month.capitalize() if lang == "en" else month,
                d=day.day,
                m=day.month,
                dd=f"{day.day:02d}",
                mm=f"{day.month:02d}",
                y=day.year,
            )
            context, _, written = written.rpartition("|")  # "on |9/9": the figures alone
            frame = rng.choice(FRAMES[lang])
            sentence = frame.format(context + written)
            text = rng.choice(OPENINGS) + sentence
            yield lang, form, held(form, frame), text, written


def covered(redactor: Redactor, text: str, written: str) -> tuple[bool, bool]:
    """(every letter and digit of `written` is in a date; its figures are)."""
    start = text.index(written)
    spans = [s for s in redactor.spans(text) if s.kind == "date"]

    def inside(i: int) -> bool:
        return any(s.start <= i < s.end for s in spans)

    chars = [i for i in range(start, start + len(written)) if text[i].isalnum()]
    digits = [i for i in chars if text[i].isdigit()] or chars
    return all(inside(i) for i in chars), any(inside(i) for i in digits)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per", type=int, default=40, help="dates per form")
    parser.add_argument("--show", action="store_true", help="print the development misses")
    args = parser.parse_args()
    redactor = Redactor(Registry([]))
    totals: dict[tuple[str, bool], list[int]] = defaultdict(lambda: [0, 0, 0])
    per_form: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for lang, form, is_held, text, written in cases(args.seed, args.per):
        whole, figures = covered(redactor, text, written)
        t = totals[(lang, is_held)]
        t[0] += whole
        t[1] += figures
        t[2] += 1
        if not is_held:
            per_form[f"{lang}:{form}"][0] += whole
            per_form[f"{lang}:{form}"][1] += 1
            if args.show and not whole:
                print("MISS", form, repr(text), redactor(text))
    for (lang, is_held), (whole, figures, n) in sorted(totals.items()):
        share = "held" if is_held else "dev "
        print(f"{lang} {share} whole {whole}/{n} {whole / n:.3f}  figures {figures / n:.3f}")
    for form, (whole, n) in sorted(per_form.items()):
        if whole < n:
            print(f"  dev {form}: {whole}/{n}")
    false = [t for t in NEGATIVE if any(s.kind == "date" for s in redactor.spans(t))]
    print(f"negative: {len(false)} of {len(NEGATIVE)} with a date")
    for t in false:
        print("  FP", repr(t), redactor(t))


if __name__ == "__main__":
    main()
