"""The sentence templates of Microsoft's presidio-evaluator 0.3.2 (MIT), vendored unchanged in
`presidio_templates.txt`, as held-out G uses them.

Kept: every template whose slots map onto Casebook's kinds or onto ordinary text. Left out,
with the reason:
- slots for what Casebook does not promise to find and no Casebook note would hold: credit
  cards, IBANs, IP addresses, US driving licences, a ZIP code or postcode alone, US states;
  and the address blocks that spread a street, a flat, a town, a country and a postcode
  over lines (whether the country line is part of the address is a labelling choice the
  other sets never had to make);
- song reviews, film and news snippets and CV lines (bands, films, treaties: proper nouns that
  are no one's name and that no note about a resource group holds);
- the one line written with single braces ("{street_name}"), a slip in the file.
"{{building_number}} {{street_name}}" (with an optional " St."/" street") becomes one address
slot, `{{street_address}}`, and with ", {{city}}" after it `{{address}}` (street, number,
postcode and town): a street with its number is one identifier, with its town when written as
one address.
A street name before " St." or " street" is an English one ("Church St."), left in the text.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bench.heldout_g.compose import PLANTED_SLOTS

FILE = Path(__file__).with_name("presidio_templates.txt")
NOT_CASEBOOK = {"credit_card_number", "iban", "ip_address", "us_driver_license", "zipcode",
                "postcode", "secondary_address", "state_abbr"}  # fmt: skip
OFF_DOMAIN = ("song", "Song", "singing", "sing it", "concert", "musician", "Orchestra", "film",
              "novel", "Metallica", "Blink-182", "Zoolander", "Hobbit", "baroque", "CEO",
              "Treaty", "Border Force", "killer", "'kill", "killed", "microprocessor",
              "investment bank", "501(c)3", "Title VII", "Princess", "salesperson", "husbandry",
              "rock and roll", "liftoff", "Directed By", "design agency", "brainchild",
              "SELECT", "keynote", "Musicians", "bots", "Sir bot", "Bot:", "The true gender",
              "hungry children", "bridge is falling", "impulsive")  # fmt: skip
STREET = re.compile(r"\{\{building_number\}\} \{\{street_name\}\}(?: St\.| [Ss]treet)?")


@cache
def templates() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(templates that plant something, templates that plant nothing), in file order."""
    planting: list[str] = []
    plain: list[str] = []
    for line in FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or re.search(r"(?<!\{)\{\w+\}(?!\})", line):
            continue
        if any(word in line for word in OFF_DOMAIN) or "\ufffd" in line:
            continue
        text = line.replace("\\n", "\n").replace("\\,", ",")
        text = re.sub(STREET.pattern + r", \{\{city\}\}", "{{address}}", text)
        text = STREET.sub("{{street_address}}", text)
        text = re.sub(r"\{\{street_name\}\}(?= St\.| [Ss]treet)", "{{street_word}}", text)
        slots = set(re.findall(r"\{\{(\w+)\}\}", text))
        if slots & NOT_CASEBOOK or "building_number" in slots:
            continue
        (planting if slots & PLANTED_SLOTS else plain).append(text.strip())
    return tuple(planting), tuple(plain)
