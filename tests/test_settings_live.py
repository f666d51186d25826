"""study.yaml edited while the app runs: a broken file never reaches the running app (the
last good settings stay in use) and the admin sees what is wrong on every page."""

from __future__ import annotations

import os
import shutil

from tests.conftest import BUNDLED_INSTRUMENTS, login, make_app
from tests.study_fixtures import case_with_patient


def _touch_later(path) -> None:
    """Make sure the change is seen even on a file system with coarse timestamps."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_a_broken_study_yaml_keeps_the_last_good_settings_and_tells_the_admin(tmp_path):
    instruments = tmp_path / "instruments"
    shutil.copytree(BUNDLED_INSTRUMENTS, instruments)
    app = make_app(tmp_path, instruments)
    from casebook.db import connect

    db = connect(app.config["CASEBOOK_DATABASE"])
    case_id, patient = case_with_patient(db)
    db.close()
    admin, interviewer = app.test_client(), app.test_client()
    login(admin, "admin")
    login(interviewer, "interviewer")
    page = admin.get(f"/participants/{patient}")
    assert page.status_code == 200 and "Patient" in page.text
    assert "study.yaml has problems" not in admin.get("/").text

    study = instruments / "study.yaml"
    good = study.read_text()
    study.write_text(good.replace("roles:", "roles: !!python/object:os.system", 1))
    _touch_later(study)
    line = 1 + good.split("roles:", 1)[0].count("\n")

    for client in (admin, interviewer):
        page = client.get(f"/participants/{patient}")
        assert page.status_code == 200, page.text  # the last good settings, not a 500
        assert "Patient" in page.text
        assert client.get(f"/cases/{case_id}").status_code == 200
    banner = admin.get("/").text
    assert "study.yaml has problems: the app still uses the last good settings" in banner
    assert f"study.yaml:{line}: the tag !!python/object:os.system is not allowed" in banner
    assert "study.yaml has problems" not in interviewer.get("/").text

    study.write_text(good)
    _touch_later(study)
    assert "study.yaml has problems" not in admin.get("/").text
