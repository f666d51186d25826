"""Where a login may send the browser next: only to a path on this site.

One check for Casebook's login page, the analysts' Datasette login and the "back" link of
the start form. A browser reads more into an address than a URL parser does: it turns `\\`
into `/`, drops tabs and newlines anywhere, and strips leading spaces and control
characters, so `/\\evil.example/` and `/<tab>/evil.example` both lead to another host. Any
such character refuses the target, as does anything that is not a plain absolute path."""

from __future__ import annotations

from urllib.parse import urlsplit


def safe_next_path(target: str | None) -> str | None:
    """`target` when it is a path on this site (`/...`, not `//...`), else None."""
    if not target or not target.startswith("/") or len(target) > 2000:
        return None
    if any(c == "\\" or c.isspace() or ord(c) < 0x20 or ord(c) == 0x7F for c in target):
        return None
    if target.startswith("//"):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target
