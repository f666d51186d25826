"""Casebook's own interface text in the reader's language (Flask-Babel, gettext catalogues).

Casebook keeps its text in its own gettext domain, `casebook`, so a host app that mounts it
keeps its own `messages` domain. The catalogues are the committed `.po` files under
`casebook/translations/<lang>/LC_MESSAGES/casebook.po`; they are compiled in memory the first time
a language is needed (a few milliseconds), so there is no `.mo` file to build, commit or let go
stale, and a `pip install` of Casebook needs no extra step.

Which language a request reads in is `casebook.language.reading_language()`; the interface uses the
nearest language it has a catalogue for (`interface_language()`), English otherwise.

Use `_` for text in a request, `_l` for text defined at import time (form labels, fixed
messages), `_n` for text with a count. Placeholders are `%(name)s`."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from flask import Flask
from flask_babel import Babel, Domain, get_locale, get_translations

DOMAIN = "casebook"
TRANSLATIONS = Path(__file__).parent / "translations"
SOURCE_LANGUAGE = "en"


def catalogue_path(language: str) -> Path:
    return TRANSLATIONS / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def interface_languages() -> tuple[str, ...]:
    """English (the source text) and every language with a catalogue."""
    found = sorted(p.parent.parent.name for p in TRANSLATIONS.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return (SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE))


@cache
def _compiled(language: str) -> NullTranslations:
    """The catalogue of one language, compiled from its .po in memory (fuzzy entries, which
    a translator has not confirmed, are left out and show in English)."""
    path = catalogue_path(language)
    if not path.exists():
        return NullTranslations()
    with path.open("rb") as source:
        catalogue = read_po(source, locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


class CasebookDomain(Domain):
    """Flask-Babel's domain, reading Casebook's .po catalogues instead of .mo files."""

    def __init__(self) -> None:
        super().__init__(translation_directories=[str(TRANSLATIONS)], domain=DOMAIN)

    def get_translations(self) -> NullTranslations:
        locale = get_locale()
        if locale is None:
            return NullTranslations()
        return _compiled(interface_code(locale))


domain = CasebookDomain()
_ = domain.gettext
_l = domain.lazy_gettext
_n = domain.ngettext


def interface_code(locale: Locale | str | None) -> str:
    """The interface language nearest to a locale: `sv` for sv_FI; English otherwise."""
    if locale is None:
        return SOURCE_LANGUAGE
    language = locale.language if isinstance(locale, Locale) else str(locale).split("_")[0]
    language = language.split("-")[0].lower()
    return language if language in interface_languages() else SOURCE_LANGUAGE


def interface_language() -> str:
    """The language of Casebook's own text in this request."""
    return interface_code(get_locale())


def language_name(code: str) -> str:
    """A language's name in that language, as people look for it: "English", "svenska"."""
    try:
        return Locale.parse(code).get_display_name(code) or code
    except (ValueError, UnknownLocaleError):
        return code


def init_app(app: Flask, locale_selector: Any) -> None:
    """Flask-Babel on the app, unless the host app already set it up (then the host's
    locale selector decides the language), and gettext in the templates."""
    if "babel" not in app.extensions:
        Babel(app, locale_selector=locale_selector)
    if "jinja2.ext.i18n" not in app.jinja_env.extensions:
        # As Flask-Babel does itself: the templates read the request's domain, which is
        # Casebook's on Casebook's pages (`use_casebook_text`) and the host's elsewhere.
        app.jinja_env.add_extension("jinja2.ext.i18n")
        app.jinja_env.install_gettext_callables(
            gettext=lambda text: get_translations().ugettext(text),
            ngettext=lambda one, many, n: get_translations().ungettext(one, many, n),
            newstyle=True,
        )


def use_casebook_text() -> None:
    """Before each Casebook request: its pages and messages read Casebook's catalogue."""
    domain.as_default()
