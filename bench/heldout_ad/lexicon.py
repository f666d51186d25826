"""Held-out AD's own words: layouts' titles, labels, prompts, frames with slots, streets and
towns. Written for this set.

Slots in frames: {N} a name, {N2} a second name, {G} a name with a glued genitive "s",
{P} a phone number, {E} an e-mail address, {U} a link, {A} an address, {I} an identity number,
{D} a date, {T} a registered town."""

from __future__ import annotations

TITLES = {
    "en": {
        "interview": "Interview transcript",
        "fieldlog": "Field observation log",
        "diary": "Researcher's diary",
        "email": "Forwarded e-mail",
        "sms": "Text messages copied from a participant's phone",
        "letter": "Letter received, typed up by the team",
        "sheet": "Stamoplysninger (registration sheet)",
    }
}

PROMPTS = [
    "How did the business start?",
    "Who helps you most?",
    "What happened after that?",
    "How are sales now?",
    "Can you say more about that?",
    "Who keeps the accounts?",
    "How do you find customers?",
    "What worries you most?",
    "And the family?",
    "How was the winter?",
    "What would you change?",
    "Did anyone advise you?",
    "How do you split the work?",
    "What did the bank say?",
    "Where do you sell?",
    "And your health?",
    "Is that still the plan?",
    "What was hardest?",
    "How long did that take?",
    "Tell me about a normal day.",
    "Why then?",
    "Who did you ask first?",
    "What about the prices?",
    "Has that changed since?",
    "How did the family react?",
    "Was it worth it?",
    "What do the customers say?",
    "Any help from the council?",
    "How many hours a week?",
    "What about holidays?",
    "Who else works there?",
    "And the competition?",
    "Do you advertise?",
    "How did you learn that?",
    "What went wrong?",
    "What went well?",
    "Would you do it again?",
    "How do you relax?",
    "What does your partner think?",
    "Where do the supplies come from?",
    "How do you set prices?",
    "Did you borrow money?",
    "What about the paperwork?",
    "Is it a family business?",
    "What comes next?",
    "Any plans to hire?",
    "How is the cash flow?",
    "What would help most?",
]
INTERVIEWER = ["I:", "Interviewer:", "Q:", "INT:"]
ANSWERER = ["R:", "A:", "Resp.:"]
OTHER_SIDE = ["Me", "Mum", "Dad", "Office", "Us"]
RELATIONS_DA = ["mor", "far", "søster", "bror", "datter", "søn", "ægtefælle", "nabo", "kollega"]
ROLES = ["interviewer", "note taker", "interpreter", "partner", "daughter", "son", "neighbour",
         "accountant", "business adviser", "mentor"]  # fmt: skip
TEAMS = ["The study office", "Fieldwork team", "Project secretariat", "Research team"]
GREETINGS = ["Hello all,", "Hi everyone,", "Dear team,", "Good morning,"]
SIGNOFFS = ["Kind regards,", "Best wishes,", "Thanks,", "All the best,", "Regards,"]
ENDINGS = {
    "sms": "(end of copied messages)",
    "letter": "[end of letter]",
}
SHEET_LABELS = {
    "name": "Navn:",
    "id": "CPR-nr.:",
    "address": "Adresse:",
    "phone": "Tlf.:",
    "email": "E-mail:",
    "kin": "Pårørende:",
    "place": "Kommune:",
    "date": "Dato:",
}
SHEET_SECTIONS = ["Noter:", "Vurdering:", "Næste skridt:"]

FRAMES = {
    "name": [
        "{N} said the bank had asked for more paperwork.",
        "We talked to {N} about the new premises.",
        "The accountant, {N}, had already filed the return.",
        "According to {N}, orders doubled after the fair.",
        "Her brother {N} helps out at weekends.",
        "I met {N} and {N2} at the workshop.",
        "Later {N} phoned to move the meeting.",
        "The firm is registered to {N}, not to her.",
        "We were introduced to {N} by the landlord.",
        "Ask {N} whether the invoices went out.",
        "Both {N} and her partner work in the shop.",
        "The supplier, {N}, has not been paid for months.",
        "Without {N} the stall would have closed.",
        "{N} now runs the deliveries on his own.",
        "They took on {N} as an apprentice.",
        "Thanks to {N}, the loan application went through.",
        "Her mentor was {N}, a retired baker.",
        "Spoke briefly with {N} on the phone.",
        "The neighbour {N} complained about the noise again.",
        "We will visit {N} again after the summer.",
        "She named {N} as the person to contact.",
        "{N} and {N2} share the rent of the workshop.",
        "Message left for {N}, no answer yet.",
        "The van belongs to {N}, who lends it to them.",
        "He still owes {N} money from the first year.",
        "In the end {N} signed the lease.",
        "Customers ask for {N} by name.",
        "We waited for {N}, who came late from the market.",
        "The children, {N} and {N2}, were doing homework.",
        "Consent form signed by {N}.",
        "{N} thinks the shop should open on sundays.",
        "The ledger is kept by {N}.",
        "Next time we should bring {N} along.",
        "She asked whether {N} could join the interview.",
        "It was {N} who found the cheaper supplier.",
        "Met {N} outside the bakery by chance.",
    ],
    "genitive": [
        "We sat in {G} kitchen for most of the visit.",
        "The shop is still in {G} name.",
        "{G} daughter translated for us.",
        "{G} husband keeps the books.",
        "The stall is next to {G} old spot.",
        "Everything went through {G} account.",
        "The loan is in {G} mother's name.",
        "We looked at {G} plans for the new kitchen.",
    ],
    "phone": [
        "Her number is {P}.",
        "Call {P} after five.",
        "The shop line ({P}) is rarely answered.",
        "He gave {P} as his work number.",
        "Best reached on {P} in the mornings.",
        "The supplier can be called on {P}.",
        "She texted from a new number, {P}.",
        "If no answer, try {P} instead.",
    ],
    "email": [
        "Her e-mail is {E}.",
        "Send the forms to {E} please.",
        "He writes from {E} now.",
        "The invoices come from {E}.",
        "Copy {E} into the next reply.",
        "The order went to {E} by mistake.",
    ],
    "url": [
        "The shop's page is {U}.",
        "She sells most things through {U}.",
        "The menu is at {U}.",
        "He showed us {U} on his phone.",
        "Reviews are collected on {U}.",
    ],
    "address": [
        "They moved to {A} in the spring.",
        "The workshop is at {A}.",
        "Post now goes to {A}.",
        "We met at her flat, {A}.",
        "The new shop will be at {A}.",
        "He rents a garage at {A} for the stock.",
    ],
    "personnummer": [
        "Her personal number, {I}, was on the form.",
        "His identity number is {I}.",
        "The tax card shows {I}.",
        "The number {I} was written on the back of the letter.",
        "The registration used {I} as her number.",
    ],
    "date": [
        "The shop opened on {D}.",
        "We meet again on {D}.",
        "The loan was approved on {D}.",
        "The stall has been closed since {D}.",
        "Her appointment at the bank is on {D}.",
        "The lease runs out on {D}.",
        "He started the course on {D}.",
        "Next visit planned for {D}.",
        "The fair is on {D} this year.",
        "Payment was due on {D} and came late.",
    ],
    "place": [
        "They came from {T} last year.",
        "The market in {T} is their best one.",
        "She drives to {T} twice a week.",
        "His parents still live in {T}.",
        "The wholesaler in {T} closed down.",
        "They sell at the harbour in {T}.",
    ],
}

# Phone frames that cue the number with a label ("cue") and SMS-style lines.
PHONE_CUES = ["Mobile: {P}", "Tel. {P}", "Phone {P}", "Work: {P}"]
SMS_FRAMES = {
    "phone": ["Call me on {P} when you can.", "New number is {P}.", "Try {P} if I don't pick up."],
    "address": ["I'm at {A} now.", "Come to {A} after work."],
    "date": ["See you on {D} then.", "Meeting moved to {D}."],
    "name": ["Is {N} coming too?", "Tell {N} I said thanks.", "{N} has the keys."],
    "place": ["On my way to {T} now.", "Stuck in traffic outside {T}."],
    "email": ["Send it to {E} instead."],
    "url": ["Look at {U} for the photos."],
    "personnummer": ["My number for the form is {I}."],
}

STREETS = {
    "dk": ["Hyldebærvej", "Lærkevænget", "Kastanjealle", "Fiskergade", "Bøgevangen",
           "Teglværksgade", "Havrevangen", "Ørnevej", "Slåenbakken", "Tjørnevej",
           "Kirsebærhaven", "Åbjergvej", "Rugmarken", "Pilegårdsvej"],
    "se": ["Lingonvägen", "Skomakargatan", "Tallbacken", "Björkhagsvägen", "Gröna gången"],
    "no": ["Bjørkelia", "Granstubben", "Nedre Bakkevei", "Sjøsideveien"],
    "fi": ["Koivukuja", "Rantapolku", "Pihlajatie", "Myllytie"],
    "gb": ["Orchard Close", "Tanners Row", "Millbrook Road", "Quarry Lane"],
}  # fmt: skip
TOWNS = {
    "dk": ["7400 Herning", "6700 Esbjerg", "8900 Randers", "6000 Kolding", "7100 Vejle",
           "7000 Fredericia", "4200 Slagelse", "4300 Holbæk", "4000 Roskilde", "5000 Odense C",
           "2400 København NV", "8200 Aarhus N"],
    "se": ["722 14 Västerås", "582 22 Linköping", "211 45 Malmö"],
    "no": ["5003 Bergen", "7010 Trondheim", "4006 Stavanger"],
    "fi": ["33100 Tampere", "20100 Turku", "90100 Oulu"],
    "gb": ["York YO1 7HH", "Leeds LS2 8JS", "Hull HU1 3DZ"],
}  # fmt: skip
# Registered towns (places of the registry), written alone in sentences.
REGISTERED_TOWNS = ["Silkeborg", "Holstebro", "Svendborg", "Haderslev", "Næstved",
                    "Frederikshavn", "Hjørring", "Thisted", "Skive", "Viborg", "Kalundborg",
                    "Horsens"]  # fmt: skip

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
MONTHS_DA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december"]  # fmt: skip
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_DA = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
DOMAINS = ["example.dk", "example.com", "example.org", "example.net"]
