"""English paragraphs of held-out C, second round: alcohol, endings, family, daily life,
networks, contact details and links (the language is described in `fill`).

Each entry is (genres, skeleton); "any" fits every genre.
"""

from __future__ import annotations

PARAS: tuple[tuple[str, str], ...] = (
    (
        "case",
        "{S} ((has started|told us about)) a fundraiser for {P}[[ ({URL.P})]], which {P} "
        "((did not know about|was angry about|finds embarrassing)). We talked about "
        "((privacy|what is visible online)). [[{P.he} also keeps a blog: {URL.P}. ]]Nothing "
        "was decided.",
    ),
    (
        "case",
        "Alcohol: {P} reports ((about|at most)) {RANGE}, ((probably|likely|possibly)) more "
        "according to {S}. Rating today: {SCORE}. {P.he} ((denies|plays down|partly admits)) "
        "the problem but ((would like|might be willing)) to try ((the addiction clinic "
        "(beroendemottagningen)|a group)) ((from next month|after the summer)). Craving "
        'described as ((low|moderate|"manageable")). To follow up.',
    ),
    (
        "obs",
        "The meeting ended after {MIN} ((with everyone saying something|abruptly when {P} "
        "walked out|in a good mood)). Integration into daily life: ((unclear|visible, {P.he} "
        "talked about cooking again|some, mostly plans)). Observer 2 scored independently; we "
        "compare afterwards. {ORD}",
    ),
    (
        "case any",
        "{P} saw ((the children|{P.his} daughter|{P.his} son)) at the weekend for the first "
        'time since {YEAR}, supervised by socialtjänsten. It went ((well|"better than '
        'expected"|so-so, there was an argument)) according to {P.him}, ((but|and)) {S+rel} '
        "((confirms this|sees it differently)). Next visit in {DUR}.",
    ),
    (
        "case",
        "Admin: the ((referral|certificate|application)) to {AGENCY.money} has been "
        "((sent|started))[[, personal number {PNR}]]. A signature from {P} is "
        "((missing|needed)), to be brought to the next visit. [[Note: the number on the form "
        "({PNR}) is a coordination number, not the one in the records. ]]{ORD}",
    ),
    (
        "obs",
        "{T} joined ((late|for the last half hour|briefly)) and ((explained|said)) that ((the "
        "lease can be extended|there have been complaints|{P} is welcome back at the café)). "
        "{T.he} left ((early|before the end)). [[{T.his} number, if needed: {PHONE}.]]",
    ),
    (
        "any",
        "((Not sure|Unclear)) whether {P} ((understood|heard)) the question; {P.he} answered "
        "((something else|briefly|with a question)). ((Probably|Perhaps)) ((tired after a bad "
        "night|affected by the new medication|tired from the journey)). ((May|Might)) raise "
        "it again with {H}, who knows {P.him} best. {ORD}",
    ),
    (
        "case any",
        "Daily life: {P} goes ((to ICA|out with the dog|to the library)) ((every day|every "
        "other day|when it isn't raining)). Takes {BUS} to {DAYC} ((two|three)) days a "
        "week[[, {TIME}]]. {ORD} {P.he} has ((started|wanted to start)) ((cooking "
        "again|knitting again|playing chess with a neighbour)). {ORD}",
    ),
    (
        "int",
        'On what helps: "((That {S} is there|That someone calls|That I get to decide)), '
        'that\'s probably the main thing." On what is hard: "((When everyone talks at once|The '
        'forms|Getting there))". {P} ((did not want|was keen)) to talk about ((the hospital '
        "years|the diagnosis|the years in {CITY})), and we respected that. Follow-up "
        "questions for wave 3.",
    ),
    (
        "obs",
        "Tension when {H2} raised ((the safeguarding report|the last admission|the debt)). "
        "{S} ((interrupted|stood up)), then ((sat down again|left the room for a while)). "
        "((Correction:|Corr.:)) it was {H}, not {H2}, who ((mentioned it first|brought it "
        "up)). Afterwards {P} said ((it was good that it came up|it was hard but "
        "necessary|{P.he} wants calmer meetings)).",
    ),
    (
        "any",
        "Quick note, typed on the bus: {P} ((rang|texted)) at {TIME} ((to say|saying)) {P.he} "
        '((won\'t come today|is at {DAYC} instead|feels "a bit better")). {ORD} Will '
        "((call|text)) {S} ((later|tonight)) to check.",
    ),
    (
        "case",
        "Details for the ((housing application|Försäkringskassan form|färdtjänst "
        "application)): {P}[[, personal number {PNR}]][[, {ADDR}]][[, phone {PHONE}]]. "
        "((Checked|Not yet checked)) against the population register. {ORD}",
    ),
    (
        "case any",
        "Contact person according to {P}: {S+rel}[[, {PHONE}]][[, {EMAIL.S}]]. {P.he} "
        "((wants|does not want)) {S.him} ((to be contacted if things get worse|to get "
        "information about the treatment)). {S's} working hours mean ((evenings|weekends)) "
        "are best.",
    ),
    (
        "case",
        "{P} showed us ((a post|a video)) on ((Instagram|Facebook|TikTok))[[ ({URL.S})]] "
        "where {S} ((writes|talks)) about ((the illness|the admission)). {P.he} ((was "
        "upset|thinks it is fine|wants it taken down)). We talked about how {P.he} could "
        "raise it with {S.him}, perhaps at the next meeting.",
    ),
    (
        "case any",
        "On the way out[[ of the flat on {STREET}]] we met {T}, who ((lives on the same "
        "staircase|works at the kiosk|is a neighbour)). {T.he} asked how {P} is doing. "
        'According to {P}, {T2} is ((a support|an old friend|someone who "interferes")), and '
        "they ((meet|talk)) ((rarely|now and then|every week)).",
    ),
    (
        "int obs",
        "Network map: besides {S}, {P} mentions {T} ((from church|from work|from the football "
        "club)) and {T2}. ((Neither of them|Only the first)) ((wants|is able)) to join the "
        'resource group for now. {P} ((laughed|sighed)) and said {T} (("talks too much"|"is '
        'the only one who gets it")).',
    ),
    (
        "mail any",
        "{S} ((sent|emailed)) a link to {P's} ((old blog|fundraiser|profile))[[: {URL.P}]]. "
        "{S.he} asks whether it ((should come down|can stay up|is visible to everyone)). I "
        "said that is for {P} to decide, but that we ((can talk about it|will raise it)) at "
        "the meeting. {ORD}",
    ),
)
