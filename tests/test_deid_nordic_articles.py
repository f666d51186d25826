"""A registered name that is a Norwegian or Danish word, in lower case between an article
that is a pronoun as well ("de", "dei") and a noun, is the adjective
(`nordic_lower.word_here`): "blandt de vilde elefanter" keeps its word beside a registered
Vilde; where no noun follows, the name is read as before."""

from __future__ import annotations

import pytest
from deid_helpers import name_spans, numbered_redactor

REDACTOR = numbered_redactor(["Vilde Hansen", "Aurora Berg"])


@pytest.mark.parametrize(
    "text",
    [
        "Mangen en vandretur har jeg gået der, blandt de vilde elefanter og floder.",
        "Vi så de vilde dyr i skoven i går.",
    ],
)
def test_adjective_between_article_and_noun_is_kept(text: str) -> None:
    assert name_spans(REDACTOR, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jeg talte med vilde i går om det.", "vilde"),
        ("Det var det aurora gjorde i går.", "aurora"),  # a verb follows: the pronoun
        ("Regjeringa maktar ikkje det aurora lovar på feltet.", "aurora"),  # what she promises
    ],
)
def test_the_name_where_no_noun_follows(text: str, name: str) -> None:
    assert name in name_spans(REDACTOR, text)
