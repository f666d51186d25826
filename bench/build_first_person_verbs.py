"""Development-time generator of `app/casebook/deid/data/first_person_verbs_en.txt`: English
verbs in the present tense whose subject in published treebanks is "I", and which are almost
never an imperative.

Never imported by Casebook: the redactor reads the plain file. Regenerate with

    PYTHONPATH=app:. python -m bench.build_first_person_verbs --ud /tmp/ud > \
        app/casebook/deid/data/first_person_verbs_en.txt

Read: the English treebanks of Universal Dependencies under `--ud` (EWT, GUM, GUMReddit,
LinES, ParTUT, PUD, ESLSpok; every stored `*.conllu`), less EWT's test file, which
`bench.nordic_openings` reads. A lower-case form is written when it is a finite verb or
auxiliary in the present tense (`VerbForm=Fin`, `Tense=Pres`) with the subject "I" at least
`--min` (10) times, and of all its occurrences as a verb or auxiliary at most `--imperative`
(0.05) are imperatives (`Mood=Imp`): "want" (26 with "I", never an imperative), "think",
"hope"; not "see" (13 with "I", 14 % imperatives: "see you"). Such a form after a word is the
verb of "I", no third person's ("Oki want to know": "ok i want"), and no order given to
someone addressed.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from bench import conllu

_HELD = "en_ewt-ud-test.conllu"


def measure(ud: Path) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Per lower-case form: present finite uses with "I", imperatives, all verb uses."""
    with_i: Counter[str] = Counter()
    imperative: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for path in sorted(ud.glob("UD_English-*/*.conllu")):
        if path.name == _HELD:
            continue
        for sentence in conllu.columns(path):
            for word in sentence:
                if word[3] in ("VERB", "AUX"):
                    total[word[1].lower()] += 1
                    if "Mood=Imp" in word[5]:
                        imperative[word[1].lower()] += 1
            for word in sentence:
                if word[7] != "nsubj" or word[1].lower() != "i" or not word[6].isdigit():
                    continue
                head = int(word[6])
                if head == 0:
                    continue
                verb = sentence[head - 1]
                feats = verb[5].split("|")
                if verb[3] in ("VERB", "AUX") and "VerbForm=Fin" in feats and "Tense=Pres" in feats:
                    with_i[verb[1].lower()] += 1
    return with_i, imperative, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--min", type=int, default=10)
    parser.add_argument("--imperative", type=float, default=0.05)
    args = parser.parse_args()
    with_i, imperative, total = measure(args.ud)
    print("# English present-tense verbs whose subject is 'I' in UD English treebanks, almost")
    print("# never an imperative (bench/build_first_person_verbs.py):")
    print("# form, with I, imperative, all")
    for form in sorted(with_i):
        if form.isalpha() and with_i[form] >= args.min:
            if imperative[form] <= args.imperative * total[form]:
                print(f"{form}\t{with_i[form]}\t{imperative[form]}\t{total[form]}")


if __name__ == "__main__":
    main()
