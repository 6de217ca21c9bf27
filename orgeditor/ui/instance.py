"""One running app per user: a second launch hands its files to the first over a local socket.

The first app listens on a ``QLocalServer`` named after the user (a socket in
the runtime folder on Linux, a named pipe on Windows). A later launch connects,
sends one JSON line (the files and options of its command line), waits for the
answer ``ok`` and exits; the running app opens the files. So two apps never
autosave into one recovery folder side by side.

``ORGEDITOR_INSTANCE`` names the socket instead (tests, or a second app on purpose).
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 3000
MAX_REQUEST_BYTES = 1_000_000


@dataclass(frozen=True)
class OpenRequest:
    """What a launch asks for: files to open and how to show them."""

    files: list[str] = field(default_factory=list)  # absolute paths
    scenario: str | None = None
    compare_with: str | None = None
    print: bool = False

    def encode(self) -> bytes:
        """One JSON line."""
        return json.dumps(asdict(self)).encode() + b"\n"

    @classmethod
    def decode(cls, data: bytes) -> OpenRequest:
        """The request in ``data``.

        Raises:
            ValueError: not a request this version sends.
        """
        raw = json.loads(data.decode())
        if not isinstance(raw, dict) or not isinstance(raw.get("files"), list):
            raise ValueError("not an open request")
        return cls(
            files=[str(f) for f in raw["files"]],
            scenario=_text(raw.get("scenario")),
            compare_with=_text(raw.get("compare_with")),
            print=raw.get("print") is True,
        )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def server_name() -> str:
    """The socket's name: one per user (or ``ORGEDITOR_INSTANCE``)."""
    name = os.environ.get("ORGEDITOR_INSTANCE")
    if name:
        return name
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return f"orgeditor-{user}"


def hand_over(request: OpenRequest, name: str | None = None) -> bool:
    """Send ``request`` to the running app; True if it took it (then this launch ends)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(request.encode())
    socket.flush()
    answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()) == b"ok\n"
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """The running app's end: emits ``open_requested`` for each later launch."""

    open_requested = Signal(object)  # OpenRequest

    def __init__(self, parent: QObject | None = None, name: str | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_server_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a socket left by a crashed app is removed first."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # nobody answered hand_over: it is stale
        return self.server.listen(self.name)

    def _on_server_new_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data and len(data) < MAX_REQUEST_BYTES:
            self._buffers[socket] = data
            return
        self._buffers[socket] = b""
        try:
            request = OpenRequest.decode(data.split(b"\n", 1)[0])
        except (ValueError, UnicodeDecodeError):
            socket.write(b"refused\n")
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.open_requested.emit(request)


def absolute(paths: list[str]) -> list[str]:
    """The command line's files as absolute paths (the running app has another folder)."""
    return [str(Path(p).expanduser().resolve()) for p in paths]
