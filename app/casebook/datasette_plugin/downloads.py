"""/-/exports: the release served as SPSS, Stata and CSV downloads for analysts, each a zip
of the files `casebook export` writes (the datasets and codebook.csv), and as a REFI-QDA
project (`casebook export qdpx`) for QDA tools; each built on request from
the release this Datasette serves at that moment, so a new release is what the next
download holds. Analysts and admins only, like every page here; each download is recorded
as a security event (`security`)."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from datasette.utils.asgi import Forbidden, NotFound, Response

from casebook.datasette_plugin.codebook_page import release_database
from casebook.exports.qda_release import NotARelease
from casebook.exports.qdpx import export_qdpx
from casebook.exports.release_exports import DESCRIPTIONS, FORMATS, export_zip
from casebook.exports.release_file import ExportError

PAGE = r"^/-/exports$"
DOWNLOAD = r"^/-/exports/(?P<format>[a-z]+)\.zip$"
QDPX = r"^/-/exports/release\.qdpx$"


async def _allowed(datasette, request) -> None:
    if not await datasette.permission_allowed(
        request.actor, "view-database-download", default=False
    ):
        raise Forbidden("Only analysts and admins may download the release.")


async def page(datasette, request):
    await _allowed(datasette, request)
    html = await datasette.render_template(
        "casebook_exports.html",
        {"formats": [(fmt, DESCRIPTIONS[fmt]) for fmt in FORMATS]},
        request=request,
    )
    return Response.html(html)


async def download(datasette, request):
    await _allowed(datasette, request)
    fmt = request.url_vars["format"]
    if fmt not in FORMATS:
        raise NotFound(f"No export called {fmt}; there are {', '.join(FORMATS)}.")
    db = await release_database(datasette)
    if db is None or not db.path:
        raise NotFound("No release is served.")
    try:
        body = await asyncio.to_thread(export_zip, Path(db.path), fmt)  # type: ignore[arg-type]
    except ExportError as error:
        return Response.text(str(error), status=409)
    return Response(
        body,
        content_type="application/zip",
        headers={"content-disposition": f'attachment; filename="release-{fmt}.zip"'},
    )


async def qdpx(datasette, request):
    """The release as a REFI-QDA project: the redacted notes, the coding frames, the codings."""
    await _allowed(datasette, request)
    db = await release_database(datasette)
    if db is None or not db.path:
        raise NotFound("No release is served.")
    try:
        body = await asyncio.to_thread(_project, Path(db.path))  # type: ignore[arg-type]
    except NotARelease as error:
        return Response.text(str(error), status=409)
    return Response(
        body,
        content_type="application/zip",
        headers={"content-disposition": 'attachment; filename="release.qdpx"'},
    )


def _project(release: Path) -> bytes:
    with tempfile.TemporaryDirectory(prefix="casebook-qdpx-") as temp:
        out = Path(temp) / "release.qdpx"
        export_qdpx(release, out)
        return out.read_bytes()
