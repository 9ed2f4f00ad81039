"""Realistic data for the benchmarks, made with the app's own code and cached under /tmp by size.

A station's register after months of a mass arrival: families of one to six (a parent or two, children,
sometimes a grandparent), Ukrainian names in Slovenian transliteration (Ševčenko, Kovalčuk) and in
Cyrillic (Шевченко), some Slovenian names (relatives living here), passports, EMŠO for those
already granted protection, family links both ways. Every person has three forms: ZZ-1 filled from
the register, ZZ-2 issued from it, and one more of any other kind in `forms/` (ZZ-3 … ZZ-9, UP-…,
HR-…; most often the ZZ-8 card), so 100,000 persons carry 300,000 forms. Most forms are finished.

Everything goes through `Workspace`, `Register.add_person / add_document / link`, `from_register`,
`Workspace.issue_from` and `DraftStore.create / finish`, inside `app.store.drafts.batch` (one durable
transaction per 2,000 persons, as when a station imports a register) — the same writes the app makes.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("PRILOGA_BENCH_CACHE", "/tmp/priloga-bench"))
#: bump when the generated data changes, so that old cached databases are not reused
GENERATOR_VERSION = 3
BATCH_PERSONS = 2000

UA_SURNAMES = [
    "Ševčenko", "Kovalenko", "Bondarenko", "Tkačenko", "Kravčenko", "Olijnik", "Šveć", "Melnik", "Bojko",
    "Koval", "Moroz", "Lysenko", "Rudenko", "Savčenko", "Petrenko", "Marčenko", "Ponomarenko", "Kuzmenko",
    "Pavlenko", "Hončarenko", "Levčenko", "Zinčenko", "Vasylenko", "Kučer", "Bilyk", "Hryhorenko", "Žuk",
    "Kovalčuk", "Poliščuk", "Tkačuk", "Savčuk", "Ščerbak", "Karpenko", "Demčenko", "Romanjuk", "Sydorenko",
    "Jarošenko", "Čornovol", "Ščur", "Harasymčuk", "Fedorčuk", "Mykolajčuk", "Hnatjuk", "Doroš", "Chmara",
    "Bojčenko", "Litvinenko", "Hrycenko", "Nečaj", "Žytnyk",
]
UA_CYRILLIC_SURNAMES = [
    "Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Мельник", "Бойко", "Коваль",
    "Мороз", "Лисенко", "Руденко", "Савченко", "Петренко", "Марченко", "Пономаренко", "Кузьменко", "Павленко",
    "Гончаренко", "Левченко", "Зінченко", "Василенко", "Кучер", "Білик", "Григоренко", "Жук", "Ковальчук",
    "Поліщук", "Ткачук", "Щербак", "Карпенко", "Демченко", "Романюк", "Сидоренко", "Ярошенко", "Гнатюк",
]
SI_SURNAMES = [
    "Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Kos", "Vidmar", "Golob",
    "Turk", "Božič", "Kralj", "Zupan", "Bizjak", "Hribar", "Korošec", "Rozman", "Kotnik", "Oblak", "Žagar",
    "Košir", "Hočevar", "Šinkovec", "Čeh", "Žnidaršič", "Jerič", "Gregorčič", "Štrukelj",
]
UA_FEMALE = ["Olena", "Oksana", "Iryna", "Natalija", "Tetjana", "Julija", "Svitlana", "Ljudmyla", "Halyna", "Sofija",
             "Anastasija", "Marija", "Daryna", "Viktorija", "Kateryna", "Alina", "Polina", "Zlata", "Uljana", "Jevhenija"]
UA_MALE = ["Mykola", "Andrij", "Oleksandr", "Serhij", "Dmytro", "Volodymyr", "Jurij", "Ivan", "Maksym", "Artem",
           "Bohdan", "Taras", "Vasyl", "Petro", "Oleh", "Jaroslav", "Danylo", "Matvij", "Illja", "Vitalij"]
UA_CYRILLIC_FEMALE = ["Олена", "Оксана", "Ірина", "Наталія", "Тетяна", "Юлія", "Світлана", "Софія", "Анастасія",
                      "Марія", "Дарина", "Вікторія", "Катерина", "Галина"]
UA_CYRILLIC_MALE = ["Микола", "Андрій", "Олександр", "Сергій", "Дмитро", "Володимир", "Юрій", "Іван", "Максим",
                    "Артем", "Богдан", "Тарас", "Василь", "Олег"]
SI_FEMALE = ["Ana", "Maja", "Mojca", "Špela", "Nina", "Tjaša", "Urška", "Tadeja", "Nuša", "Živa"]
SI_MALE = ["Luka", "Žiga", "Matej", "Jože", "Franc", "Janez", "Marko", "Nejc", "Žan", "Anže"]
CITIES = ["Harkiv", "Kijev", "Odesa", "Dnipro", "Zaporižžja", "Mikolajiv", "Herson", "Lviv", "Černihiv",
          "Sumi", "Mariupol", "Kramatorsk", "Poltava", "Žitomir", "Vinnica"]
CITIES_CYRILLIC = ["Харків", "Київ", "Одеса", "Дніпро", "Запоріжжя", "Миколаїв", "Херсон", "Чернігів", "Суми"]
STREETS = ["вул. Сумська", "вул. Шевченка", "просп. Науки", "вул. Гагаріна", "вул. Миру", "вул. Соборна"]
CENTRES = ["Nastanitveni center Logatec, Tržaška cesta 148, 1370 Logatec",
           "Azilni dom, Cesta v Gorice 15, 1000 Ljubljana", "Nastanitveni center Vič, Tržaška cesta 2, 1000 Ljubljana",
           "Celovška cesta 112, 1000 Ljubljana", "Ulica heroja Šaranoviča 27, 2000 Maribor",
           "Kidričeva ulica 9, 8250 Brežice", "Prešernova cesta 4, 3000 Celje"]
OFFICES = ["Policijska uprava Novo mesto, Policijska postaja Brežice", "Upravna enota Ljubljana, Sektor za tujce",
           "Upravna enota Maribor", "Policijska uprava Koper, Postaja mejne policije Koper"]
#: how often the card is the third form, against 1 for each other form kind
CARD_WEIGHT = 5
#: born after this, a person is a minor today (the `valid` data records a parent as the legal representative)
MINOR_BORN_AFTER = (lambda t: f"{t.year - 18}-{t:%m-%d}")(__import__("datetime").date.today())
#: different portraits drawn for the `valid` data; each person's photo is one of them with its own JPEG comment
PHOTO_BASES = 200


def emso(birth: str, female: bool, serial: int) -> str:
    """A valid EMŠO for a foreigner (register 50): ddmmyyy 50 sss k, sss 500–999 for women."""
    from stdnum.si import emso as stdnum_emso

    year, month, day = birth.split("-")
    body = f"{day}{month}{year[1:]}50{(500 if female else 0) + serial % 500:03d}"
    return body + stdnum_emso.calc_check_digit(body)


class _People:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.serial = 0
        self.photos = 0

    def serial_photo(self) -> int:
        self.photos += 1
        return self.photos

    def surname(self) -> tuple[str, str]:
        r = self.rng.random()
        if r < 0.70:
            return self.rng.choice(UA_SURNAMES), "latin"
        if r < 0.90:
            return self.rng.choice(UA_CYRILLIC_SURNAMES), "cyrillic"
        return self.rng.choice(SI_SURNAMES), "si"

    def given(self, script: str, female: bool) -> str:
        table = {("latin", True): UA_FEMALE, ("latin", False): UA_MALE, ("cyrillic", True): UA_CYRILLIC_FEMALE,
                 ("cyrillic", False): UA_CYRILLIC_MALE, ("si", True): SI_FEMALE, ("si", False): SI_MALE}
        return self.rng.choice(table[(script, female)])

    def birth(self, low: int, high: int) -> str:
        return f"{self.rng.randint(low, high)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    def person(self, surname: str, script: str, female: bool, birth: str, home: str, entry: str) -> dict:
        self.serial += 1
        granted = self.rng.random() < 0.6
        city = self.rng.choice(CITIES)
        return {
            "surname": surname, "given_name": self.given(script, female), "birth_date": birth, "birth_place": city,
            "birth_country": "UKR", "citizenship": "UKR", "sex": "Z" if female else "M",
            "emso": emso(birth, female, self.serial) if granted else None,
            "marital_status": self.rng.choice(["married", "single", "widowed", "divorced"]),
            "address_abroad": home, "address_si": self.rng.choice(CENTRES),
            "departure_date": entry[:8] + f"{max(1, int(entry[8:]) - self.rng.randint(1, 9)):02d}",
            "entry_date": entry, "phone": f"+386 4{self.rng.randint(0, 9)} {self.rng.randint(100, 999)} "
                                          f"{self.rng.randint(100, 999)}",
            "email": None, "status": "granted" if granted else "applicant",
        }

    def passport(self) -> dict:
        letters = "".join(self.rng.choice("ABCEFHKMNOPTX") for _ in range(2))
        issued = self.birth(2015, 2023)
        return {"doc_type": "potni list", "doc_number": f"{letters} {self.rng.randint(100, 999)} "
                                                        f"{self.rng.randint(100, 999)}",
                "issued_by": f"Državna migracijska služba Ukrajine, {self.rng.randint(1000, 9999)}",
                "issued_on": issued, "valid_until": str(int(issued[:4]) + 10) + issued[4:]}


def _family(people: _People) -> list[tuple[dict, list[dict]]]:
    """(person attributes, documents) of one family; the first is the one who applies for all."""
    rng = people.rng
    surname, script = people.surname()
    home = f"{rng.choice(STREETS)} {rng.randint(1, 120)}, кв. {rng.randint(1, 90)}, {rng.choice(CITIES_CYRILLIC)}, Україна"
    entry = f"2025-{rng.randint(1, 12):02d}-{rng.randint(10, 28):02d}"
    size = rng.choices([1, 2, 3, 4, 5, 6], weights=[30, 22, 22, 15, 8, 3])[0]
    members = [people.person(surname, script, True, people.birth(1965, 2000), home, entry)]
    if size >= 2 and rng.random() < 0.35:
        members.append(people.person(surname, script, False, people.birth(1960, 2000), home, entry))
    if size >= 4 and rng.random() < 0.3:
        members.append(people.person(surname, script, rng.random() < 0.7, people.birth(1940, 1960), home, entry))
    while len(members) < size:
        members.append(people.person(surname, script, rng.random() < 0.5, people.birth(2008, 2024), home, entry))
    return [(m, [people.passport()] if m["birth_date"] < "2015" or rng.random() < 0.5 else []) for m in members]


def _relationship(first: dict, other: dict) -> tuple[str, str]:
    """(what `other` is to `first`, what `first` is to `other`)."""
    female = other["sex"] == "Z"
    if other["birth_date"] < "1961":
        return ("mati" if female else "oče"), "hči"
    if other["birth_date"] < "2005":
        return ("žena" if female else "mož"), "žena"
    return ("hči" if female else "sin"), "mati"


#: The benchmark station's administrator (the databases are encrypted like every station's).
BENCH_USER = "bench"
BENCH_PASSWORD = "bench-geslo-2026"
#: The station's other accounts (each with its own password in the key file, as an administrator adds them).
OTHER_ACCOUNTS = [("mnovak", "Maja Novak", "official"), ("jhorvat", "Janez Horvat", "official"),
                  ("tkrajnc", "Tjaša Krajnc", "official"), ("lkos", "Luka Kos", "official"),
                  ("pzupan", "Petra Zupan", "supervisor"), ("avidmar", "Anže Vidmar", "administrator")]


def open_bench(path):
    """Log in to a benchmark station."""
    from app.workspace import login

    return login(path, BENCH_USER, BENCH_PASSWORD)


def generate(path: Path, persons: int, seed: int = 7, progress=None, valid: bool = False) -> dict:
    """Fill a new database at `path` with `persons` persons in families and three forms each.

    With `valid` (the sync benchmark's station), what an official would have: a minor's parent is recorded
    as the legal representative, every person has a photo (a different one each) and a card carries it, and
    a form is finished only when the engine finds no errors in it (``validate(strict=True)``, as the central
    register checks it), so every finished form is one the server accepts."""
    from app.engine.prefill import from_register
    from app.engine.rules import ERROR
    from app.engine.schema import initial_data
    from app.engine.names import transliterate
    from app.engine.validate import validate
    from app.store.drafts import batch
    from app.workspace import first_start

    faces = photos(PHOTO_BASES, log=lambda *_a: None) if valid else []

    def finishable(definition, draft_id) -> bool:
        if not valid:
            return True
        data = ws.drafts.get(draft_id).data
        return not any(f.severity == ERROR for f in validate(definition, data, strict=True))

    t0 = time.perf_counter()
    ws = first_start(path, BENCH_USER, BENCH_PASSWORD, "Mojca Žagar")
    ws.settings.set("station_name", "Brežice 1")
    ws.settings.set("official", "Mojca Žagar")
    ws.settings.set("office", OFFICES[0])
    for username, name, role in OTHER_ACCOUNTS:
        ws.add_account(username, name, role, f"{username}-Geslo-2026!")
    ws.db.execute("PRAGMA cache_size = -262144")  # 256 MB while generating (random UUID keys)
    definitions = {}
    for code in ws.catalog.codes():
        try:
            definitions[code] = ws.definition(code)
        except Exception as exc:  # a definition another engineer is still writing
            print(f"  (form {code} left out: {exc})")
    third_forms = [c for c in definitions if c not in ("ZZ-1", "ZZ-2")]
    third_forms += ["ZZ-8"] * (CARD_WEIGHT - 1) if "ZZ-8" in third_forms else []
    with_relative = {c for c, d in definitions.items() if d.register.relative}
    skip = {code: {f.id for f in d.fields.values() if f.type == "photo"} | {d.serial.field if d.serial else None}
            for code, d in definitions.items()}
    samples = {code: {k: v for k, v in (d.sample or {}).items() if k not in skip[code]} for code, d in definitions.items()}
    photo_fields = {code: next((f.id for f in d.fields.values() if f.type == "photo"), None)
                    for code, d in definitions.items()}
    if valid:  # what the register knows comes from the register (no sample EMŠO for a person without one)
        samples = {code: {k: v for k, v in sample.items() if k not in definitions[code].register.person}
                   for code, sample in samples.items()}
    starts = {code: initial_data(d, official=ws.settings.official, office=ws.settings.office)
              for code, d in definitions.items()}
    people = _People(seed)
    made = forms = 0
    while made < persons:
        with batch(ws.db):
            target = min(persons, made + BATCH_PERSONS)
            while made < target:
                family = _family(people)[:target - made]
                ids = []
                for attributes, documents in family:
                    person_id = ws.register.add_person(**attributes)
                    for document in documents:
                        ws.register.add_document(person_id, **document)
                    ids.append(person_id)
                first = family[0][0]
                for (attributes, _docs), relative_id in zip(family[1:], ids[1:]):
                    relation, reverse = _relationship(first, attributes)
                    ws.register.link(ids[0], relative_id, relation, "accompanying",
                                     legal_representative=False, reverse_relationship=reverse)
                    if valid and attributes["birth_date"] > MINOR_BORN_AFTER:  # the parent represents a minor
                        ws.register.link(relative_id, ids[0], reverse, "accompanying", legal_representative=True,
                                         accompanies_minor=True)
                face = {}
                if valid:
                    for person_id in ids:
                        face[person_id] = distinct_photo(faces, people.serial_photo())
                        ws.register.set_photo(person_id, face[person_id])
                for index, person_id in enumerate(ids):
                    third = people.rng.choice(third_forms)
                    relative = None
                    if third in with_relative:
                        relative = ids[(index + 1) % len(ids)] if len(ids) > 1 else None
                        if relative is None:
                            third = "ZZ-8"
                    person = ws.register.get(person_id)
                    links = ws.register.links(person_id)
                    documents = ws.register.documents(person_id)
                    for code in ("ZZ-1", third):
                        definition = definitions[code]
                        linked = next((link for link in links if link["id"] == relative), None) if code == third else None
                        data = {**samples[code], **starts[code],
                                **from_register(definition, person, links, documents, linked)}
                        if valid and code == "ZZ-8":  # the card is printed in Latin script
                            for name in ("surname", "given_name"):
                                data[name] = transliterate(data.get(name) or "", nationality="UKR")
                        draft = ws.drafts.create(definition.code, definition.version, data,
                                                 page=definition.sections[0].id, person_id=person_id)
                        forms += 1
                        if valid and photo_fields[code]:
                            ws.drafts.set_photo(draft.id, face[person_id], photo_field=photo_fields[code])
                        if code == "ZZ-1":
                            receipt = ws.issue_from(draft.id, "ZZ-2")
                            forms += 1
                            if people.rng.random() < 0.8:
                                for done in (draft.id, receipt.id):
                                    if finishable(definitions[ws.drafts.get(done).form_code], done):
                                        ws.drafts.finish(done)
                        elif people.rng.random() < 0.6 and finishable(definition, draft.id):
                            ws.drafts.finish(draft.id)
                made += len(family)
        if progress:
            progress(made, forms, time.perf_counter() - t0)
    ws.db.execute("PRAGMA optimize")
    ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    return {"persons": made, "forms": forms, "seconds": round(time.perf_counter() - t0, 1)}


def _fingerprint() -> str:
    """What the cached data depends on: the generator and the form definitions (names, versions). A newer
    schema does not make new data: the cached database is migrated by the app's own migrations."""
    digest = hashlib.sha256(f"{GENERATOR_VERSION}".encode())
    for path in sorted((ROOT / "forms").glob("*.yaml")):
        version = next((line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("version:")), "")
        digest.update(f"{path.name}:{version};".encode())
    return digest.hexdigest()[:12]


def _migrated(path: Path, log) -> bool:
    """Bring a cached database to this checkout's schema; False when it cannot be (made by a newer one)."""
    from app.store.db import StoreError, open_store
    from app.store.vault import Vault, VaultError

    t0 = time.perf_counter()
    try:
        db = open_store(path, Vault(path).unlock(BENCH_USER, BENCH_PASSWORD))
    except (StoreError, VaultError) as exc:
        log(f"  cached {path.name} is not usable here ({exc})")
        return False
    version = db.execute("PRAGMA user_version").fetchone()[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    if time.perf_counter() - t0 > 1:
        log(f"  {path.name} migrated to schema {version} in {time.perf_counter() - t0:.1f} s")
    return True


def database(persons: int, into: Path, log=print, valid: bool = False) -> tuple[Path, dict]:
    """A copy (at `into`) of the cached database with `persons` persons, generating it first if needed
    (`valid`: the sync benchmark's station, see `generate`; cached apart)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"register-{'valid-' if valid else ''}{persons}-{_fingerprint()}.sqlite3"
    info = {"persons": persons, "cached": cached.is_file() and _migrated(cached, log)}
    if not info["cached"]:
        for old in CACHE.glob(f"register-{'valid-' if valid else ''}{persons}-*.sqlite3*"):
            old.unlink()
        partial = cached.with_suffix(".partial")
        for suffix in ("", "-wal", "-shm", ".keys"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        log(f"generating {persons:,} persons → {cached} …")
        info.update(generate(partial, persons, valid=valid, progress=lambda n, f, s: log(
            f"  {n:>9,} persons {f:>9,} forms  {s:7.1f} s") if n % 20000 < BATCH_PERSONS or n == persons else None))
        Path(str(partial) + ".keys").rename(str(cached) + ".keys")
        partial.rename(cached)
        log(f"  generated in {info['seconds']} s")
    into.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(into) + suffix).unlink(missing_ok=True)
    shutil.copyfile(cached, into)
    shutil.copyfile(str(cached) + ".keys", str(into) + ".keys")
    return into, info


def _photo(index: int) -> bytes:
    from io import BytesIO

    from PIL import Image, ImageDraw

    from app.engine.photo import crop_photo

    rng = random.Random(index)
    image = Image.new("RGB", (600, 800), tuple(rng.randint(150, 235) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    skin = tuple(rng.randint(140, 230) for _ in range(3))
    cx, cy = 300 + rng.randint(-40, 40), 350 + rng.randint(-40, 40)
    draw.ellipse((cx - 115, cy - 155, cx + 115, cy + 155), fill=skin)
    draw.rectangle((cx - 200, cy + 175, cx + 200, 800), fill=tuple(rng.randint(0, 120) for _ in range(3)))
    for _ in range(30):
        x, y = rng.randint(0, 600), rng.randint(0, 800)
        draw.ellipse((x, y, x + rng.randint(4, 20), y + rng.randint(4, 20)), fill=tuple(rng.randint(0, 255) for _ in range(3)))
    source = BytesIO()
    image.save(source, "JPEG", quality=88)
    return crop_photo(source.getvalue())


def distinct_photo(bases: list[bytes], index: int) -> bytes:
    """One of `bases` made a different file (its own SHA-256) by a JPEG comment segment after the SOI marker:
    still the same valid JPEG, as a station's photos of different people are different files."""
    base = bases[index % len(bases)]
    comment = f"priloga bench {index}".encode()
    return base[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + base[2:]


def photos(count: int, log=print) -> list[bytes]:
    """`count` different 35 x 45 mm photos (JPEG, 413 x 531 at 300 dpi), cut by the app's own crop from
    synthetic 600 x 800 portraits (Pillow works outside the GIL: one thread per core); cached under /tmp."""
    from concurrent.futures import ThreadPoolExecutor

    folder = CACHE / "photos-v2"
    folder.mkdir(parents=True, exist_ok=True)
    have = sorted(folder.glob("*.jpg"))
    if len(have) < count:
        log(f"making {count - len(have)} photos …")
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            for index, photo in zip(range(len(have), count), pool.map(_photo, range(len(have), count))):
                (folder / f"{index:05d}.jpg").write_bytes(photo)
        have = sorted(folder.glob("*.jpg"))
    return [path.read_bytes() for path in have[:count]]
