"""Builds `data/sentences.tsv` of held-out AF from Debian packages unpacked under ROOT.

    apt-get download cfi-en cfi-sv gimp-help-da lifelines-doc-sv aptitude-doc-fi wbritish
    for d in *.deb; do dpkg-deb -x "$d" ROOT; done
    python -m bench.heldout_af.build_data ROOT ROOT/usr/share/dict/british-english

Rules of this set's own (see README): paragraphs of the HTML, code and pre-formatted parts
removed, split into sentences, and a sentence kept only when nothing in it can be a person, a
town, a firm, a date or a number.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

# (package, version, language, source key, files under ROOT)
TEXT_SOURCES = (
    ("cfi-en", "3.0-10.2", "en", "cfi", "usr/share/doc/cfi-en/html/*.htm"),
    ("cfi-sv", "3.0-10.2", "sv", "cfi", "usr/share/doc/cfi-sv/cfi.html"),
    ("gimp-help-da", "2.10.34-2", "da", "gimp", "usr/share/gimp/2.0/help/da/*.html"),
    ("lifelines-doc-sv", "3.0.61-3", "sv", "lifelines", "usr/share/doc/lifelines-doc-sv/*.html"),
    ("aptitude-doc-fi", "0.8.13-5", "fi", "aptitude", "usr/share/doc/aptitude/html/fi/*.html"),
)

TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
I_FORMS = {"i", "i'm", "i've", "i'd", "i'll"}
MONTHS = {
    "en": "january february march april june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday may christmas easter",
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december måndag tisdag onsdag torsdag fredag lördag söndag jul påsk midsommar",
    "da": "januar februar marts april maj juni juli august september oktober november "
    "december mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai "
    "sunnuntai joulu pääsiäinen",
}
FUNCTION = {
    "sv": set("och att det som en är på för med inte av till jag har den de om men så".split()),
    "da": set("og at det som en er på for med ikke af til har den de om kan du vil man".split()),
    "fi": set("ja on ei se että voi kun jos tai mutta myös joka kuin tämä sen ovat".split()),
    "en": set("the and of to a is in that it for not was with as".split()),
}
COARSE = set("shit fuck fucking damn hell piss crap skit jävla fan helvete lort pis".split())
ALLOWED = re.compile(r"^[^\W\d_][\w\s,.!?'\-]*$")


def paragraphs(path: Path) -> list[str]:
    raw = path.read_bytes()
    try:
        page = raw.decode("utf-8")
    except UnicodeDecodeError:
        page = raw.decode("latin-1")
    page = re.sub(r"(?is)<(pre|code|tt|kbd|screen|script|style|title|h\d)\b.*?</\1>", " ", page)
    parts = re.split(r"(?i)<p\b[^>]*>|</p>|<br\s*/?>|<li\b[^>]*>|<td\b[^>]*>|<h\d", page)
    out = []
    for part in parts:
        text = html.unescape(re.sub(r"<[^>]+>", " ", part)).replace("\u00a0", " ")
        out.append(" ".join(text.split()))
    return [p for p in out if p]


def split(paragraph: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅÄÖ])", paragraph) if s.strip()]


def keep(
    sentence: str, lang: str, english: set[str], names: set[str], words_named: set[str]
) -> str | None:
    """Why `sentence` is dropped, or None to keep it."""
    if not (20 <= len(sentence) <= 200) or not ALLOWED.match(sentence):
        return "shape"
    if any(c.isnumeric() or c == "_" for c in sentence):
        return "shape"
    if sentence[-1] not in ".!?" or any(c in sentence[:-1] for c in ".!?"):
        return "shape"
    if " - " in sentence or "--" in sentence or " ." in sentence or " ," in sentence:
        return "shape"
    if not sentence[0].isupper():
        return "shape"
    words = TOKEN.findall(sentence)
    if not (4 <= len(words) <= 30):
        return "shape"
    if any(any(c.isupper() for c in w) for w in words[1:] if w.lower() not in I_FORMS):
        return "capital"
    low = {w.lower() for w in words}
    if low & set(MONTHS[lang].split()):
        return "month"
    if low & COARSE:
        return "coarse"
    named = low & names
    if named - words_named or len(named) > 1 or (named and words[0].lower() in named):
        return "name"
    if lang == "en":
        if not all(w.lower() in english or w.lower().removesuffix("'s") in english for w in words):
            return "dictionary"
    elif len(low & FUNCTION[lang]) < 2 or low & FUNCTION["en"] - {"a", "i"}:
        return "function"
    return None


def main(root: str, wordlist: str) -> None:
    from bench.heldout_af import people

    english = {w.strip() for w in Path(wordlist).read_text(encoding="utf-8").split() if w.islower()}
    names = people.name_words()
    words_named = {w.lower() for w in people.WORD_NAMES_BY_LANG["en"]}
    rows, dropped = [], {}
    seen = set()
    for package, _version, lang, _key, pattern in TEXT_SOURCES:
        for path in sorted(Path(root).glob(pattern)):
            for paragraph in paragraphs(path):
                for sentence in split(paragraph):
                    why = keep(sentence, lang, english, names, words_named)
                    if why:
                        dropped[why] = dropped.get(why, 0) + 1
                    elif sentence not in seen:
                        seen.add(sentence)
                        low = {w.lower() for w in TOKEN.findall(sentence)}
                        named = [w for w in people.WORD_NAMES_BY_LANG["en"] if w.lower() in low]
                        use = f"word:{named[0]}" if named else "pool"
                        rows.append(f"{lang}\t{package}\t{use}\t{sentence}")
    out = Path(__file__).parent / "data" / "sentences.tsv"
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(len(rows), dropped)


if __name__ == "__main__":
    main(*sys.argv[1:])
