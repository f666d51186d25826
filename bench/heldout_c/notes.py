"""One note of held-out C: a head, paragraphs on the case's topics and maybe a signature.

A note is in Swedish, English or both (a Swedish note with an English paragraph for a visiting
researcher, or the other way round); it names the people of one case, and one or two third
parties met in passing. Its pieces then go through `haste` (typed in a hurry, or not).
"""

from __future__ import annotations

import random
from functools import lru_cache

from bench.heldout_c import frames, skeletons_en, skeletons_sv
from bench.heldout_c.fill import Budget, Scene
from bench.heldout_c.mentions import Piece, third_party
from bench.heldout_c.pool import NamePool
from bench.heldout_c.skeleton import parse as parse_skeleton
from bench.heldout_c.skeleton import slots
from bench.heldout_c.study import Case

LANGUAGES = {"sv": 55, "en": 30, "blend": 15}
PARAS = {"sv": skeletons_sv.PARAS, "en": skeletons_en.PARAS}


@lru_cache(maxsize=512)
def _needs_second_other(skeleton: str) -> bool:
    bases = {s.split(".")[0].rstrip("!").removesuffix("'s").removesuffix("+rel")
             for s in slots(parse_skeleton(skeleton))}  # fmt: skip
    return "S2" in bases


def _fits(skeleton: str, case: Case) -> bool:
    return len(case.others) > 1 or not _needs_second_other(skeleton)


def write_note(rng: random.Random, case: Case, pool: NamePool, budget: Budget,
               taken: tuple[frozenset[str], frozenset[str]], size: int) -> list[Piece]:  # fmt: skip
    """About `size` bytes of one note on `case`. `taken`: registered words as written (which no
    third party may bear) and folded (which no misspelling may hit)."""
    words, folded = taken
    language = rng.choices(list(LANGUAGES), weights=list(LANGUAGES.values()))[0]
    main = "en" if language == "en" else "sv" if language == "sv" else rng.choice(("sv", "en"))
    genre = rng.choices(list(frames.GENRES), weights=list(frames.GENRES.values()))[0]
    thirds = {t: third_party(rng, pool.third_party(rng, words), main) for t in ("T", "T2")}
    scene = Scene(rng, main, case, budget, thirds, folded)
    head = rng.choice(frames.HEADS[(genre, main)])
    if head:
        scene.render(head)
        scene.emit("\n" if rng.random() < 0.6 else "\n\n")
    used: set[str] = set()
    start = budget.bytes
    while budget.bytes - start < size:
        lang = main
        if language == "blend" and used and rng.random() < 0.4:
            lang = "en" if main == "sv" else "sv"
        scene.lang = lang
        options = [text for genres, text in PARAS[lang]
                   if (genre in genres.split() or "any" in genres.split())
                   and text not in used and _fits(text, case)]  # fmt: skip
        if not options:
            break
        text = rng.choice(options)
        used.add(text)
        if len(used) > 1:
            scene.emit(rng.choice(("\n\n", "\n\n", "\n", " ")))
        scene.render(text)
    scene.lang = main
    tail = rng.choice(frames.TAILS[main])
    if tail and ("{" not in tail or budget.wants(rng)):  # a signature names its writer
        scene.emit("\n")
        scene.sign = True
        scene.render(tail)
    return scene.pieces
