"""Figure 5's peer (issue 14): the report compares a full publish's peak memory with the same
publish of the study at a tenth of the scale, and says whether it stays within 1.2x."""

from __future__ import annotations

from bench.run import _memory_rows, _memory_text

MIB = 2**20


def results(big: int, small: int) -> dict:
    return {
        "scale": 100,
        "publish": {"peak_rss": big * MIB},
        "memory": {"scale": 10, "peak_rss": small * MIB, "seconds": 8.0},
    }


def test_memory_that_grows_with_the_study_is_reported_missed_and_flat_memory_met() -> None:
    [grown] = _memory_rows(results(464, 195))
    assert grown[1] == "peak RSS of a full publish, 100x / 10x"
    assert grown[2] == "464 / 195 MiB = 2.38x" and grown[4] == "**missed**"
    assert _memory_rows(results(230, 200))[0][4] == "met"
    assert "2.38x the memory for 10x the study" in _memory_text(results(464, 195))


def test_results_saved_without_the_smaller_publish_still_render() -> None:
    old = {"scale": 100, "publish": {"peak_rss": 464 * MIB}}
    assert _memory_rows(old) == [] and _memory_text(old) == ""
