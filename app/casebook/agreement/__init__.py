"""Agreement between coders who code the same unit (a meeting, an interview, a document).

`ratings` says what a single coding is; every source of codings (checklists and coded items of
observations, live events cut into time slices) yields `Rating`s, and the figures are computed
from them alone."""
