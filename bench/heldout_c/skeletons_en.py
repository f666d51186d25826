"""English paragraph skeletons of held-out C (the language is described in `fill`).

Notes as an English-speaking observer or researcher in a Swedish service writes them: Swedish
institutions and benefits by their Swedish names, reported speech, corrections and hedges.
Each entry is (genres, skeleton); "any" fits every genre. Kept in two modules, joined here
in a fixed order: the order is part of what a seed generates.
"""

from __future__ import annotations

from bench.heldout_c import skeletons_en_first, skeletons_en_more

PARAS: tuple[tuple[str, str], ...] = skeletons_en_first.PARAS + skeletons_en_more.PARAS
