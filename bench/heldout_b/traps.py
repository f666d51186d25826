"""Things in notes that look like identifiers and are not: doses, sums, times, rooms, bus lines,
wards, years and year ranges, scores, blood pressure, weights, cities. A redaction over one of
them is a false positive (they are never planted)."""

from __future__ import annotations

import random

VALUES: dict[str, dict[str, list[str]]] = {
    "dose": {
        "sv": ["50 mg", "100 mg x 1", "0,5 mg", "10 mg 1x1", "25 mg 0+0+1", "2,5 mg t.n.",
               "150 mg 1+0+1", "5 mg vb max 3 ggr/dygn", "200 mg x 2"],
        "en": ["50 mg", "100 mg", "0.5 mg", "10 mg nocte", "25 mg bd", "2.5 mg prn",
               "150 mg", "200 mg twice daily"],
    },
    "money": {
        "sv": ["4 500 kr", "12 300 SEK", "1 250 000 kr", "850 kr", "3.200 kr", "2 150:-",
               "7 990 kr", "€250", "11 482 kr", "600 kr"],
        "en": ["SEK 4,500", "12 300 kr", "£40", "$1,200", "€250", "850 kronor", "3,200 SEK",
               "SEK 11 482"],
    },
    "small": {"sv": ["500 kr", "1 200 kr", "350:-", "800 SEK"],
              "en": ["SEK 500", "1,200 kr", "£35"]},
    "rent": {"sv": ["6 850 kr", "8.400 kr", "11 200 SEK"], "en": ["SEK 6,850", "8 400 kr"]},
    "time": {"sv": ["14.30", "9.15", "08.00", "13", "16:45", "10.00"],
             "en": ["2.30 pm", "9:15", "10 am", "16:45", "1 pm"]},
    "room": {"sv": ["4112", "B214", "3", "12", "2.114", "U-431"],
             "en": ["4112", "B214", "3", "12", "2.114"]},
    "bus": {"sv": ["4", "173", "55", "1", "832", "43"], "en": ["4", "173", "55", "1", "832"]},
    "ward": {"sv": ["32", "143", "7", "25A", "121"], "en": ["32", "143", "7", "25A", "121"]},
    "years": {
        "sv": ["2015–2018", "på 1990-talet", "mellan 2009 och 2012", "2003-2006", "2010–11",
               "under 80-talet", "1998-2001"],
        "en": ["2015–2018", "in the 1990s", "between 2009 and 2012", "2003-2006", "2010–11",
               "from 1998 to 2001"],
    },
    "year": {"sv": ["2019", "2021", "2024", "2008", "2016"], "en": ["2019", "2021", "2024"]},
    "score": {"sv": ["14", "9", "22", "6", "17"], "en": ["14", "9", "22", "6", "17"]},
    "city": {
        "sv": ["Göteborg", "Malmö", "Örebro", "Kiruna", "Istanbul", "Mogadishu", "Teheran",
               "Aleppo", "Sarajevo", "Asmara", "Oslo", "Tammerfors", "Gdańsk", "Erbil"],
        "en": ["Gothenburg", "Malmö", "Örebro", "Istanbul", "Mogadishu", "Tehran", "Aleppo",
               "Sarajevo", "Asmara", "Oslo", "Tampere", "Gdańsk", "Erbil", "Kabul"],
    },
    "pct": {"sv": ["50 %", "25%", "75 %", "100 %", "3,5 %"], "en": ["50%", "25 %", "3.5%"]},
    "bp": {"sv": ["135/85", "120/80", "142/91", "118/76"], "en": ["135/85", "120/80", "142/91"]},
    "kg": {"sv": ["72", "58,5", "104", "66"], "en": ["72", "58.5", "104"]},
    "week": {"sv": ["12", "34", "7", "48"], "en": ["12", "34", "7"]},
    "n": {"sv": ["3", "5", "12", "14", "2"], "en": ["3", "5", "12", "14", "2"]},
    "steps": {"sv": ["7000", "4 500", "10 000", "6 000"], "en": ["7,000", "4500", "10 000"]},
}  # fmt: skip


def trap(rng: random.Random, slot: str, lang: str) -> str:
    return rng.choice(VALUES[slot][lang])
