"""Data releases: a de-identified copy of the study, rebuilt from the private database by
`casebook publish`, for analysts in Datasette. One direction only: nothing here is ever read
back into the private side."""
