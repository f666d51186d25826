"""Who and where held-out Z's notes name, and the published sentences they are written with.

Names are written here as facts (commonly borne given and family names of each country or
origin, from this writer's knowledge of them; no list was copied from a package or another
set), as are the towns and their postcodes. `sentences()` reads `data/sentences.tsv`, which
`build_data.py` derives from the sources its README names."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("sv", "en", "fi", "no", "da")

_GIVEN = {
    "sv": """Agneta Annika Birgitta Camilla Cecilia Elin Ellinor Frida Gunilla Hanna Helena Ingrid
        Jenny Johanna Karin Kerstin Linda Lena Lovisa Malin Margareta Marie Matilda Monika Petra
        Sofia Susanne Therese Ulrika Viktoria Åsa Märta Ebba Tyra Wilma Alva Ylva Linnéa Anders
        Bengt Christer Daniel Erik Fredrik Gustav Göran Henrik Johan Jonas Kjell Lars Leif Magnus
        Mats Mikael Niklas Olof Patrik Rickard Roger Stefan Sven Tobias Ulf Åke Örjan Sören
        Torbjörn Håkan Joakim Pontus Viggo Sixten Hampus""",
    "da": """Anne Kirsten Hanne Mette Lene Marianne Lone Pia Louise Charlotte Tina Gitte Bente Jette
        Trine Rikke Sofie Freja Ida Clara Karoline Mathilde Ditte Birgit Dorthe Helle Inge Vibeke
        Mikkel Rasmus Jesper Søren Jens Niels Morten Martin Michael Jørgen Poul Ole Bent Torben
        Kasper Frederik Mads Emil Nikolaj Christian Steffen Thorkild Aage Ejnar Kjeld Preben
        Flemming Bjarne Troels Villads Asger Jeppe""",
    "no": """Inger Kari Marit Randi Solveig Hilde Berit Astrid Bjørg Turid Tone Siri Ragnhild
        Elisabeth Marte Ingvild Kristin Silje Nora Ingeborg Thea Synnøve Åse Guri Oddny Sigrid
        Tuva Maren Ragna Vilde Jan Arne Knut Svein Terje Geir Trond Tore Atle Øyvind Eirik Espen
        Håkon Sindre Sigurd Vegard Ørjan Torstein Halvard Gunnar Jostein Magne Steinar Audun Aksel
        Mathias Kristoffer Sverre Even Torbjørn""",
    "fi": """Aino Anne Anneli Eeva Elina Heli Irma Katja Kaisa Kirsi Leena Liisa Maarit Marja Minna
        Niina Paula Pirjo Riikka Sanna Seija Sirpa Tarja Tiina Tuula Eija Päivi Sari Jaana Outi
        Anu Hannele Antti Eero Heikki Ilkka Jari Jarmo Jukka Juha Jussi Kalle Lauri Markku Matti
        Mikko Olli Pekka Pentti Petri Sami Seppo Timo Tapani Teemu Tuomas Veikko Ville Väinö Jyrki
        Kimmo Esa Reijo Jouni Raimo""",
    "en": """Oliver Jack Harry George James Charlie Samuel Joseph Benjamin Edward Henry Matthew
        Christopher Andrew David Paul Stephen Richard Simon Gareth Neil Graham Kevin Callum Ryan
        Olivia Amelia Emily Isla Ava Jessica Sophie Chloe Lucy Eleanor Rebecca Sarah Rachel Claire
        Gemma Kirsty Fiona Siobhan Natalie Megan Bethany Abigail Harriet Imogen Zoe Declan Rhys
        Niamh Aoife Eilidh""",
}
_FAMILY = {
    "sv": """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson
        Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson
        Olofsson Lindström Lindqvist Lindgren Axelsson Bergström Lundberg Lundgren Lundqvist
        Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund
        Danielsson Håkansson Lundin Björklund Gunnarsson Holmberg Fransson Samuelsson Nyström
        Holmgren Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Åberg Öberg""",
    "da": """Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen
        Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller
        Mortensen Knudsen Jakobsen Mikkelsen Frederiksen Laursen Henriksen Schmidt Eriksen
        Kristiansen Clausen Simonsen Svendsen Andreasen Iversen Østergaard Jeppesen Vestergaard
        Nissen Lauridsen Kjær Mogensen Nørgaard Jessen Søndergaard Bertelsen Overgaard Højgaard
        Brødsgaard Damgaard Bech""",
    "no": """Johannessen Andreassen Jacobsen Halvorsen Gundersen Solberg Eide Knutsen Martinsen
        Paulsen Kristoffersen Mathisen Amundsen Ellingsen Lunde Solheim Berntsen Myklebust Aasen
        Fossum Nygård Sæther Rønning Karlsen Johnsen Pettersen Nilsen Tveit Haugland Bjørnstad
        Engebretsen Løken Skjelbred Thorsen Fjeldstad Ødegård Sandvik Rustad Grønli Kvamme
        Torgersen Wold""",
    "fi": """Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Heikkinen Koskinen Järvinen
        Lehtonen Lehtinen Saarinen Salminen Heinonen Heikkilä Kinnunen Salonen Turunen Laitinen
        Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Leinonen
        Miettinen Hirvonen Pitkänen Kärkkäinen Rautiainen Väisänen Ojala Aaltonen Kettunen
        Manninen Vainio Peltonen Räsänen""",
    "en": """Smith Jones Williams Taylor Davies Evans Johnson Roberts Wilson Robinson Wright
        Thompson Hughes Edwards Harris Clarke Jackson Turner Harrison Morgan Allen Mitchell
        Phillips Campbell Murray Kelly Stewart Reid Gallagher Bennett Patel Morris Lloyd Jenkins
        Owen Hughes Doherty Fraser Sutherland Whitfield Pritchard""",
}
# Families who moved to the Nordic countries, by origin: given and family names.
MOVED = ("arabic", "somali", "persian", "kurdish", "polish", "bosnian", "tigrinya", "ukrainian",
         "turkish", "vietnamese")  # fmt: skip
_MOVED_GIVEN = {
    "arabic": """Ahmed Mohammed Hassan Hussein Khaled Yousef Mustafa Ibrahim Karim Samir Tariq
        Nabil Fatima Aisha Mariam Zainab Layla Rana Huda Amira Salma Yasmin Dalia Rania Hiba""",
    "somali": """Abdi Abdirahman Abdullahi Mohamud Hodan Hibo Ifrah Ayaan Sagal Nimco Liban
        Bashir Yusuf Khadra Sahra Hamza Idil Deqa Farhiya Mukhtar""",
    "persian": """Reza Mehdi Hossein Dariush Kaveh Arash Babak Farhad Navid Omid Shirin Parisa
        Maryam Leila Nasrin Roya Shabnam Azadeh Samira Golnar""",
    "kurdish": """Dilan Rojda Berfin Zilan Hevin Rezan Shilan Azad Baran Dilshad Kawa Rebwar
        Sherko Hawar Zana Nareen""",
    "polish": """Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Łukasz Grzegorz Wojciech
        Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa Dorota Aleksandra Justyna Beata""",
    "bosnian": """Amir Emir Adnan Haris Kenan Mirza Tarik Almir Edin Nedim Amra Lejla Selma Merima
        Ajla Emina Belma Azra Dženana Medina""",
    "tigrinya": """Yonas Dawit Tesfay Filmon Yohannes Berhane Kidane Selam Senait Saba Ruta Feven
        Luwam Mekdes Yordanos Tsega Habtom""",
    "ukrainian": """Oleksandr Andrii Dmytro Serhii Mykola Yurii Taras Bohdan Volodymyr Oksana
        Olena Iryna Nataliia Tetiana Yuliia Kateryna Svitlana Halyna""",
    "turkish": """Mehmet Ahmet Emre Burak Murat Serkan Ayşe Elif Zeynep Fatma Emine Büşra Merve
        Esra Derya Selin Hakan Onur""",
    "vietnamese": """Minh Linh Trang Huong Thao Hoa Ngoc Tuan Hung Dung Quang Thanh Phuong Khanh
        Hieu Tuyet""",
}
_MOVED_FAMILY = {
    "arabic": """Haddad Khalil Mansour Nasser Saleh Hamdan Darwish Aziz Jaber Abbas Kareem Issa
        Youssef Rahman Shami Barakat Tahan Najjar""",
    "somali": """Warsame Jama Osman Aden Abdi Egal Duale Gedi Hirsi Ismail Mire Samatar Yusuf
        Dirie Elmi""",
    "persian": """Hosseini Ahmadi Rahimi Karimi Moradi Jafari Rezaei Mohammadi Sadeghi Kazemi
        Ebrahimi Ghorbani Amini Najafi Ahmadzai Popal Sultani Haidari""",
    "kurdish": """Amedi Duhoki Zebari Hawrami Kurdi Sindi Berwari Talabani Rekani""",
    "polish": """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński
        Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski
        Grabowski""",
    "bosnian": """Hodžić Hadžić Begić Delić Mehmedović Hasanović Kovačević Ibrahimović Salihović
        Mujić Čolić Halilović""",
    "tigrinya": """Tesfamariam Ghebremedhin Woldemichael Haile Gebreyesus Tekle Berhe Mehari Habte
        Ghebreab""",
    "ukrainian": """Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boiko Oliinyk
        Lysenko Marchenko Savchenko Rudenko Petrenko Moroz""",
    "turkish": """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan
        Kılıç Çetin Koç Özkan""",
    "vietnamese": """Nguyen Tran Pham Hoang Phan Dang Bui Duong Truong Vo""",
}

# Word-names: registered people whose given or family name is also a word of the note's
# language (none in any earlier set's README, bench/finnish_given_nouns.py or the development
# corpus's ORDINARY_GIVEN; see README).
GIVEN_WORD_NAMES = {
    "sv": ("Viking",),
    "en": ("Ivy", "Holly"),
    "fi": ("Ilo", "Tähti", "Pilvi"),
    "no": ("Ravn", "Eik"),
    "da": ("Kaj",),
}
FAMILY_WORD_NAMES = {
    "sv": ("Björk", "Kvist", "Frost", "Skog"),
    "en": ("Baker", "Marsh", "Bird"),
    "fi": ("Laine", "Saari"),
    "no": ("Foss", "Brekke", "Haug"),
    "da": ("Vind", "Hjort", "Bonde", "Smed"),
}
WORD_NAMES_BY_LANG = {lang: GIVEN_WORD_NAMES[lang] + FAMILY_WORD_NAMES[lang] for lang in LANGS}
WORD_NAMES = tuple(w for lang in LANGS for w in GIVEN_WORD_NAMES[lang])  # registered as given

# Towns (municipalities) and postcodes of their centres, written here as facts.
TOWNS = {
    "sv": (("Tranås", "573 31"), ("Kalix", "952 31"), ("Sala", "733 30"), ("Ljungby", "341 30"),
           ("Vimmerby", "598 30"), ("Hudiksvall", "824 30"), ("Mora", "792 30"),
           ("Säffle", "661 30"), ("Härnösand", "871 30"), ("Lysekil", "453 30"),
           ("Motala", "591 30"), ("Arvika", "671 31")),
    "no": (("Kongsvinger", "2211"), ("Steinkjer", "7713"), ("Levanger", "7600"),
           ("Florø", "6900"), ("Ørsta", "6150"), ("Notodden", "3674"), ("Mosjøen", "8657"),
           ("Elverum", "2406"), ("Egersund", "4370"), ("Kragerø", "3770"), ("Sortland", "8400"),
           ("Lillesand", "4790")),
    "da": (("Haderslev", "6100"), ("Skive", "7800"), ("Thisted", "7700"), ("Nakskov", "4900"),
           ("Grenaa", "8500"), ("Hobro", "9500"), ("Ringsted", "4100"), ("Faaborg", "5600"),
           ("Tønder", "6270"), ("Frederikshavn", "9900"), ("Nyborg", "5800"), ("Lemvig", "7620")),
    "fi": (("Iisalmi", "74100"), ("Kajaani", "87100"), ("Forssa", "30100"), ("Raahe", "92100"),
           ("Loimaa", "32200"), ("Kemi", "94100"), ("Heinola", "18100"), ("Nurmes", "75500"),
           ("Kuusamo", "93600"), ("Sastamala", "38200"), ("Uusikaupunki", "23500"),
           ("Varkaus", "78200")),
    "en": (("Kendal", "LA9"), ("Ludlow", "SY8"), ("Whitby", "YO21"), ("Bridport", "DT6"),
           ("Hexham", "NE46"), ("Barnstaple", "EX31"), ("Oban", "PA34"), ("Penrith", "CA11"),
           ("Skipton", "BD23"), ("Falmouth", "TR11"), ("Brecon", "LD3"), ("Thetford", "IP24")),
}  # fmt: skip


def given(group: str) -> list[str]:
    if group == "moved":
        return [n for g in MOVED for n in _MOVED_GIVEN[g].split()]
    return list(dict.fromkeys(_GIVEN[group].split()))


def family(group: str) -> list[str]:
    if group == "moved":
        return [n for g in MOVED for n in _MOVED_FAMILY[g].split()]
    return list(dict.fromkeys(_FAMILY[group].split()))


def moved_given(origin: str) -> list[str]:
    return _MOVED_GIVEN[origin].split()


def moved_family(origin: str) -> list[str]:
    return _MOVED_FAMILY[origin].split()


def towns(lang: str) -> tuple[tuple[str, str], ...]:
    return TOWNS[lang]


def names() -> dict[str, list[str]]:
    """Every name list by "group/kind" ("sv/given", "moved/polish/family", "en/town")."""
    out: dict[str, list[str]] = {}
    for lang in LANGS:
        out[f"{lang}/given"] = given(lang)
        out[f"{lang}/family"] = family(lang)
        out[f"{lang}/town"] = [t for t, _ in TOWNS[lang]]
    for origin in MOVED:
        out[f"moved/{origin}/given"] = moved_given(origin)
        out[f"moved/{origin}/family"] = moved_family(origin)
    return out


@functools.cache
def _rows() -> tuple[tuple[str, str, str, str], ...]:
    with (DATA / "sentences.tsv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return tuple((r[0], r[1], r[2], r[3]) for r in reader)


def sentences() -> dict[str, list[str]]:
    """The published sentences notes draw from, by language (in the file's order)."""
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for lang, _source, use, sentence in _rows():
        if use == "pool":
            out[lang].append(sentence)
    return out


def word_sentences() -> dict[str, list[str]]:
    """Published sentences that serve a word-name (use "word:<name>"), by word, lower case."""
    out: dict[str, list[str]] = {}
    for _lang, _source, use, sentence in _rows():
        if use.startswith("word:"):
            out.setdefault(use[5:], []).append(sentence)
    return out


def sources() -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {lang: {} for lang in LANGS}
    for lang, source, _use, _s in _rows():
        out[lang][source] = out[lang].get(source, 0) + 1
    return out


# Sentences written for this set in which each word-name is the word it is, at a sentence's
# start, inside it and after a comma (no name, digit or date in any of them).
OWN_ORDINARY: dict[str, tuple[str, ...]] = {
    "sv": (
        "Han klädde ut sig till viking på maskeraden.",
        "Viking eller inte, ingen ville bära den tunga skölden.",
        "Barnen lekte viking hela eftermiddagen på gården.",
        "På museet fick vi se hur en viking bodde.",
        "Efter middagen, viking eller munk, fick alla diska.",
        "Vår son vill bli viking när han blir stor.",
        "Han ser ut som en riktig viking med det där skägget.",
        "Ingen i klassen ville vara viking i pjäsen, så läraren fick lotta.",
        "Hon sa, viking är väl ändå bättre än pirat.",
        "Vi har en gammal björk utanför köksfönstret.",
        "Björk och gran växer tätt bakom huset.",
        "Han eldar helst med björk, för den brinner jämnt.",
        "Där stod en ensam björk mitt på åkern.",
        "Efter stormen, björk och asp låg kors och tvärs över vägen.",
        "Björk ger bäst ved, menar grannen.",
        "Hon är allergisk mot björk och har det svårt varje vår.",
        "Vi planterade en björk när barnet föddes.",
        "Pollen från björk gör att han nyser hela våren.",
        "Hon tog en kvist av syrenen och satte den i en vas.",
        "Kvist och grenar bröts av under snön.",
        "Det låg en kvist i brevlådan, ingen vet varför.",
        "Barnen gjorde en fågel av en kvist och lite lera.",
        "Han fastnade med tröjan i en kvist på vägen hem.",
        "Hon plockade kottar, kvist och stenar i en påse.",
        "Kvist är bra att ha när man ska tända i kaminen.",
        "Katten lekte med en kvist hela förmiddagen.",
        "Brädan hade en kvist mitt i, så den sprack.",
        "Det var frost på rutorna i morse.",
        "Frost i början av hösten tar alla tomater.",
        "Vi fick täcka rabatterna, för det var frost i natt.",
        "Efter en natt med frost var gräset vitt.",
        "Frost eller inte, hon cyklar alltid till jobbet.",
        "Det blev frost, så potatisen fick vänta.",
        "Bilen startade inte, frost i låset igen.",
        "Han skrapade frost från vindrutan i tio minuter.",
        "Hon var orolig för frost innan äppelträdet blommat.",
        "Vi bor nära skog och sjö, och det är skönt.",
        "Skog har alltid lugnat mig när jag är stressad.",
        "Det är mest skog där uppe, inte många hus.",
        "Han vill hugga skog på sin mark i vinter.",
        "Hemma hos mormor fanns skog, ängar och en liten bäck.",
        "Skog och mark sköts av grannen.",
        "Hon promenerar i skog och mark varje dag med hunden.",
        "Det brann i skog nära byn i somras.",
        "Barnen lärde sig skilja på skog och mosse.",
    ),
    "en": (
        "The ivy has grown right over the back window.",
        "Ivy covers most of the garden wall now.",
        "He spent the weekend pulling ivy off the fence.",
        "There was ivy everywhere, even inside the shed.",
        "She said, ivy is hard to get rid of once it takes hold.",
        "Ivy grows fast if nobody cuts it back.",
        "The landlord wants the ivy gone before winter.",
        "We found a nest in the ivy by the door.",
        "They painted the hall, cut the ivy, and fixed the gate.",
        "We put a sprig of holly on the table every winter.",
        "Holly berries are poisonous, so keep them away from the dog.",
        "He pricked his finger on the holly by the gate.",
        "There is a big holly bush at the end of the path.",
        "Holly and fir branches were all over the hall.",
        "She bought candles, holly, and a new tablecloth.",
        "The birds have eaten every berry on the holly.",
        "Holly grows well in the shade here.",
        "They cut some holly for the door wreath.",
        "The baker on the corner closes early on weekdays.",
        "Baker is what she always wanted to be as a child.",
        "He works as a baker and starts at four in the morning.",
        "We get our bread from a baker near the station.",
        "My son, baker or not, still burns the toast.",
        "The new baker makes lovely rye bread.",
        "Her uncle was a baker for thirty years.",
        "Ask the baker if they have anything without nuts.",
        "They hired a baker, a cook and two cleaners.",
        "The path along the marsh is flooded again.",
        "Marsh birds nest there in the spring.",
        "We walked across the marsh to the old bridge.",
        "The house backs onto a marsh, so it is always damp.",
        "Marsh gas was what the old man called it.",
        "The kids got lost near the marsh and came back soaked.",
        "There is a marsh at the bottom of the field.",
        "Beyond the fields, marsh and reeds stretch to the sea.",
        "Her boots were ruined in the marsh.",
        "A bird got into the kitchen this morning.",
        "Bird food is on the shopping list again.",
        "She sat by the window and watched a bird on the feeder.",
        "The cat brought in a bird and left it on the mat.",
        "He can name every bird he hears on the walk.",
        "Bird or bat, something was in the loft last night.",
        "We found a small bird with a broken wing.",
        "After the rain, bird song filled the garden.",
        "Her daughter drew a bird on every page.",
    ),
    "fi": (
        "Lasten ilo oli suuri, kun lumi vihdoin tuli.",
        "Ilo ei maksa mitään, sanoi mummo aina.",
        "Se oli puhdas ilo nähdä heidät taas.",
        "Koiran ilo oli rajaton, kun pääsimme kotiin.",
        "Ilo ja suru kulkevat usein käsi kädessä.",
        "Hänen suurin ilo on puutarha.",
        "Kaikki nauroivat, ilo tarttui meihin kaikkiin.",
        "Pieni ilo arjessa auttaa jaksamaan.",
        "Oli ilo tehdä töitä sen porukan kanssa.",
        "Taivaalla loisti yksi kirkas tähti.",
        "Tähti putosi juuri, kun katsoin ylös.",
        "Kuusen latvaan laitettiin kultainen tähti.",
        "Joka ilta näkyy sama tähti keittiön ikkunasta.",
        "Tähti on lapsen lempikuvio.",
        "Ulkona oli pimeää, tähti tuikki metsän yllä.",
        "Hänestä tuli joukkueen tähti jo ensimmäisenä vuonna.",
        "Oven päällä roikkuu paperinen tähti.",
        "Pihalla oli kylmä, ja tähti näkyi selvästi.",
        "Aurinkoa peitti yksi ainoa pilvi.",
        "Pilvi näytti ihan koiralta.",
        "Musta pilvi nousi järven ylle.",
        "Kun pilvi meni ohi, tuli taas lämmin.",
        "Pilvi ja sumu peittivät koko laakson.",
        "Hetken päästä, pilvi oli kadonnut kokonaan.",
        "Lapsi kysyi, miksi pilvi liikkuu.",
        "Ikkunasta näkyi vain harmaa pilvi.",
        "Pöly nousi tieltä kuin pilvi.",
        "Iso laine kasteli meidät rannalla.",
        "Laine löi veneen kylkeen.",
        "Joka laine toi rantaan lisää kaislaa.",
        "Laine oli niin korkea, että lapset juoksivat pois.",
        "Järvellä kävi tuuli, laine toisensa perään löi laituriin.",
        "Viimeinen laine vei hiekkalinnan.",
        "Hän odotti, että laine rauhoittuu.",
        "Ohi ajaneen veneen laine heilutti laituria.",
        "Meren rannalla, laine ja tuuli pitivät meteliä koko yön.",
        "Järven keskellä on pieni saari.",
        "Saari näkyy mökin terassilta.",
        "Meidän saari on vain kivi ja kolme mäntyä.",
        "Tuo saari on lintujen pesimäaluetta.",
        "Saari oli talvella autio.",
        "Sumun takaa, saari tuli yhtäkkiä näkyviin.",
        "Lapset luulevat, että saari kelluu.",
        "Kartalla saari on pelkkä piste.",
        "Koko saari oli täynnä mustikoita.",
    ),
    "no": (
        "En ravn satt på taket hele morgenen.",
        "Ravn og kråke er ikke det samme, sa han.",
        "Vi så en ravn over fjellet i går.",
        "Det var en ravn som tok maten fra fuglebrettet.",
        "Ravn er en klok fugl, sier bestemor.",
        "Ute i hagen, ravn og skjære kranglet om brødet.",
        "Hunden bjeffet mot en ravn på gjerdet.",
        "Hun har en ravn tatovert på armen.",
        "Om natten hørte vi en ravn rope.",
        "Det står en gammel eik ved porten.",
        "Eik er et tungt treslag å jobbe med.",
        "Bordet er laget av eik fra gården.",
        "Vi satt under en eik og spiste.",
        "Eik og bøk gir fin ved.",
        "Han valgte eik til gulvet, selv om det kostet mer.",
        "Han solgte bjørk, eik og gran på markedet.",
        "Ekornet bor i en eik bak huset.",
        "Skapet er i eik og veldig tungt.",
        "Vi gikk opp til en foss i nærheten.",
        "Foss og elv er farlige om våren.",
        "Det bruser av en foss rett bak hytta.",
        "Hun tok bilder av en foss på veien.",
        "Etter regnet, foss og bekker kom ned fjellsiden.",
        "Foss var det første ordet han lærte på norsk.",
        "Barna badet nedenfor en foss i sommer.",
        "Det er en liten foss der stien slutter.",
        "Vannet kom som en foss gjennom taket.",
        "Han var redd for å brekke armen i bakken.",
        "Brekke beinet er det siste jeg trenger nå.",
        "Pass deg, du kan brekke noe.",
        "Det er lett å brekke en pinne når den er tørr.",
        "Vi måtte brekke opp døren.",
        "Hun prøvde å brekke sjokoladen i to.",
        "Ungen klarte å brekke en tann på isen.",
        "Brekke av et stykke brød, det er alt han ber om.",
        "Om vinteren, brekke et bein er fort gjort på glatta.",
        "Det ligger en haug med klær på gulvet.",
        "Haug med papirer er det eneste jeg ser på kontoret nå.",
        "Vi har en haug med epler fra treet.",
        "Han satt på en haug bak huset og så utover.",
        "Haug eller ikke, barna skal ut og leke.",
        "Det ble en haug med oppvask etter festen.",
        "Hun fant en haug med gamle brev på loftet.",
        "Etter flyttingen, haug med esker overalt i gangen.",
        "Det er en haug ting vi må gjøre før helgen.",
    ),
    "da": (
        "Båden lagde til ved en kaj i byen.",
        "Kaj og havn var fyldt med mennesker.",
        "Der ligger en gammel kaj bag fabrikken.",
        "Han fiskede fra en kaj hele eftermiddagen.",
        "Kommunen vil bygge en ny kaj til færgen.",
        "Om sommeren, kaj og strand er fulde af turister.",
        "Vi cyklede langs en kaj og så på bådene.",
        "Kaj eller bro, det var lige meget for ungerne.",
        "Der er en kaj ved enden af vejen.",
        "Der er meget vind i dag.",
        "Vind og regn hele weekenden, typisk.",
        "Vi kunne ikke sejle på grund af vind.",
        "Hun hader vind, når hun cykler.",
        "Vind fra havet gør huset koldt.",
        "Udenfor var det koldt, vind og sne hele dagen.",
        "Det blæste en hård vind hele natten.",
        "Vasketøjet tørrer hurtigt i vind.",
        "Der var ingen vind, så dragen ville ikke flyve.",
        "Vi så en hjort i skoven i morges.",
        "Hjort og rådyr spiser af æbletræerne.",
        "Der stod en hjort midt på vejen.",
        "Han har aldrig smagt hjort før.",
        "Hjort er ret almindelig her omkring.",
        "I skoven, hjort og rådyr løb over stien.",
        "Hunden fik færten af en hjort.",
        "Børnene tegnede en hjort med store gevirer.",
        "Der var en hjort i haven, og den åd roserne.",
        "Min morfar var bonde hele sit liv.",
        "Bonde er et hårdt arbejde.",
        "Hun købte æg direkte fra en bonde.",
        "Han blev bonde efter mange år på et kontor.",
        "Bonde eller ej, han står tidligt op.",
        "Vi har en bonde som nabo, så det lugter lidt.",
        "På landet, bonde og håndværker kendte hinanden.",
        "Det er svært at være bonde i dag.",
        "En bonde kom forbi med kartofler.",
        "Han arbejder som smed i byen.",
        "Smed er et gammelt håndværk.",
        "Vi fik en smed til at lave lågen.",
        "Hendes far var smed og havde værksted i kælderen.",
        "Smed og snedker arbejdede på huset samtidig.",
        "De ringede efter en smed, da nøglen knækkede.",
        "I landsbyen, smed og bager lå side om side.",
        "Der var en smed i familien for længe siden.",
        "Han lærte at være smed som ung.",
    ),
}
