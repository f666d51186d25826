"""Lines in Norwegian, Danish, Finnish and German: relatives and participants from elsewhere in
a Swedish study (quoted, pasted from their e-mails and texts, or noted as they said them).
Written for held-out H (slots: see writer.py)."""

ID = {
    "no": (
        "{so} ringte fra Bergen og sa at hun kommer {date}.",
        "«Jeg har ikke hørt fra {pat} siden {date}», skrev {so}.",
        "Broren {x} kan nås på {tel} etter klokka fire.",
        "Hilsen {x}, {adr}",
        "Ring meg på {tel} hvis {pat} ikke dukker opp.",
        "{x:title} på NAV har sendt papirene til {mail}.",
        "Vi snakket med {pro} om {pat:gen} planer for sommeren.",
    ),
    "da": (
        "{x} fra kommunen ringede {date} og spurgte efter {pat}.",
        "Min søster {x} bor på {adr}, tlf. {tel}.",
        "Du kan skrive til mig på {mail}, hilsen {so}.",
        "Ring til {x:given} på {tel}, hun ved besked.",
        "{pat} var hos {x:title} {date} og fik ny medicin.",
        "Mvh {x}, mobil {tel}",
    ),
    "fi": (
        "{x} soitti {date} ja jätti numeron {tel}.",
        "Terveisin {x}, puh. {tel}",
        "{so} sanoi, että {pat} muuttaa osoitteeseen {adr}.",
        "Tapaaminen {date} klo 14, {pro} tulee myös.",
        "Lähetä tiedot osoitteeseen {mail}, kiitos. {x:given}",
        "{pat:gen} äiti {x} asuu Oulussa.",
    ),
    "de": (
        "Herr {x:family} vom Sozialamt rief am {date} an, Tel. {tel}.",
        "Viele Grüße, {x} ({mail})",
        "{so} schrieb: „Ich komme am {date}, bitte sag {pat} nichts.“",
        "Meine Adresse: {x}, {adr}",
        "Frau {x:family} erreichen Sie unter {tel}.",
        "{pat:gen} Onkel {x} wohnt in Hamburg und ruft selten an.",
        "Termin bei {x:title} am {date:wd}.",
    ),
}

FILLER = {
    "no": ("Det går litt bedre nå, men jeg er sliten.", "Vi sees neste uke.",
           "Takk for sist!"),
    "da": ("Det går fint, tak.", "Vi ses på torsdag.", "Undskyld at jeg ikke kom."),
    "fi": ("Kiitos viimeisestä.", "Nähdään ensi viikolla.", "Kaikki hyvin täällä."),
    "de": ("Es geht ihr etwas besser.", "Bis nächste Woche.", "Danke für das Gespräch."),
}  # fmt: skip
