"""JSON API v1 under `<prefix>/api/v1`: the contract for integrations, scripts and the offline
outbox. Reference and a worked session: docs/api.md; machine-readable: GET /openapi.json.

Every view declares its roles like the web app's views and calls the same services
(`casebook.responses`, `casebook.study`, the instrument registry), so one place validates and
stores a response and every write is audited with the authenticated user. Requests authenticate with
`Authorization: Bearer <token>` (casebook/tokens.py) or, from Casebook's own pages, with the session
cookie plus the X-CSRFToken header (`auth.py`).

Every error, on every path under `<prefix>/api/`, is JSON:
`{"error": {"code": "...", "message": "...", "details": [...]}}`; a 409 adds `current`
(`errors.py`).

One module per resource (`instruments`, `cases`, `places`, `participants`, `responses`,
`events`, `units`) adds
its routes to `bp`; `body` and `fields` read requests; `instrument_document` is the API's view
of an instrument version; `openapi` serves the OpenAPI document built from `paths`,
`components`, `answer_schemas` and `schema`."""

from __future__ import annotations

# Importing the modules registers their routes and error handlers on `bp` (`blueprint`).
from casebook.api import (  # noqa: F401
    cases,
    errors,
    events,
    instruments,
    names,
    openapi,
    participants,
    places,
    responses,
    units,
)
from casebook.api.blueprint import URL_PREFIX, bp  # noqa: F401
