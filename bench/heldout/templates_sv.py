"""Swedish sentences, and the pieces of notes pasted from e-mail, for the held-out notes.

Same slots as `templates_en`. E-mail pieces: a header (several identifiers at once), a
greeting and a signature; the writer puts body sentences in between.
"""

SWEDISH = """
{N} berättade att hon flyttat till {ADDR}.
Ringde {N} på {TEL} men fick inget svar.
Hennes nummer är {TEL}, skrev hon på lappen.
Mobilnummer: {TEL}
Nås på {TEL} efter klockan fem.
Pratade med {N} om boendet och hyran.
{N} var med på mötet för första gången.
Nästa möte blir den {DATE} på {PL}.
Personnumret {PNR} stod på remissen.
Född {DOB}.
Mejla gärna {MAIL} om det blir ändringar.
{NS} mamma ringde till avdelningen i går.
Sen ringde {N} och allt ändrades.
Enligt {N} har det gått bättre sedan jul.
{N} tycker att gruppen hjälper henne.
Vi bestämde att {N} ska kontakta {N}.
Träffade {N} i korridoren, hon verkade trött.
Hon visade sin sida, {URL}, med bilder från resan.
Adress: {ADDR}
tfn {TEL}
Hon bor numera hos {N} på {ADDR}.
Skriv till {MAIL} eller ring {TELB}.
Inskriven {DATE}, utskriven en vecka senare.
{N} och {N} kom tillsammans.
Han vill inte att {N} ska få veta något.
Ring hennes nummer {TEL} om hon uteblir.
Deltagare: {N}, {N}, {N}.
{N} från kommunen lovade att återkomma.
Pnr: {PNRB}
"""

SWEDISH_FILLER = """
Hon beskriver veckan som ojämn men hanterbar.
Sömnen har blivit bättre sedan kvällspromenaderna.
Gruppen pratade länge om vintern.
Han vill ha mer struktur på vardagarna.
Det är ont om pengar igen den här månaden.
Patienten satte dagordningen och höll sig till den.
Det blev skratt när kaffebryggaren gick sönder.
Hon oroar sig för blanketterna från Försäkringskassan.
Han säger att rösterna är tystare när han har något att göra.
Ingen nämnde sjukhusvistelsen.
Målen lästes upp och två bockades av.
Hon vill börja på dagverksamheten på måndagar.
Arbetsförmedlingen har inte hört av sig.
Midsommar är svår för honom.
Tolken kom tjugo minuter för sent.
Hon har varit på biblioteket två gånger i veckan.
Han har börjat gå till gymmet i sporthallen.
Mötet avslutades med en plan för de kommande två veckorna.
Det svåraste är fortfarande att komma upp på morgonen.
Protokollet från förra gången godkändes utan ändringar.
"""

SWEDISH_HOMOGRAPH = """
Inga problem med medicinen just nu.
Inga pengar kvar i slutet av månaden, som vanligt.
Det var inga konstigheter på mötet.
Per telefon gick det bättre än väntat.
Hon tar tabletterna två gånger per dag.
De har köpt mark utanför stan och drömmer om ett hus.
Inga frågor från de anhöriga den här gången.
Tre träffar per månad verkar lagom.
"""

SWEDISH_TRAPS = """
Hyran är 7 850 kr i månaden.
Kl. 14.30 kom hon, en halvtimme sent.
Hon har 2 400 kr kvar till slutet av månaden.
Buss 47 till centrum tar 25 minuter.
Sertralin 50 mg på morgonen.
"""

SWEDISH_SUBJECTS = ("Hon", "Han", "Patienten", "Gruppen", "Kuratorn", "Alla", "De", "Sköterskan")
SWEDISH_PREDICATES = (
    "pratade om flytten", "verkade lugnare", "hade svårt att koncentrera sig",
    "frågade om ersättningen", "tog upp sommarsemestern", "sa väldigt lite",
    "skrattade åt blanketterna", "ville ändra dagordningen", "såg trött ut",
    "kom tillbaka till frågan om arbete", "lyssnade utan att avbryta", "beskrev en dålig natt",
)  # fmt: skip
SWEDISH_WHEN = ("idag", "den här gången", "efter pausen", "mot slutet", "igen", "som vanligt")

EMAIL_HEADERS = """
From: {N} <{MAIL}>|Sent: {DATE}|To: {N}|Subject: RE: next meeting
-----Original Message-----|From: {N} [mailto:{MAIL}]|Sent: {DATE}|Subject: minutes
Från: {N} <{MAIL}>|Skickat: {DATE}|Till: {N}|Ämne: SV: mötet
On {DATE}, {N} <{MAIL}> wrote:
Den {DATE} skrev {N} <{MAIL}>:
> From: {MAIL}|> Date: {DATE}
"""

EMAIL_GREETINGS = """
Hi {N},
Dear {N},
Hej {N}!
Hello all,
Hej alla,
"""

EMAIL_SIGNATURES = """
Best regards,|{N}|Case manager|Tel: {TEL}|Mobile: {TELB}
Med vänliga hälsningar|{N}|Kurator, {PL}|Tfn {TEL}
Kind regards|{N}|{MAIL} · {TELB}
/{N}|Skickat från min iPhone
Thanks,|{N}
Mvh {N}, {TEL}
"""
