"""Development-time generator of `app/casebook/deid/data/person_nouns_nordic.txt`: Norwegian,
Danish and Swedish nouns that, in published treebanks, stand for people.

Never imported by Casebook: the redactor reads the plain file. Regenerate with

    PYTHONPATH=app:. python -m bench.build_person_nouns --ud UD-DIR > \
        app/casebook/deid/data/person_nouns_nordic.txt

Read: every `*.conllu` file under `--ud` of Universal Dependencies' Norwegian (Bokmaal,
Nynorsk, NynorskLIA), Danish (DDT) and Swedish (Talbanken, LinES, PUD) treebanks. Swedish
shares many nouns of people with them ("geni", "barn", "medlem", "talent"), and a wider list
only keeps more openings the person. The round's brief allowed the train files, but the
mirror stores only NynorskLIA's (the others are listed, not stored), so the dev and test files
are read too: validation sets I, J and K drew sentences from Danish-DDT's, Norwegian-Bokmaal's
and Swedish-Talbanken's dev and test files, whose figures are then no longer independent of
this list. `bench.nordic_openings` reads Nynorsk's and Talbanken's test files: they are left
out (`--skip`, default `no_nynorsk-ud-test sv_talbanken-ud-test`), so that check stays apart.

A noun (UPOS NOUN) is written, with every form the treebanks give it, when it is
- the predicate of a copula whose subject is a person: a personal pronoun of people ("han er
  ein god lærar", "hun var et geni", "eg er bonde") or a proper noun ("Per er en klok mann";
  a place's or firm's name too, which only writes more nouns), or
- the subject (`nsubj`) of a verb whose pronoun subjects are people: at least `--people` (5)
  times a personal pronoun of people and at least `--share` (0.8) of the pronoun subjects
  counted (those and "det", "den", "dette", "denne", "disse"): "sa", "tenkte", "fortalte".
Such nouns are the people's nouns of the treebanks: "mann", "kvinne", "bonde", "lærer",
"geni", "menneske", "forbilde". `noun_predicates.py` reads them as a person's predicate.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from bench import conllu

_PEOPLE = frozenset("jeg eg du han hun ho vi me dere de dokker jag hon ni".split())
_THINGS = frozenset("det den dette denne disse dei detta denna dessa".split())
_LANGUAGES = ("no_", "da_", "sv_")


def _files(ud: Path, skip: list[str]) -> list[Path]:
    return [
        path
        for path in sorted(ud.rglob("*.conllu"))
        if path.name.startswith(_LANGUAGES) and not any(s in path.name for s in skip)
    ]


def _person(word: list[str]) -> bool:
    return word[3] == "PROPN" or (word[3] == "PRON" and word[1].lower() in _PEOPLE)


def measure(files: list[Path], people: int, share: float) -> dict[str, set[str]]:
    """The people's nouns (lemma: forms) of the treebanks in `files`."""
    sentences = [words for path in files for words in conllu.columns(path)]
    verbs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    forms: dict[str, set[str]] = defaultdict(set)
    for words in sentences:
        by_id = {w[0]: w for w in words}
        for word in words:
            if word[3] == "NOUN" and word[1].isalpha():
                forms[word[2].lower()].add(word[1].lower())
            head = by_id.get(word[6])
            if word[7] != "nsubj" or head is None or head[3] != "VERB" or word[3] != "PRON":
                continue
            if word[1].lower() in _PEOPLE:
                verbs[head[2].lower()][0] += 1
            elif word[1].lower() in _THINGS:
                verbs[head[2].lower()][1] += 1
    person_verbs = {
        lemma for lemma, (p, t) in verbs.items() if p >= people and p / (p + t) >= share
    }
    nouns: set[str] = set()
    for words in sentences:
        by_id = {w[0]: w for w in words}
        copulas = {w[6] for w in words if w[7] == "cop"}
        for word in words:
            head = by_id.get(word[6])
            if head is None or not word[7].startswith("nsubj"):
                continue
            if head[3] == "NOUN" and head[0] in copulas and _person(word):
                nouns.add(head[2].lower())
            elif word[3] == "NOUN" and head[3] == "VERB" and head[2].lower() in person_verbs:
                nouns.add(word[2].lower())
    return {lemma: forms[lemma] | {lemma} for lemma in nouns if lemma.isalpha()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--skip", nargs="*", default=["no_nynorsk-ud-test", "sv_talbanken-ud-test"])
    parser.add_argument("--people", type=int, default=5)
    parser.add_argument("--share", type=float, default=0.8)
    args = parser.parse_args()
    files = _files(args.ud, args.skip)
    nouns = measure(files, args.people, args.share)
    print("# Norwegian, Danish and Swedish nouns of people in UD treebanks")
    print("# (bench/build_person_nouns.py), read from:")
    print("# " + " ".join(path.name for path in files))
    print("# lemma<TAB>forms")
    for lemma in sorted(nouns):
        print(f"{lemma}\t{'|'.join(sorted(nouns[lemma]))}")


if __name__ == "__main__":
    main()
