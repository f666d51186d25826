"""Build held-out AL's pools of published sentences (`data/sentences.tsv`) from NLTK's data
repository: Bo Pang and Lillian Lee's film-review sentences (the polarity v2.0 reviews, the
sentence-polarity snippets and the subjectivity set's quotes and plot lines; CC BY 4.0) and the
Universal Declaration of Human Rights in Danish, Swedish, Norwegian and Finnish (public
domain). Run once by hand:

    python -m bench.heldout_al.build_data path/to/nltk_data/packages/corpora

(unzipped `movie_reviews`, `sentence_polarity`, `subjectivity`, `udhr` and `words` folders).
English sentences are kept only when every word is an ordinary English word (NLTK's word list,
lower-case entries) and none is a given or family name (Faker's and NLTK's name lists, but the
ordinary words in `ORDINARY`), so no film person is named; see the README."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TEXT_SOURCES = [
    ("nltk/nltk_data", "5db857e6f7df11eabb5e5665836db9ec8df07e28", "CC BY 4.0"),
]
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
I_FORMS = {"i", "i'm", "i've", "i'd", "i'll"}
MONTHS = {
    "en": "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday weekend christmas easter "
    "jan feb mar apr jun jul aug sep sept oct nov dec",
    "da": "januar februar marts april maj juni juli august september oktober november december "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske",
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december måndag tisdag onsdag torsdag fredag lördag söndag jul påsk",
    "no": "januar februar mars april mai juni juli august september oktober november desember "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai "
    "sunnuntai joulu pääsiäinen",
}
# ordinary words that also stand in a name list; a sentence may hold them
ORDINARY = set(
    "the more good story will see way little love my best man long real say lot day worth "
    "young job star else small short guy line house case black power summer deep said strong "
    "hope fall major room chance clear town art saw water son early happy tone killer white key "
    "red pace rich fresh read rock die win sharp wait grace odd bright wit joy gun date price "
    "carry grand fan trip floor wise doctor master west lucky ring storm ball arts bill field "
    "green cat mark rose glass bear wall sky destiny wake corny post kick noble glad powers "
    "harsh con cases walls ties fancy junk bride sole mountain victory cameo shell bones hall "
    "saga web lust convey waters brink honor lord downs trace marry lips gray till bay golden "
    "sane verge moody cliff fields wash bent drum ransom hunt per hearty savage lone bull bath "
    "deny warrior beer dawn brand petty cherish parent stormy loyal sunny sunshine misty "
    "winter yard sales moon doll diamond glasses camps fidelity pet oral ivory bridge "
    "row flood flowers goose cousin tailor mall lion north tank merchant dam junior royal "
    "chambers shadow aura puff adore mills luster palm barn alley monks bean charity mans "
    "torrent lay savant harm flower honey veer bridges slim lucid doe velvet mate lam owe "
    "grunt jock swift gamble bail haven bell dot pen merry lad moan rut kidney "
    "smart fair witty worthy stark urban shine prince tad glory fancy petty shell hearty".split()
)  # ordinary words that also stand in a name list (the word-names among them)
_NAME_LOCALES = (
    "en_US",
    "en_GB",
    "en_IE",
    "en_AU",
    "en_CA",
    "en_IN",
    "da_DK",
    "sv_SE",
    "no_NO",
    "fi_FI",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "pl_PL",
    "ru_RU",
    "ja_JP",
    "pt_BR",
)
_SHAPE = re.compile(r"[a-z' ,.!?;-]+")
_TITLES = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "miss",
    "sir",
    "madam",
    "mister",
    "lady",
    "uncle",
    "aunt",
    "saint",
    "st",
    "jr",
    "sr",
}


def _faker_names() -> set[str]:
    from faker import Faker

    names: set[str] = set()
    for locale in _NAME_LOCALES:
        for provider in Faker(locale).providers:
            for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
                value = getattr(provider, attr, None)
                if not value:
                    continue
                for name in value.keys() if isinstance(value, dict) else value:
                    names.update(w.lower() for w in re.split(r"[\s-]+", name) if w)
    return names


def _nltk_names(root: Path) -> set[str]:
    names: set[str] = set()
    for f in ("male.txt", "female.txt"):
        p = root / "names" / f
        if p.exists():
            names.update(w.strip().lower() for w in p.read_text(encoding="latin-1").split())
    return names


def _dictionary(root: Path) -> set[str]:
    words = (root / "words" / "en").read_text(encoding="latin-1").split()
    return {w for w in words if w.islower()}


def _known(word: str, dictionary: set[str]) -> bool:
    if word in dictionary or word in I_FORMS:
        return True
    stem = word.split("'")[0]
    if stem in dictionary:
        return True
    for tail, repl in (
        ("s", ""),
        ("es", ""),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
        ("ly", ""),
        ("ies", "y"),
        ("ied", "y"),
        ("ily", "y"),
    ):
        if (
            stem.endswith(tail)
            and len(stem) - len(tail) >= 3
            and stem[: -len(tail)] + repl in dictionary
        ):
            return True
    return False


def detokenise(line: str) -> str:
    s = " ".join(line.split())
    s = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", s)
    s = re.sub(r" ([,.!?;])", r"\1", s)
    s = re.sub(r"\s+-\s+", " - ", s)
    return s.strip()


_FUNCTION = set(
    "i me you he she it we they him her us them this that these those there here what which who "
    "whom whose where when why how everything nothing something anything everyone anyone someone "
    "nobody everybody somebody one ones all each both none much more most less least some any "
    "another other others such either neither let that's it's he's she's there's what's who's "
    "here's where's how's one's nobody's somebody's everybody's everyone's someone's today's "
    "yesterday's tonight's life love time".split()
)
_AFTER = set(
    "is was plays played gives gave delivers delivered does did turns turned seems seemed has had "
    "makes made manages managed brings brought steals stole looks looked tries tried isn't wasn't "
    "doesn't didn't hasn't can could should would will might must as who himself herself says "
    "said gets got goes went wants wanted finds found decides decided learns learned meets met "
    "falls fell becomes became".split()
)
_BEFORE = set(
    ", and but while as when though although because where with by starring stars actor actress "
    "director writer co-star plus whereas since if meanwhile then also even named called meet "
    "meets played that to".split()
)
_DETERMINERS = set("the a an this that his her their its our your my no some any every".split())


def _proper_like(words: list[str], names: set[str]) -> bool:
    """A word used the way a person's name is: "cage is", ", cruise plays", "stiller's", or two
    words of the name lists in a row ("merchant ivory")."""
    for i, w in enumerate(words):
        if w in _FUNCTION or w in I_FORMS:
            continue
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if prev in _DETERMINERS:
            continue
        if w.endswith("'s") and w[:-2] not in _FUNCTION:
            return True
        if nxt in _AFTER and (not prev or prev in _BEFORE):
            return True
        base = w.split("'")[0]
        if base in names and nxt.split("'")[0] in names and nxt not in _FUNCTION and base != "the":
            return True
    return False


def keep(raw: str, names: set[str], dictionary: set[str], months: set[str]) -> str | None:
    s = detokenise(raw.lower())
    if not _SHAPE.fullmatch(s) or not s[0].isalpha() or "--" in s or " - " in s or "..." in s:
        return None
    if not 20 <= len(s) <= 200:
        return None
    words = TOKEN.findall(s)
    if not 4 <= len(words) <= 32 or len(re.findall(r"[.!?]", s.rstrip(".!?"))) > 0:
        return None
    for w in words:
        base = w.split("'")[0]
        if base in months or base in _TITLES:
            return None
        if base in names and base not in ORDINARY:
            return None
        if not _known(w, dictionary):
            return None
    if _proper_like(re.findall(r"[a-z']+|,", s), names):
        return None
    if any(c in s for c in ";"):
        s = s.replace(" ;", ";")
    s = re.sub(r"\bi\b", "I", s)
    s = re.sub(r"\bi'(m|ve|d|ll)\b", r"I'\1", s)
    s = s[0].upper() + s[1:]
    if s[-1] not in ".!?":
        s = s.rstrip(",;' -") + "."
    return s


def _english_lines(root: Path):
    for polarity in ("pos", "neg"):
        for f in sorted((root / "movie_reviews" / polarity).iterdir()):
            for line in f.read_text(encoding="latin-1").splitlines():
                yield "mrv", line
    for f in ("rt-polarity.pos", "rt-polarity.neg"):
        for line in (root / "sentence_polarity" / f).read_text(encoding="latin-1").splitlines():
            yield "pol", line
    for f in ("quote.tok.gt9.5000", "plot.tok.gt9.5000"):
        for line in (root / "subjectivity" / f).read_text(encoding="latin-1").splitlines():
            yield "sub", line


_UDHR = {
    "da": "Danish_Dansk-Latin1",
    "sv": "Swedish_Svenska-Latin1",
    "no": "Norwegian_Norsk-Bokmal-Latin1",
    "fi": "Finnish_Suomi-Latin1",
}


def _udhr(root: Path, lang: str, names: set[str]) -> list[str]:
    text = (root / "udhr" / _UDHR[lang]).read_text(encoding="latin-1")
    out: list[str] = []
    months = set(MONTHS[lang].split())
    for line in text.splitlines():
        line = " ".join(line.split())
        for s in re.split(r"(?<=[.!?]) (?=[A-ZÆØÅÄÖ])", line):
            s = s.strip()
            if not 30 <= len(s) <= 220 or not s[0].isupper() or s[-1] not in ".!?":
                continue
            if re.search(r"[\d()\"§]", s) or s.isupper():
                continue
            words = TOKEN.findall(s)
            if not 5 <= len(words) <= 40:
                continue
            if any(w.lower() in months for w in words):
                continue
            inner = [w for w in words[1:] if w[0].isupper()]
            if inner:  # "De forenede Nationer", and any name
                continue
            out.append(s)
    return out


# sentences where one of this set's word-names (or a word next to one) names someone: a film's
# character or an actor, found by reading every kept sentence that holds a word-name
PERSON_USES = ("lone, as", "blackmailing stark", "why stark", "merchant-ivory", "merchant ivory")


def build(root: Path) -> list[tuple[str, str, str]]:
    names = _faker_names() | _nltk_names(root)
    dictionary = _dictionary(root)
    months = set(MONTHS["en"].split())
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for source, line in _english_lines(root):
        s = keep(line, names, dictionary, months)
        if s and any(u in s.lower() for u in PERSON_USES):
            continue
        if s and s.lower() not in seen:
            seen.add(s.lower())
            rows.append(("en", source, s))
    for lang in _UDHR:
        for s in _udhr(root, lang, names):
            if s not in seen:
                seen.add(s)
                rows.append((lang, "udhr", s))
    return rows


def main(argv: list[str]) -> None:
    rows = build(Path(argv[0]))
    DATA.mkdir(exist_ok=True)
    with (DATA / "sentences.tsv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(("language", "source", "sentence"))
        w.writerows(rows)
    print(len(rows), "sentences")


if __name__ == "__main__":
    main(sys.argv[1:])
