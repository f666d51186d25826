"""Writing an imported XLSForm as `instruments/<id>/v<version>.yaml`: the file is written in
a scratch folder first and loaded there by the loader (casebook.instruments.loader, the one
judge of an instrument), and only a file that loads is moved into place. An existing version
is never replaced."""

from __future__ import annotations

import io
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from casebook.instruments.loader import load_instrument
from casebook.instruments.model import Instrument, Kind
from casebook.settings import StudySettings


class ImportRefused(Exception):
    """The instrument cannot be written (the message says why)."""


@dataclass(frozen=True)
class Identity:
    """What an XLSForm does not say and Casebook needs."""

    id: str
    version: int
    kind: Kind
    waves: list[str]
    roles: list[str]


def instrument_data(definition: dict[str, Any], identity: Identity) -> dict[str, Any]:
    head = {"id": identity.id, "version": identity.version, "kind": identity.kind}
    head |= {"title": definition["title"], "roles": identity.roles, "waves": identity.waves}
    return head | {key: value for key, value in definition.items() if key != "title"}


def to_yaml(data: dict[str, Any], source: str) -> str:
    yaml = YAML(typ="rt")
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 100
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    header = (
        f"# Imported from the XLSForm {source} by `casebook instruments import-xlsform`.\n"
        "# Rows that did not map were listed by the import; see docs/exports.md.\n"
    )
    return header + buffer.getvalue()


def write_instrument(
    definition: dict[str, Any],
    identity: Identity,
    folder: Path,
    settings: StudySettings | None,
    source: str,
) -> tuple[Path, Instrument]:
    """Write and validate the instrument under `folder`; raises ImportRefused (with the
    loader's problems) and writes nothing when it does not load."""
    from casebook.instruments.yamlfile import InstrumentError

    target = folder / identity.id / f"v{identity.version}.yaml"
    if target.exists():
        raise ImportRefused(
            f"{target} exists already: a version that may have collected data is never "
            "replaced. Import as a new version (--version) or under another --id."
        )
    text = to_yaml(instrument_data(definition, identity), source)
    with tempfile.TemporaryDirectory(prefix="xlsform-") as scratch:
        draft = Path(scratch) / identity.id / target.name
        draft.parent.mkdir()
        draft.write_text(text, encoding="utf-8")
        try:
            instrument = load_instrument(draft, settings)
        except InstrumentError as error:
            problems = "\n  ".join(str(p).replace(str(draft), target.name) for p in error.problems)
            raise ImportRefused(f"The imported instrument does not load:\n  {problems}") from error
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(draft, target)
    return target, instrument
