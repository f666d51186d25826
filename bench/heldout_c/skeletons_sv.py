"""Swedish paragraph skeletons of held-out C (the language is described in `fill`).

Written for this set as case notes, observation records of resource-group meetings,
interview notes and pasted e-mails read: several sentences on one topic, pronouns, reported
speech, corrections and hedges, clinical abbreviations and English terms. Each entry is
(genres, skeleton); "any" fits every genre. Kept in three modules, joined here in a fixed
order: the order is part of what a seed generates.
"""

from __future__ import annotations

from bench.heldout_c import skeletons_sv_case, skeletons_sv_meetings, skeletons_sv_more

PARAS: tuple[tuple[str, str], ...] = (
    skeletons_sv_case.PARAS + skeletons_sv_meetings.PARAS + skeletons_sv_more.PARAS
)
