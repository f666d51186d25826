"""A participant's turn after a label of people, and a list of people after the same label,
in published text: the false name spans a label adds to a sentence, and the listed names
found.

    PYTHONPATH=.:app .venv/bin/python -m bench.labelled_turns --ud DIR [--show N]

Interview transcripts label the participant's turn with the words minutes use for who was
there ("Deltagare:", "Deltakere:", "Participants:"). DIR holds CoNLL-U files of treebanks no
held-out set is built from: Swedish-LinES and Swedish-Talbanken, Norwegian-NynorskLIA
(transcribed speech) and Norwegian-Nynorsk, English-GUM, English-EWT and English-LinES (dev
and test files). Sentences of 3 to 25 words with no proper noun (so every name span there is
false) become turns: "<label>: <sentence>", as written and with its first letter lowered, the
label drawn from the language's labels of people (`LABELS`). `gained` counts the name spans
of the labelled line that the bare sentence has not: each is a word of the turn read as a
person.

Lists: two to four names of Python Faker's person providers (`bench.treebank_names.pools`,
the held-out pool), given names alone or with a family name, joined by commas and the
language's "och"/"og"/"and", a role in brackets after one now and then, after the same
labels, as written, in lower case or in capitals; a name counts as found when a name span
covers its first letter. No rule is written from these lines: they confirm that a turn is
told from a list on text nobody here wrote."""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from bench.conllu import read_file
from bench.treebank_names import pools

TREEBANKS = {
    "sv": ("UD_Swedish-LinES", "UD_Swedish-Talbanken"),
    "no": ("UD_Norwegian-NynorskLIA", "UD_Norwegian-Nynorsk"),
    "en": ("UD_English-GUM", "UD_English-EWT", "UD_English-LinES"),
}
LABELS = {
    "sv": ("Deltagare", "Närvarande", "Kontaktperson", "Deltagare"),
    "no": ("Deltakere", "Til stede", "Kontaktperson", "Deltakere"),
    "en": ("Participants", "Present", "Contact", "Attendees"),
}
_AND = {"sv": "och", "no": "og", "en": "and"}
_ROLES = {"sv": "tolk", "no": "tolk", "en": "interpreter"}
_PER_LANGUAGE = 1500


def turns(ud: Path, language: str, rng: random.Random) -> list[str]:
    """Sentences of the language's treebanks with no proper noun, 3 to 25 words."""
    out: list[str] = []
    for name in TREEBANKS[language]:
        for path in sorted((ud / name).glob("*-ud-[dt]e[vs]*.conllu")):
            for sentence in read_file(path):
                words = sentence.words
                if not 3 <= len(words) <= 25 or any(w.upos == "PROPN" for w in words):
                    continue
                if any(c.isdigit() or c == "@" for c in sentence.text):
                    continue
                out.append(sentence.text)
    rng.shuffle(out)
    return out[:_PER_LANGUAGE]


def listed(language: str, names: list[str], rng: random.Random) -> tuple[str, list[str]]:
    """A list of two to four names after a label of people, and the names as written."""
    chosen = rng.sample(names, rng.randint(2, 4))
    case = rng.choice(("as", "as", "lower", "upper"))
    written = [{"lower": n.lower(), "upper": n.upper()}.get(case, n) for n in chosen]
    items = [f"{w} ({_ROLES[language]})" if rng.random() < 0.2 else w for w in written]
    body = ", ".join(items[:-1]) + f" {_AND[language]} " + items[-1]
    return f"{rng.choice(LABELS[language])}: {body}", written


def _names(redactor: Redactor, text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in redactor.spans(text) if s.kind == "name"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    redactor = Redactor(Registry([]))
    rng = random.Random(15)
    held_out_names = pools(7)[0][True]
    gained: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    shown: list[str] = []
    for language in TREEBANKS:
        for sentence in turns(args.ud, language, rng):
            for text in (sentence, sentence[:1].lower() + sentence[1:]):
                label = f"{rng.choice(LABELS[language])}: "
                bare = len(_names(redactor, text))
                spans = _names(redactor, label + text)
                extra = max(0, len(spans) - bare)
                lines[language] += 1
                gained[language] += extra
                if extra and len(shown) < args.show:
                    line = label + text
                    shown.append(f"{language} {[line[s:e] for s, e in spans]} {line}")
        for _ in range(_PER_LANGUAGE // 3):
            line, written = listed(language, held_out_names, rng)
            spans = _names(redactor, line)
            at = len(line.split(": ", 1)[0]) + 2
            for name in written:
                start = line.index(name, at)
                total[language] += 1
                found[language] += any(s <= start < e for s, e in spans)
    for language in TREEBANKS:
        print(
            f"{language}: turns {lines[language]} lines, gained name spans {gained[language]}; "
            f"lists: names found {found[language]}/{total[language]}"
            f" ({found[language] / max(1, total[language]):.3f})"
        )
    print(
        f"all: gained name spans {sum(gained.values())} in {sum(lines.values())} turns; "
        f"listed names found {sum(found.values())}/{sum(total.values())}"
    )
    for line in shown:
        print(line)


if __name__ == "__main__":
    main()
