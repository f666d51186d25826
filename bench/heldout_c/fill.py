"""Filling a paragraph skeleton: the little language held-out C's notes are written in.

    {P} {S} {S2} {H} {H2}   a registered person of the case (patient, significant others,
                            professionals), or what the note calls them instead ("mamman")
    {S's} {S+rel}           genitive ("Annas", "Anna's"); with the relation ("systern Anna")
    {P.han} {P.honom} {P.hans} / {P.he} {P.him} {P.his}   pronouns
    {T} {T2}                an unregistered third party, named in passing, or their role
    {PHONE} {PNR} {EMAIL.S} {URL.P} {ADDR} {ADDR.abroad} {DATE}   planted identifiers
    {CLINIC} {DAYC} {STREET}   the case's registered places
    {CITY} {CITY.abroad} {AGENCY}   place words that identify no one (never planted)
    {DOSE} {MONEY} {TIME} {ROOM} {BUS} {SCORE} {YEAR} {RANGE} {MEAS} {PCT} {HELP} {DUR} {MIN}
                            numbers that identify no one (never planted)
    {S!}                    the name or nothing (greetings, signatures)
    {ORD}                   a sentence using a word that is also a given name ("Inga problem.")
    ((a|b|c))               one of the alternatives
    [[...]]                 optional: kept when the density asks for identifiers (if it holds
                            any) or by a coin toss

Whether a person is named or called by role, and whether an optional part with an identifier
is kept, follows the `Budget`: planted identifiers per 1,000 bytes written so far.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from bench.heldout_c import contacts, numbers, phones
from bench.heldout_c.mentions import Mark, Piece, ThirdParty, registered, relation_phrase
from bench.heldout_c.mentions import unregistered as third_mention
from bench.heldout_c.ordinary import sentence as ordinary_sentence
from bench.heldout_c.skeleton import parse, slots
from bench.heldout_c.study import Case, Person

IDENTIFYING = ("PHONE", "PNR", "EMAIL", "URL", "ADDR", "DATE", "STREET")
PRONOUNS = {
    "f": {"han": "hon", "honom": "henne", "hans": "hennes", "he": "she", "him": "her",
          "his": "her"},
    "m": {"han": "han", "honom": "honom", "hans": "hans", "he": "he", "him": "him", "his": "his"},
}  # fmt: skip
NAME_SHARE = 0.5
INNER_ABBREVIATIONS = frozenset("enl. ca. ev. t.o.m. fr.o.m. dr. nr. v. tel. alt.".split())
NUMBER_SLOTS = ("DOSE", "MONEY", "TIME", "ROOM", "BUS", "SCORE", "YEAR", "RANGE", "MEAS", "PCT",
                "HELP", "DUR", "MIN")  # fmt: skip


@dataclass
class Budget:
    per_kb: float
    bytes: int = 0
    planted: int = 0

    def wants(self, rng: random.Random) -> bool:
        owed = self.per_kb * self.bytes / 1000 - self.planted
        return owed > rng.uniform(-0.3, 0.7)


@dataclass
class Scene:
    rng: random.Random
    lang: str  # "sv" or "en"
    case: Case
    budget: Budget
    thirds: dict[str, ThirdParty]
    taken: frozenset[str]  # registered forms, folded: a misspelling must not hit one
    pieces: list[Piece] = field(default_factory=list)
    capitalise: bool = False  # the next text stands in for a name: capitalise it if it starts
    said: set[str] = field(default_factory=set)  # {ORD} sentences used in this note
    sign: bool = False  # writing a signature: people are named, never called by role

    def cast(self, role: str) -> Person | None:
        c = self.case
        return {"P": c.patient, "S": c.others[0], "S2": c.others[1] if len(c.others) > 1 else None,
                "H": c.pros[0], "H2": c.pros[1]}.get(role)  # fmt: skip

    # -- output ---------------------------------------------------------------------------

    def emit(self, *pieces: Piece) -> None:
        for piece in pieces:
            if not piece:
                continue
            text = piece if isinstance(piece, str) else piece.text
            if isinstance(piece, str) and self.capitalise and self.at_sentence_start():
                piece = piece[0].upper() + piece[1:]
            self.capitalise = False
            self.budget.bytes += len(text.encode("utf-8"))
            if isinstance(piece, Mark):
                self.budget.planted += 1
            self.pieces.append(piece)

    def say(self, text: str) -> None:
        """Text standing in for a name: capitalised at the start of a sentence."""
        self.capitalise = True
        self.emit(text)

    def at_sentence_start(self) -> bool:
        for piece in reversed(self.pieces):
            text = (piece if isinstance(piece, str) else piece.text).rstrip(" ")
            if text.split(" ")[-1].lower() in INNER_ABBREVIATIONS:  # "enl. henne"
                return False
            if text:
                return text[-1] in '.!?\n"“'  # an opening quote starts a sentence too
        return True

    # -- rendering ------------------------------------------------------------------------

    def render(self, skeleton: str) -> None:
        self._walk(parse(skeleton))

    def _walk(self, seq: tuple) -> None:
        for node in seq:
            if isinstance(node, str):
                self.emit(node)
            elif node[0] == "slot":
                self.slot(node[1])
            elif node[0] == "choice":
                self._walk(self.rng.choice(node[1]))
            elif node[0] == "opt":
                inside = slots(node[1])
                identifying = any(s.split(".")[0] in IDENTIFYING for s in inside)
                keep = self.budget.wants(self.rng) if identifying else self.rng.random() < 0.5
                if keep:
                    self._walk(node[1])

    def slot(self, name: str) -> None:
        rng, lang = self.rng, self.lang
        base, _, attr = name.partition(".")
        if base.endswith("'s") or base.endswith("+rel"):
            role = base.removesuffix("'s").removesuffix("+rel")
            return self.person(role, possessive=base.endswith("'s"), relation=base.endswith("+rel"))
        if base in ("P", "S", "S2", "H", "H2") and not attr:
            return self.person(base)
        if base.endswith("!"):  # the name, or nothing (a greeting, a signature)
            if self.budget.wants(rng):
                return self.person(base[:-1], force=True)
            if self.pieces and isinstance(self.pieces[-1], str):
                self.pieces[-1] = self.pieces[-1].rstrip(" ,/")
            return None
        if base in ("T", "T2") and not attr:
            tp = self.thirds[base]
            if self.budget.wants(rng) or tp.named:
                return self.emit(*third_mention(rng, tp, lang))
            return self.say(tp.fallback())
        if base in ("P", "S", "S2", "H", "H2", "T", "T2"):
            who = self.cast(base) if base[0] != "T" else self.thirds[base]
            gender = who.name.gender if who else "f"
            if attr == "rel":
                return self.say(relation_phrase(rng, who, lang) if isinstance(who, Person)
                                else self.thirds[base].fallback())  # fmt: skip
            return self.say(PRONOUNS[gender][attr])
        if base in NUMBER_SLOTS:
            return self.emit(numbers.ordinary(rng, base, lang))
        if base == "ORD":
            text = ordinary_sentence(rng, lang)
            while text in self.said:
                text = ordinary_sentence(rng, lang)
            self.said.add(text)
            return self.emit(text)
        if base in ("CITY", "AGENCY"):
            text = (
                contacts.city(rng, attr == "abroad")
                if base == "CITY"
                else contacts.agency(rng, lang, attr)
            )
            return self.emit(text)
        if base in ("CLINIC", "DAYC", "STREET"):
            return self.place(base)
        return self.identifier(base, attr)

    def person(self, role: str, possessive: bool = False, relation: bool = False,
               force: bool = False) -> None:  # fmt: skip
        who = self.cast(role)
        assert who is not None, f"no {role} in case {self.case.number}"
        rng, lang = self.rng, self.lang
        phrase = relation_phrase(rng, who, lang)
        # Registered people yield to the rarer kinds: a slot names them only half the time the
        # density allows, so phones, identity numbers and the like get their share.
        wanted = force or self.sign
        if not wanted and not (self.budget.wants(rng) and rng.random() < NAME_SHARE):
            if possessive and lang == "en":
                phrase = phrase.rstrip(".") + "'s"
            elif possessive:  # "pat:s", "CM:s", but "mammans"
                short = phrase.endswith(".") or phrase.isupper() or phrase in ("pat", "pt", "läk")
                phrase = phrase.rstrip(".") + ":s" if short else phrase + "s"
            return self.say(phrase)
        if relation:
            self.say(phrase + " ")
        self.emit(*registered(rng, who, lang, possessive, self.taken))

    def place(self, base: str) -> None:
        kind = {"CLINIC": "clinic", "DAYC": "daycentre", "STREET": "street"}[base]
        where = self.case.places.get(kind)
        generic = {"clinic": ("mottagningen", "the clinic"),
                   "daycentre": ("träffpunkten", "the day centre"),
                   "street": ("samma gata", "the same street")}[kind]  # fmt: skip
        if where is None or not self.budget.wants(self.rng):
            return self.emit(generic[0 if self.lang == "sv" else 1])
        e = where.entry
        written, how = self.rng.choice(
            [
                (e.canonical, "canonical"),
                (where.short, "short"),
                (where.short, "short"),
                (where.short.lower(), "lower"),
            ]
        )
        exact = written in (e.canonical, *e.aliases)
        self.emit(Mark(written, "place", f"{kind}/{how}", e.key, exact))

    def identifier(self, base: str, attr: str) -> None:
        rng = self.rng
        owner = self.cast(attr) if attr in ("P", "S", "S2", "H", "H2") else self.case.patient
        name = self.thirds["T"].name if attr == "T" else owner.name if owner else None
        given, family = (name.given, name.family) if name else ("", "")
        before, after = "", ""
        if base == "PHONE":
            value, form, after = phones.phone(rng)
        elif base == "PNR":
            value, form = numbers.personnummer(rng)
        elif base == "EMAIL":
            value, form = contacts.email(rng, given, family)
        elif base == "URL":
            value, form = contacts.url(rng, given, family)
        elif base == "ADDR":
            value, form = contacts.address(rng, attr == "abroad")
        elif base == "DATE":
            value, form, before = numbers.date(rng, self.lang)
        else:
            raise KeyError(base)
        kind = {"PNR": "personnummer", "ADDR": "address"}.get(base, base.lower())
        self.emit(before, Mark(value, kind, form), after)
