<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sl_SI">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source> (vi)</source>
            <translation> (you)</translation>
        </message>
        <message>
            <source>&amp;Dodaj…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>&amp;Izklopi</source>
            <translation>&amp;Switch off</translation>
        </message>
        <message>
            <source>&amp;Novo geslo…</source>
            <translation>&amp;New password…</translation>
        </message>
        <message>
            <source>&amp;Vklopi z novim geslom…</source>
            <translation>&amp;Switch on with a new password…</translation>
        </message>
        <message>
            <source>Brez ključa so ostali (potrebujejo novo geslo): {users}.</source>
            <translation>Left without a key (they need a new password): {users}.</translation>
        </message>
        <message>
            <source>Ime in priimek</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Izklopi</source>
            <translation>Switch off</translation>
        </message>
        <message>
            <source>Izklopi račun</source>
            <translation>Switch the account off</translation>
        </message>
        <message>
            <source>Izklopim račun {user} ({name})? Uporabnik se ne bo več mogel prijaviti; njegovi zapisi ostanejo. Račun lahko pozneje spet vklopite z novim geslom.</source>
            <translation>Switch off the account {user} ({name})? The user will no longer be able to log in; their records stay. The account can be switched on again later with a new password.</translation>
        </message>
        <message>
            <source>Izklopljen račun se ne more več prijaviti; njegovi zapisi ostanejo. Gesla ne vidi nihče – skrbnik lahko da le novo, ki ga uporabnik ob prijavi zamenja.</source>
            <translation>A switched-off account can no longer log in; its records stay. Nobody sees a password – an administrator can only give a new one, which the user changes at login.</translation>
        </message>
        <message>
            <source>Ključ je zamenjan ({seconds} s).</source>
            <translation>The key has been replaced ({seconds} s).</translation>
        </message>
        <message>
            <source>Nov podatkovni ključ (ob sumu, da je ključ ali datoteka s ključi ušla): stare datoteke s ključi zbirke ne odprejo več.</source>
            <translation>A new data key (when a key or a key file may have leaked): old key files no longer open the database.</translation>
        </message>
        <message>
            <source>Prekliči</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Račun {user} ({name}, {role}) je dodan; ob prvi prijavi si uporabnik izbere svoje geslo.</source>
            <translation>The account {user} ({name}, {role}) has been added; at the first login the user chooses their own password.</translation>
        </message>
        <message>
            <source>Račun {user} je izklopljen; podatkovni ključ je zamenjan, zato njegove stare datoteke s ključi zbirke ne odprejo več.</source>
            <translation>The account {user} has been switched off; the data key has been replaced, so its old key files no longer open the database.</translation>
        </message>
        <message>
            <source>Računov ni bilo mogoče prebrati: {error}</source>
            <translation>The accounts could not be read: {error}</translation>
        </message>
        <message>
            <source>Spremeni &amp;vlogo…</source>
            <translation>Change &amp;role…</translation>
        </message>
        <message>
            <source>Stanje</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Uporabnik</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Uporabniški računi</source>
            <translation>User accounts</translation>
        </message>
        <message>
            <source>Vloga</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Vloga računa {user} je spremenjena.</source>
            <translation>The role of the account {user} has been changed.</translation>
        </message>
        <message>
            <source>Zamenjaj &amp;ključ…</source>
            <translation>Replace the &amp;key…</translation>
        </message>
        <message>
            <source>Zamenjaj ključ</source>
            <translation>Replace the key</translation>
        </message>
        <message>
            <source>Zamenjaj podatkovni ključ</source>
            <translation>Replace the data key</translation>
        </message>
        <message>
            <source>Zapri</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Zbirko podatkov šifriram z novim ključem? Stare datoteke s ključi (tudi v varnostnih kopijah) je ne bodo več odprle; varnostne kopije same ostanejo berljive s svojimi ključi. Pri veliki zbirki traja nekaj sekund.</source>
            <translation>Encrypt the database with a new key? Old key files (including those in backups) will no longer open it; the backups themselves stay readable with their own keys. With a large database this takes a few seconds.</translation>
        </message>
        <message>
            <source>dejaven</source>
            <translation>active</translation>
        </message>
        <message>
            <source>dejaven, mora zamenjati geslo</source>
            <translation>active, must change the password</translation>
        </message>
        <message>
            <source>izklopljen</source>
            <translation>switched off</translation>
        </message>
        <message>
            <source>{user} ima novo geslo; ob naslednji prijavi ga zamenja.</source>
            <translation>{user} has a new password; they change it at the next login.</translation>
        </message>
    </context>
    <context>
        <name>AddAccountDialog</name>
        <message>
            <source>&amp;Ime in priimek:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>&amp;Ponovite geslo:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <source>&amp;Uporabniško ime:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Vloga:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;Začetno geslo:</source>
            <translation>&amp;Initial password:</translation>
        </message>
        <message>
            <source>Dodaj račun</source>
            <translation>Add account</translation>
        </message>
        <message>
            <source>Nov uporabniški račun</source>
            <translation>New user account</translation>
        </message>
        <message>
            <source>Vpišite ime in priimek, kot se izpiše na obrazcih.</source>
            <translation>Enter the full name as it is printed on the forms.</translation>
        </message>
        <message>
            <source>Vpišite uporabniško ime.</source>
            <translation>Enter the user name.</translation>
        </message>
        <message>
            <source>Začetno geslo sporočite uporabniku osebno; ob prvi prijavi si izbere svoje geslo.</source>
            <translation>Tell the user the initial password in person; at the first login they choose their own password.</translation>
        </message>
        <message>
            <source>kot se izpiše na obrazcih</source>
            <translation>as printed on the forms</translation>
        </message>
        <message>
            <source>npr. mzagar</source>
            <translation>e.g. mzagar</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>(ni zadetkov)</source>
            <translation>(no matches)</translation>
        </message>
        <message>
            <source>Dejanje</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Dejanje:</source>
            <translation>Action:</translation>
        </message>
        <message>
            <source>Glave verige ni bilo mogoče prebrati: {error}</source>
            <translation>The head of the chain could not be read: {error}</translation>
        </message>
        <message>
            <source>Kaj</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Naloži starejše</source>
            <translation>Load older</translation>
        </message>
        <message>
            <source>Ni vnosov za ta izbor.</source>
            <translation>No entries for this selection.</translation>
        </message>
        <message>
            <source>Obrazec</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Oseba: ime, EMŠO, št. dokumenta…</source>
            <translation>Person: name, EMŠO, document no.…</translation>
        </message>
        <message>
            <source>Ponovno izračuna odtise vseh vnosov in pove, ali je kateri spremenjen, vstavljen ali izbrisan</source>
            <translation>Recomputes the fingerprints of all entries and says whether any was changed, inserted or deleted</translation>
        </message>
        <message>
            <source>Preveri verigo</source>
            <translation>Check the chain</translation>
        </message>
        <message>
            <source>Preverjam verigo, podpise in sidra (pri sto tisoč vnosih do pol minute)…</source>
            <translation>Checking the chain, the signatures and the anchors (up to half a minute for a hundred thousand entries)…</translation>
        </message>
        <message>
            <source>Prikazanih vnosov: {n}</source>
            <translation>Entries shown: {n}</translation>
        </message>
        <message>
            <source>Prikazanih vnosov: {n} (vsi za ta izbor)</source>
            <translation>Entries shown: {n} (all for this selection)</translation>
        </message>
        <message>
            <source>Revizijska sled</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Revizijske sledi ni bilo mogoče prebrati: {error}</source>
            <translation>The audit trail could not be read: {error}</translation>
        </message>
        <message>
            <source>Spremenjena polja</source>
            <translation>Fields changed</translation>
        </message>
        <message>
            <source>Uporabnik</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Uporabnik:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Veriga: {n} vnosov, glava {head}</source>
            <translation>Chain: {n} entries, head {head}</translation>
        </message>
        <message>
            <source>Verige ni bilo mogoče preveriti: {error}</source>
            <translation>The chain could not be checked: {error}</translation>
        </message>
        <message>
            <source>Vnos {seq} · postaja {station}
Kaj: {target} {target_id}
Oseba: {person}
Odtis: {hash}</source>
            <translation>Entry {seq} · station {station}
What: {target} {target_id}
Person: {person}
Fingerprint: {hash}</translation>
        </message>
        <message>
            <source>Vsa dejanja</source>
            <translation>All actions</translation>
        </message>
        <message>
            <source>Vse osebe</source>
            <translation>All persons</translation>
        </message>
        <message>
            <source>Vsi uporabniki</source>
            <translation>All users</translation>
        </message>
        <message>
            <source>Zapri</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>nobeno</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Čas</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>✔ Veriga je nedotaknjena: {n} vnosov ({signed} podpisanih), glava {head}; sidra: {anchors}.</source>
            <translation>✔ The chain is intact: {n} entries ({signed} signed), head {head}; anchors: {anchors}.</translation>
        </message>
        <message>
            <source>✖ Sidra revizijske sledi ni mogoče prebrati: {reason}. Obvestite skrbnika.</source>
            <translation>✖ The audit trail anchor cannot be read: {reason}. Inform an administrator.</translation>
        </message>
        <message>
            <source>✖ Veriga je pretrgana pri vnosu {seq}: {reason}. Vnosi od tu naprej niso zanesljivi; obvestite skrbnika.</source>
            <translation>✖ The chain is broken at entry {seq}: {reason}. Entries from here on are not reliable; inform an administrator.</translation>
        </message>
    </context>
    <context>
        <name>BackupScheduler</name>
        <message>
            <source>Varnostna kopija</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Varnostna kopija ni uspela: {error}</source>
            <translation>The backup failed: {error}</translation>
        </message>
        <message>
            <source>Varnostna kopija shranjena: {name}</source>
            <translation>Backup saved: {name}</translation>
        </message>
        <message>
            <source>Varnostna kopija {name} je narejena, vpis v revizijsko sled ali brisanje starejših kopij pa ni uspelo: {error}</source>
            <translation>The backup {name} was made, but recording it in the audit trail or deleting older copies failed: {error}</translation>
        </message>
        <message>
            <source>Varnostna kopija …</source>
            <translation>Backup …</translation>
        </message>
        <message>
            <source>Varnostne kopije ni bilo mogoče narediti: {error}</source>
            <translation>The backup could not be made: {error}</translation>
        </message>
        <message>
            <source>Varnostne kopije ni bilo mogoče pripraviti: {error}</source>
            <translation>The backup could not be prepared: {error}</translation>
        </message>
    </context>
    <context>
        <name>BooleanEditor</name>
        <message>
            <source>da</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>CellDelegate</name>
        <message>
            <source>dd. mm. llll</source>
            <translation>dd. mm. yyyy</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>&amp;Novo geslo:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>&amp;Ponovite novo geslo:</source>
            <translation>&amp;Repeat new password:</translation>
        </message>
        <message>
            <source>&amp;Sedanje geslo:</source>
            <translation>&amp;Current password:</translation>
        </message>
        <message>
            <source>Gesla ni bilo mogoče spremeniti: {error}</source>
            <translation>The password could not be changed: {error}</translation>
        </message>
        <message>
            <source>Geslo mora imeti vsaj 10 znakov in ne sme biti enako uporabniškemu imenu.</source>
            <translation>The password must have at least 10 characters and must not be the same as the user name.</translation>
        </message>
        <message>
            <source>Novo geslo</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>Novo geslo mora biti drugačno od sedanjega.</source>
            <translation>The new password must differ from the current one.</translation>
        </message>
        <message>
            <source>Novo geslo za {name}</source>
            <translation>New password for {name}</translation>
        </message>
        <message>
            <source>Sedanje geslo ni pravo.</source>
            <translation>The current password is not right.</translation>
        </message>
        <message>
            <source>Skrbnik vam je dal začetno geslo. Pred začetkom dela si izberite svoje geslo (vsaj 10 znakov); pozna ga le vi.</source>
            <translation>An administrator gave you an initial password. Before you start work, choose your own password (at least 10 characters); only you know it.</translation>
        </message>
        <message>
            <source>Spremeni geslo</source>
            <translation>Change password</translation>
        </message>
    </context>
    <context>
        <name>CodelistsDialog</name>
        <message>
            <source>&amp;Dodaj ali preimenuj</source>
            <translation>&amp;Add or rename</translation>
        </message>
        <message>
            <source>&amp;Ime:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Oznaka:</source>
            <translation>&amp;Label:</translation>
        </message>
        <message>
            <source>Ime na obrazcu</source>
            <translation>Name on the form</translation>
        </message>
        <message>
            <source>Oznaka</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Shranjeno: {value} – {label}</source>
            <translation>Saved: {value} – {label}</translation>
        </message>
        <message>
            <source>Spremenjeno</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Vnosov ni mogoče brisati: obrazci, ki jih že uporabljajo, ostanejo veljavni. Preimenovan vnos se izpiše z novim imenom.</source>
            <translation>Entries cannot be deleted: forms that already use them stay valid. A renamed entry is printed with its new name.</translation>
        </message>
        <message>
            <source>da</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>npr. ljubljana-vic</source>
            <translation>e.g. ljubljana-vic</translation>
        </message>
        <message>
            <source>Ši&amp;frant:</source>
            <translation>&amp;Code list:</translation>
        </message>
        <message>
            <source>Šifranti</source>
            <translation>Code lists</translation>
        </message>
    </context>
    <context>
        <name>CorrectionsDialog</name>
        <message>
            <source>Na obrazcu</source>
            <translation>On the form</translation>
        </message>
        <message>
            <source>Obrazec ostane, kot je; spremeni se le register.</source>
            <translation>The form stays as it is; only the register changes.</translation>
        </message>
        <message>
            <source>Obrazec se pri teh podatkih razlikuje od registra. Ob potrditvi se v registru osebe {name} zapišejo vrednosti z obrazca:</source>
            <translation>In these data the form differs from the register. On confirmation the values from the form are written to the register of {name}:</translation>
        </message>
        <message>
            <source>Podatek</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Prevzemi popravke v register</source>
            <translation>Take the corrections into the register</translation>
        </message>
        <message>
            <source>Prevzemi v register</source>
            <translation>Take into the register</translation>
        </message>
        <message>
            <source>V registru</source>
            <translation>In the register</translation>
        </message>
    </context>
    <context>
        <name>DateEditor</name>
        <message>
            <source>Izberi datum na koledarju</source>
            <translation>Pick a date on the calendar</translation>
        </message>
        <message>
            <source>dd. mm. llll</source>
            <translation>dd. mm. yyyy</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesView</name>
        <message>
            <source>Družina</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Eurodac v (dneh od registracije)</source>
            <translation>Eurodac within (days of registration)</translation>
        </message>
        <message>
            <source>Izkaznico ZZ-8 izdati v (dneh)</source>
            <translation>Issue the ZZ-8 card within (days)</translation>
        </message>
        <message>
            <source>Kaj</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Na seznamu {n}, od tega zamujenih {late} (stanje na {day}).</source>
            <translation>{n} listed, {late} of them overdue (as of {day}).</translation>
        </message>
        <message>
            <source>Nastavitve rokov</source>
            <translation>Deadline settings</translation>
        </message>
        <message>
            <source>Nastavitve rokov…</source>
            <translation>Deadline settings…</translation>
        </message>
        <message>
            <source>Nova izjava UP-6 pred iztekom žepnine (dni)</source>
            <translation>New UP-6 statement before the pocket money runs out (days)</translation>
        </message>
        <message>
            <source>Odsotnost iz Slovenije nad (dni)</source>
            <translation>Absence from Slovenia over (days)</translation>
        </message>
        <message>
            <source>Odsotnost iz centra nad (ur)</source>
            <translation>Absence from the centre over (hours)</translation>
        </message>
        <message>
            <source>Oseba ali obrazec</source>
            <translation>Person or form</translation>
        </message>
        <message>
            <source>Osveži</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Označi, da so podatki izbrane osebe danes poslani v Eurodac</source>
            <translation>Mark that the selected person's data were sent to Eurodac today</translation>
        </message>
        <message>
            <source>Podatki poslani v Eurodac</source>
            <translation>Data sent to Eurodac</translation>
        </message>
        <message>
            <source>Podlaga</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Ponudba ZZ-3 pred iztekom (dni)</source>
            <translation>Offer ZZ-3 before expiry (days)</translation>
        </message>
        <message>
            <source>Potrdilo ZZ-2 izdati v (dneh)</source>
            <translation>Issue the ZZ-2 receipt within (days)</translation>
        </message>
        <message>
            <source>Pravilo</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Rok</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Rokov ni bilo mogoče prebrati: {error}</source>
            <translation>The deadlines could not be read: {error}</translation>
        </message>
        <message>
            <source>Sporočanje sprememb v (dneh)</source>
            <translation>Reporting changes within (days)</translation>
        </message>
        <message>
            <source>Stanje</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Začasna zaščita traja do</source>
            <translation>Temporary protection lasts until</translation>
        </message>
        <message>
            <source>danes</source>
            <translation>today</translation>
        </message>
        <message>
            <source>prihaja</source>
            <translation>upcoming</translation>
        </message>
        <message>
            <source>zamuda</source>
            <translation>overdue</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Dne</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Dodaj</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Dodaj dokument</source>
            <translation>Add a document</translation>
        </message>
        <message>
            <source>Izdan pri</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Veljaven do</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Vrsta dokumenta</source>
            <translation>Document type</translation>
        </message>
        <message>
            <source>Številka</source>
            <translation>Number</translation>
        </message>
    </context>
    <context>
        <name>DraftsModel</name>
        <message>
            <source>(brez imena)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>Ime in priimek</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Obrazec</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Osnutek</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Podpisan (v{n})</source>
            <translation>Signed (v{n})</translation>
        </message>
        <message>
            <source>Stanje</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Uradna oseba</source>
            <translation>Official</translation>
        </message>
        <message>
            <source>Zadnja sprememba</source>
            <translation>Last change</translation>
        </message>
        <message>
            <source>Zaključen</source>
            <translation>Finished</translation>
        </message>
    </context>
    <context>
        <name>EraseConfirmDialog</name>
        <message>
            <source>&amp;Razlog izbrisa (brez osebnih podatkov):</source>
            <translation>&amp;Reason for erasure (no personal data):</translation>
        </message>
        <message>
            <source>Izbris po poteku roka hrambe</source>
            <translation>Erasure after the retention period</translation>
        </message>
        <message>
            <source>Izbrisa ni mogoče razveljaviti: podatki se izbrišejo iz zbirke in prepišejo. Serijske številke izkaznic ostanejo v evidenci, brez povezave z osebo in obrazcem. V revizijski sledi ostane zapis o izbrisu (brez osebnih podatkov) z razlogom.</source>
            <translation>Erasure cannot be undone: the data are erased from the database and overwritten. Card serial numbers stay in the register, without a link to the person and the form. The audit trail keeps a record of the erasure (without personal data) with the reason.</translation>
        </message>
        <message>
            <source>Izbrisali boste: {what}.</source>
            <translation>You are about to erase: {what}.</translation>
        </message>
        <message>
            <source>Izbriši</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Prekliči</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>in še {n} drugih</source>
            <translation>and {n} more</translation>
        </message>
        <message>
            <source>npr. potek roka hrambe po 73. členu ZZZRO-1</source>
            <translation>e.g. end of the retention period under Article 73 ZZZRO-1</translation>
        </message>
        <message>
            <source>Če oseba to zahteva, ji pred izbrisom izročite izpis njenih podatkov.</source>
            <translation>If the person asks for it, give them a report of their data before the erasure.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>&amp;Geslo:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Ime in priimek:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>&amp;Končaj</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <source>&amp;Kraj:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>&amp;Nadaljuj prvi zagon</source>
            <translation>&amp;Continue first start</translation>
        </message>
        <message>
            <source>&amp;Organ (zglavna štampiljka):</source>
            <translation>&amp;Authority (heading stamp):</translation>
        </message>
        <message>
            <source>&amp;Ponovite geslo:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <source>&amp;Uporabniško ime:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>Podatki na tej postaji bodo šifrirani. Ustvarite račun prvega skrbnika; skrbnik nato doda račune uradnih oseb. Geslo mora imeti vsaj 10 znakov. Pozabljenega gesla ni mogoče obnoviti – novo geslo lahko da le drug skrbnik.</source>
            <translation>The data on this station will be encrypted. Create the account of the first administrator; the administrator then adds the officials' accounts. The password must have at least 10 characters. A forgotten password cannot be recovered – only another administrator can give a new one.</translation>
        </message>
        <message>
            <source>Podatki urada (privzeti na novih obrazcih; spremenite jih v Nastavitvah)</source>
            <translation>Office data (defaults on new forms; change them in Settings)</translation>
        </message>
        <message>
            <source>Prvi skrbnik te postaje</source>
            <translation>First administrator of this station</translation>
        </message>
        <message>
            <source>Prvi zagon ni končan: brez prvega skrbnika programa ni mogoče uporabljati. Želite končati?</source>
            <translation>The first start is not complete: without the first administrator the program cannot be used. Do you want to quit?</translation>
        </message>
        <message>
            <source>Prvi zagon – {app}</source>
            <translation>First start – {app}</translation>
        </message>
        <message>
            <source>Upravna &amp;enota:</source>
            <translation>Administrative &amp;unit:</translation>
        </message>
        <message>
            <source>Upravne enote »{text}« ni na seznamu; izberite jo s seznama ali pustite polje prazno.</source>
            <translation>The administrative unit »{text}« is not in the list; choose it from the list or leave the field empty.</translation>
        </message>
        <message>
            <source>Ustvari skrbnika</source>
            <translation>Create administrator</translation>
        </message>
        <message>
            <source>Vpišite ime in priimek, kot se izpiše na obrazcih.</source>
            <translation>Enter the full name as it is printed on the forms.</translation>
        </message>
        <message>
            <source>Vpišite uporabniško ime.</source>
            <translation>Enter the user name.</translation>
        </message>
        <message>
            <source>kot se izpiše na obrazcih, npr. Mojca Žagar</source>
            <translation>as printed on the forms, e.g. Mojca Žagar</translation>
        </message>
        <message>
            <source>npr. Republika Slovenija, Upravna enota Ljubljana, Tobačna 5, 1000 Ljubljana</source>
            <translation>e.g. Republika Slovenija, Upravna enota Ljubljana, Tobačna 5, 1000 Ljubljana</translation>
        </message>
        <message>
            <source>začnite tipkati, npr. Ljub</source>
            <translation>start typing, e.g. Ljub</translation>
        </message>
    </context>
    <context>
        <name>FormWizard</name>
        <message>
            <source>(ni fotografije)</source>
            <translation>(no photo)</translation>
        </message>
        <message>
            <source>(podpisan, v{n})</source>
            <translation>(signed, v{n})</translation>
        </message>
        <message>
            <source>(zaključen)</source>
            <translation>(finished)</translation>
        </message>
        <message>
            <source>&lt; Nazaj</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>Dodaj v &amp;register…</source>
            <translation>Add to the &amp;register…</translation>
        </message>
        <message>
            <source>Dodaj v register</source>
            <translation>Add to the register</translation>
        </message>
        <message>
            <source>Naprej &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>Naslednja stran (Alt+N, Ctrl+PgDown, Enter)</source>
            <translation>Next page (Alt+N, Ctrl+PgDown, Enter)</translation>
        </message>
        <message>
            <source>Ne zapri</source>
            <translation>Do not close</translation>
        </message>
        <message>
            <source>Obrazca ni bilo mogoče zaključiti: {error}</source>
            <translation>The form could not be finished: {error}</translation>
        </message>
        <message>
            <source>Obrazca ni mogoče zaključiti, ker ima napake. Popravite jih in poskusite znova.</source>
            <translation>The form cannot be finished because it has errors. Correct them and try again.</translation>
        </message>
        <message>
            <source>Obrazca ni mogoče zaključiti, ker zadnje spremembe niso shranjene: {error}</source>
            <translation>The form cannot be finished because the last changes are not saved: {error}</translation>
        </message>
        <message>
            <source>Obrazec je zaključen. Zdaj ga lahko podpišete, izvozite v PDF ali natisnete.</source>
            <translation>The form is finished. You can now sign it, export it to PDF or print it.</translation>
        </message>
        <message>
            <source>Obrazec se razlikuje od registra osebe; zapiši popravke v register</source>
            <translation>The form differs from the person's register record; write the corrections to the register</translation>
        </message>
        <message>
            <source>Osebe ni bilo mogoče vpisati v register: {error}</source>
            <translation>The person could not be recorded in the register: {error}</translation>
        </message>
        <message>
            <source>Podpisan obrazec (različica {v}) – dokončen, samo za branje.</source>
            <translation>Signed form (version {v}) – final, read only.</translation>
        </message>
        <message>
            <source>Ponovno odpri za urejanje</source>
            <translation>Reopen for editing</translation>
        </message>
        <message>
            <source>Popravkov ni bilo mogoče zapisati v register: {error}</source>
            <translation>The corrections could not be written to the register: {error}</translation>
        </message>
        <message>
            <source>Prejšnja stran (Alt+B, Ctrl+PgUp)</source>
            <translation>Previous page (Alt+B, Ctrl+PgUp)</translation>
        </message>
        <message>
            <source>Prevzemi popravke v register</source>
            <translation>Take the corrections into the register</translation>
        </message>
        <message>
            <source>Prevzemi popravke v register ({n})…</source>
            <translation>Take the corrections into the register ({n})…</translation>
        </message>
        <message>
            <source>Program bo spremembe poskusil shraniti znova sam.</source>
            <translation>The program will try to save the changes again by itself.</translation>
        </message>
        <message>
            <source>Samodejno shranjeno ob {time}</source>
            <translation>Saved automatically at {time}</translation>
        </message>
        <message>
            <source>Shranjeno. Samodejno shranjeno ob {time}</source>
            <translation>Saved. Saved automatically at {time}</translation>
        </message>
        <message>
            <source>Shranjevanje ni uspelo: {error}</source>
            <translation>Saving failed: {error}</translation>
        </message>
        <message>
            <source>Vpiši osebo iz izbrane vrstice v register in jo poveži kot družinskega člana</source>
            <translation>Add the person of the selected row to the register and link them as a family member</translation>
        </message>
        <message>
            <source>Vse spremembe se samodejno shranjujejo.</source>
            <translation>Every change is saved automatically.</translation>
        </message>
        <message>
            <source>Zadnjih sprememb ni bilo mogoče shraniti:
{error}

Če okno zaprete, bodo izgubljene. Ga vseeno zaprem?</source>
            <translation>The last changes could not be saved:
{error}

If you close the window they will be lost. Close it anyway?</translation>
        </message>
        <message>
            <source>Zaključen obrazec – samo za branje.</source>
            <translation>Finished form – read only.</translation>
        </message>
        <message>
            <source>Zaključi</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Zaključi obrazec (ko nima napak)</source>
            <translation>Finish the form (when it has no errors)</translation>
        </message>
        <message>
            <source>Zapri</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Zapri (Esc); vse je že shranjeno</source>
            <translation>Close (Esc); everything is already saved</translation>
        </message>
        <message>
            <source>Zapri brez shranjevanja</source>
            <translation>Close without saving</translation>
        </message>
        <message>
            <source>Zapri okno</source>
            <translation>Close window</translation>
        </message>
        <message>
            <source>druga fotografija</source>
            <translation>another photo</translation>
        </message>
        <message>
            <source>fotografija z obrazca</source>
            <translation>photo from the form</translation>
        </message>
        <message>
            <source>{label}: dodeli jo program, ko obrazec zaključite.</source>
            <translation>{label}: assigned by the program when you finish the form.</translation>
        </message>
        <message>
            <source>{label}: {number}</source>
            <translation>{label}: {number}</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source> Ključ je TESTNI – ni za prave dokumente.</source>
            <translation> The key is a TEST key – not for real documents.</translation>
        </message>
        <message>
            <source>&amp;Ne zaupaj več</source>
            <translation>&amp;No longer trust</translation>
        </message>
        <message>
            <source>&amp;Odstrani ključ</source>
            <translation>&amp;Remove key</translation>
        </message>
        <message>
            <source>&amp;Uvozi ključ (PKCS#12)…</source>
            <translation>&amp;Import key (PKCS#12)…</translation>
        </message>
        <message>
            <source>&amp;Zaupaj izdajatelju (CA)…</source>
            <translation>&amp;Trust issuer (CA)…</translation>
        </message>
        <message>
            <source>(poteklo)</source>
            <translation>(expired)</translation>
        </message>
        <message>
            <source>Dodan</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Geslo ključa »{name}«:
Geslo se uporabi le za preverjanje, da se ključ odpre; program ga ne shrani.</source>
            <translation>Password of the key »{name}«:
The password is used only to check that the key opens; the program does not keep it.</translation>
        </message>
        <message>
            <source>Imetnik</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Izdajatelj</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Izdajatelja ni bilo mogoče dodati: {error}</source>
            <translation>The issuer could not be added: {error}</translation>
        </message>
        <message>
            <source>Izdajatelju »{name}« ne zaupam več? Podpisi njegovih podpisnikov bodo prikazani kot »podpisnik ni med zaupanja vrednimi izdajatelji«.</source>
            <translation>Stop trusting the issuer »{name}«? Signatures of its signers will be shown as »the signer is not among the trusted issuers«.</translation>
        </message>
        <message>
            <source>Ključ PKCS#12 (*.p12 *.pfx);;Vse datoteke (*)</source>
            <translation>PKCS#12 key (*.p12 *.pfx);;All files (*)</translation>
        </message>
        <message>
            <source>Ključ uradne osebe (PKCS#12: .p12 ali .pfx) se shrani tak, kot je, zaščiten z njenim geslom. Gesla program ne shrani: ob uvozu le preveri, da se ključ odpre, in ga vpišete ob vsakem podpisu.</source>
            <translation>The official's key (PKCS#12: .p12 or .pfx) is kept as it is, protected by its password. The program does not keep the password: on import it only checks that the key opens, and you type it at every signature.</translation>
        </message>
        <message>
            <source>Ključa ni bilo mogoče uvoziti: {error}</source>
            <translation>The key could not be imported: {error}</translation>
        </message>
        <message>
            <source>Ključev ni bilo mogoče prebrati: {error}</source>
            <translation>The keys could not be read: {error}</translation>
        </message>
        <message>
            <source>Ključi uradnih oseb</source>
            <translation>Officials' keys</translation>
        </message>
        <message>
            <source>Ključi za podpisovanje</source>
            <translation>Signing keys</translation>
        </message>
        <message>
            <source>Ne zaupaj več</source>
            <translation>No longer trust</translation>
        </message>
        <message>
            <source>Nobenemu izdajatelju še ne zaupate: vsak podpis bo prikazan kot »podpisnik ni med zaupanja vrednimi izdajatelji«. Dodajte potrdilo izdajatelja (npr. državnega overitelja) v obliki PEM.</source>
            <translation>You do not trust any issuer yet: every signature will be shown as »the signer is not among the trusted issuers«. Add the issuer's certificate (e.g. of the state certification authority) in PEM format.</translation>
        </message>
        <message>
            <source>Odstrani</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Odstrani ključ</source>
            <translation>Remove key</translation>
        </message>
        <message>
            <source>Odstranim ključ »{name}« s te postaje? Že podpisani dokumenti ostanejo veljavni; za nove podpise bo treba ključ znova uvoziti.</source>
            <translation>Remove the key »{name}« from this station? Documents already signed stay valid; for new signatures the key will have to be imported again.</translation>
        </message>
        <message>
            <source>Podpis velja le, če je potrdilo podpisnika izdal eden od teh izdajateljev.</source>
            <translation>A signature is valid only if the signer's certificate was issued by one of these issuers.</translation>
        </message>
        <message>
            <source>Potrdilo izdajatelja (*.pem *.crt *.cer *.der);;Vse datoteke (*)</source>
            <translation>Issuer certificate (*.pem *.crt *.cer *.der);;All files (*)</translation>
        </message>
        <message>
            <source>Potrdilo je poteklo; s tem ključem ni mogoče podpisovati.</source>
            <translation>The certificate has expired; this key cannot sign.</translation>
        </message>
        <message>
            <source>Prekliči</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Prstni odtis</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <source>SHA-256: {fp}</source>
            <translation>SHA-256: {fp}</translation>
        </message>
        <message>
            <source>TEST: testni ključ ali izdajatelj, le za preizkus programa. Testnemu izdajatelju program ne zaupa, dokler ga sami ne dodate med zaupanja vredne; za prave dokumente ga ne uporabljajte.</source>
            <translation>TEST: a test key or issuer, only for trying the program out. The program does not trust a test issuer until you add it to the trusted ones yourself; do not use it for real documents.</translation>
        </message>
        <message>
            <source>Testni izdajatelj – zaupajte mu le za preizkus</source>
            <translation>Test issuer – trust it only for a trial</translation>
        </message>
        <message>
            <source>Testni ključ – ni za prave dokumente</source>
            <translation>Test key – not for real documents</translation>
        </message>
        <message>
            <source>Uvozi ključ (PKCS#12)</source>
            <translation>Import key (PKCS#12)</translation>
        </message>
        <message>
            <source>Uvožen ključ: {name}.</source>
            <translation>Imported key: {name}.</translation>
        </message>
        <message>
            <source>Velja od–do</source>
            <translation>Valid from–to</translation>
        </message>
        <message>
            <source>Vrsta</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Zaupaj izdajatelju (CA)</source>
            <translation>Trust issuer (CA)</translation>
        </message>
        <message>
            <source>Zaupaj za preizkus</source>
            <translation>Trust for a trial</translation>
        </message>
        <message>
            <source>Zaupanja vreden izdajatelj: {name}.</source>
            <translation>Trusted issuer: {name}.</translation>
        </message>
        <message>
            <source>Zaupanja vredni izdajatelji potrdil (CA)</source>
            <translation>Trusted certificate issuers (CA)</translation>
        </message>
        <message>
            <source>kartica (PKCS#11)</source>
            <translation>card (PKCS#11)</translation>
        </message>
        <message>
            <source>»{name}« je TESTNI izdajatelj. Če mu zaupate, bodo dokumenti, podpisani s testnimi ključi, na tej postaji prikazani kot veljavni. Mu zaupate le za preizkus?</source>
            <translation>»{name}« is a TEST issuer. If you trust it, documents signed with test keys will be shown as valid on this station. Trust it only for a trial?</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Geslo</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Odkleni</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Odprta okna in vpisani podatki so shranjeni in se vrnejo po odklepu.</source>
            <translation>Open windows and the data typed are saved and come back after unlocking.</translation>
        </message>
        <message>
            <source>Prijava drugega uporabnika</source>
            <translation>Log in as another user</translation>
        </message>
        <message>
            <source>Vpišite geslo.</source>
            <translation>Enter the password.</translation>
        </message>
        <message>
            <source>Zaklenjeno</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Zapre okna tega uporabnika (vse je shranjeno) in odpre prijavo</source>
            <translation>Closes this user's windows (everything is saved) and opens the login</translation>
        </message>
        <message>
            <source>{name} ({user})</source>
            <translation>{name} ({user})</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>&amp;Geslo:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Uporabniško ime:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>Prijava</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Prijava – {app}</source>
            <translation>Login – {app}</translation>
        </message>
        <message>
            <source>Račun ni več zaklenjen; poskusite znova.</source>
            <translation>The account is no longer locked; try again.</translation>
        </message>
        <message>
            <source>Ta postaja še nima uporabniških računov (datoteke s ključi ni). Zaprite program in ga odprite znova za prvi zagon.</source>
            <translation>This station has no user accounts yet (there is no key file). Close the program and open it again for the first start.</translation>
        </message>
        <message>
            <source>Vpišite geslo.</source>
            <translation>Enter the password.</translation>
        </message>
        <message>
            <source>Vpišite uporabniško ime.</source>
            <translation>Enter the user name.</translation>
        </message>
        <message>
            <source>Zbirke podatkov ni mogoče odpreti: {error}</source>
            <translation>The database cannot be opened: {error}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Nov obrazec</source>
            <translation>&amp;New form</translation>
        </message>
        <message>
            <source>&amp;Obrazec</source>
            <translation>&amp;Form</translation>
        </message>
        <message>
            <source>&amp;Odpri</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Prijava drugega uporabnika…</source>
            <translation>Log in as &amp;another user…</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <source>&amp;Register oseb</source>
            <translation>&amp;Register of persons</translation>
        </message>
        <message>
            <source>&amp;Uporabnik</source>
            <translation>&amp;User</translation>
        </message>
        <message>
            <source>&amp;Zakleni</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>(brez imena)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>(napaka v opisu obrazca)</source>
            <translation>(error in the form definition)</translation>
        </message>
        <message>
            <source>Dodaj ali preimenuj vnos v šifrantu</source>
            <translation>Add or rename an entry of the code list</translation>
        </message>
        <message>
            <source>Dodaj uradne osebe, nova gesla, vloge, izklop računov</source>
            <translation>Add officials, new passwords, roles, switching accounts off</translation>
        </message>
        <message>
            <source>Glava verige revizijske sledi (odtis zadnjega vnosa):
{head}</source>
            <translation>Head of the audit chain (fingerprint of the last entry):
{head}</translation>
        </message>
        <message>
            <source>I&amp;zbriši osnutek</source>
            <translation>&amp;Delete draft</translation>
        </message>
        <message>
            <source>Ime postaje, uradna oseba, organ</source>
            <translation>Station name, official, authority</translation>
        </message>
        <message>
            <source>Iskanje po imenu</source>
            <translation>Search by name</translation>
        </message>
        <message>
            <source>Iz&amp;hod</source>
            <translation>Ex&amp;it</translation>
        </message>
        <message>
            <source>Izberite novo geslo za svoj račun</source>
            <translation>Choose a new password for your account</translation>
        </message>
        <message>
            <source>Izbrišem osnutek »{name}«? Izbrisanega osnutka ni mogoče obnoviti.</source>
            <translation>Delete the draft »{name}«? A deleted draft cannot be restored.</translation>
        </message>
        <message>
            <source>Izbriši</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Izbriši izbrani osnutek (Delete)</source>
            <translation>Delete the selected draft (Delete)</translation>
        </message>
        <message>
            <source>Izbriši osnutek</source>
            <translation>Delete draft</translation>
        </message>
        <message>
            <source>Izvozi P&amp;DF…</source>
            <translation>E&amp;xport PDF…</translation>
        </message>
        <message>
            <source>Kdo je kaj naredil in kdaj; preverjanje verige zapisov</source>
            <translation>Who did what and when; checking the chain of entries</translation>
        </message>
        <message>
            <source>Na&amp;stavitve…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Napačno geslo.</source>
            <translation>Wrong password.</translation>
        </message>
        <message>
            <source>Nastavitev ni bilo mogoče shraniti: {error}</source>
            <translation>The settings could not be saved: {error}</translation>
        </message>
        <message>
            <source>Nastavitve</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Nati&amp;sni…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Natisni izbrani obrazec (Ctrl+P)</source>
            <translation>Print the selected form (Ctrl+P)</translation>
        </message>
        <message>
            <source>Natisni pr&amp;azen obrazec…</source>
            <translation>Print a bl&amp;ank form…</translation>
        </message>
        <message>
            <source>Natisni prazen obrazec izbrane vrste za izpolnjevanje na roke</source>
            <translation>Print a blank form of the selected kind to fill in by hand</translation>
        </message>
        <message>
            <source>Natisni prazen obrazec…</source>
            <translation>Print a blank form…</translation>
        </message>
        <message>
            <source>Ni shranjenih obrazcev. Izberite obrazec na levi in kliknite »Nov obrazec«.</source>
            <translation>No saved forms. Choose a form on the left and click »New form«.</translation>
        </message>
        <message>
            <source>Nov obrazec</source>
            <translation>New form</translation>
        </message>
        <message>
            <source>Nova &amp;oseba…</source>
            <translation>New &amp;person…</translation>
        </message>
        <message>
            <source>Obrazca ni bilo mogoče odpreti: {error}</source>
            <translation>The form could not be opened: {error}</translation>
        </message>
        <message>
            <source>Obrazca ni bilo mogoče začeti: {error}</source>
            <translation>The form could not be started: {error}</translation>
        </message>
        <message>
            <source>Obrazci</source>
            <translation>Forms</translation>
        </message>
        <message>
            <source>Obrazec ostaja odprt.</source>
            <translation>The form stays open.</translation>
        </message>
        <message>
            <source>Odpri</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Odpri PD&amp;F</source>
            <translation>Open PD&amp;F</translation>
        </message>
        <message>
            <source>Odpri PDF izbranega obrazca v pregledovalniku</source>
            <translation>Open the selected form's PDF in the viewer</translation>
        </message>
        <message>
            <source>Odpri izbrani obrazec (Enter)</source>
            <translation>Open the selected form (Enter)</translation>
        </message>
        <message>
            <source>Odpri o&amp;sebo obrazca</source>
            <translation>Open the form's per&amp;son</translation>
        </message>
        <message>
            <source>Odpri osebo iz registra, za katero je izbrani obrazec (Ctrl+Shift+O)</source>
            <translation>Open the person in the register whom the selected form is for (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <source>Oro&amp;dja</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>Orodna vrstica</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <source>Oseba</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Osebe ni bilo mogoče odpreti: {error}</source>
            <translation>The person could not be opened: {error}</translation>
        </message>
        <message>
            <source>Osebe, njihove družine in obrazci (Ctrl+R)</source>
            <translation>Persons, their families and forms (Ctrl+R)</translation>
        </message>
        <message>
            <source>Osnutki</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <source>Poišči osebo v registru (Ctrl+R)</source>
            <translation>Find a person in the register (Ctrl+R)</translation>
        </message>
        <message>
            <source>Pokaži, kako bo obrazec natisnjen</source>
            <translation>Show how the form will be printed</translation>
        </message>
        <message>
            <source>Ponovno odpri</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Ponovno odpri za &amp;urejanje</source>
            <translation>&amp;Reopen for editing</translation>
        </message>
        <message>
            <source>Ponovno odpri za urejanje</source>
            <translation>Reopen for editing</translation>
        </message>
        <message>
            <source>Pošlji spremembe v centralni register in prevzemi novosti (F9); delo teče naprej</source>
            <translation>Send changes to the central register and take the news (F9); work goes on</translation>
        </message>
        <message>
            <source>Predogled &amp;tiskanja…</source>
            <translation>Print previe&amp;w…</translation>
        </message>
        <message>
            <source>Prekliči</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Preostali poskusi pred začasnim zaklepom računa: {n}.</source>
            <translation>Attempts left before the account is locked for a while: {n}.</translation>
        </message>
        <message>
            <source>Priloga – obrazci začasne zaščite</source>
            <translation>Priloga – forms of temporary protection</translation>
        </message>
        <message>
            <source>Raz&amp;veljavi številko izkaznice…</source>
            <translation>&amp;Void the card number…</translation>
        </message>
        <message>
            <source>Razveljavi številko izkaznice</source>
            <translation>Void the card number</translation>
        </message>
        <message>
            <source>Register oseb</source>
            <translation>Register of persons</translation>
        </message>
        <message>
            <source>Revizijska s&amp;led…</source>
            <translation>Au&amp;dit trail…</translation>
        </message>
        <message>
            <source>Revizijska sled</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Revizijska sled: {n} vnosov, glava {head}</source>
            <translation>Audit trail: {n} entries, head {head}</translation>
        </message>
        <message>
            <source>Roki</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Roki ({n})</source>
            <translation>Deadlines ({n})</translation>
        </message>
        <message>
            <source>Seznama ni bilo mogoče prebrati: {error}</source>
            <translation>The list could not be read: {error}</translation>
        </message>
        <message>
            <source>Shrani izbrani obrazec kot PDF (Ctrl+E)</source>
            <translation>Save the selected form as PDF (Ctrl+E)</translation>
        </message>
        <message>
            <source>Shranjeni obrazci</source>
            <translation>Saved forms</translation>
        </message>
        <message>
            <source>Si&amp;nhroniziraj</source>
            <translation>S&amp;ynchronise</translation>
        </message>
        <message>
            <source>Spremeni &amp;geslo…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <source>Statistika</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Uporabnik: {name} ({user}), {role}</source>
            <translation>User: {name} ({user}), {role}</translation>
        </message>
        <message>
            <source>Uporabniški &amp;računi…</source>
            <translation>User &amp;accounts…</translation>
        </message>
        <message>
            <source>Uporabniški računi</source>
            <translation>User accounts</translation>
        </message>
        <message>
            <source>Varnostna k&amp;opija zdaj</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>Varnostna kopija: {name}</source>
            <translation>Backup: {name}</translation>
        </message>
        <message>
            <source>Vpiši novo osebo v register (Ctrl+Shift+N)</source>
            <translation>Add a new person to the register (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Vsa stanja</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Vsi obrazci</source>
            <translation>All forms</translation>
        </message>
        <message>
            <source>Zadnjih sprememb obrazca ni bilo mogoče shraniti ({error}). Odklenite program in jih shranite, preden se prijavi drug uporabnik.</source>
            <translation>The last changes of the form could not be saved ({error}). Unlock the program and save them before another user logs in.</translation>
        </message>
        <message>
            <source>Zakleni program; odklene ga vaše geslo (Ctrl+L)</source>
            <translation>Lock the program; your password unlocks it (Ctrl+L)</translation>
        </message>
        <message>
            <source>Zaključen obrazec bo spet osnutek, ki ga lahko spreminjate. Ga želite ponovno odpreti za urejanje?</source>
            <translation>The finished form will be a draft again that you can change. Do you want to reopen it for editing?</translation>
        </message>
        <message>
            <source>Zaključen obrazec spet omogoči za urejanje</source>
            <translation>Makes a finished form editable again</translation>
        </message>
        <message>
            <source>Zaključeni</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Zaključenih obrazcev ni mogoče izbrisati; izbrišete lahko le osnutke.</source>
            <translation>Finished forms cannot be deleted; you can delete only drafts.</translation>
        </message>
        <message>
            <source>Zapri program</source>
            <translation>Close the program</translation>
        </message>
        <message>
            <source>Zapri vsa okna in se prijavi kot drug uporabnik</source>
            <translation>Close all windows and log in as another user</translation>
        </message>
        <message>
            <source>Začni nov obrazec izbrane vrste (Ctrl+N)</source>
            <translation>Start a new form of the selected kind (Ctrl+N)</translation>
        </message>
        <message>
            <source>Zbirka: {path}    Postaja: {station}</source>
            <translation>Database: {path}    Station: {station}</translation>
        </message>
        <message>
            <source>{n} obrazca</source>
            <translation>{n} forms</translation>
        </message>
        <message>
            <source>{n} obrazcev</source>
            <translation>{n} forms</translation>
        </message>
        <message>
            <source>{n} obrazci</source>
            <translation>{n} forms</translation>
        </message>
        <message>
            <source>{n} obrazec</source>
            <translation>{n} form</translation>
        </message>
        <message>
            <source>Š&amp;ifranti…</source>
            <translation>Code &amp;lists…</translation>
        </message>
        <message>
            <source>Šifranti</source>
            <translation>Code lists</translation>
        </message>
        <message>
            <source>Šifrirana kopija zbirke in ključev v mapo varnostnih kopij</source>
            <translation>An encrypted copy of the database and the keys in the backup folder</translation>
        </message>
        <message>
            <source>Številka pokvarjene izkaznice se razveljavi (nikoli več ne uporabi); izkaznica dobi novo številko ob ponovnem zaključku</source>
            <translation>The number of a spoiled card is voided (never used again); the card gets a new number when finished again</translation>
        </message>
        <message>
            <source>Številka {serial} je razveljavljena in se ne bo več uporabila. Izkaznica je spet osnutek; ob ponovnem zaključku dobi novo številko.</source>
            <translation>The number {serial} is voided and will not be used again. The card is a draft again; when finished again it gets a new number.</translation>
        </message>
        <message>
            <source>Številke ni bilo mogoče razveljaviti: {error}</source>
            <translation>The number could not be voided: {error}</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <source>&amp;Dodaj družinskega člana…</source>
            <translation>&amp;Add a family member…</translation>
        </message>
        <message>
            <source>&amp;Stanje:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Datum rojstva</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Dne</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Dodaj do&amp;kument…</source>
            <translation>Add a do&amp;cument…</translation>
        </message>
        <message>
            <source>Dokument</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Dokumenta ni bilo mogoče vpisati: {error}</source>
            <translation>The document could not be recorded: {error}</translation>
        </message>
        <message>
            <source>Dokumenti</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Družina</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Družinskega člana ni bilo mogoče vpisati: {error}</source>
            <translation>The family member could not be recorded: {error}</translation>
        </message>
        <message>
            <source>Družinski član</source>
            <translation>Family member</translation>
        </message>
        <message>
            <source>Dvakrat kliknite obrazec ali ga izberite in pritisnite Enter, da ga odprete.</source>
            <translation>Double-click a form, or select it and press Enter, to open it.</translation>
        </message>
        <message>
            <source>Fotografija</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Fotografija (35 x 45 mm)</source>
            <translation>Photo (35 x 45 mm)</translation>
        </message>
        <message>
            <source>Izdan pri</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Izpis</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Izpis je shranjen v {path}.</source>
            <translation>The report is saved in {path}.</translation>
        </message>
        <message>
            <source>Izpis za posameznika</source>
            <translation>Personal data report</translation>
        </message>
        <message>
            <source>Izpis za posameznika…</source>
            <translation>Personal data report…</translation>
        </message>
        <message>
            <source>Izpisa ni bilo mogoče pripraviti ali shraniti: {error}</source>
            <translation>The report could not be prepared or saved: {error}</translation>
        </message>
        <message>
            <source>Naslednji obrazci</source>
            <translation>Next forms</translation>
        </message>
        <message>
            <source>Naziv</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Ni vpisanih dokumentov.</source>
            <translation>No documents recorded.</translation>
        </message>
        <message>
            <source>Ni vpisanih družinskih članov.</source>
            <translation>No family members recorded.</translation>
        </message>
        <message>
            <source>Nov obrazec</source>
            <translation>New form</translation>
        </message>
        <message>
            <source>Nova oseba</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>Obrazca ni bilo mogoče začeti: {error}</source>
            <translation>The form could not be started: {error}</translation>
        </message>
        <message>
            <source>Obrazec</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Obrazec {code} izpolnite za družinskega člana:</source>
            <translation>Fill in the form {code} for the family member:</translation>
        </message>
        <message>
            <source>Obrazec {code} je za družinskega člana; osebi najprej dodajte družinskega člana.</source>
            <translation>The form {code} is for a family member; first add a family member to the person.</translation>
        </message>
        <message>
            <source>Odpri družinskega člana</source>
            <translation>Open the family member</translation>
        </message>
        <message>
            <source>Oseba – {name}</source>
            <translation>Person – {name}</translation>
        </message>
        <message>
            <source>Osebe ni bilo mogoče prebrati: {error}</source>
            <translation>The person could not be read: {error}</translation>
        </message>
        <message>
            <source>Osebni podatki</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>Osnutek</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Podatkov osebe ni bilo mogoče prebrati: {error}</source>
            <translation>The person's data could not be read: {error}</translation>
        </message>
        <message>
            <source>Priimek in ime</source>
            <translation>Surname and name</translation>
        </message>
        <message>
            <source>Razmerje</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>Shranjevanje ni uspelo: {error}</source>
            <translation>Saving failed: {error}</translation>
        </message>
        <message>
            <source>Stanje</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Veljaven do</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Vloženi obrazci</source>
            <translation>Forms filed</translation>
        </message>
        <message>
            <source>Vpišite priimek in ime. Oseba se vpiše v register ob prvem vnosu; nato lahko dodate fotografijo, dokumente in družinske člane.</source>
            <translation>Enter the surname and name. The person is added to the register with the first entry; then you can add a photo, documents and family members.</translation>
        </message>
        <message>
            <source>Vrsta</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Vse spremembe se sproti shranjujejo v register.</source>
            <translation>Every change is saved to the register as you go.</translation>
        </message>
        <message>
            <source>Vsi podatki o osebi v PDF, npr. na njeno zahtevo za dostop</source>
            <translation>All data about the person in a PDF, e.g. at their request for access</translation>
        </message>
        <message>
            <source>Za katerega družinskega člana?</source>
            <translation>For which family member?</translation>
        </message>
        <message>
            <source>Za osebo še ni obrazcev.</source>
            <translation>There are no forms for this person yet.</translation>
        </message>
        <message>
            <source>Za to osebo zdaj ni predlaganih obrazcev.</source>
            <translation>No forms are suggested for this person now.</translation>
        </message>
        <message>
            <source>Zadnja sprememba</source>
            <translation>Last change</translation>
        </message>
        <message>
            <source>Zaključen</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Zapri</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Zastopanje, spremstvo</source>
            <translation>Representation, accompaniment</translation>
        </message>
        <message>
            <source>ga</source>
            <translation>him</translation>
        </message>
        <message>
            <source>ga/jo</source>
            <translation>him/her</translation>
        </message>
        <message>
            <source>jo</source>
            <translation>her</translation>
        </message>
        <message>
            <source>na podlagi obrazca {code} z dne {date}</source>
            <translation>on the basis of form {code} of {date}</translation>
        </message>
        <message>
            <source>spremlja mladoletno osebo</source>
            <translation>accompanies a minor</translation>
        </message>
        <message>
            <source>spremlja {who} {name}</source>
            <translation>{name} accompanies {who}</translation>
        </message>
        <message>
            <source>zakoniti zastopnik</source>
            <translation>legal representative</translation>
        </message>
        <message>
            <source>zastopa in spremlja {who} {name}</source>
            <translation>{name} represents and accompanies {who}</translation>
        </message>
        <message>
            <source>zastopa {who} {name}</source>
            <translation>{name} represents {who}</translation>
        </message>
        <message>
            <source>Številka</source>
            <translation>Number</translation>
        </message>
    </context>
    <context>
        <name>PersonsModel</name>
        <message>
            <source>(brez imena)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>Datum rojstva</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Državljanstvo</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <source>EMŠO</source>
            <translation>EMŠO</translation>
        </message>
        <message>
            <source>Priimek in ime</source>
            <translation>Surname and name</translation>
        </message>
        <message>
            <source>Stanje</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>PhotoCropDialog</name>
        <message>
            <source>Izrez fotografije (35 x 45 mm)</source>
            <translation>Photo crop (35 x 45 mm)</translation>
        </message>
        <message>
            <source>Povlecite okvir z miško ali ga premikajte s puščicami (s tipko Shift hitreje). Velikost spremenite s kolescem miške, s tipkama + in − ali z drsnikom. Obraz naj bo v sredini, oči v zgornji tretjini.</source>
            <translation>Drag the frame with the mouse or move it with the arrow keys (faster with Shift). Change the size with the mouse wheel, the + and − keys or the slider. The face should be in the middle, the eyes in the upper third.</translation>
        </message>
        <message>
            <source>Predogled:</source>
            <translation>Preview:</translation>
        </message>
        <message>
            <source>Velikost izreza</source>
            <translation>Crop size</translation>
        </message>
        <message>
            <source>Velikost:</source>
            <translation>Size:</translation>
        </message>
    </context>
    <context>
        <name>PhotoField</name>
        <message>
            <source>Fotografija</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Fotografije JPEG in PNG (*.jpg *.jpeg *.png);;Vse datoteke (*)</source>
            <translation>JPEG and PNG photos (*.jpg *.jpeg *.png);;All files (*)</translation>
        </message>
        <message>
            <source>Fotografije ni bilo mogoče odstraniti: {error}</source>
            <translation>The photo could not be removed: {error}</translation>
        </message>
        <message>
            <source>Fotografije ni bilo mogoče shraniti: {error}</source>
            <translation>The photo could not be saved: {error}</translation>
        </message>
        <message>
            <source>Izberi fotografijo</source>
            <translation>Choose a photo</translation>
        </message>
        <message>
            <source>Izberi fotografijo…</source>
            <translation>Choose a photo…</translation>
        </message>
        <message>
            <source>Odstrani</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Premakni izrez…</source>
            <translation>Move the crop…</translation>
        </message>
        <message>
            <source>ni fotografije
(35 x 45 mm)</source>
            <translation>no photo
(35 x 45 mm)</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueDialog</name>
        <message>
            <source>&amp;Tiskalnik:</source>
            <translation>&amp;Printer:</translation>
        </message>
        <message>
            <source>(brez imena)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>CUPS: {queue}</source>
            <translation>CUPS: {queue}</translation>
        </message>
        <message>
            <source>Ime</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Iskanje po imenu</source>
            <translation>Search by name</translation>
        </message>
        <message>
            <source>Izberi v pogovornem oknu za tiskanje …</source>
            <translation>Choose in the print dialog …</translation>
        </message>
        <message>
            <source>Izberi vse</source>
            <translation>Select all</translation>
        </message>
        <message>
            <source>Izbranih: {n}</source>
            <translation>Selected: {n}</translation>
        </message>
        <message>
            <source>Izkaznice:</source>
            <translation>Cards:</translation>
        </message>
        <message>
            <source>Natisni</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Natisnjeno</source>
            <translation>Printed</translation>
        </message>
        <message>
            <source>Obrazec</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Podpisan</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Poslano na tiskalnik {printer}: {n} dokumentov v {jobs} poslih (ponatisov: {reprints}).</source>
            <translation>Sent to the printer {printer}: {n} documents in {jobs} jobs (reprints: {reprints}).</translation>
        </message>
        <message>
            <source>Počisti izbor</source>
            <translation>Clear selection</translation>
        </message>
        <message>
            <source>Tiska ni bilo mogoče pripraviti: {error}</source>
            <translation>The printout could not be prepared: {error}</translation>
        </message>
        <message>
            <source>Tiskalna vrsta</source>
            <translation>Print queue</translation>
        </message>
        <message>
            <source>Tiskanje ni uspelo: {error}</source>
            <translation>Printing failed: {error}</translation>
        </message>
        <message>
            <source>Zaključen</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>na pole A4 (3 × 3, robne oznake, obojestransko)</source>
            <translation>on A4 sheets (3 × 3, crop marks, both sides)</translation>
        </message>
        <message>
            <source>ne</source>
            <translation>no</translation>
        </message>
        <message>
            <source>posamično na kartice 91 × 60 mm</source>
            <translation>singly on 91 × 60 mm cards</translation>
        </message>
        <message>
            <source>vsaka na svoj A4 za plastificiranje (spredaj in zadaj ob pregibu)</source>
            <translation>each on its own A4 for lamination (front and back at the fold)</translation>
        </message>
        <message>
            <source>v{n}</source>
            <translation>v{n}</translation>
        </message>
        <message>
            <source>{n}×</source>
            <translation>{n}×</translation>
        </message>
    </context>
    <context>
        <name>PrintSetupDialog</name>
        <message>
            <source>&amp;Tiskalnik:</source>
            <translation>&amp;Printer:</translation>
        </message>
        <message>
            <source>Brez popravka</source>
            <translation>No correction</translation>
        </message>
        <message>
            <source>Natisni umeritveno stran</source>
            <translation>Print the calibration page</translation>
        </message>
        <message>
            <source>Natisnite umeritveno stran na navaden papir A4 (merilo 100 %), z ravnilom izmerite razdalje, kot piše na strani, in jih vpišite. Popravek velja za vsa nadaljnja tiskanja na ta tiskalnik.</source>
            <translation>Print the calibration page on plain A4 paper (scale 100 %), measure the distances with a ruler as the page says, and enter them. The correction applies to all further printing on this printer.</translation>
        </message>
        <message>
            <source>Popravek:</source>
            <translation>Correction:</translation>
        </message>
        <message>
            <source>Popravka ni bilo mogoče shraniti: {error}</source>
            <translation>The correction could not be saved: {error}</translation>
        </message>
        <message>
            <source>Shrani</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Tiskanje ni uspelo: {error}</source>
            <translation>Printing failed: {error}</translation>
        </message>
        <message>
            <source>Trenutno:</source>
            <translation>Currently:</translation>
        </message>
        <message>
            <source>Umerjanje tiskalnika</source>
            <translation>Printer calibration</translation>
        </message>
        <message>
            <source>Vpiše pravilne mere: tiskalnik bo tiskal brez premika in merila</source>
            <translation>Enters the correct measurements: the printer will print with no offset and no scaling</translation>
        </message>
        <message>
            <source>a) levi rob – križec A:</source>
            <translation>a) left edge – cross A:</translation>
        </message>
        <message>
            <source>b) zgornji rob – križec A:</source>
            <translation>b) top edge – cross A:</translation>
        </message>
        <message>
            <source>c) križec A – križec B (vodoravno):</source>
            <translation>c) cross A – cross B (horizontal):</translation>
        </message>
        <message>
            <source>d) križec A – križec C (navpično):</source>
            <translation>d) cross A – cross C (vertical):</translation>
        </message>
    </context>
    <context>
        <name>RegisterPanel</name>
        <message>
            <source>Iskanje ne loči velikih in malih črk ter šumnikov: »sevc« najde »Ševčenko«. Puščica dol preide na seznam, Enter odpre osebo.</source>
            <translation>Search ignores case and diacritics: »sevc« finds »Ševčenko«. Arrow down moves to the list, Enter opens the person.</translation>
        </message>
        <message>
            <source>Iskanje ni uspelo: {error}</source>
            <translation>The search failed: {error}</translation>
        </message>
        <message>
            <source>Nobena oseba ne ustreza iskanju.</source>
            <translation>No person matches the search.</translation>
        </message>
        <message>
            <source>Nova oseba</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>Odpri izbrano osebo (Enter)</source>
            <translation>Open the selected person (Enter)</translation>
        </message>
        <message>
            <source>Odpri osebo</source>
            <translation>Open person</translation>
        </message>
        <message>
            <source>Priimek, ime, EMŠO, št. dokumenta ali datum rojstva</source>
            <translation>Surname, name, EMŠO, document no. or date of birth</translation>
        </message>
        <message>
            <source>Register je prazen. Novo osebo vpišete z gumbom »Nova oseba« (Ctrl+Shift+N).</source>
            <translation>The register is empty. Add a new person with the »New person« button (Ctrl+Shift+N).</translation>
        </message>
        <message>
            <source>Vpiši novo osebo v register (Ctrl+Shift+N)</source>
            <translation>Add a new person to the register (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>{n} najdena oseba</source>
            <translation>{n} person found</translation>
        </message>
        <message>
            <source>{n} najdene osebe</source>
            <translation>{n} persons found</translation>
        </message>
        <message>
            <source>{n} najdeni osebi</source>
            <translation>{n} persons found</translation>
        </message>
        <message>
            <source>{n} najdenih oseb</source>
            <translation>{n} persons found</translation>
        </message>
        <message>
            <source>{n} oseb v registru; prikazane so nazadnje spremenjene</source>
            <translation>{n} persons in the register; the most recently changed are shown</translation>
        </message>
        <message>
            <source>{n} oseba v registru; prikazane so nazadnje spremenjene</source>
            <translation>{n} person in the register; the most recently changed are shown</translation>
        </message>
        <message>
            <source>{n} osebe v registru; prikazane so nazadnje spremenjene</source>
            <translation>{n} persons in the register; the most recently changed are shown</translation>
        </message>
        <message>
            <source>{n} osebi v registru; prikazane so nazadnje spremenjene</source>
            <translation>{n} persons in the register; the most recently changed are shown</translation>
        </message>
    </context>
    <context>
        <name>RelativeDialog</name>
        <message>
            <source>&amp;Datum rojstva:</source>
            <translation>Date of &amp;birth:</translation>
        </message>
        <message>
            <source>&amp;Ime:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Nova oseba</source>
            <translation>New &amp;person</translation>
        </message>
        <message>
            <source>&amp;Priimek:</source>
            <translation>&amp;Surname:</translation>
        </message>
        <message>
            <source>&amp;Vrsta:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>Datum rojstva</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Dodaj</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Družinski član je osebi {name}:</source>
            <translation>The family member is to {name}:</translation>
        </message>
        <message>
            <source>Družinski član osebe {name}</source>
            <translation>Family member of {name}</translation>
        </message>
        <message>
            <source>Oseba, ki je že v &amp;registru</source>
            <translation>A person already in the &amp;register</translation>
        </message>
        <message>
            <source>Prevzemi državljanstvo, naslova ter datuma odhoda in vstopa od osebe {name}</source>
            <translation>Take citizenship, addresses and the dates of departure and entry from {name}</translation>
        </message>
        <message>
            <source>Priimek, ime, EMŠO, št. dokumenta ali datum rojstva</source>
            <translation>Surname, name, EMŠO, document no. or date of birth</translation>
        </message>
        <message>
            <source>Razmerje</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>Spo&amp;l:</source>
            <translation>Se&amp;x:</translation>
        </message>
        <message>
            <source>Spol</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>družinski član je zakoniti zastopnik osebe {name}</source>
            <translation>the family member is the legal representative of {name}</translation>
        </message>
        <message>
            <source>družinski član spremlja mladoletno osebo {name}</source>
            <translation>the family member accompanies the minor {name}</translation>
        </message>
        <message>
            <source>{name} je družinskemu članu:</source>
            <translation>{name} is to the family member:</translation>
        </message>
        <message>
            <source>{name} je zakoniti zastopnik družinskega člana</source>
            <translation>{name} is the legal representative of the family member</translation>
        </message>
        <message>
            <source>{name} spremlja mladoletnega družinskega člana</source>
            <translation>{name} accompanies the minor family member</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>&amp;Novo geslo:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>&amp;Ponovite geslo:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <source>Nastavi geslo</source>
            <translation>Set password</translation>
        </message>
        <message>
            <source>Novo geslo za {user}</source>
            <translation>New password for {user}</translation>
        </message>
        <message>
            <source>Račun je izklopljen; z novim geslom se spet vklopi.</source>
            <translation>The account is switched off; a new password switches it on again.</translation>
        </message>
        <message>
            <source>{name} si ob naslednji prijavi izbere svoje geslo.</source>
            <translation>{name} chooses their own password at the next login.</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source> mes.</source>
            <translation> mo.</translation>
        </message>
        <message>
            <source>&amp;Izbriši…</source>
            <translation>&amp;Erase…</translation>
        </message>
        <message>
            <source>&amp;Osveži</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Počisti izbor</source>
            <translation>&amp;Clear selection</translation>
        </message>
        <message>
            <source>&amp;Shrani roke</source>
            <translation>&amp;Save deadlines</translation>
        </message>
        <message>
            <source>Dnevnik zbirke bo očiščen, ko ga drugi programi prenehajo brati.</source>
            <translation>The database log will be cleared when other programs stop reading it.</translation>
        </message>
        <message>
            <source>Ime oziroma naziv</source>
            <translation>Name or title</translation>
        </message>
        <message>
            <source>Izberi &amp;vse</source>
            <translation>Select &amp;all</translation>
        </message>
        <message>
            <source>Izbris ni uspel, nič ni izbrisano: {error}</source>
            <translation>Erasure failed, nothing was erased: {error}</translation>
        </message>
        <message>
            <source>Izbrisa ni bilo mogoče pripraviti: {error}</source>
            <translation>The erasure could not be prepared: {error}</translation>
        </message>
        <message>
            <source>Izbrisano: {what}.</source>
            <translation>Erased: {what}.</translation>
        </message>
        <message>
            <source>Ni zapisov, ki bi jim potekel rok hrambe.</source>
            <translation>No records whose retention period has passed.</translation>
        </message>
        <message>
            <source>Privzeti &amp;roki</source>
            <translation>Default &amp;periods</translation>
        </message>
        <message>
            <source>Privzeti roki so izbrani po analogiji s 115. členom Zakona o tujcih (pet let); upravljavec jih mora preveriti glede na 73. člen Zakona o začasni zaščiti razseljenih oseb (ZZZRO-1). »brez roka«: zapisi te vrste se ne brišejo.</source>
            <translation>The default periods are chosen by analogy with Article 115 of the Aliens Act (five years); the controller must check them against Article 73 of the Act on Temporary Protection of Displaced Persons (ZZZRO-1). »no period«: records of this kind are not erased.</translation>
        </message>
        <message>
            <source>Razlog</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Roke hrambe nastavi skrbnik.</source>
            <translation>Retention periods are set by an administrator.</translation>
        </message>
        <message>
            <source>Roki hrambe</source>
            <translation>Retention periods</translation>
        </message>
        <message>
            <source>Roki hrambe in izbris</source>
            <translation>Retention and erasure</translation>
        </message>
        <message>
            <source>Roki hrambe so shranjeni.</source>
            <translation>The retention periods are saved.</translation>
        </message>
        <message>
            <source>Rokov hrambe ni bilo mogoče prebrati: {error}</source>
            <translation>The retention periods could not be read: {error}</translation>
        </message>
        <message>
            <source>Rokov hrambe ni bilo mogoče shraniti: {error}</source>
            <translation>The retention periods could not be saved: {error}</translation>
        </message>
        <message>
            <source>Seznama ni bilo mogoče pripraviti: {error}</source>
            <translation>The list could not be prepared: {error}</translation>
        </message>
        <message>
            <source>Vrsta</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Za izbris</source>
            <translation>Due for erasure</translation>
        </message>
        <message>
            <source>Za izbris od</source>
            <translation>Due for erasure since</translation>
        </message>
        <message>
            <source>Za izbris: {total}, izbranih: {checked}</source>
            <translation>Due for erasure: {total}, selected: {checked}</translation>
        </message>
        <message>
            <source>Zapisi, ki jim je potekel rok hrambe, najdlje zapadli najprej. Izberite jih in kliknite »Izbriši…«. Družina se izbriše skupaj, ko poteče rok zadnjemu družinskemu članu.</source>
            <translation>Records whose retention period has passed, the longest overdue first. Select them and click »Erase…«. A family is erased together, when the period of its last member has passed.</translation>
        </message>
        <message>
            <source>brez roka</source>
            <translation>no period</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>&amp;Vloga:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>Spremeni vlogo</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>Vloga določa, kaj uporabnik v programu vidi in sme narediti.</source>
            <translation>The role decides what the user sees and may do in the program.</translation>
        </message>
        <message>
            <source>Vloga za {user}</source>
            <translation>Role of {user}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Ime delovne postaje:</source>
            <translation>&amp;Workstation name:</translation>
        </message>
        <message>
            <source>&amp;Jezik programa:</source>
            <translation>Program &amp;language:</translation>
        </message>
        <message>
            <source>&amp;Organ (zglavna štampiljka):</source>
            <translation>&amp;Authority (heading stamp):</translation>
        </message>
        <message>
            <source>&amp;Uradna oseba:</source>
            <translation>&amp;Official:</translation>
        </message>
        <message>
            <source>&amp;Zakleni po nedejavnosti:</source>
            <translation>Lock after &amp;inactivity:</translation>
        </message>
        <message>
            <source>Ime postaje, organ in čas do zaklepa nastavi skrbnik.</source>
            <translation>The station's name, the authority and the time until locking are set by an administrator.</translation>
        </message>
        <message>
            <source>Jezik programa velja od naslednjega zagona.</source>
            <translation>The program's language applies from the next start.</translation>
        </message>
        <message>
            <source>Jezik velja za tega uporabnika na tem računalniku, od naslednjega zagona programa.</source>
            <translation>The language applies to this user on this computer, from the next start of the program.</translation>
        </message>
        <message>
            <source>Nastavitve</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Po toliko minutah brez dela se program zaklene; odklene ga geslo.</source>
            <translation>After this many minutes without work the program locks; the password unlocks it.</translation>
        </message>
        <message>
            <source>Uradna oseba in organ se vpišeta v vsak nov obrazec; v obrazcu ju lahko spremenite.</source>
            <translation>The official and the authority are written into every new form; you can change them in the form.</translation>
        </message>
        <message>
            <source>po jeziku sistema</source>
            <translation>as the system's language</translation>
        </message>
    </context>
    <context>
        <name>StatisticsView</name>
        <message>
            <source>Državljanstvo (prosilci in osebe z zaščito)</source>
            <translation>Citizenship (applicants and persons with protection)</translation>
        </message>
        <message>
            <source>Izkaznice, prepustnice ZZ-9, mladoletniki brez spremstva</source>
            <translation>Cards, ZZ-9 passes, unaccompanied minors</translation>
        </message>
        <message>
            <source>Izvoz ni uspel: {error}. Izberite drugo mapo ali obdobje.</source>
            <translation>The export failed: {error}. Choose another folder or period.</translation>
        </message>
        <message>
            <source>Izvoz statistike</source>
            <translation>Statistics export</translation>
        </message>
        <message>
            <source>Izvozi CSV</source>
            <translation>Export CSV</translation>
        </message>
        <message>
            <source>Izvozi PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>Obdobje od</source>
            <translation>Period from</translation>
        </message>
        <message>
            <source>Obrazci za pravice (UP) po vrsti</source>
            <translation>Forms for rights (UP) by kind</translation>
        </message>
        <message>
            <source>Prihodi in vloge na dan, trend in projekcija prihodov</source>
            <translation>Arrivals and applications per day, trend and projection of arrivals</translation>
        </message>
        <message>
            <source>Prikaži</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Stanje oseb na zadnji dan obdobja</source>
            <translation>Status of persons on the last day of the period</translation>
        </message>
        <message>
            <source>Starostne skupine in spol</source>
            <translation>Age groups and sex</translation>
        </message>
        <message>
            <source>Statistika</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>ZZ-9</source>
            <translation>ZZ-9</translation>
        </message>
        <message>
            <source>brez spremstva</source>
            <translation>unaccompanied</translation>
        </message>
        <message>
            <source>do</source>
            <translation>until</translation>
        </message>
        <message>
            <source>izdane</source>
            <translation>issued</translation>
        </message>
        <message>
            <source>moški</source>
            <translation>male</translation>
        </message>
        <message>
            <source>obrazci</source>
            <translation>forms</translation>
        </message>
        <message>
            <source>osebe</source>
            <translation>persons</translation>
        </message>
        <message>
            <source>prihodi</source>
            <translation>arrivals</translation>
        </message>
        <message>
            <source>projekcija</source>
            <translation>projection</translation>
        </message>
        <message>
            <source>projekcija prihodov (ni napoved)</source>
            <translation>projection of arrivals (not a forecast)</translation>
        </message>
        <message>
            <source>razveljavljene</source>
            <translation>voided</translation>
        </message>
        <message>
            <source>trend prihodov (najmanjši kvadrati)</source>
            <translation>trend of arrivals (least squares)</translation>
        </message>
        <message>
            <source>vloge ZZ-1</source>
            <translation>ZZ-1 applications</translation>
        </message>
        <message>
            <source>{start} – {end}: prihodov {arrivals}, vlog {applications}; na {end} z začasno zaščito {protected}, mladoletnikov brez spremstva {minors}. Projekcija je podaljšana premica trenda (najmanjši kvadrati), ne napoved.</source>
            <translation>{start} – {end}: {arrivals} arrivals, {applications} applications; on {end} with temporary protection {protected}, unaccompanied minors {minors}. The projection is the extended trend line (least squares), not a forecast.</translation>
        </message>
        <message>
            <source>število</source>
            <translation>number</translation>
        </message>
        <message>
            <source>ženske</source>
            <translation>female</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Drugo</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Dvakrat kliknite opozorilo ali ga izberite in pritisnite Enter, da odprete polje.</source>
            <translation>Double-click a warning, or select it and press Enter, to open its field.</translation>
        </message>
        <message>
            <source>Elektronsko podpiši obrazec in shrani podpisani PDF (Ctrl+Shift+S)</source>
            <translation>Electronically sign the form and save the signed PDF (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Izvozi PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Natisni…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Obrazec nima napak ne opozoril.</source>
            <translation>The form has no errors or warnings.</translation>
        </message>
        <message>
            <source>Odpri PDF</source>
            <translation>Open PDF</translation>
        </message>
        <message>
            <source>Podpisan obrazec ostane, kot je; popravek je nov osnutek z istimi podatki</source>
            <translation>The signed form stays as it is; the correction is a new draft with the same data</translation>
        </message>
        <message>
            <source>Podpiši in izvozi…</source>
            <translation>Sign and export…</translation>
        </message>
        <message>
            <source>Ponovno odpri za urejanje</source>
            <translation>Reopen for editing</translation>
        </message>
        <message>
            <source>Popravek (nova različica)</source>
            <translation>Correction (new version)</translation>
        </message>
        <message>
            <source>Predogled tiskanja…</source>
            <translation>Print preview…</translation>
        </message>
        <message>
            <source>Pregled in zaključek</source>
            <translation>Review and finish</translation>
        </message>
        <message>
            <source>Preveri podpis</source>
            <translation>Check signature</translation>
        </message>
        <message>
            <source>Stanje: osnutek. Vse spremembe so sproti shranjene. Ko napak ni več, obrazec zaključite z gumbom »Zaključi«.</source>
            <translation>Status: draft. Every change is saved as you go. When there are no errors left, finish the form with the »Finish« button.</translation>
        </message>
        <message>
            <source>Stanje: podpisan (različica {v}) {when}, podpisnik {signer}. Podpisan obrazec je dokončen in ga ni mogoče spreminjati; za spremembo naredite popravek (nova različica).</source>
            <translation>Status: signed (version {v}) {when}, signer {signer}. A signed form is final and cannot be changed; to change it, make a correction (a new version).</translation>
        </message>
        <message>
            <source>Stanje: zaključen {when}. Obrazec je samo za branje; za spremembe ga ponovno odprite za urejanje.</source>
            <translation>Status: finished {when}. The form is read only; to change it, reopen it for editing.</translation>
        </message>
        <message>
            <source>{n} napak</source>
            <translation>{n} errors</translation>
        </message>
        <message>
            <source>{n} napaka</source>
            <translation>{n} error</translation>
        </message>
        <message>
            <source>{n} napake</source>
            <translation>{n} errors</translation>
        </message>
        <message>
            <source>{n} napaki</source>
            <translation>{n} errors</translation>
        </message>
        <message>
            <source>{n} opozoril</source>
            <translation>{n} warnings</translation>
        </message>
        <message>
            <source>{n} opozorila</source>
            <translation>{n} warnings</translation>
        </message>
        <message>
            <source>{n} opozorili</source>
            <translation>{n} warnings</translation>
        </message>
        <message>
            <source>{n} opozorilo</source>
            <translation>{n} warning</translation>
        </message>
    </context>
    <context>
        <name>SyncScheduler</name>
        <message>
            <source>Konfliktov: {n}</source>
            <translation>Conflicts: {n}</translation>
        </message>
        <message>
            <source>Neposlanih: {n}</source>
            <translation>Not sent: {n}</translation>
        </message>
        <message>
            <source>Sinhronizacija ni uspela: {error}</source>
            <translation>Synchronisation failed: {error}</translation>
        </message>
        <message>
            <source>Sinhronizacija s centralnim registrom …</source>
            <translation>Synchronising with the central register …</translation>
        </message>
        <message>
            <source>Sinhronizirano: poslanih {pushed}, sprejetih {applied}</source>
            <translation>Synchronised: {pushed} sent, {applied} received</translation>
        </message>
        <message>
            <source>Sinhronizirano: {at}</source>
            <translation>Synchronised: {at}</translation>
        </message>
        <message>
            <source>Spremembe, ki še niso v centralnem registru: {n}</source>
            <translation>Changes not yet in the central register: {n}</translation>
        </message>
        <message>
            <source>Zavrnjenih: {n}</source>
            <translation>Refused: {n}</translation>
        </message>
        <message>
            <source>konfliktov {n}</source>
            <translation>conflicts {n}</translation>
        </message>
        <message>
            <source>premeščenih na to postajo {n}</source>
            <translation>moved to this station {n}</translation>
        </message>
        <message>
            <source>zavrnjenih {n}: {first}</source>
            <translation>refused {n}: {first}</translation>
        </message>
        <message>
            <source>Še ni bilo sinhronizacije</source>
            <translation>Not synchronised yet</translation>
        </message>
        <message>
            <source>⚠ Postaja je preklicana</source>
            <translation>⚠ The station has been revoked</translation>
        </message>
        <message>
            <source>⚠ Postaja ni vpisana</source>
            <translation>⚠ The station is not enrolled</translation>
        </message>
        <message>
            <source>⚠ Register ni dosegljiv</source>
            <translation>⚠ The register is unreachable</translation>
        </message>
        <message>
            <source>⚠ Zavrnjeno</source>
            <translation>⚠ Refused</translation>
        </message>
    </context>
    <context>
        <name>TableEditor</name>
        <message>
            <source>&amp;Dodaj vrstico</source>
            <translation>&amp;Add row</translation>
        </message>
        <message>
            <source>&amp;Odstrani vrstico</source>
            <translation>&amp;Remove row</translation>
        </message>
        <message>
            <source>Dodaj vrstico (Ctrl+Insert)</source>
            <translation>Add row (Ctrl+Insert)</translation>
        </message>
        <message>
            <source>Odstrani izbrano vrstico</source>
            <translation>Remove the selected row</translation>
        </message>
        <message>
            <source>največ {max} vrstic</source>
            <translation>at most {max} rows</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>  (TESTNO potrdilo)</source>
            <translation>  (TEST certificate)</translation>
        </message>
        <message>
            <source>Dokument:</source>
            <translation>Document:</translation>
        </message>
        <message>
            <source>Izdajatelj potrdila:</source>
            <translation>Certificate issuer:</translation>
        </message>
        <message>
            <source>Izdajatelj zaupanja vreden:</source>
            <translation>Issuer trusted:</translation>
        </message>
        <message>
            <source>Podpisnik:</source>
            <translation>Signer:</translation>
        </message>
        <message>
            <source>Podpisov v dokumentu:</source>
            <translation>Signatures in the document:</translation>
        </message>
        <message>
            <source>Preverjanje podpisa</source>
            <translation>Signature check</translation>
        </message>
        <message>
            <source>Prstni odtis potrdila:</source>
            <translation>Certificate fingerprint:</translation>
        </message>
        <message>
            <source>Spremenjen po podpisu:</source>
            <translation>Changed after signing:</translation>
        </message>
        <message>
            <source>da</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>ne</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Čas podpisa:</source>
            <translation>Time of signing:</translation>
        </message>
        <message>
            <source>Časovni žig:</source>
            <translation>Timestamp:</translation>
        </message>
        <message>
            <source>Če izdajatelju podpisnikovega potrdila zaupate, ga dodajte v Orodja › Ključi za podpisovanje… › Zaupaj izdajatelju (CA)…</source>
            <translation>If you trust the issuer of the signer's certificate, add it in Tools › Signing keys… › Trust issuer (CA)…</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <source>&amp;Razlog:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Razveljavi</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>Razveljavi številko izkaznice</source>
            <translation>Void the card number</translation>
        </message>
        <message>
            <source>Vpišite razlog razveljavitve.</source>
            <translation>Enter the reason for voiding.</translation>
        </message>
        <message>
            <source>npr. napaka pri tisku, poškodovana kartica</source>
            <translation>e.g. printing error, damaged card</translation>
        </message>
        <message>
            <source>Številka {serial} bo razveljavljena in se ne bo nikoli več uporabila. Izkaznica postane spet osnutek in ob zaključku dobi novo številko.</source>
            <translation>The number {serial} will be voided and never used again. The card becomes a draft again and gets a new number when finished.</translation>
        </message>
    </context>
    <context>
        <name>accounts</name>
        <message>
            <source>nadzornik (tudi razveljavi, popravi podpisano, revizijska sled)</source>
            <translation>supervisor (also voids, corrects signed forms, audit trail)</translation>
        </message>
        <message>
            <source>skrbnik (tudi računi, šifranti, nastavitve)</source>
            <translation>administrator (also accounts, code lists, settings)</translation>
        </message>
        <message>
            <source>uradna oseba (izpolnjuje, podpisuje, tiska)</source>
            <translation>official (fills in, signs, prints)</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Nepričakovana napaka: {error}</source>
            <translation>Unexpected error: {error}</translation>
        </message>
        <message>
            <source>Pred začetkom dela si morate izbrati novo geslo.</source>
            <translation>Before you start work you must choose a new password.</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>datoteka</source>
            <translation>file</translation>
        </message>
        <message>
            <source>dokument osebe</source>
            <translation>person's document</translation>
        </message>
        <message>
            <source>družinska povezava</source>
            <translation>family link</translation>
        </message>
        <message>
            <source>ključ</source>
            <translation>key</translation>
        </message>
        <message>
            <source>ključ postaje</source>
            <translation>station key</translation>
        </message>
        <message>
            <source>nadzornik</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>nastavitev</source>
            <translation>setting</translation>
        </message>
        <message>
            <source>nastavljeno</source>
            <translation>set</translation>
        </message>
        <message>
            <source>nedejavnost</source>
            <translation>inactivity</translation>
        </message>
        <message>
            <source>ni več zaupanja vreden</source>
            <translation>no longer trusted</translation>
        </message>
        <message>
            <source>novo geslo od skrbnika</source>
            <translation>new password from an administrator</translation>
        </message>
        <message>
            <source>obrazec</source>
            <translation>form</translation>
        </message>
        <message>
            <source>odstranjeno</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>oseba</source>
            <translation>person</translation>
        </message>
        <message>
            <source>polje</source>
            <translation>field</translation>
        </message>
        <message>
            <source>povezano</source>
            <translation>linked</translation>
        </message>
        <message>
            <source>različica</source>
            <translation>version</translation>
        </message>
        <message>
            <source>razlog</source>
            <translation>reason</translation>
        </message>
        <message>
            <source>račun</source>
            <translation>account</translation>
        </message>
        <message>
            <source>sekund</source>
            <translation>seconds</translation>
        </message>
        <message>
            <source>serijska številka</source>
            <translation>serial number</translation>
        </message>
        <message>
            <source>skrbnik</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>sprememba</source>
            <translation>change</translation>
        </message>
        <message>
            <source>spremenjeno</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>tiskalnik</source>
            <translation>printer</translation>
        </message>
        <message>
            <source>uporabnik</source>
            <translation>user</translation>
        </message>
        <message>
            <source>uradna oseba</source>
            <translation>official</translation>
        </message>
        <message>
            <source>ustvarjeno</source>
            <translation>created</translation>
        </message>
        <message>
            <source>uvoženo</source>
            <translation>imported</translation>
        </message>
        <message>
            <source>vloga</source>
            <translation>role</translation>
        </message>
        <message>
            <source>vrsta</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>zaupanja vreden</source>
            <translation>trusted</translation>
        </message>
        <message>
            <source>zaupanja vreden izdajatelj</source>
            <translation>trusted issuer</translation>
        </message>
        <message>
            <source>šifrant</source>
            <translation>code list</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Da</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Ne</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Prekliči</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>V redu</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Zapri</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>Datoteke ni bilo mogoče zapisati: {error}</source>
            <translation>The file could not be written: {error}</translation>
        </message>
        <message>
            <source>Dokument PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Izvoz PDF</source>
            <translation>PDF export</translation>
        </message>
        <message>
            <source>Izvozi PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>Na tem računalniku ni programa za branje PDF. Datoteka je shranjena v {path}.</source>
            <translation>There is no PDF viewer on this computer. The file is saved in {path}.</translation>
        </message>
        <message>
            <source>Obrazec je natisnjen v datoteko {path}.</source>
            <translation>The form has been printed to the file {path}.</translation>
        </message>
        <message>
            <source>Obrazec je poslan v tisk na tiskalnik {printer}.</source>
            <translation>The form has been sent to the printer {printer}.</translation>
        </message>
        <message>
            <source>Odpri PDF</source>
            <translation>Open PDF</translation>
        </message>
        <message>
            <source>PDF je shranjen: {path}</source>
            <translation>PDF saved: {path}</translation>
        </message>
        <message>
            <source>PDF ni bilo mogoče pripraviti: {error}</source>
            <translation>The PDF could not be prepared: {error}</translation>
        </message>
        <message>
            <source>Prazen obrazec</source>
            <translation>Blank form</translation>
        </message>
        <message>
            <source>Predogleda ni bilo mogoče pripraviti: {error}</source>
            <translation>The preview could not be prepared: {error}</translation>
        </message>
        <message>
            <source>Revizijska sled</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <source>Tiskanje</source>
            <translation>Printing</translation>
        </message>
        <message>
            <source>Tiskanje ni uspelo: {error}</source>
            <translation>Printing failed: {error}</translation>
        </message>
        <message>
            <source>Zapis v revizijsko sled ni uspel: {error}</source>
            <translation>Writing to the audit trail failed: {error}</translation>
        </message>
    </context>
    <context>
        <name>family</name>
        <message>
            <source>%v od %m</source>
            <translation>%v of %m</translation>
        </message>
        <message>
            <source>%v od %m: tiskanje</source>
            <translation>%v of %m: printing</translation>
        </message>
        <message>
            <source>%v od %m: {name}</source>
            <translation>%v of %m: {name}</translation>
        </message>
        <message>
            <source>&amp;Dodaj člana…</source>
            <translation>&amp;Add member…</translation>
        </message>
        <message>
            <source>&amp;Družina…</source>
            <translation>&amp;Family…</translation>
        </message>
        <message>
            <source>&amp;Izdaj dokumente družini</source>
            <translation>&amp;Issue the family's documents</translation>
        </message>
        <message>
            <source>&amp;Odstrani</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>&amp;Uredi…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Vpiši družino v register</source>
            <translation>Add the &amp;family to the register</translation>
        </message>
        <message>
            <source>&lt;span style='color:#8a0016'&gt;{name}, {what}: {problem}&lt;/span&gt; &lt;a href="draft:{id}"&gt;Odpri obrazec&lt;/a&gt;</source>
            <translation>&lt;span style='color:#8a0016'&gt;{name}, {what}: {problem}&lt;/span&gt; &lt;a href="draft:{id}"&gt;Open the form&lt;/a&gt;</translation>
        </message>
        <message>
            <source>CUPS: {queue}</source>
            <translation>CUPS: {queue}</translation>
        </message>
        <message>
            <source>Dodajte člane (prvi je oseba, s katero so povezani ostali), nato jih vpišite v register z enim klikom.</source>
            <translation>Add the members (the first is the person the others are linked to), then add them all to the register with one click.</translation>
        </message>
        <message>
            <source>Dokument</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Dokumenti PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Dokumenti družine</source>
            <translation>The family's documents</translation>
        </message>
        <message>
            <source>Dokumentov ni bilo mogoče izdati: {error}</source>
            <translation>The documents could not be issued: {error}</translation>
        </message>
        <message>
            <source>Družina</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Družina je vpisana v register; nastavite stanje in fotografije, nato izdajte dokumente.</source>
            <translation>The family is in the register; set the status and the photos, then issue the documents.</translation>
        </message>
        <message>
            <source>Družine ni bilo mogoče vpisati (nič ni shranjeno): {error}</source>
            <translation>The family could not be added to the register (nothing has been saved): {error}</translation>
        </message>
        <message>
            <source>Fotografija</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Fotografija izbranega člana</source>
            <translation>Photo of the selected member</translation>
        </message>
        <message>
            <source>Ime (v latinici)</source>
            <translation>Name (Latin script)</translation>
        </message>
        <message>
            <source>Izberi v pogovornem oknu za tiskanje …</source>
            <translation>Choose in the print dialog …</translation>
        </message>
        <message>
            <source>Izdano (ne natisnjeno): {what}.</source>
            <translation>Issued (not printed): {what}.</translation>
        </message>
        <message>
            <source>Končano</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Ni dokumentov za izdajo: potrdilo ZZ-2 se izda iz zaključenega ZZ-1, izkaznica ZZ-8 osebi z začasno zaščito.</source>
            <translation>No documents to issue: a ZZ-2 receipt is issued from a finished ZZ-1, a ZZ-8 card to a person with temporary protection.</translation>
        </message>
        <message>
            <source>Odpri os&amp;ebo</source>
            <translation>&amp;Open person</translation>
        </message>
        <message>
            <source>Poslano na tiskalnik {printer}: {what}.</source>
            <translation>Sent to the printer {printer}: {what}.</translation>
        </message>
        <message>
            <source>Potrdila ZZ-2 iz zaključenih ZZ-1 in izkaznice ZZ-8 za vse z začasno zaščito: zaključi in natisne v enem koraku</source>
            <translation>ZZ-2 receipts from the finished ZZ-1 forms and ZZ-8 cards for everyone with temporary protection: finished and printed in one step</translation>
        </message>
        <message>
            <source>Prvi ga</source>
            <translation>First member's role</translation>
        </message>
        <message>
            <source>Razmerje</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>Rojen</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>S&amp;tanje izbranega:</source>
            <translation>S&amp;tatus of the selected member:</translation>
        </message>
        <message>
            <source>Shrani dokumente družine</source>
            <translation>Save the family's documents</translation>
        </message>
        <message>
            <source>Shrani v datoteko PDF …</source>
            <translation>Save to a PDF file …</translation>
        </message>
        <message>
            <source>Shranjeno v {file}: {what}.</source>
            <translation>Saved to {file}: {what}.</translation>
        </message>
        <message>
            <source>Stanje</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tis&amp;kalnik:</source>
            <translation>&amp;Printer:</translation>
        </message>
        <message>
            <source>Tiskanje preklicano</source>
            <translation>Printing cancelled</translation>
        </message>
        <message>
            <source>Vpiši družino naenkrat (iz dokumentov) in ji izdaj dokumente (Ctrl+Shift+D)</source>
            <translation>Add a whole family to the register at once (from their documents) and issue their documents (Ctrl+Shift+D)</translation>
        </message>
        <message>
            <source>Zapri</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Začasna &amp;zaščita priznana vsem</source>
            <translation>Temporary protection &amp;granted to all</translation>
        </message>
        <message>
            <source>da</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>izkaznica ZZ-8</source>
            <translation>ZZ-8 card</translation>
        </message>
        <message>
            <source>ne</source>
            <translation>no</translation>
        </message>
        <message>
            <source>potrdilo ZZ-2</source>
            <translation>ZZ-2 receipt</translation>
        </message>
        <message>
            <source>prvi član</source>
            <translation>first member</translation>
        </message>
        <message>
            <source>spremlja</source>
            <translation>accompanies</translation>
        </message>
        <message>
            <source>zastopa</source>
            <translation>represents</translation>
        </message>
        <message>
            <source>Člana ni bilo mogoče vpisati: {error}</source>
            <translation>The member could not be added to the register: {error}</translation>
        </message>
        <message>
            <source>Člani družine (prvi je oseba, s katero so povezani ostali)</source>
            <translation>Family members (the first is the person the others are linked to)</translation>
        </message>
        <message>
            <source>še ni vpisan</source>
            <translation>not yet in the register</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>vpišite del imena države</source>
            <translation>type part of the country's name</translation>
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <source>Gesli se ne ujemata.</source>
            <translation>The passwords do not match.</translation>
        </message>
        <message>
            <source>Geslo ustreza pravilom.</source>
            <translation>The password meets the rules.</translation>
        </message>
        <message>
            <source>Napačno uporabniško ime ali geslo. Preverite, ali je vklopljena tipka Caps Lock.</source>
            <translation>Wrong user name or password. Check whether Caps Lock is on.</translation>
        </message>
        <message>
            <source>Preostali poskusi pred začasnim zaklepom računa: {n} od {total}.</source>
            <translation>Attempts left before the account is locked for a while: {n} of {total}.</translation>
        </message>
        <message>
            <source>Račun je zaradi ponavljajočih se napačnih gesel začasno zaklenjen še {s} s. Počakajte ali prosite skrbnika za novo geslo.</source>
            <translation>After repeated wrong passwords the account is locked for another {s} s. Wait or ask an administrator for a new password.</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source> x  točk</source>
            <translation> x  pixels</translation>
        </message>
        <message>
            <source>, a začasna zaščita traja le do {until}, zato je obdobje krajše</source>
            <translation>, but temporary protection lasts only until {until}, so the period is shorter</translation>
        </message>
        <message>
            <source>26. člen Uredbe (EU) 2024/1358 (Eurodac; besedila ni med viri — preverite)</source>
            <translation>26. člen Uredbe (EU) 2024/1358 (Eurodac; besedila ni med viri — preverite)</translation>
        </message>
        <message>
            <source>3. člen {PRAVILNIK}</source>
            <translation>3. člen {PRAVILNIK}</translation>
        </message>
        <message>
            <source>4. člen {PRAVILNIK}</source>
            <translation>4. člen {PRAVILNIK}</translation>
        </message>
        <message>
            <source>56. člen ZZZRO-1 in 14. člen {UREDBA}</source>
            <translation>56. člen ZZZRO-1 in 14. člen {UREDBA}</translation>
        </message>
        <message>
            <source>7. člen {PRAVILNIK}</source>
            <translation>7. člen {PRAVILNIK}</translation>
        </message>
        <message>
            <source>73. člen ZZZRO-1</source>
            <translation>73. člen ZZZRO-1</translation>
        </message>
        <message>
            <source>Centralni register ({url.split('/v1/')[0]}) ni dosegljiv: {err}. Delo na postaji teče naprej; sinhronizirajte, ko bo povezava spet na voljo.</source>
            <translation>The central register ({url.split('/v1/')[0]}) is unreachable: {err}. Work at the station goes on; synchronise when the connection is available again.</translation>
        </message>
        <message>
            <source>Centralni register je zavrnil zahtevo: {detail}</source>
            <translation>The central register refused the request: {detail}</translation>
        </message>
        <message>
            <source>Datoteka je prevelika ({size // (1024 * 1024)} MB); izberite fotografijo, manjšo od 30 MB.</source>
            <translation>The file is too large ({size // (1024 * 1024)} MB); choose a photo smaller than 30 MB.</translation>
        </message>
        <message>
            <source>Datoteka ni berljiv dokument PDF ({exc}).</source>
            <translation>The file is not a readable PDF document ({exc}).</translation>
        </message>
        <message>
            <source>Datoteka ni potrdilo X.509 (PEM ali DER).</source>
            <translation>The file is not an X.509 certificate (PEM or DER).</translation>
        </message>
        <message>
            <source>Datoteka s ključi varnostne kopije {backup_file.name} ni uporabna ({exc}).</source>
            <translation>The key file of the backup {backup_file.name} is not usable ({exc}).</translation>
        </message>
        <message>
            <source>Datoteka s ključi {self.path} je poškodovana ({detail}); z njo se ni mogoče prijaviti. Obnovite jo iz varnostne kopije (priloga restore); datoteke program ni spreminjal.</source>
            <translation>The key file {self.path} is damaged ({detail}); it cannot be used to log in. Restore it from a backup (priloga restore); the program has not changed the file.</translation>
        </message>
        <message>
            <source>Datoteka s ključi {self.path} že obstaja; prijavite se z obstoječim računom.</source>
            <translation>The key file {self.path} already exists; log in with an existing account.</translation>
        </message>
        <message>
            <source>Datoteka {name} je prazna ali prekratka; varnostna kopija je nepopolna.</source>
            <translation>The file {name} is empty or too short; the backup is incomplete.</translation>
        </message>
        <message>
            <source>Datoteka {name} ni šifrirana; to ni varnostna kopija programa Priloga.</source>
            <translation>The file {name} is not encrypted; it is not a backup of Priloga.</translation>
        </message>
        <message>
            <source>Datoteka {self.path} ni datoteka s ključi programa Priloga.</source>
            <translation>The file {self.path} is not a key file of Priloga.</translation>
        </message>
        <message>
            <source>Datoteka{name} ni ključ PKCS#12 (.p12, .pfx) ali pa je poškodovana.</source>
            <translation>The file{name} is not a PKCS#12 key (.p12, .pfx) or it is damaged.</translation>
        </message>
        <message>
            <source>Datoteke s ključi {keys_path.name} ni; brez nje varnostne kopije ne bi bilo mogoče odpreti.</source>
            <translation>The key file {keys_path.name} is missing; without it the backup could not be opened.</translation>
        </message>
        <message>
            <source>Datoteke s ključi {self.path} ni mogoče prebrati ({exc.strerror or exc}); preverite disk in pravice mape ali jo obnovite iz varnostne kopije (priloga restore).</source>
            <translation>The key file {self.path} cannot be read ({exc.strerror or exc}); check the disk and the folder's permissions, or restore it from a backup (priloga restore).</translation>
        </message>
        <message>
            <source>Datoteke s ključi {self.path} ni mogoče zapisati ({exc.strerror or exc}); sprostite prostor na disku ali preverite pravice mape. {kept}</source>
            <translation>The key file {self.path} cannot be written ({exc.strerror or exc}); free space on the disk or check the folder's permissions. {kept}</translation>
        </message>
        <message>
            <source>Datoteke s ključi {self.path} ni; ob prvem zagonu ustvarite prvega skrbnika.</source>
            <translation>The key file {self.path} does not exist; at the first start create the first administrator.</translation>
        </message>
        <message>
            <source>Datum odhoda iz izvorne države</source>
            <translation>Date of departure from the country of origin</translation>
        </message>
        <message>
            <source>Datum rojstva</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Datum vstopa v Republiko Slovenijo</source>
            <translation>Date of entry into the Republic of Slovenia</translation>
        </message>
        <message>
            <source>Davčna številka</source>
            <translation>Tax number</translation>
        </message>
        <message>
            <source>Dne</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Dnevnik zadnjih sprememb {wal} je poškodovan: {lost} shranjenih sprememb za poškodovanim mestom program ne more prebrati in bi jih ob odprtju izgubil. Datotek program ni spreminjal. Obnovite zbirko iz varnostne kopije (priloga restore) ali pokličite podporo; če želite nadaljevati brez teh sprememb, datoteko {wal} premaknite drugam (ne izbrišite je).</source>
            <translation>The log of the last changes {wal} is damaged: the program cannot read {lost} saved changes after the damaged place and would lose them on opening. The program has not changed the files. Restore the database from a backup (priloga restore) or call support; to go on without these changes, move the file {wal} elsewhere (do not delete it).</translation>
        </message>
        <message>
            <source>Dokument ima {count} strani; strani s številko {page} (šteto od 0) ni.</source>
            <translation>The document has {count} pages; there is no page number {page} (counted from 0).</translation>
        </message>
        <message>
            <source>Dokument je potekel: »{label}« je {date}, pred datumom {on}; preverite, ali ima prosilec veljaven dokument, in to zabeležite v ugotovitvah uradne osebe</source>
            <translation>The document has expired: »{label}« is {date}, before the date {on}; check whether the applicant has a valid document and note it in the official's findings</translation>
        </message>
        <message>
            <source>Dokument ni podpisan; razširiti je mogoče le podpisan dokument.</source>
            <translation>The document is not signed; only a signed document can be extended.</translation>
        </message>
        <message>
            <source>Dokumenta ni bilo mogoče podpisati ({exc}).</source>
            <translation>The document could not be signed ({exc}).</translation>
        </message>
        <message>
            <source>Država rojstva</source>
            <translation>Country of birth</translation>
        </message>
        <message>
            <source>Državljanstvo</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <source>E-mail naslov</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <source>EMŠO</source>
            <translation>EMŠO</translation>
        </message>
        <message>
            <source>EMŠO pripada osebi drugega spola, kot je vpisan; popravite EMŠO ali spol</source>
            <translation>The EMŠO belongs to a person of the other sex than the one entered; correct the EMŠO or the sex</translation>
        </message>
        <message>
            <source>EMŠO vsebuje datum rojstva {emso_date}, vpisan pa je {date}; popravite EMŠO ali datum rojstva</source>
            <translation>The EMŠO holds the date of birth {emso_date}, but {date} is entered; correct the EMŠO or the date of birth</translation>
        </message>
        <message>
            <source>Eurodac v (dneh od registracije)</source>
            <translation>Eurodac within (days of registration)</translation>
        </message>
        <message>
            <source>Fotografija je prazna (brez slikovnih točk).</source>
            <translation>The photo is empty (no pixels).</translation>
        </message>
        <message>
            <source>Fotografija je premajhna ({image.size[0]} x {image.size[1]} točk); za 35 x 45 mm potrebujete vsaj 300 x 390 točk.</source>
            <translation>The photo is too small ({image.size[0]} x {image.size[1]} pixels); 35 x 45 mm needs at least 300 x 390 pixels.</translation>
        </message>
        <message>
            <source>Fotografija je prevelika ({width} x {height} točk); izberite fotografijo z največ {MAX_PIXELS // 1_000_000} milijoni točk.</source>
            <translation>The photo is too large ({width} x {height} pixels); choose a photo with at most {MAX_PIXELS // 1_000_000} million pixels.</translation>
        </message>
        <message>
            <source>Fotografije ni mogoče prebrati: datoteka ni slika JPEG ali PNG ali pa je poškodovana ({exc.__class__.__name__}).</source>
            <translation>The photo cannot be read: the file is not a JPEG or PNG image or it is damaged ({exc.__class__.__name__}).</translation>
        </message>
        <message>
            <source>Fotografije ni mogoče prebrati: datoteke {path} ni; izberite obstoječo fotografijo.</source>
            <translation>The photo cannot be read: the file {path} does not exist; choose an existing photo.</translation>
        </message>
        <message>
            <source>Fotografije ni mogoče prebrati: {path} ({os_error_text(exc)}).</source>
            <translation>The photo cannot be read: {path} ({os_error_text(exc)}).</translation>
        </message>
        <message>
            <source>Geslo za prenos: {problem}</source>
            <translation>Transfer passphrase: {problem}</translation>
        </message>
        <message>
            <source>Ime</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Izberite zapise za izbris.</source>
            <translation>Choose the records to erase.</translation>
        </message>
        <message>
            <source>Izdan pri</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Izkaznico ZZ-8 izdati v (dneh)</source>
            <translation>Issue the ZZ-8 card within (days)</translation>
        </message>
        <message>
            <source>Izpolnite {labels}</source>
            <translation>Fill in {labels}</translation>
        </message>
        <message>
            <source>Ključ iz datoteke s ključi ne ustreza odprti zbirki podatkov.</source>
            <translation>The key from the key file does not match the open database.</translation>
        </message>
        <message>
            <source>Ključa na kartici ni mogoče uporabiti ({exc}).</source>
            <translation>The key on the card cannot be used ({exc}).</translation>
        </message>
        <message>
            <source>Ključa zbirke podatkov ni mogoče zamenjati med odprto transakcijo.</source>
            <translation>The database key cannot be replaced while a transaction is open.</translation>
        </message>
        <message>
            <source>Ključa »{info.common_name}« ni mogoče uporabiti za podpis ({exc}).</source>
            <translation>The key »{info.common_name}« cannot be used for signing ({exc}).</translation>
        </message>
        <message>
            <source>Ključa{name} ni mogoče odpreti ({exc}).</source>
            <translation>The key{name} cannot be opened ({exc}).</translation>
        </message>
        <message>
            <source>Knjižnica SQLCipher ne šifrira (različica brez šifriranja); namestite sqlcipher3.</source>
            <translation>The SQLCipher library does not encrypt (a build without encryption); install sqlcipher3.</translation>
        </message>
        <message>
            <source>Kontrolna številka {what} v strojno berljivem zapisu ni pravilna (je {digit}, mora biti {hash_string(value)}): preverite prepisane znake ali dokument preberite znova.</source>
            <translation>The check digit of {what} in the machine-readable zone is wrong (it is {digit}, it must be {hash_string(value)}): check the characters typed or read the document again.</translation>
        </message>
        <message>
            <source>Kraj rojstva</source>
            <translation>Place of birth</translation>
        </message>
        <message>
            <source>Mapa za varnostne kopije {folder} ni dosegljiva (ni mape {folder.parent}); priključite disk ali izberite drugo mapo v nastavitvah.</source>
            <translation>The backup folder {folder} is not reachable (the folder {folder.parent} does not exist); connect the disk or choose another folder in the settings.</translation>
        </message>
        <message>
            <source>Mape za podatke {path.parent} ni mogoče ustvariti ({exc.strerror}); izberite drugo mapo z nastavitvijo PRILOGA_DATA_DIR.</source>
            <translation>The data folder {path.parent} cannot be created ({exc.strerror}); choose another folder with the setting PRILOGA_DATA_DIR.</translation>
        </message>
        <message>
            <source>Mape za varnostne kopije {folder} ni mogoče prebrati ({os_error_text(exc)}).</source>
            <translation>The backup folder {folder} cannot be read ({os_error_text(exc)}).</translation>
        </message>
        <message>
            <source>Mape za varnostne kopije {folder} ni mogoče ustvariti ({os_error_text(exc)}); izberite drugo mapo v nastavitvah.</source>
            <translation>The backup folder {folder} cannot be created ({os_error_text(exc)}); choose another folder in the settings.</translation>
        </message>
        <message>
            <source>Mape {folder} ni mogoče odpreti ({exc.strerror or exc}); preverite pravice.</source>
            <translation>The folder {folder} cannot be opened ({exc.strerror or exc}); check the permissions.</translation>
        </message>
        <message>
            <source>Mape {folder} ni mogoče ustvariti ({exc.strerror or exc}).</source>
            <translation>The folder {folder} cannot be created ({exc.strerror or exc}).</translation>
        </message>
        <message>
            <source>Mape {folder} ni mogoče ustvariti ({os_error_text(exc)}).</source>
            <translation>The folder {folder} cannot be created ({os_error_text(exc)}).</translation>
        </message>
        <message>
            <source>NEVELJAVEN</source>
            <translation>INVALID</translation>
        </message>
        <message>
            <source>Na disku z mapo {folder} ni dovolj prostora za obnovo; nič ni bilo spremenjeno.</source>
            <translation>The disk with the folder {folder} has not enough space for the restore; nothing was changed.</translation>
        </message>
        <message>
            <source>Na disku z mapo {folder} ni dovolj prostora za varnostno kopijo (potrebnih je {_mb(needed)}, prostih {_mb(free)}); sprostite prostor ali izberite drugo mapo.</source>
            <translation>The disk with the folder {folder} has not enough space for the backup ({_mb(needed)} needed, {_mb(free)} free); free some space or choose another folder.</translation>
        </message>
        <message>
            <source>Na disku z mapo {self.path.parent} ni več prostora, zato datoteke s ključi {self.path.name} ni mogoče zapisati; sprostite prostor in poskusite znova. {kept}</source>
            <translation>The disk with the folder {self.path.parent} is full, so the key file {self.path.name} cannot be written; free some space and try again. {kept}</translation>
        </message>
        <message>
            <source>Na sliki ni mogoče najti strojno berljivega zapisa: fotografirajte celo stran s podatki, ostro in brez odseva, ali zapis prepišite.</source>
            <translation>No machine-readable zone can be found on the image: photograph the whole data page, sharp and without glare, or type the zone.</translation>
        </message>
        <message>
            <source>Na tem računalniku ni tiskalnega sistema CUPS (ukaza lp in lpstat manjkata).</source>
            <translation>This computer has no CUPS printing system (the commands lp and lpstat are missing).</translation>
        </message>
        <message>
            <source>Napačno geslo za ključ{name}; vnesite geslo, ki ste ga dobili s ključem.</source>
            <translation>Wrong password for the key{name}; enter the password you received with the key.</translation>
        </message>
        <message>
            <source>Naslov ključa na kartici mora biti URI PKCS#11 (pkcs11:…).</source>
            <translation>The address of a key on a card must be a PKCS#11 URI (pkcs11:…).</translation>
        </message>
        <message>
            <source>Naslov v Republiki Sloveniji</source>
            <translation>Address in the Republic of Slovenia</translation>
        </message>
        <message>
            <source>Naslov v tujini</source>
            <translation>Address abroad</translation>
        </message>
        <message>
            <source>Navedite razlog izbrisa (npr. »potek roka hrambe po 73. členu ZZZRO-1«).</source>
            <translation>Give the reason for the erasure (e.g. »potek roka hrambe po 73. členu ZZZRO-1«).</translation>
        </message>
        <message>
            <source>Neznana vloga »{role}«; mogoče so: {", ".join(ROLE_NAMES[r] for r in ROLES)}.</source>
            <translation>Unknown role »{role}«; possible: {", ".join(ROLE_NAMES[r] for r in ROLES)}.</translation>
        </message>
        <message>
            <source>Neznano polje »{field}« v obrazcu {code}; odstranite ga.</source>
            <translation>Unknown field »{field}« in the form {code}; remove it.</translation>
        </message>
        <message>
            <source>Nova izjava UP-6 pred iztekom žepnine (dni)</source>
            <translation>New UP-6 statement before the pocket money runs out (days)</translation>
        </message>
        <message>
            <source>Nova izjava za žepnino (UP-6) je mogoča</source>
            <translation>A new pocket money statement (UP-6) is possible</translation>
        </message>
        <message>
            <source>Ob varnostni kopiji {backup_file.name} ni njene datoteke s ključi ({backup_keys.name}); brez nje je ni mogoče odpreti.</source>
            <translation>The backup {backup_file.name} has no key file beside it ({backup_keys.name}); without it the backup cannot be opened.</translation>
        </message>
        <message>
            <source>Obnova ni uspela ({os_error_text(exc)}); nič ni bilo spremenjeno.</source>
            <translation>The restore failed ({os_error_text(exc)}); nothing was changed.</translation>
        </message>
        <message>
            <source>Obnovljene zbirke podatkov ni mogoče odpreti ({exc}); prejšnja je shranjena kot {kept.name if kept else '–'}.</source>
            <translation>The restored database cannot be opened ({exc}); the previous one is kept as {kept.name if kept else '–'}.</translation>
        </message>
        <message>
            <source>Obrazec {definition.code} ni izkaznica (page: {layout.get('page', 'A4')}); ta izvoz tiska le izkaznice.</source>
            <translation>The form {definition.code} is not a card (page: {layout.get('page', 'A4')}); this export prints cards only.</translation>
        </message>
        <message>
            <source>Obrazec {definition.code} ni v obliki A4 (page: {layout.get('page')}); ta izvoz tiska le obrazce A4.</source>
            <translation>The form {definition.code} is not in A4 format (page: {layout.get('page')}); this export prints A4 forms only.</translation>
        </message>
        <message>
            <source>Obrazec {self.definition.code}: neznana vrsta bloka za tisk {kind}.</source>
            <translation>Form {self.definition.code}: unknown print block kind {kind}.</translation>
        </message>
        <message>
            <source>Obrazec »{draft.title or draft.form_code}« ni zaključen; tiskajo se le zaključeni obrazci.</source>
            <translation>The form »{draft.title or draft.form_code}« is not finished; only finished forms are printed.</translation>
        </message>
        <message>
            <source>Odsotnost iz Republike Slovenije nad mejo</source>
            <translation>Absence from the Republic of Slovenia over the limit</translation>
        </message>
        <message>
            <source>Odsotnost iz Slovenije nad (dni)</source>
            <translation>Absence from Slovenia over (days)</translation>
        </message>
        <message>
            <source>Odsotnost iz centra nad (ur)</source>
            <translation>Absence from the centre over (hours)</translation>
        </message>
        <message>
            <source>Odsotnost iz nastanitvenega centra nad mejo</source>
            <translation>Absence from the accommodation centre over the limit</translation>
        </message>
        <message>
            <source>Oseba je 18 let dopolnila {eighteenth}, pred začetkom tekočega šolskega leta ({start}); potrdilo zaradi šolanja je le za mladoletno osebo ali osebo, ki je 18 let dopolnila v tekočem šolskem letu — preverite datum rojstva ali izdajte potrdilo zaradi zdravstvenih razlogov</source>
            <translation>The person turned 18 on {eighteenth}, before the current school year began ({start}); the certificate for schooling is only for a minor or a person who turned 18 in the current school year — check the date of birth or issue the certificate for health reasons</translation>
        </message>
        <message>
            <source>Oseba je na dan {on} stara {age} let ({years} let {tense} {birthday}); to velja le za osebo, starejšo od {years} let, torej od {first} — preverite datum rojstva ali datum obrazca</source>
            <translation>On {on} the person is {age} years old ({years} years {tense} {birthday}); this applies only to a person older than {years}, that is from {first} — check the date of birth or the date of the form</translation>
        </message>
        <message>
            <source>Oznaka »{value}« ni veljavna: do 40 malih črk brez strešic, številk in vezajev (npr. nova-gorica).</source>
            <translation>The label »{value}« is not valid: up to 40 lower-case letters without diacritics, digits and hyphens (e.g. nova-gorica).</translation>
        </message>
        <message>
            <source>Označite ali izpolnite vsaj eno: {labels}</source>
            <translation>Tick or fill in at least one: {labels}</translation>
        </message>
        <message>
            <source>Označite enega od razlogov: {labels}</source>
            <translation>Tick one of the reasons: {labels}</translation>
        </message>
        <message>
            <source>Označite le en razlog, ne več hkrati ({labels})</source>
            <translation>Tick only one reason, not several at once ({labels})</translation>
        </message>
        <message>
            <source>Pisave za PDF ni mogoče naložiti: {exc}</source>
            <translation>The PDF font cannot be loaded: {exc}</translation>
        </message>
        <message>
            <source>Po EMŠO je vlagatelj na dan {on} mladoleten ({age} let), zato vlogo vloži zakoniti zastopnik: »{label}« je obvezen podatek; vpišite ga</source>
            <translation>By the EMŠO the applicant is a minor on {on} ({age} years), so the application is filed by the legal representative: »{label}« is required; fill it in</translation>
        </message>
        <message>
            <source>Podatki za Eurodac niso označeni kot poslani</source>
            <translation>The Eurodac data are not marked as sent</translation>
        </message>
        <message>
            <source>Podpisa ni bilo mogoče razširiti (časovni žig, podatki o veljavnosti): {exc}</source>
            <translation>The signature could not be extended (timestamp, validation data): {exc}</translation>
        </message>
        <message>
            <source>Podpisati je mogoče le zaključen obrazec; obrazec najprej zaključite.</source>
            <translation>Only a finished form can be signed; finish the form first.</translation>
        </message>
        <message>
            <source>Podpisovanje s pametno kartico ali žetonom (PKCS#11) na tem računalniku ni na voljo: ni nameščen modul python-pkcs11. Uporabite ključ PKCS#12 (.p12).</source>
            <translation>Signing with a smart card or token (PKCS#11) is not available on this computer: the module python-pkcs11 is not installed. Use a PKCS#12 key (.p12).</translation>
        </message>
        <message>
            <source>Ponudba ZZ-3 pred iztekom (dni)</source>
            <translation>Offer ZZ-3 before expiry (days)</translation>
        </message>
        <message>
            <source>Postaja še ni vpisana v centralni register: priloga enrol URL KODA (kodo izda skrbnik centralnega registra).</source>
            <translation>The station is not yet enrolled in the central register: priloga enrol URL CODE (the code is issued by the central register's administrator).</translation>
        </message>
        <message>
            <source>Potrdilo ZZ-2 izdati v (dneh)</source>
            <translation>Issue the ZZ-2 receipt within (days)</translation>
        </message>
        <message>
            <source>Potrdilo je poteklo {show_date(info.not_after)} {period.replace('velja', 'veljalo je')}; s tem ključem ni mogoče podpisovati. Uvozite novo potrdilo uradne osebe.</source>
            <translation>The certificate expired on {show_date(info.not_after)} {period.replace('velja', 'veljalo je')}; this key cannot sign. Import the official's new certificate.</translation>
        </message>
        <message>
            <source>Potrdilo ključa je poteklo {show_date(info.not_after)} (veljalo je od {show_date(info.not_before)} do {show_date(info.not_after)}); uvozite veljavno potrdilo.</source>
            <translation>The key's certificate expired on {show_date(info.not_after)} (it was valid from {show_date(info.not_before)} to {show_date(info.not_after)}); import a valid certificate.</translation>
        </message>
        <message>
            <source>Potrdilo »{info.common_name}« ni namenjeno podpisovanju (uporaba ključa ne dovoljuje digitalnega podpisa).</source>
            <translation>The certificate »{info.common_name}« is not meant for signing (its key usage does not allow a digital signature).</translation>
        </message>
        <message>
            <source>Potrdilo »{info.common_name}« ni potrdilo overitelja (CA); zaupati je mogoče le izdajatelju potrdil, ne posameznemu podpisniku.</source>
            <translation>The certificate »{info.common_name}« is not a certification authority's (CA) certificate; only an issuer of certificates can be trusted, not a single signer.</translation>
        </message>
        <message>
            <source>Potrdilo še ne velja: velja šele od {show_date(info.not_before)} {period}; podpisovanje s tem ključem še ni mogoče.</source>
            <translation>The certificate is not valid yet: it is valid only from {show_date(info.not_before)} {period}; this key cannot sign yet.</translation>
        </message>
        <message>
            <source>Priimek</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>Prosilec je na dan {on} mladoleten ({age} let), zato je »{label}« obvezen podatek; vpišite ga</source>
            <translation>On {on} the applicant is a minor ({age} years), so »{label}« is required; fill it in</translation>
        </message>
        <message>
            <source>Prosilec je na dan {on} mladoleten ({age} let): vpišite vsaj eno osebo v »{label}«</source>
            <translation>On {on} the applicant is a minor ({age} years): enter at least one person in »{label}«</translation>
        </message>
        <message>
            <source>Razlog izbrisa je predolg (največ 300 znakov).</source>
            <translation>The reason for the erasure is too long (at most 300 characters).</translation>
        </message>
        <message>
            <source>Razlog izbrisa ne sme vsebovati osebnih podatkov (imena, EMŠO, številke dokumenta), ker ostane v revizijski sledi; navedite le podlago, npr. »potek roka hrambe po 73. členu ZZZRO-1«.</source>
            <translation>The reason for the erasure must not contain personal data (names, EMŠO, document numbers), because it stays in the audit trail; give only the basis, e.g. »potek roka hrambe po 73. členu ZZZRO-1«.</translation>
        </message>
        <message>
            <source>Revizijska sled je pretrgana pri vnosu {check.first_broken} ({check.reason}); prenos ni mogoč, dokler nadzornik tega ne razišče.</source>
            <translation>The audit trail is broken at entry {check.first_broken} ({check.reason}); no transfer is possible until a supervisor has looked into it.</translation>
        </message>
        <message>
            <source>Rok hrambe je potekel: izbris</source>
            <translation>Retention period over: erasure</translation>
        </message>
        <message>
            <source>Seja je zaprta; za sinhronizacijo se znova prijavite.</source>
            <translation>The session is closed; log in again to synchronise.</translation>
        </message>
        <message>
            <source>Seja je zaprta; za varnostno kopijo se znova prijavite.</source>
            <translation>The session is closed; log in again to make a backup.</translation>
        </message>
        <message>
            <source>Serijske številke ni mogoče izdati: osnutka {draft_id} ali osebe {person_id} ni v zbirki ({exc}); izdajte jo iz shranjenega obrazca.</source>
            <translation>The serial number cannot be issued: the draft {draft_id} or the person {person_id} is not in the database ({exc}); issue it from the saved form.</translation>
        </message>
        <message>
            <source>Slike ni mogoče prebrati ({exc}); izberite fotografijo ali sken strani s podatki.</source>
            <translation>The image cannot be read ({exc}); choose a photo or a scan of the data page.</translation>
        </message>
        <message>
            <source>Spol</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Sporočanje sprememb v (dneh)</source>
            <translation>Reporting changes within (days)</translation>
        </message>
        <message>
            <source>Sprememba ni sporočena v roku (UP-8)</source>
            <translation>A change not reported in time (UP-8)</translation>
        </message>
        <message>
            <source>Strojno berljivi zapis mora imeti dve vrstici po 44 znakov (potni list), dve po 36 ali tri po 30 znakov (osebna izkaznica); prejeto: {", ".join(str(len(line)) for line in lines)} znakov.</source>
            <translation>The machine-readable zone must have two lines of 44 characters (passport), two of 36 or three of 30 characters (identity card); received: {", ".join(str(len(line)) for line in lines)} characters.</translation>
        </message>
        <message>
            <source>Strojno berljivi zapis sme vsebovati le velike črke A–Z, številke in znak &lt;.</source>
            <translation>The machine-readable zone may contain only capital letters A–Z, digits and the character &lt;.</translation>
        </message>
        <message>
            <source>Svojega računa ne morete izklopiti; to naj stori drug skrbnik.</source>
            <translation>You cannot switch off your own account; another administrator should do it.</translation>
        </message>
        <message>
            <source>Telefonska številka</source>
            <translation>Telephone number</translation>
        </message>
        <message>
            <source>Tiskalni sistem ni vrnil številke posla ({out.strip() or 'brez odgovora'}).</source>
            <translation>The printing system returned no job number ({out.strip() or 'brez odgovora'}).</translation>
        </message>
        <message>
            <source>Tiskalni sistem se ni odzval v {TIMEOUT} s ({args[0]}).</source>
            <translation>The printing system did not answer within {TIMEOUT} s ({args[0]}).</translation>
        </message>
        <message>
            <source>Tiskanje ni uspelo: {err[-1] if err else f'{args[0]} je vrnil {result.returncode}'}</source>
            <translation>Printing failed: {err[-1] if err else f'{args[0]} je vrnil {result.returncode}'}</translation>
        </message>
        <message>
            <source>To je edini dejavni skrbnik; najprej dodelite vlogo skrbnika še komu.</source>
            <translation>This is the only active administrator; first give the administrator role to someone else as well.</translation>
        </message>
        <message>
            <source>Trenutne zbirke {db_path.name} ni mogoče odpreti s tem računom, zato ni mogoče preveriti, ali je varnostna kopija {backup_file.name} (postaja {station_text(theirs)}) kopija te postaje. Če jo res želite obnoviti namesto trenutne zbirke, ponovite ukaz z --other-station.</source>
            <translation>The current database {db_path.name} cannot be opened with this account, so it cannot be checked whether the backup {backup_file.name} (station {station_text(theirs)}) is a backup of this station. If you really want to restore it in place of the current database, repeat the command with --other-station.</translation>
        </message>
        <message>
            <source>Ukaza {args[0]} ni mogoče zagnati ({exc.strerror}).</source>
            <translation>The command {args[0]} cannot be started ({exc.strerror}).</translation>
        </message>
        <message>
            <source>Uporabniški račun »{self.account.username}« je izklopljen; za ponoven vklop prosite skrbnika.</source>
            <translation>The user account »{self.account.username}« is switched off; ask an administrator to switch it on again.</translation>
        </message>
        <message>
            <source>Uporabniški račun »{username}« že obstaja; izberite drugo ime.</source>
            <translation>The user account »{username}« already exists; choose another name.</translation>
        </message>
        <message>
            <source>Uporabniško ime mora imeti od 1 do 64 znakov, brez znakov / \ : in ne sme se začeti z @.</source>
            <translation>The user name must have 1 to 64 characters, without the characters / \ : and must not begin with @.</translation>
        </message>
        <message>
            <source>V datoteki ni nobenega potrdila.</source>
            <translation>The file holds no certificate.</translation>
        </message>
        <message>
            <source>V datoteki{name} ni zasebnega ključa s potrdilom; uvozite datoteko .p12 uradne osebe.</source>
            <translation>The file{name} holds no private key with a certificate; import the official's .p12 file.</translation>
        </message>
        <message>
            <source>V mapo za varnostne kopije {folder} ni mogoče pisati ({reason}); preverite, ali je disk priključen in ni samo za branje, ali izberite drugo mapo.</source>
            <translation>The backup folder {folder} cannot be written to ({reason}); check that the disk is connected and not read-only, or choose another folder.</translation>
        </message>
        <message>
            <source>V mapo {self.path.parent} ni mogoče pisati (samo za branje ali brez pravic), zato datoteke s ključi {self.path.name} ni mogoče zapisati; preverite pravice mape ali disk. {kept}</source>
            <translation>The folder {self.path.parent} cannot be written to (read-only or no permission), so the key file {self.path.name} cannot be written; check the folder's permissions or the disk. {kept}</translation>
        </message>
        <message>
            <source>V naslovu PKCS#11 manjka module-path (knjižnica gonilnika kartice).</source>
            <translation>The PKCS#11 address lacks module-path (the card driver's library).</translation>
        </message>
        <message>
            <source>V varnostni kopiji ni dejavnega uporabniškega računa »{username}«; prijavite se z računom, ki je obstajal ob varnostni kopiji.</source>
            <translation>The backup has no active user account »{username}«; log in with an account that existed at the time of the backup.</translation>
        </message>
        <message>
            <source>Varnostna kopija in obnovljena zbirka podatkov morata biti različni datoteki.</source>
            <translation>The backup and the restored database must be different files.</translation>
        </message>
        <message>
            <source>Varnostna kopija {backup_file.name} je kopija druge postaje, {station_text(theirs)}; ta postaja je {station_text(station)}. Obnova bi register te postaje zamenjala z registrom druge postaje. Če to res želite, ponovite ukaz z --other-station.</source>
            <translation>The backup {backup_file.name} is a backup of another station, {station_text(theirs)}; this station is {station_text(station)}. Restoring it would replace this station's register with the other station's register. If you really want this, repeat the command with --other-station.</translation>
        </message>
        <message>
            <source>Varnostna kopija {name} je poškodovana ({'; '.join(map(str, problems[:3]))}); izberite drugo varnostno kopijo.</source>
            <translation>The backup {name} is damaged ({'; '.join(map(str, problems[:3]))}); choose another backup.</translation>
        </message>
        <message>
            <source>Varnostna kopija {name} je poškodovana ali ne ustreza svoji datoteki s ključi ({exc}); izberite drugo varnostno kopijo.</source>
            <translation>The backup {name} is damaged or does not match its key file ({exc}); choose another backup.</translation>
        </message>
        <message>
            <source>Varnostna kopija {name} nima uporabniških računov ({exc}).</source>
            <translation>The backup {name} has no user accounts ({exc}).</translation>
        </message>
        <message>
            <source>Varnostne kopije ni bilo mogoče narediti ({exc}).</source>
            <translation>The backup could not be made ({exc}).</translation>
        </message>
        <message>
            <source>Varnostne kopije {backup_file.name} ni mogoče odpreti: {exc} Velja geslo, ki ste ga imeli ob varnostni kopiji.</source>
            <translation>The backup {backup_file.name} cannot be opened: {exc} The password valid at the time of the backup applies.</translation>
        </message>
        <message>
            <source>Varnostne kopije {backup_file} ni.</source>
            <translation>The backup {backup_file} does not exist.</translation>
        </message>
        <message>
            <source>Varnostne kopije {name} ni mogoče prebrati ({os_error_text(exc)}).</source>
            <translation>The backup {name} cannot be read ({os_error_text(exc)}).</translation>
        </message>
        <message>
            <source>Varnostno kopijo {backup_file.name} je naredila novejša različica programa (shema {version}); posodobite program Priloga.</source>
            <translation>The backup {backup_file.name} was made by a newer version of the program (schema {version}); update Priloga.</translation>
        </message>
        <message>
            <source>Veljaven do</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Vpišite ime in priimek uradne osebe (izpiše se na obrazcih).</source>
            <translation>Enter the official's full name (it is printed on the forms).</translation>
        </message>
        <message>
            <source>Vpišite ime vnosa (do 120 znakov), kot se izpiše na obrazcu.</source>
            <translation>Enter the entry's name (up to 120 characters) as it is printed on the form.</translation>
        </message>
        <message>
            <source>Vrsta dokumenta</source>
            <translation>Document type</translation>
        </message>
        <message>
            <source>Vrstica {row} v »{table}« ni zapisana kot vrstica s stolpci.</source>
            <translation>Row {row} in »{table}« is not written as a row with columns.</translation>
        </message>
        <message>
            <source>Vrstica {row} v »{table}«: neznan stolpec »{column}«.</source>
            <translation>Row {row} in »{table}«: unknown column »{column}«.</translation>
        </message>
        <message>
            <source>Vrstica {row} v »{table}«: {template}</source>
            <translation>Row {row} in »{table}«: {template}</translation>
        </message>
        <message>
            <source>Vrstica {row} v »{table}«: »{label}« je obvezen podatek; vpišite ga ali odstranite vrstico.</source>
            <translation>Row {row} in »{table}«: »{label}« is required; fill it in or remove the row.</translation>
        </message>
        <message>
            <source>Vrstice v »{label}« niso v predpisanem vrstnem redu ({order_text}): vrstica {row} ({value}) mora biti pred vrstico {before} ({before_value}); razvrstite jih — program jih razvrsti sam, ko podatke shranite</source>
            <translation>The rows in »{label}« are not in the prescribed order ({order_text}): row {row} ({value}) must come before row {before} ({before_value}); sort them — the program sorts them itself when the data are saved</translation>
        </message>
        <message>
            <source>Za branje iz slike je potreben program Tesseract (Linux: apt-get install tesseract-ocr); strojno berljivi zapis lahko tudi prepišete ali preberete s čitalnikom.</source>
            <translation>Reading from an image needs the Tesseract program (Linux: apt-get install tesseract-ocr); you can also type the machine-readable zone or read it with a reader.</translation>
        </message>
        <message>
            <source>Za tisk na pole ni nobene izkaznice; izberite vsaj eno.</source>
            <translation>There is no card to print on sheets; choose at least one.</translation>
        </message>
        <message>
            <source>Za tisk ni dokumenta PDF.</source>
            <translation>There is no PDF document to print.</translation>
        </message>
        <message>
            <source>Za tisk ni nobene izkaznice; izberite vsaj eno.</source>
            <translation>There is no card to print; choose at least one.</translation>
        </message>
        <message>
            <source>Zakonski stan</source>
            <translation>Marital status</translation>
        </message>
        <message>
            <source>Zaupanja vrednega potrdila ni mogoče prebrati: {exc}</source>
            <translation>The trusted certificate cannot be read: {exc}</translation>
        </message>
        <message>
            <source>Začasna zaščita se izteka: ponuditi vlogo ZZ-3</source>
            <translation>Temporary protection is ending: offer the application ZZ-3</translation>
        </message>
        <message>
            <source>Začasna zaščita traja do</source>
            <translation>Temporary protection lasts until</translation>
        </message>
        <message>
            <source>Zbirka podatkov je poškodovana ({exc}); zaprite program in jo obnovite iz varnostne kopije (priloga restore). Shranjeni podatki v drugih delih zbirke niso spremenjeni.</source>
            <translation>The database is damaged ({exc}); close the program and restore it from a backup (priloga restore). Data saved in other parts of the database are not changed.</translation>
        </message>
        <message>
            <source>Zbirka podatkov {path} je poškodovana ({exc}). Obnovite jo iz varnostne kopije (priloga restore); datoteke program ni spreminjal.</source>
            <translation>The database {path} is damaged ({exc}). Restore it from a backup (priloga restore); the program has not changed the file.</translation>
        </message>
        <message>
            <source>Zbirka podatkov {path} je poškodovana ({result[0][0]}); obnovite jo iz varnostne kopije (priloga restore).</source>
            <translation>The database {path} is damaged ({result[0][0]}); restore it from a backup (priloga restore).</translation>
        </message>
        <message>
            <source>Zbirka podatkov {path} je poškodovana ali ni veljavna ({exc}); obnovite jo iz varnostne kopije (priloga restore).</source>
            <translation>The database {path} is damaged or not valid ({exc}); restore it from a backup (priloga restore).</translation>
        </message>
        <message>
            <source>Zbirke podatkov ni bilo mogoče šifrirati z novim ključem ({exc}); zaprite druge programe, ki jo uporabljajo (še ena Priloga, varnostno kopiranje), in ključ zamenjajte znova (priloga rekey ali Zamenjaj ključ … v oknu uporabniških računov); zbirka se še odpre s starim ključem.</source>
            <translation>The database could not be encrypted with the new key ({exc}); close other programs that use it (another Priloga, a backup program) and replace the key again (priloga rekey or Replace the key … in the user accounts window); the database still opens with the old key.</translation>
        </message>
        <message>
            <source>Zbirke podatkov {path} ni mogoče odpreti ({exc}); datoteka je morda poškodovana ali jo uporablja drug program. Obnovite jo iz varnostne kopije (priloga restore).</source>
            <translation>The database {path} cannot be opened ({exc}); the file may be damaged or used by another program. Restore it from a backup (priloga restore).</translation>
        </message>
        <message>
            <source>Zbirke podatkov {path} ni mogoče odpreti s tem ključem: datoteka je poškodovana ali pripada drugi namestitvi. Obnovite jo iz varnostne kopije (priloga restore).</source>
            <translation>The database {path} cannot be opened with this key: the file is damaged or belongs to another installation. Restore it from a backup (priloga restore).</translation>
        </message>
        <message>
            <source>Zbirke podatkov {path} ni mogoče odpreti za pisanje ({exc}); preverite, da mapa ni samo za branje, ali izberite drugo mapo z nastavitvijo PRILOGA_DATA_DIR.</source>
            <translation>The database {path} cannot be opened for writing ({exc}); check that the folder is not read-only, or choose another folder with the setting PRILOGA_DATA_DIR.</translation>
        </message>
        <message>
            <source>Zbirko podatkov je ustvarila novejša različica programa (shema {version}); posodobite program Priloga.</source>
            <translation>The database was created by a newer version of the program (schema {version}); update Priloga.</translation>
        </message>
        <message>
            <source>Zbirko podatkov {db_path} uporablja drug program (je Priloga še odprta?); zaprite ga in poskusite znova.</source>
            <translation>The database {db_path} is used by another program (is Priloga still open?); close it and try again.</translation>
        </message>
        <message>
            <source>Zbirko podatkov {path} uporablja drug program; zaprite ga in poskusite znova.</source>
            <translation>The database {path} is used by another program; close it and try again.</translation>
        </message>
        <message>
            <source>brez sprememb od {format_date(since)} ({_STATUS_TEXT.get(status, status)}); rok hrambe {period_text(months[kind])}</source>
            <translation>no changes since {format_date(since)} ({_STATUS_TEXT.get(status, status)}); retention period {period_text(months[kind])}</translation>
        </message>
        <message>
            <source>današnji datum</source>
            <translation>today's date</translation>
        </message>
        <message>
            <source>danes</source>
            <translation>today</translation>
        </message>
        <message>
            <source>datoteka je prevelika</source>
            <translation>the file is too large</translation>
        </message>
        <message>
            <source>datoteka s tem imenom že obstaja</source>
            <translation>a file with this name already exists</translation>
        </message>
        <message>
            <source>datoteke ali mape ni</source>
            <translation>the file or folder does not exist</translation>
        </message>
        <message>
            <source>datoteko ali napravo uporablja drug program</source>
            <translation>the file or device is used by another program</translation>
        </message>
        <message>
            <source>dejanje ni dovoljeno</source>
            <translation>the action is not permitted</translation>
        </message>
        <message>
            <source>del poti ni mapa</source>
            <translation>part of the path is not a folder</translation>
        </message>
        <message>
            <source>disk je samo za branje</source>
            <translation>the disk is read-only</translation>
        </message>
        <message>
            <source>dodane ali spremenjene so opombe</source>
            <translation>notes were added or changed</translation>
        </message>
        <message>
            <source>dolžina soli ali enkratnega števila ne ustreza</source>
            <translation>the length of the salt or nonce does not match</translation>
        </message>
        <message>
            <source>drugi odstavek 14. člena {UREDBA}</source>
            <translation>drugi odstavek 14. člena {UREDBA}</translation>
        </message>
        <message>
            <source>evidenca tiskanja</source>
            <translation>print log</translation>
        </message>
        <message>
            <source>fotografija</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>geslo</source>
            <translation>password</translation>
        </message>
        <message>
            <source>ime datoteke je predolgo</source>
            <translation>the file name is too long</translation>
        </message>
        <message>
            <source>iskanje »{query}« ni uspelo ({exc})</source>
            <translation>the search »{query}« failed ({exc})</translation>
        </message>
        <message>
            <source>izbris po roku hrambe</source>
            <translation>erasure after the retention period</translation>
        </message>
        <message>
            <source>izbrisan osnutek</source>
            <translation>draft deleted</translation>
        </message>
        <message>
            <source>izdana številka</source>
            <translation>number issued</translation>
        </message>
        <message>
            <source>izmerjena razdalja mora biti večja od 0 mm</source>
            <translation>the measured distance must be greater than 0 mm</translation>
        </message>
        <message>
            <source>izpis za posameznika</source>
            <translation>personal data report</translation>
        </message>
        <message>
            <source>izvoženo</source>
            <translation>exported</translation>
        </message>
        <message>
            <source>ključ za podpisovanje</source>
            <translation>signing key</translation>
        </message>
        <message>
            <source>konec obdobja ({end}) je pred začetkom ({start}); zamenjajte datuma</source>
            <translation>the end of the period ({end}) is before its start ({start}); swap the dates</translation>
        </message>
        <message>
            <source>kontrolna vsota ne ustreza</source>
            <translation>the checksum does not match</translation>
        </message>
        <message>
            <source>kontrolne vsote ni</source>
            <translation>the checksum is missing</translation>
        </message>
        <message>
            <source>manjka dvopičje</source>
            <translation>a colon is missing</translation>
        </message>
        <message>
            <source>manjka podatek {exc}</source>
            <translation>the item {exc} is missing</translation>
        </message>
        <message>
            <source>manjka vejica</source>
            <translation>a comma is missing</translation>
        </message>
        <message>
            <source>mapa ni prazna</source>
            <translation>the folder is not empty</translation>
        </message>
        <message>
            <source>moški</source>
            <translation>male</translation>
        </message>
        <message>
            <source>na disku ni več prostora</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>nadzornik</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>napaka pri branju ali pisanju na napravi</source>
            <translation>an error reading or writing the device</translation>
        </message>
        <message>
            <source>naprave ali naslova ni</source>
            <translation>the device or address does not exist</translation>
        </message>
        <message>
            <source>naprave ni</source>
            <translation>the device does not exist</translation>
        </message>
        <message>
            <source>naslov je že v uporabi</source>
            <translation>the address is already in use</translation>
        </message>
        <message>
            <source>nastavitev deadline.{key}: »{value}« ni celo število dni ali ur</source>
            <translation>setting deadline.{key}: »{value}« is not a whole number of days or hours</translation>
        </message>
        <message>
            <source>nastavitev deadline.{key}: »{value}« ni datum (dd. mm. llll)</source>
            <translation>setting deadline.{key}: »{value}« is not a date (dd. mm. yyyy)</translation>
        </message>
        <message>
            <source>nastavitve</source>
            <translation>settings</translation>
        </message>
        <message>
            <source>nastavitve Argon2id, sol ali šifrirani ključ niso veljavni podatki</source>
            <translation>the Argon2id settings, the salt or the encrypted key are not valid data</translation>
        </message>
        <message>
            <source>natisnjeno</source>
            <translation>printed</translation>
        </message>
        <message>
            <source>nedokončan osnutek</source>
            <translation>unfinished draft</translation>
        </message>
        <message>
            <source>nedokončan osnutek, ki ni vezan na osebo v registru</source>
            <translation>unfinished draft not tied to a person in the register</translation>
        </message>
        <message>
            <source>neuspešna prijava</source>
            <translation>failed login</translation>
        </message>
        <message>
            <source>neveljavno ubežno zaporedje</source>
            <translation>invalid escape sequence</translation>
        </message>
        <message>
            <source>neznan podpisnik</source>
            <translation>unknown signer</translation>
        </message>
        <message>
            <source>neznana nastavitev roka »{name}«; mogoče: {', '.join(DEFAULTS)}</source>
            <translation>unknown deadline setting »{name}«; possible: {', '.join(DEFAULTS)}</translation>
        </message>
        <message>
            <source>neznana vrsta zapisa »{kind}«; mogoče so: {', '.join(KINDS)}</source>
            <translation>unknown kind of record »{kind}«; possible: {', '.join(KINDS)}</translation>
        </message>
        <message>
            <source>ni dovoljenja za dostop</source>
            <translation>no permission to access</translation>
        </message>
        <message>
            <source>ni podatka</source>
            <translation>no data</translation>
        </message>
        <message>
            <source>ni podpisan</source>
            <translation>not signed</translation>
        </message>
        <message>
            <source>niz ni zaključen</source>
            <translation>the string is not terminated</translation>
        </message>
        <message>
            <source>no print block kind {kind} is declared in app/engine/blocks.py</source>
            <translation>no print block kind {kind} is declared in app/engine/blocks.py</translation>
        </message>
        <message>
            <source>novo izjavo je mogoče podati največ {n} dni pred iztekom obdobja žepnine (UP-7)</source>
            <translation>a new statement can be made at most {n} days before the pocket money period (UP-7) ends</translation>
        </message>
        <message>
            <source>obnova</source>
            <translation>restore</translation>
        </message>
        <message>
            <source>obrazca {definition.code} ni mogoče izdati iz obrazca {source.form_code} s temi podatki</source>
            <translation>the form {definition.code} cannot be issued from the form {source.form_code} with these data</translation>
        </message>
        <message>
            <source>obrazec {draft_id} še ni zaključen; osnutek lahko popravite kar v njem</source>
            <translation>the form {draft_id} is not finished yet; you can correct the draft itself</translation>
        </message>
        <message>
            <source>odjava</source>
            <translation>logout</translation>
        </message>
        <message>
            <source>odklep seje</source>
            <translation>session unlocked</translation>
        </message>
        <message>
            <source>odprtih je preveč datotek</source>
            <translation>too many files are open</translation>
        </message>
        <message>
            <source>odvečna vejica pred koncem objekta</source>
            <translation>a superfluous comma before the end of the object</translation>
        </message>
        <message>
            <source>odvečna vejica pred koncem seznama</source>
            <translation>a superfluous comma before the end of the list</translation>
        </message>
        <message>
            <source>omrežje ne deluje</source>
            <translation>the network is down</translation>
        </message>
        <message>
            <source>omrežje ni dosegljivo</source>
            <translation>the network is unreachable</translation>
        </message>
        <message>
            <source>oseba brez sprememb (prosilec ali oseba z začasno zaščito), z vsemi obrazci</source>
            <translation>person without changes (applicant or person with temporary protection), with all forms</translation>
        </message>
        <message>
            <source>oseba ne more biti sama svoj družinski član</source>
            <translation>a person cannot be their own family member</translation>
        </message>
        <message>
            <source>oseba z začasno zaščito</source>
            <translation>person with temporary protection</translation>
        </message>
        <message>
            <source>oseba, ki ji je začasna zaščita prenehala, z vsemi obrazci</source>
            <translation>person whose temporary protection has ended, with all forms</translation>
        </message>
        <message>
            <source>osebi z začasno zaščito se izda izkaznica v {n} dneh od priznanja zaščite</source>
            <translation>a person with temporary protection is issued a card within {n} days of protection being granted</translation>
        </message>
        <message>
            <source>osebi z začasno zaščito se izda izkaznica; na seznamu od dneva priznanja zaščite</source>
            <translation>a person with temporary protection is issued a card; listed from the day protection is granted</translation>
        </message>
        <message>
            <source>osnutek</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>oznaka oblike ne ustreza</source>
            <translation>the format mark does not match</translation>
        </message>
        <message>
            <source>podatki upravičenca do začasne zaščite se posredujejo v {n} dneh od registracije</source>
            <translation>the beneficiary's data are transmitted within {n} days of registration</translation>
        </message>
        <message>
            <source>podpisanega dokumenta {doc_id} ni v zbirki</source>
            <translation>the signed document {doc_id} is not in the database</translation>
        </message>
        <message>
            <source>podpisano</source>
            <translation>signed</translation>
        </message>
        <message>
            <source>ponovno odprto</source>
            <translation>reopened</translation>
        </message>
        <message>
            <source>popravek</source>
            <translation>correction</translation>
        </message>
        <message>
            <source>postopek izpeljave ključa »{str(entry.get('kdf'))[:20]}« ni Argon2id</source>
            <translation>the key derivation method »{str(entry.get('kdf'))[:20]}« is not Argon2id</translation>
        </message>
        <message>
            <source>potrdilo o prejemu vloge ZZ-1 se izda ob prejemu vloge</source>
            <translation>the receipt of the application ZZ-1 is issued on receiving the application</translation>
        </message>
        <message>
            <source>potrdilo o prejemu vloge ZZ-1 se izda v {n} dneh od vloge</source>
            <translation>the receipt of the application ZZ-1 is issued within {n} days of the application</translation>
        </message>
        <message>
            <source>povezava je bila prekinjena</source>
            <translation>the connection was broken</translation>
        </message>
        <message>
            <source>povezava je bila zavrnjena</source>
            <translation>the connection was refused</translation>
        </message>
        <message>
            <source>povezava je potekla (ni odziva)</source>
            <translation>the connection timed out (no answer)</translation>
        </message>
        <message>
            <source>povezavo je prekinila druga stran</source>
            <translation>the other side closed the connection</translation>
        </message>
        <message>
            <source>prejeto iz centralnega registra</source>
            <translation>received from the central register</translation>
        </message>
        <message>
            <source>premestitev primera na drugo postajo</source>
            <translation>case moved to another station</translation>
        </message>
        <message>
            <source>premik med različnima diskoma ni mogoč</source>
            <translation>moving between two different disks is not possible</translation>
        </message>
        <message>
            <source>prenos</source>
            <translation>transfer</translation>
        </message>
        <message>
            <source>prihaja</source>
            <translation>upcoming</translation>
        </message>
        <message>
            <source>prijava</source>
            <translation>login</translation>
        </message>
        <message>
            <source>pričakovana je vrednost</source>
            <translation>a value is expected</translation>
        </message>
        <message>
            <source>prosilec</source>
            <translation>applicant</translation>
        </message>
        <message>
            <source>prosilec za začasno zaščito</source>
            <translation>applicant for temporary protection</translation>
        </message>
        <message>
            <source>prvi odstavek 13. člena {UREDBA}</source>
            <translation>prvi odstavek 13. člena {UREDBA}</translation>
        </message>
        <message>
            <source>razveljavljeno</source>
            <translation>voided</translation>
        </message>
        <message>
            <source>register</source>
            <translation>register</translation>
        </message>
        <message>
            <source>rok hrambe je lahko največ {MAX_MONTHS // 12} let</source>
            <translation>the retention period can be at most {MAX_MONTHS // 12} years</translation>
        </message>
        <message>
            <source>rok hrambe po vrsti zapisa ({n})</source>
            <translation>retention period by kind of record ({n})</translation>
        </message>
        <message>
            <source>rok hrambe »{text}« ni veljaven; vpišite število mesecev (npr. 6) ali let (npr. 5l)</source>
            <translation>the retention period »{text}« is not valid; enter a number of months (e.g. 6) or years (e.g. 5l)</translation>
        </message>
        <message>
            <source>skrbnik</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>sporoči se odsotnost iz Republike Slovenije, daljša od {n} dni (UP-9)</source>
            <translation>an absence from the Republic of Slovenia longer than {n} days is reported (UP-9)</translation>
        </message>
        <message>
            <source>sporoči se odsotnost iz nastanitvenega centra, daljša od {n} ur (UP-9)</source>
            <translation>an absence from the accommodation centre longer than {n} hours is reported (UP-9)</translation>
        </message>
        <message>
            <source>spremembe se sporočijo v {n} dneh od dneva, ko so nastale oziroma je oseba zanje izvedela</source>
            <translation>changes are reported within {n} days of the day they occurred or the person learned of them</translation>
        </message>
        <message>
            <source>spremenjena je vsebina dokumenta</source>
            <translation>the content of the document was changed</translation>
        </message>
        <message>
            <source>spremenjena so polja obrazca</source>
            <translation>the form's fields were changed</translation>
        </message>
        <message>
            <source>spremenjeno</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>spremlja</source>
            <translation>accompanies</translation>
        </message>
        <message>
            <source>stanje osebe je lahko le {', '.join(STATUSES)}</source>
            <translation>a person's status can only be {', '.join(STATUSES)}</translation>
        </message>
        <message>
            <source>strežnik ni dosegljiv</source>
            <translation>the server is unreachable</translation>
        </message>
        <message>
            <source>ta obrazec nima izdane serijske številke</source>
            <translation>this form has no serial number issued</translation>
        </message>
        <message>
            <source>to je mapa, ne datoteka</source>
            <translation>this is a folder, not a file</translation>
        </message>
        <message>
            <source>uporabniški račun</source>
            <translation>user account</translation>
        </message>
        <message>
            <source>uradna oseba</source>
            <translation>official</translation>
        </message>
        <message>
            <source>ustvarjeno</source>
            <translation>created</translation>
        </message>
        <message>
            <source>v tujini</source>
            <translation>abroad</translation>
        </message>
        <message>
            <source>varnostna kopija</source>
            <translation>backup</translation>
        </message>
        <message>
            <source>veljalo je</source>
            <translation>was valid</translation>
        </message>
        <message>
            <source>veljaven</source>
            <translation>valid</translation>
        </message>
        <message>
            <source>več kot 180 milijonov</source>
            <translation>more than 180 million</translation>
        </message>
        <message>
            <source>vir trenutno ni na voljo; poskusite znova</source>
            <translation>the resource is not available now; try again</translation>
        </message>
        <message>
            <source>vloga za prebivanje po poteku začasne zaščite (ZZ-3); na seznamu {n} dni pred iztekom</source>
            <translation>the application for residence after temporary protection (ZZ-3); listed {n} days before it ends</translation>
        </message>
        <message>
            <source>vrsta povezave je lahko le {', '.join(LINK_KINDS)}</source>
            <translation>the kind of link can only be {', '.join(LINK_KINDS)}</translation>
        </message>
        <message>
            <source>z začasno zaščito</source>
            <translation>with temporary protection</translation>
        </message>
        <message>
            <source>za koncem so še odvečni podatki</source>
            <translation>there is superfluous data after the end</translation>
        </message>
        <message>
            <source>zaklep računa</source>
            <translation>account locked</translation>
        </message>
        <message>
            <source>zaklep seje</source>
            <translation>session locked</translation>
        </message>
        <message>
            <source>zaključen</source>
            <translation>finished</translation>
        </message>
        <message>
            <source>zaključen obrazec</source>
            <translation>finished form</translation>
        </message>
        <message>
            <source>zaključen obrazec, ki ni vezan na osebo v registru</source>
            <translation>finished form not tied to a person in the register</translation>
        </message>
        <message>
            <source>zaključeno</source>
            <translation>finished</translation>
        </message>
        <message>
            <source>zamuda</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>zapečateni ključ uporabnika {username}: {exc or type(exc).__name__}</source>
            <translation>sealed key of the user {username}: {exc or type(exc).__name__}</translation>
        </message>
        <message>
            <source>zapis uporabnika {username}: ključa sta napačne dolžine</source>
            <translation>record of the user {username}: the keys have the wrong length</translation>
        </message>
        <message>
            <source>začasna zaščita prenehala</source>
            <translation>temporary protection ended</translation>
        </message>
        <message>
            <source>začasna zaščita prenehala {format_date(since)}; rok hrambe {period_text(months[kind])}</source>
            <translation>temporary protection ended {format_date(since)}; retention period {period_text(months[kind])}</translation>
        </message>
        <message>
            <source>zaščita prenehala</source>
            <translation>protection ended</translation>
        </message>
        <message>
            <source>zgradba ne ustreza</source>
            <translation>the structure does not match</translation>
        </message>
        <message>
            <source>{args[0]} je vrnil {result.returncode}</source>
            <translation>{args[0]} returned {result.returncode}</translation>
        </message>
        <message>
            <source>{name} = {value} je zunaj dovoljenega obsega {low} … {high}</source>
            <translation>{name} = {value} is outside the allowed range {low} … {high}</translation>
        </message>
        <message>
            <source>{path} ni navadna datoteka; izberite fotografijo v obliki JPEG ali PNG.</source>
            <translation>{path} is not a regular file; choose a photo in JPEG or PNG format.</translation>
        </message>
        <message>
            <source>{path}: datoteke ni mogoče prebrati ({os_error_text(exc)}).</source>
            <translation>{path}: the file cannot be read ({os_error_text(exc)}).</translation>
        </message>
        <message>
            <source>{path}: glava datoteke prenosa ni veljavna ({problem}); datoteka je poškodovana ali spremenjena, zahtevajte nov prenos.</source>
            <translation>{path}: the header of the transfer file is not valid ({problem}); the file is damaged or changed, ask for a new transfer.</translation>
        </message>
        <message>
            <source>{path}: napačno geslo za prenos ali pa je bila datoteka spremenjena.</source>
            <translation>{path}: wrong transfer passphrase, or the file was changed.</translation>
        </message>
        <message>
            <source>{path}: prenosa ni mogoče zapisati ({os_error_text(exc)}); preverite prostor in pravice na ciljnem disku.</source>
            <translation>{path}: the transfer cannot be written ({os_error_text(exc)}); check the space and permissions on the target disk.</translation>
        </message>
        <message>
            <source>{path}: revizijska sled v prenosu je pretrgana pri vnosu {row['seq']}.</source>
            <translation>{path}: the audit trail in the transfer is broken at entry {row['seq']}.</translation>
        </message>
        <message>
            <source>{path}: revizijska sled v prenosu se ne konča pri glavi iz glave datoteke.</source>
            <translation>{path}: the audit trail in the transfer does not end at the head given in the file's header.</translation>
        </message>
        <message>
            <source>{path}: to ni datoteka prenosa programa Priloga (ali je iz novejše različice).</source>
            <translation>{path}: this is not a transfer file of Priloga (or it is from a newer version).</translation>
        </message>
        <message>
            <source>{path}: to ni datoteka prenosa programa Priloga.</source>
            <translation>{path}: this is not a transfer file of Priloga.</translation>
        </message>
        <message>
            <source>{path}: zapisov v prenosu ni mogoče prebrati ({type(exc).__name__}); zahtevajte nov prenos.</source>
            <translation>{path}: the records in the transfer cannot be read ({type(exc).__name__}); ask for a new transfer.</translation>
        </message>
        <message>
            <source>{source}: datoteka ni sidro revizijske sledi programa Priloga</source>
            <translation>{source}: the file is not a Priloga audit trail anchor</translation>
        </message>
        <message>
            <source>{source}: datoteka ni sidro, prenosna datoteka ali podpisan PDF ({exc})</source>
            <translation>{source}: the file is not an anchor, a transfer file or a signed PDF ({exc})</translation>
        </message>
        <message>
            <source>{source}: datoteka sidra ni berljiva (ni JSON)</source>
            <translation>{source}: the anchor file is not readable (not JSON)</translation>
        </message>
        <message>
            <source>{source}: datoteke ni mogoče prebrati ({exc.strerror or exc})</source>
            <translation>{source}: the file cannot be read ({exc.strerror or exc})</translation>
        </message>
        <message>
            <source>{source}: datoteke sidra ni mogoče prebrati ({exc.strerror or exc})</source>
            <translation>{source}: the anchor file cannot be read ({exc.strerror or exc})</translation>
        </message>
        <message>
            <source>{source}: dokument PDF je prevelik</source>
            <translation>{source}: the PDF document is too large</translation>
        </message>
        <message>
            <source>{source}: dokument PDF nima sidra revizijske sledi (podpisan ni bil s programom Priloga ali je starejši)</source>
            <translation>{source}: the PDF document has no audit trail anchor (it was not signed with Priloga, or it is older)</translation>
        </message>
        <message>
            <source>{source}: glava prenosne datoteke nima glave revizijske sledi</source>
            <translation>{source}: the transfer file's header has no audit trail head</translation>
        </message>
        <message>
            <source>{source}: odtis v sidru ni odtis SHA-256</source>
            <translation>{source}: the fingerprint in the anchor is not a SHA-256 fingerprint</translation>
        </message>
        <message>
            <source>{source}: podpis v sidru ni zapisan pravilno</source>
            <translation>{source}: the signature in the anchor is not written correctly</translation>
        </message>
        <message>
            <source>{source}: podpisnik v sidru ni zapisan pravilno</source>
            <translation>{source}: the signer in the anchor is not written correctly</translation>
        </message>
        <message>
            <source>{source}: sidro revizijske sledi ni zapisano pravilno</source>
            <translation>{source}: the audit trail anchor is not written correctly</translation>
        </message>
        <message>
            <source>{source}: sidro v dokumentu PDF ni berljivo</source>
            <translation>{source}: the anchor in the PDF document is not readable</translation>
        </message>
        <message>
            <source>{source}: številka vnosa v sidru ni celo število</source>
            <translation>{source}: the entry number in the anchor is not a whole number</translation>
        </message>
        <message>
            <source>{what} {code}, ki ni vezan na osebo v registru; zadnja sprememba {format_date(since)}; rok hrambe {period_text(months[kind])}</source>
            <translation>{what} {code}, not tied to a person in the register; last change {format_date(since)}; retention period {period_text(months[kind])}</translation>
        </message>
        <message>
            <source>{where}obdobje je obrnjeno: konec ({to}) je pred začetkom ({from}); zamenjajte ali popravite datuma (in uri)</source>
            <translation>{where}the period is reversed: the end ({to}) is before the start ({from}); swap or correct the dates (and times)</translation>
        </message>
        <message>
            <source>{where}obdobje od {from} do {to} traja {length}; sporoča se le odsotnost, daljša od {limit} — preverite obdobje ali vrstico odstranite</source>
            <translation>{where}the period from {from} to {to} lasts {length}; only an absence longer than {limit} is reported — check the period or remove the row</translation>
        </message>
        <message>
            <source>»{label}« ({date}) je v prihodnosti; vpišite datum, ki ni poznejši od današnjega ({today})</source>
            <translation>»{label}« ({date}) is in the future; enter a date not later than today ({today})</translation>
        </message>
        <message>
            <source>»{label}« ({date}) je {before} pred iztekom obdobja (»{end_label}«: {end}); novo izjavo je mogoče podati največ {days} dni pred iztekom, torej najprej {earliest} — podajte jo pozneje</source>
            <translation>»{label}« ({date}) is {before} before the period ends (»{end_label}«: {end}); a new statement can be made at most {days} days before the end, so not before {earliest} — make it later</translation>
        </message>
        <message>
            <source>»{label}« ({date}) ne sme biti pred »{earlier_label}« ({earlier}); popravite enega od obeh datumov</source>
            <translation>»{label}« ({date}) must not be before »{earlier_label}« ({earlier}); correct one of the two dates</translation>
        </message>
        <message>
            <source>»{label}« ({end}) mora biti poznejša od »{start_label}« ({start}); popravite uri</source>
            <translation>»{label}« ({end}) must be later than »{start_label}« ({start}); correct the times</translation>
        </message>
        <message>
            <source>»{label}« ({excerpt(text, 40)}) je predolg za izkaznico in ga ni mogoče natisniti v celoti; skrajšajte ga (npr. z začetnicami drugih imen).</source>
            <translation>»{label}« ({excerpt(text, 40)}) is too long for the card and cannot be printed in full; shorten it (e.g. with the initials of further names).</translation>
        </message>
        <message>
            <source>»{label}« ima {count} vrstic, obrazec jih dopušča največ {max}; odstranite odvečne.</source>
            <translation>»{label}« has {count} rows, the form allows at most {max}; remove the extra ones.</translation>
        </message>
        <message>
            <source>»{label}« je obvezen podatek; vpišite ga.</source>
            <translation>»{label}« is required; fill it in.</translation>
        </message>
        <message>
            <source>»{label}« je {date}, pravica pa pripada od prvega dne meseca, ki sledi mesecu izjave (»{at_label}«: {at}); vpišite {expected}</source>
            <translation>»{label}« is {date}, but the right applies from the first day of the month after the month of the statement (»{at_label}«: {at}); enter {expected}</translation>
        </message>
        <message>
            <source>»{label}« je {date}, sporočeno pa je {reported}, {late} pozneje; rok za sporočanje je {days} dni — preverite datum, sicer v obrazložitvi navedite, zakaj je sporočeno pozneje</source>
            <translation>»{label}« is {date}, but it was reported on {reported}, {late} later; the period for reporting is {days} days — check the date, otherwise state in the explanation why it was reported later</translation>
        </message>
        <message>
            <source>»{label}« je {date}; listina mora veljati vsaj {months} mesece po »{basis}« ({end}), torej vsaj do {needed} — preverite veljavnost listine ali obdobje dovoljenja</source>
            <translation>»{label}« is {date}; the document must be valid at least {months} months after »{basis}« ({end}), that is at least until {needed} — check the document's validity or the permit's period</translation>
        </message>
        <message>
            <source>»{label}« je {date}; obdobje traja {months} mesecev od {start}{", a začasna zaščita traja le do {until}, zato je obdobje krajše" if shorter else ""} — vpišite {expected}</source>
            <translation>»{label}« is {date}; the period lasts {months} months from {start}{", a začasna zaščita traja le do {until}, zato je obdobje krajše" if shorter else ""} — enter {expected}</translation>
        </message>
        <message>
            <source>»{label}« mora biti v latinici, kot bo natisnjeno; vpišite »{latin}« (prečrkovano) ali latinično obliko iz potnega lista</source>
            <translation>»{label}« must be in Latin script, as it will be printed; enter »{latin}« (transliterated) or the Latin form from the passport</translation>
        </message>
        <message>
            <source>»{label}« ne more biti {value}; izberite drugo vrednost</source>
            <translation>»{label}« cannot be {value}; choose another value</translation>
        </message>
        <message>
            <source>»{label}« {emso} pripada osebi, rojeni {born}, to je po »{date_label}« ({date}); popravite EMŠO ali datum</source>
            <translation>»{label}« {emso} belongs to a person born on {born}, which is after »{date_label}« ({date}); correct the EMŠO or the date</translation>
        </message>
        <message>
            <source>»{label}« »{value}« ima napačno kontrolno števko; preverite jo v Poslovnem registru Slovenije (AJPES)</source>
            <translation>»{label}« »{value}« has a wrong check digit; check it in the Slovenian Business Register (AJPES)</translation>
        </message>
        <message>
            <source>»{label}« še ni označeno, a je predpisano; označite, ko je opravljeno</source>
            <translation>»{label}« is not ticked yet, but it is prescribed; tick it when it is done</translation>
        </message>
        <message>
            <source>»{label}«: »{value}« ni matična številka; vpišite 7 ali 10 števk (npr. 5022305 ali 5022305000)</source>
            <translation>»{label}«: »{value}« is not a registration number; enter 7 or 10 digits (e.g. 5022305 or 5022305000)</translation>
        </message>
        <message>
            <source>»{until_label}« ({until}) je pred začetkom obdobja ({start}); za to obdobje pravice ni mogoče dodeliti — preverite oba datuma</source>
            <translation>»{until_label}« ({until}) is before the start of the period ({start}); the right cannot be granted for this period — check both dates</translation>
        </message>
        <message>
            <source>Šifranta »{name}« ni; so: {', '.join(self.codelist_names())}.</source>
            <translation>The code list »{name}« does not exist; there are: {', '.join(self.codelist_names())}.</translation>
        </message>
        <message>
            <source>Številka</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Številka izkaznice</source>
            <translation>Card number</translation>
        </message>
        <message>
            <source>Številka računa (IBAN)</source>
            <translation>Account number (IBAN)</translation>
        </message>
        <message>
            <source>že v Sloveniji</source>
            <translation>already in Slovenia</translation>
        </message>
        <message>
            <source>ženske</source>
            <translation>female</translation>
        </message>
    </context>
    <context>
        <name>mrz</name>
        <message>
            <source>Berem strojno berljivi zapis s slike …</source>
            <translation>Reading the machine-readable zone from the image …</translation>
        </message>
        <message>
            <source>Branje slike ni uspelo ({error}); zapis prepišite ali preberite s čitalnikom.</source>
            <translation>Reading the image failed ({error}); type the zone or read it with a reader.</translation>
        </message>
        <message>
            <source>Datoteke ni mogoče prebrati: {error}</source>
            <translation>The file cannot be read: {error}</translation>
        </message>
        <message>
            <source>Fotografija ali sken strani s podatki (JPEG, PNG)</source>
            <translation>A photo or scan of the data page (JPEG, PNG)</translation>
        </message>
        <message>
            <source>Preberi iz slik&amp;e…</source>
            <translation>Read from &amp;image…</translation>
        </message>
        <message>
            <source>Prebrano: {kind}, {name}; kontrolne številke so pravilne.</source>
            <translation>Read: {kind}, {name}; the check digits are correct.</translation>
        </message>
        <message>
            <source>Slika strani s podatki</source>
            <translation>Image of the data page</translation>
        </message>
        <message>
            <source>Slike (*.jpg *.jpeg *.png *.tif *.tiff *.bmp);;Vse datoteke (*)</source>
            <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp);;All files (*)</translation>
        </message>
        <message>
            <source>Strojno berljivi zapis (MRZ): vtipkajte ali prilepite vrstice dokumenta ali ga preberite s čitalnikom</source>
            <translation>Machine-readable zone (MRZ): type or paste the document's lines, or read it with a reader</translation>
        </message>
        <message>
            <source>Vrstica {n} od {count}: {chars} od {width} znakov …</source>
            <translation>Line {n} of {count}: {chars} of {width} characters …</translation>
        </message>
        <message>
            <source>Vrstica {n}: {chars} znakov (potni list: 2 × 44, osebna izkaznica: 3 × 30 ali 2 × 36) …</source>
            <translation>Line {n}: {chars} characters (passport: 2 × 44, identity card: 3 × 30 or 2 × 36) …</translation>
        </message>
        <message>
            <source>osebna izkaznica (TD1)</source>
            <translation>identity card (TD1)</translation>
        </message>
        <message>
            <source>osebna izkaznica (TD2)</source>
            <translation>identity card (TD2)</translation>
        </message>
        <message>
            <source>potni list (TD3)</source>
            <translation>passport (TD3)</translation>
        </message>
    </context>
    <context>
        <name>person</name>
        <message>
            <source>13 števk; prvih sedem je datum rojstva.</source>
            <translation>13 digits; the first seven are the date of birth.</translation>
        </message>
        <message>
            <source>Datum odhoda iz izvorne države</source>
            <translation>Date of departure from the country of origin</translation>
        </message>
        <message>
            <source>Datum rojstva</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Datum vstopa v Republiko Slovenijo</source>
            <translation>Date of entry into the Republic of Slovenia</translation>
        </message>
        <message>
            <source>Davčna številka</source>
            <translation>Tax number</translation>
        </message>
        <message>
            <source>Država rojstva</source>
            <translation>Country of birth</translation>
        </message>
        <message>
            <source>Državljanstvo</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <source>E-mail naslov</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <source>EMŠO</source>
            <translation>EMŠO</translation>
        </message>
        <message>
            <source>Ime</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kraj rojstva</source>
            <translation>Place of birth</translation>
        </message>
        <message>
            <source>Naslov v Republiki Sloveniji</source>
            <translation>Address in the Republic of Slovenia</translation>
        </message>
        <message>
            <source>Naslov v tujini</source>
            <translation>Address abroad</translation>
        </message>
        <message>
            <source>Priimek</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>Spol</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Telefonska številka</source>
            <translation>Telephone number</translation>
        </message>
        <message>
            <source>Zadnje stalno ali začasno prebivališče v tujini.</source>
            <translation>Last permanent or temporary residence abroad.</translation>
        </message>
        <message>
            <source>Zakonski stan</source>
            <translation>Marital status</translation>
        </message>
        <message>
            <source>moški</source>
            <translation>male</translation>
        </message>
        <message>
            <source>oseba z začasno zaščito</source>
            <translation>person with temporary protection</translation>
        </message>
        <message>
            <source>prosilec za začasno zaščito</source>
            <translation>applicant for temporary protection</translation>
        </message>
        <message>
            <source>spremlja</source>
            <translation>accompanies</translation>
        </message>
        <message>
            <source>v tujini</source>
            <translation>abroad</translation>
        </message>
        <message>
            <source>začasna zaščita prenehala</source>
            <translation>temporary protection ended</translation>
        </message>
        <message>
            <source>Številka izkaznice</source>
            <translation>Card number</translation>
        </message>
        <message>
            <source>Številka računa (IBAN)</source>
            <translation>Account number (IBAN)</translation>
        </message>
        <message>
            <source>že v Sloveniji</source>
            <translation>already in Slovenia</translation>
        </message>
        <message>
            <source>ženski</source>
            <translation>female</translation>
        </message>
    </context>
    <context>
        <name>person_entry</name>
        <message>
            <source>&amp;Dodaj</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Vpiši</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&lt;a href="open:{id}"&gt;Odpri&lt;/a&gt;</source>
            <translation>&lt;a href="open:{id}"&gt;Open&lt;/a&gt;</translation>
        </message>
        <message>
            <source>&lt;a href="use:{id}"&gt;To je ta oseba&lt;/a&gt;</source>
            <translation>&lt;a href="use:{id}"&gt;This is the person&lt;/a&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Morda je ta oseba že v registru.&lt;/b&gt; Preverite, preden jo vpišete znova:</source>
            <translation>&lt;b&gt;This person may already be in the register.&lt;/b&gt; Check before adding them again:</translation>
        </message>
        <message>
            <source>Dokument velja do</source>
            <translation>Document valid until</translation>
        </message>
        <message>
            <source>Dokument: strojno berljivi zapis (MRZ)</source>
            <translation>Document: machine-readable zone (MRZ)</translation>
        </message>
        <message>
            <source>Država izdaje dokumenta</source>
            <translation>Country of issue of the document</translation>
        </message>
        <message>
            <source>Ime v latinici</source>
            <translation>Name in Latin script</translation>
        </message>
        <message>
            <source>Kot v strojno berljivem zapisu; za izkaznico in obrazce v latinici.</source>
            <translation>As in the machine-readable zone; for the card and the forms in Latin script.</translation>
        </message>
        <message>
            <source>Morda je oseba že v registru</source>
            <translation>The person may already be in the register</translation>
        </message>
        <message>
            <source>Osebni podatki in dokument</source>
            <translation>Personal data and document</translation>
        </message>
        <message>
            <source>Razmerje do osebe {name}</source>
            <translation>Relationship to {name}</translation>
        </message>
        <message>
            <source>Shranjevanje ni uspelo: {error}</source>
            <translation>Saving failed: {error}</translation>
        </message>
        <message>
            <source>Strojno berljivi zapis dokumenta (MRZ)</source>
            <translation>The document's machine-readable zone (MRZ)</translation>
        </message>
        <message>
            <source>Ta oseba je osebi {name} (&amp;razmerje):</source>
            <translation>This person is to {name} (&amp;relationship):</translation>
        </message>
        <message>
            <source>To je druga oseba: &amp;vseeno jo vpiši (zabeleži se v revizijsko sled)</source>
            <translation>This is a different person: add them a&amp;nyway (recorded in the audit trail)</translation>
        </message>
        <message>
            <source>Uporabljen bo obstoječi zapis v registru (nova oseba se ne vpiše).</source>
            <translation>The existing record in the register will be used (no new person is added).</translation>
        </message>
        <message>
            <source>Vpis osebe iz dokumenta</source>
            <translation>Adding a person from their document</translation>
        </message>
        <message>
            <source>Vrs&amp;ta:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>{name} je tej osebi:</source>
            <translation>{name} is to this person:</translation>
        </message>
        <message>
            <source>{name} je zakoniti zastopnik te osebe</source>
            <translation>{name} is the legal representative of this person</translation>
        </message>
        <message>
            <source>{name} spremlja to mladoletno osebo</source>
            <translation>{name} accompanies this minor</translation>
        </message>
        <message>
            <source>{person} — {reasons}</source>
            <translation>{person} — {reasons}</translation>
        </message>
        <message>
            <source>Številka dokumenta</source>
            <translation>Document number</translation>
        </message>
    </context>
    <context>
        <name>print_queue</name>
        <message>
            <source>&amp;Umerjanje tiskalnika…</source>
            <translation>&amp;Printer calibration…</translation>
        </message>
        <message>
            <source>Izkaznice</source>
            <translation>Cards</translation>
        </message>
        <message>
            <source>Izkaznice na polah</source>
            <translation>Cards on sheets</translation>
        </message>
        <message>
            <source>Izkaznice za plastificiranje</source>
            <translation>Cards for lamination</translation>
        </message>
        <message>
            <source>Natisni umeritveno stran in vpiši premik tiskalnika</source>
            <translation>Print the calibration page and enter the printer's offset</translation>
        </message>
        <message>
            <source>Natisni več zaključenih obrazcev in izkaznic naenkrat</source>
            <translation>Print several finished forms and cards at once</translation>
        </message>
        <message>
            <source>Obrazci</source>
            <translation>Forms</translation>
        </message>
        <message>
            <source>Tiskalna &amp;vrsta…</source>
            <translation>Print &amp;queue…</translation>
        </message>
        <message>
            <source>Tiskalna vrsta</source>
            <translation>Print queue</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <source>Natisni</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Predogled tiskanja</source>
            <translation>Print preview</translation>
        </message>
    </context>
    <context>
        <name>register_links</name>
        <message>
            <source>(prazno)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Ime in priimek v latinici</source>
            <translation>Full name in Latin script</translation>
        </message>
    </context>
    <context>
        <name>retention</name>
        <message>
            <source>Evidenca tiskanja</source>
            <translation>Print log</translation>
        </message>
        <message>
            <source>Evidenca tiskanja (kdo je kaj natisnil) – od tiskanja</source>
            <translation>Print log (who printed what) – from the printing</translation>
        </message>
        <message>
            <source>Nedokončan osnutek, ki ni vezan na osebo v registru – od zadnje spremembe</source>
            <translation>An unfinished draft not tied to a person in the register – from the last change</translation>
        </message>
        <message>
            <source>Obrazec brez osebe</source>
            <translation>Form without a person</translation>
        </message>
        <message>
            <source>Oseba (brez sprememb)</source>
            <translation>Person (no changes)</translation>
        </message>
        <message>
            <source>Oseba (zaščita prenehala)</source>
            <translation>Person (protection ended)</translation>
        </message>
        <message>
            <source>Oseba, ki ji je začasna zaščita prenehala, z vsemi obrazci – od prenehanja začasne zaščite</source>
            <translation>A person whose temporary protection has ended, with all forms – from the end of temporary protection</translation>
        </message>
        <message>
            <source>Osnutek brez osebe</source>
            <translation>Draft without a person</translation>
        </message>
        <message>
            <source>Pregled in izbris podatkov po poteku roka hrambe opravi nadzornik ali skrbnik.</source>
            <translation>Review and erasure of data after the retention period is done by a supervisor or an administrator.</translation>
        </message>
        <message>
            <source>Prosilec ali oseba z začasno zaščito brez sprememb, z vsemi obrazci – od zadnje spremembe osebe ali njenih obrazcev</source>
            <translation>An applicant or a person with temporary protection without changes, with all forms – from the last change of the person or their forms</translation>
        </message>
        <message>
            <source>Roki &amp;hrambe in izbris…</source>
            <translation>Retention and &amp;erasure…</translation>
        </message>
        <message>
            <source>Roki hrambe in izbris</source>
            <translation>Retention and erasure</translation>
        </message>
        <message>
            <source>Zaključen obrazec, ki ni vezan na osebo v registru – od zadnje spremembe, podpisa ali tiskanja</source>
            <translation>A finished form not tied to a person in the register – from the last change, signature or printing</translation>
        </message>
        <message>
            <source>Zapisi, ki jim je potekel rok hrambe, njihov izbris in roki hrambe</source>
            <translation>Records whose retention period has passed, their erasure and the retention periods</translation>
        </message>
        <message>
            <source>brez roka (se ne briše)</source>
            <translation>no period (never erased)</translation>
        </message>
        <message>
            <source>dokument</source>
            <translation>document</translation>
        </message>
        <message>
            <source>dokumenta</source>
            <translation>documents</translation>
        </message>
        <message>
            <source>dokumenti</source>
            <translation>documents</translation>
        </message>
        <message>
            <source>dokumentov</source>
            <translation>documents</translation>
        </message>
        <message>
            <source>družinska povezava</source>
            <translation>family link</translation>
        </message>
        <message>
            <source>družinske povezave</source>
            <translation>family links</translation>
        </message>
        <message>
            <source>družinski povezavi</source>
            <translation>family links</translation>
        </message>
        <message>
            <source>družinskih povezav</source>
            <translation>family links</translation>
        </message>
        <message>
            <source>fotografij</source>
            <translation>photos</translation>
        </message>
        <message>
            <source>fotografija</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>fotografije</source>
            <translation>photos</translation>
        </message>
        <message>
            <source>fotografiji</source>
            <translation>photos</translation>
        </message>
        <message>
            <source>nič</source>
            <translation>none</translation>
        </message>
        <message>
            <source>obrazca</source>
            <translation>forms</translation>
        </message>
        <message>
            <source>obrazcev</source>
            <translation>forms</translation>
        </message>
        <message>
            <source>obrazci</source>
            <translation>forms</translation>
        </message>
        <message>
            <source>obrazec</source>
            <translation>form</translation>
        </message>
        <message>
            <source>oseb</source>
            <translation>persons</translation>
        </message>
        <message>
            <source>oseba</source>
            <translation>person</translation>
        </message>
        <message>
            <source>osebe</source>
            <translation>persons</translation>
        </message>
        <message>
            <source>osebi</source>
            <translation>persons</translation>
        </message>
        <message>
            <source>podpisan PDF</source>
            <translation>signed PDF</translation>
        </message>
        <message>
            <source>podpisana PDF</source>
            <translation>signed PDFs</translation>
        </message>
        <message>
            <source>podpisani PDF</source>
            <translation>signed PDFs</translation>
        </message>
        <message>
            <source>podpisanih PDF</source>
            <translation>signed PDFs</translation>
        </message>
        <message>
            <source>z vsemi podatki v registru</source>
            <translation>with all data in the register</translation>
        </message>
        <message>
            <source>zapis tiskanja</source>
            <translation>print record</translation>
        </message>
        <message>
            <source>zapisa tiskanja</source>
            <translation>print records</translation>
        </message>
        <message>
            <source>zapisi tiskanja</source>
            <translation>print records</translation>
        </message>
        <message>
            <source>zapisov tiskanja</source>
            <translation>print records</translation>
        </message>
        <message>
            <source>{first} in {second}</source>
            <translation>{first} and {second}</translation>
        </message>
        <message>
            <source>{n} let</source>
            <translation>{n} years</translation>
        </message>
        <message>
            <source>{n} leta</source>
            <translation>{n} years</translation>
        </message>
        <message>
            <source>{n} leti</source>
            <translation>{n} years</translation>
        </message>
        <message>
            <source>{n} leto</source>
            <translation>{n} year</translation>
        </message>
        <message>
            <source>{n} mesec</source>
            <translation>{n} month</translation>
        </message>
        <message>
            <source>{n} meseca</source>
            <translation>{n} months</translation>
        </message>
        <message>
            <source>{n} mesecev</source>
            <translation>{n} months</translation>
        </message>
        <message>
            <source>{n} meseci</source>
            <translation>{n} months</translation>
        </message>
    </context>
    <context>
        <name>signing</name>
        <message>
            <source>
To je TESTNI ključ – podpis ni za prave dokumente.</source>
            <translation>
This is a TEST key – the signature is not for real documents.</translation>
        </message>
        <message>
            <source>&amp;Ključi za podpisovanje…</source>
            <translation>Signing &amp;keys…</translation>
        </message>
        <message>
            <source>(brez imena)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>Datoteke ni bilo mogoče zapisati: {error}</source>
            <translation>The file could not be written: {error}</translation>
        </message>
        <message>
            <source>Datoteke {name} ni mogoče prebrati: {error}</source>
            <translation>The file {name} cannot be read: {error}</translation>
        </message>
        <message>
            <source>Dokument PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Dokument PDF (*.pdf);;Vse datoteke (*)</source>
            <translation>PDF document (*.pdf);;All files (*)</translation>
        </message>
        <message>
            <source>Dokument ni elektronsko podpisan</source>
            <translation>The document is not electronically signed</translation>
        </message>
        <message>
            <source>Elektronsko podpiši izbrani zaključen obrazec in shrani podpisani PDF (Ctrl+Shift+S)</source>
            <translation>Electronically sign the selected finished form and save the signed PDF (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Geslo ključa</source>
            <translation>Key password</translation>
        </message>
        <message>
            <source>Izberi</source>
            <translation>Choose</translation>
        </message>
        <message>
            <source>Izberite ključ za podpis</source>
            <translation>Choose a signing key</translation>
        </message>
        <message>
            <source>Izvozi &amp;podpisani PDF…</source>
            <translation>Export the &amp;signed PDF…</translation>
        </message>
        <message>
            <source>Ključi za podpisovanje…</source>
            <translation>Signing keys…</translation>
        </message>
        <message>
            <source>Na tej postaji ni uvoženega ključa za podpisovanje. Uvozite ključ uradne osebe (PKCS#12) v oknu »Ključi za podpisovanje«.</source>
            <translation>No signing key has been imported on this station. Import the official's key (PKCS#12) in the »Signing keys« window.</translation>
        </message>
        <message>
            <source>Na tem računalniku ni programa za branje PDF. Datoteka je shranjena v {path}.</source>
            <translation>There is no PDF viewer on this computer. The file is saved in {path}.</translation>
        </message>
        <message>
            <source>Obrazca ni bilo mogoče podpisati: {error}</source>
            <translation>The form could not be signed: {error}</translation>
        </message>
        <message>
            <source>Obrazca ni bilo mogoče prebrati: {error}</source>
            <translation>The form could not be read: {error}</translation>
        </message>
        <message>
            <source>Obrazec je že podpisan (različica {v}, {when}, {signer}). Podpisan obrazec je dokončen: za spremembo naredite popravek (nova različica). Shranite podpisani PDF?</source>
            <translation>The form is already signed (version {v}, {when}, {signer}). A signed form is final: to change it, make a correction (a new version). Save the signed PDF?</translation>
        </message>
        <message>
            <source>Obrazec ni podpisan.</source>
            <translation>The form is not signed.</translation>
        </message>
        <message>
            <source>Obrazec {code} – {title} je podpisan (različica {v}).
Podpisnik: {signer}
Čas: {when}

Podpisani PDF je shranjen v zbirki. Ga shranite tudi v datoteko?</source>
            <translation>The form {code} – {title} is signed (version {v}).
Signer: {signer}
Time: {when}

The signed PDF is kept in the database. Save it to a file as well?</translation>
        </message>
        <message>
            <source>Odpri</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Odpri PDF</source>
            <translation>Open PDF</translation>
        </message>
        <message>
            <source>Odpri datoteko PDF in preveri njen elektronski podpis (Ctrl+Shift+V)</source>
            <translation>Open a PDF file and check its electronic signature (Ctrl+Shift+V)</translation>
        </message>
        <message>
            <source>Po shranjevanju odpri PDF</source>
            <translation>Open the PDF after saving</translation>
        </message>
        <message>
            <source>Podpis obrazca {code} – {title}
Ključ: {name} ({fingerprint}){test}

Geslo ključa (program ga ne shrani):</source>
            <translation>Signing the form {code} – {title}
Key: {name} ({fingerprint}){test}

Key password (the program does not keep it):</translation>
        </message>
        <message>
            <source>Podpisa ni bilo mogoče preveriti: {error}</source>
            <translation>The signature could not be checked: {error}</translation>
        </message>
        <message>
            <source>Podpisan obrazec ostane, kot je; popravek je nov osnutek z njegovimi podatki</source>
            <translation>The signed form stays as it is; the correction is a new draft with its data</translation>
        </message>
        <message>
            <source>Podpisati je mogoče le zaključen obrazec. Obrazec najprej zaključite (na strani »Pregled in zaključek«).</source>
            <translation>Only a finished form can be signed. Finish the form first (on the »Review and finish« page).</translation>
        </message>
        <message>
            <source>Podpiši in &amp;izvozi…</source>
            <translation>Sign and &amp;export…</translation>
        </message>
        <message>
            <source>Podpiši in izvozi</source>
            <translation>Sign and export</translation>
        </message>
        <message>
            <source>Popravek (nova &amp;različica)</source>
            <translation>&amp;Correction (new version)</translation>
        </message>
        <message>
            <source>Popravek (nova različica)</source>
            <translation>Correction (new version)</translation>
        </message>
        <message>
            <source>Popravka ni bilo mogoče začeti: {error}</source>
            <translation>The correction could not be started: {error}</translation>
        </message>
        <message>
            <source>Prekliči</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Preveri &amp;podpis obrazca</source>
            <translation>Check the form's &amp;signature</translation>
        </message>
        <message>
            <source>Preveri podpis</source>
            <translation>Check signature</translation>
        </message>
        <message>
            <source>Preveri podpis &amp;PDF…</source>
            <translation>Check the signature of a PD&amp;F…</translation>
        </message>
        <message>
            <source>Preveri podpis PDF</source>
            <translation>Check the signature of a PDF</translation>
        </message>
        <message>
            <source>Preveri podpis shranjene podpisane različice izbranega obrazca</source>
            <translation>Check the signature of the saved signed version of the selected form</translation>
        </message>
        <message>
            <source>Preverjanje podpisa</source>
            <translation>Signature check</translation>
        </message>
        <message>
            <source>S katerim ključem podpišem obrazec?</source>
            <translation>Which key shall sign the form?</translation>
        </message>
        <message>
            <source>Shrani</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Shrani PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>Shrani PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Shrani podpisani PDF</source>
            <translation>Save the signed PDF</translation>
        </message>
        <message>
            <source>Uvozi ključ uradne osebe, izberi zaupanja vredne izdajatelje</source>
            <translation>Import an official's key, choose trusted issuers</translation>
        </message>
        <message>
            <source>V redu</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Zapri</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{code} – {title}, podpisana različica {v} (shranjena v zbirki)</source>
            <translation>{code} – {title}, signed version {v} (kept in the database)</translation>
        </message>
        <message>
            <source>{name}{mark} — {issuer}, velja do {until}, {fingerprint}</source>
            <translation>{name}{mark} — {issuer}, valid until {until}, {fingerprint}</translation>
        </message>
        <message>
            <source>⚠  Podpisnik ni med zaupanja vrednimi izdajatelji</source>
            <translation>⚠  The signer is not among the trusted issuers</translation>
        </message>
        <message>
            <source>✔  Podpis je veljaven</source>
            <translation>✔  The signature is valid</translation>
        </message>
        <message>
            <source>✖  Dokument je bil spremenjen po podpisu – podpis ni veljaven</source>
            <translation>✖  The document was changed after signing – the signature is not valid</translation>
        </message>
        <message>
            <source>✖  Podpis ni veljaven</source>
            <translation>✖  The signature is not valid</translation>
        </message>
    </context>
</TS>
