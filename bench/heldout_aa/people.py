"""Names, towns, word-names and the set's own sentences for held-out AA.

Names are written here as facts (given and family names commonly borne in each country or by
families who moved to the Nordic countries), from this writer's knowledge; no list was copied.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")
LANGS = ("sv", "en")  # the languages notes are written in (see README: weak spots)
NAME_LANGS = ("sv", "da", "no", "fi", "en")

GIVEN: dict[str, str] = {
    "sv": "Agneta Albin Alicia Annika Arvid Åsa Axel Birgitta Britt Dennis Ebbe Elin Elsa "
    "Emil Erika Filip Gunilla Gustav Hampus Hedvig Helena Henrik Hilma Inger Isak Jessica "
    "Johanna Jonas Josefin Kajsa Kerstin Kristoffer Lars Leif Linus Lovisa Magnus Maja "
    "Malin Marita Mattias Moa Nils Oskar Pernilla Ragnar Rasmus Sara Selma Sigrid Sofia "
    "Stefan Sune Therese Ulf Ulrika Valter Vendela Viktor Ylva Åke Göran Märta Östen",
    "da": "Anders Bente Birthe Camilla Dorthe Esben Frederik Grethe Hanne Jens Jesper Jørgen "
    "Karen Kirsten Lasse Lene Mads Mette Mikkel Morten Niels Pernille Poul Rikke Rasmus "
    "Signe Søren Susanne Thomas Tine Troels Ulla Vibeke Anne-Mette Bjarke Asger Freja",
    "no": "Arne Bjørg Eirik Elisabeth Even Gunnhild Halvor Hege Ingvild Jon Kari Kjetil "
    "Kristin Lars Live Magne Marit Nils Odd Ola Randi Ragnhild Sigurd Silje Solveig Sverre "
    "Torbjørn Trond Turid Vegard Øystein Åse Eivind Håkon Ingrid Synnøve Torunn",
    "fi": "Aino Antti Eero Eija Elina Hannu Heikki Jaana Jukka Jussi Kaisa Kari Kirsi Laura "
    "Markku Matti Merja Mika Minna Niina Olli Päivi Pekka Pirjo Riikka Risto Sari Satu "
    "Seppo Sirpa Teemu Tiina Timo Tuula Veikko Ville Aleksi Jyrki Sanna Tuomas",
    "en": "Abigail Andrew Beatrice Callum Charlotte Daniel Eleanor Emily Ethan Fiona "
    "George Hannah Harriet Imogen Isaac Jack James Jessica Joseph Katherine Liam Lucy "
    "Matthew Megan Nathan Nicola Oliver Phoebe Rachel Rebecca Samuel Sophie Thomas Tobias "
    "Victoria William Zoe Alistair Bethany Gareth Siobhan",
}
FAMILY: dict[str, str] = {
    "sv": "Andersson Bergqvist Blomgren Dahlberg Ekström Engström Forsberg Fredriksson "
    "Gustafsson Hedlund Holmgren Isaksson Jakobsson Johansson Karlsson Lindgren Lindqvist "
    "Ljungberg Lundgren Magnusson Nilsson Nordin Nyström Olofsson Persson Pettersson "
    "Sandberg Sjögren Sundberg Svensson Söderberg Torstensson Wallin Westerlund Åberg "
    "Öberg Hägglund Björklund Axelsson Håkansson Månsson Törnqvist",
    "da": "Andersen Christensen Frandsen Hansen Holm-Jensen Jakobsen Jensen Jørgensen "
    "Kristensen Larsen Madsen Mortensen Nielsen Olsen Pedersen Poulsen Rasmussen "
    "Sørensen Thomsen Vestergaard Østergaard Kjærgaard Bæk Mikkelsen Søndergaard",
    "no": "Bakke Berntsen Dahl Eide Haugland Hansen Johannessen Kristiansen Larsen Lie "
    "Moe Nilsen Olsen Pedersen Solberg Strand-Hovde Tveit Ødegård Aasen Grønlund "
    "Bjørnstad Haugen-Berg Sæther Lunde Myklebust",
    "fi": "Heikkinen Hämäläinen Järvinen Karjalainen Koskinen Korhonen Laaksonen Lehtonen "
    "Mäkinen Nieminen Niemi Rantanen Salminen Tuominen Virtanen Väisänen Kettunen "
    "Leinonen Pesonen Savolainen Hyvönen Jääskeläinen Lindholm Ahonen Miettinen",
    "en": "Atkinson Bennett Carter Clarke Davies Edwards Evans Fletcher Graham Harrison "
    "Hughes Jenkins Kennedy Lawson Mitchell Morgan Murphy O'Brien Parker Patel Phillips "
    "Richardson Robinson Russell Shaw Thompson Watson Whitfield Wilkinson Harrington",
}
MOVED_GIVEN: dict[str, str] = {
    "arabic": "Ahmad Amal Fatima Hassan Hiba Ibrahim Karim Layla Mahmoud Mariam Mustafa "
    "Nour Omar Rania Samira Tariq Yasmin Zainab Khalid Hala",
    "somali": "Abdirahman Amina Asad Faduma Hodan Ismail Khadra Liban Mohamed Nasra Sahra "
    "Warsame Hamdi Abdullahi Ubah Farhan",
    "persian": "Arash Behnaz Dariush Farhad Golnar Kaveh Laleh Mahsa Navid Parisa Reza "
    "Shirin Soraya Yasaman Babak Nasrin",
    "kurdish": "Azad Berivan Dilan Hevi Kawa Rojda Shilan Soran Zhilwan Narin Renas Avin",
    "polish": "Agnieszka Bartosz Dorota Grzegorz Jakub Katarzyna Łukasz Małgorzata Paweł "
    "Tomasz Wojciech Zofia Krzysztof Joanna",
    "bosnian": "Adnan Amra Emir Haris Jasmina Lejla Mirza Nermin Selma Tarik Edina Dženan",
    "tigrinya": "Abraham Eden Filmon Helen Mebrahtu Rahel Senait Tesfay Yonas Winta Selam Haben",
    "ukrainian": "Andrii Bohdan Halyna Iryna Kateryna Mykola Oksana Olena Serhii Taras "
    "Viktoriia Yurii",
    "turkish": "Ayşe Burak Cem Deniz Elif Emre Gökhan Hatice Kemal Merve Murat Zeynep Serkan Büşra",
    "vietnamese": "Anh Dung Hoa Huong Khanh Lan Linh Minh Ngoc Phuong Quang Thao Tuan",
}
MOVED_FAMILY: dict[str, str] = {
    "arabic": "Abdullah Al-Hassan Haddad Hamdan Ibrahim Khalil Mansour Nasser Rahman "
    "Saleh Younis Zaidan",
    "somali": "Abdi Farah Hersi Jama Mohamud Nur Omar Warsame Yusuf Egal Dirie",
    "persian": "Ahmadi Hosseini Karimi Moradi Rahimi Rostami Sadeghi Tehrani Jafari Mohammadi",
    "kurdish": "Barzani Hama Jaff Karim Mahmoud Rasul Sharif Talabani Zebari",
    "polish": "Kowalski Kowalczyk Lewandowska Nowak Wiśniewski Wójcik Zieliński Kamińska "
    "Szymański Dąbrowski",
    "bosnian": "Hadžić Hodžić Karić Mehmedović Salihović Kovačević Begić Delić Omerović",
    "tigrinya": "Berhane Gebremedhin Haile Kidane Tesfamariam Tekle Woldu Ghebreyesus",
    "ukrainian": "Bondarenko Hrytsenko Kovalenko Melnyk Shevchenko Tkachenko Kravchenko "
    "Boyko Lysenko",
    "turkish": "Aydın Çelik Demir Doğan Kaya Öztürk Şahin Yıldız Yılmaz Arslan",
    "vietnamese": "Bui Dang Do Hoang Le Nguyen Pham Tran Vu Vo",
}
MOVED = tuple(MOVED_GIVEN)

# Towns (municipalities) with the postcode of their centre; registered ones are places.
TOWNS: dict[str, list[tuple[str, str]]] = {
    "sv": [
        ("Västerås", "722 11"),
        ("Örebro", "702 10"),
        ("Sundsvall", "852 30"),
        ("Norrköping", "602 24"),
        ("Jönköping", "553 16"),
        ("Gävle", "803 20"),
        ("Borås", "503 34"),
        ("Växjö", "352 30"),
        ("Luleå", "972 31"),
        ("Kalmar", "392 32"),
        ("Eskilstuna", "632 20"),
        ("Halmstad", "302 42"),
    ],
    "da": [
        ("Aalborg", "9000"),
        ("Esbjerg", "6700"),
        ("Randers", "8900"),
        ("Kolding", "6000"),
        ("Vejle", "7100"),
        ("Horsens", "8700"),
    ],
    "no": [
        ("Drammen", "3015"),
        ("Fredrikstad", "1606"),
        ("Kristiansand", "4611"),
        ("Tromsø", "9008"),
        ("Sandnes", "4306"),
        ("Ålesund", "6002"),
    ],
    "fi": [
        ("Tampere", "33100"),
        ("Jyväskylä", "40100"),
        ("Kuopio", "70100"),
        ("Lahti", "15110"),
        ("Pori", "28100"),
        ("Vaasa", "65100"),
    ],
    "en": [
        ("Leicester", "LE1 6ZG"),
        ("Sheffield", "S1 2HH"),
        ("Norwich", "NR2 1NH"),
        ("Swansea", "SA1 3SN"),
        ("Plymouth", "PL1 2AA"),
        ("Dundee", "DD1 3BY"),
        ("Coventry", "CV1 5RR"),
        ("Derby", "DE1 2FS"),
        ("Exeter", "EX4 3LS"),
        ("Preston", "PR1 2RL"),
        ("Lincoln", "LN1 1DF"),
        ("Carlisle", "CA3 8QG"),
    ],
}

# Streets of this set's own, by the country whose address shape they take.
STREETS: dict[str, list[str]] = {
    "sv": [
        "Smedjegatan",
        "Tallbacksvägen",
        "Rönngränd",
        "Ängsvägen",
        "Kvarngatan",
        "Fabriksgatan",
        "Lingonstigen",
        "Hantverkargatan",
        "Solrosvägen",
        "Sågverksgatan",
    ],
    "da": ["Kløvermarken", "Mølleparken", "Skovbrynet", "Hyldegårdsvej", "Engtoften"],
    "no": ["Skoleveien", "Furulia", "Bekkeliveien", "Granstubben", "Myrveien"],
    "fi": ["Koivukuja", "Pajatie", "Kuusitie", "Myllypolku", "Ruusukatu"],
    "en": [
        "Chapel Row",
        "Mill Street",
        "Orchard Close",
        "Station Road",
        "Victoria Terrace",
        "Willow Crescent",
        "Albert Road",
        "Meadow View",
    ],
}

# Word-names: registered people whose given or family name is also a word of their language.
GIVEN_WORD_NAMES = {
    "sv": ["Viola", "Tindra", "Knut", "Ebba"],
    "en": ["Olive", "Pearl", "Penny", "Amber", "Sandy"],
}
FAMILY_WORD_NAMES = {
    "sv": ["Modig", "Rask", "Ek", "Sand", "Örn", "Svan", "Alm", "Fors"],
    "en": ["Bell", "Fox", "Glass", "Banks", "Sharp", "Swift", "Green", "Crane"],
}
WORD_NAMES_BY_LANG = {lang: [*GIVEN_WORD_NAMES[lang], *FAMILY_WORD_NAMES[lang]] for lang in LANGS}
WORD_NAMES = [w for lang in LANGS for w in GIVEN_WORD_NAMES[lang]]
# the person who bears each word-name: (given, family)
WORD_PEOPLE: dict[str, list[tuple[str, str]]] = {
    "sv": [
        ("Viola", "Lindgren"),
        ("Tindra", "Nyström"),
        ("Knut", "Hedlund"),
        ("Ebba", "Wallin"),
        ("Kerstin", "Modig"),
        ("Jonas", "Rask"),
        ("Agneta", "Ek"),
        ("Linus", "Sand"),
        ("Moa", "Örn"),
        ("Arvid", "Svan"),
        ("Gunilla", "Alm"),
        ("Henrik", "Fors"),
    ],
    "en": [
        ("Olive", "Harrison"),
        ("Pearl", "Jenkins"),
        ("Penny", "Lawson"),
        ("Amber", "Fletcher"),
        ("Sandy", "Richardson"),
        ("Harriet", "Bell"),
        ("Callum", "Fox"),
        ("Nicola", "Glass"),
        ("Gareth", "Banks"),
        ("Imogen", "Sharp"),
        ("Tobias", "Swift"),
        ("Bethany", "Green"),
        ("Alistair", "Crane"),
    ],
}


def given(lang: str) -> list[str]:
    if lang == "moved":
        return [n for g in MOVED for n in MOVED_GIVEN[g].split()]
    return GIVEN[lang].split()


def family(lang: str) -> list[str]:
    if lang == "moved":
        return [n for g in MOVED for n in MOVED_FAMILY[g].split()]
    return FAMILY[lang].split()


def towns(lang: str) -> list[tuple[str, str]]:
    return TOWNS[lang]


def names() -> dict[str, list[str]]:
    """Every name list: "given/sv", "family/sv", ..., "moved/<origin>/given"."""
    out = {}
    for lang in NAME_LANGS:
        out[f"given/{lang}"] = given(lang)
        out[f"family/{lang}"] = family(lang)
    for g in MOVED:
        out[f"moved/{g}/given"] = MOVED_GIVEN[g].split()
        out[f"moved/{g}/family"] = MOVED_FAMILY[g].split()
    out["word"] = [w for lang in LANGS for w in WORD_NAMES_BY_LANG[lang]]
    return out


@cache
def _rows() -> tuple[tuple[str, str, str, str], ...]:
    with (DATA / "sentences.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return tuple((r[0], r[1], r[2], r[3]) for r in rows[1:])


def sentences() -> dict[str, list[str]]:
    """Every published sentence kept, by language (pool and word-name ones)."""
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for lang, _source, _use, sentence in _rows():
        out[lang].append(sentence)
    return out


def pool(lang: str) -> list[str]:
    return [s for lg, _src, use, s in _rows() if lg == lang and use == "pool"]


def word_sentences(lang: str, word: str) -> list[str]:
    return [s for lg, _src, use, s in _rows() if lg == lang and use == f"word:{word.lower()}"]


# Sentences written for this set, each holding one word-name used as the word it is (at the
# start, inside, after a comma), as people write in notes.
OWN_ORDINARY: dict[str, list[str]] = {
    "sv": [
        # viola
        "Viola var hennes instrument i skolorkestern.",
        "Hon spelade viola i en amatörorkester i tio år.",
        "Dottern har börjat på kulturskolan, och viola var det enda instrumentet som fanns kvar.",
        "Han visade en bild på balkongen där en viola stod i en kruka.",
        "På fönsterbrädan växte en blå viola som hon var stolt över.",
        "Grannen lånade ut sin gamla viola till barnbarnet.",
        "Efter olyckan kunde hon inte längre hålla sin viola.",
        "Det är lättare med fiol än viola, sa hon och skrattade.",
        "I rummet hängde en viola på väggen bredvid gitarren.",
        # tindra
        "Tindra gör stjärnorna bara när det är riktigt kallt, sa hon.",
        "Hennes ögon började tindra när vi pratade om barnbarnen.",
        "Han sa att ljusen i trädgården ska tindra hela vintern.",
        "Snön fick tindra i lyktans sken när vi gick hem.",
        "När hon fick beskedet såg man ögonen tindra av glädje.",
        "Julgranen får gärna tindra lite extra i år, tyckte han.",
        "Hon sparade glaset för att det fick lampan att tindra.",
        "På natten, tindra var ordet hon använde om havet.",
        "Dottern hade lärt sig ordet tindra i en sång på förskolan.",
        # knut
        "Knut var det första hon lärde sig på scoutlägret.",
        "Det finns en knut i familjen som ingen vill prata om.",
        "Han hade en knut i magen inför mötet med handläggaren.",
        "Hon gjorde en dubbel knut på skosnöret och gick.",
        "Till slut löste sig den knut som hade funnits i åratal.",
        "Sonen lärde sig knyta en knut på slipsen inför intervjun.",
        "Efter samtalet, knut eller inte, kändes det lättare.",
        "Det sitter en hård knut i axeln sedan flytten.",
        "Vi pratade länge men kom aldrig förbi den knut som gällde pengarna.",
        # ebba
        "Ebba ut är vad intresset brukar göra efter några veckor.",
        "Hon märkte att oron började ebba ut under våren.",
        "Energin brukar ebba ut framåt eftermiddagen, sa han.",
        "Efter en månad fick stödet från grannarna ebba ut.",
        "Pengarna tenderar att ebba ut före månadens slut.",
        "Han ville inte låta kontakten med kusinerna ebba ut.",
        "I slutet av samtalet, ebba ut var hans ord för sorgen.",
        "Det tog tid innan ilskan började ebba ut.",
        "Besöken har fått ebba ut sedan bilen gick sönder.",
        # modig
        "Modig är inte ett ord han använder om sig själv.",
        "Hon sa att man måste vara modig för att be om hjälp.",
        "Dottern har varit väldigt modig under hela utredningen.",
        "Det var ett modigt beslut, men han känner sig inte modig.",
        "Efter operationen, modig eller inte, ville hon gå hem.",
        "Jag tycker att du har varit modig som berättar det här.",
        "Han vill vara en modig pappa för barnens skull.",
        "Ingen i familjen hade trott att hon var så modig.",
        "Hon beskrev sig som modig på jobbet men rädd hemma.",
        # rask
        "Rask promenad varje morgon är det som hjälper mest, sa hon.",
        "Han går i rask takt till bussen varje dag.",
        "Hon har varit rask och pigg sedan medicinen byttes.",
        "Arbetet gick i rask takt efter att hjälpen kom.",
        "Efter sjukskrivningen, rask eller inte, ville han tillbaka.",
        "Mamman är fortfarande rask för sin ålder.",
        "Hon är rask i tanken men trött i kroppen.",
        "Han tar en rask cykeltur innan frukost.",
        "Sonen sa att pappa alltid har varit rask i vändningarna.",
        # ek
        "Ek är det träd hon tycker mest om.",
        "Utanför fönstret står en stor ek som hon pratar om ofta.",
        "Köksbordet är gjort av ek och har funnits i familjen länge.",
        "Han har jobbat med ek och bok i snickeriet i många år.",
        "I parken, under en ek, brukar hon sitta och läsa.",
        "Golvet i vardagsrummet är av ek och nylagt.",
        "Barnen klättrade i en gammal ek bakom skolan.",
        "Det växer en ek vid infarten som grannen vill fälla.",
        "Hon köpte en byrå i ek på en loppis.",
        # sand
        "Sand fanns överallt i lägenheten efter semestern.",
        "Barnen leker i sand hela eftermiddagen på gården.",
        "Det kom in sand i skorna varje gång vi gick till stranden.",
        "På vintern strör de sand på trappan, men inte tillräckligt.",
        "Efter stormen, sand och grus låg över hela vägen.",
        "Han har jobbat med sand och betong i byggbranschen.",
        "Hon vill flytta närmare havet där det finns sand och sol.",
        "Sonen byggde slott av sand hela sommaren.",
        "Vi pratade om att köpa en låda med sand till balkongen.",
        # örn
        "Örn har hon bara sett en gång, uppe i fjällen.",
        "En örn cirklade över sjön när vi satt ute.",
        "Han berättade om en örn som hade fångat en fisk.",
        "Barnen ritade en örn på teckningen till farmor.",
        "Uppe vid stugan, örn och ormvråk syns ofta.",
        "Hon har en tatuering av en örn på armen.",
        "Det var första gången sonen såg en örn på riktigt.",
        "Pappan kallade sig själv en gammal örn som inte ville landa.",
        "Vi såg en örn från bilen på väg hem.",
        # svan
        "Svan är en fågel hon ofta ser vid ån.",
        "En svan hade byggt bo nära bryggan i våras.",
        "Barnen matade en svan vid dammen trots skylten.",
        "Hon sa att hon känt sig som en ankunge men nu som en svan.",
        "Vid sjön, svan och gräsand, det var vad barnen ville se.",
        "Han fotograferar gärna en svan när den lyfter.",
        "Det kom en svan ända upp på gräsmattan.",
        "Dottern sover med en svan av tyg.",
        "En svan blev skadad vid vägen och hon ringde om den.",
        # alm
        "Alm är trädet som stod utanför hennes barndomshem.",
        "En gammal alm vid skolan fälldes förra året.",
        "Han vet inte skillnad på en alm och en lind.",
        "Det står en alm i parken där hon brukar vila.",
        "I trädgården, alm och lönn ger skugga hela sommaren.",
        "Hon sa att en alm växte vid kyrkan i hennes hemby.",
        "Snickaren använde virke av alm till bänken.",
        "Barnen samlade frön från en alm på gården.",
        "En alm hade blåst omkull över gångvägen.",
        # fors
        "Fors och forsränning var hans stora intresse förr.",
        "Det finns en fors nära stugan där han fiskar.",
        "Hon beskrev tankarna som en fors hon inte kunde stoppa.",
        "Sonen ramlade i vattnet vid en fors i somras.",
        "Vid bron, fors och dammlucka, där brukar de gå.",
        "Han hörde ljudet av en fors hela natten.",
        "Det blev en fors av mejl efter att hon klagade.",
        "Vi gick förbi en fors på vägen till sjön.",
        "Pappan har alltid älskat att paddla i en fors.",
    ],
    "en": [
        # olive
        "Olive oil is the only thing she cooks with now.",
        "He painted the kitchen an olive colour last spring.",
        "She grew an olive tree on the balcony from a cutting.",
        "They bought an olive coloured sofa from a charity shop.",
        "At dinner, olive bread was the only thing he ate.",
        "Her coat is olive and she wears it every day.",
        "He said the olive trees back home were older than the village.",
        "The kids pick out every olive from the pizza.",
        "She offered me an olive and a cup of tea.",
        # pearl
        "Pearl earrings were the only thing she kept from her mother.",
        "She wore a pearl necklace to the hearing.",
        "He called the advice a real pearl and wrote it down.",
        "There is a pearl button missing from the coat.",
        "For her birthday, pearl studs were what she wanted.",
        "The ring had a small pearl that came loose.",
        "He found a pearl in a shell on holiday as a boy.",
        "She said the nurse was a pearl and never in a hurry.",
        "Her grandmother left her a pearl brooch.",
        # penny
        "Penny pinching is how she describes the last year.",
        "He has not spent a penny on himself since the divorce.",
        "She said it cost every penny they had saved.",
        "The penny dropped when the letter came.",
        "In the end, bit by bit, they paid back every penny.",
        "He found a penny on the floor and gave it to his son.",
        "Not a penny of the money reached the family.",
        "She counts every penny before going to the shop.",
        "It was worth every penny, he said about the course.",
        # amber
        "Amber is the colour of the light that never changes at the crossing.",
        "She keeps an amber pendant from her home town.",
        "The traffic light was on amber when the bus pulled out.",
        "He showed me a piece of amber with an insect inside.",
        "At night, amber street lights make the flat feel warm.",
        "Her eyes are amber like her father's.",
        "The council put the area on amber alert for flooding.",
        "She bought amber beads for the baby's teething.",
        "The warning light turned amber and then went out.",
        # sandy
        "Sandy beaches are what she misses most about home.",
        "The garden is sandy and nothing grows there.",
        "He has sandy hair and a beard now.",
        "The path to the school is sandy and wet after rain.",
        "By the river, sandy ground made the walk hard for her.",
        "Her son came home with sandy shoes every day.",
        "The soil is too sandy for potatoes, he said.",
        "They sat on a sandy bank and talked for hours.",
        "The dog came in sandy and wet from the beach.",
        # bell
        "Bell ringing at the church wakes him every weekend.",
        "She did not hear the bell when the carer came.",
        "The school bell rings at ten to nine.",
        "He fixed the bell on his bike before the winter.",
        "When the door opened, bell and dog both went off.",
        "Her name rang a bell but she could not say why.",
        "There is a bell by the bed for the night staff.",
        "The bell on the front door is broken again.",
        "He waited for the bell and then left the class.",
        # fox
        "Fox cubs were playing in the garden this morning.",
        "A fox got into the bins again last night.",
        "She saw a fox cross the road on her way to work.",
        "The children named the fox that visits the yard.",
        "Behind the flats, fox and badger tracks are everywhere.",
        "He said he was as sly as a fox when he was young.",
        "A fox took two of the neighbour's hens.",
        "The boy drew a fox for his teacher.",
        "They heard a fox screaming in the night.",
        # glass
        "Glass recycling is collected on the first week of the month.",
        "She cut her hand on a broken glass in the sink.",
        "He drinks a glass of milk before bed.",
        "The glass in the front door was cracked.",
        "After the party, glass and cans were all over the floor.",
        "She keeps her medicine in a glass jar.",
        "The new windows have double glass and keep the heat in.",
        "He raised his glass and said nothing more.",
        "There was glass on the pavement outside the shop.",
        # banks
        "Banks have closed their branches in the town.",
        "The river burst its banks twice last winter.",
        "She said the banks would not lend her anything.",
        "They walked along the banks of the canal.",
        "Near the water, banks of reeds hide the path.",
        "He does not trust banks and keeps cash at home.",
        "Both banks asked for the same papers again.",
        "Snow banks blocked the driveway for a week.",
        "The banks were open late that week.",
        # sharp
        "Sharp pain in her knee wakes her at night.",
        "He keeps the knives sharp and away from the children.",
        "The bus left at nine sharp and she missed it.",
        "She is sharp with numbers and does the family budget.",
        "After the fall, sharp stabs of pain came and went.",
        "There was a sharp drop in his mood after the move.",
        "The teacher says the girl is very sharp.",
        "He gave a sharp answer and then apologised.",
        "Watch out for the sharp edge on the table.",
        # swift
        "Swift action from the school stopped the bullying.",
        "The reply from the council was not as swift as promised.",
        "She made a swift recovery after the operation.",
        "He was swift to say he had not been drinking.",
        "In spring, swift and swallow nest under the roof.",
        "A swift decision was needed about the tenancy.",
        "The nurse was swift and kind.",
        "There was a swift change of plan that morning.",
        "He wants a swift end to the whole process.",
        # green
        "Green tea is the only thing she drinks now.",
        "The light was green when he crossed.",
        "She painted the bedroom green for her daughter.",
        "He got the green light for the course at last.",
        "Near the estate, green space is hard to find.",
        "The kids play football on the green behind the flats.",
        "He was green with envy when his brother got the job.",
        "She keeps a green folder with all the letters.",
        "The hedge is green again after the rain.",
        # crane
        "Crane operators earn well, he said, but the hours are long.",
        "A crane has been outside the window for months.",
        "He worked on a crane at the port before he was hurt.",
        "The boy loves watching the crane at the building site.",
        "At the harbour, crane and forklift drivers start at six.",
        "She saw a crane standing in the field by the road.",
        "The crane lifted the new roof into place.",
        "He drew a crane and a lorry for his dad.",
        "There was a crane on the news that had fallen over.",
    ],
}
