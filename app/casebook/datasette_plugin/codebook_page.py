"""/-/codebook: every instrument version in the release, its sections and items with full
labels, types and release policies, and the labels of every coded value; a table of contents
(instruments, and each of their sections as a disclosure holding a link to the section and
to each of its items) links to an anchor on each of them."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from datasette.utils.asgi import Forbidden, Response


async def release_database(datasette):
    for name, db in datasette.databases.items():
        if name != "_internal" and "items" in await db.table_names():
            return db
    return None


async def codebook(datasette, request):
    if not await datasette.permission_allowed(request.actor, "view-instance", default=False):
        raise Forbidden("Only analysts and admins may see the codebook.")
    db = await release_database(datasette)
    instruments, items, choices = [], defaultdict(list), defaultdict(list)
    if db is not None:
        instruments = (
            await db.execute("SELECT * FROM instruments ORDER BY instrument, version")
        ).rows
        for row in (
            await db.execute("SELECT * FROM items ORDER BY position", page_size=100000)
        ).rows:
            items[(row["instrument"], row["version"])].append(row)
        for row in (
            await db.execute("SELECT * FROM choices ORDER BY position", page_size=100000)
        ).rows:
            choices[(row["instrument"], row["version"], row["item"])].append(row)
    html = await datasette.render_template(
        "casebook_codebook.html",
        {
            "instruments": instruments,
            "sections": {key: sections(rows) for key, rows in items.items()},
            "items": items,
            "choices": choices,
            "database": db.name if db else None,
        },
        request=request,
    )
    # Datasette 0.65's base template gives <html> no language; the codebook is in English
    # and says so, so screen readers pronounce it as English (WCAG 3.1.1).
    return Response.html(html.replace("<html>", '<html lang="en">', 1))


def anchor(instrument: str, version: int, part: str | None = None) -> str:
    """The id of an instrument version (`resource-coding-v1`), or of one of its sections or
    items (`resource-coding-v1--resources_used`; section and item ids never clash, as the
    section's is prefixed `s-`)."""
    base = f"{instrument}-v{version}"
    return f"{base}--{part}" if part else base


def sections(rows: list[Any]) -> list[dict[str, Any]]:
    """An instrument version's items (in codebook order) grouped by section, each item and
    section with its anchor; `top` leaves out the parts of items (checklist rows, probes),
    which the contents do not list."""
    grouped: list[dict[str, Any]] = []
    for row in rows:
        if not grouped or grouped[-1]["id"] != row["section"]:
            grouped.append(
                {
                    "id": row["section"],
                    "title": row["section_title"],
                    "anchor": anchor(row["instrument"], row["version"], f"s-{row['section']}"),
                    "entries": [],
                    "top": [],
                }
            )
        entry = {"row": row, "anchor": anchor(row["instrument"], row["version"], row["item"])}
        grouped[-1]["entries"].append(entry)
        if row["parent"] is None:
            grouped[-1]["top"].append(entry)
    return grouped
