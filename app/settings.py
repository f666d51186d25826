"""The study settings file (`study.yaml` beside the instruments): the study's title, the
participant roles and the waves. Instruments name roles and waves by these ids."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator

from app.instruments.model import Id, Label, Strict, label_text
from app.instruments.yamlfile import InstrumentError, Problem, read_yaml, validate_document

SETTINGS_FILE = "study.yaml"


class Role(Strict):
    id: Id
    label: Label


class Wave(Strict):
    id: Id
    label: Label
    month: int = Field(0, ge=0, description="Months after baseline, used to order waves.")


class StudySettings(Strict):
    title: Label
    description: Label | None = None
    roles: list[Role] = Field(min_length=1)
    waves: list[Wave] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> StudySettings:
        for what, things in (("role", self.roles), ("wave", self.waves)):
            ids = [t.id for t in things]
            duplicate = next((i for i in ids if ids.count(i) > 1), None)
            if duplicate:
                raise ValueError(f"{what} id {duplicate!r} appears twice")
        return self

    def role_label(self, role_id: str) -> str:
        return next((label_text(r.label) for r in self.roles if r.id == role_id), role_id)

    def wave_label(self, wave_id: str) -> str:
        return next((label_text(w.label) for w in self.waves if w.id == wave_id), wave_id)

    @property
    def role_ids(self) -> list[str]:
        return [r.id for r in self.roles]

    @property
    def wave_ids(self) -> list[str]:
        return [w.id for w in self.waves]


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
