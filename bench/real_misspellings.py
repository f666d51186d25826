"""Registered names misspelt the way people really misspell: recall and the right person's tag
per kind of edit, name length and origin, on an error model the redactor was not written from.

    PYTHONPATH=app:. .venv/bin/python -m bench.real_misspellings --errors FILE [--show N]

The error model is learnt from real misspellings: Peter Norvig's `spell-errors.txt` (the
Birkbeck spelling error corpus and others as Norvig collected them, "correct: wrong, wrong*n";
read from a copy, e.g. github:sahildua2305/nlp1-norvig at commit 36cb4dce, `spell-errors.txt`;
nothing of it is copied into Casebook). Each pair of alphabetic words (4 letters at least, 2
edits at most) is aligned (Damerau-Levenshtein, with its path) and its edits counted:
substitutions (which letter for which), dropped and added letters (a doubled letter written
once, a letter doubled), swapped neighbours, each with where it falls (first letter, last,
inside). A misspelling of a name applies the same number of edits as a real pair of that
length did, each drawn in proportion to how often people made it given the letters the name
has. A hand-made `NORDIC` kind writes å, ä, ö, ø, æ the ways a keyboard without them does.

Held out: the pairs are split by crc32 of the correct word (half teach the development model,
half the held-out one) and the names too (one in four held out); rules are written from the
development notes only and checked on the held-out ones.

Names: given names per country of gender-guesser's `nam_dict` (Jörg Michael, GFDL; the
Nordic countries, Britain/USA, Germany, Poland, Turkey, Bosnia, Arabia/Persia), frequency 3
or more, and family names of mimesis 22.2 (MIT) of the same locale; names the development
corpus registers are left out. Studies of 50 people each are registered (a given and a family
name, a tag each); every note has one misspelt name of a registered person, as a note-taker
writes it (subject, object, list, after a preposition) in the language of its country
(English for the others, Swedish or Norwegian for a third of them). A misspelling that is a
word of the dictionaries, a name of the lexicon or another registered form is left out, as in
`misspelt_names.py`.

Reported, development and held-out: recall (the name covered) and tagged (every span on it
carries the person's key), by number of edits, kind of the first edit, length and origin;
`other removed` counts words removed elsewhere in the notes (the cost).
"""

from __future__ import annotations

import argparse
import random
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry

VOWELS = frozenset("aeiouyåäöøæ")
NORDIC = {"å": ("a", "aa", "o"), "ä": ("a", "ae", "e"), "ö": ("o", "oe"), "ø": ("o", "oe", "ö")}
NORDIC["æ"] = ("ae", "a", "e")
# (nam_dict country, mimesis locale, note language)
ORIGINS = (
    ("Sweden", "sv", "sv"),
    ("Norway", "no", "no"),
    ("Denmark", "da", "da"),
    ("Finland", "fi", "fi"),
    ("Great Britain", "en", "en"),
    ("U.S.A.", "en", "en"),
    ("Germany", "de", "en"),
    ("Poland", "pl", "sv"),
    ("Turkey", "tr", "sv"),
    ("Bosnia and Herzegovina", "hr", "no"),
    ("Arabia/Persia", "", "en"),  # no romanised family names: another given name
)
SENTENCES = {
    "en": (
        "{n} called the unit this morning to ask about the new times.",
        "Saw {n} at the drop-in; we talked about her sleep.",
        "Spoke with {n} about the plan for the holidays.",
        "Present: {n}, the social worker and an interpreter.",
        "According to {n} things are calmer at home now.",
        "Left a message for {n}, will try again on Monday.",
        "Mum says {n} has been helping with the shopping.",
        "Discussed with {n} whether to change the dose.",
    ),
    "sv": (
        "{n} ringde avdelningen i morse och frågade om tiderna.",
        "Träffade {n} på mottagningen, vi pratade om sömnen.",
        "Samtal med {n} om planeringen inför sommaren.",
        "Närvarande: {n}, kurator och tolk.",
        "Enligt {n} är det lugnare hemma nu.",
        "Sökte {n} per telefon, inget svar, nytt försök i morgon.",
        "Mamma berättar att {n} hjälper till med handlingen.",
    ),
    "no": (
        "{n} ringte avdelingen i dag tidlig og spurte om timene.",
        "Møtte {n} på dagsenteret, vi snakket om søvnen.",
        "Samtale med {n} om planen for sommeren.",
        "Til stede: {n}, sosionom og tolk.",
        "Ifølge {n} er det roligere hjemme nå.",
    ),
    "da": (
        "{n} ringede til afdelingen i morges og spurgte om tiderne.",
        "Mødte {n} i dagcentret, vi talte om søvnen.",
        "Samtale med {n} om planen for sommeren.",
        "Til stede: {n}, socialrådgiver og tolk.",
    ),
    "fi": (
        "{n} soitti osastolle aamulla ja kysyi ajoista.",
        "Paikalla: {n}, sosiaalityöntekijä ja tulkki.",
        "{n} kertoi, että kotona on nyt rauhallisempaa.",
        "Puhelu: {n} ei vastannut, yritetään huomenna uudelleen.",
    ),
}


class Edit(NamedTuple):
    """One edit of a real misspelling: `kind` (sub, drop, undouble, add, double, swap),
    the letters written (`old`) and instead (`new`), and where (first, inside, last)."""

    kind: str
    old: str
    new: str
    where: str


def _where(i: int, length: int) -> str:
    return "first" if i == 0 else "last" if i >= length - 1 else "inside"


def align(right: str, wrong: str) -> list[Edit] | None:
    """The edits (optimal string alignment) that turn `right` into `wrong`, or None past 2."""
    n, m = len(right), len(wrong)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = right[i - 1] != wrong[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and right[i - 1] == wrong[j - 2] and right[i - 2] == wrong[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    if d[n][m] > 2:
        return None
    edits: list[Edit] = []
    i, j = n, m
    while i or j:
        if i and j and right[i - 1] == wrong[j - 1] and d[i][j] == d[i - 1][j - 1]:
            i, j = i - 1, j - 1
            continue
        if (
            i > 1
            and j > 1
            and right[i - 1] == wrong[j - 2]
            and right[i - 2] == wrong[j - 1]
            and d[i][j] == d[i - 2][j - 2] + 1
        ):
            edits.append(Edit("swap", right[i - 2 : i], wrong[j - 2 : j], _where(i - 2, n)))
            i, j = i - 2, j - 2
        elif i and j and d[i][j] == d[i - 1][j - 1] + 1:
            edits.append(Edit("sub", right[i - 1], wrong[j - 1], _where(i - 1, n)))
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            c = right[i - 1]
            twin = (i > 1 and right[i - 2] == c) or (i < n and right[i] == c)
            edits.append(Edit("undouble" if twin else "drop", c, "", _where(i - 1, n)))
            i -= 1
        else:
            c = wrong[j - 1]
            before = right[i - 1] if i else ""
            after = right[i] if i < n else ""
            kind = "double" if c in (before, after) else "add"
            edits.append(Edit(kind, "", c, _where(i, n + 1)))
            j -= 1
    return edits


class Model(NamedTuple):
    edits: Counter[Edit]
    letters: Counter[tuple[str, str]]  # (letter or pair, where) in the correct words
    counts: dict[int, Counter[int]]  # length of the word -> number of edits


def pairs(path: Path) -> Iterable[tuple[str, str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        right, _, wrongs = line.partition(":")
        right = right.strip().lower()
        if not right.isalpha() or len(right) < 4:
            continue
        for wrong in wrongs.split(","):
            wrong = wrong.strip().split("*")[0].lower()
            if wrong.isalpha() and wrong != right:
                yield right, wrong


def held_out_word(word: str, share: int = 2) -> bool:
    return zlib.crc32(word.encode()) % share == 0


def learn(path: Path, held: bool) -> Model:
    edits: Counter[Edit] = Counter()
    letters: Counter[tuple[str, str]] = Counter()
    counts: dict[int, Counter[int]] = defaultdict(Counter)
    seen: set[str] = set()
    for right, wrong in pairs(path):
        if held_out_word(right) != held:
            continue
        found = align(right, wrong)
        if not found:
            continue
        edits.update(found)
        counts[min(len(right), 12)][len(found)] += 1
        if right not in seen:
            seen.add(right)
            for i, c in enumerate(right):
                letters[(c, _where(i, len(right)))] += 1
                letters[(right[i : i + 2], _where(i, len(right)))] += 1
                letters[("", _where(i, len(right) + 1))] += 1
            letters[("", "last")] += 1
    return Model(edits, letters, dict(counts))


def _places(word: str, edit: Edit) -> list[int]:
    n = len(word)
    if edit.kind in ("sub", "drop", "undouble"):
        return [i for i, c in enumerate(word) if c == edit.old and _where(i, n) == edit.where]
    if edit.kind == "swap":
        return [
            i for i in range(n - 1) if word[i : i + 2] == edit.old and _where(i, n) == edit.where
        ]
    return [i for i in range(n + 1) if _where(i, n + 1) == edit.where]


def _apply(word: str, edit: Edit, at: int) -> str | None:
    if edit.kind == "undouble" and not (
        (at and word[at - 1] == word[at]) or (at + 1 < len(word) and word[at + 1] == word[at])
    ):
        return None
    if edit.kind == "drop" and (
        (at and word[at - 1] == word[at]) or (at + 1 < len(word) and word[at + 1] == word[at])
    ):
        return None
    if edit.kind == "swap":
        return word[:at] + edit.new + word[at + 2 :]
    if edit.kind in ("add", "double"):
        near = {word[at - 1 : at], word[at : at + 1]}
        if (edit.kind == "double") != (edit.new in near):
            return None
        return word[:at] + edit.new + word[at:]
    return word[:at] + edit.new + word[at + 1 :]


def misspell(word: str, model: Model, rng: random.Random) -> tuple[str, list[Edit]]:
    """`word` (lower case) with as many edits as a real misspelling of its length had, each
    drawn in proportion to how often people made it given the letters at that place."""
    counts = model.counts.get(min(len(word), 12)) or model.counts[12]
    number = rng.choices(list(counts), weights=list(counts.values()))[0]
    done: list[Edit] = []
    for _ in range(number):
        options: list[tuple[Edit, int]] = []
        weights: list[float] = []
        for edit, count in model.edits.items():
            places = _places(word, edit)
            if not places:
                continue
            base = model.letters[(edit.old, edit.where)] or 1
            for at in places:
                options.append((edit, at))
                weights.append(count / base)
        while options:
            k = rng.choices(range(len(options)), weights=weights)[0]
            edit, at = options[k]
            out = _apply(word, edit, at)
            if out and out != word:
                word = out
                done.append(edit)
                break
            options.pop(k)
            weights.pop(k)
    return word, done


def nordic(word: str, rng: random.Random) -> str | None:
    places = [i for i, c in enumerate(word) if c in NORDIC]
    if not places:
        return None
    at = rng.choice(places)
    return word[:at] + rng.choice(NORDIC[word[at]]) + word[at + 1 :]


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def names(exclude: set[str]) -> list[tuple[str, str, str, str]]:
    """(origin, given name, family name, note language): every given name of the origins."""
    from mimesis import Person
    from mimesis.locales import Locale

    from bench.build_names import yardstick

    given = yardstick(3)
    rng = random.Random(7)
    out = []
    for country, locale, language in ORIGINS:
        person = Person(Locale(locale), seed=11) if locale else None
        pool = sorted(given.get(country, ()))
        for name in pool:
            if not name.isalpha() or name in exclude:
                continue
            family = person.last_name() if person else _cap(rng.choice(pool))
            if family.lower() in exclude or not family.isalpha():
                continue
            swap = rng.random() <= 0.33 and language == "en"
            note = rng.choice(("sv", "no")) if swap else language
            out.append((country, _cap(name), family, note))
    return out


class Case(NamedTuple):
    text: str
    start: int
    end: int
    key: str
    kind: str  # kind of the first edit, or "nordic"
    edits: int
    length: int
    origin: str
    held: bool


def cases(model_dev: Model, model_held: Model, seed: int, per_study: int = 50):
    from casebook.deid import lexicon, vocab

    import tests.deid_corpus as cm

    base = cm.generate_corpus(2026, 20_000)
    dev_words = {w.lower() for e in base.registry_people for w in re.split(r"[ -]", e.canonical)}
    people = names(dev_words)
    rng = random.Random(seed)
    rng.shuffle(people)
    people.sort(key=lambda p: p[3])  # one study per language of its notes
    studies = []
    known = vocab.known_words()
    lexical = lexicon.all_names()
    for s in range(0, len(people), per_study):
        group = [p for p in people[s : s + per_study] if p[3] == people[s][3]]
        entries = [
            NameEntry(f"p:{s + i}", f"{g} {f}", f"[P{s + i}]")
            for i, (_, g, f, _) in enumerate(group)
        ]
        registered = {w.lower() for e in entries for w in e.canonical.split()}
        notes: list[Case] = []
        for i, (origin, given, family, language) in enumerate(group):
            for word in (given, family):
                if len(word) < 4:
                    continue
                held = held_out_word(word.lower(), 4)
                model = model_held if held else model_dev
                low = word.lower()
                tries: list[tuple[str, str, int]] = []
                wrong, edits = misspell(low, model, rng)
                if edits:
                    tries.append((wrong, edits[0].kind, len(edits)))
                other = nordic(low, rng)
                if other:
                    tries.append((other, "nordic", 1))
                for wrong, kind, count in tries:
                    if wrong in registered or wrong in known or wrong in lexical:
                        continue
                    shown = _cap(wrong) if rng.random() > 0.15 else wrong
                    template = rng.choice(SENTENCES[language])
                    text = template.format(n=shown)
                    start = text.index(shown)
                    notes.append(
                        Case(
                            text,
                            start,
                            start + len(shown),
                            entries[i].key,
                            kind,
                            count,
                            len(low),
                            origin,
                            held,
                        )  # fmt: skip
                    )
        studies.append((Registry(entries), notes, {e.key: e.canonical for e in entries}))
    return studies


def measure(studies, show: int = 0) -> None:
    total: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    caught: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    tagged: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    other = Counter()
    missed: list[str] = []
    for registry, notes, canonical in studies:
        redactor = Redactor(registry)
        for case in notes:
            spans = redactor.spans(case.text)
            on = [s for s in spans if s.start < case.end and case.start < s.end]
            covered = set()
            for s in on:
                covered.update(range(s.start, s.end))
            hit = all(k in covered for k in range(case.start, case.end))
            right = hit and all(s.key == case.key for s in on)
            other[case.held] += sum(1 for s in spans if s not in on)
            size = "4-5" if case.length < 6 else "6-7" if case.length < 8 else "8+"
            shape = "lower" if case.text[case.start].islower() else "capital"
            keys = ("all", f"edits {case.edits}", f"kind {case.kind}", f"len {size}", shape)
            keys += (f"origin {case.origin}",)
            for key in keys:
                total[case.held][key] += 1
                caught[case.held][key] += hit
                tagged[case.held][key] += right
            if not case.held and (not hit or not right):
                word = case.text[case.start : case.end]
                missed.append(
                    f"{'MISS' if not hit else 'TAG '} {case.kind:9s} {word:16s} "
                    f"{canonical[case.key]:24s} {[(s.tag, s.via) for s in on]} | {case.text}"
                )
    for held in (False, True):
        print("held-out" if held else "development", f"other removed {other[held]}")
        for key in sorted(total[held], key=lambda k: (k.split()[0], k)):
            n = total[held][key]
            print(
                f"  {key:32s} n {n:5d}  recall {caught[held][key] / n:.3f}"
                f"  tagged {tagged[held][key] / n:.3f}"
            )
    if show:
        rng = random.Random(1)
        for line in rng.sample(missed, min(show, len(missed))):
            print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=Path, required=True, help="Norvig's spell-errors.txt")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1204)
    args = parser.parse_args()
    studies = cases(learn(args.errors, False), learn(args.errors, True), args.seed)
    measure(studies, args.show)


if __name__ == "__main__":
    main()
