"""Profile handles: a person's name on a social platform, replaced as a link (`[url]`).

A handle finds its owner as surely as a profile link does. Two ways notes write one:

- with an "@" of its own, not inside an e-mail address ("showed us her page @lina_k",
  "(@maja.svensson)"): a handle when a platform word stands among the words before it, or
  when the handle could be no ordinary word (it holds a digit, "_" or ".", or is no word the
  dictionary knows). "@home", "@work" in shorthand stay;
- without the "@", right after a platform word ("kik: the_real_max", "snap är vlado_b",
  "insta: annaberg", "her page snapchat xlinax"): when the handle holds a digit, "_" or
  ".", or is no ordinary word and a colon introduces it, or it is written in lower case
  after a word naming a profile ("page", "profil", "konto").

The platform words are triggers of the name automaton (`patterns.TRIGGERS`), followed by a
colon or a space.
"""

from __future__ import annotations

import re

from casebook.deid import vocab

Found = tuple[int, int, str]

PLATFORMS = frozenset(
    """instagram insta ig snapchat snap kik tiktok twitter telegram threads discord youtube
    twitch facebook fb bluesky mastodon linkedin pinterest reddit""".split()
)
# "ig" and "fb" only with their colon: "ig " ends "mig", "sig", "viktig" everywhere.
TRIGGERS = {f"{p}{c}": "handle" for p in PLATFORMS for c in (":", " ") if len(p) > 2 or c == ":"}

_HANDLE = re.compile(r"[A-Za-z0-9_](?:[\w.]*[A-Za-z0-9_])?")
_CONSTRUCTED = re.compile(r"[\d_.]")
# Between a platform word and its handle: "kik: x", "snap är x", "insta is x", "tiktok: @x".
_LINK = re.compile(r"[ \u00a0]*(:?)[ \u00a0]*(?:(?:är|is|=|på|on)[ \u00a0]+)?(@?)")
_PLATFORM_BEFORE = re.compile(r"(?:[^\W\d_]+[^\w@\n]+){0,3}\Z")


def _ordinary(handle: str) -> bool:
    return handle.lower() in vocab.known_words()


def at_handle(text: str, low: str, at: int) -> Found | None:
    """A handle written with its "@" at `at` (no local part of an e-mail before it)."""
    if at and not (text[at - 1].isspace() or text[at - 1] in "(:[\"'“,"):
        return None
    match = _HANDLE.match(text, at + 1)
    if not match or match.end() - match.start() < 2:
        return None
    handle = match.group()
    if handle.isdigit():
        return None  # "@14:00", a time
    words = low[_PLATFORM_BEFORE.search(low, max(0, at - 40), at).start() : at]
    if not (PLATFORMS.isdisjoint(re.findall(r"[^\W\d_]+", words))):
        return at, match.end(), "url"
    if _CONSTRUCTED.search(handle) or not _ordinary(handle):
        return at, match.end(), "url"
    return None


_PROFILE = re.compile(
    r"(?<![^\W\d_])(?:page|profile|account|handle|username|user|sida|sidan|profil|profilen|"
    r"konto|kontot|heter|called|named)(?![^\W\d_])"
)


def _profile_before(low: str, start: int) -> bool:
    """Whether a word naming a profile stands among the few words before the platform word
    ("her page snapchat xlinax"), so that a lower-case word after it is its name, not a typo
    in the sentence ("a post on Instagram wjere")."""
    return _PROFILE.search(low, max(0, start - 30), start) is not None


def after_platform(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """A handle after a platform word ("kik: the_real_max"); the trigger is the word and the
    colon or space after it, at low[start:end]."""
    if start and low[start - 1].isalnum():
        return None
    link = _LINK.match(text, end - 1 if low[end - 1] == ":" else end)
    if link is None:
        return None
    colon = low[end - 1] == ":" or bool(link[1])
    match = _HANDLE.match(text, link.end())
    if not match or match.end() - match.start() < 3:
        return None
    handle = match.group()
    unknown = not _ordinary(handle) and (
        colon or (handle.islower() and len(handle) >= 4 and _profile_before(low, start))
    )
    if link[2] or _CONSTRUCTED.search(handle) or unknown:
        return match.start() - len(link[2]), match.end(), "url"
    return None
