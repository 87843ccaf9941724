"""``python -m sbdesk`` and the bundle's entry point (an absolute import: PyInstaller runs
this file as a top-level script)."""

import sys

from sbdesk.cli import main
from sbdesk.portable import give_streams

give_streams()  # the windowed sbdesk.exe has no console: sys.stdout is None there
sys.exit(main())
