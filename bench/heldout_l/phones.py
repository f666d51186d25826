"""Phone numbers of seventeen countries, from a reading of each national numbering plan.

Each plan gives the trunk prefix, the country code, number ranges (mobile and fixed) and how
people group the digits. Numbers are drawn from the ranges and kept only when `phonenumbers`
says they are valid for that country (it checks; its example numbers are never used).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers


@dataclass(frozen=True)
class Plan:
    region: str
    cc: str
    trunk: str  # "0", or "" where numbers are dialled without one
    # (leading digits after the trunk, digits that follow, how the digits after the trunk group)
    ranges: tuple[tuple[str, int, tuple[int, ...]], ...]


PLANS = {
    "SE": Plan(
        "SE",
        "46",
        "0",
        (
            ("70", 7, (2, 3, 2, 2)),
            ("72", 7, (2, 3, 2, 2)),
            ("73", 7, (2, 3, 2, 2)),
            ("76", 7, (2, 3, 2, 2)),
            ("79", 7, (2, 3, 2, 2)),
            ("8", 7, (1, 3, 2, 2)),
            ("31", 6, (2, 2, 2, 2)),
            ("18", 6, (2, 2, 2, 2)),
            ("40", 6, (2, 2, 2, 2)),
            ("90", 6, (2, 2, 2, 2)),
        ),
    ),
    "NO": Plan(
        "NO",
        "47",
        "",
        (("4", 7, (3, 2, 3)), ("9", 7, (3, 2, 3)), ("2", 7, (2, 2, 2, 2)), ("5", 7, (2, 2, 2, 2))),
    ),
    "DK": Plan("DK", "45", "", tuple((d, 7, (2, 2, 2, 2)) for d in "23468")),
    "FI": Plan(
        "FI",
        "358",
        "0",
        (
            ("40", 7, (2, 3, 4)),
            ("41", 7, (2, 3, 4)),
            ("44", 7, (2, 3, 4)),
            ("45", 7, (2, 3, 4)),
            ("50", 7, (2, 3, 4)),
            ("9", 7, (1, 3, 4)),
            ("2", 7, (1, 3, 4)),
            ("3", 7, (1, 3, 4)),
        ),
    ),
    "GB": Plan(
        "GB",
        "44",
        "0",
        (
            ("77", 8, (4, 6)),
            ("78", 8, (4, 6)),
            ("75", 8, (4, 6)),
            ("20", 8, (2, 4, 4)),
            ("113", 7, (3, 3, 4)),
            ("161", 7, (3, 3, 4)),
        ),
    ),
    "DE": Plan(
        "DE",
        "49",
        "0",
        (
            ("151", 8, (3, 8)),
            ("160", 7, (3, 7)),
            ("170", 7, (3, 7)),
            ("176", 8, (3, 8)),
            ("30", 8, (2, 8)),
            ("40", 8, (2, 8)),
            ("89", 8, (2, 8)),
        ),
    ),
    "PL": Plan(
        "PL",
        "48",
        "",
        tuple((d, 7, (3, 3, 3)) for d in ("50", "51", "60", "69", "72", "79", "88"))
        + (("22", 7, (2, 3, 2, 2)), ("12", 7, (2, 3, 2, 2))),
    ),
    "US": Plan(
        "US", "1", "", tuple((a, 7, (3, 3, 4)) for a in ("212", "312", "617", "415", "206", "718"))
    ),
    "FR": Plan("FR", "33", "0", tuple((d, 8, (1, 2, 2, 2, 2)) for d in "6714")),
    "NL": Plan("NL", "31", "0", (("6", 8, (1, 8)), ("20", 7, (2, 3, 4)), ("10", 7, (2, 3, 4)))),
    "TR": Plan(
        "TR",
        "90",
        "0",
        (
            ("53", 8, (3, 3, 2, 2)),
            ("54", 8, (3, 3, 2, 2)),
            ("55", 8, (3, 3, 2, 2)),
            ("212", 7, (3, 3, 2, 2)),
        ),
    ),
    "SO": Plan("SO", "252", "0", (("61", 7, (2, 7)), ("90", 7, (2, 3, 4)))),
    "IQ": Plan("IQ", "964", "0", tuple((d, 7, (3, 3, 4)) for d in ("770", "750", "780"))),
    "IR": Plan(
        "IR", "98", "0", (("912", 7, (3, 3, 4)), ("935", 7, (3, 3, 4)), ("21", 8, (2, 4, 4)))
    ),
    "UA": Plan("UA", "380", "0", tuple((d, 7, (2, 3, 2, 2)) for d in ("67", "50", "93", "44"))),
    "EE": Plan("EE", "372", "", (("5", 7, (4, 4)), ("6", 6, (3, 4)))),
    "IS": Plan("IS", "354", "", tuple((d, 6, (3, 4)) for d in "685")),
}


def _group(digits: str, groups: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for n in groups:
        out.append(digits[i : i + n])
        i += n
    if i < len(digits):
        out[-1] += digits[i:]
    return sep.join(p for p in out if p)


def draw(rng: random.Random, region: str) -> tuple[str, tuple[int, ...]]:
    """A valid national significant number of the region (digits after the trunk prefix)."""
    plan = PLANS[region]
    for _ in range(200):
        lead, rest, groups = rng.choice(plan.ranges)
        nsn = lead + "".join(str(rng.randint(0, 9)) for _ in range(rest))
        if region == "US" and nsn[3] in "01":
            continue
        number = phonenumbers.parse("+" + plan.cc + nsn)
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == region
        ):
            return nsn, groups
    raise ValueError(f"no valid number drawn for {region}")


def write(rng: random.Random, region: str, nsn: str, groups: tuple[int, ...]) -> tuple[str, str]:
    """The number as people write it: (written, shape)."""
    plan = PLANS[region]
    shape = rng.choice(
        (
            "national",
            "national",
            "national",
            "international",
            "international",
            "e164",
            "compact",
            "double-zero",
        )
    )
    if region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        shape = rng.choice(("paren", "dash", "dot", "international"))
        return {
            "paren": f"({a}) {b}-{c}",
            "dash": f"{a}-{b}-{c}",
            "dot": f"{a}.{b}.{c}",
            "international": f"+1 {a} {b} {c}",
        }[shape], shape
    if region == "FR" and shape == "national" and rng.random() < 0.5:
        return _group("0" + nsn, (2, 2, 2, 2, 2), "."), "dotted"
    if shape == "national":
        national = plan.trunk + nsn
        lead = len(plan.trunk)
        g = list(groups)
        g[0] += lead
        text = _group(national, tuple(g), " ")
        if region == "SE" and rng.random() < 0.6:  # "070-123 45 67", "08-123 45 67"
            first, _, tail = text.partition(" ")
            text = first + "-" + tail
        return text, shape
    if shape == "international":
        return f"+{plan.cc} " + _group(nsn, groups, " "), shape
    if shape == "e164":
        return f"+{plan.cc}{nsn}", shape
    if shape == "double-zero":
        return f"00{plan.cc} " + _group(nsn, groups, " "), shape
    return plan.trunk + nsn, shape
