"""Proper nouns between an English article and a noun in published text: persons or things?

    PYTHONPATH=app:. .venv/bin/python -m bench.article_modifiers /tmp/ud [--show 40]

`article_modifiers.py` reads a capitalised word-name right after "the", "a", "an", "this",
"these" or "those" and right before a lower-case word that can be a noun ("the Ivory room")
as the noun's modifier. This takes every sentence of the UD English treebanks under the given
folder (EWT, GUM, LinES, PUD: CC BY-SA 4.0 and CC BY 4.0 family), finds each capitalised
token in that slot the annotators tagged PROPN (the rule's slot test `noun_here` on the word
after it, the dictionary test on the word itself left out: a treebank's proper nouns are
seldom words), and counts how many GUM's entity layer marks as a person (`Entity=(...-person-`
opening on the token itself or on the article before it, which spans the phrase). Every
hit is printed with its sentence to be read for persons by eye in the other treebanks.

With `--substitute WORD ...` it instead puts each word-name in place of every proper noun that
GUM marks as a person or that a treebank attaches as a subject, object, oblique, nominal
modifier or apposition, in the sentence rebuilt from its tokens, and prints every place the
whole rule reads the word-name there as a thing: a person's slot the rule would release.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from casebook.deid import article_modifiers

_ARTICLES = frozenset("the a an this these those".split())
_PERSON = re.compile(r"Entity=[^|]*\(\d+-person-")


def _rows(path: Path) -> list[tuple[str, list[list[str]]]]:
    sentences, text, rows = [], "", []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# text ="):
            text = line.split("=", 1)[1].strip()
        elif not line:
            if rows:
                sentences.append((text, rows))
            text, rows = "", []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append(cols)
    return sentences


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("ud", type=Path)
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument("--substitute", nargs="+", default=[])
    args = parser.parse_args()
    if args.substitute:
        _substitute(args.ud, args.substitute)
        return
    counts: Counter[str] = Counter()
    shown = 0
    for path in sorted(args.ud.glob("UD_English-*/*.conllu")):
        for text, rows in _rows(path):
            for i in range(1, len(rows) - 1):
                form, upos = rows[i][1], rows[i][3]
                article, nxt = rows[i - 1][1], rows[i + 1][1]
                if article.lower() not in _ARTICLES or not form[:1].isupper():
                    continue
                if not form[1:].islower() or not nxt.islower():
                    continue
                slot = article_modifiers.noun_here(nxt)
                counts[f"{upos} slot={slot}"] += 1
                if upos != "PROPN" or not slot:
                    continue
                at = text.find(f"{article} {form} {nxt}")
                whole = at >= 0 and article_modifiers.modifier(
                    text, at + len(article) + 1, at + len(article) + 1 + len(form)
                )
                counts[f"PROPN in slot, whole rule={whole}"] += 1
                person = bool(_PERSON.search(rows[i][9]) or _PERSON.search(rows[i - 1][9]))
                gum = "GUM" in path.parent.name
                counts[
                    f"PROPN in slot, GUM person={person}" if gum else "PROPN in slot, other"
                ] += 1
                if shown < args.show or person:
                    shown += 1
                    mark = "PERSON " if person else ""
                    mark += "RULE " if whole else ""
                    print(f"{mark}{path.parent.name}: {article} «{form}» {nxt} | {text[:140]}")
    for key, value in sorted(counts.items()):
        print(f"{value:6d}  {key}")


_SLOTS = frozenset("nsubj obj iobj obl nmod appos".split())


def _substitute(ud: Path, names: list[str]) -> None:
    """Put each of `names` in place of every person, subject or object proper noun and print
    where the rule reads it as a thing."""
    counts: Counter[str] = Counter()
    for path in sorted(ud.glob("UD_English-*/*.conllu")):
        for _text, rows in _rows(path):
            forms = [row[1] for row in rows]
            for i, row in enumerate(rows):
                person = bool(_PERSON.search(row[9]))
                if row[3] != "PROPN" or not (person or row[7].split(":")[0] in _SLOTS):
                    continue
                for name in names:
                    before = " ".join(forms[:i])
                    text = " ".join([*forms[:i], name, *forms[i + 1 :]])
                    start = len(before) + 1 if before else 0
                    counts["slots tried"] += 1
                    if article_modifiers.modifier(text, start, start + len(name)):
                        slot = "person" if person else row[7]
                        counts[f"read as a thing ({slot})"] += 1
                        print(f"{path.parent.name} {slot}: {text[max(0, start - 50) : start + 50]}")
    for key, value in sorted(counts.items()):
        print(f"{value:6d}  {key}")


if __name__ == "__main__":
    main()
