"""Swedish paragraph skeletons of held-out C (the language is described in `fill`).

Written for this set as case notes, observation records of resource-group meetings,
interview notes and pasted e-mails read: several sentences on one topic, pronouns, reported
speech, corrections and hedges, clinical abbreviations and English terms. Each entry is
(genres, skeleton); "any" fits every genre.
"""

from __future__ import annotations

PARAS: tuple[tuple[str, str], ...] = (
    (
        "case",
        "Tel. från {S+rel} ((i morse|på förmiddagen|strax efter lunch)). {S.han} är "
        "((orolig|mkt orolig|lite orolig)) för {P} som inte har ((svarat i telefon|öppnat "
        "dörren|hörts av)) sedan i ((helgen|fredags|tisdags)). Enl. {S.honom} har {P.han} "
        "((slutat ta sin med.|inte hämtat ut sin medicin|sovit dåligt)) ((sedan en tid|de "
        "senaste veckorna)). Jag lovade att ((höra av mig|ringa upp)) ((före kl. 15|i "
        "eftermiddag))[[ på {PHONE}]]. {ORD}",
    ),
    (
        "case",
        "Hembesök[[ på {STREET}]] tillsammans med {H+rel}. {P} öppnade efter ((en stund|andra "
        "ringningen|flera försök)) och ((verkade trött|var klädd och hade städat|såg ut att "
        "inte ha sovit)). Lgh ((stökig men inget akut|i hyfsat skick|mkt stökig, disk "
        "överallt)). {P.han} säger att ((rösterna har blivit tystare|det är lugnare nu|allt "
        'är "helt ok")) men ((medger|erkänner efter ett tag)) att {P.han} ((inte tagit '
        "kvällsdosen|hoppat över måltider|haft svårt att sova)). Bed.: ((ingen akut fara|ev. "
        "ökad risk, följs upp|oklart läge, ny kontakt om två dagar)). Aktuell med.: {DOSE}.",
    ),
    (
        "case",
        "Rättelse till anteckningen ovan: det var ((inte|alltså inte)) {S} utan {S2} som "
        "ringde((.| i går.)) {S2.han} hade ((fått numret|fått uppgiften)) via {H}. [[Nytt "
        "nummer till {S2.honom}: {PHONE}. ]]Övrigt oförändrat.",
    ),
    (
        "case",
        "Samtal om boendet. {P} bor sedan {YEAR} ((i en tvåa|i en etta med kokvrå|i ett "
        "korridorboende))[[ på {STREET}]] och trivs ((inte|sådär|egentligen bra)). "
        "Hyresvärden har ((skickat en varning|hört av sig om störningar|påpekat skulden)), "
        "det rör sig om ca {MONEY}. {P.han} vill ((ha hjälp att prata med|inte att vi "
        "kontaktar)) {AGENCY.money}. Vi ((kom överens om|bestämde)) att {H} tar kontakt med "
        "{T} fr.o.m. nästa vecka.",
    ),
    (
        "case any",
        "Ekonomin är fortsatt ((ett problem|det som oroar mest|ansträngd)). {P} har "
        "((sjukersättning|aktivitetsersättning|försörjningsstöd)) på {MONEY} och hyran ligger "
        "på {MONEY}. {P.han} berättar att {S} ((brukar hjälpa till|lånat ut pengar|har tagit "
        "över räkningarna)) men att det ((skaver|blivit bråk om det|känns skämmigt)). "
        "((Kur.|Kurator)) tog upp frågan om god man ((kort|igen|för första gången)), pat. "
        "((vill tänka på saken|är negativ|verkar ev. öppen för det)). {ORD}",
    ),
    (
        "case",
        "Läkarbesök[[ {DATE}]], {H+rel} närvarande. Dx ((F20.0|F25.1|F31.2|schizoaffektivt "
        "syndrom|bipolär sjukdom typ 1)) sedan {YEAR}. Nuvarande med.: {DOSE}, {DOSE}. ((Pat. "
        "upplever|Pt beskriver)) ((viktuppgång|trötthet|muntorrhet|rastlöshet)), status idag: "
        "{MEAS}. Läk. föreslår ((att sänka|en långsam nedtrappning av|ett byte från)) den "
        "ena, ((vilket pat. gick med på|pat. vill fundera|pat. var tveksam)). Lab: {MEAS}, "
        "{MEAS}. Ny kontroll om {DUR}.",
    ),
    (
        "case",
        "Pat. sökte {AGENCY.care} ((natten till|under)) ((lördagen|söndagen|tisdagen)) pga "
        "((ångest|suicidtankar|sömnlöshet sedan flera dygn|hot från en bekant)). Enl. "
        "journalen ((skrevs pat. hem efter några timmar|lades pat. in frivilligt|bedömdes ej "
        "vårdbehov))[[ ({ROOM})]]. {S+rel} ((följde med|var med i telefon|fick inte veta "
        "något förrän efteråt)), vilket {S.han} ((är arg över|tycker är fel|ändå förstår)). "
        "Vi gick igenom krisplanen igen: ((ring|kontakta)) {HELP} vid akut fara, annars "
        "((mottagningen|CM)) dagtid.",
    ),
    (
        "case",
        "Alkohol: pat. uppger ((ca|runt|högst)) {RANGE}, ((troligen|sannolikt|möjligen)) mer "
        "enl. {S}. Skattning idag: {SCORE}. {P.han} ((förnekar|tonar ner|medger delvis)) "
        "problemet men ((vill|kan tänka sig att)) gå på ((beroendemottagningen|en "
        "samtalsgrupp)) ((ev.|kanske)) fr.o.m. ((nästa månad|hösten|efter sommaren)). Craving "
        'beskrivs som ((låg|måttlig|"hanterbar")). Följs upp.',
    ),
    (
        "case",
        "Sjukskrivning {PCT} ((t.o.m. {DATE}|t.o.m. nästa uppföljning|t.o.m. "
        "månadsskiftet|tills vidare)). Kontakt med {T} om "
        "((sjukpenningen|intyget|aktivitetsersättningen)), {T.han} ((vill ha|efterfrågar)) "
        "ett nytt läkarintyg. {P} ((tycker att det är stressigt|säger att {P.han} inte orkar "
        "fylla i fler blanketter|har inte läst brevet)). {H} ((hjälper till med|tar på sig)) "
        "intyget. Arbetsträning på {DAYC} ((diskuterades|är fortsatt målet)), {RANGE}.",
    ),
    (
        "case",
        'Sms från {S} ((kl. 22|sent igår|i natt)): "{P.han} ((sover inte|har inte ätit|låser '
        'in sig)) ring mig". Jag ringde ((upp|tillbaka)) ((nästa morgon|kl. 8))[[ på '
        "{PHONE}]], {S.han} ((lät lugnare|var fortfarande orolig|svarade inte först)). {P} "
        "hade ((enl. {S.honom}|enligt uppgift)) ((sovit till lunch|ätit lite|pratat med "
        "{T})).",
    ),
    (
        "case",
        "Ny kontaktuppgift: {P} har ((bytt nummer|fått ny mobil|tappat telefonen och har nytt "
        "nr)). [[Nytt nr {PHONE}. ]]((Gamla numret|Det gamla)) ((ska inte användas|går till "
        "en bekant)). [[E-post: {EMAIL.P}. ]]Adress oförändrad[[ ({ADDR})]].",
    ),
    (
        "case any",
        "{P.hans} ((bror|kusin|moster)) bor i {CITY.abroad} och ringer ((ofta|varje "
        "söndag|sällan)), ((vilket pat. uppskattar|vilket ibland stressar pat.)). [[Numret "
        "dit: {PHONE}. ]]{P} vill att ((vi|CM)) ((inte|aldrig)) kontaktar ((honom|henne|dem)) "
        "utan att fråga först. [[Adress dit enl. pat.: {ADDR.abroad}.]]",
    ),
    (
        "case",
        "Administrativt: ((remiss|intyg|ansökan)) skickad till {AGENCY.money}[[ med pnr "
        "{PNR}]]. ((Saknas|Behövs)) ((underskrift|fullmakt)) från pat., ((tas med|ordnas)) "
        "till nästa besök. [[Pnr enl. ansökan: {PNR}, ((stämmer med|att jämföra med)) "
        "journalen. ]]{ORD}",
    ),
    (
        "case",
        "Med.: ((dosett|Apodos)) ((fungerar|fungerar sådär|har strulat)). {P} "
        "((glömmer|hoppar över)) ((kvällsdosen|morgondosen)) ((ca|kanske)) {RANGE}. "
        "((Ssk|{H})) ((föreslår|tar upp)) larm i mobilen, ((vilket pat. tyckte var en bra "
        "idé|men pat. tycker att det är tjatigt)). Depå ((diskuterades|nämndes)), pat. ((vill "
        "inte|kan tänka sig)). Nästa ((spruta|injektion)) v. ((12|14|20|37)) på {CLINIC}.",
    ),
    (
        "case any",
        "Sömn: ((somnar sent|vaknar mkt ofta|sover 12-14 tim)), ((tar|har tagit)) {DOSE} "
        '((utan större effekt|med viss effekt)). Stämningsläget beskrivs som (("platt"|"okej, '
        'typ"|"bättre än förra veckan")). Skattning idag: {SCORE}. ((Inga|Ev.)) ((psykotiska '
        "symtom|tecken på mani)), dx oförändrad. ((Pat.|Pt)) ((vill|tycker att vi ska)) "
        "((avvakta|fortsätta som nu)). {ORD}",
    ),
    (
        "mail",
        "Hej! Vill bara ((meddela|informera om)) att {P} ((inte kommer|kanske inte kan "
        "komma)) på mötet ((på torsdag|nästa vecka)) pga ((sjukdom|en tandläkartid|att {S} "
        "ska opereras)). ((Ring mig gärna|Hör av er)) om ni har frågor[[, {PHONE}]]. Mvh {S!}",
    ),
    (
        "mail",
        "Hej {H!}, tack för senast. Som vi ((pratade om|sa)) på mötet ((skickar jag|bifogar "
        "jag)) ((underlaget|blanketten|anteckningarna)). {T} ((på boendet|från kommunen)) "
        "((har också fått en kopia|ska ringa dig)). [[{T.hans} mejl är {EMAIL.T}. "
        "]]Hälsningar, {H2!}",
    ),
    (
        "mail",
        "Hej, jag ((är|är alltså)) {S+rel} till {P}. Jag ((fick ert brev|fick er lapp|hörde "
        "av {H})) om mötet den ((14|21|3)):e. ((Tyvärr|Jag är ledsen men)) jag jobbar "
        "((då|den dagen)), går det att flytta? ((Jag nås bäst|Bäst att ringa)) efter kl. 17[[ "
        "på {PHONE}]]. /{S!}",
    ),
    (
        "obs",
        "Mötet började ((som planerat|ca {MIN} sent|med en kort paus för kaffe)) kl. "
        "((13|14|10)). Närvarande: {P}, {S+rel}, {H} och {H2}, plus obs. ((1|2)). {P} ((var "
        "ordförande|ledde mötet själv|lät {H} leda)) och hade ((skrivit en dagordning|tre "
        "punkter på en lapp|inga egna punkter idag)). Stämningen ((var spänd i början|var "
        "avslappnad|kändes försiktig)), ((mest|framför allt)) mellan {S} och {H2}.",
    ),
    (
        "obs",
        "Öppenhet: {S} sa rakt ut att {S.han} ((inte litar på|är trött på att vänta på)) att "
        "((mottagningen|vården)) ska ordna boendet. {H} ((bekräftade|tog emot det)) och "
        "((föreslog|lovade)) en ny tid med {T}. {P} var tyst ((en lång stund|en stund)) och "
        'sa sedan (("det är ju mitt liv ni pratar om"|att {P.han} vill bestämma själv|"jag '
        'vill bara ha lugn")). Notering: {P.han} ((tittade mest på|vände sig till)) {S}, inte '
        "till personalen.",
    ),
    (
        "obs",
        "Tydligt dominerande nätverk idag: {S+rel} ((pratade|tog ordet)) ((nästan hela "
        "tiden|i ca {MIN} utan avbrott|så fort det blev tyst)). {H} försökte ((två "
        "gånger|flera gånger)) föra tillbaka frågan till {P}, ((utan större framgång|vilket "
        "lyckades till slut|med viss framgång)). Ev. behöver ordföranderollen "
        "((diskuteras|förtydligas)) inför nästa möte. Obs. skattar ((predominant "
        "network|dominans)) som ((tydlig|måttlig)), se checklistan.",
    ),
    (
        "obs",
        "{P's} egna mål ((togs upp|diskuterades|kom upp först i slutet)): ((att kunna åka "
        "buss själv|att börja på {DAYC}|att träffa sin dotter oftare|att klara ekonomin utan "
        "hjälp)). {S} tyckte att ((målet är för stort|det är ett bra mål|man ska ta en sak i "
        "taget)). {H2} ((skrev upp|antecknade)) delmål och vem som gör vad. Nästa möte "
        "((bestämdes till|blir))[[ {DATE}]] ((kl. 14|på eftermiddagen|samma tid)) på "
        "{CLINIC}.",
    ),
    (
        "obs",
        "Mötet avslutades ((efter|ca)) {MIN} ((med att alla fick säga något|abrupt när {P} "
        "gick ut|i god stämning)). Integrering i vardagen: ((oklart|tydlig, {P.han} berättade "
        "om matlagningen|viss, men mest planer)). Obs. 2 ((skattade|har skattat)) "
        "((självständigt|separat)), jämförelse görs efteråt. {ORD}",
    ),
    (
        "obs",
        "{S2} ((kom för sent|kom in mitt i mötet)), ((ca|ungefär)) {MIN} efter start, och "
        "((verkade stressad|bad om ursäkt flera gånger)). {S2.han} ((sa|berättade)) att "
        "{S2.han} ((varit hos|haft möte med)) {T}. Därefter ((pratade|diskuterade)) gruppen "
        "((ekonomin|boendet|ledigheten i sommar)). {P} sa ((inte så mycket|en del)) men "
        "((nickade|log)) när {S2} ((nämnde|pratade om)) ((barnbarnen|hunden|gamla tider)).",
    ),
    (
        "obs",
        "Spänning i rummet när {H2} ((tog upp|nämnde)) ((orosanmälan|den senaste "
        "inläggningen|skulden)). {S} ((avbröt|reste sig)), ((satte sig igen|gick ut en "
        "stund)). ((Korr.:|Rättelse:)) det var {H}, inte {H2}, som ((nämnde det först|tog upp "
        "det)). Efteråt ((sa|tyckte)) {P} att ((det var bra att det kom upp|det var jobbigt "
        "men nödvändigt|{P.han} vill ha lugnare möten)).",
    ),
    (
        "int",
        "Intervjun gjordes hemma hos {S} ((i köket|i vardagsrummet|på balkongen)). {S.han} "
        "((pratade fritt|var först avvaktande men öppnade sig|behövde många följdfrågor)). Om "
        'resursgruppen sa {S.han}: "((Det är första gången någon frågar mig|Jag vet '
        'fortfarande inte vad jag ska göra där|Det har gjort skillnad, faktiskt))". Vi tog en '
        "paus när ((telefonen ringde|{T} kom hem|hunden skällde)). Ljudfil ((sparad|ok|delvis "
        "dålig kvalitet)), längd {MIN}.",
    ),
    (
        "int any",
        "{S} berättar om ((uppväxten|åren innan insjuknandet|första inläggningen)) i "
        "{CITY}[[, eller om det var {CITY}, {S.han} var osäker]]. Familjen kom från "
        "{CITY.abroad} {YEAR} och {S.han} ((har aldrig pratat om det med|tycker att det är "
        "svårt att förklara för)) {P}. ((Tolk användes|Ingen tolk behövdes)), {S.han} ((talar "
        "bra svenska|växlade mellan svenska och engelska)).",
    ),
    (
        "int",
        "Intervju med {H+rel} ((på mottagningen|via Teams|i personalrummet)). {H.han} har "
        "arbetat med resursgrupper sedan {YEAR} och ((tycker|menar)) att ((det största "
        "hindret är tid|modellen fungerar bäst när anhöriga är med|ledningen inte förstår "
        'arbetssättet)). Om {P}: "{P.han} har ((vuxit|tagit mer plats)) i gruppen", sa '
        "{H.han}, och lade till att {S} ((ibland tar över|är en viktig resurs)).",
    ),
    (
        "int",
        'Om vad som hjälper: "((Att {S} är med|Att någon ringer|Att jag får bestämma)), det '
        'är nog det viktigaste." Om vad som är svårt: "((När alla pratar '
        'samtidigt|Papperen|Att åka dit))". {P} ((ville inte|ville gärna)) prata om '
        "((sjukhustiden|diagnosen|åren i {CITY})), vi respekterade det. Följdfrågor till "
        "((våg 3|nästa intervju)).",
    ),
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
