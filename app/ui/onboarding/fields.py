"""A wizard page's form: each field with its German error line under it."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizardPage


class FormPage(QWizardPage):
    """A page whose fields show the service's messages, by field key, right below them."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(description)
        self.form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.errors: dict[str, QLabel] = {}

    def add_field(self, key: str, label: str, widget: QWidget) -> None:
        """Add ``widget`` with ``label`` and an (empty) error line below it."""
        self.form.addRow(label, widget)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        self.form.addRow("", error)
        self.errors[key] = error

    def line(self, key: str, label: str, *, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field(key, label, edit)
        return edit

    def show_errors(self, errors: dict[str, str]) -> bool:
        """Show ``errors`` under their fields (clearing the others); True when none."""
        for key, label in self.errors.items():
            label.setText(str(errors.get(key, "")))  # str(): a T message in the UI language
            label.setVisible(key in errors)
        return not errors
