"""Builds `data/sentences.tsv` (language, source, use, sentence) from the sources the README
names: the CaSiNo campsite-negotiation chats (English, people typing to each other in the first
person) and Hedgewars' Danish and Finnish tips and Danish mission lines (Debian
`hedgewars-data`). Run as `python -m bench.heldout_ah.build_data CASINO_DIR DEB_ROOT`; the
set itself needs only the TSV it writes.

Kept: sentences of 20-200 characters and 4-30 words, only letters, spaces and `, . ! ? ' -`,
one final stop, no capital after the first word but "I" and its contractions, no digit, no
month or weekday; Danish ones with two Danish function words, Finnish ones with one Finnish
function word. Whether a kept sentence names anyone is checked again against the set's name
lists when it is read (`people.sentences()`)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_SOURCES = (
    ("casino", "2f6ed4a6a55110152a7699fbaa8150d6036314be", "CC BY 4.0"),
    ("hedgewars-data", "1.0.2-6", "GPL-2"),
)
MONTHS = {
    "en": "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday christmas easter",
    "da": "januar februar marts april maj juni juli august september oktober november "
    "december mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai "
    "sunnuntai joulu pääsiäinen",
}
I_FORMS = {"i", "i'm", "i'll", "i've", "i'd"}
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ALLOWED = re.compile(r"^[^\W\d_][\w ,.!?'\-]*[.!?]$")
_FUNCTION = {
    "da": {
        "og",
        "det",
        "er",
        "at",
        "en",
        "et",
        "du",
        "på",
        "til",
        "med",
        "af",
        "ikke",
        "som",
        "har",
        "kan",
        "den",
        "dine",
        "dit",
        "din",
        "vil",
        "hvis",
        "for",
    },  # fmt: skip
    "fi": {
        "ja",
        "on",
        "ei",
        "se",
        "voit",
        "jos",
        "kun",
        "että",
        "mutta",
        "tai",
        "myös",
        "sinun",
        "olet",
        "niin",
        "vain",
    },  # fmt: skip
}
_PRODUCTS = {
    "hedgewars",
    "hedgehog",
    "hedgehogs",
    "siili",
    "siilit",
    "pindsvin",
    "forum",
    "forummet",
    "foorumi",
    "foorumilla",
    "donation",
    "server",
    "serveren",
}
_ENGLISH = {"the", "and", "you", "is", "of", "to", "with"}


def _split(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text.replace("|", " ")).strip()
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅÄÖ])", text) if s.strip()]


def keep(sentence: str, lang: str) -> bool:
    if not 20 <= len(sentence) <= 200 or not _ALLOWED.match(sentence):
        return False
    if any(c.isdigit() or c == "_" for c in sentence):
        return False
    if re.search(r"[.!?].", sentence[:-1].replace("'", "")) or "--" in sentence:
        return False
    if " ," in sentence or " ." in sentence or " - " in sentence or "  " in sentence:
        return False
    words = TOKEN.findall(sentence)
    if not 4 <= len(words) <= 30:
        return False
    if any(any(c.isupper() for c in w) for w in words[1:] if w.lower() not in I_FORMS):
        return False
    lower = {w.lower() for w in words}
    if lower & set(MONTHS[lang].split()) or (lang != "en" and lower & set(MONTHS["en"].split())):
        return False
    if lang != "en":
        if len(lower & _FUNCTION[lang]) < (2 if lang == "da" else 1) or lower & _ENGLISH:
            return False
    return sentence[0].isupper()


def casino(root: Path) -> list[tuple[str, str]]:
    out = []
    for part in ("train", "valid", "test"):
        for dialogue in json.loads((root / f"casino_{part}.json").read_text(encoding="utf-8")):
            for turn in dialogue["chat_logs"]:
                out += [("chat", s) for s in _split(turn["text"])]
            for agent in sorted(dialogue["participant_info"]):
                reasons = dialogue["participant_info"][agent]["value2reason"]
                for level in sorted(reasons):
                    out += [("reason", s) for s in _split(reasons[level])]
    return out


def hedgewars(root: Path, lang: str) -> list[tuple[str, str]]:
    locale = root / "usr/share/games/hedgewars/Data/Locale"
    tips = (locale / f"tips_{lang}.xml").read_text(encoding="utf-8")
    out = [("tip", s) for t in re.findall(r"<tip>(.*?)</tip>", tips) for s in _split(t)]
    lua = locale / f"{lang}.lua"
    if lua.exists():
        for line in lua.read_text(encoding="utf-8").splitlines():
            m = re.match(r'\s*\[".*?"\]\s*=\s*"(.*?)",', line)
            if m:
                out += [("mission", s) for s in _split(m.group(1))]
    return out


def _lower_words(sentences: list[str]) -> set[str]:
    """Words the source also writes in lower case somewhere (so an opening word that is only
    ever capitalised, a name or a product, is not taken for a word)."""
    return {w for s in sentences for w in TOKEN.findall(s) if w.islower()}


def main(casino_dir: str, deb_root: str) -> None:
    found = {
        ("en", "casino"): casino(Path(casino_dir)),
        **{(lang, "hedgewars-data"): hedgewars(Path(deb_root), lang) for lang in ("da", "fi")},
    }
    rows: dict[tuple[str, str, str, str], None] = {}
    for (lang, source), pairs in found.items():
        lower = _lower_words([s for _, s in pairs])
        for use, s in pairs:
            first = TOKEN.findall(s)[:1]
            if keep(s, lang) and first and first[0].lower() in lower | I_FORMS:
                if not {w.lower() for w in TOKEN.findall(s)} & _PRODUCTS:
                    rows.setdefault((lang, source, use, s), None)
    seen: set[str] = set()
    lines = []
    joined = "\n".join(row[3] for row in rows)
    for row in rows:
        if joined.count(row[3]) > 1:  # inside another sentence: it would recur with it
            continue
        if row[3] not in seen:
            seen.add(row[3])
            lines.append("\t".join(row))
    (HERE / "data" / "sentences.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
