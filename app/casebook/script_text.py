"""Casebook's interface text for the page scripts, gathered in one catalogue so it is
translated with the rest (`make messages`) instead of being hard-coded English in the scripts.

Every page carries it, in the reader's language, as JSON in
`<script type="application/json" id="cb-text">` (base.html); messages.js reads it and gives
the scripts `CasebookMessages.text`, `format` and `plural`. A message with a count is a pair
[one, other]; placeholders are `{name}` (written `%(name)s` here, as everywhere in the
catalogues, so a message the server also says has one msgid and one translation)."""

from __future__ import annotations

import re

from casebook import i18n


def N_(message: str) -> str:
    """Marks a message for `make messages`; translated when the page is rendered."""
    return message


def _n(one: str, other: str) -> tuple[str, str]:
    """Marks a message with a count ("%(num)d answer", "%(num)d answers")."""
    return (one, other)


SCRIPT_TEXT: dict[str, str | tuple[str, str]] = {
    # autosave.js: the status line of a response
    "allSent": N_("All sent to the server at %(time)s"),
    "savedOnDevice": _n(
        "Saved on this device, not yet sent (%(num)d response)",
        "Saved on this device, not yet sent (%(num)d responses)",
    ),
    "checkingDevice": N_("Looking for changes kept on this device…"),
    "sending": N_("Sending…"),
    "notSavedAnswers": _n(
        "%(num)d answer not saved: fix it to save", "%(num)d answers not saved: fix them to save"
    ),
    "needsFixing": _n(
        "%(num)d answer to fix before it can be saved",
        "%(num)d answers to fix before they can be saved",
    ),
    "whyOffline": N_("No connection to the server; trying again in %(seconds)s s"),
    "whyLoggedOut": N_("You are logged out: log in again to send"),
    "whyServer": N_("The server could not take it (%(reason)s); trying again in %(seconds)s s"),
    "conflict": N_(
        "NOT SENT: %(who)s saved a newer version at %(time)s. Both versions are shown below; "
        "yours is kept on this device."
    ),
    "refused": N_("NOT SENT: %(reason)s. Your text is kept on this device."),
    "openElsewhere": N_(
        "This response is open in another tab or window of this browser. Continue there; "
        "nothing can be typed here."
    ),
    "localStart": N_("Started on this device; it is sent as soon as there is a connection."),
    "notOnDevice": N_(
        "This response was not started on this device, so there is nothing to show here. "
        "Open it from the case or participant page."
    ),
    "storageRefused": N_(
        "This browser has not promised to keep the copies on this device when space runs low. "
        "Send them as soon as you can."
    ),
    "noIndexedDb": N_(
        "This browser cannot keep copies on this device (private browsing?). Changes are only "
        "saved once they reach the server."
    ),
    "markCompleteOffline": N_(
        "“Mark complete” needs the server. Your answers are saved on this device and will be "
        "sent when the connection is back."
    ),
    "draftOffline": N_("Saved on this device. It will be sent when the connection is back."),
    "someone": N_("Someone"),
    # autosave.js: the conflict banner
    "confirmTheirs": N_(
        "Your version of this response will be removed from this device, and theirs shown. "
        "Copy anything you need first. Go on?"
    ),
    # offline.js: the header, the login page, logging out, starting offline
    "loginQueued": _n(
        "%(num)d response saved on this device and not yet sent. Log in to send it.",
        "%(num)d responses saved on this device and not yet sent. Log in to send them.",
    ),
    "logoutUnsent": _n(
        "%(num)d response on this device is not sent to the server yet. If you log out now, it "
        "stays on this device until you log in again. Log out anyway?",
        "%(num)d responses on this device are not sent to the server yet. If you log out now, "
        "they stay on this device until you log in again. Log out anyway?",
    ),
    "logoutWait": N_("Sending what is on this device before logging out…"),
    "startedOffline": N_(
        "No connection: the interview starts on this device and is sent when the connection "
        "is back."
    ),
    "startNeedsVisit": N_(
        "No connection, and this form was not opened on this device before. Open it once "
        "while online."
    ),
    # device.js: the "On this device" page
    "pageOffline": N_(
        "You are offline, and this page was not opened on this device while online. What is "
        "on this device is listed below."
    ),
    "stateUnsent": N_("not yet sent"),
    "stateSent": N_("sent"),
    "stateConflict": N_("conflict: someone else saved a newer version"),
    "stateRefused": N_("not accepted by the server"),
    "stateProblems": N_("sent, except answers to fix"),
    "typedBy": N_("typed by %(name)s"),
    "otherUser": N_("Log in as %(name)s to send this."),
    "nothingHere": N_("Nothing from Casebook is kept on this device."),
    "allSentHere": N_("Everything on this device has been sent to the server."),
    "unsentHere": _n(
        "%(num)d response on this device is not sent yet.",
        "%(num)d responses on this device are not sent yet.",
    ),
    "persisted": N_("This browser keeps the copies on this device until they are sent."),
    "exported": N_("Saved as %(file)s. Keep the file safe: it holds everything typed."),
    "open": N_("Open"),
    # checks.js: the server's own messages, said in the browser before saving
    "required": N_("required: answer this before marking the response complete"),
    "notNumber": N_("not a number: type digits only, e.g. 12"),
    "notWhole": N_("a whole number is needed here, e.g. 12"),
    "notMinutes": N_("not a number of minutes: type whole minutes, e.g. 45"),
    "notDate": N_("not a date: use YYYY-MM-DD, e.g. 2025-03-31"),
    "notTime": N_("not a time: use HH:MM on a 24-hour clock, e.g. 09:30"),
    "tooLong": N_("at most %(limit)d characters (this has %(length)d)"),
    "atLeast": N_("must be at least %(number)s"),
    "atMost": N_("must be at most %(number)s"),
    "atMostMinutes": N_("must be at most %(number)d minutes"),
    "tooManyEntries": N_("at most %(limit)d entries (this has %(filled)d)"),
    "tooFewEntries": _n("needs at least %(num)d entry", "needs at least %(num)d entries"),
    "requiredInEntry": N_("required in every entry"),
    "specifyOther": N_("please specify the 'other' answer"),
    "giveReason": N_("give the reason this row is left out"),
    # form.js
    "covered": N_("%(done)d/%(total)d covered"),
    "removeEntry": N_("Remove this entry and what is in it?"),
    # complete.js: the check before "Mark complete"
    "markComplete": N_("Mark complete"),
    "markAnyway": N_("Mark complete anyway"),
    "needsEntries": _n("Needs at least %(num)d entry", "Needs at least %(num)d entries"),
    "entry": N_("Entry %(number)s"),
    "interviewDate": N_("Date of the interview"),
    "date": N_("Date"),
    # reviews.html: deciding words in the background
    "reviewNotSaved": N_("Not saved (the connection or the session failed): try again."),
}

_PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def _for_script(text: str) -> str:
    """`%(name)s` -> `{name}` (what messages.js fills in); `%%` -> `%`."""
    return _PLACEHOLDER.sub(r"{\1}", text).replace("%%", "%")


def script_text() -> dict[str, str | list[str]]:
    """The catalogue in the language of this request; a message with a count as
    [one, other]."""
    translations = i18n.domain.get_translations()
    found: dict[str, str | list[str]] = {}
    for key, message in SCRIPT_TEXT.items():
        if isinstance(message, tuple):
            found[key] = [
                _for_script(translations.ungettext(message[0], message[1], n)) for n in (1, 2)
            ]
        else:
            found[key] = _for_script(translations.ugettext(message))
    return found
