"""Layouts, labels and frames of held-out AA (written here).

Slots: {N} a person named as notes name them (full, given or family name), {Ng} the same with
an ending glued on (Swedish genitive, English "s" without apostrophe), {P} phone number,
{I} identity number, {A} address, {E} e-mail address, {U} link, {D} date, {T} registered town.
No frame, label or title holds a day/month shape or a registered name.
"""

from __future__ import annotations

TITLES = {
    "sv": {
        "interview": "Samtalsanteckningar",
        "observation": "Observationslogg",
        "diary": "Forskardagbok",
        "email": "Vidarebefordrat mejl",
        "sms": "Sms-konversation, kopierad",
        "pasted": "Utdrag ur handling",
        "referral": "Underlag inför överlämning",
    },
    "en": {
        "interview": "Conversation notes",
        "observation": "Observation log",
        "diary": "Researcher's diary",
        "email": "Forwarded e-mail",
        "sms": "Text messages, copied",
        "pasted": "Extract from a document",
        "referral": "Handover sheet",
    },
}
CASE_WORD = {"sv": "dnr", "en": "ref."}
WEEK = {"sv": "vecka", "en": "week"}
PAGE = {"sv": "Sida {a} av {b}", "en": "Page {a} of {b}"}
PRESENT = {"sv": ["Närvarande", "Med vid samtalet", "Deltog"],
           "en": ["Present", "Attending", "Also in the room"]}  # fmt: skip
ROLES = {
    "sv": [
        "tolk",
        "kontaktperson",
        "mamma",
        "pappa",
        "syster",
        "bror",
        "boendestödjare",
        "handläggare",
        "god man",
        "granne",
        "arbetsterapeut",
        "kurator",
        "dotter",
        "son",
    ],
    "en": [
        "interpreter",
        "key worker",
        "mother",
        "father",
        "sister",
        "brother",
        "support worker",
        "caseworker",
        "neighbour",
        "occupational therapist",
        "counsellor",
        "daughter",
        "son",
        "advocate",
    ],
}
SPEAKER_SELF = {"sv": ["Int", "Forskare", "Intervjuare"], "en": ["Int", "Researcher", "R"]}
SPEAKER_OTHER = {"sv": ["Deltagare", "D", "Informant"], "en": ["Participant", "P", "Resp"]}
ME = {"sv": "Jag", "en": "Me"}
EMAIL_HEAD = {
    "sv": {"from": "Från", "to": "Till", "sent": "Skickat", "subject": "Ämne"},
    "en": {"from": "From", "to": "To", "sent": "Sent", "subject": "Subject"},
}
SUBJECTS = {
    "sv": [
        "Re: uppföljning",
        "Angående nästa träff",
        "Fwd: frågor från familjen",
        "Re: återkoppling",
        "Bokning av samtal",
        "Sv: papper som saknas",
    ],
    "en": [
        "Re: follow-up",
        "About our next meeting",
        "Fwd: questions from the family",
        "Re: feedback",
        "Booking a call",
        "Re: missing papers",
    ],
}
GREETING = {
    "sv": ["Hej {G},", "Hej {G}!", "Hejsan {G},"],
    "en": ["Hi {G},", "Dear {G},", "Hello {G},"],
}
GREETING_PLAIN = {"sv": ["Hej,", "Hej!"], "en": ["Hi,", "Hello,"]}
SIGN_OFF = {"sv": ["Hälsningar", "Mvh", "Vänliga hälsningar", "Tack på förhand"],
            "en": ["Best wishes", "Kind regards", "Thanks", "All the best"]}  # fmt: skip
SIGN_ROLE = {"sv": ["Kuratorn", "Boendestödet", "Projektgruppen"],
             "en": ["The key worker", "Support team", "The project team"]}  # fmt: skip
PHONE_CUE = {"sv": ["Tel.", "Mobil:", "Nås på"], "en": ["Tel.", "Mobile:", "Call"]}
FORM_LABELS = {
    "sv": {"name": "Namn", "id": "Personnummer", "address": "Adress", "phone": "Telefon",
           "email": "E-post", "relative": "Anhörig", "town": "Kommun", "date": "Datum",
           "note": "Bedömning", "next": "Planerat"},
    "en": {"name": "Name", "id": "ID number", "address": "Address", "phone": "Phone",
           "email": "E-mail", "relative": "Next of kin", "town": "Council", "date": "Date",
           "note": "Assessment", "next": "Planned"},
}  # fmt: skip
BULLET = "* "
SMS_TAIL = {"sv": "slut på tråden", "en": "end of thread"}

NAME_FRAMES = {
    "sv": [
        "Hon berättade att {N} hade hört av sig igen.",
        "Vi pratade länge om {N} och hur det har gått på jobbet.",
        "Det var {N} som ringde och bokade om tiden.",
        "Enligt {N} har hyran inte betalats sedan i vintras.",
        "Han vill inte att {N} ska få veta något om samtalet.",
        "Hennes kontaktperson, {N}, var också med en stund.",
        "Till mötet kom {N}, {N} och en tolk.",
        "Sonen bor numera hos {N} på helgerna.",
        "Jag ringde {N} efteråt för att stämma av.",
        "{N} har lovat att hjälpa till med flytten.",
        "Barnens skola hade kontaktat {N} om frånvaron.",
        "Det var svårt att prata när {N} satt bredvid.",
        "Hon nämnde {N} flera gånger men ville inte säga mer.",
        "Mellan {N} och grannen har det varit bråk sedan i höstas.",
        "Vi kom överens om att {N} skickar papperen.",
        "{Ng} mamma har varit sjuk länge.",
        "Han sa att {Ng} bil står på gården sedan olyckan.",
        "Frågan om {Ng} ekonomi togs upp i slutet.",
        "Vi har inte fått tag på {N} sedan förra veckan.",
        "Hon frågade om {N} fick vara med nästa gång.",
        "Handläggaren, {N}, hade redan skrivit beslutet.",
        "Utan {N} hade det inte gått, sa hon.",
        "Efter samtalet med {N} kändes det lättare.",
        "Han och {N} har känt varandra sedan gymnasiet.",
        "{N} och {N} skulle komma men hörde aldrig av sig.",
        "Det är {Ng} lägenhet de bor i just nu.",
        "Dottern har flyttat ihop med {N}.",
        "Jag lämnade ett meddelande till {N} på telefonsvararen.",
    ],
    "en": [
        "She said {N} had been in touch again.",
        "We talked for a while about {N} and how work is going.",
        "It was {N} who rang to move the appointment.",
        "According to {N}, the rent has not been paid since the winter.",
        "He does not want {N} to know anything about the visit.",
        "Her key worker, {N}, joined us for a while.",
        "At the meeting were {N}, {N} and an interpreter.",
        "The boy now stays with {N} at weekends.",
        "I called {N} afterwards to check.",
        "{N} has promised to help with the move.",
        "The school had contacted {N} about the absences.",
        "It was hard to talk with {N} sitting next to her.",
        "She mentioned {N} several times but would say no more.",
        "Between {N} and the neighbour there has been trouble since the autumn.",
        "We agreed that {N} will send the papers.",
        "{Ng} mother has been ill for a long time.",
        "He said {Ng} car has been in the yard since the accident.",
        "The question of {Ng} money came up at the end.",
        "We have not reached {N} since last week.",
        "She asked whether {N} could come next time.",
        "The caseworker, {N}, had already written the decision.",
        "Without {N} it would not have worked, she said.",
        "After talking to {N} things felt easier.",
        "He and {N} have known each other since school.",
        "{N} and {N} were meant to come but never turned up.",
        "It is {Ng} flat they are living in at the moment.",
        "Her daughter has moved in with {N}.",
        "I left a message for {N} on the answerphone.",
    ],
}
OTHER_FRAMES = {
    "sv": {
        "phone": [
            "Hon bad mig ringa på {P} i stället.",
            "Nytt nummer till honom: {P}.",
            "Han ringde från {P}, som jag inte kände igen.",
            "Om något händer kan familjen nås på {P}.",
        ],
        "personnummer": [
            "Personnumret {I} stod fel i ansökan.",
            "Hon läste upp sitt personnummer, {I}, för handläggaren.",
            "Barnets nummer {I} saknades i registret.",
        ],
        "address": [
            "De har flyttat till {A}.",
            "Brevet gick till {A} men kom tillbaka.",
            "Hon bor kvar på {A} tills vidare.",
        ],
        "email": [
            "Skicka kopian till {E}, sa han.",
            "Hon har bytt mejl till {E}.",
            "Svaret kom från {E} sent på kvällen.",
        ],
        "url": [
            "Han hade lagt upp allt på {U}.",
            "Länken hon skickade var {U}.",
            "Insamlingen finns på {U}.",
        ],
        "date": [
            "Nästa träff blir {D}.",
            "Hon flyttade in {D}.",
            "Beslutet kom {D}, alldeles för sent.",
            "Vi bokade ett nytt samtal till {D}.",
        ],
        "place": [
            "Familjen kom till {T} för tre år sedan.",
            "Hon pendlar till {T} varje dag.",
            "Han vill flytta tillbaka till {T}.",
            "Mötet hölls i {T} i år.",
        ],
    },
    "en": {
        "phone": [
            "She asked me to ring {P} instead.",
            "New number for him: {P}.",
            "He called from {P}, which I did not recognise.",
            "If anything happens the family can be reached on {P}.",
        ],
        "personnummer": [
            "The ID number {I} was wrong on the form.",
            "She read out her number, {I}, to the caseworker.",
            "The child's number {I} was missing from the register.",
        ],
        "address": [
            "They have moved to {A}.",
            "The letter went to {A} but came back.",
            "She is staying at {A} for now.",
        ],
        "email": [
            "Send the copy to {E}, he said.",
            "She has a new address, {E}.",
            "The reply came from {E} late in the evening.",
        ],
        "url": [
            "He had put everything on {U}.",
            "The link she sent was {U}.",
            "The fundraiser is at {U}.",
        ],
        "date": [
            "Our next meeting is on {D}.",
            "She moved in on {D}.",
            "The decision came on {D}, far too late.",
            "We booked another talk for {D}.",
        ],
        "place": [
            "The family came to {T} three years ago.",
            "She commutes to {T} every day.",
            "He wants to move back to {T}.",
            "The meeting was held in {T} this year.",
        ],
    },
}
PROMPTS = {
    "sv": [
        "Hur menar du?",
        "Berätta mer.",
        "Och sedan?",
        "Hur kändes det?",
        "Vad hände då?",
        "Vem hjälper dig nu?",
        "Hur ser en vanlig dag ut?",
        "Har du pratat med någon?",
        "Vad tänker du om det?",
        "Hur går det med skolan?",
        "Och ekonomin?",
        "Hur sover du?",
        "Vad vill du ska hända?",
        "Hur var det förut?",
    ],
    "en": [
        "What do you mean?",
        "Tell me more.",
        "And then?",
        "How did that feel?",
        "What happened next?",
        "Who helps you now?",
        "What is a normal day like?",
        "Have you talked to anyone?",
        "What do you think about that?",
        "And money?",
        "How are you sleeping?",
        "What would you like to happen?",
        "How was it before?",
    ],
}
