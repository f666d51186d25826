"""Held-out AI's layouts, frames, labels, streets, towns and words, written here.

Slots in frames: {N} a person, {N:gen} a person with a genitive glued on ("Thorntons"),
{N:lle}, {N:lta}, {N:n} a person with that Finnish case ending glued on ("Ainolle"),
{P} a phone number, {E} an
e-mail address, {U} a link, {D} a date, {A} an address, {T} a registered town, {I} an identity
number."""

from __future__ import annotations

# The study: volunteers of charity shops, food banks and street collections in East Jutland.
TITLES = {
    "shift": "Shift diary – ",
    "round": "Collection round – ",
    "calls": "Call log – ",
    "thread": "Message thread – ",
    "board": "Board meeting – ",
    "letters": "Letters in – ",
}
HEAD_TAILS = {
    "shift": ["sorting room, sheet {n}", "the shop on the corner, page {n}", "till and back room"],
    "round": ["street collection, route {n}", "door to door, list {n}", "the market stall"],
    "calls": ["follow-up calls, batch {n}", "donor calls", "phone round {n}"],
    "thread": ["volunteers' group chat, part {n}", "drivers' chat", "the food bank chat"],
    "board": ["minutes, item list {n}", "the small board", "annual meeting notes"],
    "letters": ["post and e-mail, bundle {n}", "cards and letters", "what came in this week"],
}

TOWNS = ["Aarhus", "Randers", "Horsens", "Silkeborg", "Skanderborg", "Vejle", "Grenaa",
         "Ebeltoft", "Odder", "Hammel", "Hadsten", "Viborg"]  # fmt: skip
POSTCODES = {"Aarhus": "8000 Aarhus C", "Randers": "8900 Randers C", "Horsens": "8700 Horsens",
             "Silkeborg": "8600 Silkeborg", "Skanderborg": "8660 Skanderborg",
             "Vejle": "7100 Vejle", "Grenaa": "8500 Grenaa", "Ebeltoft": "8400 Ebeltoft",
             "Odder": "8300 Odder", "Hammel": "8450 Hammel", "Hadsten": "8370 Hadsten",
             "Viborg": "8800 Viborg"}  # fmt: skip
STREETS = {
    "dk": ["Loppevej", "Genbrugsgade", "Bøssestien", "Frivilligvej", "Indsamlingsvej",
           "Skænkevej", "Kasseløkken", "Pakkerivej", "Tøjbanken", "Hjælpens Allé"],
    "se": ["Loppisgatan", "Insamlingsvägen", "Bössgränd", "Skänkvägen", "Frivilligstigen"],
    "fi": ["Kirpputorinkatu", "Lahjoituskuja", "Keräystie", "Avustajantie", "Kierrätyspolku"],
    "gb": ["Jumble Lane", "Almshouse Row", "Thrift Close", "Collection Walk", "Bazaar Street"],
}  # fmt: skip
SE_TOWNS = ["412 63 Göteborg", "211 44 Malmö", "722 12 Västerås", "903 27 Umeå"]
FI_TOWNS = ["33100 Tampere", "20100 Turku", "90100 Oulu", "02100 Espoo"]
GB_TOWNS = ["Leeds LS6 2QW", "York YO1 7HT", "Hull HU5 3DR", "Sheffield S10 2TN"]
DK_SIDES = ["tv.", "th.", "mf."]

SPEAKER_Q = ["Q:", "Me:", "Int:", "S:"]
QUESTIONS = [
    "How did you start volunteering?",
    "What do people give most often?",
    "Do you ever turn a donation away?",
    "Who do you work with on a normal shift?",
    "What happens to the clothes nobody buys?",
    "How do you talk to someone who says no?",
    "What would make the work easier?",
    "Do the families who come in know each other?",
    "What was the hardest week this year?",
    "Why do you think people give at all?",
]
LEADS = ["One donor said: ", "Overheard at the till: ", "A volunteer wrote: ",
         "Written on the feedback card: ", "From the chat: ", ""]  # fmt: skip
FI_HEAD = ["Viesti (fi):", "Suomeksi, sellaisenaan:", "Liitetty viesti:", "Vapaaehtoisen viesti:"]
FI_END = ["(loppu)", "[end of message]", "(käännös myöhemmin)", ""]

PRESENT = ["Present:", "Mødt:", "Närvarande:", "Paikalla:", "Also there:", "Apologies from:"]
ROLES = ["chair", "treasurer", "secretary", "kasserer", "formand", "sekreterare",
         "puheenjohtaja"]  # fmt: skip
GREETINGS = {"en": ["Dear", "Hi", "Hello"], "da": ["Kære", "Hej"], "sv": ["Hej", "Hejsan"],
             "fi": ["Hei", "Moi"], "no": ["Hei"]}  # fmt: skip
SIGN_OFFS = ["Best wishes,", "Thanks again,", "Mange hilsner", "Kh.", "Med vänlig hälsning",
             "Ystävällisin terveisin", "Cheers,", "Hilsen"]  # fmt: skip

LABELS = [
    ("Volunteer: {N}", "en"), ("Frivillig: {N}", "da"), ("Volontär: {N}", "sv"),
    ("Vapaaehtoinen: {N}", "fi"), ("Contact person: {N}", "en"), ("Donor: {N}", "en"),
    ("Tlf.: {P}", "da"), ("Mobile: {P}", "en"), ("Puh.: {P}", "fi"), ("Mobilnr: {P}", "sv"),
    ("E-mail: {E}", "en"), ("Sähköposti: {E}", "fi"), ("Mail: {E}", "da"),
    ("CPR-nr.: {I:dk}", "da"), ("Personnummer: {I:se}", "sv"), ("Hetu: {I:fi}", "fi"),
    ("ID no.: {I}", "en"), ("Fødselsnummer: {I:no}", "no"),
    ("Adresse: {A:dk}", "da"), ("Adress: {A:se}", "sv"), ("Osoite: {A:fi}", "fi"),
    ("Address: {A:gb}", "en"), ("Web: {U}", "en"), ("Link: {U}", "en"),
    ("Dato: {D:da}", "da"), ("Datum: {D:sv}", "sv"), ("Päivä: {D:fi}", "fi"),
    ("Date: {D:en}", "en"), ("By: {T}", "da"), ("Shop in: {T}", "en"),
]  # fmt: skip

FRAMES = [
    # English: names in many slots
    ("I rang {N} back about the van and left a message.", "en"),
    ("The shop manager, {N}, thinks the winter coats should go out first.", "en"),
    ("Together with {N} we sorted four bags of children's clothes.", "en"),
    ("{N} and {N} took the late round through the flats.", "en"),
    ("It was {N} who noticed the till was short.", "en"),
    ("According to {N}, the food bank needs tins more than pasta.", "en"),
    ("We left the keys with {N} as usual.", "en"),
    ("The driver ({N}) said the ramp at the back is broken again.", "en"),
    ("Ask {N} before you price anything electric.", "en"),
    ("{N:gen} daughter helped at the stall all afternoon.", "en"),
    ("Somebody had left {N:gen} bike in front of the door.", "en"),
    ("I sat with {N} in the back room and we talked about her old job.", "en"),
    ("New on the rota this week: {N}, {N} and {N}.", "en"),
    ("She said {N} would cover the Saturday shift if nobody else could.", "en"),
    ("Thanks to {N} for bringing cake.", "en"),
    ("We met {N} at the station in {T} and drove to the warehouse.", "en"),
    ("The treasurer, {N}, wants receipts for everything from now on.", "en"),
    ("A woman called {N} came in looking for a pram.", "en"),
    ("He introduced me to {N}, who has volunteered here for years.", "en"),
    ("Both {N} and I forgot the float again.", "en"),
    ("{N:gen} husband fixed the shelves in the back room.", "en"),
    ("We borrowed {N:gen} trailer for the big pick-up.", "en"),
    ("The coat went home with {N:gen} youngest in the end.", "en"),
    # English: other identifiers
    ("She gave me her number, {P}, in case the boxes arrive early.", "en"),
    ("If the alarm goes off, call {P} and wait outside.", "en"),
    ("Receipts go to {E} from now on.", "en"),
    ("He asked us to write to {E} about the collection permit.", "en"),
    ("The sign-up form is at {U} if anyone asks.", "en"),
    ("Photos from the market are on {U} now.", "en"),
    ("The next sorting day is {D}.", "en"),
    ("We agreed to meet again on {D} to count the tins.", "en"),
    ("The pick-up address is {A} and the door is round the side.", "en"),
    ("Donations can also be dropped at {A}.", "en"),
    ("The shop in {T} had its best week since it opened.", "en"),
    ("Half the volunteers in {T} are students.", "en"),
    ("Her card showed the number {I}, which I did not write down anywhere else.", "en"),
    ("The form from {D} still has the old address, {A}.", "en"),
    ("{N} texted from {P} to say she would be late.", "en"),
    ("Everyone in {T} seems to know {N}.", "en"),
    # Danish
    ("Jeg talte med {N} om vagtplanen.", "da"),
    ("{N} og {N} kørte tøjet til lageret i {T}.", "da"),
    ("Ring til {P} hvis bilen ikke starter.", "da"),
    ("Næste sortering er {D}.", "da"),
    ("Afhentning på {A}, husk at ringe på.", "da"),
    ("Kassereren, {N}, vil have alle kvitteringer.", "da"),
    ("Det var {N:gen} idé at lave et loppemarked.", "da"),
    ("Vi mødtes hos {N} efter lukketid.", "da"),
    ("{N:gen} mor kom forbi med kage til alle.", "da"),
    ("Skriv til {E} hvis du vil have en vagt.", "da"),
    ("Butikken i {T} mangler frivillige om lørdagen.", "da"),
    # Swedish
    ("Jag pratade med {N} om schemat.", "sv"),
    ("{N:gen} bil stod parkerad utanför.", "sv"),
    ("Ring {P} om något händer.", "sv"),
    ("Nästa insamling är {D}.", "sv"),
    ("Paketet ska till {A}.", "sv"),
    ("Hon heter {N} och kommer från {T}.", "sv"),
    # Finnish
    ("Soitin {N:lle} eilen illalla.", "fi"),
    ("Puhuin {N:lle} vuorolistasta.", "fi"),
    ("Hänen numeronsa on {P}.", "fi"),
    ("Seuraava keräys on {D}.", "fi"),
    ("Paketti lähtee osoitteeseen {A}.", "fi"),
    ("Kysy {N:lta} ennen kuin hinnoittelet mitään.", "fi"),
    ("Annoin avaimet {N:lle} illalla.", "fi"),
    ("Tapasin {N:n} kaupassa, joka on lähellä asemaa.", "fi"),
]

MONTHS = {
    "en": "January February March April May June July August September October November "
    "December".split(),
    "da": "januar februar marts april maj juni juli august september oktober november "
    "december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina "
    "sunnuntaina".split(),
}
