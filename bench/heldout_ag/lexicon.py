"""Held-out AG's own layouts, frames, labels, streets and towns (written here)."""

from __future__ import annotations

# A study of allotment gardens and community kitchens in mid-Jutland towns.
TITLES = {
    "walk": "Garden walk – plot round no. ",
    "shift": "Kitchen shift diary, entry ",
    "interview": "Interview transcript ",
    "thread": "Text thread copied from my phone, batch ",
    "minutes": "Minutes of the plot holders' meeting, no. ",
    "card": "Card received, filed as ",
}
TOWNS = ["Skive", "Viborg", "Silkeborg", "Herning", "Ikast", "Holstebro", "Lemvig", "Struer",
         "Thisted", "Hobro", "Brande", "Bjerringbro"]  # fmt: skip
STREETS = {
    "dk": ["Kålhavevej", "Rabarbervej", "Humlebakken", "Pæretræsvej", "Gulerodsstien",
           "Porreløgvej", "Stikkelsbærvej", "Bønnemarken"],
    "se": ["Rabarbergatan", "Potatisvägen", "Kålrotsgatan", "Ärtvägen", "Dillgränd"],
    "gb": ["Allotment Lane", "Beanrow Close", "Cabbage Walk", "Turnip Street"],
    "fi": ["Perunapellontie", "Nauriskuja", "Porkkanatie"],
}  # fmt: skip
POST = {"dk": ["7800", "8800", "8600", "7400", "7430", "7500"], "se": ["722 14", "653 40"],
        "gb": ["LS6 2QT", "M14 5RD"], "fi": ["33100", "40100"]}  # fmt: skip

# Running frames: {N} a person, {G} a person's given name only, {P} phone, {D} date,
# {A} address, {E} e-mail, {U} link, {T} town, {I} identity number.
FRAMES_EN = [
    "I met {N} by the compost bins and we talked about the water tap.",
    "The plot next to the shed belongs to {N}, who grows leeks and beans.",
    "We agreed that {N} would lead the next seed swap.",
    "According to {N}, the kitchen ran out of onions twice this month.",
    "I rang {N} back in the afternoon but nobody answered.",
    "The treasurer, {N}, keeps the key to the tool box.",
    "The caretaker ({N}) fixed the gate again.",
    "Later I sat with {N} and {N} on the bench outside the hut.",
    "She asked me to pass the message on to {N}.",
    "Nobody had seen {N} since the harvest supper.",
    "{N} brought a crate of apples for the soup.",
    "{N} said the slugs were worse than last year.",
    "It was {N} who started the shared lunch in the first place.",
    "My notes from the chat with {N} are short, because it rained.",
    "Her number is {P}, she said, and texts are better than calls.",
    "Call {P} if the water is off again.",
    "He gave me a second number, {P}, for his brother.",
    "The next seed swap is on {D}, in the big shed.",
    "We first met on {D}, at the open day.",
    "The kitchen will be closed from {D} because of the new floor.",
    "She has lived at {A} for eleven years.",
    "The letter went to {A}, which is the old address.",
    "Parcels for the kitchen can go to {A}.",
    "Write to {E} if you want a plot.",
    "He uses {E} for everything to do with the garden.",
    "The rota is online at {U}.",
    "There is a photo album at {U}.",
    "Most of the volunteers come from {T} or nearby.",
    "The bus from {T} takes forty minutes.",
    "She moved here from {T} when the kids were small.",
    "For the insurance form she wrote her number as {I}.",
    "His identity number ({I}) was on the old membership card.",
    "I helped {G} carry the sacks of soil to the car.",
    "{G} laughed and said the leeks are for the soup anyway.",
    "We waited for {G}, who came late with the bread.",
]  # fmt: skip
FRAMES_DA = [
    "Jeg talte med {N} ved drivhuset om vandet.",
    "Haven ved skuret er {N}s, og der gror porrer.",
    "Ring til {P}, hvis der er noget med nøglen.",
    "Næste møde er {D} i fælleshuset.",
    "Hun bor på {A} og har gjort det længe.",
    "Skriv til {E}, hvis du vil have en have.",
    "De fleste kommer fra {T} eller omegnen.",
    "Vi spiste frokost med {N} og hendes søster.",
    "{N} har bagt boller til hele holdet.",
    "Køkkenet holder lukket fra {D}.",
]  # fmt: skip
FRAMES_SV = [
    "Jag pratade med {N} vid komposten.",
    "Ring {P} om vattnet är avstängt igen.",
    "Nästa träff är {D} i stora boden.",
    "Hon bor på {A} sedan många år.",
    "Skicka ett mejl till {E} om du vill ha en lott.",
    "{N} hade med sig en låda äpplen till soppan.",
    "Många kommer från {T} med bussen.",
    "Vi satt med {N} på bänken utanför.",
]  # fmt: skip
LABELS = {
    "name": ["Participant:", "Plot holder:", "Kontaktperson:", "Navn:", "Namn:", "Nimi:"],
    "phone": ["Mobile:", "Tel.:", "Mobil:", "Puhelin:"],
    "date": ["Date:", "Dato:", "Datum:"],
    "address": ["Address:", "Adresse:", "Adress:", "Osoite:"],
    "personnummer": ["Cpr-nr.:", "Personnummer:", "ID no.:", "Henkilötunnus:"],
    "email": ["E-mail:", "E-post:", "Mail:"],
    "url": ["Link:", "Web:"],
    "place": ["Town:", "By:", "Ort:"],
}
SPEAKER_LINES = [
    "I've had this plot since the kids were small.",
    "The water tap by the gate leaks, it always has.",
    "We cook for about forty on a good day.",
    "Nobody wants to do the washing up, that's the truth.",
    "My back is not what it was, so I grow less now.",
    "The soup is the same every week and people like that.",
    "I come for the company more than the vegetables.",
    "The waiting list is long, so you hold on to your plot.",
    "We had a fox in the compost last winter.",
    "The young ones grow flowers, the old ones grow potatoes.",
    "I learnt to cook here, at my age, imagine that.",
    "Some weeks there is more food than people.",
    "The rules about hedges cause most of the trouble.",
    "I bring my grandchildren at the weekend.",
    "It is quiet here, that's what I like.",
    "We argue about the shed, but we always sort it out.",
    "The bread comes from the bakery when they have some left.",
    "I don't like meetings, I like digging.",
    "My neighbour gives me more courgettes than I can eat.",
    "People pay what they can for the lunch.",
    "Vi laver mad til alle, der kommer.",
    "Jeg kommer her hver uge med min nabo.",
    "Det er svært at få en have, ventelisten er lang.",
    "Jag kommer hit varje vecka.",
    "Vi delar på verktygen, det fungerar bra.",
]  # fmt: skip
PROMPTS = ["Interviewer:", "Int:", "Me:", "Q:"]
PROMPT_LINES = ["How long have you had the plot?", "Who does the cooking on a normal day?",
                "What would you change about the garden?", "How did you hear about the kitchen?",
                "What do you grow this year?", "Who do you talk to most here?",
                "What happens when someone breaks the rules?", "Do you come every week?",
                "What was the garden like when you started?", "Who pays for the seeds?",
                "How do the new people fit in?", "What do you do in winter?",
                "Is there anything you miss?", "How is the food decided?",
                "Who keeps the keys?", "What do your family think of it?"]  # fmt: skip
GREETINGS = ["Dear", "Hi", "Hej", "Kære", "Moi"]
SIGN_OFFS = ["Kind regards,", "Venlig hilsen", "Mvh.", "Hälsningar", "Terveisin", "Love,"]
PASTE_HEAD = {
    "da": ["Fra opslagstavlen (da):", "From the notice board (da):"],
    "sv": ["Inklistrat (sv):", "Copied from the leaflet (sv):"],
    "fi": ["Liitetty (fi):", "From the leaflet (fi):"],
    "en": ["Copied from the newsletter:", "Pasted:"],
}
PASTE_END = ["(end of paste)", "[end]", "(slut)"]
# Lead-ins to people's own words (the AMI Meeting Corpus), quoted.
SPOKEN_LEADS = ["One of the cooks said:", "A plot holder told me:", "Overheard at the table:",
                "At the meeting someone said:", "A volunteer put it like this:",
                "From my recording:", "Somebody at the gate said:", "He said, more or less:",
                "She put it this way:", "Someone by the compost said:"]  # fmt: skip
# Everyday sentences without identifiers, put together from parts (the fieldworker's own).
OPEN = ["In the morning", "After lunch", "Around the sheds", "By the kitchen door",
        "On the way out", "At the long table", "Near the greenhouse", "Over coffee",
        "Later on", "Before the rain", "Out on the paths", "In the small hut"]  # fmt: skip
SUBJECT = [
    "two older men",
    "a young couple",
    "the regulars",
    "a woman with a pram",
    "the volunteers",
    "some of the kids",
    "a man on a bike",
    "the new plot holders",
    "the cooks",
    "three neighbours",
    "a retired teacher",
    "the washing-up team",
]
DOING = [
    "talked about the weather",
    "argued over the wheelbarrow",
    "shared seeds",
    "complained about the slugs",
    "peeled potatoes",
    "swept the floor",
    "watered the tomatoes",
    "drank tea and said little",
    "counted the chairs",
    "sorted the donated tins",
    "mended the fence",
    "planned the harvest supper",
    "swapped cuttings",
    "cleaned the big pots",
]
CLOSE = [
    "for a long time",
    "without much fuss",
    "as usual",
    "until it got dark",
    "while I took notes",
    "and then went home",
    "in good spirits",
    "with the radio on",
    "before anyone asked",
    "and laughed a lot",
]
NOTED = [
    "I noticed that",
    "It struck me that",
    "As far as I could tell,",
    "I wrote down that",
    "Someone mentioned that",
    "Again,",
]
