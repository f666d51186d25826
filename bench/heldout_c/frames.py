"""The heads and tails of held-out C's notes, by genre and language (skeleton language of `fill`).

Genres: "case" (case notes: calls, home visits, journal entries), "obs" (observation records of
resource-group meetings), "int" (interview notes), "mail" (an e-mail pasted into the notes).
"""

from __future__ import annotations

GENRES = {"case": 45, "obs": 25, "int": 15, "mail": 15}

HEADS = {
    ("case", "sv"): (
        "Tel.kontakt med {S}[[, {DATE}]]",
        "Anteckning[[ {DATE}]]",
        "Hembesök[[ {DATE}]]",
        "((Besök|Återbesök)) {CLINIC}[[ {DATE}]]",
        "Journalant. ((CM|ssk|kur.))[[ {DATE}]]",
        "((Samtal|Tel.)) {P}[[ {DATE}]]",
        "((Pat.|Patient|Pnr)) {PNR}[[, {DATE}]]",
        "Anteckning[[ {DATE}]][[ ({PNR})]]",
        "",
    ),
    ("case", "en"): (
        "Phone call with {S}[[, {DATE}]]",
        "Note[[ {DATE}]]",
        "Home visit[[ {DATE}]]",
        "Visit at {CLINIC}[[ {DATE}]]",
        "Client {PNR}[[, seen {DATE}]]",
        "",
    ),
    ("obs", "sv"): (
        "Observation RG-möte ((nr 4|#7|3))[[, {DATE}]]",
        "Obs.protokoll resursgrupp[[ {DATE}]] ((fm|em))",
        "RG {P}[[ {DATE}]], obs. ((1|2))",
    ),
    ("obs", "en"): (
        "Observation notes, RG meeting ((no. 4|#7))[[, {DATE}]]",
        "RG meeting ({P's} group)[[ {DATE}]], observer ((1|2))",
    ),
    ("int", "sv"): (
        "Intervju ((SO|pat.|personal)) våg ((1|2|3))[[, {DATE}]]",
        "Intervjuanteckningar, {S+rel}",
        "Int. våg ((2|3)), ((anhörig|patient))",
    ),
    ("int", "en"): (
        "Interview notes, ((SO|patient|staff)), wave ((1|2|3))[[, {DATE}]]",
        "Interview with {S+rel}[[, {DATE}]]",
    ),
    ("mail", "sv"): (
        "Från: {H} <{EMAIL.H}>\nSkickat: [[{DATE} ]]{TIME}\nÄmne: ((RG-mötet|Sv: nästa möte|"
        "Angående {P}))",
        "Den [[{DATE} ]]{TIME} skrev {S} <{EMAIL.S}>:",
        "Inklistrat mejl fr. {S}:",
    ),
    ("mail", "en"): (
        "From: {H} <{EMAIL.H}>\nSent: [[{DATE} ]]{TIME}\nSubject: ((RG meeting|Re: next meeting|"
        "About {P}))",
        "On [[{DATE} ]]{TIME}, {S} <{EMAIL.S}> wrote:",
        "Pasted email from {S}:",
    ),
}
TAILS = {
    "sv": (
        "/{H}",
        "{H}, {H.rel}",
        "Mvh\n{H}\n((CM|Ssk|Kurator)), {CLINIC}[[\nTel. {PHONE}]]",
        "Antecknat av obs. ((1|2))",
        "",
        "",
        "",
    ),
    "en": ("/{H}", "Notes: observer ((1|2))", "Best wishes,\n{H}[[\nMobile {PHONE}]]", "", "", ""),
}
