"""One configuration: Flask config is the only source. `init_app` creates nothing and runs
once per app; a host's commands (`flask --app host casebook ...`) use the host's config; only
the stand-alone app (what `casebook` builds) reads CASEBOOK_* environment variables."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from casebook import Casebook
from casebook.cli import main
from click.testing import CliRunner
from flask import Flask

from tests.conftest import BUNDLED_INSTRUMENTS, make_app
from tests.release_fixtures import build_study

FLASK = str(Path(sys.executable).with_name("flask"))


def test_init_app_creates_nothing_and_refuses_a_second_time(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    host = Flask("host", instance_path=str(tmp_path / "host-instance"))
    Casebook(host)
    assert list(tmp_path.iterdir()) == []  # no ./instance, not even the host's instance folder
    assert host.config["CASEBOOK_DATABASE"] == str(tmp_path / "host-instance" / "casebook.db")
    assert host.config["CASEBOOK_INSTRUMENTS"] == str(tmp_path / "host-instance" / "instruments")
    assert "casebook" in host.cli.commands
    with pytest.raises(RuntimeError, match="already set up on this app"):
        Casebook(host)
    with pytest.raises(RuntimeError, match="already set up on this app"):
        Casebook().init_app(host)


def test_the_casebook_command_takes_its_database_from_the_environment(tmp_path):
    elsewhere = tmp_path / "study-data" / "private.db"
    env = {
        "CASEBOOK_INSTANCE": str(tmp_path / "instance"),
        "CASEBOOK_INSTRUMENTS": str(BUNDLED_INSTRUMENTS),
        "CASEBOOK_DATABASE": str(elsewhere),
    }
    done = CliRunner().invoke(main, ["init"], env=env)
    assert done.exit_code == 0, done.output
    assert f"Database: {elsewhere}" in done.output
    assert elsewhere.exists() and not (tmp_path / "instance" / "casebook.db").exists()
    listed = CliRunner().invoke(main, ["instruments", "list"], env=env)
    assert listed.exit_code == 0 and "patient-interview" in listed.output


HOST_PACKAGE = """
    from pathlib import Path

    from flask import Flask

    from casebook import Casebook

    HERE = Path(__file__).resolve().parent.parent


    def create_app():
        host = Flask(__name__, instance_path=str(HERE / "var"))
        host.config.update(
            SECRET_KEY="the host's own",
            CASEBOOK_URL_PREFIX="/fieldwork",
            CASEBOOK_DATABASE={database!r},
            CASEBOOK_INSTRUMENTS={instruments!r},
        )

        @host.route("/")
        def home():
            return "the host's home page"

        Casebook(host)
        return host
"""


def host_project(tmp_path: Path, database: Path) -> Path:
    """A host Flask project whose own package is called `app`, with `host.py` beside it."""
    project = tmp_path / "project"
    (project / "app").mkdir(parents=True)
    code = HOST_PACKAGE.format(database=str(database), instruments=str(BUNDLED_INSTRUMENTS))
    (project / "app" / "__init__.py").write_text(textwrap.dedent(code))
    (project / "host.py").write_text("from app import create_app\n\napp = create_app()\n")
    return project


def test_a_host_whose_package_is_app_publishes_from_its_own_database(tmp_path):
    database = tmp_path / "host-data" / "study.db"
    database.parent.mkdir()
    setup = make_app(tmp_path / "setup")  # an initialised database with one account per role
    shutil.copyfile(setup.config["CASEBOOK_DATABASE"], database)
    from casebook.db import connect

    db = connect(database)
    build_study(db)
    db.close()
    project = host_project(tmp_path, database)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEBOOK_")}
    # a host never reads these: only the stand-alone app does
    env |= {
        "CASEBOOK_DATABASE": str(tmp_path / "not-this.db"),
        "CASEBOOK_INSTANCE": str(tmp_path / "not-this-instance"),
    }

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            args, cwd=project, env=env, capture_output=True, text=True, timeout=300
        )

    check = run(
        sys.executable,
        "-c",
        "import app, casebook; from host import app as site; client = site.test_client(); "
        "print(app.__file__); print(client.get('/').get_data(as_text=True)); "
        "print(client.get('/fieldwork/login').status_code)",
    )
    assert check.returncode == 0, check.stderr
    assert check.stdout.split("\n")[:3] == [
        str(project / "app" / "__init__.py"),
        "the host's home page",
        "200",
    ]

    published = run(FLASK, "--app", "host", "casebook", "publish", "--allow-unreviewed", "test")
    assert published.returncode == 0, published.stderr
    release = project / "var" / "release.db"
    assert f"Release written to {release}" in published.stdout
    private, out = sqlite3.connect(database), sqlite3.connect(release)
    for table in ("cases", "participants"):
        counted = out.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert counted == private.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0
    assert out.execute("SELECT count(*) FROM responses").fetchone()[0] > 0
    # what the build found for review is recorded in the host's private database
    assert private.execute("SELECT count(*) FROM name_reviews").fetchone()[0] > 0
    private.close()
    out.close()
    assert not (tmp_path / "not-this.db").exists()
    assert not (tmp_path / "not-this-instance").exists()
    assert not (project / "instance").exists()
