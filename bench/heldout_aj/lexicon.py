"""Held-out AJ's layouts, headings, labels, frames, towns, streets, months and weekdays, all
written here for a study of peer errand companions in the North Calotte."""

from __future__ import annotations

TITLES = {
    "visit": "Errand visit log – ",
    "chat": "Chat export – ",
    "phone": "Phone notes – ",
    "letter": "Correspondence – ",
    "minutes": "Team minutes – ",
    "intake": "Intake form – ",
}
HEAD_TAILS = {
    "visit": ["bank and post", "pharmacy run", "tax office", "phone shop", "housing office",
              "second visit", "bus pass renewal", "insurance claim"],
    "chat": ["group thread", "companions' channel", "two-way thread", "thread with a user",
             "evening thread"],
    "phone": ["follow-up call", "missed appointment", "call back", "first call"],
    "letter": ["letter in", "letter out", "e-mail kept on file", "card from a user"],
    "minutes": ["weekly team", "supervision group", "steering group", "case round"],
    "intake": ["new user", "renewal", "change of companion", "referral"],
}  # fmt: skip
TOWNS = {
    "no": ["Tromsø", "Bodø", "Alta", "Narvik", "Harstad", "Hammerfest"],
    "sv": ["Luleå", "Kiruna", "Haparanda"],
    "fi": ["Rovaniemi", "Tornio", "Kemi"],
}
POSTCODES = {
    "Tromsø": "9008 Tromsø", "Bodø": "8006 Bodø", "Alta": "9510 Alta", "Narvik": "8514 Narvik",
    "Harstad": "9405 Harstad", "Hammerfest": "9600 Hammerfest", "Luleå": "972 31 Luleå",
    "Kiruna": "981 38 Kiruna", "Haparanda": "953 31 Haparanda", "Rovaniemi": "96100 Rovaniemi",
    "Tornio": "95400 Tornio", "Kemi": "94100 Kemi",
}  # fmt: skip
STREETS = {
    "no": ["Nordlysgata", "Følgesvennveien", "Polarsirkelvegen", "Skreiveien", "Ærendgata",
           "Tindeveien", "Fjæreveien", "Mørketidsvegen"],
    "sv": ["Norrskensgatan", "Malmbanevägen", "Tjälvägen", "Renhagsgatan", "Älvbrinken"],
    "fi": ["Revontulentie", "Tunturikatu", "Poronpolku", "Jänkäkuja", "Kaamoskatu"],
    "gb": ["Kittiwake Road", "Ferry Row", "Saltings Close", "Gannet Way"],
}  # fmt: skip
GB_TOWNS = ["Aberdeen AB24 3XR", "Lerwick ZE1 0QH", "Inverness IV2 4RL", "Wick KW1 5BA"]
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "sv": "måndagen tisdagen onsdagen torsdagen fredagen lördagen söndagen",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
}

COMPANION_SPEAKER = ["CW:", "Ledsager:", "Me:", "Comp.:"]
LEADS = ["Typed into the bank's chat: ", "What she wrote to the insurer: ",
         "From the chat window, as typed: ", "He typed this to the phone company: ",
         "Pasted from the support chat: ", "Her message to the airline: ",
         "As typed on the tablet: ", ""]  # fmt: skip
PRESENT = ["Attending:", "Til stede:", "Deltagare:", "Läsnä:", "Absent with notice:",
           "Forfall:"]  # fmt: skip
ROLES = ["likeperson", "erfaringskonsulent", "kontaktperson", "vertaisohjaaja",
         "handledare", "coordinator", "minutes", "guest"]  # fmt: skip
GREETINGS = {"en": ["Dear", "Hi", "Morning"], "no": ["Hei", "Kjære"], "sv": ["Hej", "Hallå"],
             "fi": ["Hei", "Moikka"], "da": ["Kære"]}  # fmt: skip
SIGN_OFFS = {"en": ["Cheers,", "All the best,", "Kind regards,"],
             "no": ["Vennlig hilsen", "Mvh", "Hilsen"], "sv": ["Med vänliga hälsningar", "Kram,"],
             "fi": ["Terveisin", "Ystävällisesti"], "da": ["Venlig hilsen"]}  # fmt: skip
HEADERS = ["Sender:", "Avsender:", "Avsändare:", "Kirjoittaja:", "Written by:"]

# label lines: label, slot
LABELS = [
    ("Companion:", "N"), ("Følgesvenn:", "N"), ("Ledsagare:", "N"), ("Saattaja:", "N"),
    ("Service user:", "N"), ("Pårørende:", "N"), ("Omainen:", "N"),
    ("Mobil:", "P"), ("Telefon:", "P"), ("Puhelin:", "P"), ("Phone (day):", "P"),
    ("E-post:", "E"), ("Sähköposti:", "E"), ("Mail:", "E"),
    ("Fødselsnr.:", "I"), ("Personnr:", "I"), ("Henkilötunnus:", "I"), ("ID no.:", "I"),
    ("Postadresse:", "A"), ("Bostadsadress:", "A"), ("Kotiosoite:", "A"), ("Lives at:", "A"),
    ("Dato:", "D"), ("Datum:", "D"), ("Pvm:", "D"), ("Referred on:", "D"),
    ("Kommune:", "T"), ("Kommun:", "T"), ("Kunta:", "T"), ("Web:", "U"), ("Skjema:", "U"),
]  # fmt: skip

# running frames: (language, frame); slots {N} name, {N:gen} a glued genitive "s",
# {N:fi-to}/{N:fi-from}/{N:fi-gen} a glued Finnish ending, {P} phone, {E} e-mail, {U} link,
# {D} date, {A} address, {T} registered town, {I} identity number
FRAMES = [
    ("en", "Went with {N} to the bank, where the clerk wanted to see the card again."),
    ("en", "{N} had forgotten the code, so we sat in the car and looked for the letter."),
    ("en", "On the way back {N} asked whether the companion scheme costs anything."),
    ("en", "The pharmacy would only hand the parcel to {N} in person."),
    ("en", "I waited outside while {N} and the adviser went through the bills."),
    ("en", "It was {N} who remembered the old account in the end."),
    ("en", "Her brother, {N}, came along and mostly stared at his phone."),
    ("en", "The housing officer ({N}) said the form has to be signed by hand."),
    ("en", "We dropped the papers at {N}s flat on the way home."),
    ("en", "Left a message for {N} about the new bus pass."),
    ("en", "According to {N}, the insurer never answered the e-mail."),
    ("en", "New in the pool of companions: {N}, {N} and {N}."),
    ("en", "{N} and {N} will share the evening round from now on."),
    ("en", "Passed the keys to {N}, who will go with him next time."),
    ("en", "We met {N} by chance at the bus station; she says hello."),
    ("en", "Thanks to {N} the letter was translated before the deadline."),
    ("en", "Call him on {P} rather than the landline, he never picks that up."),
    ("en", "The new number is {P}; the old one was cut off."),
    ("en", "She gave the bank {P} as her contact number."),
    ("en", "If nobody answers, try his sister on {P}."),
    ("en", "Copies go to {E}, the address she checks most days."),
    ("en", "He set up {E} at the library so the insurer can write to him."),
    ("en", "The form is at {U} but the page times out on her phone."),
    ("en", "We filled in the complaint through {U} together."),
    ("en", "Next errand is on {D}, the bank first and then the optician."),
    ("en", "The letter says the benefit stops on {D} unless the form comes back."),
    ("en", "Rent went up from {D}, and nobody told her."),
    ("en", "The card expired on {D}, which is why the machine kept it."),
    ("en", "The last visit was on {D} and he looked much brighter."),
    ("en", "He has moved to {A}, second floor, no lift."),
    ("en", "The post still goes to {A}, so we changed it at the counter."),
    ("en", "Meet at {A} and walk to the bus together."),
    ("en", "She grew up in {T} and wants to move back one day."),
    ("en", "The office in {T} closed, so the nearest one is an hour away by bus."),
    ("en", "We took the coastal bus to {T} for the hearing."),
    ("en", "The clerk asked for {I} twice and typed it wrong both times."),
    ("en", "His number on the old letter is {I}, which the bank has now corrected."),
    ("en", "The insurer wrote to {N} at {A} and nobody was living there."),
    ("en", "{N} rang from {P} to say the parcel had come."),
    ("en", "Drove {N} to {T} on {D} for the meeting with the debt adviser."),
    ("en", "Sent the scanned papers to {E} and told {N} to watch for an answer."),
    ("en", "{N}s daughter called on {P} to ask how it went."),
    ("en", "Asked {N} whether {N} could sign as a witness; she will ask."),
    ("en", "Said goodbye to {N} at the door; the next time is {D}."),
    ("no", "Fulgte {N} til banken, og vi fikk ordnet kortet."),
    ("no", "{N} ringte fra {P} og lurte på hvor skjemaet var."),
    ("no", "Ny adresse fra i høst: {A}."),
    ("no", "Time hos rådgiveren {D}, vi møtes på bussen."),
    ("no", "Han bodde lenge i {T} før han flyttet hit."),
    ("no", "Vi la igjen papirene hos {N}s søster."),
    ("sv", "Följde med {N} till försäkringskassan i dag."),
    ("sv", "{N} skickade ett mejl från {E} i går kväll."),
    ("sv", "Nästa besök är {D}, hon vill ha med sig räkningarna."),
    ("sv", "Hon har flyttat till {A}."),
    ("sv", "Vi åkte buss till {T} för att hämta paketet."),
    ("fi", "Kävimme {N:fi-gen} kanssa pankissa, ja kortti saatiin kuntoon."),
    ("fi", "Soitin {N:fi-to} numeroon {P} mutta kukaan ei vastannut."),
    ("fi", "Sain viestin {N:fi-from} eilen illalla."),
    ("fi", "Seuraava käynti on {D}, apteekin kautta."),
    ("fi", "Hän asuu nyt osoitteessa {A}."),
    ("fi", "Hän kävi koulunsa {T} seudulla."),
]

# the companion's own observations, put together from parts (no identifier in them): who,
# what was done, with what, and how it went
OBSERVE_WHO = ["We", "He and I", "She and I", "The two of us", "I", "Together we"]
OBSERVE_DID = ["went through", "sorted out", "read aloud", "photographed", "filed away",
               "argued about", "made copies of", "put off", "finally opened", "looked twice at",
               "wrote a reply to", "underlined the hard parts of"]  # fmt: skip
OBSERVE_WHAT = ["the electricity bill", "a reminder from the landlord", "the dentist's letter",
                "the bank statement", "the phone contract", "the benefit decision",
                "the insurance papers", "a parking fine", "the tax return", "the bus pass form",
                "a letter from the debt collector", "the pharmacy receipt",
                "the school's message about his son", "the housing application"]  # fmt: skip
OBSERVE_HOW = ["and it went better than expected", "but it took far too long",
               "and she wants to do the next one alone", "though he got tired halfway",
               "and nothing was as bad as feared", "but one page is still missing",
               "and he laughed at the jargon", "while the coffee went cold",
               "and she kept the copy in the blue folder", "so the worry eased a little",
               "but the office has to ring back", "and he ticked it off the list"]  # fmt: skip
