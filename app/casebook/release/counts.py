"""Canned queries that count: for every coded item of an instrument (choice, multichoice,
scale, checklist, and choice or scale items inside a repeat) how many responses gave each
value, per wave, with the value's label and a row of zero for every value nobody gave; and
cross-tabs of pairs of choice and multichoice items of one instrument.

Which items are counted, in which table their values are, and in which waves comes from the
instrument model; the values themselves and their labels are read from the release's own
codebook (`choices`, `items`), which the builder writes from the same model. So a value
added to an instrument is counted (with its zero) in the next release without anyone
listing it, and an item of an older version is counted with the values it had."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from casebook.instruments.model import Instrument, label_text

# Pairs of coded items get a canned query of their own when an instrument has at most this
# many coded items (every pair); with more, only the pairs within one section (items a
# frame groups together), and the parameterised cross-tab covers every other pair.
ALL_PAIRS_UP_TO = 4
CROSSTAB = "crosstab"
UNITS = {"interview": "interviews", "observation": "observations", "coding": "codings"}
CODED = ("choice", "multichoice")
COUNTED = (*CODED, "scale", "checklist")
IN_REPEATS = ("choice", "scale")

Query = dict[str, Any]


def quoted(text: str) -> str:
    """An SQL string literal (ids are lower-case letters, digits, _ and -; quoted anyway)."""
    return "'" + text.replace("'", "''") + "'"


def identifier(text: str) -> str:
    return '"' + text.replace('"', "") + '"'


def _published(item: Any) -> bool:
    return item.release_policy() != "drop"


def _items(versions: Sequence[Instrument]) -> Iterator[tuple[Any, Any]]:
    """(item, repeat or None) for every counted item of any version, newest first: an item
    dropped in a newer version is still counted with the data it has."""
    found: dict[str, tuple[Any, Any]] = {}
    for version in versions:
        for item in version.items():
            if item.type == "repeat" and _published(item):
                for sub in item.items:
                    if sub.type in IN_REPEATS and _published(sub):
                        found.setdefault(f"{item.id}.{sub.id}", (sub, item))
            elif item.type in COUNTED and _published(item):
                found.setdefault(item.id, (item, None))
    yield from found.values()


def _options(instrument_id: str, item_id: str) -> str:
    """The item's codebook values with the label and position of the newest version that has
    them (SQLite takes bare columns from the row that holds the max())."""
    return (
        "select value, label, position from (select value, label, position, max(version)"
        f" from choices where instrument = {quoted(instrument_id)} and item = {quoted(item_id)}"
        " group by value)"
    )


def _source(instrument_id: str, item: Any, repeat: Any) -> str:
    """One row per value given: (response, wave, [row,] value), all as text."""
    inst = quoted(instrument_id)
    if repeat is not None:
        rest = "substr(a.part, instr(a.part, '.') + 1)"  # `2.role` or `2.role.<code>`
        own = f"{rest} = {quoted(item.id)}"
        deeper = f"substr({rest}, 1, {len(item.id) + 1}) = {quoted(item.id + '.')}"
        return (
            "select r.response, r.wave, coalesce(cast(a.value as text), 'not_observed') as value"
            " from answers a join responses r on r.response = a.response"
            f" where a.instrument = {inst} and a.item = {quoted(repeat.id)}"
            f" and ({own} or {deeper})"
        )
    if item.type in CODED:
        return (
            "select response, wave, value from codes"
            f" where instrument = {inst} and item = {quoted(item.id)}"
        )
    if item.type == "scale":
        return (
            "select r.response, r.wave, coalesce(cast(a.value as text), 'not_observed') as value"
            " from answers a join responses r on r.response = a.response"
            f" where a.instrument = {inst} and a.item = {quoted(item.id)} and a.part = ''"
        )
    return (
        "select response, wave, row, coalesce(cast(score as text), blank) as value"
        f" from checklist_scores where instrument = {inst} and checklist = {quoted(item.id)}"
    )


def counts_query(instrument: Instrument, item: Any, repeat: Any = None) -> Query:
    """How many responses gave each value of `item`, per wave of the instrument, zeros
    included; a checklist per row; an item in a repeat also counts its entries."""
    unit = UNITS[instrument.kind]
    waves = ", ".join(quoted(w) for w in instrument.waves)
    rows = item.type == "checklist"
    key = "g.wave = w.wave and g.value = o.value" + (" and g.row = k.row" if rows else "")
    entries = ", count(*) as entries" if repeat is not None else ""
    row_cte = (
        ", row_list as (select substr(item, instr(item, '.') + 1) as row, label, position from"
        " (select item, label, position, max(version) from items"
        f" where instrument = {quoted(instrument.id)} and parent = {quoted(item.id)}"
        " group by item))"
        if rows
        else ""
    )
    by_row = ", row" if rows else ""
    sql = (
        f"with given as ({_source(instrument.id, item, repeat)}),"
        f" options as ({_options(instrument.id, item.id)}){row_cte},"
        f" tally as (select wave{by_row}, value, count(distinct response) as n{entries}"
        f" from given group by wave{by_row}, value),"
        f" answered as (select wave{by_row}, count(distinct response) as n from given"
        f" group by wave{by_row})"
        " select w.wave"
        + (", k.row, k.label as row_label" if rows else "")
        + f", o.value, o.label, coalesce(g.n, 0) as {unit}"
        + (", coalesce(g.entries, 0) as entries" if repeat is not None else "")
        + ", coalesce(a.n, 0) as answered,"
        " round(100.0 * coalesce(g.n, 0) / nullif(a.n, 0), 1) as percent"
        " from waves w"
        + (" cross join row_list k" if rows else "")
        + " cross join options o"
        + f" left join tally g on {key}"
        + " left join answered a on a.wave = w.wave"
        + (" and a.row = k.row" if rows else "")
        + f" where w.wave in ({waves})"
        + " order by w.position"
        + (", k.position" if rows else "")
        + ", o.position"
    )
    label = label_text(item.label)
    where = f"{label_text(repeat.label)}: {label}" if repeat is not None else label
    per = "per row, wave and value" if rows else "per wave and value"
    return {
        "title": f"{where}: counts per value by wave",
        "description": f"How many {unit} ({instrument.id}) gave each value of '{where}', "
        f"{per}, with the value's label and 0 for values nobody gave; 'answered' is how "
        f"many {unit} of that wave answered the item"
        + (" (every shown row is listed, scored or blank)" if rows else "")
        + (", 'entries' how many entries of the list had the value" if repeat else "")
        + ", 'percent' the share of them.",
        "sql": sql,
    }


def counts_queries(versions: Sequence[Instrument]) -> dict[str, Query]:
    """`<item>_counts` (`<repeat>_<item>_counts` inside a repeat) for every counted item of
    any version of one instrument; `versions` newest first."""
    waves = list(dict.fromkeys(wave for version in versions for wave in version.waves))
    newest = versions[0].model_copy(update={"waves": waves})
    return {
        (f"{repeat.id}_{item.id}" if repeat is not None else item.id) + "_counts": counts_query(
            newest, item, repeat
        )
        for item, repeat in _items(versions)
    }


def coded_items(instrument: Instrument) -> list[Any]:
    """The top-level choice and multichoice items (those in the `codes` table)."""
    return [i for i in instrument.items() if i.type in CODED and _published(i)]


def crosstab_sql(instrument: Instrument, first: str, second: str, names: tuple[str, str]) -> str:
    """Codings (or interviews, observations) per combination of a value of `first` and one
    of `second`, zeros included; `first`/`second` are SQL expressions (literals or params)."""
    inst = quoted(instrument.id)
    unit = UNITS[instrument.kind]

    def options(item: str) -> str:
        return (
            "select value, label, position from (select value, label, position, max(version)"
            f" from choices where instrument = {inst} and item = {item} group by value)"
        )

    return (
        f"with a_options as ({options(first)}), b_options as ({options(second)}),"
        " pairs as (select a.value as a, b.value as b, count(distinct a.response) as n"
        " from codes a join codes b on b.response = a.response"
        f" where a.instrument = {inst} and a.item = {first}"
        f" and b.instrument = {inst} and b.item = {second} group by 1, 2)"
        f" select oa.label as {identifier(names[0])}, ob.label as {identifier(names[1])},"
        f" coalesce(p.n, 0) as {unit} from a_options oa cross join b_options ob"
        " left join pairs p on p.a = oa.value and p.b = ob.value"
        " order by oa.position, ob.position"
    )


def crosstab_queries(instrument: Instrument) -> dict[str, Query]:
    """A named cross-tab per pair (every pair, or the pairs within a section when an
    instrument has many coded items) and, when some pairs have none, `crosstab` taking any
    two item ids."""
    items = coded_items(instrument)
    unit = UNITS[instrument.kind]
    out: dict[str, Query] = {}
    every = len(items) <= ALL_PAIRS_UP_TO
    for index, first in enumerate(items):
        for second in items[index + 1 :]:
            if not every and instrument.section_of(first.id) != instrument.section_of(second.id):
                continue
            out[f"{first.id}_by_{second.id}"] = {
                "title": f"{label_text(first.label)} × {label_text(second.label)}",
                "description": f"How many {unit} ({instrument.id}) chose each combination "
                "of the two, 0 where none did.",
                "sql": crosstab_sql(
                    instrument, quoted(first.id), quoted(second.id), (first.id, second.id)
                ),
            }
    if len(out) < len(items) * (len(items) - 1) // 2:  # some pairs have no query of their own
        ids = ", ".join(i.id for i in items)
        out[CROSSTAB] = {
            "title": f"{label_text(instrument.title)}: cross-tab of any two coded items",
            "description": f"How many {unit} chose each combination of a value of 'first' "
            f"and one of 'second', 0 where none did. Type two item ids of {instrument.id}: "
            f"{ids}.",
            "sql": crosstab_sql(instrument, ":first", ":second", ("first", "second")),
        }
    return out
