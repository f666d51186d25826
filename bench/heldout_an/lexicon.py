"""Held-out AN's layouts, labels, frames, towns, streets and date words: written here for a study
of repair cafés ("fix-it evenings") run by clubhouses, day centres and supported housing."""

from __future__ import annotations

TITLES = {
    "visit": "Fix-it evening log",
    "thread": "Repair café group chat (copied from a phone)",
    "letter": "Letter to the repair café",
    "minutes": "Minutes of the workshop committee",
    "form": "Repair ticket",
    "diary": "Observer's field diary, repair café",
    "tips": "From the tips board",
}
HEAD_TAILS = {
    "visit": ["back room", "clubhouse basement", "library annex", "day centre kitchen",
              "bike shed"],
    "thread": ["fixers and members", "Thursday crew", "bike table", "sewing corner", "spare parts"],
    "letter": ["passed on by the coordinator", "read out at the start", "kept in the folder",
               "scanned for the study"],
    "minutes": ["open meeting", "planning meeting", "budget meeting", "tool library meeting"],
    "form": ["intake desk", "electrics table", "textiles table", "bikes table", "wood table"],
    "diary": ["evening round", "second visit", "follow-up visit", "last visit of the season"],
    "tips": ["copied by the observer", "questions and answers", "as written on the cards"],
}  # fmt: skip

TOWNS = {
    "da": ["Svendborg", "Haderslev", "Holstebro"],
    "sv": ["Östersund", "Sundsvall", "Skellefteå"],
    "no": ["Bodø", "Harstad", "Molde"],
    "fi": ["Pori", "Rauma", "Kajaani", "Kokkola"],
}
# the Finnish case a town takes for "in" (Raumalla, Porissa)
FI_IN = {"Pori": "ssa", "Rauma": "lla", "Kajaani": "ssa", "Kokkola": "ssa"}
POSTCODES = {
    "Svendborg": "5700", "Haderslev": "6100", "Holstebro": "7500", "Östersund": "831 34",
    "Sundsvall": "852 31", "Skellefteå": "931 33", "Bodø": "8006", "Harstad": "9405",
    "Molde": "6413", "Pori": "28100", "Rauma": "26100", "Kajaani": "87100", "Kokkola": "67100",
}  # fmt: skip
STREETS = {
    "da": ["Loddekolbevej", "Skruestikvej", "Høvlbænkgade", "Værkstedsstien", "Limtangsvej",
           "Nitteparken"],
    "sv": ["Verktygsgatan", "Hyvelvägen", "Limstigen", "Spikgränd", "Lödtennsvägen"],
    "no": ["Verkstedveien", "Skrutrekkergata", "Loddebakken", "Høvelflisa", "Sagbladveien"],
    "fi": ["Korjaamontie", "Naulakuja", "Sahapolku", "Vasarankatu", "Juotinkuja"],
    "gb": ["Solder Lane", "Mending Row", "Tinker Walk", "Bodgers Yard", "Rivet Close"],
}  # fmt: skip
GB_TOWNS = ["Whitby YO21 3PU", "Berwick-upon-Tweed TD15 1BN", "Stromness KW16 3AA",
            "Aberystwyth SY23 2AZ"]  # fmt: skip

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
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina "
    "sunnuntaina".split(),
}

# speaker labels of the chat, one word and a colon each
SPEAKERS = {
    "en": ["Fixer:", "Host:", "Coordinator:", "Newcomer:", "Volunteer:", "Member:"],
    "da": ["Reparatør:", "Vært:", "Frivillig:", "Medlem:"],
    "sv": ["Fixare:", "Värd:", "Volontär:", "Deltagare:"],
    "no": ["Fikser:", "Vert:", "Frivillig:", "Deltaker:"],
    "fi": ["Korjaaja:", "Isäntä:", "Vapaaehtoinen:", "Jäsen:", "Ohjaaja:"],
}
REPLIES = {
    "en": ["On my way with the toolbox.", "Can someone bring a spare fuse?", "Count me in.",
           "Running late, save me a seat.", "Thanks for the help yesterday.",
           "Is the soldering iron back yet?", "Great work everyone.", "I can do the coffee.",
           "Who has the key to the cupboard?", "My lamp works again, thank you all!",
           "Bringing the broken chair, is that fine?", "Sorry, can't make it this week.",
           "Does anyone have a hex key set?", "Saved you some cake.", "Left my scarf there."],
    "da": ["Jeg kommer lidt senere.", "Tak for i går.", "Har nogen en skruetrækker med?",
           "Jeg tager kage med.", "Vi ses i værkstedet.", "Kan ikke komme i dag, desværre.",
           "Min lampe virker igen!", "Hvem har nøglen til skabet?", "Jeg kan lave kaffe."],
    "sv": ["Jag kommer efter jobbet.", "Tack för hjälpen!", "Finns det lim kvar?",
           "Jag tar med fika.", "Vi ses i verkstan.", "Kan inte komma i dag, tyvärr.",
           "Min lampa fungerar igen!", "Vem har nyckeln till skåpet?", "Jag kokar kaffe."],
    "no": ["Jeg kommer litt seinere.", "Takk for sist!", "Har noen en tang?",
           "Jeg tar med vafler.", "Sees på verkstedet.", "Kan dessverre ikke komme i dag.",
           "Lampen min virker igjen!", "Hvem har nøkkelen til skapet?", "Jeg lager kaffe."],
    "fi": ["Tulen vähän myöhemmin.", "Kiitos avusta!", "Onko kenelläkään ruuvimeisseliä?",
           "Tuon pullaa.", "Nähdään pajalla.", "En pääse tänään, valitettavasti.",
           "Lamppuni toimii taas!", "Kenellä on kaapin avain?", "Keitän kahvit."],
}  # fmt: skip

PRESENT = {
    "en": ["Present:", "Attending:", "Apologies:"],
    "da": ["Til stede:", "Deltagere:", "Afbud:"],
    "sv": ["Närvarande:", "Deltog:", "Frånvarande:"],
    "no": ["Til stede:", "Møtt:", "Forfall:"],
    "fi": ["Läsnä:", "Paikalla:", "Poissa:"],
}
ROLES = ["(chair)", "(fixer)", "(peer volunteer)", "(kontaktperson)", "(støttekontakt)",
         "(boendestödjare)", "(miljøterapeut)", "(ohjaaja)", "(vertaistukija)",
         "(secretary)"]  # fmt: skip
GREETINGS = {
    "en": ["Dear", "Hello", "Hi"],
    "da": ["Kære", "Hej"],
    "sv": ["Hej", "Kära"],
    "no": ["Kjære", "Hei"],
    "fi": ["Hei", "Hyvä", "Moi"],
}
GREETINGS_ALL = {"en": "Dear all,", "da": "Kære alle,", "sv": "Hej allihopa,", "no": "Hei alle,",
                 "fi": "Hei kaikki,"}  # fmt: skip
SIGN_OFFS = {
    "en": ["Best wishes,", "See you at the bench,", "Thanks again,", "Warmly,"],
    "da": ["Venlig hilsen", "Mange hilsner", "Vi ses ved bordet,"],
    "sv": ["Vänliga hälsningar", "Hälsningar", "Vi ses i verkstan,"],
    "no": ["Vennlig hilsen", "Hilsen", "Sees på torsdag,"],
    "fi": ["Ystävällisin terveisin", "Terveisin", "Nähdään pajalla,"],
}
HEADERS = {
    "en": ["From:", "Sent by:", "Written by:"],
    "da": ["Fra:", "Afsender:"],
    "sv": ["Från:", "Avsändare:"],
    "no": ["Fra:", "Avsender:"],
    "fi": ["Lähettäjä:", "Kirjoittaja:"],
}

# label lines: (label, slot, language of the slot)
LABELS = [
    ("Member:", "N", "en"), ("Owner:", "N", "en"), ("Fixer on duty:", "N", "en"),
    ("Medlem:", "N", "da"), ("Ejer:", "N", "da"), ("Ägare:", "N", "sv"),
    ("Deltagare:", "N", "sv"), ("Eier:", "N", "no"), ("Omistaja:", "N", "fi"),
    ("Kontaktperson:", "N", "da"), ("Yhteyshenkilö:", "N", "fi"),
    ("Phone:", "P", "en"), ("Mobil:", "P", "da"), ("Telefon:", "P", "sv"),
    ("Puhelin:", "P", "fi"), ("Tlf.:", "P", "no"),
    ("CPR:", "I", "da"), ("Personnr:", "I", "sv"), ("Fødselsnr.:", "I", "no"),
    ("Hetu:", "I", "fi"), ("ID number:", "I", "en"),
    ("Email:", "E", "en"), ("E-mail:", "E", "da"), ("E-post:", "E", "no"),
    ("Sähköposti:", "E", "fi"), ("Address:", "A", "en"), ("Adresse:", "A", "da"),
    ("Adress:", "A", "sv"), ("Osoite:", "A", "fi"),
    ("Brought in:", "D", "en"), ("Indleveret:", "D", "da"), ("Inlämnad:", "D", "sv"),
    ("Levert:", "D", "no"), ("Tuotu:", "D", "fi"), ("Collected:", "D", "en"),
    ("Booking link:", "U", "en"), ("Kommune:", "T", "da"), ("Kommun:", "T", "sv"),
    ("Kunta:", "T", "fi"),
]  # fmt: skip

# running frames with identifiers: (language, text); {N} a name, {N:case} a name with a glued
# ending, {P} phone, {E} e-mail, {U} link, {D} date, {A} address, {T} town, {I} identity number
FRAMES = [
    ("en", "{N} brought in a lamp that flickered whenever the door closed."),
    ("en", "The toaster belonged to {N}, who had carried it across town on the bus."),
    ("en", "Later {N} sat with the newcomers and explained how the queue works."),
    ("en", "According to {N}, the sewing machine had not worked since the move."),
    ("en", "We waited while {N} tested the kettle with a meter."),
    ("en", "It was {N} who spotted the loose wire in the plug."),
    ("en", "Her support worker, {N}, stayed for the whole evening."),
    ("en", "The peer volunteer ({N}) kept the list of who was waiting."),
    ("en", "Thanks to {N}, the bike went home with working brakes."),
    ("en", "Without {N} nobody would have found the spare fuse."),
    ("en", "New faces at the bench tonight: {N} and {N}."),
    ("en", "{N} and {N} shared the soldering iron without a single word."),
    ("en", "I asked {N} whether the radio had been dropped."),
    ("en", "The coordinator phoned {N} to say the vacuum cleaner was ready."),
    ("en", "When the chair wobbled again, {N} laughed and fetched the clamps."),
    ("en", "A jacket with a broken zip came from {N}'s neighbour."),
    ("en", "Drove out with {N} to collect a donated workbench."),
    ("en", "{N} says she feels useful here, more than anywhere else this year."),
    ("en", "The member who mended the curtain, {N}, asked to come again."),
    ("en", "Ask {N} about the drill bits, he knows where they are kept."),
    ("en", "The next open evening is {D}."),
    ("en", "The radio was collected on {D}, two weeks after it came in."),
    ("en", "We agreed to meet again on {D} at the usual place."),
    ("en", "She first came to the café on {D} and has not missed one since."),
    ("en", "The tool library opens on {D}, if the keys are found."),
    ("en", "Her new number is {P}, she asked us to write it down."),
    ("en", "Text {P} if the bike is ready before the weekend."),
    ("en", "The hardware volunteer can be reached on {P}."),
    ("en", "A neighbour rang from {P} to ask about the lawnmower."),
    ("en", "Updates go to {E} from now on."),
    ("en", "He wrote to {E} asking for a spare part list."),
    ("en", "Send the photos of the lamp to {E}, please."),
    ("en", "The sign-up sheet is at {U} for anyone with a phone."),
    ("en", "A video of the fix is at {U} now."),
    ("en", "The donated sofa can be picked up at {A}."),
    ("en", "The workshop moves to {A} while the basement is painted."),
    ("en", "She lives at {A} and can walk over."),
    ("en", "The group from {T} came by car to see how we do it."),
    ("en", "A second café is starting in {T} next spring."),
    ("en", "His card says {I}, and the office needs it for the insurance."),
    ("en", "On the form he wrote {I} where the number goes."),
    ("en", "On the chair's tag someone had written {N:gen} stol."),
    ("en", "The label on the bag read {N:gen} cykel, so we knew whose it was."),
    ("en", "In the Finnish group someone said: annoin lampun {N:fi-all}."),
    ("en", "The Finnish note read: sain laturin {N:fi-abl} lainaksi."),
    ("en", "The sticker said {N:fi-gen} pyörä in felt pen."),
    ("da", "{N} kom med en lampe, der blinkede."),
    ("da", "Vi fik en kaffemaskine fra {N} i dag."),
    ("da", "{N:gen} brødrister virker igen."),
    ("da", "Jeg lånte {N:gen} loddekolbe til ledningen."),
    ("da", "Næste reparationsaften er {D}."),
    ("da", "Ring til {P}, hvis cyklen er klar."),
    ("da", "Skriv til {E} med billeder af skaden."),
    ("da", "Værkstedet ligger nu på {A}."),
    ("da", "Holdet fra {T} kommer på besøg."),
    ("da", "{N} og {N} syede gardinet færdigt sammen."),
    ("sv", "{N} tog med sig en brödrost som slutat fungera."),
    ("sv", "Vi lagade {N:gen} cykel i kväll."),
    ("sv", "{N:gen} lampa står kvar på hyllan."),
    ("sv", "Nästa lagningskväll är {D}."),
    ("sv", "Ring {P} om symaskinen."),
    ("sv", "Skicka frågor till {E}."),
    ("sv", "Verkstaden finns på {A} i vinter."),
    ("sv", "Gruppen från {T} hälsade på."),
    ("sv", "Tack till {N} som lånade ut sin borrmaskin."),
    ("no", "{N} kom med en radio som knitret."),
    ("no", "Vi reparerte {N:gen} sykkel i kveld."),
    ("no", "{N:gen} jakke fikk ny glidelås."),
    ("no", "Neste reparasjonskveld er {D}."),
    ("no", "Send en melding til {P} når lampen er klar."),
    ("no", "Spørsmål kan sendes til {E}."),
    ("no", "Verkstedet holder til i {A} nå."),
    ("no", "Noen fra {T} vil starte en egen kafé."),
    ("fi", "{N} toi lampun, joka välkkyi."),
    ("fi", "Annoin vasaran {N:fi-all} ja lähdin kotiin."),
    ("fi", "Sain jatkojohdon {N:fi-abl} lainaksi."),
    ("fi", "{N:fi-gen} polkupyörä korjattiin tänään."),
    ("fi", "Juttelin {N:fi-com} kanssa pitkään."),
    ("fi", "{N:fi-ade} oli mukana vanha radio."),
    ("fi", "Kuulin {N:fi-ela}, että pyörä on valmis."),
    ("fi", "Lupasin soittaa {N:fi-all} huomenna."),
    ("fi", "Kysyin {N:fi-abl}, missä liima on."),
    ("fi", "Seuraava korjausilta on {D}."),
    ("fi", "Soita numeroon {P}, jos tarvitset apua."),
    ("fi", "Kysymykset voi lähettää osoitteeseen {E}."),
    ("fi", "Paja on nyt osoitteessa {A}."),
    ("fi", "Ryhmä {T:fi-in} aloittaa ensi keväänä."),
    ("fi", "Kävimme {T:fi-in} katsomassa toista pajaa."),
    ("da", "Vi besøgte {T:gen} værksted i sidste måned."),
    ("sv", "{T:gen} lagningskafé har öppet på torsdagar."),
]  # fmt: skip

CARD_LEADS = {
    "en": ["Question on the board: ", "Card pinned up: ", "Someone asked: ", "Written on a card: "],
    "da": ["Spørgsmål på tavlen: "],
    "sv": ["Fråga på tavlan: "],
    "no": ["Spørsmål på tavla: "],
    "fi": ["Kysymys taululla: "],
}
ANSWER_LEADS = {
    "en": ["Answer: ", "Tip: ", "Reply underneath: ", "Suggested: "],
    "da": ["Svar: "],
    "sv": ["Svar: "],
    "no": ["Svar: "],
    "fi": ["Vastaus: "],
}
SAID_LEADS = ["Someone said: ", "A fixer told the table: ", "Overheard at the bench: ",
              "From the round at the end: ", "One member explained: "]  # fmt: skip
OBSERVE_WHO = ["The quiet man with the radio", "Two newcomers", "The oldest member",
               "One of the fixers", "The woman from the housing project", "A young volunteer",
               "The coordinator", "A member who had not spoken before", "The tea volunteer",
               "The man with the bike"]  # fmt: skip
OBSERVE_DID = ["stayed by the electrics table", "helped carry the tools down",
               "watched without touching anything", "asked for a second look",
               "took notes on a napkin", "kept the queue moving", "made coffee for everyone",
               "sorted the screws into jars", "tested every plug twice",
               "went out for some air"]  # fmt: skip
OBSERVE_WHEN = ["early in the evening", "after the first round", "during the break",
                "near the end", "while the group talked", "before anyone else arrived",
                "once the room filled up", "as the tables were cleared"]  # fmt: skip
OBSERVE_AFTER = ["and nobody commented", "which set the tone", "and the mood lifted",
                 "and others joined in", "without being asked", "and then left early"]  # fmt: skip
