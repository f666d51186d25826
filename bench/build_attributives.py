"""Development-time generator of `app/casebook/deid/data/attributives.tsv`: Finnish and
Swedish words that, in published treebanks, stand before a common noun as its attribute
(an adjective, a demonstrative, a quantifier, a possessive) and never before a name.

Never imported by Casebook: the redactor reads the plain file. Regenerate with

    PYTHONPATH=app:. python -m bench.build_attributives --ud UD-DIR > \
        app/casebook/deid/data/attributives.tsv

Read: every `*.conllu` file under `--ud` of Universal Dependencies' Finnish (FTB, OOD, PUD)
and Swedish (Talbanken, LinES, PUD) treebanks (CC BY-SA 4.0 and CC BY 4.0; counts only). The
mirror stores no train files, so the dev and test files are read: validation sets I, J and K
drew sentences from Swedish-Talbanken's dev and test files, whose figures are then no longer
independent of this list. `bench.nordic_openings` reads Talbanken's test file: it is left
out (`--skip`), so that check stays apart.

A lower-case form is written for its language when it is, at least `--least` (1) times, the
`amod` or `det` (or Swedish `nmod:poss`) of a common noun (UPOS NOUN) right after it, in
Finnish in the nominative singular ("pieni", "uusi", "jokainen": a name's own form is its
nominative), in Swedish before a noun without a definite ending in the treebank's features,
an adjective not in its weak (definite) form ("stor", "ljus", "vår"); when at least `--share`
(half) of the form's occurrences in the files are an attribute of some word (not "få", few
and get; "så", "bara", "nära", "joka": mostly a verb, an adverb or a relative pronoun); and
when it is never the attribute of a proper noun anywhere in the files. A person's pronoun
("sinä", "itse") is none. Such a word right before a lower-case registered name that is a
word of the language makes it the noun (`attributive_nouns.py`).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from bench import conllu

_LANGUAGES = {"fi_": "fi", "sv_": "sv"}
_RELATIONS = frozenset({"amod", "det", "nmod:poss"})


def _files(ud: Path, skip: list[str]) -> list[tuple[str, Path]]:
    found = []
    for path in sorted(ud.rglob("*.conllu")):
        lang = next(
            (code for prefix, code in _LANGUAGES.items() if path.name.startswith(prefix)), None
        )
        if lang and not any(s in path.name for s in skip):
            found.append((lang, path))
    return found


def _fits(lang: str, word: list[str], head: list[str]) -> bool:
    feats = word[5].split("|")
    if "Poss=Yes" not in feats and ("PronType=Prs" in feats or "Reflex=Yes" in feats):
        return False  # "sinä", "itse": a person's pronoun, no attribute
    if lang == "fi":
        return word[7] in ("amod", "det") and "Case=Nom" in feats and "Number=Sing" in feats
    return "Definite=Def" not in head[5].split("|") and not (
        word[3] == "ADJ" and "Definite=Def" in feats
    )


def measure(files: list[tuple[str, Path]], least: int, share: float) -> dict[str, set[str]]:
    """The attributive forms of each language in `files`."""
    counts: dict[str, Counter[str]] = {code: Counter() for code in _LANGUAGES.values()}
    of_names: dict[str, set[str]] = {code: set() for code in _LANGUAGES.values()}
    seen: dict[str, Counter[str]] = {code: Counter() for code in _LANGUAGES.values()}
    uses: dict[str, Counter[str]] = {code: Counter() for code in _LANGUAGES.values()}
    for lang, path in files:
        for words in conllu.columns(path):
            for word in words:
                seen[lang][word[1].lower()] += 1
                relation = word[7].split(":")[0] if word[7] != "nmod:poss" else word[7]
                if relation not in _RELATIONS or not word[6].isdigit() or word[6] == "0":
                    continue
                head = words[int(word[6]) - 1]
                form = word[1].lower()
                uses[lang][form] += 1
                if head[3] == "PROPN":
                    of_names[lang].add(form)
                elif (
                    head[3] == "NOUN"
                    and int(head[0]) == int(word[0]) + 1
                    and word[1].islower()
                    and word[1].isalpha()
                    and _fits(lang, word, head)
                ):
                    counts[lang][form] += 1
    return {
        lang: {
            form
            for form, n in counts[lang].items()
            if n >= least and uses[lang][form] >= share * seen[lang][form]
        }
        - of_names[lang]
        for lang in counts
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--skip", nargs="*", default=["sv_talbanken-ud-test"])
    parser.add_argument("--least", type=int, default=1)
    parser.add_argument("--share", type=float, default=0.5)
    args = parser.parse_args()
    files = _files(args.ud, args.skip)
    found = measure(files, args.least, args.share)
    print("# Finnish and Swedish attributes of common nouns, never of names, in UD treebanks")
    print("# (bench/build_attributives.py), read from:")
    print("# " + " ".join(path.name for _, path in files))
    print("# language<TAB>form")
    for lang in sorted(found):
        for form in sorted(found[lang]):
            print(f"{lang}\t{form}")


if __name__ == "__main__":
    main()
