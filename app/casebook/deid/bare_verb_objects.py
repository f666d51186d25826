"""The object of a bare English verb: "not to quote Jasper on any of this", "both of them
blame Clay for the noise".

A capitalised word after an ordinary lower-case English word is read by
`word_readings.unpunctuated_start` as a new sentence whose full stop was left out ("quick
delivery Will never"), so a registered word-name there is kept as the word. That reading fails
where the word before is a verb by its slot and the capitalised word is its object: the word
before stands right after the infinitive "to", a modal, "not" or a personal pronoun ("to
quote", "would thank", "of them blame", "we pay"), and a preposition follows the capitalised
word, the complement such a verb takes of a person ("blame X for", "quote X on", "thank X
for", "ask X about"). A sentence whose full stop was left out does not go on with a bare noun
and a preposition after such a verb, so the capitalised word is the person written about.
"""

from __future__ import annotations

from casebook.deid import closed_words, vocab
from casebook.deid.context import next_word, previous_word

# Words after which the next lower-case word is a bare verb: the infinitive marker, modals,
# negation and personal pronouns, subject or object ("of them blame", "let me quote").
_BEFORE_BARE_VERB = (
    frozenset({"to", "not", "never", "don't", "didn't", "doesn't", "you", "i", "we", "they"})
    | vocab.MODALS
    | (vocab.OBJECT_PRONOUNS & frozenset({"me", "us", "them"}))
)

# English prepositions that UD's annotators tag ADP in most of their occurrences but below
# the 90 % bar of `data/prepositions.tsv` (UD English-EWT and English-GUM dev files: "for"
# 376 of 429, "about" 72 of 112, "over" 48 of 66, "onto" 2 of 2).
_MORE_PREPOSITIONS = frozenset({"for", "about", "over", "onto"})


def object_of_bare_verb(low: str, start: int) -> bool:
    """Whether the capitalised word at `start` (`low`: the text in lower case) is the object
    of the bare verb right before it ("to quote Jasper on", "them blame Clay for"; see the
    module docstring)."""
    verb, gap = previous_word(low, start)
    if gap or not verb.isalpha():
        return False
    marker, gap = previous_word(low, start - len(verb) - 1)
    if gap or marker not in _BEFORE_BARE_VERB:
        return False
    _kind, word, _index = next_word(low, start)
    kind, following, _index = next_word(low, start + len(word))
    return kind == "w" and (following in _MORE_PREPOSITIONS or closed_words.preposition(following))
