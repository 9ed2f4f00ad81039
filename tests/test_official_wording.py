"""The official wording of the temporary-protection forms (Uradni list RS, št. 55/2025: the Pravilnik's
ZZ forms, the Uredba o pravicah's UP forms, the Uredba o hišnem redu's HR forms), typed from the gazette
and not from the definitions: in print order on the blank and the sample PDF, the statements word for
word, the page counts, the sources each definition names. The generic checks every form passes are in
test_conformance.py. No Qt."""

from __future__ import annotations

import datetime as dt
import json
import re
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from pdf_helpers import assert_in_order
from pdf_helpers import form
from pdf_helpers import pdf_of
from pdf_helpers import pdf_text
from pdf_helpers import printed_labels
from pdf_helpers import sample
from pdf_helpers import squash

from app.engine import default_catalog
from pdf_helpers import annex_text_lines, source_file

CATALOG = default_catalog()
ZZ = ["ZZ-2", "ZZ-3", "ZZ-4", "ZZ-5", "ZZ-6", "ZZ-7", "ZZ-9"]
UP_1_5 = ["UP-1", "UP-2", "UP-3", "UP-4", "UP-5"]
UP_6_9 = ["UP-6", "UP-7", "UP-8", "UP-9"]
HR = ["HR-1", "HR-2", "HR-3", "HR-4"]


NOTICE_END = [
    "Kontakt pooblaščene osebe upravljavca za varstvo osebnih podatkov na Ministrstvu za notranje zadeve: dpo.mnz@gov.si.",
    "Če ste mnenja, da se vaši podatki obdelujejo nezakonito, lahko vložite pritožbo pri informacijskem pooblaščencu.",
]


GAZETTE_ZZ = {
    "ZZ-2": [
        "ZZ-2", "MNZ RS (PC-6)", "PRILOGA 2",
        "Na podlagi petega odstavka 15. člena Zakona o začasni zaščiti razseljenih oseb (Uradni list RS, št. 22/25)",
        "REPUBLIKA SLOVENIJA", "(organ, ki je sprejel vlogo)", "izdaja",
        "POTRDILO O PREJEMU VLOGE ZA PRIZNANJE STATUSA ZAČASNE ZAŠČITE",
        "Priimek in ime:", "EMŠO:", "Rojstni datum:", "Državljanstvo:", "Datum vložitve vloge:",
        "Datum izdaje potrdila:", "Uradna oseba:", "Žig:",
    ],
    "ZZ-3": [
        "ZZ-3", "MNZ RS (PC-6)", "PRILOGA 3", "(odtis zglavne štampiljke)",
        "VLOGA ZA PREBIVANJE V REPUBLIKI SLOVENIJI PO POTEKU ČASA ZAČASNE ZAŠČITE", "Številka:", "Datum:",
        "1. Priimek:", "2. Ime:", "3. Datum, kraj in država rojstva:", "4. Državljanstvo:", "5. Spol:",
        "6. Naslov bivanja v Republiki Sloveniji:", "7. EMŠO:", "8. Št. izkaznice osebe z začasno zaščito:",
        "9. Podatki družinskih članov, ki skupaj z osebo, ki ji je status začasne zaščite prenehal zaradi poteka "
        "časa trajanja začasne zaščite, prebivajo v Republiki Sloveniji, in so upravičeni do prebivanja po "
        "prenehanju trajanja začasne zaščite v skladu s tretjim ali s četrtim odstavkom 23. člena ZZZRO-1:",
        "priimek, ime, spol", "sorodstveno razmerje", "naslov stalnega / začasnega prebivališča",
        "10. Razlog za vložitev prošnje za prebivanje v Republiki Sloveniji po poteku časa začasne zaščite "
        "(ustrezno označiti):",
        "zdravstveni razlogi (drugi odstavek 23. člena ZZZRO-1)", "Priloga (ustrezno obkrožiti ali izpolniti):",
        "– zdravstvena dokumentacija, iz katere izhaja, da zaradi zdravstvenih razlogov trenutno ni mogoča "
        "vrnitev v državo ali regijo izvora (npr. zdravniško potrdilo, izvid specialističnega pregleda ipd.).",
        "– drugo (ustrezno navesti):",
        "Šolanje (četrti odstavek 23. člena ZZZRO-1)", "Priloga (ustrezno obkrožiti ali izpolniti):",
        "– potrdilo o šolanju.", "– drugo (ustrezno navesti):",
        "11. Kontaktni podatki osebe, ki ji je status začasne zaščite prenehal zaradi poteka časa trajanja "
        "začasne zaščite:", "Telefonska številka:", "E-mail naslov:", "Ugotovitve uradne osebe:",
        "Podpis osebe, ki ji je status začasne zaščite prenehal zaradi poteka časa trajanja začasne zaščite:",
        "Osebno ime in podpis uradne osebe:", "Osebno ime in podpis morebitnega tolmača:",
        "Varstvo osebnih podatkov – informacija",
        "za namen odločanja o vlogi za prebivanje v Republiki Sloveniji po poteku časa začasne zaščite",
        "Upravljavec vaše podatke hrani skladno z 73. členom Zakona o začasni zaščiti razseljenih oseb.",
        *NOTICE_END,
    ],
    "ZZ-4": [
        "PRILOGA 4",
        "Na podlagi drugega in tretjega odstavka 23. člena Zakona o začasni zaščiti razseljenih oseb "
        "(Uradni list RS, št. 22/25)",
        "REPUBLIKA SLOVENIJA", "(organ, ki je sprejel vlogo)", "izdaja", "POTRDILO",
        "O VLOŽENI VLOGI ZA DOVOLITEV PREBIVANJA V REPUBLIKI SLOVENIJI PO PRENEHANJU ZAČASNE ZAŠČITE ZA OSEBO, "
        "PRI KATERI OBSTAJAJO ZDRAVSTVENI RAZLOGI, ZARADI KATERIH SE NE MORE VRNITI V DRŽAVO ALI REGIJO IZVORA "
        "IN ZA NJENE DRUŽINSKE ČLANE",
        "Priimek in ime:", "Rojstni datum:", "Državljanstvo:", "Sedanje prebivališče v Republiki Sloveniji:",
        "Datum vložitve vloge:", "Datum izdaje potrdila:", "Uradna oseba:", "Žig:",
    ],
    "ZZ-5": [
        "ZZ-5", "MNZ RS (PC-6)", "PRILOGA 5",
        "Na podlagi četrtega odstavka 23. člena Zakona o začasni zaščiti razseljenih oseb (Uradni list RS, "
        "št. 22/25)",
        "REPUBLIKA SLOVENIJA", "(organ, ki je sprejel vlogo)", "izdaja", "POTRDILO",
        "O VLOŽENI VLOGI ZA DOVOLITEV PREBIVANJA V REPUBLIKI SLOVENIJI PO PRENEHANJU ZAČASNE ZAŠČITE ZA "
        "MLADOLETNO OSEBO, KI SE ŠOLA V REPUBLIKI SLOVENIJI, ALI OSEBO, KI JE V TEKOČEM ŠOLSKEM LETU DOPOLNILA "
        "18 LET IN SE ŠOLA V REPUBLIKI SLOVENIJI, TER NJUNIM DRUŽINSKIM ČLANOM",
        "Priimek in ime:", "Rojstni datum:", "Državljanstvo:", "Sedanje prebivališče v Republiki Sloveniji:",
        "Datum vložitve vloge:", "Datum izdaje potrdila:", "Uradna oseba:", "Žig:",
    ],
    "ZZ-6": [
        "PRILOGA 6", "(odtis zglavne štampiljke)", "VLOGA ZA PRIZNANJE STATUSA ZAČASNE ZAŠČITE ZA DRUŽINSKEGA ČLANA",
        "Številka:", "Datum:", "I. PODATKI O DRUŽINSKEM ČLANU OSEBE Z ZAČASNO ZAŠČITO:",
        "1. Priimek:", "2. Ime:", "3. Datum, kraj in država rojstva:", "4. Državljanstvo:", "5. Spol:",
        "6. Priimek, ime, datum in kraj rojstva ter državljanstvo zakonitega zastopnika:", "7. Zakonski stan:",
        "8. Naslov zadnjega stalnega / začasnega prebivališča v tujini:", "9. Naslov prebivališča v Republiki Sloveniji:",
        "10. Dokumenti za ugotavljanje identitete:", "a) vrsta dokumenta", "številka", "izdan pri", "dne",
        "veljaven do", "b) vrsta dokumenta", "c) vrsta dokumenta",
        "11. Sorodstveno razmerje družinskega člana z osebo z začasno zaščito:",
        "12. Kontaktni podatki družinskega člana osebe z začasno zaščito:", "Telefonska številka:", "E-mail naslov:",
        "II. PODATKI O OSEBI Z ZAČASNO ZAŠČITO", "Kontaktni podatki osebe z začasno zaščito:",
        "Telefonska številka:", "E-mail naslov:", "Ugotovitve uradne osebe:", "Podpis osebe z začasno zaščito:",
        "Osebno ime in podpis uradne osebe:", "Osebno ime in podpis morebitnega tolmača:",
        "Varstvo osebnih podatkov – informacija",
        "za namen odločanja o vlogi za priznanje statusa začasne zaščite za družinskega člana",
        "Upravljavec vaše podatke hrani skladno s 73. členom Zakona o začasni zaščiti razseljenih oseb.",
        *NOTICE_END,
    ],
    "ZZ-7": [
        "ZZ-7", "PRILOGA 7", "(odtis zglavne štampiljke)", "VLOGA ZA ZDRUŽITEV Z DRUŽINSKIM ČLANOM",
        "Številka:", "Datum:", "I. PODATKI O DRUŽINSKEM ČLANU OSEBE Z ZAČASNO ZAŠČITO:",
        "1. Priimek:", "2. Ime:", "3. Datum, kraj in država rojstva:", "4. Državljanstvo:", "5. Spol:",
        "6. Priimek, ime, datum in kraj rojstva ter državljanstvo zakonitega zastopnika:", "7. Zakonski stan:",
        "8. Naslov zadnjega stalnega / začasnega prebivališča v tujini:",
        "9. Naslov nameravanega bivanja v Republiki Sloveniji:", "10. Dokumenti za ugotavljanje identitete:",
        "a) vrsta dokumenta", "b) vrsta dokumenta", "c) vrsta dokumenta",
        "11. Datum odhoda iz izvorne države:", "12. Datum prihoda v drugo državo:",
        "13. Sorodstveno razmerje družinskega člana z osebo z začasno zaščito:",
        "14. Kontaktni podatki družinskega člana osebe z začasno zaščito:",
        "II. PODATKI O OSEBI Z ZAČASNO ZAŠČITO",
        "1. Ime in priimek ter naslov začasnega prebivališča osebe z začasno zaščito v Republiki Sloveniji:",
        "2. Kontaktni podatki osebe z začasno zaščito:", "Telefonska številka:", "E-mail naslov:",
        "Ugotovitve uradne osebe:", "Podpis osebe z začasno zaščito:", "Osebno ime in podpis uradne osebe:",
        "Osebno ime in podpis morebitnega tolmača:", "Varstvo osebnih podatkov – informacija",
        "za namen odločanja o vlogi o vlogi za združitev z družinskim članom",
        "obdelujejo skladno z 63. členom Zakona o začasni zaščiti razseljenih oseb", *NOTICE_END,
    ],
    "ZZ-9": [
        "ZZ-9", "PRILOGA 9",
        "Na podlagi sedmega odstavka 62. člena Zakona o začasni zaščiti razseljenih oseb (Uradni list RS, št. 22/25)",
        "REPUBLIKA SLOVENIJA", "Ministrstvo za notranje zadeve", "izdaja", "PREPUSTNICO ZA PREMESTITEV",
        "Številka:", "Datum:", "Priimek:", "Ime:", "Datum rojstva:", "Kraj in država rojstva:", "Državljanstvo:",
        "Spol:",
        "Priimek, ime in datum rojstva zakonitega zastopnika (izpolni pristojni organ, če je oseba z začasno "
        "zaščito mladoletna oseba ali oseba, ki ni poslovno sposobna):",
        "Ta prepustnica velja le za premestitev zgoraj navedene osebe iz Republike Slovenije v",
        "(država premestitve).",
        "Prepustnica ne velja kot potna listina za prehod državne meje ali listina za dokazovanje istovetnosti "
        "imetnika prepustnice.",
        "Istovetnost imetnika prepustnice je bila ugotovljena na podlagi", "(vrsta osebnega dokumenta), izdanega pri",
        "(organ, ki je izdal dokument), št.", "(podpis uradne osebe)",
    ],
}


STATEMENT_23 = [
    "Izjavljam:",
    "da so vsi podatki, navedeni v vlogi, resnični, točni in popolni in da za svojo izjavo prevzemam vso "
    "materialno in kazensko odgovornost,",
    "da bom naslovnemu organu sporočil vsa dejstva in okoliščine oziroma spremembe, ki vplivajo na odločitev o "
    "dodelitvi pravice, in sicer v osmih dneh od dneva, ko so nastale oziroma sem zanje izvedel.",
    "(kraj in datum)", "(podpis vlagatelja/skrbnika)",
]


GAZETTE_UP_1_5 = {
    "UP-1": [
        "Priloga 1", "VLOGA ZA UVELJAVLJANJE PRAVICE DO VEČJEGA OBSEGA ZDRAVSTVENEGA VARSTVA", "Vlagatelj",
        "Priimek:", "Ime:", "Naslov prebivanja:", "EMŠO:", "Telefon:*", "E-pošta:*",
        "Podatki o zakonitem zastopniku oziroma skrbniku, če je vlagatelj postavljen pod skrbništvo:",
        "Priimek:", "Ime:", "Naslov prebivanja:", "Telefon:*", "E-pošta:*", "* neobvezno",
        "V skladu s 45. členom Zakona o začasni zaščiti razseljenih oseb (Uradni list RS, št. …) uveljavljam "
        "pravico do večjega obsega zdravstvenega varstva.",
        "(kraj in datum)", "(podpis vlagatelja/skrbnika)", "Priloge (obkrožite ustrezno):",
        "1.", "kopija medicinske dokumentacije;", "2. drugo:",
    ],
    "UP-2": [
        "Priloga 2", "VLOGA ZA UVELJAVLJANJE PRAVICE DO DENARNE POMOČI", "I. PODATKI O OSEBAH, KI UVELJAVLJAJO PRAVICE",
        "1. Vlagatelj", "Priimek:", "Ime:", "Naslov prebivanja:", "EMŠO:", "Davčna številka:", "Telefon:*",
        "E-pošta:*", "Številka plačilnega računa vlagatelja:", "odprt pri:",
        "Podatki o zakonitem zastopniku oziroma skrbniku, če je vlagatelj postavljen pod skrbništvo:",
        "Številka plačilnega računa skrbnika, če izplačilo vlagatelju ni možno:", "odprt pri:",
        "2. Zakonec ali zunajzakonski partner", "Davčna številka:", "* neobvezno",
        "3. Otroci (v vrstnem redu od najmlajšega do najstarejšega)", "Priimek", "Ime", "Sorodstveno razmerje",
        "EMŠO", "Davčna številka", "Naziv vzgojno-izobraževalnega zavoda (če je vključen v izobraževanje)",
        "Izobraževalni program",
        "II. PODATKI O DRUGIH OSEBAH, KI PREBIVAJO V REPUBLIKI SLOVENIJI",
        "Navedejo se tudi drugi družinski člani oziroma zavezanci za preživljanje, ki v Republiki Sloveniji "
        "prebivajo poleg vlagatelja in družinskih članov, za katere se podaja vloga.",
        "III. PODATKI O ODPRTIH PLAČILNIH IN DENARNIH RAČUNIH",
        "Navedejo se vsi odprti plačilni in denarni računi vlagatelja, družinskih članov in zavezancev v "
        "Republiki Sloveniji in izven Republike Slovenije. Navedejo se tudi plačilni in denarni računi, zaprti "
        "v zadnjih treh mesecih oziroma v obdobju od oddaje zadnje vloge.",
        "Številka plačilnega ali denarnega računa", "Odprt pri", "Datum zaprtja plačilnega računa",
        "Pojasnila o prihodkih na plačilnih in denarnih računih:",
        "Osebe, ki bi lahko prejemale pokojnino, napišite, ali ste upravičeni do pokojnine in v kakšni višini:",
        "Druga dodatna pojasnila k vlogi:",
        "IV. DRUGI PODATKI O OSEBAH, KI UVELJAVLJAJO PRAVICE",
        "1. Ali prebivate v Republiki Sloveniji? (obkrožite in izpolnite)", "DA",
        "(priimek in ime osebe ali oseb iz I. točke te vloge, ki prebiva/-jo v Republiki Sloveniji)", "NE",
        "(priimek in ime osebe ali oseb iz I. točke te vloge, ki ne prebiva/-jo v Republiki Sloveniji)",
        "2. Ali ste vi ali katera od oseb iz I. točke te vloge prijavljeni v evidenco brezposelnih oseb pri "
        "Zavodu Republike Slovenije za zaposlovanje? (obkrožite in izpolnite)",
        "ČE NE, ZAKAJ NE (navedite razlog):",
        "3. Ali živite v enostarševski družini? (obkrožite)", "4. Ali ste v postopku razveze? (obkrožite)",
        "5. Ali prejemate sodno določeno preživnino? (obkrožite)",
        "(priimek in ime osebe ali oseb, za katero/-e prejemate preživnino in mesečni znesek)",
        "V. PODATKI O DOHODKIH IN PREJEMKIH V PRETEKLIH TREH MESECIH",
        "1. Jaz in moji družinski člani smo v preteklih treh mesecih pred mesecem vložitve vloge prejeli "
        "naslednje dohodke in prejemke:", "Vrsta dohodka", "Višina dohodka",
        "2. Ali ste vi ali katera od oseb iz I. točke te vloge v mesecu vložitve vloge začeli prejemati dohodke "
        "in prejemke? (obkrožite)", "NE",
        "DA (če da, navedite priimek in ime osebe ali oseb, vrsto dohodka, višino dohodka in datum začetka "
        "prejemanja dohodka)",
        "3. Ali ste vi ali katera od oseb iz I. točke te vloge v mesecu vložitve vloge prenehali prejemati "
        "dohodke in prejemke? (obkrožite)",
        "DA (če da, navedite priimek in ime osebe ali oseb, vrsto dohodka, višino dohodka in datum prenehanja "
        "prejemanja dohodka)",
        "VI. PODATKI O PREMOŽENJU",
        "Ali imate vi ali katera od oseb iz I. točke te vloge premoženje v Republiki Sloveniji ali v tujini, "
        "razen premoženja v izvorni državi, kakor je navedeno spodaj v 1. do 4. točki? (obkrožite)",
        "DA (če da, izpolnite spodnje točke od 1. do 4.)", "NE", "1. PRIHRANKI", "Prihranki v gotovini",
        "Ime in priimek lastnika gotovine", "Znesek", "Valuta", "Prihranki na plačilnem in denarnem računu",
        "Ime in priimek lastnika plačilnega ali denarnega računa",
        "2. PREMIČNO PREMOŽENJE – osebna in druga vozila, vodna plovila in drugo premično premoženje",
        "Ime in priimek lastnika premičnega premoženja", "Vrsta premičnega premoženja",
        "Znamka, komercialna oznaka, datum prve registracije, prostornina motorja", "Identifikacijska številka (VIN)",
        "3. NEPREMIČNO PREMOŽENJE IZVEN IZVORNE DRŽAVE", "Ime in priimek lastnika nepremičnega premoženja",
        "Delež premoženja", "Opis premoženja", "Vrednost premoženja (znesek in valuta)",
        "4. LASTNIŠKI DELEŽI GOSPODARSKIH DRUŽB ALI ZADRUG, VREDNOSTNI PAPIRJI", "Ime in priimek lastnika premoženja",
        "Vrsta premoženja", "Druga dodatna pojasnila:",
        "IZJAVA", "Izjavljam:",
        "da bomo jaz in moji družinski člani v času prejemanja denarne pomoči prebivali v Republiki Sloveniji,",
        *STATEMENT_23[1:],
        "Priloge (obkrožite ustrezno):",
        "1.", "izpis vseh transakcij na vseh plačilnih in denarnih računih vlagatelja in njegovih družinskih članov "
        "za pretekle tri mesece pred mesecem vložitve vloge;",
        "2.", "izpis vseh transakcij na vseh plačilnih in denarnih računih zavezanca, ki je vlagatelja v skladu s "
        "predpisi Republike Slovenije dolžan in zmožen preživljati, za pretekle tri mesece pred mesecem vložitve vloge;",
        "3.", "izpis stanja na vseh plačilnih in denarnih računih vlagatelja in njegovih družinskih članov ter "
        "zavezanca, ki je vlagatelja v skladu s predpisi Republike Slovenije dolžan in zmožen preživljati, na dan "
        "podaje vloge;",
        "4.", "kopija pogodbe o zaposlitvi oziroma kopije drugih pogodb v zvezi z opravljanjem dela;",
        "5.", "kopija plačilnih list za pretekle štiri mesece pred mesecem vložitve vloge;",
        "6.", "kopija potrdila o šolanju v tujini;",
        "7.", "kopija prometnih dovoljenj vozil, navedenih v točki VI. 2. te vloge, registriranih v tujini;",
        "8. drugo:",
    ],
    "UP-3": [
        "Priloga 3", "VLOGA ZA UVELJAVLJANJE PRAVICE DO DENARNE POMOČI ZA ZASEBNO NASTANITEV",
        "I. PODATKI O OSEBAH, KI UVELJAVLJAJO PRAVICE", "1. Vlagatelj", "Priimek:", "Ime:", "Naslov prebivanja:",
        "EMŠO:", "Davčna številka:", "Telefon:*", "E-pošta:*", "Številka plačilnega računa vlagatelja:", "odprt pri:",
        "Podatki o zakonitem zastopniku oziroma skrbniku, če je vlagatelj postavljen pod skrbništvo:",
        "Številka plačilnega računa skrbnika, če izplačilo vlagatelju ni možno:",
        "Zakonec ali zunajzakonski partner", "* neobvezno",
        "Otroci (v vrstnem redu od najmlajšega do najstarejšega)", "Sorodstveno razmerje", "EMŠO",
        "Davčna številka", "Naziv vzgojno-izobraževalnega zavoda (če je vključen v izobraževanje)",
        "Izobraževalni program",
        "2. Druge osebe, navedene v najemni pogodbi ali dogovoru o uporabi nepremičnine, ki jih niste navedli "
        "pri točkah 1. ali 2.",
        "Priimek", "Ime", "Sorodstveno razmerje", "EMŠO", "Davčna številka", "Druga dodatna pojasnila:",
        "IZJAVA", "Izjavljam:",
        "da bomo jaz in moji družinski člani v času prejemanja denarne pomoči za zasebno nastanitev prebivali v "
        "Republiki Sloveniji,",
        *STATEMENT_23[1:],
        "Priloge (obkrožite ustrezno):",
        "1.", "kopija najemne pogodbe z vsemi dodatki (aneksi) oziroma kopija dogovora o uporabi nepremičnine z "
        "vsemi dodatki (aneksi);",
        "2.", "kopije računov za plačilo stroškov v zvezi z uporabo nepremičnine za pretekle tri mesece pred "
        "vložitvijo vloge;",
        "3.", "soglasje za nakazilo denarne pomoči za zasebno nastanitev najemodajalcu oziroma osebi, ki je "
        "sklenila dogovor o uporabi nepremičnine;",
        "4. drugo:",
    ],
    "UP-4": [
        "Priloga 4", "S O G L A S J E",
        "ZA NEPOSREDNO IZPLAČILO DENARNE POMOČI ZA ZASEBNO NASTANITEV NAJEMODAJALCU OZIROMA OSEBI, KI JE SKLENILA "
        "DOGOVOR O UPORABI NEPREMIČNINE",
        "Vlagatelj vloge za denarno pomoč za zasebno nastanitev:", "Ime in priimek:", "Davčna številka:",
        "Naslov prebivanja:", "EMŠO:", "in najemodajalec:",
        "kadar je najemodajalec oziroma oseba, ki je sklenila dogovor o uporabi nepremičnine, fizična oseba",
        "kadar je najemodajalec oziroma oseba, ki je sklenila dogovor o uporabi nepremičnine, pravna oseba",
        "Naziv pravne osebe:", "Ime in priimek najemodajalca:", "Ime in priimek zakonitega zastopnika pravne osebe:",
        "Naslov najemodajalca:", "Naslov sedeža pravne osebe:", "Davčna številka najemodajalca:",
        "Davčna številka pravne osebe:", "Številka plačilnega računa:", "Številka plačilnega računa:",
        "Plačilni račun odprt pri:", "Plačilni račun odprt pri:", "soglašava,",
        "da se denarna pomoč za zasebno nastanitev v celoti nakazuje na zgoraj navedeni plačilni račun "
        "najemodajalca oziroma osebe, ki je sklenila dogovor o uporabi nepremičnine",
        "Vlagatelj", "Najemodajalec oziroma oseba, ki je sklenila dogovor o uporabi nepremičnine",
        "Podpis:", "Podpis:", "Kraj in datum:", "Kraj in datum:",
    ],
    "UP-5": [
        "Priloga 5",
        "VLOGA ZA UVELJAVLJANJE PRAVICE DO POSEBNE OBLIKE DENARNE POMOČI PO SMRTI DRUŽINSKEGA ČLANA IN POSEBNE "
        "OBLIKE DENARNE POMOČI KOT POMOČ PRI KRITJU STROŠKOV POGREBA",
        "I. PODATKI O OSEBI, KI UVELJAVLJA PRAVICO", "Priimek:", "Ime:", "Naslov prebivanja:", "EMŠO:",
        "Davčna številka:", "Telefon:*", "E-pošta:*", "Številka plačilnega računa vlagatelja:", "odprt pri:",
        "Sorodstveno razmerje do pokojne osebe:",
        "Ali ste bili na dan smrti pokojnika upravičeni do denarne pomoči ali žepnine? (obkrožite)", "DA", "NE",
        "II. PODATKI O POKOJNI OSEBI", "Priimek:", "Ime:", "Številka izkaznice osebe z začasno zaščito:", "EMŠO:",
        "Datum smrti:", "III. UVELJAVLJAM NASLEDNJE PRAVICE:",
        "1.", "Posebna oblika denarne pomoči po smrti družinskega člana",
        "2.", "Posebna oblika denarne pomoči kot pomoč pri kritju stroškov pogreba", "* neobvezno",
        "IZJAVA", "Izjavljam:",
        "da so vsi podatki, ki sem jih navedel v vlogi, resnični, točni in popolni in da za svojo izjavo "
        "prevzemam vso materialno in kazensko odgovornost,",
        "da bom naslovnemu organu sporočil vsa dejstva in okoliščine oziroma spremembe, ki vplivajo na odločitev "
        "o dodelitvi pravic, in sicer v osmih dneh od dne, ko so nastale oziroma sem zanje izvedel.",
        "(kraj in datum)", "(podpis vlagatelja/skrbnika)", "Priloge (obkrožite ustrezno):",
        "1.", "predračun o višini stroškov pogreba oziroma račun za opravljeni pogreb;", "2. drugo:",
    ],
}


CHANGES = [
    "1. pridobitev ali izguba dohodkov, prejemkov in premoženja;",
    "2. sprememba števila družinskih članov (na primer sklenitev zakonske zveze, rojstvo otroka, prihod "
    "združenega/-ih družinskega/-ih člana/-ov v Republiko Slovenijo);",
    "3. sprememba prebivališča;",
    "4. preselitev zaradi šolanja;",
    "5. zaposlitev ali izguba ali prenehanje zaposlitve;",
    "6. šolanje na vseh stopnjah izobraževanja;",
    "7. odprtje ali sprememba plačilnega računa,",
    "8. sprememba kontaktnih podatkov;",
    "9. sprememba osebnega imena;",
    "10. sprememba zakonskega stanu;",
    "11. sprememba prejemnika nakazila denarne pomoči in denarne pomoči za zasebno nastanitev;",
    "12. sklenitev nove najemne pogodbe oziroma dogovora o uporabi nepremičnine;",
    "13. sprememba višine najemnine in stroškov;",
    "14. pridobitev mednarodne zaščite;",
    "15. pridobitev dovoljenja za prebivanje ali začasne zaščite v drugi državi;",
    "16. prostovoljna trajna vrnitev v državo ali regijo izvora;",
    "17. sprejem v novo državljanstvo, razen v državljanstvo Republike Slovenije;",
    "18. drugo:",
]


GAZETTE_UP_6_HR = {
    "UP-6": [
        "Priloga 6", "IZJAVA OSEBE Z ZAČASNO ZAŠČITO GLEDE UPRAVIČENOSTI DO ŽEPNINE",
        "Podatki o osebi z začasno zaščito:", "Priimek:", "Ime:", "Naslov prebivanja:", "EMŠO:", "Davčna številka:",
        "Telefon:*", "E-pošta:*", "Številka plačilnega računa osebe z začasno zaščito:", "odprt pri:",
        "Podatki o zakonitem zastopniku oziroma skrbniku, če je vlagatelj postavljen pod skrbništvo:",
        "Priimek:", "Ime:", "Naslov prebivanja:", "EMŠO:", "Davčna številka:", "Telefon:*", "E-pošta:*",
        "Številka plačilnega računa skrbnika:", "odprt pri:", "Družinski člani:",
        "Priimek", "Ime", "Sorodstveno razmerje", "EMŠO", "Davčna številka", "* neobvezno",
        "Spodaj podpisani zase in za osebe, navedene v izjavi zgoraj, izjavljam:",
        "– da sem/smo brez dohodkov, prejemkov in premoženja oziroma da mi/nam preživljanja ne zagotavljajo "
        "zavezanci, ki so me/nas v skladu s predpisi Republike Slovenije dolžni in zmožni preživljati,",
        "– da so vsi podatki, navedeni v izjavi, resnični, točni in popolni ter v skladu s 50. členom Zakona o "
        "začasni zaščiti razseljenih oseb (Uradni list RS, št. 22/25) in da za svojo izjavo prevzemam vso "
        "materialno in kazensko odgovornost,",
        "– da bom naslovnemu organu sporočil vsa dejstva in okoliščine oziroma spremembe, ki vplivajo na odločitev "
        "o dodelitvi pravice, in sicer v osmih dneh od dneva, ko so nastale oziroma sem zanje izvedel.",
        "(kraj in datum)", "(podpis osebe/skrbnika)",
    ],
    "UP-7": [
        "Priloga 7", "Glava Urada Vlade Republike Slovenije za oskrbo in integracijo migrantov",
        "Na podlagi 50. člena Zakona o začasni zaščiti razseljenih oseb (Uradni list RS, št. 22/25) in 13. člena "
        "Uredbe o načinu uveljavljanja in zagotavljanja pravic prosilcem za začasno zaščito in osebam z začasno "
        "zaščito (Uradni list RS, št. 55/25) Urad Vlade Republike Slovenije za oskrbo in integracijo migrantov "
        "izdaja",
        "POTRDILO O DODELITVI ŽEPNINE", "Osebi z začasno zaščito (ime in priimek):", "in",
        "njenim mladoletnim družinskim članom (ime in priimek):", "ter", "družinskemu članu (ime in priimek):",
        "je bila za obdobje šest mesecev dodeljena žepnina od", "(mesec in leto)", "dalje.",
        "Datum:", "Žig:", "Podpis:",
    ],
    "UP-8": [
        "Priloga 8", "OBRAZEC ZA SPOROČANJE SPREMEMB", "Priimek:", "Ime:", "EMŠO:",
        "sporočam zase in za svoje družinske člane naslednje spremembe: (obkrožite ustrezno)",
        *CHANGES, "Obrazložitev spremembe:", "Priloge:", "Kraj in datum:", "Podpis:",
    ],
    "UP-9": [
        "Priloga 9", "OBRAZEC ZA SPOROČANJE ODSOTNOSTI", "Priimek:", "Ime:", "EMŠO:", "Naslov prebivanja:",
        "Sporočam (obkrožite in izpolnite):",
        "1. svojo odsotnost in odsotnost svojih družinskih članov iz nastanitvenega centra ali druge nastanitvene "
        "kapacitete:",
        "Priimek", "Ime", "EMŠO", "Sorodstveno razmerje", "Obdobje odsotnosti (od–do)",
        "2. svojo odsotnost in odsotnost svojih družinskih članov iz Republike Slovenije:",
        "Priimek", "Ime", "EMŠO", "Sorodstveno razmerje", "Obdobje odsotnosti (od–do)",
        "Kraj in datum:", "Podpis:",
    ],
    "HR-1": [
        "Priloga 1", "IZJAVA",
        "o seznanitvi s hišnim in požarnim redom ter ukrepi zaradi kršitev hišnega reda v nastanitvenih centrih in "
        "drugih nastanitvenih kapacitetah",
        "Spodaj podpisani/-a",
        "(ime in priimek osebe, nastanjene v nastanitvenem centru ali drugi nastanitveni kapaciteti Urada Vlade "
        "Republike Slovenije za oskrbo in integracijo migrantov)",
        "potrjujem, da sem dne",
        "prejel/-a izvlečke iz veljavne uredbe, ki ureja hišni red nastanitvenih centrov in drugih nastanitvenih "
        "kapacitet za prosilce za začasno zaščito in osebe z začasno zaščito, v meni razumljivem jeziku.",
        "Seznanjen/-a sem z določbami hišnega reda in požarnega reda ter z ukrepi, ki se v skladu z zakonom, ki ureja "
        "začasno zaščito razseljenih oseb, lahko izrečejo za kršitve hišnega reda.",
        "Opombe:", "Datum:", "Podpis:",
    ],
    "HR-2": [
        "Priloga 2",
        "Na podlagi prvega odstavka 8. člena Uredbe o hišnem redu nastanitvenih centrov in drugih nastanitvenih "
        "kapacitet za prosilce za začasno zaščito in osebe z začasno zaščito (Uradni list RS, št. 55/25) Urad Vlade "
        "Republike Slovenije za oskrbo in integracijo migrantov izdaja",
        "DOVOLILNICO ZA OBISK", "(ime, priimek, rojstni datum, državljanstvo nastanjene osebe)", "se dovoli obisk",
        "(ime in priimek obiskovalca/-ke)", "dne", ", od (ura)", "do (ura)", "v prostoru:", ".",
        "Datum in kraj:", "Žig:", "Podpis:",
    ],
    "HR-3": [
        "Priloga 3",
        "Na podlagi prvega odstavka 13. člena Uredbe o hišnem redu nastanitvenih centrov in drugih nastanitvenih "
        "kapacitet za prosilce za začasno zaščito in osebe z začasno zaščito (Uradni list RS, št. 55/25) Urad Vlade "
        "Republike Slovenije za oskrbo in integracijo migrantov izdaja",
        "POTRDILO O ODVZEMU PREDMETOV", "Dne", "je Urad Vlade Republike Slovenije za oskrbo in integracijo migrantov",
        "oziroma zasebna varnostna družba", "(ime, priimek, datum rojstva in državljanstvo nastanjene osebe)",
        "začasno odvzel/-a naslednje predmete:", *[f"{i}." for i in range(1, 11)],
        "Podpis uslužbenca Urada Vlade Republike Slovenije za oskrbo in integracijo migrantov:", "Žig:",
        "Podpis nastanjene osebe:", "Podpis uslužbenca zasebne varnostne družbe:",
    ],
    "HR-4": [
        "Priloga 4",
        "Na podlagi 14. člena Uredbe o hišnem redu nastanitvenih centrov in drugih nastanitvenih kapacitet za "
        "prosilce za začasno zaščito in osebe z začasno zaščito (Uradni list RS, št. 55/25) Urad Vlade Republike "
        "Slovenije za oskrbo in integracijo migrantov izdaja",
        "POTRDILO O PREVZEMU", "Dne", "je Urad Vlade Republike Slovenije za oskrbo in integracijo migrantov",
        "prevzel od", "(ime, priimek, datum rojstva, državljanstvo nastanjene osebe)",
        "denar oziroma vrednostne papirje:", *[f"{i}." for i in range(1, 11)],
        "Podpis uslužbenca Urada Vlade Republike Slovenije za oskrbo in integracijo migrantov:", "Žig:",
        "Podpis nastanjene osebe:",
    ],
}


GAZETTE = {**GAZETTE_ZZ, **GAZETTE_UP_1_5, **GAZETTE_UP_6_HR}


SOURCE = Path(__file__).resolve().parents[2] / "shared" / "sources" / "ul-55-2025-2257-uredba-pravice-zacasna-zascita.txt"


def gazette_annex(number: int) -> str:
    """The text of Priloga `number` as published (from its heading to the next Priloga's)."""
    if not SOURCE.is_file():
        pytest.skip("the gazette text (../shared/sources) is not beside the project")
    text = SOURCE.read_text(encoding="utf-8")
    start = re.search(rf"^\s*Priloga {number}\s*$", text, re.M).start()
    end = re.search(rf"^\s*Priloga {number + 1}\s*$", text, re.M).start()
    return text[start:end]


@pytest.mark.parametrize("code", UP_1_5)
def test_statements_printed_exactly(code):
    text = squash(pdf_text(pdf_of(code)))
    annex = gazette_annex(int(code.split("-")[1]))
    start = annex.find("Izjavljam")
    if code == "UP-1":
        sentence = annex[annex.index("V skladu s 45. členom"):annex.index("varstva.", annex.index("V skladu")) + 8]
        assert squash(sentence) in text
        return
    if code == "UP-4":
        assert squash("soglašava, da se denarna pomoč za zasebno nastanitev v celoti nakazuje") in text
        return
    statement = annex[start:annex.index("(kraj in datum)", start)]
    for part in statement.split("\u0336"):  # the gazette's dash before each item
        assert squash(part) in text, part


@pytest.mark.parametrize("code", ZZ)
def test_legal_basis_or_code_header(code):
    text = squash(pdf_text(pdf_of(code)))
    if code in ("ZZ-2", "ZZ-4", "ZZ-5", "ZZ-9"):
        assert squash("(Uradni list RS, št. 22/25)") in text
    pages = [squash(p.extract_text()) for p in PdfReader(BytesIO(pdf_of(code))).pages]
    header = form(code).print_layout.get("running_header") or []
    for page in pages:
        assert all(line.replace(" ", "") in page for line in header)


def test_up8_has_the_eighteen_kinds_of_change_in_order():
    definition = form("UP-8")
    boxes = [b["field"] for b in definition.print_layout["blocks"] if b["kind"] == "choice_boxes"]
    assert [definition.fields[f].label for f in boxes] == CHANGES
    assert all(definition.fields[f].type == "boolean" for f in boxes)


# --- every typed list is the gazette's wording, and the PDFs print it in order ----------------------------


@pytest.mark.parametrize("code", sorted(GAZETTE))
@pytest.mark.parametrize("blank", [False, True], ids=["sample", "blank"])
def test_pdf_prints_the_gazette_wording_in_order(code, blank):
    assert_in_order(pdf_text(pdf_of(code, blank)), GAZETTE[code])


@pytest.mark.parametrize("code", sorted(GAZETTE))
def test_typed_wording_is_the_gazettes(code):
    """Each item typed above occurs in the form's Priloga as published (a blank "št. ____" of a gazette
    reference is printed filled in; item numbers "1." stand beside their text)."""
    if source_file(form(code)) is None:
        pytest.skip("the gazette text (../shared/sources) is not beside the project")
    annex = squash(" ".join(annex_text_lines(form(code))))
    for item in GAZETTE[code]:
        typed = squash(item.replace("22/25", "").replace("55/25", "").replace("…", ""))
        heading = typed.lower() == f"priloga{ANNEX[code]}"  # the Priloga's head (taken off the text's lines)
        assert typed in annex or heading or re.fullmatch(r"\d+\.", typed), item


@pytest.mark.parametrize("code", UP_1_5)
def test_every_printed_label_is_gazette_wording(code):
    """Each fixed text the definition prints occurs in its Priloga as published."""
    annex = squash(gazette_annex(int(code.split("-")[1])))
    missing = [label for label in printed_labels(form(code)) if squash(label) not in annex]
    # the gazette's table layout interleaves these header words in its text (UP-3: "Priimek in … ime")
    assert [m for m in missing if m not in ("Priimek in ime",)] == []


# --- what each definition says of its source -------------------------------------------------------------

ANNEX = {code: int(code.split("-")[1]) for code in ZZ + UP_1_5 + UP_6_9 + HR}
ITEM = {"ZZ": 2226, "UP": 2257, "HR": 2258}


@pytest.mark.parametrize("code", sorted(ANNEX))
def test_definition_names_its_gazette_source(code):
    definition = form(code)
    assert definition.annex == f"Priloga {ANNEX[code]}"
    assert definition.source.gazette == "Uradni list RS, št. 55/2025" and definition.source.item == ITEM[code[:2]]
    assert "22/25" in definition.source.legal_basis
    assert definition.source.in_force == dt.date(2025, 7, 19)
    if code in UP_1_5:
        assert definition.date_field == "date" and definition.fields["date"].required
    if code in UP_6_9 + HR:
        assert definition.title_fields
        assert definition.print_layout["running_header"] == [f"Priloga {ANNEX[code]}"]


@pytest.mark.parametrize("code", UP_1_5)
def test_up_rules_cite_their_annex(code):
    for spec in form(code).rules:
        if spec["rule"] != "not_future":
            assert spec.get("cite") and ("Priloge" in spec["cite"] or "Priloga" in spec["cite"]), spec


PAGES = {"ZZ-2": 1, "ZZ-3": 2, "ZZ-4": 1, "ZZ-5": 1, "ZZ-6": 2, "ZZ-7": 2, "ZZ-9": 1,
         "UP-1": 1, "UP-2": 7, "UP-3": 3, "UP-4": 1, "UP-5": 2, "UP-6": 2, "UP-7": 1, "UP-8": 2, "UP-9": 1,
         "HR-1": 1, "HR-2": 1, "HR-3": 1, "HR-4": 1}


@pytest.mark.parametrize("code, pages", sorted(PAGES.items()))
def test_page_count_like_the_gazette(code, pages):
    assert len(PdfReader(BytesIO(pdf_of(code))).pages) == pages
    assert len(PdfReader(BytesIO(pdf_of(code, blank=True))).pages) == pages


@pytest.mark.parametrize("code", UP_1_5 + UP_6_9 + HR)
def test_samples_use_slovenian_and_cyrillic_letters(code):
    text = json.dumps(sample(code), ensure_ascii=False)
    assert re.search(r"[čšžČŠŽ]", text) and re.search(r"[\u0400-\u04FF]", text), code
