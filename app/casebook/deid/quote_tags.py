"""A registered name that is an ordinary word, typed in lower case as the speaker of what was
just quoted: after a comma or a closing quotation mark and a verb of saying, before the end of
the sentence or "med"/"with": "..., sa bitten.", "Men det, sa hans med ett leende, är ...",
"'no,' said may." A word there is who spoke; an ordinary word after "sa" has a clause of its
own after it ("hon sa hans bror kom", "he said may be late": no comma before the verb, or a
word after it that is not "med"/"with") and stays.
"""

from __future__ import annotations

from casebook.deid import context

SAYING = frozenset(
    """sa sade sagt said says sier sagde siger sanoi sagte sagt' svarade svarte replied
    answered""".split()
)
_QUOTE_ENDS = ",\"'”’»"
_SENTENCE_ENDS = frozenset(".!?;:,")
_AFTER = frozenset({"med", "with"})


def speaker(low: str, start: int, end: int) -> bool:
    """Whether the lower-case word low[start:end] names who spoke, in a quotation's tag."""
    prev, gap = context.previous_word(low, start)
    if gap or prev not in SAYING:
        return False
    head = low[: start - len(prev) - 1].rstrip()
    if not head or head[-1] not in _QUOTE_ENDS:
        return False
    kind, following, _index = context.next_word(low, end)
    if kind != "w":
        return kind in _SENTENCE_ENDS or end >= len(low.rstrip())
    return following in _AFTER
