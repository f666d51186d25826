"""Held-out T's own words: note headings, labels, frames that hold an identifier, speaker
labels, greetings, the sentences that use word-names as the words they are, street stems and
organisation words. Written for this set (not taken from any other set)."""

from __future__ import annotations

HEADINGS = {
    "interview": {"sv": "Samtal", "en": "Conversation", "fi": "Keskustelu", "no": "Samtale",
                  "da": "Samtale"},
    "observation": {"sv": "Observationslogg", "en": "Field log", "fi": "Havaintoloki",
                    "no": "Feltlogg", "da": "Feltlog"},
    "diary": {"sv": "Dagboksblad", "en": "Journal page", "fi": "Päiväkirjasivu",
              "no": "Dagbokside", "da": "Dagbogsside"},
    "email": {"sv": "Vidarebefordrat mejl", "en": "Forwarded mail", "fi": "Välitetty viesti",
              "no": "Videresendt e-post", "da": "Videresendt mail"},
    "sms": {"sv": "Sms-tråd", "en": "Text thread", "fi": "Tekstiviestit", "no": "Sms-tråd",
            "da": "Sms-tråd"},
    "pasted": {"sv": "Utdrag ur PDF", "en": "Pasted from PDF", "fi": "Ote PDF:stä",
               "no": "Utdrag fra PDF", "da": "Uddrag fra PDF"},
    "list": {"sv": "Möte", "en": "Meeting", "fi": "Kokous", "no": "Møte", "da": "Møde"},
}  # fmt: skip
TAILS = {
    "sv": ["utkast", "renskrivet", "del B", "forts.", "ej granskat", "version 2", "kort",
           "kväll", "förmiddag", "grupp öst", "spår A", "rättat"],
    "en": ["draft", "clean copy", "part B", "cont.", "unchecked", "v2", "short", "evening",
           "morning", "east group", "track A", "corrected"],
    "fi": ["luonnos", "puhtaaksi", "osa B", "jatkuu", "tarkistamaton", "versio 2", "lyhyt",
           "ilta", "aamupäivä", "itäryhmä", "raide A", "korjattu"],
    "no": ["utkast", "renskrevet", "del B", "forts.", "ikke gjennomgått", "versjon 2", "kort",
           "kveld", "formiddag", "gruppe øst", "spor A", "rettet"],
    "da": ["udkast", "renskrevet", "del B", "fortsat", "ikke gennemset", "version 2", "kort",
           "aften", "formiddag", "gruppe øst", "spor A", "rettet"],
}  # fmt: skip
SPEAKERS = {
    "sv": [("Intervjuare", "Deltagare"), ("F", "S"), ("Forskare", "Informant"), ("IP", "IA")],
    "en": [("Interviewer", "Participant"), ("Q", "A"), ("Researcher", "Respondent"),
           ("INT", "RESP")],
    "fi": [("Haastattelija", "Haastateltava"), ("K", "V"), ("Tutkija", "Osallistuja"),
           ("H1", "H2")],
    "no": [("Intervjuer", "Deltaker"), ("S", "Sv"), ("Forsker", "Informant"), ("I", "D")],
    "da": [("Interviewer", "Deltager"), ("S", "Sv"), ("Forsker", "Informant"), ("I", "D")],
}  # fmt: skip
# Labels a name follows (the notes' own words, ordinary text).
NAME_LABELS = {
    "sv": ["Kontaktperson", "Handläggare", "Anhörig", "Granne", "Ansvarig", "Tolk"],
    "en": ["Contact", "Caseworker", "Next of kin", "Neighbour", "Lead", "Interpreter"],
    "fi": ["Yhteyshenkilö", "Käsittelijä", "Omainen", "Naapuri", "Vastuuhenkilö", "Tulkki"],
    "no": ["Kontaktperson", "Saksbehandler", "Pårørende", "Nabo", "Ansvarlig", "Tolk"],
    "da": ["Kontaktperson", "Sagsbehandler", "Pårørende", "Nabo", "Ansvarlig", "Tolk"],
}  # fmt: skip
PRESENT = {
    "sv": ("Närvarande", "Anmält förhinder"),
    "en": ("Present", "Apologies"),
    "fi": ("Läsnä", "Poissa"),
    "no": ("Til stede", "Forfall"),
    "da": ("Til stede", "Afbud"),
}
MAIL_HEADER = {
    "sv": ("Från", "Till", "Datum", "Ämne"),
    "en": ("From", "To", "Date", "Subject"),
    "fi": ("Lähettäjä", "Vastaanottaja", "Päivämäärä", "Aihe"),
    "no": ("Fra", "Til", "Dato", "Emne"),
    "da": ("Fra", "Til", "Dato", "Emne"),
}
SUBJECTS = {
    "sv": ["Ang. nästa träff", "Frågor inför besöket", "Ändrad tid", "Underlag", "Tack för idag"],
    "en": ["Re: next visit", "Questions before we meet", "Change of time", "Documents",
           "Thanks for today"],
    "fi": ["Seuraava tapaaminen", "Kysymyksiä ennen käyntiä", "Aika muuttui", "Aineisto",
           "Kiitos tästä päivästä"],
    "no": ["Ang. neste møte", "Spørsmål før besøket", "Endret tid", "Underlag",
           "Takk for i dag"],
    "da": ["Vedr. næste møde", "Spørgsmål før besøget", "Ændret tid", "Materiale",
           "Tak for i dag"],
}  # fmt: skip
GREETINGS = {
    "sv": ["Hej,", "Hej!", "Hejsan,"],
    "en": ["Hi,", "Hello,", "Dear all,"],
    "fi": ["Hei,", "Moi,", "Hyvä vastaanottaja,"],
    "no": ["Hei,", "Hallo,", "Hei!"],
    "da": ["Hej,", "Kære alle,", "Hej!"],
}
SIGNOFFS = {
    "sv": ["Vänliga hälsningar", "Mvh", "Hälsningar"],
    "en": ["Best wishes", "Kind regards", "Thanks"],
    "fi": ["Ystävällisin terveisin", "Terveisin", "T."],
    "no": ["Vennlig hilsen", "Mvh", "Hilsen"],
    "da": ["Venlig hilsen", "Mvh", "Hilsen"],
}

# Frames that hold one name ({N}); a frame that starts with {N} puts the name first.
NAME_FRAMES = {
    "sv": ["{N} ringde strax efter lunch.", "Vi satt hemma hos {N} i köket.",
           "Enligt {N} har det blivit lugnare i huset.", "Jag frågade {N} om schemat.",
           "{N} kom tio minuter för sent.", "Grannen {N} tittade in en stund.",
           "Det var {N} som tog upp frågan först.", "Efteråt pratade jag kort med {N}.",
           "{N} vill inte bli inspelad.", "Mötet leddes av {N}."],
    "en": ["{N} called just after lunch.", "We sat in the kitchen with {N}.",
           "According to {N} the house is calmer now.", "I asked {N} about the rota.",
           "{N} arrived ten minutes late.", "The social worker {N} looked in briefly.",
           "It was {N} who raised the question first.", "Afterwards I spoke briefly with {N}.",
           "{N} does not want to be recorded.", "The meeting was chaired by {N}."],
    "fi": ["{N} soitti heti lounaan jälkeen.", "Istuimme keittiössä, ja paikalla oli {N}.",
           "Talossa on nyt rauhallisempaa, sanoo {N}.", "Kysyin aikataulusta, ja vastasi {N}.",
           "{N} tuli kymmenen minuuttia myöhässä.", "Naapuri {N} kävi hetken kylässä.",
           "Ensimmäisenä asian otti esiin {N}.", "Lopuksi juttelin vielä, paikalla {N}.",
           "{N} ei halua, että keskustelu nauhoitetaan.", "Kokousta johti {N}."],
    "no": ["{N} ringte like etter lunsj.", "Vi satt på kjøkkenet hos {N}.",
           "Ifølge {N} har det blitt roligere i huset.", "Jeg spurte {N} om vaktlisten.",
           "{N} kom ti minutter for sent.", "Naboen {N} stakk innom en stund.",
           "Det var {N} som tok opp saken først.", "Etterpå snakket jeg kort med {N}.",
           "{N} vil ikke bli tatt opp på lyd.", "Møtet ble ledet av {N}."],
    "da": ["{N} ringede lige efter frokost.", "Vi sad i køkkenet hos {N}.",
           "Ifølge {N} er der blevet mere roligt i huset.", "Jeg spurgte {N} om vagtplanen.",
           "{N} kom ti minutter for sent.", "Naboen {N} kiggede forbi en stund.",
           "Det var {N} der tog sagen op først.", "Bagefter talte jeg kort med {N}.",
           "{N} vil ikke optages.", "Mødet blev ledet af {N}."],
}  # fmt: skip
# Frames for a genitive or a case ending glued to a name: {G} is the name and its ending.
GLUED_FRAMES = {
    "sv": ["{G} dotter hämtade henne.", "Vi lånade {G} telefon.", "Det blev {G} tur att tala."],
    "en": ["{G} daughter came to collect her.", "We borrowed {G} phone.",
           "It was {G} turn to speak."],
    "fi": ["Soitin {G} illalla.", "Annoin paperit {G} eilen.", "Puhuin {G} pitkään."],
    "no": ["{G} datter hentet henne.", "Vi lånte {G} telefon.", "Det ble {G} tur å snakke."],
    "da": ["{G} datter hentede hende.", "Vi lånte {G} telefon.", "Det blev {G} tur at tale."],
}  # fmt: skip
FINNISH_ENDINGS = {"Soitin": ("lle", "ille"), "Annoin": ("lle", "ille"), "Puhuin": ("n", "in")}
PLACE_FRAMES = {
    "sv": ["Vi åkte vidare till {P}.", "Hon växte upp i {P}.", "Träffen hölls i {P} i år."],
    "en": ["We drove on to {P}.", "She grew up in {P}.", "The meeting was held in {P}."],
    "fi": ["Jatkoimme matkaa kohti kaupunkia nimeltä {P}.", "Hän kasvoi paikassa {P}.",
           "Tapaaminen pidettiin paikassa {P}."],
    "no": ["Vi kjørte videre til {P}.", "Hun vokste opp i {P}.", "Møtet ble holdt i {P}."],
    "da": ["Vi kørte videre til {P}.", "Hun voksede op i {P}.", "Mødet blev holdt i {P}."],
}  # fmt: skip
DATE_FRAMES = {
    "sv": ["Nästa besök bokades till {D}.", "Hon flyttade hit {D}.", "Datum: {D}"],
    "en": ["The next visit is booked for {D}.", "She moved here on {D}.", "Date: {D}"],
    "fi": ["Seuraava käynti on sovittu {D}.", "Hän muutti tänne {D}.", "Pvm: {D}"],
    "no": ["Neste besøk er satt til {D}.", "Hun flyttet hit {D}.", "Dato: {D}"],
    "da": ["Næste besøg er aftalt til {D}.", "Hun flyttede hertil {D}.", "Dato: {D}"],
}  # fmt: skip
ADDRESS_LABELS = {
    "sv": ["Adress:", "Bor på", "Besöksadress:"],
    "en": ["Address:", "Lives at", "Visit:"],
    "fi": ["Osoite:", "Asuu osoitteessa", "Käyntiosoite:"],
    "no": ["Adresse:", "Bor i", "Besøksadresse:"],
    "da": ["Adresse:", "Bor på", "Besøgsadresse:"],
}
MAIL_LABELS = {
    "sv": ["Mejl:", "skriv till", "E-post:"],
    "en": ["Email:", "write to", "Mail:"],
    "fi": ["Sähköposti:", "kirjoita osoitteeseen", "S-posti:"],
    "no": ["E-post:", "skriv til", "Epost:"],
    "da": ["Mail:", "skriv til", "E-mail:"],
}
LINK_LABELS = {
    "sv": ["Se", "Länk:", "Mer på"],
    "en": ["See", "Link:", "More at"],
    "fi": ["Katso", "Linkki:", "Lisää:"],
    "no": ["Se", "Lenke:", "Mer på"],
    "da": ["Se", "Link:", "Mere på"],
}

# Sentences of this set's own that use word-names as the words they are, at the start.
WORD_SENTENCES = {
    "sv": ["Dag för dag blev det lättare att prata.", "Per telefon gick det snabbare.",
           "Sten och grus låg kvar på gången.", "Björn har setts i skogen bakom husen.",
           "Vilja räcker inte alltid, sa hon.", "Ros fick hon sällan hemma."],
    "en": ["Will you call back later?", "May I ask one more thing?",
           "Hope is not a plan, she said.", "Grace was said before the meal.",
           "Mark the forms you have already signed.", "Joy was not the word he used."],
    "fi": ["Onni oli matkassa tällä kertaa.", "Toivo ei ollut vielä kadonnut.",
           "Usko omiin kykyihin kasvoi syksyn aikana.", "Tuuli yltyi illalla.",
           "Satu luettiin lapsille ennen nukkumaanmenoa.", "Lumi satoi koko yön."],
    "no": ["Liv og helse kommer først, sa han.", "Sol og regn skiftet hele dagen.",
           "Dag etter dag gikk det bedre.", "Stein og grus lå igjen på veien.",
           "Bjørn er sett i skogen bak husene.", "Ask og bjørk står langs veien."],
    "da": ["Sol og vind skiftede hele dagen.", "Storm og regn lukkede vejen.",
           "Bo her var hans eget ønske.", "Dag for dag blev det lettere.",
           "Lærke og vibe sås på marken.", "Ulla var ikke et ord hun brugte."],
}  # fmt: skip
# The same words inside sentences.
WORD_INNER = {
    "sv": ["Det tog en dag till.", "Hon tog en sten från stranden.", "Hon åker per buss.",
           "Det var hennes egen vilja.", "Han såg en björn en gång."],
    "en": ["They will come later.", "It may rain later.", "We hope it helps.",
           "She spoke with grace.", "He made a mark on the form.", "It was a joy to see."],
    "fi": ["Hänellä oli hyvä onni matkassa.", "Hänellä oli vahva usko asiaan.",
           "Kova tuuli puhalsi.", "Tämä satu oli lapsen suosikki.", "Maassa oli jo lumi.",
           "Hänellä oli vielä toivo jäljellä."],
    "no": ["Det tok en dag til.", "Det kom sol etter regn.", "Hun tok en stein fra fjæra.",
           "Det var liv i huset.", "Han så en bjørn en gang."],
    "da": ["Det tog en dag mere.", "Der kom sol efter regn.", "De ville bo i byen.",
           "Der var storm hele natten.", "En lærke sang over marken."],
}  # fmt: skip

STREETS = {
    "sv": (["Kvarn", "Björk", "Lind", "Hamn", "Skol", "Kyrk", "Ängs", "Tall", "Sjö", "Berg"],
           ["gatan", "vägen", "stigen", "gränd", "backen", "allén"]),
    "en": (["Mill", "Church", "Station", "Park", "Oak", "Bridge", "Mount", "Victoria", "Kings",
            "Chapel"], [" Road", " Street", " Lane", " Close", " Avenue", " Way"]),
    "fi": (["Koulu", "Kirkko", "Mylly", "Koivu", "Ranta", "Puisto", "Satama", "Mänty", "Pelto",
            "Kallio"], ["katu", "tie", "polku", "kuja", "rinne"]),
    "no": (["Skole", "Kirke", "Mølle", "Bjørke", "Strand", "Park", "Havne", "Furu", "Eng",
            "Berg"], ["veien", "gata", "bakken", "stien", "lia"]),
    "da": (["Skole", "Kirke", "Mølle", "Birke", "Strand", "Park", "Havne", "Fyrre", "Eng",
            "Bakke"], ["vej", "gade", "stræde", "allé", "sti"]),
}  # fmt: skip
ORG_WORDS = ["kommun", "hus", "vard", "omsorg", "stod", "center", "skolan", "foreningen",
             "projekt", "studio", "rad", "team", "net", "bygg", "hem"]  # fmt: skip
TLDS = {
    "sv": ["se", "nu", "org"],
    "en": ["co.uk", "org.uk", "com"],
    "fi": ["fi", "net"],
    "no": ["no", "com"],
    "da": ["dk", "net"],
}
