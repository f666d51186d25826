"""Development-time generator of `app/casebook/deid/data/fixed_expressions.txt`: lexicalised
multiword expressions of English in which a word is also a given or family name of the name
lexicon ("aloe vera", "bloody mary", "lazy susan", "peeping tom", "doubting thomas",
"st john's wort", "jack-in-the-box").

Never imported by Casebook. The source is Princeton WordNet 3.0 as Debian's `wordnet-base`
ships it (WordNet 3.0 licence, BSD-like: use, copy and distribute with its notice): every
multiword lemma of a noun, adjective, adverb or verb synset, less the synsets that are
instances (WordNet's `@i` pointer: "george_washington", "mary_magdalene", "saint_john" are
people, not expressions). Kept are expressions of two to four words, written in letters,
that hold a given name of `names_given.txt` ("mary", and "john", "tom", which are words too:
a registered name is taken in lower case all the same) or a family name of
`names_family.txt` that is no common word ("front", "moon" are words wherever they stand) and at
least one word that is no name of the lexicon: an expression made of names alone ("jack
russell", "tom ford", "john dory"), or of names joined by small words ("tom and jerry",
"gilbert and sullivan"), reads as people's names and is left out, and so is one with a title,
relation or greeting ("uncle tom", "mother hubbard", "dear john"), which is how a note names
a person (an expression opening with a verb of calling or speaking, "phone bill", "call
mark", is kept here and read as the expression only after a determiner: "the phone bill",
`fixed_expressions.py`). Regenerate with

    apt-get install wordnet-base    # or: apt-get download wordnet-base && dpkg-deb -x ...
    PYTHONPATH=app python -m bench.build_fixed_expressions /usr/share/wordnet
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from casebook import deid
from casebook.deid import greetings, lexicon, vocab

OUT = Path(deid.__file__).with_name("data") / "fixed_expressions.txt"
_PARTS = ("noun", "adj", "adv", "verb")
_SPLIT = re.compile(r"[_\-]")  # WordNet joins words by "_"; a hyphen separates words too
_WORD = re.compile(r"[a-z]+(?:'s)?")  # "john's" of "st_john's_wort"


def lemmas(wordnet: Path) -> set[str]:
    """The multiword lemmas of the synsets that are no instances, lower case, words joined
    by one space (a hyphen becomes "-" kept between its words)."""
    found: set[str] = set()
    for part in _PARTS:
        for line in (wordnet / f"data.{part}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):  # the licence at the head of the file
                continue
            fields = line.split(" | ", 1)[0].split()
            count = int(fields[3], 16)
            words = fields[4 : 4 + 2 * count : 2]
            rest = fields[4 + 2 * count :]
            pointers = int(rest[0])
            if any(rest[1 + 4 * i] == "@i" for i in range(pointers)):
                continue
            for word in words:
                word = re.sub(r"\(.*\)$", "", word).lower()  # "(a)", "(p)" of adjectives
                if "_" in word or "-" in word:
                    found.add(word.replace("_", " "))
    return found


def build(wordnet: Path) -> list[str]:
    names, given, common = lexicon.all_names(), lexicon.given_names(), vocab.common_words()
    person = vocab.TITLES | vocab.FORMAL_TITLES | vocab.ABBREVIATED_TITLES
    person |= vocab.RELATIONS | greetings.OPENERS  # "uncle tom", "dear john"
    small = vocab.function_words(100)  # "and", "of", "the": "tom and jerry"
    kept = set()
    for lemma in lemmas(wordnet):
        words = [w for w in _SPLIT.split(lemma.replace(" ", "_")) if w]
        words = [w.rstrip(".") for w in words]  # "st." of "st._john's_wort"
        if not 2 <= len(words) <= 4 or not all(_WORD.fullmatch(w) for w in words):
            continue
        bare = [w.removesuffix("'s") for w in words]
        if (
            any(w in given or (w in names and w not in common) for w in bare)
            and not all(w in names or w in small for w in bare)
            and not any(w in person for w in bare)
        ):
            kept.add(lemma.replace(".", ""))
    return sorted(kept)


def notice(wordnet: Path) -> str:
    """WordNet's licence, which must appear on every copy, as comment lines."""
    lines = []
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            break
        lines.append(("# " + re.sub(r"^\s*\d+ ?", "", line)).rstrip())
    return "\n".join(lines) + "\n"


def main() -> None:
    wordnet = Path(sys.argv[1])
    expressions = build(wordnet)
    head = (
        "# Fixed expressions of English holding a name of the lexicon (Princeton WordNet 3.0;"
        " bench/build_fixed_expressions.py)\n" + notice(wordnet)
    )
    OUT.write_text(head + "\n".join(expressions) + "\n", encoding="utf-8")
    print(f"{len(expressions)} expressions -> {OUT}")


if __name__ == "__main__":
    main()
