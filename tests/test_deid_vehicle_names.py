"""A car's make or model that the sentence names as one is no person's name
(`vehicle_names.py`): after "the make of the car is", before "model" and the model's own
word, or before a model of that make, while the same words stay people in a person's slot.
Every sentence here was written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.vehicle_names import car, make_of

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "text",
    [
        "Sure, my car make is toyoto.",  # a slip of Toyota after its cue
        "The make of the car is audi. I paid the premium.",
        "Make of the car is dacia and model of the car is sandero.",
        "My car make is toyota and model is verso.",  # a model after its own make
        "Make suzuki and model scross.",
        "Nisson sunny model fx.",  # a slip of Nissan before one of its models
        "Chevrolet corvette model zx.",
        "Make of the car is mitsubishi.",
    ],
)
def test_a_car_named_as_one_is_kept(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Suzuki rang about the car.", "Suzuki"),  # makes that are family names
        ("The nurse met Chevrolet at the gate.", "Chevrolet"),
        ("I will make Morgan a sandwich.", "Morgan"),  # "make" the verb is no cue
        ("The model was Leon, the photographer said.", "Leon"),  # a model with no make
        ("Kia model for the catalogue.", "Kia"),  # "model" and no model's own word
        ("The model is Daria.", "Daria"),  # a name, not a slip of "Dacia"
    ],
)
def test_a_person_in_the_same_words_stays_removed(redactor: Redactor, text: str, name: str) -> None:
    assert name in removed(redactor, text)


def test_a_name_of_the_lexicon_is_no_slip_of_a_make() -> None:
    assert make_of("toyoto") == "toyota"
    assert make_of("nisson") == "nissan"
    assert make_of("rhonda") is None  # one letter from "honda", and a person's name
    assert make_of("roger") is None  # one letter from "rover"


def test_a_model_of_the_make_must_follow() -> None:
    text = "Daria van Dijk came."
    assert not car(text, 0, 5)  # "van" is a Dacia model and a particle of a name
