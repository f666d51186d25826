"""A deterministic generator of interview-note-like text with planted identifiers.

`generate_corpus(seed, size_bytes)` returns English interview notes about resource groups, with
Swedish names and places, in cells of one to four kilobytes. Every identifier it writes is
recorded exactly (cell index, character span, kind, how it was written), and so is every
ordinary use of a word that is also a registered name ("in May", "per week"), which a redactor
must leave alone. The same seed and size always give the same corpus.

Kinds: name, place, email, phone, personnummer, address, url, date. A name span covers the name
itself, not an inflection after it (in "Elin's flat" the span is "Elin"), matching what a
redactor replaces. `exact` marks names spelled exactly as registered (capitalisation included).

Used by tests/test_deid.py (quality on ~300 KB), `python -m bench.measure` (throughput on
5 MB) and the benchmarks of issue 5.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from casebook.deid.registry import PERSON, PLACE, NameEntry, Registry

KINDS = ("name", "place", "email", "phone", "personnummer", "address", "url", "date")


@dataclass(frozen=True, slots=True)
class Planted:
    text: int  # index into Corpus.texts
    start: int
    end: int
    kind: str
    form: str  # how it was written: "given-possessive", "mobile-dashed", "iso", ...
    value: str
    exact: bool = False  # names: spelled exactly as registered
    key: str | None = None  # names and places: the registry key


@dataclass(frozen=True, slots=True)
class Ordinary:
    """An ordinary use of a word that must survive redaction ("in May", "per week")."""

    text: int
    start: int
    end: int
    word: str
    form: str


@dataclass
class Corpus:
    texts: list[str]
    registry_people: list[NameEntry]  # people and places, in registry order
    planted: list[Planted]
    ordinary: list[Ordinary] = field(default_factory=list)

    @property
    def registry(self) -> Registry:
        return Registry(self.registry_people)

    @property
    def size_bytes(self) -> int:
        return sum(len(t.encode("utf-8")) for t in self.texts)


# --- people and places --------------------------------------------------------------------

# Given names that are also ordinary words: they appear in name uses and in ordinary uses.
ORDINARY_GIVEN = ["May", "Per", "Will", "Love", "Mark", "Rose", "My", "Said", "Hope", "Bill"]
# Given names that are ordinary words only in Swedish (the notes are in English).
SWEDISH_WORD_GIVEN = ["Inga", "Hans", "Bo", "Sten"]
PLAIN_GIVEN = [
    "Elin",
    "Gunilla",
    "Lars",
    "Johan",
    "Maja",
    "Åsa",
    "Olof",
    "Märta",
    "Göran",
    "Jonas",
    "Agnes",
    "Ebba",
    "Linnéa",
    "Karin",
    "Ulf",
    "Birgitta",
    "Anders",
    "Sofia",
    "Mikael",
    "Ingrid",
    "Henrik",
    "Frida",
    "Niklas",
    "Tove",
    "Oskar",
    "Helén",
    "Renée",
    "Andrés",
    "Anna-Karin",
    "Karl-Erik",
    "Ann-Marie",
    "Lars-Göran",
    "Östen",
    "Ylva",
    "Sixten",
    "Ronja",
]
FAMILY = [
    "Berg",
    "Lind",
    "Holm",
    "Sjöberg",
    "Åkesson",
    "Öberg",
    "Ek",
    "Strand",
    "Lindqvist",
    "Nyström",
    "Karlsson",
    "Johansson",
    "Wallén",
    "Åström",
    "Ekdahl",
    "Haddad",
    "Bergström",
    "Lundgren",
    "Falk",
    "Dahl",
    "Fägerskiöld",
    "Söderlund",
    "Zetterlund",
    "Ångström",
]
NICKNAMES = {
    "Lars": "Lasse",
    "Karl-Erik": "Kalle",
    "Per": "Pelle",
    "Birgitta": "Bittan",
    "Gunilla": "Gunsan",
    "Mikael": "Micke",
    "Niklas": "Nicke",
    "Göran": "Gurra",
    "Oskar": "Ogge",
    "Johan": "Jocke",
    "Ingrid": "Ninni",
    "Elin": "Ellie",
    "Anna-Karin": "Akka",
    "Märta": "Märtan",
    "Lars-Göran": "Lage",
}
PLACES = [
    ("Huddinge", ()),
    ("Sankt Görans sjukhus", ("S:t Görans", "Sankt Göran")),
    ("Mariatorget", ()),
    ("Öjebyn", ()),
    ("Ängelholm", ()),
    ("Gröndals dagcenter", ("Gröndal",)),
    ("Brommaplan", ()),
    ("Hässelby gård", ("Hässelby",)),
]
ROLES = {"patient": "P", "significant other": "S", "professional": "H"}
CODE_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def _code(rng: random.Random, prefix: str) -> str:
    return prefix + "-" + "".join(rng.choice(CODE_CHARS) for _ in range(4))


@dataclass
class _Person:
    entry: NameEntry
    role: str
    given: str
    family: str
    nickname: str | None
    case: int

    @property
    def ordinary(self) -> bool:
        return self.given in ORDINARY_GIVEN


def _make_registry(rng: random.Random, n_cases: int) -> tuple[list[_Person], list[NameEntry]]:
    special = list(ORDINARY_GIVEN) + ["Per"] + list(SWEDISH_WORD_GIVEN)  # two people named Per
    plain = list(PLAIN_GIVEN)
    rng.shuffle(plain)
    families = list(FAMILY)
    rng.shuffle(families)
    people: list[_Person] = []
    used_full: set[str] = set()
    slot = 0
    for case in range(n_cases):
        roles = ["patient"] + ["significant other"] * rng.randint(1, 3)
        roles += ["professional"] * rng.randint(1, 2)
        for role in roles:
            if slot < len(special) and (slot % 2 == 0 or case >= n_cases - 2):
                given = special.pop(0)
            elif plain:
                given = plain.pop()
            elif special:
                given = special.pop(0)
            else:
                given = rng.choice(PLAIN_GIVEN)
            slot += 1
            family = families[(len(people) * 7 + case) % len(families)]
            if f"{given} {family}" in used_full:
                family = families[(len(people) * 7 + case + 1) % len(families)]
            used_full.add(f"{given} {family}")
            nickname = NICKNAMES.get(given)
            tag = f"[{role} {_code(rng, ROLES[role])}]"
            entry = NameEntry(
                key=f"person:{len(people) + 1}",
                canonical=f"{given} {family}",
                tag=tag,
                aliases=(nickname,) if nickname else (),
                kind=PERSON,
            )
            people.append(_Person(entry, role, given, family, nickname, case))
    # Any special names left over go to the last case, so every one is always registered.
    for given in special:
        family = families[len(people) % len(families)]
        entry = NameEntry(
            key=f"person:{len(people) + 1}",
            canonical=f"{given} {family}",
            tag=f"[significant other {_code(rng, 'S')}]",
            kind=PERSON,
        )
        people.append(_Person(entry, "significant other", given, family, None, n_cases - 1))
    places = [
        NameEntry(
            key=f"place:{i + 1}",
            canonical=name,
            tag=f"[place {_code(rng, 'L')}]",
            aliases=aliases,
            kind=PLACE,
        )
        for i, (name, aliases) in enumerate(PLACES)
    ]
    return people, [p.entry for p in people] + places


# --- text ---------------------------------------------------------------------------------

FILLER = [
    "She describes the last months as {adj} but says the group has helped.",
    "He says the meetings give him {noun} and that he feels listened to.",
    "The case manager summarised the goals from the previous meeting.",
    "Interviewer asked about {topic}; the answer was {adj}.",
    "She talked at length about {topic} and how it affects her sleep.",
    "There was a long pause before he answered the question about {topic}.",
    "The group agreed to meet again in {num} weeks.",
    "He takes {num} tablets in the morning and sometimes forgets the evening dose.",
    "She rates her mood at {num} out of 10 today, up from last time.",
    "They usually meet at {time} for about {num2} minutes.",
    "The patient set the agenda and chose {topic} as the main item.",
    "He feels that the professionals listen more now than in {year}.",
    "She would like more help with {topic}, especially on weekdays.",
    "The significant other said very little during this part of the interview.",
    "Probe: what has changed since the baseline interview? Answer: {adj} progress.",
    "He mentions that {topic} is still the hardest part of the week.",
    "The meeting started late because the room was double booked.",
    "She has been sleeping better since the dose was lowered to {dose} mg.",
    "Everyone in the group seems to share the responsibility now.",
    "He was {adj} about the future but hopeful about the next few weeks.",
    "The interviewer noted that the patient led most of the discussion.",
    "They discussed {topic}, and the patient proposed a small first step.",
    "She explains that asking for help used to feel like a failure.",
    "Roughly {pct} % of the meeting was about practical matters.",
    "He does not want the psychiatrist to change the medication yet.",
    "The observer scored openness high and activation medium.",
    "Several people spoke at once and the chair had to slow things down.",
    "She keeps a diary and brought it to the interview.",
    "He described a bad week after the move but says things have settled.",
    "The group talked about {topic} for most of the hour.",
    "It was agreed that the next meeting will focus on {topic}.",
    "She was tired and the interview was shortened to {num2} minutes.",
    "He laughed when asked whether the meetings are useful, then said yes.",
    "The professionals described the cooperation as {adj}.",
    "There were {num} people at the meeting, including two from the ward.",
    "She says the hardest thing is {topic}.",
    "According to the notes from last time, the goal about {topic} was met.",
    "He has been to the day centre {num} times since the last interview.",
    "The interview took place in the kitchen; the radio was on.",
    "Most of the talk was about {topic}, less about medication.",
]
ADJ = ["difficult", "mixed", "calm", "chaotic", "slow", "positive", "uneven", "hopeful", "tense"]
NOUN = ["structure", "courage", "a sense of control", "company", "energy", "some peace"]
TOPIC = [
    "housing",
    "money",
    "work",
    "the children",
    "sleep",
    "loneliness",
    "medication",
    "the neighbours",
    "cooking",
    "going back to studies",
    "contact with the family",
    "physical health",
    "the benefits office",
    "exercise",
    "friendships",
]
SAY = ["said", "says", "thinks", "told us", "explained", "felt", "wants", "came", "called"]
SAY_REST = [
    "that the group has been a relief",
    "the last meeting went well",
    "it is easier to ask for help now",
    "that the professionals should listen more",
    "the new routine works",
    "that she was worried about the winter",
]
RELATION = ["my daughter", "her son", "his sister", "my friend", "her neighbour", "his partner"]
PROF_TITLE = ["Dr", "nurse", "Dr.", "psychiatrist"]


class _Cell:
    """Builds one text cell while recording spans."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.parts: list[str] = []
        self.length = 0
        self.planted: list[Planted] = []
        self.ordinary: list[Ordinary] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def plant(
        self, value: str, kind: str, form: str, *, exact: bool = False, key: str | None = None
    ) -> None:
        end = self.length + len(value)
        self.planted.append(Planted(self.index, self.length, end, kind, form, value, exact, key))
        self.add(value)

    def keep(self, word: str, form: str) -> None:
        self.ordinary.append(Ordinary(self.index, self.length, self.length + len(word), word, form))
        self.add(word)

    def text(self) -> str:
        return "".join(self.parts)


class _Writer:
    def __init__(self, rng: random.Random, people: list[_Person], places: list[NameEntry]) -> None:
        self.rng = rng
        self.people = people
        self.places = places

    # filler

    def filler(self, cell: _Cell) -> None:
        r = self.rng
        template = r.choice(FILLER)
        cell.add(
            template.format(
                adj=r.choice(ADJ),
                noun=r.choice(NOUN),
                topic=r.choice(TOPIC),
                num=r.randint(2, 9),
                num2=r.choice([20, 30, 45, 60, 90]),
                time=r.choice(["9.30", "14.30", "10:00", "13.15"]),
                year=r.randint(2015, 2023),
                dose=r.choice(["2.5", "5", "10", "20"]),
                pct=r.choice([20, 50, 80]),
            )
        )

    # names

    def _name(self, cell: _Cell, person: _Person, text: str, form: str, exact: bool) -> None:
        cell.plant(text, "name", form, exact=exact, key=person.entry.key)

    def name_sentence(self, cell: _Cell, person: _Person) -> None:
        if person.ordinary:
            self.ordinary_name_sentence(cell, person)
            return
        r = self.rng
        choice = r.randrange(17)
        g, f = person.given, person.family
        if choice == 0:
            self._name(cell, person, g, "given-initial", True)
            cell.add(f" {r.choice(SAY)} {r.choice(SAY_REST)}.")
        elif choice == 1:
            cell.add("She went to the shop with ")
            self._name(cell, person, g, "given", True)
            cell.add(" on Saturday.")
        elif choice == 2:
            cell.add("They met at ")
            if g.endswith("s"):
                self._name(cell, person, g, "given-apostrophe", True)
                cell.add("' flat.")
            else:
                self._name(cell, person, g, "given-possessive", True)
                cell.add("'s flat.")
        elif choice == 3:
            cell.add("They stayed at ")
            self._name(cell, person, g, "given-genitive", True)
            cell.add(r.choice(["s place", ":s place", "-s place", "’s place"]) + " for a week.")
        elif choice == 4:
            cell.add("Interviewer spoke with ")
            self._name(cell, person, f"{g} {f}", "full", True)
            cell.add(" after the meeting.")
        elif choice == 5:
            cell.add("The whole ")
            self._name(cell, person, f, "family-hyphen", True)
            cell.add(r.choice(["-family", "-familjen", "-family's"]) + " came to the meeting.")
        elif choice == 6:
            cell.add("Someone had written ")
            self._name(cell, person, g.upper(), "given-upper", False)
            cell.add(" on the whiteboard.")
        elif choice == 7:
            cell.add("he spoke to ")
            self._name(cell, person, g.lower(), "given-lower", False)
            cell.add(" about it yesterday.")
        elif choice == 8 and person.nickname:
            cell.add("Everyone calls him ")
            self._name(cell, person, person.nickname, "alias", True)
            cell.add(", even the nurses.")
        elif choice == 9:
            self._name(cell, person, f, "family-initial", True)
            cell.add(f" {r.choice(SAY)} {r.choice(SAY_REST)}.")
        elif choice == 10:
            cell.add("It was ")
            self._name(cell, person, f, "family-genitive", True)
            cell.add("s turn to chair.")
        elif choice == 11:
            cell.add("“")
            self._name(cell, person, g, "given-quoted", True)
            cell.add(" is the only one who calls,” she said.")
        elif choice == 12:
            cell.add(f"{r.choice(RELATION).capitalize()}, ")
            self._name(cell, person, g, "given-relation", True)
            cell.add(", was there too.")
        elif choice == 13:
            cell.add("She mentioned ")
            self._name(cell, person, f"{g} {f}".upper(), "full-upper", False)
            cell.add(" twice.")
        elif choice == 14:
            cell.add("Present: ")
            self._name(cell, person, g, "given-list", True)
            cell.add(", the case manager and the patient.")
        elif choice == 16 and _ascii(f"{g} {f}") != f"{g} {f}":
            cell.add("The form was signed by ")
            self._name(cell, person, _ascii(f"{g} {f}"), "full-ascii", False)
            cell.add(" without the dots.")
        else:
            cell.add("Mrs ")
            self._name(cell, person, f, "family-title", True)
            cell.add(" from next door helps with the shopping.")

    def ordinary_name_sentence(self, cell: _Cell, person: _Person) -> None:
        r = self.rng
        g, f = person.given, person.family
        choice = r.randrange(9)
        if choice == 0:
            self._name(cell, person, g, "ordinary-initial", True)
            cell.add(f" {r.choice(SAY)} {r.choice(SAY_REST)}.")
        elif choice == 1:
            cell.add("She went to the cinema with ")
            self._name(cell, person, g, "ordinary-mid", True)
            cell.add(" and her cousin.")
        elif choice == 2:
            cell.add(f"I asked {r.choice(RELATION)} ")
            self._name(cell, person, g, "ordinary-relation", True)
            cell.add(" to come along.")
        elif choice == 3:
            self._name(cell, person, f"{g} {f}", "ordinary-full", True)
            cell.add(" joined the meeting late.")
        elif choice == 4:
            self._name(cell, person, g, "ordinary-possessive", True)
            cell.add("'s flat is small but warm.")
        elif choice == 5:
            cell.add(f"{r.choice(PROF_TITLE).capitalize()} ")
            self._name(cell, person, g, "ordinary-title", True)
            cell.add(" changed the prescription.")
        elif choice == 6:
            self._name(cell, person, g, "ordinary-comma", True)
            cell.add(", who chaired the meeting, kept it short.")
        elif choice == 7:
            cell.add("The patient and ")
            self._name(cell, person, g, "ordinary-mid", True)
            cell.add(" disagreed about the plan.")
        else:
            cell.add("They phoned ")
            self._name(cell, person, g, "ordinary-mid", True)
            cell.add(" on Sunday.")

    def ordinary_use_sentence(self, cell: _Cell) -> None:
        """A sentence using one of the ordinary words in its ordinary sense."""
        r = self.rng
        choice = r.randrange(23)
        k = cell.keep
        a = cell.add
        if choice == 0:
            a("The next review is planned for early ")
            k("May", "month")
            a(".")
        elif choice == 1:
            a("She goes to the gym twice ")
            k("per", "per-unit")
            a(" week.")
        elif choice == 2:
            a("I ")
            k("will", "modal")
            a(" ask about the housing application next time.")
        elif choice == 3:
            a("They ")
            k("love", "verb")
            a(" it when the group meets outdoors.")
        elif choice == 4:
            k("Mark", "imperative")
            a(" the date of the next meeting in the calendar.")
        elif choice == 5:
            a("He ")
            k("rose", "verb")
            a(" early and took the bus.")
        elif choice == 6:
            a("The nurse ")
            k("said", "verb")
            a(" so herself.")
        elif choice == 7:
            a("She ")
            k("may", "modal")
            a(" need more support in the autumn.")
        elif choice == 8:
            k("My", "determiner")
            a(" mother never understood it, she says.")
        elif choice == 9:
            a("They paid the electricity ")
            k("bill", "noun")
            a(" together.")
        elif choice == 10:
            a("We ")
            k("hope", "verb")
            a(" so, he said.")
        elif choice == 11:
            k("Will", "modal-initial")
            a(" she manage the move on her own?")
        elif choice == 12:
            a("The move happened in ")
            k("May", "month")
            a(" last year.")
        elif choice == 13:
            k("Per", "per-unit")
            a(" week she spends about ten hours alone.")
        elif choice == 14:
            a("He says there is ")
            k("hope", "noun")
            a(" now.")
        elif choice == 15:
            k("May", "modal-initial")
            a(" I ask about the medication?")
        elif choice == 16:
            a("The rent ")
            k("rose", "verb")
            a(" to the point where she had to move.")
        elif choice == 17:
            a("There was a ")
            k("mark", "noun")
            a(" on the form where she had signed.")
        elif choice == 18:
            a("She would ")
            k("love", "verb")
            a(" to work again.")
        elif choice == 19:
            a("He ")
            k("will", "modal")
            a(" try the new routine for a month.")
        elif choice == 20:
            a("It happened ")
            k("per", "per-unit")
            a(" the agreement with the ward.")
        elif choice == 22:
            k("Love", "noun-initial")
            a(" and care matter most to her.")
        else:
            a("Asked about the future, she ")
            k("said", "verb")
            a(" that she wants to study.")

    def place_sentence(self, cell: _Cell) -> None:
        r = self.rng
        place = r.choice(self.places)
        forms = [(place.canonical, "place", True)]
        forms += [(alias, "place-alias", True) for alias in place.aliases]
        text, form, exact = r.choice(forms)
        choice = r.randrange(5)
        if choice == 3:
            text, form, exact = text.upper(), form + "-upper", False
        elif choice == 4:
            text, form, exact = text.lower(), form + "-lower", False
        lead = r.choice(
            [
                "She goes to the day centre in ",
                "He was admitted to ",
                "They meet near ",
                "The group once met at ",
                "She grew up in ",
            ]
        )
        cell.add(lead)
        cell.plant(text, "place", form, exact=exact, key=place.key)
        cell.add(r.choice([".", " last year.", " every Tuesday.", ", which she likes."]))

    # patterns

    def email(self, cell: _Cell, person: _Person) -> None:
        r = self.rng
        ascii_name = _ascii(person.given).lower().replace("-", "")
        fam = _ascii(person.family).lower()
        local = r.choice(
            [
                f"{ascii_name}.{fam}",
                f"{ascii_name}{r.randint(10, 99)}",
                f"{ascii_name}_{fam}",
                f"{ascii_name[0]}.{fam}+notes",
            ]
        )
        domain = r.choice(
            ["gmail.com", "hotmail.se", "telia.com", "regionstockholm.se", "outlook.com"]
        )
        cell.add(r.choice(["Her e-mail is ", "He asked us to write to ", "Contact: "]))
        cell.plant(f"{local}@{domain}", "email", "email")
        cell.add(r.choice([".", " if anything changes.", " (private address)."]))

    def phone(self, cell: _Cell) -> None:
        r = self.rng
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        mob = r.choice(["70", "72", "73", "76", "79"])
        formats = {
            "mobile-dashed": f"0{mob}-{d(3)} {d(2)} {d(2)}",
            "mobile-plain": f"0{mob}{d(7)}",
            "mobile-spaced": f"0{mob} {d(3)} {d(2)} {d(2)}",
            "mobile-dash-only": f"0{mob}-{d(7)}",
            "stockholm": f"08-{d(3)} {d(3)} {d(2)}",
            "stockholm-short": f"08-{d(2)} {d(2)} {d(2)}",
            "landline": f"0{r.choice(['31', '40', '18', '90'])}-{d(2)} {d(2)} {d(2)}",
            "landline-4": f"0{r.choice(['911', '498', '470'])}-{d(3)} {d(2)}",
            "intl-se": f"+46 {mob} {d(3)} {d(2)} {d(2)}",
            "intl-se-plain": f"+46{mob}{d(7)}",
            "intl-se-zero": f"+46 (0){mob}-{d(3)} {d(2)} {d(2)}",
            "intl-se-00": f"0046 {mob} {d(3)} {d(2)} {d(2)}",
            "intl-uk": f"+44 20 {d(4)} {d(4)}",
            "intl-us": f"+1 ({r.randint(200, 999)}) {d(3)}-{d(4)}",
            "intl-us-dashed": f"+1 {r.randint(200, 999)}-{d(3)}-{d(4)}",
        }
        form = r.choice(sorted(formats))
        cell.add(r.choice(["Her number is ", "Call him on ", "Mobile: ", "She gave us "]))
        cell.plant(formats[form], "phone", form)
        cell.add(r.choice([".", " (evenings).", " if the meeting moves.", ", not the old one."]))

    def personnummer(self, cell: _Cell) -> None:
        r = self.rng
        year = r.randint(1938, 2006)
        month = r.randint(1, 12)
        day = r.randint(1, 28)
        form = r.choice(
            [
                "short-dash",
                "long-dash",
                "short-plain",
                "long-plain",
                "short-plus",
                "samordning-dash",
                "samordning-plain",
                "bad-check-dash",
                "long-bad-check",
            ]
        )
        if form.startswith("samordning"):
            day += 60
        serial = f"{r.randint(0, 999):03d}"
        base = f"{year % 100:02d}{month:02d}{day:02d}{serial}"
        check = _luhn_digit(base)
        if "bad-check" in form:
            check = (check + r.randint(1, 9)) % 10
        short, tail = base[:6], base[6:] + str(check)
        value = {
            "short-dash": f"{short}-{tail}",
            "long-dash": f"{year // 100}{short}-{tail}",
            "short-plain": f"{short}{tail}",
            "long-plain": f"{year // 100}{short}{tail}",
            "short-plus": f"{short}+{tail}",
            "samordning-dash": f"{short}-{tail}",
            "samordning-plain": f"{short}{tail}",
            "bad-check-dash": f"{short}-{tail}",
            "long-bad-check": f"{year // 100}{short}-{tail}",
        }[form]
        cell.add(r.choice(["Personnummer ", "Her personal number is ", "ID: ", "pnr "]))
        cell.plant(value, "personnummer", form)
        cell.add(r.choice([".", " (from the referral).", " according to the form."]))

    def address(self, cell: _Cell) -> None:
        r = self.rng
        street = r.choice(
            [
                "Storgatan",
                "Kungsgatan",
                "Vasavägen",
                "Sveavägen",
                "Hornsgatan",
                "Åsögatan",
                "Ringvägen",
                "Götgatan",
                "Skolgränd",
                "Björkallén",
            ]
        )
        num = r.randint(1, 120)
        post = f"{r.randint(100, 989)} {r.randint(10, 99)}"
        city = r.choice(["Stockholm", "Uppsala", "Göteborg", "Huddinge", "Malmö"])
        formats = {
            "street": f"{street} {num}",
            "street-letter": f"{street} {num}{r.choice('ABC')}",
            "street-lgh": f"{street} {num}, lgh {r.randint(1001, 1404)}",
            "street-postal": f"{street} {num}, {post} {city}",
            "two-word": f"{r.choice(['Drottning Kristinas', 'Östra', 'Lilla'])} "
            f"{r.choice(['väg', 'gatan', 'gränd'])} {num}",
            "postal": f"{post} {city}",
            "english": f"{num} {r.choice(['Baker', 'Mill', 'Church', 'Station'])} "
            f"{r.choice(['Street', 'Road', 'Lane', 'Avenue'])}",
        }
        form = r.choice(sorted(formats))
        value = formats[form]
        if form == "two-word" and value.startswith("Östra"):
            value = value.replace(" gatan", " Långgatan").replace(" väg ", " Vägen ")
            value = value.replace(" gränd", " Gränd")
        cell.add(
            r.choice(
                [
                    "She lives at ",
                    "They moved to ",
                    "The meeting was held at ",
                    "His new address is ",
                ]
            )
        )
        cell.plant(value, "address", form)
        cell.add(r.choice([".", " since the spring.", ", on the second floor."]))

    def url(self, cell: _Cell, person: _Person) -> None:
        r = self.rng
        handle = _ascii(person.given).lower().replace("-", "") + str(r.randint(1, 99))
        formats = {
            "https": f"https://www.facebook.com/{handle}",
            "http-query": f"http://example.org/profile?id={r.randint(1000, 9999)}",
            "www": f"www.minsida.se/{handle}",
            "bare": f"instagram.com/{handle}",
        }
        form = r.choice(sorted(formats))
        cell.add(r.choice(["She shared her page, ", "Link: ", "He posts at "]))
        cell.plant(formats[form], "url", form)
        cell.add(r.choice([" with the group.", ".", " every day."]))

    def date(self, cell: _Cell) -> None:
        r = self.rng
        y, m, dd = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
        en = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ][m - 1]
        sv = [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ][m - 1]
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(dd, "th")
        formats = {
            "iso": f"{y}-{m:02d}-{dd:02d}",
            "slash": f"{dd}/{m}/{y}",
            "dotted-short": f"{dd}.{m}.{y % 100:02d}",
            "dotted": f"{dd:02d}.{m:02d}.{y}",
            "written-en": f"{dd} {en} {y}",
            "written-sv": f"{dd} {sv} {y}",
            "month-first": f"{en} {dd}{suffix}",
            "month-first-year": f"{en} {dd}, {y}",
            "ordinal-of": f"{dd}{suffix} of {en}",
            "us-slash": f"{m}/{max(dd, 13)}/{y}",
        }
        form = r.choice(sorted(formats))
        cell.add(
            r.choice(
                [
                    "The next meeting is on ",
                    "She was discharged on ",
                    "Interview date: ",
                    "He moved out on ",
                ]
            )
        )
        cell.plant(formats[form], "date", form)
        cell.add(r.choice([".", ", a Tuesday.", " after the review."]))

    def number_decoy(self, cell: _Cell) -> None:
        """A 10-digit reference number that is not a personnummer and must survive."""
        r = self.rng
        while True:
            value = str(r.randint(1_000_000_000, 9_999_999_999))
            month, day = int(value[2:4]), int(value[4:6])
            plausible = 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)
            if not plausible or _luhn_digit(value[:9]) != int(value[9]):
                break
        cell.add(r.choice(["The pharmacy order number was ", "Case reference "]))
        cell.keep(value, "number")
        cell.add(".")


def _ascii(text: str) -> str:
    table = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")
    return text.translate(table)


def _luhn_digit(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


PATTERN_SENTENCES = (
    "email",
    "phone",
    "phone",
    "personnummer",
    "address",
    "url",
    "date",
    "date",
    "number_decoy",
)


def generate_corpus(
    seed: int, size_bytes: int, *, n_cases: int = 8, density: float = 1.0
) -> Corpus:
    """Interview notes of about `size_bytes` (UTF-8) with every planted identifier recorded.

    `density` scales how many sentences carry a name, an ordinary-word use, a place or a
    pattern. At 1.0 (the default, for measuring recall) 38 % of sentences do: about one
    identifier per 200 bytes, far denser than real notes, so that 300 KB hold 60+ of every kind.
    At 0.25, about one sentence in ten does, closer to real interview notes.
    """
    rng = random.Random(seed)
    people, entries = _make_registry(rng, n_cases)
    places = [e for e in entries if e.kind == PLACE]
    writer = _Writer(rng, people, places)
    texts: list[str] = []
    planted: list[Planted] = []
    ordinary: list[Ordinary] = []
    total = 0
    by_case: dict[int, list[_Person]] = {}
    for person in people:
        by_case.setdefault(person.case, []).append(person)
    while total < size_bytes:
        cell = _Cell(len(texts))
        case_people = by_case[rng.randrange(n_cases)]
        write_note(rng, writer, cell, case_people, rng.randint(1000, 4000), density)
        text = cell.text().rstrip()
        texts.append(text)
        planted.extend(p for p in cell.planted if p.end <= len(text))
        ordinary.extend(o for o in cell.ordinary if o.end <= len(text))
        total += len(text.encode("utf-8"))
    return Corpus(texts, entries, planted, ordinary)


def write_note(
    rng: random.Random,
    writer: _Writer,
    cell: _Cell,
    people: list[_Person],
    target: int,
    density: float,
) -> None:
    """Fill `cell` with about `target` characters of notes about `people`: names, ordinary
    uses of name-words, places and patterns in proportion to `density`, the rest filler."""
    name_to = 0.16 * density
    ordinary_to = name_to + 0.06 * density
    place_to = ordinary_to + 0.03 * density
    pattern_to = place_to + 0.13 * density
    while cell.length < target:
        roll = rng.random()
        person = rng.choice(people)
        if roll < name_to:
            writer.name_sentence(cell, person)
        elif roll < ordinary_to:
            writer.ordinary_use_sentence(cell)
        elif roll < place_to:
            writer.place_sentence(cell)
        elif roll < pattern_to:
            kind = rng.choice(PATTERN_SENTENCES)
            if kind in ("email", "url"):
                getattr(writer, kind)(cell, person)
            else:
                getattr(writer, kind)(cell)
        else:
            writer.filler(cell)
        cell.add("\n\n" if rng.random() < 0.2 else " ")


# --- scoring ------------------------------------------------------------------------------


@dataclass
class Score:
    """Recall per planted kind, precision per detected kind, and ordinary words kept.

    Each value is (hits, total). Recall counts a planted identifier as found when detected spans
    cover every character of it (whatever kind they were given); "name-exact" is the subset of
    names spelled exactly as registered. Precision counts a detected span as right when it
    overlaps a planted identifier; "all" is over every span.
    """

    recall: dict[str, tuple[int, int]]
    precision: dict[str, tuple[int, int]]
    ordinary_kept: tuple[int, int]

    @staticmethod
    def ratio(pair: tuple[int, int]) -> float:
        hits, total = pair
        return hits / total if total else 1.0


def score(corpus: Corpus, spans: list[list[tuple[int, int, str]]]) -> Score:
    """Score detections (per text: (start, end, kind) spans) against what was planted."""
    planted_in: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        planted_in.setdefault(p.text, []).append(p)
    found: dict[str, list[int]] = {}
    for p in corpus.planted:
        covered = _covered(spans[p.text], p.start, p.end)
        for kind in (p.kind, "name-exact") if p.kind == "name" and p.exact else (p.kind,):
            pair = found.setdefault(kind, [0, 0])
            pair[0] += covered
            pair[1] += 1
    right: dict[str, list[int]] = {"all": [0, 0]}
    for index, text_spans in enumerate(spans):
        planted = planted_in.get(index, [])
        for start, end, kind in text_spans:
            ok = any(p.start < end and start < p.end for p in planted)
            for key in (kind, "all"):
                pair = right.setdefault(key, [0, 0])
                pair[0] += ok
                pair[1] += 1
    kept = sum(
        not any(s < o.end and o.start < e for s, e, _k in spans[o.text]) for o in corpus.ordinary
    )
    return Score(
        {k: (v[0], v[1]) for k, v in found.items()},
        {k: (v[0], v[1]) for k, v in right.items()},
        (kept, len(corpus.ordinary)),
    )


def _covered(spans: list[tuple[int, int, str]], start: int, end: int) -> bool:
    need = start
    for s, e, _kind in sorted(spans):
        if s > need:
            break
        if e > need:
            need = e
        if need >= end:
            return True
    return need >= end
