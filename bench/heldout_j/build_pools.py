"""Regenerate held-out J's value pools (data/names.tsv, phones.tsv, addresses.tsv,
internet.tsv) from @faker-js/faker 10.6.0 (MIT), pinned in build/package.json, and the
given and family names of the countries faker-js does not write in Latin script from
sigpwned/popular-names-by-country-dataset (CC0 1.0, romanised names from Wikipedia's lists):

    cd bench/heldout_j/build && npm install && cd - &&
    python -m bench.heldout_j.build_pools /path/to/popular-names-by-country-dataset

Node runs once here (build/draw.mjs); the pools are shipped, so generating the set never
needs node. Phone numbers are kept only when `phonenumbers` calls them possible for the
locale's region; Ukrainian and Russian names are romanised (Ukraine's 2010 national table,
a plain table for Russian) as a Nordic register would write them.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import phonenumbers

HERE = Path(__file__).parent
DATA = HERE / "data"
REGION = {"sv": "SE", "nb_NO": "NO", "da": "DK", "fi": "FI", "de": "DE", "de_AT": "AT",
          "de_CH": "CH", "en_GB": "GB", "en_US": "US", "en_CA": "CA", "en_AU": "AU",
          "en_IE": "IE", "en_IN": "IN", "en_NG": "NG", "pl": "PL", "tr": "TR", "hr": "HR",
          "sr_RS_latin": "RS", "uk": "UA", "fr": "FR", "fr_BE": "BE", "nl": "NL", "es": "ES",
          "it": "IT", "pt_BR": "BR", "pt_PT": "PT", "lv": "LV", "cs_CZ": "CZ", "ro": "RO",
          "hu": "HU", "el": "GR", "sk": "SK"}  # fmt: skip
_UK = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
               ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l",
                "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",
                "iu", "ia", ""], strict=True))  # fmt: skip
_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o",
                "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                "iu", "ia"], strict=True))  # fmt: skip


def romanise(word: str, table: dict[str, str]) -> str:
    out = []
    for ch in word:
        low = ch.lower()
        sub = table.get(low, ch)
        out.append(sub.capitalize() if ch != low else sub)
    return "".join(out)


# name group -> (countries whose given names it takes, countries whose family names it takes);
# with no family names listed, a father's given name serves, as Nordic registers write many
# Arabic, Persian and Afghan names.
CC0_GROUPS = {
    "cc0-arab": (("AE", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "SA", "TN"), ()),
    "cc0-iran": (("IR", "TJ"), ()),
    "cc0-bosnia": (("BA",), ("BA",)),
    "cc0-albania": (("AL",), ("AL", "XK")),
    "cc0-pakistan": (("PK", "BD"), ("BD",)),
}


def cc0_names(repo: Path) -> list[tuple[str, str, str]]:
    def rows(name: str) -> list[dict[str, str]]:
        out = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{name}"], check=True,
                             capture_output=True)  # fmt: skip
        return list(csv.DictReader(io.StringIO(out.stdout.decode("utf-8-sig"))))

    given = rows("common-forenames-by-country.csv")
    family = rows("common-surnames-by-country.csv")
    out = []
    for group, (countries, family_countries) in CC0_GROUPS.items():
        for row in given:
            if row["Country"] in countries:
                part = "female" if row["Gender"] == "F" else "male"
                out.append((group, part, row["Romanized Name"].strip()))
                if not family_countries and row["Gender"] == "M":
                    out.append((group, "last", row["Romanized Name"].strip()))
        for row in family:
            if row["Country"] in family_countries:
                out.append((group, "last", row["Romanized Name"].strip().title()))
    return out


def draw() -> dict:
    build = HERE / "build"
    if not (build / "node_modules").exists():
        subprocess.run(["npm", "install", "--no-audit", "--no-fund"], cwd=build, check=True)
    out = subprocess.run(["node", "draw.mjs"], cwd=build, check=True, capture_output=True)
    return json.loads(out.stdout)


def write(name: str, rows: list[tuple[str, ...]]) -> None:
    seen: set[tuple[str, ...]] = set()
    lines = []
    for row in rows:
        if row not in seen and all(row):
            seen.add(row)
            lines.append("\t".join(row))
    (DATA / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(lines)} rows", file=sys.stderr)


def main(cc0_repo: Path) -> None:
    pools = draw()
    names = []
    for loc, parts in pools["names"].items():
        table = {"uk": _UK, "ru": _RU}.get(loc)
        for part, values in parts.items():
            for value in values:
                value = romanise(value, table) if table else value
                if value.replace("-", "").replace(" ", "").replace("'", "").isalpha():
                    names.append((loc, part, value))
    names += [row for row in cc0_names(cc0_repo) if row[2].replace("-", "").isalpha()]
    write("names.tsv", names)
    phones = []
    for loc, values in pools["phones"].items():
        region = REGION[loc]
        for value in values:
            if " x" in value:  # an extension mark: keep the number only
                value = value.split(" x")[0]
            try:
                parsed = phonenumbers.parse(value, region)
            except phonenumbers.NumberParseException:
                continue
            home = phonenumbers.country_code_for_region(region)
            if parsed.country_code == home and phonenumbers.is_possible_number(parsed):
                phones.append((loc, region, value))
    write("phones.tsv", phones)
    addresses = [
        (loc, a["street"], a["number"], a["secondary"], a["zip"], a["city"])
        for loc, values in pools["addresses"].items()
        for a in values
    ]
    write("addresses.tsv", addresses)
    internet = [
        (loc, field, value)
        for loc, fields in pools["internet"].items()
        for field, values in fields.items()
        for value in values
        if not value.endswith(("example.org", "example.com", "example.net"))
    ]
    write("internet.tsv", internet)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
