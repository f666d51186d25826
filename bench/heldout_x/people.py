"""Held-out X's pools: published sentences (`data/sentences.tsv`), names (`data/names.tsv`),
towns (written here: municipalities, as facts), the word-names (`words.py`) and the sentences
written for this set where the published pools use a word-name too rarely (`OWN_ORDINARY`)."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from bench.heldout_x.words import FAMILY_WORD_NAMES, GIVEN_WORD_NAMES, WORD_NAMES_BY_LANG

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("sv", "en", "fi", "no", "da")
MOVED = (
    "moved:arabic-somali-persian-turkish",
    "moved:east-european",
    "moved:vietnamese",
)
# The given word-names (the shared checks look for them among registered given names); the
# family word-names are `FAMILY_WORD_NAMES`, every one of them is in `WORD_NAMES_BY_LANG`.
WORD_NAMES = tuple(w for lang in LANGS for w in GIVEN_WORD_NAMES[lang])
__all__ = ["FAMILY_WORD_NAMES", "GIVEN_WORD_NAMES", "WORD_NAMES", "WORD_NAMES_BY_LANG"]

# Sentences written for this set: a word-name used as the word it is, where the published
# pools hold fewer than eight sentences with it (lower case inside, capitalised first).
OWN_ORDINARY: dict[str, tuple[str, ...]] = {
    "sv": (
        "Hon kom hem sent, inga barn var vakna längre.",
        "Vi gick genom parken, lund efter lund med gamla ekar.",
        "Han tog på sig jackan, stål i tåhättan och allt.",
        "Vi satt en stund i en lund bakom skolan och pratade om flytten.",
        "Hon berättade att det finns en liten lund där hon brukar gå med hunden.",
        "Lund eller park spelar ingen roll, bara det finns träd och tystnad.",
        "Efter lunch gick vi genom en lund av björkar ner mot vattnet.",
        "Han har alltid tyckt om att sitta i en lund och läsa på eftermiddagen.",
        "Barnen byggde en koja i en lund som ligger nära huset.",
        "Det var skönt att komma ut, och i en lund var det svalt även mitt på dagen.",
        "Vi hittade en bänk i en lund där ingen annan satt.",
        "Diskbänken är gjord av rostfritt stål och går lätt att hålla ren.",
        "Stål och glas gör köket kallt, säger hon, så hon har lagt trasmattor på golvet.",
        "Han jobbade i trettio år med stål på verkstaden innan ryggen tog slut.",
        "Rullatorn är av stål och för tung för henne att lyfta in i bilen.",
        "Hon vill ha en säng som inte är av stål, för den påminner om sjukhuset.",
        "Grinden är av stål, och den gnisslar varje gång någon går ut.",
        "Pappa var stolt över att han kunde svetsa stål.",
        "Vi köpte nya kastruller i stål eftersom de gamla var slitna.",
        "Det gick ingen ström i hela huset på morgonen, så vi åt frukost i mörkret.",
        "Ström kostar mycket nu, och hon stänger av elementet i sovrummet.",
        "Han har laddat mobilen, men han säger att telefonen tar slut på ström för fort.",
        "Efter stormen var det ingen ström på två dygn, berättar hon.",
        "Elräkningen visar att de använder mer ström på vintern än de trodde.",
        "Vi pratade om hur man kan spara ström när man bor i en liten lägenhet.",
        "Det finns en stark ström i ån, så barnen får inte bada där.",
        "Hon säger att det känns som att simma mot en ström när hon ska söka jobb.",
    ),
    "da": (
        "Om aftenen, mørk og stille, sidder hun ved vinduet.",
        "Han kom hjem glad, rød i kinderne efter turen.",
        "Da hun ringede, høj og tydelig, hørte alle det.",
        "Han er høj og tynd og skal bukke sig for at komme ind ad døren.",
        "Høj musik fra naboen holder hende vågen om natten.",
        "Der er en høj trappe op til lejligheden, og det er svært med barnevognen.",
        "Prisen på mad er blevet høj, siger hun, så hun handler i discountbutikken.",
        "Vi gik op på en høj bag haven, hvor man kan se ud over marken.",
        "Hun har høj feber og bliver hjemme fra arbejde i dag.",
        "Lejen er høj i forhold til hvad han tjener.",
        "Det var en høj lyd, og hunden gøede hele aftenen.",
        "Hun har malet køkkenet i en rød farve, som hun selv har valgt.",
        "Rød eller grøn betyder ikke noget for ham, bare skabet kan lukkes.",
        "Huden på armen er blevet rød efter solen i weekenden.",
        "Han kørte over for rød, og nu er han bange for at miste kørekortet.",
        "Vi fik en rød cykel til drengen, og han kører rundt i gården hele dagen.",
        "Hun blev helt rød i hovedet, da hun skulle fortælle om skilsmissen.",
        "Døren til opgangen er rød, så det er let at finde.",
        "Han har købt en rød jakke, fordi han vil ses i trafikken.",
        "Hun er mørk i håret ligesom sin far.",
        "Mørk chokolade er det eneste søde, han spiser nu.",
        "Trappen er mørk, fordi lyset ikke virker, og hun er bange for at falde.",
        "Lejligheden er lidt mørk, men den ligger tæt på skolen.",
        "Han har altid haft en mørk stemme, siger hans søster.",
        "Vinteren er lang og mørk, og hun sover mere end hun plejer.",
        "Det var en mørk tid efter han mistede sit arbejde.",
        "Hun har valgt en mørk seng, som passer til resten af værelset.",
        "Han blev gift i kirken, og det var en præst fra byen, der viede dem.",
        "Præst og læge kom begge på besøg, da hun lå på hospitalet.",
        "Hun talte med en præst, da hendes mor døde.",
        "Min morfar var præst i en lille by, fortæller han.",
        "Der kom en ny præst til sognet sidste år, og hun er meget glad for ham.",
        "Han vil gerne tale med en præst, men han ved ikke hvem han skal ringe til.",
        "Det var en præst, der hjalp dem med at finde en lejlighed.",
        "Efter begravelsen drak de kaffe med en præst i sognegården.",
        "Der var ingen strøm i hele opgangen i går aftes.",
        "Strøm er blevet dyrt, så hun slukker for radiatoren i soveværelset.",
        "Han siger, at telefonen løber tør for strøm alt for hurtigt.",
        "Efter stormen var der ingen strøm i to døgn, fortæller hun.",
        "Regningen viser, at de bruger mere strøm om vinteren, end de troede.",
        "Vi talte om, hvordan man sparer strøm i en lille lejlighed.",
        "Der er en stærk strøm ved molen, så børnene må ikke bade der.",
        "Hun føler, at hun svømmer mod en strøm, når hun søger arbejde.",
    ),
    "fi": (
        "Sen jälkeen, kivi kerrallaan, he rakensivat muurin pihalle.",
        "Kun menin ulos, valo oli jo vaihtunut iltaan.",
        "Aamulla, virta oli taas poikki koko talosta.",
        "Pihalla on iso kivi, jonka päällä lapset istuvat kesällä.",
        "Kivi lensi auton ikkunaan, ja nyt sitä pitää korjata.",
        "Hänellä oli munuaisissa kivi, ja se sattui kovasti.",
        "Mökin tiellä on terävä kivi, joten aja hitaasti.",
        "Kengässä oli pieni kivi koko kävelyn ajan.",
        "Kivi on kylmä istua, joten otin mukaan tyynyn.",
        "Oiva idea, sanoi hän, kun ehdotin että mennään yhdessä kauppaan.",
        "Se oli oiva tilaisuus tutustua naapureihin.",
        "Torstai on oiva päivä hoitaa pankkiasiat, koska silloin ei ole jonoa.",
        "Se on oiva ratkaisu meille, koska bussi kulkee talon ohi.",
        "Oiva keino säästää on tehdä ruoka itse kotona.",
        "Valo ei syty eteisessä, ja vuokranantaja ei vastaa puhelimeen.",
        "Aamulla valo tulee makuuhuoneeseen jo viideltä.",
        "Hän sanoo, että talvella valo puuttuu ja mieli painuu alas.",
        "Keittiössä on hyvä valo, joten hän lukee siellä.",
        "Kun valo vaihtui vihreäksi, auto ei lähtenyt liikkeelle.",
        "Valo sammui kesken illan, ja lapset nauroivat pimeässä.",
        "Valo oli niin kirkas, että hän joutui laittamaan aurinkolasit.",
        "Joen virta on keväällä niin kova, ettei siellä saa uida.",
        "Virta katkesi koko kerrostalosta illalla.",
        "Puhelimesta loppui virta juuri kun hän yritti soittaa.",
        "Hänen mukaansa virta vei veneen kauas rannasta.",
        "Lapset eivät jaksa enää illalla, virta loppuu aina kuuden jälkeen.",
    ),
    "no": (
        "Etter skolen, finn deg noe å spise i kjøleskapet.",
        "Når du er ferdig, heim med deg, sa moren.",
        "Hun snudde seg, bakken var full av blader.",
        "Finn ut hva som passer for deg, sa legen, og så prøver vi det.",
        "Finn en stol og sett deg, sa hun da jeg kom inn.",
        "Finn fram jakka, det er kaldt ute i dag.",
        "Gå og finn mamma, sa han til gutten.",
        "Finn deg en venn å gå tur med, det hjelper.",
        "Han sa, finn det du trenger, så betaler jeg.",
        "Gutten la seg i bakken og ville ikke gå videre.",
        "Bakken opp til huset er bratt og glatt om vinteren.",
        "Hun falt på bakken utenfor butikken og slo kneet.",
        "Vi gikk ned bakken til bussen hver morgen.",
        "Det ligger mye søppel på bakken ved containerne.",
        "Snøen på bakken smeltet ikke før langt ut i våren, sier hun.",
        "Bakken bak skolen er der ungene aker om vinteren.",
        "Hun satte seg på bakken og gråt litt.",
        "Hun ble med hjem i helga og hjalp oss med å male.",
        "Helga gikk med til vasking og rydding, sier han.",
        "Vi var på hytta i helga, og det var godt å komme bort.",
        "I helga var det bursdag for den minste, og alle kom.",
        "Han jobber nesten hver helg, men i helga hadde han fri.",
        "Vi hadde en rolig tid i helga med bøker og lange turer.",
        "Hun savner heim og familie, men har fått venner her.",
        "Heim er der du har folka dine, sier han.",
        "Etter jobben går hun rett heim og legger seg.",
        "Vi dro heim tidlig fordi den minste var trøtt.",
        "Heim til mor er ikke langt, bare en halvtime med bil.",
        "Han sier at han aldri har følt seg heim noe annet sted.",
        "Når skal du heim, spurte hun.",
    ),
    "en": (
        "After the phone call, cash was the only way she could pay.",
        "If the boiler breaks, bill the landlord, she was told.",
        "On the way home, price tags in the window made him stop.",
        "If they ask, max two people can come to the meeting, he says.",
        "The bill for the heating came in and it was much higher than last winter.",
        "She said the bill was wrong and she would call them tomorrow.",
        "We split the bill at the cafe, which was nice of him.",
        "Bill or no bill, the landlord still wants the money by the end of the week.",
        "He keeps every bill in a box under the bed.",
        "Turn the heating up to max and it still feels cold in the flat.",
        "Max two visitors at a time, the nurse told us.",
        "She said she can walk for max ten minutes before her knee hurts.",
        "We can spend max a hundred on the birthday, so it will be a small one.",
        "The water bill is paid by the housing association, so she never sees it.",
        "He opened the phone bill and had to sit down.",
        "A bill from the dentist is still on the fridge.",
        "The gas bill went up again, so they wear jumpers indoors.",
        "She can lift max five kilos after the operation.",
        "Max one bag on the bus, the driver said.",
        "The flat takes max four people, so the cousins stay at a hotel.",
        "He works max twenty hours a week because of his back.",
    ),
}


@cache
def _rows() -> list[tuple[str, str, str, str]]:
    with open(DATA / "sentences.tsv", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return [tuple(r) for r in reader]  # type: ignore[misc]


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """Every kept published sentence per language (pool and word-name sentences)."""
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for lang, _source, _use, sentence in _rows():
        out[lang].append(sentence)
    return {lang: tuple(v) for lang, v in out.items()}


@cache
def pool(lang: str) -> tuple[str, ...]:
    """Published sentences notes draw from (no word-name in them)."""
    return tuple(s for lg, _src, use, s in _rows() if lg == lang and use == "pool")


@cache
def word_sentences(word: str) -> tuple[str, ...]:
    """Published and written sentences that use `word` as the word it is."""
    lang = next(lg for lg, ws in WORD_NAMES_BY_LANG.items() if word in ws)
    published = tuple(s for lg, _src, use, s in _rows() if use == f"word:{word.lower()}")
    return published + tuple(
        s for s in OWN_ORDINARY.get(lang, ()) if word.lower() in re.findall(r"[^\W\d_]+", s.lower())
    )


@cache
def sources() -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {lang: {} for lang in LANGS}
    for lang, source, _use, _s in _rows():
        out[lang][source] = out[lang].get(source, 0) + 1
    return out


@cache
def names() -> dict[str, tuple[str, ...]]:
    """Names by "<group>/<kind>", groups being the languages and `MOVED`."""
    out: dict[str, list[str]] = {}
    with open(DATA / "names.tsv", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for group, kind, name in reader:
            out.setdefault(f"{group}/{kind}", []).append(name)
    words = {w.lower() for w in WORD_NAMES}
    return {k: tuple(n for n in v if n.lower() not in words) for k, v in sorted(out.items())}


@cache
def pool_words() -> frozenset[str]:
    """Every word the published sentences write in lower case: no registered or named person
    bears one (as a whole name or a hyphen part), word-names aside."""
    written = [s for lang in LANGS for s in (*sentences()[lang], *OWN_ORDINARY.get(lang, ()))]
    return frozenset(w for s in written for w in re.findall(r"[^\W\d_]+", s) if w.islower())


def plain_name(name: str) -> bool:
    return not any(p.lower() in pool_words() for p in re.split(r"[ -]", name) if p)


def given(group: str) -> tuple[str, ...]:
    if group == "moved":
        return tuple(n for g in MOVED for n in names().get(f"{g}/given", ()))
    return names().get(f"{group}/given", ())


def family(group: str) -> tuple[str, ...]:
    if group == "moved":
        return tuple(n for g in MOVED for n in names().get(f"{g}/family", ()))
    return names().get(f"{group}/family", ())


# Towns (municipalities, written here as facts) with a postcode of the town's own shape.
TOWNS: dict[str, tuple[tuple[str, str], ...]] = {
    "sv": (("Gävle", "802 64"), ("Borlänge", "784 33"), ("Växjö", "352 36"),
           ("Karlstad", "652 24"), ("Sundsvall", "852 30"), ("Östersund", "831 34"),
           ("Luleå", "972 41"), ("Kalmar", "392 34"), ("Eskilstuna", "632 20"),
           ("Halmstad", "302 45"), ("Skövde", "541 30"), ("Trollhättan", "461 32"),
           ("Norrtälje", "761 30"), ("Ludvika", "771 31")),
    "en": (("Wakefield", "WF1 2EB"), ("Preston", "PR1 3RD"), ("Swindon", "SN1 4BJ"),
           ("Derby", "DE1 2FS"), ("Stockport", "SK1 3XE"), ("Luton", "LU1 2QP"),
           ("Doncaster", "DN1 3BU"), ("Ipswich", "IP1 2EE"), ("Wolverhampton", "WV1 4QR"),
           ("Sunderland", "SR1 3AA"), ("Northampton", "NN1 2DE"), ("Exeter", "EX1 1JN")),
    "fi": (("Kouvola", "45100"), ("Seinäjoki", "60100"), ("Rovaniemi", "96100"),
           ("Hämeenlinna", "13100"), ("Kotka", "48100"), ("Mikkeli", "50100"),
           ("Porvoo", "06100"), ("Kajaani", "87100"), ("Rauma", "26100"),
           ("Savonlinna", "57130"), ("Iisalmi", "74100"), ("Raahe", "92100")),
    "no": (("Hamar", "2317"), ("Gjøvik", "2815"), ("Molde", "6413"), ("Harstad", "9405"),
           ("Halden", "1767"), ("Kongsberg", "3616"), ("Steinkjer", "7713"),
           ("Arendal", "4836"), ("Elverum", "2406"), ("Mo i Rana", "8622"),
           ("Førde", "6800"), ("Alta", "9510")),
    "da": (("Vejle", "7100"), ("Horsens", "8700"), ("Holstebro", "7500"), ("Næstved", "4700"),
           ("Svendborg", "5700"), ("Viborg", "8800"), ("Hjørring", "9800"),
           ("Slagelse", "4200"), ("Sønderborg", "6400"), ("Frederikshavn", "9900"),
           ("Haderslev", "6100"), ("Nykøbing Falster", "4800")),
}  # fmt: skip


def towns(lang: str) -> tuple[tuple[str, str], ...]:
    return TOWNS[lang]
