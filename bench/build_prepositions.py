"""Build `app/casebook/deid/data/prepositions.tsv`: the simple prepositions of Swedish,
Norwegian and English, as Universal Dependencies annotators tag them.

    PYTHONPATH=app:. .venv/bin/python -m bench.build_prepositions --ud /tmp/ud

A form is written here, as `lang<TAB>word`, when the treebank's annotators tag it ADP in
`share` (0.9) of at least `least` (10) occurrences in its DEV file (the development share the
published-text benches let rules be written from; the train files on this machine are empty):
"på", "hos", "vid", "at", "from"; not a form that is as often an adverb, a conjunction or a
particle. The treebanks: UD Swedish-Talbanken, Swedish-LinES,
Norwegian-Nynorsk, English-EWT, English-GUM (CC BY-SA 4.0). No Danish or Bokmål treebank is
at hand; their few spellings of the same prepositions ("af", "fra", "efter", "mod", "uden",
"gennem"; Den Danske Ordbog's word class "præp.") are `DANISH` below.

`unregistered._genitive_before_noun` reads the list: a genitive "s" stands before its head
noun, never before a preposition ("Alwa Rosås på kommunen" is Rosås, not Roså's).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from bench import conllu

OUT = Path(__file__).resolve().parents[1] / "app/casebook/deid/data/prepositions.tsv"
TREEBANKS = (
    ("sv", "UD_Swedish-Talbanken"),
    ("sv", "UD_Swedish-LinES"),
    ("nn", "UD_Norwegian-Nynorsk"),
    ("en", "UD_English-EWT"),
    ("en", "UD_English-GUM"),
)
DANISH = ("af", "fra", "efter", "mod", "uden", "gennem")


def prepositions(
    files: list[tuple[str, Path]], share: float = 0.9, least: int = 10
) -> list[tuple[str, str]]:
    """(lang, word) of every form tagged ADP in `share` of at least `least` occurrences."""
    seen: dict[str, tuple[Counter[str], Counter[str]]] = {}
    for lang, path in files:
        adp, total = seen.setdefault(lang, (Counter(), Counter()))
        for sentence in conllu.read_file(path):
            for word in sentence.words:
                form = word.form.lower()
                total[form] += 1
                adp[form] += word.upos == "ADP"
    out = {
        (lang, form)
        for lang, (adp, total) in seen.items()
        for form, n in total.items()
        if n >= least and adp[form] >= share * n and form.isalpha()
    }
    return sorted(out | {("da", word) for word in DANISH})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, required=True, help="folder of UD_<Name> folders")
    args = parser.parse_args()
    files = [
        (lang, path)
        for lang, name in TREEBANKS
        for path in sorted((args.ud / name).glob("*-ud-dev.conllu"))
    ]
    rows = prepositions(files)
    head = (
        "# Simple prepositions: forms UD annotators tag ADP in 90 % of 10 or more occurrences\n"
        "# (dev files of UD Swedish-Talbanken, Swedish-LinES, Norwegian-Nynorsk,\n"
        "# English-EWT, English-GUM; CC BY-SA 4.0) and six Danish spellings by hand.\n"
        "# Made by bench/build_prepositions.py.\n"
    )
    OUT.write_text(head + "".join(f"{lang}\t{word}\n" for lang, word in rows), encoding="utf-8")
    print(f"{len(rows)} prepositions -> {OUT}")


if __name__ == "__main__":
    main()
