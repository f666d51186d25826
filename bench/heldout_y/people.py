"""Held-out Y's pools: published sentences by language (`data/sentences.tsv`), names by group
(`data/names.tsv`), towns written here, and the word-names: registered people whose given or
family name is also a common word of their language, with sentences written for this set that
use each as the word (`OWN_ORDINARY`)."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("sv", "en", "fi", "no", "da")

GIVEN_WORD_NAMES = {
    "sv": ("Saga", "Karl"),
    "en": ("Grace", "Joy"),
    "fi": ("Lumi", "Satu", "Aamu"),
    "no": ("Vilje", "Hauk"),
    "da": ("Lykke",),
}
FAMILY_WORD_NAMES = {
    "sv": ("Strand", "Falk", "Holm"),
    "en": ("Cook", "Hill", "Wood"),
    "fi": ("Järvi", "Koski"),
    "no": ("Haugen", "Vik", "Moen"),
    "da": ("Dam", "Krog", "Bro", "Fisker"),
}
WORD_NAMES_BY_LANG = {lang: (*GIVEN_WORD_NAMES[lang], *FAMILY_WORD_NAMES[lang]) for lang in LANGS}
# the shared check's word-names: those registered as given names (family ones are checked apart)
WORD_NAMES = tuple(w for lang in LANGS for w in GIVEN_WORD_NAMES[lang])

# Sentences written for this set, each using one word-name as the word it is: at a sentence's
# start, inside it and after a comma. No digit, no date, no other word-name.
OWN_ORDINARY = {
    "sv": (
        "Saga eller verklighet, det vet ingen längre.",
        "Det låter som en saga när han berättar om byn.",
        "Hon läser en saga för barnen varje kväll.",
        "Det lät bra, saga eller inte.",
        "Barnen ville höra en saga till innan de somnade.",
        "Boken är en saga om en katt som flyttar till stan.",
        "Saga blev det inte, men en bra kväll ändå.",
        "Mormor kunde varje saga utantill.",
        "Det är ingen saga, det hände på riktigt.",
        "Karl för sin hatt var han inte, sa hon och skrattade.",
        "Han är en riktig karl som fixar allt själv.",
        "En karl från firman kom och lagade diskmaskinen.",
        "Grannen, karl i sina bästa år, hjälpte oss bära soffan.",
        "Det var en snäll karl som körde bussen i dag.",
        "Min pappa var en karl som aldrig klagade.",
        "Han blev en karl på ett år, sa mamma.",
        "Vi behöver en karl till för att bära pianot.",
        "Karl nog att be om hjälp var han i alla fall.",
        "Strand och bad är det bästa hon vet på sommaren.",
        "Vi gick längs en strand full av tång.",
        "Barnen byggde sandslott på en strand nära stugan.",
        "Efter jobbet, strand eller skog, bara han får vara ute.",
        "Hon hittade en lugn strand där ingen annan var.",
        "Det finns en strand bakom affären.",
        "Vi åkte till en strand med fina stenar.",
        "Han vill bo nära en strand när han blir gammal.",
        "Strand finns det gott om här, men vattnet är kallt.",
        "En falk satt på taket i morse.",
        "Hon såg en falk över åkern.",
        "Falk eller örn, hon visste inte vilket.",
        "Pojken ritade en falk i sin bok.",
        "Han har ögon som en falk, säger de på jobbet.",
        "Det flög en falk förbi fönstret.",
        "Vi såg en hök, falk kanske, över skogen.",
        "Guiden visade oss en falk som häckar i berget.",
        "Falk syns sällan här, men i dag kom en.",
        "Holm kallas en liten ö i skärgården.",
        "Vi paddlade ut till en holm och åt lunch.",
        "Det finns en holm mitt i sjön.",
        "Båten låg vid en holm hela natten.",
        "Holm är ordet för en ö som är för liten för ett hus.",
        "Ute i viken, holm eller skär, låg fåglarna.",
        "Barnen ville bada vid en holm med klippor.",
        "Han köpte en liten holm med en stuga på.",
        "Vi tältade på en holm i tre nätter.",
    ),
    "en": (
        "Grace under pressure is what the job needs.",
        "She handled the questions with grace.",
        "They said grace before the meal.",
        "Well, grace is not the word I would use.",
        "He has a kind of grace when he talks to children.",
        "The landlord gave them a week of grace on the rent.",
        "It was a small act of grace from the neighbour.",
        "Honestly, grace and patience got us through.",
        "Grace was in short supply at the meeting.",
        "Joy is what she feels when the kids call.",
        "The garden brings him real joy.",
        "She cried with joy when the flat was approved.",
        "Music is his one joy these days.",
        "Still, joy comes back in small ways.",
        "Joy and worry are mixed in what he tells me.",
        "There was no joy in the job after the move.",
        "He spoke about the joy of cooking for friends.",
        "Today, joy was easy to see on her face.",
        "Cook the rice first, then add the beans.",
        "He likes to cook for the whole family at weekends.",
        "She wants to learn to cook without a recipe.",
        "We take turns to cook dinner.",
        "Cook once, eat twice, is her rule.",
        "At home, cook and cleaner are the same person.",
        "Her son is a cook at a small restaurant.",
        "They cook together when the kids are asleep.",
        "If possible, cook extra and freeze it.",
        "Hill walking is his favourite thing to do.",
        "The school is at the top of the hill.",
        "She walks up the hill every morning.",
        "Their house is on a steep hill.",
        "Hill walks tire her out these days.",
        "The bus struggles up the hill in winter.",
        "We sat on a hill and watched the sun go down.",
        "Past the church, hill country begins.",
        "The kids sledge down the hill behind the flats.",
        "Wood for the stove is delivered in the autumn.",
        "He carves small animals out of wood.",
        "The table is made of old wood.",
        "We went for a walk in the wood near the lake.",
        "Wood smoke always reminds her of home.",
        "They burn wood to keep the cabin warm.",
        "Dry wood, he says, is the secret.",
        "She bought a bag of wood at the petrol station.",
        "The floor is wood and it creaks at night.",
    ),
    "fi": (
        "Lumi sulaa jo pihalta.",
        "Eilen satoi niin paljon, että lumi peitti auton.",
        "Lapset odottavat, että lumi tulee.",
        "Lumi on tänä vuonna myöhässä.",
        "Aamulla, lumi vielä maassa, lähdimme kävelylle.",
        "Hänen mielestään lumi tekee illoista valoisampia.",
        "Kun lumi tuli, koira hyppi innoissaan.",
        "Katoilta putoava lumi on vaarallista.",
        "Uusi lumi narisee kenkien alla.",
        "Satu kertoo pienestä ketusta.",
        "Tämä satu on lasten lempikirjassa.",
        "Iltaisin satu on tärkeä osa nukkumaanmenoa.",
        "Satu vai tosi tarina, sitä hän ei kertonut.",
        "Hänen elämänsä on kuin satu.",
        "Se kuulostaa siltä, että koko juttu on satu.",
        "Illalla, satu luettuna, lapsi nukahti.",
        "Paras satu on sellainen, jossa kaikki päättyy hyvin.",
        "Uusi satu ilmestyi kirjastoon.",
        "Aamu alkaa aina kahvilla.",
        "Huomenna aamu on kiireinen.",
        "Jokainen aamu on hänelle vaikea.",
        "Aamu oli kylmä ja harmaa.",
        "Viikonloppuna, aamu on rauhallinen.",
        "Hänen mukaansa aamu on päivän paras hetki.",
        "Kun aamu koitti, sade loppui.",
        "Töissä, aamu menee kokouksissa.",
        "Tänään aamu tuntui pitkältä.",
        "Järvi jäätyy yleensä aikaisin.",
        "Mökin edessä on pieni järvi.",
        "Kesällä järvi on täynnä veneitä.",
        "Järvi oli tyyni koko illan.",
        "Kylän keskellä on järvi, jossa lapset uivat.",
        "Hänen mielestään järvi on liian kylmä uimiseen.",
        "Iltaisin, järvi peilityynenä, kalastamme.",
        "Tuo järvi näkyy ikkunasta.",
        "Vanha järvi on kasvanut umpeen.",
        "Koski kuohuu keväällä kovaa.",
        "Talon takana virtaa koski.",
        "Koski oli niin kova, että vene kaatui.",
        "Sillan alla on pieni koski.",
        "Kesällä, koski hiljaisempana, voi kalastaa.",
        "Hänen mielestään koski on kaunein paikka kylässä.",
        "Tämä koski on tunnettu lohista.",
        "Kun koski jäätyy, siitä tulee hiljaista.",
        "Koski näkyy tielle asti.",
    ),
    "no": (
        "Vilje er det viktigste når man skal lære noe nytt.",
        "Hun har sterk vilje og gir seg aldri.",
        "Med litt vilje går det meste.",
        "Det krever vilje å stå opp tidlig hver dag.",
        "Vilje alene hjelper ikke, sier han.",
        "Han mangler ikke vilje, men tid.",
        "Etter sykdommen, vilje eller ikke, måtte hun hvile.",
        "Jenta viser stor vilje på trening.",
        "God vilje fra naboene gjorde flyttingen lett.",
        "Hauk er en fugl vi ser ofte her.",
        "En hauk satt på gjerdet i morges.",
        "Barna pekte på en hauk over jordet.",
        "Hauk eller ørn, det var vanskelig å se.",
        "Han har øyne som en hauk.",
        "Over skogen, hauk eller ørn, sirklet en fugl.",
        "Vi så en hauk ta en mus.",
        "Bonden ble sint da en hauk tok en kylling.",
        "Hauk og kråke slåss om maten.",
        "Haugen bak huset er full av blåbær.",
        "Barna aker ned haugen hele dagen.",
        "Vi satt på haugen og så på båtene.",
        "Haugen var for bratt for sykkelen.",
        "Oppe på haugen, ved flaggstangen, spiste vi.",
        "Han gikk opp haugen hver morgen.",
        "Kirken ligger på haugen ved veien.",
        "Etter regnet, haugen var glatt, så vi gikk rundt.",
        "Huset ligger bak haugen.",
        "Vik er det lokale ordet for en liten bukt.",
        "Båten lå trygt i en vik.",
        "Vi fant en vik med sandstrand.",
        "Hytta ligger innerst i en vik.",
        "Vik og nes skifter langs hele kysten.",
        "I sommer, vik og skjær, alt var nytt for barna.",
        "Fiskerne søkte ly i en vik.",
        "Det er en fin vik for bading her.",
        "Hun rodde inn i en rolig vik.",
        "Moen bak gården er full av lyng.",
        "Vi gikk over moen for å komme til vannet.",
        "Moen var tørr etter sommeren.",
        "Hestene går på moen om dagen.",
        "På moen, ved stien, fant vi sopp.",
        "Han trener på moen hver kveld.",
        "Moen ligger ved elva.",
        "Reinen beitet på moen.",
        "Etter brannen, moen så svart ut.",
    ),
    "da": (
        "Lykke er at have tid til familien.",
        "Hun ønskede ham held og lykke med det nye arbejde.",
        "Lykke kommer ikke af sig selv, siger hun.",
        "Det var ren lykke at komme hjem.",
        "For ham er lykke en god kop kaffe.",
        "Efter flytningen, lykke eller ej, var vi trætte.",
        "Han talte om lykke og om penge.",
        "Børnene var fulde af lykke på stranden.",
        "Held og lykke med eksamen!",
        "Dam og sø er fyldt med frøer om foråret.",
        "Der er en lille dam bag huset.",
        "Børnene leger ved en dam i parken.",
        "Dam eller sø, det er det samme for ænderne.",
        "Haven har en dam med guldfisk.",
        "Ved gården, dam og mark, løb hundene.",
        "Isen på en dam kan være tynd.",
        "Vi gravede en dam sidste år.",
        "En dam i skoven tørrede ud.",
        "Krog og line lå klar i båden.",
        "Hun hængte jakken på en krog.",
        "Der sidder en krog på døren.",
        "Han sad i en krog og læste.",
        "Krog til nøglerne mangler stadig, siger hun.",
        "I gangen, krog til hver jakke, er der orden.",
        "Fisken slap af en krog i går.",
        "Vi boede i en stille krog af byen.",
        "Sæt en krog op til nøglerne.",
        "Bro og vej er lukket i nat.",
        "Der går en bro over åen.",
        "Vi cyklede over en lang bro.",
        "Bro eller færge, hvad er hurtigst?",
        "Den gamle bro skal repareres.",
        "Ved byen, bro over vandet, står et gammelt hus.",
        "Han står tit på en bro ved havnen.",
        "Der er bygget en ny bro i kvarteret.",
        "Børnene kastede sten fra en bro.",
        "Fisker du stadig om sommeren?",
        "Han er fisker ligesom sin far.",
        "Min nabo fisker hver morgen.",
        "Fisker og bonde, det var han begge dele.",
        "Hun fisker efter ros, siger veninden.",
        "Om aftenen, fisker han fra molen.",
        "En gammel fisker solgte os rejer.",
        "Drengen fisker med en pind og en snor.",
        "Fisker man her, skal man have tilladelse.",
    ),
}

# Towns written here as facts: municipalities and a postcode of the country's shape.
TOWNS = {
    "sv": (
        ("Kalmar", "392 31"),
        ("Borås", "503 38"),
        ("Falun", "791 71"),
        ("Eskilstuna", "632 20"),
        ("Skellefteå", "931 30"),
        ("Kristianstad", "291 31"),
        ("Nyköping", "611 30"),
        ("Östersund", "831 30"),
        ("Trollhättan", "461 30"),
        ("Motala", "591 30"),
        ("Visby", "621 55"),
        ("Piteå", "941 31"),
    ),
    "en": (
        ("Leeds", "LS1 4AP"),
        ("Bristol", "BS1 5TR"),
        ("Norwich", "NR2 1TF"),
        ("Derby", "DE1 2FS"),
        ("Exeter", "EX4 3SR"),
        ("Preston", "PR1 2HE"),
        ("Swansea", "SA1 3SN"),
        ("Durham", "DH1 3NJ"),
        ("Bath", "BA1 1SU"),
        ("Dundee", "DD1 4HN"),
        ("Lincoln", "LN2 1EF"),
        ("Carlisle", "CA3 8JH"),
    ),
    "fi": (
        ("Kuopio", "70100"),
        ("Lahti", "15110"),
        ("Pori", "28100"),
        ("Joensuu", "80100"),
        ("Seinäjoki", "60100"),
        ("Rovaniemi", "96100"),
        ("Kotka", "48100"),
        ("Hämeenlinna", "13100"),
        ("Mikkeli", "50100"),
        ("Kajaani", "87100"),
        ("Rauma", "26100"),
        ("Vantaa", "01300"),
    ),
    "no": (
        ("Drammen", "3015"),
        ("Fredrikstad", "1606"),
        ("Skien", "3724"),
        ("Ålesund", "6002"),
        ("Tønsberg", "3110"),
        ("Haugesund", "5527"),
        ("Bodø", "8006"),
        ("Hamar", "2317"),
        ("Gjøvik", "2815"),
        ("Molde", "6413"),
        ("Harstad", "9405"),
        ("Larvik", "3256"),
    ),
    "da": (
        ("Esbjerg", "6700"),
        ("Randers", "8900"),
        ("Kolding", "6000"),
        ("Horsens", "8700"),
        ("Vejle", "7100"),
        ("Herning", "7400"),
        ("Silkeborg", "8600"),
        ("Næstved", "4700"),
        ("Svendborg", "5700"),
        ("Viborg", "8800"),
        ("Holbæk", "4300"),
        ("Hjørring", "9800"),
    ),
}

# The most common family names of two origins whose lists found here hold given names only,
# written here as facts (the families' given names come from `data/names.tsv`).
MOVED_FAMILY = {
    "turkish": (
        "Yılmaz",
        "Kaya",
        "Demir",
        "Şahin",
        "Çelik",
        "Yıldız",
        "Yıldırım",
        "Öztürk",
        "Aydın",
        "Özdemir",
        "Arslan",
        "Doğan",
        "Kılıç",
        "Çetin",
        "Koç",
        "Özkan",
        "Şimşek",
        "Polat",
        "Korkmaz",
        "Erdoğan",
        "Aksoy",
        "Güneş",
        "Bulut",
        "Keskin",
    ),
    "vietnamese": (
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Trương",
        "Đinh",
    ),
}
MOVED = ("arabic", "somali", "polish", "turkish", "vietnamese")

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _rows() -> tuple[tuple[str, str, str, str], ...]:
    with (DATA / "sentences.tsv").open(encoding="utf-8") as f:
        return tuple(
            (r["language"], r["source"], r["use"], r["sentence"])
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        )


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """Every kept published sentence of a language (pool and word-name ones), in file order."""
    return {lang: tuple(s for lg, _, _, s in _rows() if lg == lang) for lang in LANGS}


@cache
def pool(lang: str) -> tuple[str, ...]:
    """The published sentences notes draw from (no word-name in them)."""
    return tuple(s for lg, _, use, s in _rows() if lg == lang and use == "pool")


@cache
def word_sentences(lang: str, word: str) -> tuple[str, ...]:
    """Sentences using `word` as the word: the published ones, then those written here."""
    published = [
        s
        for lg, _, use, s in _rows()
        if lg == lang
        and use == f"word:{word.lower()}"
        and _WORD.findall(s.lower()).count(word.lower()) == 1  # the word once a sentence
    ]
    own = [s for s in OWN_ORDINARY[lang] if word.lower() in _WORD.findall(s.lower())]
    return tuple(published + own)


@cache
def sources() -> dict[str, tuple[str, ...]]:
    return {lang: tuple(sorted({src for lg, src, _, _ in _rows() if lg == lang})) for lang in LANGS}


@cache
def names() -> dict[str, tuple[str, ...]]:
    """{"<group>/<kind>": names} from `data/names.tsv` and the towns written here."""
    out: dict[str, list[str]] = {}
    with (DATA / "names.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            out.setdefault(f"{r['group']}/{r['kind']}", []).append(r["name"])
    for origin, family_names in MOVED_FAMILY.items():
        out[f"moved/{origin}/family"] = list(family_names)
    for lang in LANGS:
        out[f"{lang}/town"] = [t for t, _ in TOWNS[lang]]
    return {k: tuple(v) for k, v in sorted(out.items())}


def _group(prefix: str, kind: str) -> tuple[str, ...]:
    got: list[str] = []
    for key, values in names().items():
        if key.endswith(f"/{kind}") and (key.startswith(f"{prefix}/") or key == f"{prefix}/{kind}"):
            got += values
    return tuple(dict.fromkeys(got))


def given(lang: str) -> tuple[str, ...]:
    """Given names of a language's list ("moved": every moved family's list)."""
    return _group(lang, "given")


def family(lang: str) -> tuple[str, ...]:
    return _group(lang, "family")


def towns(lang: str) -> tuple[tuple[str, str], ...]:
    return TOWNS[lang]
