"""The blueprints that several modules fill with routes. Each module imports its blueprint
from here, never from a sibling, and the area's first module (`study`, `releases`,
`collect`) imports the others so that registering the blueprint brings all their routes."""

from __future__ import annotations

from flask import Blueprint

# Cases, participants, consent and contacts (`study`), and correcting names (`names`).
study = Blueprint("study", "casebook.views.study")
# Places (`releases`), the name review (`name_review`) and publishing (`publishing`).
releases = Blueprint("releases", "casebook.views.releases")
# Collecting responses: the modules of `casebook.views.collect`.
collect = Blueprint("collect", "casebook.views.collect")
