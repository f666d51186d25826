"""Held-out AH's own layouts, frames, labels, streets, towns and prompts (written here)."""

from __future__ import annotations

TITLES = {
    "camplog": "Camp log",
    "handover": "Warden's handover",
    "phone": "Phone interview",
    "chat": "Chat export",
    "committee": "Committee minutes",
    "post": "Post received",
}
SUBTITLES = {
    "camplog": ("pitch round no. {n}", "evening round {n}", "field book, page {n}"),
    "handover": ("shift {n}", "notes for the next warden, no. {n}", "key handover {n}"),
    "phone": ("call {n}", "respondent {n}, second call", "follow-up call no. {n}"),
    "chat": ("group thread, part {n}", "copied from my phone, part {n}", "thread {n}"),
    "committee": ("meeting no. {n}", "extra meeting {n}", "site committee, item list {n}"),
    "post": ("item {n}", "letter no. {n}", "card no. {n}"),
}
TOWNS = ("Odense", "Svendborg", "Nyborg", "Middelfart", "Faaborg", "Assens", "Kerteminde",
         "Bogense", "Haderslev", "Aabenraa", "Sønderborg", "Tønder")  # fmt: skip

# Running sentences with identifiers. {N} a name, {G} a name with a genitive "s" glued on,
# {P} a registered town, {PH} phone, {DT} date, {AD} address, {EM} e-mail, {URL} link,
# {ID} identity number. The language decides the dates' and labels' language.
FRAMES = {
    "en": (
        "I rang {N} back about the pitch by the lake.",
        "According to {N}, the showers were cold again.",
        "Walked round the lower field with {N} and {N}.",
        "The warden, {N}, keeps the spare keys in a biscuit tin.",
        "The canoe instructor ({N}) counted the life jackets twice.",
        "{G}s tent had blown half over in the night.",
        "We found {G}s torch by the fire pit.",
        "Nobody had seen {G}s dog since breakfast.",
        "{N} said the kiosk would open later than usual.",
        "Left a note for {N} at reception.",
        "Asked {N} whether the scouts would come back next year.",
        "Coffee with {N}, who has camped here for decades.",
        "Later I sat with {N} and {N} by the water.",
        "It was {N} who fixed the pump in the end.",
        "The boat shed is looked after by {N} these days.",
        "{N} rang from {PH} to say they were running late.",
        "Her number is {PH}, and she prefers texts.",
        "Call back on {PH} after dinner.",
        "The new number for the kiosk is {PH}.",
        "Booked for {DT}, two tents and a car.",
        "The next work day is {DT}.",
        "They arrived on {DT} and stayed the whole week.",
        "The bonfire was moved to {DT} because of the wind.",
        "Post goes to {AD}.",
        "He gave his address as {AD}.",
        "The spare tent is stored at {AD} over the winter.",
        "Send the photos to {EM}, she said.",
        "Questions about the rota go to {EM}.",
        "Bookings now go through {URL}.",
        "The map of the pitches is at {URL} if anyone asks.",
        "The scouts put their photos up on {URL} the same evening.",
        "I checked the rules again at {URL} before the meeting.",
        "Lost property is listed at {URL}, apparently.",
        "She wrote from {EM} and asked for the packing list.",
        "We drove back to {P} in the dark.",
        "Most of the families came from {P} or close by.",
        "The scout group from {P} took the far meadow.",
        "She had moved from {P} and missed the sea.",
        "She showed me an old permit with her number, {ID}, written on it.",
        "For the insurance form he read out {ID}.",
    ),
    "da": (
        "Jeg ringede til {N} om teltpladsen.",
        "Vi mødte {N} og {N} nede ved søen.",
        "{G}s telt stod stadig ved hegnet.",
        "Ring til {N} på {PH} efter aftensmaden.",
        "Næste arbejdsdag er {DT}.",
        "Adressen er {AD}.",
        "Skriv til {EM}, sagde hun.",
        "Familien kom fra {P} i år.",
        "Kassereren, {N}, havde nøglen til skuret.",
    ),
    "sv": (
        "Jag pratade med {N} vid bryggan.",
        "{G}s kanot låg kvar på stranden.",
        "Ring {N} på {PH}.",
        "Vi ses igen {DT}.",
        "Adressen är {AD}.",
        "Gruppen från {P} kom med tåget.",
    ),
    "fi": (
        "Yhteyshenkilö on {N}.",
        "Soita numeroon {PH}.",
        "Seuraava talkoopäivä on {DT}.",
        "Osoite on {AD}.",
    ),
}
LABELS = (
    ("Contact:", "{N}", "en"), ("Kontaktperson:", "{N}", "da"), ("Navn:", "{F}", "da"),
    ("Namn:", "{F}", "sv"), ("Nimi:", "{F}", "fi"), ("Camper:", "{F}", "en"),
    ("Mobil:", "{PH}", "da"), ("Puhelin:", "{PH}", "fi"), ("Phone:", "{PH}", "en"),
    ("Adresse:", "{AD}", "da"), ("Osoite:", "{AD}", "fi"), ("Address:", "{AD}", "en"),
    ("Cpr-nr.:", "{ID:dk}", "da"), ("Personnummer:", "{ID:se}", "sv"),
    ("Henkilötunnus:", "{ID:fi}", "fi"), ("ID no.:", "{ID}", "en"),
    ("E-mail:", "{EM}", "en"), ("E-post:", "{EM}", "sv"), ("Arrived:", "{DT}", "en"),
    ("Dato:", "{DT}", "da"), ("Home town:", "{P}", "en"), ("By:", "{P}", "da"),
)  # fmt: skip
LIST_HEADS = ("Attending:", "Also there:", "Helpers:", "Til stede:", "Närvarande:")
ROLES = ("treasurer", "chair", "warden", "kasserer", "secretary", "cook")
GREETINGS = ("Dear", "Hi", "Hello", "Kære", "Hej", "Moi", "Hei")
SIGN_OFFS = ("Best wishes,", "Love,", "Venlig hilsen", "Mvh.", "Hälsningar", "Terveisin",
             "Cheers,", "Kind regards,")  # fmt: skip
SPEAKERS = ("I:", "Q:", "Me:", "Int:")
PROMPTS = (
    "How did the site suit your family this year?",
    "What would you change about the kitchen tent?",
    "How do you decide what to bring?",
    "Who usually does the cooking on your trips?",
    "What happens when two groups want the same pitch?",
    "Did the new rules about fires make a difference?",
    "How do you share things like water and firewood?",
    "What do the children do all day?",
    "Was there anything you ran short of?",
    "How did you first hear about the place?",
    "What makes a good neighbour on a campsite?",
    "Would you come back in the autumn?",
)
LEAD_INS = ("One of the campers wrote:", "From the group chat:", "Overheard by the taps:",
            "A father said:", "Someone typed:")  # fmt: skip
PASTE_HEAD = {
    "da": ("Klippet ind (da):", "Fra en folder (da):", "Kopieret tekst:"),
    "fi": ("Liitetty (fi):", "Kopioitu teksti:", "Pasted text (fi):"),
}
PASTE_END = ("(end of paste)", "[end]", "(slut)", "(loppu)")
STREETS = {
    "dk": ("Spejderstien", "Bålhøjen", "Pagajvej", "Teltpælsvej", "Kanoløbet", "Lejrbakken"),
    "se": ("Tältvägen", "Paddelgatan", "Kanotstigen", "Lägervägen"),
    "fi": ("Telttapolku", "Nuotiotie", "Melontakuja"),
    "gb": ("Campfire Close", "Paddle Row", "Tent Peg Lane"),
}
POSTCODES = {
    "dk": ("5700 Svendborg", "5800 Nyborg", "5500 Middelfart", "5600 Faaborg", "5610 Assens",
           "5300 Kerteminde", "6100 Haderslev", "6200 Aabenraa", "6400 Sønderborg",
           "5000 Odense C"),
    "se": ("352 31 Växjö", "571 32 Nässjö", "341 30 Ljungby"),
    "fi": ("40100 Jyväskylä", "50100 Mikkeli", "57100 Savonlinna"),
    "gb": ("Keswick CA12 5DJ", "Ambleside LA22 9BU", "Penrith CA11 7PT"),
}  # fmt: skip
