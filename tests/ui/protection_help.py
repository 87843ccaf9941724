"""What the protection tests share: an in-memory keyring (the one double: the system's keyring
is a boundary), and a person answering the dialogs a start waits on (exec or a local event
loop), one after another, with the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

PASSWORD = "short-and-long"
POLLS = 1000  # at 10 ms: a dialog that never comes fails the test instead of hanging it


class MemoryKeyring:
    """keyring's backend interface, kept in a dict."""

    def __init__(self) -> None:
        import keyring.backend

        class Backend(keyring.backend.KeyringBackend):
            priority = 1  # type: ignore[assignment]
            stored: dict[tuple[str, str], str] = {}

            def get_password(self, service, username):
                return self.stored.get((service, username))

            def set_password(self, service, username, password):
                self.stored[(service, username)] = password

            def delete_password(self, service, username):
                self.stored.pop((service, username), None)

        self.backend = Backend()
        self.backend.stored = {}


@contextmanager
def memory_keyring() -> Iterator:
    """The system's keyring replaced by a dict while the block runs."""
    import keyring

    before = keyring.get_keyring()
    memory = MemoryKeyring().backend
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(before)


class ModalAnswers:
    """``answers(step, step, …)``: each step is called with the next dialog that waits for the
    person (a new one, or the same one asking again), and must answer it."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.steps: list[Callable[[QDialog], None]] = []
        self.problems: list[BaseException] = []
        self.previous: tuple[object, int] | None = None

    def __call__(self, *steps: Callable[[QDialog], None]) -> None:
        self.steps = list(steps)
        self.problems = []
        self.previous = None
        self._next()

    def _next(self) -> None:
        if not self.steps:
            return
        polls = [0]

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            ready = (
                isinstance(dialog, QDialog)
                and dialog.isVisible()
                and dialog.isEnabled()
                and self.previous != (dialog, getattr(dialog, "asked", 0))
            )
            if not ready:
                polls[0] += 1
                if polls[0] < POLLS:
                    QTimer.singleShot(10, poll)
                else:
                    self.problems.append(AssertionError(f"no dialog came for {self.steps[0]}"))
                    self._give_up()
                return
            self.previous = (dialog, getattr(dialog, "asked", 0))
            step = self.steps.pop(0)
            self._next()  # polls from now: it finds the next dialog once this one is answered
            try:
                dialog.activateWindow()  # access keys reach the active window only
                self.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
                step(dialog)
            except BaseException as exc:  # noqa: BLE001 - reported by check(), after the dialog is gone
                self.problems.append(exc)
                self.steps.clear()
                self._give_up()

        QTimer.singleShot(0, poll)

    def _give_up(self) -> None:
        """Never leave a test waiting on a question."""
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.setProperty("given_up", True)
            for child in (dialog, *dialog.findChildren(QDialog)):
                if hasattr(child, "written"):
                    child.written.setChecked(True)
            dialog.reject()

    def check(self) -> None:
        if self.problems:
            raise self.problems[0]
        assert not self.steps, f"never asked: {self.steps}"
