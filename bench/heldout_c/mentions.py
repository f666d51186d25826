"""How a note writes a person's name: registered people in every form, third parties in passing.

A mention is a list of pieces: plain text (`str`) and the planted name (`Mark`). Only the name
is planted, never a title, a role or a genitive ending glued to it ("Annas" plants "Anna").
Facets say how it was written: the part of the name (given, full, family, title+family,
alias), the variant (exact, lower, upper, genitive-sv, possessive-en, misspelt-1/-2, ascii,
and the invisible characters shy, zwsp, zwj, wj, nbsp, nnbsp), the origin ("sv", "so",
"sami", ...) and the source of the given name (faker, mimesis, list, homograph); for third
parties the form (given-only, surname-only, full, title+surname, role+name, name(role),
name+org), origin, source and whether Faker's lists know every word (in-faker, not-in-faker).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from casebook.deid.registry import ascii_fold

from bench.heldout_c.pool import Drawn, in_faker
from bench.heldout_c.study import PROFESSIONS, RELATIONS, Person
from bench.scoring import entry_forms


@dataclass(frozen=True, slots=True)
class Mark:
    """A planted piece of text: what it is, how it was written, whose it is."""

    text: str
    kind: str
    form: str
    key: str | None = None
    exact: bool = False


Piece = str | Mark
INVISIBLE_IN_WORD = {"shy": "\u00ad", "zwsp": "\u200b", "zwj": "\u200d", "wj": "\u2060"}
INVISIBLE_SPACE = {"nbsp": "\u00a0", "nnbsp": "\u202f"}
VARIANTS = {  # registered mentions: variant -> weight
    "exact": 49, "lower": 9, "upper": 5, "misspelt-1": 8, "misspelt-2": 3, "ascii": 7,
    "invisible": 8, "case": 1,
}  # fmt: skip
NEIGHBOURS = dict(zip("qwertyuiopasdfghjklzxcvbnm",
                      "wqwrtyuoplsdfghjkkxcvbnmbn", strict=True))  # fmt: skip


def traits(name: Drawn) -> list[str]:
    """What makes a name hard beyond its origin: two given names, a particle."""
    out = []
    if " " in name.given or "-" in name.given:
        out.append("double-given")
    if name.family.split(" ")[0].split("-")[0].lower() in ("von", "af", "de", "van", "al", "bin"):
        out.append("particle")
    return out


def exact_forms(person: Person) -> set[str]:
    """The ways of writing a registered person exactly (case kept), as the scorer counts them."""
    e = person.entry
    forms = {e.canonical, *e.aliases, *e.canonical.split(" "), *e.given_names}
    if e.family_name:
        forms |= {e.family_name, *(f"{g} {e.family_name}" for g in e.given_names)}
    return forms


def _part(rng: random.Random, person: Person, lang: str) -> tuple[str, str, str]:
    """(title before, name, part facet) for a registered person."""
    e = person.entry
    given = e.given_names[0] if e.given_names else e.canonical
    options = [("", given, "given")] * 6 + [("", e.canonical, "full")] * 2
    if e.aliases:
        options += [("", rng.choice(e.aliases), "alias")] * 3
    if e.family_name and person.role == "professional":
        title = PROFESSIONS[person.relation][0] if lang == "sv" else rng.choice(("Dr", "nurse"))
        options += [(title + " ", e.family_name, "title+family")] * 3
    elif e.family_name:
        options += [("", e.family_name, "family")]
    if len(e.given_names) > 1 and e.family_name:
        options += [("", f"{e.given_names[-1]} {e.family_name}", "full")]
    return rng.choice(options)


def registered(rng: random.Random, person: Person, lang: str, possessive: bool,
               taken: frozenset[str]) -> list[Piece]:  # fmt: skip
    """A mention of `person`; `possessive` asks for a genitive ("Annas", "Anna's")."""
    title, name, part = _part(rng, person, lang)
    variant = rng.choices(list(VARIANTS), weights=list(VARIANTS.values()))[0]
    if ascii_fold(person.entry.canonical) != person.entry.canonical and rng.random() < 0.2:
        variant = "ascii"  # typed on a keyboard without å, ä, ö: "Asa" for Åsa
    if variant == "ascii" and ascii_fold(name) == name:  # another part may have diacritics
        e = person.entry
        parts = [(e.given_names[0] if e.given_names else "", "given"),
                 (e.family_name or "", "family"), (e.canonical, "full")]  # fmt: skip
        title, name, part = next((("", n, p) for n, p in parts if n and ascii_fold(n) != n),
                                 (title, name, part))  # fmt: skip
    written, detail = _vary(rng, name, variant, person, taken)
    exact = written in exact_forms(person)
    tail = ""
    if possessive and lang == "sv":
        glued = written[-1].lower() not in "sxz"
        tail, detail = ("s", detail + "/genitive-sv") if glued else ("'", detail + "/genitive-s'")
        tail = tail.upper() if written.isupper() else tail
    elif possessive:
        tail, detail = "'s", detail + "/possessive-en"
    n = person.name
    form = f"registered/{person.role.replace(' ', '-')}/{part}/{detail}/{n.origin}/{n.source}"
    form += "".join(f"/{t}" for t in traits(n))
    return [title, Mark(written, "name", form, person.entry.key, exact), tail]


def _vary(rng: random.Random, name: str, variant: str, person: Person,
          taken: frozenset[str]) -> tuple[str, str]:  # fmt: skip
    if variant == "lower":
        return name.lower(), "lower"
    if variant == "upper":
        return name.upper(), "upper"
    if variant == "ascii" and ascii_fold(name) != name:
        return ascii_fold(name), "ascii"
    if variant == "case" and name[0].islower():  # "Von Essen" at a sentence start
        return name[0].upper() + name[1:], "case"
    if variant.startswith("misspelt") and len(name.replace(" ", "")) >= 5:
        own = {ascii_fold(f) for f in entry_forms(person.entry)} | taken  # taken: folded
        for _ in range(20):
            slips = 2 if variant.endswith("2") and len(name) >= 7 else 1
            written = name
            kinds = []
            for _ in range(slips):
                written, kind = misspell(rng, written)
                kinds.append(kind)
            if ascii_fold(written.lower()) not in own and written.strip() == written:
                return written, f"misspelt-{slips}/" + "+".join(kinds)
    if variant == "invisible":
        if " " in name and rng.random() < 0.5:
            which = rng.choice(list(INVISIBLE_SPACE))
            return name.replace(" ", INVISIBLE_SPACE[which], 1), which
        which = rng.choice(list(INVISIBLE_IN_WORD))
        word_end = name.find(" ") if " " in name else len(name)
        if word_end >= 3:
            at = rng.randint(1, word_end - 1)
            return name[:at] + INVISIBLE_IN_WORD[which] + name[at:], which
    return name, "exact"


def misspell(rng: random.Random, word: str) -> tuple[str, str]:
    """One slip of a fast typist inside `word` (never its first letter)."""
    letters = [i for i in range(1, len(word)) if word[i].isalpha()]
    i = rng.choice(letters)
    kind = rng.choice(("swap", "drop", "double", "key", "vowel"))
    low = word[i].lower()
    if kind == "swap" and i + 1 < len(word) and word[i + 1].isalpha() and word[i + 1] != word[i]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :], kind
    if kind == "double":
        return word[: i + 1] + word[i] + word[i + 1 :], kind
    if kind == "key" and low in NEIGHBOURS:
        new = NEIGHBOURS[low] if word[i].islower() else NEIGHBOURS[low].upper()
        return word[:i] + new + word[i + 1 :], kind
    if kind == "vowel" and low in "aeiouy":
        new = rng.choice([v for v in "aeiouy" if v != low])
        return word[:i] + new + word[i + 1 :], kind
    return word[:i] + word[i + 1 :], "drop"


# --- third parties ---------------------------------------------------------------------------

ROLES_SV = (("kuratorn", "kurator"), ("handläggaren", "handläggare"), ("grannen", "granne"),
            ("boendestödjaren", "boendestöd"), ("gode mannen", "god man"),
            ("läkaren på vårdcentralen", "läkare VC"), ("hyresvärden", "hyresvärd"),
            ("arbetskonsulenten", "arbetskonsulent"), ("tolken", "tolk"),
            ("väninnan", "väninna"), ("chefen", "chef"), ("ST-läkaren", "ST-läk"),
            ("diakonen", "diakon"), ("stödpersonen", "stödperson"))  # fmt: skip
ROLES_EN = (("the social worker", "social worker"), ("the housing officer", "housing"),
            ("a neighbour", "neighbour"), ("the interpreter", "interpreter"),
            ("the locum", "locum"), ("the GP", "GP"), ("an old friend", "friend"),
            ("the landlord", "landlord"), ("the job coach", "job coach"),
            ("the trainee", "trainee"), ("the priest", "priest"))  # fmt: skip
ORGS_SV = ("från Försäkringskassan", "på Arbetsförmedlingen", "från socialtjänsten",
           "från bostadsbolaget", "på vårdcentralen", "från Stadsmissionen", "på kommunen",
           "från frivården", "från RSMH", "på Kronofogden", "från kyrkan")  # fmt: skip
ORGS_EN = ("from Försäkringskassan", "at the job centre (Arbetsförmedlingen)",
           "from socialtjänsten", "at the housing company", "from Stadsmissionen",
           "at the vårdcentral", "from the municipality")  # fmt: skip
TITLED = {"sv": ("dr ", "Dr ", "ssk ", "kurator ", "doktor "), "en": ("Dr ", "Dr. ", "Mrs ", "Mr ",
          "Ms ", "nurse ")}  # fmt: skip


@dataclass
class ThirdParty:
    name: Drawn
    role: tuple[str, str]  # (definite phrase, short title)
    org: str
    named: int = 0  # times named so far in the note

    def fallback(self) -> str:
        return self.role[0]


def third_party(rng: random.Random, name: Drawn, lang: str) -> ThirdParty:
    roles, orgs = (ROLES_SV, ORGS_SV) if lang == "sv" else (ROLES_EN, ORGS_EN)
    return ThirdParty(name, rng.choice(roles), rng.choice(orgs))


def unregistered(rng: random.Random, tp: ThirdParty, lang: str) -> list[Piece]:
    """The first mention is any way a note names someone; a second one is short."""
    given, family = tp.name.given, tp.name.family
    full = f"{given} {family}"
    if tp.named:
        options = [("", given, "", "given-only"), (rng.choice(TITLED[lang]), family, "",
                   "title+surname")]  # fmt: skip
    else:
        options = [
            ("", given, "", "given-only"), ("", family, "", "surname-only"),
            ("", full, "", "full"), (rng.choice(TITLED[lang]), family, "", "title+surname"),
            (tp.role[0] + " ", rng.choice((given, full)), "", "role+name"),
            ("", rng.choice((given, full)), f" ({tp.role[1]})", "name(role)"),
            ("", rng.choice((given, full)), " " + tp.org, "name+org"),
        ]  # fmt: skip
    before, written, after, how = rng.choice(options)
    tp.named += 1
    if rng.random() < 0.08:
        written, how = written.lower(), how + "/lower"
    known = "in-faker" if in_faker(written) else "not-in-faker"
    form = f"unregistered/{how}/{tp.name.origin}/{tp.name.source}/{known}"
    form += "".join(f"/{t}" for t in traits(tp.name))
    return [before, Mark(written, "name", form), after]


def relation_phrase(rng: random.Random, person: Person, lang: str) -> str:
    """What a note says instead of the name: "mamman", "the case manager", "pat."."""
    if person.role == "patient":
        sv, en = ("pat.", "patienten", "pt", "pat"), ("the patient", "pt", "the client", "pt.")
        return rng.choice(sv if lang == "sv" else en)
    if person.role == "professional":
        return PROFESSIONS[person.relation][1 if lang == "sv" else 2]
    return RELATIONS[person.relation][0 if lang == "sv" else 1]
