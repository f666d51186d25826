"""The section "1. Free-text redaction" of docs/benchmarks.md: every set, every table.

Eight sets, reported apart: the development set (`dev`), the validation set (`heldout`),
validation B (`heldout_b`), D (`validation_d`), E (`validation_e`), C (`heldout_c`) and F
(`heldout_f`, from `bench/validation_f`) and G (`heldout_g`; C, F and G were held out until
2026-12-02), whose figures guide the tuning, validation H and I (`heldout_h`, `heldout_i`,
held out until 2026-12-02), validation J (`heldout_j`, held out until 2026-12-04), validation K
(`heldout_k`, held-out K until 2026-12-04), validation L (`heldout_l`, held-out L until
2026-12-04), validation M (`heldout_m`, held-out M until 2026-12-05), validation N
(`heldout_n`, held-out N until 2026-12-05), validation O (`heldout_o`, held-out O until the
morning of 2026-12-05), validation P (`heldout_p`, held-out P until 06:15 UTC on 2026-12-05),
validation Q (`heldout_q`, held-out Q until 09:15 UTC on 2026-12-05), validation R
(`heldout_r`, held-out R until 11:45 UTC on 2026-12-05), validation S (`heldout_s`, held-out S
until 14:20 UTC on 2026-12-05), validation T (`heldout_t`, held-out T until 16:37 UTC on
2026-12-05), validation U (`heldout_u`, held-out U until 19:07 UTC on 2026-12-05), validation V
(`heldout_v`, held-out V until 21:50 UTC on 2026-12-05), validation W (`heldout_w`, held-out W
until 00:40 UTC on 2026-12-06), validation X (`heldout_x`, held-out X until 03:30 UTC on
2026-12-06), validation Y (`heldout_y`, held-out Y until 07:27 UTC on 2026-12-06), validation Z
(`heldout_z`, held-out Z until 10:24 UTC on 2026-12-06), validation AA (`heldout_aa`, held-out AA
until 13:20 UTC on 2026-12-06), validation AB (`heldout_ab`, held-out AB until 15:47 UTC on
2026-12-06), validation AC (`heldout_ac`, held-out AC until 18:33 UTC on 2026-12-06),
validation AD (`heldout_ad`, held-out AD until 21:09 UTC on 2026-12-06), validation AE
(`heldout_ae`, held-out AE until 23:44 UTC on 2026-12-06), validation AF (`heldout_af`,
held-out AF until 02:24 UTC on 2026-12-07), validation AG (`heldout_ag`, held-out AG until
04:41 UTC on 2026-12-07), validation AH (`heldout_ah`, held-out AH until 07:08 UTC on
2026-12-07), validation AI (`heldout_ai`, held-out AI until 09:48 UTC on 2026-12-07),
validation AJ (`heldout_aj`, held-out AJ until 12:27 UTC on 2026-12-07), validation AK
(`heldout_ak`, held-out AK until 14:48 UTC on 2026-12-07), validation AL (`heldout_al`,
held-out AL until 17:23 UTC on 2026-12-07), validation AM (`heldout_am`, held-out AM until
19:53 UTC on 2026-12-07), validation AN (`heldout_an`, held-out AN until 22:32 UTC on
2026-12-07) and held-out AO (`heldout_ao`), never
read or tuned on by whoever works on the rules: the held-out figures. The real nursing notes
(`physionet_deid`), held out too, add their own lines (`bench/redaction_real.py`). Results saved
before validation B, C, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z, AA, AB,
AC, AD, AE, AF, AG, AH, AI, AJ, AK, AL, AM, AN or held-out AO existed
still render.
"""

from __future__ import annotations

from typing import Any

from bench import redaction_real
from bench.redaction_intro import intro

KINDS = ("name", "place", "email", "phone", "personnummer", "address", "url", "date")
NAME_CATEGORIES = (
    "exact", "lower", "upper", "case", "ascii", "inflected", "misspelt", "unregistered",
    "invisible",
)  # fmt: skip
FACET_KINDS = ("phone", "name", "personnummer", "address", "email", "date", "url", "place")


def met(ok: bool) -> str:
    return "met" if ok else "**missed**"


def _f(pair: list[int] | None) -> str:
    return "–" if not pair or not pair[1] else f"{pair[0] / pair[1]:.3f}"


def _fn(pair: list[int] | None) -> str:
    return "–" if not pair or not pair[1] else f"{pair[0] / pair[1]:.3f} ({pair[1]})"


def _sets(r: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(label, r[key]) for key, label in LABELS if r.get(key)]


LABELS = (("dev", "development"), ("heldout", "validation"), ("heldout_b", "validation B"),
          ("validation_d", "validation D"), ("validation_e", "validation E"),
          ("heldout_c", "validation C"), ("heldout_f", "validation F"),
          ("heldout_g", "validation G"), ("heldout_h", "validation H"),
          ("heldout_i", "validation I"), ("heldout_j", "validation J"),
          ("heldout_k", "validation K"), ("heldout_l", "validation L"),
          ("heldout_m", "validation M"), ("heldout_n", "validation N"),
          ("heldout_o", "validation O"), ("heldout_p", "validation P"),
          ("heldout_q", "validation Q"), ("heldout_r", "validation R"),
          ("heldout_s", "validation S"), ("heldout_t", "validation T"),
          ("heldout_u", "validation U"), ("heldout_v", "validation V"),
          ("heldout_w", "validation W"), ("heldout_x", "validation X"),
          ("heldout_y", "validation Y"), ("heldout_z", "validation Z"),
          ("heldout_aa", "validation AA"), ("heldout_ab", "validation AB"),
          ("heldout_ac", "validation AC"), ("heldout_ad", "validation AD"),
          ("heldout_ae", "validation AE"), ("heldout_af", "validation AF"),
          ("heldout_ag", "validation AG"), ("heldout_ah", "validation AH"),
          ("heldout_ai", "validation AI"), ("heldout_aj", "validation AJ"),
          ("heldout_ak", "validation AK"), ("heldout_al", "validation AL"),
          ("heldout_am", "validation AM"), ("heldout_an", "validation AN"),
          ("heldout_ao", "held-out AO"),
          (redaction_real.KEY, redaction_real.LABEL))  # fmt: skip


def details(r: dict[str, Any]) -> list[str]:
    dev, held, b = r.get("dev"), r.get("heldout"), r.get("heldout_b")
    if not (dev and held):
        return []
    version = r.get("scrubadub_version", "")
    text = intro(r)
    out = [
        "## 1. Free-text redaction",
        "",
        f"Measured {r.get('date', 'with the rest')}.",
        "",
        text + " MB/s is UTF-8 input per second of wall time on one core (best of 3; "
        "scrubadub best of 2, warmed up), on the same texts for every tool. A planted "
        "identifier is caught when every letter and digit of it lies inside a redaction; a "
        "redaction that overlaps no planted identifier is a false positive; an ordinary word "
        "is removed when a redaction touches it.",
        "",
        "| set | tool | MB/s | "
        + " | ".join(f"recall {k}" for k in KINDS)
        + " | precision | ordinary words removed |",
        "|---" * (len(KINDS) + 5) + "|",
    ]
    for label, block in _sets(r):
        tools = [("Casebook", block["casebook"])]
        if "scrubadub" in block:
            tools.append((f"scrubadub {version} default", block["scrubadub"]))
        if "scrubadub_names" in block:
            n = block["scrubadub_names"]
            tools.append((f"scrubadub + registry ({n['items']} names, {n['corpus_mb']:.2f} MB)", n))
        for tool, v in tools:
            q = v["quality"]
            cells = [_f(q["recall"].get(k)) for k in KINDS]
            removed = q["ordinary"].get("all", [0, 0])
            out.append(
                f"| {label} | {tool} | {v['mb_s']:.2f} | "
                + " | ".join(cells)
                + f" | {_f(q['precision'].get('all'))} | {removed[0]}/{removed[1]} |"
            )
    out += ["", *_names_table(r, version), ""]
    out += _facets(held, "Validation set", _group)
    if b:
        out += ["", *_facets(b, "Validation B", str)]
    c, f, g, h = r.get("heldout_c"), r.get("heldout_f"), r.get("heldout_g"), r.get("heldout_h")
    sets = ((c, "Validation C"), (f, "Validation F"), (g, "Validation G"), (h, "Validation H"),
            (r.get("heldout_i"), "Validation I"), (r.get("heldout_j"), "Validation J"),
            (r.get("heldout_k"), "Validation K"), (r.get("heldout_l"), "Validation L"),
            (r.get("heldout_m"), "Validation M"), (r.get("heldout_n"), "Validation N"),
            (r.get("heldout_o"), "Validation O"), (r.get("heldout_p"), "Validation P"),
            (r.get("heldout_q"), "Validation Q"), (r.get("heldout_r"), "Validation R"),
            (r.get("heldout_s"), "Validation S"), (r.get("heldout_t"), "Validation T"),
            (r.get("heldout_u"), "Validation U"), (r.get("heldout_v"), "Validation V"),
            (r.get("heldout_w"), "Validation W"), (r.get("heldout_x"), "Validation X"),
            (r.get("heldout_y"), "Validation Y"), (r.get("heldout_z"), "Validation Z"),
            (r.get("heldout_aa"), "Validation AA"),
            (r.get("heldout_ab"), "Validation AB"),
            (r.get("heldout_ac"), "Validation AC"),
            (r.get("heldout_ad"), "Validation AD"),
            (r.get("heldout_ae"), "Validation AE"),
            (r.get("heldout_af"), "Validation AF"),
            (r.get("heldout_ag"), "Validation AG"),
            (r.get("heldout_ah"), "Validation AH"),
            (r.get("heldout_ai"), "Validation AI"),
            (r.get("heldout_aj"), "Validation AJ"),
            (r.get("heldout_ak"), "Validation AK"),
            (r.get("heldout_al"), "Validation AL"),
            (r.get("heldout_am"), "Validation AM"),
            (r.get("heldout_an"), "Validation AN"),
            (r.get("heldout_ao"), "Held-out AO"))  # fmt: skip
    for block, label in sets:
        if block:  # no recall by facet: it would name the forms of its notes to whoever tunes
            out += ["", *_ordinary(block, label, by_word=not label.startswith("Held-out"))]
    if r.get(redaction_real.KEY):
        out += ["", *redaction_real.section(r)]
    return [*out, "", *_speed(r)]


def _names_table(r: dict[str, Any], version: str) -> list[str]:
    out = [
        'Names by category (recall, number planted in brackets; "right tag" also requires '
        "every redaction over the name to carry that person's tag):",
        "",
        "| set | tool | exact, right tag | "
        + " | ".join(NAME_CATEGORIES)
        + " | any kind with invisible characters |",
        "|---" * (len(NAME_CATEGORIES) + 4) + "|",
    ]
    for label, block in _sets(r):
        for tool, key in (("Casebook", "casebook"), (f"scrubadub {version}", "scrubadub")):
            if key not in block:
                continue
            q = block[key]["quality"]
            cells = [_fn(q["recall"].get(f"name:{c}")) for c in NAME_CATEGORIES]
            out.append(
                f"| {label} | {tool} | {_fn(q['tagged'].get('name:exact'))} | "
                + " | ".join(cells)
                + f" | {_fn(q['recall'].get('any:hidden'))} |"
            )
    return out


def _group(facet: str) -> str:
    """The validation set's facets as the report shows them: one invisible character stands
    for all of them, one line for every pair of slips."""
    if facet.startswith(("U+", "hidden-U+")) or facet in ("ligature", "trailing-zw"):
        return "invisible character"
    if facet == "hidden-full-width":
        return "full-width digits"
    if "+" in facet:
        return "two slips"
    return facet


def _facets(block: dict, label: str, group: Any) -> list[str]:
    q = block["casebook"]["quality"]
    out = [f"{label}, Casebook's recall by facet of the planted form (number planted):", ""]
    for kind in FACET_KINDS:
        grouped: dict[str, list[int]] = {}
        for name, pair in q["facets"].get(kind, {}).items():
            total = grouped.setdefault(group(name), [0, 0])
            total[0] += pair[0]
            total[1] += pair[1]
        ordered = sorted(grouped.items(), key=lambda kv: (-kv[1][1], kv[0]))
        shown = ", ".join(f"{name} {_fn(pair)}" for name, pair in ordered)
        out.append(f"- {kind}: {shown}")
    return out + _ordinary(block, None)


def _ordinary(block: dict, label: str | None, by_word: bool = True) -> list[str]:
    """Ordinary words removed; word by word only for sets whoever tunes the rules may read (a
    held-out set's words would tell them which words to fix)."""
    q = block["casebook"]["quality"]
    words = {k[5:]: v for k, v in q["ordinary"].items() if k.startswith("word:")}
    common = sorted(words.items(), key=lambda kv: -kv[1][1])[:16]
    o = q["ordinary"]
    left_out = "its recall by facet is" if by_word else "its recall by facet and its words are"
    out = [f"{label}, Casebook ({left_out} left out of the report):", ""] if label else []
    line = (
        f"- ordinary words removed: {_fn(o.get('all'))} overall, sentence-initial "
        f"{_fn(o.get('initial'))}, inside a sentence {_fn(o.get('inner'))}"
    )
    if by_word:
        line += "; by word: " + ", ".join(f"{w} {p[0]}/{p[1]}" for w, p in common)
    return out + [line]


def _speed(r: dict[str, Any]) -> list[str]:
    dev, held, dense = r["dev"], r["heldout"], r.get("heldout_dense")
    out = [
        "Speed on each corpus (the 15x target is read on realistic held-out notes):",
        "",
        "| corpus | MB | identifiers | Casebook MB/s | scrubadub MB/s | ratio |",
        "|---|---|---|---|---|---|",
    ]
    rows = [("development, density 1.0", dev["corpus_mb"], dev["planted"],
             dev["casebook"]["mb_s"], dev.get("scrubadub", {}).get("mb_s")),
            (f"validation, {held['per_kb']} per KB", held["corpus_mb"], held["planted"],
             held["casebook"]["mb_s"], held.get("scrubadub", {}).get("mb_s"))]  # fmt: skip
    if dense:
        label = f"validation dense, {dense['per_kb']} per KB"
        ours, theirs = dense["casebook_mb_s"], dense.get("scrubadub_mb_s")
        rows.append((label, dense["corpus_mb"], dense["planted"], ours, theirs))
    for key, label in (
        ("heldout_b", "validation B"),
        ("validation_d", "validation D"),
        ("validation_e", "validation E"),
        ("heldout_c", "validation C"),
        ("heldout_f", "validation F"),
        ("heldout_g", "validation G"),
        ("heldout_h", "validation H"),
        ("heldout_i", "validation I"),
        ("heldout_j", "validation J"),
        ("heldout_k", "validation K"),
        ("heldout_l", "validation L"),
        ("heldout_m", "validation M"),
        ("heldout_n", "validation N"),
        ("heldout_o", "validation O"),
        ("heldout_p", "validation P"),
        ("heldout_q", "validation Q"),
        ("heldout_r", "validation R"),
        ("heldout_s", "validation S"),
        ("heldout_t", "validation T"),
        ("heldout_u", "validation U"),
        ("heldout_v", "validation V"),
        ("heldout_w", "validation W"),
        ("heldout_x", "validation X"),
        ("heldout_y", "validation Y"),
        ("heldout_z", "validation Z"),
        ("heldout_aa", "validation AA"),
        ("heldout_ab", "validation AB"),
        ("heldout_ac", "validation AC"),
        ("heldout_ad", "validation AD"),
        ("heldout_ae", "validation AE"),
        ("heldout_af", "validation AF"),
        ("heldout_ag", "validation AG"),
        ("heldout_ah", "validation AH"),
        ("heldout_ai", "validation AI"),
        ("heldout_aj", "validation AJ"),
        ("heldout_ak", "validation AK"),
        ("heldout_al", "validation AL"),
        ("heldout_am", "validation AM"),
        ("heldout_an", "validation AN"),
        ("heldout_ao", "held-out AO"),
        (redaction_real.KEY, redaction_real.LABEL),
    ):
        s = r.get(key)
        if s:
            rows.append((f"{label}, {s['per_kb']} per KB", s["corpus_mb"], s["planted"],
                         s["casebook"]["mb_s"], s.get("scrubadub", {}).get("mb_s")))  # fmt: skip
    for label, mb, planted, ours, theirs in rows:
        x = f"{ours / theirs:.1f}x" if theirs else "–"
        them = f"{theirs:.2f}" if theirs else "–"
        out.append(f"| {label} | {mb:.1f} | {planted} | {ours:.1f} | {them} | {x} |")
    named = dev.get("scrubadub_names")
    if named:
        out += [
            "",
            f"On the first {named['corpus_mb']:.2f} MB of the development set, scrubadub fed "
            f"the registry ran at {named['mb_s']:.3f} MB/s and Casebook at "
            f"{named['casebook_mb_s_same_texts']:.1f} MB/s.",
        ]
    return out
