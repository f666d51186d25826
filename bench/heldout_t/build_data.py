"""Build held-out T's shipped data (`data/sentences.tsv`, `data/names.tsv`) from the public
repositories named below, as bare git directories under MIRRORS (`owner+name/repo`, the search
tool's fetch). Run once by whoever rebuilds the set; generating the set needs none of this.

    python -m bench.heldout_t.build_data [MIRRORS]     # default /work/.mirror

Sentences: FLORES-200's professionally translated devtest sentences, and the translated
interface and help texts of the Wikipedia Android app, the OpenStreetMap website, the iD map
editor and MediaWiki's GrowthExperiments extension (volunteers of translatewiki.net and
Transifex), each split into sentences and kept by `keep` (see the README). Names: the proper
nouns of Giellatekno's Bokmål analyser (given names by sex, family names, places), sorted into
languages by wordfreq and by endings; towns of Sweden and Britain from phonenumbers' geocoding
data. wordfreq is imported inside the functions that use it (a build step, not a dependency).
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from html import unescape
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
LANGS = ("sv", "en", "fi", "no", "da")
WF = {"sv": "sv", "en": "en", "fi": "fi", "no": "nb", "da": "da"}

FLORES = ("Helsinki-NLP/OPUS-MT-testsets", "ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180")
WIKIAPP = ("wikimedia/apps-android-wikipedia", "aa428fa31b6f9fac1129116cdae5a32e8774809b")
OSMWEB = ("openstreetmap/openstreetmap-website", "9da0fa5ecbff8adc5e6e91c7cf22546755a91f77")
IDEDIT = ("openstreetmap/iD", "5024feafe83db6b698098d65996cd272e894e60e")
GROWTH = (
    "wikimedia/mediawiki-extensions-GrowthExperiments",
    "f34777fe700664d47c48ed0dea42a75c15253462",
)
COMMONSAPP = ("commons-app/apps-android-commons", "c5d5b227caec6d45595d57202a3c38ac18ab2270")
# MediaWiki extensions whose messages volunteers translate on translatewiki.net (GPL-2.0+).
EXTENSIONS = {
    "growth": GROWTH,
    "visualeditor": (
        "wikimedia/mediawiki-extensions-VisualEditor",
        "58c1bcb5b5e43356f28809390ed3c8dcb9a47e5e",
    ),
    "contenttranslation": (
        "wikimedia/mediawiki-extensions-ContentTranslation",
        "2e942b789993ed643e7292f3b0247eb00720c48f",
    ),
    "echo": ("wikimedia/mediawiki-extensions-Echo", "b3765b154f1d01bc8930c87d7cc1befd733bd843"),
    "uploadwizard": (
        "wikimedia/mediawiki-extensions-UploadWizard",
        "d9d417473f8734cc1c78cd8f730dd876bf90d991",
    ),
    "discussiontools": (
        "wikimedia/mediawiki-extensions-DiscussionTools",
        "9bb0d6b247acf42290923d5519ab51b10e414485",
    ),
    "translate": (
        "wikimedia/mediawiki-extensions-Translate",
        "196526a8ce7c3764cedf3be0e3c09a73217d3665",
    ),
    "mobilefrontend": (
        "wikimedia/mediawiki-extensions-MobileFrontend",
        "0f0910f85fb7a8ee5f8733308200730951cebb86",
    ),
    "wikimediamessages": (
        "wikimedia/mediawiki-extensions-WikimediaMessages",
        "34386fe4c3da10962b3abdf0310e206be9fc3ce7",
    ),
    "wikibase": (
        "wikimedia/mediawiki-extensions-Wikibase",
        "3ffc6928d0f455472225716263081965bc1061ac",
    ),
    "pagetriage": (
        "wikimedia/mediawiki-extensions-PageTriage",
        "f387e9a8f518f449ccffd78bba5c8c5995fba664",
    ),
    "abusefilter": (
        "wikimedia/mediawiki-extensions-AbuseFilter",
        "5261a91124a0ad0428cb3ca705e05da0c3466388",
    ),
    "centralauth": (
        "wikimedia/mediawiki-extensions-CentralAuth",
        "89c06419de35fd82d8468fb1a93084366206bbb6",
    ),
    "flow": ("wikimedia/mediawiki-extensions-Flow", "d6d9ae456e26ef545f49aee050983883065d8b98"),
    "campaignevents": (
        "wikimedia/mediawiki-extensions-CampaignEvents",
        "8cee23927764445408a89542d7fe5048245d320e",
    ),
    "checkuser": (
        "wikimedia/mediawiki-extensions-CheckUser",
        "8a1e35aa0854dbca39798793d7dd521eb7da05db",
    ),
    "securepoll": (
        "wikimedia/mediawiki-extensions-SecurePoll",
        "c2933fd1faeead47404aa09be02fbad271ca5ecd",
    ),
    "proofreadpage": (
        "wikimedia/mediawiki-extensions-ProofreadPage",
        "a929fab058ae3bbd67f58cc7698d1a9a525e0a4a",
    ),
    "globalblocking": (
        "wikimedia/mediawiki-extensions-GlobalBlocking",
        "345a9aca4661d0bef9b4111a0aecde5d000bd096",
    ),
    "wikilambda": (
        "wikimedia/mediawiki-extensions-WikiLambda",
        "94d32714ff26b39e794841979a0b76dce23ad9ca",
    ),
    "reportincident": (
        "wikimedia/mediawiki-extensions-ReportIncident",
        "c3ca006adb440da146ad2f5f25a1e32860b3aeb7",
    ),
    "guidedtour": (
        "wikimedia/mediawiki-extensions-GuidedTour",
        "79c138811cd99e5e9d3b3c6f555e66b4bcca7d15",
    ),
    "communityconfiguration": (
        "wikimedia/mediawiki-extensions-CommunityConfiguration",
        "0b3fdb395d22a8f4525020ee93a6ee9bbb6f69f5",
    ),
    "twocolconflict": (
        "wikimedia/mediawiki-extensions-TwoColConflict",
        "d8e09f06ffdcb24bd3a24631293ae64d9621e1ac",
    ),
}
GIELLA = ("giellalt/lang-nob", "64bcdd08a3e8341f7c16539681894a4e63d4b7db")
TEXT_SOURCES = (FLORES, WIKIAPP, COMMONSAPP, OSMWEB, IDEDIT, *EXTENSIONS.values())
NAME_SOURCES = (GIELLA,)

FLORES_FILES = {
    "sv": ["swe_Latn"],
    "en": ["eng_Latn"],
    "fi": ["fin_Latn"],
    "no": ["nob_Latn", "nno_Latn"],
    "da": ["dan_Latn"],
}
WIKIAPP_FILES = {"sv": "values-sv", "en": "values", "fi": "values-fi", "no": "values-nb",
                 "da": "values-da"}  # fmt: skip
OSMWEB_FILES = {"sv": ["sv"], "en": ["en"], "fi": ["fi"], "no": ["nb", "nn"], "da": ["da"]}
IDEDIT_FILES = {"sv": ["sv"], "en": ["en-GB"], "fi": ["fi"], "no": ["no", "nb", "nn"],
                "da": ["da"]}  # fmt: skip
GROWTH_FILES = {"sv": ["sv"], "en": ["en"], "fi": ["fi"], "no": ["nb", "nn"], "da": ["da"]}

# Month and weekday names (and their short forms) of the five languages: a sentence naming one
# may hold a date of its own, which nobody planted.
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december jan feb mar apr jun jul aug sep sept okt nov dec måndag tisdag onsdag torsdag "
    "fredag lördag söndag jul midsommar påsk nyår",
    "en": "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday "
    "thursday friday saturday sunday christmas easter",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai "
    "sunnuntai joulu juhannus pääsiäinen",
    "no": "januar februar mars april mai juni juli august september oktober november desember "
    "jan feb mar apr jun jul aug sep sept okt nov des mandag tirsdag onsdag torsdag fredag "
    "lørdag søndag måndag tysdag laurdag sundag jul påske",
    "da": "januar februar marts april maj juni juli august september oktober november december "
    "jan feb mar apr jun jul aug sep sept okt nov dec mandag tirsdag onsdag torsdag fredag "
    "lørdag søndag jul påske",
}
# Finnish months inflect: any word that starts with a month's stem.
FI_MONTH_STEMS = ("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
                  "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu",
                  "maanantai", "tiistai", "keskiviiko", "torstai", "perjanta", "lauanta",
                  "sunnunta")  # fmt: skip
TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
PRONOUN_I = {"I", "I'm", "I've", "I'll", "I'd", "I’m", "I’ve", "I’ll", "I’d"}
DOMAIN = re.compile(r"\w\.(?:com|org|net|se|no|dk|fi|uk|io|de|eu|nu)\b|www|https?:", re.I)
# Brands, products and sites that may be typed in lower case.
BRANDS = {"wikipedia", "wikimedia", "wikidata", "openstreetmap", "osm", "google", "android",
          "facebook", "twitter", "commons", "wikibooks", "wiktionary", "mapillary", "bing",
          "apple", "microsoft", "youtube", "instagram", "josm", "potlatch", "id", "github",
          "mediawiki", "wiki", "wikis", "esri", "gps", "nasa", "covid", "ebola", "isis",
          "nato", "fifa", "ikea", "spotify", "netflix", "iphone", "ipad", "linux", "windows",
          "firefox", "chrome", "tiktok", "snapchat"}  # fmt: skip
# Given names that are also words of their language: registered on purpose, and so the only
# names a kept sentence may open with ("Dag för dag", "Will you").
WORD_NAMES = {
    "sv": ("Björn", "Sten", "Dag", "Vilja", "Per", "Ros"),
    "no": ("Liv", "Sol", "Dag", "Stein", "Bjørn", "Ask"),
    "da": ("Bo", "Sol", "Lærke", "Storm", "Dag", "Ulla"),
    "fi": ("Onni", "Toivo", "Usko", "Tuuli", "Satu", "Lumi"),
    "en": ("Will", "May", "Hope", "Grace", "Mark", "Joy"),
}
SCANDI = ("sv", "no", "da")


def git_show(mirrors: Path, repo: tuple[str, str], path: str) -> str:
    name, commit = repo
    directory = mirrors / name.replace("/", "+") / "repo"
    out = subprocess.run(
        ["git", "-C", str(directory), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    )
    return out.stdout.decode("utf-8")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def android_strings(xml: str) -> list[str]:
    out = []
    for m in re.finditer(r"<(string|item)\b[^>]*>(.*?)</\1>", xml, re.S):
        text = m.group(2)
        if "<" in text or "CDATA" in text:
            continue
        text = text.replace("\\'", "'").replace('\\"', '"').replace("\\n", "\n")
        out.append(unescape(text))
    return out


def texts(mirrors: Path) -> dict[tuple[str, str], list[str]]:
    """Raw strings per (language, source)."""
    import yaml

    got: dict[tuple[str, str], list[str]] = defaultdict(list)
    for lang in LANGS:
        for code in FLORES_FILES[lang]:
            path = f"datasets/facebook/flores/flores200_dataset/devtest/{code}.devtest"
            got[(lang, "flores")] += git_show(mirrors, FLORES, path).splitlines()
        path = f"app/src/main/res/{WIKIAPP_FILES[lang]}/strings.xml"
        got[(lang, "wikiapp")] += android_strings(git_show(mirrors, WIKIAPP, path))
        got[(lang, "commonsapp")] += android_strings(git_show(mirrors, COMMONSAPP, path))
        for code in OSMWEB_FILES[lang]:
            data = yaml.safe_load(git_show(mirrors, OSMWEB, f"config/locales/{code}.yml"))
            got[(lang, "osmweb")] += _strings(data)
        for code in IDEDIT_FILES[lang]:
            data = json.loads(git_show(mirrors, IDEDIT, f"dist/locales/{code}.min.json"))
            got[(lang, "idedit")] += _strings(data)
        for label, repo in EXTENSIONS.items():
            for code in GROWTH_FILES[lang]:
                for path in i18n_files(mirrors, repo, code):
                    data = json.loads(git_show(mirrors, repo, path))
                    data.pop("@metadata", None)
                    got[(lang, label)] += _strings(data)
    return got


def i18n_files(mirrors: Path, repo: tuple[str, str], code: str) -> list[str]:
    name, commit = repo
    directory = mirrors / name.replace("/", "+") / "repo"
    out = subprocess.run(
        ["git", "-C", str(directory), "ls-tree", "-r", "--name-only", commit],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return sorted(p for p in out if "i18n/" in p and p.endswith(f"/{code}.json"))


SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÆØÉ])")
BAD = re.compile(r"[<>{}\[\]|_#@/\\%$&*=+~^§€£\"“”«»„()]|\.\.|…|--|''|\d|:|;|\s[-–—]\s")


def sentences_of(raw: str) -> list[str]:
    raw = unicodedata.normalize("NFC", raw.replace("\u00ad", "").replace("\u200b", ""))
    raw = re.sub(r"\s+", " ", raw).strip()
    return [s.strip() for s in SPLIT.split(raw) if s.strip()]


def lower_seen(strings: list[str]) -> set[str]:
    """Every word the source itself writes in lower case."""
    return {w for s in strings for w in TOKEN.findall(s) if w.islower()}


def keep(
    sentence: str, lang: str, seen: set[str], names: set[str], proper: frozenset[str] = frozenset()
) -> bool:
    from wordfreq import zipf_frequency

    wf = WF[lang]
    if not 20 <= len(sentence) <= 220 or sentence[-1] not in ".!?" or BAD.search(sentence):
        return False
    if sentence[-2] in ".!? " or not sentence[0].isupper() or DOMAIN.search(sentence):
        return False
    if sentence.count("'") % 2 and lang != "en":
        return False
    words = TOKEN.findall(sentence)
    if len(words) < (3 if lang == "fi" else 4) or len(words) > 34 or len(words[-1]) < 2:
        return False
    first, rest = words[0], words[1:]
    if any(any(c.isupper() for c in w) for w in rest if w not in PRONOUN_I):
        return False  # a name, a place, a product or a body inside the sentence
    if not first[1:].islower() and len(first) > 1:
        return False
    low = first.lower()
    word_names = {w.lower() for w in WORD_NAMES[lang]}
    if low not in seen or zipf_frequency(low, wf) < (2.5 if lang == "fi" else 3.0):
        return False  # a first word the source never writes small: a name at the start
    if (low in names or low.rstrip("s") in names) and low not in word_names:
        return False
    if low in proper and low not in word_names and zipf_frequency(low, wf) < 4.5:
        return False  # a person, place, body or product the analyser knows, opening it
    months = set(MONTHS[lang].split())
    for w in words:
        lw = w.lower()
        if lw in months or lw in BRANDS or any(part in BRANDS for part in re.split("[-'’]", lw)):
            return False
        if lang == "fi" and lw.startswith(FI_MONTH_STEMS):
            return False
        if lw in names and lw not in word_names and zipf_frequency(lw, wf) < 4.5:
            return False  # a listed name typed in lower case
    known = sum(zipf_frequency(w.lower(), wf) > 0 for w in words)
    if known < 0.85 * len(words):
        return False
    if lang != "en":
        english = sum(zipf_frequency(w.lower(), "en") > zipf_frequency(w.lower(), wf) + 0.5
                      for w in words)  # fmt: skip
        if english * 3 > len(words):
            return False
    if lang in SCANDI:
        own = sum(zipf_frequency(w.lower(), wf) for w in words)
        for other in SCANDI:
            if other != lang and sum(zipf_frequency(w.lower(), WF[other]) for w in words) > own + 4:
                return False  # a Swedish string in a Danish file, and so on
    return True


# --- names -----------------------------------------------------------------------------------

LEX_LINE = re.compile(r"^([A-ZÆØÅÄÖÜÉa-zæøåäöüé][\wæøåäöüéÆØÅÄÖÜÉ-]*)\s+PROP(?:-(\w+))?\s*;")
FI_FAMILY = ("nen", "la", "lä", "koski", "mäki", "järvi", "salo", "niemi", "joki", "lahti",
             "vaara", "nummi", "korpi", "harju", "luoma", "aho", "kallio", "linna")  # fmt: skip
SV_FAMILY = (
    "sson",
    "ström",
    "berg",
    "qvist",
    "kvist",
    "gren",
    "lund",
    "blad",
    "dahl",
    "holm",
    "stedt",
    "stam",
    "sjö",
    "bäck",
    "lind",
    "borg",
    "fors",
    "ell",
    "ius",
    "ander",
)
DA_FAMILY = ("sen", "gaard", "skov", "bæk", "rup", "strup", "holt", "toft", "dal", "høj")
NO_FAMILY = ("sen", "stad", "rud", "vik", "heim", "land", "bakken", "haug", "dal", "nes",
             "berg", "li", "seth", "set", "by", "aas", "ås", "eng", "strand", "moen")  # fmt: skip
EN_FAMILY = ("son", "ton", "ley", "ford", "field", "wood", "worth", "well", "man", "er",
             "ham", "more", "ridge", "ington", "ell")  # fmt: skip


def giella_names(mirrors: Path) -> dict[str, list[str]]:
    """Given (fem, mal), family and place names of the Bokmål analyser's lexicons."""
    got: dict[str, set[str]] = defaultdict(set)
    for path in ("misc/gamle-propernouns.lexc", "src/fst/morphology/stems/nob-propernouns.lexc"):
        for line in git_show(mirrors, GIELLA, path).splitlines():
            m = LEX_LINE.match(line.strip())
            if m:
                got[m.group(2) or "other"].add(m.group(1))
    return {k: sorted(v) for k, v in got.items()}


# Gods, myths and scripture the lexicon lists among given names: nobody in the notes.
NOT_PEOPLE = {
    "jehova",
    "jesus",
    "kristus",
    "antikristus",
    "belsebub",
    "satan",
    "lucifer",
    "anubis",
    "ishtar",
    "habakkuk",
    "buddha",
    "allah",
    "zevs",
    "zeus",
    "odin",
    "messias",
    "herodes",
    "pilatus",
    "moses",
    "mohammed",
    "muhammad",
    "apollon",
    "jahve",
    "baal",
    "osiris",
    "isis",
    "herkules",
    "orfeus",
    "persevs",
    "augias",
}


def sort_names(raw: dict[str, list[str]], lower: set[str]) -> list[tuple[str, str, str]]:
    """(language, given-fem|given-mal|family, name): a name goes to the languages whose text
    knows it best (wordfreq); never a word the sentence sources write in lower case (`lower`),
    a place of the lexicon, or a god's name."""
    from wordfreq import zipf_frequency

    places = set(raw.get("plc", []))
    rows: list[tuple[str, str, str]] = []
    for kind, part in (("fem", "given"), ("mal", "given"), ("sur", "family")):
        for name in raw.get(kind, []):
            low = name.lower()
            if len(name) < 3 or "-" in name or not name[1:].islower() or name in places:
                continue
            if low in lower or low in NOT_PEOPLE:
                continue
            z = {lg: zipf_frequency(low, WF[lg]) for lg in LANGS}
            if part == "family":
                if max(z.values()) < 1.0:
                    continue
                if low.endswith(FI_FAMILY) and not re.search("[åæø]", low):
                    langs = ["fi"]
                elif low.endswith(SV_FAMILY) and not re.search("[æø]", low):
                    langs = ["sv"]
                elif low.endswith(DA_FAMILY) and not re.search("[äö]", low):
                    langs = ["da", "no"] if low.endswith("sen") else ["da"]
                elif low.endswith(NO_FAMILY) and not re.search("[äö]", low):
                    langs = ["no"]
                elif low.endswith(EN_FAMILY) and not re.search("[äöåæø]", low):
                    langs = ["en"]
                else:
                    continue
            else:
                if max(z.values()) < 2.0:
                    continue  # a rare name: a saint's, a myth's, a place's
                scandi = max(z[lg] for lg in SCANDI)
                if z["fi"] >= scandi and z["fi"] >= z["en"] and not re.search("[åæø]", low):
                    langs = ["fi"]
                elif z["en"] >= scandi + 0.3 and not re.search("[åäöæø]", low):
                    langs = ["en"]
                else:
                    langs = list(SCANDI)
                    if re.search("[æø]", low):
                        langs = [lg for lg in langs if lg != "sv"]
                    if re.search("[äö]", low):
                        langs = [lg for lg in langs if lg == "sv"]
            for lg in langs:
                rows.append((lg, f"{part}-{kind}" if part == "given" else part, name))
    return rows


# Towns looked for among the analyser's place names (a town the lexicon lacks is left out).
TOWN_CHECK = {
    "da": "Aarhus Odense Aalborg Esbjerg Randers Kolding Horsens Vejle Roskilde Herning Silkeborg "
    "Næstved Fredericia Viborg Køge Holstebro Taastrup Slagelse Hillerød Sønderborg Svendborg "
    "Hjørring Holbæk Frederikshavn Ringsted Haderslev Skive Ølstykke Greve Kalundborg Ballerup "
    "Lyngby Albertslund Frederikssund Nyborg Middelfart Aabenraa Thisted Grenaa Hedehusene "
    "Farum Struer Vordingborg Skagen Ikast Varde Ribe Tønder Nakskov Assens Bogense Kerteminde "
    "Korsør Ebeltoft Hobro Lemvig Brønderslev Fredensborg Helsingør Ringkøbing Odder "
    "Skanderborg Brande Grindsted Vojens Rønne Dragør Glostrup Maribo Haslev Faxe Hadsund "
    "Skærbæk Billund Hammel Aars Løgstør Nibe Støvring Vejen Rødding Gråsten Nordborg Kastrup "
    "Valby Gentofte Charlottenlund Jyllinge Stenløse Gilleleje Hundested Espergærde",
    "no": "Bergen Trondheim Stavanger Drammen Fredrikstad Kristiansand Sandnes Tromsø Sarpsborg "
    "Skien Ålesund Sandefjord Haugesund Tønsberg Moss Porsgrunn Bodø Arendal Hamar Larvik Halden "
    "Lillehammer Harstad Molde Kongsberg Gjøvik Horten Narvik Grimstad Steinkjer Kristiansund "
    "Alta Hammerfest Vadsø Kirkenes Lillestrøm Jessheim Asker Sandvika Elverum Kongsvinger "
    "Askim Mandal Egersund Florø Førde Sogndal Voss Odda Stord Leirvik Notodden Rjukan Raufoss "
    "Brumunddal Levanger Stjørdal Namsos Mosjøen Sandnessjøen Brønnøysund Svolvær Leknes "
    "Sortland Finnsnes Lakselv Honningsvåg Vardø Tynset Røros Orkanger Oppdal Otta Fagernes Gol "
    "Geilo Flekkefjord Farsund Lyngdal Kragerø Risør Tvedestrand Lillesand Bryne Jørpeland "
    "Kopervik Ørsta Volda Ulsteinvik Åndalsnes Sunndalsøra Brekstad",
    "fi": "Espoo Tampere Vantaa Oulu Turku Jyväskylä Lahti Kuopio Pori Kouvola Joensuu "
    "Lappeenranta Hämeenlinna Vaasa Seinäjoki Rovaniemi Mikkeli Kotka Porvoo Kokkola Hyvinkää "
    "Järvenpää Rauma Kajaani Kerava Savonlinna Nokia Imatra Raahe Tornio Kemi Iisalmi Varkaus "
    "Hamina Heinola Forssa Kuusamo Sodankylä Ivalo Inari Kemijärvi Kittilä Naantali Kaarina "
    "Loviisa Kurikka Lapua Nurmes Lieksa Kitee Sotkamo Hanko Tammisaari Mäntsälä Tuusula "
    "Kirkkonummi Jämsä Keuruu Viitasaari Kalajoki Utsjoki Savukoski Taivalkoski Kilpisjärvi",
}


def towns(raw: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    """Towns: Sweden's and Britain's from phonenumbers' geocoding data (the places its area
    codes name), Denmark's, Norway's and Finland's among the analyser's place names."""
    from phonenumbers.geodata import GEOCODE_DATA

    rows: list[tuple[str, str, str]] = []
    for cc, lang, tongue in (("46", "sv", "sv"), ("44", "en", "en")):
        found = set()
        for prefix, names in GEOCODE_DATA.items():
            if prefix.startswith(cc) and tongue in names:
                town = names[tongue]
                if re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]+", town):
                    found.add(town)
        rows += [(lang, "town", t) for t in sorted(found)]
    known = set(raw.get("plc", [])) | set(raw.get("sur", []))
    for lang, check in TOWN_CHECK.items():
        rows += [(lang, "town", t) for t in check.split() if t in known]
    return rows


def build(mirrors: Path) -> None:
    from wordfreq import zipf_frequency

    raw = giella_names(mirrors)
    got = texts(mirrors)
    lower: set[str] = set()
    for (lang, _source), strings in got.items():
        lower |= {w for w in lower_seen(strings) if zipf_frequency(w, WF[lang]) >= 2.5}
    word_names = {w.lower() for names in WORD_NAMES.values() for w in names}
    name_rows = sort_names(raw, lower - word_names)
    for lang, names in WORD_NAMES.items():
        name_rows += [(lang, "given-word", n) for n in names]
    name_rows += towns(raw)
    all_names = {n.lower() for _, part, n in name_rows if part != "town"}
    DATA.mkdir(exist_ok=True)
    with open(DATA / "names.tsv", "w", encoding="utf-8") as f:
        f.write("lang\tpart\tname\tsource\n")
        for lang, part, name in sorted(set(name_rows)):
            source = "phonenumbers" if part == "town" and lang in ("sv", "en") else GIELLA[0]
            f.write(f"{lang}\t{part}\t{name}\t{source}\n")
    proper = frozenset(n.lower() for names in raw.values() for n in names)
    seen_in: dict[str, set[str]] = defaultdict(set)
    for (lang, _source), strings in got.items():
        seen_in[lang] |= lower_seen(strings)
    kept: list[tuple[str, str, str]] = []
    for (lang, source), strings in sorted(got.items()):
        seen = seen_in[lang]
        done: set[str] = set()
        n = 0
        for raw_string in strings:
            for s in sentences_of(raw_string):
                if s not in done and keep(s, lang, seen, all_names, proper):
                    done.add(s)
                    kept.append((lang, source, s))
                    n += 1
        print(f"{lang} {source}: {len(strings)} strings, {n} kept", file=sys.stderr)
    seen_sentence: set[str] = set()
    rows = []
    for lang, source, s in kept:
        if s not in seen_sentence:
            seen_sentence.add(s)
            rows.append((lang, source, s))
    random.Random(2611).shuffle(rows)
    rows.sort(key=lambda r: (LANGS.index(r[0]), r[1]))
    with open(DATA / "sentences.tsv", "w", encoding="utf-8") as f:
        f.write("lang\tsource\tsentence\n")
        for lang, source, s in rows:
            f.write(f"{lang}\t{source}\t{s}\n")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/.mirror"))
