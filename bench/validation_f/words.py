"""Ordinary uses of words that are also names, in Swedish and English notes.

`{H:word}` marks the word as ordinary text (recorded, never planted): Per, Dag, Inga, Bo, Max,
Will, May, Mark, Rose, Hope, Love, Grace, Bill, Sten, Stig and Sky, at the start of a
sentence, inside one and in lower case. The other slots are the composer's (compose.py).
"""

from __future__ import annotations

HOMOGRAPH_SV = (
    "{H:Per} telefon idag, hon orkade inte komma.",
    "Tar sina tabletter två gånger {H:per} dag.",
    "Ringer ca tre gånger {H:per} vecka enligt mamman.",
    "{H:Dag} tre utan alkohol när vi sågs.",
    "Hon tar en {H:dag} i taget.",
    "{H:Dag} för {H:dag} blir det lite bättre säger han.",
    "{H:Inga} nya tider bokade.",
    "{H:Inga} problem med medicinen enligt honom själv.",
    "Det fanns {H:inga} tomma stolar kvar i rummet.",
    "Målet är att kunna {H:bo} kvar i lägenheten.",
    "{H:Bo} själv har gått bättre än väntat.",
    "Vill {H:bo} närmare sin syster på sikt.",
    "{H:Max} två tabletter per dygn vid behov.",
    "Mötet får vara {H:max} en timme, hon blir trött.",
    "Han beskriver ångesten som {H:max} i morse.",
    "Det kändes som en {H:sten} i magen inför mötet.",
    "{H:Sten} och grus på gården, svårt med rullatorn.",
    "{H:Stig} på, sa hon när vi knackade.",
    "Det går en {H:stig} genom skogen som hon promenerar på.",
    "Han gick längs {H:stigen} ner mot sjön.",
    "Hon brukar {H:sky} stora folksamlingar.",
    "Vi åt potatis och {H:sky} enligt matdagboken.",
    "{H:Mark} och trädgård är hans stora intresse.",
    "Han satt på {H:marken} utanför entrén och väntade.",
)

HOMOGRAPH_EN = (
    "{H:May} I add something, she asked before the end.",
    "He {H:may} come next time if the bus works.",
    "In {H:May} the group met only once.",
    "{H:Will} call back tomorrow about the housing form.",
    "She {H:will} bring the letter from the benefits office.",
    "Strong {H:will} to keep going, the nurse said.",
    "{H:Mark} the date in the calendar, he insisted.",
    "She got a good {H:mark} on the course.",
    "{H:Rose} early today and walked to the shop.",
    "Anxiety {H:rose} sharply after the phone call.",
    "{H:Hope} is what keeps her going, she says.",
    "He has little {H:hope} for the new flat.",
    "{H:Love} the new routine, she wrote in the chat.",
    "She would {H:love} to cook with her brother again.",
    "{H:Grace} period on the rent ends next month.",
    "He handled the conflict with some {H:grace}.",
    "{H:Bill} for the dentist arrived, unpaid.",
    "The electricity {H:bill} is the main worry this week.",
    "{H:Sky} was grey and he stayed in all day.",
    "Blue {H:sky} in the photo she showed us.",
    "{H:Per} the nurse, the dose stays the same.",
    "Twice {H:per} week at the day centre.",
    "Pulse at {H:max} during the walk test, per the physio.",
    "{H:Max} dose reached, no change planned.",
)

# Sentences where a word that is also a registered name is a name: the registered person is
# named in a way only context tells ("Love ringde", "Grace came", "Dag skrev ut").
WORD_NAME_SV = (
    "{W:Love} ringde på morgonen och lät pigg.",
    "Pratade länge med {W:May} efter mötet.",
    "{W:Dag} skrev ut en ny dos och ska följa upp.",
    "{W:Stig} hade skottat trappan åt henne igen.",
    "{W:Bo} kom med bilen och hämtade {Rp}.",
    "{W:Max} var på gott humör och ledde mötet själv.",
    "{W:Grace} berättade om jobbet på förskolan.",
    "{W:Will} (psykolog) sammanfattade målen.",
)

WORD_NAME_EN = (
    "{W:Love} said the group has been a relief.",
    "{W:May} was late, the train again.",
    "{W:Dag} wants to review the medication in two weeks.",
    "Talked to {W:Stig} in the stairwell about the noise.",
    "{W:Bo} drove them home after the meeting.",
    "{W:Max} chaired the meeting and kept time.",
    "{W:Grace} came with her brother this time.",
    "{W:Will} summed up the goals and asked for objections.",
)
