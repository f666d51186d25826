"""The first paragraph of "1. Free-text redaction" in docs/benchmarks.md: what each set is.

Validation C (`heldout_c`), validation F (`heldout_f`), validation G (`heldout_g`),
validation H (`heldout_h`) and validation I (`heldout_i`) were held out until 2026-12-02 and
guide the tuning since; validation J (`heldout_j`) and validation K (`heldout_k`) were held out
until 2026-12-04, when the lead read the aggregate shapes of their misses, and validation L
(`heldout_l`) until the evening of 2026-12-04, when the lead read its misses to choose the
round's work, and validation M (`heldout_m`) until the night of 2026-12-04/05, when the lead
read its misses to choose the round's work, and validation N (`heldout_n`) until the night of
2026-12-05, when the lead read its misses to choose the round's work, and validation O
(`heldout_o`) until the morning of 2026-12-05, when the lead read its misses to choose the
round's work, and validation P (`heldout_p`) until 06:15 UTC on 2026-12-05, when the lead read
its misses to choose the round's work, and validation Q (`heldout_q`) until 09:15 UTC on
2026-12-05, when the lead read its misses to choose the round's work, and validation R
(`heldout_r`) until 11:45 UTC on 2026-12-05, when the lead read its misses to choose the round's
work, and validation S (`heldout_s`) until 14:20 UTC on 2026-12-05, when the lead read its
misses to choose the round's work, and validation T (`heldout_t`) until 16:37 UTC on
2026-12-05, when the lead read its misses to choose the round's work, and validation U
(`heldout_u`) until 19:07 UTC on 2026-12-05, when the lead read its misses to choose the round's
work, and validation V (`heldout_v`) until 21:50 UTC on 2026-12-05, when the lead read its misses
to choose the round's work, and validation W (`heldout_w`) until 00:40 UTC on 2026-12-06, when
the lead read its misses to choose the round's work, and validation X (`heldout_x`) until 03:30
UTC on 2026-12-06, when the lead read its misses to choose the round's work, and validation Y
(`heldout_y`) until 07:27 UTC on 2026-12-06, when the lead read its misses to choose the round's
work, and validation Z (`heldout_z`) until 10:24 UTC on 2026-12-06, when the lead read its misses
to choose the round's work, and validation AA (`heldout_aa`) until 13:20 UTC on 2026-12-06, when
the lead read it, and validation AB (`heldout_ab`) until 15:47 UTC on 2026-12-06, when the lead
read it, and validation AC (`heldout_ac`) until 18:33 UTC on 2026-12-06, when the lead read it,
and validation AD (`heldout_ad`) until 21:09 UTC on 2026-12-06, when the lead read it, and
validation AE (`heldout_ae`) until 23:44 UTC on 2026-12-06, when the lead read it; held-out AF
(`heldout_af`) is the held-out set.
A set missing from the results (saved before it existed) is left out.
"""

from __future__ import annotations

from typing import Any

from bench import redaction_real


def intro(r: dict[str, Any]) -> str:
    dev, held, b = r["dev"], r["heldout"], r.get("heldout_b")
    text = (
        f"Scored the same way (`bench/scoring.py`). **Development set**: `tests/deid_corpus.py`, "
        f"seed {dev['seed']}, {dev['corpus_mb']:.1f} MB at density 1.0 ({dev['planted']} "
        "planted identifiers), the corpus the rules were written against. **Validation set**: "
        f"`bench/heldout`, seed {held['seed']}, {held['corpus_mb']:.1f} MB at "
        f"{held['per_kb']} identifiers per KB ({held['planted']} planted identifiers, "
        f"{held['ordinary']} ordinary uses of name-like words); written apart from the rules, "
        "but its figures guide whoever tunes them."
    )
    if b:
        text += (
            f" **Validation B** (formerly held-out B): `bench/heldout_b`, seed {b['seed']}, "
            f"{b['corpus_mb']:.1f} MB at {b['per_kb']} identifiers per KB ({b['planted']} "
            f"planted identifiers, {b['ordinary']} ordinary uses of name-like words); another "
            "generator (mimesis), other templates and names, written apart from the rules, "
            "but its misses have since guided their tuning."
        )
    d = r.get("validation_d")
    if d:
        text += (
            f" **Validation D**: `bench/validation_d`, seed {d['seed']}, {d['corpus_mb']:.1f} MB "
            f"at {d['per_kb']} identifiers per KB ({d['planted']} planted identifiers, "
            f"{d['ordinary']} ordinary uses of name-like words); real name frequencies of 41 "
            "countries (names-dataset), note styles and distractors of its own. Its first read "
            "is in bench/README.md; it has since guided the third tuning."
        )
    e = r.get("validation_e")
    if e:
        text += (
            f" **Validation E**: `bench/validation_e`, seed {e['seed']}, {e['corpus_mb']:.1f} MB "
            f"at {e['per_kb']} identifiers per KB ({e['planted']} planted identifiers, "
            f"{e['ordinary']} ordinary uses of name-like words); written after the third tuning "
            "from scratch (names from nam_dict, the US census and Faker locales nobody else "
            "uses; hurried Swedish, English and mixed notes of its own). Unregistered towns, "
            "streets without a number and institutions count as ordinary text there. Its first "
            "read is in bench/README.md; it has since guided the fourth tuning."
        )
    c = r.get("heldout_c")
    if c:
        text += (
            f" **Validation C** (held-out C until 2026-12-02): `bench/heldout_c`, seed "
            f"{c['seed']}, {c['corpus_mb']:.1f} MB at {c['per_kb']} identifiers per KB "
            f"({c['planted']} planted identifiers, {c['ordinary']} ordinary uses of name-like "
            "words); whole paragraphs of Swedish, English and mixed notes typed in a hurry, "
            "names from Faker, mimesis and lists of its own, written by someone who works on "
            "none of the rules or other sets. Unregistered cities count as ordinary text there. "
            "Read by whoever tunes the rules since, so no longer a held-out figure."
        )
    f = r.get("heldout_f")
    if f:
        text += (
            f" **Validation F** (held-out F until 2026-12-02): `bench/validation_f`, seed "
            f"{f['seed']}, {f['corpus_mb']:.1f} MB at {f['per_kb']} identifiers per KB "
            f"({f['planted']} planted identifiers, {f['ordinary']} ordinary uses of name-like "
            "words); written after the fourth tuning by someone who read neither the rules nor "
            "the other sets' generators: running notes, dictation, pasted e-mail, text "
            "messages, minutes, lists and timed logs in Swedish, English and both. Labelled as "
            "validation C is (unregistered towns and institutions are ordinary text); read by "
            "whoever tunes the rules since 2026-12-02."
        )
    g = r.get("heldout_g")
    if g:
        text += (
            f" **Validation G** (held-out G until 2026-12-02): `bench/heldout_g`, seed "
            f"{g['seed']}, {g['corpus_mb']:.1f} MB at "
            f"{g['per_kb']} identifiers per KB ({g['planted']} planted identifiers, "
            f"{g['ordinary']} ordinary uses of name-like words); sentence templates published "
            "with Microsoft's presidio-evaluator (MIT) beside Swedish and English notes of "
            "resource groups written for it, names of the largest immigrant groups in Sweden, "
            "phone numbers of nineteen countries, written by someone who read neither the rules "
            "nor the other sets' generators. Unregistered towns, countries and institutions "
            "are ordinary text there, as in validation C and F. Read by whoever tunes the "
            "rules since 2026-12-02, so no longer a held-out figure."
        )
    h = r.get("heldout_h")
    if h:
        text += (
            f" **Validation H** (held-out H until 2026-12-02): `bench/heldout_h`, seed "
            f"{h['seed']}, {h['corpus_mb']:.1f} MB at "
            f"{h['per_kb']} identifiers per KB ({h['planted']} planted identifiers, "
            f"{h['ordinary']} ordinary uses of name-like words); written on 2026-12-02 by "
            "someone who read neither the rules nor the other sets: sentence templates, a "
            "typing-error model and note styles of its own (interviews, observations with "
            "times, diaries, telegraphic lines, lists, pasted e-mail, Word and PDF text, text "
            "messages) in Swedish and English with Norwegian, Danish, Finnish and German "
            "lines; names from 30 Faker locales and lists of Somali, Arabic, Persian and "
            "Eritrean names; phone numbers of 21 countries from libphonenumber and Faker. "
            "A town after a postcode and a weekday before a date are ordinary text. Read by "
            "whoever tunes the rules since 2026-12-02, so no longer a held-out figure."
        )
    i = r.get("heldout_i")
    if i:
        text += (
            f" **Validation I** (held-out I until 2026-12-02): `bench/heldout_i`, seed "
            f"{i['seed']}, {i['corpus_mb']:.1f} MB at "
            f"{i['per_kb']} identifiers per KB ({i['planted']} planted identifiers, "
            f"{i['ordinary']} ordinary uses of name-like words); written on 2026-12-02 by "
            "someone who read neither the rules nor the other sets. Most of its text is "
            "published text nobody here wrote: sentences of three Universal Dependencies "
            "treebanks (Swedish professional prose from Talbanken, Swedish learners' essays "
            "from SweLL, English e-mail and web text from EWT; CC BY-SA 4.0) whose pronouns "
            "become names and whose words that are also names are the ordinary words, as "
            "their annotators tagged them; phone numbers of 24 countries from libphonenumber "
            "and 14 Faker locales, dates as CLDR writes them, identity numbers of ten "
            "countries, addresses, e-mail addresses and links from Faker and mimesis; "
            "registered names from Faker, unregistered ones from mimesis. An address is "
            "the street line with its flat or postcode; the town after it, clock times and "
            "unregistered towns are ordinary text. Read by whoever tunes the rules since "
            "2026-12-02, so no longer a held-out figure."
        )
    j = r.get("heldout_j")
    if j:
        text += (
            f" **Validation J** (held-out J until 2026-12-04): `bench/heldout_j`, seed "
            f"{j['seed']}, {j['corpus_mb']:.1f} MB at "
            f"{j['per_kb']} identifiers per KB ({j['planted']} planted identifiers, "
            f"{j['ordinary']} ordinary uses of name-like words); written on 2026-12-02 by "
            "someone who read neither the rules nor the other sets, on published text nobody "
            "here wrote and no other set uses: Danish, Norwegian and Finnish sentences of "
            "three Universal Dependencies treebanks (DDT, Bokmaal, TDT; CC BY-SA 4.0), English "
            "doctor-patient dialogue from MTS-Dialog and Swedish news and forum text from "
            "Språkbanken's SuperLim (CC BY 4.0), whose third-person pronouns become names "
            "inflected as each language does (genitives, Finnish case endings); names, phone "
            "numbers of 32 locales, addresses, e-mail domains and links from @faker-js/faker, "
            "romanised Arabic, Persian, Bosnian, Albanian and Pakistani names from a CC0 list, "
            "identity numbers of ten countries built from their published rules, dates written "
            "in six languages. An address is the street line with its flat and postcode; "
            "the town after it, clock times and the published sentences' own words are "
            "ordinary text. On 2026-12-04 the lead read the aggregate shapes of its misses "
            "and false positives (categories, no text) to choose the round's work, so it is "
            "no longer a held-out figure."
        )
    k = r.get("heldout_k")
    if k:
        text += (
            f" **Validation K** (held-out K until 2026-12-04): `bench/heldout_k`, seed "
            f"{k['seed']}, {k['corpus_mb']:.1f} MB at "
            f"{k['per_kb']} identifiers per KB ({k['planted']} planted identifiers, "
            f"{k['ordinary']} ordinary uses of name-like words); written on 2026-12-04 by "
            "someone who read neither the rules nor any other set, on published text nobody "
            "here wrote and no other set uses: Swedish film subtitles and Finnish web and "
            "subtitle text of the Turku paraphrase corpus, Swedish web news (Webbnyheter "
            "2012), Norwegian learners' essays of "
            "NoCoLA, Danish sentences of the GrammatikTAK datasets, English child-adult speech "
            "of UD English-CHILDES and the sentences of UD English-Pronouns, whose "
            "third-person pronouns become names inflected as each language does (genitives, "
            "Finnish cases with vowel harmony); given and family names from eleven national "
            "statistics offices' published lists, phone numbers of 21 countries drawn from "
            "libphonenumber's own number patterns, identity numbers of eight countries from "
            "their published rules, and dates, addresses, e-mail addresses and links written "
            "for it. An address is the street line with its flat and postcode (in a "
            "British one, the town before the postcode too); the town after it and the "
            "published sentences' own words are ordinary text. On 2026-12-04 the lead read the "
            "aggregate shapes of its misses (categories, no text) to choose the round's work, "
            "so it is no longer a held-out figure."
        )
    held_l = r.get("heldout_l")
    if held_l:
        text += (
            f" **Validation L** (held-out L until 2026-12-04): `bench/heldout_l`, seed "
            f"{held_l['seed']}, "
            f"{held_l['corpus_mb']:.1f} MB at {held_l['per_kb']} identifiers per KB "
            f"({held_l['planted']} planted identifiers, {held_l['ordinary']} ordinary uses of "
            "name-like words); written on 2026-12-04 by someone who read neither the rules nor "
            "any other set, on published text nobody here wrote and no other set uses: news "
            "sentences of NTREX-128 in Swedish, Norwegian Bokmål and Nynorsk, Danish, Finnish "
            "and English (CC BY-SA 4.0) and the turns of ACI-Bench's doctor-patient "
            "conversations (CC BY 4.0), in interviews, observation logs, field diaries, pasted "
            "e-mails and text messages and text pasted from Word or a PDF; given and family "
            "names of fourteen languages from Wiktionary's name categories (Nordic, English, "
            "German, Polish, Ukrainian, Turkish, Arabic, Persian, Kurdish, Somali), phone "
            "numbers of 17 countries drawn from their national numbering plans, identity "
            "numbers of nine countries from their published rules, and dates, addresses, "
            "e-mail addresses and links written for it. An address is the street line with "
            "its flat and postcode (in a British one, the town before the postcode too); the "
            "town after it, clock times, labels and the published sentences' own words are "
            "ordinary text. On the evening of 2026-12-04 the lead read its misses to choose "
            "the round's work, so it is no longer a held-out figure."
        )
    held_m = r.get("heldout_m")
    if held_m:
        text += (
            f" **Validation M** (held-out M until 2026-12-05): `bench/heldout_m`, seed "
            f"{held_m['seed']}, "
            f"{held_m['corpus_mb']:.1f} MB at {held_m['per_kb']} identifiers per KB "
            f"({held_m['planted']} planted identifiers, {held_m['ordinary']} ordinary uses of "
            "name-like words); written on the evening of 2026-12-04 by someone who read neither "
            "the rules nor any other set (L's included), on published text nobody here wrote "
            "and no other set uses: about 44,000 distinct everyday sentences of Tatoeba in "
            "Swedish, English, Danish, Finnish and Norwegian (CC BY 2.0 FR, from the Tatoeba "
            "Challenge test sets), so no sentence weighs much, in interviews, observation "
            "logs, field diaries, pasted e-mails and text messages, text pasted from Word or a "
            "PDF and lists of who was present; given names from Swedish, Danish, Polish and "
            "Croatian name-day calendars and lists written for it (Norwegian, Finnish, Arabic, "
            "Somali, Persian, Kurdish, Tigrinya, Ukrainian, German, English), phone numbers of "
            "15 countries drawn from their national numbering plans, identity numbers of nine "
            "countries from their published rules, and dates, addresses, e-mail addresses and "
            "links written for it. An address is the address line (street and number, with "
            "the flat, floor, postcode and town written on it); a town after a street in prose, "
            "clock times, headings, roles and the published sentences' own words are ordinary "
            "text. On the night of 2026-12-04/05 the lead read its misses to choose the round's "
            "work, so it is no longer a held-out figure."
        )
    held_n = r.get("heldout_n")
    if held_n:
        text += (
            f" **Validation N** (held-out N until 2026-12-05): `bench/heldout_n`, seed "
            f"{held_n['seed']}, "
            f"{held_n['corpus_mb']:.1f} MB at {held_n['per_kb']} identifiers per KB "
            f"({held_n['planted']} planted identifiers, {held_n['ordinary']} ordinary uses of "
            "name-like words); written late on 2026-12-04 by someone who read neither the rules "
            "nor any other set (M's and L's included), on published text nobody here wrote and no "
            "other set uses: sentences of Swedish, Norwegian and English novels of the European "
            "Literary Text Collection (ELTeC, public domain; narration and dialogue), English "
            "sentences of the TICO-19 test set (CC0), and Swedish, Danish, Norwegian and Finnish "
            "sentences of Debian's translated manual pages and Danish installation guide (GPL), "
            "about 17,000 distinct sentences in all (fewer in Danish and Finnish), in interviews, "
            "observation logs, field diaries, pasted e-mails and text messages, text pasted from "
            "Word or a PDF and lists of who was present; given and family names from the "
            "humannames and persian-names packages (MIT) and Nordic names with diacritics written "
            "for it, phone numbers of 16 countries drawn from their national numbering plans, "
            "identity numbers of nine countries from their published rules, and dates, addresses, "
            "e-mail addresses and links written for it. An address is the address line (street "
            "and number, with the flat, floor, postcode and town written on it); a town after an "
            "address in prose, clock times, headings, roles, e-mail subjects and the published "
            "sentences' own words are ordinary text. On the night of 2026-12-05 the lead read "
            "its misses to choose the round's work, so it is no longer a held-out figure."
        )
    held_o = r.get("heldout_o")
    if held_o:
        text += (
            f" **Validation O** (held-out O until the morning of 2026-12-05): `bench/heldout_o`, "
            f"seed {held_o['seed']}, "
            f"{held_o['corpus_mb']:.1f} MB at {held_o['per_kb']} identifiers per KB "
            f"({held_o['planted']} planted identifiers, {held_o['ordinary']} ordinary uses of "
            "name-like words); written on the night of 2026-12-05 by someone who read neither "
            "the rules nor any other set (N's, M's and L's included), on published text nobody "
            "here wrote and no other set uses: modern (2020s) sentences of LibreOffice's help "
            "(MPL-2.0) and GNOME's user help (CC BY-SA 3.0) in Swedish, Danish, Finnish and "
            "English, and of Firefox's, Thunderbird's and LibreOffice's Norwegian Bokmål "
            "translations (MPL-2.0), 5,000 distinct sentences per language (25,000 in all), "
            "each kept only when it names nobody and holds no date, number or link of its own, "
            "in interviews, observation logs, field diaries, pasted e-mails and text messages, "
            "text pasted from Word or a PDF and lists of who was present; given and family "
            "names from synthea-international's Finnish and Norwegian lists (Apache-2.0; "
            "Finland's list holds Somali, Arabic, Persian, Russian, German and Polish names "
            "too) and Svenska Akademien's name days (via the akademien package, MIT), phone "
            "numbers of 12 countries drawn from their national numbering plans, identity "
            "numbers of eight countries from their published rules, and dates, addresses, "
            "e-mail addresses and links written for it. An address is the street line with "
            "its number, flat and postcode; a town after an address in prose, clock times, "
            "headings, speaker labels, e-mail subjects and the published sentences' own words "
            "are ordinary text. On the morning of 2026-12-05 the lead read its misses to choose "
            "the round's work, so it is no longer a held-out figure."
        )
    held_p = r.get("heldout_p")
    if held_p:
        text += (
            " **Validation P** (held-out P until 06:15 UTC on 2026-12-05): `bench/heldout_p`, "
            f"seed {held_p['seed']}, "
            f"{held_p['corpus_mb']:.1f} MB at {held_p['per_kb']} identifiers per KB "
            f"({held_p['planted']} planted identifiers, {held_p['ordinary']} ordinary uses of "
            "name-like words); written on the morning of 2026-12-05 by someone who read neither "
            "the rules nor any other set (O's, N's, M's and L's included), on published spoken "
            "text nobody here wrote and no other set uses: the most frequent film and TV "
            "subtitle lines of OpenSubtitles2018 in Swedish, English, Norwegian, Danish and "
            "Finnish (via orgtre/top-open-subtitles-sentences), Swedish forum sentences of "
            "Familjeliv and Flashback (Språkbanken, CC BY 4.0), Danish social-media comments of "
            "DKHate (CC BY 4.0) and English lines of the chatterbot-corpus dialogues "
            "(BSD-3-Clause), 3,000-6,100 distinct sentences per language (23,091 in all), each "
            "kept only when it names nobody, holds no "
            "capitalised word after its first and no date, number or link of its own, in "
            "interviews, observation logs, field diaries, pasted e-mails and text messages, "
            "text pasted from Word or a PDF and lists of who was present; given names from "
            "Statistics Sweden's list of every given name borne in Sweden (via "
            "bolddp/swedish-names; Somali, Arabic, Persian, Polish, Finnish names among them) "
            "and Kantrowitz's English names, family names made from them and from stems "
            "written for it, phone numbers of 12 countries drawn from their national numbering "
            "plans, identity numbers of eight countries from their published rules, and dates, "
            "addresses, e-mail addresses and links written for it. An address is the "
            "street line with its number, flat, floor and postcode; a town after an address in "
            "prose, clock times, headings, speaker labels, roles, e-mail subjects and the "
            "published sentences' own words are ordinary text. At 06:15 UTC on 2026-12-05 the "
            "lead read its misses to choose the round's work, so it is no longer a held-out "
            "figure."
        )
    held_q = r.get("heldout_q")
    if held_q:
        text += (
            " **Validation Q** (held-out Q until 09:15 UTC on 2026-12-05): `bench/heldout_q`, "
            f"seed {held_q['seed']}, "
            f"{held_q['corpus_mb']:.1f} MB at {held_q['per_kb']} identifiers per KB "
            f"({held_q['planted']} planted identifiers, {held_q['ordinary']} ordinary uses of "
            "name-like words); written on the morning of 2026-12-05 by someone who read neither "
            "the rules nor any other set (P's, O's, N's, M's and L's included), on published "
            "speech and public text nobody here wrote and no other set uses: Swedish ministers' "
            "speeches and opinion pieces of regeringen.se (via civictechsweden/g0vse), the "
            "Danish prime ministers' New Year addresses 1995-2015, the US presidents' State of "
            "the Union and inaugural addresses (public domain, via nltk_data) and Finnish "
            "ministers' answers to members' written questions (Parliament of Finland, "
            "CC BY 4.0), 2,200-7,200 distinct sentences per language (20,886 in all; the "
            "Norwegian notes' lines are built from parts written for it, no Norwegian source "
            "being reachable), each kept only when it names nobody, holds no capitalised word "
            "after its first, no name or brand as its first word and no date, number, domain "
            "or link of its own, in interviews, observation logs, field diaries, pasted "
            "e-mails with signatures and text messages, pasted text and lists of who was "
            "present; given and family names from Statistics Norway's and Finland's Digital "
            "and Population Data Services Agency's lists and names of people who moved to the "
            "Nordic countries written for it, misspellings as keyboard slips, phone numbers of "
            "12 countries drawn from their national numbering plans, identity numbers of eight "
            "countries from their published rules, and dates, addresses, e-mail addresses and "
            "links written for it. An address is the street line with its number, flat, "
            "floor, staircase and postcode; a town after an address in prose, clock times, "
            "relative days, headings, speaker labels, roles, e-mail subjects and greetings and "
            "the published sentences' own words are ordinary text. At 09:15 UTC on 2026-12-05 "
            "the lead read its misses to choose the round's work, so it is no longer a held-out "
            "figure."
        )
    held_r = r.get("heldout_r")
    if held_r:
        text += (
            " **Validation R** (held-out R until 11:45 UTC on 2026-12-05): `bench/heldout_r`, "
            f"seed {held_r['seed']}, "
            f"{held_r['corpus_mb']:.1f} MB at {held_r['per_kb']} identifiers per KB "
            f"({held_r['planted']} planted identifiers, {held_r['ordinary']} ordinary uses of "
            "name-like words); written on the morning of 2026-12-05 by someone who read neither "
            "the rules nor any other set (Q's, P's, O's, N's, M's and L's included), on "
            "published text closer to field notes that nobody here wrote and no other set "
            "uses: Swedish web texts of SvCORE (narratives, blogs, opinion, discussion; "
            "CC BY 4.0) and 1177 Vårdguiden's patient information (CC BY-SA 4.0), English mock "
            "GP consultations (primock57, CC BY 4.0) and task dialogues (Schema-Guided "
            "Dialogue, CC BY-SA 4.0), Norwegian news, encyclopedia passages and annotators' "
            "questions of NorQuAD (CC0), Danish web and news sentences of the Leipzig Corpora "
            "Collection (CC BY) and Europarl, and Finnish web texts of FinCORE (CC BY 4.0), "
            "2,000-4,900 distinct sentences per language (19,994 in all; Norwegian has the "
            "fewest), each kept only when it names nobody, holds no capitalised word after "
            "its first, no proper noun (by Apertium's and Voikko's lexicons) or name as its "
            "first word and no date, number, domain or link of its own, in interviews, "
            "observation logs, field diaries, pasted e-mails with signatures, text messages, "
            "pasted PDF text and lists of who was present; given and family names read from "
            "the Debian spelling dictionaries by Apertium's and Voikko's lexicons, misspellings "
            "as keyboard slips, phone numbers of 12 countries drawn from their national "
            "numbering plans, identity numbers of nine countries from their published rules, "
            "and dates, addresses, e-mail addresses and links written for it. An "
            "address is the street line with its number, letter, flat or floor and, when "
            "written with them, postcode and town; a town in prose, clock times, headings, "
            "speaker labels, roles, e-mail subjects and greetings and the published sentences' "
            "own words are ordinary text. At 11:45 UTC on 2026-12-05 the lead read its misses "
            "to choose the round's work, so it is no longer a held-out figure."
        )
    held_s = r.get("heldout_s")
    if held_s:
        text += (
            " **Validation S** (held-out S until 14:20 UTC on 2026-12-05): `bench/heldout_s`, "
            f"seed {held_s['seed']}, "
            f"{held_s['corpus_mb']:.1f} MB at {held_s['per_kb']} identifiers per KB "
            f"({held_s['planted']} planted identifiers, {held_s['ordinary']} ordinary uses of "
            "name-like words); written at midday on 2026-12-05 by someone who read neither the "
            "rules nor any other set (R's, Q's, P's, O's, N's, M's and L's included), on "
            "published text nobody here wrote and no other set uses: spoken lines of 68 "
            "Swedish plays (SweDraCor, CC BY-SA 3.0), English task dialogues (Taskmaster-3, "
            "CC BY 4.0), questions and answers (Databricks Dolly, CC BY-SA 3.0) and "
            "voice-assistant requests (xSID, CC BY-SA 4.0), Finnish questions and answers "
            "(Dolly and OpenAssistant as translated to Finnish, CC BY-SA 3.0 and Apache 2.0), "
            "Norwegian dialect and Bokmål requests of NorSID and Danish requests of xSID "
            "(the Norwegian and Danish pools are small: see the set's README), each kept only "
            "when it names nobody (no capitalised word after its first, no name as its first "
            "word or typed in lower case) and holds no date, number, domain or link of its "
            "own, in interviews, observation logs, field diaries, pasted e-mails with "
            "signatures, text messages, pasted PDF text and lists of who was present; given "
            "and family names of the plays' characters, of the University of Copenhagen's "
            "Danish name statistics and of namegen's public-domain lists (Finnish, English, "
            "Polish, Ukrainian, Turkish), misspellings as keyboard slips, phone numbers of 12 "
            "countries drawn from their national numbering plans, identity numbers of ten "
            "countries from their published rules, and dates in each language's ways, "
            "addresses, e-mail addresses and links written for it. An address is the "
            "street line with its number, letter, flat or floor and, when written with them, "
            "postcode and town; clock times, headings, speaker labels, roles, e-mail subjects "
            "and greetings and the published sentences' own words are ordinary text. At 14:20 "
            "UTC on 2026-12-05 the lead read its misses to choose the round's work, so it is no "
            "longer a held-out figure."
        )
    held_t = r.get("heldout_t")
    if held_t:
        text += (
            " **Validation T** (held-out T until 16:37 UTC on 2026-12-05): `bench/heldout_t`, "
            f"seed {held_t['seed']}, "
            f"{held_t['corpus_mb']:.1f} MB at {held_t['per_kb']} identifiers per KB "
            f"({held_t['planted']} planted identifiers, {held_t['ordinary']} ordinary uses of "
            "name-like words); written in the afternoon of 2026-12-05 by someone who read "
            "neither the rules nor any other set (S's, R's and Q's included), on published "
            "text nobody here wrote and no other set uses: FLORES-200's professionally "
            "translated sentences (CC BY-SA 4.0) and the volunteer-translated interface and "
            "help texts of the Wikipedia and Commons apps (Apache 2.0), the OpenStreetMap "
            "website (GPL-2.0), the iD map editor (ISC) and 24 MediaWiki extensions (GPL, MIT, "
            "Apache 2.0), at least 2,000 distinct sentences a language from two or more "
            "sources (the register is mostly software text: see the set's README), each kept "
            "only when it names nobody (no capitalised word after its first, a first word its "
            "sources also write in lower case and no proper noun of Giellatekno's Bokmål "
            "lexicon, no name typed in lower case) and holds no date, number, domain or link of "
            "its own, in conversations, field logs, journal pages, forwarded mails with "
            "signatures, text threads, pasted PDF text and meetings with who was present; "
            "given and family names of Giellatekno's Bokmål lexicon (GPL-3.0) and of the "
            "largest groups who moved to the Nordic countries, misspellings as keyboard slips, "
            "phone numbers of 13 countries kept when libphonenumber calls them valid, identity "
            "numbers of ten countries from their published rules, and dates in each language's "
            "ways, addresses, e-mail addresses and links written for it. An address is the "
            "street line with its number, letter, flat or floor and, when written with them, "
            "postcode and town; clock times, headings, speaker labels, roles, e-mail subjects "
            "and greetings and the published sentences' own words are ordinary text. At 16:37 "
            "UTC on 2026-12-05 the lead read its misses to choose the round's work, so it is no "
            "longer a held-out figure."
        )
    held_u = r.get("heldout_u")
    if held_u:
        text += (
            " **Validation U** (held-out U until 19:07 UTC on 2026-12-05): `bench/heldout_u`, "
            f"seed {held_u['seed']}, "
            f"{held_u['corpus_mb']:.1f} MB at {held_u['per_kb']} identifiers per KB "
            f"({held_u['planted']} planted identifiers, {held_u['ordinary']} ordinary uses of "
            "name-like words); written in the evening of 2026-12-05 by someone who read "
            "neither the rules nor any other set (T's, S's and R's included), on published "
            "narrative and conversational text nobody here wrote and no other set uses: the "
            "dialogue, story and description texts of the free games Wesnoth, Widelands, "
            "FreedroidRPG, Warzone 2100, Freeciv, SuperTux and Tux Paint as their volunteers "
            "translated them (GPL-2.0 or later) and the children's stories of Global "
            "Storybooks (MIT; the stories CC BY 4.0), at least 2,000 distinct sentences a "
            "language from two or more sources, each kept only when it names nobody (no "
            "capitalised word after its first, a first word its sources also write in lower "
            "case and no listed name, no name typed in lower case) and holds no date, number, "
            "domain or link of its own, in interviews with speaker labels, observation logs "
            "with clock times, dated diary pages, pasted e-mails with headers and signatures, "
            "text threads, text pasted from PDFs and meetings with who was present; given and "
            "family names of name2nat's Wikipedia names (Apache 2.0) and finnish-name-generator "
            "(MIT), among them people who moved to the Nordic countries, 28 registered people "
            "whose given name is also a word of their language, each used as that word in eight "
            "or more distinct sentences, misspellings as keyboard slips, phone numbers of 14 "
            "countries kept when libphonenumber calls them valid, identity numbers of ten "
            "countries from their published rules, dates in each language's ways, addresses "
            "with towns of Freeciv's nation lists, e-mail addresses and links written for it. "
            "An address is the street line with its number, letter, flat or floor "
            "and, when written with them, postcode and town; clock times, headings, speaker "
            "labels, roles, e-mail subjects and greetings and the published sentences' own "
            "words are ordinary text. At 19:07 UTC on 2026-12-05 the lead read its misses to "
            "choose the round's work, so it is no longer a held-out figure."
        )
    held_v = r.get("heldout_v")
    if held_v:
        text += (
            " **Validation V** (held-out V until 21:50 UTC on 2026-12-05): `bench/heldout_v`, "
            f"seed {held_v['seed']}, "
            f"{held_v['corpus_mb']:.1f} MB at {held_v['per_kb']} identifiers per KB "
            f"({held_v['planted']} planted identifiers, {held_v['ordinary']} ordinary uses of "
            "name-like words); written in the evening of 2026-12-05 by someone who read "
            "neither the rules nor any other set (U's, T's and S's included), on sentences "
            "people wrote or said in their own language that nobody here wrote and no other "
            "set uses: the chat turns of Topical-Chat (CDLA-Sharing-1.0) and of BYU's "
            "Chit-Chat Challenge (MIT), candidates' own answers in Yle's election compass of "
            "2011 and 2015 (Finnish, and Swedish of Finland's Swedish-speaking candidates; "
            "Creative Commons with attribution), Stortinget's proceedings from 2017 on and "
            "NAV's social-assistance application texts (Apache 2.0, MIT), the Folketing's "
            "2014-2015 proceedings (MIT) and the example sentences of Språkbanken's Swedish "
            "sentiment lexicon (CC BY 4.0), each kept only when it names nobody (no "
            "capitalised word after its first, a first word its sources also write in lower "
            "case and no listed name, no name typed in lower case) and holds no date, number, "
            "domain or link of its own, in conversations with speaker labels, logs with clock "
            "times, diary pages, pasted mails with headers and sign-offs, text threads, text "
            "pasted from PDFs and meeting notes with who was present; given and family names of "
            "members of the Riksdag, the Storting, the Folketing and the US Congress and of "
            "Yle's candidates (CC0 for Congress), names of families who moved to the Nordic "
            "countries (habesha-names, name-variants, MIT), 25 registered people whose given "
            "name is also a word of their language, each used as that word in eight or more "
            "distinct sentences and none in more than a tenth of the ordinary uses, "
            "misspellings as keyboard slips, phone numbers of 15 countries kept when "
            "libphonenumber calls them valid, identity numbers of ten countries from their "
            "published rules, dates in each language's ways, addresses with postal towns of "
            "Norway and Denmark, Swedish and Finnish municipalities and US towns, e-mail "
            "addresses and links written for it. An address is the street line with its "
            "number, letter, flat or floor and, when written with them, postcode and town; "
            "clock times, headings, speaker labels, roles, e-mail subjects and greetings and "
            "the published sentences' own words are ordinary text. At 21:50 UTC on 2026-12-05 "
            "the lead read its misses to choose the round's work, so it is no longer a held-out "
            "figure."
        )
    held_w = r.get("heldout_w")
    if held_w:
        text += (
            " **Validation W** (held-out W until 00:40 UTC on 2026-12-06): `bench/heldout_w`, "
            f"seed {held_w['seed']}, "
            f"{held_w['corpus_mb']:.1f} MB at {held_w['per_kb']} identifiers per KB "
            f"({held_w['planted']} planted identifiers, {held_w['ordinary']} ordinary uses of "
            "name-like words); written in the evening of 2026-12-05 by someone who read "
            "neither the rules nor any other set (V's, U's and T's included), on sentences "
            "people wrote in their own language that nobody here wrote and no other set uses: "
            "the questions and answers of Counsel Chat (MIT), Suomi24 forum posts annotated by "
            "TurkuNLP, the Norwegian reviews of NoReC (CC BY-NC 4.0), and the guidance texts of "
            "NAV's parental-benefit applications, Helsinki's and Helsingborg's services and "
            "Aarhus's self-service forms (MIT, GPL), each kept only when it names nobody (no "
            "capitalised word after its first, a first word its sources also write in lower "
            "case, no word any name list of its sources holds) and holds no date, number, "
            "domain or link of its own, in conversations with speaker labels, logs with clock "
            "times, diary pages, pasted mails, text threads, text pasted from PDFs and meeting "
            "notes with who was present, most identifiers inside running sentences; given and "
            "family names of Olympic medallists of the five countries and of the countries "
            "families moved from, Finnish and Norwegian municipal candidates and Counsel Chat's "
            "therapists, 25 registered people whose given or family name is also a word of "
            "their language, each used as that word in eight or more distinct sentences and "
            "none in more than a tenth of the ordinary uses, misspellings as keyboard slips, "
            "phone numbers of 15 countries kept when libphonenumber calls them valid, identity "
            "numbers of ten countries checked by python-stdnum's rules, dates in each "
            "language's ways, addresses and e-mail addresses and links written for it. An "
            "address is the street line with its number, letter, flat or floor and, when "
            "written with them, postcode and town; clock times, headings, speaker labels, "
            "roles, e-mail subjects and greetings and the published sentences' own words are "
            "ordinary text. At 00:40 UTC on 2026-12-06 the lead read its misses to choose the "
            "round's work, so it is no longer a held-out figure."
        )
    held_x = r.get("heldout_x")
    if held_x:
        text += (
            " **Validation X** (held-out X until 03:30 UTC on 2026-12-06): `bench/heldout_x`, "
            f"seed {held_x['seed']}, "
            f"{held_x['corpus_mb']:.1f} MB at {held_x['per_kb']} identifiers per KB "
            f"({held_x['planted']} planted identifiers, {held_x['ordinary']} ordinary uses of "
            "name-like words); written in the night of 2026-12-06 by someone who read "
            "neither the rules nor any other set (W's, V's and U's included), on sentences "
            "people wrote in their own language that nobody here wrote and no other set uses: "
            "bank customers' questions (banking77) and restaurant-booking turns (restaurant8k, "
            "CC BY 4.0), Ylilauta forum posts and FinChat conversations (CC BY-NC 4.0), "
            "Norwegian tweets of NorDial (CC BY-NC 4.0), and the Swedish, Norwegian and Danish "
            "interface texts of five open Android apps (Apache 2.0, GPL-3.0), each kept only "
            "when it names nobody (no capitalised word after its first, a first word its "
            "sources also write in lower case, no word any name list of its sources holds) and "
            "holds no date, number, domain or link of its own, in conversations with speaker "
            "labels, logs with clock times, diary pages by week, pasted mails, text threads, "
            "text pasted from PDFs and meeting notes with who was present, most identifiers "
            "inside running sentences; given and family names of people with Wikipedia "
            "articles sorted by origin (ethnicolr's Wikipedia labels, MIT) and of the Meänkieli "
            "analyser's name lexicon (LGPL-3.0), a fifth of them of families who moved to the "
            "Nordic countries, 25 registered people whose given or family name is also a word "
            "of their language, each used as that word in eight or more distinct sentences and "
            "none in more than a tenth of the ordinary uses, misspellings as keyboard slips, "
            "phone numbers of 17 countries kept when libphonenumber calls them valid, identity "
            "numbers of eleven countries checked by python-stdnum's rules, dates in each "
            "language's ways, addresses and e-mail addresses and links written for it. An "
            "address is the street line with its number, letter, flat or floor and, when "
            "written with them, postcode and town; clock times, headings, speaker labels, "
            "roles, e-mail subjects and greetings and the published sentences' own words are "
            "ordinary text. At 03:30 UTC on 2026-12-06 the lead read its misses to choose the "
            "round's work, so it is no longer a held-out figure."
        )
    held_y = r.get("heldout_y")
    if held_y:
        text += (
            " **Validation Y** (held-out Y until 07:27 UTC on 2026-12-06): `bench/heldout_y`, "
            f"seed {held_y['seed']}, "
            f"{held_y['corpus_mb']:.1f} MB at {held_y['per_kb']} identifiers per KB "
            f"({held_y['planted']} planted identifiers, {held_y['ordinary']} ordinary uses of "
            "name-like words); written in the night of 2026-12-06 by someone who read "
            "neither the rules nor any other set (X's, W's and V's included), on text nobody "
            "here wrote and no other set uses: requests people typed to assistants (CLINC150, "
            "CC BY 3.0, and HWU64, CC BY 4.0) and the Swedish, Finnish, Norwegian and Danish "
            "interface texts of six open Android apps (GPL-3.0), each kept only when it names "
            "nobody and holds no date, number, domain or link of its own, and sentences written "
            "for it; in interviews with speaker labels, observation logs with clock times, "
            "field-diary bullet lists, forwarded mails, SMS reminders, text pasted from PDFs, "
            "transcribed voice memos with fillers, free-text answers to questionnaire items "
            "and handover notes between interviewers with who was present, most identifiers "
            "inside running sentences; given and family names from name-forge's lists by "
            "country (MIT), Arabic, Somali and Polish families' names among them, Turkish and "
            "Vietnamese given names (turkish-names, Apache-2.0; vietnamese-namedb, MIT), and "
            "from the "
            "Kven and Lule Sámi analysers' name lexicons (LGPL-3.0, GPL-3.0), 25 registered "
            "people whose given or family name is also a word of their language, each used as "
            "that word in eight or more distinct sentences, misspellings as keyboard slips, "
            "phone numbers of 19 countries kept when libphonenumber calls them valid, identity "
            "numbers of eleven countries checked by python-stdnum's rules, dates in each "
            "language's ways, addresses and e-mail addresses and links written for it. An "
            "address is the street line with its number, letter, flat or floor and, when "
            "written with them, postcode and town; clock times, headings, speaker labels, "
            "roles, e-mail subjects and greetings and the published sentences' own words are "
            "ordinary text. At 07:27 UTC on 2026-12-06 the lead read its misses to choose the "
            "round's work, so it is no longer a held-out figure."
        )
    held_z = r.get("heldout_z")
    if held_z:
        text += (
            " **Validation Z** (held-out Z until 10:24 UTC on 2026-12-06): `bench/heldout_z`, "
            f"seed {held_z['seed']}, "
            f"{held_z['corpus_mb']:.1f} MB at {held_z['per_kb']} identifiers per KB "
            f"({held_z['planted']} planted identifiers, {held_z['ordinary']} ordinary uses of "
            "name-like words); written on the morning of 2026-12-06 by someone who read "
            "neither the rules nor any other set (Y's, X's and W's included), on text nobody "
            "here wrote and no other set uses: Common Voice's Danish, Swedish, Norwegian and "
            "Finnish sentence collections (CC0) and requests people typed to a "
            "voice assistant (Snips, CC0), each kept only when it names nobody and holds no "
            "date, number, domain or link of its own, and sentences written for it; in meeting "
            "notes with who was present, phone logs, conversations with speaker labels, "
            "home-visit notes with clock times, field-diary bullet lists, forwarded mails, "
            "copied text threads and text pasted from reports, most identifiers inside running "
            "sentences; given and family names of the five countries and of ten origins of "
            "families who moved to them, written for it, 25 registered people whose given or "
            "family name is also a word of their language, each used as that word in nine or "
            "more distinct sentences, misspellings as keyboard slips, phone numbers of 22 "
            "countries kept when libphonenumber calls them valid, identity numbers of ten "
            "countries checked by python-stdnum's rules, dates in each language's ways, "
            "addresses and e-mail addresses and links written for it. An address is the "
            "street line with its number, letter, flat or floor and, when written with them, "
            "postcode and town; clock times, headings, speaker labels, roles, e-mail subjects "
            "and greetings and the published sentences' own words are ordinary text. At 10:24 "
            "UTC on 2026-12-06 the lead read its misses to choose the round's work, so it is no "
            "longer a held-out figure."
        )
    held_aa = r.get("heldout_aa")
    if held_aa:
        text += (
            " **Validation AA** (held-out AA until 13:20 UTC on 2026-12-06): `bench/heldout_aa`, "
            f"seed {held_aa['seed']}, "
            f"{held_aa['corpus_mb']:.1f} MB at {held_aa['per_kb']} identifiers per KB "
            f"({held_aa['planted']} planted identifiers, {held_aa['ordinary']} ordinary uses of "
            "name-like words); written on the morning of 2026-12-06 by someone who read "
            "neither the rules nor any other set (Z's and Y's included), on text nobody here "
            "wrote and no other set uses: reviews and posts Swedish people wrote (SemEval-2025 "
            "Task 11's Swedish texts, CC BY 4.0) and comments people wrote on Reddit "
            "(GoEmotions, Apache 2.0), each kept only when it names nobody and holds no date, "
            "number, domain or link of its own, and sentences written for it; Swedish and "
            "English notes (no Danish, Norwegian or Finnish text: none was found under a "
            "licence that allows it) in conversation notes with speaker labels and who was "
            "present, observation logs with clock times, diary bullet lists, forwarded mails, "
            "copied text messages, extracts pasted from documents and handover sheets with "
            "labelled fields, most identifiers inside running sentences; given and family "
            "names of the five countries and of ten origins of families who moved to them, "
            "written for it, 25 registered people whose given or family name is also a word of "
            "their language, each used as that word in eight or more distinct sentences, "
            "misspellings as keyboard slips, phone numbers of 20 countries kept when "
            "libphonenumber calls them valid, identity numbers of ten countries checked by "
            "python-stdnum's rules, dates in each language's ways, addresses and e-mail "
            "addresses and links written for it. An address is the street line with its "
            "number, letter, flat or floor and, when written with them, postcode and town; "
            "clock times, headings, speaker labels, roles, e-mail subjects and greetings and "
            "the published sentences' own words are ordinary text. At 13:20 UTC on 2026-12-06 "
            "the lead read it, so it is no longer a held-out figure."
        )
    held_ab = r.get("heldout_ab")
    if held_ab:
        text += (
            " **Validation AB** (held-out AB until 15:47 UTC on 2026-12-06): `bench/heldout_ab`, "
            f"seed {held_ab['seed']}, "
            f"{held_ab['corpus_mb']:.1f} MB at {held_ab['per_kb']} identifiers per KB "
            f"({held_ab['planted']} planted identifiers, {held_ab['ordinary']} ordinary uses of "
            "name-like words); written on the afternoon of 2026-12-06 by someone who read "
            "neither the rules nor any other set (AA's included), on text nobody here wrote and "
            "no other set uses: the Finnish and Swedish texts of the Finnish Supreme Court's "
            "and Supreme Administrative Court's decisions (Semantic Finlex, CC BY 4.0) and "
            "sentences of people's reviews of products, films and restaurants (Sentiment "
            "Labelled Sentences, CC BY 4.0), each kept only when it names nobody and holds no "
            "date, number, domain or link of its own, and sentences written for it; Swedish, "
            "Finnish and English notes (no Danish or Norwegian text: none was found in time "
            "under a licence that allows it) in interview transcripts with speaker labels and "
            "who was present, observation logs with clock times, field diaries, e-mails, "
            "copied text threads, wrapped document extracts and case sheets with labelled "
            "fields, most identifiers inside running sentences; given and family names of the "
            "five countries and of ten origins of families who moved to them, written for it, "
            "25 registered people whose given or family name is also a word of Swedish, "
            "Finnish or English, each used as that word in eight or more distinct sentences, "
            "misspellings as keyboard slips, phone numbers of 18 countries kept when "
            "libphonenumber calls them valid, identity numbers of eleven countries checked by "
            "python-stdnum's rules, dates in each language's ways, addresses and e-mail "
            "addresses and links written for it. An address is the street line with its "
            "number, letter, flat, floor or staircase and, when written with them, postcode and "
            "town; clock times, headings, speaker labels, roles, e-mail subjects and greetings "
            "and the published sentences' own words are ordinary text. At 15:47 UTC on "
            "2026-12-06 the lead read it, so it is no longer a held-out figure."
        )
    held_ac = r.get("heldout_ac")
    if held_ac:
        text += (
            " **Validation AC** (held-out AC until 18:33 UTC on 2026-12-06): `bench/heldout_ac`, "
            f"seed {held_ac['seed']}, "
            f"{held_ac['corpus_mb']:.1f} MB at {held_ac['per_kb']} identifiers per KB "
            f"({held_ac['planted']} planted identifiers, {held_ac['ordinary']} ordinary uses of "
            "name-like words); written on the afternoon of 2026-12-06 by someone who read "
            "neither the rules nor any other set (AB's included), on text nobody here wrote and "
            "no other set uses: Norwegian sentences of the Norwegian Transport Complaints "
            "Board's decisions (Transportklagenemnda; public decisions, free under the "
            "Norwegian copyright act's section 14), each kept only when it names nobody and "
            "holds no date, number, domain or link of its own, and sentences written for it; "
            "Norwegian notes only (no Danish text: none was found in time under a licence that "
            "allows it) in conversation records with speaker labels and who was present, "
            "home-visit logs with clock times, work logs, e-mails, copied message threads, "
            "wrapped letter extracts and intake sheets with labelled fields, more than half of "
            "the identifiers inside running sentences; given and family names of Norway, "
            "Sweden, Denmark, Finland and England and of ten origins of families who moved to "
            "Norway, written for it, 25 registered people whose given or family name is also a "
            "Norwegian word, each used as that word in eight or more distinct sentences, "
            "misspellings as keyboard slips, phone numbers of 16 countries kept when "
            "libphonenumber calls them valid, identity numbers of ten countries checked by "
            "python-stdnum's rules, Norwegian dates in eleven shapes, addresses and e-mail "
            "addresses and links written for it. An address is the street line with its "
            "number, letter, flat, floor or staircase and, when written with them, postcode and "
            "town; clock times, headings, speaker labels, roles, e-mail subjects and greetings "
            "and the published sentences' own words are ordinary text. At 18:33 UTC on "
            "2026-12-06 the lead read it, so it is no longer a held-out figure."
        )
    held_ad = r.get("heldout_ad")
    if held_ad:
        text += (
            " **Validation AD** (held-out AD until 21:09 UTC on 2026-12-06): `bench/heldout_ad`, "
            f"seed {held_ad['seed']}, "
            f"{held_ad['corpus_mb']:.1f} MB at {held_ad['per_kb']} identifiers per KB "
            f"({held_ad['planted']} planted identifiers, {held_ad['ordinary']} ordinary uses of "
            "name-like words); written on the evening of 2026-12-06 by someone who read "
            "neither the rules nor any other set (AC's included), on text nobody here wrote and "
            "no other set uses: English text messages people sent (the SMS Spam Collection's "
            "legitimate messages, CC BY 4.0) and English posts of Answers OnStartups, a closed "
            "Stack Exchange forum of people starting small firms (CC BY-SA 3.0), each kept "
            "only when every word is a lower-case dictionary word, it names nobody and holds no "
            "date, number, domain or link of its own, and sentences written for it; English "
            "fieldwork notes of a Danish study of small family firms (no Danish text: none was "
            "found in time under a licence that allows it) in interview transcripts with "
            "speaker labels and who was present, field logs with clock times, researchers' "
            "diaries, forwarded e-mails, copied text messages, wrapped letters and Danish "
            "registration sheets with labelled fields, more than half of the identifiers "
            "inside running sentences; given and family names of Denmark, Sweden, Norway, "
            "Finland and England and of twelve origins of families who moved to Denmark, "
            "written for it, 25 registered people whose given or family name is also an "
            "English word, each used as that word in eight or more distinct sentences, "
            "misspellings as keyboard slips, phone numbers of 16 countries kept when "
            "libphonenumber calls them valid, identity numbers of ten countries checked by "
            "python-stdnum's rules, English and Danish dates in sixteen shapes, addresses and "
            "e-mail addresses and links written for it. An address is the street line "
            "with its number, letter, flat, floor or staircase and, when written with them, "
            "postcode and town; clock times, headings, speaker labels, roles, e-mail subjects "
            "and greetings and the published sentences' own words are ordinary text. At 21:09 "
            "UTC on 2026-12-06 the lead read it, so it is no longer a held-out figure."
        )
    held_ae = r.get("heldout_ae")
    if held_ae:
        text += (
            " **Validation AE** (held-out AE until 23:44 UTC on 2026-12-06): `bench/heldout_ae`, "
            f"seed {held_ae['seed']}, "
            f"{held_ae['corpus_mb']:.1f} MB at {held_ae['per_kb']} identifiers per KB "
            f"({held_ae['planted']} planted identifiers, {held_ae['ordinary']} ordinary uses of "
            "name-like words); written on the evening of 2026-12-06 by someone who read "
            "neither the rules nor any other set (AD's included), on text nobody here wrote and "
            "no other set uses: the sayings and quips of BSD fortune's cookie files as Debian "
            "ships them (BSD), each kept only when every word is a lower-case dictionary word, "
            "and Danish sentences of the Debian Edu (Skolelinux) manual's Danish translation "
            "(GPL-2+), each kept only when it names nobody and holds no date, number, domain or "
            "link of its own, and sentences written for it; English fieldwork notes of a "
            "Danish study of how schools run their computers, with excerpts of the Danish "
            "handbook pasted in (no everyday Danish, Finnish or Swedish text: none was found in "
            "time under a licence that allows it), in helpdesk tickets with logs, staff meeting "
            "minutes with who was present and actions, teacher interviews with speaker labels, "
            "chat exports with clock times, forwarded e-mails, Danish contact sheets with "
            "labelled fields and field diaries, more than half of the identifiers inside "
            "running sentences; given and family names of Denmark, Sweden, Norway, Finland and "
            "England and of eleven origins of families who moved to Denmark, written for it, 25 "
            "registered people whose given or family name is also an English word, each used "
            "as that word in eight or more distinct sentences, misspellings as keyboard slips, "
            "phone numbers of 20 countries kept when libphonenumber calls them valid, identity "
            "numbers of ten countries checked by python-stdnum's rules, English and Danish "
            "dates in nineteen shapes, addresses and e-mail addresses and links written for "
            "it. An address is the street line with its number, letter, flat, floor or "
            "staircase and, when written with them, postcode and town; clock times, headings, "
            "codes, speaker labels, roles, teams, e-mail subjects and greetings and the "
            "published sentences' own words are ordinary text. At 23:44 UTC on 2026-12-06 the "
            "lead read it, so it is no longer a held-out figure."
        )
    held_af = r.get("heldout_af")
    if held_af:
        text += (
            f" **Held-out AF**: `bench/heldout_af`, seed {held_af['seed']}, "
            f"{held_af['corpus_mb']:.1f} MB at {held_af['per_kb']} identifiers per KB "
            f"({held_af['planted']} planted identifiers, {held_af['ordinary']} ordinary uses of "
            "name-like words); written on the night of 2026-12-06 by someone who read neither "
            "the rules nor any other set (AE's included), on text nobody here wrote and no "
            "other set uses: Linus Walleij's book on hacker culture, Copyright finns inte, in "
            "its Swedish original and English translation as Debian ships them (public "
            "domain), English sentences kept only when every word is a lower-case dictionary "
            "word, the Swedish translation of LifeLines' manuals (MIT), the Danish translation "
            "of GIMP's manual (GFDL) and the Finnish translation of aptitude's manual (GPL-2+), "
            "each sentence kept only when it names nobody and "
            "holds no date or number, and sentences written for it; English fieldwork notes of "
            "a study of tenants' and neighbourhood associations in Copenhagen and Malmö, with "
            "Swedish, Danish and Finnish passages (no everyday Danish or Finnish text: none was "
            "found in time), in phone call logs, home visit reports, focus group transcripts "
            "with speaker lines, letters with greetings and sign-offs, volunteer rosters with "
            "who was present and voice memo transcripts, more than half of the identifiers "
            "inside running sentences; given and family names of Denmark, Sweden, Norway, "
            "Finland and England and of eleven origins of families who moved to Denmark or "
            "Sweden, written for it, 25 registered people whose given or family name is also "
            "an English word, each used as that word in eight or more distinct sentences, "
            "misspellings as keyboard slips, phone numbers of 25 countries kept when "
            "libphonenumber calls them valid, identity numbers of ten countries checked by "
            "python-stdnum's rules, English, Swedish and Danish dates in fifteen shapes, "
            "addresses and e-mail addresses and links written for it. Never read or tuned on "
            "by whoever works on the rules: these are the held-out figures. An address is the "
            "street line with its number, letter, flat, floor or lgh and, when written with "
            "them, postcode and town; headings, note numbers, speaker labels, roles and "
            "greetings and the published sentences' own words are ordinary text."
        )
    if r.get(redaction_real.KEY):
        text += redaction_real.intro(r[redaction_real.KEY])
    return text
