"""One export of the release in one format, as files in a folder (the command line) or as
one zip file (the analysts' download): the datasets, and the codebook CSV beside them."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path
from typing import Literal, get_args

from casebook.exports import csv_files, statistics
from casebook.exports.datasets import release_datasets
from casebook.exports.release_file import open_release

Format = Literal["spss", "stata", "csv"]
FORMATS: tuple[str, ...] = get_args(Format)
DESCRIPTIONS: dict[str, str] = {
    "spss": "SPSS (.sav) files with variable and value labels",
    "stata": "Stata (.dta) files with variable and value labels",
    "csv": "CSV files, as the release holds the values",
}


def export_release(release: Path, fmt: Format, folder: Path) -> list[Path]:
    """Write the release in `fmt` into `folder` (created if need be); returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    with open_release(release) as conn:
        datasets = release_datasets(conn)
    written = []
    for dataset in datasets:
        if fmt == "csv":
            written.append(csv_files.write_dataset(dataset, folder))
        else:
            written.append(statistics.write_dataset(dataset, fmt, folder))
    written.append(csv_files.write_codebook(datasets, folder))
    return written


def export_zip(release: Path, fmt: Format) -> bytes:
    """The same files in one zip, under a folder named after the format."""
    with tempfile.TemporaryDirectory(prefix="casebook-export-") as temp:
        files = export_release(release, fmt, Path(temp))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in files:
                archive.write(path, f"release-{fmt}/{path.name}")
    return buffer.getvalue()
