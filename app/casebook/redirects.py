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


def same_site_path(url: str | None, host: str) -> str | None:
    """The path (and query) of a full http(s) `url` on `host` when `safe_next_path` would
    follow it, else None: where a page's Referer may send the browser back to."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or parts.netloc != host:
        return None
    return safe_next_path((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
