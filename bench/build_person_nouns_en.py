"""Development-time generator of `app/casebook/deid/data/person_nouns_en.txt`: the English
nouns whose senses are mostly people, by Princeton WordNet 3.0 ("treasurer", "caretaker",
"holder", "helper"), read by `person_nouns_en.py`.

WordNet files each noun sense under a lexicographer file; `noun.person` (number 18) holds
the people. A lower-case lemma of one word is kept when more than half of its noun senses
are filed there: "treasurer" (1 of 1), "holder" (2 of 3: the owner, the one who holds), not
"chair" (1 of 5), "model" (3 of 9), "type" or "source", words that label a thing as often.
The same run writes `app/casebook/deid/data/person_senses_en.txt`: the lemmas with at least
one sense filed under noun.person ("parent", "guy", "kid", "chick", "star"), the nouns that
may name people at all. `compound_openings.py` reads it through `person_nouns_en.py`: a
plural of such a noun after a capitalised word-name ("Tulip parents were there") may be
the person's own people, written without the apostrophe, so the name stays a name.
Never imported by Casebook. Regenerate:

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb root
    PYTHONPATH=app:. python -m bench.build_person_nouns_en root/usr/share/wordnet

The WordNet 3.0 licence (BSD-like) allows use, copy and distribution with its notice, as for
`name_nouns_en.txt` (`bench/build_name_nouns.py`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from casebook import deid

DATA = Path(deid.__file__).with_name("data")
OUT = DATA / "person_nouns_en.txt"
SENSES_OUT = DATA / "person_senses_en.txt"
_PERSON = 18  # WordNet's lexicographer file noun.person


def person_nouns(wordnet: Path, share: float = 0.5) -> list[str]:
    """Single lower-case lemmas of index.noun more than `share` of whose senses are people
    (`share` 0: at least one sense)."""
    files: dict[str, int] = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            files[fields[0]] = int(fields[1])
    words = []
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence's lines
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        senses = [files[offset] for offset in fields[4 + pointers + 2 :]]
        if lemma.isalpha() and lemma.islower() and senses.count(_PERSON) > share * len(senses):
            words.append(lemma)
    return sorted(words)


def build(wordnet: Path) -> list[str]:
    words = person_nouns(wordnet)
    header = (
        "# English nouns more than half of whose senses Princeton WordNet 3.0 files under\n"
        "# noun.person (one lower-case word); made by bench/build_person_nouns_en.py.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    senses = person_nouns(wordnet, share=0)
    header = (
        "# English nouns with at least one sense Princeton WordNet 3.0 files under noun.person\n"
        "# (one lower-case word); made by bench/build_person_nouns_en.py.\n"
    )
    SENSES_OUT.write_text(header + "\n".join(senses) + "\n", encoding="utf-8")
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="folder holding WordNet's index.noun")
    words = build(parser.parse_args().wordnet)
    print(f"{len(words)} words")


if __name__ == "__main__":
    main()
