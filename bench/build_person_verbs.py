"""Development-time generator of `app/casebook/deid/data/person_verbs_en.txt`: English verbs
whose subject, in published treebanks, is a person.

Never imported by Casebook: the redactor reads the plain file. Regenerate with

    PYTHONPATH=app:. python -m bench.build_person_verbs --ud /tmp/ud > \
        app/casebook/deid/data/person_verbs_en.txt

Read: the dev and test files of the English treebanks of Universal Dependencies under `--ud`
(EWT, GUM, GUMReddit, LinES, ParTUT, PUD, ESLSpok; `*-ud-dev.conllu`, `*-ud-test.conllu`).
For every verb (UPOS VERB) that heads an `nsubj`, the subject is counted as a person when it
is a proper noun (PROPN) or a personal pronoun of people ("I", "you", "he", "she", "we",
"they", "who", "someone" ...), and as a thing when it is a common noun (NOUN) or a pronoun
of things ("it", "this", "that", "which", "something" ...); other subjects are not counted.
A verb is written when at least `--people` (5) subjects are people and at least `--share`
(0.8) of the counted ones are: "meet" (37 people, 5 things), "find" (68, 17), "prefer" (8,
1); not "grow", "come", "get" (186, 37: 0.83 - written; "happen", "begin" are not). Each line is
`lemma<TAB>people<TAB>things<TAB>form|form…`, the forms being every form the treebanks
tag VERB with that lemma ("find": find, finding, finds, found). A lemma the treebanks tag AUX
more than once in ten ("do": "Tea will do", "did you") is an auxiliary too and is left out.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from bench import conllu

_PEOPLE = frozenset(
    """i you he she we they me him her us them who someone somebody everyone everybody anyone
    anybody nobody""".split()
)
_THINGS = frozenset(
    "it this that which what something everything nothing anything these those".split()
)


def measure(ud: Path) -> tuple[dict[str, list[int]], dict[str, set[str]]]:
    """People and things as subjects of each verb lemma, and the lemma's forms."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tags: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # VERB, AUX
    forms: dict[str, set[str]] = defaultdict(set)
    files = sorted(ud.glob("UD_English-*/en_*-ud-dev.conllu")) + sorted(
        ud.glob("UD_English-*/en_*-ud-test.conllu")
    )
    for path in files:
        for words in conllu.columns(path):
            by_id = {w[0]: w for w in words}
            for word in words:
                if word[3] in ("VERB", "AUX"):
                    tags[word[2].lower()][word[3] == "AUX"] += 1
                if word[3] == "VERB" and word[1].isalpha():
                    forms[word[2].lower()].add(word[1].lower())
                if word[7] != "nsubj":
                    continue
                head = by_id.get(word[6])
                if head is None or head[3] != "VERB":
                    continue
                subject = word[1].lower()
                lemma = head[2].lower()
                if word[3] == "PROPN" or (word[3] == "PRON" and subject in _PEOPLE):
                    counts[lemma][0] += 1
                elif word[3] == "NOUN" or (word[3] == "PRON" and subject in _THINGS):
                    counts[lemma][1] += 1
    for lemma, (verb, aux) in tags.items():
        if aux * 10 > verb + aux:
            counts.pop(lemma, None)
    return counts, forms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--people", type=int, default=5)
    parser.add_argument("--share", type=float, default=0.8)
    args = parser.parse_args()
    counts, forms = measure(args.ud)
    print("# English verbs whose subject in UD English dev/test treebanks is a person")
    print("# (bench/build_person_verbs.py): lemma, people, things, forms")
    for lemma in sorted(counts):
        people, things = counts[lemma]
        if people >= args.people and people / (people + things) >= args.share and lemma.isalpha():
            print(f"{lemma}\t{people}\t{things}\t{'|'.join(sorted(forms[lemma]))}")


if __name__ == "__main__":
    main()
