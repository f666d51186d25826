"""Who is who in a release: pseudonyms for cases, participants, contacts, staff and places,
date offsets, and the tags that replace their names in free text."""

from __future__ import annotations

from dataclasses import dataclass, field

from casebook import nicknames
from casebook.pseudonyms import PREFIXES, Pseudonyms, date_offset
from casebook.release.source import PrivateStudy
from casebook.settings import StudySettings


@dataclass
class Person:
    """A registered name to find in free text, and the tag that replaces it."""

    name: str
    aliases: list[str]
    tag: str


@dataclass
class Identities:
    cases: dict[int, str] = field(default_factory=dict)
    participants: dict[int, str] = field(default_factory=dict)
    staff: dict[int, str] = field(default_factory=dict)
    case_offsets: dict[int, int] = field(default_factory=dict)
    participant_offsets: dict[int, int] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    # Registered forms too short to search for (legacy one-letter nicknames), described
    # without the name itself, for the study lead to correct: "participant 12: 1 nickname".
    too_short: list[str] = field(default_factory=list)


def searchable(aliases: list[str], who: str, ids: Identities) -> list[str]:
    """The aliases with at least two letters; shorter ones (stored before the app refused
    them, `casebook.nicknames`) are left out of the search, which would otherwise remove that
    letter everywhere, and reported."""
    kept = nicknames.searchable(aliases)
    if len(kept) < len(aliases):
        ids.too_short.append(f"{who}: {len(aliases) - len(kept)} nickname(s) or alias(es)")
    return kept


def assign_identities(study: PrivateStudy, settings: StudySettings, key: bytes) -> Identities:
    """Pseudonyms and offsets for everyone, and the name list for redaction."""
    ids = Identities()
    cases = Pseudonyms(key, "case", PREFIXES["cases"])
    cases.assign([c["id"] for c in study.cases])
    for case in study.cases:
        ids.cases[case["id"]] = cases.code(case["id"])
        ids.case_offsets[case["id"]] = date_offset(key, "case", case["id"])
    _participants(study, settings, key, ids)
    _contacts(study, key, ids)
    _staff(study, key, ids)
    _places(study, key, ids)
    return ids


def _participants(study: PrivateStudy, settings: StudySettings, key: bytes, ids: Identities):
    by_role = {
        role: Pseudonyms(key, "participant", prefix)
        for role, prefix in settings.pseudonym_prefixes().items()
    }
    for role, coder in by_role.items():
        coder.assign([p["id"] for p in study.participants if p["role"] == role])
    for person in study.participants:
        coder = by_role.get(person["role"]) or Pseudonyms(
            key, "participant", PREFIXES["participants whose role is not in study.yaml"]
        )
        code = coder.code(person["id"])
        ids.participants[person["id"]] = code
        ids.participant_offsets[person["id"]] = date_offset(key, "participant", person["id"])
        role = settings.role_label(person["role"]).lower()
        aliases = searchable(person["aliases"], f"participant {person['id']}", ids)
        ids.people.append(Person(person["name"], aliases, f"[{role} {code}]"))


def _contacts(study: PrivateStudy, key: bytes, ids: Identities) -> None:
    coder = Pseudonyms(key, "contact", PREFIXES["contacts"])
    coder.assign([c["id"] for c in study.contacts])
    for contact in study.contacts:
        tag = f"[contact {coder.code(contact['id'])}]"
        aliases = searchable(contact["aliases"], f"contact {contact['id']}", ids)
        ids.people.append(Person(contact["name"], aliases, tag))


def _staff(study: PrivateStudy, key: bytes, ids: Identities) -> None:
    coder = Pseudonyms(key, "staff", PREFIXES["staff"])
    coder.assign([s["id"] for s in study.staff])
    for member in study.staff:
        code = coder.code(member["id"])
        ids.staff[member["id"]] = code
        if _personal_name(member["display_name"]):
            ids.people.append(Person(member["display_name"], [], f"[staff {code}]"))


def _personal_name(name: str | None) -> bool:
    """ "Karin Lund" is a person; "Study lead" or "admin" (account labels) are not."""
    words = (name or "").split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words)


def _places(study: PrivateStudy, key: bytes, ids: Identities) -> None:
    coder = Pseudonyms(key, "place", PREFIXES["places"])
    coder.assign([p["id"] for p in study.places])
    for place in study.places:
        tag = f"[place {coder.code(place['id'])}]"
        aliases = searchable(place["aliases"], f"place {place['id']}", ids)
        ids.people.append(Person(place["name"], aliases, tag))
