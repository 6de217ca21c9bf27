"""Every setting the app keeps between runs, read and written in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class AppSettings:
    """Recent files and window state, over one QSettings store."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def recent_files(self) -> list[str]:
        """Recently opened or saved files, newest first, that still exist."""
        value = self.store.value("files/recent", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [p for p in paths if Path(p).is_file()]

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
