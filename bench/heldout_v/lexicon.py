"""Held-out V's own words: headings, speaker and field labels, frames that carry an
identifier, street words and mail domains, in each of the five languages. Written for this set
(not taken from any other set or from the redactor)."""

from __future__ import annotations

# note kinds and their headings: (kind, heading stems); a number and a tail are added
HEADINGS = {
    "sv": {
        "interview": ("Samtal", "Intervjuanteckning", "Utskrift, samtal"),
        "observation": ("Observationslogg", "Fältlogg", "Loggbok, besök"),
        "diary": ("Dagbok", "Forskardagbok", "Egna anteckningar"),
        "email": ("Vidarebefordrat mejl", "Inklistrat mejl", "Mejltråd"),
        "sms": ("Sms-tråd", "Meddelanden, kopia", "Chatt, utdrag"),
        "pasted": ("Utdrag ur PDF", "Inklistrad text", "Kopierat ur rapport"),
        "list": ("Mötesanteckningar", "Protokoll, arbetsgrupp", "Minnesanteckningar"),
    },
    "en": {
        "interview": ("Conversation", "Interview notes", "Transcript, session"),
        "observation": ("Observation log", "Site log", "Field log, visit"),
        "diary": ("Diary", "Research diary", "Own notes"),
        "email": ("Forwarded email", "Pasted email", "Email thread"),
        "sms": ("Text thread", "Messages, copy", "Chat excerpt"),
        "pasted": ("From a PDF", "Pasted text", "Copied from report"),
        "list": ("Meeting notes", "Minutes, working group", "Notes of meeting"),
    },
    "fi": {
        "interview": ("Keskustelu", "Haastattelumuistiinpanot", "Litterointi, tapaaminen"),
        "observation": ("Havainnointiloki", "Kenttäloki", "Käyntiloki"),
        "diary": ("Päiväkirja", "Tutkijan päiväkirja", "Omat muistiinpanot"),
        "email": ("Välitetty sähköposti", "Liitetty sähköposti", "Sähköpostiketju"),
        "sms": ("Tekstiviestiketju", "Viestit, kopio", "Chat, ote"),
        "pasted": ("Ote PDF-tiedostosta", "Liitetty teksti", "Kopioitu raportista"),
        "list": ("Kokousmuistiinpanot", "Pöytäkirja, työryhmä", "Muistio"),
    },
    "no": {
        "interview": ("Samtale", "Intervjunotater", "Transkripsjon, samtale"),
        "observation": ("Observasjonslogg", "Feltlogg", "Logg, besøk"),
        "diary": ("Dagbok", "Forskerdagbok", "Egne notater"),
        "email": ("Videresendt e-post", "Innlimt e-post", "E-posttråd"),
        "sms": ("Sms-tråd", "Meldinger, kopi", "Chat, utdrag"),
        "pasted": ("Utdrag fra PDF", "Innlimt tekst", "Kopiert fra rapport"),
        "list": ("Møtenotater", "Referat, arbeidsgruppe", "Notat fra møte"),
    },
    "da": {
        "interview": ("Samtale", "Interviewnoter", "Udskrift, samtale"),
        "observation": ("Observationslog", "Feltlog", "Log, besøg"),
        "diary": ("Dagbog", "Forskerdagbog", "Egne noter"),
        "email": ("Videresendt mail", "Indsat mail", "Mailtråd"),
        "sms": ("Sms-tråd", "Beskeder, kopi", "Chat, uddrag"),
        "pasted": ("Uddrag fra PDF", "Indsat tekst", "Kopieret fra rapport"),
        "list": ("Mødenoter", "Referat, arbejdsgruppe", "Notat fra møde"),
    },
}
TAILS = ("", " (rev.)", " v2", "", " *", " (2)", "")

# interview speaker labels (interviewer, participant)
SPEAKERS = {
    "sv": (("F:", "S:"), ("Forskare:", "Deltagare:"), ("Int.", "Del."), ("Jag:", "Hen:")),
    "en": (("Q:", "A:"), ("R:", "P:"), ("Researcher:", "Participant:"), ("Me:", "Them:")),
    "fi": (("K:", "V:"), ("Tutkija:", "Osallistuja:"), ("H:", "O:"), ("Minä:", "Hän:")),
    "no": (("I:", "D:"), ("Forsker:", "Deltaker:"), ("Int.", "Inf."), ("Jeg:", "Hun:")),
    "da": (("I:", "D:"), ("Forsker:", "Deltager:"), ("Int.", "Inf."), ("Mig:", "Hun:")),
}
# labels before a person's name
ROLE_LABELS = {
    "sv": ("Kontaktperson:", "Handläggare:", "Anhörig:", "God man:", "Sköterska:", "Granne:"),
    "en": ("Contact:", "Caseworker:", "Next of kin:", "Carer:", "Nurse:", "Neighbour:"),
    "fi": ("Yhteyshenkilö:", "Käsittelijä:", "Omainen:", "Edunvalvoja:", "Hoitaja:", "Naapuri:"),
    "no": ("Kontaktperson:", "Saksbehandler:", "Pårørende:", "Verge:", "Sykepleier:", "Nabo:"),
    "da": ("Kontaktperson:", "Sagsbehandler:", "Pårørende:", "Værge:", "Sygeplejerske:", "Nabo:"),
}
PRESENT = {
    "sv": ("Närvarande:", "Frånvarande:", "Deltog:"),
    "en": ("Present:", "Apologies:", "Attending:"),
    "fi": ("Läsnä:", "Poissa:", "Osallistujat:"),
    "no": ("Til stede:", "Forfall:", "Deltakere:"),
    "da": ("Til stede:", "Afbud:", "Deltagere:"),
}
POINTS = {
    "sv": ("Ärende", "Punkt", "Beslut"),
    "en": ("Item", "Point", "Decision"),
    "fi": ("Asia", "Kohta", "Päätös"),
    "no": ("Sak", "Punkt", "Vedtak"),
    "da": ("Sag", "Punkt", "Beslutning"),
}
MAIL_FIELDS = {
    "sv": ("Från:", "Till:", "Skickat:", "Ämne:"),
    "en": ("From:", "To:", "Sent:", "Subject:"),
    "fi": ("Lähettäjä:", "Vastaanottaja:", "Lähetetty:", "Aihe:"),
    "no": ("Fra:", "Til:", "Sendt:", "Emne:"),
    "da": ("Fra:", "Til:", "Sendt:", "Emne:"),
}
SUBJECTS = {
    "sv": ("Angående besöket", "Uppföljning", "Fråga om tider", "Re: mötet", "Kort info"),
    "en": ("About the visit", "Follow-up", "Question about times", "Re: the meeting", "Quick note"),
    "fi": ("Käynnistä", "Seuranta", "Kysymys ajoista", "Vs: tapaaminen", "Lyhyesti"),
    "no": ("Angående besøket", "Oppfølging", "Spørsmål om tider", "Sv: møtet", "Kort info"),
    "da": ("Vedrørende besøget", "Opfølgning", "Spørgsmål om tider", "Sv: mødet", "Kort info"),
}
GREETINGS = {
    "sv": ("Hej!", "Hej igen,", "Tack för senast!"),
    "en": ("Hi,", "Hello again,", "Thanks for last time."),
    "fi": ("Hei!", "Hei taas,", "Kiitos viimeisestä!"),
    "no": ("Hei!", "Hei igjen,", "Takk for sist!"),
    "da": ("Hej!", "Hej igen,", "Tak for sidst!"),
}
SIGNOFFS = {
    "sv": ("Vänliga hälsningar", "Mvh", "Hälsningar"),
    "en": ("Best wishes", "Kind regards", "Thanks"),
    "fi": ("Ystävällisin terveisin", "Terv.", "Terveisin"),
    "no": ("Vennlig hilsen", "Mvh", "Hilsen"),
    "da": ("Venlig hilsen", "Mvh", "Hilsen"),
}
PAGE = {
    "sv": "Sida {a} av {b}",
    "en": "Page {a} of {b}",
    "fi": "Sivu {a}/{b}",
    "no": "Side {a} av {b}",
    "da": "Side {a} af {b}",
}
ME = {"sv": "Jag", "en": "Me", "fi": "Minä", "no": "Meg", "da": "Mig"}

# frames around a person's name ({N}); the name stands at the start, inside and at the end
NAME_FRAMES = {
    "sv": (
        "{N} ringde strax efter lunch.",
        "Vi väntade en stund på {N} i korridoren.",
        "Enligt {N} har det blivit lugnare hemma.",
        "Pratade med {N}, som tyckte att bussen gick för sällan.",
        "{N} sa att hon hade fått ett nytt brev från kommunen.",
        "Barnen kallar honom fortfarande för {N}.",
        "Det var {N} som hade bokat rummet.",
        "Efteråt följde {N} med ut till parkeringen.",
        "{N} och jag gick igenom blanketten tillsammans.",
        "Fick ett kort meddelande från {N} i morse.",
    ),
    "en": (
        "{N} rang just after lunch.",
        "We waited a while for {N} in the corridor.",
        "According to {N}, things are calmer at home now.",
        "Talked with {N}, who thought the bus ran too rarely.",
        "{N} said a new letter had come from the council.",
        "The children still call him {N}.",
        "It was {N} who had booked the room.",
        "Afterwards {N} walked out with us to the car park.",
        "{N} and I went through the form together.",
        "Got a short message from {N} this morning.",
    ),
    "fi": (
        "{N} soitti heti lounaan jälkeen.",
        "Odotimme hetken käytävällä, kunnes {N} tuli.",
        "Kotona on kuulemma rauhallisempaa, kertoi {N}.",
        "Juttelin eilen pitkään, ja {N} valitti harvoista bussivuoroista.",
        "{N} kertoi saaneensa uuden kirjeen kunnalta.",
        "Lapset kutsuvat häntä yhä nimellä {N}.",
        "Huoneen oli varannut {N}.",
        "Lopuksi {N} saattoi meidät parkkipaikalle.",
        "{N} ja minä kävimme lomakkeen läpi yhdessä.",
        "Aamulla tuli lyhyt viesti, lähettäjänä {N}.",
    ),
    "no": (
        "{N} ringte rett etter lunsj.",
        "Vi ventet en stund på {N} i gangen.",
        "Ifølge {N} har det blitt roligere hjemme.",
        "Snakket med {N}, som syntes bussen gikk for sjelden.",
        "{N} sa at det hadde kommet et nytt brev fra kommunen.",
        "Barna kaller ham fortsatt {N}.",
        "Det var {N} som hadde booket rommet.",
        "Etterpå fulgte {N} oss ut til parkeringsplassen.",
        "{N} og jeg gikk gjennom skjemaet sammen.",
        "Fikk en kort melding fra {N} i morges.",
    ),
    "da": (
        "{N} ringede lige efter frokost.",
        "Vi ventede lidt på {N} på gangen.",
        "Ifølge {N} er der blevet mere roligt derhjemme.",
        "Talte med {N}, som syntes bussen kørte for sjældent.",
        "{N} sagde, at der var kommet et nyt brev fra kommunen.",
        "Børnene kalder ham stadig {N}.",
        "Det var {N}, der havde booket lokalet.",
        "Bagefter fulgte {N} os ud til parkeringspladsen.",
        "{N} og jeg gik skemaet igennem sammen.",
        "Fik en kort besked fra {N} i morges.",
    ),
}
# frames with a genitive glued on: {N} is followed by the ending in the same word
GENITIVE = {"sv": "s", "no": "s", "da": "s", "en": "'s", "fi": "n"}
GENITIVE_FRAMES = {
    "sv": ("{N}{G} dotter var också med.", "Vi satt i {N}{G} kök hela förmiddagen."),
    "en": ("{N}{G} daughter came along too.", "We sat in {N}{G} kitchen all morning."),
    "fi": ("{N}{G} tytär oli myös mukana.", "Istuimme koko aamupäivän keittiössä, joka on {N}{G}."),
    "no": ("{N}{G} datter var også med.", "Vi satt på {N}{G} kjøkken hele formiddagen."),
    "da": ("{N}{G} datter var også med.", "Vi sad i {N}{G} køkken hele formiddagen."),
}
PLACE_FRAMES = {
    "sv": (
        "Familjen flyttade till {T} förra hösten.",
        "Hon jobbar numera i {T}.",
        "{T} har fått en ny vårdcentral.",
    ),
    "en": (
        "The family moved to {T} last autumn.",
        "She works in {T} these days.",
        "{T} has a new health centre.",
    ),
    "fi": (
        "Perhe muutti viime syksynä paikkakunnalle {T}.",
        "Hän käy nykyään töissä, {T}.",
        "{T} sai uuden terveysaseman.",
    ),
    "no": (
        "Familien flyttet til {T} i fjor høst.",
        "Hun jobber i {T} nå.",
        "{T} har fått et nytt legesenter.",
    ),
    "da": (
        "Familien flyttede til {T} sidste efterår.",
        "Hun arbejder i {T} nu.",
        "{T} har fået et nyt sundhedshus.",
    ),
}
DATE_FRAMES = {
    "sv": (
        "Nästa träff blir {D}.",
        "Hon fick tid hos tandläkaren {D}.",
        "Flytten är planerad till {D}.",
    ),
    "en": (
        "The next visit is on {D}.",
        "She has a dentist appointment on {D}.",
        "The move is planned for {D}.",
    ),
    "fi": (
        "Seuraava tapaaminen on {D}.",
        "Hammaslääkäriaika on {D}.",
        "Muutto on suunniteltu päivälle {D}.",
    ),
    "no": (
        "Neste møte blir {D}.",
        "Hun har time hos tannlegen {D}.",
        "Flyttingen er planlagt til {D}.",
    ),
    "da": (
        "Næste møde bliver {D}.",
        "Hun har tid hos tandlægen {D}.",
        "Flytningen er planlagt til {D}.",
    ),
}
ADDRESS_CUES = {
    "sv": ("Adress:", "Bor på", "Besöksadress:"),
    "en": ("Address:", "Lives at", "Visiting address:"),
    "fi": ("Osoite:", "Asuu osoitteessa", "Käyntiosoite:"),
    "no": ("Adresse:", "Bor i", "Besøksadresse:"),
    "da": ("Adresse:", "Bor på", "Besøgsadresse:"),
}
EMAIL_CUES = {
    "sv": ("E-post:", "mejla", "Mejl:"),
    "en": ("Email:", "write to", "E-mail:"),
    "fi": ("Sähköposti:", "s-posti", "Sposti:"),
    "no": ("E-post:", "send til", "Epost:"),
    "da": ("E-mail:", "skriv til", "Mail:"),
}
LINK_CUES = {
    "sv": ("Länk:", "Se", "Mer info:"),
    "en": ("Link:", "See", "More at"),
    "fi": ("Linkki:", "Katso", "Lisätietoa:"),
    "no": ("Lenke:", "Se", "Mer info:"),
    "da": ("Link:", "Se", "Mere info:"),
}
STREETS = {
    "sv": (
        (
            "Björk",
            "Lind",
            "Kvarn",
            "Sjö",
            "Skol",
            "Ängs",
            "Hamn",
            "Park",
            "Kyrk",
            "Tall",
            "Rönn",
            "Smedje",
        ),
        ("vägen", "gatan", "stigen", "backen", "gränd", "torget"),
    ),
    "en": (
        (
            "Maple",
            "Oak",
            "Mill",
            "Church",
            "Station",
            "Park",
            "River",
            "Hill",
            "Willow",
            "Elm",
            "Meadow",
            "Bridge",
        ),
        (" Street", " Road", " Avenue", " Lane", " Drive", " Court"),
    ),
    "fi": (
        (
            "Koivu",
            "Kuusi",
            "Mylly",
            "Järvi",
            "Koulu",
            "Niitty",
            "Satama",
            "Puisto",
            "Kirkko",
            "Mänty",
            "Pihlaja",
            "Paja",
        ),
        ("tie", "katu", "polku", "kuja", "rinne", "tori"),
    ),
    "no": (
        (
            "Bjørke",
            "Lønne",
            "Kvern",
            "Sjø",
            "Skole",
            "Eng",
            "Havne",
            "Park",
            "Kirke",
            "Furu",
            "Rogn",
            "Smie",
        ),
        ("veien", "gata", "stien", "bakken", "lia", "torget"),
    ),
    "da": (
        (
            "Birke",
            "Linde",
            "Mølle",
            "Sø",
            "Skole",
            "Eng",
            "Havne",
            "Park",
            "Kirke",
            "Fyrre",
            "Røn",
            "Smedie",
        ),
        ("vej", "gade", "stien", "bakken", "vænget", "torvet"),
    ),
}
DOMAINS = {
    "sv": ("kommunen.example.se", "omsorg.example.se", "post.example.se", "brevlada.example.se"),
    "en": ("council.example.org", "care.example.co.uk", "mail.example.com", "inbox.example.net"),
    "fi": ("kunta.example.fi", "hoiva.example.fi", "posti.example.fi", "viesti.example.fi"),
    "no": ("kommune.example.no", "omsorg.example.no", "post.example.no", "innboks.example.no"),
    "da": ("kommune.example.dk", "omsorg.example.dk", "post.example.dk", "indbakke.example.dk"),
}
LINK_PATHS = ("kontakt", "tider", "skjema", "info", "booking", "ansok", "hjelp", "palvelu")
