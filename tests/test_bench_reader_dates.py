"""The reader-dates measure (`bench/reader_dates.py`): CLDR's date forms and hand-typed ones in
the fifteen locales of a Nordic study, split into a development and a held-out share."""

from __future__ import annotations

import datetime as dt

from bench import reader_dates


def test_shares_are_fixed_and_both_hold_every_language() -> None:
    day = dt.date(2024, 5, 3)
    parts = {
        reader_dates.share(name, form)
        for name in reader_dates.LOCALES
        for form, _, _ in reader_dates.forms(name, day)
    }
    assert parts == {"dev", "held"}
    assert reader_dates.share("sv_SE", "typed:iso") == reader_dates.share("sv_SE", "typed:iso")


def test_forms_hold_iso_compact_ranges_and_ordinals() -> None:
    written = {w for _, _, w in reader_dates.forms("en_GB", dt.date(2024, 5, 3))}
    assert {"2024-05-03", "20240503", "240503", "3-5 May", "May 3rd, 2024"} <= written
    assert "3.-5.5." in {w for _, _, w in reader_dates.forms("fi_FI", dt.date(2024, 5, 3))}


def test_run_reports_both_shares_and_prints_no_held_out_miss() -> None:
    lines: list[str] = []
    found = reader_dates.run(seed=2, per=1, show="dev", emit=lines.append)
    for part in ("dev", "held"):
        hits, total = found[f"{part}:all"]
        assert total > 200 and hits / total >= 0.9, part
    assert not any(line.startswith("held-") for line in lines)
    assert found["negative:dates-found"][1] == 2 * len(reader_dates.NEGATIVE)
