"""Build `data/sentences.tsv` for held-out AG from typing-tutor lessons shipped in Debian.

    apt-get download ktouch-data gtypist klavaro wbritish
    for d in *.deb; do dpkg-deb -x "$d" ROOT; done
    # the AMI Meeting Corpus' transcripts as github.com/gcunhase/AMICorpusXML ships them
    git -C AMICorpusXML archive b43d917 data/ami-transcripts | tar -x -C AMI
    python -m bench.heldout_ag.build_data ROOT AMI/data/ami-transcripts

Typing lessons are prose chosen or written by people to be typed: KTouch's Danish and Finnish
courses (paragraphs on everyday matters), GNU Typist's English speed and letter drills and
Klavaro's "fluidness" paragraphs. GNU Typist's Danish drills were tried and left out: most of
their lines are pieces of paragraphs cut at the line's end, in lower case. A sentence is kept
only when no word after its first is capitalised, it holds no digit, no month or weekday, and
(English) every word is a lower-case word of Debian's `wbritish`, so no person, firm or town a
lesson names is left unlabelled.

English people's own spoken words come from the AMI Meeting Corpus (CC BY 4.0): transcripts of
meetings, each meeting's words in one text; a sentence is kept under the same rules, with six
words or more and no "um", "uh", "mm" or "hmm"."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_SOURCES = [
    ("ktouch-data", "4:22.12.3-1", "GPL-2+"),
    ("gtypist", "2.9.5-3+b1", "GPL-3+"),
    ("klavaro", "3.11-1+b1", "GPL-3+"),
    ("AMI Meeting Corpus", "transcripts (gcunhase/AMICorpusXML b43d917)", "CC BY 4.0"),
]
HESITATIONS = {"um", "uh", "mm", "hmm"}
TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
I_FORMS = {"i", "i'm", "i've", "i'd", "i'll"}
MONTHS = {
    "en": "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday christmas easter",
    "da": "januar februar marts april maj juni juli august september oktober november "
    "december mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske",
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december måndag tisdag onsdag torsdag fredag lördag söndag jul påsk",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai "
    "sunnuntai joulu pääsiäinen",
}
FUNCTION = {
    "da": set("og i at er det en den til på som med for af ikke har de vi jeg der kan".split()),
    "sv": set("och i att är det en den till på som med för av inte har de vi jag kan".split()),
    "fi": set("ja on ei se että oli kun niin myös tai mutta hän ovat kuin voi jos".split()),
    "en": set("the and of to a in is it that for with was you on are".split()),
}
ALLOWED = re.compile(r"^[^\W\d_][\w ,.!?'-]*[.!?]$")


def _split(paragraph: str) -> list[str]:
    text = re.sub(r"\s+", " ", paragraph).strip()
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅÄÖ])", text) if s.strip()]


def keep(sentence: str, lang: str, words_of: set[str] | None) -> bool:
    if not (20 <= len(sentence) <= 200) or not ALLOWED.match(sentence):
        return False
    if any(c.isdigit() for c in sentence) or sentence[-2] in " ,.":
        return False
    if re.search(r"[.!?].", sentence[:-1]) or " - " in sentence or "--" in sentence:
        return False
    words = TOKEN.findall(sentence)
    if not (4 <= len(words) <= 30):
        return False
    if any(any(c.isupper() for c in w) for w in words[1:] if w.lower() not in I_FORMS):
        return False
    lower = [w.lower() for w in words]
    if set(lower) & set(MONTHS[lang].split()):
        return False
    if words_of is not None and not all(w in words_of or w in I_FORMS for w in lower):
        return False
    if lang != "en" and len(set(lower) & FUNCTION[lang]) < (1 if lang == "fi" else 2):
        return False
    if lang in ("da", "sv") and set(lower) & FUNCTION["en"] - {"i", "on", "a"}:
        return False
    return True


def _dictionary(path: Path) -> set[str]:
    words = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        w = line.strip()
        if w and w == w.lower():
            words.add(w)
    return words


def _ktouch(path: Path) -> list[str]:
    """A course's prose lessons are one text cut into chunks: join the prose chunks in order
    (a word broken over a line or a chunk joined again), then split into sentences."""
    text = path.read_text(encoding="utf-8")
    chunks = [html.unescape(b) for b in re.findall(r"<text>(.*?)</text>", text, re.S)]
    prose = "\n".join(b for b in chunks if ". " in b)
    prose = re.sub(r"(?<=[^\W\d_])-\n(?=[^\W\d_])", "", prose)
    return _split(prose.replace("\n", " "))


def _gtypist_prose(path: Path) -> list[str]:
    """GNU Typist's English drills: each drill's lines joined into one text, then split."""
    blocks, block = [], []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line[:2] in ("D:", "d:"):
            blocks.append(" ".join(block))
            block = [line[2:].strip()]
        elif line[:2] == " :" and block:
            block.append(line[2:].strip())
        else:
            blocks.append(" ".join(block))
            block = []
    blocks.append(" ".join(block))
    return [s for b in blocks if b for s in _split(b)]


def _klavaro(path: Path) -> list[str]:
    out = []
    for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
        out.extend(_split(paragraph))
    return out


def _ami(folder: Path, words_of: set[str]) -> list[str]:
    out = []
    for path in sorted(folder.glob("*.transcript.txt")):
        for s in _split(path.read_text(encoding="utf-8", errors="replace")):
            words = [w.lower() for w in TOKEN.findall(s)]
            if len(words) >= 6 and not set(words) & HESITATIONS and keep(s, "en", words_of):
                out.append(s)
    return out


def build(root: Path, ami: Path) -> list[tuple[str, str, str, str]]:
    share = root / "usr/share"
    dicts = {"en": _dictionary(share / "dict/british-english")}
    raw = [
        ("da", "ktouch-data", _ktouch(share / "ktouch/courses/dk1.xml")),
        ("fi", "ktouch-data", _ktouch(share / "ktouch/courses/fi.xml")),
        ("da", "klavaro", _klavaro(share / "klavaro/da.paragraphs")),
        ("fi", "klavaro", _klavaro(share / "klavaro/fi.paragraphs")),
        ("sv", "klavaro", _klavaro(share / "klavaro/sv.paragraphs")),
        ("en", "gtypist", [s for f in "mrsuvdn"
                           for s in _gtypist_prose(share / f"gtypist/{f}.typ")]),
        ("en", "klavaro", _klavaro(share / "klavaro/en_GB.paragraphs")
         + _klavaro(share / "klavaro/C.paragraphs")),
        ("en", "ami", _ami(ami, dicts["en"])),
    ]  # fmt: skip
    rows, seen = [], set()
    for lang, source, sentences in raw:
        fi_words = None
        if lang == "fi":  # no Finnish word list: a word must also stand in lower case elsewhere
            fi_words = {w for s in sentences for w in TOKEN.findall(s)[1:] if w == w.lower()}
        for s in sentences:
            words_of = dicts["en"] if lang == "en" else None
            if not keep(s, lang, words_of) or s in seen:
                continue
            if lang == "fi" and TOKEN.findall(s)[0].lower() not in fi_words:
                continue
            seen.add(s)
            rows.append((lang, source, "filler", s))
    return rows


def main() -> None:
    rows = build(Path(sys.argv[1]), Path(sys.argv[2]))
    with open(HERE / "data/sentences.tsv", "w", encoding="utf-8") as f:
        f.write("# lang\tsource\tuse\tsentence (ktouch-data GPL-2+, gtypist GPL-3+, klavaro "
                "GPL-3+, ami: AMI Meeting Corpus CC BY 4.0; see README.md)\n")  # fmt: skip
        for row in rows:
            f.write("\t".join(row) + "\n")
    from collections import Counter

    print(Counter((r[0], r[1]) for r in rows))


if __name__ == "__main__":
    main()
