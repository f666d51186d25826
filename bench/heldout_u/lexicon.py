"""Held-out U's own words: headings, speaker labels, frames around identifiers, cues, streets,
month and weekday names, ordinals. Written for this set; no other set's lines were read."""

from __future__ import annotations

HEADINGS = {
    "interview": {
        "sv": ("Intervjuutskrift", "Samtal, del", "Utskrift av samtal"),
        "en": ("Transcript", "Conversation, part", "Interview record"),
        "fi": ("Litterointi", "Keskustelu, osa", "Haastattelun litterointi"),
        "no": ("Transkripsjon", "Samtale, del", "Intervjuutskrift"),
        "da": ("Transskription", "Samtale, del", "Interviewudskrift"),
    },
    "observation": {
        "sv": ("Fältanteckningar", "Observation på plats", "Anteckningar från besök"),
        "en": ("Field notes", "Site visit notes", "Observation sheet"),
        "fi": ("Kenttämuistiinpanot", "Havainnointi", "Käyntimuistio"),
        "no": ("Feltnotater", "Observasjon", "Notater fra besøk"),
        "da": ("Feltnoter", "Observation", "Noter fra besøg"),
    },
    "diary": {
        "sv": ("Dagbok", "Deltagardagbok", "Veckodagbok"),
        "en": ("Diary", "Participant diary", "Weekly log"),
        "fi": ("Päiväkirja", "Osallistujan päiväkirja", "Viikkopäiväkirja"),
        "no": ("Dagbok", "Deltakerdagbok", "Ukedagbok"),
        "da": ("Dagbog", "Deltagerdagbog", "Ugedagbog"),
    },
    "email": {
        "sv": ("Vidarebefordrat mejl", "Inklistrad e-post", "Mejlkopia"),
        "en": ("Forwarded message", "Pasted e-mail", "Copy of e-mail"),
        "fi": ("Välitetty viesti", "Liitetty sähköposti", "Sähköpostin kopio"),
        "no": ("Videresendt e-post", "Innlimt e-post", "Kopi av e-post"),
        "da": ("Videresendt mail", "Indsat e-mail", "Kopi af mail"),
    },
    "sms": {
        "sv": ("Sms-tråd", "Meddelanden", "Chattlogg"),
        "en": ("Text thread", "Messages", "Chat log"),
        "fi": ("Tekstiviestit", "Viestiketju", "Chat-loki"),
        "no": ("SMS-tråd", "Meldinger", "Chattelogg"),
        "da": ("SMS-tråd", "Beskeder", "Chatlog"),
    },
    "pasted": {
        "sv": ("Utdrag ur PDF", "Kopierad text", "Inskannat dokument"),
        "en": ("Extract from PDF", "Copied text", "Scanned document"),
        "fi": ("Ote PDF-tiedostosta", "Kopioitu teksti", "Skannattu asiakirja"),
        "no": ("Utdrag fra PDF", "Kopiert tekst", "Skannet dokument"),
        "da": ("Uddrag fra PDF", "Kopieret tekst", "Scannet dokument"),
    },
    "list": {
        "sv": ("Mötesanteckningar", "Protokoll, arbetsgrupp", "Minnesanteckningar"),
        "en": ("Meeting notes", "Minutes, working group", "Notes of meeting"),
        "fi": ("Kokousmuistio", "Pöytäkirja, työryhmä", "Muistiinpanot kokouksesta"),
        "no": ("Møtenotat", "Referat, arbeidsgruppe", "Notater fra møtet"),
        "da": ("Mødenoter", "Referat, arbejdsgruppe", "Notat fra mødet"),
    },
}

DRAFT = {"sv": "utkast", "en": "draft", "fi": "luonnos", "no": "utkast", "da": "udkast"}

SPEAKERS = {
    "sv": (("Intervjuare", "Deltagare"), ("I", "D"), ("Fråga", "Svar"), ("INT", "IP")),
    "en": (("Interviewer", "Participant"), ("Q", "A"), ("INT", "RESP"), ("R1", "P")),
    "fi": (("Haastattelija", "Haastateltava"), ("H", "V"), ("Kysymys", "Vastaus"), ("HA", "OS")),
    "no": (("Intervjuer", "Deltaker"), ("I", "D"), ("Spørsmål", "Svar"), ("INT", "INF")),
    "da": (("Interviewer", "Deltager"), ("I", "D"), ("Spørgsmål", "Svar"), ("INT", "INF")),
}

LABELS = {
    "sv": ("Kontakt:", "Anhörig:", "Handläggare:", "God man:", "Ansvarig:"),
    "en": ("Contact:", "Carer:", "Case worker:", "Referred by:", "Lead:"),
    "fi": ("Yhteyshenkilö:", "Omainen:", "Käsittelijä:", "Vastuuhenkilö:", "Tukihenkilö:"),
    "no": ("Kontakt:", "Pårørende:", "Saksbehandler:", "Verge:", "Ansvarlig:"),
    "da": ("Kontakt:", "Pårørende:", "Sagsbehandler:", "Værge:", "Ansvarlig:"),
}

# {N}: a name; the name ends at the brace (inflected ones glue a suffix after it)
NAME_FRAMES = {
    "sv": (
        "Efter lunch kom {N} förbi och satt kvar en stund.",
        "Hon berättade att {N} hade hjälpt till med flytten.",
        "Vi pratade om {N} och om hur det gick på jobbet.",
        "Jag ringde {N} men ingen svarade.",
        "Enligt {N} var det lugnare förra veckan.",
        "Det var {N} som öppnade dörren.",
    ),
    "en": (
        "After lunch {N} came by and stayed for a while.",
        "She said that {N} had helped with the move.",
        "We talked about {N} and how work was going.",
        "I called {N} but nobody answered.",
        "According to {N} it had been quieter last week.",
        "It was {N} who opened the door.",
    ),
    "fi": (
        "Lounaan jälkeen {N} kävi ja jäi hetkeksi.",
        "Hän kertoi, että {N} oli auttanut muutossa.",
        "Puhuimme siitä, miten {N} jaksaa töissä.",
        "Soitin, mutta {N} ei vastannut.",
        "Kysyin aikataulusta, ja vastasi {N}.",
        "Oven avasi {N}.",
    ),
    "no": (
        "Etter lunsj kom {N} innom og ble en stund.",
        "Hun fortalte at {N} hadde hjulpet til med flyttingen.",
        "Vi snakket om {N} og om hvordan det gikk på jobb.",
        "Jeg ringte {N}, men ingen svarte.",
        "Ifølge {N} var det roligere forrige uke.",
        "Det var {N} som åpnet døra.",
    ),
    "da": (
        "Efter frokost kom {N} forbi og blev en stund.",
        "Hun fortalte, at {N} havde hjulpet med flytningen.",
        "Vi talte om {N} og om hvordan det gik på arbejdet.",
        "Jeg ringede til {N}, men ingen svarede.",
        "Ifølge {N} var det roligere sidste uge.",
        "Det var {N}, der åbnede døren.",
    ),
}
GLUED_FRAMES = {
    "sv": ("{N}s mamma var också med.", "Vi lånade {N}s bil till mötet.", "Jag läste {N}s lapp."),
    "no": ("{N}s mor var også med.", "Vi lånte {N}s bil til møtet.", "Jeg leste {N}s lapp."),
    "da": ("{N}s mor var også med.", "Vi lånte {N}s bil til mødet.", "Jeg læste {N}s seddel."),
    "fi": ("Soitin {N}{S} illalla.", "Annoin avaimet {N}{S} aamulla.", "Kerroin asiasta {N}{S}."),
}
FINNISH_ALLATIVE = ("lle",)
PRESENT = {
    "sv": ("Närvarande:", "Förhinder:"),
    "en": ("Present:", "Apologies:"),
    "fi": ("Läsnä:", "Poissa:"),
    "no": ("Til stede:", "Forfall:"),
    "da": ("Til stede:", "Afbud:"),
}
SIGNOFFS = {
    "sv": ("Hälsningar,", "Mvh", "Vänliga hälsningar,"),
    "en": ("Best wishes,", "Kind regards,", "Thanks,"),
    "fi": ("Terveisin,", "Ystävällisin terveisin,", "Kiitos,"),
    "no": ("Hilsen", "Med vennlig hilsen,", "Mvh"),
    "da": ("Hilsen", "Med venlig hilsen,", "Mvh"),
}
HEADER = {
    "sv": ("Från:", "Till:", "Datum:", "Ämne:"),
    "en": ("From:", "To:", "Date:", "Subject:"),
    "fi": ("Lähettäjä:", "Vastaanottaja:", "Päivämäärä:", "Aihe:"),
    "no": ("Fra:", "Til:", "Dato:", "Emne:"),
    "da": ("Fra:", "Til:", "Dato:", "Emne:"),
}
SUBJECTS = {
    "sv": ("Ang. nästa träff", "Frågor inför intervjun", "Uppföljning", "Papper till mötet"),
    "en": ("Re: next visit", "Questions before the interview", "Follow-up", "Papers for Tuesday"),
    "fi": ("Seuraava tapaaminen", "Kysymyksiä haastattelusta", "Seuranta", "Paperit"),
    "no": ("Neste møte", "Spørsmål før intervjuet", "Oppfølging", "Papirer til møtet"),
    "da": ("Næste møde", "Spørgsmål før interviewet", "Opfølgning", "Papirer til mødet"),
}
ME = {"sv": "Jag", "en": "Me", "fi": "Minä", "no": "Meg", "da": "Mig"}

FRAMES = {
    "phone": {
        "sv": ("Hon nås säkrast på {X} efter fyra.", "Nytt nummer: {X}"),
        "en": ("She is easiest to reach on {X} after four.", "New number: {X}"),
        "fi": ("Hänet tavoittaa parhaiten numerosta {X}.", "Uusi numero: {X}"),
        "no": ("Hun treffes best på {X} etter fire.", "Nytt nummer: {X}"),
        "da": ("Hun træffes bedst på {X} efter fire.", "Nyt nummer: {X}"),
    },
    "email": {
        "sv": ("Skicka kopian till {X} i stället.", "E-post: {X}"),
        "en": ("Send the copy to {X} instead.", "E-mail: {X}"),
        "fi": ("Lähetä kopio osoitteeseen {X}.", "Sähköposti: {X}"),
        "no": ("Send kopien til {X} i stedet.", "E-post: {X}"),
        "da": ("Send kopien til {X} i stedet.", "E-mail: {X}"),
    },
    "url": {
        "sv": ("Blanketten finns på {X} om någon vill läsa.", "Länk: {X}"),
        "en": ("The form is at {X} if anyone wants it.", "Link: {X}"),
        "fi": ("Lomake löytyy osoitteesta {X}.", "Linkki: {X}"),
        "no": ("Skjemaet ligger på {X} for den som vil lese.", "Lenke: {X}"),
        "da": ("Blanketten ligger på {X}, hvis nogen vil læse den.", "Link: {X}"),
    },
    "date": {
        "sv": ("Nästa träff blir {X}.", "Vi ses igen {X}, sa hon.", "Inflyttning {X}."),
        "en": ("The next visit is on {X}.", "We meet again on {X}, she said.", "Moved in {X}."),
        "fi": ("Seuraava tapaaminen on {X}.", "Tavataan taas {X}, hän sanoi.", "Muutto {X}."),
        "no": ("Neste møte blir {X}.", "Vi ses igjen {X}, sa hun.", "Innflytting {X}."),
        "da": ("Næste møde bliver {X}.", "Vi ses igen {X}, sagde hun.", "Indflytning {X}."),
    },
    "address": {
        "sv": ("Hon bor numera på {X}.", "Adress: {X}"),
        "en": ("She lives at {X} now.", "Address: {X}"),
        "fi": ("Hän asuu nykyään osoitteessa {X}.", "Osoite: {X}"),
        "no": ("Hun bor nå i {X}.", "Adresse: {X}"),
        "da": ("Hun bor nu på {X}.", "Adresse: {X}"),
    },
    "place": {
        "sv": ("Han växte upp i {X} och flyttade sedan.", "Familjen kom hit från {X}."),
        "en": ("He grew up in {X} and moved later.", "The family came here from {X}."),
        "fi": ("Hän kasvoi paikassa {X} ja muutti myöhemmin.", "Perhe tuli tänne: {X}."),
        "no": ("Han vokste opp i {X} og flyttet senere.", "Familien kom hit fra {X}."),
        "da": ("Han voksede op i {X} og flyttede senere.", "Familien kom hertil fra {X}."),
    },
}

STREETS = {
    "sv": (("Björk", "Kvarn", "Skol", "Tall", "Sjö", "Park", "Kyrk", "Bruks", "Hamn", "Ängs"),
           ("gatan", "vägen", "backen", "stigen", "gränd")),
    "en": (("Mill", "Church", "Station", "Park", "Oak", "Meadow", "Bridge", "School", "Chapel"),
           (" Road", " Lane", " Street", " Close", " Way")),
    "fi": (("Koulu", "Kirkko", "Mylly", "Koivu", "Ranta", "Puisto", "Asema", "Pelto", "Niitty"),
           ("katu", "tie", "kuja", "polku", "rinne")),
    "no": (("Skole", "Kirke", "Bjørke", "Sjø", "Mølle", "Fjell", "Hage", "Bakke", "Elve"),
           ("gata", "veien", "vegen", "bakken", "stien")),
    "da": (("Skole", "Kirke", "Mølle", "Ege", "Strand", "Havne", "Bøge", "Eng", "Mark"),
           ("vej", "gade", "allé", "stræde", "vænget")),
}  # fmt: skip
DOMAINS = {
    "sv": ("fornvik.se", "brevlada.se", "hemnet-mail.se", "kommun-exempel.se"),
    "en": ("postbox.co.uk", "fieldwork.org.uk", "mailhouse.com", "cityhall-example.gov.uk"),
    "fi": ("posti-esimerkki.fi", "kunta-esim.fi", "sahkoposti.fi"),
    "no": ("postkassa.no", "kommune-eks.no", "epost.no"),
    "da": ("postkasse.dk", "kommune-eks.dk", "mail-eks.dk"),
}
ORGS = ("boendestod", "nyfamilj", "hjemmehjelp", "family-centre", "kotipalvelu", "foreningen-ung",
        "kulturhuset", "tenants-union", "asukasyhdistys", "beboerforening")  # fmt: skip

MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
    "syyskuuta lokakuuta marraskuuta joulukuuta",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}
FI_MONTH_GEN = (
    "tammikuun helmikuun maaliskuun huhtikuun toukokuun kesäkuun heinäkuun elokuun syyskuun "
    "lokakuun marraskuun joulukuun"
)
WEEKDAYS = {
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
}
WEEKDAY_SHORT = {
    "sv": "mån tis ons tor fre lör sön",
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "fi": "ma ti ke to pe la su",
    "no": "man. tir. ons. tor. fre. lør. søn.",
    "da": "man. tirs. ons. tors. fre. lør. søn.",
}
ORDINALS = {
    "sv": "första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte",
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
    "fi": "ensimmäinen toinen kolmas neljäs viides kuudes seitsemäs kahdeksas yhdeksäs "
    "kymmenes yhdestoista kahdestoista",
    "no": "første andre tredje fjerde femte sjette sjuende åttende niende tiende ellevte tolvte",
    "da": "første anden tredje fjerde femte sjette syvende ottende niende tiende ellevte tolvte",
}
