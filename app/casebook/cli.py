"""The `casebook` console command: a thin wrapper that runs Casebook's commands
(`casebook.commands`, the same group a host runs as `flask --app host casebook ...`) on the
stand-alone app, `casebook.create_app()`, which takes its settings from CASEBOOK_*
environment variables. The app is built only when a command that needs it runs.

Every command is non-interactive unless it must ask for a password; problems are reported
as sentences with exit status 1, never as tracebacks."""

from __future__ import annotations

from typing import Any

import click
from flask import Flask
from flask.cli import ScriptInfo

from casebook.commands import HELP, casebook_commands


def default_app() -> Flask:
    from casebook import create_app

    return create_app()


class StandAlone(click.Group):
    """Casebook's commands, with the stand-alone app as the one they run on."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> click.Context:
        extra.setdefault("obj", ScriptInfo(create_app=default_app, set_debug_flag=False))
        return super().make_context(info_name, args, parent, **extra)


main = StandAlone("casebook", commands=casebook_commands.commands, help=HELP)
