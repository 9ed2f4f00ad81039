"""»Družina«: a family entered at once and its papers issued in one step.

The official adds the members one after another (each from their document's MRZ or typed, in
app.ui.person_entry: the possible duplicates are shown there, before anything is saved), with their
relationship to the first member (mother, child, spouse …; who represents or accompanies whom), and
enters them all with »Vpiši družino v register« — one transaction (`Workspace.register_family`).
Then each member's photo and status (temporary protection granted) can be set here, and
»Izdaj dokumente družini« makes the papers (`Workspace.family_papers`: ZZ-2 receipts from the finished
ZZ-1s, ZZ-8 cards for everyone granted protection) and sends them to the printer in one go (the print
queue's jobs and recording: app.ui.print_queue), with a progress bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QDialog, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.engine.dates import format_date
from app.engine.definition import Field
from app.workspace import FamilyMember
from app.ui import dialogs
from app.ui.fields import PhotoField
from app.ui.person_dialogs import ID_ROLE, STATUSES, status_label
from app.ui.person_entry import PersonEntryDialog
from app.ui.i18n import message_text

PDF_FILE = "pdf:"
QT_DIALOG = ""
CUPS_PREFIX = "cups:"
PAPER_NAMES = {"ZZ-2": QT_TRANSLATE_NOOP("family", "potrdilo ZZ-2"), "ZZ-8": QT_TRANSLATE_NOOP("family", "izkaznica ZZ-8")}


def paper_name(code: str) -> str:
    return _tr(PAPER_NAMES[code]) if code in PAPER_NAMES else code


def _tr(text: str) -> str:
    return QCoreApplication.translate("family", text)


class _PhotoHost:
    """The register keeps a member's photo (the 35 × 45 mm cut): what PhotoField needs of its host."""

    def __init__(self, workspace):
        self.workspace = workspace
        self.person_id: str | None = None

    def attach_photo(self, file_bytes: bytes, crop: tuple | None = None, field_id: str = "photo") -> str:
        return self.workspace.attach_person_photo(self.person_id, file_bytes, crop)

    def stored_photo(self):
        image = self.workspace.person_photo(self.person_id) if self.person_id else None
        return (image, None, None) if image else None

    def remove_photo(self, field_id: str = "photo") -> None:
        raise NotImplementedError("the register keeps a person's photo; choose another to replace it")


class FamilyScreen(QDialog):
    """One family: its members (typed or read from documents), entered together, then their papers."""

    COLUMNS = (QT_TRANSLATE_NOOP("family", "Ime (v latinici)"), QT_TRANSLATE_NOOP("family", "Rojen"),
               QT_TRANSLATE_NOOP("family", "Dokument"), QT_TRANSLATE_NOOP("family", "Razmerje"),
               QT_TRANSLATE_NOOP("family", "Prvi ga"), QT_TRANSLATE_NOOP("family", "Stanje"),
               QT_TRANSLATE_NOOP("family", "Fotografija"))
    family_changed = Signal(str)   # a person of the family was entered or changed (their id)

    def __init__(self, workspace, parent: QWidget | None = None, person_id: str | None = None,
                 open_person=None, open_draft=None):
        super().__init__(parent)
        self.workspace = workspace
        self._open_person = open_person
        self._open_draft = open_draft
        self.members: list[FamilyMember] = []
        self.person_ids: list[str] = []   # once entered: the register's ids, in the members' order
        self.papers: list = []
        self.setWindowTitle(_tr("Družina"))
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)

        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([_tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.Stretch if column == 0 else QHeaderView.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.add_button = QPushButton(_tr("&Dodaj člana…"), self)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton(_tr("&Uredi…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(_tr("&Odstrani"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button = QPushButton(_tr("&Vpiši družino v register"), self)
        self.save_button.clicked.connect(self.save_family)
        self.open_button = QPushButton(_tr("Odpri os&ebo"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.status_combo = QComboBox(self)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.activated.connect(self._on_status_chosen)
        self.grant_all_button = QPushButton(_tr("Začasna &zaščita priznana vsem"), self)
        self.grant_all_button.clicked.connect(self.grant_all)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        status_row = QHBoxLayout()
        status_caption = QLabel(_tr("S&tanje izbranega:"), self)
        status_caption.setBuddy(self.status_combo)
        status_row.addWidget(self.open_button)
        status_row.addWidget(status_caption)
        status_row.addWidget(self.status_combo)
        status_row.addWidget(self.grant_all_button)
        status_row.addStretch(1)

        self.photo_host = _PhotoHost(workspace)
        self.photo = PhotoField(Field("photo", "photo", _tr("Fotografija")), self.photo_host, self)
        photo_box = QGroupBox(_tr("Fotografija izbranega člana"), self)
        QVBoxLayout(photo_box).addWidget(self.photo)

        # the papers
        self.printer = QComboBox(self)
        self.printer.addItem(_tr("Izberi v pogovornem oknu za tiskanje …"), QT_DIALOG)
        from app.workspace.printing import cups_available, cups_queues

        for queue in cups_queues() if cups_available() else []:
            self.printer.addItem(_tr("CUPS: {queue}").format(queue=queue), CUPS_PREFIX + queue)
        self.printer.addItem(_tr("Shrani v datoteko PDF …"), PDF_FILE)
        printer_caption = QLabel(_tr("Tis&kalnik:"), self)
        printer_caption.setBuddy(self.printer)
        self.issue_button = QPushButton(_tr("&Izdaj dokumente družini"), self)
        self.issue_button.setToolTip(_tr("Potrdila ZZ-2 iz zaključenih ZZ-1 in izkaznice ZZ-8 za vse z začasno "
                                         "zaščito: zaključi in natisne v enem koraku"))
        self.issue_button.clicked.connect(self.issue_papers)
        self.progress = QProgressBar(self)
        self.progress.setFormat(_tr("%v od %m"))
        self.progress.hide()
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.RichText)
        self.result.setTextInteractionFlags(Qt.TextBrowserInteraction)
        self.result.linkActivated.connect(self._on_result_link)
        self.result.hide()
        papers_box = QGroupBox(_tr("Dokumenti družine"), self)
        papers = QVBoxLayout(papers_box)
        row = QHBoxLayout()
        row.addWidget(printer_caption)
        row.addWidget(self.printer, 1)
        row.addWidget(self.issue_button)
        papers.addLayout(row)
        papers.addWidget(self.progress)
        papers.addWidget(self.result)

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555")
        self.close_button = QPushButton(_tr("Zapri"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.close_button)

        members_box = QGroupBox(_tr("Člani družine (prvi je oseba, s katero so povezani ostali)"), self)
        members = QVBoxLayout(members_box)
        members.addWidget(self.table, 1)
        members.addLayout(buttons)
        members.addLayout(status_row)
        top = QHBoxLayout()
        top.addWidget(members_box, 1)
        top.addWidget(photo_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(papers_box)
        layout.addLayout(bottom)
        for button in (self.edit_button, self.remove_button, self.save_button, self.open_button, self.grant_all_button,
                       self.issue_button):
            button.setAutoDefault(False)
        self.add_button.setDefault(True)
        if person_id:
            self._load_family(person_id)
        self._refresh()
        self.resize(1200, 720)

    # --- the members --------------------------------------------------------------------------------
    def _load_family(self, person_id: str) -> None:
        """An entered family: the person and their relatives, as the register links them."""
        person = self.workspace.person(person_id)
        self.members = [FamilyMember(dict(person), documents=self.workspace.person_documents(person_id),
                                     person_id=person_id)]
        self.person_ids = [person_id]
        for link in self.workspace.person_links(person_id):
            back = next((l for l in self.workspace.person_links(link["id"]) if l["id"] == person_id), None)
            self.members.append(FamilyMember(dict(link), documents=self.workspace.person_documents(link["id"]),
                                             relationship=link.get("relationship") or "",
                                             reverse=(back or {}).get("relationship") or "", kind=link.get("kind"),
                                             first_represents=bool(back and back["legal_representative"]),
                                             first_accompanies=bool(back and back["accompanies_minor"]),
                                             person_id=link["id"]))
            self.person_ids.append(link["id"])

    @property
    def entered(self) -> bool:
        return bool(self.person_ids) and len(self.person_ids) == len(self.members)

    def _first(self) -> dict | None:
        return dict(self.members[0].attributes) if self.members else None

    def add_member(self) -> FamilyMember | None:
        """»Dodaj člana…«: the member from their document (or typed), with the relationship to the first."""
        dialog = PersonEntryDialog(self.workspace, self, first=self._first(), open_person=self.open_person,
                                   pending=self.members)
        if not dialogs.run_dialog(dialog):
            return None
        member = dialog.member()
        if self.entered:  # the family is in the register already: this one is entered and linked at once
            try:
                ids = self.workspace.register_family([FamilyMember({}, person_id=self.person_ids[0]), member])
            except Exception as exc:
                QMessageBox.warning(self, self.windowTitle(), _tr("Člana ni bilo mogoče vpisati: {error}").format(error=message_text(exc)))
                return None
            member.person_id = ids[1]
            self.person_ids.append(ids[1])
            self.family_changed.emit(ids[1])
        self.members.append(member)
        self._refresh(select=len(self.members) - 1)
        return member

    def edit_selected(self) -> FamilyMember | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.members):
            return None
        if self.entered:
            self.open_selected()
            return None
        first = self._first() if row > 0 else None
        dialog = PersonEntryDialog(self.workspace, self, first=first, member=self.members[row],
                                   open_person=self.open_person)
        if not dialogs.run_dialog(dialog):
            return None
        self.members[row] = dialog.member()
        self._refresh(select=row)
        return self.members[row]

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.members) and not self.entered:
            del self.members[row]
            self._refresh(select=min(row, len(self.members) - 1))

    def save_family(self) -> list[str]:
        """»Vpiši družino v register«: all members and their links in one transaction."""
        if not self.members or self.entered:
            return self.person_ids
        try:
            self.person_ids = self.workspace.register_family(self.members)
        except Exception as exc:
            QMessageBox.warning(self, self.windowTitle(), _tr(
                "Družine ni bilo mogoče vpisati (nič ni shranjeno): {error}").format(error=message_text(exc)))
            return []
        for member, person_id in zip(self.members, self.person_ids):
            member.person_id = person_id
            self.family_changed.emit(person_id)
        self._refresh(select=0)
        return self.person_ids

    # --- entered members: page, status, photo -----------------------------------------------------------
    def selected_person_id(self) -> str | None:
        row = self.table.currentRow()
        return self.person_ids[row] if self.entered and 0 <= row < len(self.person_ids) else None

    def open_person(self, person_id: str):
        if self._open_person is not None:
            return self._open_person(person_id)
        from app.ui.person import PersonPage

        page = PersonPage(self.workspace, person_id, self, self._open_draft)
        page.setAttribute(Qt.WA_DeleteOnClose)
        page.show()
        return page

    def open_selected(self):
        person_id = self.selected_person_id()
        return self.open_person(person_id) if person_id else None

    def set_status(self, row: int, status: str) -> None:
        person_id = self.person_ids[row]
        self.workspace.update_person(person_id, status=status)
        self.family_changed.emit(person_id)
        self._refresh(select=row)

    def _on_status_chosen(self, _index: int) -> None:
        row = self.table.currentRow()
        if self.entered and 0 <= row < len(self.person_ids):
            self.set_status(row, self.status_combo.currentData())

    def grant_all(self) -> None:
        """»Začasna zaščita priznana vsem«: every member's status, as each page's »Stanje« would set it."""
        if not self.entered:
            return
        row = max(0, self.table.currentRow())
        for person_id in self.person_ids:
            self.workspace.update_person(person_id, status="granted")
            self.family_changed.emit(person_id)
        self._refresh(select=row)

    def _on_selection_changed(self) -> None:
        row = self.table.currentRow()
        person_id = self.selected_person_id()
        self.photo_host.person_id = person_id
        stored = self.photo_host.stored_photo() if person_id else None
        self.photo.set_value("stored" if stored else None)
        self.photo.setEnabled(person_id is not None)
        if person_id:
            status = self.workspace.person(person_id).get("status")
            self.status_combo.blockSignals(True)
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
            self.status_combo.blockSignals(False)
        self._update_buttons(row)

    # --- showing --------------------------------------------------------------------------------------
    def _row_texts(self, index: int, member: FamilyMember) -> list[str]:
        if self.entered:
            a = self.workspace.person(self.person_ids[index])
            photo = self.workspace.person_photo(self.person_ids[index]) is not None
            status = status_label(a.get("status"))
        else:
            a, photo, status = member.attributes, False, _tr("še ni vpisan")
        document = member.documents[0] if member.documents else {}
        roles = [text for flag, text in ((member.first_represents, _tr("zastopa")),
                                         (member.first_accompanies, _tr("spremlja"))) if flag]
        relation = _tr("prvi član") if index == 0 else " / ".join(p for p in (member.relationship, member.reverse) if p)
        name = f"{a.get('surname') or ''} {a.get('given_name') or ''}".strip()
        latin = a.get("latin_name") or ""
        if latin and latin != name:
            name = f"{name} ({latin})"
        return [name, format_date(a.get("birth_date")), " ".join(p for p in (document.get("doc_number"),
                                                                       document.get("issued_by")) if p),
                relation, ", ".join(roles), status, _tr("da") if photo else _tr("ne")]

    def _refresh(self, select: int | None = None) -> None:
        self.table.setRowCount(len(self.members))
        for index, member in enumerate(self.members):
            for column, text in enumerate(self._row_texts(index, member)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, member.person_id)
                self.table.setItem(index, column, item)
        if select is not None and 0 <= select < len(self.members):
            self.table.selectRow(select)
        self.hint.setText(_tr("Družina je vpisana v register; nastavite stanje in fotografije, nato izdajte "
                              "dokumente.") if self.entered else
                          _tr("Dodajte člane (prvi je oseba, s katero so povezani ostali), nato jih vpišite v "
                              "register z enim klikom."))
        self._on_selection_changed()

    def _update_buttons(self, row: int) -> None:
        entered = self.entered
        selected = 0 <= row < len(self.members)
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected and not entered)
        self.save_button.setEnabled(bool(self.members) and not entered)
        for widget in (self.open_button, self.status_combo):
            widget.setEnabled(entered and selected)
        self.grant_all_button.setEnabled(entered)
        self.issue_button.setEnabled(entered)

    # --- the papers -----------------------------------------------------------------------------------
    def issue_papers(self) -> list:
        """»Izdaj dokumente družini«: finish the receipts and cards and print them, with a progress bar."""
        if not self.entered:
            return []
        target = self.printer.currentData() or QT_DIALOG
        pdf_path = None
        if target == PDF_FILE:
            pdf_path, _ = QFileDialog.getSaveFileName(self, _tr("Shrani dokumente družine"),
                                                      str(Path.home() / "dokumenti-druzine.pdf"),
                                                      _tr("Dokumenti PDF (*.pdf)"))
            if not pdf_path:
                return []
        members = len(self.person_ids)
        self.progress.setRange(0, members + 1)
        self.progress.setValue(0)
        self.progress.show()
        self.result.hide()
        self.issue_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            def step(done: int, total: int, name: str) -> None:
                self.progress.setValue(done)
                self.progress.setFormat(_tr("%v od %m: {name}").format(name=name))
                QApplication.processEvents()

            papers = self.workspace.family_papers(self.person_ids, progress=step)
            jobs = self.workspace.family_print_jobs(papers)
            self.progress.setFormat(_tr("%v od %m: tiskanje"))
            QApplication.processEvents()
            printer = self._print(jobs, target, pdf_path) if jobs else ""
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            self.issue_button.setEnabled(True)
            QMessageBox.warning(self, self.windowTitle(), _tr("Dokumentov ni bilo mogoče izdati: {error}").format(error=message_text(exc)))
            return []
        QApplication.restoreOverrideCursor()
        self.issue_button.setEnabled(True)
        self.papers = papers
        if printer is None:  # the print dialog was cancelled: the papers are finished, not printed
            self.progress.setFormat(_tr("Tiskanje preklicano"))
            printer = ""
        else:
            self.progress.setValue(members + 1)
            self.progress.setFormat(_tr("Končano"))
        self._show_result(papers, printer, jobs)
        self._refresh(select=max(0, self.table.currentRow()))
        return papers

    def _print(self, jobs, target: str, pdf_path: str | None) -> str | None:
        from app.ui.print_queue import print_with_cups, print_with_qt

        if target.startswith(CUPS_PREFIX):
            queue = target[len(CUPS_PREFIX):]
            print_with_cups(self.workspace, jobs, queue)
            return queue
        if target == PDF_FILE:
            from app.workspace.printing import merge_pdfs

            Path(pdf_path).write_bytes(merge_pdfs([pdf for job in jobs for pdf in job.documents]))
            for job in jobs:
                self.workspace.record_print("PDF: " + Path(pdf_path).name, job.items, pages=job.pages)
            return Path(pdf_path).name
        done = print_with_qt(self.workspace, jobs, self)
        return done[0] if done else None

    def _show_result(self, papers, printer: str, jobs) -> None:
        made = [p for p in papers if not p.problem]
        counts = {}
        for paper in made:
            counts[paper.form_code] = counts.get(paper.form_code, 0) + 1
        parts = [f"{paper_name(code)}: {n}" for code, n in sorted(counts.items())]
        lines = []
        if made and printer and printer.lower().endswith(".pdf"):
            lines.append(_tr("Shranjeno v {file}: {what}.").format(file=printer, what=", ".join(parts)))
        elif made and printer:
            lines.append(_tr("Poslano na tiskalnik {printer}: {what}.").format(printer=printer, what=", ".join(parts)))
        elif made:
            lines.append(_tr("Izdano (ne natisnjeno): {what}.").format(what=", ".join(parts)))
        elif not papers:
            lines.append(_tr("Ni dokumentov za izdajo: potrdilo ZZ-2 se izda iz zaključenega ZZ-1, izkaznica ZZ-8 "
                             "osebi z začasno zaščito."))
        for paper in papers:
            if paper.problem:
                lines.append(_tr("<span style='color:#8a0016'>{name}, {what}: {problem}</span> "
                                 "<a href=\"draft:{id}\">Odpri obrazec</a>").format(
                    name=paper.name, what=paper_name(paper.form_code), problem=paper.problem,
                    id=paper.draft_id))
        self.result.setText("<br>".join(lines))
        self.result.show()

    def _on_result_link(self, link: str) -> None:
        _, _, draft_id = link.partition(":")
        if self._open_draft is not None:
            self._open_draft(draft_id)


def open_family_screen(window, person_id: str | None = None) -> FamilyScreen:
    """Show the family screen (of `person_id`'s family, or a new one) over the main window."""
    screen = FamilyScreen(window.workspace, window, person_id=person_id,
                          open_person=getattr(window, "open_person", None), open_draft=getattr(window, "open_draft", None))
    screen.setAttribute(Qt.WA_DeleteOnClose)
    if hasattr(window, "_on_register_changed"):
        screen.family_changed.connect(window._on_register_changed)
    window.family_screens = [*getattr(window, "family_screens", []), screen]
    screen.show()
    return screen


def install_family_action(window, menu) -> QAction:
    """»Družina…« (Ctrl+Shift+D) in the register's menu."""
    action = QAction(_tr("&Družina…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+D"))
    action.setToolTip(_tr("Vpiši družino naenkrat (iz dokumentov) in ji izdaj dokumente (Ctrl+Shift+D)"))
    action.triggered.connect(lambda: open_family_screen(window))
    menu.addAction(action)
    window.family_action = action
    return action
