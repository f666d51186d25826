"""Response forms: a WTForms form built from one instrument version for each request.

Field names follow the item ids, so what the browser posts reads like the instrument:
`own_goals-covered`, `own_goals-notes`, `own_goals-probes-goal_content` (a topic),
`process_scores-support-score`, `process_scores-support-evidence` (a checklist row),
`attendees-0-role` (a repeat row), `interview_setting_other` (the 'please specify' text).
An item id that would clash with the form's own attributes (`data`, `errors`, `meta`, ...) or
with the page's own fields (`revision`, `csrf_token`, `action`) is named `item.<id>` instead.

Nothing here decides what is required or valid: only conversions (text that is not a number,
a date, a time) are checked here; everything else is `check_answers`' job in the service layer,
whose problems `attach_problems` puts back on the fields they concern.

Modules: `naming` (field names), `typed_text` (converting fields), `fields` (the field of
each item type, named by its kind in `casebook.items`), `build` (the form),
`filling` (stored answers as form data), `reading` (a posted form as answers), `problems`
(service problems on fields) and `summary` (every problem, for the page and for JSON).
"""

from __future__ import annotations

from casebook.forms.build import build_form, row_options, row_template, scale_options
from casebook.forms.naming import field_key, field_path
from casebook.forms.problems import attach_problems, field_for_path, meta_problems
from casebook.forms.reading import form_answers, validate_form
from casebook.forms.summary import error_summary, field_errors, problems_from_fields, walk

__all__ = [
    "attach_problems",
    "build_form",
    "error_summary",
    "field_errors",
    "field_for_path",
    "field_key",
    "field_path",
    "form_answers",
    "meta_problems",
    "problems_from_fields",
    "row_options",
    "row_template",
    "scale_options",
    "validate_form",
    "walk",
]
