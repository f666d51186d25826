"""Held-out AM's layouts, labels, frames, streets and towns: field notes of winter-bathing and
sauna clubs (see README.md). Written here; nothing is copied from another set."""

from __future__ import annotations

TITLES = {
    "visit": "Sauna evening log",
    "thread": "Club chat, copied from the phone",
    "letter": "Letter in the club folder",
    "minutes": "Minutes of the bathing committee",
    "form": "Registration and health form",
    "diary": "Observer's field diary",
    "cards": "Dilemma round on the bench",
}
HEAD_TAILS = {
    "visit": ["lakeside sauna", "harbour sauna", "the wood-fired hut", "the smoke sauna"],
    "thread": ["group of bathers", "drivers and hosts", "the ice-hole group", "newcomers"],
    "letter": ["kept with the rota", "received by post", "pinned by the stove", "handed in"],
    "minutes": ["members and staff", "open meeting", "season planning", "after the thaw"],
    "form": ["filled in at the door", "copy for the club", "returned by post", "winter season"],
    "diary": ["fieldwork notebook", "typed up later", "second wave", "site visit"],
    "cards": ["after the last round", "on the jetty bench", "in the changing hut", "by the stove"],
}
TOWNS = {
    "da": ["Esbjerg", "Varde", "Ribe", "Fanø"],
    "sv": ["Halmstad", "Varberg", "Falkenberg"],
    "no": ["Haugesund", "Egersund", "Stavanger"],
    "fi": ["Jyväskylä", "Kuopio", "Savonlinna"],
}
POSTCODES = {
    "da": {"Esbjerg": "6700", "Varde": "6800", "Ribe": "6760", "Fanø": "6720"},
    "sv": {"Halmstad": "302 45", "Varberg": "432 41", "Falkenberg": "311 31"},
    "no": {"Haugesund": "5527", "Egersund": "4370", "Stavanger": "4006"},
    "fi": {"Jyväskylä": "40100", "Kuopio": "70100", "Savonlinna": "57130"},
}
STREETS = {
    "da": ["Havbadevej", "Isbadestien", "Saunagangen", "Dukkertvej", "Badebrovej", "Klitbadevej"],
    "sv": ["Bastuvägen", "Vinterbadsgatan", "Badbryggegatan", "Kallbadsvägen", "Vakgatan"],
    "no": ["Badstuveien", "Kaldbadgata", "Isbadveien", "Brygge-badet", "Dukkertveien"],
    "fi": ["Avantotie", "Löylykuja", "Laiturikatu", "Kiuaskuja", "Uimarannantie"],
    "gb": ["Lido Walk", "Plunge Row", "Bathing Pool Lane", "Cold Dip Terrace"],
}
GB_TOWNS = ["Scarborough YO11 2AB", "Tynemouth NE30 4BZ", "Portobello EH15 1DY"]
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
    "sv": "måndagen tisdagen onsdagen torsdagen fredagen lördagen söndagen".split(),
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina "
    "sunnuntaina".split(),
}
SPEAKERS = {
    "en": ["Host:", "Warden:", "Volunteer:", "Staff:", "Me:", "Coordinator:", "Driver:"],
    "da": ["Vært:", "Saunavært:", "Frivillig:", "Badevagt:"],
    "sv": ["Värd:", "Bastuvärd:", "Samordnare:"],
    "no": ["Vert:", "Badevakt:"],
    "fi": ["Isäntä:", "Saunaemäntä:", "Ohjaaja:", "Minä:", "Kuski:"],
}
THREAD_REPLIES = [
    "on my way",
    "two places please",
    "I'll bring the thermos",
    "count me in",
    "not tonight",
    "jeg kommer",
    "vi er tre",
    "jag hoppar över idag",
    "kommer senare",
    "jeg tar med ved",
    "tulen mukaan",
    "en pääse",
    "kiitos",
    "ok",
    "thumbs up from me",
    "the road is icy, careful",
]
PRESENT = {
    "en": ["Present:", "Attending:", "Apologies:"],
    "da": ["Til stede:", "Deltog:", "Afbud:"],
    "sv": ["Närvarande:", "Deltagare:", "Förhinder:"],
    "no": ["Møtt:", "Forfall:"],
    "fi": ["Läsnä:", "Poissa:"],
}
ROLES = ["(sauna host)", "(peer worker)", "(kontaktperson)", "(bostøtte)",
         "(boendestödjare)", "(miljøterapeut)", "(ohjaaja)", "(vapaaehtoinen)",
         "(treasurer)", "(driver)"]  # fmt: skip
GREETINGS = {
    "en": ["Dear", "Hi", "Hello"],
    "da": ["Kære", "Hej"],
    "sv": ["Kära", "Hej"],
    "no": ["Kjære", "Hei"],
    "fi": ["Hyvä", "Moikka"],
}
GREETINGS_ALL = {"en": "Dear all,", "da": "Hej alle,", "sv": "Hej allihop,", "no": "Hei alle,",
                 "fi": "Hei kaikki,"}  # fmt: skip
SIGN_OFFS = {
    "en": ["Warm regards,", "Best wishes,", "See you at the water,", "Thanks again,"],
    "da": ["Venlig hilsen", "Kærlig hilsen", "Vi ses ved vandet"],
    "sv": ["Hälsningar", "Vänliga hälsningar", "Vi ses på bryggan"],
    "no": ["Hilsen", "Vennlig hilsen"],
    "fi": ["Terveisin", "Ystävällisin terveisin"],
}
HEADERS = {
    "en": ["From:", "Sent by:"],
    "da": ["Fra:", "Afsender:"],
    "sv": ["Från:", "Avsändare:"],
    "no": ["Avsender:"],
    "fi": ["Lähettäjä:"],
}
# label, slot, language
LABELS = [
    ("Member:", "N", "en"), ("Medlem:", "N", "da"), ("Deltagare:", "N", "sv"),
    ("Jäsen:", "N", "fi"), ("Next of kin:", "N", "en"), ("Pårørende:", "N", "da"),
    ("Närstående:", "N", "sv"), ("Omainen:", "N", "fi"), ("Dip buddy:", "N", "en"),
    ("Kontaktperson:", "N", "da"), ("Mobile:", "T", "en"), ("Mobil:", "T", "da"),
    ("Telefon:", "T", "no"), ("Puhelin:", "T", "fi"), ("CPR-nr.:", "I:dk", "da"),
    ("Personnummer:", "I:se", "sv"), ("Fødselsnummer:", "I:no", "no"),
    ("Henkilötunnus:", "I:fi", "fi"), ("ID number:", "I", "en"), ("E-mail:", "E", "en"),
    ("E-post:", "E", "sv"), ("Sähköposti:", "E", "fi"), ("Address:", "A:gb", "en"),
    ("Adresse:", "A:da", "da"), ("Adress:", "A:sv", "sv"), ("Postadresse:", "A:no", "no"),
    ("Osoite:", "A:fi", "fi"), ("First swim:", "D", "en"), ("Første dukkert:", "D", "da"),
    ("Första doppet:", "D", "sv"), ("Første bad:", "D", "no"),
    ("Ensimmäinen uinti:", "D", "fi"), ("Health form signed:", "D", "en"),
    ("Signup page:", "U", "en"), ("Tilmelding:", "U", "da"), ("Home town:", "P", "en"),
    ("Kommune:", "P", "da"), ("Kommun:", "P", "sv"), ("Kunta:", "P", "fi"),
]  # fmt: skip
# running frames: (language, text); slots {N} {N:gen} {N:fi-to} {N:fi-from} {N:fi-gen}
# {T} {I} {E} {U} {A} {D} {P}
FRAMES = [
    ("en", "{N} went in first and stayed longest in the hole."),
    ("en", "Drove out with {N}, who had the key to the hut."),
    ("en", "According to {N}, the water was two degrees warmer than last week."),
    ("en", "It was {N} who lit the stove and fetched the birch whisks."),
    ("en", "New faces on the jetty tonight: {N} and {N}."),
    ("en", "Her support worker, {N}, waited in the car with the heater on."),
    ("en", "The peer worker ({N}) counted everyone back out of the water."),
    ("en", "Thanks to {N} there was soup afterwards."),
    ("en", "Without {N} nobody would have found the ladder under the snow."),
    ("en", "I sat next to {N} on the top bench and we said very little."),
    ("en", "{N:gen} flask of tea went round twice."),
    ("en", "Borrowed {N:gen} towel, promised to wash it."),
    ("en", "Someone asked whether {N} would come back after the hospital stay."),
    ("en", "The sauna host phoned {N} to say the ice had been cut again."),
    ("en", "{N} and {N} argued mildly about how long a round should be."),
    ("en", "We waited for {N}, then went down to the water together."),
    ("en", "A note from {N} was taped to the door of the changing hut."),
    ("en", "My own notes say {N} seemed calmer than at the first visit."),
    ("en", "The next open evening is {D}, weather allowing."),
    ("en", "The club first bathed here on {D}, when the ice was thin."),
    ("en", "Her health form is dated {D}."),
    ("en", "The ice-cutting crew meets again {D} at the slipway."),
    ("en", "He started coming in the autumn and signed up properly on {D}."),
    ("en", "New members can call the club phone on {T} and ask for the host."),
    ("en", "If the bus is late, text {T} and someone will wait."),
    ("en", "She gave her number as {T} so the drivers can reach her."),
    ("en", "The warden's mobile, {T}, is written in marker on the hut door."),
    ("en", "Reach the coordinator at {E} for the winter rota."),
    ("en", "His sister wrote from {E} to say he would be late."),
    ("en", "Questions about the swim can go to {E}."),
    ("en", "The booking page is {U} and the evenings fill up fast."),
    ("en", "Photos from the midwinter swim were put on {U} with faces blurred."),
    ("en", "The rota lives at {U} now instead of on paper."),
    ("en", "The minibus picks up at {A} on the way out."),
    ("en", "His flat is at {A}, a short walk from the shore."),
    ("en", "Post for the club goes to {A} until the hut gets a letterbox."),
    ("en", "The regional office in {P} pays for the firewood."),
    ("en", "Two members came all the way from {P} by train."),
    ("en", "The club in {P} lends us their ice saw."),
    ("en", "For the insurance they asked for her number, {I}, on the spot."),
    ("en", "The form had his identity number, {I}, written twice by mistake."),
    ("en", "Copied {I} from the old card into the new register."),
    ("en", "Said goodbye to {N} at the bus stop."),
    ("en", "Later {N} told me the cold helps her sleep."),
    ("en", "By the stove, {N} and I talked about the new medication."),
    ("da", "{N} hoppede i først og blev længst i hullet."),
    ("da", "Snakkede med {N} om vejret og vanddybden."),
    ("da", "Næste dukkert er {D}, hvis isen holder."),
    ("da", "Ring til {T}, hvis bussen er forsinket."),
    ("da", "Skriv til {E} for at komme på listen."),
    ("da", "Bussen samler op på {A}."),
    ("da", "Klubben i {P} låner os deres isøkse."),
    ("da", "{N:gen} termokande gik rundt to gange."),
    ("sv", "{N} gick i först och stannade längst i vaken."),
    ("sv", "Pratade med {N} om isen och bussen hem."),
    ("sv", "Nästa kvällsbad är {D} om vädret tillåter."),
    ("sv", "Ring {T} om bussen är sen."),
    ("sv", "Mejla {E} för att komma med på listan."),
    ("sv", "Minibussen hämtar vid {A}."),
    ("sv", "Föreningen i {P} lånar ut sin issåg."),
    ("sv", "{N:gen} handduk låg kvar på bänken."),
    ("no", "{N} gikk uti først og ble lengst i hullet."),
    ("no", "Snakket med {N} om isen og bussen hjem."),
    ("no", "Neste kveldsbad er {D} hvis været holder."),
    ("no", "Ring {T} hvis bussen er sen."),
    ("no", "Bussen henter ved {A}."),
    ("no", "{N:gen} termos gikk rundt to ganger."),
    ("fi", "{N} meni ensimmäisenä avantoon ja viipyi pisimpään."),
    ("fi", "Soitin {N:fi-to} ja kerroin, että avanto on auki."),
    ("fi", "Sain viestin {N:fi-from} juuri ennen saunaa."),
    ("fi", "Juttelimme {N:fi-gen} kanssa lauteilla pitkään."),
    ("fi", "Seuraava saunailta on {D}, jos jää kestää."),
    ("fi", "Soita numeroon {T}, jos bussi on myöhässä."),
    ("fi", "Kyyti lähtee osoitteesta {A}."),
    ("fi", "Kirjoita osoitteeseen {E}, niin pääset listalle."),
]
# lead-ins before a published sentence (they stay ordinary text)
CARD_LEADS = {
    "en": [
        "The card read: ",
        "Drawn from the pile: ",
        "One member read out: ",
        "Next card: ",
        "On the card: ",
    ],
    "da": ["Kortet lød: ", "Læst højt: "],
    "sv": ["Kortet löd: ", "Uppläst: "],
    "no": ["Kortet sa: "],
    "fi": ["Kortissa luki: ", "Luettiin ääneen: "],
}
SAID_LEADS = ["Someone said: ", "A member told the group: ", "Overheard on the bench: ",
              "In the steam, someone said: ", "From the check-in round: "]  # fmt: skip
OBSERVE_WHO = ["Two newcomers", "The oldest member", "One of the drivers", "The sauna host",
               "A woman in a red hat", "The quiet man from the bus", "Most of the group",
               "The student volunteer", "A regular", "The staff member on duty"]  # fmt: skip
OBSERVE_DID = ["went in and out of the water three times", "stayed on the lowest bench",
               "made coffee without being asked", "laughed at the cold",
               "talked about sleep and appetite", "kept an eye on the ladder",
               "sat apart for a while and then joined in", "checked the water temperature",
               "handed out dry socks", "swept snow off the jetty"]  # fmt: skip
OBSERVE_WHEN = ["before the first round", "after the second round", "as it got dark",
                "while the stove was stoked", "at the end of the evening",
                "when the wind picked up", "during the break", "on the way back up"]  # fmt: skip
OBSERVE_AFTER = ["and nobody commented", "which set the tone", "and the mood lifted",
                 "and the group followed", "without a word", "and it seemed to matter"]  # fmt: skip
