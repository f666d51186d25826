"""The study lead's release workflow: places and the name review in the app, and
`casebook publish` / `casebook review` as commands."""

from __future__ import annotations

import os
from pathlib import Path

from casebook.cli import main
from casebook.release.reviews import review_list
from click.testing import CliRunner

from tests.conftest import csrf_token, login
from tests.release_fixtures import build_study, release


def test_admin_registers_a_place_in_the_app(app, db):
    client = app.test_client()
    login(client, "admin")
    token = csrf_token(client, "/places")
    page = client.post(
        "/places",
        data={"name": "Avdelning 7", "aliases": "Ward 7, sjuan", "csrf_token": token},
        follow_redirects=True,
    )
    text = page.get_data(as_text=True)
    assert "Avdelning 7" in text and "Ward 7, sjuan" in text
    again = client.post("/places", data={"name": "avdelning 7", "csrf_token": token})
    assert "already registered" in again.get_data(as_text=True)


def test_admin_decides_on_possible_names_in_the_app(app, db, tmp_path):
    build_study(db)
    release(app, tmp_path)
    client = app.test_client()
    login(client, "admin")
    page = client.get("/reviews").get_data(as_text=True)
    # Gunnel, a name nobody registered, is replaced at once; the doubtful Tirsa's waits
    assert "Tirsa&#39;s" in page and "the choir at Tirsa" in page and "Gunnel" not in page
    token = csrf_token(client, "/reviews")
    decided = client.post(
        "/reviews/decide",
        data={"word": "Tirsa's", "decision": "name", "csrf_token": token},
        follow_redirects=True,
    )
    assert "marked as a name to remove" in decided.get_data(as_text=True)
    assert [r["word"] for r in review_list(db, "name")] == ["Tirsa's"]
    assert (
        client.post(
            "/reviews/decide", data={"word": "Nobody", "decision": "name", "csrf_token": token}
        ).status_code
        == 404
    )


def cli(app, *args):
    env = {
        "CASEBOOK_INSTANCE": os.environ["CASEBOOK_INSTANCE"],
        "CASEBOOK_INSTRUMENTS": app.config["CASEBOOK_INSTRUMENTS"],
    }
    return CliRunner().invoke(main, list(args), env=env)


def test_publish_and_review_commands(app, db):
    build_study(db)
    release_file = Path(os.environ["CASEBOOK_INSTANCE"]) / "release.db"
    refused = cli(app, "publish")
    assert refused.exit_code == 1 and "previous release unchanged" in refused.output
    assert "await review" in refused.output and "casebook review list" in refused.output
    assert not release_file.exists()
    blank = cli(app, "publish", "--allow-unreviewed", "  ")
    assert blank.exit_code == 1 and "needs a reason" in blank.output
    result = cli(app, "publish", "--allow-unreviewed", "first look at the pilot")
    assert result.exit_code == 0, result.output
    assert "Release written to" in result.output and "Redactions: " in result.output
    assert "Smallest group k = " in result.output and "unreviewed" in result.output
    assert release_file.exists()
    listed = cli(app, "review", "list")
    assert "Tirsa's  (1x)" in listed.output and "the choir at Tirsa's" in listed.output
    assert "Gunnel" not in listed.output
    words = [r["word"] for r in review_list(db, "pending")]
    assert cli(app, "review", "mark", "safe", *words).exit_code == 0
    strict = cli(app, "publish", "--strict")  # accepted, and no longer needed
    assert strict.exit_code == 0, strict.output
    assert "unreviewed" not in strict.output
    assert "Nothing is waiting" in cli(app, "review", "list").output
