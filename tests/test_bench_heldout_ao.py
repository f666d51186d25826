"""Held-out AO (`bench/heldout_ao`), in the shape of held-out AN's test: the same seed gives
the same notes, every gold span is exactly its text, no planted span overlaps another,
every kind and name category is there in
useful numbers, names stand in many places of a line, hidden characters lie inside identifiers,
phone and identity numbers are valid, every word-name is used as the word it is in at least
eight distinct sentences, no published sentence comes back more than three times, no clock
time is written, and the shipped data name their sources and licences. No test here
runs the redactor on it (its figures are read only in figure 1); nobody who writes or tunes the
redactor reads this file. The checks it shares with the earlier sets stand in
`tests/heldout_checks.py`."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bench import heldout_ao
from bench.heldout_ao import build_data, lexicon, numbers, people
from tests import heldout_checks as checks
from tests.deid_corpus import Corpus

KEY = "heldout_ao"
SIZE = 1_200_000
DENSITY = 1.2  # enough of every category, and enough written text for the word-names


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return heldout_ao.generate_heldout_ao(heldout_ao.SEED, SIZE, per_kb=DENSITY)


def test_the_same_seed_gives_the_same_notes_whatever_the_hash_seed() -> None:
    checks.same_notes_whatever_the_hash_seed(KEY)


def test_every_gold_span_and_ordinary_word_is_the_text_at_its_offsets(corpus: Corpus) -> None:
    checks.gold_spans_are_their_text(KEY, corpus)


def test_no_planted_span_overlaps_another(corpus: Corpus) -> None:
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in corpus.planted:
        by_text.setdefault(p.text, []).append((p.start, p.end))
    for spans in by_text.values():
        spans.sort()
        assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False))


def test_notes_are_one_to_six_kilobytes_at_the_realistic_density_and_reach_the_size() -> None:
    checks.notes_reach_the_size_at_the_realistic_density(KEY)


def test_each_kind_and_name_category_is_present_in_useful_numbers(corpus: Corpus) -> None:
    kinds = Counter(p.kind for p in corpus.planted)
    for kind in ("name", "phone", "date", "address", "personnummer", "email", "url", "place"):
        assert kinds[kind] >= 25, (kind, kinds)
    found = checks.categories(corpus)
    for category in checks._WRITTEN:
        assert found[category] >= 20, (category, found)
    countries = Counter(p.form.split("/")[1] for p in corpus.planted if p.kind == "name")
    assert set(countries) == {"sv", "en", "no", "da", "fi"}
    assert countries["da"] == max(countries.values())
    regions = {p.form.split("/")[1] for p in corpus.planted if p.kind == "phone"}
    assert len(regions) >= 15
    shapes = {p.form.split("/")[2] for p in corpus.planted if p.kind == "phone"}
    assert {"national", "international", "e164", "paren", "dot", "00", "dash", "compact"} <= shapes
    styles = {p.form.split("/")[0] for p in corpus.planted}
    assert set(lexicon.TITLES) | {"list", "header", "signature", "label", "greeting"} <= styles
    before = {
        corpus.texts[p.text][max(0, p.start - 12) : p.start]
        for p in corpus.planted
        if p.key is None and p.kind == "name"
    }
    assert len(before) >= 40
    checks.names_about_half(corpus)


def test_at_least_half_of_the_identifiers_stand_inside_running_sentences() -> None:
    c = heldout_ao.generate_heldout_ao(heldout_ao.SEED, 400_000)
    outside = {"list", "header", "signature", "label"}
    inside = sum(p.form.split("/")[0] not in outside for p in c.planted)
    assert inside >= 0.5 * len(c.planted), inside / len(c.planted)


def test_every_layout_is_written() -> None:
    c = heldout_ao.generate_heldout_ao(heldout_ao.SEED, 200_000)
    titles = lexicon.TITLES
    opened = Counter(next(k for k, t in titles.items() if text.startswith(t)) for text in c.texts)
    assert set(opened) == set(titles), opened


def test_misspellings_are_the_slips_people_type(corpus: Corpus) -> None:
    checks.misspellings_are_slips(corpus)


def test_dates_are_written_in_many_ways(corpus: Corpus) -> None:
    shapes = Counter(p.form.split("/")[2] for p in corpus.planted if p.kind == "date")
    assert len(shapes) >= 15, shapes
    for shape in ("range", "weekday", "ordinal", "da-weekday", "da-dash", "sv-weekday",
                  "sv-den", "no-digits", "fi-digits", "fi-weekday", "month-day-year",
                  "da-den", "weekday-short", "no-weekday", "slash", "fi-long", "iso",
                  "sv-iso", "day-month-year", "month-short", "da-long", "sv-long",
                  "no-long"):  # fmt: skip
        assert shapes[shape], (shape, shapes)
    langs = Counter(p.form.split("/")[1] for p in corpus.planted if p.kind == "date")
    assert langs["no"] >= 8 and langs["sv"] >= 8 and langs["fi"] >= 8 and langs["en"] >= 45
    assert langs["da"] >= 8


def test_no_number_outside_an_identifier_reads_as_a_date(corpus: Corpus) -> None:
    shaped = re.compile(r"(?<![\d.:/])\d{1,2}[./]\d{1,2}(?:[./-]|\b)(?!\d*:)")
    for i, text in enumerate(corpus.texts[:400]):
        spans = [(p.start, p.end) for p in corpus.planted if p.text == i]
        for m in shaped.finditer(text):
            assert any(s <= m.start() < e for s, e in spans), text[
                max(0, m.start() - 20) : m.end() + 20
            ]


def test_no_clock_time_is_written(corpus: Corpus) -> None:
    clock = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b(?:am|pm|a\.m|p\.m|o'clock|oclock)\b", re.I)
    for i, text in enumerate(corpus.texts):
        spans = [(p.start, p.end) for p in corpus.planted if p.text == i]
        for m in clock.finditer(text):
            assert any(s <= m.start() < e for s, e in spans), text[
                max(0, m.start() - 20) : m.end() + 20
            ]


def test_names_stand_in_many_places_of_a_line(corpus: Corpus) -> None:
    checks.names_stand_in_many_places_of_a_line(corpus)  # a genitive "s" or a Finnish ending
    endings = Counter(
        re.match(r"[^\W\d_]*", corpus.texts[p.text][p.end :]).group()
        for p in corpus.planted
        if p.kind == "name" and p.form.split("/")[2] == "inflected"
    )
    assert endings["s"] and (endings["lle"] or endings["ille"]), endings
    assert (endings["lta"] or endings["ilta"]) and (endings["n"] or endings["in"]), endings
    assert endings["lla"] + endings["llä"] + endings["illa"] + endings["illä"], endings
    assert endings["sta"] + endings["stä"] + endings["ista"] + endings["istä"], endings
    named = {p.key for p in corpus.planted if p.form.split("/")[2] == "inflected"}
    assert len(named) >= 60, len(named)  # on many registered names


def test_many_names_are_inflected_at_the_realistic_density() -> None:
    c = heldout_ao.generate_heldout_ao(heldout_ao.SEED, 1_000_000)
    inflected = [p for p in c.planted if p.kind == "name" and p.form.split("/")[2] == "inflected"]
    assert len(inflected) >= 50, len(inflected)  # 250 at 5 MB, see README
    places = [p for p in c.planted if p.kind == "place" and p.form.endswith("/inflected")]
    assert places, "Finnish towns take -ssa/-lla, Nordic ones a genitive s"


def test_invisible_and_compatibility_characters_are_inside_identifiers(corpus: Corpus) -> None:
    checks.hidden_characters_inside_identifiers(KEY, corpus)


def test_ordinary_words_are_recorded_and_their_names_are_registered(corpus: Corpus) -> None:
    where = Counter(o.form for o in corpus.ordinary)
    assert where["homograph/initial"] >= 30 and where["homograph/inner"] >= 200
    words = {o.word.lower() for o in corpus.ordinary}
    assert {w.lower() for w in people.WORD_NAMES} <= words
    registered = {
        part.lower()
        for e in corpus.registry_people
        if e.kind == "person"
        for part in (*e.given_names, e.family_name or "")
    }
    assert {w.lower() for w in people.WORD_NAMES} <= registered
    forms = set().union(
        *(checks.entry_forms(e) for e in corpus.registry_people if e.kind == "person")
    )
    recorded = {(o.text, o.start) for o in corpus.ordinary}
    for i, text in enumerate(corpus.texts[:80]):  # every use outside an identifier, none missed
        spans = [(p.start, p.end) for p in corpus.planted if p.text == i]
        for m in re.finditer(r"[^\W\d_]+", text):
            if m.group().lower() in forms and not any(
                s < m.end() and m.start() < e for s, e in spans
            ):
                assert (i, m.start()) in recorded, m.group()


def test_each_planted_word_name_is_used_in_many_distinct_ordinary_sentences(
    corpus: Corpus,
) -> None:
    distinct: dict[str, set[str]] = {}
    positions: Counter = Counter()
    for o in corpus.ordinary:
        text = corpus.texts[o.text]
        distinct.setdefault(o.word.lower(), set()).add(
            checks._sentence_around(text, o.start, o.end)
        )
        before = text[: o.start].rstrip(" ")
        if not before or before[-1] in ".!?:\n“":
            positions["start"] += 1
        elif before[-1] == ",":
            positions["after-comma"] += 1
        else:
            positions["inside"] += 1
    for word in people.WORD_NAMES:
        assert len(distinct.get(word.lower(), ())) >= 8, word
    assert positions["start"] >= 20 and positions["inside"] >= 200, positions
    assert positions["after-comma"] >= 10, positions


def test_word_names_are_also_planted_as_the_people_they_name(corpus: Corpus) -> None:
    named = Counter(
        w
        for p in corpus.planted
        if p.kind == "name" and p.key is not None
        for w in p.value.lower().split()
    )
    for word in people.WORD_NAMES:
        assert named[word.lower()] >= 2, word


def test_word_names_are_many_and_new() -> None:
    earlier = set(
        "dag per liv sol lærke storm onni tuuli will may vilja sten hope dawn faith usko toivo "
        "bo björn stig lina guy summer young rich arvo toimi kai ilmi alla anna bjørn tom hans "
        "stein ane rune helle bror berg fast kalla seger major long strong small friend ilta "
        "voitto lehti aalto rinne endre jo vår fin glad tage lange skov bank vest mäki "
        "inga lund stål ström bill max price cash card aina valo oiva kivi kuusi virta finn "
        "helga land heim bakken høj rød mørk præst strøm love mark rose my said saga karl "
        "strand falk holm grace joy cook hill wood lumi satu aamu järvi koski vilje hauk haugen "
        "vik moen lykke dam krog bro fisker ask hunter moss "
        "viking björk kvist frost skog ivy holly baker marsh bird ilo tähti pilvi laine saari "
        "ravn eik foss brekke haug kaj vind hjort bonde smed "
        "klara fred linnea iris hazel robin ruby stone lane page steel church field heath "
        "white tuva "
        "viola tindra knut ebba modig rask ek sand örn svan alm fors olive pearl penny amber "
        "sandy bell fox glass banks sharp swift green crane "
        "asp lempi rauha veli crystal grant rice bush "
        "lova vilda ville gran lönn bäck nord sund helmi taimi suvi aura niemi lahti harju "
        "vuori kallio sunny chase rusty sweet cross wells wise bright "
        "siv odd eng lind "
        "gro tone mette gry snorre lia hagen vold lien gjerde stang brun høy berge ro dal "
        "fjell hammer nes bakke tangen sletten holt vang kro "
        "frank sue pat jack drew rob skip snow winter gold brown best little house head hand "
        "day short story autumn sky star bay dot "
        "daisy heather willow poppy ginger cherry misty mercy bang beck walker mason porter "
        "moody lamb fish sugar pepper bacon black gray king hall waters noble "
        "ray harmony patience brook ward wall hay ford chapel rock street "
        "carol violet fern basil jade sage reed dean hunt bond judge gates crow pike salmon "
        "silver copper cotton horn tower castle knight bishop turner potter "
        "coral raven birch maple cloud oak ridge lake pickle flower spring robin swan "
        "clay rowan myrtle clover honey melody opal jasper scarlet buck cooper shepherd archer "
        "barber butler weaver miller carpenter painter wheeler fowler moon pine berry bean "
        "meadow hawk "
        "river marigold wren lark dove ember blossom charity prudence bliss tanner glover "
        "thatcher sawyer chandler draper carter dyer usher slater bowman fuller sparrow finch "
        "hart haven "
        "lily tulip juniper saffron lavender liberty honor destiny jewel rain fletcher mercer "
        "brewer steward sexton booth collier drake starling peacock partridge nightingale "
        "swallow herring burns "
        "glen dale blaze unity angel buddy candy precious lucky brandy gamble savage wolf hood "
        "cave bull temple parish monk mayor duke lord hale bass squire chance echo gale royal "
        "pool miles art key lock case post hook good ham luck bliss bell "
        "chip nick kit eve ace rocky marina gene cliff sterling fisher bridges pound gross "
        "burger mayo wing strange power keen flint fry sparks bloom trout "
        "still read light fine low song weeks quick port speaker ring early herb ken".split()
    )  # every earlier set's word-names (held-out AI's test list, AI's and AJ's own), and
    # candidates a whole-file grep of every earlier README, test and word list found (AI's,
    # AJ's and AK's), then AK's own (Norm to Rider) and AL's dropped candidates
    earlier |= set(
        "norm roger spike chuck earl laurel rosemary woody rod mike player button worth cable "
        "ball deal winner stamp rush pace shields salt butcher singer rider "
        "forest lie park marks brand fortune north victory parent dash red".split()
    )
    earlier |= set(
        "trace glory tad prince ivory urban bent lone smart fair witty worthy wake stark golden "
        "ransom shine diamond fancy petty shell flood sole hearty brink "
        "bridge broad cape cliff don driver else even gentle grove happy hook joiner large lark "
        "mill nurse orchard pin shepherd sparrow sunday tor true wade wild".split()
    )  # AL's word-names, then AM's candidates a whole-file grep found in an earlier file
    earlier |= set(
        "gun mats dusty bud kitty apple blue colt woods prior beard lemon hills hatch crisp "
        "rolls peach buckle pitcher cater breeze roach dart nail bolt "
        "box hole tea frame pick seed root beach pond branch leaf grey marker".split()
    )  # AM's word-names, then AN's candidates a whole-file grep found in an earlier file
    earlier |= set(
        "pierce bobby blade teddy peg sander brush peel foot cutter straw wick kettle broom "
        "pink lever wheat chain staples edge plank hardy hose palm rise "
        "fee beer host trip money law west doctor".split()
    )  # AN's word-names, then AO's candidates a whole-file grep found in an earlier file
    words = [w.lower() for w in people.WORD_NAMES]
    assert len(set(words)) == 25
    assert not set(words) & earlier
    given = [w for v in people.GIVEN_WORD_NAMES.values() for w in v]
    family = [w for v in people.FAMILY_WORD_NAMES.values() for w in v]
    assert len(given) >= 6 and len(family) >= 15


def test_no_word_name_carries_much() -> None:
    c = heldout_ao.generate_heldout_ao(heldout_ao.SEED, 1_000_000)
    words = Counter(o.word.lower() for o in c.ordinary)
    assert words.most_common(1)[0][1] <= 0.06 * len(c.ordinary), words.most_common(3)


def test_identity_numbers_of_ten_countries_are_valid_by_python_stdnum(corpus: Corpus) -> None:
    checks.identity_numbers_valid_by_python_stdnum(KEY, corpus)  # all ten builders, 300 each
    assert len(numbers.BUILDERS) == 10
    assert len(numbers.PLANS) >= 15
    countries = {p.form.split("/")[1] for p in corpus.planted if p.kind == "personnummer"}
    assert len(countries) >= 8, countries


def test_phone_numbers_are_valid_for_their_country(corpus: Corpus) -> None:
    checks.phone_numbers_valid_for_their_country(KEY, corpus)


def test_the_pools_of_sentences_and_names_are_the_readme_s() -> None:
    assert len(set(people.pool("en", "user"))) >= 20_000  # see README
    assert len(set(people.pool("en", "wizard"))) >= 3_000
    assert len(people.units()) >= 4_000
    for lang in people.NAME_LANGS:
        assert len(people.given(lang)) >= 20 and len(people.family(lang)) >= 12, lang
    assert len(people.given("moved")) >= 25 and len(people.family("moved")) >= 14
    c = heldout_ao.generate_heldout_ao(heldout_ao.SEED, 1_000_000)
    text = "\n".join(c.texts)
    for lang in people.sentences():  # each pool drawn as a deck: none much more
        assert max(text.count(s) for s in people.sentences()[lang] if len(s) > 40) <= 3, lang
    checks.no_line_or_stranger_weighs_much(KEY)


def test_no_kept_sentence_names_anyone_or_holds_a_date() -> None:
    names = people.name_words(with_word_names=False)
    faker = build_data._faker_names() - {w.lower() for w in people.WORD_NAMES}
    words_named = {w.lower() for w in people.WORD_NAMES}
    for lang, kept in people.sentences().items():
        months = set(build_data.MONTHS[lang].split()) | set(build_data.MONTHS["en"].split())
        for sentence in kept:
            words = build_data.TOKEN.findall(sentence)
            inner = [w for w in words[1:] if w.lower() not in build_data.I_FORMS]
            capitals = {w.split("'")[0].lower() for w in inner if any(c.isupper() for c in w)}
            assert not capitals & (names | faker), sentence  # brands and venues only
            assert not any(w.lower() in months for w in words), sentence
            assert not any(c.isnumeric() or c == "@" for c in sentence), sentence
            assert sentence[0].isalpha() and sentence[-1] in ".!?", sentence
            assert not {w.lower() for w in words} & names, sentence
    months = set(build_data.MONTHS["en"].split())
    for sentence in people.OWN_ORDINARY["en"]:
        words = {w.lower() for w in build_data.TOKEN.findall(sentence)}
        assert not re.search(r"\d|@", sentence) and sentence[-1] in ".!?", sentence
        inner = [w.strip(",.!?") for w in sentence.split()[1:]]
        capitals = {w for w in inner if any(c.isupper() for c in w)}
        # a word-name as a title, room, product or shop, and the title's other words
        assert capitals <= set(people.WORD_NAMES) | people.TITLE_WORDS, sentence
        assert not words & (names - words_named) and not words & months, sentence


def test_no_registered_person_bears_a_word_of_the_texts_but_the_word_names() -> None:
    c = heldout_ao.generate_heldout_ao(heldout_ao.SEED, 30_000)
    vocabulary = heldout_ao._vocabulary()
    words_named = {w.lower() for w in people.WORD_NAMES}
    for e in c.registry_people:
        if e.kind != "person":
            continue
        parts = {p.lower() for p in re.split(r"[\s-]+", e.canonical)}
        assert not (parts - words_named) & vocabulary, e.canonical


def test_shipped_data_name_their_sources_and_licences() -> None:
    needles = ["MIT", *(f"{p} @ {v}" for p, v, _ in build_data.TEXT_SOURCES)]
    checks.shipped_data_name_their_sources(KEY, needles)


def test_an_s_layouts_carry_identifiers_and_published_text(corpus: Corpus) -> None:
    styles = Counter(p.form.split("/")[0] for p in corpus.planted)
    for style in (*lexicon.TITLES, "label", "list", "header", "signature", "greeting"):
        assert styles[style] >= 20, (style, styles)
    published = set(people.sentences()["en"])
    having = [t for t in corpus.texts if any(s in published for s in _sentences(t))]
    assert len(having) >= 0.9 * len(corpus.texts)


def _sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        line = line.split(": ", 1)[-1]
        out += re.split(r"(?<=[.!?]) (?=[A-Z])", line)
    return out


def test_published_sentences_are_at_least_half_of_the_running_text() -> None:
    c = heldout_ao.generate_heldout_ao(heldout_ao.SEED, 500_000)
    published = {s for v in people.sentences().values() for s in v}
    labels = tuple(label for label, _, _ in lexicon.LABELS)
    ours = running = 0
    for text in c.texts:
        for line in text.splitlines()[1:]:
            if not line.strip() or line.startswith(labels):
                continue
            for part in _sentences(line):
                running += len(part)
                ours += len(part) * (part in published)
    assert ours >= 0.5 * running, ours / running


def test_no_published_sentence_comes_back_more_than_three_times() -> None:
    w = heldout_ao.Writer(random.Random(3), 5_000_000)
    drawn: Counter = Counter()
    for _ in range(3 * sum(len(r) for r in w.runs.items) + 500):
        drawn.update(s for s in w.run(4) if s in w.runs_sentences)
    assert max(drawn.values()) == 3  # the runs three times over, then observations instead


def test_the_speaker_labels_and_layouts_vary() -> None:
    c = heldout_ao.generate_heldout_ao(heldout_ao.SEED, 300_000)
    speakers = Counter(
        line.split(" ", 1)[0]
        for t in c.texts
        if t.startswith(lexicon.TITLES["chat"])
        for line in t.splitlines()
        if line.split(" ", 1)[0] in {s for v in lexicon.SPEAKERS.values() for s in v}
    )
    assert len(speakers) >= 15 and max(speakers.values()) <= 0.15 * sum(speakers.values())


def test_word_names_are_capitalised_inside_sentences_too(corpus: Corpus) -> None:
    inner_capital = Counter(
        o.word.lower()
        for o in corpus.ordinary
        if o.form == "homograph/inner" and o.word[0].isupper()
    )
    assert len(inner_capital) >= 20 and sum(inner_capital.values()) >= 60, inner_capital
    published = {w.lower(): 0 for w in people.WORD_NAMES}
    for s in people.sentences()["en"]:
        for w in re.findall(r"[^\W\d_]+", s.lower()):
            if w in published:
                published[w] += 1
    assert sum(n > 0 for n in published.values()) >= 15, published  # see README


def test_a_third_of_the_word_name_uses_stand_in_published_sentences() -> None:
    c = heldout_ao.generate_heldout_ao(heldout_ao.SEED, 1_000_000)
    published = set(people.sentences()["en"])
    words = {w.lower() for w in people.WORD_NAMES}
    inside = total = 0
    for o in c.ordinary:
        if o.word.lower() not in words:
            continue
        total += 1
        text = c.texts[o.text]
        sentence = checks._sentence_around(text, o.start, o.end).split(": ")[-1]
        inside += any(s.endswith(sentence) or sentence.endswith(s) for s in published
                      if o.word.lower() in s.lower() and sentence[-12:] in s)  # fmt: skip
    assert inside >= total / 3, (inside, total)


def test_no_own_word_name_frame_carries_more_than_one_percent() -> None:
    c = heldout_ao.generate_heldout_ao(heldout_ao.SEED, 1_000_000)
    frames: Counter = Counter()
    for o in c.ordinary:
        text = c.texts[o.text]
        sentence = checks._sentence_around(text, o.start, o.end)
        frames[sentence.replace(o.word, "_", 1)] += 1
    assert frames.most_common(1)[0][1] <= 0.01 * len(c.ordinary), frames.most_common(3)
