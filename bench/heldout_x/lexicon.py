"""Held-out X's own words: frames that carry an identifier inside a sentence, labels, headings,
greetings, streets and date words, per language. Written for this set. `{N}` is a name,
`{X}` another identifier, `{P}` a registered place."""

from __future__ import annotations

NAME_FRAMES = {
    "sv": ("Jag pratade med {N} om hyran efter mötet.", "Enligt {N} har sömnen blivit bättre.",
           "Hon ringde till {N} när bussen inte kom.", "{N} har börjat på en kurs i svenska.",
           "Vi bestämde att {N} följer med till vårdcentralen.",
           "Det var {N} som hjälpte till med flyttlådorna.",
           "Efter skolan hämtar {N} barnen, säger hon."),
    "en": ("I talked to {N} about the rent after the session.",
           "According to {N}, the new medication helps with sleep.",
           "She called {N} when the bus did not turn up.", "{N} has started an evening course.",
           "We agreed that {N} comes along to the surgery.",
           "It was {N} who helped carry the boxes upstairs.",
           "After school {N} picks the children up, she says."),
    "fi": ("Tapaamisen jälkeen {N} lupasi selvittää vuokra-asian.",
           "Kysyin asiaa, mutta {N} ei ole vielä vastannut.",
           "Hän soitti ja sanoi, että {N} tulee mukaan neuvolaan.",
           "{N} on aloittanut iltakurssin kansalaisopistossa.",
           "Sovimme, että {N} hoitaa kaupassa käynnit tällä viikolla.",
           "Lapset hakee koulusta {N}, hän kertoo.",
           "Se oli {N}, joka auttoi muuttolaatikoiden kanssa."),
    "no": ("Jeg snakket med {N} om husleia etter møtet.",
           "Ifølge {N} har søvnen blitt bedre.",
           "Hun ringte til {N} da bussen ikke kom.", "{N} har begynt på et kveldskurs.",
           "Vi ble enige om at {N} blir med til legen.",
           "Det var {N} som hjalp til med flytteeskene.",
           "Etter skolen henter {N} barna, sier hun."),
    "da": ("Jeg talte med {N} om huslejen efter mødet.",
           "Ifølge {N} er søvnen blevet bedre.",
           "Hun ringede til {N}, da bussen ikke kom.", "{N} er begyndt på et aftenkursus.",
           "Vi aftalte, at {N} tager med til lægen.",
           "Det var {N}, der hjalp med flyttekasserne.",
           "Efter skole henter {N} børnene, siger hun."),
}  # fmt: skip
# A genitive glued on: "{N}s" (Scandinavian), "{N}n" (Finnish, names ending in a vowel).
GLUED_FRAMES = {
    "sv": ("Vi träffade {N}s mamma i trapphuset.", "Det blev {N}s tur att laga mat."),
    "en": (),
    "fi": ("Tapasimme {N}n äidin rappukäytävässä.", "Oli {N}n vuoro laittaa ruokaa."),
    "no": ("Vi møtte {N}s mor i trappa.", "Det var {N}s tur til å lage mat."),
    "da": ("Vi mødte {N}s mor på trappen.", "Det var {N}s tur til at lave mad."),
}  # fmt: skip
GLUE = {"sv": "s", "en": "s", "fi": "n", "no": "s", "da": "s"}
FRAMES = {
    "phone": {
        "sv": ("Hon gav mig sitt nummer, {X}, om något skulle hända.",
               "Ring {X} om du inte kommer in, sa han."),
        "en": ("She gave me her number, {X}, in case anything happens.",
               "Ring {X} if the door is locked, he said."),
        "fi": ("Hän antoi numeronsa {X} siltä varalta, että jotain sattuu.",
               "Soita numeroon {X}, jos ovi on lukossa."),
        "no": ("Hun ga meg nummeret sitt, {X}, i tilfelle noe skjer.",
               "Ring {X} hvis døra er låst, sa han."),
        "da": ("Hun gav mig sit nummer, {X}, hvis der skulle ske noget.",
               "Ring til {X}, hvis døren er låst, sagde han."),
    },
    "personnummer": {
        "sv": ("Personnumret {X} står fel i brevet från kassan.",
               "Hon läste upp {X} för handläggaren i telefonen."),
        "en": ("The number {X} is wrong on the letter from the council.",
               "She read out {X} to the caseworker on the phone."),
        "fi": ("Tunnus {X} on väärin viraston kirjeessä.",
               "Hän luki puhelimessa käsittelijälle tunnuksen {X}."),
        "no": ("Nummeret {X} står feil i brevet fra kontoret.",
               "Hun leste opp {X} for saksbehandleren på telefonen."),
        "da": ("Nummeret {X} står forkert i brevet fra kommunen.",
               "Hun læste {X} op for sagsbehandleren i telefonen."),
    },
    "date": {
        "sv": ("Nästa träff blir {X}, säger hon.", "Hon flyttade in {X} och trivs bra."),
        "en": ("The next visit is {X}, she says.", "He moved in {X} and likes it there."),
        "fi": ("Seuraava tapaaminen on {X}, hän sanoo.", "Hän muutti asuntoon {X}."),
        "no": ("Neste møte blir {X}, sier hun.", "Han flyttet inn {X} og trives."),
        "da": ("Næste møde bliver {X}, siger hun.", "Han flyttede ind {X} og er glad for det."),
    },
    "address": {
        "sv": ("Hon bor numera på {X} med sin syster.", "Paketet skickades till {X} i stället."),
        "en": ("She lives at {X} with her sister now.", "The parcel went to {X} instead."),
        "fi": ("Hän asuu nyt osoitteessa {X} siskonsa kanssa.",
               "Paketti lähti osoitteeseen {X} sen sijaan."),
        "no": ("Hun bor nå i {X} sammen med søsteren.", "Pakken ble sendt til {X} i stedet."),
        "da": ("Hun bor nu på {X} sammen med sin søster.", "Pakken blev sendt til {X} i stedet."),
    },
    "email": {
        "sv": ("Skicka papperen till {X} så ordnar hon resten.",
               "Han svarar sällan på {X} men läser allt."),
        "en": ("Send the forms to {X} and she sorts the rest.",
               "He rarely answers at {X} but reads everything."),
        "fi": ("Lähetä paperit osoitteeseen {X}, niin hän hoitaa loput.",
               "Hän vastaa harvoin osoitteesta {X}, mutta lukee kaiken."),
        "no": ("Send papirene til {X}, så ordner hun resten.",
               "Han svarer sjelden på {X}, men leser alt."),
        "da": ("Send papirerne til {X}, så ordner hun resten.",
               "Han svarer sjældent på {X}, men læser alt."),
    },
    "url": {
        "sv": ("Hon har lagt upp bilderna på {X} för familjen.", "Anmälan görs på {X}, sa hon."),
        "en": ("She put the photos on {X} for the family.", "You sign up on {X}, she said."),
        "fi": ("Hän laittoi kuvat sivulle {X} perhettä varten.",
               "Ilmoittautuminen tehdään sivulla {X}, hän sanoi."),
        "no": ("Hun la ut bildene på {X} for familien.", "Påmeldingen skjer på {X}, sa hun."),
        "da": ("Hun lagde billederne på {X} til familien.", "Tilmelding sker på {X}, sagde hun."),
    },
    "place": {
        "sv": ("Hon växte upp i {P} och flyttade hit som vuxen.",
               "Varje sommar åker de till {P} och hälsar på."),
        "en": ("She grew up in {P} and moved here as an adult.",
               "Every summer they go to {P} to visit."),
        "fi": ("Hän kasvoi paikassa {P} ja muutti tänne aikuisena.",
               "Joka kesä he käyvät kylässä paikassa {P}."),
        "no": ("Hun vokste opp i {P} og flyttet hit som voksen.",
               "Hver sommer reiser de til {P} på besøk."),
        "da": ("Hun voksede op i {P} og flyttede hertil som voksen.",
               "Hver sommer tager de til {P} på besøg."),
    },
}  # fmt: skip

# Layout words.
SPEAKERS = {
    "sv": (("F", "D"), ("Int", "Svar"), ("Fråga", "Svar")),
    "en": (("R", "P"), ("Interviewer", "Respondent"), ("Q", "A")),
    "fi": (("H", "V"), ("Haastattelija", "Vastaaja"), ("K", "V")),
    "no": (("I", "S"), ("Intervjuer", "Deltaker"), ("Sp", "Sv")),
    "da": (("I", "D"), ("Interviewer", "Deltager"), ("Sp", "Sv")),
}  # fmt: skip
HEADINGS = {
    "interview": {"sv": "Intervjuutskrift", "en": "Interview transcript",
                  "fi": "Haastattelulitterointi", "no": "Intervjuutskrift",
                  "da": "Interviewudskrift"},
    "observation": {"sv": "Observationslogg", "en": "Observation log", "fi": "Havaintoloki",
                    "no": "Observasjonslogg", "da": "Observationslog"},
    "diary": {"sv": "Dagbok", "en": "Diary", "fi": "Päiväkirja", "no": "Dagbok", "da": "Dagbog"},
    "pasted": {"sv": "Utdrag ur rapport", "en": "Report extract", "fi": "Ote raportista",
               "no": "Utdrag fra rapport", "da": "Uddrag af rapport"},
    "meeting": {"sv": "Anteckningar från möte", "en": "Meeting notes", "fi": "Kokousmuistio",
                "no": "Møtenotat", "da": "Mødenoter"},
    "sms": {"sv": "Sms-tråd", "en": "Text thread", "fi": "Tekstiviestiketju",
            "no": "Meldingstråd", "da": "Beskedtråd"},
    "email": {"sv": "Vidarebefordrat mejl", "en": "Forwarded mail", "fi": "Välitetty viesti",
              "no": "Videresendt e-post", "da": "Videresendt mail"},
}  # fmt: skip
CODE_WORD = {"sv": "ref.", "en": "ref.", "fi": "viite", "no": "ref.", "da": "ref."}
WEEK = {"sv": "Vecka", "en": "Week", "fi": "Viikko", "no": "Uke", "da": "Uge"}
PARTS = {
    "sv": ("morgon", "förmiddag", "kväll"), "en": ("morning", "afternoon", "evening"),
    "fi": ("aamu", "iltapäivä", "ilta"), "no": ("morgen", "ettermiddag", "kveld"),
    "da": ("morgen", "eftermiddag", "aften"),
}  # fmt: skip
PAGE = {"sv": "Sida {a} av {b}", "en": "Page {a} of {b}", "fi": "Sivu {a} / {b}",
        "no": "Side {a} av {b}", "da": "Side {a} af {b}"}  # fmt: skip
PRESENT = {"sv": ("Närvarande", "Frånvarande"), "en": ("Present", "Apologies"),
           "fi": ("Läsnä", "Poissa"), "no": ("Til stede", "Forfall"),
           "da": ("Til stede", "Afbud")}  # fmt: skip
ROLES = {
    "sv": ("Kontaktperson", "Boendestöd", "Handledare"),
    "en": ("Support worker", "Contact", "Mentor"),
    "fi": ("Yhteyshenkilö", "Ohjaaja", "Tukihenkilö"),
    "no": ("Kontaktperson", "Veileder", "Miljøterapeut"),
    "da": ("Kontaktperson", "Vejleder", "Bostøtte"),
}  # fmt: skip
MAIL = {
    "sv": ("Från", "Till", "Skickat", "Ämne", ("Hej", "Hejsan"), ("Hälsningar", "Mvh")),
    "en": ("From", "To", "Sent", "Subject", ("Hi", "Hello"), ("Best", "Regards")),
    "fi": ("Lähettäjä", "Vastaanottaja", "Lähetetty", "Aihe", ("Hei", "Moi"), ("Terveisin", "T.")),
    "no": ("Fra", "Til", "Sendt", "Emne", ("Hei",), ("Hilsen", "Mvh")),
    "da": ("Fra", "Til", "Sendt", "Emne", ("Hej",), ("Venlig hilsen", "Mvh")),
}  # fmt: skip
SUBJECTS = {
    "sv": ("Om besöket", "Papperen", "Flytten", "Nästa vecka"),
    "en": ("About the visit", "The forms", "Moving", "Next week"),
    "fi": ("Käynnistä", "Paperit", "Muutto", "Ensi viikko"),
    "no": ("Om besøket", "Papirene", "Flyttingen", "Neste uke"),
    "da": ("Om besøget", "Papirerne", "Flytningen", "Næste uge"),
}  # fmt: skip
PHONE_CUE = {"sv": "Tel", "en": "Tel", "fi": "Puh", "no": "Tlf", "da": "Tlf"}
ID_CUE = {"sv": "Personnr", "en": "ID no", "fi": "Hetu", "no": "Fødselsnr", "da": "CPR"}
ME = {"sv": "Jag", "en": "Me", "fi": "Minä", "no": "Meg", "da": "Mig"}

# Streets: stems and endings of the language's own street names (written here).
STREETS = {
    "sv": (("Lönn", "Björk", "Rönn", "Hassel", "Tall", "Sjö", "Kvarn", "Skol"),
           ("vägen", "gatan", "stigen", "gränd")),
    "en": (("Meadow", "Station", "Church", "Mill", "Park", "Orchard", "Victoria", "Brook"),
           (" Road", " Street", " Lane", " Close")),
    "fi": (("Sepän", "Koivu", "Myllyn", "Rannan", "Kirkon", "Pajun", "Haka", "Kallio"),
           ("katu", "tie", "kuja", "polku")),
    "no": (("Løvås", "Bjørke", "Skole", "Kirke", "Møllen", "Furu", "Elve", "Åsen"),
           ("gata", "veien", "bakken", "svingen")),
    "da": (("Bøge", "Birke", "Skole", "Kirke", "Mølle", "Strand", "Ege", "Rose"),
           ("vej", "gade", "allé", "stræde")),
}  # fmt: skip

MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}
FI_MONTH_GEN = ("tammikuun helmikuun maaliskuun huhtikuun toukokuun kesäkuun heinäkuun elokuun "
                "syyskuun lokakuun marraskuun joulukuun").split()  # fmt: skip
WEEKDAYS = {
    "sv": "måndagen tisdagen onsdagen torsdagen fredagen lördagen söndagen",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
}
ORDINALS = {
    "sv": "första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte",
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
    "fi": "ensimmäinen toinen kolmas neljäs viides kuudes seitsemäs kahdeksas yhdeksäs "
    "kymmenes yhdestoista kahdestoista",
    "no": "første andre tredje fjerde femte sjette sjuende åttende niende tiende ellevte tolvte",
    "da": "første anden tredje fjerde femte sjette syvende ottende niende tiende ellevte tolvte",
}
