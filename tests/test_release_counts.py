"""The bundled study (the demo study, plus an observation and a coding at 12 months), published
by the real release builder and queried through real Datasette as an analyst: one "counts per
value" query per coded item of every instrument, with labels and a zero for every value nobody
gave, per wave; cross-tabs with zero cells; canned queries named after their instrument;
multichoice columns 1/0, and NULL only when not answered; person and case tables in pseudonym
order; Datasette's internal database and the release's path nowhere an analyst can see; and a
codebook with a table of contents."""

from __future__ import annotations

import json
import random
import re
import sqlite3
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from casebook.config import instance_folder
from casebook.datasette_plugin.server import build_datasette
from casebook.db import connect
from casebook.demo import fake_answers, fill_demo_study
from casebook.instruments.model import Instrument, label_text
from casebook.instruments.registry import get_instrument, newest_versions
from casebook.items import kind_of
from casebook.responses import ResponseInput, save_response
from casebook.tokens import create_token

from tests.asgi_server import serving
from tests.conftest import PASSWORD, make_app
from tests.release_fixtures import SYSTEM, release
from tests.study_fixtures import ROLE_IDS, staff
from tests.test_browser_accessibility import axe_violations
from tests.test_browser_csp import watch
from tests.test_release_datasette import ROOT, get

COUNTED = ("choice", "multichoice", "scale", "checklist")
UNITS = {"interview": "interviews", "observation": "observations", "coding": "codings"}


@dataclass
class Published:
    ds: Any
    path: Path
    private: Path
    headers: dict[str, str]
    newest: dict[str, Instrument]


def _follow_up(db, instrument: Instrument, case_id: int, seed: int) -> None:
    """A complete response at 12 months, so the counts differ between waves; the coding
    leaves `relationships_used` (a multichoice that is not required) unanswered."""
    answers = fake_answers(instrument, random.Random(seed), "the patient")
    if instrument.id == "resource-coding":
        answers.pop("relationships_used")
    data = ResponseInput(
        instrument=instrument.id,
        version=instrument.version,
        case=case_id,
        wave="m12",
        date="2027-02-10",
        status="complete",
        answers=answers,
    )
    save_response(db, str(uuid.uuid4()), data, staff(db, "observer"), "observer")


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Published:
    tmp_path = tmp_path_factory.mktemp("counts")
    app = make_app(tmp_path)
    db = connect(app.config["CASEBOOK_DATABASE"])
    try:
        fill_demo_study(db, ROLE_IDS)
        case_id = db.execute("SELECT min(id) FROM cases").fetchone()[0]
        newest = {i: get_instrument(db, i, v) for i, v in newest_versions(db).items()}
        for seed, instrument in enumerate(newest.values()):
            if not instrument.about_participant:
                _follow_up(db, instrument, case_id, seed)
        secret = create_token(db, "analyst", "tests", SYSTEM).secret
    finally:
        db.close()
    path, _ = release(app, tmp_path)
    private = Path(app.config["CASEBOOK_DATABASE"])
    ds = build_datasette(path, private, instance_folder(app), ROOT / "datasette-metadata.json")
    headers = {"Authorization": f"Bearer {secret}"}
    return Published(ds, path, private, headers, newest)


def rows(published: Published, query: str, **params: str) -> list[dict[str, Any]]:
    response = get(
        published.ds,
        f"/release/{query}.json",
        params={"_shape": "array", **params},
        headers=published.headers,
    )
    assert response.status_code == 200, (query, response.text[:300])
    return response.json()


def stored_answers(published: Published, instrument_id: str) -> list[tuple[str, dict]]:
    """(wave, answers) of every complete response of an instrument, from the private
    database: the oracle the release's counts are checked against."""
    conn = sqlite3.connect(published.private)
    try:
        found = conn.execute(
            "SELECT r.uuid, r.wave_id, a.item_id, a.value FROM responses r"
            " LEFT JOIN answers a ON a.response_uuid = r.uuid"
            " WHERE r.instrument_id = ? AND r.status = 'complete'",
            [instrument_id],
        ).fetchall()
    finally:
        conn.close()
    responses: dict[str, tuple[str, dict]] = {}
    for key, wave, item, value in found:
        responses.setdefault(key, (wave, {}))[1].update({item: json.loads(value)} if item else {})
    return list(responses.values())


def counted_items(instrument: Instrument) -> list[tuple[str, Any, Any]]:
    """(query stem, item, repeat) for each item the issue names: choice, multichoice, scale,
    checklist, and choice and scale items in a repeat; none that is never published."""
    found = []
    for item in instrument.items():
        if not kind_of(item).takes_answer or item.release_policy() == "drop":
            continue
        if item.type in COUNTED:
            found.append((item.id, item, None))
        for sub in getattr(item, "items", None) or []:
            if sub.type in ("choice", "scale"):
                found.append((f"{item.id}_{sub.id}", sub, item))
    return found


def given(item: Any, repeat: Any, answers: dict, row: str | None) -> list[str]:
    """The values one response gave for an item (a checklist: for one of its rows)."""
    if repeat is not None:
        return [str(entry[item.id]) for entry in answers.get(repeat.id, []) if item.id in entry]
    if item.id not in answers:
        return ["not_scored"] if item.type == "checklist" else []
    value = answers[item.id]
    if item.type == "multichoice":
        return list(value)
    if item.type == "checklist":
        return [str(value.get(row, {}).get("score", "not_scored"))]
    return [str(value)]


def expected_counts(published: Published, instrument: Instrument, item, repeat) -> list[tuple]:
    """(wave, [row,] value, label, count) for every wave, row and value of the model, in
    the model's order, counted from the private database."""
    stored = stored_answers(published, instrument.id)
    values = [
        (v, label_text(label)) for v, label, _ in kind_of(item).codebook_values(instrument, item)
    ]
    checklist_rows = [r.id for r in item.rows] if item.type == "checklist" else [None]
    expected = []
    for wave in instrument.waves:
        for row in checklist_rows:
            tally = Counter()
            for response_wave, answers in stored:
                if response_wave == wave:
                    tally.update(set(given(item, repeat, answers, row)))
            for value, label in values:
                expected.append((wave, *([row] if row else []), value, label, tally[value]))
    return expected


def test_every_coded_item_has_a_counts_query_with_labels_and_zeros(published):
    checked = 0
    for instrument in published.newest.values():
        unit = UNITS[instrument.kind]
        for stem, item, repeat in counted_items(instrument):
            name = f"{instrument.id.replace('-', '_')}__{stem}_counts"
            found = rows(published, name)
            row_key = ["row"] if item.type == "checklist" else []
            got = [
                (r["wave"], *[r[k] for k in row_key], r["value"], r["label"], r[unit])
                for r in found
            ]
            assert got == expected_counts(published, instrument, item, repeat), name
            assert any(r[unit] == 0 for r in found), name  # zero rows are listed
            assert any(r[unit] > 0 for r in found), name  # ... and the data counted
            checked += 1
    # the bundled instruments: every kind of coded item is among them
    assert checked >= 15


def test_counts_split_by_wave_and_count_the_answered(published):
    coding = published.newest["resource-coding"]
    counted = rows(published, "resource_coding__resources_used_counts")
    waves = {r["wave"] for r in counted}
    assert waves == set(coding.waves)
    at = {w: [r for r in counted if r["wave"] == w] for w in waves}
    assert sum(r["codings"] for r in at["m12"]) > 0 and all(r["codings"] == 0 for r in at["m24"])
    assert all(r["answered"] == 0 and r["percent"] is None for r in at["m24"])
    for r in at["baseline"]:
        assert r["percent"] == round(100 * r["codings"] / r["answered"], 1)
    # relationships_used was left unanswered at 12 months: answered 0 there, not a count of 0/1
    relationships = rows(published, "resource_coding__relationships_used_counts")
    assert {r["answered"] for r in relationships if r["wave"] == "m12"} == {0}


def test_every_pair_of_coded_items_has_a_cross_tab_with_zero_cells(published):
    coding = published.newest["resource-coding"]
    coded = [i for i in coding.items() if i.type in ("choice", "multichoice")]
    options = {i.id: [label_text(c.label) for c in coding.choices_for(i)] for i in coded}
    named = rows(published, "resource_coding__resources_used_by_relationships_used")
    assert [(r["resources_used"], r["relationships_used"]) for r in named] == [
        (a, b) for a in options["resources_used"] for b in options["relationships_used"]
    ]
    assert any(r["codings"] == 0 for r in named) and any(r["codings"] > 0 for r in named)
    # single-choice pairs too, and any pair through the parameterised cross-tab
    assert rows(published, "resource_coding__reciprocity_by_expertise")
    for first in coded:
        for second in coded:
            if first.id < second.id:
                table = rows(
                    published, "resource_coding__crosstab", first=first.id, second=second.id
                )
                assert len(table) == len(options[first.id]) * len(options[second.id])
                assert [r["first"] for r in table][:: len(options[second.id])] == options[first.id]
    observation = rows(published, "meeting_observation__meeting_place_by_chaired_by")
    assert sum(r["observations"] for r in observation) == len(
        stored_answers(published, "meeting-observation")
    )


def test_canned_queries_are_named_after_their_instrument(published):
    metadata = get(published.ds, "/-/metadata.json", headers=published.headers).json()
    queries = metadata["databases"]["release"]["queries"]
    prefixes = tuple(f"{i.replace('-', '_')}__" for i in published.newest)
    # the two study-wide queries span instruments; every other one names its instrument
    assert sorted(q for q in queries if not q.startswith(prefixes)) == [
        "agreement_weakest_first",
        "interviews_by_role_and_wave",
    ]
    page = get(published.ds, "/release", headers=published.headers).text
    assert "Resources used: counts per value by wave" in page


def test_multichoice_columns_are_one_zero_or_null(published):
    coding = published.newest["resource-coding"]
    wide = rows(published, "wide_resource_coding_v1")
    codes = rows(published, "codes", instrument="resource-coding", _size="max")
    for item in (i for i in coding.items() if i.type == "multichoice"):
        for response in wide:
            chosen = {
                c["value"]
                for c in codes
                if c["response"] == response["response"] and c["item"] == item.id
            }
            cells = {c.value: response[f"{item.id}__{c.value}"] for c in coding.choices_for(item)}
            if chosen:
                assert cells == {v: int(v in chosen) for v in cells}, item.id
            else:
                assert set(cells.values()) == {None}, item.id
    # all three occur in the bundled study
    relationships = [v for r in wide for k, v in r.items() if k.startswith("relationships_used__")]
    assert {None, 0, 1} == set(relationships)


@pytest.mark.parametrize(
    ("table", "column"), [("cases", "case"), ("participants", "participant"), ("staff", "staff")]
)
def test_people_and_cases_come_in_pseudonym_order(published, table, column):
    sql = f"select rowid, [{column}] from [{table}] order by rowid"
    found = get(
        published.ds,
        "/release.json",
        params={"sql": sql, "_shape": "array"},
        headers=published.headers,
    ).json()
    codes = [r[column] for r in found]
    assert len(codes) >= 3 and codes == sorted(codes)


def test_the_internal_database_and_the_release_path_are_hidden(published):
    ds, headers = published.ds, published.headers
    assert "_internal" not in get(ds, "/.json", headers=headers).json()
    assert get(ds, "/-/databases.json", headers=headers).status_code == 404
    for path in ("/_internal", "/_internal.json", "/_internal/databases.json?_shape=array"):
        assert get(ds, path, headers=headers).status_code == 403, path
    for path in (
        "/",
        "/.json",
        "/release",
        "/release.json",
        "/-/metadata.json",
        "/-/codebook",
        "/release/resource_coding__resources_used_counts",
        "/release.json?sql=select+*+from+pragma_database_list",
    ):
        response = get(ds, path, headers=headers)
        assert response.status_code == 200, path
        assert str(published.path) not in response.text, path
        assert str(published.path.parent) not in response.text, path
        assert "_internal" not in response.text, path


def test_the_codebook_contents_link_to_every_instrument_section_and_item(published):
    page = get(published.ds, "/-/codebook", headers=published.headers).text
    start = page.index('<nav class="cb-toc"')
    contents = page[start : page.index("</nav>", start)]
    links = re.findall(r'href="#([^"]+)"', contents)
    ids = set(re.findall(r'id="([^"]+)"', page))
    assert links and set(links) <= ids  # every link has its target
    for instrument in published.newest.values():
        base = f"{instrument.id}-v{instrument.version}"
        assert base in links
        assert {f"{base}--s-{s.id}" for s in instrument.sections} <= set(links)
        assert {f"{base}--{i.id}" for i in instrument.items()} <= set(links)


def test_the_codebook_contents_work_from_the_keyboard_at_tablet_size(browser: Any, published):
    """Real Chromium at 820x1180: no WCAG A/AA violation, nothing wider than the screen, and
    the contents reach an item with Tab and Enter alone."""
    with serving(published.ds.app()) as base:
        problems = _codebook_by_keyboard(browser, base)
    assert not problems, "\n".join(problems)


def _codebook_by_keyboard(browser: Any, base: str) -> list[str]:
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    problems: list[str] = []
    try:
        page = context.new_page()
        watch(page, problems)
        page.goto(f"{base}/-/casebook-login?next=/-/codebook")
        page.get_by_label("Username").fill("analyst")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.goto(f"{base}/-/codebook")
        contents = page.get_by_role("navigation", name="Contents")
        assert contents.is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 820
        # open a section's items and follow one, from the keyboard only
        link = contents.get_by_role("link", name=re.compile("resources_used"))
        assert not link.is_visible()  # the contents stay short: items behind their section
        contents.locator("summary").filter(has_text=re.compile(r"^Resources \(")).focus()
        page.keyboard.press("Enter")
        assert link.is_visible()
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.getAttribute('href')") == (
            "#resource-coding-v1--s-resources"
        )
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.getAttribute('href')") == (
            "#resource-coding-v1--resources_used"
        )
        page.keyboard.press("Enter")
        page.wait_for_function("location.hash === '#resource-coding-v1--resources_used'")
        target = page.locator("#resource-coding-v1--resources_used")
        assert target.is_visible() and "Resources used" in target.inner_text()
        top = page.evaluate(
            "document.getElementById('resource-coding-v1--resources_used')"
            ".getBoundingClientRect().top"
        )
        assert 0 <= top < 1180  # scrolled to it
        assert axe_violations(page) == []
    finally:
        context.close()
    return problems
