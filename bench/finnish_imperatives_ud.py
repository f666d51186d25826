"""Check `finnish_imperatives.forms` against the imperatives and connegatives UD annotators
tagged in Finnish treebanks (text nobody here wrote).

    PYTHONPATH=app:. python -m bench.finnish_imperatives_ud /tmp/ud/UD_Finnish-*/*.conllu

For every verb token tagged `Mood=Imp` (no clitic) or `Connegative=Yes` in the indicative
present, whose lemma the rules derive forms of, prints how often the written form is one
of them (agreement), and the tokens it is not (the derivation's misses, and the singular's
errors where the lemma's weak grade was derived wrongly). Also prints how many of the
derived forms of the Finnish word lists (`is_imperative`) are forms the treebanks hold for
another lemma or part of speech (a derived "form" that is really some other word).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from casebook.deid import finnish_imperatives, vocab


def _tokens(paths: list[str]) -> list[list[str]]:
    rows = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                rows.append(cols)
    return rows


def main(paths: list[str]) -> None:
    rows = _tokens(paths)
    words = vocab.listed("fi")
    agree, disagree = 0, Counter()
    other = Counter()  # forms the treebanks hold as something else than the verb's imperative
    verbal: dict[str, set[str]] = {}
    for cols in rows:
        form, lemma, upos, feats = cols[1].lower(), cols[2].lower(), cols[3], cols[5]
        imperative = "Mood=Imp" in feats and "Clitic" not in feats
        connegative = "Connegative=Yes" in feats and "Mood=Ind" in feats and "Past" not in feats
        if upos in ("VERB", "AUX") and (imperative or connegative) and "ei" != lemma:
            verbal.setdefault(form, set()).add(lemma)
            derived = finnish_imperatives.forms(lemma, words)
            if not derived:
                continue
            if form in derived:
                agree += 1
            else:
                disagree[(form, lemma)] += 1
    derived = finnish_imperatives._derived()
    for cols in rows:
        form, lemma = cols[1].lower(), cols[2].lower()
        if form in derived and lemma not in verbal.get(form, set()):
            if form in finnish_imperatives.forms(lemma, words):
                continue
            other[(form, lemma, cols[3])] += 1
    total = agree + sum(disagree.values())
    print(f"imperative/connegative tokens with a derivation: {total}, agree {agree}")
    print("disagree:", disagree.most_common(40))
    print(f"derived forms of the lists: {len(derived)}; held as something else: {len(other)}")
    print("other:", other.most_common(40))


if __name__ == "__main__":
    main(sys.argv[1:])
