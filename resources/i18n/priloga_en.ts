<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sl_SI">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source> (vi)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dodaj…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Izklopi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Novo geslo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vklopi z novim geslom…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ime in priimek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izklopi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izklopi račun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izklopim račun {user} ({name})? Uporabnik se ne bo več mogel prijaviti; njegovi zapisi ostanejo. Račun lahko pozneje spet vklopite z novim geslom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izklopljen račun se ne more več prijaviti; njegovi zapisi ostanejo. Gesla ne vidi nihče – skrbnik lahko da le novo, ki ga uporabnik ob prijavi zamenja.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prekliči</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Račun {user} ({name}, {role}) je dodan; ob prvi prijavi si uporabnik izbere svoje geslo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Račun {user} je izklopljen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Računov ni bilo mogoče prebrati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spremeni &amp;vlogo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uporabnik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uporabniški računi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vloga</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vloga računa {user} je spremenjena.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dejaven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dejaven, mora zamenjati geslo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>izklopljen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user} ima novo geslo; ob naslednji prijavi ga zamenja.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddAccountDialog</name>
        <message>
            <source>&amp;Ime in priimek:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ponovite geslo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Uporabniško ime:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vloga:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Začetno geslo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dodaj račun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nov uporabniški račun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpišite ime in priimek, kot se izpiše na obrazcih.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpišite uporabniško ime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Začetno geslo sporočite uporabniku osebno; ob prvi prijavi si izbere svoje geslo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kot se izpiše na obrazcih</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>npr. mzagar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>(ni zadetkov)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dejanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dejanje:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Glave verige ni bilo mogoče prebrati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kaj</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naloži starejše</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ni vnosov za ta izbor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oseba: ime, EMŠO, št. dokumenta…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ponovno izračuna odtise vseh vnosov in pove, ali je kateri spremenjen, vstavljen ali izbrisan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preveri verigo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preverjam verigo (pri sto tisoč vnosih nekaj sekund)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prikazanih vnosov: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prikazanih vnosov: {n} (vsi za ta izbor)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revizijska sled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revizijske sledi ni bilo mogoče prebrati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spremenjena polja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uporabnik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uporabnik:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Veriga: {n} vnosov, glava {head}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verige ni bilo mogoče preveriti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vnos {seq} · postaja {station}
Kaj: {target} {target_id}
Oseba: {person}
Odtis: {hash}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vsa dejanja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vse osebe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vsi uporabniki</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Čas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✔ Veriga je nedotaknjena: {n} vnosov, glava {head}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ Veriga je pretrgana pri vnosu {seq}: {reason}. Vnosi od tu naprej niso zanesljivi; obvestite skrbnika.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupScheduler</name>
        <message>
            <source>Varnostna kopija</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostna kopija ni uspela: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostna kopija shranjena: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostna kopija {name} je narejena, vpis v revizijsko sled ali brisanje starejših kopij pa ni uspelo: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostna kopija …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostne kopije ni bilo mogoče narediti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostne kopije ni bilo mogoče pripraviti: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BooleanEditor</name>
        <message>
            <source>da</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>&amp;Novo geslo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ponovite novo geslo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sedanje geslo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gesla ni bilo mogoče spremeniti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geslo mora imeti vsaj 10 znakov in ne sme biti enako uporabniškemu imenu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Novo geslo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Novo geslo mora biti drugačno od sedanjega.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Novo geslo za {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sedanje geslo ni pravo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skrbnik vam je dal začetno geslo. Pred začetkom dela si izberite svoje geslo (vsaj 10 znakov); pozna ga le vi.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spremeni geslo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CodelistsDialog</name>
        <message>
            <source>&amp;Dodaj ali preimenuj</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ime:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Oznaka:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ime na obrazcu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oznaka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shranjeno: {value} – {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spremenjeno</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vnosov ni mogoče brisati: obrazci, ki jih že uporabljajo, ostanejo veljavni. Preimenovan vnos se izpiše z novim imenom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>da</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>npr. ljubljana-vic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Š&amp;ifrant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Šifranti</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CorrectionsDialog</name>
        <message>
            <source>Na obrazcu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec ostane, kot je; spremeni se le register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec se pri teh podatkih razlikuje od registra. Ob potrditvi se v registru osebe {name} zapišejo vrednosti z obrazca:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podatek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prevzemi popravke v register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prevzemi v register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V registru</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateEditor</name>
        <message>
            <source>Izberi datum na koledarju</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dd. mm. llll</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeadlinesView</name>
        <message>
            <source>Družina</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eurodac v (dneh od registracije)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izkaznico ZZ-8 izdati v (dneh)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kaj</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na seznamu {n}, od tega zamujenih {late} (stanje na {day}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nastavitve rokov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nastavitve rokov…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nova izjava UP-6 pred iztekom žepnine (dni)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odsotnost iz Slovenije nad (dni)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odsotnost iz centra nad (ur)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oseba ali obrazec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Osveži</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Označi, da so podatki izbrane osebe danes poslani v Eurodac</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podatki poslani v Eurodac</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podlaga</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ponudba ZZ-3 pred iztekom (dni)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Potrdilo ZZ-2 izdati v (dneh)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pravilo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rokov ni bilo mogoče prebrati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sporočanje sprememb v (dneh)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Začasna zaščita traja do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>danes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prihaja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zamuda</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Dne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dodaj</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dodaj dokument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izdan pri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Veljaven do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vrsta dokumenta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Številka</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftsModel</name>
        <message>
            <source>(brez imena)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ime in priimek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Osnutek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpisan (v{n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uradna oseba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zadnja sprememba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaključen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EraseConfirmDialog</name>
        <message>
            <source>&amp;Razlog izbrisa (brez osebnih podatkov):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izbris po poteku roka hrambe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izbrisa ni mogoče razveljaviti: podatki se izbrišejo iz zbirke in prepišejo. Serijske številke izkaznic ostanejo v evidenci, brez povezave z osebo in obrazcem. V revizijski sledi ostane zapis o izbrisu (brez osebnih podatkov) z razlogom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izbrisali boste: {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izbriši</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prekliči</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in še {n} drugih</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>npr. potek roka hrambe po 73. členu ZZZRO-1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Če oseba to zahteva, ji pred izbrisom izročite izpis njenih podatkov.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>&amp;Geslo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ime in priimek:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Končaj</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kraj:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nadaljuj prvi zagon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organ (zglavna štampiljka):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ponovite geslo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Uporabniško ime:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podatki na tej postaji bodo šifrirani. Ustvarite račun prvega skrbnika; skrbnik nato doda račune uradnih oseb. Geslo mora imeti vsaj 10 znakov. Pozabljenega gesla ni mogoče obnoviti – novo geslo lahko da le drug skrbnik.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podatki urada (privzeti na novih obrazcih; spremenite jih v Nastavitvah)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prvi skrbnik te postaje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prvi zagon ni končan: brez prvega skrbnika programa ni mogoče uporabljati. Želite končati?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prvi zagon – {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upravna &amp;enota:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upravne enote »{text}« ni na seznamu; izberite jo s seznama ali pustite polje prazno.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ustvari skrbnika</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpišite ime in priimek, kot se izpiše na obrazcih.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpišite uporabniško ime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kot se izpiše na obrazcih, npr. Mojca Žagar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>npr. Republika Slovenija, Upravna enota Ljubljana, Tobačna 5, 1000 Ljubljana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>začnite tipkati, npr. Ljub</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormWizard</name>
        <message>
            <source>(ni fotografije)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(podpisan, v{n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(zaključen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt; Nazaj</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dodaj v &amp;register…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dodaj v register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naprej &gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naslednja stran (Alt+N, Ctrl+PgDown, Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne zapri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazca ni bilo mogoče zaključiti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazca ni mogoče zaključiti, ker ima napake. Popravite jih in poskusite znova.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazca ni mogoče zaključiti, ker zadnje spremembe niso shranjene: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec je zaključen. Zdaj ga lahko podpišete, izvozite v PDF ali natisnete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec se razlikuje od registra osebe; zapiši popravke v register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Osebe ni bilo mogoče vpisati v register: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpisan obrazec (različica {v}) – dokončen, samo za branje.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ponovno odpri za urejanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Popravkov ni bilo mogoče zapisati v register: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prejšnja stran (Alt+B, Ctrl+PgUp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prevzemi popravke v register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prevzemi popravke v register ({n})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program bo spremembe poskusil shraniti znova sam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samodejno shranjeno ob {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shranjeno. Samodejno shranjeno ob {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shranjevanje ni uspelo: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpiši osebo iz izbrane vrstice v register in jo poveži kot družinskega člana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vse spremembe se samodejno shranjujejo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zadnjih sprememb ni bilo mogoče shraniti:
{error}

Če okno zaprete, bodo izgubljene. Ga vseeno zaprem?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaključen obrazec – samo za branje.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaključi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaključi obrazec (ko nima napak)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapri (Esc); vse je že shranjeno</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapri brez shranjevanja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapri okno</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>druga fotografija</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fotografija z obrazca</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source> Ključ je TESTNI – ni za prave dokumente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ne zaupaj več</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Odstrani ključ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Uvozi ključ (PKCS#12)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Zaupaj izdajatelju (CA)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(poteklo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dodan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geslo ključa »{name}«:
Geslo se uporabi le za preverjanje, da se ključ odpre; program ga ne shrani.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imetnik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izdajatelj</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izdajatelja ni bilo mogoče dodati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izdajatelju »{name}« ne zaupam več? Podpisi njegovih podpisnikov bodo prikazani kot »podpisnik ni med zaupanja vrednimi izdajatelji«.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ključ PKCS#12 (*.p12 *.pfx);;Vse datoteke (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ključ uradne osebe (PKCS#12: .p12 ali .pfx) se shrani tak, kot je, zaščiten z njenim geslom. Gesla program ne shrani: ob uvozu le preveri, da se ključ odpre, in ga vpišete ob vsakem podpisu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ključa ni bilo mogoče uvoziti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ključev ni bilo mogoče prebrati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ključi uradnih oseb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ključi za podpisovanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne zaupaj več</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobenemu izdajatelju še ne zaupate: vsak podpis bo prikazan kot »podpisnik ni med zaupanja vrednimi izdajatelji«. Dodajte potrdilo izdajatelja (npr. državnega overitelja) v obliki PEM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odstrani</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odstrani ključ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odstranim ključ »{name}« s te postaje? Že podpisani dokumenti ostanejo veljavni; za nove podpise bo treba ključ znova uvoziti.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpis velja le, če je potrdilo podpisnika izdal eden od teh izdajateljev.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Potrdilo izdajatelja (*.pem *.crt *.cer *.der);;Vse datoteke (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Potrdilo je poteklo; s tem ključem ni mogoče podpisovati.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prekliči</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prstni odtis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256: {fp}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TEST: testni ključ ali izdajatelj, le za preizkus programa. Testnemu izdajatelju program ne zaupa, dokler ga sami ne dodate med zaupanja vredne; za prave dokumente ga ne uporabljajte.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testni izdajatelj – zaupajte mu le za preizkus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testni ključ – ni za prave dokumente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uvozi ključ (PKCS#12)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uvožen ključ: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Velja od–do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vrsta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaupaj izdajatelju (CA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaupaj za preizkus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaupanja vreden izdajatelj: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaupanja vredni izdajatelji potrdil (CA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kartica (PKCS#11)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{name}« je TESTNI izdajatelj. Če mu zaupate, bodo dokumenti, podpisani s testnimi ključi, na tej postaji prikazani kot veljavni. Mu zaupate le za preizkus?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Geslo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odkleni</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odprta okna in vpisani podatki so shranjeni in se vrnejo po odklepu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prijava drugega uporabnika</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpišite geslo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaklenjeno</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapre okna tega uporabnika (vse je shranjeno) in odpre prijavo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({user})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>&amp;Geslo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Uporabniško ime:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prijava</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prijava – {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Račun ni več zaklenjen; poskusite znova.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ta postaja še nima uporabniških računov (datoteke s ključi ni). Zaprite program in ga odprite znova za prvi zagon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpišite geslo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpišite uporabniško ime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirke podatkov ni mogoče odpreti: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Izvozi PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Natisni…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nov obrazec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Odpri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Prijava drugega uporabnika…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Register oseb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Uporabniški računi…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Varnostna kopija zdaj</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Zakleni</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(brez imena)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(napaka v opisu obrazca)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+R</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+O</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dodaj ali preimenuj vnos v šifrantu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dodaj uradne osebe, nova gesla, vloge, izklop računov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Glava verige revizijske sledi (odtis zadnjega vnosa):
{head}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I&amp;zbriši osnutek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I&amp;zhod</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ime postaje, uradna oseba, organ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iskanje po imenu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izberite novo geslo za svoj račun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izbrišem osnutek »{name}«? Izbrisanega osnutka ni mogoče obnoviti.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izbriši</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izbriši izbrani osnutek (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izbriši osnutek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kdo je kaj naredil in kdaj; preverjanje verige zapisov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na&amp;stavitve…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Napačno geslo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nastavitev ni bilo mogoče shraniti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nastavitve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Natisni izbrani obrazec (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Natisni pr&amp;azen obrazec…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Natisni prazen obrazec izbrane vrste za izpolnjevanje na roke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Natisni prazen obrazec…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ni shranjenih obrazcev. Izberite obrazec na levi in kliknite »Nov obrazec«.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nov obrazec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nova &amp;oseba…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazca ni bilo mogoče odpreti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazca ni bilo mogoče začeti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazci</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec ostaja odprt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri &amp;PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri PDF izbranega obrazca v pregledovalniku</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri izbrani obrazec (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri o&amp;sebo obrazca</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri osebo iz registra, za katero je izbrani obrazec (Ctrl+Shift+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orodna vrstica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oseba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Osebe ni bilo mogoče odpreti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Osebe, njihove družine in obrazci (Ctrl+R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Osnutki</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poišči osebo v registru (Ctrl+R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pokaži, kako bo obrazec natisnjen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ponovno odpri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ponovno odpri za &amp;urejanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ponovno odpri za urejanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pošlji spremembe v centralni register in prevzemi novosti (F9); delo teče naprej</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Predogled &amp;tiskanja…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prekliči</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preostali poskusi pred začasnim zaklepom računa: {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priloga – obrazci začasne zaščite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raz&amp;veljavi številko izkaznice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Razveljavi številko izkaznice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;vizijska sled…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register oseb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revizijska sled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revizijska sled: {n} vnosov, glava {head}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;inhroniziraj</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seznama ni bilo mogoče prebrati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shrani izbrani obrazec kot PDF (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shranjeni obrazci</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spremeni &amp;geslo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uporabnik: {name} ({user}), {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uporabniški računi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostna kopija: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpiši novo osebo v register (Ctrl+Shift+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vsa stanja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vsi obrazci</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zadnjih sprememb obrazca ni bilo mogoče shraniti ({error}). Odklenite program in jih shranite, preden se prijavi drug uporabnik.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zakleni program; odklene ga vaše geslo (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaključen obrazec bo spet osnutek, ki ga lahko spreminjate. Ga želite ponovno odpreti za urejanje?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaključen obrazec spet omogoči za urejanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaključeni</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaključenih obrazcev ni mogoče izbrisati; izbrišete lahko le osnutke.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapri program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapri vsa okna in se prijavi kot drug uporabnik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Začni nov obrazec izbrane vrste (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirka: {path}    Postaja: {station}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>blank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>change_password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>codelists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new_person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open_pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open_person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>switch_user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>void</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} obrazca</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} obrazcev</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} obrazci</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} obrazec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Š&amp;ifranti…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Šifranti</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Šifrirana kopija zbirke in ključev v mapo varnostnih kopij</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Številka pokvarjene izkaznice se razveljavi (nikoli več ne uporabi); izkaznica dobi novo številko ob ponovnem zaključku</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Številka {serial} je razveljavljena in se ne bo več uporabila. Izkaznica je spet osnutek; ob ponovnem zaključku dobi novo številko.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Številke ni bilo mogoče razveljaviti: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <source>&amp;Dodaj družinskega člana…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stanje:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datum rojstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dodaj do&amp;kument…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokumenta ni bilo mogoče vpisati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokumenti</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Družina</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Družinskega člana ni bilo mogoče vpisati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Družinski član</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dvakrat kliknite obrazec ali ga izberite in pritisnite Enter, da ga odprete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fotografija</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fotografija (35 x 45 mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izdan pri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izpis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izpis je shranjen v {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izpis za posameznika</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izpis za posameznika…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izpisa ni bilo mogoče pripraviti ali shraniti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naslednji obrazci</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naziv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ni vpisanih dokumentov.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ni vpisanih družinskih članov.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nov obrazec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nova oseba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazca ni bilo mogoče začeti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec {code} izpolnite za družinskega člana:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec {code} je za družinskega člana; osebi najprej dodajte družinskega člana.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri družinskega člana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oseba – {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Osebe ni bilo mogoče prebrati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Osebni podatki</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Osnutek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podatkov osebe ni bilo mogoče prebrati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priimek in ime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Razmerje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shranjevanje ni uspelo: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Veljaven do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vloženi obrazci</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpišite priimek in ime. Oseba se vpiše v register ob prvem vnosu; nato lahko dodate fotografijo, dokumente in družinske člane.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vrsta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vse spremembe se sproti shranjujejo v register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vsi podatki o osebi v PDF, npr. na njeno zahtevo za dostop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za katerega družinskega člana?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za osebo še ni obrazcev.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za to osebo zdaj ni predlaganih obrazcev.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zadnja sprememba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaključen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zastopanje, spremstvo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>na podlagi obrazca {code} z dne {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spremlja mladoletno osebo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zakoniti zastopnik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Številka</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonsModel</name>
        <message>
            <source>(brez imena)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datum rojstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Državljanstvo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EMŠO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priimek in ime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stanje</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoCropDialog</name>
        <message>
            <source>Izrez fotografije (35 x 45 mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Povlecite okvir z miško ali ga premikajte s puščicami (s tipko Shift hitreje). Velikost spremenite s kolescem miške, s tipkama + in − ali z drsnikom. Obraz naj bo v sredini, oči v zgornji tretjini.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Predogled:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Velikost izreza</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Velikost:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoField</name>
        <message>
            <source>Fotografija</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fotografije JPEG in PNG (*.jpg *.jpeg *.png);;Vse datoteke (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fotografije ni bilo mogoče odstraniti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fotografije ni bilo mogoče shraniti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izberi fotografijo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izberi fotografijo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odstrani</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Premakni izrez…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ni fotografije
(35 x 45 mm)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintQueueDialog</name>
        <message>
            <source>&amp;Tiskalnik:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(brez imena)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CUPS: {queue}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iskanje po imenu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izberi v pogovornem oknu za tiskanje …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izberi vse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izbranih: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izkaznice:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Natisni</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Natisnjeno</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpisan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poslano na tiskalnik {printer}: {n} dokumentov v {jobs} poslih (ponatisov: {reprints}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Počisti izbor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiska ni bilo mogoče pripraviti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiskalna vrsta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiskanje ni uspelo: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaključen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>na pole A4 (3 × 3, robne oznake, obojestransko)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>posamično na kartice 91 × 60 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vsaka na svoj A4 za plastificiranje (spredaj in zadaj ob pregibu)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>v{n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}×</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintSetupDialog</name>
        <message>
            <source>&amp;Tiskalnik:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brez popravka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Natisni umeritveno stran</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Natisnite umeritveno stran na navaden papir A4 (merilo 100 %), z ravnilom izmerite razdalje, kot piše na strani, in jih vpišite. Popravek velja za vsa nadaljnja tiskanja na ta tiskalnik.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Popravek:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Popravka ni bilo mogoče shraniti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shrani</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiskanje ni uspelo: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trenutno:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Umerjanje tiskalnika</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpiše pravilne mere: tiskalnik bo tiskal brez premika in merila</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a) levi rob – križec A:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>b) zgornji rob – križec A:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>c) križec A – križec B (vodoravno):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d) križec A – križec C (navpično):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegisterPanel</name>
        <message>
            <source>Iskanje ne loči velikih in malih črk ter šumnikov: »sevc« najde »Ševčenko«. Puščica dol preide na seznam, Enter odpre osebo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iskanje ni uspelo: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobena oseba ne ustreza iskanju.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nova oseba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri izbrano osebo (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri osebo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priimek, ime, EMŠO, št. dokumenta ali datum rojstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register je prazen. Novo osebo vpišete z gumbom »Nova oseba« (Ctrl+Shift+N).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpiši novo osebo v register (Ctrl+Shift+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} najdena oseba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} najdene osebe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} najdeni osebi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} najdenih oseb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} oseb v registru; prikazane so nazadnje spremenjene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} oseba v registru; prikazane so nazadnje spremenjene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} osebe v registru; prikazane so nazadnje spremenjene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} osebi v registru; prikazane so nazadnje spremenjene</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RelativeDialog</name>
        <message>
            <source>&amp;Ime:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nova oseba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Priimek:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vrsta:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datum &amp;rojstva:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datum rojstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dodaj</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Družinski član je osebi {name}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Družinski član osebe {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oseba, ki je že v &amp;registru</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prevzemi državljanstvo, naslova ter datuma odhoda in vstopa od osebe {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priimek, ime, EMŠO, št. dokumenta ali datum rojstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Razmerje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spo&amp;l:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>družinski član je zakoniti zastopnik osebe {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>družinski član spremlja mladoletno osebo {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} je družinskemu članu:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} je zakoniti zastopnik družinskega člana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} spremlja mladoletnega družinskega člana</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>&amp;Novo geslo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ponovite geslo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nastavi geslo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Novo geslo za {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Račun je izklopljen; z novim geslom se spet vklopi.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} si ob naslednji prijavi izbere svoje geslo.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source> mes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Izbriši…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Osveži</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Počisti izbor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Shrani roke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dnevnik zbirke bo očiščen, ko ga drugi programi prenehajo brati.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ime oziroma naziv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izberi &amp;vse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izbris ni uspel, nič ni izbrisano: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izbrisa ni bilo mogoče pripraviti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izbrisano: {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ni zapisov, ki bi jim potekel rok hrambe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Privzeti &amp;roki</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Privzeti roki so izbrani po analogiji s 115. členom Zakona o tujcih (pet let); upravljavec jih mora preveriti glede na 73. člen Zakona o začasni zaščiti razseljenih oseb (ZZZRO-1). »brez roka«: zapisi te vrste se ne brišejo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Razlog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roke hrambe nastavi skrbnik.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roki hrambe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roki hrambe in izbris</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roki hrambe so shranjeni.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rokov hrambe ni bilo mogoče prebrati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rokov hrambe ni bilo mogoče shraniti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seznama ni bilo mogoče pripraviti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vrsta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za izbris</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za izbris od</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za izbris: {total}, izbranih: {checked}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapisi, ki jim je potekel rok hrambe, najdlje zapadli najprej. Izberite jih in kliknite »Izbriši…«. Družina se izbriše skupaj, ko poteče rok zadnjemu družinskemu članu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>brez roka</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>&amp;Vloga:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spremeni vlogo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vloga določa, kaj uporabnik v programu vidi in sme narediti.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vloga za {user}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ime delovne postaje:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organ (zglavna štampiljka):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Uradna oseba:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Zakleni po nedejavnosti:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ime postaje, organ in čas do zaklepa nastavi skrbnik.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nastavitve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Po toliko minutah brez dela se program zaklene; odklene ga geslo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uradna oseba in organ se vpišeta v vsak nov obrazec; v obrazcu ju lahko spremenite.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatisticsView</name>
        <message>
            <source>Državljanstvo (prosilci in osebe z zaščito)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izkaznice, prepustnice ZZ-9, mladoletniki brez spremstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izvoz ni uspel: {error}. Izberite drugo mapo ali obdobje.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izvoz statistike</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izvozi CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izvozi PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obdobje od</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazci za pravice (UP) po vrsti</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prihodi in vloge na dan, trend in projekcija prihodov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prikaži</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stanje oseb na zadnji dan obdobja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starostne skupine in spol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statistika</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ZZ-9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>brez spremstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>izdane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moški</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>obrazci</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>osebe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prihodi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>projekcija</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>projekcija prihodov (ni napoved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>razveljavljene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>trend prihodov (najmanjši kvadrati)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vloge ZZ-1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} – {end}: prihodov {arrivals}, vlog {applications}; na {end} z začasno zaščito {protected}, mladoletnikov brez spremstva {minors}. Projekcija je podaljšana premica trenda (najmanjši kvadrati), ne napoved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>število</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ženske</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Drugo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dvakrat kliknite opozorilo ali ga izberite in pritisnite Enter, da odprete polje.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elektronsko podpiši obrazec in shrani podpisani PDF (Ctrl+Shift+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izvozi PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Natisni…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec nima napak ne opozoril.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpisan obrazec ostane, kot je; popravek je nov osnutek z istimi podatki</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpiši in izvozi…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ponovno odpri za urejanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Popravek (nova različica)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Predogled tiskanja…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pregled in zaključek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preveri podpis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stanje: osnutek. Vse spremembe so sproti shranjene. Ko napak ni več, obrazec zaključite z gumbom »Zaključi«.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stanje: podpisan (različica {v}) {when}, podpisnik {signer}. Podpisan obrazec je dokončen in ga ni mogoče spreminjati; za spremembo naredite popravek (nova različica).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stanje: zaključen {when}. Obrazec je samo za branje; za spremembe ga ponovno odprite za urejanje.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} napak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} napaka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} napake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} napaki</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} opozoril</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} opozorila</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} opozorili</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} opozorilo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncScheduler</name>
        <message>
            <source>Konfliktov: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neposlanih: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sinhronizacija ni uspela: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sinhronizacija s centralnim registrom …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sinhronizirano: poslanih {pushed}, sprejetih {applied}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sinhronizirano: {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spremembe, ki še niso v centralnem registru: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zavrnjenih: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>konfliktov {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zavrnjenih {n}: {first}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Še ni bilo sinhronizacije</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Postaja je preklicana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Postaja ni vpisana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Register ni dosegljiv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Zavrnjeno</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TableEditor</name>
        <message>
            <source>&amp;Dodaj vrstico</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Odstrani vrstico</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dodaj vrstico (Ctrl+Insert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odstrani izbrano vrstico</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>največ {max} vrstic</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>  (TESTNO potrdilo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izdajatelj potrdila:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izdajatelj zaupanja vreden:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpisnik:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpisov v dokumentu:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preverjanje podpisa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prstni odtis potrdila:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spremenjen po podpisu:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>da</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Čas podpisa:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Časovni žig:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Če izdajatelju podpisnikovega potrdila zaupate, ga dodajte v Orodja › Ključi za podpisovanje… › Zaupaj izdajatelju (CA)…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <source>&amp;Razlog:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Razveljavi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Razveljavi številko izkaznice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpišite razlog razveljavitve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>npr. napaka pri tisku, poškodovana kartica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Številka {serial} bo razveljavljena in se ne bo nikoli več uporabila. Izkaznica postane spet osnutek in ob zaključku dobi novo številko.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>accounts</name>
        <message>
            <source>nadzornik (tudi razveljavi, popravi podpisano, revizijska sled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skrbnik (tudi računi, šifranti, nastavitve)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>uradna oseba (izpolnjuje, podpisuje, tiska)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Nepričakovana napaka: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pred začetkom dela si morate izbrati novo geslo.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>datoteka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dokument osebe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>družinska povezava</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ključ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nadzornik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nastavitev</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nastavljeno</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nedejavnost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ni več zaupanja vreden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>novo geslo od skrbnika</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>obrazec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>odstranjeno</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>oseba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>polje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>povezano</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>različica</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>razlog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>račun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sekund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>serijska številka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skrbnik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sprememba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spremenjeno</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tiskalnik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>uporabnik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>uradna oseba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ustvarjeno</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>uvoženo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vloga</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vrsta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zaupanja vreden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zaupanja vreden izdajatelj</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>šifrant</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Da</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prekliči</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V redu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapri</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>Datoteke ni bilo mogoče zapisati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izvoz PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izvozi PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na tem računalniku ni programa za branje PDF. Datoteka je shranjena v {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF ni bilo mogoče pripraviti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prazen obrazec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Predogleda ni bilo mogoče pripraviti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revizijska sled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiskanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiskanje ni uspelo: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapis v revizijsko sled ni uspel: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>vpišite del imena države</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <source>Gesli se ne ujemata.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geslo ustreza pravilom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Napačno uporabniško ime ali geslo. Preverite, ali je vklopljena tipka Caps Lock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preostali poskusi pred začasnim zaklepom računa: {n} od {total}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Račun je zaradi ponavljajočih se napačnih gesel začasno zaklenjen še {s} s. Počakajte ali prosite skrbnika za novo geslo.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>    a) razdaljo od LEVEGA roba lista do navpične črte križca A (pravilno 20 mm),</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>    b) razdaljo od ZGORNJEGA roba lista do vodoravne črte križca A (pravilno 20 mm),</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>    c) razdaljo med križcema A in B – vodoravno (pravilno {AB_MM} mm),</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>    d) razdaljo med križcema A in C – navpično (pravilno {AC_MM} mm).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (po sedanjih podatkih do {format_date(retention['due_since'])})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Vpisani podatki so ostali na zaslonu; kar je bilo shranjeno prej, je nepoškodovano.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> WHERE {" AND ".join(f"{column} = ?" for column, _ in given)}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> in table {table}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> x  točk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Še {remaining} poskusov, nato se račun začasno zaklene.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(izberite ob tiskanju)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(velja od {show_date(info.not_before)} do {show_date(info.not_after)})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>({" OR ".join(dict.fromkeys(f'"{k}"*' for k in [t, *search_keys(t)]))})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, a začasna zaščita traja le do {until}, zato je obdobje krajše</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. To stran natisnite na navaden papir A4 brez prilagajanja velikosti (merilo 100 %, brez »prilagodi strani«).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. Izmerite z ravnilom (na 0,5 mm natančno) in vpišite v Orodja › Umerjanje tiskalnika:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>26. člen Uredbe (EU) 2024/1358 (Eurodac; besedila ni med viri — preverite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. Program izračuna premik in merilo ter ju uporabi pri vsakem tiskanju na ta tiskalnik.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. člen {PRAVILNIK}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4. Družinski člani</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4. Preverite: okvir izkaznice meri 91 × 60 mm, okvir fotografije 35 × 45 mm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4. člen {PRAVILNIK}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>56. člen ZZZRO-1 in 14. člen {UREDBA}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6. Serijske številke izkaznic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>7. člen {PRAVILNIK}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>73. člen ZZZRO-1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; XXA = brez državljanstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; z družino ({family}), rok poteče z zadnjim družinskim članom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Centralni register ({url.split('/v1/')[0]}) ni dosegljiv: {err}. Delo na postaji teče naprej; sinhronizirajte, ko bo povezava spet na voljo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Centralni register je zavrnil zahtevo: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteka je prevelika ({size // (1024 * 1024)} MB); izberite fotografijo, manjšo od 30 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteka ni berljiv dokument PDF ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteka ni berljiv dokument PDF ali je poškodovana ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteka ni fotografija v obliki JPEG ali PNG; izberite fotografijo v eni od teh oblik.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteka ni potrdilo X.509 (PEM ali DER).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteka s ključi je ostala, kot je bila.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteka s ključi varnostne kopije {backup_file.name} ni uporabna ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteka s ključi {self.path} je poškodovana ({detail}); z njo se ni mogoče prijaviti. Obnovite jo iz varnostne kopije (priloga restore); datoteke program ni spreminjal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteka s ključi {self.path} že obstaja; prijavite se z obstoječim računom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteka {name} je prazna ali prekratka; varnostna kopija je nepopolna.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteka {name} ni šifrirana; to ni varnostna kopija programa Priloga.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteka {self.path} ni datoteka s ključi programa Priloga.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteka{name} ni ključ PKCS#12 (.p12, .pfx) ali pa je poškodovana.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteke s ključi {keys_path.name} ni; brez nje varnostne kopije ne bi bilo mogoče odpreti.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteke s ključi {self.path} ni mogoče prebrati ({exc.strerror or exc}); preverite disk in pravice mape ali jo obnovite iz varnostne kopije (priloga restore).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteke s ključi {self.path} ni mogoče zapisati ({exc.strerror or exc}); sprostite prostor na disku ali preverite pravice mape. {kept}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteke s ključi {self.path} ni; ob prvem zagonu ustvarite prvega skrbnika.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datum in čas: {when.strftime(TIME_FORMAT)}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datum odhoda iz izvorne države</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Davčna številka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dnevnik zadnjih sprememb {wal} je poškodovan: {lost} shranjenih sprememb za poškodovanim mestom program ne more prebrati in bi jih ob odprtju izgubil. Datotek program ni spreminjal. Obnovite zbirko iz varnostne kopije (priloga restore) ali pokličite podporo; če želite nadaljevati brez teh sprememb, datoteko {wal} premaknite drugam (ne izbrišite je).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument ima {count} strani; strani s številko {page} (šteto od 0) ni.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument je bil po podpisu spremenjen ({change}); podpis velja le za prvotno različico, ne za ta dokument.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument je bil po podpisu spremenjen ({what}); podpis velja le za prvotno različico, ne za ta dokument.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument je potekel: »{label}« je {date}, pred datumom {on}; preverite, ali ima prosilec veljaven dokument, in to zabeležite v ugotovitvah uradne osebe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument ni elektronsko podpisan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument ni podpisan; razširiti je mogoče le podpisan dokument.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokumenta ni bilo mogoče podpisati ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Država rojstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Državljanstvo (prosilci in osebe z zaščito)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EMŠO pripada osebi drugega spola, kot je vpisan; popravite EMŠO ali spol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EMŠO vsebuje datum rojstva {emso_date}, vpisan pa je {date}; popravite EMŠO ali datum rojstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EMŠO {value}, rojstni datum {format_date(key)}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eurodac v (dneh od registracije)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fotografija je prazna (brez slikovnih točk).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fotografija je premajhna ({image.size[0]} x {image.size[1]} točk); za 35 x 45 mm potrebujete vsaj 300 x 390 točk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fotografija je prevelika ({width} x {height} točk); izberite fotografijo z največ {MAX_PIXELS // 1_000_000} milijoni točk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fotografije ni mogoče prebrati: datoteka ni slika JPEG ali PNG ali pa je poškodovana ({exc.__class__.__name__}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fotografije ni mogoče prebrati: datoteke {path} ni; izberite obstoječo fotografijo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fotografije ni mogoče prebrati: {path} ({exc.strerror}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fotografije ni v registru.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geslo je preveč enolično (vsaj štirje različni znaki).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geslo mora imeti vsaj {PASSWORD_MIN_LENGTH} znakov (ima jih {len(password)}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geslo ne sme biti enako uporabniškemu imenu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geslo za prenos: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ISO 3166-1 alpha-3{"; XXA = brez državljanstva" if field.stateless else ""}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izberite zapise za izbris.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izdan pri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izkaznice na polah</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izkaznice za plastificiranje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izpis vsebuje vse podatke, ki jih o osebi hrani ta delovna postaja programa Priloga: podatke v registru oseb, fotografijo, dokumente, družinske člane, vse obrazce, vložene za osebo, z vsemi vpisanimi podatki, podpise in tiskanja ter serijske številke izkaznic (pravica posameznika do dostopa, 15. člen Splošne uredbe o varstvu podatkov).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ključ iz datoteke s ključi ne ustreza odprti zbirki podatkov.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ključa na kartici ni mogoče uporabiti ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ključa »{info.common_name}« ni mogoče uporabiti za podpis ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ključa{name} ni mogoče odpreti ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knjižnica SQLCipher ne šifrira (različica brez šifriranja); namestite sqlcipher3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontrolna številka {what} v strojno berljivem zapisu ni pravilna (je {digit}, mora biti {hash_string(value)}): preverite prepisane znake ali dokument preberite znova.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mapa za varnostne kopije {folder} ni dosegljiva (ni mape {folder.parent}); priključite disk ali izberite drugo mapo v nastavitvah.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mape za podatke {path.parent} ni mogoče ustvariti ({exc.strerror}); izberite drugo mapo z nastavitvijo PRILOGA_DATA_DIR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mape za varnostne kopije {folder} ni mogoče prebrati ({exc.strerror or exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mape za varnostne kopije {folder} ni mogoče ustvariti ({exc.strerror or exc}); izberite drugo mapo v nastavitvah.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mape {folder} ni mogoče odpreti ({exc.strerror or exc}); preverite pravice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mape {folder} ni mogoče ustvariti ({exc.strerror or exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merila na robovih kažejo milimetre od roba lista; kar manjka ob robu, tiskalnik ne natisne.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na disku z mapo s podatki{folder} ni več prostora; sprostite prostor (izbrišite ali premaknite nepotrebne datoteke) in poskusite znova.{kept}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na disku z mapo {folder} je zmanjkalo prostora; varnostna kopija ni bila narejena (starejše so ostale). Sprostite prostor ali izberite drugo mapo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na disku z mapo {folder} ni dovolj prostora za obnovo; nič ni bilo spremenjeno.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na disku z mapo {folder} ni dovolj prostora za varnostno kopijo (potrebnih je {_mb(needed)}, prostih {_mb(free)}); sprostite prostor ali izberite drugo mapo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na disku z mapo {self.path.parent} ni več prostora, zato datoteke s ključi {self.path.name} ni mogoče zapisati; sprostite prostor in poskusite znova. {kept}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na sliki ni mogoče najti strojno berljivega zapisa: fotografirajte celo stran s podatki, ostro in brez odseva, ali zapis prepišite.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na tem računalniku ni tiskalnega sistema CUPS (ukaza lp in lpstat manjkata).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Napačno geslo za ključ{name}; vnesite geslo, ki ste ga dobili s ključem.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Napačno uporabniško ime ali geslo. Preverite, ali je vklopljena tipka Caps Lock.{extra}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naslov ključa na kartici mora biti URI PKCS#11 (pkcs11:…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Navedite razlog izbrisa (npr. »potek roka hrambe po 73. členu ZZZRO-1«).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neznana vloga »{role}«; mogoče so: {", ".join(ROLE_NAMES[r] for r in ROLES)}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neznano polje »{field}« v obrazcu {code}; odstranite ga.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ni vpisanih dokumentov.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ni vpisanih družinskih članov.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nova izjava UP-6 pred iztekom žepnine (dni)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nova izjava za žepnino (UP-6) je mogoča</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ob varnostni kopiji {backup_file.name} ni njene datoteke s ključi ({backup_keys.name}); brez nje je ni mogoče odpreti.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obdobje {period}; stanje na {format_date(figures.end)}. Projekcija je podaljšana premica trenda prihodov za {weeks} tednov, ne napoved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obnova ni uspela ({exc.strerror or exc}); nič ni bilo spremenjeno.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obnovljene zbirke podatkov ni mogoče odpreti ({exc}); prejšnja je shranjena kot {kept.name if kept else '–'}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazca {self.definition.code} ni mogoče natisniti: del obrazca je višji od strani (preverite dolge vrednosti).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazca {self.definition.code} ni mogoče natisniti: {longest} je predolg ({length} znakov) za svoje mesto na obrazcu, ki se ne nadaljuje na naslednji strani; skrajšajte ga.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazci za pravice (UP) po vrsti</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec {definition.code} ni izkaznica (page: {layout.get('page', 'A4')}); ta izvoz tiska le izkaznice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec {definition.code} ni v obliki A4 (page: {layout.get('page')}); ta izvoz tiska le obrazce A4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec {self.definition.code}: neznana vrsta bloka za tisk {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec »{draft.title or draft.form_code}« ni zaključen; tiskajo se le zaključeni obrazci.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odsotnost iz Republike Slovenije nad mejo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odsotnost iz Slovenije nad (dni)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odsotnost iz centra nad (ur)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odsotnost iz nastanitvenega centra nad mejo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oseba je 18 let dopolnila {eighteenth}, pred začetkom tekočega šolskega leta ({start}); potrdilo zaradi šolanja je le za mladoletno osebo ali osebo, ki je 18 let dopolnila v tekočem šolskem letu — preverite datum rojstva ali izdajte potrdilo zaradi zdravstvenih razlogov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oseba je na dan {on} stara {age} let ({years} let {tense} {birthday}); to velja le za osebo, starejšo od {years} let, torej od {first} — preverite datum rojstva ali datum obrazca</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oseba: {person['name']}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Osebe z začasno zaščito na zadnji dan obdobja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Osebi ni bila izdana izkaznica.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oznaka upravne enote »{office}« ni veljavna; izberite upravno enoto s seznama (oznaka so male črke brez šumnikov, npr. »logatec« ali »ilirska-bistrica«).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oznaka »{value}« ni veljavna: do 40 malih črk brez strešic, številk in vezajev (npr. nova-gorica).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Označite ali izpolnite vsaj eno: {labels}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Označite enega od razlogov: {labels}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Označite le en razlog, ne več hkrati ({labels})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pisanje na disk z mapo s podatki{folder} ni uspelo (napaka vhoda/izhoda): disk je morda odklopljen, poln ali okvarjen. Preverite disk (ali omrežni pogon) in poskusite znova.{kept}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pisave za PDF ni mogoče naložiti: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Po EMŠO je vlagatelj na dan {on} mladoleten ({age} let), zato vlogo vloži zakoniti zastopnik: »{label}« je obvezen podatek; vpišite ga</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podatki za Eurodac niso označeni kot poslani</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpis je nepoškodovan, a podpisnik ni znan: njegovega potrdila ni izdal zaupanja vreden overitelj (uvozite potrdilo overitelja ali uporabite --trust CA.pem).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpis je veljaven: dokument ni bil spremenjen po podpisu, podpisnik je potrjen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpis ni veljaven: kriptografsko preverjanje podpisa ni uspelo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpis ni veljaven: podpis ne pokriva celotnega dokumenta, kot je bil podpisan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpis ni veljaven: podpisa ni mogoče preveriti ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpis ni veljaven: podpisana vsebina je bila spremenjena (dokument je bil ponarejen ali poškodovan).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpisa ni bilo mogoče razširiti (časovni žig, podatki o veljavnosti): {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpisati je mogoče le zaključen obrazec; obrazec najprej zaključite.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpisovanje s pametno kartico ali žetonom (PKCS#11) na tem računalniku ni na voljo: ni nameščen modul python-pkcs11. Uporabite ključ PKCS#12 (.p12).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postaja še ni vpisana v centralni register: priloga enrol URL KODA (kodo izda skrbnik centralnega registra).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Potrdilo je poteklo {show_date(info.not_after)} {period.replace('velja', 'veljalo je')}; s tem ključem ni mogoče podpisovati. Uvozite novo potrdilo uradne osebe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Potrdilo ključa je poteklo {show_date(info.not_after)} (veljalo je od {show_date(info.not_before)} do {show_date(info.not_after)}); uvozite veljavno potrdilo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Potrdilo »{info.common_name}« ni namenjeno podpisovanju (uporaba ključa ne dovoljuje digitalnega podpisa).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Potrdilo »{info.common_name}« ni potrdilo overitelja (CA); zaupati je mogoče le izdajatelju potrdil, ne posameznemu podpisniku.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Potrdilo še ne velja: velja šele od {show_date(info.not_before)} {period}; podpisovanje s tem ključem še ni mogoče.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pravilnika o obrazcih vlog, potrdil, izkaznice in prepustnice … (Uradni list RS, št. 55/2025)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepustnice za premestitev (ZZ-9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prihodi in vloge na dan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prihodi: projekcija trenda (ni napoved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priimek in ime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prosilec je na dan {on} mladoleten ({age} let), zato je »{label}« obvezen podatek; vpišite ga</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prosilec je na dan {on} mladoleten ({age} let): vpišite vsaj eno osebo v »{label}«</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Razlog izbrisa je predolg (največ 300 znakov).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Razlog izbrisa ne sme vsebovati osebnih podatkov (imena, EMŠO, številke dokumenta), ker ostane v revizijski sledi; navedite le podlago, npr. »potek roka hrambe po 73. členu ZZZRO-1«.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Račun je zaradi ponavljajočih se napačnih gesel začasno zaklenjen še {seconds} s (do {until.astimezone().strftime('%H:%M:%S')}). Počakajte ali prosite skrbnika za novo geslo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revizijska sled je pretrgana pri vnosu {check.first_broken} ({check.reason}); prenos ni mogoč, dokler nadzornik tega ne razišče.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rok hrambe je potekel: izbris</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seja je zaprta; za sinhronizacijo se znova prijavite.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seja je zaprta; za varnostno kopijo se znova prijavite.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serijska številka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serijska številka {serial} je že razveljavljena ({when}); razveljavljene številke ni mogoče ponovno razveljaviti ali uporabiti. Za novo izkaznico izdajte novo serijsko številko.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serijske številke ni mogoče izdati: osnutka {draft_id} ali osebe {person_id} ni v zbirki ({exc}); izdajte jo iz shranjenega obrazca.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serijske številke »{serial}« ni v evidenci izdanih izkaznic; preverite, ali je prepisana pravilno (npr. LOGATEC-000418).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slike ni mogoče prebrati ({exc}); izberite fotografijo ali sken strani s podatki.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sporočanje sprememb v (dneh)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sprememba ni sporočena v roku (UP-8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stanje na zadnji dan obdobja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starostne skupine in spol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strojno berljivi zapis mora imeti dve vrstici po 44 znakov (potni list), dve po 36 ali tri po 30 znakov (osebna izkaznica); prejeto: {", ".join(str(len(line)) for line in lines)} znakov.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strojno berljivi zapis sme vsebovati le velike črke A–Z, številke in znak &lt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Svojega računa ne morete izklopiti; to naj stori drug skrbnik.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TEST uradna oseba Mojca Žagar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Telefonska številka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiskalni sistem ni vrnil številke posla ({out.strip() or 'brez odgovora'}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiskalni sistem se ni odzval v {TIMEOUT} s ({args[0]}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiskalnik: {printer or '(izberite ob tiskanju)'}    Natisnjeno: {when.strftime('%d. %m. %Y %H:%M')}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiskanje ni uspelo: {err[-1] if err else f'{args[0]} je vrnil {result.returncode}'}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To je edini dejavni skrbnik; najprej dodelite vlogo skrbnika še komu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ukaza {args[0]} ni mogoče zagnati ({exc.strerror}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uporabniškega računa »{username}« ni.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uporabniški račun »{self.account.username}« je izklopljen; za ponoven vklop prosite skrbnika.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uporabniški račun »{username}« že obstaja; izberite drugo ime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uporabniško ime mora imeti od 1 do 64 znakov, brez znakov / \ :.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uradna oseba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uredbe o načinu uveljavljanja in zagotavljanja pravic … (Uradni list RS, št. 55/2025)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V datoteki ni nobenega potrdila.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V datoteki{name} ni zasebnega ključa s potrdilom; uvozite datoteko .p12 uradne osebe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V mapo s podatki{folder} ni mogoče pisati (samo za branje); preverite pravice mape ali izberite drugo mapo z nastavitvijo PRILOGA_DATA_DIR.{kept}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V mapo za varnostne kopije {folder} ni mogoče pisati ({reason}); preverite, ali je disk priključen in ni samo za branje, ali izberite drugo mapo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V mapo {path.parent} ni mogoče pisati (je samo za branje), zato program zbirke podatkov {path.name} v njej ne more odpreti. Preverite pravice mape in ali ni disk priključen samo za branje, ali izberite drugo mapo z nastavitvijo PRILOGA_DATA_DIR. Podatkov program ni spreminjal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V mapo {self.path.parent} ni mogoče pisati (samo za branje ali brez pravic), zato datoteke s ključi {self.path.name} ni mogoče zapisati; preverite pravice mape ali disk. {kept}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V naslovu PKCS#11 manjka module-path (knjižnica gonilnika kartice).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V obrazcu ni vpisanih podatkov.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V varnostni kopiji ni dejavnega uporabniškega računa »{username}«; prijavite se z računom, ki je obstajal ob varnostni kopiji.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostna kopija in obnovljena zbirka podatkov morata biti različni datoteki.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostna kopija {name} je poškodovana ({'; '.join(map(str, problems[:3]))}); izberite drugo varnostno kopijo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostna kopija {name} je poškodovana ali ne ustreza svoji datoteki s ključi ({exc}); izberite drugo varnostno kopijo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostna kopija {name} nima uporabniških računov ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostne kopije ni bilo mogoče narediti ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostne kopije {backup_file.name} ni mogoče odpreti: {exc} Velja geslo, ki ste ga imeli ob varnostni kopiji.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostne kopije {backup_file} ni.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostne kopije {name} ni mogoče prebrati ({exc.strerror or exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Varnostno kopijo {backup_file.name} je naredila novejša različica programa (shema {version}); posodobite program Priloga.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Veljaven do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vloge za začasno zaščito</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpišite ime in priimek uradne osebe (izpiše se na obrazcih).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vpišite ime vnosa (do 120 znakov), kot se izpiše na obrazcu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vrstica {markers[index] if index &lt; len(markers) else index + 1}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vrstica {row} v »{table}« ni zapisana kot vrstica s stolpci.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vrstica {row} v »{table}«: neznan stolpec »{column}«.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vrstica {row} v »{table}«: {template}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vrstica {row} v »{table}«: »{label}« je obvezen podatek; vpišite ga ali odstranite vrstico.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vrstice v »{label}« niso v predpisanem vrstnem redu ({order_text}): vrstica {row} ({value}) mora biti pred vrstico {before} ({before_value}); razvrstite jih — program jih razvrsti sam, ko podatke shranite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za branje iz slike je potreben program Tesseract (Linux: apt-get install tesseract-ocr); strojno berljivi zapis lahko tudi prepišete ali preberete s čitalnikom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za izbris ni (več) na vrsti: {', '.join(ids)}. Izbrisati je mogoče le zapise, ki jim je potekel rok hrambe; osvežite seznam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za osebo ni vloženih obrazcev.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za razveljavitev serijske številke {serial} navedite razlog (npr. napaka v tisku, izgubljena ali poškodovana izkaznica).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za tisk na pole ni nobene izkaznice; izberite vsaj eno.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za tisk ni dokumenta PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za tisk ni nobene izkaznice; izberite vsaj eno.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Za {what} potrebujete vlogo »{ROLE_NAMES.get(needed, needed)}« (vaša vloga: {ROLE_NAMES.get(role, role)}); prosite nadzornika ali skrbnika, naj to opravi ali vam dodeli vlogo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapis v zbirko podatkov ni uspel ({exc}); vpisani podatki so ostali na zaslonu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaupanja vrednega potrdila ni mogoče prebrati: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Začasna zaščita prenehala</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Začasna zaščita se izteka: ponuditi vlogo ZZ-3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Začasna zaščita traja do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirka podatkov je poškodovana ({exc}); zaprite program in jo obnovite iz varnostne kopije (priloga restore). Shranjeni podatki v drugih delih zbirke niso spremenjeni.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirka podatkov {path} je poškodovana (datoteka je odrezana: {size} bajtov ni celo število strani po {page} bajtov). Obnovite jo iz varnostne kopije (priloga restore); datoteke program ni spreminjal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirka podatkov {path} je poškodovana ({exc}). Obnovite jo iz varnostne kopije (priloga restore); datoteke program ni spreminjal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirka podatkov {path} je poškodovana ({result[0][0]}); obnovite jo iz varnostne kopije (priloga restore).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirka podatkov {path} je poškodovana ali ni veljavna ({exc}); obnovite jo iz varnostne kopije (priloga restore).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirka podatkov{' ' + path if path else ''} je poškodovana ({exc}); zaprite program in jo obnovite iz varnostne kopije (priloga restore). Vpisani podatki so ostali na zaslonu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirke podatkov {path} ni mogoče odpreti ({exc}); datoteka je morda poškodovana ali jo uporablja drug program. Obnovite jo iz varnostne kopije (priloga restore).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirke podatkov {path} ni mogoče odpreti s tem ključem: datoteka je poškodovana ali pripada drugi namestitvi. Obnovite jo iz varnostne kopije (priloga restore).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirke podatkov {path} ni mogoče odpreti za pisanje ({exc}); preverite, da mapa ni samo za branje, ali izberite drugo mapo z nastavitvijo PRILOGA_DATA_DIR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirke podatkov {path} ni mogoče spreminjati (datoteka je samo za branje). Preverite pravice datoteke ali izberite drugo mapo z nastavitvijo PRILOGA_DATA_DIR. Podatkov program ni spreminjal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirke podatkov {path} ni več mogoče spreminjati: datoteka je poškodovana ali jo je drug program zamenjal ali premaknil. Zaprite program in ga znova odprite; če se napaka ponovi, zbirko obnovite iz varnostne kopije (priloga restore). Vpisani podatki so ostali na zaslonu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirko podatkov je ustvarila novejša različica programa (shema {version}); posodobite program Priloga.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirko podatkov uporablja drug program (npr. še ena odprta Priloga ali varnostno kopiranje); počakajte trenutek ali ga zaprite in poskusite znova.{kept}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirko podatkov {db_path} uporablja drug program (je Priloga še odprta?); zaprite ga in poskusite znova.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zbirko podatkov {path} uporablja drug program; zaprite ga in poskusite znova.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a date of arriving in another state (past)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a document's valid-until date (may be in the future)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any other date that may lie in the future, e.g. a planned visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>brez državljanstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>brez roka (se ne briše)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>brez sprememb od {format_date(since)} ({_STATUS_TEXT.get(status, status)}); rok hrambe {period_text(months[kind])}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>današnji datum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dodane ali spremenjene so opombe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dolžina soli ali enkratnega števila ne ustreza</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drugi odstavek 14. člena {UREDBA}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enkratno število (nonce) ni dolgo 12 bajtov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field is in no section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field {field_id} is already in section {placed[field_id]}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fotografija: pot do slikovne datoteke ali data:image/jpeg;base64,…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>iskanje »{query}« ni uspelo ({exc})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ista kot v registru</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>isti EMŠO {emso}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>isti datum rojstva in ime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>isti dokument št. {doc.get('doc_number')}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>izbris po roku hrambe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>izdana številka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>izmerjena razdalja mora biti večja od 0 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>izpeljava ključa ni Argon2id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>izpis podatkov za posameznika</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>izpis za posameznika</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>izpolnjevanje obrazcev in vodenje registra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ključ za podpisovanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ključa s prstnim odtisom {fingerprint} ni med uvoženimi ključi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>konec obdobja ({end}) je pred začetkom ({start}); zamenjajte datuma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kontrolna vsota ne ustreza</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kontrolne vsote ni</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nastavitev deadline.{key}: »{value}« ni celo število dni ali ur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nastavitev deadline.{key}: »{value}« ni datum (dd. mm. llll)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nastavitve izpeljave ključa (Argon2id) niso cela števila</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nedokončan osnutek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nedokončan osnutek, ki ni vezan na osebo v registru</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neuspešna prijava</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neznana nastavitev roka »{name}«; mogoče: {', '.join(DEFAULTS)}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neznana vrsta zapisa »{kind}«; mogoče so: {', '.join(KINDS)}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ni podatka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ni podatkov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ni podpisan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no print block kind {kind} is declared in app/engine/blocks.py</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>novo izjavo je mogoče podati največ {n} dni pred iztekom obdobja žepnine (UP-7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>obrazca {definition.code} ni mogoče izdati iz obrazca {source.form_code} s temi podatki</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>obrazec ima {len(errors)} napak: {"; ".join(f.message for f in errors[:3])}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>obrazec {draft_id} je podpisan in ga ni več mogoče spreminjati; za popravek naredite novo različico obrazca</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>obrazec {draft_id} je zaključen; za spremembe ga najprej ponovno odprite za urejanje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>obrazec {draft_id} še ni zaključen; osnutek lahko popravite kar v njem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>od najmanjšega do največjega</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>od najmlajšega do najstarejšega</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>od najpoznejšega do najzgodnejšega datuma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>od najstarejšega do najmlajšega</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>od največjega do najmanjšega</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>od najzgodnejšega do najpoznejšega datuma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>od prenehanja začasne zaščite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>od tiskanja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>od zadnje spremembe osebe ali njenih obrazcev</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>od zadnje spremembe osnutka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>od zadnje spremembe, podpisa ali tiskanja obrazca</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>oseba brez sprememb (prosilec ali oseba z začasno zaščito), z vsemi obrazci</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>oseba ne more biti sama svoj družinski član</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>oseba v registru, šteta na dan vstopa v Republiko Slovenijo (podatek »datum vstopa«)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>oseba z začasno zaščito</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>oseba, ki ji je začasna zaščita prenehala, z vsemi obrazci</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>osebe {person_id} ni v registru</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>osebi z začasno zaščito se izda izkaznica v {n} dneh od priznanja zaščite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>osebi z začasno zaščito se izda izkaznica; na seznamu od dneva priznanja zaščite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>osebne številke (dodatni podatki)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>osnutka {draft_id} ni v zbirki</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>oznaka oblike ne ustreza</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>po abecedi od A do Ž</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>po abecedi od Ž do A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>podatki upravičenca do začasne zaščite se posredujejo v {n} dneh od registracije</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>podpis\b.*\buradne osebe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>podpisanega dokumenta {doc_id} ni v zbirki</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pomnilnik Argon2id ({memory_kib} KiB) ni med {8 * parallelism} KiB in {KDF_MAX_MEMORY_KIB // (1024 * 1024)} GiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ponovno odpiranje zaključenega obrazca</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>popravek podpisanega obrazca z novo različico</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>potrdilo o prejemu vloge ZZ-1 se izda ob prejemu vloge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>potrdilo o prejemu vloge ZZ-1 se izda v {n} dneh od vloge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>povezava s prejšnjim vnosom ne ustreza (vnos je bil vstavljen ali prejšnji izbrisan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pregled in izbris podatkov po poteku roka hrambe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>priložena obrazcu (v izpisu JSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prosilec za začasno zaščito</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prvi odstavek 13. člena {UREDBA}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>razveljavljena serijska številka izkaznice, šteta na dan razveljavitve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rok hrambe je lahko največ {MAX_MONTHS // 12} let</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rok hrambe po vrsti zapisa ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rok hrambe »{text}« ni veljaven; vpišite število mesecev (npr. 6) ali let (npr. 5l)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>search_key IN (SELECT rowid FROM drafts_names WHERE drafts_names MATCH ?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>serijska številka izkaznice ZZ-8, šteta na dan izdaje (tudi kasneje razveljavljena)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sol izpeljave ključa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sporoči se odsotnost iz Republike Slovenije, daljša od {n} dni (UP-9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sporoči se odsotnost iz nastanitvenega centra, daljša od {n} ur (UP-9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spremembe se sporočijo v {n} dneh od dneva, ko so nastale oziroma je oseba zanje izvedela</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spremenjen je prostor za podpisom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spremenjena je vsebina dokumenta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spremenjena so polja obrazca</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spremenjeni so podatki o dokumentu (naslov, avtor …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stanje osebe je lahko le {', '.join(STATUSES)}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ta obrazec nima izdane serijske številke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the start or end of a period: a right, a protection, an allowance, an absence (may be in the future)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>uporabniški račun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>upravljanje uporabniških računov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>uradna oseba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>uradna oseba {form['official']}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>urejanje šifrantov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>varnostne kopije in obnovo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>veljalo je</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>več kot 180 milijonov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vloga za prebivanje po poteku začasne zaščite (ZZ-3); na seznamu {n} dni pred iztekom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vrsta povezave je lahko le {', '.join(LINK_KINDS)}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vrstica {markers[index] if index &lt; len(markers) else index + 1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vsebina vnosa ne ustreza njegovemu odtisu (vnos je bil spremenjen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vsebine podpisa ni mogoče prebrati</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>z začasno zaščito</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>za koncem datoteke so dodani podatki</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zaklep računa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zaključen obrazec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zaključen obrazec UP-1 … UP-9, štet po vrsti na dan zaključka (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zaključen obrazec, ki ni vezan na osebo v registru</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zaključen {_when(form['finished_at'])}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zaključena prepustnica ZZ-9, šteta na dan zaključka (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zaključena vloga ZZ-1, šteta na dan zaključka (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>začasna zaščita prenehala</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>začasna zaščita prenehala {format_date(since)}; rok hrambe {period_text(months[kind])}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zaščita prenehala</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zgodovine sprememb dokumenta ni mogoče preveriti</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zgradba ne ustreza</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{_days(days)} in {clock}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{args[0]} je vrnil {result.returncode}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{c.column} IN ({', '.join([q] * len(c.value))})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key}: unknown field {name}{f" in table {table!r}" if where is scope and table else ""}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} = {value} je zunaj dovoljenega obsega {low} … {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: projekcija (ni napoved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: trend (najmanjši kvadrati)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} {_plural(n, 'oseba', 'osebi', 'osebe', 'oseb')}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} ni navadna datoteka; izberite fotografijo v obliki JPEG ali PNG.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: datoteke ni mogoče prebrati ({exc.strerror or exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: glava datoteke prenosa ni veljavna ({problem}); datoteka je poškodovana ali spremenjena, zahtevajte nov prenos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: napačno geslo za prenos ali pa je bila datoteka spremenjena.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: prenosa ni mogoče zapisati ({exc.strerror or exc}); preverite prostor in pravice na ciljnem disku.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: revizijska sled v prenosu je pretrgana pri vnosu {row['seq']}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: revizijska sled v prenosu se ne konča pri glavi iz glave datoteke.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: to ni datoteka prenosa programa Priloga (ali je iz novejše različice).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: to ni datoteka prenosa programa Priloga.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: zapisov v prenosu ni mogoče prebrati ({type(exc).__name__}); zahtevajte nov prenos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{row}.{c.column} IN ({', '.join(repr(v) for v in c.value)})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{select} WHERE form_code IN ('UP-6', 'UP-7', 'UP-8', 'UP-9')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{select} WHERE id IN ({', '.join('?' * len(ids))})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{self.gazette} ({self.item}), v veljavi od {self.in_force.strftime('%d. %m. %Y')}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} {code}, ki ni vezan na osebo v registru; zadnja sprememba {format_date(since)}; rok hrambe {period_text(months[kind])}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}obdobje je obrnjeno: konec ({to}) je pred začetkom ({from}); zamenjajte ali popravite datuma (in uri)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}obdobje od {from} do {to} traja {length}; sporoča se le odsotnost, daljša od {limit} — preverite obdobje ali vrstico odstranite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{field.label}«, vrstica {index + 1}, »{column.label}«</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« ({date}) je v prihodnosti; vpišite datum, ki ni poznejši od današnjega ({today})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« ({date}) je {before} pred iztekom obdobja (»{end_label}«: {end}); novo izjavo je mogoče podati največ {days} dni pred iztekom, torej najprej {earliest} — podajte jo pozneje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« ({date}) ne sme biti pred »{earlier_label}« ({earlier}); popravite enega od obeh datumov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« ({end}) mora biti poznejša od »{start_label}« ({start}); popravite uri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« ({excerpt(text, 40)}) je predolg za izkaznico in ga ni mogoče natisniti v celoti; skrajšajte ga (npr. z začetnicami drugih imen).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« ima {count} vrstic, obrazec jih dopušča največ {max}; odstranite odvečne.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« je lahko le da ali ne.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« je obvezen podatek; vpišite ga.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« je predolg ({length} znakov); skrajšajte ga na največ {max} znakov.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« je {date}, pravica pa pripada od prvega dne meseca, ki sledi mesecu izjave (»{at_label}«: {at}); vpišite {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« je {date}, sporočeno pa je {reported}, {late} pozneje; rok za sporočanje je {days} dni — preverite datum, sicer v obrazložitvi navedite, zakaj je sporočeno pozneje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« je {date}; listina mora veljati vsaj {months} mesece po »{basis}« ({end}), torej vsaj do {needed} — preverite veljavnost listine ali obdobje dovoljenja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« je {date}; obdobje traja {months} mesecev od {start}{", a začasna zaščita traja le do {until}, zato je obdobje krajše" if shorter else ""} — vpišite {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« mora biti v latinici, kot bo natisnjeno; vpišite »{latin}« (prečrkovano) ali latinično obliko iz potnega lista</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« ne more biti {value}; izberite drugo vrednost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« {emso} pripada osebi, rojeni {born}, to je po »{date_label}« ({date}); popravite EMŠO ali datum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« »{value}« ima napačno kontrolno števko; preverite jo v Poslovnem registru Slovenije (AJPES)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}« še ni označeno, a je predpisano; označite, ko je opravljeno</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: EMŠO mora imeti 13 števk, vpisanih je {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: EMŠO »{value}« ima napačno kontrolno števko; preverite ga na dokumentu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: davčna številka ima 8 števk (npr. 50223054), vpisano pa je »{value}«.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: davčna številka »{value}« ima napačno kontrolno števko; preverite jo na odločbi FURS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: leto {year} ni mogoče; vpišite datum med letoma {min_year} in {max_year}, npr. 24. 02. 2022.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: pričakovano je besedilo, vpisana pa je vrednost »{value}«.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: »{value}« ni država s seznama; izberite državo s seznama (npr. Ukrajina).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: »{value}« ni matična številka; vpišite 7 ali 10 števk (npr. 5022305 ali 5022305000)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: »{value}« ni med možnostmi; izberite eno od: {options}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: »{value}« ni ura; vpišite jo v obliki hh:mm, npr. 14:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: »{value}« ni veljaven datum; vpišite ga v obliki dd. mm. llll, npr. 24. 02. 2022.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: »{value}« ni veljaven e-poštni naslov; vpišite ga v obliki ime@domena.si.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: »{value}« ni veljavna EMŠO (13 števk, prvih sedem je datum rojstva).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: »{value}« ni veljavna telefonska številka; vpišite od 6 do 15 števk, na začetku lahko s +, npr. +386 41 123 456.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: »{value}« ni veljavna številka računa IBAN; vpišite jo v obliki SI56 1910 0000 0123 438 (preverite kontrolni števki za SI).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{label}«: »{value}« ni število; vpišite npr. 125,50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>»{until_label}« ({until}) je pred začetkom obdobja ({start}); za to obdobje pravice ni mogoče dodeliti — preverite oba datuma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>čas nastanka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Šifranta »{name}« ni; so: {', '.join(self.codelist_names())}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Številka izkaznice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Številka računa (IBAN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>števila zapisov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>številke dokumenta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>število niti Argon2id ({parallelism}) ni med 1 in {KDF_MAX_PARALLELISM}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>število prehodov Argon2id ({time_cost}) ni med 1 in {KDF_MAX_TIME_COST}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>že v Sloveniji</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>person</name>
        <message>
            <source>13 števk; prvih sedem je datum rojstva.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datum odhoda iz izvorne države</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datum rojstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datum vstopa v Republiko Slovenijo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Davčna številka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Država rojstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Državljanstvo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail naslov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EMŠO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraj rojstva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naslov v Republiki Sloveniji</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naslov v tujini</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priimek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Telefonska številka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zadnje stalno ali začasno prebivališče v tujini.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zakonski stan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moški</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>oseba z začasno zaščito</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prosilec za začasno zaščito</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>spremlja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>v tujini</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>začasna zaščita prenehala</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Številka izkaznice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Številka računa (IBAN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>že v Sloveniji</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ženski</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>print_queue</name>
        <message>
            <source>&amp;Umerjanje tiskalnika…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izkaznice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izkaznice na polah</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izkaznice za plastificiranje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Natisni umeritveno stran in vpiši premik tiskalnika</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Natisni več zaključenih obrazcev in izkaznic naenkrat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazci</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiskalna &amp;vrsta…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiskalna vrsta</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <source>Natisni</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Predogled tiskanja</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>register_links</name>
        <message>
            <source>(prazno)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>retention</name>
        <message>
            <source>Evidenca tiskanja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidenca tiskanja (kdo je kaj natisnil) – od tiskanja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nedokončan osnutek, ki ni vezan na osebo v registru – od zadnje spremembe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec brez osebe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oseba (brez sprememb)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oseba (zaščita prenehala)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oseba, ki ji je začasna zaščita prenehala, z vsemi obrazci – od prenehanja začasne zaščite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Osnutek brez osebe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pregled in izbris podatkov po poteku roka hrambe opravi nadzornik ali skrbnik.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prosilec ali oseba z začasno zaščito brez sprememb, z vsemi obrazci – od zadnje spremembe osebe ali njenih obrazcev</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roki &amp;hrambe in izbris…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roki hrambe in izbris</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zaključen obrazec, ki ni vezan na osebo v registru – od zadnje spremembe, podpisa ali tiskanja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapisi, ki jim je potekel rok hrambe, njihov izbris in roki hrambe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dokument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dokumenta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dokumenti</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dokumentov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>družinska povezava</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>družinske povezave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>družinski povezavi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>družinskih povezav</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fotografij</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fotografija</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fotografije</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fotografiji</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nič</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>obrazca</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>obrazcev</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>obrazci</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>obrazec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>oseb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>oseba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>osebe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>osebi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>podpisan PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>podpisana PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>podpisani PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>podpisanih PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>z vsemi podatki v registru</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zapis tiskanja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zapisa tiskanja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zapisi tiskanja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zapisov tiskanja</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>signing</name>
        <message>
            <source>
To je TESTNI ključ – podpis ni za prave dokumente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ključi za podpisovanje…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(brez imena)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteke ni bilo mogoče zapisati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoteke {name} ni mogoče prebrati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument PDF (*.pdf);;Vse datoteke (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument ni elektronsko podpisan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elektronsko podpiši izbrani zaključen obrazec in shrani podpisani PDF (Ctrl+Shift+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geslo ključa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izberi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izberite ključ za podpis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Izvozi &amp;podpisani PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ključi za podpisovanje…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na tej postaji ni uvoženega ključa za podpisovanje. Uvozite ključ uradne osebe (PKCS#12) v oknu »Ključi za podpisovanje«.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na tem računalniku ni programa za branje PDF. Datoteka je shranjena v {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazca ni bilo mogoče podpisati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazca ni bilo mogoče prebrati: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec je že podpisan (različica {v}, {when}, {signer}). Podpisan obrazec je dokončen: za spremembo naredite popravek (nova različica). Shranite podpisani PDF?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec ni podpisan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obrazec {code} – {title} je podpisan (različica {v}).
Podpisnik: {signer}
Čas: {when}

Podpisani PDF je shranjen v zbirki. Ga shranite tudi v datoteko?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odpri datoteko PDF in preveri njen elektronski podpis (Ctrl+Shift+V)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Po shranjevanju odpri PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpis obrazca {code} – {title}
Ključ: {name} ({fingerprint}){test}

Geslo ključa (program ga ne shrani):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpisa ni bilo mogoče preveriti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpisan obrazec ostane, kot je; popravek je nov osnutek z njegovimi podatki</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpisati je mogoče le zaključen obrazec. Obrazec najprej zaključite (na strani »Pregled in zaključek«).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpiši in &amp;izvozi…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Podpiši in izvozi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Popravek (nova &amp;različica)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Popravek (nova različica)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Popravka ni bilo mogoče začeti: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prekliči</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preveri &amp;podpis obrazca</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preveri podpis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preveri podpis &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preveri podpis PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preveri podpis shranjene podpisane različice izbranega obrazca</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preverjanje podpisa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S katerim ključem podpišem obrazec?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shrani</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shrani PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shrani PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shrani podpisani PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uvozi ključ uradne osebe, izberi zaupanja vredne izdajatelje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V redu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zapri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} – {title}, podpisana različica {v} (shranjena v zbirki)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}{mark} — {issuer}, velja do {until}, {fingerprint}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠  Podpisnik ni med zaupanja vrednimi izdajatelji</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✔  Podpis je veljaven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖  Dokument je bil spremenjen po podpisu – podpis ni veljaven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖  Podpis ni veljaven</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
