"""Builds `data/sentences.tsv`, held-out AN's published sentences, from PIQA (Physical
Interaction: Question Answering; Yonatan Bisk, Rowan Zellers, Ronan Le Bras, Jianfeng Gao and
Yejin Choi, AAAI 2020): crowd workers' everyday goals ("How do I get a stripped screw out?")
and the solutions they wrote for them, as `ybisk/ybisk.github.io` holds them in `piqa/data/`
(`valid.jsonl` with `valid-labels.lst`, and `tests.jsonl`; the training file is not in the
repository's stored snapshot). Academic Free License 3.0.

    python -m bench.heldout_an.build_data path/to/piqa/data

Keeps a sentence when it is one sentence of 20-220 characters and 4-36 words, of ASCII letters,
spaces and ' , . ! ? ; - only, with no capital letter but its first and "I"; when no word is a
person's name a name list knows (Faker's, 16 locales, and this set's own) unless PIQA writes
that word in lower case at least three times and more often in lower case than capitalised
inside a sentence ("mark", "bill", "grant"), or it is one of this set's word-names (a word of
this set's own name lists is never kept); when the
first word is no name either (but a word-name or a word PIQA writes in lower case as above);
when no word names a month, weekday, feast, title or a rude or violent thing; and when it is
not the tail of another kept sentence. Its first letter is capitalised and a full stop added
after a last letter; nothing else is changed. Each row keeps the number of its PIQA item (the
order of `valid.jsonl` then `tests.jsonl`), so a goal can be shown with its own solution."""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TEXT_SOURCES = [
    ("ybisk/ybisk.github.io", "21edab439af693b961be2f069e8690a88d3b4e37", "AFL-3.0"),
]
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
I_FORMS = {"i", "i'm", "i've", "i'd", "i'll"}
MONTHS = {
    "en": "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday weekend christmas easter "
    "halloween thanksgiving xmas",
}
_RUDE = set(
    "kill killing murder gun guns knife knives weapon bomb blood suicide drug drugs cocaine "
    "sex sexy naked porn penis vagina breast breasts nipple poop pee urine vomit drunk beer "
    "wine vodka whiskey alcohol cigarette cigarettes smoke smoking weed dead die death stab "
    "poison shoot bullet fight punch hate stupid idiot damn hell crap shit fuck ass".split()
)
_TITLES = set("mr mrs ms dr miss sir madam lady lord saint st prof uncle aunt mom dad".split())
_SHAPE = re.compile(r"[A-Za-z' ,.!?;-]+")
_LOCALES = ("en_US", "en_GB", "en_IE", "da_DK", "sv_SE", "no_NO", "fi_FI", "de_DE", "nl_NL",
            "fr_FR", "es_ES", "it_IT", "pl_PL", "pt_BR", "tr_TR", "et_EE")  # fmt: skip


def _faker_names() -> set[str]:
    import importlib

    names: set[str] = set()
    for locale in _LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            values = getattr(provider, attr, ())
            names.update(str(v).lower() for v in values)
    return names


def _texts(root: Path):
    labels = [int(x) for x in (root / "valid-labels.lst").read_text().split()]
    item = 0
    for row, label in zip(
        (json.loads(line) for line in (root / "valid.jsonl").open(encoding="utf-8")),
        labels,
        strict=True,
    ):
        yield "valid-goal", row["goal"], item
        yield "valid-solution", row["sol1" if label == 0 else "sol2"], item
        item += 1
    for line in (root / "tests.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        yield "test-goal", row["goal"], item
        yield "test-solution", row["sol1"], item
        yield "test-solution", row["sol2"], item
        item += 1


def _split(text: str) -> list[str]:
    text = " ".join(text.split())
    out = []
    for part in re.split(r"(?<=[.!?])\s+", text):
        part = part.strip()
        if part and part[-1].isalpha():
            part += "."
        if part:
            out.append(part[0].upper() + part[1:])
    return out


def _lower_words(root: Path) -> set[str]:
    lower: Counter = Counter()
    upper: Counter = Counter()
    for _, text, _ in _texts(root):
        for sentence in _split(text):
            for word in TOKEN.findall(sentence)[1:]:
                (upper if word[0].isupper() else lower)[word.lower()] += 1
    return {w for w, n in lower.items() if n >= 3 and n > upper[w]}


def _drop(sentence: str, names: set[str], ordinary: set[str], keep: set[str],
          own: set[str]) -> bool:  # fmt: skip
    if not 20 <= len(sentence) <= 220 or not _SHAPE.fullmatch(sentence):
        return True
    if "--" in sentence or sentence[-1] not in ".!?" or re.search(r"[.!?;].", sentence[:-1]):
        return True
    words = TOKEN.findall(sentence)
    if not 4 <= len(words) <= 36 or not sentence[0].isupper():
        return True
    for word in words[1:]:
        if any(c.isupper() for c in word) and word.lower() not in I_FORMS:
            return True
    low = [w.lower() for w in words]
    banned = set(MONTHS["en"].split()) | _RUDE | _TITLES
    if any(w in banned for w in low):
        return True
    if any(w in own for w in low):
        return True
    return any(w in names and w not in ordinary and w not in keep for w in low)


def build(
    root: Path, names: set[str], keep: set[str], own: set[str]
) -> list[tuple[str, str, str, str]]:
    ordinary = _lower_words(root)
    seen: set[str] = set()
    rows = []
    for source, text, item in _texts(root):
        for sentence in _split(text):
            if sentence in seen or _drop(sentence, names, ordinary, keep, own):
                continue
            seen.add(sentence)
            rows.append(("en", source, sentence, str(item)))
    return _without_tails(rows)


def _without_tails(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    texts = [r[2] for r in rows]
    joined = "\n".join(texts)
    out = []
    for row in rows:
        s = row[2]
        if joined.count(s[1:]) > 1:  # the tail of another, or another's part
            continue
        out.append(row)
    return out


def main(argv: list[str]) -> None:
    from bench.heldout_an import people

    own = people.name_words(with_word_names=False)
    keep = {w.lower() for w in people.WORD_NAMES}
    rows = build(Path(argv[0]), _faker_names() | own, keep, own)
    DATA.mkdir(exist_ok=True)
    with (DATA / "sentences.tsv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerows(rows)
    print(len(rows), Counter(r[1] for r in rows))


if __name__ == "__main__":
    main(sys.argv[1:])
