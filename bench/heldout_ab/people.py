"""Held-out AB's people, towns, word-names and pools (written here from knowledge; no name
list was copied). Notes are Swedish, Finnish and English; people named in them come from
Sweden, Finland, Denmark, Norway, England and ten origins of families who moved north."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

LANGS = ("sv", "fi", "en")  # the languages notes are written in
NAME_LANGS = ("sv", "fi", "da", "no", "en")  # the countries people named come from

_GIVEN = {
    "sv": "Anna Maria Karin Eva Lena Kerstin Ingrid Birgitta Margareta Annika Sofia Emma Sara "
    "Johanna Malin Ulrika Helena Camilla Therese Elin Jenny Frida Hanna Ida Matilda Astrid Wilma "
    "Lars Anders Johan Erik Karl Mikael Peter Jan Nils Magnus Fredrik Mattias Daniel Jonas "
    "Henrik Andreas Oskar Gustav Axel Elias Albin Viktor Emil Ludvig Leif Göran Bengt Torbjörn "
    "Ulf Kjell Rolf Åsa Märta Björn",
    "fi": "Matti Juha Timo Jari Mikko Kari Antti Jukka Markku Pekka Heikki Janne Sami Tuomas Eero "
    "Jussi Lauri Aleksi Eetu Tiina Päivi Sari Minna Tarja Merja Pirjo Riitta Katja Laura Elina "
    "Noora Emilia Aino Venla Iida Sanna Marjatta Kaisa Jyrki Pentti Väinö Sirkka Hannele",
    "da": "Mette Hanne Susanne Lene Kirsten Pia Charlotte Louise Maja Freja Sofie Cecilie Signe "
    "Mads Rasmus Søren Jens Niels Morten Jesper Lasse Mikkel Frederik Thomas Kasper Christian "
    "Jørgen Bent Poul Preben Birthe Jytte Bodil Kåre Asger",
    "no": "Marit Hilde Solveig Ragnhild Silje Ingeborg Kristin Tone Randi Turid Synnøve Nora Thea "
    "Oda Ola Ole Arne Kjetil Trond Geir Svein Terje Øyvind Eirik Håkon Sindre Vegard Espen "
    "Halvor Audun Torunn Gunnhild Åse Sigve Torstein",
    "en": "James John Robert Michael David Richard Matthew Andrew Paul Steven Gary Ian Neil Simon "
    "Graham Stuart Craig Sarah Claire Rachel Helen Karen Julie Susan Lisa Nicola Joanne Kelly "
    "Hannah Rebecca Gemma Alison Fiona Lucy Dominic Nathan Philippa Siobhan Gareth Declan",
}
_FAMILY = {
    "sv": "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
    "Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson "
    "Magnusson Lindström Olofsson Lindqvist Lindgren Axelsson Bergström Lundberg Lundgren "
    "Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund "
    "Danielsson Håkansson Lundin Åberg Öberg",
    "fi": "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Heikkinen Koskinen Järvinen "
    "Lehtonen Lehtinen Saarinen Salminen Heinonen Heikkilä Kinnunen Salonen Turunen Laitinen "
    "Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen "
    "Leinonen Räsänen Kettunen Pölönen",
    "da": "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen "
    "Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller "
    "Mortensen Knudsen Jakobsen Mikkelsen Frederiksen Laursen Henriksen Kjær Østergaard "
    "Søndergaard Bøgh",
    "no": "Johannessen Nilsen Kristiansen Karlsen Johnsen Pettersen Eriksen Hagen Andreassen "
    "Jacobsen Halvorsen Sæther Nygård Amundsen Ødegård Myhre Tangen Gundersen Eide Aasen Lunde "
    "Fossum Sandvik Solberg Bakke Hovland Kvamme Rønning Skjærvø Haugland",
    "en": "Smith Jones Williams Taylor Davies Evans Johnson Roberts Wright Robinson Thompson "
    "Hughes Edwards Lewis Harris Jackson Clarke Turner Scott Cooper Morris Ward Watson "
    "Harrison Morgan Patel Allen Mitchell Phillips Gallagher O'Neill Fitzgerald",
}
# families who moved to the Nordic countries, by origin: given and family names
MOVED = {
    "arabic": (
        "Ahmad Omar Khaled Yousef Rami Samir Nour Rania Huda Layla Amal Yasmin Hiba",
        "Haddad Khalil Nasser Saleh Hamdan Mansour Darwish Haddadin Qasim",
    ),
    "somali": (
        "Abdirahman Abdullahi Mohamed Farah Hodan Fadumo Hamdi Ayaan Warsame Ilhan",
        "Hassan Warsame Jama Yusuf Abdi Egal Samatar Dualeh",
    ),
    "persian": (
        "Reza Dariush Kourosh Babak Shirin Parisa Nasrin Golnaz Arash Mehdi",
        "Rahimi Karimi Hosseini Moradi Jafari Tehrani Sadeghi Kazemi",
    ),
    "polish": (
        "Krzysztof Tomasz Piotr Marek Agnieszka Małgorzata Katarzyna Joanna Paweł Łukasz",
        "Kowalski Nowak Wiśniewski Wójcik Kamińska Lewandowski Zielińska Szymański",
    ),
    "bosnian": (
        "Emir Adnan Edin Senad Amra Lejla Selma Aida Mirza Jasmina",
        "Hodžić Hadžić Begić Mujić Delić Kovačević Suljić Ahmetović",
    ),
    "eritrean": (
        "Tesfay Yonas Habtom Berhane Senait Selam Helen Mebrat Kidane Ruth",
        "Tesfamariam Ghebreab Weldemichael Kahsay Haile Tekle Gebremedhin Asmerom",
    ),
    "turkish": (
        "Mehmet Mustafa Emre Burak Elif Zeynep Ayşe Fatma Hakan Serkan",
        "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan",
    ),
    "afghan": (
        "Ahmad Farid Habib Najib Zahra Mariam Fereshta Shabnam Jawad Wahid",
        "Noori Rahmani Sultani Popal Stanekzai Ahmadzai Hakimi Wardak",
    ),
    "thai": (
        "Somchai Somsak Niran Anong Malee Pranee Siriporn Kanya Chaiwat Wichai",
        "Saetang Srisuk Chaiyaporn Wongsa Boonmee Sukjai Thongdee Rattanakul",
    ),
    "estonian": (
        "Tõnu Mart Priit Andrus Kadri Piret Triin Ülle Margus Rein",
        "Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves",
    ),
}

# Names that are also words of the note languages: registered people bear them, and own
# sentences (and published ones) use them as the words they are.
GIVEN_WORD_NAMES = {
    "sv": ["Lova", "Vilda", "Ville"],  # "to promise", "wild" (plural), "wanted"
    "fi": ["Helmi", "Taimi", "Suvi", "Aura"],  # "pearl", "seedling", "summer", "plough"
    "en": ["Sunny", "Chase", "Rusty"],
}
FAMILY_WORD_NAMES = {
    "sv": ["Gran", "Lönn", "Bäck", "Nord", "Sund"],  # spruce, maple, brook, north, healthy
    "fi": ["Niemi", "Lahti", "Harju", "Vuori", "Kallio"],  # cape, bay, ridge, mountain, rock
    "en": ["Sweet", "Cross", "Wells", "Wise", "Bright"],
}
WORD_NAMES_BY_LANG = {lang: GIVEN_WORD_NAMES[lang] + FAMILY_WORD_NAMES[lang] for lang in LANGS}
WORD_NAMES = [w for lang in LANGS for w in GIVEN_WORD_NAMES[lang]]  # registered as given names
ALL_WORD_NAMES = [w for lang in LANGS for w in WORD_NAMES_BY_LANG[lang]]
# each word-name bearer: (given, family, country); the other half of the name is ordinary
WORD_PEOPLE = [
    ("Lova", "Lindgren", "sv"),
    ("Vilda", "Eklund", "sv"),
    ("Ville", "Axelsson", "sv"),
    ("Karin", "Gran", "sv"),
    ("Mikael", "Lönn", "sv"),
    ("Elin", "Bäck", "sv"),
    ("Gustav", "Nord", "sv"),
    ("Malin", "Sund", "sv"),
    ("Helmi", "Korhonen", "fi"),
    ("Taimi", "Heikkilä", "fi"),
    ("Suvi", "Mattila", "fi"),
    ("Aura", "Salminen", "fi"),
    ("Jukka", "Niemi", "fi"),
    ("Päivi", "Lahti", "fi"),
    ("Timo", "Harju", "fi"),
    ("Riitta", "Vuori", "fi"),
    ("Antti", "Kallio", "fi"),
    ("Sunny", "Patel", "en"),
    ("Chase", "Morgan", "en"),
    ("Rusty", "Turner", "en"),
    ("Claire", "Sweet", "en"),
    ("Gareth", "Cross", "en"),
    ("Julie", "Wells", "en"),
    ("Declan", "Wise", "en"),
    ("Fiona", "Bright", "en"),
]

# Sentences written for this set that use each word-name as the word it is: at a
# sentence's start, inside it and after a comma.
OWN_ORDINARY = {
    "sv": [
        "Lova att du ringer om något händer.",
        "Lova mig att inte köra för fort.",
        "Lova inget som du inte kan hålla.",
        "Hon brukar lova mer än hon hinner.",
        "Det är lätt att lova saker på ett möte.",
        "Vi kan inte lova någon tid i dag.",
        "Ring gärna, lova bara att säga till innan.",
        "Jag vet inte, lova är enkelt men att göra är svårt.",
        "Vilda djur syns ofta vid skogsbrynet.",
        "Vilda jordgubbar växer längs diket.",
        "Vilda planer är roliga att prata om.",
        "Barnen lekte de vilda lekarna hela kvällen.",
        "Vi plockade vilda hallon bakom ladan.",
        "Hon tycker om de vilda blommorna på ängen.",
        "Det var kallt ute, vilda vindar drog in från havet.",
        "Han pratade länge, vilda idéer om en resa söderut.",
        "Ville du ha kaffe eller te?",
        "Ville någon följa med till affären?",
        "Ville de verkligen flytta så långt bort?",
        "Jag ville bara säga tack för i går.",
        "Hon ville inte prata om det just då.",
        "Vi ville hinna hem innan mörkret.",
        "Han sa nej, ville inte följa med.",
        "Efter maten, ville barnen spela kort.",
        "Gran och tall växer tätt på den sidan.",
        "Gran luktar gott när man hugger den.",
        "Gran är billigare virke än furu.",
        "Vi satte en liten gran på balkongen.",
        "Stormen fällde en stor gran över vägen.",
        "Det står en gammal gran vid grinden.",
        "Bakom huset, gran och buskar så långt man ser.",
        "Han pekade mot skogen, gran så långt ögat nådde.",
        "Lönn blir vackert röd på hösten.",
        "Lönn används ofta till möbler och golv.",
        "Lönn planterades längs hela gatan.",
        "Bordet var gjort av ljus lönn.",
        "Vi sitter ofta under en stor lönn i parken.",
        "Löven från vår lönn täpper till stupröret.",
        "Utanför fönstret, lönn och syren i full blom.",
        "Han snickrade en pall, lönn till sitsen och furu till benen.",
        "Bäck är ett fint ord för en liten å.",
        "Bäck finns det gott om i de här skogarna.",
        "Bäck och å rinner ihop nedanför byn.",
        "Barnen byggde en damm i en liten bäck.",
        "Det porlar från en bäck bakom stugan.",
        "Vi gick längs en bäck hela vägen upp.",
        "Nedanför backen, bäck och myr så långt man ser.",
        "Hon visade vägen, bäck på vänster sida hela tiden.",
        "Nord är den riktning kompassnålen pekar mot.",
        "Nord och syd blandades ihop på kartan.",
        "Nord blir lätt fel om man vänder kartan.",
        "Vinden kommer från nord i dag.",
        "Vi körde mot nord i flera timmar.",
        "Huset ligger med framsidan mot nord.",
        "Det blåste hårt, nord till nordost enligt radion.",
        "Titta på kompassen, nord är uppåt.",
        "Sund mat och sömn hjälper mest.",
        "Sund ekonomi är viktigt för familjen.",
        "Sund skepsis skadar aldrig.",
        "Det är en sund inställning till jobbet.",
        "Färjan gick över ett smalt sund.",
        "Han har en sund syn på pengar.",
        "Efter promenaden, sund trötthet i hela kroppen.",
        "Inte dumt, sund vana att gå ut varje dag.",
    ],
    "fi": [
        "Helmi irtosi korvakorusta ja vierähti sohvan alle.",
        "Helmi kimalsi simpukan sisällä.",
        "Helmi putosi kaulakorusta lattialle.",
        "Se oli oikea helmi.",
        "Tämä kirja on todellinen helmi.",
        "Mökki on pieni helmi järven rannalla.",
        "Katso tätä, helmi löytyi vihdoin matosta.",
        "Vanha kaappi kannatti korjata, helmi se on nyt.",
        "Taimi kasvoi nopeasti ikkunalaudalla.",
        "Taimi kannattaa kastella illalla.",
        "Taimi kuoli pakkaseen viime viikolla.",
        "Jokainen taimi istutettiin omaan ruukkuun.",
        "Pihalle tuli uusi omenapuun taimi.",
        "Tuo pieni taimi on jo polven korkuinen.",
        "Sade tuli ajallaan, taimi selvisi kuivasta keväästä.",
        "Ei hätää, taimi toipuu kyllä.",
        "Suvi oli lämmin ja pitkä.",
        "Suvi saapui pohjoiseen myöhään.",
        "Suvi tuntuu aina liian lyhyeltä.",
        "Koko suvi meni mökillä.",
        "Tämä suvi on ollut sateinen.",
        "Viime suvi oli kaunis ja kuiva.",
        "Odotimme kauan, suvi tuli vasta myöhään.",
        "Ikkunat auki, suvi tuoksuu pihalla.",
        "Aura on vanha maanviljelyksen työkalu.",
        "Aura jäi pellon laitaan ruostumaan.",
        "Aura vedettiin ennen hevosella.",
        "Isoisällä oli navetassa vanha aura.",
        "Traktorin perässä kulki raskas aura.",
        "Hänen ympärillään oli rauhallinen aura.",
        "Lunta tuli yöllä, aura kävi aamulla tiellä.",
        "Kevät tuli, aura otettiin taas esiin.",
        "Niemi työntyy pitkälle järveen.",
        "Niemi oli kesällä täynnä mökkiläisiä.",
        "Niemi näkyy hyvin rannalta.",
        "Tuo kapea niemi on hyvä uimapaikka.",
        "Sen takana on pieni kallioinen niemi.",
        "Koko niemi oli metsän peitossa.",
        "Veneellä kesti hetken, niemi tuli näkyviin sumun takaa.",
        "Katso kartasta, niemi on tuossa.",
        "Lahti jäätyy yleensä ensimmäisenä.",
        "Lahti oli tyyni koko illan.",
        "Lahti on matala ja lämmin uida.",
        "Mökin edessä on suojainen lahti.",
        "Tuo lahti on kalastajien suosikki.",
        "Pieni lahti kaislikon takana oli täynnä sorsia.",
        "Tuuli kääntyi, lahti oli heti täynnä aaltoja.",
        "Aamulla oli pakkasta, lahti oli jäässä.",
        "Harju kulkee koko kylän läpi.",
        "Harju on hyvä paikka lenkille.",
        "Harju peittyi lumeen jo aikaisin.",
        "Talon takana kohoaa korkea harju.",
        "Tämä harju syntyi jääkauden lopussa.",
        "Koko harju on täynnä mäntyjä.",
        "Kävelimme tunnin, harju alkoi nousta jyrkästi.",
        "Näköala oli hieno, harju jatkui horisonttiin asti.",
        "Vuori näytti illalla punaiselta.",
        "Vuori oli korkeampi kuin luulimme.",
        "Vuori on ollut heidän unelmansa pitkään.",
        "Edessä kohosi jylhä vuori.",
        "Hänen mielestään jokainen vuori kannattaa kiivetä.",
        "Pöydällä oli kokonainen vuori pyykkiä.",
        "Kun sumu hälveni, vuori näkyi kokonaan.",
        "Matkaa oli paljon, vuori vain kasvoi edessämme.",
        "Kallio oli lämmin auringon jäljiltä.",
        "Kallio on liukas sateella.",
        "Kallio laskee suoraan veteen.",
        "Rannassa on sileä kallio.",
        "Talon alla on kova kallio.",
        "Se iso kallio on lasten lempipaikka.",
        "Varo vähän, kallio on märkä.",
        "Uinnin jälkeen, kallio tuntui pehmeältä istua.",
    ],
    "en": [
        "Sunny days make the walk to the shop easier.",
        "Sunny weather is forecast for the weekend.",
        "Sunny spells and showers, the radio said.",
        "It was a sunny morning when we set off.",
        "She has a sunny way of talking to everyone.",
        "The kitchen is the only sunny room in the flat.",
        "After the rain stopped, sunny skies came back.",
        "Not much to report, sunny and quiet all afternoon.",
        "Chase the dog away from the bins, please.",
        "Chase up the letter if nothing comes this week.",
        "Chase games are what the kids like best.",
        "We had to chase the bus down the hill.",
        "We will chase the council about the repairs.",
        "The cat likes to chase leaves in the garden.",
        "No reply yet, chase it again on the next visit.",
        "If it is late again, chase them by phone.",
        "Rusty hinges make the door hard to open.",
        "Rusty nails were left all over the shed.",
        "Rusty fingers or not, the piano still gets played.",
        "He rides an old rusty bike to work.",
        "Her maths is a bit rusty these days.",
        "The gate had a rusty lock on it.",
        "It still works, rusty or not.",
        "Years in the garage, rusty tools everywhere.",
        "Sweet tea is what she offers every visitor.",
        "Sweet of you to ask about my knee.",
        "Sweet things are hard to give up.",
        "The neighbours were really sweet to us.",
        "He has a sweet tooth and keeps biscuits everywhere.",
        "That was a sweet card from the grandchildren.",
        "Not too much sugar, sweet enough as it is.",
        "She smiled at the baby, sweet little thing.",
        "Cross the road at the lights, not by the bend.",
        "Cross out anything that no longer applies.",
        "Cross words were said at dinner, she admitted.",
        "He was cross with himself for forgetting.",
        "Put a cross in the box if you agree.",
        "We had to cross the river by the old bridge.",
        "When the bill arrived, cross was not the word for it.",
        "Try not to get upset, cross looks never help.",
        "Wells were the only water source back then.",
        "Wells like that need cleaning every year.",
        "Wells in the village dried up that summer.",
        "The farm has two old wells behind the barn.",
        "They still draw water from wells out there.",
        "The charity digs wells in dry regions.",
        "Past the church, wells and troughs line the lane.",
        "In those days, wells were shared by whole streets.",
        "Wise words from my grandmother, as always.",
        "Wise choices are easier with a bit of sleep.",
        "Wise or not, he went ahead with the move.",
        "It would be wise to see the doctor soon.",
        "She is older and wise about these things.",
        "That was not a wise thing to say.",
        "Looking back, wise is not how anyone would describe it.",
        "Calm and patient, wise beyond her years.",
        "Bright colours cheer up the hallway.",
        "Bright lights give her headaches.",
        "Bright and early, we were out of the door.",
        "He is a bright lad who loves maths.",
        "The room is small but bright and warm.",
        "We bought a bright yellow raincoat.",
        "Look on the positive side, bright days are coming.",
        "The lamp was new, bright enough to read by.",
    ],
}

# Towns: (name, postcode of the centre, country). Registered ones are places; the others
# stand after a postcode in addresses.
TOWNS = {
    "sv": [
        ("Västerås", "722 10"),
        ("Örebro", "702 10"),
        ("Linköping", "582 22"),
        ("Umeå", "903 26"),
        ("Gävle", "802 50"),
        ("Jönköping", "553 20"),
    ],
    "fi": [
        ("Tampere", "33100"),
        ("Jyväskylä", "40100"),
        ("Kuopio", "70100"),
        ("Pori", "28100"),
        ("Vaasa", "65100"),
    ],
    "da": [("Aalborg", "9000"), ("Esbjerg", "6700"), ("Odense", "5000")],
    "no": [("Tromsø", "9008"), ("Drammen", "3015"), ("Bodø", "8006")],
    "en": [
        ("Leeds", "LS1 4DY"),
        ("Norwich", "NR2 1NH"),
        ("York", "YO1 7HH"),
        ("Bristol", "BS1 5TR"),
    ],
}
REGISTERED_TOWNS = {"sv": 4, "fi": 3, "da": 1, "no": 1, "en": 2}


def given(lang: str) -> list[str]:
    if lang == "moved":
        return sorted({g for gs, _ in MOVED.values() for g in gs.split()})
    return _GIVEN[lang].split()


def family(lang: str) -> list[str]:
    if lang == "moved":
        return sorted({f for _, fs in MOVED.values() for f in fs.split()})
    return _FAMILY[lang].split()


def names() -> dict[str, list[str]]:
    """Every name list: "<lang>/given", "<lang>/family", "moved/<origin>/given|family"."""
    out: dict[str, list[str]] = {}
    for lang in NAME_LANGS:
        out[f"{lang}/given"] = given(lang)
        out[f"{lang}/family"] = family(lang)
    for origin, (gs, fs) in MOVED.items():
        out[f"moved/{origin}/given"] = gs.split()
        out[f"moved/{origin}/family"] = fs.split()
    return out


@functools.cache
def _rows() -> tuple[tuple[str, str, str, str], ...]:
    with (DATA / "sentences.tsv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return tuple(tuple(r) for r in reader)  # type: ignore[misc]


def sentences() -> dict[str, list[str]]:
    """Every kept published sentence by language (pool and word-name ones)."""
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for lang, _source, _use, sentence in _rows():
        out[lang].append(sentence)
    return out


def pool(lang: str) -> list[str]:
    return [s for lg, _src, use, s in _rows() if lg == lang and use == "pool"]


def word_sentences(lang: str) -> dict[str, list[str]]:
    """Published sentences that serve one word-name only, by word."""
    out: dict[str, list[str]] = {}
    for lg, _src, use, s in _rows():
        if lg == lang and use.startswith("word:"):
            out.setdefault(use[5:], []).append(s)
    return out
