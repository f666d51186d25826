"""The REFI-QDA project of a release: the bundled study with names, contacts and a coding is
published with the real release builder, exported as a `.qdpx`, unzipped and checked the way a
QDA tool reads it (QualCoder: `project.qde` at the top, `sources/<guid>.txt` for each
`plainTextPath="internal://<guid>.txt"`): valid against the vendored REFI-QDA Project schema,
every reference resolving, the codings as coded selections, and no registered name anywhere."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
import xmlschema
from casebook.exports.qda_release import read_release
from casebook.exports.qdpx import NS, SCHEMA, export_qdpx, project_document

from tests.release_fixtures import IDENTIFIERS, build_study, release
from tests.test_cli import run
from tests.test_release_datasette import complete

Q = f"{{{NS}}}"
MEMO = "Elin Berg said Maja (070-123 45 67) keeps her going; May Lind agreed."


@pytest.fixture
def published(app, db, tmp_path) -> Path:
    built = build_study(db)
    complete(
        db,
        "resource-coding",
        built.case_id,
        {
            "material_type": "meeting",
            "resources_used": ["experiential_knowledge", "social_relationships"],
            "main_resource": "social_relationships",
            "relationships_used": ["peers", "family"],
            "reciprocity": "mutual",
            "expertise": "everyone",
            "coder_memo": MEMO,
        },
    )
    path, _ = release(app, tmp_path)
    return path


def unzip(path: Path, into: Path) -> Path:
    with zipfile.ZipFile(path) as archive:
        archive.extractall(into)
    return into


def test_qdpx_of_the_release_is_valid_complete_and_names_no_one(published, tmp_path):
    summary = export_qdpx(published, tmp_path / "study.qdpx")
    folder = unzip(summary.path, tmp_path / "unzipped")
    qde = folder / "project.qde"
    xmlschema.XMLSchema(SCHEMA).validate(str(qde))  # raises on any schema error
    root = xmlschema.XMLResource(str(qde)).root
    assert root.get("origin") == "Casebook"  # QualCoder's import reads `origin` unguarded

    # every text source has its file, and the files are the whole of sources/
    sources = root.findall(f"{Q}Sources/{Q}TextSource")
    paths = [s.get("plainTextPath") for s in sources]
    assert all(p.startswith("internal://") for p in paths)
    files = {p.name for p in (folder / "sources").iterdir()}
    assert files == {p.removeprefix("internal://") for p in paths}
    texts = {
        s.get("guid"): (folder / "sources" / f"{s.get('guid')}.txt").read_text() for s in sources
    }
    assert len(sources) == summary.sources == 3  # two interviews with notes, one coding

    # the coding frame is the codebook: frame > item > codes, with unique codable names
    codebook = root.find(f"{Q}CodeBook/{Q}Codes")
    frame = codebook.find(f"{Q}Code")
    assert frame.get("name") == "Resource-orientation coding" and frame.get("isCodable") == "false"
    items = {c.get("name"): c for c in frame.findall(f"{Q}Code")}
    assert set(items) >= {"Resources used", "Reciprocity", "Where expertise lies"}
    leaves = [c for c in codebook.iter(f"{Q}Code") if c.get("isCodable") == "true"]
    names = [c.get("name") for c in leaves]
    assert len(names) == len(set(names)) == summary.codes
    assert "Peers" in names and "Resources used: Social relationships" in names
    code_names = {c.get("guid"): c.get("name") for c in leaves}

    # the coding is a coded selection of its response's text, every code resolving
    (selection,) = root.iter(f"{Q}PlainTextSelection")
    owner = next(s for s in sources if selection in list(s))
    text = texts[owner.get("guid")]
    assert int(selection.get("startPosition")) == 0
    assert int(selection.get("endPosition")) == len(text)
    assert "[patient P-" in text and "keeps her going" in text
    applied = sorted(code_names[r.get("targetGUID")] for r in selection.iter(f"{Q}CodeRef"))
    assert applied == sorted(
        [
            "A resource-group meeting",
            "Resources used: Experiential knowledge",
            "Resources used: Social relationships",
            "The most prominent resource: Social relationships",
            "Peers",
            "Family",
            "Mutual (everyone both gives and receives)",
            "With everyone",
        ]
    )

    # cases list their sources; users are the collectors' pseudonyms
    case_refs = {r.get("targetGUID") for r in root.iter(f"{Q}SourceRef")}
    assert case_refs == set(texts)
    users = {u.get("guid") for u in root.iter(f"{Q}User")}
    assert {s.get("creatingUser") for s in sources} <= users

    # the interview notes are there, redacted
    interview = next(t for t in texts.values() if "ordinary week" in t)
    assert "[patient P-" in interview and "Wants to work part-time." in interview

    # no registered name, contact or identity number anywhere in the project
    everything = qde.read_text() + "".join(texts.values())
    for name in [*IDENTIFIERS, "Elin Berg", "Maja"]:
        assert name not in everything, name


def test_a_broken_document_fails_validation(published):
    document = project_document(read_release(published)).decode()
    broken = document.replace('isCodable="true"', 'isCodable="yes"', 1)
    assert broken != document
    assert xmlschema.XMLSchema(SCHEMA).is_valid(document)
    assert not xmlschema.XMLSchema(SCHEMA).is_valid(broken)


def test_cli_exports_the_release_and_refuses_what_is_not_one(published, tmp_path):
    env = {**os.environ, "CASEBOOK_INSTANCE": str(tmp_path / "instance")}
    out = tmp_path / "cli.qdpx"
    ok = run(env, "export", "qdpx", "--release", str(published), "--out", str(out))
    assert ok.returncode == 0, ok.stderr
    assert "3 text source(s)" in ok.stdout and zipfile.is_zipfile(out)

    not_release = tmp_path / "not-a-release.db"
    not_release.write_text("hello")
    target = tmp_path / "x.qdpx"
    for path, says in (
        (not_release, "is not a Casebook release"),
        (tmp_path / "no.db", "No release"),
    ):
        result = run(env, "export", "qdpx", "--release", str(path), "--out", str(target))
        assert result.returncode == 1 and says in result.stderr, result.stderr
        assert "Traceback" not in result.stderr + result.stdout
        assert not target.exists() and not list(tmp_path.glob(".qdpx-*"))
