"""Finnish words that are registered given names, opening a line or sentence of a note: how often
the word is removed, and how often the person is caught where the name stands there.

    PYTHONPATH=app:. .venv/bin/python -m bench.finnish_openings --conllu FILE ... [--share held]

Sentences: UD_Finnish-FTB (dev and test, commit 2dd197c), UD_Finnish-PUD (fa2c5ad) and
UD_Finnish-OOD (11f60a9), CC BY(-SA) 4.0; never Finnish-TDT, which held-out J is built from.

(a) `words`: a sentence whose first word is tagged as no proper noun by the annotators and is
in lower case a given name of Faker's `fi_FI` person provider or of the names lexicon ("Aina",
"Mies", "Kai", "Sisko" ...); so too a clause opening with such a word after a comma, colon or
semicolon (", aina kun ..."), capitalised as the sentence it could be. A person of that given
name (a Faker `fi_FI` surname) is registered, and the sentence is laid out as a note's line:
after a clock time ("10:42 "), after a bullet ("- "), under a heading, and in running prose
after the sentence before it. The word is counted removed when any span covers its first
letter; the share is also given for the words that are Faker `fi_FI` given names alone
("Kai", "Sisko", "Toivo"), since the lexicon also holds rarer names that are among Finnish's
most frequent words ("Mies", "Olin").

(b) `names`: a sentence opening with "Hän", "Hänen", "Hänelle", "Häntä", "Hänet" (or another
case of the pronoun); the pronoun is replaced by one of the registered names of (a) in the
pronoun's case (`bench.inflected_names.finnish_case`), laid out the same ways. The names are
those of (a) that Faker's `fi_FI` has, and Faker's `fi_FI` given names that are Finnish words
("Toivo", "Satu", "Onni", "Armas", "Veli"). The name is
counted caught when a span covers its first letter.

Every fourth sentence of each file (index % 4 == 3) is held out (`--share held`): fixes are
checked on it and drawn from the others (`--share tune`).
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from casebook.deid import lexicon
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry

from bench.inflected_names import PRONOUNS, finnish_case

LAYOUTS: tuple[str, ...] = ("clock", "bullet", "heading", "prose")
HEADINGS: tuple[str, ...] = ("Havainnot", "Kotikäynti:", "Yhteenveto", "Tapaaminen")


@dataclass(frozen=True, slots=True)
class Sentence:
    source: str
    index: int
    text: str
    first: str  # the first token as written
    first_upos: str
    clauses: tuple[str, ...] = ()  # the sentence's text from each word opening a clause in it


def read_conllu(path: Path, given: frozenset[str] = frozenset()) -> Iterator[Sentence]:
    """Each sentence of a CoNLL-U file with its first token and that token's UPOS, and the
    clauses opening with an ordinary word in `given` after a comma, colon or semicolon."""
    text, index, tokens = "", 0, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[len("# text = ") :].strip()
        elif line and line[0].isdigit():
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                tokens.append((cols[1], cols[3]))
        elif not line and text and tokens:
            clauses = tuple(_clauses(text, tokens, given))
            yield Sentence(path.stem, index, text, tokens[0][0], tokens[0][1], clauses)
            text, index, tokens = "", index + 1, []


def _clauses(text: str, tokens: list[tuple[str, str]], given: frozenset[str]) -> Iterator[str]:
    at = 0
    for i, (form, upos) in enumerate(tokens):
        at = text.find(form, at)
        if at < 0:
            return
        if (
            i
            and tokens[i - 1][0] in {",", ":", ";"}
            and form.islower()
            and upos != "PROPN"
            and form in given
            and len(tokens) - i > 3
        ):
            yield form[0].upper() + text[at + 1 :]
        at += len(form)


def held(sentence: Sentence) -> bool:
    return sentence.index % 4 == 3


def in_share(sentence: Sentence, share: str) -> bool:
    """`held`: every fourth sentence of its file; `tune`: the others; `all`: every one."""
    return share == "all" or held(sentence) == (share == "held")


def given_pool() -> frozenset[str]:
    """Lower-case given names of Faker's `fi_FI` provider and of the names lexicon."""
    from faker import Faker

    provider = Faker("fi_FI").provider("faker.providers.person")
    faker = {n.lower() for n in provider.first_names}  # type: ignore[union-attr]
    return frozenset(faker | lexicon.given_names())


def word_openings(sentences: list[Sentence], given: frozenset[str]) -> list[tuple[Sentence, str]]:
    """(sentence, text opening with the word) for each sentence whose first word, or the first
    word of a clause in it, is an ordinary word that is also a given name."""
    out = []
    for s in sentences:
        if (
            s.first_upos != "PROPN"
            and s.first[:1].isupper()
            and s.first[1:].islower()
            and s.first.isalpha()
            and len(s.first) > 2
            and s.first.lower() in given
            and s.text.startswith(s.first)
        ):
            out.append((s, s.text))
        out += [(s, clause) for clause in s.clauses if len(clause.split()[0]) > 2]
    return out


def opening(text: str) -> str:
    return text.split()[0].rstrip(".,:;!?")


def faker_given() -> frozenset[str]:
    """Faker `fi_FI` given names as written."""
    from faker import Faker

    provider = Faker("fi_FI").provider("faker.providers.person")
    return frozenset(provider.first_names)  # type: ignore[union-attr]


def word_names() -> list[str]:
    """Faker `fi_FI` given names that are Finnish words ("Toivo", "Satu", "Veli")."""
    from casebook.deid import note_language
    from faker import Faker

    provider = Faker("fi_FI").provider("faker.providers.person")
    names = provider.first_names  # type: ignore[union-attr]
    return sorted({n for n in names if note_language.word_of(n.lower(), "fi")})


def pronoun_openings(sentences: list[Sentence]) -> list[Sentence]:
    return [s for s in sentences if s.first.lower() in PRONOUNS["fi"] and s.first[0].isupper()]


def layout(kind: str, target: str, before: str, rng: random.Random) -> tuple[str, int]:
    """A note of two lines or sentences whose second opens with `target`; returns the note
    and the offset of `target`."""
    if kind == "clock":
        head = f"10:31 {before}\n10:42 "
    elif kind == "bullet":
        head = f"- {before}\n- "
    elif kind == "heading":
        head = f"{before}\n\n{rng.choice(HEADINGS)}\n"
    else:
        head = before.rstrip() + ("" if before.rstrip()[-1:] in ".!?" else ".") + " "
    return head + target, len(head)


def surnames(seed: int) -> list[str]:
    from faker import Faker

    fake = Faker("fi_FI")
    fake.seed_instance(seed)
    return sorted({fake.last_name() for _ in range(300)})


def registry_of(names: list[str], seed: int) -> Registry:
    family = surnames(seed)
    rng = random.Random(seed)
    return Registry(
        NameEntry(f"p:{i}", f"{name} {rng.choice(family)}", f"[person {i}]")
        for i, name in enumerate(names)
    )


def covered(redactor: Redactor, note: str, at: int) -> bool:
    return any(s.start <= at < s.end for s in redactor.spans(note))


def measure(
    sentences: list[Sentence], share: str, seed: int = 2026, show: int = 0
) -> dict[str, float]:
    """(a) share of ordinary word openings removed, (b) recall of names standing for "hän"."""
    given = given_pool()
    before = {(s.source, s.index): s for s in sentences}
    words = word_openings(sentences, given)
    names = sorted({opening(text) for _, text in words} | set(word_names()))
    pool = [n for n in names if n in set(word_names())]
    faker_names = faker_given()
    redactor = registry_of(names, seed).redactor()
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    shown: list[str] = []

    def previous(s: Sentence) -> str:
        prior = before.get((s.source, s.index - 1))
        return prior.text if prior is not None else "Käynti sujui hyvin."

    for s, text in words:
        if not in_share(s, share):
            continue
        faker = opening(text) in faker_names
        for kind in LAYOUTS:
            note, at = layout(kind, text, previous(s), rng)
            counts[f"words {kind}"] += 1
            counts["faker words"] += faker
            if covered(redactor, note, at):
                counts[f"words {kind} removed"] += 1
                counts["faker words removed"] += faker
                if len(shown) < show:
                    shown.append(f"removed {kind}: {note!r}")
    for s in pronoun_openings(sentences):
        if not in_share(s, share) or not pool:
            continue
        name = rng.choice(pool)
        form = finnish_case(name, PRONOUNS["fi"][s.first.lower()])
        target = form + s.text[len(s.first) :]
        for kind in LAYOUTS:
            note, at = layout(kind, target, previous(s), rng)
            counts[f"names {kind}"] += 1
            if covered(redactor, note, at):
                counts[f"names {kind} caught"] += 1
            elif len(shown) < 2 * show:
                shown.append(f"missed {kind}: {note!r}")
    figures: dict[str, float] = {}
    for part, verdict in (("words", "removed"), ("names", "caught")):
        total = sum(counts[f"{part} {k}"] for k in LAYOUTS)
        hit = sum(counts[f"{part} {k} {verdict}"] for k in LAYOUTS)
        figures[f"{part} {verdict}"] = hit / max(1, total)
        figures[f"{part} n"] = total
        for k in LAYOUTS:
            figures[f"{part} {verdict} {k}"] = counts[f"{part} {k} {verdict}"] / max(
                1, counts[f"{part} {k}"]
            )
    figures["words removed (Faker fi_FI names)"] = counts["faker words removed"] / max(
        1, counts["faker words"]
    )
    figures["faker words n"] = counts["faker words"]
    for line in shown:
        print(" ", line)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conllu", type=Path, nargs="+", required=True)
    parser.add_argument("--share", choices=("held", "tune", "all"), default="held")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    given = given_pool()
    sentences = [s for path in args.conllu for s in read_conllu(path, given)]
    figures = measure(sentences, args.share, args.seed, args.show)
    for part, verdict in (("words", "removed"), ("names", "caught")):
        print(
            f"{part} {verdict} {figures[f'{part} {verdict}']:.3f} "
            f"of {int(figures[f'{part} n'])}: "
            + ", ".join(f"{k} {figures[f'{part} {verdict} {k}']:.3f}" for k in LAYOUTS)
        )
    print(
        f"words removed, Faker fi_FI given names only: "
        f"{figures['words removed (Faker fi_FI names)']:.3f} of {int(figures['faker words n'])}"
    )


if __name__ == "__main__":
    main()
