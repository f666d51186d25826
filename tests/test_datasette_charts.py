"""The chart pages of the analysts' Datasette (/-/charts/<instrument>), for the bundled study
published and served by a real Datasette: in a real Chromium at tablet size every chart is
drawn (an SVG with marks) from the release's own JSON, under the plugin's unchanged CSP (no
console error, no CSP violation), its numbers (the text alternative) are the release's, and
axe finds no WCAG 2 A/AA problem; agreement is drawn only where the release has it."""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from casebook.config import instance_folder
from casebook.datasette_plugin.charts_page import SCRIPTS
from casebook.datasette_plugin.server import build_datasette
from casebook.demo import fake_answers, fill_demo_study
from casebook.instruments.registry import get_instrument
from casebook.responses import ResponseInput, save_response
from playwright.sync_api import expect

from tests.asgi_server import serving
from tests.conftest import PASSWORD
from tests.release_fixtures import release
from tests.study_fixtures import ROLE_IDS, staff
from tests.test_browser_accessibility import axe_violations
from tests.test_browser_csp import watch
from tests.test_release_datasette import ROOT, get, token

WAIT_MS = 30_000
BUNDLED = [
    "meeting-observation",
    "patient-interview",
    "professional-interview",
    "resource-coding",
    "significant-other-interview",
]
M12_SCORES = {"support": 2, "acknowledgement": 1, "activation": 3, "openness": 2, "integration": 1}
AGREEMENT = [  # rows of the release's own agreement table (casebook.release.agreement_table)
    (
        "meeting-observation",
        "process_scores.support",
        "ordinal",
        None,
        12,
        2,
        0.81,
        "reliable",
        0.8,
        "quadratic",
        0.9,
    ),
    (
        "meeting-observation",
        "process_scores.openness",
        "ordinal",
        None,
        12,
        2,
        0.52,
        "unreliable",
        0.5,
        "quadratic",
        0.7,
    ),
]


def later_wave(db, instrument_id: str, case_id: int, overrides: dict) -> None:
    """A complete observation or coding of a demo case at 12 months."""
    instrument = get_instrument(db, instrument_id, 1)
    answers = fake_answers(instrument, random.Random(11), "the patient") | overrides
    data = ResponseInput(
        instrument=instrument_id,
        version=1,
        case=case_id,
        wave="m12",
        date="2027-02-10",
        status="complete",
        answers=answers,
    )
    save_response(db, str(uuid.uuid4()), data, staff(db, "observer"), "observer")


def publish_demo(app, db, tmp_path: Path, agreement: bool) -> Path:
    fill_demo_study(db, ROLE_IDS)
    case_id = db.execute("SELECT min(id) FROM cases").fetchone()[0]
    scores = {row: {"score": s, "evidence": "Seen."} for row, s in M12_SCORES.items()}
    later_wave(db, "meeting-observation", case_id, {"process_scores": scores})
    later_wave(
        db,
        "resource-coding",
        case_id,
        {
            "resources_used": ["experiential_knowledge", "social_relationships"],
            "main_resource": "experiential_knowledge",
        },
    )
    path, _ = release(app, tmp_path)
    if agreement:  # figures as two observers of the demo's meetings would give them
        with sqlite3.connect(path) as conn:
            conn.executemany(
                "INSERT INTO agreement (instrument, item, level, wave, units, coders, alpha,"
                " verdict, kappa, kappa_weights, percent_agreement)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                AGREEMENT,
            )
        conn.close()
    return path


def datasette_for(app, path: Path):
    return build_datasette(
        path,
        Path(app.config["CASEBOOK_DATABASE"]),
        instance_folder(app),
        ROOT / "datasette-metadata.json",
    )


@pytest.fixture
def served(app, db, tmp_path) -> Iterator[tuple[str, Path]]:
    """The demo study with a second wave and an agreement table, published and served by a
    real Datasette (uvicorn) on loopback, in pages of 3 rows; yields its base URL and the
    release file."""
    path = publish_demo(app, db, tmp_path, agreement=True)
    ds = datasette_for(app, path)
    # Pages of 3 rows, so the charts must follow Datasette's next_url to count every row.
    ds.max_returned_rows = 3  # what _size=max means (Datasette reads it at start)
    with serving(ds.app()) as base:
        yield base, path


def _table(section: Any) -> list[list[str]]:
    return section.locator("tbody tr").evaluate_all(
        "trs => trs.map(tr => [...tr.cells].map(td => td.textContent))"
    )


def test_every_chart_of_every_bundled_instrument_is_drawn(browser: Any, served) -> None:
    base, path = served
    release_db = sqlite3.connect(path)
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    problems: list[str] = []
    drawn: dict[str, list[str]] = {}
    requested: list[str] = []
    try:
        page = context.new_page()
        watch(page, problems)
        page.on("request", lambda request: requested.append(request.url))
        page.goto(f"{base}/-/casebook-login")
        page.get_by_label("Username").fill("analyst")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.goto(f"{base}/-/charts")
        links = page.locator("main a[href*='/-/charts/'], .content a[href*='/-/charts/']")
        assert (
            sorted(a.split("/")[-1] for a in links.evaluate_all("as => as.map(a => a.href)"))
            == BUNDLED
        )
        for instrument in BUNDLED:
            response = page.goto(f"{base}/-/charts/{instrument}")
            assert response.status == 200, instrument
            policy = response.headers["content-security-policy"]
            assert "unsafe-eval" not in policy and "script-src 'self'" in policy
            sections = page.locator("[data-chart]")
            assert sections.count() > 0, instrument
            for index in range(sections.count()):
                section = sections.nth(index)
                expect(section).to_have_attribute("data-state", "drawn", timeout=WAIT_MS)
                marks = section.locator(".cb-chart-figure svg .role-mark path")
                assert marks.count() > 0, (instrument, section.get_attribute("data-id"))
                figure = section.locator(".cb-chart-figure[role=img]")
                assert section.get_attribute("data-label") in figure.get_attribute("aria-label")
                assert len(_table(section)) > 0
                drawn.setdefault(instrument, []).append(
                    f"{section.get_attribute('data-chart')}:{section.get_attribute('data-id')}"
                )
            if instrument == "resource-coding":
                _codes_match_the_release(page, release_db)
            if instrument == "meeting-observation":
                _scores_match_the_release(page, release_db)
            problems.extend(f"{instrument}: {v}" for v in axe_violations(page))
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 820, f"{instrument}: the page scrolls sideways ({width}px)"
    finally:
        context.close()
        release_db.close()
    assert not problems, "\n".join(problems)
    assert all(url.startswith(base) for url in requested), "only the same origin is asked"
    pages = [u for u in requested if "/codes.json" in u and "item=resources_used" in u]
    assert len(pages) >= 2  # followed next_url (the counts above are of every page)
    observation = drawn["meeting-observation"]
    assert {"scores:process_scores", "scores:hindering_scores", "agreement:agreement"} <= set(
        observation
    )
    assert "codes:resources_used" in drawn["resource-coding"]
    assert not any(c.startswith("agreement") for c in drawn["resource-coding"])


def _codes_match_the_release(page: Any, release_db: sqlite3.Connection) -> None:
    """The numbers under the resources chart are the release's counts, zeros included."""
    section = page.locator("[data-chart=codes][data-id=resources_used]")
    shown = {(code, wave): int(count) for code, wave, count in _table(section)}
    stored = Counter(
        release_db.execute(
            "SELECT c.label, w.label FROM codes c JOIN waves w ON w.wave = c.wave"
            " WHERE c.instrument = 'resource-coding' AND c.item = 'resources_used'"
        ).fetchall()
    )
    choices = [
        row[0]
        for row in release_db.execute(
            "SELECT label FROM choices WHERE instrument = 'resource-coding'"
            " AND item = 'resources_used' ORDER BY position"
        )
    ]
    waves = {wave for _, wave in stored}
    assert waves == {"Baseline", "12 months"}
    assert shown == {(c, w): stored.get((c, w), 0) for c in choices for w in waves}
    assert 0 in shown.values() and sum(shown.values()) == sum(stored.values())


def _scores_match_the_release(page: Any, release_db: sqlite3.Connection) -> None:
    section = page.locator("[data-chart=scores][data-id=process_scores]")
    shown = {(case, wave, row): float(score) for case, wave, row, score, _n in _table(section)}
    stored = release_db.execute(
        'SELECT s."case", w.label, s.row_label, avg(s.score) FROM checklist_scores s'
        " JOIN waves w ON w.wave = s.wave WHERE s.checklist = 'process_scores'"
        " AND s.score IS NOT NULL GROUP BY 1, 2, 3"
    ).fetchall()
    assert shown == {(c, w, r): round(score, 2) for c, w, r, score in stored}
    assert {wave for _, wave, _ in shown} == {"Baseline", "12 months"}
    assert len({case for case, _, _ in shown}) >= 2  # small multiples: one per case


def test_no_agreement_chart_without_an_agreement_table(app, db, tmp_path) -> None:
    path = publish_demo(app, db, tmp_path, agreement=False)
    ds = datasette_for(app, path)
    analyst = token(db, "analyst")
    page = get(ds, "/-/charts/meeting-observation", headers=analyst)
    assert page.status_code == 200
    assert 'data-chart="scores"' in page.text and 'data-chart="agreement"' not in page.text
    assert get(ds, "/-/charts/no-such-instrument", headers=analyst).status_code == 404
    assert get(ds, "/-/charts/meeting-observation").status_code in (401, 403)
    assert (
        get(ds, "/-/charts/meeting-observation", headers=token(db, "observer")).status_code == 403
    )


def test_the_chart_libraries_are_served_by_casebook(app, db, tmp_path) -> None:
    """Vega, Vega-Lite and vega-embed come from the plugin (make install copies the pinned
    builds), as JavaScript, to analysts only; no other file is served from there."""
    path = publish_demo(app, db, tmp_path, agreement=False)
    ds = datasette_for(app, path)
    analyst = token(db, "analyst")
    for name, file in SCRIPTS.items():
        assert file.exists(), f"{file} is missing: run `make install`"
        response = get(ds, f"/-/casebook-assets/{name}", headers=analyst)
        assert response.status_code == 200, name
        assert response.headers["content-type"].startswith("text/javascript")
        assert response.content == file.read_bytes()
    embed = get(ds, "/-/casebook-assets/vega-embed.min.js", headers=analyst).text
    assert "expressionInterpreter" in embed  # the CSP-safe interpreter is in its build
    assert get(ds, "/-/casebook-assets/vega.min.js").status_code in (401, 403)
    assert get(ds, "/-/casebook-assets/package.js", headers=analyst).status_code == 404
    page = get(ds, "/-/charts/resource-coding", headers=analyst).text
    assert "http://" not in page.split("<body")[0] and "https://" not in page.split("<body")[0]
