# ruff: noqa: E501
"""Held-out S's own words: headings, speaker labels, the lines that carry identifiers, date
words and street parts of each language. Written for this set from the writer's own knowledge
of how people in each language write field notes; no other set's templates were read."""

from __future__ import annotations

LANGS = ("sv", "en", "no", "da", "fi")

# Heading words by layout; a heading is a word, a number and a tail, so none recurs often.
HEADINGS = {
    "sv": {
        "interview": ("Intervju", "Samtal", "Intervjuanteckningar", "Uppföljningssamtal"),
        "observation": ("Observation", "Observationsanteckningar", "Deltagande observation"),
        "diary": ("Fältdagbok", "Dagboksanteckning", "Fältanteckningar"),
        "email": ("Vidarebefordrat mejl", "Inklistrat mejl", "Mejlväxling"),
        "sms": ("Sms-tråd", "Meddelanden", "Sms från fältet"),
        "pasted": ("Utdrag ur protokoll", "Kopierat från pdf", "Inklistrad text"),
        "list": ("Möte", "Avstämning", "Träff", "Arbetsmöte"),
    },
    "en": {
        "interview": ("Interview", "Conversation", "Interview notes", "Follow-up talk"),
        "observation": ("Observation", "Site visit", "Observation log"),
        "diary": ("Field diary", "Diary entry", "Field notes"),
        "email": ("Forwarded e-mail", "Pasted e-mail", "E-mail thread"),
        "sms": ("Text messages", "SMS thread", "Texts"),
        "pasted": ("Extract from minutes", "Copied from PDF", "Pasted text"),
        "list": ("Meeting", "Check-in", "Team meeting", "Catch-up"),
    },
    "no": {
        "interview": ("Intervju", "Samtale", "Intervjunotater", "Oppfølgingssamtale"),
        "observation": ("Observasjon", "Observasjonsnotat", "Feltbesøk"),
        "diary": ("Feltdagbok", "Dagboksnotat", "Feltnotater"),
        "email": ("Videresendt e-post", "Limt inn e-post", "E-posttråd"),
        "sms": ("SMS-tråd", "Meldinger", "Tekstmeldinger"),
        "pasted": ("Utdrag fra referat", "Kopiert fra PDF", "Innlimt tekst"),
        "list": ("Møte", "Avklaring", "Samling", "Arbeidsmøte"),
    },
    "da": {
        "interview": ("Interview", "Samtale", "Interviewnoter", "Opfølgende samtale"),
        "observation": ("Observation", "Observationsnoter", "Feltbesøg"),
        "diary": ("Feltdagbog", "Dagbogsnotat", "Feltnoter"),
        "email": ("Videresendt mail", "Indsat mail", "Mailtråd"),
        "sms": ("SMS-tråd", "Beskeder", "Sms'er"),
        "pasted": ("Uddrag af referat", "Kopieret fra PDF", "Indsat tekst"),
        "list": ("Møde", "Statusmøde", "Samling", "Arbejdsmøde"),
    },
    "fi": {
        "interview": ("Haastattelu", "Keskustelu", "Haastattelumuistiinpanot", "Seurantakäynti"),
        "observation": ("Havainnointi", "Havaintomuistiinpanot", "Kenttäkäynti"),
        "diary": ("Kenttäpäiväkirja", "Päiväkirjamerkintä", "Kenttämuistiinpanot"),
        "email": ("Välitetty sähköposti", "Liitetty sähköposti", "Sähköpostiketju"),
        "sms": ("Tekstiviestit", "Viestiketju", "Viestit"),
        "pasted": ("Ote pöytäkirjasta", "Kopioitu PDF:stä", "Liitetty teksti"),
        "list": ("Kokous", "Palaveri", "Tapaaminen", "Työkokous"),
    },
}
TAILS = {
    "sv": ("boendestudien", "fas 2", "grupp B", "område norr", "vår", "höst", "utkast",
           "renskrivet", "ej korrläst", "version 2", "omgång 3", "skolspåret", "vårdspåret"),
    "en": ("housing strand", "phase 2", "group B", "north site", "draft", "clean copy",
           "not proofread", "version 2", "round 3", "school strand", "care strand"),
    "no": ("boligstudien", "fase 2", "gruppe B", "område nord", "utkast", "renskrevet",
           "ikke korrlest", "versjon 2", "runde 3", "skolesporet", "helsesporet"),
    "da": ("boligstudiet", "fase 2", "gruppe B", "område nord", "udkast", "renskrevet",
           "ikke korrekturlæst", "version 2", "runde 3", "skolesporet", "sundhedssporet"),
    "fi": ("asumistutkimus", "vaihe 2", "ryhmä B", "pohjoinen alue", "luonnos", "puhtaaksi",
           "tarkistamatta", "versio 2", "kierros 3", "koulupolku", "hoitopolku"),
}  # fmt: skip
SPEAKERS = {
    "sv": (("I", "IP"), ("F", "D"), ("Intervjuare", "Deltagare"), ("Int", "Resp")),
    "en": (("I", "R"), ("Q", "A"), ("Interviewer", "Participant"), ("INT", "P1")),
    "no": (("I", "IP"), ("Int", "Inf"), ("Intervjuer", "Deltaker"), ("F", "S")),
    "da": (("I", "IP"), ("Int", "Inf"), ("Interviewer", "Deltager"), ("S", "D")),
    "fi": (("H", "V"), ("K", "V"), ("Haastattelija", "Osallistuja"), ("HA", "OS")),
}

# Lines that carry a name. {N} is the name as written; a line with {G} glues an ending to it
# (genitive, Finnish case endings), the ending given by GLUE. "@" marks a line that must start
# a line of the note; ":" a line that puts the name after a label.
NAME_LINES = {
    "sv": (
        "@{N} kom in strax efter att vi satt oss.", "Vi pratade länge med {N} om flytten.",
        "Enligt {N} har det blivit lugnare i trapphuset.", "@{N} ringde och ville flytta tiden.",
        "Grannen {N} hade sett allt från balkongen.", "Socialsekreteraren {N} var med på slutet.",
        "Det var {N} som tog upp frågan om skolskjuts.", "Jag lämnade lappen till {N} i kassan.",
        "Kontaktperson: {N}", "Handläggare: {N}", "Ansvarig: {N}",
        "Efteråt gick {N} och jag ut och rökte.", "Hon nämnde att {N} inte kommer längre.",
        "Mötet leddes av {N}, som verkade stressad.", "@{N} och hennes syster bor numera ihop.",
        "Sjuksköterskan {N} visade oss runt på avdelningen.", "Vi väntade på {N} i tjugo minuter.",
        "Han berättade att han träffat {N} på fritidsgården.", "Läraren {N} hade kallat till möte.",
    ),
    "en": (
        "@{N} came in just after we had sat down.", "We talked to {N} for a long time about the move.",
        "According to {N} the stairwell has been quieter.", "@{N} rang to move the appointment.",
        "The neighbour, {N}, had seen it all from the balcony.", "The social worker {N} joined at the end.",
        "It was {N} who raised the school transport question.", "I left the note with {N} at the desk.",
        "Contact: {N}", "Case worker: {N}", "Key worker: {N}",
        "Afterwards {N} and I went out for a smoke.", "She mentioned that {N} no longer comes.",
        "The meeting was chaired by {N}, who seemed stressed.", "@{N} and her sister now share a flat.",
        "Nurse {N} showed us round the ward.", "We waited twenty minutes for {N}.",
        "He said he had met {N} at the youth club.", "The teacher, {N}, had called a meeting.",
    ),
    "no": (
        "@{N} kom inn like etter at vi hadde satt oss.", "Vi snakket lenge med {N} om flyttingen.",
        "Ifølge {N} har det blitt roligere i oppgangen.", "@{N} ringte og ville flytte timen.",
        "Naboen {N} hadde sett alt fra balkongen.", "Saksbehandleren {N} var med på slutten.",
        "Det var {N} som tok opp spørsmålet om skoleskyss.", "Jeg ga lappen til {N} i resepsjonen.",
        "Kontaktperson: {N}", "Saksbehandler: {N}", "Ansvarlig: {N}",
        "Etterpå gikk {N} og jeg ut en tur.", "Hun nevnte at {N} ikke kommer lenger.",
        "Møtet ble ledet av {N}, som virket stresset.", "@{N} og søsteren bor nå sammen.",
        "Sykepleier {N} viste oss rundt på avdelingen.", "Vi ventet på {N} i tjue minutter.",
        "Han fortalte at han hadde møtt {N} på fritidsklubben.", "Læreren {N} hadde kalt inn til møte.",
    ),
    "da": (
        "@{N} kom ind lige efter vi havde sat os.", "Vi talte længe med {N} om flytningen.",
        "Ifølge {N} er der blevet mere roligt i opgangen.", "@{N} ringede og ville flytte tiden.",
        "Naboen {N} havde set det hele fra altanen.", "Sagsbehandleren {N} var med til sidst.",
        "Det var {N} der tog spørgsmålet om skolekørsel op.", "Jeg gav sedlen til {N} i receptionen.",
        "Kontaktperson: {N}", "Sagsbehandler: {N}", "Ansvarlig: {N}",
        "Bagefter gik {N} og jeg en tur.", "Hun nævnte at {N} ikke kommer mere.",
        "Mødet blev ledet af {N}, som virkede stresset.", "@{N} og søsteren bor nu sammen.",
        "Sygeplejerske {N} viste os rundt på afdelingen.", "Vi ventede på {N} i tyve minutter.",
        "Han fortalte at han havde mødt {N} i klubben.", "Læreren {N} havde indkaldt til møde.",
    ),
    "fi": (
        "@{N} tuli sisään heti kun olimme istuneet.", "Juttelimme pitkään, ja {N} kertoi muutosta.",
        "@{N} soitti ja halusi siirtää aikaa.", "Naapuri {N} oli nähnyt kaiken parvekkeelta.",
        "Sosiaalityöntekijä {N} tuli mukaan loppuvaiheessa.", "Koulukyydeistä kysyi {N}.",
        "Yhteyshenkilö: {N}", "Käsittelijä: {N}", "Vastuuhenkilö: {N}",
        "Lopuksi {N} ja minä kävimme ulkona.", "Hän mainitsi, että {N} ei enää käy.",
        "Kokousta veti {N}, joka vaikutti stressaantuneelta.", "@{N} ja hänen siskonsa asuvat nyt yhdessä.",
        "Sairaanhoitaja {N} esitteli osaston.", "Odotimme, että {N} saapuisi, kaksikymmentä minuuttia.",
        "Opettaja {N} oli kutsunut koolle palaverin.", "Paikalla oli myös {N} nuorisotalolta.",
    ),
}  # fmt: skip
GLUED_LINES = {
    "sv": (
        "{G} dotter var också med.",
        "Vi satt i {G} kök hela förmiddagen.",
        "@{G} mamma ringde två gånger under samtalet.",
        "Det var {G} idé att träffas ute.",
    ),
    "en": (
        "We sat in {G} kitchen all morning.",
        "It was {G} idea to meet outside.",
        "@{G} mother rang twice during the talk.",
    ),
    "no": (
        "{G} datter var også med.",
        "Vi satt på {G} kjøkken hele formiddagen.",
        "@{G} mor ringte to ganger under samtalen.",
        "Det var {G} idé å møtes ute.",
    ),
    "da": (
        "{G} datter var også med.",
        "Vi sad i {G} køkken hele formiddagen.",
        "@{G} mor ringede to gange under samtalen.",
        "Det var {G} idé at mødes udenfor.",
    ),
    "fi": (
        "Annoin lapun {G}.",
        "Istuimme {G} keittiössä koko aamupäivän.",
        "Se oli {G} idea tavata ulkona.",
        "Kävimme {G} luona iltapäivällä.",
    ),
}
GLUE = {"sv": ("s",), "en": ("s",), "no": ("s",), "da": ("s",), "fi": ("lle", "n", "lta")}
PRESENT = {
    "sv": ("Närvarande", "Deltog", "Med på mötet"),
    "en": ("Present", "Attendees", "Also there"),
    "no": ("Til stede", "Deltakere", "Med på møtet"),
    "da": ("Til stede", "Deltagere", "Med på mødet"),
    "fi": ("Paikalla", "Osallistujat", "Läsnä"),
}
ABSENT = {
    "sv": "Förhinder",
    "en": "Apologies",
    "no": "Forfall",
    "da": "Afbud",
    "fi": "Poissa",
}

# Lines with other kinds of identifier: {P} phone, {D} date, {A} address, {E} e-mail,
# {U} link, {I} identity number, {L} registered place.
PHONE_LINES = {
    "sv": ("Ring {P} om något ändras.", "Mobil: {P}", "Nytt nr {P}", "Tel. {P}", "Hon lämnade sitt nummer, {P}.",
           "Nås på {P} efter kl. 16.", "{P}", "Sms:a till {P} i stället."),
    "en": ("Call {P} if anything changes.", "Mobile: {P}", "New no. {P}", "Tel {P}", "She left her number, {P}.",
           "Can be reached on {P} after 4pm.", "{P}", "Text {P} instead."),
    "no": ("Ring {P} hvis noe endres.", "Mobil: {P}", "Nytt nr {P}", "Tlf. {P}", "Hun la igjen nummeret sitt, {P}.",
           "Nås på {P} etter kl. 16.", "{P}", "Send SMS til {P} i stedet."),
    "da": ("Ring {P} hvis noget ændrer sig.", "Mobil: {P}", "Nyt nr. {P}", "Tlf. {P}", "Hun efterlod sit nummer, {P}.",
           "Kan træffes på {P} efter kl. 16.", "{P}", "Send en sms til {P} i stedet."),
    "fi": ("Soita {P}, jos jokin muuttuu.", "Puh. {P}", "Uusi nro {P}", "Matkapuhelin: {P}",
           "Hän jätti numeronsa, {P}.", "Tavoittaa numerosta {P} klo 16 jälkeen.", "{P}", "Tekstaa mieluummin {P}."),
}  # fmt: skip
DATE_LINES = {
    "sv": ("Nästa träff blir {D}.", "Datum: {D}", "Hon flyttade in {D}.", "Uppföljning {D} kl. 10.",
           "Han har tid på vårdcentralen {D}.", "Senast hörd {D}.", "{D}"),
    "en": ("Next visit is {D}.", "Date: {D}", "She moved in on {D}.", "Follow-up {D} at 10.",
           "He has a GP appointment on {D}.", "Last heard from {D}.", "{D}"),
    "no": ("Neste møte blir {D}.", "Dato: {D}", "Hun flyttet inn {D}.", "Oppfølging {D} kl. 10.",
           "Han har legetime {D}.", "Sist hørt fra {D}.", "{D}"),
    "da": ("Næste møde bliver {D}.", "Dato: {D}", "Hun flyttede ind {D}.", "Opfølgning {D} kl. 10.",
           "Han har tid hos lægen {D}.", "Sidst hørt fra {D}.", "{D}"),
    "fi": ("Seuraava tapaaminen on {D}.", "Päivämäärä: {D}", "Hän muutti {D}.", "Seuranta {D} klo 10.",
           "Hänellä on lääkäriaika {D}.", "Viimeksi kuultu {D}.", "{D}"),
}  # fmt: skip
ADDRESS_LINES = {
    "sv": ("Adress: {A}", "Hon bor på {A} sedan i våras.", "Vi träffades hemma hos honom, {A}.", "{A}",
           "Ny adress från nästa månad: {A}"),
    "en": ("Address: {A}", "She has lived at {A} since spring.", "We met at his place, {A}.", "{A}",
           "New address from next month: {A}"),
    "no": ("Adresse: {A}", "Hun bor i {A} siden i vår.", "Vi møttes hjemme hos ham, {A}.", "{A}",
           "Ny adresse fra neste måned: {A}"),
    "da": ("Adresse: {A}", "Hun har boet på {A} siden i foråret.", "Vi mødtes hjemme hos ham, {A}.", "{A}",
           "Ny adresse fra næste måned: {A}"),
    "fi": ("Osoite: {A}", "Hän on asunut osoitteessa {A} keväästä asti.", "Tapasimme hänen kotonaan, {A}.",
           "{A}", "Uusi osoite ensi kuusta: {A}"),
}  # fmt: skip
EMAIL_LINES = {
    "sv": ("Mejla {E} om materialet.", "E-post: {E}", "Skicka kopia till {E}.", "{E}"),
    "en": ("Email {E} about the forms.", "E-mail: {E}", "Copy in {E}.", "{E}"),
    "no": ("Send e-post til {E} om skjemaet.", "E-post: {E}", "Kopi til {E}.", "{E}"),
    "da": ("Skriv til {E} om skemaet.", "Mail: {E}", "Cc til {E}.", "{E}"),
    "fi": ("Lähetä sähköpostia osoitteeseen {E}.", "Sähköposti: {E}", "Kopio: {E}", "{E}"),
}
URL_LINES = {
    "sv": ("Länk till enkäten: {U}", "Hon skickade {U} i chatten.", "Mer info: {U}", "{U}"),
    "en": ("Survey link: {U}", "She posted {U} in the chat.", "More info: {U}", "{U}"),
    "no": ("Lenke til skjemaet: {U}", "Hun sendte {U} i chatten.", "Mer info: {U}", "{U}"),
    "da": ("Link til skemaet: {U}", "Hun sendte {U} i chatten.", "Mere info: {U}", "{U}"),
    "fi": ("Kyselyn linkki: {U}", "Hän lähetti linkin {U} chattiin.", "Lisätietoa: {U}", "{U}"),
}
ID_LINES = {
    "sv": ("Pnr {I}", "Personnummer: {I}", "Hennes personnummer är {I}.", "p-nr {I}", "{I}",
           "Legitimerade sig med {I}."),
    "en": ("NHS no. {I}", "ID number: {I}", "His number is {I}.", "Ref {I}", "{I}", "Gave {I} at reception."),
    "no": ("Fnr {I}", "Fødselsnummer: {I}", "Fødselsnummeret hennes er {I}.", "f.nr. {I}", "{I}",
           "Oppga {I} i skranken."),
    "da": ("CPR {I}", "CPR-nr.: {I}", "Hendes cpr-nummer er {I}.", "cpr {I}", "{I}", "Oplyste {I} i skranken."),
    "fi": ("Hetu {I}", "Henkilötunnus: {I}", "Hänen henkilötunnuksensa on {I}.", "htun {I}", "{I}",
           "Ilmoitti tunnuksen {I} kassalla."),
}  # fmt: skip
PLACE_LINES = {
    "sv": ("Vi åkte ut till {L} på eftermiddagen.", "Plats: {L}", "Hon växte upp i {L}.", "Träffen hölls i {L}."),
    "en": ("We drove out to {L} in the afternoon.", "Location: {L}", "She grew up in {L}.", "The session was held in {L}."),
    "no": ("Vi dro ut til {L} på ettermiddagen.", "Sted: {L}", "Hun vokste opp i {L}.", "Samlingen var i {L}."),
    "da": ("Vi kørte ud til {L} om eftermiddagen.", "Sted: {L}", "Hun voksede op i {L}.", "Mødet blev holdt i {L}."),
    "fi": ("Ajoimme iltapäivällä paikkaan {L}.", "Paikka: {L}", "Hän kasvoi paikkakunnalla {L}.", "Tapaaminen pidettiin: {L}."),
}  # fmt: skip

# Sentences of this set's own that use a word which is also a registered given name as the
# ordinary word it is; the word is recorded as ordinary text where it stands.
OWN_ORDINARY = {
    "sv": ("Alla var där när vi kom.", "Per telefon lät hon gladare.", "Bo kvar tills vidare, sa handläggaren.",
           "Det var inte alla som ville svara.", "Han betalar hyran per månad.", "Vi fick sol hela eftermiddagen.",
           "Dag för dag blir det lite lättare, säger hon.", "Hon har ingen vilja att flytta.",
           "Sol och värme gjorde att alla satt ute.", "Inga fler frågor just då."),
    "en": ("May I ask how long you have lived here?", "Will you be at home on Thursday?",
           "Hope is the word she kept using.", "Mark the form where it says signature.",
           "The bill came to more than she expected.", "We hope to see them again soon.",
           "It may rain later, so we stayed in.", "He will need help with the forms.",
           "She was frank about the money.", "A rose bush grows by the door."),
    "no": ("Alle var der da vi kom.", "Liv og røre i gangen hele dagen.", "Per telefon virket hun gladere.",
           "Han betaler husleien per måned.", "Det handler om liv og helse, sa hun.", "Dag for dag går det bedre.",
           "Sol hele ettermiddagen, så vi satt ute.", "Vi fikk vite mer om livet hennes."),
    "da": ("Per telefon lød hun gladere.", "Han betaler huslejen per måned.", "Dag for dag bliver det lettere.",
           "Sol hele eftermiddagen, så vi sad ude.", "Det handler om liv og helbred, sagde hun.",
           "De vil gerne bo tættere på skolen."),
    "fi": ("Aina kun soitimme, kukaan ei vastannut.", "Usko on hänelle tärkeä asia.",
           "Onni oli, että bussi tuli ajoissa.", "Tuuli oli kova koko päivän.", "Satu luettiin lapsille illalla.",
           "Hän sanoo aina, että kyllä se siitä.", "Meillä kävi onni matkan kanssa.", "Kova tuuli kaatoi aidan."),
}  # fmt: skip

# Date words.
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
    "syyskuuta lokakuuta marraskuuta joulukuuta",
}
MONTH_ABBR = {
    "sv": "jan feb mars apr maj juni juli aug sep okt nov dec",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "no": "jan. feb. mars apr. mai juni juli aug. sep. okt. nov. des.",
    "da": "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.",
    "fi": "tammik. helmik. maalisk. huhtik. toukok. kesäk. heinäk. elok. syysk. lokak. marrask. jouluk.",
}
WEEKDAYS = {
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
}
WEEKDAY_ABBR = {
    "sv": "mån tis ons tors fre lör sön",
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "no": "man. tir. ons. tor. fre. lør. søn.",
    "da": "man. tirs. ons. tors. fre. lør. søn.",
    "fi": "ma ti ke to pe la su",
}
# Ordinal words for the first twelve days.
ORDINALS = {
    "sv": "första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte",
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
    "no": "første andre tredje fjerde femte sjette sjuende åttende niende tiende ellevte tolvte",
    "da": "første anden tredje fjerde femte sjette syvende ottende niende tiende ellevte tolvte",
    "fi": "ensimmäinen toinen kolmas neljäs viides kuudes seitsemäs kahdeksas yhdeksäs kymmenes "
    "yhdestoista kahdestoista",
}
FI_MONTH_GEN = (
    "tammikuun helmikuun maaliskuun huhtikuun toukokuun kesäkuun heinäkuun elokuun syyskuun "
    "lokakuun marraskuun joulukuun"
)

# Street names are built from a stem and an ending; towns come with the postcode.
STREETS = {
    "sv": (("Kvarn", "Skol", "Kyrk", "Tall", "Björk", "Sjö", "Ängs", "Bruks", "Hamn", "Mölle",
            "Rönn", "Gran", "Åker", "Smedje", "Verkstads", "Skogs", "Hag", "Torp", "Vall", "Dal"),
           ("gatan", "vägen", "stigen", "gränd", "backen", "allén")),
    "no": (("Skole", "Kirke", "Furu", "Bjørke", "Sjø", "Enge", "Bruks", "Havne", "Mølle", "Rogn",
            "Gran", "Åker", "Smie", "Skog", "Haug", "Myr", "Elve", "Fjell", "Lia", "Tun"),
           ("gata", "veien", "vegen", "bakken", "stien")),
    "da": (("Skole", "Kirke", "Fyrre", "Birke", "Sø", "Enge", "Mølle", "Havne", "Rønne", "Grane",
            "Ager", "Smedie", "Skov", "Bakke", "Kilde", "Lunde", "Mose", "Toft", "Vænge", "Agerlands"),
           ("gade", "vej", "allé", "stræde", "vænget")),
    "fi": (("Koulu", "Kirkko", "Rauta", "Koivu", "Mänty", "Kauppa", "Asema", "Puisto", "Ranta",
            "Mylly", "Paja", "Pelto", "Metsä", "Niitty", "Satama", "Tehdas", "Harju", "Kallio",
            "Lähde", "Pappila"),
           ("katu", "tie", "kuja", "polku", "rinne")),
    "en": (("Mill", "Church", "Station", "Oak", "Ash", "Bridge", "Market", "Chapel", "School",
            "Orchard", "Meadow", "Quarry", "Brook", "Hawthorn", "Tannery", "Cross", "Pound",
            "Well", "Forge", "Rope"),
           ("Street", "Road", "Lane", "Close", "Way", "Row")),
}  # fmt: skip
ORGS = ("omsorgnord", "stadsdel-vast", "hyresgastforeningen", "kommunen-test", "fritid-syd",
        "boendestod", "skolkontoret", "vardhuset", "socialtjanst", "nav-ost", "helseteam",
        "kommunen-nord", "borgerservice", "sosiaalipalvelut", "asumispalvelu", "housingteam",
        "caremill", "youthclub", "studiegruppen", "feltarbeid")  # fmt: skip
TLDS = {"sv": ("se", "nu", "org"), "no": ("no", "org"), "da": ("dk", "org"),
        "fi": ("fi", "org"), "en": ("org.uk", "co.uk", "org", "com")}  # fmt: skip
MAIL_WORDS = {
    "sv": ("Från", "Till", "Datum", "Ämne", ("Hej!", "Hej,", "Hejsan"), ("Hälsningar", "Mvh", "Vänliga hälsningar")),
    "en": ("From", "To", "Date", "Subject", ("Hi,", "Hello", "Dear all,"), ("Best,", "Regards,", "Thanks,")),
    "no": ("Fra", "Til", "Dato", "Emne", ("Hei!", "Hei,", "Hallo"), ("Hilsen", "Mvh", "Vennlig hilsen")),
    "da": ("Fra", "Til", "Dato", "Emne", ("Hej!", "Hej,", "Kære alle"), ("Hilsen", "Mvh", "Venlig hilsen")),
    "fi": ("Lähettäjä", "Vastaanottaja", "Päivämäärä", "Aihe", ("Hei!", "Moi,", "Hei kaikki"),
           ("Terveisin", "T.", "Ystävällisin terveisin")),
}  # fmt: skip
SUBJECTS = {
    "sv": ("Re: tiden på torsdag", "Fwd: underlag", "Fråga om intervjun", "Ang. mötet"),
    "en": ("Re: the visit", "Fwd: forms", "Question about the interview", "About the meeting"),
    "no": ("Sv: timen", "Vs: skjema", "Spørsmål om intervjuet", "Ang. møtet"),
    "da": ("Sv: tiden", "Vs: skema", "Spørgsmål om interviewet", "Vedr. mødet"),
    "fi": ("Vs: aika", "Vl: lomake", "Kysymys haastattelusta", "Koskien kokousta"),
}
