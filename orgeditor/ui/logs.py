"""The app's log: ``errors.log`` in the platform's data folder, rotated by size.

Kept: one handler per log folder (``_HANDLERS``), made on first use; a log
grows to ``MAX_BYTES`` and then rolls over to ``errors.log.1`` … ``.{BACKUPS}``,
so it never grows without end. A traceback may quote names from a design: the
folder is 0700 and every log file 0600.
"""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from orgeditor.io.recovery import PRIVATE_FILE_MODE, make_private_folder

LOG_NAME = "errors.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_HANDLERS: dict[Path, RotatingFileHandler] = {}


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating handler whose files only their owner may read."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
        return open(fd, "a", encoding=self.encoding or "utf-8")


def error_logger(folder: Path) -> tuple[logging.Logger, Path]:
    """The logger that writes to ``folder``'s rotating log, and the log's path.

    Raises:
        OSError: the folder cannot be made or the log opened.
    """
    folder = folder.resolve()
    handler = _HANDLERS.get(folder)
    if handler is None:
        make_private_folder(folder)
        handler = PrivateRotatingFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(message)s"))
        _HANDLERS[folder] = handler
    logger = logging.getLogger(f"orgeditor.errors.{folder}")
    if handler not in logger.handlers:
        logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger, folder / LOG_NAME
