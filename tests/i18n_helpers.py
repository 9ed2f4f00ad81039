"""Every text a widget shows (labels, buttons, titles, menus, tabs, headers, placeholders, tooltips,
combo items), for the language tests."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QTabBar, QWidget,
)

_TAGS = re.compile(r"<[^>]+>")


def _clean(text: str) -> str:
    text = _TAGS.sub(" ", text or "").replace("&nbsp;", " ").replace("&&", "\0").replace("&", "").replace("\0", "&")
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def visible_texts(root: QWidget, tooltips: bool = True) -> list[str]:
    """The texts `root` and its visible children show, each once, without mnemonics and markup."""
    seen: dict[str, None] = {}

    def add(text) -> None:
        text = _clean(str(text)) if text else ""
        if text:
            seen.setdefault(text, None)

    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        if widget.isWindow():
            add(widget.windowTitle())
        if tooltips:
            add(widget.toolTip())
        if isinstance(widget, QLabel):
            add(widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget.itemText(i))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            from PySide6.QtCore import QModelIndex

            model = widget.model()
            header = getattr(widget, "horizontalHeader", None)
            if header is not None and header() is not None:
                for column in range(header().count()):
                    add(model.headerData(column, Qt.Horizontal, Qt.DisplayRole))
            budget = [2000]  # the items' texts, nested ones too (a tree of findings), up to a limit

            def columns(parent) -> int:
                try:
                    return max(1, model.columnCount(parent))
                except TypeError:  # a list model: one column (its columnCount is private in PySide)
                    return 1

            def walk(parent) -> None:
                for row in range(model.rowCount(parent)):
                    for column in range(columns(parent)):
                        if budget[0] <= 0:
                            return
                        budget[0] -= 1
                        index = model.index(row, column, parent)
                        add(index.data())
                        add(index.data(Qt.ToolTipRole)) if tooltips else None
                    walk(model.index(row, 0, parent))

            walk(QModelIndex())
        if isinstance(widget, QLineEdit):
            add(widget.placeholderText())
        for action in widget.actions():
            if not action.isSeparator():
                add(action.text())
                if tooltips:
                    add(action.toolTip())
                if action.menu() is not None:
                    for sub in action.menu().actions():
                        add(sub.text())
    return list(seen)
