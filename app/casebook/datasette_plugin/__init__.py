"""Casebook's Datasette plugin, for analysts working with a de-identified release.

- Access (`access`, `login`): only Casebook's `analyst` and `admin` accounts, with Casebook's
  own logins (a form at /-/casebook-login, throttled, CSRF-protected, a cookie that expires)
  and API tokens (`Authorization: Bearer <token>`); everyone else gets 401/403 on every page,
  JSON, CSV and download. The private database is opened only to check credentials and to
  count failed logins and end sessions; it is never attached to Datasette.
- Limits (`limits`): what one query may allocate, and nothing that shows the process.
- Labels: coded values are shown with their labels from the release's codebook.
- A codebook page at /-/codebook.
- Security (`security`): headers on every response, formula-safe CSV exports, and a
  security event for each download of the release (the .db file or a CSV export).
Registered through the `datasette` entry point in pyproject.toml."""

from __future__ import annotations

from datasette import hookimpl

from casebook.datasette_plugin import access, codebook_page, labels, limits, login, security


@hookimpl
def asgi_wrapper(datasette):
    return security.wrapper(datasette)


@hookimpl
def actor_from_request(datasette, request):
    return access.actor_from_request(datasette, request)


@hookimpl
def permission_allowed(datasette, actor, action, resource):
    return access.permission_allowed(actor, action, resource)


@hookimpl
def prepare_connection(conn, database, datasette):
    limits.prepare_connection(conn)


@hookimpl
def forbidden(datasette, request, message):
    return access.forbidden(datasette, request, message)


@hookimpl
def register_routes():
    return [
        (r"^/-/casebook-login$", login.login),
        (r"^/-/casebook-logout$", login.logout),
        (limits.HIDDEN_PAGES, limits.not_here),
        (r"^/-/codebook$", codebook_page.codebook),
    ]


@hookimpl
def render_cell(value, column, table, database, datasette, row):
    return labels.render_cell(datasette, database, table, column, value, row)


@hookimpl
def menu_links(datasette, actor):
    if actor:
        return [
            {"href": datasette.urls.path("/-/codebook"), "label": "Codebook"},
            {"href": datasette.urls.path("/-/casebook-logout"), "label": "Log out"},
        ]
    return []
