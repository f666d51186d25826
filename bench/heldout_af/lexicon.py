"""Layouts, frames, streets, towns and labels of held-out AF, written for this set: notes of a
study of tenants' and neighbourhood associations in Copenhagen and Malmö, written in English
by fieldworkers, with Swedish, Danish and Finnish passages pasted in. In a frame, {N} is a
person's name, {G} a person's name with a genitive "s" glued on, {P} a phone number, {D} a
date, {A} an address, {E} an e-mail address, {U} a link, {I} an identity number and {T} a
registered town."""

from __future__ import annotations

TITLES = {
    "call": "Phone call log",
    "visit": "Home visit report",
    "focus": "Focus group transcript",
    "letter": "Letter received",
    "roster": "Volunteer roster",
    "memo": "Voice memo transcript",
}
DANISH_HEAD = ("Indsat (da):", "Klippet ind (da):")
PASTE_HEAD = {
    "sv": ("Inklistrat (sv):", "Pasted text (sv):", "Citat (sv):"),
    "da": DANISH_HEAD,
    "fi": ("Liitetty (fi):", "Pasted text (fi):"),
}
PASTE_END = ("(end of paste)", "(slut)", "[end]")

# frames of running sentences, by layout; one placeholder each
RUNNING = {
    "en": [
        "I rang {N} back after lunch and we spoke for a while.",
        "We waited in the stairwell until {N} came down.",
        "The chair of the board, {N}, had printed the agenda.",
        "She said {N} had lent them a ladder.",
        "The caretaker ({N}) fixed the door while we were there.",
        "Apparently {N} and her sister run the café on the ground floor.",
        "He asked me not to quote {N} on any of this.",
        "In the end {N} offered to take the minutes.",
        "I met {N} at the bottle bank and she told me the same story.",
        "Both of them blame {N} for the noise complaints.",
        "According to {N}, nobody reads the notice board.",
        "The treasurer, {N}, keeps the cash box in his flat.",
        "I would like to talk to {N} again next time.",
        "Her neighbour {N} looks after the plants on the landing.",
        "We were joined by {N}, who had just finished a night shift.",
        "The key to the laundry room is with {N} now.",
        "They voted {N} onto the board without a second candidate.",
        "He showed me a photo of {N} painting the bike shed.",
        "{G} son wants to start a homework club in the basement.",
        "I borrowed {G} umbrella and forgot to give it back.",
        "We sat in {G} kitchen because the hall was booked.",
        "It was {G} idea to hold the meeting outdoors.",
        "Her number is {P} if we need to move the visit.",
        "He gave me his mobile, {P}, and said texts are best.",
        "Call {P} for the caretaker on duty.",
        "The association's phone is {P}, answered on weekday evenings.",
        "They have lived at {A} since their second child was born.",
        "The meeting moved to {A} because of the water damage.",
        "She asked us to post the consent form to {A}.",
        "The next visit is planned for {D}.",
        "The spring cleaning day was {D} this year.",
        "She moved in on {D} and joined the board soon after.",
        "The board wants an answer before {D}.",
        "Send the photos to {E} and she will print them.",
        "His address for the newsletter is {E}.",
        "The minutes go up on {U} after each meeting.",
        "She sent me the link to the housing plan: {U}",
        "Her old identity number, {I}, was still on the lease.",
        "The form asked for his number ({I}) and he wrote it in pencil.",
        "Most of the volunteers grew up in {T}.",
        "He works at the depot in {T} and cycles home.",
        "They moved here from {T} when the rents went up.",
        "The sister association in {T} sent a letter of support.",
    ],
    "sv": [
        "Jag ringde {N} på kvällen och vi pratade länge.",
        "Ordföranden, {N}, hade skrivit ut dagordningen.",
        "Hon sa att {N} brukar låsa cykelrummet.",
        "Vi satt i {G} kök eftersom lokalen var bokad.",
        "Hennes nummer är {P} om vi behöver flytta besöket.",
        "De har bott på {A} i många år.",
        "Nästa träff blir {D}.",
        "Skicka bilderna till {E} så skriver hon ut dem.",
        "Hans personnummer ({I}) stod kvar på kontraktet.",
        "Många av de frivilliga kommer från {T}.",
    ],
    "da": [
        "Jeg ringede til {N} om aftenen, og vi snakkede længe.",
        "Formanden, {N}, havde printet dagsordenen.",
        "Hun sagde, at {N} plejer at låse cykelkælderen.",
        "Vi sad i {G} køkken, fordi salen var booket.",
        "Hendes nummer er {P}, hvis vi skal flytte besøget.",
        "De har boet på {A} i mange år.",
        "Næste møde bliver {D}.",
        "Send billederne til {E}, så printer hun dem.",
        "Hans cpr-nummer ({I}) stod stadig på lejekontrakten.",
        "Mange af de frivillige kommer fra {T}.",
    ],
}
# label lines (style "label"): the placeholder's kind is fixed by the label
LABELS = {
    "N": ("Participant: {N}", "Contact person: {N}", "Board member: {N}", "Caller: {N}",
          "Kontaktperson: {N}", "Navn: {N}", "Namn: {N}", "Written by: {N}"),
    "P": ("Phone: {P}", "Mobile: {P}", "Tlf.: {P}", "Mobil: {P}", "Telefon: {P}"),
    "A": ("Address: {A}", "Adresse: {A}", "Adress: {A}"),
    "D": ("Date: {D}", "Dato: {D}", "Datum: {D}"),
    "E": ("E-mail: {E}", "Mail: {E}", "E-post: {E}"),
    "U": ("Link: {U}", "Web: {U}"),
    "I": ("ID no.: {I}", "Cpr-nr.: {I}", "Personnummer: {I}"),
    "T": ("Town: {T}", "By: {T}", "Ort: {T}"),
}  # fmt: skip
SPEAKER_LINES = (
    "{N}: We never see the landlord.", "{N}: I only go to the meetings for the coffee.",
    "{N}: Nobody asked us about the new bins.", "{N}: My kids play in the yard every day.",
    "{N}: It used to be worse, honestly.", "{N}: I agree with what was said before.",
    "{N}: The lift is broken again.", "{N}: We could ask the council for money.",
    "{N}: Jeg synes, det er blevet bedre.", "{N}: Det håller jag inte med om.",
)  # fmt: skip
INTERVIEWER = ("Moderator:", "Mod:", "Q:", "Me:", "Facilitator:")
PROMPTS = (
    "How did you get involved?", "What happens at the meetings?", "Who does the work?",
    "Anything else?", "What would you change?", "How do you hear about things?",
    "Do you know your neighbours?", "And the children?", "Why did you stop going?",
)  # fmt: skip
GREETINGS = ("Dear {N},", "Hi {N},", "Hej {N},", "Kære {N},", "Hei {N},")
SIGNOFFS = ("Best wishes,", "Kind regards,", "Venlig hilsen", "Med vänlig hälsning", "Mvh.",
            "Hälsningar,", "Thanks,")  # fmt: skip
ROLES = ("chair", "treasurer", "secretary", "caretaker", "volunteer", "tenant")
MEMO_OPEN = ("Memo recorded on the bus.", "Memo, walking back from the visit.",
             "Memo recorded in the car.", "Memo, late evening.")  # fmt: skip
CLOSE = {
    "call": ("Call ended.", "Will ring again.", "Left a message."),
    "visit": ("Visit ended.", "Left at half past.", "Photos in the folder."),
    "focus": ("(recording stops)", "End of transcript."),
    "letter": ("(scanned copy filed)", "(original returned)"),
    "roster": ("Roster checked.", "Updated by the office."),
    "memo": ("(end of memo)", "End."),
}
TOWNS = ("Valby", "Vanløse", "Brønshøj", "Hvidovre", "Rødovre", "Glostrup", "Albertslund",
         "Ishøj", "Tårnby", "Dragør", "Lomma", "Staffanstorp", "Burlöv", "Vellinge",
         "Trelleborg", "Svedala")  # fmt: skip
STREETS = {
    "dk": ("Hyldebærvej", "Slåenbærvej", "Tjørnevangen", "Kastanjeallé", "Kløvermarken",
           "Æblehaven", "Pilekrogen", "Hvedemarken"),
    "se": ("Körsbärsgatan", "Lingonvägen", "Havrevägen", "Krusbärsgången", "Vinbärsvägen",
           "Björkhagsgatan"),
    "fi": ("Koivukuja", "Pihlajatie", "Mustikkakuja", "Kanervatie"),
    "no": ("Bjørkeveien", "Rognebærveien", "Blåklokkeveien"),
    "gb": ("Larkspur Close", "Foxglove Road", "Bramble Lane", "Nettle Street"),
}  # fmt: skip
POSTAL = {
    "dk": (("2500", "Valby"), ("2720", "Vanløse"), ("2650", "Hvidovre"), ("2770", "Kastrup")),
    "se": (("214 45", "Malmö"), ("234 31", "Lomma"), ("245 31", "Staffanstorp")),
    "fi": (("00940", "Helsinki"), ("20100", "Turku")),
    "no": (("0468", "Oslo"), ("5006", "Bergen")),
    "gb": (("LS6 2AB", "Leeds"), ("M14 5RT", "Manchester")),
}
