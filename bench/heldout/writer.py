"""Writing the held-out notes: styles, slots, density, and exact offsets of what was planted.

A cell is written in one style (narrative, clinician shorthand, observer log, quotes, bullet
list, Swedish, Swedish and English mixed, one long run-on, or an e-mail pasted with its header
and signature). Sentences are lists of pieces (plain text, or text with its `Mark`), so every
offset is known exactly when the cell is joined. After each cell every ordinary use of a word
that is also a registered name (or one of the homograph given names) is recorded as `Ordinary`.
"""

from __future__ import annotations

import random
import re

from bench.heldout import hidden, numbers
from bench.heldout import templates_sv as sv
from bench.heldout.contacts import ContactMaker
from bench.heldout.mentions import NAME_VARIANTS, POSSESSIVE_VARIANTS, Mentions
from bench.heldout.names import HOMOGRAPH_GIVEN
from bench.heldout.people import Mark, Person, Piece, registered_words, unregistered_name
from bench.heldout.styles import FILLER, STYLE_WEIGHTS, STYLES, join, lines

SLOT = re.compile(r"\{(N|NS|PL|TEL|TELB|MAIL|URL|ADDR|PNR|PNRB|DATE|DOB)\}")
SLOT_TYPE = {"TELB": "TEL", "PNRB": "PNR", "DOB": "DATE"}
SLOT_WEIGHTS = {"N": 40, "NS": 6, "TEL": 16, "DATE": 9, "ADDR": 6, "MAIL": 6, "PNR": 5, "URL": 4}
SLOT_WEIGHTS["PL"] = 5


class Deck:
    """Weighted draws that cover every item once per round: a small sample still holds all."""

    def __init__(self, rng: random.Random, weights: dict[str, int]) -> None:
        self.rng, self.weights, self.cards = rng, weights, []

    def draw(self) -> str:
        if not self.cards:
            self.cards = [k for k, w in self.weights.items() for _ in range(w)]
            self.rng.shuffle(self.cards)
        return self.cards.pop()


def slot_types(template: str) -> set[str]:
    return {SLOT_TYPE.get(s, s) for s in SLOT.findall(template)}


class Writer:
    def __init__(self, rng: random.Random, seed: int, people: list[Person], per_kb: float):
        self.rng, self.per_kb, self.owed = rng, per_kb, 0.0
        self.people = people
        self.mentions = Mentions(rng, people)
        self.phones = numbers.PhoneMaker(rng, seed)
        self.contacts = ContactMaker(rng, seed)
        self.slots = Deck(rng, SLOT_WEIGHTS)
        self.names = Deck(rng, NAME_VARIANTS)
        self.possessives = Deck(rng, POSSESSIVE_VARIANTS)
        self.styles = Deck(rng, STYLE_WEIGHTS)
        self.avoid = registered_words(people)
        self.used: set[str] = set()  # filler sentences already in the current cell
        self.index = {
            style: _by_slot(own, fallback) for style, (own, fallback, _f) in STYLES.items()
        }

    # --- slots ---------------------------------------------------------------------------

    def fill(self, slot: str, case: int) -> list[Piece]:
        rng = self.rng
        if slot == "N":
            return self.mentions.name(self.names.draw(), case)
        if slot == "NS":
            return self.mentions.possessive(self.possessives.draw(), case)
        if slot == "PL":
            return self.mentions.place()
        if slot in ("TEL", "TELB"):
            text, facets = self.phones.make()
            facets.append("cue" if slot == "TEL" else "bare")
            return [self._maybe_hidden(text, facets, "phone", 0.12)]
        if slot in ("PNR", "PNRB"):
            text, facets = numbers.personnummer(rng)
            facets.append("cue" if slot == "PNR" else "bare")
            return [self._maybe_hidden(text, facets, "personnummer", 0.12)]
        if slot in ("DATE", "DOB"):
            text, facets = numbers.date(rng, birth=slot == "DOB")
            if facets[-1] == "weekday":  # "Monday 9 December": the weekday alone names no day
                weekday, rest = text.split(" ", 1)
                return [(weekday + " ", None), (rest, Mark("date", "/".join(facets)))]
            return [(text, Mark("date", "/".join(facets)))]
        if slot == "ADDR":
            text, facets = self.contacts.address()
            return [(text, Mark("address", "/".join(facets)))]
        first, last = self._someone(case)
        if slot == "MAIL":
            text, facets = self.contacts.email(first, last)
            return [self._maybe_hidden(text, facets, "email", 0.05)]
        text, facets = self.contacts.url(first, last)
        return [(text, Mark("url", "/".join(facets)))]

    def _someone(self, case: int) -> tuple[str, str]:
        if self.rng.random() < 0.6:
            p = self.mentions.person(case)
            return p.given, p.family
        given, family, _source = unregistered_name(self.rng, self.avoid)
        return given, family

    def _maybe_hidden(self, text: str, facets: list[str], kind: str, share: float) -> Piece:
        if self.rng.random() < share:
            if kind == "email":
                text, how = hidden.in_word(self.rng, text)
            else:
                text, how = hidden.in_number(self.rng, text)
            facets = [*facets, f"hidden-{how}"]
        return text, Mark(kind, "/".join(facets))

    def render(self, template: str, case: int) -> list[Piece]:
        template = template.replace("|", "\n")  # e-mail headers and signatures: one per line
        pieces: list[Piece] = []
        pos = 0
        for match in SLOT.finditer(template):
            if match.start() > pos:
                pieces.append((template[pos : match.start()], None))
            pieces += self.fill(match.group(1), case)
            pos = match.end()
        if pos < len(template):
            pieces.append((template[pos:], None))
        return pieces

    # --- sentences and cells ---------------------------------------------------------------

    def sentence(self, style: str, case: int) -> list[Piece]:
        """The next sentence: one with identifiers when the density owes one, else filler."""
        rng = self.rng
        if self.owed >= 1:
            wanted = self.slots.draw()
            pool = self.index[style].get(wanted) or self.index["narrative"][wanted]
            pieces = self.render(rng.choice(pool), case)
            self.owed -= sum(1 for _t, mark in pieces if mark)
            return pieces
        text = self.filler(rng.choice(STYLES[style][2]))
        self.owed += len(text.encode("utf-8")) * self.per_kb / 1000
        return [(text, None)]

    def filler(self, language: str) -> str:
        """A sentence without identifiers; none twice in one cell."""
        rng = self.rng
        plain, homograph, traps, (subjects, predicates, when) = FILLER[language]
        for _ in range(6):
            roll = rng.random()
            if roll < 0.06:
                text = rng.choice(homograph)
            elif roll < 0.16:
                text = rng.choice(traps)
            elif roll < 0.6:
                text = f"{rng.choice(subjects)} {rng.choice(predicates)} {rng.choice(when)}."
            else:
                text = rng.choice(plain)
            if text not in self.used:
                break
        self.used.add(text)
        return text

    def cell(self, case: int, target: int) -> list[Piece]:
        self.used = set()
        style = self.styles.draw()
        body: list[list[Piece]] = []
        size = 0
        while size < target:
            sentence = self.sentence(style, case)
            body.append(sentence)
            size += sum(len(t.encode("utf-8")) for t, _m in sentence) + 1
        if style == "email":
            return self._email(body, case)
        return join(self.rng, style, body)

    def _email(self, body: list[list[Piece]], case: int) -> list[Piece]:
        rng = self.rng
        parts = [
            self.render(rng.choice(lines(sv.EMAIL_HEADERS)), case),
            self.render(rng.choice(lines(sv.EMAIL_GREETINGS)), case),
            join(rng, "narrative", body),
            self.render(rng.choice(lines(sv.EMAIL_SIGNATURES)), case),
        ]
        self.owed -= sum(1 for part in (parts[0], parts[1], parts[3]) for _t, m in part if m)
        out: list[Piece] = []
        for index, part in enumerate(parts):
            if index:
                out.append(("\n\n" if index in (2, 3) else "\n", None))
            out += part
        return out


def _by_slot(own: list[str], fallback: list[str]) -> dict[str, list[str]]:
    """Templates by the kind of slot they hold; a kind the style has none of is borrowed."""
    index: dict[str, list[str]] = {}
    for template in own:
        for slot in slot_types(template):
            index.setdefault(slot, []).append(template)
    borrowed: dict[str, list[str]] = {}
    for template in fallback:
        for slot in slot_types(template) - index.keys():
            borrowed.setdefault(slot, []).append(template)
    return index | borrowed


def ordinary_words(people: list[Person]) -> re.Pattern[str]:
    """Every word that is also a registered name, or one of the homograph given names."""
    words = registered_words(people) | {w.lower() for w in HOMOGRAPH_GIVEN}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)
