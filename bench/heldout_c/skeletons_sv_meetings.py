"""Swedish paragraphs of held-out C from e-mails, resource-group meetings and interviews
(the language is described in `fill`).

Each entry is (genres, skeleton); "any" fits every genre.
"""

from __future__ import annotations

PARAS: tuple[tuple[str, str], ...] = (
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
)
