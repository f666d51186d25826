"""The kinds of note validation D writes, each as pieces of about `target` bytes.

hurried (lines typed between visits), mixed (Swedish and English in one note), email (pasted
with headers, greeting, quoted reply and signature), table (a contact list or plan typed as
text with pipes or tabs), dialogue (an interview transcript, "I:" and "R:"), obslog (an
observation log with times) and sms (messages copied in with their time stamps).
"""

from __future__ import annotations

from collections.abc import Callable

from bench.validation_d import contacts, numbers
from bench.validation_d.distract import trap
from bench.validation_d.pieces import Mark, Piece
from bench.validation_d.writer import Writer

Style = Callable[[Writer, str, int, int], list[Piece]]
QUESTIONS = {
    "sv": [
        "Hur har veckan varit?",
        "Vem brukar du prata med när det är tungt?",
        "Vad tycker du om mötena?",
        "Berätta om boendet.",
        "Och medicinen?",
        "Vad vill du ska hända framåt?",
        "Hur var det förra gången?",
    ],
    "en": [
        "How has the week been?",
        "Who do you talk to when things are hard?",
        "What do you think of the meetings?",
        "Tell me about where you live.",
        "And the medication?",
        "What would you like to happen next?",
    ],
}
ROLES = {
    "sv": ["anhörig", "mamma", "bror", "case manager", "ssk", "god man", "granne", "pat."],
    "en": ["relative", "mother", "brother", "case manager", "nurse", "guardian", "neighbour", "pt"],
}


def _run(
    w: Writer, lang: str, case: int, target: int, sep: str, lead: Callable[[], str]
) -> list[Piece]:
    out: list[Piece] = []
    used = 0
    while used < target:
        line = w.line(w.rng.choice(("sv", "en")) if lang == "mix" else lang, case)
        head = (sep if out else "") + lead()
        out += [head, *line]
        w.account([head])
        used += len(head) + sum(len(p.text if isinstance(p, Mark) else p) for p in line)
    return out


def hurried(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    sep = w.rng.choice(["\n", "\n", "; ", " / "])
    bullet = w.rng.choice(["", "- ", "* ", "• "]) if sep == "\n" else ""
    return _run(w, lang, case, target, sep, lambda: bullet)


def mixed(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    return _run(w, "mix", case, target, w.rng.choice([" ", "\n"]), lambda: "")


def obslog(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    clock = [w.rng.randint(8, 15), w.rng.choice([0, 15, 30])]
    mark = w.rng.choice([":", "."])

    def lead() -> str:
        clock[1] += w.rng.randint(1, 9)
        clock[0], clock[1] = clock[0] + clock[1] // 60, clock[1] % 60
        return f"{clock[0]:02d}{mark}{clock[1]:02d} "

    return _run(w, lang, case, target, "\n", lead)


def dialogue(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    out: list[Piece] = []
    used = 0
    while used < target:
        q = w.rng.choice(QUESTIONS[lang])
        line = w.line(lang, case)
        if w.rng.random() < 0.3:
            line = [p.lower() if isinstance(p, str) else p for p in line]
        prompt = ("\n" if out else "") + f"I: {q}\nR: "
        out += [prompt, *line]
        w.account([prompt])
        used += len(prompt) + sum(len(p.text if isinstance(p, Mark) else p) for p in line)
    return out


def table(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    sep = w.rng.choice([" | ", "\t", "  "])
    head = (
        ["Namn", "Roll", "Tel", "Kommentar"] if lang == "sv" else ["Name", "Role", "Phone", "Note"]
    )
    out: list[Piece] = [sep.join(head) + "\n" + ("-" * 40 if sep == " | " else "") + "\n"]
    used = 0
    while used < min(target, 360):
        person = w.person(case)
        name = w.mentions.registered(person, lang, w.rng.choice(["full", "full", "given", "lower"]))
        written, facets = numbers.phone(w.rng)
        note = trap(w.rng, w.rng.choice(["day", "time", "drug", "agency"]), lang)
        number: Piece = Mark(written, "phone", f"{facets}/table") if w.rng.random() < 0.5 else "–"
        row = [*name, sep + w.rng.choice(ROLES[lang]) + sep, number, sep + note + "\n"]
        out += row
        used += sum(len(p.text if isinstance(p, Mark) else p) for p in row)
        w.account(row)
    return out + w.line(lang, case)


def email(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    rng = w.rng
    sender = w.person(case)
    sv = lang == "sv"
    address, form = contacts.email(rng, sender.given, sender.family)
    weekday, written, dform = numbers.date(rng, "en" if rng.random() < 0.5 else lang)
    head: list[Piece] = [
        "Från: " if sv else "From: ",
        Mark(f"{sender.given} {sender.family}", "name", "email/from", True, sender.key),
        " <",
        Mark(address, "email", form),
        ">\n",
        "Skickat: " if sv else "Sent: ",
        weekday,
        Mark(written, "date", dform),
        " " + trap(rng, "time", "en") + "\n",
        "Ämne: " if sv else "Subject: ",
        "Re: " + trap(rng, rng.choice(["agency", "day"]), lang) + "\n\n",
        "Hej " if sv else "Hi ",
        *w.mentions.registered(w.person(case), lang, "given"),
        ",\n\n",
    ]
    w.account(head)
    body = _run(w, lang, case, target, rng.choice([" ", "\n\n"]), lambda: "")
    phone, pform = numbers.phone(rng)
    sign: list[Piece] = [
        "\n\n"
        + rng.choice(
            ["Mvh", "Vänliga hälsningar", "Hälsningar"]
            if sv
            else ["Best,", "Kind regards,", "Thanks,"]
        )
        + "\n",
        Mark(sender.given, "name", "email/signature", True, sender.key),
        "\n",
        trap(rng, "title", lang).removeprefix("the ") + ", " + trap(rng, "agency", lang) + "\n",
        "Tel: " if rng.random() < 0.5 else "Mobil " if sv else "Mob ",
        Mark(phone, "phone", f"{pform}/signature"),
    ]
    w.account(sign)
    return head + body + sign


def sms(w: Writer, lang: str, case: int, target: int) -> list[Piece]:
    stamp = [w.rng.randint(7, 21), w.rng.randint(0, 59)]

    def lead() -> str:
        stamp[1] = (stamp[1] + w.rng.randint(1, 30)) % 60
        who = w.rng.choice(["Pat", "Jag", "Me", "Pt"])
        return f"[{stamp[0]:02d}:{stamp[1]:02d}] {who}: "

    return _run(w, lang, case, min(target, 900), "\n", lead)


STYLES: dict[str, tuple[int, Style]] = {
    "hurried": (26, hurried),
    "mixed": (12, mixed),
    "obslog": (14, obslog),
    "dialogue": (16, dialogue),
    "table": (3, table),
    "email": (12, email),
    "sms": (6, sms),
}
