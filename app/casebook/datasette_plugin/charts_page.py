"""/-/charts: a chart page per instrument of the release, for analysts.

The page says which charts the release can fill (checklist scores by wave per case, code
frequencies by wave per coded item, and agreement figures when the release has an
`agreement` table) and where their data is: Datasette's own JSON of the release tables. The
charts are drawn in the browser by `assets/charts.js` with Vega-Lite through vega-embed,
whose builds (pinned in package-lock.json) `make install` copies into `assets/vendor/`; this
module serves them from there (`asset`), nothing comes from another site. Vega compiles its
expressions with `new Function` unless it is given an AST interpreter: charts.js asks
vega-embed for the one its build carries (vega-interpreter), so the page runs under the
plugin's Content-Security-Policy without `unsafe-eval`. Why not a Datasette charting
plugin: docs/charts.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from datasette.utils.asgi import Forbidden, NotFound, Response

from casebook.datasette_plugin.codebook_page import release_database

ASSETS = Path(__file__).resolve().parent / "assets"
SCRIPTS = {  # what /-/casebook-assets/ serves, and nothing else
    "charts.js": ASSETS / "charts.js",
    "vega.min.js": ASSETS / "vendor" / "vega.min.js",
    "vega-lite.min.js": ASSETS / "vendor" / "vega-lite.min.js",
    "vega-embed.min.js": ASSETS / "vendor" / "vega-embed.min.js",
}


async def _allowed(datasette: Any, request: Any) -> None:
    if not await datasette.permission_allowed(request.actor, "view-instance", default=False):
        raise Forbidden("Only analysts and admins may see the charts.")


async def index(datasette: Any, request: Any) -> Response:
    """Every instrument of the release, each with a link to its chart page."""
    await _allowed(datasette, request)
    db = await release_database(datasette)
    instruments = await _instruments(db) if db is not None else []
    html = await datasette.render_template(
        "casebook_charts_index.html", {"instruments": instruments}, request=request
    )
    return _page(html)


async def instrument_charts(datasette: Any, request: Any) -> Response:
    await _allowed(datasette, request)
    db = await release_database(datasette)
    wanted = request.url_vars["instrument"]
    found = [i for i in await _instruments(db) if i["instrument"] == wanted] if db else []
    if not found:
        raise NotFound(f"No instrument {wanted} in this release.")
    charts = await _charts(db, wanted)
    urls: dict[str, Any] = {
        table: datasette.urls.table(db.name, table, format="json")
        for table in ("waves", "choices", "checklist_scores", "codes", "agreement")
    }
    if "agreement" in await db.table_names():
        urls["agreement_has_instrument"] = "instrument" in await db.table_columns("agreement")
    html = await datasette.render_template(
        "casebook_charts.html",
        {
            "instrument": found[0],
            "charts": charts,
            "data_urls": json.dumps(urls),
            "libraries": all(path.exists() for path in SCRIPTS.values()),
            "asset": lambda name: datasette.urls.path(f"/-/casebook-assets/{name}"),
        },
        request=request,
    )
    return _page(html)


def _page(html: str) -> Response:
    """Datasette 0.65's base.html names no language (WCAG 3.1.1); these pages are English."""
    return Response.html(html.replace("<html>", '<html lang="en">', 1))


async def asset(datasette: Any, request: Any) -> Response:
    """charts.js and the Vega builds, from the plugin's own folder (never another site)."""
    await _allowed(datasette, request)
    path = SCRIPTS.get(request.url_vars["name"])
    if path is None or not path.exists():
        raise NotFound("No such file.")
    return Response(
        path.read_text(encoding="utf-8"),
        content_type="text/javascript; charset=utf-8",
        headers={"cache-control": "private, max-age=3600"},
    )


async def _instruments(db: Any) -> list[dict[str, Any]]:
    """One row per instrument (its newest version's title and kind)."""
    rows = (
        await db.execute(
            "SELECT instrument, kind, title, max(version) AS version FROM instruments"
            " GROUP BY instrument ORDER BY instrument"
        )
    ).rows
    return [dict(row) for row in rows]


async def _charts(db: Any, instrument: str) -> list[dict[str, Any]]:
    """The charts this release can fill for the instrument, in page order: one per
    checklist with scores, one per coded item with codes, and agreement when published."""
    charts: list[dict[str, Any]] = []
    checklists = await db.execute(
        "SELECT checklist AS id, max(checklist_label) AS label FROM checklist_scores"
        " WHERE instrument = ? AND score IS NOT NULL GROUP BY checklist"
        " ORDER BY min(rowid)",
        [instrument],
    )
    for row in checklists.rows:
        charts.append({"kind": "scores", "id": row["id"], "label": row["label"]})
    coded = await db.execute(
        "SELECT c.item AS id, max(c.item_label) AS label FROM codes c"
        " LEFT JOIN items i ON i.instrument = c.instrument AND i.version = c.version"
        " AND i.item = c.item WHERE c.instrument = ?"
        " GROUP BY c.item ORDER BY min(i.position), c.item",
        [instrument],
    )
    for row in coded.rows:
        charts.append({"kind": "codes", "id": row["id"], "label": row["label"]})
    if await _has_agreement(db, instrument):
        charts.append({"kind": "agreement", "id": "agreement", "label": "Agreement"})
    return charts


async def _has_agreement(db: Any, instrument: str) -> bool:
    """The `agreement` table (issue 11) is drawn only where the release has it, with rows
    for this instrument when it says which instrument a row is about."""
    if "agreement" not in await db.table_names():
        return False
    columns = await db.table_columns("agreement")
    if "instrument" not in columns:
        return True
    found = await db.execute("SELECT 1 FROM agreement WHERE instrument = ? LIMIT 1", [instrument])
    return bool(found.rows)
