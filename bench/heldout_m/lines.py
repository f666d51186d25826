"""The lines written for held-out M that carry identifiers, in each language of the notes.

Slots: {N} a registered person (any written form), {G} a registered person in a glued
genitive or case ending ("Elins", "Ainolle"), {U} someone nobody registered, {P} a phone
number, {D} a date, {A} an address, {I} an identity number, {E} an e-mail address, {L} a
link, {R} a registered place.
"""

from __future__ import annotations

LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "sv": {
        "N": (
            "{N} berättade om hur det var att flytta hit.",
            "Efter pausen ville {N} inte fortsätta.",
            "Jag frågade {N} om hon hade fått svar från skolan.",
            "Det var {N} som tog upp frågan om bostadsbidraget.",
            "{N} skrattade och sa att det ordnar sig.",
            "Vi bestämde att {N} ska få läsa utskriften först.",
            "Mötet flyttades eftersom {N} var sjuk.",
            "Enligt {N} har grannarna klagat på ljudet.",
            "Samtalet med {N} blev kortare än planerat.",
            "kom överens med {N} om nästa träff",
            "{N} hade med sig sin syster.",
            "Han sa flera gånger att {N} inte litar på handläggaren.",
        ),
        "G": (
            "{G} mamma satt med under hela intervjun.",
            "Vi satt i {G} kök och drack kaffe.",
            "Frågan om {G} arbete fick vänta.",
            "{G} dotter hämtades av en granne.",
        ),
        "U": (
            "{U} från bostadsbolaget kom in sent.",
            "Vi pratade också med {U} som är kontaktperson på boendet.",
            "Grannen {U} avbröt oss flera gånger.",
            "Enligt {U} har fritidsgården stängt på kvällarna.",
            "Hon nämnde sin kusin {U} två gånger.",
            "{U} (vaktmästaren) låste upp lokalen åt oss.",
            "Tolken, {U}, fick gå tidigare.",
            "Han hänvisade till en handläggare som heter {U}.",
            "Efteråt ringde {U} och ville veta vad vi hade pratat om.",
            "Det var en kvinna, {U}, som hade ordnat mötet.",
        ),
        "P": (
            "Ring mig på {P} om något ändras.",
            "Hennes mobil: {P}",
            "Nytt nr {P} (gäller från nästa vecka).",
            "Han gav oss numret {P} till sin bror.",
            "Tel. {P}",
            "Kan nås på {P} efter klockan fem.",
            "{P}",
        ),
        "D": (
            "Nästa intervju bokades till {D}.",
            "Hon kom till Sverige {D}.",
            "Beslutet kom {D} och överklagades direkt.",
            "Datum: {D}",
            "Vi ses igen {D}, samma tid.",
        ),
        "A": (
            "Hon bor numera på {A}.",
            "Adress: {A}",
            "Mötet hölls hemma hos familjen på {A}.",
            "Skicka papperen till {A}.",
        ),
        "I": (
            "Personnummer: {I}",
            "Han läste upp sitt personnummer, {I}, för tolken.",
            "På blanketten stod {I}.",
            "Pnr {I} (fel i journalen, rättat).",
        ),
        "E": (
            "Mejla henne på {E}.",
            "E-post: {E}",
            "Svaret kom från {E} dagen efter.",
        ),
        "L": (
            "Han visade sin profil, {L}, på telefonen.",
            "Länk till bilderna: {L}",
            "Se {L} för mer om föreningen.",
        ),
        "R": (
            "Vi träffades på biblioteket i {R}.",
            "Hon har bott i {R} i sex år.",
            "Många i {R} känner varandra.",
        ),
    },
    "en": {
        "N": (
            "{N} talked about moving here from the north.",
            "After the break {N} did not want to go on.",
            "I asked {N} whether the school had written back.",
            "It was {N} who raised the question of the rent.",
            "{N} laughed and said it would sort itself out.",
            "We agreed that {N} would read the transcript first.",
            "The meeting moved because {N} was ill.",
            "According to {N} the neighbours had complained.",
            "then {N} rang the ward again",
            "{N} brought a sister along.",
            "He said several times that {N} does not trust the caseworker.",
        ),
        "G": (),
        "U": (
            "{U} from the housing office joined late.",
            "We also spoke to {U}, who runs the allotment association.",
            "A neighbour, {U}, kept interrupting.",
            "According to {U} the youth club now closes at six.",
            "She mentioned her cousin {U} twice.",
            "{U} (the caretaker) let us in.",
            "The interpreter, {U}, had to leave early.",
            "He referred us to a caseworker called {U}.",
            "Afterwards {U} phoned to ask what we had talked about.",
            "It was {U} who had arranged the meeting.",
            "Her son's teacher is {U}.",
        ),
        "P": (
            "Call me on {P} if anything changes.",
            "Her mobile: {P}",
            "New number {P} (from next week).",
            "He gave us {P} for his brother.",
            "Tel {P}",
            "Can be reached at {P} after five.",
            "{P}",
        ),
        "D": (
            "The next interview is booked for {D}.",
            "She arrived on {D}.",
            "The decision came on {D} and was appealed at once.",
            "Date: {D}",
            "We meet again on {D}, same time.",
        ),
        "A": (
            "She now lives at {A}.",
            "Address: {A}",
            "We met at the family's flat, {A}.",
            "Send the forms to {A}.",
        ),
        "I": (
            "ID number: {I}",
            "He read out his number, {I}, for the interpreter.",
            "The form gave {I}.",
        ),
        "E": (
            "Email her at {E}.",
            "E-mail: {E}",
            "The reply came from {E} the next day.",
        ),
        "L": (
            "He showed us his profile, {L}, on his phone.",
            "Link to the photos: {L}",
            "See {L} for more about the association.",
        ),
        "R": (
            "We met in the library in {R}.",
            "She has lived in {R} for six years.",
            "Most people in {R} know each other.",
        ),
    },
    "no": {
        "N": (
            "{N} fortalte om flyttingen hit.",
            "Etter pausen ville ikke {N} fortsette.",
            "Jeg spurte {N} om skolen hadde svart.",
            "Det var {N} som tok opp spørsmålet om husleien.",
            "Vi ble enige om at {N} skal lese utskriften først.",
            "Ifølge {N} har naboene klaget.",
            "{N} hadde med seg søsteren sin.",
        ),
        "G": (
            "{G} mor satt med under hele intervjuet.",
            "Vi satt på {G} kjøkken.",
        ),
        "U": (
            "{U} fra boligkontoret kom sent.",
            "Naboen {U} avbrøt oss flere ganger.",
            "Ifølge {U} er fritidsklubben stengt om kvelden.",
            "Tolken, {U}, måtte gå tidligere.",
            "Hun nevnte fetteren {U} to ganger.",
            "Det var {U} som hadde ordnet møtet.",
        ),
        "P": ("Ring meg på {P} hvis noe endres.", "Mobil: {P}", "Nytt nr. {P}", "{P}"),
        "D": ("Neste intervju er satt til {D}.", "Dato: {D}", "Vedtaket kom {D}."),
        "A": ("Hun bor nå i {A}.", "Adresse: {A}"),
        "I": ("Fødselsnummer: {I}", "På skjemaet sto {I}."),
        "E": ("E-post: {E}", "Send det til {E}."),
        "L": ("Lenke: {L}", "Han viste oss profilen sin, {L}."),
        "R": ("Vi møttes på biblioteket på {R}.", "Hun har bodd på {R} i seks år."),
    },
    "da": {
        "N": (
            "{N} fortalte om at flytte hertil.",
            "Efter pausen ville {N} ikke fortsætte.",
            "Jeg spurgte {N}, om skolen havde svaret.",
            "Det var {N}, der tog spørgsmålet om huslejen op.",
            "Vi aftalte, at {N} læser udskriften først.",
            "Ifølge {N} har naboerne klaget.",
            "{N} havde sin søster med.",
        ),
        "G": (
            "{G} mor sad med under hele interviewet.",
            "Vi sad i {G} køkken.",
        ),
        "U": (
            "{U} fra boligselskabet kom for sent.",
            "Naboen {U} afbrød os flere gange.",
            "Ifølge {U} lukker klubben klokken seks.",
            "Tolken, {U}, måtte gå tidligt.",
            "Hun nævnte sin fætter {U} to gange.",
            "Det var {U}, der havde arrangeret mødet.",
        ),
        "P": ("Ring til mig på {P}, hvis noget ændrer sig.", "Mobil: {P}", "Nyt nr. {P}", "{P}"),
        "D": ("Næste interview er aftalt til {D}.", "Dato: {D}", "Afgørelsen kom {D}."),
        "A": ("Hun bor nu på {A}.", "Adresse: {A}"),
        "I": ("CPR-nr.: {I}", "På blanketten stod {I}."),
        "E": ("E-mail: {E}", "Skriv til {E}."),
        "L": ("Link: {L}", "Han viste os sin profil, {L}."),
        "R": ("Vi mødtes på biblioteket i {R}.", "Hun har boet i {R} i seks år."),
    },
    "fi": {
        "N": (
            "{N} kertoi muutosta tänne.",
            "Tauon jälkeen {N} ei halunnut jatkaa.",
            "Kysyin, oliko {N} saanut vastauksen koulusta.",
            "Sovimme, että {N} lukee litteroinnin ensin.",
            "{N} nauroi ja sanoi, että kyllä se järjestyy.",
            "{N} toi siskonsa mukaan.",
        ),
        "G": (
            "Soitin {G} eilen.",
            "Lähetin viestin {G} illalla.",
        ),
        "U": (
            "{U} asuntotoimistosta tuli myöhässä.",
            "Naapuri {U} keskeytti meidät monta kertaa.",
            "Tulkki {U} joutui lähtemään aikaisemmin.",
            "Hän mainitsi serkkunsa {U} kahdesti.",
            "Tapaamisen oli järjestänyt {U}.",
        ),
        "P": ("Soita minulle numeroon {P}, jos jokin muuttuu.", "Puh. {P}", "Uusi nro {P}", "{P}"),
        "D": ("Seuraava haastattelu on {D}.", "Päivämäärä: {D}", "Päätös tuli {D}."),
        "A": ("Hän asuu nyt osoitteessa {A}.", "Osoite: {A}"),
        "I": ("Henkilötunnus: {I}", "Lomakkeessa luki {I}."),
        "E": ("Sähköposti: {E}", "Kirjoita osoitteeseen {E}."),
        "L": ("Linkki: {L}", "Hän näytti profiilinsa, {L}."),
        "R": ("Tapasimme kirjastossa, {R}.", "Hän on asunut alueella {R} kuusi vuotta."),
    },
}

# Words of each language for the notes' headings, speakers and signatures.
WORDS = {
    "sv": {"interview": "Intervju", "obs": "Observation", "diary": "Fältdagbok",
           "speakers": ("I", "IP"), "from": "Från", "to": "Till", "subject": "Ämne",
           "date": "Datum", "present": "Närvarande", "bye": "Hälsningar", "page": "Sida",
           "of": "av", "roles": ("tolk", "förälder", "handläggare", "deltagare")},
    "en": {"interview": "Interview", "obs": "Observation", "diary": "Field diary",
           "speakers": ("Q", "A"), "from": "From", "to": "To", "subject": "Subject",
           "date": "Date", "present": "Present", "bye": "Best wishes", "page": "Page",
           "of": "of", "roles": ("interpreter", "parent", "caseworker", "participant")},
    "no": {"interview": "Intervju", "obs": "Observasjon", "diary": "Feltdagbok",
           "speakers": ("I", "D"), "from": "Fra", "to": "Til", "subject": "Emne",
           "date": "Dato", "present": "Til stede", "bye": "Hilsen", "page": "Side",
           "of": "av", "roles": ("tolk", "forelder", "saksbehandler", "deltaker")},
    "da": {"interview": "Interview", "obs": "Observation", "diary": "Feltdagbog",
           "speakers": ("I", "D"), "from": "Fra", "to": "Til", "subject": "Emne",
           "date": "Dato", "present": "Til stede", "bye": "Venlig hilsen", "page": "Side",
           "of": "af", "roles": ("tolk", "forælder", "sagsbehandler", "deltager")},
    "fi": {"interview": "Haastattelu", "obs": "Havainnointi", "diary": "Kenttäpäiväkirja",
           "speakers": ("H", "V"), "from": "Lähettäjä", "to": "Vastaanottaja",
           "subject": "Aihe", "date": "Päivämäärä", "present": "Läsnä",
           "bye": "Terveisin", "page": "Sivu", "of": "/",
           "roles": ("tulkki", "vanhempi", "sosiaalityöntekijä", "osallistuja")},
}  # fmt: skip

MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
}

STREETS = {
    "sv": ("Ek Björk Rönn Asp Hassel Sjö Kvarn Skol Kyrk Järnvägs Hamn Tall Gran Äng Fabriks "
           "Smed Mjölnar Vallmo Klöver Murar", ("gatan", "vägen", "gränd", "stigen", "backen")),
    "en": ("Chapel Mill Station Church Victoria Park Queens Albert Manor Grove Beech Willow "
           "Cedar Hawthorn Foundry", ("Road", "Street", "Lane", "Close", "Avenue")),
    "no": ("Bjørke Furu Skole Kirke Elve Fjell Møller Sjø Løkke Bekke Grønn Eike",
           ("veien", "gata", "bakken", "stien")),
    "da": ("Birke Skov Mølle Kirke Ege Vester Nørre Enghave Hylde Lærke Kastanje",
           ("vej", "gade", "alle", "stræde")),
    "fi": ("Koivu Mänty Kuusi Pihlaja Kirkko Koulu Asema Myllyn Järven Rannan Kalevan",
           ("katu", "tie", "kuja", "polku")),
}  # fmt: skip
TOWNS = {
    "sv": (("Västerås", "72"), ("Örebro", "70"), ("Norrköping", "60"), ("Borås", "50"),
           ("Gävle", "80"), ("Luleå", "97"), ("Sundsvall", "85"), ("Eskilstuna", "63"),
           ("Jönköping", "55"), ("Södertälje", "15")),
    "en": (("Leeds", "LS"), ("Bristol", "BS"), ("Sheffield", "S"), ("Leicester", "LE"),
           ("Cardiff", "CF"), ("Norwich", "NR")),
    "no": (("Bergen", "50"), ("Trondheim", "70"), ("Drammen", "30"), ("Stavanger", "40"),
           ("Tromsø", "90"), ("Skien", "37")),
    "da": (("Aarhus", "80"), ("Odense", "50"), ("Aalborg", "90"), ("Esbjerg", "67"),
           ("Randers", "89"), ("Kolding", "60")),
    "fi": (("Tampere", "33"), ("Turku", "20"), ("Oulu", "90"), ("Jyväskylä", "40"),
           ("Lahti", "15"), ("Kuopio", "70")),
}  # fmt: skip
# Registered places of the study (neighbourhoods and a few institutions).
PLACES = (
    "Gottsunda", "Hovsjö", "Vivalla", "Hammarkullen", "Skäggetorp", "Araby", "Navestad",
    "Stovner", "Holmlia", "Gellerup", "Tingbjerg", "Vollsmose", "Itäkeskus", "Kontula",
    "Varissuo", "Hervanta", "Bergsjön", "Rosengård",
)  # fmt: skip
DOMAINS = {
    "sv": ("gmail.com", "hotmail.se", "outlook.com", "telia.com", "bredband.net", "live.se"),
    "en": ("gmail.com", "yahoo.co.uk", "btinternet.com", "outlook.com", "hotmail.co.uk"),
    "no": ("gmail.com", "online.no", "hotmail.no", "outlook.com"),
    "da": ("gmail.com", "mail.dk", "live.dk", "outlook.dk"),
    "fi": ("gmail.com", "luukku.com", "hotmail.fi", "elisanet.fi"),
}
