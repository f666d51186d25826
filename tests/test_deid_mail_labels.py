"""The header labels of an e-mail pasted into a note in Danish, Norwegian or Finnish
("Sendt:", "Emne:", "Lähettäjä:", "Aihe:") are labels (`vocab.LABELS`), no registered
name misspelt ("Emne" beside Emma) and no stranger; the names in the header still go."""

from __future__ import annotations

from deid_helpers import name_spans, numbered_redactor

REDACTOR = numbered_redactor(["Senta Berg", "Emma Lund", "Aino Salo"])


def test_danish_header_labels_are_no_names() -> None:
    text = "Fra: Ole Hansen\nSendt: 3. juni 2023\nTil: Kari Nilsen\nEmne: Møde i morgen\n\nHej"
    assert name_spans(REDACTOR, text) == ["Ole Hansen", "Kari Nilsen"]


def test_finnish_header_labels_are_no_names() -> None:
    text = "Lähettäjä: Matti Virtanen\nLähetetty: 3.6.2023\nAihe: Tapaaminen\n\nHei"
    assert name_spans(REDACTOR, text) == ["Matti Virtanen"]


def test_a_registered_name_in_the_header_keeps_its_tag() -> None:
    text = "Fra: Emma Lund\nSendt: 3. juni 2023\nEmne: Møde"
    assert name_spans(REDACTOR, text) == ["Emma Lund"]
