"""Canned queries are named after their instrument as well as their items, so two
instruments with the same item id (two coding frames that both code `resources_used`) each
keep their own queries in Datasette."""

from __future__ import annotations

import sqlite_utils
from casebook.instruments.model import Instrument
from casebook.instruments.registry import get_instrument
from casebook.release.codebook import choice_rows, item_rows
from casebook.release.metadata import canned_queries
from casebook.release.schema import create_schema


def test_two_instruments_sharing_an_item_id_keep_their_own_queries(db):
    coding = get_instrument(db, "resource-coding", 1)
    other = coding.model_copy(update={"id": "service-coding"})
    queries = canned_queries([coding, other])
    mine = queries["resource_coding__resources_used_by_relationships_used"]
    theirs = queries["service_coding__resources_used_by_relationships_used"]
    assert "a.instrument = 'resource-coding'" in mine["sql"]
    assert "a.instrument = 'service-coding'" in theirs["sql"]
    # Every query of either instrument is there: none replaced another.
    alone = canned_queries([coding])
    assert len(queries) == 2 * len(alone) - 2  # interviews_by_role_and_wave, agreement: shared


def test_observation_queries_carry_the_instrument_id_too(db):
    observation = get_instrument(db, "meeting-observation", 1)
    names = set(canned_queries([observation]))
    assert "meeting_observation__process_scores_by_case_and_wave" in names
    assert all(
        n.startswith("meeting_observation__")
        for n in names - {"interviews_by_role_and_wave", "agreement_weakest_first"}
    )


def _two_versions(db) -> tuple[Instrument, Instrument]:
    """resource-coding v1, and a v2 that drops `reciprocity` and the `everyone` expertise,
    relabels `patient` and adds `carers`."""
    first = get_instrument(db, "resource-coding", 1)
    definition = first.definition() | {"version": 2}
    for section in definition["sections"]:
        section["items"] = [i for i in section["items"] if i["id"] != "reciprocity"]
        for item in section["items"]:
            if item["id"] == "expertise":
                item["choices"] = [
                    {"value": "patient", "label": "With the patient themself"},
                    *(c for c in item["choices"] if c["value"] in ("peers", "professional")),
                    {"value": "carers", "label": "With the carers"},
                ]
    return first, Instrument.model_validate(definition)


def test_counts_cover_every_version_with_the_newest_labels(db, tmp_path):
    """An item or a value of an older version is still counted (with its data), each value
    once, labelled as the newest version that has it labels it."""
    versions = _two_versions(db)
    release = sqlite_utils.Database(tmp_path / "release.db")
    create_schema(release)
    release["waves"].insert_all(
        {"wave": w, "label": w, "month": 12 * n, "position": n}
        for n, w in enumerate(["baseline", "m12", "m24"])
    )
    for instrument in versions:
        release["items"].insert_all(item_rows(instrument))
        release["choices"].insert_all(choice_rows(instrument))
    base = {"case": "C-1", "kind": "coding", "instrument": "resource-coding", "item_label": ""}
    release["codes"].insert_all(
        [
            base
            | {
                "response": "R-1",
                "wave": "baseline",
                "version": 1,
                "item": "expertise",
                "value": "everyone",
                "label": "",
            },
            base
            | {
                "response": "R-1",
                "wave": "baseline",
                "version": 1,
                "item": "reciprocity",
                "value": "mutual",
                "label": "",
            },
            base
            | {
                "response": "R-2",
                "wave": "m12",
                "version": 2,
                "item": "expertise",
                "value": "carers",
                "label": "",
            },
        ]
    )
    queries = canned_queries(list(versions))

    def counted(item: str) -> dict[tuple[str, str], tuple[str, int]]:
        sql = queries[f"resource_coding__{item}_counts"]["sql"]
        return {(r[0], r[1]): (r[2], r[3]) for r in release.execute(sql).fetchall()}

    expertise = counted("expertise")
    assert {value for _wave, value in expertise} == {
        "patient",
        "peers",
        "professional",
        "everyone",
        "carers",
    }
    assert expertise["baseline", "patient"] == ("With the patient themself", 0)
    assert expertise["baseline", "everyone"] == ("With everyone", 1)
    assert expertise["m12", "carers"] == ("With the carers", 1)
    assert expertise["m24", "carers"] == ("With the carers", 0)
    assert counted("reciprocity")["baseline", "mutual"][1] == 1  # only v1 asked it
