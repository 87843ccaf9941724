"""The person dialog on a real data folder, on a real X screen, for tests/ui/test_ime_typing.py.

Run as ``python -m tests.ui.ime_dialog DATA_DIR``. It starts the way the window does (the
input-method choice of sbdesk/ui/input_method.py before the QApplication), then reports on
stdout, one JSON object a line:
  {"ready": true}          the dialog is the active window and its name field has the focus
  {"preedit": "..."}       what the input method is composing in the name field
  {"text": "..."}          the name field's text, each time it changes
It ends when its standard input closes (the test is done) or after a minute on its own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def say(**what) -> None:
    print(json.dumps(what, ensure_ascii=False), flush=True)


def main(folder: Path) -> int:
    from sbdesk.ui import input_method

    input_method.apply()
    from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
    from PySide6.QtWidgets import QApplication

    from sbdesk.services.desk import open_desk
    from sbdesk.ui.members.person_dialog import PersonDialog

    app = QApplication(sys.argv[:1])
    desk = open_desk(folder, operator="clerk")
    dialog = PersonDialog(desk)
    name = dialog.inputs["name"]

    class Preedit(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.InputMethod and event.preeditString():
                say(preedit=event.preeditString())
            return False

    watcher = Preedit(name)
    name.installEventFilter(watcher)
    name.textChanged.connect(lambda text: say(text=text))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()

    def ready() -> None:  # the keys typed next must reach the name field, so wait for both
        if dialog.isActiveWindow() and app.focusWidget() is name:
            say(ready=True)
        else:
            QTimer.singleShot(20, ready)

    ready()
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(lambda *_: app.quit() if not sys.stdin.readline() else None)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    dialog.close()
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
