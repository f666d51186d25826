"""Held-out AL's layouts, labels, frames, towns, streets and date words: field notes of a study
of film circles run by day centres, clubhouses and supported housing for people with severe
mental illness in northern Denmark, Norrland, Trøndelag and northern Norway and Northern
Ostrobothnia and Lapland. Written for this set; nothing here was copied from another set."""

from __future__ import annotations

# layout -> the words its notes open with
TITLES = {
    "screening": "Screening log, film circle",
    "thread": "Group chat, film circle",
    "letter": "Letter to the film circle",
    "minutes": "Minutes of the film circle's planning meeting",
    "form": "Membership and lending form",
    "diary": "Observer's diary, film circle",
    "card": "Review cards from the noticeboard",
}
HEAD_TAILS = {
    "screening": [", evening {n}", " (sheet {n})", ", the small hall, evening {n}",
                  ", double bill, sheet {n}", ", matinee, sheet {n}"],
    "thread": [" (copied by the observer, part {n})", ", part {n}", " (pasted in, page {n})"],
    "letter": [", kept in folder {n}", " (copy {n})", ", answered, copy {n}"],
    "minutes": [", meeting {n}", " (meeting {n} of the season)", ", item list {n}"],
    "form": [" (form {n})", ", card {n}", ", renewal {n}"],
    "diary": [", page {n}", " (entry {n})", ", notebook {n}"],
    "card": [", batch {n}", " (board {n})", ", copied by hand, batch {n}"],
}  # fmt: skip

TOWNS = {
    "da": ["Aalborg", "Hjørring", "Frederikshavn", "Thisted"],
    "sv": ["Umeå", "Sundsvall", "Östersund", "Luleå"],
    "no": ["Trondheim", "Bodø", "Tromsø"],
    "fi": ["Oulu", "Rovaniemi"],
}
POSTCODES = {
    "Aalborg": "9000", "Hjørring": "9800", "Frederikshavn": "9900", "Thisted": "7700",
    "Umeå": "903 26", "Sundsvall": "852 30", "Östersund": "831 34", "Luleå": "972 33",
    "Trondheim": "7011", "Bodø": "8006", "Tromsø": "9008", "Oulu": "90100", "Rovaniemi": "96200",
}  # fmt: skip
STREETS = {
    "da": ["Lærredsgade", "Projektørvej", "Biografstien", "Filmrullevej", "Klippebordsgade",
           "Fremkalderstræde", "Salonbakken", "Billetlugen"],
    "sv": ["Filmrullegatan", "Biografvägen", "Salongsgatan", "Duktorget", "Projektorsgränd",
           "Klippbordsvägen", "Filmduksgatan"],
    "no": ["Lerretsveien", "Kinogata", "Filmrullveien", "Fremkallerveien", "Salongbakken",
           "Projektorgata"],
    "fi": ["Valkokankaankatu", "Elokuvatie", "Projektorinkuja", "Filmirullantie",
           "Näytöksenkatu", "Lippuluukuntie"],
    "en": ["Projection Row", "Reel Street", "Usherette Lane", "Matinee Close"],
}  # fmt: skip
GB_TOWNS = ["Whitby YO21 1AB", "Berwick TD15 1AA", "Kendal LA9 4AB"]
MONTHS = {
    "en": "January February March April May June July August September October November "
    "December".split(),
    "da": "januar februar marts april maj juni juli august september oktober november "
    "december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december".split(),
    "no": "januar februar mars april mai juni juli august september oktober november "
    "desember".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
}
MONTHS_SHORT = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina "
    "sunnuntaina".split(),
}

# speaker labels of the chat threads, several per language
SPEAKERS = {
    "en": ["Host:", "Facilitator:", "Me:", "Projectionist:", "Volunteer:", "Staff:"],
    "da": ["Vært:", "Tovholder:", "Mig:", "Personale:", "Frivillig:"],
    "sv": ["Värd:", "Cirkelledare:", "Jag:", "Personal:", "Volontär:"],
    "no": ["Vert:", "Ordstyrer:", "Meg:", "Ansatt:", "Frivillig:"],
    "fi": ["Isäntä:", "Ohjaaja:", "Minä:", "Henkilökunta:", "Vapaaehtoinen:"],
}
THREAD_REPLIES = ["see you there", "can't come, sorry", "is the bus running", "yes please",
                  "two seats", "bringing the blanket", "running late", "which hall",
                  "kommer", "jeg tager kage med", "jag kommer", "tar med kaffe", "kommer litt senere",
                  "tulen", "en pääse tänään", "thumbs up from me", "no spoilers please"]  # fmt: skip
PRESENT = {
    "en": ["Present:", "Attending:", "Apologies:", "Also present:"],
    "da": ["Til stede:", "Deltagere:", "Afbud:"],
    "sv": ["Närvarande:", "Deltagare:", "Förhinder:"],
    "no": ["Til stede:", "Møtt:", "Forfall:"],
    "fi": ["Läsnä:", "Osallistujat:", "Poissa:"],
}
ROLES = ["projectionist", "host", "observer", "kontaktperson", "bostøtte", "boendestödjare",
         "miljøterapeut", "ohjaaja", "vapaaehtoinen", "clubhouse member", "peer supporter",
         "frivillig", "volontär"]  # fmt: skip
GREETINGS = {
    "en": ["Dear", "Hi", "Hello", "Good evening"],
    "da": ["Kære", "Hej", "Goddag"],
    "sv": ["Hej", "Kära", "God kväll"],
    "no": ["Hei", "Kjære", "God kveld"],
    "fi": ["Hei", "Hyvä", "Moi"],
}
SIGN_OFFS = {
    "en": ["All the best,", "Kind regards,", "See you at the pictures,", "Yours,", "Cheers,"],
    "da": ["Mange hilsner", "Venlig hilsen", "Knus", "De bedste hilsner"],
    "sv": ["Vänliga hälsningar", "Hälsningar", "Allt gott", "Kram"],
    "no": ["Vennlig hilsen", "Beste hilsen", "Hilsen"],
    "fi": ["Terveisin", "Parhain terveisin", "Hyvää jatkoa"],
}
HEADERS = {
    "en": ["From:", "Sent by:", "Written by:"],
    "da": ["Fra:", "Afsender:"],
    "sv": ["Från:", "Avsändare:"],
    "no": ["Fra:", "Avsender:"],
    "fi": ["Lähettäjä:", "Kirjoittaja:"],
}
# label -> (language, kind); kind "N" name, "P" phone, "I" identity number, "E" e-mail,
# "A" address, "D" date, "U" link, "T" registered town
LABELS = [
    ("Member:", "en", "N"), ("Medlem:", "da", "N"), ("Medlem:", "sv", "N"),
    ("Medlem:", "no", "N"), ("Jäsen:", "fi", "N"), ("Contact person:", "en", "N"),
    ("Kontaktperson:", "da", "N"), ("Pårørende:", "no", "N"), ("Anhörig:", "sv", "N"),
    ("Omainen:", "fi", "N"), ("Navn:", "da", "N"), ("Namn:", "sv", "N"), ("Nimi:", "fi", "N"),
    ("Reviewer:", "en", "N"), ("Anmelder:", "da", "N"), ("Recensent:", "sv", "N"),
    ("Mobile:", "en", "P"), ("Mobil:", "da", "P"), ("Telefon:", "sv", "P"),
    ("Mobiltelefon:", "no", "P"), ("Puhelin:", "fi", "P"), ("Phone (family):", "en", "P"),
    ("CPR:", "da", "I:dk"), ("Personnummer:", "sv", "I:se"), ("Fødselsnummer:", "no", "I:no"),
    ("Henkilötunnus:", "fi", "I:fi"), ("ID number:", "en", "I"), ("Kennitala:", "en", "I:is"),
    ("E-mail:", "en", "E"), ("E-mail:", "da", "E"), ("E-post:", "sv", "E"),
    ("E-post:", "no", "E"), ("Sähköposti:", "fi", "E"),
    ("Address:", "en", "A"), ("Adresse:", "da", "A"), ("Adress:", "sv", "A"),
    ("Adresse:", "no", "A"), ("Osoite:", "fi", "A"),
    ("Date:", "en", "D"), ("Dato:", "da", "D"), ("Datum:", "sv", "D"), ("Dato:", "no", "D"),
    ("Päivämäärä:", "fi", "D"), ("Screened:", "en", "D"), ("Lånt:", "da", "D"),
    ("Utlånad:", "sv", "D"), ("Palautettu:", "fi", "D"), ("Returned:", "en", "D"),
    ("Sign-up link:", "en", "U"), ("Tilmelding:", "da", "U"), ("Anmälan:", "sv", "U"),
    ("Kommune:", "da", "T"), ("Kommun:", "sv", "T"), ("Kunta:", "fi", "T"), ("Town:", "en", "T"),
]  # fmt: skip
# running frames: (language, text); {N} name, {N:g} a glued genitive "s", {N:to}/{N:from}/
# {N:gen} a Finnish ending, {P} phone, {I} identity number, {E} e-mail, {A} address, {D} date,
# {U} link, {T} registered town
FRAMES = [
    ("en", "{N} picked the film this time and wanted the lights fully off."),
    ("en", "I sat next to {N} in the third row and we shared the popcorn."),
    ("en", "The projector jammed again, so {N} told the story of the ending instead."),
    ("en", "After the credits {N} said the music had stayed with her all week."),
    ("en", "We waited for {N} outside the clubhouse; she came in a taxi."),
    ("en", "According to {N}, the subtitles were too fast for half the room."),
    ("en", "Thanks to {N} the small hall had a working sound system at last."),
    ("en", "It was {N} who suggested a comedy after two heavy evenings."),
    ("en", "Her support worker, {N}, stayed for the whole film this time."),
    ("en", "The housing officer ({N}) had not heard about the circle before."),
    ("en", "New members this season: {N}, {N} and {N}."),
    ("en", "{N} and {N} argued about the ending all the way to the bus."),
    ("en", "He asked me to write down what {N} had said about the father in the film."),
    ("en", "Called {N} to ask whether she wanted a lift to the screening."),
    ("en", "Met {N}s sister at the door; she had come to see what the circle was like."),
    ("en", "We borrowed {N}s extension cable for the speakers."),
    ("en", "On the way out {N} asked whether we could show older films next season."),
    ("en", "The volunteer from the library, {N}, brought three films on loan."),
    ("en", "{N} wrote the review card this week and pinned it up before anyone else."),
    ("en", "Without {N} the discussion would have ended after five minutes."),
    ("en", "His mother rang on {P} to say he would be late."),
    ("en", "The number on the sign-up sheet was {P}, written in a shaky hand."),
    ("en", "She gave her sister's mobile, {P}, in case she felt unwell during the film."),
    ("en", "If the bus is cancelled, text {P} and someone will pick you up."),
    ("en", "The taxi company asked for a contact number and we gave {P}."),
    ("en", "For the lending card she wrote {I} in the box for the identity number."),
    ("en", "The new member's number, {I}, went on the consent form and nowhere else."),
    ("en", "He read out {I} from his card before I could stop him."),
    ("en", "Questions about the film list can go to {E}."),
    ("en", "She wants the screening reminders sent to {E} from now on."),
    ("en", "The distributor's licence came back from {E} with a long attachment."),
    ("en", "Sign-up for the next season is at {U}."),
    ("en", "The list of films we can show is kept at {U}."),
    ("en", "He found the trailer at {U} and played it on his phone."),
    ("en", "The screening moved to {A}, where the clubhouse has a bigger room."),
    ("en", "Blankets and cushions were collected from {A} on the way."),
    ("en", "Her new flat is at {A}, close to the cinema."),
    ("en", "The next screening is on {D}, if the hall is free."),
    ("en", "The circle started up again on {D} after the long break."),
    ("en", "On {D} only four people came because of the snow."),
    ("en", "The licence for the film runs out on {D}, so we must show it before then."),
    ("en", "We last showed a silent film on {D}, and nobody has forgotten it."),
    ("en", "Members from {T} came by the late bus and stayed for coffee."),
    ("en", "The circle in {T} wants to swap films with us."),
    ("en", "The people from {T} had seen the film already at their own circle."),
    ("en", "I promised {N} we would check the subtitles before {D}."),
    ("en", "{N} gave me her daughter's number, {P}, for the pick-up."),
    ("en", "Before {D}, {N} wants the lending card signed."),
    ("en", "{N:g} flatmate came along and sat by the door."),
    ("en", "We used {N:g} laptop when the player would not start."),
    ("en", "The blanket on the front row was {N:g}, as always."),
    ("en", "{N:g} review card was the longest on the board."),
    ("en", "Someone took {N:g} umbrella by mistake."),
    ("da", "Vi lånte {N:g} højttaler, da lyden svigtede."),
    ("da", "{N:g} kæreste kom med for første gang."),
    ("sv", "Vi lånade {N:g} förlängningssladd till högtalarna."),
    ("sv", "{N:g} recension hängde längst upp på tavlan."),
    ("no", "Vi lånte {N:g} skjøteledning til høyttalerne."),
    ("no", "{N:g} anmeldelse hang øverst på tavla."),
    ("fi", "Lainasimme kaiuttimet {N:from}, kun omat eivät toimineet."),
    ("fi", "Kerroin elokuvasta {N:to} jälkeenpäin."),
    ("fi", "Istuin {N:gen} vieressä koko elokuvan ajan."),
    ("da", "{N} valgte filmen i aften og ville have lyset helt slukket."),
    ("da", "Jeg ringede til {N} og spurgte, om hun ville med til filmaften."),
    ("da", "Efter filmen fortalte {N}, at musikken havde siddet i hende hele ugen."),
    ("da", "Næste filmaften er {D} i den lille sal."),
    ("da", "Hendes datter kan træffes på {P}, hvis noget går galt."),
    ("da", "{N}s bror hentede os i bil efter forestillingen."),
    ("da", "Tilmelding til næste sæson sker på {U}."),
    ("da", "Vi flyttede filmaftenen til {A}, hvor der er mere plads."),
    ("da", "Medlemmerne fra {T} kom med den sidste bus."),
    ("sv", "{N} valde filmen den här gången och ville ha det helt mörkt i salongen."),
    ("sv", "Jag ringde {N} och frågade om hon ville ha skjuts till visningen."),
    ("sv", "Nästa filmkväll blir {D} i lilla salen."),
    ("sv", "Hans syster nås på {P} om något händer."),
    ("sv", "{N}s kusin kom med och stannade på fikat efteråt."),
    ("sv", "Anmälan till nästa termin görs på {U}."),
    ("sv", "Visningen flyttades till {A}, där klubbhuset har en större sal."),
    ("sv", "Cirkeln i {T} vill byta filmer med oss."),
    ("no", "{N} valgte filmen denne gangen og ville ha det helt mørkt i salen."),
    ("no", "Jeg ringte {N} for å høre om hun trengte skyss til visningen."),
    ("no", "Neste filmkveld er {D} i den lille salen."),
    ("no", "Søsteren hans kan nås på {P} hvis noe skjer."),
    ("no", "Vi flyttet filmkvelden til {A}, der det er bedre plass."),
    ("no", "{N}s nabo ble med og satt på første rad."),
    ("fi", "{N} valitsi elokuvan tällä kertaa ja halusi salin täysin pimeäksi."),
    ("fi", "Soitin {N:to} ja kysyin, tarvitseeko hän kyydin näytökseen."),
    ("fi", "Sain viestin {N:from}: hän tulee myöhemmin."),
    ("fi", "Juttelimme {N:gen} kanssa elokuvan lopusta pitkään."),
    ("fi", "Seuraava elokuvailta on {D} pienessä salissa."),
    ("fi", "Hänen siskonsa numero on {P}, jos jotain sattuu."),
    ("fi", "Näytös siirrettiin osoitteeseen {A}, jossa on isompi sali."),
]  # fmt: skip

# a lead-in before a published sentence (which keeps its own first capital after it)
REVIEW_LEADS = {
    "en": ["From her review card: ", "He read this out from his card: ",
           "Written on the board after the film: ", "Quoted in the circle's newsletter: ",
           "One member wrote: ", "The card pinned by the door said: ",
           "She had copied this from an old review: ", "From the discussion, as noted: "],
}  # fmt: skip
NORDIC_LEADS = {
    "da": ["Læst højt før filmen, fra menneskerettighedserklæringen: ",
           "Oplæsning ved rettighedsaftenen: "],
    "sv": ["Uppläst före filmen, ur deklarationen om de mänskliga rättigheterna: ",
           "Läst vid rättighetskvällen: "],
    "no": ["Lest høyt før filmen, fra menneskerettighetserklæringen: ",
           "Opplesning på rettighetskvelden: "],
    "fi": ["Luettiin ääneen ennen elokuvaa, ihmisoikeuksien julistuksesta: ",
           "Luettu oikeuksien illassa: "],
}  # fmt: skip

# the observer's own remarks, put together from parts
OBSERVE_WHO = ["We", "Most of the room", "The two newest members", "Only the back row",
               "The host and I", "Half the circle", "Everyone but one", "The regulars"]  # fmt: skip
OBSERVE_DID = ["laughed at the wrong moment", "went quiet", "left for a smoke",
               "asked for the volume to go down", "stayed for the credits",
               "wanted a break halfway", "talked through the opening",
               "clapped at the end", "moved closer to the screen", "fell asleep briefly"]  # fmt: skip
OBSERVE_WHEN = ["during the first scene", "when the music started", "near the end",
                "after the interval", "before the film had really begun",
                "at the long silent part", "while the subtitles lagged",
                "once the lights went down", "when the dog appeared on screen",
                "as the rain got louder on the roof"]  # fmt: skip
OBSERVE_AFTER = ["and nobody seemed to mind", "which the host noted for next time",
                 "and the talk afterwards was livelier for it",
                 "but it settled down again", "and coffee came early",
                 "so we paused the film", "and two people said it helped",
                 "which started a long talk about sleep"]  # fmt: skip
