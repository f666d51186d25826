"""What Casebook adds to every response of the analysts' Datasette (its `asgi_wrapper`):

- security headers: a Content-Security-Policy that loads nothing from another site and lets
  no other site frame the release (Datasette's own pages need their inline scripts and
  styles, so those stay allowed here, unlike on Casebook's pages), nosniff, a referrer
  policy; and, with `secure_cookies` in the plugin's configuration, the login cookie
  marked Secure;
- formula-safe CSV: every CSV export is rewritten record by record as it streams, with
  `casebook.csv_safe` (a note typed as `=HYPERLINK(...)` reaches a spreadsheet as text);
- a security event for each download of the release (the whole .db file, a CSV export, or
  an SPSS, Stata or CSV zip or the REFI-QDA project from /-/exports) that Datasette
  answered with 200: who (analyst or admin), what, from where;
- no file paths: /-/databases.json would show where the release lives on the server (a
  path with the operating-system user's name in it, e.g. /home/ingrid/...): it is 404."""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from itsdangerous import BadSignature

from casebook.csv_safe import safe_row
from casebook.datasette_plugin.access import configured

log = logging.getLogger("casebook.datasette")
Asgi = Callable[[dict, Callable, Callable], Awaitable[None]]
DATASETTE_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
HEADERS = {
    b"content-security-policy": DATASETTE_CSP.encode(),
    b"x-content-type-options": b"nosniff",
    b"x-frame-options": b"DENY",
    b"referrer-policy": b"same-origin",
}
DATABASE_DOWNLOAD = re.compile(r"^/[^/.]+\.db$")
EXPORT_DOWNLOAD = re.compile(r"^/-/exports/(?:[a-z]+\.zip|release\.qdpx)$")
HIDDEN_PATHS = {"/-/databases", "/-/databases.json"}


def secure_cookies(datasette: Any) -> bool:
    """Behind HTTPS (`casebook datasette --secure-cookies`): the login cookie is Secure."""
    return bool((configured(datasette) or {}).get("secure_cookies"))


def download_kind(scope: dict[str, Any]) -> str | None:
    """ "database" for the whole release file, "csv" for a CSV export, "export" for a zip
    from /-/exports, else None."""
    path = scope.get("path", "")
    query = scope.get("query_string", b"").decode("latin-1")
    if DATABASE_DOWNLOAD.match(path):
        return "database"
    if EXPORT_DOWNLOAD.match(path):
        return "export"
    if path.endswith(".csv") or re.search(r"(^|&)_format=csv(&|$)", query):
        return "csv"
    return None


def wrapper(datasette: Any) -> Callable[[Asgi], Asgi]:
    secure = secure_cookies(datasette)

    def wrap(app: Asgi) -> Asgi:
        async def wrapped(scope: dict, receive: Callable, send: Callable) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            if scope.get("path") in HIDDEN_PATHS:
                await _not_found(send)
                return
            kind = download_kind(scope)
            state: dict[str, Any] = {"status": 0, "csv": None}

            async def send_with_headers(message: dict) -> None:
                if message["type"] == "http.response.start":
                    state["status"] = message["status"]
                    message = _start(message, secure, kind == "csv", state)
                elif message["type"] == "http.response.body":
                    final = not message.get("more_body", False)
                    if state["csv"] is not None:
                        message = {**message, "body": state["csv"].feed(message["body"], final)}
                    if final and kind and state["status"] == 200:
                        # recorded before the last byte leaves: whoever has the whole file
                        # finds its download in the security log
                        await _record_download(datasette, scope, receive)
                await send(message)

            await app(scope, receive, send_with_headers)

        return wrapped

    return wrap


async def _not_found(send: Callable) -> None:
    body = b'{"ok": false, "error": "Not found"}'
    headers = [(b"content-type", b"application/json"), *HEADERS.items()]
    await send({"type": "http.response.start", "status": 404, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _start(message: dict, secure: bool, csv_export: bool, state: dict[str, Any]) -> dict:
    headers = [(bytes(k), bytes(v)) for k, v in message.get("headers", [])]
    names = {k.lower() for k, _ in headers}
    content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
    if csv_export and message["status"] == 200 and not content_type.startswith(b"text/html"):
        state["csv"] = FormulaSafeCsv()
        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    headers += [(k, v) for k, v in HEADERS.items() if k not in names]
    if secure:
        headers = [(k, _secure(v) if k.lower() == b"set-cookie" else v) for k, v in headers]
    return {**message, "headers": headers}


def _secure(cookie: bytes) -> bytes:
    attributes = {part.strip().lower() for part in cookie.split(b";")[1:]}
    return cookie if b"secure" in attributes else cookie + b"; Secure"


class FormulaSafeCsv:
    """Rewrites a CSV stream chunk by chunk: only whole records are rewritten (a record ends
    at a line break outside quotes; the rest waits for the next chunk)."""

    def __init__(self) -> None:
        self.pending = b""

    def feed(self, chunk: bytes, final: bool) -> bytes:
        data = self.pending + chunk
        end = len(data) if final else _last_record_end(data)
        self.pending = data[end:]
        return _rewrite(data[:end]) if end else b""


def _last_record_end(data: bytes) -> int:
    """Just after the last line break that ends a record (an even number of quotes before
    it), or 0."""
    position = data.rfind(b"\n")
    while position != -1 and data.count(b'"', 0, position) % 2:
        position = data.rfind(b"\n", 0, position)
    return position + 1


def _rewrite(block: bytes) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)  # the same dialect Datasette writes with
    for row in csv.reader(io.StringIO(block.decode("utf-8"), newline="")):
        writer.writerow(safe_row(row))
    return out.getvalue().encode("utf-8")


async def _record_download(datasette: Any, scope: dict, receive: Callable) -> None:
    from datasette.utils.asgi import Request

    from casebook.datasette_plugin.access import private_database
    from casebook.security_events import record_download_event, record_in

    request = Request(scope, receive)
    query = scope.get("query_string", b"").decode("latin-1")
    what = scope["path"] + (f"?{query}" if query else "")
    address = (scope.get("client") or (None,))[0]
    try:
        username = _username(datasette, request)
        private = private_database(datasette)
        await asyncio.get_running_loop().run_in_executor(
            None, record_in, private, record_download_event, username, what, address
        )
    except Exception:  # a download is never refused or broken by its record
        log.exception("could not record the download of %s", what)


def _username(datasette: Any, request: Any) -> str | None:
    """Who downloaded: the account of the bearer token or of the login cookie."""
    from casebook.datasette_plugin.access import actor_from_request

    actor = actor_from_request(datasette, request)
    if actor is None and "ds_actor" in request.cookies:
        try:
            actor = (datasette.unsign(request.cookies["ds_actor"], "actor") or {}).get("a")
        except BadSignature:
            actor = None
    return (actor or {}).get("id")
