"""`casebook datasette`: the latest release, read-only, for analysts."""

from __future__ import annotations

import os
from pathlib import Path

from app.datasette_plugin.access import ENV_PRIVATE_DATABASE
from app.datasette_plugin.metadata import release_metadata
from app.paths import secret_key

DATABASE_NAME = "release"
SETTINGS = {"allow_download": True, "sql_time_limit_ms": 1000, "default_page_size": 100}


def build_datasette(release: Path, private: Path, instance: Path, metadata_file: Path | None):
    """A Datasette serving `release` immutably, with Casebook's plugin and metadata."""
    from datasette.app import Datasette

    from app.db import connect
    from app.instruments.registry import get_instrument, list_versions

    os.environ[ENV_PRIVATE_DATABASE] = str(private)
    db = connect(private)
    try:
        instruments = [
            get_instrument(db, v["instrument_id"], v["version"]) for v in list_versions(db)
        ]
    finally:
        db.close()
    return Datasette(
        immutables=[str(release)],
        metadata=release_metadata(metadata_file, DATABASE_NAME, instruments),
        settings=SETTINGS,
        secret=secret_key(instance, "datasette.key"),
    )
