"""Regenerate held-out J's published sentences (data/sentences.tsv) from the repositories
named in README.md, each fetched as a git mirror:

    python -m bench.heldout_j.build_sentences /path/to/mirrors

where the folder holds `UD_Danish-DDT`, `UD_Norwegian-Bokmaal`, `UD_Finnish-TDT` (Universal
Dependencies, CC BY-SA 4.0), `MTS-Dialog` (CC BY 4.0) and `SuperLim-2` (Språkbanken Text,
CC BY 4.0), each a git directory (bare or not). Each row: source, language, the sentence's
id in its source, and the sentence with ⟦slot⟧ marks where a third-person personal pronoun
(or its possessive) stood: ⟦nom⟧, ⟦acc⟧, ⟦gen⟧ (Scandinavian and English possessives) and
the Finnish cases ⟦fi-gen⟧, ⟦fi-par⟧, ⟦fi-all⟧, ⟦fi-ade⟧, ⟦fi-ela⟧, ⟦fi-ine⟧. The treebanks
say which words are such pronouns (UPOS, PronType, Person, Number, Case, Poss); in the
Swedish and English texts, which have no annotation, the unambiguous pronoun words do.

A sentence is dropped when its source may already name someone or something the set does not
plant: a proper noun (treebanks), a capitalised word inside the sentence (the other texts),
a run of four digits or more, a day or month in figures ("03/95", "3.4."), an "@" or a
link. So every name and number in held-out J is one
it planted.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).parent / "data" / "sentences.tsv"
UD = {
    "ud-da-ddt": ("UD_Danish-DDT", "da", ("da_ddt-ud-dev.conllu", "da_ddt-ud-test.conllu")),
    "ud-no-bokmaal": (
        "UD_Norwegian-Bokmaal",
        "no",
        ("no_bokmaal-ud-dev.conllu", "no_bokmaal-ud-test.conllu"),
    ),
    "ud-fi-tdt": ("UD_Finnish-TDT", "fi", ("fi_tdt-ud-dev.conllu", "fi_tdt-ud-test.conllu")),
}
FI_CASES = {
    "Nom": "nom",
    "Gen": "fi-gen",
    "Acc": "fi-gen",
    "Par": "fi-par",
    "All": "fi-all",
    "Ade": "fi-ade",
    "Ela": "fi-ela",
    "Ine": "fi-ine",
}
PER_SOURCE = 2500
_BAD = re.compile(
    r"\d{4}|@|https?:|www\.|\[|\]|⟦|\t"
    r"|\b\d{1,2}/\d{2}\b|\b\d{1,2}\.\d{1,2}\.(\d{2})?"  # a day or month in figures: "03/95"
)


def git_show(repo: Path, path: str) -> str:
    out = subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{path}"], check=True, capture_output=True
    )
    return out.stdout.decode("utf-8")


def _feats(field: str) -> dict[str, str]:
    return dict(kv.split("=", 1) for kv in field.split("|") if "=" in kv)


def _ud_slot(lang: str, upos: str, feats: dict[str, str]) -> str | None:
    if upos not in ("PRON", "DET") or feats.get("PronType") != "Prs":
        return None
    if feats.get("Person") != "3" or feats.get("Number") == "Plur" or feats.get("Reflex"):
        return None
    if feats.get("Gender") in ("Neut",) or feats.get("Number[psor]") == "Plur":
        return None
    if lang == "fi":
        if feats.get("Number") != "Sing" or upos != "PRON":
            return None
        return FI_CASES.get(feats.get("Case", ""))
    if feats.get("Poss") == "Yes":
        return "gen"
    if upos != "PRON":
        return None
    if lang == "da" and feats.get("Gender") not in ("Com", None):
        return None
    return {"Nom": "nom", "Acc": "acc"}.get(feats.get("Case", ""))


def ud_sentences(repo: Path, lang: str, files: tuple[str, ...]) -> list[tuple[str, str]]:
    out = []
    for name in files:
        for block in git_show(repo, name).split("\n\n"):
            sent_id, tokens, spaces, slots, proper = "", [], [], 0, False
            for line in block.splitlines():
                if line.startswith("# sent_id"):
                    sent_id = line.split("=", 1)[1].strip()
                if line.startswith("#") or not line:
                    continue
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    if "-" in cols[0]:
                        proper = True  # a multiword token: keep the text simple
                    continue
                form, upos, feats, misc = cols[1], cols[3], _feats(cols[5]), cols[9]
                if upos == "PROPN" or (upos in ("NOUN", "X") and form[:1].isupper() and tokens):
                    proper = True
                slot = _ud_slot(lang, upos, feats)
                if lang == "fi" and not form.lower().startswith("hän"):
                    slot = None
                if slot and form.lower() not in ("det", "den", "sin", "sit", "sine", "sitt"):
                    tokens.append(f"⟦{slot}⟧")
                    slots += 1
                else:
                    tokens.append(form)
                spaces.append("" if "SpaceAfter=No" in misc else " ")
            text = "".join(t + s for t, s in zip(tokens, spaces, strict=True)).strip()
            if (
                not proper
                and 30 <= len(text) <= 300
                and not _BAD.search(text.replace("⟦", "").replace("⟧", ""))
            ):
                out.append((sent_id, text))
    return out


_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
_WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?")
EN_SLOTS = {"he": "nom", "she": "nom", "him": "acc", "his": "gen"}
SV_SLOTS = {
    "han": "nom",
    "hon": "nom",
    "honom": "acc",
    "henne": "acc",
    "hans": "gen",
    "hennes": "gen",
}


def _plain(sentence: str, slots: dict[str, str], allowed_caps: set[str]) -> str | None:
    """The sentence with its pronouns as slots, or None when it may name someone."""
    words = list(_WORD.finditer(sentence))
    if not words or _BAD.search(sentence):
        return None
    for i, m in enumerate(words):
        w = m.group()
        if i and w[:1].isupper() and w not in allowed_caps:
            before = sentence[: m.start()].rstrip()
            if not before.endswith((".", "?", "!", ":")):
                return None
    out, last, n = [], 0, 0
    for m in words:
        slot = slots.get(m.group().lower())
        if slot:
            out += [sentence[last : m.start()], f"⟦{slot}⟧"]
            last, n = m.end(), n + 1
            if m.group()[0].isupper() and m.start() == 0:
                pass  # a slot opening the sentence is written with a capital anyway
    out.append(sentence[last:])
    return "".join(out)


def mts_sentences(repo: Path) -> list[tuple[str, str]]:
    out = []
    caps = {"I", "I'm", "I've", "I'll", "I'd", "Doctor", "Patient", "Okay", "Yes", "No", "Oh"}
    for name in (
        "Main-Dataset/MTS-Dialog-TrainingSet.csv",
        "Main-Dataset/MTS-Dialog-ValidationSet.csv",
    ):
        for row in csv.DictReader(io.StringIO(git_show(repo, name))):
            for field in ("section_text", "dialogue"):
                text = re.sub(r"\s+", " ", row[field]).strip()
                for k, sentence in enumerate(_SPLIT.split(text)):
                    sentence = re.sub(r"^(Doctor|Patient|Guest_\w+): ", "", sentence).strip()
                    plain = _plain(sentence, EN_SLOTS, caps)
                    if plain and 30 <= len(plain) <= 300:
                        out.append((f"{name.split('/')[-1]}:{row['ID']}:{field}:{k}", plain))
    return out


def superlim_sentences(repo: Path) -> list[tuple[str, str]]:
    out = []
    for name in (
        "absabank-imm/absabank-imm_train.jsonl",
        "absabank-imm/absabank-imm_dev.jsonl",
        "absabank-imm/absabank-imm_test.jsonl",
    ):
        for line in filter(None, git_show(repo, name).split("\n")):
            row = json.loads(line)
            text = re.sub(r"\s+", " ", row["text"]).strip()
            for k, sentence in enumerate(_SPLIT.split(text)):
                plain = _plain(sentence, SV_SLOTS, {"Jag", "Vi", "Du"})
                if plain and 30 <= len(plain) <= 300:
                    out.append((f"{row['id']}:{k}", plain))
    seen = set()
    for line in filter(None, git_show(repo, "swewinogender/swewinogender_test.jsonl").split("\n")):
        row = json.loads(line)
        premise = row["premise"]
        if premise not in seen and row["meta"]["pronoun"] in ("han", "hon"):
            seen.add(premise)
            plain = _plain(premise, SV_SLOTS, set())
            if plain:
                out.append((f"swewinogender:{row['idx']}", plain))
    return out


def _spread(rows: list[tuple[str, str]], n: int) -> list[tuple[str, str]]:
    """At most n rows, every sentence with a pronoun slot first, the rest taken evenly through
    the source (no randomness: rebuilds are equal)."""
    slotted = [r for r in rows if "⟦" in r[1]][:n]
    rest = [r for r in rows if "⟦" not in r[1]]
    room = n - len(slotted)
    if len(rest) > room:
        step = len(rest) / room if room else 0
        rest = [rest[int(i * step)] for i in range(room)]
    return slotted + rest


def main(root: Path) -> None:
    rows: list[tuple[str, str, str, str]] = []
    for source, (folder, lang, files) in UD.items():
        found = ud_sentences(root / folder, lang, files)
        rows += [(source, lang, i, t) for i, t in _spread(found, PER_SOURCE)]
        print(f"{source}: {len(found)} usable", file=sys.stderr)
    found = mts_sentences(root / "MTS-Dialog")
    rows += [("mts-dialog", "en", i, t) for i, t in _spread(found, PER_SOURCE)]
    print(f"mts-dialog: {len(found)} usable", file=sys.stderr)
    found = superlim_sentences(root / "SuperLim-2")
    rows += [("superlim-2", "sv", i, t) for i, t in _spread(found, PER_SOURCE)]
    print(f"superlim-2: {len(found)} usable", file=sys.stderr)
    OUT.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
