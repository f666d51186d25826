"""Held-out J's own lines around identifiers, written for this set: `{x}` is where the
identifier goes. Languages: sv, en, no, da, fi (a mixed note uses sv and en lines)."""

from __future__ import annotations

LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "sv": {
        "phone": (
            "Nås bäst på {x} efter tre.",
            "Nytt nummer sedan flytten: {x}",
            "Lämnade numret {x} till kuratorn.",
            "tel {x} (bara sms)",
            "Ring gärna {x} om tiden inte passar.",
            "Mobilen {x} är avstängd just nu.",
        ),
        "date": (
            "Nästa träff blir {x}.",
            "Flyttade in {x} enligt kontraktet.",
            "Uppföljning bokad till {x}, samma rum.",
            "Senast vi sågs var {x}.",
            "Provsvaret kom {x}.",
        ),
        "personnummer": (
            "Pnr {x} står fel i remissen.",
            "Id-nummer enligt passkopia: {x}",
            "Lämnade sitt nummer {x} vid inskrivningen.",
        ),
        "address": (
            "Bor numera på {x}.",
            "Post skickas till {x}",
            "Ny adress: {x}",
            "Hembesök på {x} nästa vecka.",
        ),
        "email": ("Skickar underlaget till {x}.", "Mejl: {x}", "Svarade från {x} sent i går."),
        "url": (
            "Hänvisade till {x} för mer information.",
            "Länken hon delade: {x}",
            "Bilderna ligger på {x}",
        ),
        "place": (
            "Träffades på {x} som vanligt.",
            "Var inte på {x} i veckan.",
            "Personalen på {x} har märkt en förändring.",
        ),
        "name": (
            "{x} kom tio minuter sent.",
            "Pratade länge med {x} om boendet.",
            "Enligt {x} har det blivit lugnare hemma.",
            "{x} vill inte delta i fortsättningen.",
            "Fick ett sms från {x} på morgonen.",
            "Samtal med {x}, kort.",
        ),
        "stranger": (
            "Grannen {x} hade hört bråket.",
            "Handläggaren heter {x}.",
            "Har en kompis, {x}, som hjälper till med maten.",
            "Läraren {x} ringde skolan om frånvaron.",
            "Följde med sin kusin {x}.",
        ),
    },
    "en": {
        "phone": (
            "Best reached on {x} after school hours.",
            "New number since the move: {x}",
            "Gave the social worker the number {x}.",
            "mob. {x} (texts only)",
            "Asked us to call {x} if the time does not suit.",
            "The number {x} goes straight to voicemail.",
        ),
        "date": (
            "Next meeting is on {x}.",
            "Moved in on {x} according to the lease.",
            "Follow-up booked for {x}, same room.",
            "Last seen on {x}.",
            "The results came back {x}.",
        ),
        "personnummer": (
            "ID no. {x} is wrong on the referral.",
            "National ID from the passport copy: {x}",
            "Gave the number {x} at intake.",
        ),
        "address": (
            "Now lives at {x}.",
            "Letters go to {x}",
            "New address: {x}",
            "Home visit at {x} next week.",
        ),
        "email": ("Sending the forms to {x}.", "Email: {x}", "Replied from {x} late last night."),
        "url": (
            "Pointed to {x} for more information.",
            "The link shared in the group: {x}",
            "Photos are on {x}",
        ),
        "place": (
            "Met at {x} as usual.",
            "Did not come to {x} this week.",
            "Staff at {x} have noticed a change.",
        ),
        "name": (
            "{x} arrived ten minutes late.",
            "Talked at length with {x} about housing.",
            "According to {x} things are calmer at home.",
            "{x} does not want to continue.",
            "Got a text from {x} in the morning.",
            "Call with {x}, brief.",
        ),
        "stranger": (
            "The neighbour, {x}, had heard the argument.",
            "The caseworker is {x}.",
            "A friend, {x}, helps with the shopping.",
            "The teacher {x} phoned about the absences.",
            "Came with a cousin, {x}.",
        ),
    },
    "no": {
        "phone": ("Kan nås på {x} etter klokka tre.", "Nytt nummer: {x}"),
        "date": ("Neste møte er {x}.", "Flyttet inn {x}."),
        "personnummer": ("Fødselsnummer {x} er feil i henvisningen.",),
        "address": ("Bor nå i {x}.", "Ny adresse: {x}"),
        "email": ("E-post: {x}",),
        "url": ("Lenke: {x}",),
        "place": ("Møttes på {x} som vanlig.",),
        "name": ("{x} kom ti minutter for sent.", "Snakket lenge med {x}."),
        "stranger": ("Naboen {x} hadde hørt bråket.", "Saksbehandleren heter {x}."),
    },
    "da": {
        "phone": ("Kan træffes på {x} efter klokken tre.", "Nyt nummer: {x}"),
        "date": ("Næste møde er den {x}.", "Flyttede ind {x}."),
        "personnummer": ("CPR {x} står forkert i henvisningen.",),
        "address": ("Bor nu på {x}.", "Ny adresse: {x}"),
        "email": ("Mail: {x}",),
        "url": ("Link: {x}",),
        "place": ("Mødtes på {x} som sædvanlig.",),
        "name": ("{x} kom ti minutter for sent.", "Talte længe med {x}."),
        "stranger": ("Naboen {x} havde hørt skænderiet.", "Sagsbehandleren hedder {x}."),
    },
    "fi": {
        "phone": ("Tavoittaa numerosta {x} kolmen jälkeen.", "Uusi numero: {x}"),
        "date": ("Seuraava tapaaminen {x}.", "Muutti {x}."),
        "personnummer": ("Henkilötunnus {x} on väärin lähetteessä.",),
        "address": ("Asuu nyt osoitteessa {x}.", "Uusi osoite: {x}"),
        "email": ("Sähköposti: {x}",),
        "url": ("Linkki: {x}",),
        "place": ("Tavattiin paikassa {x} kuten aina.",),
        "name": ("{x} tuli kymmenen minuuttia myöhässä.", "Puhelu: {x}, lyhyt."),
        "stranger": ("Naapuri {x} oli kuullut riidan.", "Sosiaalityöntekijä on {x}."),
    },
}

# Lines of this set's own with the word-names used as words (each recorded as ordinary text).
ORDINARY = {
    "sv": (
        "Två gånger per vecka räcker för tillfället.",
        "Vill hellre bo kvar i lägenheten.",
        "Marken utanför entrén var hal.",
        "En sten låg i skon hela promenaden.",
        "Per telefon gick det bättre än väntat.",
    ),
    "en": (
        "May need a referral if the pain persists.",
        "Will come back to this next time.",
        "Hope was the word used most in the group.",
        "A small mark on the left wrist.",
        "Rose early and walked to the bus.",
        "Talked about love and loss, quietly.",
        "The bill for the dentist is still unpaid.",
        "Said grace before the meal.",
    ),
    "no": ("Vil heller bo i byen.", "Det gikk ikke engang en time."),
    "da": ("Vil gerne bo tæt på skolen.",),
    "fi": (
        "Onni oli myötä, bussi odotti.",
        "Toivo on vielä olemassa, hän sanoi.",
        "Tuuli oli kova rannalla.",
        "Satu luettiin ääneen lapsille.",
    ),
}
HEADINGS = {
    "sv": ("Anteckningar från besöket", "Observation, gruppträff", "Samtal", "Intervju, del 2"),
    "en": ("Visit notes", "Observation, group session", "Phone call", "Interview, part 2"),
    "no": ("Notater fra besøket",),
    "da": ("Noter fra besøget",),
    "fi": ("Käynnin muistiinpanot",),
}
