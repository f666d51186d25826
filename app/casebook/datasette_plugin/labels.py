"""Coded values shown with their labels, read from the release's own codebook."""

from __future__ import annotations

from markupsafe import Markup, escape

from casebook.release.tables import wide_table_name_for

# Long tables that carry their own label column: table -> (value column, label column).
LABELLED_COLUMNS = {
    "answers": ("value", "label"),
    "codes": ("value", "label"),
    "checklist_scores": ("score", "score_label"),
}


async def _labels(datasette, database: str) -> dict[tuple[str, str], dict[str, str]]:
    """(table, column) -> {value: label} for the wide tables, read once per Datasette and
    database (releases are served immutably)."""
    cache = datasette.__dict__.setdefault("_casebook_labels", {})
    if database not in cache:
        db = datasette.get_database(database)
        found: dict[tuple[str, str], dict[str, str]] = {}
        if "choices" in await db.table_names():
            rows = await db.execute(
                "SELECT instrument, version, item, value, label FROM choices", page_size=100000
            )
            for row in rows.rows:
                table = wide_table_name_for(row["instrument"], row["version"])
                found.setdefault((table, row["item"]), {})[str(row["value"])] = row["label"]
        cache[database] = found
    return cache[database]


def render_cell(datasette, database, table, column, value, row):
    if value is None or table is None:
        return None

    async def inner():
        if column == LABELLED_COLUMNS.get(table, ("",))[0]:
            return _with_label(value, row[LABELLED_COLUMNS[table][1]])
        label = (await _labels(datasette, database)).get((table, column), {}).get(str(value))
        return _with_label(value, label)

    return inner


def _with_label(value, label):
    if not label or str(label) == str(value):
        return None
    return Markup(f'{escape(value)} <span class="casebook-label">({escape(label)})</span>')
