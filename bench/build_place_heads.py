"""Development-time generator of `app/casebook/deid/data/place_heads_en.txt`: English nouns
that head the proper name of a shop, a workshop, a room, a lane or a trophy ("Tools",
"Hardware", "Supplies", "Workshop", "Room", "Lane", "Cup"), by Princeton WordNet 3.0, read by
`establishment_names.py`.

A name of a business, a room, a street or a cup is often a word and a capitalised common
noun of such a place or trade ("Rise Tools", "the Wheat Room", "the Broom Cup", "Hardy
Lane"). The nouns are the lemmas of every noun synset under (by WordNet's hyponym pointers
`~`, instances left out) one of `ROOTS`, the roots included, with their regular plural:
establishment.n.04 (a public or private structure of business: shop, bakery, garage,
pharmacy); workplace.n.01 (workshop, office, studio, factory); room.n.01 (kitchen,
boardroom, workroom); way.n.06 (a road or path: lane, street, avenue, alley); award.n.02 (a
tangible symbol of distinction: cup, trophy, medal, shield); tool.n.01 (the implements a
trade sells: "X Tools"); hardware.n.02 (ironware) and supply.n.02 (offering goods for sale).
Lemmas of one word in lower case only; the reader decides which are also names.

`place_heads_named_en.txt` holds the heads that Faker's person providers (every locale, MIT)
list as a given or family name, such as "street", "pike", "stack", "plaza", "room" (Dutch
"Room"), "hammer": the lexicon leaves such words out, since they are English words, but after a
given name they are as often a stranger's family name ("I met Rose Street", "we asked Mark
Pike"), so the reader takes them as heads only after "the".

Never imported by Casebook. Regenerate (WordNet 3.0 licence, BSD-like, as for
`name_nouns_en.txt`):

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb root
    PYTHONPATH=app:. python -m bench.build_place_heads root/usr/share/wordnet
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.build_person_nouns_en import DATA, _synsets

OUT = DATA / "place_heads_en.txt"
NAMED = DATA / "place_heads_named_en.txt"
# Noun synsets of WordNet 3.0 (offsets in data.noun) whose hyponyms head names of places
# of business, rooms, lanes and trophies; the module's docstring says what each holds.
ROOTS = {
    "03297735": "establishment",
    "04602044": "workplace",
    "04105893": "room",
    "04564698": "way",
    "06696483": "award",
    "04451818": "tool",
    "03493792": "hardware",
    "13563522": "supply",
}


def plural(word: str) -> str:
    """The regular English plural of `word` ("tool" "tools", "supply" "supplies")."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def place_heads(wordnet: Path) -> list[str]:
    """The lower-case single-word lemmas under `ROOTS` and their plurals."""
    synsets = _synsets(wordnet)
    for offset, name in ROOTS.items():
        if name not in synsets[offset][0]:
            raise SystemExit(f"{offset} is not {name}: another WordNet version?")
    words: set[str] = set()
    seen: set[str] = set()
    stack = list(ROOTS)
    while stack:
        offset = stack.pop()
        if offset in seen:
            continue
        seen.add(offset)
        lemmas, hyponyms = synsets[offset]
        for lemma in lemmas:
            if lemma.isalpha() and lemma.islower():
                words.update((lemma, plural(lemma)))
        stack.extend(hyponyms)
    return sorted(words)


def faker_names() -> frozenset[str]:
    """Every given and family name of Faker's person providers, all locales, lower case."""
    import importlib
    import pkgutil

    import faker.providers.person as providers

    names: set[str] = set()
    for module in pkgutil.iter_modules(providers.__path__):
        provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        for attribute in dir(provider):
            if attribute.startswith(("first_names", "last_names")):
                value = getattr(provider, attribute)
                if isinstance(value, (list, tuple, dict, set, frozenset)):
                    names.update(str(name).lower() for name in value)
    return frozenset(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="folder holding WordNet's data.noun")
    words = place_heads(parser.parse_args().wordnet)
    header = (
        "# English nouns heading names of shops, workplaces, rooms, lanes and trophies: the\n"
        "# lemmas under establishment, workplace, room, way, award, tool, hardware and supply\n"
        "# in Princeton WordNet 3.0, with their plurals; made by bench/build_place_heads.py.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    named = sorted(set(words) & faker_names())
    NAMED.write_text(
        "# Heads of place_heads_en.txt that Faker's person providers (all locales, MIT) list as a\n"
        "# given or family name; made by bench/build_place_heads.py.\n" + "\n".join(named) + "\n",
        encoding="utf-8",
    )
    print(f"{len(words)} words, {len(named)} also names")


if __name__ == "__main__":
    main()
