"""Casebook's Datasette plugin, for analysts working with a de-identified release.

- Access (`access`, `login`): only Casebook's `analyst` and `admin` accounts, with Casebook's
  own logins (a form at /-/casebook-login, throttled, CSRF-protected, a cookie that expires)
  and API tokens (`Authorization: Bearer <token>`); everyone else gets 401/403 on every page,
  JSON, CSV and download. The private database is opened only to check credentials and to
  count failed logins and end sessions; it is never attached to Datasette.
- Limits (`limits`): what one query may allocate, and nothing that shows the process.
- Labels: coded values are shown with their labels from the release's codebook.
- A codebook page at /-/codebook, a chart page per instrument at /-/charts (`charts_page`),
  and the release as SPSS, Stata, CSV and REFI-QDA downloads at /-/exports (`downloads`).
- Security (`security`): headers on every response, formula-safe CSV exports, and a
  security event for each download of the release (the .db file or a CSV export).
Registered through the `datasette` entry point in pyproject.toml, so every Datasette in the
same environment loads it; it does nothing at all unless the Datasette is configured for it
through Datasette's own plugin configuration (what `casebook datasette` writes):

    {"plugins": {"casebook": {"private_database": "/srv/study/casebook.db",
                              "secure_cookies": false}}}

Another Datasette in the virtualenv serves its databases, logins and tokens as if Casebook
were not installed."""

from __future__ import annotations

from datasette import hookimpl

from casebook.datasette_plugin import (
    access,
    charts_page,
    codebook_page,
    downloads,
    labels,
    limits,
    login,
    security,
)
from casebook.datasette_plugin.access import configured


@hookimpl
def asgi_wrapper(datasette):
    return security.wrapper(datasette) if configured(datasette) else None


@hookimpl
def actor_from_request(datasette, request):
    return access.actor_from_request(datasette, request) if configured(datasette) else None


@hookimpl
def permission_allowed(datasette, actor, action, resource):
    return access.permission_allowed(actor, action, resource) if configured(datasette) else None


@hookimpl
def prepare_connection(conn, database, datasette):
    if configured(datasette):
        limits.prepare_connection(conn)


@hookimpl
def forbidden(datasette, request, message):
    return access.forbidden(datasette, request, message) if configured(datasette) else None


@hookimpl
def register_routes(datasette):
    if not configured(datasette):
        return []
    return [
        (r"^/-/casebook-login$", login.login),
        (r"^/-/casebook-logout$", login.logout),
        (limits.HIDDEN_PAGES, limits.not_here),
        (limits.METADATA_PAGE, limits.metadata_page(access.PLUGIN)),
        (r"^/-/codebook$", codebook_page.codebook),
        (downloads.PAGE, downloads.page),
        (downloads.DOWNLOAD, downloads.download),
        (downloads.QDPX, downloads.qdpx),
        (r"^/-/charts$", charts_page.index),
        (r"^/-/charts/(?P<instrument>[A-Za-z0-9_-]+)$", charts_page.instrument_charts),
        (r"^/-/casebook-assets/(?P<name>[a-z.-]+\.js)$", charts_page.asset),
    ]


@hookimpl
def render_cell(value, column, table, database, datasette, row):
    if not configured(datasette):
        return None
    return labels.render_cell(datasette, database, table, column, value, row)


@hookimpl
def menu_links(datasette, actor):
    if actor and configured(datasette):
        return [
            {"href": datasette.urls.path("/-/codebook"), "label": "Codebook"},
            {"href": datasette.urls.path("/-/charts"), "label": "Charts"},
            {"href": datasette.urls.path("/-/exports"), "label": "Exports (SPSS, Stata, CSV, QDA)"},
            {"href": datasette.urls.path("/-/casebook-logout"), "label": "Log out"},
        ]
    return []
