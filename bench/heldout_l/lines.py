"""The lines held-out L writes around its identifiers, in five languages (written for L).

Placeholders: {n} a name (registered, or one time in five nobody registered), {u} a third party
nobody registered, {g} a name in the genitive, {all} a name in the Finnish allative, {phone},
{date}, {addr}, {id}, {email}, {url}, {place}; {label} is the identity number's own name.
"""

from __future__ import annotations

NAME = {
    "sv": [
        "{n} kom tio minuter för sent till samtalet.",
        "Vi pratade länge med {n} om hur veckorna ser ut.",
        "Enligt {n} fungerar hemtjänsten bättre nu.",
        "Det var {g} dotter som svarade i telefon.",
        "Kontaktperson: {n}.",
        "– Det där vet jag inget om, sa {n}.",
        "Efteråt ringde jag {n} igen.",
        "Mötet leddes av {n} (samordnare).",
        "Hej {n}! Tack för senast.",
        "{g} lägenhet ligger på andra våningen.",
        "Jag lämnade broschyren hos {n}.",
        "Frågan gick vidare till {n}, som lovade att återkomma.",
        "sen ringde {n} avdelningen",
        "Hemma hos {n} luktade det nybakat.",
        "Anteckningar: {n}",
        "Både {n} och hennes man var med den här gången.",
        "Jag frågade om {g} syster fortfarande kommer på söndagar.",
        "Intervjuare: {n}",
    ],
    "en": [
        "{n} arrived ten minutes late for the interview.",
        "We talked with {n} about the weekly routine.",
        "According to {n}, the home help service has improved.",
        "It was {g} daughter who answered the phone.",
        "Contact person: {n}.",
        '"I don\'t know anything about that," said {n}.',
        "Afterwards I rang {n} again.",
        "The meeting was chaired by {n} (coordinator).",
        "Hi {n}, thanks for today.",
        "{g} flat is on the second floor.",
        "I left the leaflet with {n}.",
        "then {n} rang the ward",
        "Spoke to {n} briefly in the corridor.",
        "Notes taken by {n}",
        "Both {n} and her husband were there this time.",
        "I asked whether {g} sister still visits on Sundays.",
        "Interviewer: {n}",
        "Met {n} at the bus stop on the way out.",
    ],
    "no": [
        "{n} kom ti minutter for sent til samtalet.",
        "Vi snakket lenge med {n} om hvordan uka ser ut.",
        "Ifølge {n} fungerer hjemmetjenesten bedre nå.",
        "Det var {g} datter som tok telefonen.",
        "Kontaktperson: {n}.",
        "Etterpå ringte jeg {n} igjen.",
        "Møtet ble ledet av {n} (koordinator).",
        "Hei {n}! Takk for sist.",
        "{g} leilighet ligger i andre etasje.",
        "Jeg la igjen brosjyren hos {n}.",
        "så ringte {n} avdelingen",
        "Notater: {n}",
        "Både {n} og mannen hennes var med denne gangen.",
        "Intervjuer: {n}",
    ],
    "da": [
        "{n} kom ti minutter for sent til samtalen.",
        "Vi talte længe med {n} om, hvordan ugen ser ud.",
        "Ifølge {n} fungerer hjemmeplejen bedre nu.",
        "Det var {g} datter, der tog telefonen.",
        "Kontaktperson: {n}.",
        "Bagefter ringede jeg til {n} igen.",
        "Mødet blev ledet af {n} (koordinator).",
        "Hej {n}! Tak for sidst.",
        "{g} lejlighed ligger på anden sal.",
        "Jeg efterlod folderen hos {n}.",
        "så ringede {n} til afdelingen",
        "Noter: {n}",
        "Både {n} og hendes mand var med denne gang.",
        "Interviewer: {n}",
    ],
    "fi": [
        "{n} tuli haastatteluun kymmenen minuuttia myöhässä.",
        "Yhteyshenkilö: {n}.",
        "Kokousta johti {n} (koordinaattori).",
        "Hei {n}! Kiitos viimeisestä.",
        "Puhelimeen vastasi {g} tytär.",
        "{g} asunto on toisessa kerroksessa.",
        "Soitin vielä {all} illalla.",
        "Jätin esitteen {all}.",
        "{n} kertoi, että kotihoito toimii nyt paremmin.",
        "Muistiinpanot: {n}",
        "Haastattelija: {n}",
        "sit {n} soitti osastolle",
    ],
}

THIRD = {
    "sv": [
        "{u} från bostadsbolaget kom in en stund i slutet.",
        "Hennes granne, {u}, hjälper till med inköpen.",
        "Biståndshandläggaren heter {u}.",
        "En vikarie, {u}, tog över efter lunch.",
        "Sonens sambo {u} var också där.",
    ],
    "en": [
        "{u} from the housing office joined late.",
        "Her neighbour, {u}, helps with the shopping.",
        "The care manager is called {u}.",
        "A locum, {u}, took over after lunch.",
        "Her son's partner {u} was there too.",
    ],
    "no": [
        "{u} fra boligkontoret kom inn mot slutten.",
        "Naboen hennes, {u}, hjelper til med handlingen.",
        "Saksbehandleren heter {u}.",
        "En vikar, {u}, tok over etter lunsj.",
    ],
    "da": [
        "{u} fra boligselskabet kom ind til sidst.",
        "Hendes nabo, {u}, hjælper med indkøbene.",
        "Sagsbehandleren hedder {u}.",
        "En vikar, {u}, overtog efter frokost.",
    ],
    "fi": [
        "{u} asuntotoimistosta tuli mukaan lopussa.",
        "Naapuri {u} auttaa kaupassakäynnissä.",
        "Sosiaalityöntekijä on {u}.",
        "Sijainen {u} jatkoi lounaan jälkeen.",
    ],
}

PRESENT = {
    "sv": ("Närvarande: ", ", ", " och ", "."),
    "en": ("Present: ", ", ", " and ", "."),
    "no": ("Til stede: ", ", ", " og ", "."),
    "da": ("Til stede: ", ", ", " og ", "."),
    "fi": ("Paikalla: ", ", ", " ja ", "."),
}

OTHER = {
    "phone": {
        "sv": [
            "Ring {n} på {phone} efter kl. 16.",
            "Mobil: {phone}",
            "nr {phone}",
            "Hon nås på {phone}.",
            "{phone}",
            "tel. {phone} (dagtid)",
            "ring {phone}",
        ],
        "en": [
            "Call {phone} after four.",
            "Mobile: {phone}",
            "Her number is {phone}.",
            "{phone}",
            "ring back on {phone}",
            "tel {phone}",
            "call {n} on {phone}",
        ],
        "no": [
            "Ring {phone} etter kl. 16.",
            "Mobil: {phone}",
            "nr. {phone}",
            "Hun kan nås på {phone}.",
            "{phone}",
        ],
        "da": [
            "Ring på {phone} efter kl. 16.",
            "Mobil: {phone}",
            "tlf. {phone}",
            "Hun kan træffes på {phone}.",
            "{phone}",
        ],
        "fi": [
            "Soita numeroon {phone} klo 16 jälkeen.",
            "Puh. {phone}",
            "nro {phone}",
            "Hänet tavoittaa numerosta {phone}.",
            "{phone}",
        ],
    },
    "date": {
        "sv": [
            "Nästa träff är {date}.",
            "Intervjun gjordes {date}.",
            "Inskriven {date}",
            "Datum: {date}",
            "Vi ses igen {date}.",
        ],
        "en": [
            "Next visit {date}.",
            "Interview held on {date}.",
            "Date: {date}",
            "She moved in on {date}.",
        ],
        "no": ["Neste møte er {date}.", "Intervjuet ble gjort {date}.", "Dato: {date}"],
        "da": ["Næste møde er {date}.", "Interviewet blev lavet {date}.", "Dato: {date}"],
        "fi": ["Seuraava tapaaminen on {date}.", "Haastattelu tehtiin {date}.", "Pvm: {date}"],
    },
    "addr": {
        "sv": ["Hon bor på {addr}.", "Adress: {addr}", "Besöket gjordes på {addr}."],
        "en": ["She lives at {addr}.", "Address: {addr}", "Visit made at {addr}."],
        "no": ["Hun bor i {addr}.", "Adresse: {addr}"],
        "da": ["Hun bor på {addr}.", "Adresse: {addr}"],
        "fi": ["Hän asuu osoitteessa {addr}.", "Osoite: {addr}"],
    },
    "id": {
        "sv": ["{label}: {id}", "Uppgav {label} {id}.", "({label} {id})"],
        "en": ["{label}: {id}", "Her {label} is {id}.", "({label} {id})"],
        "no": ["{label}: {id}", "Oppga {label} {id}."],
        "da": ["{label}: {id}", "Oplyste {label} {id}."],
        "fi": ["{label}: {id}", "Ilmoitti: {label} {id}."],
    },
    "email": {
        "sv": ["Mejl: {email}", "Skicka underlaget till {email}.", "e-post {email}"],
        "en": ["Email: {email}", "Send the forms to {email}.", "e-mail {email}"],
        "no": ["E-post: {email}", "Send skjemaet til {email}."],
        "da": ["Mail: {email}", "Send skemaet til {email}."],
        "fi": ["Sähköposti: {email}", "Lähetä lomake osoitteeseen {email}."],
    },
    "url": {
        "sv": ["Hon har en blogg: {url}", "Se {url}", "Länk: {url}"],
        "en": ["Her blog: {url}", "See {url}", "Link: {url}"],
        "no": ["Se {url}", "Lenke: {url}"],
        "da": ["Se {url}", "Link: {url}"],
        "fi": ["Katso {url}", "Linkki: {url}"],
    },
    "place": {
        "sv": [
            "Intervjun gjordes på {place}.",
            "Hon går till {place} två dagar i veckan.",
            "Plats: {place}",
        ],
        "en": [
            "The interview took place at {place}.",
            "She goes to {place} twice a week.",
            "Place: {place}",
        ],
        "no": ["Intervjuet ble gjort på {place}.", "Sted: {place}"],
        "da": ["Interviewet fandt sted på {place}.", "Sted: {place}"],
        "fi": ["Haastattelupaikka: {place}.", "Paikka: {place}"],
    },
}

# Sentences written for L with words that are also registered given names, used as words.
ORDINARY = {
    "sv": [
        "Alla var på plats i tid.",
        "Inga fler frågor kom upp.",
        "Att bo kvar hemma är viktigt för henne.",
        "Det kostar hundra kronor per vecka.",
        "Hon vill ha ett aktivt liv.",
        "Per telefon gick det bättre.",
        "Vi hade inga tolkar med oss.",
        "Alla i gruppen fick säga något.",
        "Hon har bott i huset i hela sitt liv.",
    ],
    "en": [
        "May I add something here?",
        "I will call again next week.",
        "Mark the changes on the form.",
        "We hope to meet again in spring.",
        "The bill for the taxi was paid by the council.",
        "She grows a rose by the door.",
        "Will they come back?",
        "She spoke of her love of music.",
        "They met in May, she thinks.",
        "She said it with some grace.",
    ],
    "no": [
        "Hun har et rolig liv nå.",
        "Hun får to besøk per dag.",
        "Alle var på plass i tide.",
        "Han vil ha et aktivt liv.",
    ],
    "da": [
        "Hun har et godt liv.",
        "Det koster hundrede kroner per uge.",
        "Der var mark og skov omkring huset.",
        "Per telefon gik det bedre.",
    ],
    "fi": [
        "Aina sama juttu, hän sanoi.",
        "Onni oli, että naapuri oli kotona.",
        "Tuuli oli kova koko päivän.",
        "Usko omaan pärjäämiseen on vahva.",
        "Satu luettiin ääneen lapsille.",
        "Hänellä on aina kiire.",
    ],
}

ID_LABEL = {
    "se": "personnummer",
    "no": "fødselsnummer",
    "dk": "CPR-nr.",
    "fi": "henkilötunnus",
    "pl": "PESEL",
    "gb": "NHS number",
    "nl": "BSN",
    "ee": "isikukood",
    "is": "kennitala",
}

HEADINGS = {
    "interview": {
        "sv": "Intervju {k}, del {m}",
        "en": "Interview {k}, part {m}",
        "no": "Intervju {k}, del {m}",
        "da": "Interview {k}, del {m}",
        "fi": "Haastattelu {k}, osa {m}",
    },
    "observation": {
        "sv": "Observation, pass {k}",
        "en": "Observation log, session {k}",
        "no": "Observasjon, økt {k}",
        "da": "Observation, runde {k}",
        "fi": "Havainnointi, kerta {k}",
    },
    "diary": {
        "sv": "Fältdagbok",
        "en": "Field diary",
        "no": "Feltdagbok",
        "da": "Feltdagbog",
        "fi": "Kenttäpäiväkirja",
    },
    "email": {
        "sv": "Ämne: Angående intervjun",
        "en": "Subject: About the interview",
        "no": "Emne: Angående intervjuet",
        "da": "Emne: Vedrørende interviewet",
        "fi": "Aihe: Haastattelusta",
    },
    "sms": {
        "sv": "Inklistrade sms",
        "en": "Text messages (pasted)",
        "no": "Innlimte SMS",
        "da": "Indsatte sms'er",
        "fi": "Liitetyt tekstiviestit",
    },
    "pasted": {
        "sv": "Utdrag ur anteckningar (från Word)",
        "en": "Excerpt from notes (from PDF)",
        "no": "Utdrag fra notater (fra Word)",
        "da": "Uddrag af noter (fra PDF)",
        "fi": "Ote muistiinpanoista (Wordista)",
    },
}

SPEAKERS = {
    "sv": ("I", "IP"),
    "en": ("Q", "A"),
    "no": ("I", "D"),
    "da": ("I", "D"),
    "fi": ("H", "V"),
}
FROM = {"sv": "Från: ", "en": "From: ", "no": "Fra: ", "da": "Fra: ", "fi": "Lähettäjä: "}
REGARDS = {
    "sv": "Hälsningar",
    "en": "Best wishes",
    "no": "Hilsen",
    "da": "Venlig hilsen",
    "fi": "Terveisin",
}

MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
}
WEEKDAYS = {
    "sv": "måndagen tisdagen onsdagen torsdagen fredagen lördagen söndagen",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
}

STREET_STEMS = {
    "sv": "Björk Tall Ek Lind Rönn Kvarn Skol Kyrko Mölle Sjö Hamn Park Äng Smedje Lärk Solros "
    "Vall Åker Bruks Gjuteri",
    "no": "Skole Kirke Mølle Bjørke Furu Eike Sjø Havne Park Eng Smie Lerke Bakke Kvern Brygge",
    "da": "Skole Kirke Mølle Birke Egeskov Søndre Havne Park Eng Smedie Lærke Bakke Kilde Rose",
    "fi": "Koivu Mänty Kirkko Koulu Myllyn Ranta Puisto Satama Pihlaja Kuusi Tammi Niitty "
    "Vaahtera Kettu",
    "en": "Mill Church School Station Park Victoria Albert Chapel Orchard Meadow Windmill Elm "
    "Beech Queen",
}
STREET_ENDS = {
    "sv": ("gatan", "vägen", "gränd", "stigen", "backen", "allén"),
    "no": ("veien", "gata", "bakken", "stien", "gate"),
    "da": ("vej", "gade", "allé", "stræde", "vænget"),
    "fi": ("katu", "tie", "kuja", "polku", "rinne"),
    "en": (" Road", " Street", " Lane", " Close", " Avenue", " Way"),
}
TOWNS = {
    "sv": ("Göteborg", "Uppsala", "Malmö", "Umeå", "Örebro", "Västerås", "Borås"),
    "no": ("Oslo", "Bergen", "Trondheim", "Drammen", "Tromsø", "Skien"),
    "da": ("Odense", "Aarhus C", "Aalborg", "Vejle", "Esbjerg", "Roskilde"),
    "fi": ("Helsinki", "Tampere", "Turku", "Oulu", "Jyväskylä", "Lahti"),
    "en": ("Leeds", "Bristol", "Norwich", "York", "Derby", "Sheffield"),
}
UK_POSTCODES = ("LS6", "BS7", "NR2", "YO10", "DE22", "S11")

PLACES = (
    "Solgårdens dagverksamhet",
    "Vårdcentralen Tallbacken",
    "Lindängens äldreboende",
    "Träffpunkt Rönnen",
    "Fjordly omsorgssenter",
    "Bakkehuset aktivitetssenter",
    "Lærkereden plejecenter",
    "Koivurinteen palvelutalo",
    "Mäntylän päiväkeskus",
    "Kvarnbackens korttidsboende",
    "Seniorcafé Ankaret",
    "Hälsocentralen Åsen",
    "Brygga dagsenter",
    "Ashgrove Day Centre",
)

EMAIL_DOMAINS = (
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "telia.com",
    "online.no",
    "live.dk",
    "kolumbus.fi",
    "yahoo.se",
    "protonmail.com",
    "bredband.net",
    "gmx.de",
    "wp.pl",
)
