"""The app's page for analysts links to the release in Datasette: by default where
`casebook datasette` serves it, or wherever the deployment's CASEBOOK_DATASETTE_URL says."""

from __future__ import annotations

import re

from tests.conftest import login, make_app


def datasette_links(app) -> list[str]:
    client = app.test_client()
    login(client, "analyst")
    page = client.get("/analyst").get_data(as_text=True)
    return re.findall(r'<a href="([^"]+)">Open the release in Datasette</a>', page)


def test_the_analyst_page_links_to_datasette_by_default(app):
    assert datasette_links(app) == ["http://127.0.0.1:8001/release"]


def test_the_link_follows_the_deployments_setting(tmp_path):
    app = make_app(tmp_path, CASEBOOK_DATASETTE_URL="https://data.example.org/release")
    assert datasette_links(app) == ["https://data.example.org/release"]


def test_the_link_reads_in_swedish(app):
    client = app.test_client()
    login(client, "analyst")
    page = client.get("/analyst", headers={"Accept-Language": "sv"}).get_data(as_text=True)
    assert "Öppna datautgåvan i Datasette" in page
