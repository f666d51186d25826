"""Builds held-out AC's `data/sentences.tsv` from the decisions of the Norwegian Transport
Complaints Board (Transportklagenemnda: flights, package holidays, trains, ferries, buses), as
converted to text in `hans-chr-f/Transportklagenmenda`. Rules of this set's own, stated in the
README ("How sentences were kept"). Run: python -m bench.heldout_ac.build_data MIRROR, where
MIRROR is the repository's git directory (the search tool's fetch)."""

from __future__ import annotations

import csv
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from bench.heldout_ac import people

TEXT_SOURCES = [("hans-chr-f/Transportklagenmenda", "b752303d4a08463b3a2183eebb7d30766cca1d30")]
FOLDER = "transportklagenmnda_txt"
SEED = 9413
KEEP = 12_000
TOKEN = re.compile(r"[^\W\d_]+")
DOMAIN = re.compile(r"\w\.(?:no|com|se|dk|fi|net|org|eu)\b", re.I)
MONTHS = {
    "nb": "januar februar mars april mai juni juli august september oktober november desember "
    "jan feb mar apr jun jul aug sep sept okt nov des mandag tirsdag onsdag torsdag fredag "
    "lørdag søndag jul julaften nyttår påske påsken pinse sankthans helg helgen",
}
# words of the board's own trade that would give the notes away as decisions, and words that
# mark money or articles of law (a note about a family would not cite them)
TRADE = set(
    "nemnda nemndas nemndsmedlemmer transportklagenemnda pakkereisenemnda klageren klager "
    "klagers klagerne klagernes tjenesteyter tjenesteyteren tjenesteyterens tjenesteyterne "
    "tjenesteyters forordningen forordning flyselskapet flyselskapets flyselskap flyselskaper "
    "arrangøren arrangørens arrangør kr euro eur vedtak vedtaket paragraf artikkel ledd "
    "pakkereiseloven luftfartsloven anbefaler anbefalingen dissens mindretall flertallet "
    "flertall mindretallet".split()
)
ALLOWED = re.compile(r"^[^\W\d_][\w ,.!?'’-]*[.!?]$")


def _texts(mirror: Path) -> list[str]:
    listing = ["git", f"--git-dir={mirror}", "ls-tree", "-r", "--name-only", "HEAD", FOLDER]
    names = subprocess.run(listing, check=True, capture_output=True, text=True).stdout
    out = []
    for name in sorted(names.split()):
        blob = subprocess.run(["git", f"--git-dir={mirror}", "show", f"HEAD:{name}"],
                              check=True, capture_output=True).stdout  # fmt: skip
        out.append(blob.decode("utf-8", "replace"))
    return out


def _paragraphs(text: str) -> list[str]:
    text = "".join(c for c in text if unicodedata.category(c) != "Cf").replace("\u00a0", " ")
    return [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]


def _split(paragraph: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", paragraph)


def build(mirror: Path) -> dict[str, Counter]:
    texts = _texts(mirror)
    candidates: list[str] = []
    for t in texts:
        for p in _paragraphs(t):
            candidates.extend(s.strip() for s in _split(p))
    lower_first: Counter = Counter()
    for s in candidates:
        for w in TOKEN.findall(s):
            if w.islower():
                lower_first[w] += 1
    name_words = {n.lower() for v in people.names().values() for n in v}
    word_names = {w.lower(): w for w in people.WORD_NAMES_BY_LANG["nb"]}
    months = set(MONTHS["nb"].split())
    dropped: Counter = Counter()
    pool: list[str] = []
    words: dict[str, list[str]] = {}
    seen: set[str] = set()
    for s in candidates:
        if s in seen:
            continue
        seen.add(s)
        tokens = TOKEN.findall(s)
        lowered = [w.lower() for w in tokens]
        if not (20 <= len(s) <= 200 and 4 <= len(tokens) <= 28):
            dropped["length"] += 1
        elif not s[0].isupper() or s[-1] not in ".!?" or any(c in s[:-1] for c in ".!?"):
            dropped["shape"] += 1
        elif (not ALLOWED.match(s) or any(c.isnumeric() or c == "_" for c in s)
              or DOMAIN.search(s) or " - " in s or "--" in s):  # fmt: skip
            dropped["digits, marks, characters"] += 1
        elif any(c.isupper() for w in tokens[1:] for c in w) or any(
            c.isupper() for c in tokens[0][1:]
        ):
            dropped["capitalised word inside"] += 1
        elif set(lowered) & months:
            dropped["month, weekday, feast"] += 1
        elif set(lowered) & TRADE:
            dropped["the board's trade words"] += 1
        elif set(lowered) & (name_words - set(word_names)):
            dropped["a name list's word"] += 1
        elif lower_first[lowered[0]] < 3:
            dropped["a first word rarely written in lower case"] += 1
        else:
            held = [w for w in lowered if w in word_names]
            if not held:
                pool.append(s)
            elif lowered[0] in word_names or len(set(held)) > 1:
                dropped["a word-name opening the sentence or two in it"] += 1
            else:
                words.setdefault(word_names[held[0]], []).append(s)
    rng = random.Random(SEED)
    rng.shuffle(pool)
    kept = sorted(pool[:KEEP])
    out = people.DATA / "sentences.tsv"
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["language", "source", "use", "sentence"])
        for s in kept:
            w.writerow(["nb", "transportklagenemnda", "pool", s])
        for word in people.WORD_NAMES_BY_LANG["nb"]:
            for s in sorted(words.get(word, []))[:12]:
                w.writerow(["nb", "transportklagenemnda", f"word:{word}", s])
    return {"dropped": dropped, "kept": Counter(pool=len(kept), found=len(pool),
            words=sum(min(12, len(v)) for v in words.values()))}  # fmt: skip


if __name__ == "__main__":
    print(build(Path(sys.argv[1])))
