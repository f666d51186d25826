"""Held-out AC's frames, layouts, streets and towns, written for this set (Norwegian Bokmål).
Slots: {N} a name, {N2} a second name, {G} a name with a genitive "s" glued on, {P} a phone
number, {D} a date, {A} an address, {E} an e-mail address, {U} a link, {I} an identity number,
{T} a registered town."""

from __future__ import annotations

# the titles each layout opens with (the test finds the note language by them)
TITLES = {
    "nb": {
        "interview": "Samtalereferat",
        "observation": "Hjemmebesøk, logg",
        "diary": "Arbeidslogg",
        "email": "E-post",
        "sms": "Meldingstråd (kopiert)",
        "pasted": "Utdrag fra innkommet brev",
        "label": "Kartleggingsskjema",
    }
}
MAIL = {"nb": {"from": "Fra", "to": "Til", "sent": "Sendt", "subject": "Emne"}}

ROLES = ["kontaktlærer", "fastlege", "tolk", "saksbehandler", "miljøterapeut", "helsesykepleier",
         "mor", "far", "bestemor", "onkel", "naboen", "støttekontakt", "verge", "advokat",
         "barnehagelærer", "rektor", "psykolog", "fysioterapeut"]  # fmt: skip
RELATIONS = ["mor", "far", "søster", "bror", "tante", "samboer", "datter", "sønn", "verge"]

INTERVIEWER = ["Saksbehandler", "Intervjuer", "Veileder", "I", "SB"]
PROMPTS = [
    "Hvordan har uka vært?",
    "Fortell litt om skolen.",
    "Hvem bor hjemme nå?",
    "Hva skjedde da?",
    "Hvordan sover du?",
    "Har dere fått svar?",
    "Hva tenker du om det?",
    "Hvordan går det med jobben?",
    "Er det noe som er vanskelig nå?",
    "Hvem hjelper deg?",
    "Hva ønsker du deg framover?",
    "Hvordan er økonomien?",
    "Har du vært hos legen?",
    "Og etter det?",
    "Hvordan reagerte de?",
    "Hva sa du da?",
    "Hvor lenge varte det?",
    "Var det første gang?",
    "Hvem andre vet om dette?",
    "Hvordan har du det nå?",
    "Kan du si litt mer om det?",
    "Hva gjorde du da?",
    "Hvordan er det med maten?",
    "Har du noen å snakke med?",
    "Hvordan går det med barna?",
    "Hva er viktigst for deg nå?",
    "Hvordan kom du hit i dag?",
    "Hva synes du om tilbudet?",
    "Har noe endret seg?",
    "Hvordan er boligen?",
    "Får du sove om natta?",
    "Hva gjør du på fritida?",
    "Hvem tok kontakt først?",
    "Hvordan var det å flytte?",
    "Har du fått svar fra dem?",
    "Hva trenger du hjelp til?",
    "Hva sa legen?",
    "Hvordan er det på skolen nå?",
    "Hva skjer videre, tror du?",
    "Vil du at vi ringer dem?",
    "Hvordan var helgen?",
    "Har du hørt noe mer?",
]
SMS_ME = ["Meg", "Jeg", "Kontoret"]
TEAMS = ["Hilsen NAV-kontoret", "Mvh oppfølgingstjenesten", "Hilsen barnevernstjenesten",
         "Hilsen tildelingskontoret", "Mvh flyktningtjenesten"]  # fmt: skip
GREETINGS = ["Hei", "Hei igjen", "God dag", "Hallo"]
SIGNOFFS = ["Mvh", "Vennlig hilsen", "Hilsen", "Med vennlig hilsen"]
SUBJECTS = ["Vedrørende møtet", "Oppfølging", "Svar på henvendelse", "Dokumentasjon",
            "Ny avtale", "Endring av adresse", "Spørsmål om søknaden"]  # fmt: skip
CLOSING = {"sms": "(slutt på kopiert tråd)", "pasted": "[utdrag slutt]"}
LABELS = {
    "name": "Navn", "id": "Fødselsnr.", "address": "Adresse", "phone": "Telefon",
    "email": "E-post", "kin": "Pårørende", "town": "Kommune", "date": "Dato",
}  # fmt: skip
SHEET_PARTS = ["Vurdering", "Bakgrunn", "Videre plan"]

NAME_FRAMES = [
    "{N} ringte i dag og ba om et nytt møte.",
    "Vi snakket med {N} om hvordan uka hadde vært.",
    "Kontaktlæreren, {N}, deltok på telefon.",
    "Sønnen og {N} kom litt senere enn avtalt.",
    "Det var {N} som fulgte henne til legen.",
    "Etter samtalen tok {N} kontakt igjen.",
    "{N} og {N2} skal begge være med neste gang.",
    "Avtalen ble gjort med {N} i resepsjonen.",
    "Mor sier at {N} ikke har vært hjemme på flere dager.",
    "Han nevnte {N} flere ganger og at de har kontakt igjen.",
    "Fastlegen, {N}, har skrevet en ny henvisning.",
    "Vi ba {N} ringe tilbake når det passet.",
    "Ifølge {N} er det roligere hjemme nå.",
    "Brevet var signert av {N} fra skolen.",
    "Jeg møtte {N} på trappa og vi gikk inn sammen.",
    "Både {N} og tolken var til stede.",
    "Naboen, {N}, har hjulpet til med handling.",
    "Hun vil at {N} skal få beskjed først.",
    "Vi venter fortsatt på svar fra {N}.",
    "Til stede var også {N}, som kjenner familien godt.",
    "Jenta sier at hun savner {N} og vil flytte tilbake.",
    "Støttekontakten {N} har meldt fra om bekymring.",
    "Han har bodd hos {N} i noen uker nå.",
    "På vei ut stoppet {N} og spurte om papirene.",
    "Det var vanskelig å få tak i {N} i dag.",
    "Barna, {N} og {N2}, virket glade og trygge.",
    "Vi fikk en melding fra {N} sent i går.",
    "Ingen hadde hørt fra {N} siden forrige møte.",
    "Tolken ble bestilt av {N} i forkant.",
    "Hun beskriver {N} som en god venn.",
    "Etter en stund kom {N} inn og satte seg.",
    "Det er avtalt at {N} henter i barnehagen.",
    "Jeg ringte {N}, men fikk ikke svar.",
    "Saken er overført til {N} fra neste uke.",
    "Bestemor {N} har tilbudt seg å hjelpe.",
    "Han og {N} har kranglet mye i det siste.",
    "{N} forteller at det går bedre på jobb.",
    "{N} var tydelig sliten og ville avslutte tidlig.",
]
GENITIVE_FRAMES = [
    "{G}s mor ringte i formiddag.",
    "Vi gikk gjennom {G}s timeplan sammen.",
    "Det er {G}s leilighet det gjelder.",
    "Hun har fått låne {G}s bil i ferien.",
    "Skolen har sendt {G}s karakterer til oss.",
    "Vi la merke til at {G}s humør var bedre.",
    "Etter {G}s ønske ble møtet flyttet.",
]
PHONE_FRAMES = [
    "Hun kan nås på {P} etter klokka tre.",
    "Ring {P} hvis noe skjer i helgen.",
    "Nytt nummer er {P}, det gamle er sagt opp.",
    "Han ga oss nummeret {P} til broren.",
    "Skolen ringte fra {P} og la igjen beskjed.",
    "Tolken har nummer {P}.",
    "Hvis hun ikke svarer, prøv {P}.",
    "Vi sendte en melding til {P} i går.",
]
DATE_FRAMES = [
    "Neste møte er satt til {D}.",
    "Hun flyttet inn {D}, sier hun.",
    "Vi snakket sist sammen {D}.",
    "Saken ble meldt {D} og er fortsatt åpen.",
    "Fra {D} har han vært sykmeldt.",
    "Søknaden ble sendt {D}, men svar er ikke kommet.",
    "Timen hos legen er {D}.",
    "Hun var innlagt fram til {D}.",
]
ADDRESS_FRAMES = [
    "Familien bor nå i {A}.",
    "Hun har fått ny adresse, {A}.",
    "Vi var på besøk i {A} i formiddag.",
    "Post kan sendes til {A}.",
    "Han har flyttet til {A} sammen med en kamerat.",
    "Møtet ble holdt hjemme hos dem i {A}.",
]
EMAIL_FRAMES = [
    "Hun ba om at svaret sendes til {E}.",
    "Skolen bruker adressen {E}.",
    "Send gjerne papirene til {E}.",
    "Han skrev fra {E} sent på kvelden.",
    "Kopi av referatet går til {E}.",
]
URL_FRAMES = [
    "Skjemaet ligger på {U}.",
    "Han viste oss {U} der de har lagt ut bilder.",
    "Mer informasjon finnes på {U}.",
    "Hun hadde funnet søknaden på {U}.",
    "Lenken {U} ble sendt til mor.",
]
ID_FRAMES = [
    "Fødselsnummeret hans er {I}.",
    "Hun oppga nummeret {I} fra tiden utenlands.",
    "Vi sjekket {I} mot folkeregisteret.",
    "Søknaden står på {I}, ikke på mor.",
    "Gammelt identitetsnummer er {I}.",
]
PLACE_FRAMES = [
    "Hun vokste opp i {T} og flyttet hit som voksen.",
    "De skal til {T} i ferien.",
    "Broren bor fortsatt i {T}.",
    "Han pendler til {T} hver dag.",
    "Familien kom fra {T} for to år siden.",
    "Besteforeldrene i {T} har tilbudt hjelp.",
]

# streets of this set's own, by the country whose shape an address takes
STREETS = {
    "no": [
        "Tollbodgata",
        "Møllerveien",
        "Kvernhusbakken",
        "Fergeveien",
        "Bryggerigata",
        "Skolestien",
        "Prestegårdsveien",
        "Sagbruksveien",
        "Torvmyrveien",
        "Løkkeveien",
    ],
    "se": ["Hantverkargatan", "Kvarngatan", "Skomakarvägen", "Tegelbruksgatan"],
    "da": ["Bagerstræde", "Rebslagervej", "Teglværksvej", "Kildevældsgade"],
    "fi": ["Myllärintie", "Sepänkuja", "Tiilitehtaankatu", "Kauppiaankatu"],
    "en": ["Chandler Street", "Tannery Road", "Ropewalk Lane", "Brewery Close"],
}
POSTAL = {
    "no": [("3616", "Kongsberg"), ("7714", "Steinkjer"), ("3674", "Notodden"), ("2318", "Hamar"),
           ("8006", "Bodø"), ("9008", "Tromsø"), ("6413", "Molde"), ("4630", "Kristiansand")],
    "se": [("582 22", "Linköping"), ("903 25", "Umeå"), ("652 24", "Karlstad")],
    "da": [("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg")],
    "fi": [("33100", "Tampere"), ("90100", "Oulu"), ("40100", "Jyväskylä")],
    "en": [("LS1 4AP", "Leeds"), ("NE1 7RU", "Newcastle"), ("BS1 6QF", "Bristol")],
}  # fmt: skip
# registered towns (places)
TOWNS = ["Kongsberg", "Steinkjer", "Notodden", "Hamar", "Bodø", "Tromsø", "Molde",
         "Kristiansand", "Lillehammer", "Gjøvik", "Haugesund", "Narvik"]  # fmt: skip

MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember"]  # fmt: skip
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
WEEKDAYS_SHORT = ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."]
DOMAINS = ["example.no", "example.com", "example.org", "example.net"]
