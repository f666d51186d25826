"""The study settings file (`study.yaml` beside the instruments): the study's title, the
participant roles and the waves. Instruments name roles and waves by these ids."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from casebook.instruments.model import Id, Label, Strict, label_text
from casebook.instruments.yamlfile import InstrumentError, Problem, read_yaml, validate_document
from casebook.pseudonyms import PREFIXES

SETTINGS_FILE = "study.yaml"
log = logging.getLogger("casebook")


class Role(Strict):
    id: Id
    label: Label
    code: str | None = Field(
        None,
        pattern=r"^[A-Z]{1,2}$",
        description="Letter(s) that start this role's pseudonyms in releases, e.g. P for "
        "P-4K7Q; the first letter of the id when left out. Not one of the prefixes of "
        "other pseudonyms: " + ", ".join(sorted(PREFIXES.values())) + ".",
    )

    @field_validator("code")
    @classmethod
    def _not_another_kinds_prefix(cls, code: str | None) -> str | None:
        if code in PREFIXES.values():
            raise ValueError(_prefix_taken(code))
        return code


class Wave(Strict):
    id: Id
    label: Label
    month: int = Field(0, ge=0, description="Months after baseline, used to order waves.")


QUASI_IDENTIFIERS = ("role", "gender", "age_band")


class ReleaseSettings(Strict):
    """How a data release guards against re-identification by small groups."""

    quasi_identifiers: list[Literal["role", "gender", "age_band"]] = Field(
        default_factory=lambda: list(QUASI_IDENTIFIERS),
        description="Participant attributes an outsider might know; the last is suppressed "
        "first when a group is smaller than k.",
    )
    k: int = Field(5, ge=2, description="Smallest group size allowed in a release.")
    age_bands: list[int] = Field(
        default_factory=lambda: [18, 30, 45, 65],
        description="Edges of the age bands published instead of the year of birth.",
    )
    include_drafts: bool = Field(False, description="Publish draft responses too.")
    phone_regions: list[str] = Field(
        default_factory=list,
        description="Countries (ISO 3166 alpha-2, e.g. SE, NO, GB) whose national phone "
        "formats free text is searched for, besides numbers in international form; empty: "
        "the study's country. A number of any other country is still caught by its shape.",
    )

    @field_validator("phone_regions")
    @classmethod
    def _known_regions(cls, regions: list[str]) -> list[str]:
        import phonenumbers  # only when a study names regions

        unknown = [r for r in regions if r not in phonenumbers.SUPPORTED_REGIONS]
        if unknown:
            raise ValueError(f"unknown phone region(s) {', '.join(map(repr, unknown))}")
        return regions

    month_first: bool | None = Field(
        None,
        description="Whether the study's notes write a day and month without a year month "
        "first, as in the US ('7/22' for 22 July); left out: as CLDR says the study's country "
        "writes it (true for US, false for SE). A short date that only month/day makes a date "
        "('8/25') is then redacted with no word that dates it.",
    )


class StudySettings(Strict):
    title: Label
    description: Label | None = None
    country: str = Field(
        "SE",
        pattern=r"^[A-Z]{2}$",
        description="The study's country (ISO 3166 alpha-2): whose phone formats free text is "
        "searched for unless release.phone_regions says otherwise.",
    )
    roles: list[Role] = Field(min_length=1)
    waves: list[Wave] = Field(min_length=1)
    release: ReleaseSettings = Field(default_factory=ReleaseSettings)

    @model_validator(mode="after")
    def _unique(self) -> StudySettings:
        codes = [r.code for r in self.roles if r.code]
        clash = next((c for c in codes if codes.count(c) > 1), None)
        if clash:
            raise ValueError(f"two roles have the pseudonym code {clash!r}")
        for role_id, prefix in self.pseudonym_prefixes().items():
            if prefix in PREFIXES.values():  # derived from an id such as `relative`
                raise ValueError(f"role {role_id!r} has no `code`: {_prefix_taken(prefix)}")
        for what, things in (("role", self.roles), ("wave", self.waves)):
            ids = [t.id for t in things]
            duplicate = next((i for i in ids if ids.count(i) > 1), None)
            if duplicate:
                raise ValueError(f"{what} id {duplicate!r} appears twice")
        return self

    @property
    def phone_regions(self) -> tuple[str, ...]:
        """The regions whose national phone formats the redactor knows."""
        return tuple(self.release.phone_regions or [self.country])

    @property
    def month_first(self) -> bool:
        """Whether the redactor reads a bare "7/22" as month/day (`release.month_first`, else
        as CLDR writes the study's country: `calendar_words.writes_month_first`)."""
        if self.release.month_first is not None:
            return self.release.month_first
        from casebook.deid.calendar_words import writes_month_first

        return writes_month_first(self.country)

    def role_label(self, role_id: str, language: str = "en") -> str:
        return next((label_text(r.label, language) for r in self.roles if r.id == role_id), role_id)

    def wave_label(self, wave_id: str, language: str = "en") -> str:
        return next((label_text(w.label, language) for w in self.waves if w.id == wave_id), wave_id)

    def pseudonym_prefixes(self) -> dict[str, str]:
        """Role id -> letters its pseudonyms start with: the role's `code`, else the first
        letter of its id, else as many letters as make it unique (in the order listed)."""
        taken = {r.code for r in self.roles if r.code}
        prefixes: dict[str, str] = {}
        for role in self.roles:
            prefix = role.code
            length = 1
            while prefix is None or (prefix in taken and prefix != role.code):
                prefix = role.id.replace("_", "")[:length].upper()
                length += 1
            taken.add(prefix)
            prefixes[role.id] = prefix
        return prefixes

    @property
    def role_ids(self) -> list[str]:
        return [r.id for r in self.roles]

    @property
    def wave_ids(self) -> list[str]:
        return [w.id for w in self.waves]


def _prefix_taken(prefix: str) -> str:
    kind = next(k for k, p in PREFIXES.items() if p == prefix)
    others = ", ".join(sorted(PREFIXES.values()))
    return (
        f"its pseudonyms would start {prefix}-, which is kept for {kind}; give the role a "
        f"`code` of one or two capitals that is not {others}"
    )


@dataclass
class _Loaded:
    """What a running app uses: the last good settings, and the problems of the file as it
    is now if it has been broken since (empty when the file is good)."""

    stamp: tuple[int, int]
    settings: StudySettings
    problems: list[Problem] = field(default_factory=list)


_LOADED: dict[Path, _Loaded] = {}


def current_settings(folder: Path) -> StudySettings:
    """`load_settings`, parsed again only when study.yaml has changed (for web requests).

    A study.yaml broken while the app runs does not reach it: the last good settings stay
    in use and `settings_problems` says what is wrong (admins see it on every page). Only
    a file that has never been good raises InstrumentError."""
    path = (folder / SETTINGS_FILE).resolve()
    stamp = _stamp(path)
    cached = _LOADED.get(path)
    if cached is None or cached.stamp != stamp:
        try:
            _LOADED[path] = _Loaded(stamp, load_settings(folder))
        except InstrumentError as error:
            if cached is None:
                raise
            log.error("%s is broken; the last good settings stay in use: %s", path, error)
            _LOADED[path] = _Loaded(stamp, cached.settings, error.problems)
    return _LOADED[path].settings


def settings_problems(folder: Path) -> list[Problem]:
    """What is wrong with study.yaml as it is now, while the app keeps its last good
    settings; every problem when it has never been good; empty when it is good."""
    try:
        current_settings(folder)
    except InstrumentError as error:
        return error.problems
    return _LOADED[(folder / SETTINGS_FILE).resolve()].problems


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (-1, -1)
    return (stat.st_mtime_ns, stat.st_size)


def load_settings(folder: Path) -> StudySettings:
    """Load `study.yaml` from the instruments folder; problems raise InstrumentError."""
    path = folder / SETTINGS_FILE
    if not path.exists():
        raise InstrumentError(
            [
                Problem(
                    str(path),
                    None,
                    "",
                    "no study settings file: create study.yaml with the study's title, "
                    "roles and waves (see docs/instruments.md)",
                )
            ]
        )
    return validate_document(read_yaml(path), StudySettings)
