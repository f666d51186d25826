"""The header labels of an e-mail pasted into a note in Danish, Norwegian or Finnish
("Sendt:", "Emne:", "Lähettäjä:", "Aihe:") are labels (`vocab.LABELS`), no registered
name misspelt ("Emne" beside Emme) and no stranger; the names in the header still go."""

from __future__ import annotations

from deid_helpers import name_spans, numbered_redactor

REDACTOR = numbered_redactor(["Senda Berg", "Emme Lund", "Aiho Salo"])


def test_danish_header_labels_are_no_names() -> None:
    text = "Fra: Ole Hansen\nSendt: 3. juni 2023\nTil: Kari Nilsen\nEmne: Møde i morgen\n\nHej"
    assert name_spans(REDACTOR, text) == ["Ole Hansen", "Kari Nilsen"]


def test_finnish_header_labels_are_no_names() -> None:
    text = "Lähettäjä: Matti Virtanen\nLähetetty: 3.6.2023\nAihe: Tapaaminen\n\nHei"
    assert name_spans(REDACTOR, text) == ["Matti Virtanen"]


def test_a_header_label_alone_on_its_line_is_no_slip_of_a_name() -> None:
    names = name_spans(REDACTOR, "Ole Hansen wrote:\nSendt: 3/6-2023 17:02\nEmne: Møde")
    assert "Sendt" not in names and "Emne" not in names


def test_a_registered_name_in_the_header_keeps_its_tag() -> None:
    text = "Fra: Emme Lund\nSendt: 3. juni 2023\nEmne: Møde"
    assert name_spans(REDACTOR, text) == ["Emme Lund"]
