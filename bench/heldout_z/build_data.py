"""Rebuild held-out Z's `data/sentences.tsv` from its sources (see README "Sources").

    python -m bench.heldout_z.build_data MIRRORS CV_PAGES

MIRRORS holds the repositories below as owner+name/repo git directories (the search tool's
fetch); CV_PAGES holds the Common Voice pages this set read (`cv_<lang>_<offset>.txt`, one
sentence a line, as read from the stored file at the commit and character offsets named in
TEXT_SOURCES; lines with a capitalised word after the first were left out while copying).
The rules that keep a sentence are this set's own (README "How sentences were kept")."""

from __future__ import annotations

import csv
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from bench.heldout_z import people

TEXT_SOURCES = (
    ("common-voice/common-voice", "057822ebb13438b2242ed1145e6f8b5bdf2f6ce9"),  # sv-SE
    ("common-voice/common-voice", "01ea2527ed82210b4f8145b2f9035a0b2c3c20bc"),  # nb-NO
    ("common-voice/common-voice", "080c35bd80872532fd48731f83c902a66f2fcb6a"),  # fi
    ("common-voice/common-voice", "01c8d7db710b1f1476184b1ee36fc9fc77b941d2"),  # da
    ("sonos/nlu-benchmark", "b86ac7f1577868c42158d0dec77db50956046696"),  # Snips
)
NAME_SOURCES: tuple[tuple[str, str], ...] = ()  # names and towns are written in people.py

TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
PRONOUN_I = {"I", "I'm", "I've", "I'll", "I'd"}
DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|dk|se|no|fi|io|uk)\b|www|https?", re.I)
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december "
    "måndag tisdag onsdag torsdag fredag lördag söndag jul påsk midsommar nyår",
    "da": "januar februar marts april maj juni juli august september oktober november december "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske nytår",
    "no": "januar februar mars april mai juni juli august september oktober november desember "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske nyttår",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai "
    "sunnuntai joulu pääsiäinen juhannus",
    "en": "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday christmas easter",
}
BAD_MARKS = re.compile(r"[\d@%()\[\]{}:;\"“”„«»/_#*=|&+<>~^\\]|\.\.|…| - | – | — ")
# Snips slots that name nothing and date nothing (everything else drops the request).
SNIPS_SAFE = {"sort", "party_size_number", "restaurant_type", "condition_description",
              "condition_temperature", "rating_value", "best_rating", "rating_unit",
              "object_type", "object_select", "music_item", "movie_type", "cuisine",
              "facility", "served_dish", "object_part_of_series_type"}  # fmt: skip


def _git(mirror: Path, *args: str) -> str:
    if (mirror / ".git").is_dir():
        mirror = mirror / ".git"
    out = subprocess.run(["git", f"--git-dir={mirror}", *args], check=True, capture_output=True)
    try:
        return out.stdout.decode("utf-8")
    except UnicodeDecodeError:  # Snips' "full" files are Latin-1
        return out.stdout.decode("latin-1")


def _split(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text.replace("\u200b", "").replace("\xa0", " ")).strip()
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÆØ])", text) if s.strip()]


def _name_words() -> set[str]:
    out: set[str] = set()
    for names in people.names().values():
        for n in names:
            out.update(p.lower() for p in re.split(r"[\s-]+", n) if p)
    return out


def _word_names() -> dict[str, str]:
    return {w.lower(): lang for lang, ws in people.WORD_NAMES_BY_LANG.items() for w in ws}


def keep(
    lang: str,
    sentence: str,
    common: set[str],
    drop: Counter,
) -> str | None:
    """The sentence's use ("pool" or "word:<name>"), or None (why is counted in `drop`)."""
    words = TOKEN.findall(sentence)
    if not 12 <= len(sentence) <= 180 or not 3 <= len(words) <= 25:
        drop["length"] += 1
        return None
    if not sentence[0].isupper() or sentence[-1] not in ".!?" or re.search(r"[.!?] ", sentence):
        drop["shape"] += 1
        return None
    if BAD_MARKS.search(sentence) or DOMAIN.search(sentence) or "'" in sentence and lang != "en":
        drop["marks"] += 1
        return None
    first = words[0]
    if any(c.isupper() for c in first[1:]) or any(
        any(c.isupper() for c in w) for w in words[1:] if w not in PRONOUN_I
    ):
        drop["capital inside"] += 1
        return None
    months = set(MONTHS[lang].split())
    if any(w.lower() in months for w in words):
        drop["month or weekday"] += 1
        return None
    wn = _word_names()
    hits = {w.lower() for w in words if w.lower() in wn}
    names = _name_words()
    if any(w.lower() in names and w.lower() not in common for w in words if w.lower() not in wn):
        drop["name list word"] += 1
        return None
    if hits:
        if len(hits) == 1 and wn[next(iter(hits))] == lang:
            return "word:" + next(iter(hits))
        drop["other word-name"] += 1
        return None
    return "pool"


def _common(texts: list[str]) -> set[str]:
    """Words the texts write in lower case at least three times."""
    seen = Counter(w for t in texts for w in TOKEN.findall(t) if w.islower())
    return {w for w, n in seen.items() if n >= 3}


def _cv(pages: Path, lang: str) -> list[str]:
    out: list[str] = []
    for f in sorted(pages.glob(f"cv_{lang}_*.txt")):
        out.extend(line.strip() for line in f.read_text(encoding="utf-8").splitlines())
    return [s for s in out if s]


def _snips(mirror: Path) -> list[str]:
    out: list[str] = []
    files = _git(mirror, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
    for path in sorted(f for f in files if re.search(r"2017-06.*/train_\w+_full\.json$", f)):
        doc = json.loads(_git(mirror, "show", f"HEAD:{path}"))
        for items in doc.values():
            for item in items:
                parts = item["data"]
                if any(p.get("entity") and p["entity"] not in SNIPS_SAFE for p in parts):
                    continue
                text = re.sub(r"\s+", " ", "".join(p["text"] for p in parts)).strip()
                if not text:
                    continue
                text = re.sub(r"\bi\b", "I", text[0].upper() + text[1:])
                if text[-1] not in ".!?":
                    question = text.split(" ", 1)[0].lower() in {
                        "what", "will", "is", "can", "could", "when", "how", "where", "would",
                        "are", "do", "does", "should", "which", "who"}  # fmt: skip
                    text += "?" if question else "."
                out.append(text)
    return list(dict.fromkeys(out))


def main(mirrors: Path, pages: Path) -> None:
    raw = {
        "sv": [("Common Voice sv-SE", s) for s in _cv(pages, "sv")],
        "no": [("Common Voice nb-NO", s) for s in _cv(pages, "no")],
        "fi": [("Common Voice fi", s) for s in _cv(pages, "fi")],
        "da": [("Common Voice da", s) for s in _cv(pages, "da")],
        "en": [("Snips", s) for s in _snips(mirrors / "sonos+nlu-benchmark" / "repo")],
    }
    rows: list[tuple[str, str, str, str]] = []
    for lang in people.LANGS:
        common = _common([s for _, s in raw[lang]])
        drop: Counter = Counter()
        kept = []
        for source, sentence in raw[lang]:
            use = keep(lang, sentence, common, drop)
            if use:
                kept.append((lang, source, use, sentence))
        kept = list({r[3]: r for r in kept}.values())
        if lang == "en":  # a seeded sample keeps the data small
            pool = [r for r in kept if r[2] == "pool"]
            rest = [r for r in kept if r[2] != "pool"]
            random.Random(8273).shuffle(pool)
            kept = sorted(pool[:6000], key=lambda r: r[3]) + rest
        rows.extend(kept)
        print(lang, len(raw[lang]), "kept", len(kept), dict(drop), file=sys.stderr)
    with (people.DATA / "sentences.tsv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        w.writerow(("language", "source", "use", "sentence"))
        w.writerows(rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
