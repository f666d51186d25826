"""Held-out AE's layouts, frames, labels, streets and towns, written here. Slots: {N} a person,
{N2} a second person, {Ng} a person with a genitive ("Mettes" glued, or "Mette's"), {D} a date,
{P} a phone number, {T} a registered town, {A} an address, {E} an e-mail address, {U} a link,
{C} an identity number. No heading, code or reference has a day/month shape."""

from __future__ import annotations

TITLES = {
    "en": {
        "ticket": "Helpdesk ticket – case",
        "minutes": "Minutes of the staff meeting –",
        "interview": "Teacher interview –",
        "chat": "Chat export – #",
        "email": "Forwarded message",
        "sheet": "Kontaktskema (contact sheet) –",
        "diary": "Field diary –",
    }
}
CHANNELS = ["it-help", "laptops", "teachers-lounge", "printing", "tablets-pilot", "wifi"]
SUBJECTS = ["Re: visit", "Fwd: laptops for class", "Re: passwords", "Re: printer in room",
            "Fwd: parents evening", "Re: login cards", "Re: tablets pilot",
            "Re: wifi in hall"]  # fmt: skip
ROLES = ["maths", "Danish", "IT coordinator", "head of school", "science", "music", "caretaker",
         "librarian", "class teacher", "deputy head", "parents' rep", "school nurse"]  # fmt: skip
TEAMS = ["IT team", "School office", "Helpdesk", "Research team", "Library"]
GREETINGS_NAMED = ["Hi {G},", "Dear {G},", "Hello {G},", "Kære {G},", "Hej {G},"]
GREETINGS_PLAIN = ["Hi all,", "Hello everyone,", "Dear colleagues,", "Hej alle,"]
SIGNOFFS = ["Best wishes,", "Thanks,", "Kind regards,", "Venlig hilsen", "Mvh.", "Cheers,"]
PROMPTS = ["How is the wifi now?", "Who resets passwords?", "What breaks most often?",
           "Do the pupils share laptops?", "Who do you call first?", "How do parents reach you?",
           "Is the printer better?", "What about the tablets?", "How long do repairs take?",
           "Who trained you?", "Do you use the handbook?", "What would you change?",
           "How are logins handled?", "And the older pupils?", "Any trouble with updates?",
           "Who orders new machines?", "And at home?", "Why that one?", "Since when?",
           "Who pays for it?", "Is that written down?", "Did it get better?", "And the parents?",
           "What happened next?", "Who noticed first?", "How many laptops?", "And the wifi?",
           "Does the caretaker help?", "Which room is worst?", "What do pupils say?",
           "Is there a backup?", "Who has the keys?", "What did you try?", "How often?",
           "Was anyone told?", "Do you keep a list?", "Can you show me?", "And the printer?",
           "Who decides that?", "What about exams?", "Is it the same now?", "Any examples?",
           "How did you learn that?", "What takes longest?", "Was it your idea?",
           "Who else knows?", "And the new staff?", "How do you log in?", "What is missing?",
           "Does it cost much?", "What do you tell them?", "Is that common?",
           "Would you go back?", "How do you report it?", "Where is it kept?",
           "What would help most?"]  # fmt: skip
INTERVIEWER = ["Q:", "Interviewer:", "INT:", "Q."]
ANSWER = ["A:", "T:", "Answer:"]
DANISH_HEAD = ["From the IT handbook (da):", "Pasted from the handbook:", "Håndbogen siger:"]
DANISH_TAIL = ["(end of excerpt)", "(excerpt ends)", "(slut på uddrag)"]
ITEMS = ["Laptops", "Wifi", "Printing", "Passwords", "Tablets pilot", "Budget", "Parents",
         "Exams", "Training", "Server room"]  # fmt: skip
ACTIONS = [
    "to check the chargers",
    "will ask the supplier",
    "to write to the parents",
    "follows up",
    "to count the tablets",
    "books the room",
    "to test the new logins",
    "will call the municipality",
    "to update the list",
    "to find the old cables",
]
ACTORS = ["everyone", "the IT team", "the office", "both class teachers", "the head"]
STATUS = ["[closed]", "[waiting for parts]", "[open]", "[resolved]"]

# Frames of running sentences by the kind of their first slot
FRAMES = {
    "name": [
        "We talked to {N} about the shared drive.",
        "{N} said the projector in the hall had been fixed.",
        "The IT coordinator, {N}, had already reset the passwords.",
        "{Ng} laptop would not start after the update.",
        "{N} and {N2} share the key to the server room.",
        "Ask {N} if the login cards have arrived.",
        "According to {N}, the pupils find the new system slow.",
        "I met {N} by the photocopier before the first lesson.",
        "The form was signed by {N} and sent back the same day.",
        "Our contact at the municipality is {N}.",
        "The class teacher ({N}) wanted a printed copy.",
        "Thanks to {N} for the extension leads.",
        "She forwarded the complaint to {N} and {N2}.",
        "Parents' rep {N} asked about screen time again.",
        "The caretaker, {N}, keeps the spare keys in a drawer.",
        "{Ng} class tested the new tablets first.",
        "Nobody had told {N} that the room was booked.",
        "I asked {N} whether the pupils may bring their own phones.",
        "Later {N} showed me the list of broken chargers.",
        "The new teacher, {N}, has never used the system before.",
        "We waited for {N}, who was still teaching.",
        "A mother, {N}, rang the office about her son's account.",
        "{N} thinks the budget will not cover new screens.",
        "The trainer from the municipality, {N}, ran the course.",
        "It was {N} who found the cable behind the radiator.",
        "Everything goes through {N} now, which slows things down.",
        "I will send the notes to {N} tonight.",
        "{Ng} husband fixed the router over the weekend.",
        "Both {N} and {N2} want the old printers kept.",
        "The deputy head, {N}, wants a plan before the holidays.",
        "He said {N} had promised to look at it.",
        "After lunch {N} took me round the computer room.",
        "The pupils call {N} when their screens freeze.",
        "Apparently {Ng} password expired in the middle of a test.",
        "The librarian ({N}) lends out chargers to pupils.",
        "I sat in on a lesson with {N} in the science room.",
        "{Ng} pupils were the first to get the new logins.",
        "We borrowed {Ng} charger for the rest of the day.",
        "The printer in {Ng} room jams every morning.",
        "Nobody could open {Ng} files after the move.",
        "I copied the timetable from {Ng} notes.",
        "{Ng} son had lost his tablet on the bus.",
        "The code for {Ng} locker is written on the wall.",
        "We used {Ng} classroom because ours was too cold.",
    ],
    "date": [
        "The next visit is on {D}.",
        "The laptops go back to the supplier on {D}.",
        "The update was rolled out on {D} without warning.",
        "The meeting was moved to {D}.",
        "Term reports are due {D}.",
        "Passwords expire on {D} for every pupil.",
        "The wifi was down from {D} until the engineer came.",
        "Training for new staff is planned for {D}.",
        "The tablets arrived {D}, two weeks late.",
        "Since {D} the printers have worked.",
    ],
    "phone": [
        "Call the caretaker on {P} if the alarm goes off.",
        "The helpdesk number is {P}.",
        "Her mobile is {P}, but she rarely answers.",
        "He left {P} as the number to text.",
        "The supplier can be reached on {P} in the mornings.",
        "If nobody answers, try {P} instead.",
        "She gave me {P} and asked me not to share it.",
        "The parents' rep wrote {P} on the whiteboard.",
    ],
    "place": [
        "The school in {T} uses the same setup.",
        "She drives in from {T} every morning.",
        "The course was held in {T} last year.",
        "Their old school in {T} had no wifi at all.",
        "The supplier's workshop is in {T}.",
        "Half the staff live near {T}.",
        "Pupils from {T} come by bus.",
        "The conference in {T} was about school networks.",
    ],
    "address": [
        "The pupil lives at {A}.",
        "Deliveries go to {A}.",
        "The broken laptops were sent to {A}.",
        "The family moved to {A} in the spring.",
        "Letters for the parents' board go to {A}.",
        "The after-school club meets at {A}.",
    ],
    "email": [
        "Send the list to {E} before noon.",
        "Questions go to {E}.",
        "She wrote from {E}, not from her school address.",
        "The password reset mail came from {E}.",
        "Parents can write to {E}.",
        "The invoice was sent to {E} by mistake.",
    ],
    "url": [
        "The timetable is at {U}.",
        "Pupils hand in their work on {U}.",
        "The booking page is {U}.",
        "Instructions are on {U}, if anyone reads them.",
        "The form for broken devices is at {U}.",
        "He showed me {U} on his phone.",
    ],
    "personnummer": [
        "The pupil's CPR number, {C}, was on the old form.",
        "Her ID number {C} was typed into the wrong field.",
        "The record still shows {C} as his number.",
        "The card reader printed {C} on the slip.",
        "A letter with the number {C} was left in the printer.",
        "The personal number {C} belongs to a pupil who left.",
    ],
}
DANISH_FRAMES = {
    "name": ["Ring til {N} efter skoletid.", "Aftalt med {N} at eleven får ny kode.",
             "{N} henter computeren på kontoret.", "Mor ({N}) ønsker kun kontakt på mail."],
    "date": ["Næste møde er {D}.", "Computeren skal afleveres {D}."],
    "phone": ["Far kan træffes på {P}.", "Ring på {P} ved sygdom."],
}  # fmt: skip
CLOCK = ["07:55", "08:10", "08:40", "09:15", "09:40", "10:05", "10:30", "11:20", "12:45",
         "13:10", "13:50", "14:25", "15:00", "15:40"]  # fmt: skip

DA_STREETS = ["Rønnebærvej", "Hybenhaven", "Tjørnebakken", "Kløvermarken", "Syrenvej",
              "Poppelallé", "Mosebuen", "Kildebakken", "Hasselvænget", "Tranehaven", "Vibevej",
              "Ærenprisvej", "Skovmærkevej", "Hvedemarken", "Klinteager"]  # fmt: skip
DA_POST = ["2610 Rødovre", "4000 Roskilde", "8600 Silkeborg", "5700 Svendborg",
           "6100 Haderslev", "8800 Viborg", "3400 Hillerød", "4200 Slagelse", "4700 Næstved",
           "9900 Frederikshavn", "7400 Herning", "2300 København S", "8200 Aarhus N"]  # fmt: skip
SV_STREETS = ["Blåbärsstigen", "Hallonvägen", "Granbacken", "Ekorrstigen"]
SV_POST = ["417 29 Göteborg", "752 36 Uppsala", "214 45 Malmö"]
NO_STREETS = ["Tyttebærveien", "Multeveien", "Einerbakken", "Rognlia"]
NO_POST = ["5067 Bergen", "7030 Trondheim", "0678 Oslo"]
FI_STREETS = ["Mustikkapolku", "Puolukkatie", "Kanervakuja", "Pihlajapolku"]
FI_POST = ["00930 Helsinki", "33720 Tampere", "20610 Turku"]
EN_STREETS = ["Hawthorn Road", "Elmfield Avenue", "Quarry Lane", "Bramble Close"]
EN_POST = ["Leeds LS6 2AB", "York YO10 5DD", "Bristol BS7 8PL"]
DOMAINS = ["skole.example.dk", "example.com", "mail.example.org", "kommune.example.dk",
           "example.net"]  # fmt: skip
URLS = ["https://intra.example.dk/klasse/{c}/opgaver", "https://booking.example.org/rum/{c}",
        "www.example.dk/skema/{c}", "https://example.com/help/laptops-{c}",
        "https://forms.example.net/broken/{c}"]  # fmt: skip

# Registered towns (places)
TOWNS = ["Roskilde", "Holbæk", "Silkeborg", "Viborg", "Haderslev", "Svendborg", "Næstved",
         "Slagelse", "Hillerød", "Frederikshavn", "Ringkøbing", "Vejle"]  # fmt: skip

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december"],
}  # fmt: skip
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
}
