"""bench/scoring.py counts what the benchmark and the held-out targets report."""

from __future__ import annotations

from app.deid import NameEntry
from bench.scoring import misses, score
from tests.deid_corpus import Corpus, Ordinary, Planted

TEXT = "Amira Haddad rang on 070-123 45 67. Love is hard. Karin and Omar came."
#       0         1         2         3         4         5         6
#       0123456789012345678901234567890123456789012345678901234567890123456789


def _corpus() -> Corpus:
    entries = [
        NameEntry("p:1", "Amira Haddad", "[patient P-1]"),
        NameEntry("p:2", "Karin Berg", "[patient P-2]"),
        NameEntry("p:3", "Karin Lund", "[patient P-3]"),
    ]
    planted = [
        Planted(0, 0, 12, "name", "full/plain", "Amira Haddad", True, "p:1"),
        Planted(0, 21, 34, "phone", "swedish-odd/sv_SE/cue", "070-123 45 67"),
        Planted(0, 50, 55, "name", "given/plain", "Karin", True, "p:3"),
        Planted(0, 60, 64, "name", "unregistered/given/arabic", "Omar"),
    ]
    ordinary = [Ordinary(0, 36, 40, "Love", "homograph/initial/love")]
    return Corpus([TEXT], entries, planted, ordinary)


def test_recall_counts_letters_and_digits_and_tags_accept_any_owner_of_a_shared_name() -> None:
    spans = [
        (0, 5, "name", "[patient P-1]"),
        (6, 12, "name", "[patient P-1]"),  # the space between is not a leak
        (21, 31, "phone", "[phone]"),  # "45 67" left: a leak
        (50, 55, "name", "[patient P-2]"),  # Karin Berg's tag for Karin Lund: nothing says
        (36, 40, "name", "[name]"),  # an ordinary word removed: a false positive
    ]
    q = score(_corpus(), [spans])
    assert q["recall"]["name:exact"] == [2, 2]
    assert q["tagged"]["name:exact"] == [2, 2]
    assert q["recall"]["phone"] == [0, 1]
    assert q["recall"]["name:unregistered"] == [0, 1]
    assert q["precision"]["all"] == [4, 5]
    assert q["ordinary"]["all"] == [1, 1] and q["ordinary"]["initial"] == [1, 1]
    assert q["facets"]["phone"]["cue"] == [0, 1]


def test_a_wrong_tag_on_an_unshared_name_misses_the_exact_target() -> None:
    spans = [(0, 12, "name", "[patient P-2]"), (50, 55, "name", "[patient P-3]")]
    q = score(_corpus(), [spans])
    assert q["recall"]["name:exact"] == [2, 2]
    assert q["tagged"]["name:exact"] == [1, 2]
    assert any("right tag" in m for m in misses(q))


def test_the_benchmark_reports_both_sets_separately() -> None:
    from bench import redaction_report
    from bench.redaction import figure_redaction

    result = figure_redaction(10_000, 3_000, 2026)
    assert result["dev"]["planted"] > 0 and result["heldout"]["planted"] > 0
    assert result["heldout"]["seed"] != result["dev"]["seed"]
    text = "\n".join(redaction_report.details(result))
    assert "| development | Casebook |" in text and "| held-out | Casebook |" in text
    labels = [row[1] for row in redaction_report.summary_rows(result)]
    assert "held-out: unregistered names" in labels
    assert "held-out: exactly spelled registered names, right tag" in labels
    assert "development: recall, worst kind" in labels
