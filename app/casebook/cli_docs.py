"""docs/cli.md, generated from the `casebook` command's own --help, so the reference never
drifts from the code (`make docs` rewrites it; a test compares)."""

from __future__ import annotations

from collections.abc import Iterator

import click
from click.testing import CliRunner

from casebook.cli import main

HEADER = """# The `casebook` command

Generated from `casebook --help` by `make docs`; a test fails when this file is out of date.
"""


def _commands(group: click.Group, prefix: list[str]) -> Iterator[list[str]]:
    yield prefix
    for name in sorted(group.commands):
        command = group.commands[name]
        if isinstance(command, click.Group):
            yield from _commands(command, [*prefix, name])
        else:
            yield [*prefix, name]


def cli_reference() -> str:
    """The whole reference as Markdown."""
    runner = CliRunner()
    parts = [HEADER]
    for words in _commands(main, []):
        result = runner.invoke(main, [*words, "--help"], prog_name="casebook")
        title = " ".join(["casebook", *words])
        parts.append(f"## `{title}`\n\n```\n{result.output.rstrip()}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(cli_reference(), end="")
