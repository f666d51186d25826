"""bench/physionet_deid: the real nursing notes of figure 1 load whole, checked, and score right.

No test scores Casebook's redactor on the held-out half (patients with odd ids, bench/README.md).
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import pytest

from bench import physionet_deid as pd
from bench import redaction_real
from bench.scoring import score
from tests.deid_corpus import Corpus


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return pd.load()


def test_every_gold_span_is_the_text_at_its_offsets_in_its_note(corpus: Corpus) -> None:
    assert len(corpus.texts) == pd.RECORDS == 2434
    assert len(corpus.planted) == pd.PHI == 1779
    assert corpus.registry_people == [] and corpus.ordinary == []
    for p in corpus.planted:
        assert corpus.texts[p.text][p.start : p.end] == p.value
        assert pd.KINDS[p.form] == p.kind
    types = Counter(p.form for p in corpus.planted)
    assert types == {"HCPName": 593, "Date": 482, "Location": 367, "RelativeProxyName": 175,
                     "PTName": 54, "Phone": 53, "DateYear": 46, "Age": 4, "Other": 3,
                     "PTNameInitial": 2}  # fmt: skip
    assert not any("START_OF_RECORD" in t or "END_OF_RECORD" in t for t in corpus.texts)


def test_the_halves_split_the_notes_by_patient_even_ids_for_development(corpus: Corpus) -> None:
    keys = list(pd.records(pd.read_checked(pd.TEXT_FILE)))
    halves = {split: pd.load(split=split) for split in ("dev", "heldout")}
    for split, half in halves.items():
        assert (len(half.texts), len(half.planted)) == pd.HALVES[split]
        for p in half.planted:
            assert half.texts[p.text][p.start : p.end] == p.value
    # every note in exactly one half, the one its patient's parity says, spans and all
    by_text = {t: k for k, t in zip(keys, corpus.texts, strict=True)}
    assert len(by_text) == len(keys)  # no two notes alike, so a text names its note
    dev = {by_text[t] for t in halves["dev"].texts}
    held = {by_text[t] for t in halves["heldout"].texts}
    assert dev | held == set(keys) and not dev & held
    assert all(pid % 2 == 0 for pid, _ in dev) and all(pid % 2 == 1 for pid, _ in held)
    assert {pid for pid, _ in dev}.isdisjoint({pid for pid, _ in held})
    assert len(halves["dev"].planted) + len(halves["heldout"].planted) == pd.PHI
    held_spans = {
        (by_text[halves["heldout"].texts[p.text]], p.start, p.form)
        for p in halves["heldout"].planted
    }
    all_spans = {(keys[p.text], p.start, p.form) for p in corpus.planted if keys[p.text][0] % 2}
    assert held_spans == all_spans
    held_half = halves["heldout"]
    assert round(len(held_half.planted) / held_half.size_bytes * 1000, 2) == pd.REALISTIC
    with pytest.raises(ValueError, match="split"):
        pd.load(split="odd")


def test_a_gold_line_that_does_not_match_its_note_is_refused() -> None:
    notes = pd.records(pd.read_checked(pd.TEXT_FILE))
    order = {key: i for i, key in enumerate(notes)}
    assert pd.gold("1 1 48 55 Location CALVERT", notes, order)[0].value == "CALVERT"
    with pytest.raises(ValueError, match="does not match"):
        pd.gold("1 1 49 56 Location CALVERT", notes, order)


@pytest.mark.parametrize("name", [pd.TEXT_FILE.name, pd.PHRASE_FILE.name])
def test_a_changed_data_file_is_refused_by_its_checksum(name: str, tmp_path: Path) -> None:
    original = gzip.decompress((pd.HERE / name).read_bytes())
    changed = original.replace(b"CALVERT", b"CALVERY", 1)
    assert changed != original
    copy = tmp_path / name
    copy.write_bytes(gzip.compress(changed))
    files = {pd.TEXT_FILE.name: pd.TEXT_FILE, pd.PHRASE_FILE.name: pd.PHRASE_FILE, name: copy}
    with pytest.raises(ValueError, match="SHA-256"):
        pd.load(files[pd.TEXT_FILE.name], files[pd.PHRASE_FILE.name])
    (tmp_path / "same").mkdir()
    (tmp_path / "same" / name).write_bytes(gzip.compress(original))  # recompressed, same text
    assert pd.read_checked(tmp_path / "same" / name) == original.decode("ascii")


def test_two_real_notes_with_known_spans_score_per_type_and_case(corpus: Corpus) -> None:
    keys = list(pd.records(pd.read_checked(pd.TEXT_FILE)))
    two = pd.subset(corpus, [keys.index((47, 2)), keys.index((15, 86))])
    upper, lower = two.texts
    assert upper[421:427] == "KRISSY" and upper[430:442] == "301 944-5032"
    assert upper[460:464] == "LUCI" and upper[467:479] == "301 343-2822"
    assert lower[42:51] == "nicholson" and lower[90:94] == "8/11"
    assert sorted((p.text, p.start, p.form) for p in two.planted) == [
        (0, 421, "RelativeProxyName"), (0, 430, "Phone"), (0, 460, "RelativeProxyName"),
        (0, 467, "Phone"), (0, 697, "Date"), (1, 42, "PTName"), (1, 90, "Date"),
    ]  # fmt: skip
    resident = upper.index("RESIDENT")
    spans = [
        [
            (421, 427, "name"),  # KRISSY
            (430, 442, "phone"),
            (467, 475, "phone"),  # "301 343-" : "2822" left, a miss that still overlaps
            (resident, resident + 8, "name"),  # no PHI: a false positive
        ],
        [(42, 51, "name"), (90, 94, "date"), (0, 8, "name")],  # "addendum": a false positive
    ]
    q = score(two, spans)
    assert q["recall"]["name"] == [2, 3] and q["recall"]["name:unregistered"] == [2, 3]
    assert q["recall"]["phone"] == [1, 2] and q["recall"]["date"] == [1, 2]
    assert q["facets"]["name"] == {"PTName": [1, 1], "RelativeProxyName": [1, 2]}
    assert q["precision"]["all"] == [5, 7]
    cases = pd.by_case(two, spans)
    assert cases["upper"]["cells"] == 1 and cases["lower"]["cells"] == 1
    assert cases["mixed"]["cells"] == 0
    assert cases["upper"]["quality"]["precision"]["all"] == [3, 4]
    assert cases["lower"]["quality"]["precision"]["all"] == [2, 3]
    assert cases["lower"]["quality"]["recall"]["date"] == [1, 1]
    block = {"casebook": {"mb_s": 2.0, "quality": q}, "by_case": cases}
    text = "\n".join(redaction_real.section({redaction_real.KEY: block}))
    assert "| RelativeProxyName | relatives' and proxies' names | name | 0.500 (2) |" in text
    assert "| DateYear | a year alone | year | – |" in text
    assert "precision 0.714 (2 of 7 redactions touch no gold PHI" in text
    assert "| in capitals | 1 |" in text and "| in mixed case | 0 |" in text
    rows = {row[1]: row for row in redaction_real.rows({redaction_real.KEY: block})}
    assert rows["real nursing notes (PhysioNet deid): names (nobody registered)"][2:] == (
        "0.667 (3)", "≥ 0.95", "**missed**",
    )  # fmt: skip


def test_the_figure_reads_the_whole_heldout_half_at_every_benchmark_scale() -> None:
    whole = pd.for_figure(pd.SEED, pd.WHOLE_FROM, pd.REALISTIC)
    assert (len(whole.texts), len(whole.planted)) == pd.HALVES["heldout"] == (1450, 999)
    assert whole.texts == pd.load(split="heldout").texts
    small = pd.for_figure(pd.SEED, 5_000, pd.REALISTIC)
    assert 1 < len(small.texts) < 10 and small.texts == whole.texts[: len(small.texts)]
    assert all(p.text < len(small.texts) for p in small.planted)
