"""``python -m sbdesk`` and the bundle's entry point (an absolute import: PyInstaller runs
this file as a top-level script)."""
import sys

from sbdesk.cli import main

sys.exit(main())
