"""The docs say what the code does: the CLI reference matches --help."""

from __future__ import annotations

from pathlib import Path

from casebook.cli_docs import cli_reference

ROOT = Path(__file__).resolve().parent.parent


def test_cli_reference_is_up_to_date():
    assert (ROOT / "docs" / "cli.md").read_text() == cli_reference(), "run `make docs`"


def test_readme_opens_with_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    first_block = readme.split("```")[1]
    assert "make run" in first_block and "make test" in first_block
