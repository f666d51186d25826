"""Development-time generator of `app/casebook/deid/data/nouns_de.txt`: German nouns that the
name lexicon also holds as names ("Lage", "Tasche", "Faust", "Kratzer", "Richter").

Never imported by Casebook. `common_de.txt` leaves out every capitalised `wngerman` entry the
lexicon knows as a name (`build_wordlists.german_nouns`), so after "der", "in der" or an
adjective ("kleine Kratzer") such a noun was still read as a stranger's name. A capitalised
entry counts as a noun here when `wngerman` also lists a plural or dative form of it other
than a genitive "s" ("Taschen", "Kratzern", "Gläser"); proper nouns there carry only the
genitive ("Schmidts", "Mozarts"). Given names stay out ("Horst", "Christian", "Sommer":
spoken German puts an article before a given name, "die Anna"). Towns stay in: the rule
reads a word as a noun only after a determiner or an adjective. Regenerate with

    apt-get download wngerman && dpkg-deb -x wngerman_*.deb root
    PYTHONPATH=app python -m bench.build_german_nouns root/usr/share/dict/ngerman
"""

from __future__ import annotations

import sys
from pathlib import Path

from casebook import deid
from casebook.deid import lexicon

OUT = Path(deid.__file__).with_name("data") / "nouns_de.txt"
_UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}


def plural_forms(word: str, entries: set[str]) -> list[str]:
    """The forms of a capitalised `word` other than its genitive that `entries` lists."""
    forms = [word + end for end in ("n", "en", "e", "er", "es")]
    for i in range(len(word) - 1, 0, -1):
        if word[i] in _UMLAUT:  # "Gläser", "Bücher", "Hähne"; "Fäuste" of "Faust"
            i -= word[i - 1 : i + 1] == "au"
            mutated = word[:i] + _UMLAUT[word[i]] + word[i + 1 :]
            forms += [mutated, mutated + "e", mutated + "er"]
            break
    return [f for f in forms if f in entries and f != word]


def build(dictionary: Path) -> list[str]:
    entries = {line.strip() for line in dictionary.read_text(encoding="utf-8").splitlines()}
    names, given = lexicon.all_names(), lexicon.given_names()
    return sorted(
        word.lower()
        for word in entries
        if len(word) >= 3
        and word[:1].isupper()
        and word[1:].islower()
        and word.lower() in names
        and word.lower() not in given  # "Christian", "Horst", "Sommer": people's
        and plural_forms(word, entries)
    )


def main() -> None:
    words = build(Path(sys.argv[1]))
    head = "# German nouns the name lexicon also holds as names (bench/build_german_nouns.py)\n"
    OUT.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
