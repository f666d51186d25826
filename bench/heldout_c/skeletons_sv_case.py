"""Swedish case-note paragraphs of held-out C: calls, home visits, medication, money,
housing, crises and contact details (the language is described in `fill`).

Each entry is (genres, skeleton); "any" fits every genre.
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
)
