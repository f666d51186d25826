"""Development-time extract of `names_dataset.txt` (app/casebook/deid/data/): the most frequent
given and family names, in Latin script, of the countries whose people the study's
interviewers meet most often and that the lexicon covered worst.

Never imported by Casebook: the redactor reads the plain file (`deid/lexicon.py`). Regenerate
with

    pip install names-dataset==3.3.1        # the bench extra pins it
    python -m bench.build_dataset_names [--top 300] [--measure]

`names-dataset` (MIT) counts first and last names of 105 countries in a public leak of
social-network profiles: names as people write them, ranked per country. Only the `TOP` most
frequent of each country and part are taken, names that thousands bear (no one person's
name), and only those safe wherever they stand capitalised (`safe`): four letters or more,
no ordinary word of any language Casebook reads and no word form of one, no town or place's
word, no beginning of a common word as notes shorten one. `--measure` prints each country's
coverage by the lexicon before and after, from the same ranks.

The dataset has no Pakistan, Bosnia, Kosovo, Somalia or Eritrea; their names stay with
Faker's `en_PK`, `hr_HR` and the hand list `names_extra.txt`.
"""

from __future__ import annotations

import argparse
import bisect
import re
import unicodedata
from pathlib import Path

from casebook import deid

OUT = Path(deid.__file__).with_name("data") / "names_dataset.txt"
# The largest groups born abroad in the Nordic countries that the dataset has (Albania,
# Iraq, Syria, Iran, Afghanistan, Turkey), and the Nordic and English-speaking countries
# themselves (Danish and Norwegian family names were half missing).
COUNTRIES = ("AL", "IQ", "SY", "IR", "AF", "TR", "DK", "NO", "FI", "GB", "US")
TOP = 300
_OWN = {"DK": "da", "NO": "nb", "FI": "fi"}
_LATIN = re.compile(r"[a-zß-öø-ɏ]+")


def top_names(top: int = TOP) -> dict[str, tuple[list[str], list[str]]]:
    """country -> (given names, family names), lower case, Latin letters only, by rank."""
    from names_dataset import NameDataset  # development-time only, gigabytes in memory

    dataset = NameDataset()
    out: dict[str, tuple[list[str], list[str]]] = {}
    for country in COUNTRIES:
        first = dataset.get_top_names(n=top, country_alpha2=country, use_first_names=True)
        last = dataset.get_top_names(n=top, country_alpha2=country, use_first_names=False)
        given = [n for gender in ("M", "F") for n in first.get(country, {}).get(gender, [])]
        out[country] = (_words(given), _words(last.get(country, [])))
    return out


def _words(names: list[str]) -> list[str]:
    words = []
    for name in names:
        for word in name.replace("-", " ").split():
            word = unicodedata.normalize("NFC", word.replace("İ", "I")).lower()
            if _LATIN.fullmatch(word) and word not in words:
                words.append(word)
    return words


def safe(words: list[str], own: str = "") -> list[str]:
    """The words that can stand for a name wherever they are written capitalised; `own`, the
    language of the names' country, whose frequency list holds its own names as words."""
    from casebook.deid import lexicon, vocab
    from casebook.deid.registry import ascii_fold

    from bench import name_statistics

    barred = vocab.known_words() | lexicon.places() | name_statistics.place_name_words()
    for lang in ("nb", "da", "fi", "de"):
        if lang != own:
            barred |= vocab._read(f"common_{lang}.txt")
    common = sorted(barred)

    def shortened(word: str) -> bool:
        at = bisect.bisect_left(common, word)
        while at < len(common) and common[at].startswith(word):
            if len(common[at]) > len(word) + 1:
                return True
            at += 1
        return False

    return [
        w
        for w in words
        if len(w) >= 4
        and lexicon.name_shaped(w)
        and not {w, ascii_fold(w)} & barred
        and not vocab.is_word_form(w)
        and not (len(w) <= 5 and (shortened(w) or shortened(ascii_fold(w))))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=TOP)
    parser.add_argument("--measure", action="store_true")
    args = parser.parse_args()
    from casebook.deid import lexicon
    from casebook.deid.registry import ascii_fold

    held = lexicon.given_names() | lexicon.family_names()
    given: set[str] = set()
    family: set[str] = set()
    for country, (first, last) in top_names(args.top).items():
        own = _OWN.get(country, "")
        new_first = [w for w in safe(first, own) if w not in held and ascii_fold(w) not in held]
        new_last = [w for w in safe(last, own) if w not in held and ascii_fold(w) not in held]
        given |= set(new_first)
        family |= set(new_last)
        if args.measure:
            for part, words, new in (("given", first, new_first), ("family", last, new_last)):
                had = sum(1 for w in words if w in held or ascii_fold(w) in held)
                print(
                    f"{country} {part:6} {had / max(1, len(words)):.3f} ->"
                    f" {(had + len(new)) / max(1, len(words)):.3f} of {len(words)}"
                )
    header = (
        f"# {len(given)} given and {len(family)} family names, lower case: the {args.top} most"
        f" frequent of {', '.join(COUNTRIES)} in names-dataset 3.3.1 (MIT) that the other"
        " lists lack and that are no word, town or word form.\n"
        "# Generated by bench/build_dataset_names.py; do not edit by hand.\n"
    )
    body = "[given]\n" + "\n".join(sorted(given)) + "\n[family]\n" + "\n".join(sorted(family))
    OUT.write_text(header + body + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(given)} given, {len(family)} family")


if __name__ == "__main__":
    main()
