"""A data subject's copy of their own data (»Izpis osebnih podatkov«): a readable PDF and its JSON twin.

Everything this station keeps about a person of the register: the register record, documents, family
links (the relative's name and the relationship), the photo, every form filed for them with each filled
field's label and value (every stored value, also of parts of a form that do not apply), the signed
versions and the print history, the card serial numbers issued to them, and the retention period that
applies (GDPR, 15. člen: the right of access). The PDF is set in the embedded DejaVu Sans, so č, š, ž
and Cyrillic print and can be selected and searched; the JSON has the same content with the stored
values next to their text.

The content is built from plain values here; the use case (the permission »subject_export«, gathering
the records, the audit entry with identifiers and counts only) is app.workspace.subject.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from app.engine.prefill import STATUS_TEXT
from app.engine.countries import country_name
from app.engine.dates import format_date
from app.engine.prefill import PERSON_ATTRIBUTES
from app.engine.types import display, excerpt, is_empty, row_is_empty
from app.export.fonts import BOLD, REGULAR, register_fonts
from app.export.pdf import printable, wrapped_lines

TITLE = "Izpis osebnih podatkov"
#: a value of more lines than this is set as paragraphs of this many lines below its label (see chunks)
LONG_LINES = 40
FORMAT = "priloga.izpis-osebnih-podatkov"
FORMAT_VERSION = 1

#: The register's attributes as the person's page labels them
PERSON_LABELS = {
    "surname": "Priimek",
    "given_name": "Ime",
    "sex": "Spol",
    "birth_date": "Datum rojstva",
    "birth_place": "Kraj rojstva",
    "birth_country": "Država rojstva",
    "citizenship": "Državljanstvo",
    "emso": "EMŠO",
    "marital_status": "Zakonski stan",
    "address_abroad": "Naslov v tujini",
    "address_si": "Naslov v Republiki Sloveniji",
    "departure_date": "Datum odhoda iz izvorne države",
    "entry_date": "Datum vstopa v Republiko Slovenijo",
    "phone": "Telefonska številka",
    "email": "E-mail naslov",
    "card_number": "Številka izkaznice",
    "tax_number": "Davčna številka",
    "iban": "Številka računa (IBAN)",
}
DOCUMENT_LABELS = {"doc_type": "Vrsta dokumenta", "doc_number": "Številka", "issued_by": "Izdan pri",
                   "issued_on": "Dne", "valid_until": "Veljaven do"}
KIND_TEXT = {"accompanying": "spremlja", "in_slovenia": "že v Sloveniji", "abroad": "v tujini"}
DRAFT_STATUS_TEXT = {"draft": "osnutek", "finished": "zaključen"}
_DATES = ("birth_date", "departure_date", "entry_date")
_COUNTRIES = ("birth_country", "citizenship")


# --- the content -----------------------------------------------------------------------------------


def _when(stamp: str | None) -> str:
    """A stored UTC time as local »dd. mm. yyyy hh:mm« (a date as »dd. mm. yyyy«)."""
    if not stamp:
        return ""
    text = str(stamp)
    if len(text) <= 10:
        return format_date(text)
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    local = moment.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def _choice_labels(catalog) -> dict[str, dict[str, str]]:
    """{attribute: {stored value: label}} for the register's coded attributes (sex, marital status)."""
    from app.engine.prefill import register_choices

    out = {attribute: {c.value: c.label for c in choices} for attribute, choices in register_choices(catalog).items()}
    out.setdefault("sex", {"M": "moški", "Z": "ženski"})
    return out


def _attribute_text(catalog, attribute: str, value: Any) -> str:
    if is_empty(value):
        return ""
    if attribute in _DATES:
        return format_date(value)
    if attribute in _COUNTRIES:
        return country_name(value) or str(value)
    labels = _choice_labels(catalog).get(attribute)
    if labels:
        return labels.get(str(value), str(value))
    return str(value).strip()


def _fields(definition, data: dict) -> list[dict]:
    """Every filled field of a form: {id, label, value, text} (a table: rows of {column label: text})."""
    out = []
    known = definition.fields if definition is not None else {}
    for field_id, field in known.items():
        value = data.get(field_id)
        if is_empty(value) or field.type == "photo":
            continue
        if field.type == "table":
            rows = [row for row in value if isinstance(row, dict) and not row_is_empty(row)] \
                if isinstance(value, list) else []
            if not rows:
                continue
            texts = [{c.label or c.id: display(c, row.get(c.id)) for c in field.columns if not is_empty(row.get(c.id))}
                     for row in rows]
            out.append({"id": field_id, "label": field.label or field_id, "value": rows, "rows": texts})
        else:
            out.append({"id": field_id, "label": field.label or field_id, "value": value, "text": display(field, value)})
    for field_id, value in data.items():  # values the definition does not name (kept all the same)
        if field_id in known or is_empty(value) or str(value).startswith("sha256:"):
            continue
        text = json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else str(value)
        out.append({"id": field_id, "label": field_id, "value": value, "text": text})
    return out


def _photo(image: bytes | None) -> dict | None:
    if not image:
        return None
    return {"media_type": "image/jpeg", "sha256": hashlib.sha256(image).hexdigest(),
            "base64": base64.b64encode(image).decode("ascii")}


@dataclass(frozen=True)
class FiledForm:
    """One form filed for the person, as the store keeps it: the draft, its definition (None when that
    version is no longer at hand), its own signed versions, its photo and its print history."""

    draft: Any
    definition: Any
    signed: list
    photo: bytes | None
    prints: list


def build_content(catalog, person_id: str, person: dict, documents: list[dict], links: list[dict],
                  person_photo: bytes | None, forms: list[FiledForm], serials: list, retention: dict,
                  made_by: dict, made: dt.datetime | None = None) -> dict:
    """Everything kept about the person, as one JSON-ready dictionary (from plain values: the workspace
    gathers them, app.workspace.subject)."""
    made = made or dt.datetime.now().astimezone()
    attributes = [{"id": a, "label": PERSON_LABELS.get(a, a), "value": person.get(a),
                   "text": _attribute_text(catalog, a, person.get(a))}
                  for a in PERSON_ATTRIBUTES if not is_empty(person.get(a))]
    documents = [{**doc, "text": {k: format_date(v) if k in ("issued_on", "valid_until") else (v or "")
                                  for k, v in doc.items()}} for doc in documents]
    family = []
    for link in links:
        family.append({
            "relative_id": link["id"], "name": f"{link['surname']} {link['given_name']}".strip(),
            "birth_date": link.get("birth_date"), "relationship": link.get("relationship") or "",
            "kind": link.get("kind"), "kind_text": KIND_TEXT.get(link.get("kind"), link.get("kind") or ""),
            "legal_representative": link["legal_representative"], "accompanies_minor": link["accompanies_minor"]})
    out_forms = []
    for form in forms:
        draft, definition, signed, image = form.draft, form.definition, form.signed, form.photo
        out_forms.append({
            "id": draft.id, "code": draft.form_code, "title": definition.title if definition else draft.form_code,
            "version": draft.form_version, "status": draft.status,
            "status_text": DRAFT_STATUS_TEXT.get(draft.status, draft.status) + (", podpisan" if signed else ""),
            "created_at": draft.created_at, "updated_at": draft.updated_at, "finished_at": draft.finished_at,
            "official": draft.official, "station": draft.station_name, "parent_id": draft.parent_id,
            "fields": _fields(definition, draft.data),
            "photo": None if image is None else (
                {"same_as_register": True, "sha256": hashlib.sha256(image).hexdigest()}
                if person_photo is not None and image == person_photo else _photo(image)),
            "signatures": [{"version": s.version, "signed_at": s.signed_at, "signer": s.signer,
                            "official": s.official, "sha256": s.sha256} for s in signed],
            "prints": [{"printed_at": p.created_at, "official": p.official, "printer": p.printer, "kind": p.kind,
                        "reprint": p.reprint} for p in form.prints],
        })
    serials = [{"serial": s.serial, "status": s.status, "issued_at": s.issued_at, "voided_at": s.voided_at,
                "void_reason": s.void_reason}
               for s in serials if s.person_id == person_id]
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "title": TITLE,
        "made_at": made.isoformat(timespec="seconds"), "made_on": format_date(made.date()),
        "made_by": made_by,
        "person": {"id": person_id, "name": f"{person['surname']} {person['given_name']}".strip(),
                   "status": person["status"], "status_text": STATUS_TEXT.get(person["status"], person["status"]),
                   "protection_ended_on": person.get("protection_ended_on"),
                   "created_at": person["created_at"], "updated_at": person["updated_at"],
                   "official": person.get("official") or "", "attributes": attributes},
        "photo": _photo(person_photo),
        "documents": documents,
        "family": family,
        "forms": out_forms,
        "serials": serials,
        "retention": {"kind": retention["kind"], "period": retention["period"], "from": retention["from"],
                      "since": retention["since"].isoformat() if retention["since"] else None,
                      "due_since": retention["due_since"].isoformat() if retention["due_since"] else None},
    }


def content_json(content: dict) -> bytes:
    """The machine-readable copy (UTF-8 JSON): the same content as the PDF, with the stored values."""
    return json.dumps(content, ensure_ascii=False, indent=2, default=str).encode("utf-8")


# --- the PDF ---------------------------------------------------------------------------------------


def _p(text: Any) -> str:
    """Text as paragraph markup: printable (the embedded font's characters), escaped, line breaks kept."""
    return escape(printable("" if text is None else text)).replace("\n", "<br/>")


def _lines_flowable():
    from reportlab.platypus import Flowable

    class Lines(Flowable):
        """Lines of text already wrapped, drawn top to bottom; split between pages by line (cheap, linear)."""

        def __init__(self, lines: list[str], font: str, size: float, leading: float):
            super().__init__()
            self.lines, self.font, self.size, self.leading = lines, font, size, leading

        def wrap(self, availWidth, availHeight):
            self.width = availWidth
            self.height = len(self.lines) * self.leading
            return self.width, self.height

        def split(self, availWidth, availHeight):
            fits = int(availHeight // self.leading)
            if fits <= 0 or fits >= len(self.lines):
                return [] if fits <= 0 else [self]
            return [Lines(self.lines[:fits], self.font, self.size, self.leading),
                    Lines(self.lines[fits:], self.font, self.size, self.leading)]

        def draw(self):
            canvas = self.canv
            canvas.setFont(self.font, self.size)
            for k, line in enumerate(self.lines):
                canvas.drawString(0, self.height - (k + 1) * self.leading + (self.leading - self.size) / 2, line)

    return Lines


def _Lines(lines: list[str], font: str, size: float, leading: float):
    return _lines_flowable()(lines, font, size, leading)


def render_subject_pdf(content: dict) -> bytes:
    """The PDF of `collect`'s content."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
    )

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5, textColor=colors.HexColor("#333333"))
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11)
    head_cell = ParagraphStyle("head_cell", parent=cell, fontName=BOLD)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=16, leading=20, spaceAfter=4)
    h1 = ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4,
                        keepWithNext=1)
    h2 = ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3,
                        keepWithNext=1)
    width = A4[0] - 40 * mm
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                       ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
    headed = TableStyle(grid.getCommands() + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ececec"))])

    def chunks(text: Any, style: ParagraphStyle, room: float) -> list | None:
        """A long value as lines wrapped here in one linear pass, drawn as they are and split between pages by
        line (None for a value of at most LONG_LINES lines, which a table cell wraps): reportlab re-wraps a
        whole paragraph or table row on every page it splits across, so a 1 MB value took hours."""
        if text is None or len(str(text)) < LONG_LINES * 8:  # too short for that many lines: no need to wrap
            return None
        lines = wrapped_lines(text, style.fontSize, room - 2, style.fontName)
        if len(lines) <= LONG_LINES:
            return None
        return [_Lines(lines, style.fontName, style.fontSize, style.leading)]

    def pairs(rows: list[tuple[str, Any]], label_width: float = 62 * mm) -> list:
        """Label and value rows in a grid; a value too long for a page follows its label below the grid."""
        out: list = []
        data: list = []

        def flush():
            if data:
                table = Table(list(data), colWidths=[label_width, width - label_width])
                table.setStyle(grid)
                out.append(table)
                data.clear()

        for label, value in rows:
            long = chunks(value, cell, width - label_width - 6)
            if long is None:
                data.append([Paragraph(_p(label), head_cell), Paragraph(_p(value), cell)])
                continue
            flush()
            out.append(Paragraph(_p(label), ParagraphStyle("long_label", parent=head_cell, spaceBefore=3)))
            out.extend(chunks(value, cell, width) or long)
        flush()
        return out

    def listing(headers: list[str], rows: list[list[Any]], widths: list[float] | None = None) -> list:
        """A table with a header row; a row with a value too long for a page is shown as label and value pairs."""
        widths = widths or [width / len(headers)] * len(headers)
        out: list = []
        data: list = []

        def flush():
            if data:
                table = Table([[Paragraph(_p(h), head_cell) for h in headers]] + data, colWidths=widths, repeatRows=1)
                table.setStyle(headed)
                out.append(table)
                data.clear()

        for row in rows:
            if any(chunks(v, cell, w - 6) is not None for v, w in zip(row, widths)):
                flush()
                out.extend(pairs(list(zip(headers, row))))
            else:
                data.append([Paragraph(_p(v), cell) for v in row])
        flush()
        if not out:
            header_only = Table([[Paragraph(_p(h), head_cell) for h in headers]], colWidths=widths, repeatRows=1)
            header_only.setStyle(headed)
            out.append(header_only)
        return out

    def text(value: Any, style: ParagraphStyle) -> list:
        return chunks(value, style, width) or [Paragraph(_p(value), style)]

    person = content["person"]
    made_by = content["made_by"]
    story: list = [
        Paragraph(_p(content["title"]), title),
        *text(f"Oseba: {person['name']}", ParagraphStyle("who", parent=body, fontName=BOLD, fontSize=11, leading=14)),
        Paragraph(_p(f"Izpis pripravil(a): {made_by['name']} ({made_by['user']}), delovna postaja "
                     f"{made_by['station']}, dne {content['made_on']} ob {content['made_at'][11:16]}."), body),
        Spacer(1, 3 * mm),
        Paragraph(_p("Izpis vsebuje vse podatke, ki jih o osebi hrani ta delovna postaja programa Priloga: podatke "
                     "v registru oseb, fotografijo, dokumente, družinske člane, vse obrazce, vložene za osebo, z "
                     "vsemi vpisanimi podatki, podpise in tiskanja ter serijske številke izkaznic (pravica "
                     "posameznika do dostopa, 15. člen Splošne uredbe o varstvu podatkov)."), small),
    ]

    story.append(Paragraph(_p("1. Podatki v registru oseb"), h1))
    rows = [(a["label"], a["text"]) for a in person["attributes"]]
    rows.append(("Stanje", person["status_text"]))
    if person.get("protection_ended_on"):
        rows.append(("Začasna zaščita prenehala", format_date(person["protection_ended_on"])))
    rows += [("Vpisano v register", _when(person["created_at"])), ("Zadnja sprememba", _when(person["updated_at"]))]
    if person.get("official"):
        rows.append(("Vpisal(a)", person["official"]))
    retention = content["retention"]
    kept = f"{retention['period']} {retention['from']}"
    if retention.get("due_since"):
        kept += f" (po sedanjih podatkih do {format_date(retention['due_since'])})"
    rows.append(("Rok hrambe", kept))
    story.extend(pairs(rows))

    story.append(Paragraph(_p("2. Fotografija"), h1))
    if content["photo"]:
        image = Image(BytesIO(base64.b64decode(content["photo"]["base64"])), width=35 * mm, height=45 * mm)
        image.hAlign = "LEFT"
        story.append(image)
    else:
        story.append(Paragraph(_p("Fotografije ni v registru."), body))

    story.append(Paragraph(_p("3. Dokumenti"), h1))
    if content["documents"]:
        story.extend(listing(list(DOCUMENT_LABELS.values()),
                             [[d["text"].get(k, "") for k in DOCUMENT_LABELS] for d in content["documents"]]))
    else:
        story.append(Paragraph(_p("Ni vpisanih dokumentov."), body))

    story.append(Paragraph(_p("4. Družinski člani"), h1))
    if content["family"]:
        rows = []
        for link in content["family"]:
            roles = [t for flag, t in ((link["legal_representative"], "zakoniti zastopnik"),
                                       (link["accompanies_minor"], "spremlja mladoletno osebo")) if flag]
            rows.append([link["name"], format_date(link["birth_date"]), link["relationship"], link["kind_text"],
                         ", ".join(roles)])
        story.extend(listing(["Priimek in ime", "Datum rojstva", "Razmerje", "Vrsta", "Zastopanje, spremstvo"], rows,
                             [50 * mm, 25 * mm, 28 * mm, 27 * mm, width - 130 * mm]))
    else:
        story.append(Paragraph(_p("Ni vpisanih družinskih članov."), body))

    heading: list = [Paragraph(_p("5. Obrazci"), h1)]  # kept on the page of the first form
    if not content["forms"]:
        story += heading + [Paragraph(_p("Za osebo ni vloženih obrazcev."), body)]
    for form in content["forms"]:
        meta = [f"stanje: {form['status_text']}", f"ustvarjen {_when(form['created_at'])}",
                f"zadnja sprememba {_when(form['updated_at'])}"]
        if form.get("finished_at"):
            meta.append(f"zaključen {_when(form['finished_at'])}")
        if form.get("official"):
            meta.append(f"uradna oseba {form['official']}")
        part: list = heading + [Paragraph(_p(f"{form['code']} – {form['title']}"), h2),
                                Paragraph(_p("; ".join(meta) + "."), small), Spacer(1, 1.5 * mm)]
        heading = []
        rows = []
        tables = []
        for item in form["fields"]:
            if "rows" in item:
                tables.append(item)
            else:
                rows.append((item["label"], item["text"]))
        if form.get("photo"):
            rows.append(("Fotografija", "ista kot v registru" if form["photo"].get("same_as_register")
                         else "priložena obrazcu (v izpisu JSON)"))
        shown = pairs(rows, 80 * mm) if rows else []
        story.append(KeepTogether(part + shown[:1]))
        story.extend(shown[1:])
        if not rows and not tables:
            story.append(Paragraph(_p("V obrazcu ni vpisanih podatkov."), body))
        for item in tables:
            columns = list(dict.fromkeys(k for row in item["rows"] for k in row))
            story.append(Spacer(1, 1.5 * mm))
            story.append(Paragraph(_p(item["label"]), ParagraphStyle("tl", parent=small, fontName=BOLD)))
            story.extend(listing(columns, [[row.get(c, "") for c in columns] for row in item["rows"]]))
        if form["signatures"]:
            story.append(Paragraph(_p("Podpisi"), ParagraphStyle("sl", parent=small, fontName=BOLD, spaceBefore=4)))
            story.extend(listing(["Različica", "Podpisano", "Podpisnik", "Uradna oseba"],
                                 [[str(s["version"]), _when(s["signed_at"]), s["signer"], s["official"]]
                                  for s in form["signatures"]], [22 * mm, 35 * mm, 60 * mm, width - 117 * mm]))
        if form["prints"]:
            story.append(Paragraph(_p("Tiskanje"), ParagraphStyle("pl", parent=small, fontName=BOLD, spaceBefore=4)))
            story.extend(listing(["Natisnjeno", "Uradna oseba", "Tiskalnik", "Ponatis"],
                                 [[_when(p["printed_at"]), p["official"], p["printer"], "da" if p["reprint"] else "ne"]
                                  for p in form["prints"]], [35 * mm, 50 * mm, width - 105 * mm, 20 * mm]))

    story.append(Paragraph(_p("6. Serijske številke izkaznic"), h1))
    if content["serials"]:
        story.extend(listing(["Serijska številka", "Stanje", "Izdana", "Razveljavljena", "Razlog"],
                             [[s["serial"], "izdana" if s["status"] == "issued" else "razveljavljena",
                               _when(s["issued_at"]), _when(s["voided_at"]), s["void_reason"] or ""]
                              for s in content["serials"]]))
    else:
        story.append(Paragraph(_p("Osebi ni bila izdana izkaznica."), body))

    short_name = excerpt(person["name"], 80)  # a page's footer and the file's title hold a name, not a page of text
    footer = printable(f"{content['title']} – {short_name} – {content['made_on']}")

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, 10 * mm, footer)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"stran {doc.page}")
        canvas.restoreState()

    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=printable(f"{content['title']} – {short_name}"),
                            author="Priloga", subject=content["title"], initialFontName=REGULAR)
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()
