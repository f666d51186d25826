"""A clocked entry of an observation log written with the word a clock time takes, English
"at 09:15" or Finnish "klo 9:15", opening its line: the entry's first word opens a sentence
where it stands before a common noun or a determiner ("at 10:05 Bright colours cheer up the
hallway", "at 9:10 Chase the dog away"), as after a bare "10:05" (`context.sentence_start`).

Before anything else the stamp is read as it was, as words running on inside a sentence,
which keeps a registered name there the person ("at 10:42 Love makes some good
observations", "at 10:42 Hope was very clean"): a subject stands before its verb, and only
a word that modifies a noun or a verb's imperative stands before a noun or an article. The
nouns and determiners are the English words the Universal Dependencies treebanks tag only so,
never as a verb or auxiliary (`data/noun_followers_en.txt`, `bench/build_noun_followers.py`);
a kin or role noun ("at 10:42 Rose son ...") or a title is left out, which may follow a name.
"""

from __future__ import annotations

import re

from casebook.deid import vocab
from casebook.deid.context import next_word

# What stands on the line before the entry's first word: "at 09:15 ", "klo 9.15 ".
_STAMP = re.compile(r"[ \t]*(?:[Aa]t|[Kk]lo)[ \t]+\d{1,2}[:.]\d{2}[ \t]+")


def opens(text: str, start: int, end: int) -> bool:
    """Whether the word text[start:end] opens a clocked entry stamped "at 09:15" or "klo 9:15"
    and stands right before a lower-case common noun or determiner of English."""
    line = text.rfind("\n", 0, start) + 1
    if not _STAMP.fullmatch(text, line, start):
        return False
    kind, word, index = next_word(text, end)
    if kind != "w" or index != end + 1 or not text[index].islower():
        return False
    return (
        word in vocab._read("noun_followers_en.txt")
        and word not in vocab.RELATIONS
        and word not in vocab.TITLES
    )
