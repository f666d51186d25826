"""Faker's identity numbers with "today" pinned, so that a generated set is the same text on
every day it is built.

Faker's `ssn()` of no_NO, fi_FI and et_EE subtracts a random age from `date.today()`, and
pl_PL's draws a moment between 1970 and now: a set that calls them writes other birth dates
(and check digits) after midnight UTC, and its figures move with the calendar. `ssn` below
makes the same draws from the same Faker instance in the same order, with today fixed at
`PINNED_TODAY` (2026-12-07, the day the baselines of held-out H and I were made, so their
text is what it was that day); every other locale's `ssn()` reads no date and is called as it
is.
"""

from __future__ import annotations

import datetime as dt

from faker import Faker
from faker.providers.ssn.et_EE import checksum as _et_checksum
from faker.providers.ssn.pl_PL import calculate_month as _pl_month
from faker.providers.ssn.pl_PL import checksum as _pl_checksum

PINNED_TODAY = dt.date(2026, 12, 7)
_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _born(f: Faker, youngest: int, oldest: int) -> dt.date:
    """A birthday `youngest` to `oldest` years before the pinned day (Faker's own draw)."""
    return PINNED_TODAY - dt.timedelta(days=f.random.randrange(youngest * 365, oldest * 365))


def _fi(f: Faker) -> str:
    born = _born(f, 0, 105)
    date = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
    suffix = str(f.random.randrange(2, 899)).zfill(3)
    century = {18: "+", 19: "-", 20: "A"}[born.year // 100]
    return f"{date}{century}{suffix}{_FI_CHECK[int(date + suffix) % 31]}"


def _et(f: Faker) -> str:
    born = _born(f, 16, 90)
    ik = f.random.choice(("3", "4")) if born.year < 2000 else f.random.choice(("5", "6"))
    ik += f"{born:%y%m%d}{f.random.randrange(999):03}"
    return ik + str(_et_checksum([int(ch) for ch in ik]))


def _pl(f: Faker) -> str:
    end = dt.datetime.combine(PINNED_TODAY, dt.time())
    born = f.date_time(end_datetime=end)
    digits = [*divmod(born.year % 100, 10), *divmod(_pl_month(born), 10), *divmod(born.day, 10)]
    digits += [f.random_digit() for _ in range(4)]
    return "".join(map(str, [*digits, _pl_checksum(digits)]))


def ssn(f: Faker, locale: str) -> str:
    """`f.ssn()` of `locale` as Faker writes it on `PINNED_TODAY`."""
    if locale == "no_NO":
        return f.ssn(dob=f"{_born(f, 18, 90):%Y%m%d}")
    if locale == "fi_FI":
        return _fi(f)
    if locale == "et_EE":
        return _et(f)
    if locale == "pl_PL":
        return _pl(f)
    return f.ssn()
