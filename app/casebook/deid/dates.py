"""Short date forms of Swedish notes, beside the numeric and written dates of `patterns.py`
(which calls these on its digit clusters and month words).

- A two-digit year after a dash or an apostrophe: "10 jan -24", "24 dec '23" (the year
  tail of a written date), "26/12-21", "6/6-20" (day/month-year).
- Day/month and a four-digit year after a space: "31/10 2020", "3.11 2019".
- A bare day/month ("7/5", "16/9") or a six-digit date without separators ("211026",
  "220904", yymmdd) after a word that dates something: "on", "den", "från", and the words
  of appointments, admissions, meetings, moves and births ("Återbesök 7/5", "Inskriven
  220904", "reviewed 16/9", "ny tid 20/5", "föddes 240107", "sen 1/6"), or opening a line
  before a colon ("6/8: hembesök"). Without such a word a fraction, a score ("8/10") or a
  number stays, and so does one before a unit ("sen 1/2 tabl").

Every form is checked as a calendar date (day 1-31, month 1-12; a real date for "yymmdd").

Ambiguous short forms are decided by context (docs/releases.md, "Dates in free text"): a date of
an event identifies, a score does not. A weekday before it, written out or abbreviated ("tis
27/3", "Fri 4/3"), a word of an event ending a compound ("Läkarbesök 28/10",
"resursgruppsmöte 7.8."), such a word a few words back in the same clause ("besök
mottagningen 14/1"), "f." (född) or a clock time after it ("19/9 14:00", "4/6 kl 9", "21/2
em") date it;
a scale ("skattar sitt mående till 6/10", "mood 7/10, sleep 5/10") makes "/10" a score
whatever word stands before it, and a letter glued before it ("v2/3") a version.
"""

from __future__ import annotations

import datetime as dt
import re

from casebook.deid import (
    calendar_words,
    closed_days,
    compact_days,
    count_words,
    date_edges,
    headings,
    lexicon,
    month_day,
    preposition_days,
    short_years,
    slash_days,
    vocab,
)

Found = tuple[int, int, str]

SHORT_YEAR = re.compile(r"[ \u00a0]?[-'’][ ]?\d{2}(?![\d\w])")
_DAY_MONTH_YEAR = re.compile(
    r"(?<![\d/.])(\d{1,2})/(\d{1,2})[ \u00a0]?-(\d{2}|(?:19|20)\d{2})(?![\d/])"
    r"|(?<![\d/.])(\d{1,2})[./](\d{1,2})[ \u00a0]((?:19|20)\d{2})(?![\d/.])"
    # a day and month with full stops, then a short year: "14.3.-24", "14.3 -24"
    r"|(?<![\d/.])(\d{1,2})\.(\d{1,2})(?:\.[ \u00a0]?|[ \u00a0])-"
    r"(\d{2}|(?:19|20)\d{2})(?!\d|[/.:]\d)"
)
_DAY_MONTH = re.compile(r"(\d{1,2})/(\d{1,2})")
_DAY_DOT_MONTH = re.compile(r"(\d{1,2})\.(\d{1,2})")
_COMPACT = re.compile(r"(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
# Weekday names and abbreviations of every language of CLDR (`calendar_words.py`): "mardi",
# "Montag", "pon.", "tirs."; one that is also an English or Swedish word or a name ("man",
# "sex", "per", "Sam") only with its full stop.
_ORDINARY = vocab.common_words() | vocab.known_words() | lexicon.all_names()
WEEKDAYS = (
    frozenset(
        w for w in calendar_words.calendar().weekdays if w.endswith(".") or w not in _ORDINARY
    )
    | vocab.WEEKDAYS
    # two letters, as German, Nynorsk, Dutch and Finnish abbreviate ("Sa. 23.8.", "pe 3.5."),
    # with their full stop where they are also a word or a name ("la", "to", "ma")
    | frozenset(
        w for w in calendar_words.calendar().short_weekdays if w.endswith(".") or w not in _ORDINARY
    )
)
_WEEKDAY = calendar_words.alternation(WEEKDAYS)
# Every weekday word, for widening a date already found over its weekday ("Freitag, 3. Mai",
# "So., 16. April", Dutch "za 20 maart", Finnish "pe 6. kesäkuuta"); a two-letter one that is
# also a word or a name ("to", "ma", "la") only with its full stop.
ALL_WEEKDAYS = (
    calendar_words.calendar().weekdays
    | vocab.WEEKDAYS
    | frozenset(w for w in calendar_words.calendar().short_weekdays if w not in _ORDINARY)
)
# Words that date what follows them.
DATE_CUE = re.compile(
    r"(?<![^\W\d_])(?:on|den|from|until|till|since|by|before|after|före|efter|från|sedan|"
    r"dated|datum|t\.o\.m\.?|fr\.o\.m\.?|tom|fom|"
    r"återbesök|besök|nybesök|uppföljning|inskriven|utskriven|inlagd|inläggning|utskrivning|"
    r"reviderades|reviderad|planerad|bokad|bokat|skickat|"
    # the same sending and follow-up in Norwegian, Danish and Finnish: an e-mail header's
    # "Sendt: 4/9", "Opfølgning 8/6", "Oppfølging 10/11", "Seuranta 3/5"
    r"sendt|opfølgning|oppfølging|seuranta|"
    # a matter reported in Norwegian and Danish: "Saken ble meldt 5/4", "anmeldt 3/3"
    r"meldt|innmeldt|anmeldt|"
    r"appointment|follow-up|f/u|admitted|discharged|reviewed|revised|booked|scheduled|sent|"
    r"åter|läkartid|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|"
    r"sen|tid|träff|ses|möte|mötet|samtal|hembesök|anteckning|avbokat|avbokad|avbokade|"
    r"född|föddes|flyttar|flyttade|flytt|meeting|visit|note|cancelled|canceled|rebooked|"
    r"born|dob|birthday|bday|födelsedag|födelsedagen|fyller|fyllde|namnsdag|"
    # a birthday as the Nordic idiom says it, "to fill years": "Han fyller år 1/9", Danish
    # "fylder år 3/5", Norwegian "fylte år 9/11"
    r"(?:fyller|fyllde|fylla|fylder|fyldte|fylde|fylte|fylle)[ ]+år|"
    # the neighbours' birthdays, and a birthday before its copula: "fødselsdag 5/5",
    # "bursdag 3/4", "my bday is 3/4", "Syntymäpäivä on 5.5."
    r"fødselsdag|fødselsdagen|bursdag|bursdagen|syntymäpäivä|syntymäpäivänä|syntymäpäiväni|"
    r"synttärit|(?:birthday|bday|födelsedag|födelsedagen|fødselsdag|fødselsdagen|bursdag|"
    r"bursdagen|syntymäpäivä|syntymäpäiväni|synttärit)(?:'s|[ ]+(?:is|was|är|var|er|on|oli))|"
    r"moving|moved|review|appt|besöket|återbesöket|f\.|skrevs in|skrevs ut|lades in|"
    r"sågs|träffades|träffas|met|seen|saw|"
    # the same in Finnish: "Viimeksi nähty 1.12.", "tavattiin 3.5."
    r"nähty|nähtiin|tavattu|tavattiin|"
    # a document's date, a call or a message, a visit: "daterad 15/9", "ringde 21/11",
    # "soitti 26/11", "komma förbi 11/11", "booked for 22/1", Finnish "Tapaaminen 16.6."
    r"daterad|daterat|ringde|ringt|rang|called|phoned|ringede|ringte|soitti|sms|förbi|"
    r"(?:(?:re)?booked|bokad|bokat|ombokad|ombokat|(?:re)?scheduled|planned)[ ]+(?:for|till)|"
    r"tapaaminen|käynti|"
    # a coming, which no score or amount has: "kommer ev. 26/8", "hun kommer 271113"
    r"kommer|kommer ev\.|comes|coming|kommt|tulee|"
    # a check-up, booked like a visit: "Kontroll 11/7", "Kontrol 8/1-10/1", "check-up 3/5"
    r"kontroll|kontrol|kontrolle|check-up|checkup|"
    # scheduled events, leave and tests: "Semester 3/7", "sjukskriven till 14/2", "due 3/5"
    r"semester|ledig|permission|permis|sjukskriven|sjukskrivning|provtagning|kallelse|kallad|"
    r"operation|operationen|röntgen|ekg|återkommer|start|starts|slut|ends|due|deadline|"
    r"expires|surgery|holiday|leave|labs|bloods|ecg|mri|tillbaka|back|returns|returned|"
    # the events of a clinical note: "extubated 7/2", "weaned off 9/7", "Pan cx'd 10/7",
    # "(10/4 cath", "adm 9/7", "daughter to arrive 9/9"
    r"intubated|extubated|extubate|extub|reintubated|weaned|weaned off|cultured|pancultured|"
    r"cx'd|cath|stent|adm|arrive|arrives|arrived|transferred|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mån|tis|ons|tor|tors|fre|lör|sön|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|nästa|next|"
    # the same in the languages of CLDR's patterns: "am 03.05.", "le 3/5", "op 3/5", "od 3.5."
    r"vom|bis|seit|le|el|il|op|dnia|od|"
    # the neighbours' and German words of the same: "dateret 29.1", "Neste møte er 19.4.",
    # "seit dem 30.12.", Finnish "lähti 9.4." (left, was sent), "alkaen 3.5." (from)
    r"dateret|datert|møte|møtet|møde|mødet|besøg|besøk|flyttet|flyttede|flytter|"
    # Norwegian "treff" (a meeting, Swedish "träff"): "Neste treff 22.8."
    r"treff|treffet|"
    r"seit dem|ab dem|bis zum|lähti|lähetetty|saapui|alkaen|asti|"
    rf"{_WEEKDAY}|"
    # a word of an event ending a compound: "Läkarbesök", "resursgruppsmöte", "telefontid",
    # Finnish "kontrollikäynti", "kotikäynti", "Tulotapaaminen" (an intake meeting)
    r"journalant\.|[^\W\d_]+(?:besök|möte|mötet|samtal|träff|tid|anteckning|protokoll|käynti|"
    r"tapaaminen)|"
    # a record of an interview or an observation: "Observation record 3/5", "Intervju 3/5"
    r"record|interview|intervju|intervjun|protokoll|från och med|to and including|"
    # a form's date field ("Date: 12/3", "Dato: 3/3", Finnish "Pvm: 3.3."), Danish and
    # Norwegian "d." for "den" ("d. 3/3"), and a return in the neighbours' languages
    r"date|dato|pvm|päivämäärä|päiväys|d\.|tilbake|tilbage|takaisin|palasi|"
    # a move of a meeting in Finnish, and Norwegian "time" (an appointment): "siirtyi 3.3.",
    # "Neste time 3/3"
    r"siirtyi|siirtyy|siirretty|siirrettiin|neste time|ny time|"
    # the next meeting of a series told by its copula: "the next time is 2/4", "nästa gång är
    # 3/5", "neste gang er 4/6", "næste gang bliver 7/8", Finnish "seuraava kerta on 3.5."
    r"(?:next[ ]+time|nästa[ ]+gång|neste[ ]+gang|næste[ ]+gang)[ ]+"
    r"(?:is|will[ ]+be|är|blir|er|bliver)|(?:seuraava|ensi)[ ]+kerta[ ]+on|"
    # a birth, a death and a move in Finnish, a death in the others: "syntynyt 3.3.",
    # "kuoli 3.3.", "muutti 3.3.", "dog 3/3", "died 3/3", "døde 3/3"
    r"syntynyt|syntyi|kuoli|muutti|dog|died|døde|"
    # a meeting agreed at parting: "Vi ses igen 3/11", Norwegian "ses igjen 4/5", "see you
    # again 3/11", Finnish "nähdään taas 3.5.", "tavataan 3.5."
    r"ses[ ]+(?:igen|igjen|snart)|see[ ]+you(?:[ ]+(?:again|next))?|"
    r"nähdään(?:[ ]+(?:taas|uudestaan|uudelleen))?|tavataan(?:[ ]+taas)?|"
    # a loan and its return, as a loan form and a note say them: "Udlånt: 4/12", "utlånt
    # 3/3", "utlånad 5/6", "lainattu 3.5.", "lent 3/3"; "skal afleveres 4/9", "leveres
    # 4/9", "återlämnas 3/3", "palautetaan 3.5.", "return 4/9", "hand in 3/3"; a deadline,
    # "senest 4/9", "senast 3/3", "frist 5/6", "viimeistään 3.5."
    r"udlånt|udlånes|udlån|utlånt|utlånes|utlån|utlånad|utlånat|utlånade|lånt|lånad|lånat|"
    r"lainattu|lainassa|lainattiin|lent|loaned|borrowed|"
    r"afleveres|afleveret|aflevering|tilbageleveres|leveres|innleveres|innlevering|"
    r"återlämnas|återlämnad|återlämnat|återlämning|returneres|returneras|palautetaan|"
    r"palautettava|palautettu|palautus|return|hand[ ]+in|handed[ ]+in|hand[ ]+back|"
    r"handed[ ]+back|give[ ]+back|senest|senast|frist|fristen|viimeistään)"
    r"(?:,?[ \u00a0:\n]+\(?|[ \u00a0\n]*\()\Z"  # (a line break where a note was wrapped)
)
# A word of an event a few words back in the same clause: "besök mottagningen 14/1",
# "Meeting på Träffpunkt Solvändan 27/2", "Journalant. kur. 22/8", "admitted to CCU 9/7".
_EVENT_BACK = re.compile(
    r"(?<![^\W\d_])[^\W\d_]*(?:besök|möte|mötet|samtal|meeting|visit|appointment|interview|"
    r"follow-up|uppföljning|träff|träffen|"
    # an interview of the study, in each of its languages: "Intervjun gjordes 12/7",
    # "Haastattelu tehtiin 13.1.", "Intervjuet ble gjort 3/5"
    r"intervju|intervjun|intervjuet|intervjuen|interviewet|haastattelu|haastattelun|"
    r"journalant\.?|anteckning|protokoll|remiss|skickad|skickades|referral|birthday|"
    r"födelsedag|födelsedagen|namnsdag|bröllop|bröllopet|wedding|anniversary|"
    # admissions, transfers and procedures of a clinical note: "admitted to CCU 9/7", "s/p MI 3/9"
    r"admitted|transferred|discharged|s/p|status post|intubated|extubated|extubate|"
    r"cultured|pancultured|echo|"
    # a move, and the neighbours' meetings: "flyttade in på Piteå 4/10", "Mødet er flyttet
    # til 6.11", "Neste møte er 19.4."
    r"flyttade|flyttat|flyttar|flyttet|flyttede|moved|møte|møtet|møde|mødet|treff|treffet|"
    # a visit in Norwegian and Danish, as "besök" in Swedish: "Neste besøk blir 28.5.",
    # "Næste besøg er 3/6"
    r"besøk|besøket|besøg|besøget|"
    # an appointment in Norwegian and Danish, "time" ending a compound: "Timen hos legen er
    # 12/1", "Legetimen er 3/4" (the definite form only: English "time" is no event)
    r"timen)"
    r"(?![^\W\d_])"
    # then up to three words, or a preposition and the one met there: "Follow-up med Anna
    # Berg 18/2", "återbesök hos leg. psykolog Orozco 17/9"
    r"(?:(?:[ \u00a0]+(?:[^\W\d][^\s\d]*|#\d{1,3},?)){1,3}"
    r"|[ \u00a0]+(?:med|hos|with|at|vid|på)(?:[ \u00a0]+[^\W\d][^\s\d,;]*){1,3})[ \u00a0]+\Z"
)
_AM_PM = {w for w in calendar_words.calendar().am_pm if len(w) >= 2 and w.isascii()}
# A clock time right after a day and month: "19/9 14:00", "4/6 kl 9", "3/10 at 10".
_TIME_AFTER = re.compile(
    r"[ \u00a0]+(?:klo?\.?[ \u00a0]*\d|klockan[ \u00a0]+\d|(?:fm|em|f\.m\.|e\.m\.)(?![^\W\d_])"
    r"|at[ \u00a0]+\d{1,2}(?:[.:]\d\d|[ \u00a0]?[ap]\.?m\b)|\d{1,2}[.:]\d\d(?![\d/.])"
    # "3/10 9 AM", "4/6 14 Uhr" hardly; the before- and after-noon words of CLDR after an hour
    rf"|\d{{1,2}}(?:[.:]\d\d)?[ \u00a0]?(?:{calendar_words.alternation(_AM_PM)})(?![^\W\d_]))"
)
# What makes a figure out of ten a score: a scale, a rating, or what is rated, earlier in
# the clause ("skattar sitt mående till 6/10", "Mood 7/10, sleep 5/10", "pain at 3/10").
_SCALE = re.compile(
    r"(?<![^\W\d_])(?:skatta\w*|rate[sd]?|rating\w*|score[sd]?|scoring|poäng|betyg\w*|"
    r"grade[sd]?|mående|mood|ångest\w*|anxiety|oro|smärta\w*|pain|sömn\w*|sleep|"
    r"nedstämd\w*|depression|energi|energy|motivation|stress|vas|nrs|skala\w*|scale)"
    r"(?![^\W\d_])[^.!?\n]*\Z"
)


def _plausible(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


# What follows a fraction or a count, not a date: "1/2 tabl", "2/3 av dem", "1/2 h", "on
# 1/2 NS" (half normal saline), "Maj 3 gånger", "Juli 8 kg" (`count_words.py`).
AMOUNT_AFTER = count_words.after(count_words.AFTER_A_DATE, "[ \u00a0]?", end=r"\b")


# A date before "och"/"and": what follows is the second date of two.
_DATE_THEN_AND = re.compile(
    r"(?<![\d/.])(?:\d{1,2}/\d{1,2}|\d{6}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4})"
    r"[ \u00a0]*(?:,|och|and|or|eller|&)[ \u00a0]*\Z"
)
_OPENS = ("- ", ". ", "; ", "/ ")  # a new finding starts: "... slut. 190212: telefonsamtal"
_SCORES = re.compile(r"\d/10(?!\d)[^.!?\n]*\Z")  # another score earlier in the clause
_WEEKDAY_OR_BIRTH = re.compile(
    r"(?<![^\W\d_])(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mån|tis|ons|tors?|fre|"
    r"lör|sön|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|"
    rf"thurs?|fri|sat|sun|född|föddes|f\.|born|dob|{_WEEKDAY})[ ,:]+\Z"
)


def cued(low: str, start: int, end: int | None = None) -> bool:
    """Whether a word that dates something stands right before `start` (or a word of an event
    a few words back in the clause), a clock time follows, or the number opens a line and a
    colon follows it ("6/8: hembesök", a heading). `end` is where the number ends: a unit
    after it ("sen 1/2 tabl") makes it an amount, never a date."""
    if end is not None and AMOUNT_AFTER.match(low, end):
        return False
    if DATE_CUE.search(low, max(0, start - 24), start) is not None:
        return True
    if date_edges.weekday_before(low, start):
        return True  # a two-letter weekday, as Finnish writes it: "la 18.4.", "ma 3.5."
    if _DATE_THEN_AND.search(low, max(0, start - 24), start):
        return True  # "Besök 5/8 och 10/4", "on 15.12.2023 and 5/5": the second of two
    if end is None:
        return False
    if _TIME_AFTER.match(low, end) or _EVENT_BACK.search(low, max(0, start - 60), start):
        return True
    if _wrapped_event_back(low, start):
        return True  # "Timen\nhos legen er 25.7.": a letter's line wrapped at the margin
    if _TIME_BEFORE.search(low, max(0, start - 12), start):
        return True  # "at 12am 9/3", "until 2am 4/9"
    if preposition_days.closing(low, start, end):
        return True  # "Hun kom til 12/03.", "She came back at 9/9."
    line = start == 0 or low[start - 1] == "\n"
    if line and _WORD_AFTER.match(low, end) and not month_day_part(low, end):
        if _REPORT_LINE.match(low, end) or _log(low, start, end):
            return True  # "4/5 CSRU 7P-7A SHIFT SUMMARY", "9/8 RETURNED" in a log of days
    if headings.dated_heading(low, start, end):
        return True  # the note's first line: "Intervju 23, 12/7", "Havainnointi, 24.5."
    if headings.dated_under_heading(low, start, end):
        return True  # "== Intervju 3 ==\n9/10\n": the line under the title dates the note
    heading = line or low[max(0, start - 2) : start] in _OPENS
    if heading and _HEADING_COLON.match(low, end):
        return True  # "6/8: hembesök", "- 3.3.: puhelu" (the day and month's own stop first)
    if _stamped_entry(low, start) and _HEADING_COLON.match(low, end):
        return True  # "12:00 13/8: inget möte": a log's clock, then the day its entry is about
    if line and _alone(low, start, end):
        return True  # a line that holds the date alone, heading what follows: "12/3\n..."
    return heading and _DASH_WORD.match(low, end) is not None


# A line break between two words, where a pasted letter was wrapped at its margin.
_WRAP = re.compile(r"(?<=[^\W\d_])\n(?=[^\W\d_])")


def _wrapped_event_back(low: str, start: int) -> bool:
    """Whether a word of an event a few words back (`_EVENT_BACK`) stands across a line break
    between two words, as a letter wrapped at its margin breaks its sentences."""
    back = low[max(0, start - 60) : start]
    return "\n" in back and _EVENT_BACK.search(_WRAP.sub(" ", back)) is not None


_HEADING_COLON = re.compile(r"\.?:")
# A line holding a day and month alone, then a line of words ("12/3\nSamtal med ...") or the
# first entry of a log of that day, its clock time opening the line ("4/9\n10:08 Hon ...").
_ALONE = re.compile(r"\.?[ ]*\n[ ]*(?:[^\W\d_]|\[?(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d))")
# The clock time a log opens its line with ("12:00 ", "[12.46] "), right before the figures.
_LOG_STAMP = re.compile(r"(?:\A|\n)[ \t]*\[?(?:[01]?\d|2[0-3])[:.][0-5]\d\]?[ \t]+\Z")


def _stamped_entry(low: str, start: int) -> bool:
    """Whether a log's clock time opens the line and stands right before `start`."""
    return _LOG_STAMP.search(low, max(0, start - 14), start) is not None


_SCORE_SHAPE = re.compile(r"(?:10?|[2-9])/10\Z")


def _alone(low: str, start: int, end: int) -> bool:
    """Whether low[start:end], opening a line, ends it and a line of words follows; never a
    figure out of ten ("Pain\n3/10\nSleep"), which a column of scores writes so."""
    return _ALONE.match(low, end) is not None and not _SCORE_SHAPE.match(low, start, end)


# A date heading a line before a dash and a word: "9/7-ADMITTED TO CCU", "4/2 - extubated".
_DASH_WORD = re.compile(r"[ ]?[-–][ ]?[^\W\d_]{2}")
# A date opening a line before a word: the heading of a shift's report, or the entry of a
# day in a log where another line opens with a day, a dash or colon and a word ("9/7-ADMITTED
# TO CCU\n9/8 RETURNED TO CATH LAB"); never a part or a unit ("1/2 tab", "1/4 BLOOD CULTURES"
# alone, a list of measures).
_WORD_AFTER = re.compile(r"[ ]+[^\W\d_]{2}")
_REPORT_LINE = re.compile(
    r"[^\n]{0,40}(?<![^\W\d_])(?:shift|summary|report|rapport|sammanfattning|events|"
    r"händelser)(?![^\W\d_])"
)
_LOG_LINE = re.compile(r"(?:\A|\n)[ ]*\d{1,2}/\d{1,2}[ ]?[-:][ ]?[^\W\d_]")


def month_day_part(low: str, end: int) -> bool:
    """Whether a part, a unit or a count follows the number ending at `end` ("1/2 tab")."""
    return bool(AMOUNT_AFTER.match(low, end)) or not month_day.bare(low, end, end)


def _log(low: str, start: int, end: int) -> bool:
    """Whether another line within a few lines of low[start:end] opens with a day too."""
    before = low[max(0, start - 400) : start]
    before = before[before.find("\n") :] if start > 400 else before  # whole lines only
    return _LOG_LINE.search(before + "\n" + low[end : end + 400]) is not None


# A clock time right before a day and month: "at 12am 9/3", "until 9 a.m. 8/11".
_TIME_BEFORE = re.compile(r"(?<![\d:.])\d{1,2}(?:[:.]\d\d)?[ ]?(?:am|pm|a\.m\.|p\.m\.)[ ]+\Z")


def score(low: str, start: int, day: str, month: str) -> bool:
    """Whether the day/month "day/month" at `start` is a score out of ten: a scale or what
    is rated earlier in the clause, or another figure out of ten just before it; never after
    a weekday or a word of birth ("fre 3/10")."""
    if month != "10" or int(day) > 10:
        return False
    if _WEEKDAY_OR_BIRTH.search(low, max(0, start - 12), start):
        return False
    window = max(0, start - 60)
    return bool(_SCALE.search(low, window, start) or _SCORES.search(low, window, start))


def day_month(
    text: str, low: str, start: int, chunk: str, month_first: bool = False
) -> Found | None:
    """ "7/5" after a dating word (`chunk` is the cluster at `start`); "10.2." (a day and a
    month with a full stop after each) the same way; "8/25", which only month/day makes a
    date, as `month_day.py` says (`month_first`: the study writes the month first); and,
    where no word dates it and the study writes the day first, "18/9" by its shape alone
    (`slash_days.py`: a day that can be no month)."""
    found = _day_month(text, low, start, chunk, month_first)
    end = start + len(chunk)
    if found and not month_first and (slash := _DAY_MONTH.fullmatch(chunk)):
        if headings.titled_part(low, start) and slash_days.heading_number(
            low, start, end, slash[1]
        ):
            return None  # "Field log, visit 15/2⏎3 September 2025: ...": the visit's number
        return found
    match = None if found or month_first else _DAY_MONTH.fullmatch(chunk)
    if match is None:
        return found
    if slash_days.by_shape(low, start, end, match[1], match[2]) and not month_day_part(low, end):
        return start, end, "date"
    return None


def _day_month(
    text: str, low: str, start: int, chunk: str, month_first: bool = False
) -> Found | None:
    """What `day_month` reads after a dating word (`then_time` asks this alone: a clock time
    after the figures dates them, and a cluster with one is no shape of its own)."""
    match = _DAY_MONTH.fullmatch(chunk) or _DAY_DOT_MONTH.fullmatch(chunk)
    if not match:
        return bare_range(low, start, chunk, month_first)
    if start and (low[start - 1] in "/." or low[start - 1].isalpha()):
        return None  # "1/2/3", "v2/3" (a version)
    end = start + len(chunk)
    if low[end : end + 1] == "/":
        return None  # "on 5/5/ with Ve 8.0", "5/5/40%": a series of settings, open-ended
    dotted = match.re is _DAY_DOT_MONTH
    if dotted and (low[end : end + 1] != "." or low[end + 1 : end + 2].isdigit()):
        if not _undotted(low, start, match[1], match[2]):
            return None  # "2.5 mg", "10.15": only "10.2." with its closing full stop
        dotted = False  # "dateret 29.1,": Danish and Norwegian leave the closing stop out
    if not dotted and short_years.month_and_year(match[1], match[2]):
        if not short_years.month_year(low, start, end, cued(low, start, end)):
            return None
        return start, end, "date"  # "CABG 1/78", "fx 5/97", "(12/93)"
    if not dotted and month_day.only_month_day(match[1], match[2]):
        if cued(low, start, end) or (month_first and month_day.bare(low, start, end)):
            return start, end, "date"
        return None
    if not _plausible(match[1], match[2]):
        return None
    if dotted and len(match[2]) == 2 and _CLOCK_VERB.search(low, max(0, start - 16), start):
        return None  # "Mötet öppnades 13.05.", "opened 13.05.": a clock time ends the sentence
    if not cued(low, start, end) and not (dotted and _AM.search(low, max(0, start - 4), start)):
        if not (dotted and closed_days.by_shape(text, low, start, end)):
            return None  # German "am 03.05.", never English "am 2/3 sure"
    if score(low, start, match[1], match[2]):
        return None  # "Ångest 7/10 idag, sen 3/10": a score out of ten, not 3 October
    return start, end + dotted, "date"


# Danish and Norwegian words right before a day and month written without its closing full
# stop ("dateret 29.1", "flyttet til 10.8", "fra 3.4"); one that could be a clock time or a
# decimal ("til 6.11", "fra 2.5") stays unless the day is past 24 or the month has one digit.
_UNDOTTED_CUE = re.compile(
    rf"(?<![^\W\d_])(?:dateret|datert|til|fra|den|({_WEEKDAY}))[,]?[ \u00a0]+\Z"
)  # and a weekday, as CLDR writes a day and month with one: Danish "lør. 23.5", "lør. 6.4"


def _undotted(low: str, start: int, day: str, month: str) -> bool:
    end = start + len(day) + 1 + len(month)
    cue = _UNDOTTED_CUE.search(low, max(0, start - 12), start)
    if not cue or AMOUNT_AFTER.match(low, end):
        return False
    long_enough = end - start > 3 or cue[1] is not None  # "2.5" is a decimal; "lør. 6.4" not
    return _plausible(day, month) and (int(day) > 24 or len(month) == 1) and long_enough


# A verb of a meeting's or a day's moments right before "13.05." says a clock time, not the
# thirteenth of May ("Mötet öppnades 13.05.", "The meeting closed 16.40.").
_CLOCK_VERB = re.compile(
    r"(?<![^\W\d_])(?:öppnades|avslutades|började|startade|slutade|ajournerades|återupptogs|"
    r"opened|closed|began|started|ended|adjourned|resumed)[ ]+\Z"
)
_AM = re.compile(r"(?<![^\W\d_])am[ ]+\Z")
_DAY_MONTH_TIME = re.compile(r"(\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,2}\.)[ \u00a0]+\d{1,2}[.:]\d\d")
# A day and month, then an hour named as one ("9/6 16-tiden", "4/8 14 ish", "13.5. 9am",
# "25/12 9 pm", "3.5. 10 Uhr"): the word after the hour says it is no count and no year.
_DAY_MONTH_HOUR = re.compile(r"(\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,2}\.)[ \u00a0]+(?:[01]?\d|2[0-4])")
_HOUR_WORD = re.compile(
    r"(?:[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.)|[ \u00a0-]?(?:ish|tiden)|[ \u00a0]?(?:h|uhr|o'clock)"
    r"|[ \u00a0]?(?:fm|em|f\.m\.|e\.m\.))(?![^\W\d_])"
)


# A clock time, then a day and month, one cluster: "12:00 13/8", "12.46 2/8".
_TIME_DAY_MONTH = re.compile(
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d[ \u00a0]+(\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,2})"
)


def then_time(
    text: str, low: str, start: int, chunk: str, month_first: bool = False
) -> Found | None:
    """ "19/9 14:00", "21.8. 10.15" (a day and month, then a clock time, one cluster): the
    day and month; and "12:00 13/8" (a log's clock time, then a day and month), which
    `_day_month` dates only where a colon opens the entry after it."""
    match = _DAY_MONTH_TIME.fullmatch(chunk) or _DAY_MONTH_HOUR.fullmatch(chunk)
    if match and (match.re is _DAY_MONTH_TIME or _HOUR_WORD.match(low, start + len(chunk))):
        return _day_month(text, low, start, match[1].rstrip("."), month_first)
    timed = _TIME_DAY_MONTH.fullmatch(chunk)
    if timed:  # "12:00 13/8: inget möte": a log's clock, then the day and month
        return _day_month(text, low, start + timed.start(1), timed[1], month_first)
    edge = month_day.EDGE.fullmatch(chunk)
    if edge and month_day.only_month_day(edge[2], edge[3]):  # "fever of 103 8/31"
        return _day_month(text, low, start + edge.start(2), edge[1], month_first)
    return bare_range(low, start, chunk, month_first)


# A range of days and months without a year: "2/3 - 5/3", "3-5/3", "30.4.-2.5.".
_BARE_RANGE = re.compile(r"(\d{1,2})(?:([./])(\d{1,2})(\.?))?[ ]?[-–][ ]?(\d{1,2})([./])(\d{1,2})")


def bare_range(low: str, start: int, chunk: str, month_first: bool = False) -> Found | None:
    """A range of days and months (the cluster `chunk` at `start`) after a dating word; of
    months and days ("6/30-7/2") where only that reading is a date, as `day_month` reads one."""
    match = _BARE_RANGE.fullmatch(chunk)
    if not match or (match[2] and match[2] != match[6]):
        return None
    end = start + len(chunk)
    if match[6] == "." and (low[end : end + 1] != "." or (match[2] and not match[4])):
        return None  # "13.05–14.05" is a time range: a date range writes "30.4.–2.5."
    months = [m for m in (match[3], match[7]) if m]
    if not all(_plausible(d, m) for d in (match[1], match[5]) for m in months):
        ends = [(match[1], match[3]), (match[5], match[7])]
        if match[2] != "/" or not month_day.only_month_day_range(ends):
            return None
        bare = month_first and month_day.bare(low, start, end)
        return (start, end, "date") if bare or cued(low, start, end) else None
    if not cued(low, start, end) or score(low, start, match[5], match[7]):
        return None
    return start, end + (match[6] == "."), "date"


_DAY_DASH = re.compile(r"(?<![\d.,:/-])(\d{1,2})([-/])\Z")
_DASH_YEAR = re.compile(r"([-/])(?:(?:19|20)\d{2}|\d{2})(?![\d\w])")


def dashed(low: str, start: int, end: int) -> Found | None:
    """ "17-Jul-2024", "3-mar-24", "15/Jan/24": a day, the month word at low[start:end] and a
    year, joined by dashes or by slashes."""
    day = _DAY_DASH.search(low, max(0, start - 4), start)
    year = _DASH_YEAR.match(low, end)
    if not day or not year or day[2] != year[1] or not 1 <= int(day[1]) <= 31:
        return None
    return day.start(), year.end(), "date"


def with_year(text: str, start: int, end: int) -> list[Found]:
    """ "26/12-21", "31/10 2020" in the cluster text[start:end]."""
    found = []
    for match in _DAY_MONTH_YEAR.finditer(text, start, end):
        day, month = next((match[i], match[i + 1]) for i in (1, 4, 7) if match[i])
        if _plausible(day, month):
            found.append((match.start(), match.end(), "date"))
    return found


def compact(text: str, low: str, start: int, end: int, month_first: bool = False) -> Found | None:
    """ "211026" (yymmdd) after a dating word, when it is a real date ("(211026)" too); where
    no word dates it and the study writes the day first, by its shape alone
    (`compact_days.py`: six digits standing alone)."""
    opened = text[start] == "("
    match = _COMPACT.fullmatch(text, start + opened, end)
    if not match:
        return None
    try:
        dt.date(2000 + int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    if cued(low, start + opened, end):
        return start + opened, end, "date"
    if opened or month_first or not compact_days.by_shape(text, low, start, end):
        return None
    return start, end, "date"
