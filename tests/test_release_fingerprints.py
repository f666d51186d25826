"""The versions the incremental publish keys its cache on must change whenever the code that
makes release rows changes: a change there that the version missed would let a republish copy
rows a full build would now make differently."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from casebook.release import fingerprints

PACKAGE = Path(fingerprints.__file__).resolve().parents[1]
SETTINGS = {"roles": ["patient"], "release": {}}


@pytest.fixture
def package_copy(tmp_path, monkeypatch) -> Path:
    copy = tmp_path / "casebook"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "static"))
    monkeypatch.setattr(fingerprints, "PACKAGE", copy)
    return copy


@pytest.mark.parametrize(
    "changed", ["items/choice.py", "items/calendar.py", "release/tables.py", "instruments/model.py"]
)
def test_a_change_to_code_that_makes_release_rows_changes_the_rows_version(
    package_copy: Path, changed: str
) -> None:
    before = fingerprints.rows_version(SETTINGS)
    path = package_copy / changed
    path.write_text(path.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert fingerprints.rows_version(SETTINGS) != before


def test_a_change_elsewhere_leaves_the_rows_version_alone(package_copy: Path) -> None:
    before = fingerprints.rows_version(SETTINGS)
    path = package_copy / "views" / "accounts.py"
    path.write_text(path.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert fingerprints.rows_version(SETTINGS) == before
