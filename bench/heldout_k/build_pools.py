"""Build `data/names.tsv` of held-out K from national offices' name statistics (build time).

    python -m bench.heldout_k.build_pools MIRRORS

The given names and family names are those the npm package full-name-generator 1.0.0 ships
(github.com/ozdemirburak/full-name-generator, read at COMMIT from MIRRORS, laid out as
`owner+name/repo`): each file is the top list of one national statistics office (Statistics
Sweden, Statistics Norway, Statistics Denmark, Finland's DVV, the ONS and National Records of
Scotland, Ireland's CSO, Statistics Iceland, Poland's PESEL register, Turkey's TÜİK, Latvia's
PMLP), under that office's licence (README.md). A row is `country, part, gender, name, rank`;
rank 0 is the most frequent. Its code is not used: only the lists.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = "ozdemirburak/full-name-generator"
COMMIT = "1153b470164c0b834d636a2c226118c355eb40d5"
# country code of the package -> (licence, office), as each file's header states.
COUNTRIES = {
    "se": ("CC BY 4.0", "Statistics Sweden (SCB)"),
    "no": ("NLOD 2.0", "Statistics Norway (SSB)"),
    "dk": ("CC BY 4.0", "Statistics Denmark"),
    "fi": ("CC BY 4.0", "Finland's DVV"),
    "gb": ("OGL 3.0", "ONS (given) and National Records of Scotland (family)"),
    "ie": ("CC BY 4.0", "Central Statistics Office Ireland"),
    "is": ("CC BY 4.0", "Statistics Iceland"),
    "pl": ("CC0 1.0", "Poland's PESEL register (dane.gov.pl)"),
    "tr": ("attribution", "TÜİK"),
    "lv": ("attribution", "Latvia's PMLP (stat.gov.lv)"),
}


def _read(mirrors: Path, path: str) -> str:
    git_dir = mirrors / REPO.replace("/", "+") / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{COMMIT}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _lists(source: str) -> dict[str, list[str]]:
    """The quoted names of each gender block (`0: [...]`, `1: [...]`), or of the one list."""
    body = re.sub(r"/\*.*?\*/", "", source, flags=re.S)
    blocks = re.findall(r"(\d+)\s*:\s*\[(.*?)\]", body, flags=re.S)
    if not blocks:
        blocks = [("-", body)]
    return {g: re.findall(r"'((?:[^'\\]|\\.)*)'|\"([^\"]*)\"", text) for g, text in blocks}


def read_pools(mirrors: Path) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for country in COUNTRIES:
        for part, folder in (("given", "names"), ("family", "surnames")):
            for gender, found in _lists(_read(mirrors, f"src/{folder}/{country}.ts")).items():
                seen: set[str] = set()
                for rank, pair in enumerate(found):
                    name = (pair[0] or pair[1]).replace("\\'", "'").strip()
                    if not name or name in seen or not re.fullmatch(r"[^\W\d_][\w' -]*", name):
                        continue
                    seen.add(name)
                    gender_key = {"0": "m", "1": "f"}.get(gender, "-")
                    rows.append((country, part, gender_key, name, str(rank)))
    return rows


# --- phone numbers drawn from libphonenumber's metadata ----------------------------------------

# The study's five countries and sixteen others where participants' relatives and helplines
# are, none of which the earlier sets' phone lists were built around (Iceland, the Baltic states,
# Poland, Turkey, Portugal, Greece, Czechia, Hungary, Romania, Iraq, Somalia, Eritrea, Vietnam,
# the Philippines).
PHONE_REGIONS = (
    "SE",
    "NO",
    "DK",
    "FI",
    "GB",
    "IS",
    "EE",
    "LT",
    "LV",
    "PL",
    "TR",
    "PT",
    "GR",
    "CZ",
    "HU",
    "RO",
    "IQ",
    "SO",
    "ER",
    "VN",
    "PH",
)
PHONES_PER_TYPE = 24


def _sample(pattern: str, rng: random.Random) -> str:
    """A random string the regular expression matches (digits only, as the metadata's are)."""
    import re._parser as sre_parse  # the standard library's parser of regular expressions

    def walk(items: list) -> str:
        out = []
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(arg))
            elif name == "IN":
                choices: list[str] = []
                for sub_op, sub_arg in arg:
                    if str(sub_op) == "LITERAL":
                        choices.append(chr(sub_arg))
                    elif str(sub_op) == "RANGE":
                        choices.extend(chr(c) for c in range(sub_arg[0], sub_arg[1] + 1))
                    elif str(sub_op) == "CATEGORY":
                        choices.extend("0123456789")
                out.append(rng.choice(choices))
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                low, high, sub = arg
                high = min(high, low + 3)
                out.extend(walk(sub) for _ in range(rng.randint(low, high)))
            elif name == "SUBPATTERN":
                out.append(walk(arg[-1]))
            elif name == "BRANCH":
                out.append(walk(rng.choice(arg[1])))
            elif name == "CATEGORY":
                out.append(rng.choice("0123456789"))
            else:
                raise ValueError(f"unexpected {name} in {pattern}")
        return "".join(out)

    return walk(list(sre_parse.parse(pattern)))


def read_phones(seed: int = 2411) -> list[tuple[str, str, str, str, str]]:
    """Rows `region, type, E.164, national, international`, each a valid number by phonenumbers."""
    import phonenumbers
    from phonenumbers import PhoneMetadata

    rng = random.Random(seed)
    rows = []
    for region in PHONE_REGIONS:
        meta = PhoneMetadata.metadata_for_region(region)
        for kind in ("mobile", "fixed_line"):
            desc = getattr(meta, kind)
            seen: set[str] = set()
            for _ in range(PHONES_PER_TYPE * 40):
                if len(seen) >= PHONES_PER_TYPE:
                    break
                national = _sample(desc.national_number_pattern, rng)
                if national in seen:
                    continue
                number = phonenumbers.parse(f"+{meta.country_code}{national}")
                if not phonenumbers.is_valid_number(number) or (
                    phonenumbers.region_code_for_number(number) != region
                ):
                    continue
                seen.add(national)
                fmt = phonenumbers.PhoneNumberFormat
                rows.append(
                    (
                        region,
                        kind,
                        phonenumbers.format_number(number, fmt.E164),
                        phonenumbers.format_number(number, fmt.NATIONAL),
                        phonenumbers.format_number(number, fmt.INTERNATIONAL),
                    )
                )
    return rows


def write_phones() -> None:
    rows = read_phones()
    with open(HERE / "data" / "phones.tsv", "w", encoding="utf-8", newline="") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} phone numbers", file=sys.stderr)


def main() -> None:
    rows = read_pools(Path(sys.argv[1]))
    with open(HERE / "data" / "names.tsv", "w", encoding="utf-8", newline="") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} names", file=sys.stderr)
    write_phones()


if __name__ == "__main__":
    main()
