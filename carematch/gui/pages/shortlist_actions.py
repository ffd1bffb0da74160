"""Adding an idea to the open vault's shortlist, and opening the shortlist: one place for the
Find ideas and Catalogue pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from carematch.gui.context import AppContext
from carematch.gui.widgets import untrusted


def add_to_shortlist(context: AppContext, entry_id: str | None, parent: QWidget) -> str:
    """Keep the idea to compare; returns what to tell the person."""
    journal, catalogue = context.journal, context.catalogue
    if not entry_id or journal is None or catalogue is None or entry_id not in catalogue.entries:
        return QCoreApplication.translate("CareMatch", "Open a vault and choose an idea first.")
    name = untrusted(catalogue.entries[entry_id].name)
    if journal.add_to_shortlist(entry_id):
        count = len(journal.shortlist())
        return QCoreApplication.translate(
            "CareMatch",
            "Added “{name}” to the shortlist ({n} there). Compare them from the Catalogue page.",
        ).format(name=name, n=count)
    return QCoreApplication.translate("CareMatch", "“{name}” is already on the shortlist.").format(
        name=name
    )


def show_shortlist(context: AppContext, parent: QWidget) -> None:
    from carematch.gui.dialogs.compare_dialogs import ShortlistDialog

    journal, catalogue = context.journal, context.catalogue
    if journal is None or catalogue is None:
        return
    ShortlistDialog(journal, catalogue, context.settings.nation, parent).exec()
