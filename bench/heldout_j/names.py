"""A mention of a person in held-out J: a registered person written exactly, with one slip,
in lower case or capitals, with an invisible character inside, or inflected; or someone
nobody registered, named once. Half of them stand where a published sentence had a
pronoun (its ⟦slot⟧), the rest in this set's own lines."""

from __future__ import annotations

import random

from bench.heldout_j import lines
from bench.heldout_j.notes import Piece, Unit
from bench.heldout_j.people import Person, draw_name, finnish, slip
from bench.heldout_j.sentences import SLOT, pools
from bench.heldout_j.values import hide_in_name

CATEGORIES = ("exact", "alias", "lower", "upper", "misspelt", "invisible", "inflected",
              "unregistered")  # fmt: skip
WEIGHTS = (38, 5, 7, 4, 9, 6, 7, 24)
GENITIVE_LINES = {"sv": "{x} mamma ringde i morse.", "no": "{x} mor ringte i dag.",
                  "da": "{x} mor ringede i dag.", "en": "{x} mother called this morning.",
                  "fi": "{x} äiti soitti aamulla."}  # fmt: skip


def _base(rng: random.Random, person: Person, category: str) -> str:
    if category == "alias" and person.nickname:
        return person.nickname
    roll = rng.random()
    if roll < 0.5:
        return person.given
    return f"{person.given} {person.family}" if roll < 0.8 else person.family


def _written(rng: random.Random, person: Person, category: str,
             forms: frozenset[str]) -> tuple[str, bool]:  # fmt: skip
    base = _base(rng, person, category)
    if category == "lower":
        return base.lower(), False
    if category == "upper":
        return base.upper(), False
    if category == "misspelt":
        words = base.split(" ")
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        if len(words[longest]) >= 5:
            wrong = slip(rng, words[longest], set(forms))
            if wrong:
                words[longest] = wrong
                return " ".join(words), False
        return base, True
    if category == "invisible" and len(base) >= 3:
        return hide_in_name(rng, base)[0], False
    return base, True


def _stranger(rng: random.Random, forms: frozenset[str]) -> str:
    given, family, _loc = draw_name(rng, set(forms))
    roll = rng.random()
    return f"{given} {family}" if roll < 0.6 else (given if roll < 0.85 else family)


def _case(lang: str, case: str, text: str) -> str:
    """What is glued to (or written after) a name standing in a pronoun's `case`."""
    if case == "gen":
        if lang == "en":
            return "'s"
        return "'" if text[-1].lower() in "sxz" else "s"
    if case.startswith("fi-"):
        return finnish(text, case)
    return ""


def name_unit(rng: random.Random, lang: str, people: list[Person], forms: frozenset[str]) -> Unit:
    category = rng.choices(CATEGORIES, WEIGHTS)[0]
    person = None if category == "unregistered" else rng.choice(people)
    if person:
        text, exact = _written(rng, person, category, forms)
        key: str | None = person.entry.key
    else:
        text, exact, key = _stranger(rng, forms), False, None
    slotted = pools()[lang][0]
    if slotted and rng.random() < 0.55:
        sentence = rng.choice(slotted)
        unit: Unit = []
        last = 0
        for i, m in enumerate(SLOT.finditer(sentence)):
            case = m.group(1)
            here, here_exact = text, exact
            if i:  # the same person again, by the given name as registered
                here = person.given if person else text.split(" ")[0]
                here_exact = person is not None
            unit.append(Piece(sentence[last : m.start()]))
            unit.append(Piece(here, "name", f"slot/{category}/{case}", here_exact, key))
            suffix = _case(lang, case, here)
            if suffix:
                unit.append(Piece(suffix))
            last = m.end()
        unit.append(Piece(sentence[last:]))
        return [p for p in unit if p.text]
    if category == "inflected":
        template = GENITIVE_LINES[lang]
        suffix = _case(lang, "fi-gen" if lang == "fi" else "gen", text)
        head, tail = template.split("{x}")
        return [p for p in (Piece(head), Piece(text, "name", "line/genitive", True, key),
                            Piece(suffix + tail)) if p.text]  # fmt: skip
    kind = "name" if person else "stranger"
    head, tail = rng.choice(lines.LINES[lang][kind]).split("{x}")
    return [p for p in (Piece(head), Piece(text, "name", f"line/{category}", exact, key),
                        Piece(tail)) if p.text]  # fmt: skip
