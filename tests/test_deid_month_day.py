"""A short date that only month/day makes a date ("8/25"), as notes written in or copied from
the US write it, and the study setting that says a study writes the month first
(`app/casebook/deid/month_day.py`, `release: month_first` in study.yaml). Each date here stayed
in the release before; each value beside it must stay. The sentences are written for this
test in the style of clinical notes; none comes from a corpus.

Policy: docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.calendar_words import writes_month_first
from casebook.settings import load_settings


@pytest.fixture(scope="module")
def day_first() -> Redactor:
    return Redactor(Registry([]))


@pytest.fixture(scope="module")
def month_first() -> Redactor:
    return Redactor(Registry([]), month_first=True)


# After a word the policy already accepts for a day/month: a date in every study.
CUED = [
    ("Pt admitted to CCU on 8/17 for agitation.", "Pt admitted to CCU on [date] for agitation."),
    ("PT IN USOH UNTIL 8/23 WHEN PRESENTED", "PT IN USOH UNTIL [date] WHEN PRESENTED"),
    ("No stool since 10/13. Abdomen soft.", "No stool since [date]. Abdomen soft."),
    ("Family meeting 8/28 at 2 pm.", "Family meeting [date] at 2 pm."),
    ("BC from 10/15-10/16 pending.", "BC from [date] pending."),
    ("Follow-up 7/24 with ortho.", "Follow-up [date] with ortho."),
    # a word of an admission or a procedure a few words back, either reading
    ("78YO FEMALE ADMITTED TO CCU 9/7 VIA THE EW", "78YO FEMALE ADMITTED TO CCU [date] VIA THE EW"),
    (
        "85 yo female s/p Acute MI 3/9. Stent to LAD.",
        "85 yo female s/p Acute MI [date]. Stent to LAD.",
    ),
    # a clock time right before it, an event of care right before it (tests/test_deid_date_atlas)
    ("At 2am 8/25, pt had flash pulmonary edema.", "At 2am [date], pt had flash pulmonary edema."),
    ("intubated 6/30-7/2 for CHF", "intubated [date] for CHF"),
]
# With no such word: a date where the study writes the month first.
BARE = [
    ("PMH: CAD, MI 10/16, CABG 10/16", "PMH: CAD, MI [date], CABG [date]"),
    ("To OSH with fever of 103 8/31. Treated.", "To OSH with fever of 103 [date]. Treated."),
    ("IABP was d/c 7/26. Groin dry.", "IABP was d/c [date]. Groin dry."),
    ("Pan cultured x 2 8/15.", "Pan cultured x 2 [date]."),
]
# Values: never a date, whatever the study's order.
VALUES = [
    "BP 120/80, HR 72.",
    "Percocet 5/325 1 tab q6h.",
    "Rates pain 3/10 on movement.",
    "GCS 3/15 on arrival, strength 4/15 in RUE.",
    "mechanically vented: simv 900 10/25 50% peep 5.",
    "PEEP/PS 5/10, FiO2 40%.",
    "IVF 1/2 NS at 75cc/hr.",
    "Drain 1/16 inch from the edge.",
    "Insulin 12/24 hrs per scale.",
    "Scored 11/30 on the MMSE; v2/13 of the form.",
    "Two of 3/14 cultures grew.",
    "Admitted with BP 190/110 and HR 120/min.",
    # three figures and a percentage or a unit: ventilator settings, not a date with its year
    "Placed on CPAP/PS 16/5/40% tolerating well; on BIPAP 10/5/12 BPM overnight.",
    "Currently on 1/2 NS at 75cc/hr, then on 1/4 ns. FIO2 DEC FROM 80% TO 40%.",
]


@pytest.mark.parametrize(("text", "expected"), CUED)
def test_a_month_day_after_a_dating_word_is_a_date_in_every_study(
    day_first: Redactor, month_first: Redactor, text: str, expected: str
) -> None:
    assert day_first.redact(text).text == expected
    assert month_first.redact(text).text == expected


@pytest.mark.parametrize(("text", "expected"), BARE)
def test_a_bare_month_day_is_a_date_where_the_study_writes_the_month_first(
    day_first: Redactor, month_first: Redactor, text: str, expected: str
) -> None:
    assert month_first.redact(text).text == expected
    assert day_first.redact(text).text == text  # the documented day-first policy keeps it


@pytest.mark.parametrize("text", VALUES)
def test_values_that_look_like_a_month_and_day_stay(
    day_first: Redactor, month_first: Redactor, text: str
) -> None:
    assert month_first.redact(text).text == text
    assert day_first.redact(text).text == text


def test_a_redactor_sent_to_a_worker_process_keeps_the_order() -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(Redactor(Registry([]), month_first=True)))
    assert copy.redact("S/P MI 10/16.").text == "S/P MI [date]."


def test_cldr_says_which_countries_write_the_month_first() -> None:
    from babel import Locale

    assert writes_month_first("US") and writes_month_first("us")
    assert Locale.parse("en_US").datetime_skeletons["Md"].pattern == "M/d"  # the source
    for country in ("SE", "NO", "DK", "FI", "GB", "DE", "FR", "TR"):
        assert not writes_month_first(country), country
    assert not writes_month_first("XX")  # unknown: day first


def test_the_study_setting_follows_the_country_unless_it_says_otherwise(tmp_path: Path) -> None:
    base = "title: T\nroles: [{id: patient, label: P}]\nwaves: [{id: b, label: B}]\n"
    study = tmp_path / "study.yaml"
    study.write_text(base, encoding="utf-8")
    assert load_settings(tmp_path).month_first is False  # SE
    study.write_text(base + "country: US\n", encoding="utf-8")
    assert load_settings(tmp_path).month_first is True
    study.write_text(base + "country: US\nrelease:\n  month_first: false\n", encoding="utf-8")
    assert load_settings(tmp_path).month_first is False
    study.write_text(base + "release:\n  month_first: true\n", encoding="utf-8")
    assert load_settings(tmp_path).month_first is True


def test_a_release_reads_the_study_setting_on_every_process(tmp_path: Path) -> None:
    """study.yaml's `release: month_first` reaches the redactor of a published release, on
    the worker processes too, and changing it redoes every text."""
    import shutil
    import sqlite3

    from casebook.config import instance_folder
    from casebook.db import connect
    from casebook.release.build import publish

    from tests.conftest import BUNDLED_INSTRUMENTS, make_app
    from tests.release_fixtures import FIXTURE_REASON, build_study, interview

    instruments = tmp_path / "instruments"
    shutil.copytree(BUNDLED_INSTRUMENTS, instruments)
    app = make_app(tmp_path, instruments)
    db = connect(app.config["CASEBOOK_DATABASE"])
    interview(db, build_study(db), "m24", "2028-02-01", "Back home since the MI 10/16.")
    db.close()
    out = tmp_path / "release.db"

    def published(workers: int) -> tuple[str, object]:
        summary = publish(
            Path(app.config["CASEBOOK_DATABASE"]),
            instruments,
            out,
            instance_folder(app),
            "tests",
            allow_unreviewed=FIXTURE_REASON,
            workers=workers,
        )
        conn = sqlite3.connect(out)
        texts = "\n".join(r[0] for r in conn.execute("SELECT text FROM answers WHERE text != ''"))
        conn.close()
        return texts, summary

    texts, _ = published(1)
    assert "since the MI 10/16." in texts  # a Swedish study (SE) reads day first
    settings = instruments / "study.yaml"
    settings.write_text(
        settings.read_text().replace("release:\n", "release:\n  month_first: true\n")
    )
    texts, summary = published(2)
    assert "since the MI [date]." in texts and "10/16" not in texts
    assert "redaction rules changed" in summary.reuse.reasons[0]


@pytest.mark.parametrize(
    "text",
    [
        "Mötet öppnades 13.05. Dagordningen godkändes.",
        "The meeting closed 16.40. Everyone left.",
        "Sammanträdet ajournerades 11.15. Det återupptogs 11.30.",
    ],
)
def test_a_clock_time_after_a_meetings_verb_stays(day_first: Redactor, text: str) -> None:
    # an observer's minutes: "13.05." ends the sentence, and the verb says a moment of the day
    assert day_first(text) == text


def test_a_day_and_month_with_full_stops_is_still_a_date(day_first: Redactor) -> None:
    assert day_first("Mötet hölls 13.05. i Gävle.") == "Mötet hölls [date] i Gävle."
