"""Build held-out AI's sentence pool (`data/sentences.tsv`) from its two published sources.

    python -m bench.heldout_ai.build_data P4G_DIALOG_CSV FINENG_XML

- `p4g`: Persuasion for Good (Wang, Shi, Kim, Oh, Yang, Zhang and Yu, ACL 2019), crowd workers
  typing to each other about giving to a children's charity, in the first person
  (`data/FullData/full_dialog.csv`, column `Unit`; Apache 2.0).
- `fineng`: Kristian Virtanen's Finnish-English translation set (`EkBass/fin-eng-translations-set`,
  `data-packs/fineng-xml.xml`, the `<fin>` side only; CC BY 4.0), Finnish sentences of everyday
  life written by its author.

A sentence is kept only when nobody could be named in it: no capital letter after its first word
(but "I" and its contractions), a first word its source also writes in lower case, no digit, no
month or weekday word, no word of a statute (Finnish), no word of any of this set's name
lists (word-names aside: a sentence
holding one is kept, the word is then an ordinary use), 3-30 words of letters, spaces and
`, . ! ? ' -`, one final stop. Finnish ones need a Finnish function word and no English one.
"""

from __future__ import annotations

import csv
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TEXT_SOURCES = [
    ("ohyj1002/persuasionforgood", "3fbc0df7bd2a081413cad6e6092e7c712efc26c4", "Apache 2.0"),
    ("EkBass/fin-eng-translations-set", "53b7a43a45d93b3ca5b7a22042052fab15317799", "CC BY 4.0"),
]
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
I_FORMS = {"i", "i'm", "i've", "i'd", "i'll"}
MONTHS = {
    "en": "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday christmas easter "
    "jan feb mar apr jun jul aug sep sept oct nov dec",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai "
    "sunnuntai joulu pääsiäinen juhannus tammikuuta helmikuuta maaliskuuta huhtikuuta "
    "toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta "
    "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina "
    "jouluna",
}
FI_FUNCTION = set(
    "minä sinä hän me te he se ne on oli ovat olen olet olemme ei en et emme että kun mutta "
    "jos ja tämä tuo hänen minun sinun meidän teidän heidän sen niin myös vain jo vielä "
    "nyt sitten aina koskaan kanssa mitä miksi missä kuka mikä".split()
)
EN_FUNCTION = set("the and of to is are was you what this that with".split())
LAW = ("säädet", "säädä", "viranomai", "asetuk", "pykälä", "momentti", "valtio")
LAW_WORDS = set("laki lain lakia laissa lailla lakiin lait lakeja laeissa".split())
ALLOWED = re.compile(r"^[^\W\d_][\w ,.!?'-]*[.!?]$")
SPLIT = re.compile(r"(?<=[.!?])\s+")


def _words(sentence: str) -> list[str]:
    return TOKEN.findall(sentence)


def _shape_ok(sentence: str, lo: int, hi: int, most: int) -> bool:
    if not (lo <= len(sentence) <= hi) or not ALLOWED.match(sentence):
        return False
    if any(c.isdigit() or c == "_" for c in sentence):
        return False
    if sum(sentence.count(c) for c in ".!?") != 1 or "--" in sentence or " -" in sentence:
        return False
    if " ," in sentence or " ." in sentence or "- " in sentence:
        return False
    words = _words(sentence)
    return 3 <= len(words) <= most


def _no_capitals(sentence: str) -> bool:
    words = _words(sentence)
    return not any(any(c.isupper() for c in w) for w in words[1:] if w.lower() not in I_FORMS)


def candidates_en(path: Path) -> list[str]:
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for part in SPLIT.split(" ".join(row["Unit"].split())):
                part = part.strip()
                if part and _shape_ok(part, 20, 200, 30) and _no_capitals(part):
                    out.append(part)
    return out


def candidates_fi(path: Path) -> list[str]:
    out = []
    for item in ET.parse(path).getroot().iter("set"):
        text = " ".join((item.findtext("fin") or "").split())
        for part in SPLIT.split(text):
            part = part.strip()
            if not part or not _shape_ok(part, 15, 160, 20) or not _no_capitals(part):
                continue
            words = {w.lower() for w in _words(part)}
            if words & LAW_WORDS or any(w.startswith(LAW) for w in words):
                continue  # the set also holds Finnish statutes
            if words & FI_FUNCTION and not words & EN_FUNCTION:
                out.append(part)
    return out


def keep(lang: str, found: list[str], names: set[str]) -> list[str]:
    """The rules of the module's docstring on one language's candidates, first seen first."""
    lower_words = {w for s in found for w in _words(s)[1:] if w.islower()}
    months = set(MONTHS[lang].split()) | set(MONTHS["en"].split())
    kept: list[str] = []
    seen: set[str] = set()
    for sentence in found:
        words = _words(sentence)
        if sentence in seen or words[0].lower() not in lower_words | I_FORMS:
            continue
        lowered = {w.lower() for w in words}
        if lowered & months or lowered & names:
            continue
        seen.add(sentence)
        kept.append(sentence)
    # a sentence standing inside another kept one would be counted twice; with one stop, at
    # its end, it can only be the other's tail
    inside = set()
    for t in kept:
        for i in range(1, len(t) - 2):  # at any letter: "our donation" in "Your donation"
            if t[i:] in seen:
                inside.add(t[i:])
    return [s for s in kept if s not in inside]


def main(p4g_csv: str, fineng_xml: str) -> None:
    from bench.heldout_ai import people

    names = people.name_words(with_word_names=False)
    rows = [("en", "p4g", s) for s in keep("en", candidates_en(Path(p4g_csv)), names)]
    rows += [("fi", "fineng", s) for s in keep("fi", candidates_fi(Path(fineng_xml)), names)]
    DATA.mkdir(exist_ok=True)
    with (DATA / "sentences.tsv").open("w", encoding="utf-8", newline="") as handle:
        handle.write("language\tsource\tsentence\n")
        for lang, source, sentence in rows:
            handle.write(f"{lang}\t{source}\t{sentence}\n")
    print({lang: sum(r[0] == lang for r in rows) for lang in ("en", "fi")})


if __name__ == "__main__":
    main(*sys.argv[1:3])
