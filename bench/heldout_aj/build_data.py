"""Build `data/sentences.tsv` of held-out AJ from MultiDoGO's customer turns (see README.md).

    python -m bench.heldout_aj.build_data multi-domain-goal-oriented-dialogues-dataset/data

Reads `paper_splits/splits_annotated_at_sentence_level/<domain>/{train,dev,test}.tsv` of the
six domains: the customers' own typed sentences, each with its slot labels. A sentence is kept
only when every slot label is `O` or one of `HARMLESS` (the annotators marked no name, number,
date, place, firm or account in it, at most what was ordered or chosen), it holds only
lower-case letters, spaces and `' , . ! ? -`, is 16-200 characters and 3-30 words long,
names no month, weekday or feast, and holds no word of Faker's given- and family-name lists
but the ordinary English words listed in `ORDINARY` (so "jesse", "robin", "spencer", agents'
names the customers greeted, are gone with their sentences), nor a role the chat tool glued
on ("useri need..."), and does not stand inside another kept one. Its first
letter is made a capital and a full stop is put at its end when it has no final stop, as the
notes' writer pastes it; nothing else is changed (typos, missing apostrophes and lower-case "i"
stay).
"""

from __future__ import annotations

import csv
import importlib
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TEXT_SOURCES = [
    (
        "awslabs/multi-domain-goal-oriented-dialogues-dataset",
        "baa30639c4b271f394b81443c842193407cdf26d",
        "CDLA-Permissive-1.0",
    ),
]
DOMAINS = ("airline", "fastfood", "finance", "insurance", "media", "software")
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
I_FORMS = {"i", "i'm", "i've", "i'd", "i'll", "im", "ive", "id"}
MONTHS = {
    "en": "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday christmas easter "
    "xmas thanksgiving halloween"
}
# words of Faker's name lists that the customers wrote as the ordinary words they are
ORDINARY = set(
    "my bill day good more else company price banks best hope little date weeks branch said "
    "long case small theres per page love real white house key mall till wood lucky fry beer "
    "read line sales field moon rice tank glass french dam rush lie char tone joy park ware".split()
)
_NAME_LOCALES = ("en_US", "en_GB", "en_IN", "hi_IN", "da_DK", "sv_SE", "no_NO", "fi_FI",
                 "de_DE", "fr_FR", "es_ES", "it_IT")  # fmt: skip
# slot labels that mark no person, place, number, date or account: what was ordered, typed or
# chosen ("a large pizza", "aisle seat", "data plan")
HARMLESS = {"O", "food_item", "drink_item", "ingredient", "excluded_ingredient", "quantity",
            "size", "datacategoryvalues", "service_type", "payment_type", "seat_type",
            "expense_type", "replacement_reason", "offer", "item_name", "car_brand",
            "car_model", "software_name"}  # fmt: skip
_SHAPE = re.compile(r"[a-z' ,.?!-]+")


def _faker_names() -> set[str]:
    names: set[str] = set()
    for locale in _NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "last_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attr, ())
            names |= {n.lower() for n in (value.keys() if isinstance(value, dict) else value)}
    return names - ORDINARY


def keep(sentence: str, labels: str, names: set[str]) -> str | None:
    """The sentence as pasted into a note, or None when it is not kept."""
    if not set(labels.split()) <= HARMLESS:
        return None
    s = re.sub(r"\s+", " ", sentence).strip()
    if not _SHAPE.fullmatch(s) or not (16 <= len(s) <= 200) or not (3 <= len(s.split()) <= 30):
        return None
    if re.match(r"(user|agent)[a-z]*\b", s) and not re.match(r"users? ", s):
        return None  # a role the chat tool glued on ("useri need...")
    if "--" in s or " -" in s or "- " in s or re.search(r" [,.!?]", s):
        return None
    words = {w.lower() for w in TOKEN.findall(s)}
    if words & set(MONTHS["en"].split()) or words & names:
        return None
    s = s.rstrip(" ,")
    if s[-1] not in ".!?":
        s += "."
    if re.search(r"[.!?].", s[:-1].replace("...", "")):
        return None  # one sentence only
    return s[0].upper() + s[1:]


def build(root: Path) -> list[tuple[str, str, str]]:
    names = _faker_names()
    seen: dict[str, None] = {}
    for domain in DOMAINS:
        for split in ("train", "dev", "test"):
            path = (
                root / "paper_splits/splits_annotated_at_sentence_level" / domain / f"{split}.tsv"
            )
            with path.open(encoding="utf-8", newline="") as handle:
                reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                next(reader)
                for row in reader:
                    if len(row) < 6:
                        continue
                    kept = keep(row[4], row[5], names)
                    if kept:
                        seen.setdefault(kept, None)
    kept = sorted(seen)
    whole = " \n ".join(kept).lower()
    # none inside another kept one (as its tail or middle), so none recurs more than its draws
    return [("en", "mdg", s) for s in kept if whole.count(s.lower()[:-1]) == 1]


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
