"""Layouts, labels, frames, towns, streets and the parts of the mentors' observations of
held-out AK, all written here. Slots: {N} a name ({N:gen} with a genitive "s" glued on,
{N:fi-to}, {N:fi-from}, {N:fi-gen} with a Finnish ending), {P} a phone number, {E} an e-mail
address, {U} a link, {D} a date, {A} an address, {T} a registered town, {I} an identity
number."""

from __future__ import annotations

TITLES = {
    "visit": "Mentor visit log",
    "thread": "Message thread",
    "letter": "Letter",
    "minutes": "Minutes",
    "form": "Device loan form",
    "helpdesk": "Helpdesk call note",
}
HEAD_TAILS = {
    "visit": ["home visit", "follow-up visit", "first visit", "visit after the move",
              "short visit", "visit with the new tablet"],
    "thread": ["exported from the team chat", "copied from the resident's phone",
               "from the mentors' group chat", "pasted by the mentor"],
    "letter": ["copy kept in the case file", "scanned and typed out", "e-mail printed for the file",
               "letter handed in at the office"],
    "minutes": ["digital mentors' team meeting", "housing staff and mentors",
                "steering group", "residents' device café"],
    "form": ["tablet", "phone", "laptop", "router", "camera", "music device"],
    "helpdesk": ["call to the mentor line", "call about a locked phone",
                 "call about the router", "call about the banking app"],
}  # fmt: skip
TOWNS = {
    "da": ["Helsingør", "Roskilde", "Køge", "Hillerød"],
    "sv": ["Malmö", "Helsingborg", "Landskrona", "Lund"],
    "no": ["Fredrikstad", "Halden", "Sarpsborg"],
    "fi": ["Vaasa", "Kokkola"],
}
POSTCODES = {
    "Helsingør": "3000", "Roskilde": "4000", "Køge": "4600", "Hillerød": "3400",
    "Malmö": "214 32", "Helsingborg": "252 21", "Landskrona": "261 31", "Lund": "222 23",
    "Fredrikstad": "1606", "Halden": "1771", "Sarpsborg": "1711",
    "Vaasa": "65100", "Kokkola": "67100",
}  # fmt: skip
STREETS = {
    "da": ["Kildebakken", "Tovværksgade", "Skibsbyggervej", "Ravnsborg Allé", "Mølledamsvej",
           "Kronborgstien", "Lyngbakken", "Teglværksvej"],
    "sv": ["Sundspromenaden", "Repslagaregatan", "Kvarnbacken", "Fiskehamnsgatan",
           "Tegelbruksvägen", "Lindängsgatan"],
    "no": ["Glommaveien", "Sagbruksgata", "Fergeleiet", "Tollbodbakken", "Kvernhusveien"],
    "fi": ["Satamakatu", "Tervahovinkatu", "Myllymäentie", "Kalastajankuja"],
    "gb": ["Chandlery Lane", "Quayside Row", "Ropewalk Street"],
}  # fmt: skip
GB_TOWNS = ["Hull HU1 2AB", "Harwich CO12 3HA", "Grimsby DN31 1AA"]
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "sv": "måndagen tisdagen onsdagen torsdagen fredagen lördagen söndagen",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
}
MENTOR_SPEAKER = ["Mentor:", "Me:", "Digimentor:", "Støtte:"]
REVIEW_LEADS = ["From the review she is writing for the newsletter: ",
                "He read this out from a review: ", "Her own words about it: ",
                "What he typed into the review box: ", "From his notes on the device: ",
                "She dictated this for the review: "]  # fmt: skip
PRESENT = ["Present:", "Til stede:", "Närvarande:", "Tilstede:", "Paikalla:", "Afbud:",
           "Apologies:"]  # fmt: skip
ROLES = ["digital mentor", "bostøtte", "boendestödjare", "miljøterapeut", "ohjaaja",
         "housing officer", "beboerrepræsentant", "IT-frivillig"]  # fmt: skip
GREETINGS = {"en": ["Dear", "Hello", "Good afternoon"], "da": ["Kære", "Hej"],
             "sv": ["Hej", "Bästa"], "no": ["Hei", "Kjære"], "fi": ["Hei", "Hyvä"]}  # fmt: skip
SIGN_OFFS = {"en": ["Best wishes,", "Regards,", "Thanks again,"],
             "da": ["Venlig hilsen", "Mange hilsner", "Kh."],
             "sv": ["Med vänlig hälsning", "Hälsningar", "Mvh"],
             "no": ["Hilsen", "Beste hilsen"],
             "fi": ["Ystävällisin terveisin", "Terkuin"]}  # fmt: skip
HEADERS = ["From:", "Fra:", "Från:", "Lähettäjä:", "Written by:"]
LABELS = [
    ("Resident:", "N"), ("Beboer:", "N"), ("Boende:", "N"), ("Asukas:", "N"),
    ("Mentor:", "N"), ("Kontaktperson:", "N"), ("Pårørende:", "N"), ("Anhörig:", "N"),
    ("Name:", "N"), ("Navn:", "N"), ("Namn:", "N"), ("Nimi:", "N"),
    ("Mobil:", "P"), ("Telefon:", "P"), ("Puhelin:", "P"), ("Phone:", "P"),
    ("E-mail:", "E"), ("E-post:", "E"), ("Sähköposti:", "E"),
    ("CPR-nr.:", "I:dk"), ("Personnummer:", "I:se"), ("Fødselsnummer:", "I:no"),
    ("Henkilötunnus:", "I:fi"), ("ID number:", "I"),
    ("Adresse:", "A:da"), ("Adress:", "A:sv"), ("Osoite:", "A:fi"), ("Address:", "A"),
    ("Dato:", "D:da"), ("Datum:", "D:sv"), ("Päivämäärä:", "D:fi"), ("Date:", "D:en"),
    ("Udlånt:", "D:da"), ("Returned:", "D:en"), ("By:", "T"), ("Kommune:", "T"),
    ("Booking link:", "U"),
]  # fmt: skip
# (language, frame): English frames mostly, some Danish, Swedish, Norwegian and Finnish.
FRAMES = [
    ("en", "I went through the tablet's settings with {N} and we turned the font up."),
    ("en", "{N} had written the code on a sticky note, which we tore up together."),
    ("en", "We phoned the shop on {P} about the screen, and they will ring back."),
    ("en", "Her new number is {P}, she wants it saved under her daughter's contact."),
    ("en", "Left a voicemail on {P} to say the router is ready."),
    ("en", "{N} asked me to write down {P} in big digits by the door."),
    ("en", "The appointment is on {D}, and {N} wants me to come along."),
    ("en", "We set a reminder in the calendar for {D}."),
    ("en", "The tablet goes back to the library on {D}."),
    ("en", "He moved to {A} and the internet is not connected yet."),
    ("en", "The parcel with the charger went to {A} by mistake."),
    ("en", "She gave {A} as the delivery address for the new phone."),
    ("en", "The account was opened with {E}, which she can never remember."),
    ("en", "Sent the guide for the photo app to {E}."),
    ("en", "We made a new address, {E}, only for the shops."),
    ("en", "The form for the bank's app is at {U}."),
    ("en", "Bookmarked {U} on the home screen so she finds the bus times."),
    ("en", "His sister {N} helped him choose a phone with big keys."),
    ("en", "According to {N}, the old laptop was never switched off."),
    ("en", "It was {N} who found the receipt in the drawer."),
    ("en", "Thanks to {N} the printer works again."),
    ("en", "Called {N} at the housing office about the wifi password."),
    ("en", "New mentors this month: {N}, {N} and {N}."),
    ("en", "The housing officer ({N}) had not heard about the loan."),
    ("en", "We took the bus to {T} to look at cameras in a proper shop."),
    ("en", "The repair shop in {T} wanted too much for a new battery."),
    ("en", "She grew up in {T} and still reads its local news on the tablet."),
    ("en", "The bank wanted his ID number ({I}) typed in twice."),
    ("en", "He read out {I} to the pharmacy's chat and I told him not to do that again."),
    ("en", "We sat in {N:gen} kitchen with the new router on the table."),
    ("en", "{N:gen} phone kept asking for an update."),
    ("en", "The loan needs her ID number, {I}, on the form, and she did not have it."),
    ("en", "The pharmacy app asked for {I} before it showed anything."),
    ("da", "Hans CPR-nummer er {I:dk}, står der på kortet."),
    ("sv", "Personnumret {I:se} stod på brevet från banken."),
    ("en", "Her neighbour, {N}, said the signal is better by the window."),
    ("en", "{N} rang from {P} while we were on the bus."),
    ("en", "Met {N} at the café by the library; she had her camera with her."),
    ("en", "The warranty card says it was bought on {D} in {T}."),
    ("en", "Showed {N} how to block numbers after another scam call."),
    ("en", "Next visit: {D}, with {N} if she has time."),
    ("en", "The phone contract runs out on {D}, so we looked at cheaper ones."),
    ("en", "He was born on {D}, which the shop wanted for the loyalty card."),
    ("en", "Since {D} the tablet has stayed in its drawer."),
    ("en", "The café for devices meets again on {D}."),
    ("en", "We agreed to try the video call with her son on {D}."),
    ("da", "Tabletten skal afleveres {D}."),
    ("da", "Vi ses igen {D} på biblioteket."),
    ("en", "The guide we printed came from {U}."),
    ("en", "She signed up for the course at {U} herself."),
    ("da", "Vejledningen ligger på {U}."),
    ("en", "The number for the mentor line is {P}, I wrote it on the fridge."),
    ("sv", "Hennes nya nummer är {P}."),
    ("sv", "Hon fyller år {D} och vill ha en kamera."),
    ("sv", "Lånet av surfplattan gäller till {D}."),
    ("sv", "Vi ses {D} på biblioteket."),
    ("no", "Nettbrettet må leveres tilbake {D}."),
    ("fi", "Tabletti palautetaan {D}."),
    ("da", "Vi ringede til {N} om den nye telefon."),
    ("da", "Mødet er flyttet til {D}."),
    ("da", "Hun bor nu på {A}."),
    ("da", "Nummeret er {P}, skriv det op."),
    ("da", "{N:gen} tablet er til reparation i {T}."),
    ("sv", "Vi pratade med {N} om den nya routern."),
    ("sv", "Nästa träff är {D}."),
    ("sv", "Han har flyttat till {A}."),
    ("sv", "Ring {N} på {P} om laddaren."),
    ("no", "Vi møtte {N} på kafeen i {T}."),
    ("no", "Neste besøk blir {D}."),
    ("no", "{N:gen} nye mobil fungerer nå."),
    ("fi", "Soitin {N:fi-to} uudesta puhelimesta."),
    ("fi", "Sain viestin {N:fi-from} eilen."),
    ("fi", "Kävimme {N:fi-gen} kanssa kaupassa."),
    ("fi", "Seuraava tapaaminen on {D}."),
    ("fi", "Hän asuu nyt osoitteessa {A}."),
]
THREAD_LINES = [
    "ok, see you then", "did it work?", "black screen again", "found the charger",
    "come earlier?", "thanks, it helped", "wrong password", "still updating", "yes",
    "no worries", "I'll bring the box", "it's beeping", "on my way", "ok", "all good now",
]  # fmt: skip
OBSERVE_WHO = ["We", "He and I", "She and I", "The two of us", "I", "Together we",
               "The resident and I", "Her brother and I"]  # fmt: skip
OBSERVE_DID = ["unpacked", "charged", "updated", "reset", "paired", "backed up", "tested",
               "cleaned", "registered", "set up", "wiped", "labelled", "sorted out",
               "looked through"]  # fmt: skip
OBSERVE_WHAT = ["the new phone", "the borrowed tablet", "the router", "the old laptop",
                "the camera", "the headphones", "the printer", "the smart watch",
                "the photo frame", "the e-reader", "the hearing loop", "the alarm clock",
                "the banking app", "the video call app", "the music app", "the wifi"]  # fmt: skip
OBSERVE_HOW = ["and it went better than last time", "but it took most of the visit",
               "and she wrote each step down herself", "while the kettle boiled",
               "and he wants to try it alone next week", "but the manual was no help",
               "and nothing was lost", "though the screen is still too dim for her",
               "and he laughed at how easy it was", "but we gave up after a while",
               "and she asked good questions", "with the radio on",
               "and he showed it to a neighbour afterwards",
               "but the shop has to look at it"]  # fmt: skip
REMARK_WHO = ["She", "He", "The resident", "Her mother", "His flatmate", "Her support worker"]
REMARK_DID = ["asked about", "worried about", "was proud of", "complained about", "forgot",
              "lost", "found", "wanted to give back", "wanted to keep", "showed me",
              "talked a lot about", "had switched off"]  # fmt: skip
REMARK_WHEN = ["before we left", "on the way down the stairs", "over coffee", "twice", "again",
               "at the start", "as soon as I came in", "after a long pause",
               "while we waited for the lift", "at the end of the visit"]  # fmt: skip
