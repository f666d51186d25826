"""Held-out AB's own frames, labels, headings and streets (written here), by note language.
In frames, {P} and {Q} are people, {ROLE} a role noun, and {PHONE}, {ID}, {ADDR}, {MAIL},
{URL}, {DATE}, {PLACE} the other identifiers."""

from __future__ import annotations

FRAMES = {
    "sv": [
        "Vi pratade med {P} om hur veckorna ser ut nu.",
        "{P} berättade att det har blivit lugnare hemma.",
        "Hennes {ROLE}, {P}, var med en stund i början.",
        "Enligt {P} fungerar färdtjänsten bättre nu.",
        "Jag skickade anteckningarna till {P} efteråt.",
        "{P} och {Q} kom tillsammans, lite sent.",
        "Det var {P} som hade ringt om nyckeln.",
        "Mötet flyttades eftersom {P} var sjuk.",
        "Hon nämnde {P}, {Q} och en granne som hjälper till.",
        "Efter fikat kom {P} förbi med papperen.",
        "Sonen har fått hjälp av {P} med läxorna.",
        "Vi väntade på {P} i nästan tjugo minuter.",
        "Numret hon lämnade var {PHONE}, helst efter lunch.",
        "Ring {PHONE} om tiden inte passar.",
        "Personnumret {ID} stod fel i ansökan.",
        "Han har bott på {ADDR} i snart tre år.",
        "Post ska skickas till {ADDR} från och med nu.",
        "Kallelsen skickas till {MAIL} i stället.",
        "Blanketten finns på {URL} om någon vill läsa.",
        "Nästa träff blir {DATE}, samma tid.",
        "Det hände {DATE}, sa hon.",
        "Familjen flyttade till {PLACE} för jobbets skull.",
        "Hon pendlar till {PLACE} två dagar i veckan.",
        "Han fyller år {DATE} och vill ha kalas.",
    ],
    "fi": [
        "Keskustelussa oli mukana myös {P}.",
        "{P} kertoi, että kotona on nyt rauhallisempaa.",
        "Hänen {ROLE} {P} oli paikalla alussa.",
        "Soitin jälkeenpäin, ja {P} vastasi heti.",
        "Paikalla olivat {P} ja {Q}.",
        "Lomakkeen oli täyttänyt {P}.",
        "Asiasta tiesi vain {P}, ei kukaan muu.",
        "Mukana olivat {P}, {Q} ja naapurin lapset.",
        "Kahvin jälkeen {P} toi paperit.",
        "Odotimme, että {P} ehtisi bussilta.",
        "Läksyissä on auttanut {P} koko syksyn.",
        "Tapaamisen siirtyminen johtui siitä, että {P} sairastui.",
        "Hän antoi numeron {PHONE} ja pyysi soittamaan iltapäivällä.",
        "Jos aika ei sovi, soita numeroon {PHONE}.",
        "Henkilötunnus {ID} oli hakemuksessa väärin.",
        "Hän on asunut osoitteessa {ADDR} kolme vuotta.",
        "Posti lähetetään jatkossa osoitteeseen {ADDR}.",
        "Kutsu lähetetään sähköpostiin {MAIL}.",
        "Lomake löytyy sivulta {URL}, jos joku haluaa lukea.",
        "Seuraava tapaaminen on {DATE} samaan aikaan.",
        "Se tapahtui {DATE}, hän sanoi.",
        "Perhe asuu nyt paikkakunnalla {PLACE}.",
        "Kotikunta on nykyään {PLACE}, työn takia.",
        "Syntymäpäivä on {DATE}, ja juhlat ovat tulossa.",
    ],
    "en": [
        "We spoke with {P} about how the weeks look now.",
        "{P} said things have calmed down at home.",
        "Her {ROLE}, {P}, joined us for the first part.",
        "According to {P}, the transport service is better now.",
        "I sent the notes to {P} afterwards.",
        "{P} and {Q} arrived together, a bit late.",
        "It was {P} who had phoned about the key.",
        "The meeting moved because {P} was unwell.",
        "She mentioned {P}, {Q} and a neighbour who helps out.",
        "After tea {P} dropped the papers off.",
        "Her son gets help with homework from {P}.",
        "We waited almost twenty minutes for {P}.",
        "The number she gave was {PHONE}, ideally after lunch.",
        "Call {PHONE} if the time does not suit.",
        "The identity number {ID} was wrong on the form.",
        "He has lived at {ADDR} for almost three years.",
        "Post should go to {ADDR} from now on.",
        "The invitation goes to {MAIL} instead.",
        "The form is at {URL} if anyone wants to read it.",
        "The next visit is on {DATE}, same time.",
        "It happened on {DATE}, she said.",
        "The family moved to {PLACE} for work.",
        "She commutes to {PLACE} two days a week.",
        "His birthday is {DATE} and he wants a party.",
    ],
}

ROLES = {
    "sv": ["kontaktperson", "syster", "granne", "handläggare", "dotter", "gode man", "bror"],
    "fi": ["tukihenkilö", "sisko", "naapuri", "sosiaalityöntekijä", "ystävä", "edunvalvoja"],
    "en": ["key worker", "sister", "neighbour", "social worker", "daughter", "advocate", "brother"],
}
QUESTIONS = {
    "sv": [
        "Hur har veckan varit?",
        "Vad hände sedan?",
        "Kan du berätta mer?",
        "Hur kändes det?",
        "Vem hjälper dig?",
        "Hur ser dagarna ut?",
        "Vad tänker du om det?",
        "Och maten?",
        "Hur sover du?",
        "Vad var svårast?",
        "Något mer?",
        "Hur gick det sen?",
    ],
    "fi": [
        "Millainen viikko oli?",
        "Mitä sitten tapahtui?",
        "Voitko kertoa lisää?",
        "Miltä se tuntui?",
        "Kuka sinua auttaa?",
        "Entä ruoka?",
        "Miten nukut?",
        "Mikä oli vaikeinta?",
        "Jotain muuta?",
        "Miten päivät menevät?",
        "Entä sen jälkeen?",
    ],
    "en": [
        "How was the week?",
        "What happened next?",
        "Can you say more?",
        "How did that feel?",
        "Who helps you?",
        "What is a day like?",
        "And meals?",
        "How are you sleeping?",
        "What was hardest?",
        "Anything else?",
        "And after that?",
    ],
}
TITLES = {
    "sv": {
        "interview": "Intervjuutskrift",
        "observation": "Observationslogg",
        "diary": "Fältdagbok",
        "pasted": "Utdrag ur underlag",
        "casesheet": "Ärendeblad",
        "sms": "Sms-tråd (kopierad)",
    },
    "fi": {
        "interview": "Haastattelulitterointi",
        "observation": "Havaintoloki",
        "diary": "Kenttäpäiväkirja",
        "pasted": "Ote asiakirjasta",
        "casesheet": "Asiakaslomake",
        "sms": "Tekstiviestiketju (kopioitu)",
    },
    "en": {
        "interview": "Interview transcript",
        "observation": "Observation log",
        "diary": "Field diary",
        "pasted": "Extract from a document",
        "casesheet": "Case sheet",
        "sms": "Text thread (copied)",
    },
}
WEEK = {"sv": "vecka", "fi": "viikko", "en": "week"}
CLOCK = {"sv": "kl.", "fi": "klo", "en": "at"}
INTERVIEWER = {"sv": "Int", "fi": "H", "en": "Int"}
ME = {"sv": "Jag", "fi": "Minä", "en": "Me"}
THEM = {"sv": "Svar", "fi": "Vastaus", "en": "Reply"}
REF = {"sv": "Ärende", "fi": "Asia", "en": "Ref"}
PAGE_END = {"sv": "– forts. –", "fi": "– jatkuu –", "en": "– continued –"}
THREAD_END = {"sv": "(slut på tråden)", "fi": "(ketju päättyy)", "en": "(end of thread)"}
PRESENT = {"sv": "Närvarande", "fi": "Läsnä", "en": "Present"}
MAIL = {
    "sv": {
        "from": "Från",
        "to": "Till",
        "sent": "Skickat",
        "subject": "Ämne",
        "hi": "Hej",
        "bye": "Vänliga hälsningar",
        "team": "Mottagningen",
        "phone": "Tel.",
    },
    "fi": {
        "from": "Lähettäjä",
        "to": "Vastaanottaja",
        "sent": "Lähetetty",
        "subject": "Aihe",
        "hi": "Hei",
        "bye": "Ystävällisin terveisin",
        "team": "Vastaanotto",
        "phone": "Puh.",
    },
    "en": {
        "from": "From",
        "to": "To",
        "sent": "Sent",
        "subject": "Subject",
        "hi": "Hi",
        "bye": "Kind regards",
        "team": "The front desk",
        "phone": "Tel.",
    },
}
SUBJECTS = {
    "sv": ["Angående nästa besök", "Ändrad tid", "Papper som saknas", "Uppföljning"],
    "fi": ["Seuraava käynti", "Muuttunut aika", "Puuttuvat paperit", "Seuranta"],
    "en": ["About the next visit", "Changed time", "Missing papers", "Follow-up"],
}
LABELS = {
    "sv": {
        "name": "Namn",
        "id": "Personnummer",
        "addr": "Adress",
        "phone": "Telefon",
        "mail": "E-post",
        "kin": "Anhörig",
        "place": "Kommun",
        "date": "Datum",
        "assess": "Bedömning",
    },
    "fi": {
        "name": "Nimi",
        "id": "Henkilötunnus",
        "addr": "Osoite",
        "phone": "Puhelin",
        "mail": "Sähköposti",
        "kin": "Omainen",
        "place": "Kotikunta",
        "date": "Päivämäärä",
        "assess": "Arvio",
    },
    "en": {
        "name": "Name",
        "id": "ID number",
        "addr": "Address",
        "phone": "Phone",
        "mail": "Email",
        "kin": "Next of kin",
        "place": "Town",
        "date": "Date",
        "assess": "Assessment",
    },
}
STREETS = {
    "sv": ["Repslagargatan", "Kvarnbacken", "Hantverkargatan", "Skolgatan", "Tegelbruksvägen"],
    "fi": ["Pajakatu", "Myllytie", "Kirkkokatu", "Rantapolku", "Koulukuja"],
    "da": ["Møllevej", "Skovbrynet", "Kirkegade", "Havnegade"],
    "no": ["Kirkeveien", "Møllegata", "Bekkeveien", "Skolegata"],
    "en": ["Mill Lane", "Church Street", "Station Road", "Orchard Close", "Victoria Terrace"],
}
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "en": "January February March April May June July August September October November December",
}
WEEKDAYS = {
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}
SHORT_DAYS = {"sv": "mån tis ons tor fre lör sön", "fi": "ma ti ke to pe la su",
              "en": "Mon Tue Wed Thu Fri Sat Sun"}  # fmt: skip
DOMAINS = ["example.org", "example.net", "example.com", "mail.example.org", "post.example.net"]
