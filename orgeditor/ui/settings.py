"""Every setting the app keeps between runs, read and written in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 10
AUTOSAVE_MINUTES = 1  # how often a recovery copy is written while there are unsaved changes


class AppSettings:
    """Recent files, window state and autosave, over one QSettings store.

    ``data_folder`` holds what the app writes for itself: recovery copies and
    error logs (by default the platform's application data folder).
    """

    def __init__(self, store: QSettings | None = None, data_folder: Path | None = None) -> None:
        self.store = store if store is not None else QSettings()
        if data_folder is None:
            location = QStandardPaths.StandardLocation.AppDataLocation
            data_folder = Path(QStandardPaths.writableLocation(location))
        self.data_folder = data_folder

    @property
    def recovery_folder(self) -> Path:
        """Where recovery copies go."""
        return self.data_folder / "recovery"

    @property
    def log_folder(self) -> Path:
        """Where unexpected errors are logged."""
        return self.data_folder / "logs"

    def autosave_minutes(self) -> int:
        """Minutes between recovery copies (0: no autosave)."""
        value = self.store.value("recovery/autosave_minutes", AUTOSAVE_MINUTES)
        try:
            return max(0, int(str(value)))  # a number, or its text in an INI file
        except ValueError:
            return AUTOSAVE_MINUTES

    def set_autosave_minutes(self, minutes: int) -> None:
        """Change the minutes between recovery copies (0: no autosave)."""
        self.store.setValue("recovery/autosave_minutes", max(0, minutes))

    def recent_files(self) -> list[str]:
        """Recently opened or saved files, newest first, that still exist."""
        value = self.store.value("files/recent", [])
        # one path reads back as text; a damaged settings file may hold anything else
        paths = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [p for p in paths if isinstance(p, str) and Path(p).is_file()]

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        text = str(path.resolve())
        paths = [text, *[p for p in self.recent_files() if p != text]][:MAX_RECENT]
        self.store.setValue("files/recent", paths)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """Saved geometry and dock state, if any."""
        geometry = self.store.value("window/geometry")
        state = self.store.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        """Remember the window's geometry and docks."""
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)
        self.store.sync()

    def language(self) -> str | None:
        """The interface language chosen in Settings > Language (None: the system's)."""
        value = self.store.value("interface/language")
        return value if isinstance(value, str) and value else None

    def set_language(self, tag: str | None) -> None:
        """Choose the interface language for the next start (None: follow the system)."""
        if tag:
            self.store.setValue("interface/language", tag)
        else:
            self.store.remove("interface/language")

    def print_preview_size(self) -> tuple[int, int] | None:
        """The print preview's last size (width, height), if it was ever closed."""
        value = self.store.value("print/preview_size")
        sides = value if isinstance(value, list) else []
        try:
            width, height = (int(str(v)) for v in sides)
        except ValueError:
            return None
        return (width, height) if width > 0 and height > 0 else None

    def save_print_preview_size(self, width: int, height: int) -> None:
        """Remember the print preview's size for the next time it opens."""
        self.store.setValue("print/preview_size", [width, height])
