"""Build `data/sentences.tsv` for held-out AK from Bing Liu's customer-review data sets as the
NLTK data repository ships them (see README.md): people's own sentences about the cameras,
phones, music players, routers and software they bought, typed on amazon.com and split into
sentences (lower case, tokenised) by the data sets' authors.

    python -m bench.heldout_ak.build_data nltk_data/packages/corpora

Each sentence is put back together from its tokens ("i 'm" -> "I'm", "is n't" -> "isn't",
" ," -> ","), its first letter made a capital and a full stop added when it has none. It is
kept only when it is one sentence of 20-200 characters and 4-32 words, holds only letters,
spaces and ' , . ! ? ; - (no digit, no bracket, no slash, no sign), names no month, weekday
or feast, had no capital letter in the source but at its start and in "I" (the comparative
set's press articles and football reports are written with capitals and name real people:
every capitalised word inside a line drops it; the comparative set's lines keep only those
with no capital at all), and
holds no word of Faker's given- and family-name lists but the ordinary words in `ORDINARY`
and this set's word-names (a person named in lower case, "my friend dave", goes with it).
"""

from __future__ import annotations

import csv
import re
import sys
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TEXT_SOURCES = [
    ("nltk/nltk_data", "5db857e6f7df11eabb5e5665836db9ec8df07e28", "CC BY 4.0"),
]
ARCHIVES = ("product_reviews_1.zip", "product_reviews_2.zip", "comparative_sentences.zip")
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
I_FORMS = {"i", "i'm", "i've", "i'd", "i'll"}
MONTHS = {
    "en": "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday "
    "thursday friday saturday sunday christmas easter xmas thanksgiving weekend",
}
# Words of Faker's name lists that are ordinary words of these reviews: a sentence holding
# one is kept (names of people are caught by the rest of the lists).
ORDINARY = set(
    "the my more good best price little small lot case long read love power day said line "
    "company short black else per real hope room brand sharp job white bright house man key "
    "date strong die sales till cases brands junk field ring bass buck post guy page pages "
    "cord palm water green max wall smart deep english gray odd glass park pal lucky kick "
    "snow wise ram rich young penny summer edit beer crystal wood rice walls tone killer "
    "floor cousin harsh grand bill mall tore loyal bitten urban fields hall tank cross bull "
    "parent lad gross forum mark hunter worth salt deal winner stamp rush pace shields "
    "player button cable ball chuck".split()
)
_NAME_LOCALES = ("en_US", "en_GB", "en_IN", "hi_IN", "da_DK", "sv_SE", "no_NO", "fi_FI",
                 "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL")  # fmt: skip
_SHAPE = re.compile(r"[a-z' ,.!?;-]+")
_TITLES = {"mr", "mrs", "ms", "dr", "miss", "sir", "madam"}


def _faker_names() -> set[str]:
    from faker import Faker

    names: set[str] = set()
    for locale in _NAME_LOCALES:
        for provider in Faker(locale).providers:
            for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
                value = getattr(provider, attr, None)
                if value:
                    for name in value.keys() if isinstance(value, dict) else value:
                        names.update(w.lower() for w in re.split(r"[\s-]+", name) if w)
    return names


def detokenise(line: str) -> str:
    s = " ".join(line.split())
    s = re.sub(r"\b(ca|wo|sha|can|won) ?n ?'t\b", lambda m: {"ca": "can't", "wo": "won't",
                                                  "sha": "shan't", "can": "can't",
                                                  "won": "won't"}[m.group(1)], s)  # fmt: skip
    s = re.sub(r" n't\b", "n't", s)
    s = re.sub(r" '(s|re|ve|ll|d|m)\b", r"'\1", s)
    s = re.sub(r" ([,.!?;])", r"\1", s)
    s = re.sub(r"\bi\b", "I", s)
    s = re.sub(r"\bI'(m|ve|d|ll)\b", r"I'\1", s)
    return s.strip()


def keep(raw: str, names: set[str], capitals: bool = False) -> str | None:
    """The sentence as kept, or None. With `capitals` (the 9-product set, written as typed)
    a capital may open the sentence and stand in "I"; any other capital drops it."""
    if any(c.isupper() for c in raw):
        inner = TOKEN.findall(raw)[1:]
        if not capitals or any(w != w.lower() and w.lower() not in I_FORMS for w in inner):
            return None
        raw = raw[0].lower() + raw[1:]
    s = detokenise(raw)
    if not _SHAPE.fullmatch(s.lower()) or "' " in s or " '" in s or "--" in s:
        return None
    s = s[0].upper() + s[1:]
    if s[-1] not in ".!?":
        s += "."
    s = re.sub(r"([.!?])\.$", r"\1", s)
    if re.search(r"[.!?;]", s[:-1]) or s.count(",") > 4 or not s[0].isalpha():
        return None
    words = TOKEN.findall(s.lower())
    if not 4 <= len(words) <= 32 or not 20 <= len(s) <= 200:
        return None
    months = set(MONTHS["en"].split())
    for w in words:
        base = w.split("'")[0]
        if base in months or base in _TITLES:
            return None
        if w.endswith("n't"):
            continue
        if base in names and base not in ORDINARY:
            return None
    return s


def _lines(root: Path):
    for archive in ARCHIVES:
        with zipfile.ZipFile(root / archive) as z:
            for name in sorted(z.namelist()):
                if not name.endswith(".txt") or name.endswith("README.txt"):
                    continue
                if name.endswith("listOfkeywords.txt"):
                    continue
                text = z.read(name).decode("utf-8", errors="replace")
                for line in text.splitlines():
                    if "##" in line:
                        yield archive, line.split("##", 1)[1]
                    elif archive.startswith("comparative") and line and line[0] not in "<*":
                        yield archive, line


def build(root: Path) -> list[tuple[str, str, str]]:
    names = _faker_names()
    seen: dict[str, str] = {}
    for archive, line in _lines(root):
        kept = keep(line, names, capitals=archive == "product_reviews_2.zip")
        if kept and kept not in seen:
            seen[kept] = "rev" if archive.startswith("product") else "cmp"
    kept_all = sorted(seen)
    joined = "\n".join(kept_all)
    rows = []
    for s in kept_all:
        if joined.count(s[1:]) > 1:  # stands inside another kept sentence
            continue
        rows.append(("en", seen[s], s))
    return rows


def main(argv: list[str]) -> None:
    rows = build(Path(argv[0]))
    DATA.mkdir(exist_ok=True)
    with (DATA / "sentences.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writerow(["language", "source", "sentence"])
        writer.writerows(rows)
    print(len(rows), "sentences")


if __name__ == "__main__":
    main(sys.argv[1:])
