"""The study dashboard's progress picture: an SVG drawn on the server whose bars are the
stored counts of each case and wave (complete and draft interviews, people still to
interview, observations), all on one scale; in English and Swedish; accessible and within
the page at tablet size in a real Chromium."""

from __future__ import annotations

import re
import uuid
from typing import Any

from casebook.progress import study_progress
from casebook.responses import save_response

from tests.conftest import login
from tests.release_fixtures import build_study, observation
from tests.study_fixtures import interview, staff
from tests.test_browser_accessibility import axe_violations
from tests.test_browser_interview import log_in
from tests.test_language import choose

CELL = re.compile(r"<g (data-case=[^>]*)>(.*?)</g>", re.S)
ATTRIBUTE = re.compile(r'data-([a-z-]+)="([^"]*)"')
RECT = re.compile(r"<rect (data-kind[^>]*)/>")


def picture(page: str) -> dict[tuple[str, str], dict[str, Any]]:
    """The picture's cells by (case code, wave id): their counts and their bars."""
    svg = page.split('<figure class="progress-chart"')[1].split("</figure>")[0]
    cells = {}
    for attributes, body in CELL.findall(svg):
        data = dict(ATTRIBUTE.findall(attributes))
        rects = [
            {**dict(ATTRIBUTE.findall(r)), **dict(re.findall(r' (width)="([^"]+)"', r))}
            for r in RECT.findall(body)
        ]
        key = (data.pop("case"), data.pop("wave"))
        cells[key] = {**{k: int(v) for k, v in data.items()}, "rects": rects}
    return cells


def stored(db) -> dict[tuple[str, str], dict[str, int]]:
    """What the private database holds, counted here independently of the dashboard."""
    counts: dict[tuple[str, str], dict[str, int]] = {}
    rows = db.execute(
        "SELECT c.code, r.wave_id, r.status, v.kind FROM responses r"
        " JOIN cases c ON c.id = r.case_id JOIN instrument_versions v"
        " ON v.instrument_id = r.instrument_id AND v.version = r.version"
        " WHERE r.status IN ('complete', 'draft')"
    ).fetchall()
    for code, wave, status, kind in rows:
        cell = counts.setdefault((code, wave), {})
        key = (
            status
            if kind == "interview"
            else {"complete": "observed"}.get(status, "observation-drafts")
        )
        cell[key] = cell.get(key, 0) + 1
    return counts


def test_the_picture_shows_the_stored_counts_on_one_scale(app, db):
    built = build_study(db)  # RG01: the patient interviewed at baseline and at 12 months
    observation(db, built)  # a draft observation at baseline
    draft = interview(built.case_id, built.patient, wave="m24", date="2028-02-01")
    save_response(db, str(uuid.uuid4()), draft, staff(db), "interviewer")
    client = app.test_client()
    login(client, "admin")
    cells = picture(client.get("/").get_data(as_text=True))
    waves = [w[0] for w in db.execute("SELECT id FROM waves ORDER BY position")]
    assert set(cells) == {("RG01", wave) for wave in waves}
    expected = stored(db)
    progress = study_progress(db)
    for (case, wave), cell in cells.items():
        counts = expected.get((case, wave), {})
        assert cell["complete"] == counts.get("complete", 0), (case, wave)
        assert cell["draft"] == counts.get("draft", 0), (case, wave)
        assert cell["observed"] == counts.get("observed", 0), (case, wave)
        assert cell["observation-drafts"] == counts.get("observation-drafts", 0), (case, wave)
        assert cell["missing"] == len(progress[(built.case_id, wave)].missing)
        drawn = {r["kind"]: int(r["count"]) for r in cell["rects"]}
        figures = {
            "complete": cell["complete"],
            "draft": cell["draft"],
            "missing": cell["missing"],
            "observed": cell["observed"],
            "observation_draft": cell["observation-drafts"],
        }
        assert drawn == {k: v for k, v in figures.items() if v}, (case, wave)
    assert cells[("RG01", "baseline")]["complete"] == 1
    assert cells[("RG01", "baseline")]["observation-drafts"] == 1
    assert cells[("RG01", "m24")]["draft"] == 1 and cells[("RG01", "m24")]["complete"] == 0
    units = {float(r["width"]) / int(r["count"]) for c in cells.values() for r in c["rects"]}
    assert max(units) - min(units) < 0.2  # one scale for every bar

    # what is stored next is what the picture shows next: the professional's draft at 24 months
    before = cells[("RG01", "m24")]
    other = interview(built.case_id, built.professional, instrument="professional-interview")
    other.version, other.wave, other.date = 1, "m24", "2028-02-02"
    save_response(db, str(uuid.uuid4()), other, staff(db), "interviewer")
    after = picture(client.get("/").get_data(as_text=True))[("RG01", "m24")]
    assert after["draft"] == before["draft"] + 1 == 2
    assert after["missing"] == before["missing"] - 1


def test_the_picture_speaks_swedish(app, db):
    build_study(db)
    client = app.test_client()
    login(client, "admin")
    choose(client, "sv")
    page = client.get("/").get_data(as_text=True)
    figure = page.split('<figure class="progress-chart"')[1].split("</figure>")[0]
    assert "Insamlingens framsteg per fall och våg" in figure
    assert "Kvar att intervjua" in figure and "Klara intervjuer" in figure
    assert "Collection progress" not in figure


def test_the_picture_fits_a_tablet_and_is_accessible(browser: Any, live_server, db):
    build_study(db)
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        log_in(page, live_server, "admin")
        svg = page.locator("#progress-chart > svg")
        box = svg.bounding_box()
        assert box and 0 < box["width"] <= 820 and box["height"] > 0
        assert svg.get_attribute("role") == "img"
        assert page.locator("#progress-chart-title").text_content()
        assert page.locator("#progress-chart rect[data-kind=complete]").count() == 2
        assert page.evaluate("document.documentElement.scrollWidth") <= 820
        assert axe_violations(page) == []
    finally:
        context.close()
