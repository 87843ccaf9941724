"""What the default bundle leaves out, besides OpenCV and numpy (the `faces` extra): build.spec
loads this file by path (a folder named `packaging` on sys.path would shadow PyPA's package that
PyInstaller imports). The bundle was 392 MiB with everything in; at most 200 MiB is the aim.

- Qt's own translations for the two UI languages only (6.8 MB were 30-odd languages).
- The GTK 3 platform theme (Linux): it pulled in GTK 3, GDK, cairo, pango, harfbuzz, ATK (17 MB
  of the build machine's libraries, tied to its glibc). Without it Qt draws its own dialogs and
  palette (Fusion); nothing sbdesk does needs GTK. The libraries only it needed go with it.
"""

from __future__ import annotations

from pathlib import PurePath, PurePosixPath

QT = "PySide6/Qt/"
DROPPED_PLUGINS = (QT + "plugins/platformthemes/libqgtk3.so",)
KEPT_TRANSLATIONS = ("_zh_CN.qm", "_en.qm")
TRANSLATIONS = (QT + "translations/", "PySide6/translations/")  # Linux wheels; Windows wheels


def _dest(entry) -> str:
    return PurePath(entry[0]).as_posix()  # on Windows the TOC's names use backslashes


def qt_translations(datas: list) -> list:
    """The data entries less Qt's translations into languages sbdesk has no UI for."""
    return [e for e in datas if not (_dest(e).startswith(TRANSLATIONS) and not _dest(e).endswith(KEPT_TRANSLATIONS))]


def without_plugins(binaries: list, dropped: tuple[str, ...] = DROPPED_PLUGINS) -> list:
    """The binaries less the dropped Qt plugins and the top-level libraries that only they
    needed (by their ELF/PE imports, followed transitively). A library something else still
    needs, or one loaded by name at run time that nothing imports, is never dropped: only what
    the plugins made reachable, and nothing else does, goes."""
    from PyInstaller.depend.bindepend import get_imports

    top = {PurePosixPath(_dest(e)).name: e[1] for e in binaries if "/" not in _dest(e)}

    def reached(roots: list) -> set[str]:
        seen: set[str] = set()
        todo = [e[1] for e in roots]
        while todo:
            for name, _path in get_imports(todo.pop()):
                base = PurePosixPath(name).name
                if base in top and base not in seen:
                    seen.add(base)
                    todo.append(top[base])
        return seen

    roots = [e for e in binaries if "/" in _dest(e)]
    gone = reached(roots) - reached([e for e in roots if _dest(e) not in dropped])
    return [e for e in binaries if _dest(e) not in dropped and _dest(e) not in gone]
