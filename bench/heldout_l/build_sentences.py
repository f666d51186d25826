"""Rebuild `data/sentences.tsv` of held-out L from the published text it is drawn from.

    python -m bench.heldout_l.build_sentences MIRRORS

MIRRORS holds the git directories `MicrosoftTranslator+NTREX/repo` (commit 8561f6a6) and
`wyim+aci-bench/repo` (commit b909b2bb), as `fetch` leaves them. Kept: sentences of NTREX-128
(news, translated by professionals into Swedish, Norwegian Bokmål and Nynorsk, Danish, Finnish
and English) without a digit, "@", a link, a capitalised word inside them or a first word
that is not a frequent word of the language (so that no name, place or number stands in them
but the ones planted), and the turns of ACI-Bench's doctor-patient conversations (English,
lower case as transcribed) without a digit, a rare word or a word the name pools hold, unless
it is one of the ordinary words the set counts. The names pools (`data/names.tsv`) are read from
Wiktionary's categories (`build_names.py`, all of them, with MIRRORS holding
`jgwoolley+Names-by-Culture/repo` too).
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

from bench.heldout_l import build_names


def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency, imported on first use: wordfreq is a `bench` extra, and the
    tests (`make test`, the `test` extra only) import this module without rebuilding the data."""
    from wordfreq import zipf_frequency as frequency

    return frequency(word, lang)


HERE = Path(__file__).parent
NTREX_COMMIT = "8561f6a622db9edad1217683e5c83daefd8bb2bf"
ACI_COMMIT = "b909b2bb9cf1d19de08df15cddde7bd0179665e4"
NTREX = {"sv": "swe", "nb": "nob", "nn": "nno", "da": "dan", "fi": "fin", "en": "eng-GB"}
ACI_FILES = (
    "train",
    "valid",
    "clinicalnlp_taskB_test1",
    "clinicalnlp_taskC_test2",
    "clef_taskC_test3",
)
# Words that are also given names and that the set counts as ordinary words (see __init__).
HOMOGRAPHS = {
    "love",
    "may",
    "mark",
    "per",
    "rose",
    "bill",
    "will",
    "hope",
    "bo",
    "inga",
    "alla",
    "liv",
    "tor",
    "aina",
    "usko",
    "onni",
    "satu",
    "tuuli",
    "grace",
    "sten",
    "ulla",
    "vilja",
    "saga",
    "ilo",
    "armas",
    "lahja",
    "toivo",
    "kai",
    "dag",
    "siv",
    "frank",
    "faith",
    "joy",
    "sunny",
}
# Common English words that the name pools also hold (kept in ACI-Bench turns).
ENGLISH_WORDS = {
    "art",
    "summer",
    "dawn",
    "guy",
    "rich",
    "sue",
    "pat",
    "ray",
    "chase",
    "penny",
    "crystal",
    "amber",
    "holly",
    "ivy",
    "daisy",
    "jack",
    "miles",
    "rob",
    "don",
    "sandy",
    "april",
    "june",
    "august",
    "drew",
    "max",
    "cliff",
    "glen",
    "lane",
    "brook",
    "young",
    "major",
    "king",
    "star",
    "sky",
    "river",
    "rain",
    "storm",
    "hunter",
    "cash",
    "gray",
    "grey",
    "black",
    "brown",
    "green",
    "white",
    "short",
    "long",
    "little",
    "small",
    "hale",
    "hardy",
    "moody",
    "best",
    "bell",
    "page",
    "wood",
    "hill",
    "price",
    "mason",
    "cook",
    "baker",
    "carter",
    "porter",
    "walker",
    "turner",
    "bishop",
    "fisher",
    "early",
    "north",
    "west",
    "south",
    "east",
    "said",
    "can",
    "sage",
    "dusty",
    "ginger",
    "honey",
    "candy",
    "pearl",
    "rusty",
    "buck",
    "hank",
    "jay",
    "robin",
    "wren",
    "lark",
    "iris",
    "lily",
    "basil",
    "nick",
    "angel",
    "sterling",
    "gene",
    "ted",
    "otto",
    "mo",
    "rex",
    "victor",
    "noble",
    "royal",
    "earl",
    "duke",
}
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _git(mirror: Path, commit: str, path: str) -> str:
    out = subprocess.run(
        ["git", "-C", str(mirror), "show", f"{commit}:{path}"], check=True, capture_output=True
    )
    return out.stdout.decode("utf-8")


def _names(mirrors: Path) -> set[str]:
    """Every name of Wiktionary's categories in Latin script, lower case, and its words."""
    out = set()
    for row in build_names.build(mirrors / "jgwoolley+Names-by-Culture" / "repo", every=True):
        out.update(w.lower() for w in WORD.findall(row[3]))
    return out


def _plain(text: str) -> bool:
    return not (re.search(r"\d|@|https?:|www\.|[<>#{}\[\]|_*=]", text))


def keep_news(text: str, lang: str, names: set[str], inner: set[str]) -> bool:
    if not (30 <= len(text) <= 260) or not _plain(text):
        return False
    words = WORD.findall(text)
    if len(words) < 5:
        return False
    wf = "nb" if lang == "nn" else lang
    first = words[0].lower()
    if first in names and first not in HOMOGRAPHS:
        return False
    if zipf_frequency(first, wf) < 3.0 or (first not in inner and first not in HOMOGRAPHS):
        return False  # a word the source writes in lower case somewhere inside a sentence
    for w in words[1:]:
        if w[0].isupper() and not (lang == "en" and w == "I"):
            return False
        if not w.islower() and not (lang == "en" and w == "I"):
            return False
    return True


def _detok(text: str) -> str:
    text = re.sub(r"\s+([,.?!;:])", r"\1", text)
    text = re.sub(r"\s+(n't|'s|'re|'ve|'m|'ll|'d)\b", r"\1", text)
    text = re.sub(r"\bi\b", "I", text)
    text = re.sub(r"\bi'(m|ve|ll|d)\b", r"I'\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text[:1].upper() + text[1:]


def keep_turn(text: str, names: set[str]) -> bool:
    if not (12 <= len(text) <= 320) or not _plain(text):
        return False
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < 3:
        return False
    for w in words:
        bare = w.split("'")[0]
        if bare in {"dax", "dragon", "mister", "mr", "mrs", "ms", "miss", "dr", "nurse"}:
            return False
        if bare in names and bare not in HOMOGRAPHS and bare not in ENGLISH_WORDS:
            return False
        if zipf_frequency(bare, "en") < 2.5 and bare not in HOMOGRAPHS:
            return False
    return True


def build(mirrors: Path) -> list[tuple[str, str, str]]:
    names = _names(mirrors)
    rows: list[tuple[str, str, str]] = []
    ntrex = mirrors / "MicrosoftTranslator+NTREX" / "repo"
    for lang, code in NTREX.items():
        text = _git(ntrex, NTREX_COMMIT, f"NTREX-128/newstest2019-ref.{code}.txt")
        inner = {w for line in text.splitlines() for w in WORD.findall(line)[1:] if w.islower()}
        seen = set()
        for line in text.splitlines():
            line = line.strip()
            if line and line not in seen and keep_news(line, lang, names, inner):
                seen.add(line)
                rows.append((lang, "ntrex", line))
    aci = mirrors / "wyim+aci-bench" / "repo"
    seen = set()
    for name in ACI_FILES:
        data = _git(aci, ACI_COMMIT, f"data/challenge_data/{name}.csv")
        for record in csv.DictReader(io.StringIO(data)):
            for turn in record["dialogue"].splitlines():
                m = re.match(r"\s*\[(doctor|patient)\]\s*(.*)", turn)
                if not m:
                    continue
                text = _detok(m.group(2))
                if text not in seen and keep_turn(text, names):
                    seen.add(text)
                    rows.append(("en", f"aci-{m.group(1)}", text))
    return rows


def main(argv: list[str]) -> None:
    rows = build(Path(argv[0]))
    with open(HERE / "data" / "sentences.tsv", "w", encoding="utf-8", newline="") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")
    counts: dict[tuple[str, str], int] = {}
    for lang, source, _ in rows:
        counts[(lang, source)] = counts.get((lang, source), 0) + 1
    print(counts)


if __name__ == "__main__":
    main(sys.argv[1:])
