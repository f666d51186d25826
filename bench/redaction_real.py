"""Figure 1's lines on the real nursing notes (`physionet_deid`, from `bench/physionet_deid`).

The only set nobody here wrote: the PhysioNet deid gold standard, published with its own PHI
annotation. Figure 1 reports its held-out half (patients with odd ids); the even half has been
used for development since 2026-12-02, and nobody tunes a rule on the odd one. Its PHI types
are not Casebook's kinds one for one, so the report says for each type which kind it is scored
as and whether the issue's targets cover it. Results saved before the set existed render
without these lines.
"""

from __future__ import annotations

from typing import Any

KEY, LABEL = "physionet_deid", "real nursing notes (PhysioNet deid)"
# (PHI type, what it is, Casebook's kind, the target for it or why there is none)
TYPES = (
    ("PTName", "patients' names", "name", "≥ 0.95 (unregistered names)"),
    ("PTNameInitial", "patients' initials", "name", "≥ 0.95 (unregistered names)"),
    ("RelativeProxyName", "relatives' and proxies' names", "name", "≥ 0.95 (unregistered names)"),
    ("HCPName", "clinicians' names", "name", "≥ 0.95 (unregistered names)"),
    ("Phone", "phone numbers", "phone", "≥ 0.99"),
    ("Date", "dates of a day (with or without a year)", "date", "≥ 0.99"),
    ("DateYear", "a year alone", "year", "none: a year alone is kept (reported apart)"),
    ("Location", "hospitals and towns", "location", "none: not registered places or addresses"),
    ("Age", "ages over 89", "age", "none: Casebook does not claim ages"),
    ("Other", "other identifying phrases", "other", "none"),
)
CASES = (("upper", "in capitals"), ("lower", "in lower case"), ("mixed", "in mixed case"))


def _f(pair: list[int] | None) -> str:
    return "–" if not pair or not pair[1] else f"{pair[0] / pair[1]:.3f}"


def _fn(pair: list[int] | None) -> str:
    return "–" if not pair or not pair[1] else f"{pair[0] / pair[1]:.3f} ({pair[1]})"


def intro(p: dict[str, Any]) -> str:
    """The set's sentence in the section's first paragraph."""
    cases = p.get("by_case", {})
    typed = ", ".join(f"{cases[c]['cells']} {label}" for c, label in CASES if c in cases)
    return (
        f" **Real nursing notes (PhysioNet deid)**: `bench/physionet_deid`, {p['cells']} notes, "
        f"{p['corpus_mb']:.1f} MB, {p['planted']} gold PHI spans ({p['per_kb']} per KB): the "
        "deid gold standard of Neamatullah et al. (2008), real ICU nursing notes whose PHI was "
        "replaced by realistic surrogates and annotated by its authors (PhysioNet deid 1.1, "
        "GPL 2.0, used only by the benchmark). Published text nobody here wrote; the "
        "held-out half: patients with odd ids; the even half has been used for development "
        "since 2026-12-02. Nobody is registered, so every name is unregistered; phones "
        "and dates of a day are Casebook's kinds; a year alone, hospitals and towns, ages "
        "over 89 and other phrases are scored as kinds of their own that Casebook does not "
        "claim (per type below)." + (f" Notes by letter case: {typed}." if typed else "")
    )


def section(r: dict[str, Any]) -> list[str]:
    """Recall per PHI type for both tools, then Casebook's figures by the notes' letter case."""
    p = r.get(KEY)
    if not p:
        return []
    ours = p["casebook"]["quality"]
    theirs = p.get("scrubadub", {}).get("quality")
    out = [
        "Real nursing notes (PhysioNet deid), recall by PHI type (gold spans in brackets); "
        "the held-out half (patients with odd ids), so only figures per type are reported:",
        "",
        "| PHI type | what it is | scored as | Casebook | scrubadub | the issue's target |",
        "|---|---|---|---|---|---|",
    ]
    for phi, what, kind, target in TYPES:
        pair = ours["facets"].get(kind, {}).get(phi)
        them = theirs["facets"].get(kind, {}).get(phi) if theirs else None
        out.append(f"| {phi} | {what} | {kind} | {_fn(pair)} | {_f(them)} | {target} |")
    precision = ours["precision"].get("all", [0, 0])
    false = precision[1] - precision[0]
    out += [
        "",
        f"Casebook's precision {_f(precision)} ({false} of {precision[1]} redactions touch no "
        f"gold PHI; scrubadub's {_f(theirs['precision'].get('all')) if theirs else '–'}).",
    ]
    cases = p.get("by_case")
    if cases:
        out += [
            "",
            "Casebook on the same notes by their letter case (capitals: nine in ten letters; "
            "lower case: at most one in fifty):",
            "",
            "| notes | count | MB | Casebook MB/s | recall, all PHI | names | dates | phones "
            "| precision |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for case, label in CASES:
            c = cases[case]
            q = c["quality"]
            speed = f"{c['mb_s']:.1f}" if c.get("mb_s") else "–"
            cells = [_fn(q["recall"].get(k)) for k in ("all", "name", "date", "phone")]
            out.append(
                f"| {label} | {c['cells']} | {c['mb']:.2f} | {speed} | "
                + " | ".join(cells)
                + f" | {_fn(q['precision'].get('all'))} |"
            )
    return out


def _met(ok: bool) -> str:
    return "met" if ok else "**missed**"


def rows(r: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """The summary's rows: the kinds the issue's targets cover, the speed and the precision."""
    p = r.get(KEY)
    if not p:
        return []
    out = []
    if "scrubadub" in p:
        x = p["casebook"]["mb_s"] / p["scrubadub"]["mb_s"]
        speed = f"{p['casebook']['mb_s']:.1f} vs {p['scrubadub']['mb_s']:.2f} MB/s = {x:.1f}x"
        out.append(("1", f"{LABEL}: redaction speed vs scrubadub", speed, "≥ 15x", _met(x >= 15)))
    q = p["casebook"]["quality"]
    for key, name, target in (
        ("name:unregistered", "names (nobody registered)", 0.95),
        ("phone", "phone numbers", 0.99),
        ("date", "dates of a day", 0.99),
    ):
        pair = q["recall"].get(key, [0, 0])
        value = pair[0] / pair[1] if pair[1] else float("nan")
        out.append(("1", f"{LABEL}: {name}", _fn(pair), f"≥ {target}", _met(value >= target)))
    precision = q["precision"].get("all", [0, 0])
    value = precision[0] / precision[1] if precision[1] else 1.0
    out.append(("1", f"{LABEL}: precision", _f(precision), "≥ 0.95", _met(value >= 0.95)))
    return out
