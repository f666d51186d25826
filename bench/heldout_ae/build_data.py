"""Rebuilds `data/sentences.tsv` from Debian packages (see README.md, "Rebuilding"):

    python -m bench.heldout_ae.build_data ROOT BRITISH_WORDS

ROOT is a folder where `fortunes` and `debian-edu-doc-da` were unpacked (`dpkg-deb -x`);
BRITISH_WORDS is Debian's `wbritish` word list. Rules of this set's own: a sentence is one
sentence, 20-200 characters, 4-30 words, opens with a capital, ends with `.`, `!` or `?`, has no
capitalised word after its first (English "I" and its contractions aside), no digit and no
character but letters, spaces and `, . ! ? ' -`; no month, weekday or feast word; no coarse
word; no word of this set's name lists; English sentences hold only lower-case words of the
word list. A sentence holding a word-name serves only that word-name (dropped when it opens
with one or holds two)."""

from __future__ import annotations

import csv
import html
import random
import re
import sys
from collections import Counter
from pathlib import Path

# (package, version, licence): where the text comes from
TEXT_SOURCES = [
    ("fortunes", "1:1.99.1-7.3", "BSD"),
    ("debian-edu-doc-da", "2.12.23~deb12u1", "GPL-2+"),
]
FORTUNE_FILES = """wisdom work food pets people education kids love platitudes
    miscellaneous computers science definitions humorists medicine sports law magic news
    politics art cookie goedel linux linuxcookie paradoxum songs-poems tao knghtbrd
    translate-me""".split()
MONTHS = {
    "en": """january february march april may june july august september october november
        december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
        thursday friday saturday sunday christmas easter xmas""",
    "da": """januar februar marts april maj juni juli august september oktober november
        december mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske""",
}
COARSE = set(
    """damn hell shit fuck fucking bastard crap ass arse bitch sex sexual drunk
    god lord jesus christ kill killed dead death suicide nazi rape whore horny naked nude
    breasts penis sexy orgasm virgin""".split()
)
I_FORMS = {"i", "i'm", "i'll", "i've", "i'd"}
DANISH_MARKERS = set(
    """og er at det en et til på for med som kan ikke der af de har vil skal du
    hvis eller den man også være bliver blevet skal når så jeg vi""".split()
)
ENGLISH_MARKERS = set("the and is to of you with this that are for".split())
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
SAMPLE = 9_000  # English sentences kept (a seeded sample)


def _split(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()
    return re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", text)


def _shape(s: str, lang: str) -> bool:
    if not (20 <= len(s) <= 200 and s[0].isupper() and s[-1] in ".!?"):
        return False
    if re.search(r"[.!?]", s[:-1]) or "--" in s or " - " in s:
        return False
    letters = "A-Za-z" if lang == "en" else "A-Za-zÆØÅæøåéü"
    if re.search(rf"[^{letters} ,.!?'-]", s):
        return False
    words = TOKEN.findall(s)
    if not 4 <= len(words) <= 30:
        return False
    inner = [w for w in words[1:] if w.lower() not in I_FORMS]
    return not any(any(c.isupper() for c in w) for w in inner)


def _fortunes(root: Path, lower: set[str]) -> list[str]:
    out = []
    folder = root / "usr/share/games/fortunes"
    for name in FORTUNE_FILES:
        text = (folder / name).read_text(encoding="utf-8", errors="replace")
        for cookie in text.split("\n%\n"):
            cookie = re.split(r"(?m)^\s*--", cookie)[0]  # drop the attribution
            if re.search(r"(?m)^\s*[A-Z][\w ]*:", cookie):  # dialogue or Q/A: speaker names
                continue
            for s in _split(cookie):
                if not _shape(s, "en"):
                    continue
                words = [w.lower() for w in TOKEN.findall(s)]
                ok = all(
                    w in lower or w in I_FORMS or (w.endswith("'s") and w[:-2] in lower)
                    for w in words
                )
                if ok:
                    out.append(s)
    return out


def _danish(root: Path) -> list[str]:
    out = []
    folder = root / "usr/share/doc/debian-edu-doc-da"
    for page in sorted(folder.glob("*.html")):
        raw = page.read_text(encoding="utf-8")
        raw = re.sub(r"(?s)<(pre|code|tt|kbd|screen|script|style)[^>]*>.*?</\1>", " ", raw)
        for para in re.findall(r"(?s)<p[^>]*>(.*?)</p>", raw):
            text = html.unescape(re.sub(r"<[^>]+>", "", para))
            for s in _split(text):
                if not _shape(s, "da") or " , " in s or ",," in s:
                    continue
                words = {w.lower() for w in TOKEN.findall(s)}
                if len(words & DANISH_MARKERS) >= 2 and not words & ENGLISH_MARKERS:
                    out.append(s)
    return out


def build(root: Path, british: Path) -> list[tuple[str, str, str, str]]:
    from bench.heldout_ae import people

    lower = {w.strip().lower() for w in british.read_text(encoding="utf-8").splitlines()}
    lower = {w for w in lower if w}
    listed = {w.strip() for w in british.read_text(encoding="utf-8").splitlines()}
    lower = {w for w in listed if w and w.islower()}
    names = {w.lower() for table in (people.GIVEN, people.FAMILY) for v in table.values()
             for w in v.split()}  # fmt: skip
    word_names = {w.lower() for w in people.WORD_NAMES_BY_LANG["en"]}
    dropped: Counter = Counter()
    rows: list[tuple[str, str, str, str]] = []
    for lang, source, found in (("en", "fortunes", _fortunes(root, lower)),
                                ("da", "eduda", _danish(root))):  # fmt: skip
        kept: list[tuple[str, str]] = []
        for s in dict.fromkeys(found):
            words = [w.lower() for w in TOKEN.findall(s)]
            if set(words) & set(MONTHS[lang].split()):
                dropped["month"] += 1
                continue
            if set(words) & COARSE:
                dropped["coarse"] += 1
                continue
            if set(words) & (names - word_names):
                dropped["name"] += 1
                continue
            held = [w for w in words if w in word_names]
            if held and (words[0] in word_names or len(held) > 1):
                dropped["word-name"] += 1
                continue
            kept.append((f"word:{held[0]}" if held else "pool", s))
        if lang == "en":
            pool = [k for k in kept if k[0] == "pool"]
            word = [k for k in kept if k[0] != "pool"]
            pool = random.Random(9631).sample(pool, min(SAMPLE, len(pool)))
            kept = sorted(word) + sorted(pool, key=lambda k: k[1])
        rows += [(lang, source, use, s) for use, s in kept]
    print(dict(dropped), Counter((r[0], r[2] == "pool") for r in rows), file=sys.stderr)
    return rows


def main(argv: list[str]) -> None:
    rows = build(Path(argv[0]), Path(argv[1]))
    out = Path(__file__).resolve().parent / "data" / "sentences.tsv"
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        w.writerow(["lang", "source", "use", "sentence"])
        w.writerows(rows)


if __name__ == "__main__":
    main(sys.argv[1:])
