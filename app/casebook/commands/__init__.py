"""The `casebook` commands, one module per area: `setup` (init, serve, demo), `accounts`
(users, tokens), `instruments` and `releases` (publish, review, datasette), `backups`
(backup, restore), `audit` (export), `exports` (export spss|stata|csv|redcap, and
`qda`'s qdpx); `common` is what they share.

They form one group, `casebook_commands`, which `Casebook.init_app` registers on `app.cli`,
so a host runs them as `flask --app host casebook publish` on its own configuration. Each
command runs in the app's context and takes every setting from its config; the `casebook`
console command (`casebook.cli`) runs the same group on the stand-alone app."""

from __future__ import annotations

from flask.cli import AppGroup

from casebook.commands import accounts, audit, backups, exports, instruments, releases, setup

HELP = "Casebook: versioned interview guides and observation checklists for studies."

casebook_commands = AppGroup("casebook", help=HELP)
for command in (
    setup.init,
    setup.serve,
    setup.demo,
    accounts.users,
    accounts.tokens,
    instruments.instruments,
    releases.publish,
    releases.review,
    releases.datasette,
    backups.backup,
    backups.restore,
    audit.audit,
    exports.export,
):
    casebook_commands.add_command(command)
