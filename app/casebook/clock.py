"""Timestamps: UTC, ISO 8601 with microseconds, so they sort as text."""

from __future__ import annotations

import datetime as dt


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def today() -> str:
    return dt.date.today().isoformat()
