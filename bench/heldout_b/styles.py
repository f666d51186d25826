"""The kinds of note held-out B writes, each as a list of pieces.

Narrative paragraphs; clinician shorthand (one finding a line, some bulleted); an observer's
log with time stamps; a meeting record with who attended (by name and role) and a numbered
agenda; an e-mail pasted into the note with its headers, quoted reply line and signature;
text messages copied in; and text copied out of a PDF (hard line breaks, hyphenated words,
page footers).
"""

from __future__ import annotations

from collections.abc import Callable

from bench.heldout_b import numbers
from bench.heldout_b.pieces import Mark, Piece, wrap_like_pdf
from bench.heldout_b.writer import Writer

ROLE_WORDS = {
    "sv": {"patient": ["patient", "pat."], "professional": ["case manager", "psykiatriker",
           "ssk", "kurator", "arbetsterapeut", "boendestödjare"],
           "contact": ["god man", "kontaktperson", "förvaltare"],
           "woman": ["mamma", "syster", "dotter", "vän", "granne", "sambo", "moster"],
           "man": ["pappa", "bror", "son", "vän", "granne", "sambo", "morbror"]},
    "en": {"patient": ["patient", "pt"], "professional": ["case manager", "psychiatrist",
           "nurse", "OT", "support worker"], "contact": ["guardian", "contact person", "trustee"],
           "woman": ["mother", "sister", "daughter", "friend", "neighbour", "partner", "aunt"],
           "man": ["father", "brother", "son", "friend", "neighbour", "partner", "uncle"]},
}  # fmt: skip
AGENDA = {
    "sv": ["Föregående anteckningar", "Hur har veckan varit?", "Boende", "Ekonomi",
           "Medicinering", "Arbete/sysselsättning", "Patientens mål", "Övrigt", "Nästa möte"],
    "en": ["Notes from last time", "How has the week been?", "Housing", "Money",
           "Medication", "Work and activities", "The patient's goals", "AOB", "Next meeting"],
}  # fmt: skip
SMS = {
    "sv": ["hej! kan inte komma idag, mår skit. ring mig sen {PH}", "sorry sen, bussen står still",
           "är på {L} nu, kommer snart", "kan {P} komma istället?", "ok tack 👍", "glöm inte {D}!!",
           "inga pengar kvar på kortet, kan vi ta det på mötet", "{P} har mitt nya nr {PH}"],
    "en": ["cant make it today sorry", "running late, bus", "can {P} come instead?",
           "ok thanks x", "new number {PH}", "see you {D}", "at {L} now"],
}  # fmt: skip
SIGN_OFF = {"sv": ["Med vänlig hälsning", "Vänliga hälsningar", "Mvh", "Hälsningar"],
            "en": ["Best wishes,", "Kind regards,", "Thanks,", "Best,"]}  # fmt: skip
ORGS = ["Psykiatri Nordväst", "Socialförvaltningen, vuxenenheten", "Boendestöd Väst",
        "Allmänpsykiatriska mottagningen", "Beroendecentrum", "Försäkringskassan"]  # fmt: skip


def _sentences(w: Writer, lang: str, case: int, target: int, sep: str) -> list[Piece]:
    out: list[Piece] = []
    size = 0
    while size < target:
        pieces = w.sentence(w.rng.choice(("sv", "en")) if lang == "mix" else lang, case)
        if out:
            out.append(sep)
        out += pieces
        size += sum(len(p.text if isinstance(p, Mark) else p) for p in pieces) + len(sep)
    return out


def narrative(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    out: list[Piece] = []
    while target > 0:
        chunk = min(target, w.rng.randint(250, 700))
        if out:
            out.append("\n\n")
        out += _sentences(w, lang, case, chunk, " ")
        target -= chunk
    return out


def shorthand(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    bullet = w.rng.choice(["", "- ", "* ", "• "])
    return [bullet, *_sentences(w, lang, case, target, "\n" + bullet)]


def observer_log(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    out: list[Piece] = []
    hour, minute = w.rng.randint(9, 15), w.rng.randint(0, 30)
    sep = w.rng.choice((":", "."))
    size = 0
    while size < target:
        minute += w.rng.randint(1, 9)
        hour, minute = hour + minute // 60, minute % 60
        stamp = f"{hour:02d}{sep}{minute:02d} "
        line = w.sentence(w.rng.choice(("sv", "en")) if lang == "mix" else lang, case)
        out += ["\n" if out else "", stamp, *line]
        size += len(stamp) + sum(len(p.text if isinstance(p, Mark) else p) for p in line)
    return out


def _attendee(w: Writer, lang: str, case: int, used: set[str]) -> list[Piece]:
    person = w.person(case, used)
    name = w.names.registered(person, part=w.rng.choice(["full", "given", "full"]), lang=lang)
    w.account(name)
    role = person.role
    if role == "significant other":
        role = "woman" if person.female else "man"
    return [*name, f" ({w.rng.choice(ROLE_WORDS[lang][role])})"]


def meeting(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    lang = "sv" if lang == "mix" else lang
    rng = w.rng
    used: set[str] = set()
    out: list[Piece] = ["Närvarande: " if lang == "sv" else "Present: "]
    for i in range(rng.randint(2, 5)):
        out += ([", "] if i else []) + _attendee(w, lang, case, used)
    if rng.random() < 0.5:
        out += [", ", *w.third.name(titled=True, lang=lang)]
    if rng.random() < 0.4:
        out += ["\nFrånvarande: " if lang == "sv" else "\nApologies: ",
                *_attendee(w, lang, case, used)]  # fmt: skip
    out.append("\nDagordning:" if lang == "sv" else "\nAgenda:")
    items = rng.sample(AGENDA[lang], rng.randint(3, 6))
    per_item = max(80, target // len(items))
    for n, item in enumerate(items, 1):
        out += [f"\n{n}. {item}\n", *_sentences(w, lang, case, per_item, " ")]
    return out


def _header_person(w: Writer, lang: str, case: int) -> tuple[list[Piece], list[Piece]]:
    """A name and e-mail address for a header: a professional of the case or a stranger."""
    if w.rng.random() < 0.6:
        person = w.person(case)
        name = w.names.registered(person, style="exact", part="full", lang=lang)
        given, family = person.given, person.family
    else:
        name = w.third.name(lang=lang, shape="full")
        given, family = name[-1].text.split(" ", 1)  # type: ignore[union-attr]
    address, shape = w.contacts.email(given, family, obfuscated=False)
    return name, [Mark(address, "email", f"header/{shape}")]


def email(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    lang = "sv" if lang == "mix" else lang
    rng = w.rng
    sender, sender_mail = _header_person(w, lang, case)
    to, to_mail = _header_person(w, lang, case)
    weekday, day, facets = numbers.date(rng, lang)
    when = [
        weekday,
        Mark(day, "date", f"header/{facets}"),
        f" {rng.randint(7, 18)}:{rng.randint(10, 59)}",
    ]
    if rng.random() < 0.5:
        head = (["Från: "] if lang == "sv" else ["From: "]) + [*sender, " <", *sender_mail, ">\n"]
        head += (["Skickat: "] if lang == "sv" else ["Sent: "]) + [*when, "\n"]
        head += (["Till: "] if lang == "sv" else ["To: "]) + [*to, " <", *to_mail, ">\n"]
        head += [
            "Ämne: SV: Resursgruppen\n\n" if lang == "sv" else "Subject: RE: Network meeting\n\n"
        ]
    else:
        wrote = ":" if lang == "sv" else " wrote:"
        if lang == "sv":  # "Den 6 mars 2020 15:29 skrev ...", without the weekday
            when = when[1:]
        head = ["Den " if lang == "sv" else "On ", *when, " skrev " if lang == "sv" else " ",
                *sender, " <", *sender_mail, f">{wrote}\n> "]  # fmt: skip
    w.account(head)
    body = _sentences(w, lang, case, target, rng.choice((" ", "\n")))
    sign: list[Piece] = [f"\n\n{rng.choice(SIGN_OFF[lang])}\n", *sender, f"\n{rng.choice(ORGS)}\n"]
    if rng.random() < 0.7:
        number, facets = w.phones.number("SE" if rng.random() < 0.8 else None)
        sign += [
            rng.choice(["Tel: ", "Tfn ", "Mobil: ", "Phone: ", "Direkt: "]),
            Mark(number, "phone", f"{facets}/signature"),
        ]
    w.account(sign)
    greeting = rng.choice(
        ["Hej!\n", "Hej,\n", ""] if lang == "sv" else ["Hi,\n", "Dear all,\n", ""]
    )
    return [*head, greeting, *body, *sign]


def sms(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    lang = "sv" if lang == "mix" else lang
    out: list[Piece] = []
    for _ in range(w.rng.randint(1, 3)):
        stamp = f"{w.rng.randint(7, 22):02d}:{w.rng.randint(0, 59):02d}"
        lead = f"SMS {stamp}: ”" if lang == "sv" else f'Text at {stamp}: "'
        body = w.fill(w.rng.choice(SMS[lang]), lang, case)
        w.account(body)
        out += ["\n" if out else "", lead, *body, "”" if lang == "sv" else '"']
    return [*out, "\n", *_sentences(w, lang, case, target // 2, " ")]


def pdf(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    body = narrative(w, lang, case, target)
    page = w.rng.randint(1, 4)
    footer = f"\nSida {page} av {page + 1}" if lang != "en" else f"\nPage {page} of {page + 1}"
    return [*wrap_like_pdf(body, w.rng.randint(55, 80), hyphenate=True), footer]


STYLES: dict[str, tuple[int, Callable[[Writer, str, int, int], list[Piece]]]] = {
    "narrative": (30, narrative), "shorthand": (16, shorthand), "observer-log": (12, observer_log),
    "meeting": (11, meeting), "email": (10, email), "sms": (7, sms), "pdf": (10, pdf),
}  # fmt: skip
