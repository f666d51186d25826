"""A REFI-QDA project (`.qdpx`) of a release, for QDA tools (QualCoder, NVivo, ATLAS.ti,
MAXQDA): the redacted notes of each response as a text source (`sources/<guid>.txt`), the
coding frames as the codebook (frame > item > code), each coding as a coded selection of its
response's text, and the cases with their sources.

`project.qde` is validated against the REFI-QDA Project schema (`refi_qda/Project-mrt2019.xsd`,
vendored) before anything is written; the file is written beside its destination and moved
into place, so a failed export never leaves half a file. GUIDs are derived from the release's
codes (its pseudonyms and the instruments' stored values), so exporting the same release twice
gives the same project. Read from the release only; see docs/exports.md."""

from __future__ import annotations

import os
import tempfile
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from casebook.exports.qda_release import Code, Frame, ReleaseForQda, Source, read_release

NS = "urn:QDA-XML:project:1.0"
SCHEMA = Path(__file__).parent / "refi_qda" / "Project-mrt2019.xsd"
SOURCES = "sources"
# GUIDs are uuid5 names under this namespace: stable for the same release, never random.
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://casebook.invalid/refi-qda")


@dataclass(frozen=True)
class QdpxSummary:
    path: Path
    sources: int
    codes: int
    codings: int


def guid(kind: str, *key: str) -> str:
    return str(uuid.uuid5(GUID_NAMESPACE, "/".join((kind, *key))))


def code_guid(code: Code) -> str:
    return guid("code", code.instrument, code.item, code.value)


def export_qdpx(release: Path, out: Path) -> QdpxSummary:
    """Write the `.qdpx` of the release at `release` to `out`. Raises NotARelease, or
    InvalidProject if the document does not validate (a bug, never written)."""
    data = read_release(release)
    document = project_document(data)
    validate(document)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".qdpx-", dir=out.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("project.qde", document)
            for source in data.sources:
                archive.writestr(f"{SOURCES}/{source_guid(source)}.txt", source.text)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    codings = sum(len(source.codes) for source in data.sources)
    codes = sum(len(item.codes) for frame in data.frames for item in frame.items)
    return QdpxSummary(out, len(data.sources), codes, codings)


class InvalidProject(Exception):
    """project.qde does not validate against the REFI-QDA schema."""


def validate(document: bytes) -> None:
    """Raise InvalidProject unless `document` is valid against the vendored schema."""
    import xmlschema  # loaded only when exporting: it takes a moment

    errors = list(xmlschema.XMLSchema(SCHEMA).iter_errors(document.decode("utf-8")))
    if errors:
        raise InvalidProject("; ".join(str(error.reason or error) for error in errors[:5]))


def source_guid(source: Source) -> str:
    return guid("source", source.response)


def project_document(data: ReleaseForQda) -> bytes:
    """project.qde for the release, as UTF-8 XML."""
    ET.register_namespace("", NS)
    created = data.built_at
    project = _el(
        None,
        "Project",
        name=f"Casebook release {created[:10]}",
        origin="Casebook",
        creationDateTime=created,
    )
    users = sorted({s.collector for s in data.sources if s.collector})
    if users:
        parent = _el(project, "Users")
        for user in users:
            _el(parent, "User", guid=guid("user", user), name=user)
    if data.frames:
        _codebook(_el(_el(project, "CodeBook"), "Codes"), data.frames)
    cases = sorted({source.case for source in data.sources if source.case})
    if cases:
        parent = _el(project, "Cases")
        for case in cases:
            element = _el(parent, "Case", guid=guid("case", case), name=case)
            for source in data.sources:
                if source.case == case:
                    _el(element, "SourceRef", targetGUID=source_guid(source))
    if data.sources:
        parent = _el(project, "Sources")
        for source in data.sources:
            _source(parent, source, created)
    description = _el(project, "Description")
    description.text = (
        f"The de-identified Casebook release built at {created}: redacted notes, one text "
        "source per response, and the coding frames as the codebook. No direct identifiers."
    )
    return ET.tostring(project, encoding="utf-8", xml_declaration=True)


def _el(parent: ET.Element | None, tag: str, **attributes: str) -> ET.Element:
    name = f"{{{NS}}}{tag}"
    if parent is None:
        return ET.Element(name, attributes)
    return ET.SubElement(parent, name, attributes)


def _codebook(codes: ET.Element, frames: list[Frame]) -> None:
    """Frame and item are categories (not codable); each choice is a code. QDA tools want
    code names unique, so a label used twice is qualified by its item's label."""
    labels = Counter(c.label for f in frames for i in f.items for c in i.codes)
    for frame in frames:
        top = _el(codes, "Code", guid=guid("frame", frame.instrument), name=frame.title)
        top.set("isCodable", "false")
        _description(top, frame.description or f"Coding frame `{frame.instrument}`.")
        for item in frame.items:
            group = _el(top, "Code", guid=guid("item", item.instrument, item.item), name=item.label)
            group.set("isCodable", "false")
            _description(group, f"`{item.item}` in `{item.instrument}`. {item.help or ''}")
            for code in item.codes:
                name = code.label if labels[code.label] == 1 else f"{item.label}: {code.label}"
                leaf = _el(group, "Code", guid=code_guid(code), name=name, isCodable="true")
                _description(
                    leaf, f"Stored as `{code.value}` in `{item.item}` ({item.instrument})."
                )


def _description(element: ET.Element, text: str) -> None:
    _el(element, "Description").text = text.strip()


def _source(parent: ET.Element, source: Source, created: str) -> None:
    guid_ = source_guid(source)
    attributes = {"guid": guid_, "name": source.name, "plainTextPath": f"internal://{guid_}.txt"}
    attributes["creationDateTime"] = created
    if source.collector:
        attributes["creatingUser"] = guid("user", source.collector)
    element = _el(parent, "TextSource", **attributes)
    if not source.codes:
        return
    # A coding codes its unit as a whole: one selection over the response's text (the header
    # saying what was coded, and the coder's memo) carries every code the coder applied.
    selection = _el(
        element,
        "PlainTextSelection",
        guid=guid("selection", source.response),
        name=f"Codes of {source.response}",
        startPosition="0",
        endPosition=str(len(source.text)),
    )
    for code in source.codes:
        coding = _el(selection, "Coding", guid=guid("coding", source.response, code_guid(code)))
        _el(coding, "CodeRef", targetGUID=code_guid(code))
