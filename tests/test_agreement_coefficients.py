"""The agreement coefficients against published worked examples: Krippendorff's own
reliability data (4 observers, 12 units, missing values) from "Computing Krippendorff's
Alpha-Reliability" (2011), and Cohen's kappa, unweighted and quadratically weighted."""

from __future__ import annotations

import pytest
from casebook.agreement.coefficients import alpha, cohen_kappa, percent_agreement
from casebook.agreement.figures import compute
from casebook.agreement.ratings import Rating

N = None
# Krippendorff (2011), section C: observers A-D by units 1-12; None where an observer gave
# no value.
KRIPPENDORFF = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    "C": [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
}


def codings(table: dict[str, list]) -> dict[str, dict[str, object]]:
    units = len(next(iter(table.values())))
    return {
        f"u{i + 1}": {coder: values[i] for coder, values in table.items()} for i in range(units)
    }


@pytest.mark.parametrize(
    ("level", "published"), [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849)]
)
def test_alpha_matches_krippendorffs_worked_example_with_missing_values(level, published):
    assert round(alpha(codings(KRIPPENDORFF), level), 3) == published


def test_alpha_takes_codes_as_text_at_the_nominal_level():
    as_text = {c: [None if v is None else f"code{v}" for v in vs] for c, vs in KRIPPENDORFF.items()}
    assert round(alpha(codings(as_text), "nominal"), 3) == 0.743


def test_a_unit_coded_once_or_all_alike_gives_no_alpha():
    assert alpha({"u1": {"A": 1, "B": None}}, "nominal") is None
    assert alpha({"u1": {"A": 1, "B": 1}, "u2": {"A": 1, "B": 1}}, "ordinal") is None


def test_cohens_kappa_matches_the_textbook_two_by_two_example():
    # 50 grant proposals, two readers: 20 both yes, 15 both no, 5 yes/no, 10 no/yes.
    # p_o = 0.70, p_e = 0.50, kappa = 0.40 (Wikipedia, "Cohen's kappa", worked example).
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4)
    # Same agreement, different marginals: 0.1304 and 0.2593 in the same article.
    skewed = [("y", "y")] * 45 + [("y", "n")] * 15 + [("n", "y")] * 25 + [("n", "n")] * 15
    assert round(cohen_kappa(skewed), 4) == 0.1304
    balanced = [("y", "y")] * 25 + [("y", "n")] * 35 + [("n", "y")] * 5 + [("n", "n")] * 35
    assert round(cohen_kappa(balanced), 4) == 0.2593


def test_quadratic_weighted_kappa_matches_published_examples():
    # Maple's EssayTools QuadraticWeightedKappa documentation, examples 1 and 2.
    first = [9, 7, 8, 7, 6, 8, 3, 5, 10]
    assert cohen_kappa(list(zip(first, [8, 8, 6, 6, 7, 6, 1, 4, 8], strict=True)), True) == (
        pytest.approx(0.758620689655172)
    )
    assert cohen_kappa(list(zip(first, [3, 5, 6, 6, 7, 6, 1, 4, 8], strict=True)), True) == (
        pytest.approx(0.438095238095238)
    )


def test_percent_agreement_averages_agreeing_pairs_per_unit():
    assert percent_agreement({"u1": {"A": 1, "B": 1}, "u2": {"A": 1, "B": 2}}) == 0.5
    three = {"u1": {"A": 1, "B": 1, "C": 2}}  # 1 of 3 pairs agree
    assert percent_agreement(three) == pytest.approx(1 / 3)


def test_figures_by_wave_and_overall_weakest_first_with_not_observed_missing():
    ratings = []
    for wave, unit, a, b in [
        ("baseline", "session:1", 1, 1),
        ("baseline", "session:2", 2, 2),
        ("m12", "session:3", 3, 1),
        ("m12", "session:4", 0, None),  # "not observed" by B: missing, not a score
    ]:
        for coder, value in (("7", a), ("8", b)):
            ratings.append(Rating("obs", "checklist.row", "ordinal", wave, unit, coder, value))
            ratings.append(Rating("obs", "place", "nominal", wave, unit, coder, "home"))
    found = compute(ratings)
    overall = [f for f in found if f.wave is None and f.item == "checklist.row"][0]
    assert overall.units == 3 and overall.coders == 2 and overall.kappa_weights == "quadratic"
    assert overall.percent_agreement == pytest.approx(2 / 3)
    assert overall.alpha == pytest.approx(
        alpha({"1": {"7": 1, "8": 1}, "2": {"7": 2, "8": 2}, "3": {"7": 3, "8": 1}}, "ordinal")
    )
    assert {(f.item, f.wave) for f in found} >= {("checklist.row", "m12"), ("place", None)}
    assert found[0].alpha is not None and found[-1].alpha is None  # undefined ones last
