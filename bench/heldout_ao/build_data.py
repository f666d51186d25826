"""Build `data/sentences.tsv` for held-out AO from the STAR dialogue corpus.

STAR (Johannes E. M. Mosig, Shikib Mehri, Thomas Kober, "STAR: A Schema-Guided Dialog
Dataset for Transfer Learning", 2020; `RasaHQ/STAR`, MIT licence) holds 6,652 typed
conversations between two crowd workers, one asking (booking a ride, a table, a hotel room,
a doctor's appointment, planning a party, checking the weather) and one answering. Only the
typed turns (`"Action": "utter"`) are read, split into sentences, and kept when they name
nobody, hold no digit, clock time, month or weekday, and carry no capitalised word inside that
a name list knows (Faker's, 16 locales, and this set's own) or that STAR writes in lower case
more often; brands, venues and towns STAR's writers made up or named ("Uber", "The Porch",
"Shadyside") stay.

    python -m bench.heldout_ao.build_data path/to/STAR/dialogues
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TEXT_SOURCES = [("RasaHQ/STAR", "3058975092cdd09798e4a3a9e4ae135755824545", "MIT")]
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
I_FORMS = {"i", "i'm", "i've", "i'd", "i'll"}
MONTHS = {
    "en": "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday "
    "thursday friday saturday sunday weekend christmas easter halloween thanksgiving",
}
_CLOCK = set("am pm oclock o'clock noon midnight thirty fifteen quarter".split())
_RUDE = set(
    "damn hell crap crappy sucks sexy kill killed die died dead drunk idiot stupid dumb "
    "shoot shot gun attack combat explosions explosion stole steal stealing stolen robbed "
    "fool sex god jesus christ lord weed wine beer beers bourbon drinks drinking".split()
)
_CHARACTERS = set("fran nemo ingersoll sirius chewie han yoda kylo jonesy".split())
_TITLES = set("mr mrs ms dr miss sir madam lady saint st prof uncle aunt mom dad".split())
_SHAPE = re.compile(r"[A-Za-z' ,.!?;-]+")
_LOCALES = (
    "en_US",
    "en_GB",
    "en_IE",
    "en_CA",
    "en_AU",
    "en_NZ",
    "da_DK",
    "sv_SE",
    "no_NO",
    "fi_FI",
    "de_DE",
    "nl_NL",
    "fr_FR",
    "it_IT",
    "es_ES",
    "pl_PL",
)


def _faker_names() -> set[str]:
    from faker import Faker

    names: set[str] = set()
    for locale in _LOCALES:
        provider = Faker(locale).provider("faker.providers.person")
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            values = getattr(provider, attr, None) or ()
            names |= {str(v).lower() for v in values}
    return names


def _turns(root: Path) -> list[tuple[str, str, str]]:
    out = []
    for f in sorted(root.glob("*.json"), key=lambda p: int(p.stem)):
        d = json.loads(f.read_text(encoding="utf-8"))
        for e in d["Events"]:
            if e.get("Action") == "utter" and e.get("Agent") in ("User", "Wizard"):
                out.append((str(d["DialogueID"]), e["Agent"].lower(), e["Text"]))
    return out


def _split(text: str) -> list[str]:
    text = " ".join(text.split())
    parts = re.split(r"(?<=[.!?])\s+", text)
    out = []
    for p in parts:
        p = p.strip()
        if not p:
            continue
        p = re.sub(r"([!?.])[!?.]+$", r"\1", p[0].upper() + p[1:])
        if p[-1].isalpha():
            p += "."
        out.append(p)
    return out


def _keep(
    s: str,
    names: set[str],
    lower_often: set[str],
    word_names: set[str],
    allowed: set[str] | None = None,
) -> bool:
    if not (20 <= len(s) <= 220) or not _SHAPE.fullmatch(s) or not s[0].isalpha():
        return False
    if re.search(r"[.!?;].", s[:-1].replace("...", "")) or ".." in s or "--" in s:
        return False
    words = TOKEN.findall(s)
    if not 4 <= len(words) <= 36:
        return False
    if s[-1] not in ".!?":
        return False
    for i, w in enumerate(words):
        low = w.lower().split("'")[0] if w.lower() not in I_FORMS else w.lower()
        if i and any(c.isupper() for c in w) and low not in I_FORMS and low not in word_names:
            if low in names or low in lower_often or (allowed is not None and w not in allowed):
                return False  # a capitalised word a name list knows, or one STAR rarely has
        if low in _CLOCK or low in _RUDE or low in _TITLES or low in MONTHS["en"].split():
            return False
        if low in names and low not in lower_often and low not in word_names:
            return False
    return True


def build(root: Path) -> list[tuple[str, str, str]]:
    from bench.heldout_ao import people

    word_names = {w.lower() for w in people.WORD_NAMES}
    own = {n.lower() for n in people.name_words(with_word_names=False)}
    names = _faker_names() | own
    turns = _turns(root)
    low: Counter = Counter()
    cap: Counter = Counter()
    for _, _, t in turns:
        for m in TOKEN.finditer(t):
            w = m.group()
            if w.islower():
                low[w] += 1
            elif w.istitle() and m.start() and t[: m.start()].rstrip()[-1:] not in ".!?":
                cap[w.lower()] += 1
    lower_often = {w for w in low if low[w] >= 3 and low[w] > cap[w]} - own
    # capitalised words inside a sentence: only the brands, venues and towns STAR's writers
    # use again and again (8 times or more), none a name list knows, none of a few made-up
    # characters' names
    inner: Counter = Counter()
    for _, _, text in turns:
        for s in _split(text):
            if _keep(s, names, lower_often, word_names):
                for w in TOKEN.findall(s)[1:]:
                    if w[0].isupper() and w.lower() not in I_FORMS:
                        inner[w] += 1
    allowed = {w for w, n in inner.items() if n >= 8 and w.lower() not in _CHARACTERS}
    seen: set[str] = set()
    rows = []
    for dialogue, agent, text in turns:
        for s in _split(text):
            if s in seen or not _keep(s, names, lower_often, word_names, allowed):
                continue
            seen.add(s)
            rows.append((dialogue, agent, s))
    return rows


def main(argv: list[str]) -> None:
    root = Path(argv[1])
    rows = build(root)
    # a sentence that is the tail of a longer kept one would repeat inside it: leave it out
    longer = sorted({r[2] for r in rows}, key=len, reverse=True)
    kept_rows = []
    tails = set()
    for s in longer:
        for k in range(1, len(s)):
            if s[k - 1] == " " and s[k].isupper():
                tails.add(s[k:])
    for r in rows:
        if r[2] not in tails:
            kept_rows.append(r)
    DATA.mkdir(exist_ok=True)
    with (DATA / "sentences.tsv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["dialogue", "speaker", "sentence"])
        w.writerows(kept_rows)
    print(len(kept_rows), "sentences")


if __name__ == "__main__":
    main(sys.argv)
