"""English paragraphs of held-out C, first round: meetings, calls, visits, money, crises,
interviews and admin (the language is described in `fill`).

Each entry is (genres, skeleton); "any" fits every genre.
"""

from __future__ import annotations

PARAS: tuple[tuple[str, str], ...] = (
    (
        "obs",
        "The meeting started ((on time|a few minutes late|late because {H} was held up)). "
        "Present: {P}, {S+rel}, {H} and {H2}, plus two observers. {P} chaired ((for the first "
        "time|as usual|with some help from {H})) and had ((a written agenda|three points on a "
        "post-it|nothing prepared)). ((The atmosphere was|It felt)) ((tense at "
        "first|relaxed|cautious)), mostly between {S} and {H2}.",
    ),
    (
        "obs",
        "Openness: {S} said ((plainly|quite directly)) that {S.he} ((does not trust|is tired "
        "of waiting for)) the clinic to sort out the housing. {H} ((acknowledged this|took it "
        "well)) and ((offered|promised)) a new appointment with {T}. {P} was quiet for ((a "
        "long while|a bit)) and then said ((\"it's my life you're talking about\"|that {P.he} "
        'wanted to decide for {P.him}self|"I just want some peace")).',
    ),
    (
        "case",
        "Phone call from {S+rel} this morning. {S.he} was ((worried|very worried|a bit "
        "concerned)) about {P}, who had not ((answered the phone|opened the door|been in "
        "touch)) since ((the weekend|Friday|Tuesday)). According to {S.him}, {P.he} has "
        "((stopped taking the meds|not collected the prescription|barely slept)). I said I "
        "would ((call back|get back to {S.him})) before ((3 pm|the end of the day))[[ on "
        "{PHONE}]]. {ORD}",
    ),
    (
        "int",
        "Interview at {S's} ((flat|house|kitchen table)) in {CITY}. {S.he} ((spoke freely|was "
        "guarded at first but opened up|needed a lot of prompting)). On the resource group "
        "{S.he} said: \"((It's the first time anyone has asked me|I still don't know what I'm "
        'supposed to do there|It has made a difference, actually))". We paused ((when the '
        "phone rang|when {T} came home|briefly)). Recording ((saved|OK|partly poor quality)), "
        "{MIN}.",
    ),
    (
        "case",
        "Home visit[[ ({STREET})]] with {H+rel}. {P} opened after ((a while|the second "
        "ring|several tries)) and ((looked tired|was dressed and had tidied up|seemed not to "
        "have slept)). The flat was ((messy but nothing acute|in reasonable shape|very "
        "untidy)). {P.he} says the voices ((are quieter|have calmed down)) but "
        "((admits|eventually admits)) to ((skipping the evening dose|skipping meals|poor "
        "sleep)). Assessment: ((no acute risk|possibly raised risk, to follow up|unclear, new "
        "contact in two days)). Current meds: {DOSE}.",
    ),
    (
        "case",
        "Correction to the note above: it was ((not|actually not)) {S} but {S2} who called. "
        "{S2.he} had ((got the number|been given the details)) from {H}. [[{S2's} new number: "
        "{PHONE}. ]]Otherwise unchanged.",
    ),
    (
        "case any",
        "Money remains ((the main worry|a problem|tight)). {P} gets "
        "((sjukersättning|aktivitetsersättning|försörjningsstöd from socialtjänsten)) of "
        "about {MONEY} a month and the rent is {MONEY}. {P.he} says {S} ((helps out|has lent "
        "money|has taken over the bills)) but that it ((causes friction|has led to "
        "arguments|feels embarrassing)). A god man (guardian) was ((discussed|raised "
        "again|mentioned briefly)); {P} ((wants to think about it|is against it|might be open "
        "to it)). {ORD}",
    ),
    (
        "case",
        "{P} went to {AGENCY.care} on ((Saturday night|Sunday|Tuesday evening)) because of "
        "((anxiety|suicidal thoughts|several nights without sleep)). ((Discharged after a few "
        "hours|Admitted voluntarily to {ROOM}|Not admitted)), according to the records. "
        "{S+rel} ((went along|was on the phone|only heard afterwards)), which {S.he} ((is "
        "angry about|thinks was wrong|understands)). We went through the crisis plan again: "
        "{HELP} in an emergency, otherwise ((the clinic|the case manager)) in office hours.",
    ),
    (
        "obs",
        "{P's} own goals ((came up|were discussed|only came up at the end)): ((to take the "
        "bus alone|to start at {DAYC}|to see {P.his} daughter more often|to manage money "
        "without help)). {S} thought ((the goal was too big|it was a good goal|one thing at a "
        "time was better)). {H2} ((wrote down|noted)) sub-goals and who does what. Next "
        "meeting ((set for|will be))[[ {DATE},]] ((2 pm|in the afternoon|same time)), at "
        "{CLINIC}.",
    ),
    (
        "mail",
        "Hi all, just to let you know that {P} ((won't make|may not make)) the meeting ((on "
        "Thursday|next week)) because of ((illness|a dentist's appointment|{S's} operation)). "
        "((Feel free to call|Get in touch)) if you have questions[[, my mobile is {PHONE}]]. "
        "Best, {S!}",
    ),
    (
        "obs",
        "A clearly predominant network today: {S+rel} ((talked|held the floor)) ((almost the "
        "whole time|for about {MIN} without a break|whenever there was a silence)). {H} tried "
        "((twice|several times)) to hand the question back to {P}, ((with little "
        "success|which worked in the end|with some success)). The chair role may need "
        "((discussing|clarifying)) before the next meeting. Observer rating: predominant "
        "network ((clear|moderate)).",
    ),
    (
        "case obs",
        "The meeting used a ((phone|telephone)) interpreter ((in Arabic|in Somali|in Dari|in "
        "Tigrinya|in Farsi|in Thai)). {S+rel} explained that the family ((does not "
        "want|worries|feels ashamed)) that {P} ((sees the psychiatric team|takes "
        'medication|has a diagnosis)). {S.he} said "((we sort it out in the family|people '
        'will talk))". {H} ((mostly listened|explained confidentiality)). New appointment '
        "((booked|not booked yet))[[ for {DATE}]].",
    ),
    (
        "case any",
        "{P.his} ((brother|cousin|aunt)) lives in {CITY.abroad} and calls ((often|every "
        "Sunday|now and then)), which {P} ((appreciates|sometimes finds stressful)). [[The "
        "number there is {PHONE}. ]]{P} asked that we ((never|not)) contact the family "
        "without asking first. [[Address there, according to {P}: {ADDR.abroad}.]]",
    ),
    (
        "case",
        "New contact details: {P} has ((a new number|a new phone|lost the old phone)). [[New "
        "number {PHONE}. ]]The old one should not be used. [[Email: {EMAIL.P}. ]]Address "
        "unchanged[[ ({ADDR})]].",
    ),
    (
        "int",
        "Interview with {H+rel} ((at the clinic|over Teams|in the staff room)). {H.he} has "
        "worked with resource groups since {YEAR} and ((thinks|feels)) that ((time is the "
        "main obstacle|the model works best when relatives take part|management does not "
        'understand the way of working)). On {P}: "{P.he} has ((grown|taken more space)) in '
        'the group", {H.he} said, adding that {S} ((sometimes takes over|is an important '
        "resource)).",
    ),
    (
        "case",
        "From {DAYC}: {T} reports that {P} ((has come|has been in)) ((every day|three days "
        "out of five|only once)) ((this week|since the last meeting)). {T.he} finds {P.him} "
        "((happier|more tired|more withdrawn)) and asked whether the meds have changed. I "
        "said we ((cannot share that|will come back on that)) ((without consent|after talking "
        "to {P})). {ORD}",
    ),
    (
        "case",
        "- call {S}: ((calmer|no change|worried))\n- {P} ((not home|home, asleep|did not "
        "answer))\n- meds ((collected|not collected)) from the pharmacy\n- next: [[{DATE}, "
        "]]{TIME}, {CLINIC}",
    ),
    (
        "case",
        "Review with {H+rel}[[ on {DATE}]]. Dx ((F20.0|F25.1|schizoaffective disorder|bipolar "
        "I)) since {YEAR}. Meds: {DOSE}, {DOSE}. {P} reports ((weight gain|tiredness|dry "
        "mouth|restlessness)); status today: {MEAS}. The doctor suggested ((lowering|slowly "
        "tapering|switching)) one of them, ((and {P} agreed|and {P} wants to think about "
        "it|but {P} was hesitant)). Bloods: {MEAS}, {MEAS}. Review again in {DUR}.",
    ),
)
