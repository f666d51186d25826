"""A second round of Swedish paragraphs of held-out C, every genre: family, daily life,
admissions, networks, links and corrections (the language is described in `fill`).

Each entry is (genres, skeleton); "any" fits every genre.
"""

from __future__ import annotations

PARAS: tuple[tuple[str, str], ...] = (
    (
        "case any",
        "{P} träffade ((sin dotter|sin son|barnen)) i helgen för första gången sedan {YEAR}, "
        'med stöd av socialtjänsten. Det gick ((bra|"över förväntan"|sådär, det blev bråk)) '
        "enl. {P.honom}, ((men|och)) {S+rel} ((bekräftar det|har en annan bild)). Nästa "
        "umgänge ((planeras om {DUR}|blir efter sommaren)). Pat. ((grät|blev rörd|var stolt)) "
        "när {P.han} berättade.",
    ),
    (
        "case any",
        "Vardag: pat. går ((till ICA|ut med hunden|till biblioteket)) ((varje dag|varannan "
        "dag|när det inte regnar)). Tar {BUS} till {DAYC} ((två|tre)) dagar i veckan[[, "
        "{TIME}]]. {ORD} {P.han} ((har börjat|vill börja)) ((laga mat själv|sticka igen|spela "
        "schack med en granne)). {ORD}",
    ),
    (
        "case",
        "Pat. ((vårdas sedan|skrevs in)) ((i fredags|{DATE})) enl. LPT på {ROOM} efter ((hot "
        "mot|bråk med)) {T}. ((Bed.|Läk bed.)): ((fortsatt vårdbehov|konvertering till "
        "frivillig vård ev. aktuell|permission kan prövas)). {S} ((har inte fått "
        "besöka|besökte igår|vill inte besöka just nu)). Resursgruppsmötet skjuts upp ((tills "
        "vidare|två veckor)), ((kur. informerar nätverket|kur. meddelar {S}|ssk ringer {S})).",
    ),
    (
        "case",
        "Försökte nå {S} ((tre gånger|flera gånger)) under dagen, ((inget "
        "svar|röstbrevlåda)). [[Lämnade meddelande på {PHONE}. ]]((Skickade|Skrev)) sms ((i "
        "stället|till slut)). {S.han} ((ringde tillbaka|hörde av sig)) ((sent|vid 19)), ((bad "
        "om ursäkt|hade varit på jobbet)).[[ Alt. nr ({S.rel}): {PHONE}]]",
    ),
    (
        "case any",
        "Pat. ((har haft|uppger)) ((bra|sämre|ojämn)) compliance ((senaste tiden|sedan förra "
        'mötet)), craving ((ökat|minskat)) ((lite|markant)). Mood ((stable.|låg.|"up and '
        'down" enl. pat.)) Follow-up ((om|inom)) {DUR} med {H}. Safety plan ((uppdaterad|ej '
        "uppdaterad)), finns i journalen. Recovery-fokus: {P} ((vill jobba med|pratar om)) "
        "((self-care|sociala kontakter|struktur i vardagen)).",
    ),
    (
        "any",
        "{P} pratar ((mycket|mest)) engelska med {S}, som ((är uppvuxen|bott länge)) i "
        "{CITY.abroad}. Citat: \"((I just want things to be normal|They don't listen to "
        "me|It's better now, I think))\". {H} ((översatte|sammanfattade)) för gruppen. "
        "((Ev.|Kanske)) tolk nästa gång, ((oklart om|inte säkert att)) {P} vill det.",
    ),
    (
        "case",
        "Från {DAYC}: {T} ((rapporterar|berättar)) att {P} ((kommit|varit där)) ((varje "
        "dag|tre dagar av fem|bara en gång)) ((senaste veckan|sedan förra mötet)). {T.han} "
        "((tycker att pat. verkar|upplever pat. som)) ((gladare|tröttare|mer tillbakadragen)) "
        "och undrar om med. ändrats. Svarade att vi ((inte kan lämna ut det|återkommer om "
        "det)) ((utan samtycke|efter samtal med pat.)).",
    ),
    (
        "case any",
        "Färdtjänst ((beviljad|avslagen|under utredning)). {P} ((tar|kan ta)) {BUS} ((men "
        "inte|och ibland)) ((tunnelbanan|pendeln)) ((pga ångest|om någon följer med)). Resan "
        "till {CLINIC} tar ca {MIN}. {ORD}",
    ),
    (
        "case obs",
        "Samtal med ((tolk|telefontolk)) ((på arabiska|på somaliska|på dari|på tigrinja|på "
        "persiska|på thailändska)). {S+rel} förklarade att familjen ((inte vill|är orolig "
        "för|skäms över)) att {P} ((går hos psykiatrin|tar medicin|har en diagnos)). {S.han} "
        'sa att (("vi löser det inom familjen"|det finns mycket skam)). {H} ((lyssnade '
        "mest|förklarade sekretessen)). Ny tid ((bokad|ej bokad))[[ {DATE}]].",
    ),
    (
        "case",
        "- ((Tel.|Telefon)) {S}: ((lugnare|oförändrat|orolig))\n- {P} ((ej hemma|hemma, "
        "sov|svarade inte))\n- Med. ((hämtad|ej hämtad)) på apoteket\n- Nästa: [[{DATE}, "
        "]]{TIME}, {CLINIC}",
    ),
    (
        "case",
        "Flytt[[ från {STREET}]] ((planerad|klar|skjuten)) till ((månadsskiftet|sommaren)). "
        "((Ny adress[[: {ADDR}]].|Ny adress enl. pat.[[: {ADDR}]].)) ((Boendestöd|Hemtjänst)) "
        '((ska kopplas in|har informerats)). {P} ((är glad|är nervös|tycker det är "skönt men '
        'läskigt")). Gamla lgh ((sägs upp fr.o.m. nästa månad|är uppsagd till {DATE})).',
    ),
    (
        "case",
        "{S} ((har startat|berättade om)) en insamling till förmån för {P}[[ ({URL.P})]], "
        "vilket {P} ((inte visste om|blev arg över|tycker är pinsamt)). Vi pratade om "
        "((integritet|vad som syns på nätet)). [[{P.han} har också en blogg: {URL.P}. ]]Inget "
        "bestämt än.",
    ),
    (
        "case obs",
        "{S} ringde ((under mötet|mitt i samtalet)) och {P} ((gick ut|svarade inte|tog "
        'samtalet i hallen)). Efteråt sa {P.han} att {S} (("alltid ringer när det passar '
        'sämst"|bara ville veta när {P.han} kommer hem|var orolig för pengarna)). Jag '
        "((noterade|skrev upp)) det, ((men|och)) vi ((gick inte vidare med|återkommer till)) "
        "det. {ORD}",
    ),
    (
        "any",
        "((Osäkert|Oklart)) om {P} ((förstod|hörde)) frågan, {P.han} svarade ((något "
        "annat|kort|med en motfråga)). ((Troligen|Kanske)) ((trött efter|påverkad av)) "
        "((nattens dåliga sömn|den nya medicinen|resan)). Ska ((ev.|kanske)) ta upp det igen "
        "med {H}, ((som|eftersom {H.han})) känner {P.honom} bäst. {ORD}",
    ),
    (
        "case",
        "Uppgifter till ((Försäkringskassan|kommunen|ansökan om färdtjänst)): {P}[[, pnr "
        "{PNR}]][[, {ADDR}]][[, tel. {PHONE}]]. ((Kontrollerat|Ej kontrollerat)) mot "
        "folkbokföringen. {P's} ((mamma|syster|gode man)) ((har fått en kopia|ska skriva "
        "under)). {ORD}",
    ),
    (
        "case any",
        "Kontaktperson enl. pat.: {S+rel}[[, {PHONE}]][[, {EMAIL.S}]]. {P.han} ((vill|vill "
        "inte)) att {S.han} ((kontaktas vid försämring|får information om behandlingen)). "
        "((Noterat|Står nu)) i {P's} journal. {S's} ((arbetstider|schema)) gör att "
        "((kvällar|helger)) passar bäst.",
    ),
    (
        "case",
        "{P} visade ((en bild|ett inlägg)) från ((Instagram|Facebook|TikTok))[[ ({URL.S})]] "
        "där {S} ((skriver om|berättar om)) ((sjukdomen|inläggningen)). {P.han} ((blev "
        "ledsen|tycker det är okej|vill att det tas bort)). Vi ((pratade om|diskuterade)) hur "
        "{P.han} kan ta upp det med {S.honom}, ((ev.|kanske)) på nästa möte. {ORD}",
    ),
    (
        "case",
        "Remiss skickad från {CLINIC}[[ {DATE}]]. [[Pnr på remissen: {PNR}. ]]Svar väntas "
        "inom {DUR}. {H's} bedömning är att ((en utredning|en neuropsykiatrisk utredning|en "
        "ny läkemedelsgenomgång)) behövs, {S's} oro ((bekräftas delvis|delas inte helt)).",
    ),
    (
        "case any",
        "På väg ut[[ från {STREET}]] träffade vi {T}, som ((bor i samma trappuppgång|jobbar i "
        "kiosken|är granne med pat.)). {T.han} ((frågade hur det går för|hälsade till)) {P}. "
        'Enl. {P} är {T2} ((ett stöd|en gammal vän|en som "lägger sig i")), ((men|och)) '
        "{P.han} ((träffar|ringer)) {T2.honom} ((sällan|ibland|varje vecka)).",
    ),
    (
        "int obs",
        "Nätverkskarta: utöver {S} nämner {P} {T} ((från kyrkan|från jobbet|i föreningen)) "
        "och {T2}. ((Ingen av dem|Bara den första)) ((vill|kan)) delta i resursgruppen ((just "
        'nu|i dagsläget)). {P} ((skrattade|suckade)) och sa att {T} (("pratar för mycket"|"är '
        "den enda som fattar\")). Obs.: ((stark|svag)) koppling mellan {P's} egna mål och "
        "nätverket.",
    ),
    (
        "obs",
        "{H's} sammanfattning i slutet ((var kort|tog lång tid)). {S's} fråga om "
        "((ekonomin|boendet|sommaren)) ((hann inte tas upp|sköts till nästa gång)), vilket "
        "{S.han} ((inte var nöjd med|accepterade)). ((Korr.:|Rättelse:)) mötet slutade kl. "
        "((15|16)), inte ((14|15)) som skrivet ovan.",
    ),
    (
        "mail any",
        "{S} ((skickade|mejlade)) en länk till {P's} ((gamla blogg|insamling|profil))[[: "
        "{URL.P}]]. {S.han} undrar om den ((ska tas bort|får ligga kvar|syns för alla)). "
        "Svarade att det är {P's} eget beslut, men att vi ((kan prata om det|tar upp det)) på "
        "mötet. {ORD}",
    ),
    (
        "case obs",
        "{S's} bild av läget skiljer sig från {P's}: {S.han} ((tycker att|menar att)) {P.han} "
        "((isolerar sig|inte äter|sover bort dagarna)), medan {P.han} själv säger att det är "
        '((lugnt|okej|"som vanligt")). {H\'s} ((intryck|bedömning)) ligger ((någonstans '
        "mittemellan|närmare {S's}|närmare pat:s)). Ev. ((hembesök|extra samtal)) om {DUR}.",
    ),
    (
        "int",
        "Efter intervjun ((skickade|mejlade)) {S} ((ett foto|en länk|en text)) som {S.han} "
        "((skrivit|lagt upp)) om {P's} ((sjukdom|år på avdelningen))[[ ({URL.S})]]. Jag "
        "((tackade|svarade kort)) och ((förklarade|påminde om)) att inget av det "
        "((används|sparas)) utan samtycke. [[{S.hans} mejl: {EMAIL.S}.]]",
    ),
)
