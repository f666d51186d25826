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

The same run writes `app/casebook/deid/data/rank_nouns_en.txt`: the lemmas of every noun
synset under (by WordNet's hyponym pointers `~`, instances left out) one of `RANK_ROOTS`, the
nouns of a rank, title or office ("duke", "knight", "lady", "mayor", "bishop", "squire"),
read by `noun_pairs.english_pair`: two such nouns joined by "and" before a plural verb are
the nouns ("Squire and knight were"), where a person's name takes a noun of their company
("Duke and nurse were"). The roots, with the reason for each:
aristocrat.n.01 (rank by birth: lord, lady, duke, earl, baron, knight, peer, sir);
landowner.n.01 (the landed gentry: squire, laird, yeoman);
ruler.n.01 and head_of_state.n.01 (sovereigns and heads: king, queen, emperor, president);
civil_authority.n.01 (an office of a town: mayor, burgomaster);
legislator.n.01 (an office of a parliament: senator, congressman, parliamentarian);
clergyman.n.01 (an office of a church: bishop, vicar, priest, dean).
Broader synsets were left out because their lemmas include a person's everyday company:
official.n.01 holds "caretaker", "usher", "officer", "teller", "agent";
representative.n.01 "steward", "organizer", "shopper", "handler"; leader.n.01 "boss",
"captain", "guide".

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
RANK_OUT = DATA / "rank_nouns_en.txt"
# Noun synsets of WordNet 3.0 (offsets in data.noun) whose hyponyms are nouns of a rank,
# title or office; the module's docstring says why each.
RANK_ROOTS = {
    "09807754": "aristocrat",
    "10245639": "landowner",
    "10541229": "ruler",
    "10164747": "head_of_state",
    "10541833": "civil_authority",
    "10253995": "legislator",
    "09927451": "clergyman",
}
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


def _synsets(wordnet: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Each noun synset's offset: its lemmas and the offsets of its hyponyms (`~`)."""
    synsets: dict[str, tuple[list[str], list[str]]] = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence's lines
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        lemmas = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = int(fields[at])
        hyponyms = [
            fields[at + 2 + 4 * i]
            for i in range(pointers)
            if fields[at + 1 + 4 * i] == "~" and fields[at + 3 + 4 * i] == "n"
        ]
        synsets[fields[0]] = (lemmas, hyponyms)
    return synsets


def rank_nouns(wordnet: Path) -> list[str]:
    """Single-word lemmas, in lower case, of the synsets under `RANK_ROOTS`, the roots
    included."""
    synsets = _synsets(wordnet)
    for offset, name in RANK_ROOTS.items():
        if name not in synsets[offset][0]:
            raise SystemExit(f"{offset} is not {name}: another WordNet version?")
    words: set[str] = set()
    seen: set[str] = set()
    stack = list(RANK_ROOTS)
    while stack:
        offset = stack.pop()
        if offset in seen:
            continue
        seen.add(offset)
        lemmas, hyponyms = synsets[offset]
        # A title WordNet writes with its capital ("Lady", "Sir") beside a lower-case
        # lemma of the same synset ("Lady", "noblewoman", "peeress") is that noun; a
        # capitalised lemma alone is a dynasty's or a person's name ("Tudor", "Pilate").
        common = any(lemma.islower() for lemma in lemmas)
        words.update(
            lemma.lower()
            for lemma in lemmas
            if lemma.isalpha() and (lemma.islower() or (common and lemma[1:].islower()))
        )
        stack.extend(hyponyms)
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
    ranks = rank_nouns(wordnet)
    header = (
        "# English nouns of a rank, title or office: the lemmas under aristocrat, landowner,\n"
        "# ruler, head_of_state, civil_authority, legislator and clergyman in Princeton WordNet\n"
        "# 3.0 (one lower-case word); made by bench/build_person_nouns_en.py.\n"
    )
    RANK_OUT.write_text(header + "\n".join(ranks) + "\n", encoding="utf-8")
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="folder holding WordNet's index.noun")
    words = build(parser.parse_args().wordnet)
    print(f"{len(words)} words")


if __name__ == "__main__":
    main()
