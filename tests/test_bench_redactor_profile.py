"""bench/redactor_profile.py times the redactor on a generated validation set and writes
every span it found, one line each, so that a change made for speed can be diffed."""

from __future__ import annotations

from pathlib import Path

from bench import redactor_profile


def test_the_profile_times_a_set_and_dumps_every_span(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    rate = redactor_profile.measure("heldout_j", 20_000, top=5, dump=tmp_path, sample=5)
    out = capsys.readouterr().out
    assert rate > 0
    assert "MB/s wall" in out and "MB/s CPU" in out
    assert "top 5 by cumulative" in out and "sampled, top 5 running" in out
    lines = (tmp_path / "heldout_j.tsv").read_text(encoding="utf-8").splitlines()
    assert lines
    index, start, end, kind, tag = lines[0].split("\t")
    assert int(index) >= 0 and int(start) < int(end) and kind and tag.startswith("[")
