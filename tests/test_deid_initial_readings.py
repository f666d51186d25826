"""A registered name that is also a word, opening a sentence before a weak verb in a note that
names the same person elsewhere (`casebook.deid.initial_readings`): a verb phrase put before a
modal and its subject, a modal and an adverb before a bare verb, or a copula and a negation
before an amount or what defines a word, keeps its word; what is said of the person stays a
name."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry

_PEOPLE = ["Bo Lind", "Love Nyström", "Hope Ali", "Will Dahl", "Klara Ek", "Per Holm", "Dag Ek"]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(
        Registry([NameEntry(f"p{i}", n, f"[patient P-{i:02d}]") for i, n in enumerate(_PEOPLE)])
    )


def _note(person: str, sentence: str) -> str:
    return f"Vi träffade {person} på kontoret. We met {person} at the office.\n{sentence}"


@pytest.mark.parametrize(
    ("person", "sentence"),
    [
        ("Bo Lind", "Bo själv vill hon inte, och hon tog upp hyran."),
        ("Bo Lind", "Bo själv vill hon inte."),
        ("Klara Ek", "Klara sig själv kan han inte längre."),
        ("Love Nyström", "Love is not enough, she said, you need money as well."),
        ("Love Nyström", "Love is not the word she would use, she says."),
        ("Hope Ali", "Hope is not enough to live on."),
        ("Hope Ali", "Hope was not what she expected."),
        ("Will Dahl", "Will never use again."),
        ("Will Dahl", "Will probably be late."),
        ("Will Dahl", "Will still be there tomorrow, she said."),
    ],
)
def test_the_word_is_kept(redactor: Redactor, person: str, sentence: str) -> None:
    out = redactor(_note(person, sentence))
    assert out.endswith(sentence), out


@pytest.mark.parametrize(
    ("person", "sentence"),
    [
        ("Bo Lind", "Bo själv kom inte."),
        ("Bo Lind", "Bo själv vill träffa henne."),
        ("Bo Lind", "Bo själv vill hon inte träffa i dag."),
        ("Per Holm", "Per vill hon inte träffa."),
        ("Dag Ek", "Dag själv vill han inte prata om."),
        ("Love Nyström", "Love is not tired today."),
        ("Love Nyström", "Love is not happy with the flat."),
        ("Love Nyström", "Love was not enough of a reason, she said."),
        ("Will Dahl", "Will is not the case manager."),
        ("Will Dahl", "Will is not at home."),
        ("Hope Ali", "Hope is not here, she said."),
        ("Will Dahl", "Will never came back."),
        ("Will Dahl", "Will still unwell, GP called."),
        ("Will Dahl", "Will also needs a new referral."),
        ("Will Dahl", "Will still feeling low."),
        ("Will Dahl", "Will never forgot her birthday."),
    ],
)
def test_the_person_is_removed(redactor: Redactor, person: str, sentence: str) -> None:
    out = redactor(_note(person, sentence))
    first = sentence.split()[0]
    assert out.rsplit("\n", 1)[1].startswith("[patient"), (first, out)


@pytest.mark.parametrize(
    "text",
    [
        "obs stämningen bättre än sist Dag för dag blir det lättare, säger hon.",
        "kort möte Dag för dag går det bättre.",
    ],
)
def test_a_set_phrase_that_repeats_the_word_is_kept(redactor: Redactor, text: str) -> None:
    assert redactor(_note("Dag Ek", text)).endswith(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vi träffade Dag för första gången.",
        "pratade med Dag för att boka tid.",
        "obs stämningen bättre än sist Dag kom sent.",
        "Mejla Dag för dag.lindholm@huddinge.se innan fredag.",
    ],
)
def test_the_person_before_a_preposition_is_removed(redactor: Redactor, text: str) -> None:
    assert "Dag" not in redactor(_note("Dag Ek", text)).rsplit("\n", 1)[1]


@pytest.fixture(scope="module")
def where_redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:var", "Var Lindholm", "[patient P-var]")]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Var kan vi parkera bilen?",
        "Var har ni lagt nycklarna till förrådet?",
        "Var ska hon sova i natt, undrade hon?",
        "Var vill du att vi ställer lådorna?",
    ],
)
def test_a_swedish_question_word_before_its_verb_and_subject_is_kept(
    where_redactor: Redactor, sentence: str
) -> None:
    note = f"Var Lindholm ringde i morse om flytten.\n{sentence}"
    out = where_redactor(note)
    assert out.endswith(sentence), out
    assert out.startswith("[patient P-var]"), out


@pytest.mark.parametrize(
    "sentence",
    [
        "Var kan du ringa i morgon.",  # Var put first as the object of a statement
        "Var kan komma på fredag?",  # Var the subject of the question
        "Var har varit sjuk hela veckan.",
    ],
)
def test_a_person_before_a_modal_stays_a_name(where_redactor: Redactor, sentence: str) -> None:
    note = f"Var Lindholm ringde i morse om flytten.\n{sentence}"
    out = where_redactor(note)
    assert out.rsplit("\n", 1)[1].startswith("[patient P-var]"), out
