"""Accounts from the command line: `casebook users` (add, passwd, list, deactivate, activate,
role, ensure-admin) and `casebook tokens` (API tokens: create, list, revoke)."""

from __future__ import annotations

import os
import sys

import click
from flask.cli import AppGroup

from casebook.accounts import (
    ROLES,
    AccountError,
    add_user,
    list_users,
    set_active,
    set_password,
    set_role,
)
from casebook.commands.common import cli_actor, open_database, stop
from casebook.passwords import generate_password

# --- users ----------------------------------------------------------------------------------


@click.group(cls=AppGroup, help="Manage accounts.")
def users() -> None:
    pass


PASSWORD_RULES = (
    "A password has at least 12 characters, is not only spaces, does not contain the "
    "username and is not one of the 30,000 most common passwords (not even with digits or "
    "punctuation added)."
)


@users.command(
    "add",
    short_help="Add an account.",
    help="Add an account. Roles: " + ", ".join(ROLES) + ". " + PASSWORD_RULES,
)
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(list(ROLES)))
@click.option("--display-name", default=None, help="Name shown in the app.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def users_add(name: str, role: str, display_name: str | None, password_stdin: bool) -> None:
    password = _read_password(password_stdin)
    db = open_database()
    try:
        add_user(db, name, role, password, cli_actor(), display_name)
    except AccountError as error:
        stop(f"Cannot add {name!r}: {error}.")
    click.echo(f"Account {name!r} added with role {role}.")


@users.command(
    "passwd",
    short_help="Set a new password for an account.",
    help="Set a new password for an account; every session of the account ends (in "
    "Casebook and in Datasette). " + PASSWORD_RULES,
)
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def users_passwd(name: str, password_stdin: bool) -> None:
    password = _read_password(password_stdin)
    try:
        set_password(open_database(), name, password, cli_actor())
    except AccountError as error:
        stop(f"Cannot change the password: {error}.")
    click.echo(f"Password of {name!r} changed.")


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@users.command("list", help="List accounts and their roles.")
def users_list() -> None:
    for user in list_users(open_database()):
        state = "" if user["active"] else " (inactive)"
        click.echo(f"{user['username']:<24} {user['role']:<12} {user['display_name']}{state}")


@users.command(
    "deactivate",
    short_help="Deactivate an account, at once.",
    help="Deactivate an account: it can no longer log in, every session of it ends and its "
    "API tokens are revoked, at once (in Casebook and in Datasette). Its collected data and "
    "history stay. The last active admin cannot be deactivated.",
)
@click.argument("name")
def users_deactivate(name: str) -> None:
    try:
        set_active(open_database(), name, False, cli_actor())
    except AccountError as error:
        stop(f"Cannot deactivate {name!r}: {error}.")
    click.echo(f"Account {name!r} is deactivated; its sessions ended and its tokens are revoked.")


@users.command(
    "activate",
    short_help="Let a deactivated account log in again.",
    help="Let a deactivated account log in again (its revoked API tokens stay revoked).",
)
@click.argument("name")
def users_activate(name: str) -> None:
    try:
        set_active(open_database(), name, True, cli_actor())
    except AccountError as error:
        stop(f"Cannot activate {name!r}: {error}.")
    click.echo(f"Account {name!r} is active.")


@users.command(
    "role",
    short_help="Give an account another role.",
    help="Give an account another role, effective at its next request (its sessions and "
    "tokens act with the new role). The last active admin keeps the admin role.",
)
@click.argument("name")
@click.argument("role", type=click.Choice(list(ROLES)))
def users_role(name: str, role: str) -> None:
    try:
        set_role(open_database(), name, role, cli_actor())
    except AccountError as error:
        stop(f"Cannot change the role of {name!r}: {error}.")
    click.echo(f"Account {name!r} now has the role {role}.")


@users.command("ensure-admin", help="Create an admin account if there is none.")
@click.option("--name", default="admin", show_default=True)
def users_ensure_admin(name: str) -> None:
    db = open_database()
    admins = [u for u in list_users(db) if u["role"] == "admin" and u["active"]]
    if admins:
        click.echo(f"Admin account: {admins[0]['username']} (password unchanged).")
        return
    password = os.environ.get("CASEBOOK_ADMIN_PASSWORD") or generate_password(name)
    try:
        add_user(db, name, "admin", password, cli_actor(), "Study lead")
    except AccountError as error:
        stop(f"Cannot create the admin account: {error}.")
    if os.environ.get("CASEBOOK_ADMIN_PASSWORD"):
        click.echo(f"Admin account created: {name} (password from CASEBOOK_ADMIN_PASSWORD).")
    else:
        click.echo(f"Admin account created. Username: {name}  Password: {password}")
        click.echo("This password is shown only once; change it with `casebook users passwd`.")


# --- API tokens -------------------------------------------------------------------------------


@click.group(
    cls=AppGroup,
    short_help="Create, list and revoke API tokens.",
    help="Create, list and revoke API tokens for the JSON API (see docs/api.md).",
)
def tokens() -> None:
    pass


@tokens.command(
    "create",
    short_help="Create an API token for an account.",
    help="Create an API token that acts with the account's role. The token is printed alone "
    "on the last line and only this once: Casebook stores only a hash of it.",
)
@click.argument("username")
@click.option(
    "--name",
    "label",
    default="API token",
    show_default=True,
    help="What the token is for, shown by `tokens list`.",
)
def tokens_create(username: str, label: str) -> None:
    from casebook.tokens import TokenError, create_token

    try:
        token = create_token(open_database(), username, label, cli_actor())
    except TokenError as error:
        stop(f"Cannot create a token: {error}.")
    click.echo(f"Token {token.id} ({token.prefix}...) created for {token.username}: {token.name}.")
    click.echo("Copy it now; it is not shown again. Send it as `Authorization: Bearer <token>`.")
    click.echo(token.secret)


@tokens.command("list", help="List API tokens (their prefixes, never the tokens).")
def tokens_list() -> None:
    from casebook.tokens import list_tokens

    rows = list_tokens(open_database())
    if not rows:
        click.echo("No API tokens: create one with `casebook tokens create USERNAME`.")
    for row in rows:
        state = f"revoked {row['revoked_at'][:10]}" if row["revoked_at"] else "active"
        if not row["revoked_at"] and not row["active"]:
            state = "account inactive"
        click.echo(
            f"{row['id']:>4}  {row['prefix']}...  {row['username']:<16} {row['role']:<12} "
            f"{state:<18} created {row['created_at'][:10]}  {row['name']}"
        )


@tokens.command("revoke", help="Revoke an API token, named by its id or prefix.")
@click.argument("id_or_prefix")
def tokens_revoke(id_or_prefix: str) -> None:
    from casebook.tokens import TokenError, revoke_token

    try:
        token = revoke_token(open_database(), id_or_prefix, cli_actor())
    except TokenError as error:
        stop(f"Cannot revoke: {error}.")
    click.echo(f"Token {token['id']} ({token['prefix']}...) of {token['username']} is revoked.")
