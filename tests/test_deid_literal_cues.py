"""`literal_cues.AnyOf` answers as `any(cue in text for cue in cues)` does."""

import pytest
from casebook.deid.literal_cues import AnyOf


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Radu verbalizes his understanding",
        "JOHN STATES HIS SISTER IS COMING",
        "Patient States",  # neither "state" nor "STATE": case counts
        "överläkare Åsa rapporterar: inget nytt",
        "No. 7, Jalan 4/9",
        "jalan kaki",  # lower case: not "Jalan"
        "83, Merchant Chowk",
        "ends with a cue: Jln",
        "Lebuh",
    ],
)
def test_same_answer_as_substring_search(text: str) -> None:
    for cues in (
        ("state", "report", "verbali", "STATE", "REPORT"),
        ("Jalan", "Jln", "Lorong", "Lrg", "Persiaran", "Lebuh"),
        ("No", "Nagar", "Chowk"),
    ):
        assert AnyOf(cues).found_in(text) == any(cue in text for cue in cues)


def test_overlapping_cues() -> None:
    cues = AnyOf(("abcd", "bc"))
    assert cues.found_in("xabcy")
    assert cues.found_in("abcd")
    assert not cues.found_in("acbd")


def test_no_cue_is_refused() -> None:
    with pytest.raises(ValueError):
        AnyOf(["", ""])
