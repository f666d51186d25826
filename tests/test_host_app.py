"""Casebook mounted in a host Flask app, under /fieldwork, beside the host's own routes
and templates."""

from __future__ import annotations

import re

from casebook import Casebook
from flask import Flask, render_template

from tests.conftest import PASSWORD, host_settings, make_app


def host_app(tmp_path):
    """A host survey platform with its own page and template, and Casebook under /fieldwork."""
    standalone = make_app(tmp_path)  # builds the database with one account per role
    templates = tmp_path / "host_templates"
    templates.mkdir()
    (templates / "index.html").write_text("<h1>Host survey platform</h1>{{ greeting }}")
    host = Flask("host", template_folder=str(templates))
    host.config.update(host_settings(standalone))

    @host.route("/")
    def index():
        return render_template("index.html", greeting="Welcome to the host")

    Casebook(host)
    return host


def test_host_routes_and_casebook_live_side_by_side(tmp_path):
    host = host_app(tmp_path)
    client = host.test_client()
    assert "Host survey platform" in client.get("/").get_data(as_text=True)
    assert host.extensions["casebook"] is not None

    redirect = client.get("/fieldwork/")
    assert redirect.status_code == 302
    assert redirect.headers["Location"].startswith("/fieldwork/login")

    page = client.get("/fieldwork/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)[1]
    form = {"username": "admin", "password": PASSWORD, "csrf_token": token}
    logged_in = client.post("/fieldwork/login", data=form)
    assert logged_in.status_code == 302

    dashboard = client.get("/fieldwork/").get_data(as_text=True)
    assert "Study dashboard" in dashboard
    links = re.findall(r'href="(/[^"]*)"', dashboard)
    assert links and all(link.startswith("/fieldwork/") for link in links), links
    assert client.get("/fieldwork/static/casebook/casebook.css").status_code == 200
    assert client.get("/fieldwork/cases").status_code == 200
    # the host's own page is untouched by Casebook's login rule
    assert client.get("/").status_code == 200
    assert client.get("/login").status_code == 404
