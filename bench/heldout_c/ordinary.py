"""Words that are also names, used as words, and how held-out C records them.

`sentence(rng, lang)` gives a sentence of a note that uses one of the homograph given names as
an ordinary word ("Inga nya biverkningar.", "Rose early and went out."), often at the start of
the sentence where a capital makes it look like a name. `ordinary_uses` then records every
such use in a finished note: each whole-word occurrence, outside the planted spans, of a
homograph given name or of any one-word form of a registered person's name (a surname that is
also a word counts too). Form: "homograph/initial|inner/<word>".
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

from tests.deid_corpus import Ordinary

SV = (
    "Inga konstigheter i samtalet.",
    "Inga nya biverkningar rapporterade.",
    "Hon har inga planer på att flytta just nu.",
    "Det fanns inga pengar kvar i slutet av mån.",
    "Per telefon gick det bättre än väntat.",
    "Två samtal per vecka känns rimligt, tycker hon.",
    "Per dag blir det max tio cigg enl. honom själv.",
    "Max två koppar kaffe efter lunch, har vi sagt.",
    "Hon orkar max en timme i taget.",
    "Dag tre efter utskrivningen ringde hon själv.",
    "Sömnen är sämre, dag som natt.",
    "Sten i njuren uteslöts på akuten.",
    "Han säger att det ligger en sten i magen hela tiden.",
    "Bo kvar i lägenheten vill hon till varje pris.",
    "Han vill inte bo själv igen.",
    "Målet är att bo i eget boende inom ett år.",
    "Stig in, sa hon när vi knackade.",
    "Vi gick en stig bakom huset under samtalet.",
    "Hon smörjer händerna med aloe vera.",
    "Han satt på bar mark utanför entrén när vi kom.",
    "Hon brukar sky folksamlingar.",
    "Inga synpunkter från nätverket.",
    "Inga tecken på suicidalitet idag.",
    "En dag i taget, säger hon.",
    "Per capita-bidraget diskuterades kort.",
    "Max antal deltagare i gruppen är åtta.",
    "Han sover som en björn i ide, säger mamman.",
    "Mötet varade en timme, inga avbrott.",
    "Inga läkemedel vid behov senaste veckan.",
    "Ska bo hos sin syster över helgen.",
)
EN = (
    "May I add something, she asked.",
    "She may need a higher dose.",
    "It may be too early to say.",
    "Will call back tomorrow.",
    "He said he will try.",
    "Her will to get better is obvious.",
    "Mark the next meeting in the calendar, she told him.",
    "There was a mark on her arm she did not want to talk about.",
    "Rose early and went for a walk, she says.",
    "Her anxiety rose during the meeting.",
    "Bill payments are still a worry.",
    "The phone bill is overdue again.",
    "Hope is what keeps her going, she said.",
    "I hope this is useful, he wrote.",
    "She would love to go back to the choir.",
    "Love is a big word for it, he said.",
    "Said she felt calmer after the weekend.",
    "Said nothing about the voices this time.",
    "He said nothing more about it.",
    "Per week she manages two outings.",
    "Max two visits a day, the ward says.",
    "The max dose has been reached.",
    "The headphone jack on her phone is broken, so no music.",
    "Grace period for the rent ends on Friday.",
    "She handled the question with grace.",
    "Dawn is the worst time, she says.",
    "He wakes before dawn most days.",
    "Amber light on the smoke alarm again.",
    "The sky was grey all week and so was her mood.",
    "Iris and pupils normal.",
    "Will need a new referral.",
    "May need support with the forms.",
    "Said he would think about it.",
    "Hope to see some change by the next wave.",
)
WORD = re.compile(r"[^\W\d_]+")
HOMOGRAPH_WORDS = frozenset(
    "love may mark per rose bill will hope inga iris said dag sten björn ulf vera stig bo eva "
    "max noah jack grace dawn amber sky".split()
)
PARTICLES = frozenset("von af de la van der den bin al le du da di del zu ten ter".split())


def sentence(rng: random.Random, lang: str) -> str:
    return rng.choice(SV if lang == "sv" else EN)


def name_words(forms: Iterable[str]) -> frozenset[str]:
    """The one-word forms (lower case) a registry-driven redactor might remove, particles aside."""
    words = {f.lower() for f in forms if " " not in f and "-" not in f and len(f) >= 2}
    return frozenset((words | HOMOGRAPH_WORDS) - PARTICLES)


def initial(text: str, start: int) -> bool:
    """At the start of the text, a line (a bullet's dash aside) or a sentence."""
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j >= 0 and text[j] in "-*•" and (j == 0 or text[j - 1] in "\n "):
        j -= 1
        while j >= 0 and text[j] in " \t":
            j -= 1
    return j < 0 or text[j] in ".!?\n"


def ordinary_uses(index: int, text: str, spans: list[tuple[int, int]],
                  words: frozenset[str]) -> list[Ordinary]:  # fmt: skip
    out = []
    for m in WORD.finditer(text):
        low = m.group().lower()
        if low not in words or any(s < m.end() and m.start() < e for s, e in spans):
            continue
        where = "initial" if initial(text, m.start()) else "inner"
        out.append(Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}/{low}"))
    return out
