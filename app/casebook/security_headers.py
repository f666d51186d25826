"""Security headers on every Casebook response.

The Content-Security-Policy lets a page run scripts and load styles, images, fonts and
workers from Casebook itself only: no inline script, no inline style, nothing from another
site, and no page of another site may frame Casebook (`frame-ancestors 'none'`, with the
older X-Frame-Options beside it). JSON data for a page's script travels in
`<script type="application/json">` blocks, which the policy does not run. Behind HTTPS
(`casebook serve --secure-cookies`) browsers are also told to use HTTPS only (HSTS)."""

from __future__ import annotations

from flask import Response, current_app

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
HSTS = "max-age=31536000"
HSTS_NAME = "strict-transport-security"


def add_security_headers(response: Response) -> Response:
    """Set the headers (a header a view set itself is kept). The stand-alone site calls this
    twice on a Casebook page (its own hook and the blueprint's): the second call only looks
    at a mark on the response. One pass over the headers, not one per header: the JSON API
    answers every autosave with these (issue 14)."""
    if getattr(response, "_casebook_secured", False):
        return response
    present = {name.lower() for name, _value in response.headers.items()}
    missing = [(name, value) for name, value in HEADERS.items() if name.lower() not in present]
    if current_app.config.get("SESSION_COOKIE_SECURE") and HSTS_NAME not in present:
        missing.append(("Strict-Transport-Security", HSTS))
    if missing:
        response.headers.extend(missing)
    response._casebook_secured = True  # type: ignore[attr-defined]
    return response
