"""What the default bundle leaves out, besides OpenCV and numpy (the `faces` extra): build.spec
loads this file by path (a folder named `packaging` on sys.path would shadow PyPA's package that
PyInstaller imports). The bundle was 392 MiB with everything in; at most 200 MiB is the aim.

- Qt's own translations for the two UI languages only (6.8 MB were 30-odd languages).
- The GTK 3 platform theme (Linux): it pulled in GTK 3, GDK, cairo, pango, harfbuzz, ATK (17 MB
  of the build machine's libraries, tied to its glibc). Without it Qt draws its own dialogs and
  palette (Fusion); nothing sbdesk does needs GTK. The libraries only it needed go with it.
- Debug information (Linux): sqlcipher3's wheel ships its extension module with it (21 MB, 8 MB
  without), and a CPython built with -g brings it in libpython and its modules (55 MB in all).
  ``strip --strip-debug`` takes only the DWARF sections: the code, the symbol table (names in a
  native backtrace) and the symbol versions the glibc scan reads stay as they were.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path, PurePath, PurePosixPath

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


def has_debug_info(path: Path) -> bool:
    """Whether an ELF file has a .debug_info section (read from its section headers)."""
    with path.open("rb") as fh:
        head = fh.read(64)
        if len(head) < 64 or head[:4] != b"\x7fELF":
            return False
        wide, order = head[4] == 2, "<" if head[5] == 1 else ">"
        shoff = struct.unpack_from(order + ("Q" if wide else "I"), head, 0x28 if wide else 0x20)[0]
        entsize, count, names_at = struct.unpack_from(order + "HHH", head, 0x3A if wide else 0x2E)
        if not shoff or not count or names_at >= count:
            return False
        fh.seek(shoff)
        table = fh.read(entsize * count)
        if len(table) < entsize * count:
            return False

        def header(i: int) -> tuple[int, int, int]:  # name's offset, file offset, size
            if wide:
                name, _, _, _, offset, size = struct.unpack_from(order + "IIQQQQ", table, i * entsize)
            else:
                name, _, _, _, offset, size = struct.unpack_from(order + "IIIIII", table, i * entsize)
            return name, offset, size

        _, offset, size = header(names_at)
        fh.seek(offset)
        names = fh.read(size)
    for i in range(count):
        start = header(i)[0]
        if names[start : names.find(b"\0", start)] == b".debug_info":
            return True
    return False


def strip_debug(folder: Path) -> list[Path]:
    """Remove the debug sections from every ELF file of the bundle that has them; the files done
    (none where binutils' strip is missing: the bundle test's size limit then says so)."""
    tool = shutil.which("strip")
    done = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
        if tool and has_debug_info(path):
            subprocess.run([tool, "--strip-debug", str(path)], check=True)  # noqa: S603 - binutils, our file
            done.append(path)
    return done
