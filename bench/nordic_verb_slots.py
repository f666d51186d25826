"""Which words of published Norwegian and Danish sentences stand in the verb slots of
`casebook.deid.nordic_verbs` (a lower-case registered word there is read as the verb): the
treebanks' tags of every word found there, and the proper nouns among them, which the rule
would keep if they were registered names typed in lower case.

    PYTHONPATH=app:. python -m bench.nordic_verb_slots FILE.conllu [FILE.conllu ...]

Universal Dependencies dev and test files (counts only): each sentence is written in lower
case and every word in it asked; a proper noun found in a slot is printed with its
sentence. Then each proper noun is replaced by a word-name that the lists conjugate as a
verb ("gro") and by one they do not ("snorre"), in lower case, and the replacements the
rule would keep are counted: a name typed in lower case where the treebank has a proper
noun.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from casebook.deid import nordic_verbs


def _sentences(path: str):
    text, tokens = "", []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                text = line[len("# text = ") :]
            elif not line:
                if text and tokens:
                    yield text, tokens
                text, tokens = "", []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    tokens.append((cols[1], cols[3]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    tags: Counter[str] = Counter()
    proper = 0
    words = 0
    for path in args.files:
        for text, tokens in _sentences(path):
            low = text.lower()
            at = 0
            for form, upos in tokens:
                found = low.find(form.lower(), at)
                if found < 0:
                    continue
                at = found + len(form)
                if not re.fullmatch(r"[^\W\d_]+", form):
                    continue
                words += 1
                if nordic_verbs.verb_here(low, low, found, at):
                    tags[upos] += 1
                    if upos == "PROPN":
                        proper += 1
                        print(f"PROPN {form}: {text}")
    print(f"words {words}; in a verb slot: {dict(tags.most_common())}; proper nouns {proper}")
    for name in ("gro", "snorre"):
        put, kept = 0, 0
        for path in args.files:
            for text, tokens in _sentences(path):
                low = text.lower()
                at = 0
                for form, upos in tokens:
                    found = low.find(form.lower(), at)
                    if found < 0:
                        continue
                    at = found + len(form)
                    if upos != "PROPN" or not re.fullmatch(r"[^\W\d_]+", form):
                        continue
                    put += 1
                    changed = low[:found] + name + low[at:]
                    if nordic_verbs.verb_here(changed, changed, found, found + len(name)):
                        kept += 1
                        print(f"KEPT {name} for {form}: {text}")
        print(f"{name} put in for {put} proper nouns: kept as the verb {kept}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
