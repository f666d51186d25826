"""Held-out W's own words: headings, labels, frames around identifiers, mail parts, streets and
the calendar words dates are written with, per language. Written for this set."""

from __future__ import annotations

LANGS = ("sv", "en", "fi", "no", "da")

TITLES = {
    "interview": {
        "sv": ("Samtal", "Intervju", "Utskrift av samtal"),
        "en": ("Conversation", "Interview transcript", "Talk"),
        "fi": ("Haastattelu", "Keskustelu", "Litterointi"),
        "no": ("Samtale", "Intervju", "Utskrift"),
        "da": ("Samtale", "Interview", "Udskrift"),
    },
    "observation": {
        "sv": ("Observationer", "Fältanteckningar"),
        "en": ("Observation log", "Field jottings"),
        "fi": ("Havainnot", "Kenttämuistiinpanot"),
        "no": ("Observasjoner", "Feltlogg"),
        "da": ("Observationer", "Feltnoter"),
    },
    "diary": {
        "sv": ("Dagbok", "Dagboksblad"),
        "en": ("Diary", "Diary page"),
        "fi": ("Päiväkirja", "Päiväkirjamerkintä"),
        "no": ("Dagbok", "Dagboksnotat"),
        "da": ("Dagbog", "Dagbogsside"),
    },
    "sms": {
        "sv": ("Sms-tråd", "Meddelanden"),
        "en": ("Text thread", "Messages"),
        "fi": ("Tekstiviestit", "Viestiketju"),
        "no": ("Meldinger", "Sms-tråd"),
        "da": ("Beskeder", "Sms-tråd"),
    },
    "pasted": {
        "sv": ("Inklistrat ur rapport", "Utdrag"),
        "en": ("Pasted from report", "Excerpt"),
        "fi": ("Ote raportista", "Liitetty teksti"),
        "no": ("Utdrag fra rapport", "Limt inn"),
        "da": ("Uddrag af rapport", "Indsat tekst"),
    },
    "meeting": {
        "sv": ("Mötesanteckningar", "Arbetsmöte"),
        "en": ("Meeting notes", "Team meeting"),
        "fi": ("Kokousmuistio", "Tiimipalaveri"),
        "no": ("Møtereferat", "Arbeidsmøte"),
        "da": ("Mødereferat", "Arbejdsmøde"),
    },
}
CODE_WORD = {"sv": "nr", "en": "no.", "fi": "nro", "no": "nr.", "da": "nr."}
INTERVIEW_LABELS = {
    "sv": (("Int", "Svar"), ("Forskare", "Informant"), ("A", "B")),
    "en": (("Q", "A"), ("Interviewer", "Respondent"), ("R", "P")),
    "fi": (("H", "V"), ("Haastattelija", "Haastateltava"), ("K", "T")),
    "no": (("Int", "Inf"), ("Intervjuer", "Informant"), ("S", "T")),
    "da": (("Int", "Del"), ("Interviewer", "Deltager"), ("I", "D")),
}
ME = {"sv": "Jag", "en": "Me", "fi": "Minä", "no": "Meg", "da": "Mig"}
ROLES = {
    "sv": ("Kontaktperson", "Handledare", "Anhörig", "Tolk", "Boendestödjare"),
    "en": ("Contact", "Support worker", "Next of kin", "Interpreter", "Key worker"),
    "fi": ("Yhteyshenkilö", "Ohjaaja", "Läheinen", "Tulkki", "Omahoitaja"),
    "no": ("Kontaktperson", "Saksbehandler", "Pårørende", "Tolk", "Miljøarbeider"),
    "da": ("Kontaktperson", "Sagsbehandler", "Pårørende", "Tolk", "Bostøtte"),
}
PRESENT = {
    "sv": ("Närvarande", "Frånvarande"),
    "en": ("Present", "Apologies"),
    "fi": ("Läsnä", "Poissa"),
    "no": ("Til stede", "Forfall"),
    "da": ("Til stede", "Afbud"),
}
POINT = {"sv": "Punkt", "en": "Item", "fi": "Kohta", "no": "Sak", "da": "Punkt"}
PAGE = {"sv": "Sida", "en": "Page", "fi": "Sivu", "no": "Side", "da": "Side"}
OF = {"sv": "av", "en": "of", "fi": "", "no": "av", "da": "af"}  # Finnish: "Sivu 2 (5)"
MAIL = {  # from, to, sent, subject
    "sv": ("Från", "Till", "Skickat", "Ämne"),
    "en": ("From", "To", "Sent", "Subject"),
    "fi": ("Lähettäjä", "Vastaanottaja", "Lähetetty", "Aihe"),
    "no": ("Fra", "Til", "Sendt", "Emne"),
    "da": ("Fra", "Til", "Sendt", "Emne"),
}
SUBJECTS = {
    "sv": ("Uppföljning", "Angående besöket", "Frågor inför träffen", "Ny tid", "Underlag"),
    "en": ("Follow-up", "About the visit", "Questions for next time", "New time", "Forms"),
    "fi": ("Seuranta", "Käynnistä", "Kysymyksiä tapaamiseen", "Uusi aika", "Liitteet"),
    "no": ("Oppfølging", "Angående besøket", "Spørsmål før møtet", "Ny time", "Skjema"),
    "da": ("Opfølgning", "Angående besøget", "Spørgsmål til mødet", "Ny tid", "Papirer"),
}
GREETINGS = {
    "sv": ("Hej", "Hejsan", "God morgon"),
    "en": ("Hi", "Dear", "Hello"),
    "fi": ("Hei", "Moi", "Hyvää huomenta"),
    "no": ("Hei", "Hallo", "God morgen"),
    "da": ("Hej", "Kære", "Goddag"),
}
SIGNOFFS = {
    "sv": ("Vänliga hälsningar", "Mvh", "Hälsningar"),
    "en": ("Best wishes", "Kind regards", "Thanks"),
    "fi": ("Ystävällisin terveisin", "Terveisin", "Kiitos"),
    "no": ("Vennlig hilsen", "Mvh", "Hilsen"),
    "da": ("Venlig hilsen", "Mvh", "Hilsen"),
}
DAY = {"sv": "Dag", "en": "Day", "fi": "Päivä", "no": "Dag", "da": "Dag"}

# Frames that put an identifier inside a running sentence ({x} is the identifier).
FRAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "name": {
        "sv": (
            "Jag pratade med {x} om saken.",
            "Sedan kom {x} in och satte sig.",
            "Det var {x} som ringde först.",
            "Vi väntade på {x} en stund.",
            "Hon nämnde att {x} hade hjälpt henne.",
            "Enligt {x} fungerar det bättre nu.",
            "Efter lunch träffade jag {x} i korridoren.",
            "Barnen frågade efter {x} hela kvällen.",
            "Han säger att {x} inte har hört av sig.",
            "Till slut följde {x} med till mottagningen.",
            "{x} ringde strax efter nio.",
            "{x} hade med sig kaffe till alla.",
        ),
        "en": (
            "I talked to {x} about it.",
            "Then {x} came in and sat down.",
            "It was {x} who rang first.",
            "We waited for {x} for a while.",
            "She said {x} had helped her a lot.",
            "According to {x} things are better now.",
            "After lunch I ran into {x} in the hallway.",
            "The kids kept asking for {x} all evening.",
            "He says {x} has not been in touch.",
            "In the end {x} came along to the clinic.",
            "{x} rang just after nine.",
            "{x} brought coffee for everyone.",
        ),
        "fi": (
            "Puhuin asiasta, ja {x} oli samaa mieltä.",
            "Sitten {x} tuli sisään ja istui alas.",
            "Ensimmäisenä soitti {x}.",
            "Odotimme hetken, että {x} tulisi.",
            "Hän kertoi, että {x} oli auttanut paljon.",
            "Kuulemma {x} on nyt paremmassa kunnossa.",
            "Lounaan jälkeen käytävällä vastaan tuli {x}.",
            "Lapset kyselivät koko illan, missä {x} on.",
            "Hänen mukaansa {x} ei ole ottanut yhteyttä.",
            "Lopulta {x} lähti mukaan vastaanotolle.",
            "{x} soitti vähän yhdeksän jälkeen.",
            "{x} toi kahvia kaikille.",
        ),
        "no": (
            "Jeg snakket med {x} om saken.",
            "Så kom {x} inn og satte seg.",
            "Det var {x} som ringte først.",
            "Vi ventet på {x} en stund.",
            "Hun sa at {x} hadde hjulpet henne mye.",
            "Ifølge {x} går det bedre nå.",
            "Etter lunsj møtte jeg {x} i gangen.",
            "Barna spurte etter {x} hele kvelden.",
            "Han sier at {x} ikke har tatt kontakt.",
            "Til slutt ble {x} med til legekontoret.",
            "{x} ringte like etter ni.",
            "{x} hadde med kaffe til alle.",
        ),
        "da": (
            "Jeg talte med {x} om det.",
            "Så kom {x} ind og satte sig.",
            "Det var {x}, der ringede først.",
            "Vi ventede på {x} et stykke tid.",
            "Hun sagde, at {x} havde hjulpet hende meget.",
            "Ifølge {x} går det bedre nu.",
            "Efter frokost mødte jeg {x} på gangen.",
            "Børnene spurgte efter {x} hele aftenen.",
            "Han siger, at {x} ikke har meldt sig.",
            "Til sidst tog {x} med til lægen.",
            "{x} ringede lige efter ni.",
            "{x} havde kaffe med til alle.",
        ),
    },
    "genitive": {
        "sv": ("{x}s mamma ringde i morse.", "Vi lånade {x}s bil.", "Det blev {x}s tur sedan."),
        "fi": ("{x}n äiti soitti aamulla.", "Lainasimme {x}n autoa.", "Sitten oli {x}n vuoro."),
        "no": ("{x}s mor ringte i morges.", "Vi lånte {x}s bil.", "Så var det {x}s tur."),
        "da": ("{x}s mor ringede i morges.", "Vi lånte {x}s bil.", "Så var det {x}s tur."),
    },
    "date": {
        "sv": (
            "Nästa besök är bokat till {x}.",
            "Flytten blev av {x}.",
            "Hon fick beskedet {x} och blev lättad.",
            "Vi ses igen {x}, sa han.",
        ),
        "en": (
            "The next visit is booked for {x}.",
            "The move finally happened on {x}.",
            "She got the letter on {x} and was relieved.",
            "We meet again on {x}, he said.",
        ),
        "fi": (
            "Seuraava käynti on varattu {x}.",
            "Muutto tapahtui lopulta {x}.",
            "Hän sai päätöksen {x} ja helpottui.",
            "Nähdään taas {x}, hän sanoi.",
        ),
        "no": (
            "Neste besøk er satt opp {x}.",
            "Flyttingen ble endelig {x}.",
            "Hun fikk svaret {x} og ble lettet.",
            "Vi ses igjen {x}, sa han.",
        ),
        "da": (
            "Næste besøg er aftalt {x}.",
            "Flytningen skete endelig {x}.",
            "Hun fik svaret {x} og blev lettet.",
            "Vi ses igen {x}, sagde han.",
        ),
    },  # fmt: skip
    "phone": {
        "sv": ("Hon bad mig ringa {x} om något händer.", "Numret hon lämnade var {x}."),
        "en": ("She asked me to ring {x} if anything happens.", "The number she left was {x}."),
        "fi": ("Hän pyysi soittamaan numeroon {x}, jos jotain sattuu.", "Hän jätti numeron {x}."),
        "no": ("Hun ba meg ringe {x} hvis noe skjer.", "Nummeret hun ga oss var {x}."),
        "da": ("Hun bad mig ringe på {x}, hvis der sker noget.", "Nummeret hun gav os var {x}."),
    },
    "email": {
        "sv": ("Skicka underlagen till {x} före mötet.", "Han skriver från {x} numera."),
        "en": ("Send the forms to {x} before the meeting.", "He writes from {x} these days."),
        "fi": (
            "Lähetä liitteet osoitteeseen {x} ennen tapaamista.",
            "Hän kirjoittaa nykyään osoitteesta {x}.",
        ),
        "no": ("Send skjemaene til {x} før møtet.", "Han skriver fra {x} nå."),
        "da": ("Send papirerne til {x} før mødet.", "Han skriver fra {x} nu."),
    },  # fmt: skip
    "address": {
        "sv": ("De bor numera på {x}.", "Paketet skickades till {x}."),
        "en": ("They live at {x} now.", "The parcel went to {x}."),
        "fi": ("He asuvat nykyään osoitteessa {x}.", "Paketti lähti osoitteeseen {x}."),
        "no": ("De bor nå i {x}.", "Pakken ble sendt til {x}."),
        "da": ("De bor nu på {x}.", "Pakken blev sendt til {x}."),
    },
    "place": {
        "sv": ("Familjen flyttade hit från {x}.", "Hon pendlar till {x} varje dag."),
        "en": ("The family moved here from {x}.", "She commutes to {x} every day."),
        "fi": ("Perhe muutti tänne paikkakunnalta {x}.", "Hän käy töissä paikkakunnalla {x}."),
        "no": ("Familien flyttet hit fra {x}.", "Hun pendler til {x} hver dag."),
        "da": ("Familien flyttede hertil fra {x}.", "Hun pendler til {x} hver dag."),
    },
    "url": {
        "sv": ("Blanketten finns på {x} för den som vill läsa.",),
        "en": ("The form is on {x} for anyone who wants it.",),
        "fi": ("Lomake löytyy osoitteesta {x}.",),
        "no": ("Skjemaet ligger på {x} for den som vil lese.",),
        "da": ("Skemaet ligger på {x} til den, der vil læse.",),
    },
    "personnummer": {
        "sv": ("På remissen stod numret {x}.",),
        "en": ("The referral gave the number {x}.",),
        "fi": ("Lähetteessä luki tunnus {x}.",),
        "no": ("Henvisningen oppga nummeret {x}.",),
        "da": ("Henvisningen angav nummeret {x}.",),
    },
}
ID_CUE = {
    "sv": ("Personnr", "Id-nummer"),
    "en": ("ID no.", "Reference"),
    "fi": ("Hetu", "Tunnus"),
    "no": ("Fødselsnr", "Id-nummer"),
    "da": ("CPR", "Id-nummer"),
}
PHONE_CUE = {
    "sv": ("Tel", "Mobil"),
    "en": ("Tel", "Mobile"),
    "fi": ("Puh", "GSM"),
    "no": ("Tlf", "Mobil"),
    "da": ("Tlf", "Mobil"),
}
STREETS = {
    "sv": (("Björk", "Lönn", "Kvarn", "Skol", "Kyrk", "Hamn", "Ängs", "Sjö"),
           ("vägen", "gatan", "stigen", "backen", "gränd")),
    "en": (("Mill", "Church", "Station", "Park", "Oak", "Meadow", "Orchard", "Chapel"),
           (" Road", " Street", " Lane", " Close", " Avenue")),
    "fi": (("Koivu", "Kuusi", "Mänty", "Koulu", "Kirkko", "Myllyn", "Ranta", "Sepän"),
           ("katu", "tie", "polku", "kuja")),
    "no": (("Bjørke", "Furu", "Skole", "Kirke", "Strand", "Mølle", "Elve", "Løvås"),
           ("veien", "gata", "stien", "bakken")),
    "da": (("Birke", "Skole", "Kirke", "Strand", "Mølle", "Enge", "Bøge", "Hede"),
           ("vej", "gade", "stræde", "allé")),
}  # fmt: skip
DOMAINS = {
    "sv": ("example.se", "post.example.se", "example.com"),
    "en": ("example.com", "example.org", "mail.example.net"),
    "fi": ("example.fi", "posti.example.fi", "example.com"),
    "no": ("example.no", "epost.example.no", "example.org"),
    "da": ("example.dk", "mail.example.dk", "example.net"),
}
PATHS = ("blanketter/ansokan", "forms/support", "lomakkeet/hakemus", "skjema/soknad", "info/om-os")

MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}
FI_MONTH_GENITIVE = (
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
ORDINALS = {
    "sv": "första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte",
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
    "fi": "ensimmäinen toinen kolmas neljäs viides kuudes seitsemäs kahdeksas yhdeksäs "
    "kymmenes yhdestoista kahdestoista",
    "no": "første andre tredje fjerde femte sjette sjuende åttende niende tiende ellevte tolvte",
    "da": "første anden tredje fjerde femte sjette syvende ottende niende tiende ellevte tolvte",
}


def words() -> set[str]:
    """Every word this module writes outside identifiers, lower case (names must not be one)."""
    import re

    out: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.update(w.lower() for w in re.findall(r"[^\W\d_]+", value))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (tuple, list)):
            for v in value:
                walk(v)

    for name, value in globals().items():
        if name.isupper():
            walk(value)
    return out
