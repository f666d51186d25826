"""/-/codebook: every instrument version in the release, its sections and items with full
labels, types and release policies, and the labels of every coded value."""

from __future__ import annotations

from collections import defaultdict

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
            "items": items,
            "choices": choices,
            "database": db.name if db else None,
        },
        request=request,
    )
    return Response.html(html)
