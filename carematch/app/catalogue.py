"""The catalogue a person sees, built in one place: the built-in entries, then installed packs,
then their own entries (later wins), and the matcher over them.

Every front end gets its catalogue here, so the app, `carematch match`, pack review and recipe
sharing all see the same ideas.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carematch.app.pooled import Evidence
    from carematch.catalogue import Catalogue
    from carematch.matching import Matcher


def load_full_catalogue(
    extra: Sequence[Path] = (),
    *,
    builtin: bool = True,
    installed: bool = True,
    language: str | None = None,
) -> Catalogue:
    """Built-in entries (unless builtin=False), installed packs and my entries (unless
    installed=False), then `extra` folders, each overriding the ones before by id; in the
    language in use (carematch.i18n) unless `language` says another."""
    from carematch import i18n
    from carematch.catalogue import load_catalogue
    from carematch.community.packs import catalogue_folders

    folders = [*catalogue_folders(), *extra] if installed else list(extra)
    return load_catalogue(folders, builtin=builtin, language=language or i18n.language())


class CatalogueService:
    """A catalogue and, built the first time it is wanted, its matcher."""

    def __init__(self, catalogue: Catalogue, *, installed: bool = True) -> None:
        self.catalogue = catalogue
        self.installed = installed  # installed packs (and their evidence) are part of it

    @classmethod
    def load(
        cls, extra: Sequence[Path] = (), *, builtin: bool = True, installed: bool = True
    ) -> CatalogueService:
        return cls(
            load_full_catalogue(extra, builtin=builtin, installed=installed), installed=installed
        )

    @cached_property
    def evidence(self) -> Evidence:
        """What worked for others, from installed evidence packs (none without packs)."""
        from carematch.app.pooled import installed_evidence

        return installed_evidence() if self.installed else {}

    @cached_property
    def matcher(self) -> Matcher:
        from carematch.matching import Matcher

        return Matcher(self.catalogue)
