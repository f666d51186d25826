"""Canned queries are named after their instrument as well as their items, so two
instruments with the same item id (two coding frames that both code `resources_used`) each
keep their own queries in Datasette."""

from __future__ import annotations

from casebook.instruments.registry import get_instrument
from casebook.release.metadata import canned_queries


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
