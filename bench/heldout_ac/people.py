"""Held-out AC's people: names written here from this writer's knowledge (no list was copied),
the word-names (registered people whose name is also a Norwegian word) and the sentences
written for each word-name, and the pools of published sentences (`data/sentences.tsv`)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

LANGS = ("nb",)  # the notes are written in Norwegian Bokmål
NAME_LANGS = ("no", "sv", "da", "fi", "en")

_GIVEN = {
    "no": "Ingrid Kari Silje Marte Hanne Randi Turid Solveig Astrid Ragnhild Synnøve Ingvild "
    "Torunn Maren Sigrid Eirin Åse Berit Unni Oddny Vigdis Guro Åshild Marius Håkon Eirik "
    "Sindre Torbjørn Øystein Magnus Jostein Steinar Geir Trond Arve Kjetil Ivar Halvard Audun "
    "Tormod Leiv Svein Amund Vetle Sigve Ottar Bendik Joakim Jørgen Espen Aslak",
    "sv": "Agneta Birgitta Ingela Margareta Sofia Elsa Alva Linnéa Annika Gunilla Kerstin Märta "
    "Hedvig Ingemar Gunnar Göran Mats Anders Lennart Torbjörn Åke Henrik Olof Fredrik Mikael "
    "Pontus Ludvig Joel Hampus Viggo Sixten Cecilia Ulrika Vendela",
    "da": "Søren Mads Rasmus Jesper Mikkel Kasper Morten Jens Niels Troels Bjarke Asger Malthe "
    "Frederikke Pernille Birgitte Lene Dorthe Sanne Rikke Tine Camilla Louise Signe Ida Karen "
    "Kirsten Jytte Bodil Esben Villads Lærke Asta",
    "fi": "Aino Eveliina Kaisa Laura Minna Riikka Sanna Tiina Pirjo Marjatta Annikki Jussi Juha "
    "Jukka Mikko Pekka Antti Heikki Kimmo Lauri Olli Tapio Veikko Eero Ilkka Sami Timo Arto "
    "Sirpa Tuula Päivi Jaana Hannele Kalevi",
    "en": "Oliver Harriet Imogen Rebecca Gemma Siobhan Fiona Claire Joanne Priya Eleanor Bethany "
    "Gareth Graham Nigel Callum Declan Rhys Alistair Duncan Hamish Jonathan Stuart Neil Kieran "
    "Owen Rory Philippa Marcus Bridget Tamsin Dominic Geraint Niamh",
}
_FAMILY = {
    "no": "Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Karlsen Eriksen Solberg "
    "Halvorsen Jacobsen Gundersen Sæther Myklebust Fossum Aasen Ødegård Rønning Tveit Kvamme "
    "Grøtting Sunde Vestby Fjeldstad Skogstad Nygård Eikeland Sandvik Bjørnstad Strømme "
    "Midtbø Hovland Rasmussen Kolstad Brattli",
    "sv": "Lindqvist Bergström Sjöberg Holmgren Lundgren Nyström Wikström Engström Forsberg "
    "Åberg Hedlund Sandberg Ekström Blomqvist Karlsson Nilsson Gustafsson Johansson Pettersson "
    "Hellström Öberg Dahlgren Lindström Åström Sundberg Ljungqvist Wallin Hägglund",
    "da": "Christensen Sørensen Poulsen Mortensen Madsen Thomsen Kristensen Jørgensen Møller "
    "Lauridsen Østergaard Bech Kjær Dalsgaard Frandsen Vestergaard Nørgaard Holst Iversen "
    "Overgaard Juhl Kjeldsen Mikkelsen Bundgaard Søndergaard Toft Agerholm Kirkegaard",
    "fi": "Korhonen Virtanen Mäkinen Nieminen Hämäläinen Heikkinen Koskinen Järvinen Lehtonen "
    "Lehtinen Saarinen Salminen Heinonen Niemelä Hakala Kettunen Tuominen Rantanen Karjalainen "
    "Jokinen Laaksonen Mustonen Turunen Hiltunen Kärkkäinen Pesonen Väisänen Ahonen",
    "en": "Thompson Whitaker Pritchard Harrington Fletcher Gallagher McAllister Bradshaw "
    "Cartwright Holloway Pemberton Ashworth Doyle Kavanagh Llewellyn Montgomery Ridley "
    "Sutcliffe Thornton Underwood Walsh Beaumont Crawford Donnelly Hargreaves Osborne Quinlan "
    "Fairbairn",
}
# families who moved to the north, by origin: (given, family); counted by the country they
# live in (mostly Norway)
MOVED = {
    "arabic": ("Ahmad Fatima Khalid Layla Yusuf Mariam Omar Noor Hassan Rania Samir Huda",
               "Al-Hakim Haddad Mansour Khalil Nasser Qasim Darwish"),
    "somali": ("Abdirahman Hodan Faadumo Abdullahi Ayaan Liban Sahra Mohamud",
               "Warsame Jama Hirsi Abdi Egal Nur"),
    "persian": ("Dariush Shirin Parisa Kaveh Mehdi Nasrin Golnaz Arash",
                "Rahimi Moradi Karimi Tehrani Jafari Sadeghi"),
    "polish": ("Katarzyna Tomasz Agnieszka Piotr Magdalena Krzysztof Małgorzata Paweł",
               "Kowalski Nowak Wiśniewska Zieliński Wójcik Kamińska"),
    "tamil": ("Tharshini Kumaran Sinthuja Niroshan Vithya Sutharsan",
              "Sivakumar Thevarajah Ramanathan Kanagaratnam"),
    "vietnamese": ("Minh Linh Tuan Thuy Quang Huong", "Nguyen Tran Pham Hoang Vu"),
    "eritrean": ("Selam Yonas Tesfay Mehret Senait Yohannes",
                 "Tesfamariam Gebremedhin Haile Ghebreyesus"),
    "kurdish": ("Rezan Dilan Berivan Shivan Hozan Zilan", "Barzani Amedi Zebari Dosky"),
    "lithuanian": ("Rūta Tomas Jurgita Mindaugas Aušra Darius",
                   "Kazlauskas Petrauskienė Jankauskas Balčiūnas"),
    "filipino": ("Maricel Rodel Jocelyn Arnel Rowena", "Santos Bautista Villanueva Magbanua"),
}  # fmt: skip

# Word-names: registered people whose given or family name is also a Norwegian word.
GIVEN_WORD_NAMES = {"nb": ["Gro", "Tone", "Mette", "Gry", "Snorre", "Lia"]}
FAMILY_WORD_NAMES = {
    "nb": ["Hagen", "Vold", "Lien", "Gjerde", "Stang", "Brun", "Høy", "Berge", "Ro", "Dal",
           "Fjell", "Hammer", "Nes", "Bakke", "Tangen", "Sletten", "Holt", "Vang", "Kro"],
}  # fmt: skip
WORD_NAMES_BY_LANG = {
    lang: [*GIVEN_WORD_NAMES[lang], *FAMILY_WORD_NAMES[lang]] for lang in GIVEN_WORD_NAMES
}
WORD_NAMES = [w for lang in LANGS for w in GIVEN_WORD_NAMES[lang]]  # registered given names
GLOSS = {
    "Gro": "to grow", "Tone": "a tone", "Mette": "to fill, satisfy", "Gry": "to dawn",
    "Snorre": "to snore", "Lia": "the hillside", "Hagen": "the garden", "Vold": "violence",
    "Lien": "the hillside", "Gjerde": "a fence", "Stang": "a pole, a bar", "Brun": "brown",
    "Høy": "high; hay", "Berge": "to save, salvage", "Ro": "calm; to row", "Dal": "a valley",
    "Fjell": "a mountain", "Hammer": "a hammer", "Nes": "a headland", "Bakke": "a slope, ground",
    "Tangen": "the spit of land", "Sletten": "the plain", "Holt": "a grove",
    "Vang": "a meadow", "Kro": "an inn, a roadside pub",
}  # fmt: skip

# Eight sentences written here for each word-name, using it as the word: at the start, inside
# and after a comma; no capital after the first word, no digit.
OWN_ORDINARY = {
    "nb": [
        "Gro er det sårene må få gjøre i fred, sa sykepleieren.",
        "Gro fort gjør det bare når det er varmt og fuktig.",
        "Gro sammen igjen må tilliten, før de flytter sammen.",
        "Det tar tid før sårene får gro helt, sa hun.",
        "Vi lot gresset gro fritt langs gjerdet hele sommeren.",
        "Hvis mosen får gro på taket, blir det dyrt å fikse.",
        "Etter operasjonen, gro det fint, men arret klør fortsatt.",
        "Med litt sol, gro det fort i bedene bak huset.",
        "Tone i stemmen hennes ble skarpere da vi nevnte skolen.",
        "Tone og ordvalg i brevet gjorde ham sint.",
        "Tone ned konflikten var det hun ønsket mest.",
        "Han holdt en rolig tone gjennom hele samtalen.",
        "Vi ba dem tone ned kritikken foran barna.",
        "Det var en vennlig tone i meldingen fra nabolaget.",
        "Til slutt, tone var det som gjorde at hun sa ja.",
        "Hele veien, tone og ordvalg var vennlige.",
        "Mette seg på brød før middag er vanlig for ham.",
        "Mette fem munner på en liten trygd er vanskelig.",
        "Mette ungene før skolen er det første hun gjør.",
        "Maten skal mette, ikke være fin, sier hun.",
        "Hun klarer ikke å mette seg på salat alene.",
        "Det var ikke nok til å mette alle, så noen fikk boller.",
        "Etter trening, mette seg raskt er det viktigste for ham.",
        "Etter kampen, mette hele laget med pizza var ikke billig.",
        "Gry i øst betyr at natta er over, sa bestefaren.",
        "Gry gjør det sent her oppe om vinteren.",
        "Gry av dag så vi fra toppen av bakken.",
        "Vi satt ute til det begynte å gry over åsen.",
        "Hun våknet før det rakk å gry og gikk på tur.",
        "Han kjørte hjem før det ville gry, for å unngå køen.",
        "Om vinteren, gry det sent og mørkner tidlig.",
        "Om sommeren, gry det allerede før fire.",
        "Snorre høyt gjør han bare når han er forkjølet.",
        "Snorre kan hunden like høyt som en voksen.",
        "Snorre er ikke farlig, men det kan være slitsomt.",
        "Mannen hennes begynte å snorre allerede i bilen.",
        "Vi hørte ham snorre gjennom veggen hele natten.",
        "Han prøver å ikke snorre når barnebarna sover over.",
        "Etter lunsj, snorre han gjerne en halvtime på sofaen.",
        "Etter en lang dag, snorre han før nyhetene er slutt.",
        "Lia bak huset er bratt, så de går rundt.",
        "Lia over gården har fortsatt snø.",
        "Lia lyser gul og rød av bjørk om høsten.",
        "Han gikk opp i lia for å hente sauene.",
        "Vi plukket blåbær oppe i lia hele ettermiddagen.",
        "Hytta ligger midt i lia med utsikt over vannet.",
        "Om høsten, lia er det fineste stedet å gå tur.",
        "Ved gården, lia er bratt og full av stein.",
        "Hagen er det eneste stedet han slapper av.",
        "Han har brukt hele våren på å rydde hagen.",
        "Vi satt i hagen og drakk kaffe etter møtet.",
        "Barna leker i hagen når det er fint vær.",
        "Etter regnet, hagen var full av snegler.",
        "Hun vil ikke selge huset fordi hagen betyr så mye.",
        "Naboen klager på at hagen ikke blir stelt.",
        "Det står et gammelt epletre midt i hagen.",
        "Vold hjemme var ikke noe hun ville snakke om i starten.",
        "Han har aldri brukt vold mot noen, sier han.",
        "Skolen har rutiner når barn forteller om vold.",
        "Vi spurte direkte om det hadde vært vold i familien.",
        "Etter bruddet, vold og trusler ble meldt til politiet.",
        "Hun er redd for at det skal ende i vold igjen.",
        "Saken handler ikke om vold, men om penger.",
        "Det finnes hjelp å få for den som utsettes for vold.",
        "Lien ned mot sjøen er full av bjørk.",
        "Vi så elgen stå oppe i lien i går kveld.",
        "De har hytte i lien ovenfor bygda.",
        "Hun går tur i lien hver morgen med hunden.",
        "Om sommeren, lien er grønn og full av blomster.",
        "Stien opp lien er glatt når det regner.",
        "Han hogde ved i lien hele helgen.",
        "Det ble rasfare i lien etter flommen.",
        "Gjerde rundt tomta må på plass før hunden kommer.",
        "Han hoppet over et gjerde og skadet foten.",
        "Naboene krangler om hvem som skal betale for nytt gjerde.",
        "Vi satte opp et lavt gjerde mot veien.",
        "For sikkerhets skyld, gjerde rundt bassenget er påbudt.",
        "Sauene kom seg ut gjennom et hull i et gammelt gjerde.",
        "Det står et hvitt gjerde foran huset.",
        "Hun malte et gjerde sammen med sønnen i helgen.",
        "Stang og snøre lå fortsatt i bilen etter turen.",
        "Han henger seg i en stang i døråpningen for å trene.",
        "Flagget ble heist på en stang ved huset.",
        "Vi måtte bruke en stang for å åpne luken.",
        "På gymmen, stang og vekter står langs veggen.",
        "Hun holder seg i en stang på bussen når det er fullt.",
        "Gardinene henger på en tynn stang over vinduet.",
        "Det knakk en stang i teltet i stormen.",
        "Brun saus hører med til middagen på søndag.",
        "Han kom hjem helt brun etter ferien.",
        "Hun har en brun jakke som hun alltid bruker.",
        "Vi fant en brun konvolutt i postkassen.",
        "Etter sommeren, brun hud og lyst hår.",
        "Sofaen er brun og ganske slitt.",
        "Hunden er brun med hvite poter.",
        "Han ville ha brun ost på skiva.",
        "Høy leie gjør at de vurderer å flytte.",
        "Musikken var så høy at naboene klaget.",
        "Han har høy feber og blir hjemme fra skolen.",
        "Terskelen for å be om hjelp er høy for mange.",
        "Om vinteren, høy strømregning er det som plager dem mest.",
        "Hun er høy og lys og lett å kjenne igjen.",
        "Vi kjøpte høy til hestene før snøen kom.",
        "Det var høy stemning i klassen før juleferien.",
        "Berge det som bergas kan, sa han og ryddet kjelleren.",
        "De klarte å berge bilen før vannet steg mer.",
        "Hun prøver å berge økonomien med ekstravakter.",
        "Vi måtte berge møblene ut av huset etter brannen.",
        "Etter flommen, berge verdisaker var det viktigste.",
        "Han fikk berge båten før stormen tok den.",
        "Det er for sent å berge ekteskapet, mener hun.",
        "De jobbet hele natten for å berge avlingen.",
        "Ro i kroppen får hun først når barna sover.",
        "Han trenger ro og fred for å lese.",
        "Vi tok båten og rodde, og det var godt å ro igjen.",
        "Hun ba ham ta det med ro.",
        "Etter flyttingen, ro og faste rutiner har hjulpet.",
        "Det er ikke ro på avdelingen om natten.",
        "De lærte å ro på sjøen som barn.",
        "Han finner ro på hytta i helgene.",
        "Dal og elv var det hun savnet mest.",
        "De bor i en trang dal med lite sol om vinteren.",
        "Vi kjørte gjennom en lang dal før vi kom fram.",
        "Huset ligger nederst i en grønn dal.",
        "Om vinteren, dal og vei blir ofte stengt av snø.",
        "Han vokste opp i en dal langt fra byen.",
        "Det ligger tåke i hver dal her om morgenen, sa hun.",
        "Elva renner gjennom en smal dal ned til sjøen.",
        "Fjell og vidde er der han har det best.",
        "Vi gikk på fjell hele påsken.",
        "Hun er redd for høyder og liker ikke fjell.",
        "De har en hytte på fjell et stykke fra veien.",
        "Om sommeren, fjell og fiske er det de gjør.",
        "Han har gått mye på fjell, sier han.",
        "Det ble tåke på fjell og vi måtte snu.",
        "Barna lærte å gå på ski på fjell.",
        "Hammer og spiker lå igjen på trappa.",
        "Han slo seg på tommelen med en hammer.",
        "Vi lånte en hammer av naboen for å henge opp bilder.",
        "Hun fant en hammer i bagasjen og ble usikker.",
        "I verktøykassa, hammer og tang ligger øverst.",
        "Det hørtes ut som noen slo med en hammer i veggen.",
        "Han kjøpte en ny hammer på jernvarehandelen.",
        "Gutten fikk en hammer av bestefar til bursdagen.",
        "Nes og vik ligger tett langs denne kysten.",
        "Fyret står ytterst på et lite nes.",
        "Vi badet fra et nes like ved hytta.",
        "Båten rundet et nes og forsvant.",
        "Om kvelden, nes og holmer ligger i skygge.",
        "Han fisker fra et nes der strømmen er sterk.",
        "Det bor bare to familier ute på et nes like ved.",
        "Veien går ut til et nes med utsikt over fjorden.",
        "Bakke opp og ned, sånn er veien til skolen.",
        "Han falt på en glatt bakke og slo hodet.",
        "Sykkelen er tung å trille opp en bratt bakke.",
        "Vi akte ned en bakke bak skolen.",
        "Om vinteren, bakke og trapper må strøs.",
        "Hun bor på toppen av en lang bakke.",
        "Bussen stopper nederst i en bakke ved butikken.",
        "Det er en bratt bakke opp til barnehagen.",
        "Tangen ytterst i fjorden er fin å bade fra.",
        "Vi gikk ut på tangen for å se solnedgangen.",
        "Barna fant krabber på tangen ved hytta.",
        "Det blåser alltid mye ute på tangen.",
        "Om sommeren, tangen er full av folk som griller.",
        "Han ankret opp båten like ved tangen.",
        "Det står en gammel naust på tangen.",
        "Hun løper en runde rundt tangen hver kveld.",
        "Sletten nedenfor gården blir oversvømt hver vår.",
        "Vi syklet over sletten i motvind.",
        "Flyplassen ligger ute på sletten.",
        "Det går rådyr på sletten om kvelden.",
        "Om høsten, sletten er gul av korn.",
        "Han har jobbet på sletten hele livet.",
        "Vinden tar godt ute på sletten.",
        "De bor i et lite hus midt på sletten.",
        "Holt og kratt vokser igjen langs bekken.",
        "Vi fant kantareller i et lite holt ved veien.",
        "Hjorten sto i et holt bak låven.",
        "Barna bygde hytte i et holt ved skolen.",
        "Om våren, holt og enger blir grønne.",
        "Han hogde ned et holt for å få utsikt.",
        "Det ligger et holt med gran mellom husene.",
        "Hun går gjennom et holt på vei til jobb.",
        "Vang og åker lå under snø hele april.",
        "Hestene går på en vang bak huset.",
        "De slo en vang for hånd i gamle dager.",
        "Vi hadde piknik på en vang ved elva.",
        "Om sommeren, vang og li er fulle av blomster.",
        "Han leier en vang av naboen til sauene.",
        "Det står en låve midt på en vang.",
        "Barna spiller fotball på en vang ved skolen.",
        "Kro og bensinstasjon er det eneste som er åpent om natten.",
        "Vi spiste middag på en kro langs veien.",
        "Han jobbet på en kro i ungdommen.",
        "De stoppet på en kro for å varme seg.",
        "Om sommeren, kro og camping fylles av turister.",
        "Hun vil åpne en liten kro i bygda.",
        "Det er en gammel kro ved ferjeleiet.",
        "Vi møttes på en kro halvveis mellom byene.",
    ],
}


@cache
def sentences() -> dict[str, list[str]]:
    """Every kept published sentence by language (pool and word-name sentences)."""
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    with (DATA / "sentences.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out[row["language"]].append(row["sentence"])
    return out


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    with (DATA / "sentences.tsv").open(encoding="utf-8") as f:
        return tuple(
            (r["language"], r["use"], r["sentence"]) for r in csv.DictReader(f, delimiter="\t")
        )


def pool(lang: str) -> list[str]:
    """Published sentences notes draw from (none holds a word-name)."""
    return [s for lg, use, s in _rows() if lg == lang and use == "pool"]


def word_sentences(word: str) -> list[str]:
    """Published and own sentences that use `word` as the word."""
    published = [s for _, use, s in _rows() if use == f"word:{word}"]
    own = [s for s in OWN_ORDINARY["nb"] if word.lower() in _words(s)]
    return [*published, *own]


def _words(s: str) -> list[str]:
    import re

    return re.findall(r"[^\W\d_]+", s.lower())


def given(lang: str) -> list[str]:
    if lang == "moved":
        return [g for gs, _ in MOVED.values() for g in gs.split()]
    return _GIVEN[lang].split()


def family(lang: str) -> list[str]:
    if lang == "moved":
        return [f for _, fs in MOVED.values() for f in fs.split()]
    return _FAMILY[lang].split()


def names() -> dict[str, list[str]]:
    """Every name of every list (word-names included), by list."""
    out = {f"{k}:{lang}": (given if k == "given" else family)(lang)
           for lang in (*NAME_LANGS, "moved") for k in ("given", "family")}  # fmt: skip
    out["word"] = list(WORD_NAMES_BY_LANG["nb"])
    return out
