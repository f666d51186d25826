"""Figure 1 of the benchmarks: free-text redaction on forty-three sets, reported apart.

The development set is `tests/deid_corpus.py` (the corpus the rules were written against);
the validation set is `bench/heldout` and validation B is `bench/heldout_b` (both written
apart from the rules, but their figures have guided whoever tunes them), as have validation D
(`bench/validation_d`) and validation E (`bench/validation_e`, after its first read), and
validation C (`bench/heldout_c`) and validation F (`bench/validation_f`), held out until
2026-12-02 and read by whoever tunes the rules since (their results keep the keys `heldout_c`
and `heldout_f`), as is validation G (`bench/heldout_g`, key `heldout_g`, held out until
2026-12-02), and validation H (`bench/heldout_h`, key `heldout_h`, held out until
2026-12-02), and validation I (`bench/heldout_i`, key `heldout_i`, held out until
2026-12-02), and validation J (`bench/heldout_j`, key `heldout_j`, held out until 2026-12-04,
when the lead read the aggregate shapes of its misses and false positives), and validation K
(`bench/heldout_k`, key `heldout_k`, held-out K until 2026-12-04, when the lead read the
aggregate shapes of its misses to choose the round's work), and validation L (`bench/heldout_l`,
key `heldout_l`, held-out L until 2026-12-04, when the lead read its misses to choose the
round's work), and validation M (`bench/heldout_m`, key `heldout_m`, held-out M until
2026-12-05, when the lead read its misses to choose the round's work), and validation N
(`bench/heldout_n`, key `heldout_n`, held-out N until 2026-12-05, when the lead read its misses
to choose the round's work), and validation O (`bench/heldout_o`, key `heldout_o`, held-out O
until the morning of 2026-12-05, when the lead read its misses to choose the round's work),
and validation P (`bench/heldout_p`, key `heldout_p`, held-out P until 06:15 UTC on
2026-12-05, when the lead read its misses to choose the round's work), and validation Q
(`bench/heldout_q`, key `heldout_q`, held-out Q until 09:15 UTC on 2026-12-05, when the lead
read its misses to choose the round's work), and validation R (`bench/heldout_r`, key
`heldout_r`, held-out R until 11:45 UTC on 2026-12-05, when the lead read its misses to choose
the round's work), and validation S (`bench/heldout_s`, key `heldout_s`, held-out S until
14:20 UTC on 2026-12-05, when the lead read its misses to choose the round's work), and
validation T (`bench/heldout_t`, key `heldout_t`, held-out T until 16:37 UTC on 2026-12-05,
when the lead read its misses to choose the round's work), and validation U (`bench/heldout_u`,
key `heldout_u`, held-out U until 19:07 UTC on 2026-12-05, when the lead read its misses to
choose the round's work), validation V (`bench/heldout_v`, key `heldout_v`, held-out V until
21:50 UTC on 2026-12-05, when the lead read its misses to choose the round's work),
validation W (`bench/heldout_w`, key `heldout_w`, held-out W until 00:40 UTC on 2026-12-06, when
the lead read its misses to choose the round's work), validation X (`bench/heldout_x`, key
`heldout_x`, held-out X until 03:30 UTC on 2026-12-06, when the lead read its misses to choose
the round's work), validation Y (`bench/heldout_y`, key `heldout_y`, held-out Y until 07:27
UTC on 2026-12-06, when the lead read its misses to choose the round's work), validation Z
(`bench/heldout_z`, key `heldout_z`, held-out Z until 10:24 UTC on 2026-12-06, when the lead
read its misses to choose the round's work), validation AA (`bench/heldout_aa`, key
`heldout_aa`, held-out AA until 13:20 UTC on 2026-12-06, when the lead read it), validation
AB (`bench/heldout_ab`, key `heldout_ab`, held-out AB until 15:47 UTC on 2026-12-06, when the
lead read it), validation AC (`bench/heldout_ac`, key `heldout_ac`, held-out AC until 18:33
UTC on 2026-12-06, when the lead read it), validation AD (`bench/heldout_ad`, key
`heldout_ad`, held-out AD until 21:09 UTC on 2026-12-06, when the lead read it), validation
AE (`bench/heldout_ae`, key `heldout_ae`, held-out AE until 23:44 UTC on 2026-12-06, when the
lead read it), validation AF (`bench/heldout_af`, key `heldout_af`, held-out AF until 02:24
UTC on 2026-12-07, when the lead read it), validation AG (`bench/heldout_ag`, key
`heldout_ag`, held-out AG until 04:41 UTC on 2026-12-07, when the lead read it), validation
AH (`bench/heldout_ah`, key `heldout_ah`, held-out AH until 07:08 UTC on 2026-12-07, when the
lead read it), validation AI (`bench/heldout_ai`, key `heldout_ai`, held-out AI until 09:48
UTC on 2026-12-07, when the lead read it), validation AJ (`bench/heldout_aj`, key
`heldout_aj`, held-out AJ until 12:27 UTC on 2026-12-07, when the lead read it), validation
AK (`bench/heldout_ak`, key `heldout_ak`, held-out AK until 14:48 UTC on 2026-12-07, when the
lead read it), validation AL (`bench/heldout_al`, key `heldout_al`, held-out AL until 17:23
UTC on 2026-12-07, when the lead read it), validation AM (`bench/heldout_am`, key
`heldout_am`, held-out AM until 19:53 UTC on 2026-12-07, when the lead read it), and
validation AN (`bench/heldout_an`, key `heldout_an`, held-out AN until 22:32 UTC on
2026-12-07, when the lead read it). Held-out AO is `bench/heldout_ao` (written apart from all
the others on typed conversations between crowd workers booking rides, tables, rooms and
appointments in STAR (MIT), in field notes of a study of clubhouse trip desks, and sentences
written for it nobody here wrote and no other set uses, never read or tuned on by anyone who
works on the rules: the held-out figures Casebook reports). Real
nursing notes published with their gold PHI spans (`bench/physionet_deid`, the PhysioNet deid
gold standard) are a second held-out set, the only one nobody here wrote. All of them are
scored by
`bench/scoring.py`, and Casebook's `Redactor` and scrubadub's default detectors are timed on
the same texts. `bench/redaction_report.py` turns the results into lines of
docs/benchmarks.md.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any

from bench import (
    heldout_aa,
    heldout_ab,
    heldout_ac,
    heldout_ad,
    heldout_ae,
    heldout_af,
    heldout_ag,
    heldout_ah,
    heldout_ai,
    heldout_aj,
    heldout_ak,
    heldout_al,
    heldout_am,
    heldout_an,
    heldout_ao,
    heldout_b,
    heldout_c,
    heldout_g,
    heldout_h,
    heldout_i,
    heldout_j,
    heldout_k,
    heldout_l,
    heldout_m,
    heldout_n,
    heldout_o,
    heldout_p,
    heldout_q,
    heldout_r,
    heldout_s,
    heldout_t,
    heldout_u,
    heldout_v,
    heldout_w,
    heldout_x,
    heldout_y,
    heldout_z,
    physionet_deid,
    validation_d,
    validation_e,
    validation_f,
)
from bench.heldout import DENSE, REALISTIC, SEED, generate_heldout
from bench.measure import (
    _best_time,
    first_bytes,
    registry_filth_items,
    scrubadub_with_registry,
)
from bench.scoring import score


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _spans(clean: Callable[[str], Any], texts: Sequence[str]) -> list[list[tuple]]:
    return [[(s.start, s.end, s.kind, s.tag) for s in clean(t)] for t in texts]


def _scrub_spans(scrubber: Any, texts: Sequence[str]) -> list[list[tuple]]:
    return [[(f.beg, f.end, str(f.type)) for f in scrubber.iter_filth(t)] for t in texts]


def _tools(corpus: Any, scrubadub: Any, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Casebook and scrubadub on `corpus`; `options` are the study's redaction settings a
    set stands for (`REDACTOR_OPTIONS` of its module: month first for US notes)."""
    from casebook.deid.redactor import Redactor

    mb = corpus.size_bytes / 1e6
    redactor = Redactor(corpus.registry, **(options or {}))
    texts = corpus.texts
    out: dict[str, Any] = {
        "corpus_mb": mb,
        "cells": len(texts),
        "planted": len(corpus.planted),
        "ordinary": len(corpus.ordinary),
        "casebook": {
            "mb_s": mb / _best_time(redactor.redact, texts, 3),
            "quality": score(corpus, _spans(redactor.spans, texts)),
        },
    }
    if scrubadub is not None:
        scrubber = scrubadub.Scrubber()
        scrubber.clean(texts[0])  # warm up: its detectors load data on first use
        out["scrubadub"] = {
            "mb_s": mb / _best_time(scrubber.clean, texts, 2),
            "quality": score(corpus, _scrub_spans(scrubber, texts)),
        }
    return out


def _speed_only(corpus: Any, scrubadub: Any) -> dict[str, Any]:
    from casebook.deid.redactor import Redactor

    mb = corpus.size_bytes / 1e6
    redactor = Redactor(corpus.registry)
    out = {"corpus_mb": mb, "planted": len(corpus.planted)}
    out["casebook_mb_s"] = mb / _best_time(redactor.redact, corpus.texts, 3)
    if scrubadub is not None:
        scrubber = scrubadub.Scrubber()
        scrubber.clean(corpus.texts[0])
        out["scrubadub_mb_s"] = mb / _best_time(scrubber.clean, corpus.texts, 2)
    return out


def figure_redaction(size: int, names_size: int, seed: int) -> dict[str, Any]:
    import tests.deid_corpus as cm

    try:
        import scrubadub  # type: ignore[import-not-found]
    except ImportError:
        log("  scrubadub is not installed (pip install -e '.[bench]'): no comparison")
        scrubadub = None
    result: dict[str, Any] = {}
    if scrubadub is not None:
        result["scrubadub_version"] = scrubadub.__version__
    dev = cm.generate_corpus(seed, size, density=1.0)
    log(f"figure 1: redaction, development set {dev.size_bytes / 1e6:.1f} MB")
    result["dev"] = {"seed": seed, "density": 1.0, **_tools(dev, scrubadub)}
    if scrubadub is not None:
        result["dev"]["scrubadub_names"] = _scrubadub_names(cm, dev, names_size, scrubadub)
    held = generate_heldout(SEED, size, per_kb=REALISTIC)
    log(f"figure 1: redaction, held-out set {held.size_bytes / 1e6:.1f} MB (seed {SEED})")
    result["heldout"] = {"seed": SEED, "per_kb": REALISTIC, **_tools(held, scrubadub)}
    dense = generate_heldout(SEED + 1, size, per_kb=DENSE)
    log(f"figure 1: redaction speed, dense held-out set {dense.size_bytes / 1e6:.1f} MB")
    result["heldout_dense"] = {"seed": SEED + 1, "per_kb": DENSE, **_speed_only(dense, scrubadub)}
    for key, label, generate, module in (
        ("heldout_b", "validation B", heldout_b.generate_heldout_b, heldout_b),
        ("validation_d", "validation D", validation_d.generate_validation_d, validation_d),
        ("validation_e", "validation E", validation_e.generate_validation_e, validation_e),
        ("heldout_c", "validation C", heldout_c.generate_heldout_c, heldout_c),
        ("heldout_f", "validation F", validation_f.generate_validation_f, validation_f),
        ("heldout_g", "validation G", heldout_g.generate_heldout_g, heldout_g),
        ("heldout_h", "validation H", heldout_h.generate_heldout_h, heldout_h),
        ("heldout_i", "validation I", heldout_i.generate_heldout_i, heldout_i),
        ("heldout_j", "validation J", heldout_j.generate_heldout_j, heldout_j),
        ("heldout_k", "validation K", heldout_k.generate_heldout_k, heldout_k),
        ("heldout_l", "validation L", heldout_l.generate_heldout_l, heldout_l),
        ("heldout_m", "validation M", heldout_m.generate_heldout_m, heldout_m),
        ("heldout_n", "validation N", heldout_n.generate_heldout_n, heldout_n),
        ("heldout_o", "validation O", heldout_o.generate_heldout_o, heldout_o),
        ("heldout_p", "validation P", heldout_p.generate_heldout_p, heldout_p),
        ("heldout_q", "validation Q", heldout_q.generate_heldout_q, heldout_q),
        ("heldout_r", "validation R", heldout_r.generate_heldout_r, heldout_r),
        ("heldout_s", "validation S", heldout_s.generate_heldout_s, heldout_s),
        ("heldout_t", "validation T", heldout_t.generate_heldout_t, heldout_t),
        ("heldout_u", "validation U", heldout_u.generate_heldout_u, heldout_u),
        ("heldout_v", "validation V", heldout_v.generate_heldout_v, heldout_v),
        ("heldout_w", "validation W", heldout_w.generate_heldout_w, heldout_w),
        ("heldout_x", "validation X", heldout_x.generate_heldout_x, heldout_x),
        ("heldout_y", "validation Y", heldout_y.generate_heldout_y, heldout_y),
        ("heldout_z", "validation Z", heldout_z.generate_heldout_z, heldout_z),
        ("heldout_aa", "validation AA", heldout_aa.generate_heldout_aa, heldout_aa),
        ("heldout_ab", "validation AB", heldout_ab.generate_heldout_ab, heldout_ab),
        ("heldout_ac", "validation AC", heldout_ac.generate_heldout_ac, heldout_ac),
        ("heldout_ad", "validation AD", heldout_ad.generate_heldout_ad, heldout_ad),
        ("heldout_ae", "validation AE", heldout_ae.generate_heldout_ae, heldout_ae),
        ("heldout_af", "validation AF", heldout_af.generate_heldout_af, heldout_af),
        ("heldout_ag", "validation AG", heldout_ag.generate_heldout_ag, heldout_ag),
        ("heldout_ah", "validation AH", heldout_ah.generate_heldout_ah, heldout_ah),
        ("heldout_ai", "validation AI", heldout_ai.generate_heldout_ai, heldout_ai),
        ("heldout_aj", "validation AJ", heldout_aj.generate_heldout_aj, heldout_aj),
        ("heldout_ak", "validation AK", heldout_ak.generate_heldout_ak, heldout_ak),
        ("heldout_al", "validation AL", heldout_al.generate_heldout_al, heldout_al),
        ("heldout_am", "validation AM", heldout_am.generate_heldout_am, heldout_am),
        ("heldout_an", "validation AN", heldout_an.generate_heldout_an, heldout_an),
        ("heldout_ao", "held-out AO", heldout_ao.generate_heldout_ao, heldout_ao),
        (
            "physionet_deid",
            "real nursing notes (PhysioNet deid)",
            physionet_deid.for_figure,
            physionet_deid,
        ),
    ):  # saved results keep their keys: C and F to AN were held out
        corpus = generate(module.SEED, size, per_kb=module.REALISTIC)
        log(f"figure 1: redaction, {label} {corpus.size_bytes / 1e6:.1f} MB (seed {module.SEED})")
        options = getattr(module, "REDACTOR_OPTIONS", None)
        result[key] = {
            "seed": module.SEED,
            "per_kb": module.REALISTIC,
            **_tools(corpus, scrubadub, options),
        }
    real = physionet_deid.for_figure(None, size, physionet_deid.REALISTIC)
    result["physionet_deid"]["by_case"] = physionet_deid.casebook_by_case(real)
    return result


def _scrubadub_names(cm: Any, corpus: Any, names_size: int, scrubadub: Any) -> dict[str, Any]:
    """scrubadub fed the same registry, on the first `names_size` bytes (it is slow)."""
    from casebook.deid.redactor import Redactor

    items = registry_filth_items(corpus.registry_people)
    named = scrubadub_with_registry(scrubadub, items)
    subset, total = first_bytes(corpus.texts, names_size)
    sub = cm.Corpus(
        subset,
        corpus.registry_people,
        [p for p in corpus.planted if p.text < len(subset)],
        [o for o in corpus.ordinary if o.text < len(subset)],
    )
    redactor = Redactor(corpus.registry)
    return {
        "mb_s": total / 1e6 / _best_time(named.clean, subset, 1),
        "corpus_mb": total / 1e6,
        "items": len(items),
        "casebook_mb_s_same_texts": total / 1e6 / _best_time(redactor.redact, subset, 3),
        "quality": score(sub, _scrub_spans(named, subset)),
    }
