"""Development-time generator of `app/casebook/deid/data/name_nouns_en.txt`: the words that
Princeton WordNet 3.0 lists as an English common noun written in lower case ("rowan", a tree;
"fowler", a hunter of birds; "draper", a dealer in fabrics; "opal", a gem), less the rarer
known words `name_nouns.py` reads from `data/known_en.txt` already.

WordNet writes a proper noun capitalised and marks a person or place as an instance
("Fowler", the lexicographer, `@i`); a lower-case lemma of one word whose synset is no
instance is a common noun. Every such word is kept, not only the lexicon's names: a Casebook
user registers whatever names their study holds, and a registered family name the lexicon
lacks ("Draper", a trade) reaches the rule all the same (until 2026-12-07 the list held the
lexicon's names only, 717 words, and "my aunt worked for a draper" lost the trade). Never
imported by Casebook. Regenerate:

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb root
    PYTHONPATH=app:. python -m bench.build_name_nouns root/usr/share/wordnet

The WordNet 3.0 licence (BSD-like) allows use, copy and distribution with its notice, as for
`fixed_expressions.txt` (`bench/build_fixed_expressions.py`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from casebook import deid
from casebook.deid import vocab

DATA = Path(deid.__file__).with_name("data")
OUT = DATA / "name_nouns_en.txt"


def common_nouns(wordnet: Path) -> set[str]:
    """Single lower-case lemmas of WordNet's noun synsets that are no instance (a person or a
    place is an instance, `@i`)."""
    nouns: set[str] = set()
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence's lines
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        pointers = fields[4 + 2 * count :]
        if "@i" in pointers:
            continue
        for k in range(count):
            word = fields[4 + 2 * k]
            if word.isalpha() and word.islower():
                nouns.add(word)
    return nouns


def build(wordnet: Path) -> list[str]:
    words = sorted(common_nouns(wordnet) - vocab.listed("en"))
    header = (
        "# Words that Princeton WordNet 3.0 lists as an English common noun in lower case (no\n"
        "# instance), less known_en.txt's; made by bench/build_name_nouns.py.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="folder holding WordNet's data.noun")
    words = build(parser.parse_args().wordnet)
    print(f"{len(words)} words")


if __name__ == "__main__":
    main()
