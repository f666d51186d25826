"""Builds held-out AA's `data/sentences.tsv` from people's own published writing.

    python -m bench.heldout_aa.build_data MIRRORS

MIRRORS holds git directories as the search tool's `fetch` brings them
(`owner+name/repo`): Swedish reviews and posts of SemEval-2025 Task 11 (BRIGHTER) and the
GoEmotions Reddit comments (Google Research's data, in a copy that keeps its Apache 2.0
licence). Only the texts are read; labels are ignored. Rules of this set's own (README).
"""

from __future__ import annotations

import csv
import io
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from bench.heldout_aa import people

ENGLISH_KEEP = 15_000
OUT = Path(__file__).with_name("data") / "sentences.tsv"

TEXT_SOURCES = [
    ("emotion-analysis-project/SemEval2025-Task11", "513a7e8bef7ef6370ac416ced97efba338c47c97"),
    ("monologg/GoEmotions-pytorch", "b75f9d3a8b76bc1060687925b04ca98a1b8ea66b"),
]
SWEDISH_FILES = [
    f"task-dataset/semeval-2025-task11-dataset/track_a/{split}/swe.csv"
    for split in ("train", "dev", "test")
]
ENGLISH_FILES = [f"data/original/{split}.tsv" for split in ("train", "dev", "test")]

MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december måndag tisdag onsdag torsdag fredag lördag söndag jul julafton påsk midsommar "
    "nyår nyårsafton",
    "en": "january february march april june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday christmas easter "
    "xmas halloween thanksgiving",
}
PRONOUN_I = {"I", "I'm", "I've", "I'd", "I'll", "I’m", "I’ve", "I’d", "I’ll"}
TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
DOMAIN = re.compile(r"\b\w+\.(?:com|org|net|se|dk|no|fi|uk|io|nu)\b|www|http", re.I)
ALLOWED = {
    "sv": set(" ,.!?-"),
    "en": set(" ,.!?-'’"),
}
ROUGH = set(
    "fuck fucking fucked fucker shit shitty bitch bitches cunt dick dicks pussy whore slut "
    "retard retarded fag faggot nigga nigger twat wank wanker cock asshole arsehole bastard "
    "rape raped porn sex sexy nazi nazis kill suicide".split()
)


def _git_show(mirror: Path, repo: str, commit: str, path: str) -> str:
    owner_name = repo.replace("/", "+")
    base = mirror / owner_name / "repo"
    gitdir = base / ".git" if (base / ".git").exists() else base
    out = subprocess.run(
        ["git", f"--git-dir={gitdir}", "show", f"{commit}:{path}"],
        check=True, capture_output=True,
    )  # fmt: skip
    return out.stdout.decode("utf-8")


def _texts(mirror: Path) -> dict[str, list[tuple[str, str]]]:
    (sv_repo, sv_commit), (en_repo, en_commit) = TEXT_SOURCES
    out: dict[str, list[tuple[str, str]]] = {"sv": [], "en": []}
    for path in SWEDISH_FILES:
        rows = csv.DictReader(io.StringIO(_git_show(mirror, sv_repo, sv_commit, path)))
        out["sv"].extend(("brighter-swe", r["text"]) for r in rows)
    for path in ENGLISH_FILES:
        for line in _git_show(mirror, en_repo, en_commit, path).splitlines():
            out["en"].append(("goemotions", line.split("\t")[0]))
    return out


def _normal(text: str) -> str:
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _split(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[^\W\d_])", text) if s.strip()]


def _reason(lang: str, s: str, name_words: set[str], lower_counts: Counter) -> str | None:
    words = TOKEN.findall(s)
    if not (12 <= len(s) <= 180 and 3 <= len(words) <= 25):
        return "length"
    if not s[0].isupper() or s[-1] not in ".!?" or re.search(r"[.!?]\s", s[:-1]):
        return "shape"
    if any(c.isdigit() for c in s) or DOMAIN.search(s) or "..." in s or " - " in s:
        return "marks"
    if any(not (c.isalpha() or c in ALLOWED[lang]) for c in s):
        return "marks"
    if any(c.isupper() for c in words[0][1:]) or any(
        any(c.isupper() for c in w) for w in words[1:] if w not in PRONOUN_I
    ):
        return "capital"
    if {w.lower() for w in words} & set(MONTHS[lang].split()):
        return "month"
    if lang == "en" and {w.lower() for w in words} & ROUGH:
        return "rough"
    for w in words:
        for part in w.lower().split("-"):
            if part in name_words and lower_counts[part] < 3:
                return "name"
    if lower_counts[words[0].lower()] < 3 and words[0] not in PRONOUN_I:
        return "proper opening"  # "Martin gjorde ...": a word the texts never write in lower case
    return None


def build(mirror: Path) -> dict[str, Counter]:
    name_words = {
        part.lower()
        for ns in people.names().values()
        for n in ns
        for part in re.split(r"[\s-]+", n)
    } - {w.lower() for ws in people.WORD_NAMES_BY_LANG.values() for w in ws}
    texts = _texts(mirror)
    rows: list[tuple[str, str, str, str]] = []
    dropped: dict[str, Counter] = {}
    for lang in people.LANGS:
        lower_counts: Counter = Counter(
            w for _src, t in texts[lang] for w in TOKEN.findall(t) if w.islower()
        )
        own = {w.lower(): w for w in people.WORD_NAMES_BY_LANG[lang]}
        other = {
            w.lower() for lg, ws in people.WORD_NAMES_BY_LANG.items() if lg != lang for w in ws
        }
        seen: set[str] = set()
        dropped[lang] = Counter()
        for source, text in texts[lang]:
            for s in _split(_normal(text)):
                if s in seen:
                    continue
                seen.add(s)
                why = _reason(lang, s, name_words, lower_counts)
                lowered = {w.lower() for w in TOKEN.findall(s)}
                if why is None and lowered & other:
                    why = "other word-name"
                hits = sorted(lowered & set(own))
                if why is None and len(hits) > 1:
                    why = "two word-names"
                if why is None and hits and TOKEN.findall(s)[0].lower() in own:
                    why = "word-name opening"  # a capitalised word-name may be the person
                if why:
                    dropped[lang][why] += 1
                    continue
                use = f"word:{hits[0]}" if hits else "pool"
                rows.append((lang, source, use, s))
    rng = random.Random(9199)
    rng.shuffle(rows)
    english = [r for r in rows if r[0] == "en" and r[2] == "pool"]
    keep = set(english[:ENGLISH_KEEP])  # a seeded sample keeps the shipped data small
    rows = [r for r in rows if not (r[0] == "en" and r[2] == "pool") or r in keep]
    rows.sort(key=lambda r: (r[0], r[2] != "pool", r[2]))
    OUT.parent.mkdir(exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        w.writerow(["lang", "source", "use", "sentence"])
        w.writerows(rows)
    return dropped


if __name__ == "__main__":
    for lang, why in build(Path(sys.argv[1])).items():
        print(lang, dict(why))
