"""Build `data/sentences.tsv` of held-out AM from the ETHICS dataset's scenario files.

    python -m bench.heldout_am.build_data path/to/ethics

`path/to/ethics` holds the folders `utilitarianism`, `justice`, `deontology` and
`commonsense` of the ETHICS dataset (Hendrycks et al., ICLR 2021; MIT licence), as copied
into `oughtinc/ice` at the commit in `TEXT_SOURCES`. A sentence is kept when it is one plain
English sentence that names nobody (see README.md, "Labelling"); nothing else is changed.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TEXT_SOURCES = [
    ("oughtinc/ice", "5449543c71c039753603ab57344147a1156bfb46", "ethics/"),
]
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
I_FORMS = {"i", "i'm", "i've", "i'd", "i'll"}
MONTHS = {
    "en": "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday weekend christmas "
    "easter halloween thanksgiving",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu",
}
_RUDE = set(
    "shit fuck fucking fucked bitch ass asshole damn dick crap bastard sex sexual porn "
    "drunk kill killed murder suicide rape naked nude penis".split()
)
_TITLES = set("mr mrs ms dr miss sir madam lady lord saint st prof uncle aunt".split())
_SHAPE = re.compile(r"[A-Za-z' ,.!?;-]+")
_LOCALES = ("en_US", "en_GB", "en_AU", "en_IE", "en_CA", "de_DE", "fr_FR", "es_ES", "it_IT",
            "nl_NL", "da_DK", "sv_SE", "no_NO", "fi_FI", "pl_PL", "pt_BR")  # fmt: skip
# ordinary words Faker's lists also hold as names; a sentence may keep these
ORDINARY = set(
    "will love hope joy grace faith rose may mark bill art guy young long little small "
    "white black brown green gray king story star power sharp rich best hall page field "
    "wood hill house church bell park lane price bishop baker cook hunter walker turner "
    "miller carpenter mason porter stone bush rice grant reed wall summer winter june "
    "frank dean sterling day case hope lee even else".split()
)


def _faker_names() -> set[str]:
    from faker import Faker

    names: set[str] = set()
    for locale in _LOCALES:
        provider = Faker(locale)
        for attr in ("first_names", "last_names", "first_names_male", "first_names_female"):
            pool = getattr(provider.provider("faker.providers.person"), attr, None) or ()
            names.update(str(n).lower() for n in pool)
    return names


def _drop(sentence: str, names: set[str], keep_words: set[str]) -> bool:
    if not 20 <= len(sentence) <= 220 or not _SHAPE.fullmatch(sentence):
        return True
    if "--" in sentence or ".." in sentence or not sentence[0].isupper():
        return True
    words = TOKEN.findall(sentence)
    if not 4 <= len(words) <= 36:
        return True
    months = set(MONTHS["en"].split())
    for i, w in enumerate(words):
        low = w.lower()
        if low in months or low in _TITLES or low in _RUDE:
            return True
        if any(c.isupper() for c in w[1 if i == 0 else 0 :]) and low not in I_FORMS:
            return True  # any capital inside: a name, a brand, a place
        if low in names and low not in ORDINARY and low not in keep_words:
            return True
        if i == 0 and low in names and low not in keep_words and low not in ORDINARY:
            return True
    return sentence.count(".") + sentence.count("!") + sentence.count("?") > 1 or (
        sentence[-1] not in ".!?"
    )


def _rows(root: Path):
    for name in ("util_train", "util_test"):
        with open(root / "utilitarianism" / f"{name}.csv", encoding="utf-8") as f:
            for row in csv.reader(f):
                for cell in row:
                    yield "util", cell
    for name in ("justice_train", "justice_test", "justice_test_hard"):
        with open(root / "justice" / f"{name}.csv", encoding="utf-8") as f:
            for row in list(csv.reader(f))[1:]:
                yield "justice", row[1]
    for name in ("deontology_train",):
        with open(root / "deontology" / f"{name}.csv", encoding="utf-8") as f:
            for row in list(csv.reader(f))[1:]:
                yield "deon-q", row[1]
                yield "deon-a", row[2]
    for name in ("cm_test", "cm_test_hard"):
        with open(root / "commonsense" / f"{name}.csv", encoding="utf-8") as f:
            for row in list(csv.reader(f))[1:]:
                if row[2] == "True":
                    yield "cm", row[1]
                else:  # a long post: its body, after the title, sentence by sentence
                    yield "post", row[1].split(" | ", 1)[-1]
    with open(root / "commonsense" / "cm_ambig.csv", encoding="utf-8") as f:
        for row in csv.reader(f):
            yield "post", row[0].split(" | ", 1)[-1]


def build(root: Path, names: set[str], keep_words: set[str]) -> list[tuple[str, str, str]]:
    seen: set[str] = set()
    out = []
    for source, raw in _rows(root):
        s = " ".join(raw.split())
        if "aita" in s.lower() or "reddit" in s.lower():
            continue
        if s and s[-1].isalpha():
            s += "."
        parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", s)
        for part in parts:
            if part in seen or _drop(part, names, keep_words):
                continue
            if source == "post" and len(part) > 150:
                continue
            seen.add(part)
            out.append(("en", source, part))
    return _without_tails(out)


def _without_tails(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Leave out a sentence that is the end of another ("I have a cold." inside "No because I
    have a cold."), so that no sentence is written more often than its deck draws it."""
    tails: set[str] = set()
    for _, _, s in rows:
        words = s.split(" ")
        for i in range(1, len(words)):
            tails.add(" ".join(words[i:]).lower())
    return [r for r in rows if r[2].lower() not in tails]


def main(argv: list[str]) -> None:
    from bench.heldout_am import people

    names = _faker_names() | people.name_words(with_word_names=False)
    keep = {w.lower() for w in people.WORD_NAMES}
    rows = build(Path(argv[0]), names, keep)
    DATA.mkdir(exist_ok=True)
    with open(DATA / "sentences.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerows(rows)
    print(len(rows))


if __name__ == "__main__":
    main(sys.argv[1:])
