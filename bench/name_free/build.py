"""Build `sentences.tsv`: published sentences that hold no name, from four UD treebanks.

    PYTHONPATH=.:app .venv/bin/python -m bench.name_free.build

Reads the dev files of UD_Swedish-Talbanken, UD_Norwegian-Nynorsk, UD_Finnish-FTB and
UD_English-EWT from git mirrors (`/work/.mirror/UniversalDependencies+UD_X/repo`, fetched as
`github:UniversalDependencies/UD_X`) and keeps every sentence with no PROPN token, no digit and
at least three words. None of these is a source of held-out J.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from bench.conllu import read

HERE = Path(__file__).resolve().parent
MIRRORS = Path("/work/.mirror")
SOURCES = {
    "sv": ("UD_Swedish-Talbanken", "sv_talbanken-ud-dev.conllu"),
    "nn": ("UD_Norwegian-Nynorsk", "no_nynorsk-ud-dev.conllu"),
    "fi": ("UD_Finnish-FTB", "fi_ftb-ud-dev.conllu"),
    "en": ("UD_English-EWT", "en_ewt-ud-dev.conllu"),
}


def _sentences(conllu: str) -> list[tuple[str, str]]:
    return [
        (s.sent_id, s.text)
        for s in read(conllu)
        if len(s.words) >= 3
        and all(w.upos != "PROPN" for w in s.words)
        and not re.search(r"\d", s.text)
        and "\t" not in s.text
    ]


def build() -> None:
    rows = ["lang\tsent_id\ttext"]
    for lang, (repo, name) in SOURCES.items():
        git = MIRRORS / f"UniversalDependencies+{repo}" / "repo"
        conllu = subprocess.run(
            ["git", f"--git-dir={git}", "show", f"HEAD:{name}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        kept = _sentences(conllu)
        rows += [f"{lang}\t{sid}\t{text}" for sid, text in kept]
        print(lang, len(kept))
    (HERE / "sentences.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
