"""A catalogue entry editor generated from the entry's pydantic model.

Every field of `Entry` gets a control chosen by its type, with the field's description as help
text; controlled lists (activities, difficulties, places, ways to get it) are tick lists from
the vocabulary. Saving validates with the same model the loader uses, checks for an existing
idea that looks the same, and writes to "my entries", never to the shipped catalogue.
"""

from __future__ import annotations

import typing
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from carematch.catalogue.kinds import Kind
from carematch.gui.dialogs.base import FieldError, FormDialog
from carematch.gui.widgets import plain

if TYPE_CHECKING:
    from carematch.catalogue.model import Entry
    from carematch.catalogue.store import Catalogue

CONTROLLED = ("activities", "helps_with", "places", "ways_to_get")
LONG_TEXT = ("summary", "description", "safety")
SKIP = ("area", "last_verified")
KEPT = ("routes",)  # not edited here yet; kept as they were when an idea is edited
DIY_LISTS = ("materials", "tools", "steps")


def _label(name: str) -> str:
    return name.replace("_", " ").replace("iso9999", "ISO 9999 code").capitalize() + ":"


class EntryEditor(FormDialog):
    def __init__(
        self, catalogue: Catalogue, entry: Entry | None = None, parent: QWidget | None = None
    ) -> None:
        from carematch.catalogue.model import Entry as EntryModel

        super().__init__(self.tr("Edit idea") if entry else self.tr("New idea"), parent)
        self.set_purpose(
            self.tr("Write an idea in your own words. It is kept in your own catalogue.")
        )
        self.catalogue = catalogue
        self.controls: dict[str, Any] = {}
        self.saved: Entry | None = None
        current = entry.model_dump() if entry else {}
        self.kept = {name: current[name] for name in KEPT if current.get(name)}
        for name, info in EntryModel.model_fields.items():
            if name in SKIP or name in KEPT:
                continue
            control = self._control(name, info.annotation, current.get(name))
            help_text = info.description or ""
            if isinstance(control, QWidget):
                control.setToolTip(help_text)
                control.setAccessibleDescription(help_text)
                self.add_row(_label(name), control)
            self.controls[name] = control

    def _control(self, name: str, annotation: Any, value: Any) -> Any:
        vocab = self.catalogue.vocabulary
        if name in CONTROLLED:
            ticks = QListWidget(self)
            for term_id, term in vocab.group(name).items():
                item = QListWidgetItem(term.name)
                item.setData(Qt.ItemDataRole.UserRole, term_id)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, term.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if value and term_id in value else Qt.CheckState.Unchecked
                )
                ticks.addItem(item)
            ticks.setMaximumHeight(ticks.fontMetrics().lineSpacing() * 6)
            return ticks
        if name == "kind":
            combo = QComboBox(self)
            for kind in Kind:
                combo.addItem(kind.label, kind.value)
            if value:
                combo.setCurrentIndex(combo.findData(str(value)))
            return combo
        if annotation is bool:
            tick = QCheckBox(self.tr("A professional should assess before anyone uses it"), self)
            tick.setChecked(bool(value))
            return tick
        if name == "diy":
            return self._diy_controls(value or {})
        if name == "cost":
            vat = QCheckBox(self.tr("Disabled people can usually buy it without VAT"), self)
            vat.setChecked(bool((value or {}).get("vat_relief")))
            low, high = QSpinBox(self), QSpinBox(self)
            for box, key in ((low, "min"), (high, "max")):
                box.setRange(0, 200_000)
                box.setPrefix("£")
                box.setValue(int((value or {}).get(key, 0)))
                self.add_row(
                    self.tr("Lowest price:") if key == "min" else self.tr("Highest price:"), box
                )
            self.add_row(self.tr("VAT relief:"), vat)
            return (low, high, vat)
        origin = typing.get_origin(annotation)
        if origin is list:
            line = QLineEdit(", ".join(value or []), self)
            line.setPlaceholderText(self.tr("Separate with commas"))
            return line
        if name in LONG_TEXT:
            text_box = QPlainTextEdit(str(value or ""), self)
            text_box.setTabChangesFocus(True)
            text_box.setMaximumHeight(text_box.fontMetrics().lineSpacing() * 5)
            return text_box
        return QLineEdit(str(value or ""), self)

    def _diy_controls(self, value: dict[str, Any]) -> dict[str, Any]:
        """A make-it-yourself design: each list is one item per line."""
        controls: dict[str, Any] = {}
        labels = {
            "materials": self.tr("Make it yourself, what you need (one per line):"),
            "tools": self.tr("Tools (one per line):"),
            "steps": self.tr("Steps (one per line):"),
        }
        for key in DIY_LISTS:
            box = QPlainTextEdit("\n".join(value.get(key) or []), self)
            box.setTabChangesFocus(True)
            box.setMaximumHeight(box.fontMetrics().lineSpacing() * 5)
            box.setToolTip(self.tr("Only for a make-it-yourself idea."))
            self.add_row(labels[key], box)
            controls[key] = box
        controls["time"] = self.add_row(
            self.tr("How long it takes to make:"), QLineEdit(str(value.get("time") or ""), self)
        )
        return controls

    def _diy_values(self, controls: dict[str, Any]) -> dict[str, Any] | None:
        design: dict[str, Any] = {
            key: [line.strip() for line in controls[key].toPlainText().splitlines() if line.strip()]
            for key in DIY_LISTS
        }
        design["time"] = controls["time"].text().strip()
        if not any(design.values()):
            return None
        return design

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.kept)
        for name, control in self.controls.items():
            if name == "cost":
                low, high, vat = control
                data["cost"] = {
                    "min": low.value(),
                    "max": high.value(),
                    "vat_relief": vat.isChecked(),
                }
            elif name == "diy":
                data[name] = self._diy_values(control)
            elif isinstance(control, QCheckBox):
                data[name] = control.isChecked()
            elif isinstance(control, QListWidget):
                data[name] = [
                    control.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(control.count())
                    if control.item(i).checkState() == Qt.CheckState.Checked
                ]
            elif isinstance(control, QComboBox):
                data[name] = control.currentData()
            elif isinstance(control, QPlainTextEdit):
                data[name] = control.toPlainText()
            elif name in ("aliases", "related", "sources", "contributors"):
                data[name] = [p.strip() for p in control.text().split(",") if p.strip()]
            else:
                data[name] = control.text()
        return data

    def has_typing(self) -> bool:
        return any(isinstance(c, QLineEdit) and c.isModified() for c in self.controls.values())

    def save(self) -> None:
        from carematch.community.mine import EntryInputError, find_similar, save_entry, validate

        try:
            entry = validate(self.values(), self.catalogue)
        except EntryInputError as exc:
            message = "\n".join(f"{_label(f)} {m}" for f, m in exc.problems)
            first = next((self.controls[f] for f, _ in exc.problems if f in self.controls), None)
            if first is not None:
                raise FieldError(message, first) from exc
            raise ValueError(message) from exc
        similar = find_similar(entry, self.catalogue)
        if similar:
            question = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Is it already here?"),
                plain(similar[0].message()) + "\n\n" + self.tr("Save yours anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            question.setTextFormat(Qt.TextFormat.PlainText)  # the other idea's name is untrusted
            if question.exec() != QMessageBox.StandardButton.Yes:
                raise ValueError(similar[0].message())
        save_entry(entry)
        self.saved = entry
