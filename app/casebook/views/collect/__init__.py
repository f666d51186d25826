"""Collecting responses: start one, fill it in with autosave, save it as a draft or mark it
complete. Every write goes through `casebook.responses.save_response`, which checks the answers
and the role; these views only turn a posted form into answers and answers into a page.

Routes
    POST /responses/start               start a draft from the start form, then go to it
    GET  /responses/<uuid>              the form page
    POST /responses/<uuid>/autosave     JSON: save the posted form as the current status
    POST /responses/<uuid>              "Save draft" / "Mark complete" (works without JS)
    GET  /responses/csrf-token          JSON: a fresh CSRF token (and who is logged in) for
                                        a page left open long or a queue sent later
    GET  /sw.js, /device, /responses/new/<instrument>/<version>
                                        working offline: see `offline`
    GET/POST /responses/<uuid>/discard  discard a draft after confirming (module `drafts`)
    POST /responses/<uuid>/restore      restore a discarded one
    GET  /responses/<uuid>/history      admins: every save, before and after (`history`)
    GET/POST /units, /units/<id>/...    units of coding, reconciliation, /agreement (`units`)
    GET  /responses/<uuid>/timeline     a live-coded meeting as a timeline (`timeline`)
    POST /responses/<uuid>/events/<id>  correct one live event, audited

Modules: `start`, `editing` (the form page and its buttons), `autosave` and `offline` (the
service worker, "On this device" and blank forms) hold the routes; `saving` saves posted
answers through the service; `conflicts` puts two versions side by side; `page` renders the
form page with what `page_data` works out for its script and navigation.
"""

from __future__ import annotations

# Importing the modules registers their routes on `bp` (casebook/views/blueprints.py).
from casebook.views.blueprints import collect as bp  # noqa: F401
from casebook.views.collect import (  # noqa: F401
    autosave,
    drafts,
    editing,
    history,
    offline,
    start,
    timeline,
    unit_coders,
    units,
)
