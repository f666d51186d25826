"""`bench.run --report-only` refuses saved results that lack the figures a report needs
(a partial run of figure 1 with nothing to merge with used to leave such a file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bench.run as run


def test_report_only_refuses_results_without_the_study(tmp_path: Path, monkeypatch, capsys) -> None:
    cache = tmp_path / "bench" / ".cache"
    cache.mkdir(parents=True)
    (cache / "results-x3.json").write_text(json.dumps({"scale": 3, "redaction": {}}))
    monkeypatch.setattr(run, "ROOT", tmp_path)
    monkeypatch.setattr(run, "DOC", tmp_path / "benchmarks.md")
    with pytest.raises(SystemExit) as stop:
        run.main(["--scale", "3", "--report-only"])
    assert stop.value.code == 1
    assert "SCALE=3 make bench" in capsys.readouterr().err
    assert not (tmp_path / "benchmarks.md").exists()


def test_report_only_refuses_when_nothing_was_saved(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(run, "ROOT", tmp_path)
    monkeypatch.setattr(run, "DOC", tmp_path / "benchmarks.md")
    with pytest.raises(SystemExit):
        run.main(["--scale", "3", "--report-only"])
    assert not (tmp_path / "benchmarks.md").exists()
