"""Builds `data/sentences.tsv` for held-out AB from the mirrored sources (see README.md):
Finnish and Swedish sentences of the Finnish Supreme Court's and Supreme Administrative
Court's decisions (Semantic Finlex, CC BY 4.0) and English sentences of the Sentiment
Labelled Sentences set (UCI, CC BY 4.0). Rules of this set's own; run once, the generator
reads only the TSV.

    python -m bench.heldout_ab.build_data MIRRORS
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "sentences.tsv"

TEXT_SOURCES = [
    ("eliask/finlex-data", "151c941fa96980ea311972be445904660b39ff41"),
    ("kvrao/sentiment_analysis", "462f7304ab341f1b5014e6eae56100bfe35d703a"),
]
KEEP = {"fi": 10_000, "sv": 9_000, "en": 100_000}

MONTHS = {
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta "
    "kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta maanantai "
    "tiistai keskiviikko torstai perjantai lauantai sunnuntai joulu juhannus pääsiäinen",
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december måndag tisdag onsdag torsdag fredag lördag söndag jul midsommar påsk",
    "en": "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday christmas easter",
}
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
DOMAIN = re.compile(r"\w\.(?:com|net|org|fi|se|dk|no|uk)\b|www|http", re.I)
PRONOUN_I = {"I", "I'm", "I've", "I'd", "I'll"}
ALLOWED = {
    "fi": re.compile(r"^[A-Za-zÅÄÖåäöÉéÜüŠšŽž ,.!?-]+$"),
    "sv": re.compile(r"^[A-Za-zÅÄÖåäöÉéÜü ,.!?-]+$"),
    "en": re.compile(r"^[A-Za-zÉé ,.!?'-]+$"),
}
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
ROUGH = {"fuck", "fucking", "shit", "crap", "damn", "ass", "bitch", "sucks", "sucked"}


def _git(mirror: Path, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={mirror}", *args], check=True, capture_output=True, text=True
    ).stdout


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(c) in ("Cf", "Zs") else c for c in text)
    return re.sub(r"\s+", " ", text).strip()


def finlex_texts(mirror: Path, lang: str) -> list[str]:
    """Paragraph texts of every KKO and KHO decision in `lang` (fi or sv)."""
    names = [
        n
        for n in _git(
            mirror, "ls-tree", "-r", "--name-only", "HEAD", "data/kko", "data/kho"
        ).split()
        if f"/{lang}/" in n and n.endswith(".xml")
    ]
    blobs = {}
    listing = _git(mirror, "ls-tree", "-r", "HEAD", "data/kko", "data/kho")
    for line in listing.splitlines():
        meta, path = line.split("\t", 1)
        blobs[path] = meta.split()[2]
    batch = "\n".join(blobs[n] for n in names) + "\n"
    out = subprocess.run(
        ["git", f"--git-dir={mirror}", "cat-file", "--batch"],
        input=batch.encode(),
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8", "replace")
    paragraphs = re.findall(r"<p>(.*?)</p>", out, flags=re.S)
    return [_clean(re.sub(r"<[^>]+>", " ", p)) for p in paragraphs]


def english_texts(mirror: Path) -> list[str]:
    out = []
    for name in ("amazon_cells_labelled.txt", "imdb_labelled.txt", "yelp_labelled.txt"):
        text = _git(mirror, "show", f"HEAD:sentiment labelled sentences/{name}")
        out += [_clean(line.split("\t")[0]) for line in text.splitlines() if "\t" in line]
    return out


def keep(lang: str, texts: list[str], names: set[str], word_names: dict[str, set[str]]):
    """(sentence, use) pairs kept, and the count of drops by reason."""
    sentences = [s for t in texts for s in SPLIT.split(t)]
    lower = Counter(w for s in sentences for w in TOKEN.findall(s) if w.islower())
    months = set(MONTHS[lang].split())
    own = {w.lower() for w in word_names[lang]}
    other = {w.lower() for lg, ws in word_names.items() if lg != lang for w in ws}
    kept: dict[str, str] = {}
    dropped: Counter = Counter()
    for s in sentences:
        words = TOKEN.findall(s)
        if not (12 <= len(s) <= 200 and 3 <= len(words) <= 28):
            dropped["length"] += 1
        elif not (s[0].isupper() and s[-1] in ".!?" and not re.search(r"[.!?].", s[:-1])):
            dropped["shape"] += 1
        elif (
            not ALLOWED[lang].match(s)
            or DOMAIN.search(s)
            or " - " in s
            or ".." in s
            or re.search(r"\s[.,!?]", s)
        ):
            dropped["characters"] += 1
        elif any(
            any(c.isupper() for c in w) for w in words[1:] if not (lang == "en" and w in PRONOUN_I)
        ) or any(c.isupper() for c in words[0][1:]):
            dropped["capital inside"] += 1
        elif any(w.lower() in months for w in words):
            dropped["month, weekday, feast"] += 1
        elif lang == "en" and any(w.lower() in ROUGH for w in words):
            dropped["rough"] += 1
        elif {w.lower() for w in words} & other:
            dropped["another language's word-name"] += 1
        elif words[0].lower() in own or len({w.lower() for w in words} & own) > 1:
            dropped["word-name opening or twice"] += 1
        elif any(w.lower() in names and lower[w.lower()] < 3 for w in words):
            dropped["a name list's word"] += 1
        elif lower[words[0].lower()] < 3:
            dropped["first word rarely lower case"] += 1
        elif any(w.lower() in names for w in words):
            dropped["a name list's word"] += 1
        else:
            hit = {w.lower() for w in words} & own
            kept.setdefault(s, f"word:{hit.pop()}" if hit else "pool")
    return kept, dropped


def main(mirrors: Path) -> None:
    from bench.heldout_ab import people

    names = {n.lower() for ns in people.names().values() for n in ns}
    names |= {part for n in set(names) for part in re.split(r"[\s-]+", n)}
    word_names = {lang: set(ws) for lang, ws in people.WORD_NAMES_BY_LANG.items()}
    names -= {w.lower() for ws in word_names.values() for w in ws}
    finlex = mirrors / "eliask+finlex-data" / "repo"
    texts = {
        "fi": finlex_texts(finlex, "fi"),
        "sv": finlex_texts(finlex, "sv"),
        "en": english_texts(mirrors / "kvrao+sentiment_analysis" / "repo"),
    }
    rows = []
    for lang in ("sv", "fi", "en"):
        kept, dropped = keep(lang, texts[lang], names, word_names)
        pool = sorted(s for s, use in kept.items() if use == "pool")
        words = sorted((s, use) for s, use in kept.items() if use != "pool")
        rng = random.Random(9311)
        if len(pool) > KEEP[lang]:
            pool = sorted(rng.sample(pool, KEEP[lang]))
        source = "finlex" if lang != "en" else "uci-sls"
        rows += [(lang, source, "pool", s) for s in pool]
        rows += [(lang, source, use, s) for s, use in words]
        print(lang, len(pool), len(words), dict(dropped), file=sys.stderr)
    OUT.write_text(
        "language\tsource\tuse\tsentence\n" + "".join("\t".join(r) + "\n" for r in rows),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
