"""The release carries everything Datasette shows about it: the descriptions of its tables
and columns and the canned queries, generated from the instruments when it is built. Serving
it needs no instrument from the private database."""

from __future__ import annotations

from casebook.config import instance_folder
from casebook.datasette_plugin.server import build_datasette
from casebook.release.metadata import stored
from casebook.release.tables import wide_table_name_for

from tests.release_fixtures import build_study, release


def test_datasette_describes_a_release_from_the_file_alone(app, db, tmp_path):
    build_study(db)
    path, _ = release(app, tmp_path)
    own = stored(path)
    wide = wide_table_name_for("patient-interview", 2)
    assert own["tables"][wide]["columns"]  # every item's column, described by its label
    assert "interviews_by_role_and_wave" in own["queries"]
    assert own["tables"]["topics"]["fts_table"] == "topics_fts"

    nowhere = tmp_path / "no-private-database-here.db"
    ds = build_datasette(path, nowhere, instance_folder(app), None)
    assert not nowhere.exists()
    assert ds.metadata("columns", database="release", table=wide) == own["tables"][wide]["columns"]
    assert "interviews_by_role_and_wave" in ds.metadata("queries", database="release")
    # Without a deployment file, `codes` still opens faceted by instrument.
    assert ds.metadata("facets", database="release", table="codes")[0] == "instrument"
    assert ds.plugin_config("casebook")["private_database"] == str(nowhere)
