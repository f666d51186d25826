"""The redaction rows of the benchmark summary; the section "1. Free-text redaction" itself is
written by `bench.redaction_details.details` (re-exported here for bench/run.py)."""

from __future__ import annotations

from typing import Any

from bench import redaction_real
from bench.redaction_details import KINDS, _f, details, met
from bench.scoring import (
    EXACT_TARGET,
    ORDINARY_REMOVED_MAX,
    PRECISION_TARGET,
    RECALL_TARGETS,
    ratio,
)

REGISTERED_OTHER = ("name:lower", "name:upper", "name:ascii", "name:inflected", "name:invisible")
__all__ = ["details", "summary_rows"]

# The sets the targets are read on, with the label the report gives each. Held-out AO
# is the held-out measurement; the validation sets (C, F, G, H and I among them since
# 2026-12-02, J, K and L since 2026-12-04, M, N, O, P, Q, R, S, T, U and V since 2026-12-05,
# W, X, Y, Z, AA, AB, AC, AD and AE since 2026-12-06, AF, AG, AH, AI, AJ, AK, AL, AM and AN since
# 2026-12-07, when they stopped being held out) guide the tuning. Results saved before G, H,
# I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z, AA, AB, AC, AD, AE, AF, AG, AH, AI,
# AJ, AK, AL, AM, AN or AO existed still render.
TARGET_SETS = (
    ("heldout_ao", "held-out AO"),
    ("heldout_an", "validation AN"),
    ("heldout_am", "validation AM"),
    ("heldout_al", "validation AL"),
    ("heldout_ak", "validation AK"),
    ("heldout_aj", "validation AJ"),
    ("heldout_ai", "validation AI"),
    ("heldout_ah", "validation AH"),
    ("heldout_ag", "validation AG"),
    ("heldout_af", "validation AF"),
    ("heldout_ae", "validation AE"),
    ("heldout_ad", "validation AD"),
    ("heldout_ac", "validation AC"),
    ("heldout_ab", "validation AB"),
    ("heldout_aa", "validation AA"),
    ("heldout_z", "validation Z"),
    ("heldout_y", "validation Y"),
    ("heldout_x", "validation X"),
    ("heldout_w", "validation W"),
    ("heldout_v", "validation V"),
    ("heldout_u", "validation U"),
    ("heldout_t", "validation T"),
    ("heldout_s", "validation S"),
    ("heldout_r", "validation R"),
    ("heldout_q", "validation Q"),
    ("heldout_p", "validation P"),
    ("heldout_o", "validation O"),
    ("heldout_n", "validation N"),
    ("heldout_m", "validation M"),
    ("heldout_l", "validation L"),
    ("heldout_k", "validation K"),
    ("heldout_j", "validation J"),
    ("heldout_i", "validation I"),
    ("heldout_h", "validation H"),
    ("heldout_g", "validation G"),
    ("heldout_c", "validation C"),
    ("heldout_f", "validation F"),
    ("heldout", "validation"),
    ("heldout_b", "validation B"),
    ("validation_d", "validation D"),
    ("validation_e", "validation E"),
)


def summary_rows(r: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for key, label in TARGET_SETS:
        if r.get(key):
            rows += _target_rows(label, r[key])
    rows += redaction_real.rows(r)  # real published notes, held out: the kinds they share
    if r.get("dev"):
        rows += _dev_rows(r["dev"])
    return rows


def _target_rows(label: str, held: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    rows = []
    if "scrubadub" in held:
        x = held["casebook"]["mb_s"] / held["scrubadub"]["mb_s"]
        rows.append(
            (
                "1",
                f"{label}: redaction speed vs scrubadub (default detectors)",
                f"{held['casebook']['mb_s']:.1f} vs {held['scrubadub']['mb_s']:.2f} MB/s"
                f" = {x:.1f}x",
                "≥ 15x",
                met(x >= 15),
            )
        )
    q = held["casebook"]["quality"]
    kinds = [k for k in RECALL_TARGETS if ":" not in k and k in q["recall"]]
    worst = min((ratio(q["recall"][k]), k) for k in kinds)
    rows.append(_row(f"{label}: recall, worst kind", worst, 0.99, "≥ 0.99"))
    exact = ratio(q["tagged"].get("name:exact"))
    rows.append(
        (
            "1",
            f"{label}: exactly spelled registered names, right tag",
            f"{exact:.3f} (covered {_f(q['recall'].get('name:exact'))})",
            "1.00",
            met(exact >= EXACT_TARGET),
        )
    )
    others = [(ratio(q["recall"][k]), k) for k in REGISTERED_OTHER if k in q["recall"]]
    if others:
        text = f"{label}: registered names in other case, inflected, hidden, worst"
        rows.append(_row(text, min(others), 0.99, "≥ 0.99"))
    for key, name in (("name:misspelt", "misspelt"), ("name:unregistered", "unregistered")):
        value = ratio(q["recall"].get(key))
        rows.append(("1", f"{label}: {name} names", f"{value:.3f}", "≥ 0.95", met(value >= 0.95)))
    precision = ratio(q["precision"].get("all"), 1.0)
    rows.append(
        (
            "1",
            f"{label}: precision (all spans)",
            f"{precision:.3f}",
            "≥ 0.95",
            met(precision >= PRECISION_TARGET),
        )
    )
    removed = ratio(q["ordinary"].get("all"), 0.0)
    rows.append(
        (
            "1",
            f"{label}: ordinary words that are also names, removed",
            f"{removed:.1%} of {q['ordinary'].get('all', [0, 0])[1]}",
            "≤ 2 %",
            met(removed <= ORDINARY_REMOVED_MAX),
        )
    )
    return rows


def _row(label: str, worst: tuple[float, str], target: float, shown: str) -> tuple:
    return ("1", label, f"{worst[0]:.3f} ({worst[1]})", shown, met(worst[0] >= target))


def _dev_rows(dev: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    rows = []
    ours = dev["casebook"]
    if "scrubadub" in dev:
        x = ours["mb_s"] / dev["scrubadub"]["mb_s"]
        rows.append(
            (
                "1",
                "development: redaction speed vs scrubadub (default detectors)",
                f"{ours['mb_s']:.1f} vs {dev['scrubadub']['mb_s']:.2f} MB/s = {x:.1f}x",
                "≥ 15x",
                met(x >= 15),
            )
        )
    named = dev.get("scrubadub_names")
    if named:
        x = named["casebook_mb_s_same_texts"] / named["mb_s"]
        rows.append(
            (
                "1",
                "development: redaction speed vs scrubadub + registry names",
                f"{named['casebook_mb_s_same_texts']:.1f} vs {named['mb_s']:.3f} MB/s = {x:.0f}x",
                "far more than 15x",
                met(x >= 100),
            )
        )
    q = ours["quality"]
    worst = min((ratio(q["recall"][k]), k) for k in KINDS if k in q["recall"])
    rows.append(_row("development: recall, worst kind", worst, 0.99, "≥ 0.99"))
    exact = ratio(q["tagged"].get("name:exact"))
    rows.append(
        ("1", "development: exactly spelled names, right tag", f"{exact:.3f}", "1.00",
         met(exact >= 1.0))
    )  # fmt: skip
    precision = ratio(q["precision"].get("all"), 1.0)
    rows.append(
        ("1", "development: precision", f"{precision:.3f}", "≥ 0.95", met(precision >= 0.95))
    )
    return rows
