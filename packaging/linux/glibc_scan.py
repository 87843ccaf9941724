"""Which glibc a bundle needs: the highest GLIBC_x.y symbol version any of its ELF files asks for.

A program runs only where the C library provides every versioned symbol its files were linked
against, so the newest GLIBC_x.y named in any file's version-needs table (.gnu.version_r) is the
oldest glibc the bundle can run on (统信UOS 20 has 2.28, 银河麒麟 V10 SP1 2.31). The symbols
themselves come from .dynsym + .gnu.version, so the report says what to rebuild or replace.

Standard library only (it runs inside a bare build root too):
    python3 glibc_scan.py FOLDER [--max 2.28] [--symbols]
prints the highest version and the files that need it; with --max, exits 1 when any file needs a
newer one than that (and lists them all), 0 otherwise; 2 when FOLDER holds no ELF file.
"""

from __future__ import annotations

import argparse
import os
import re
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

SHT_DYNSYM = 11
SHT_GNU_VERNEED = 0x6FFFFFFE
SHT_GNU_VERSYM = 0x6FFFFFFF
GLIBC = re.compile(r"^GLIBC_(\d+)\.(\d+)(?:\.(\d+))?$")


def version_key(name: str) -> tuple[int, ...]:
    """GLIBC_2.28 -> (2, 28); GLIBC_2.2.5 -> (2, 2, 5); anything else sorts first."""
    m = GLIBC.match(name)
    return tuple(int(g) for g in m.groups() if g is not None) if m else ()


@dataclass
class ElfNeeds:
    """What one ELF file asks of glibc: each GLIBC_x.y it names, with the undefined symbols bound to it."""

    path: Path
    versions: dict[str, set[str]] = field(default_factory=dict)

    @property
    def highest(self) -> str | None:
        return max(self.versions, key=version_key, default=None)


class NotElf(Exception):
    """The file is not an ELF file this scanner can read."""


def _read(f: BinaryIO, offset: int, size: int) -> bytes:
    f.seek(offset)
    data = f.read(size)
    if len(data) != size:
        raise NotElf("truncated")
    return data


def _cstr(table: bytes, offset: int) -> str:
    end = table.find(b"\0", offset)
    return table[offset : end if end >= 0 else None].decode("ascii", "replace")


def scan_file(path: Path) -> ElfNeeds:
    """The glibc versions and symbols one ELF file needs; NotElf if it is not one (or is damaged)."""
    with open(path, "rb") as f:
        ident = f.read(16)
        if len(ident) < 16 or ident[:4] != b"\x7fELF" or ident[4] not in (1, 2) or ident[5] not in (1, 2):
            raise NotElf(str(path))
        is64, end = ident[4] == 2, "<" if ident[5] == 1 else ">"
        if is64:
            _, _, _, _, _, shoff, _, _, _, _, shentsize, shnum, shstrndx = struct.unpack(
                end + "HHIQQQIHHHHHH", _read(f, 16, 48)
            )
            sh_fmt = end + "IIQQQQIIQQ"
        else:
            _, _, _, _, _, shoff, _, _, _, _, shentsize, shnum, shstrndx = struct.unpack(
                end + "HHIIIIIHHHHHH", _read(f, 16, 36)
            )
            sh_fmt = end + "IIIIIIIIII"
        needs = ElfNeeds(path)
        if shoff == 0 or shnum == 0:
            return needs  # no section headers: nothing this scanner can read (not seen in wheels)
        if shentsize < struct.calcsize(sh_fmt) or shnum > 65535:
            raise NotElf(f"{path}: odd section headers")
        sections = []  # (type, offset, size, link, info, entsize)
        raw = _read(f, shoff, shentsize * shnum)
        for i in range(shnum):
            _, typ, _, _, off, size, link, info, _, entsize = struct.unpack_from(sh_fmt, raw, i * shentsize)
            sections.append((typ, off, size, link, info, entsize))

        def body(index: int) -> bytes:
            if not 0 <= index < len(sections):
                raise NotElf(f"{path}: section {index} does not exist")
            typ, off, size = sections[index][:3]
            return b"" if typ == 8 else _read(f, off, size)  # SHT_NOBITS has no bytes in the file

        # .gnu.version_r: version index (vna_other) -> "GLIBC_2.28", only for needs on libc's family
        names: dict[int, str] = {}
        for typ, off, size, link, count, _ in sections:
            if typ != SHT_GNU_VERNEED:
                continue
            strings, pos = body(link), off
            for _ in range(min(count, size // 16)):  # a damaged count or a cycle cannot loop for long
                _, cnt, _, aux, nxt = struct.unpack(end + "HHIII", _read(f, pos, 16))
                apos = pos + aux
                for _ in range(min(cnt, size // 16)):
                    _, _, other, name, aux_next = struct.unpack(end + "IHHII", _read(f, apos, 16))
                    label = _cstr(strings, name)
                    if GLIBC.match(label):
                        names[other & 0x7FFF] = label
                        needs.versions.setdefault(label, set())
                    if not aux_next:
                        break
                    apos += aux_next
                if not nxt:
                    break
                pos += nxt
        # .dynsym + .gnu.version: which undefined symbols are bound to which of those versions
        dynsym = next((i for i, s in enumerate(sections) if s[0] == SHT_DYNSYM), None)
        versym = next((i for i, s in enumerate(sections) if s[0] == SHT_GNU_VERSYM), None)
        if names and dynsym is not None and versym is not None:
            syms, strings = body(dynsym), body(sections[dynsym][3])
            vers = body(versym)
            sym_size = 24 if is64 else 16
            for i in range(min(len(syms) // sym_size, len(vers) // 2)):
                if is64:
                    name, _, _, shndx = struct.unpack_from(end + "IBBH", syms, i * sym_size)
                else:
                    name, _, _, _, _, shndx = struct.unpack_from(end + "IIIBBH", syms, i * sym_size)
                (ver,) = struct.unpack_from(end + "H", vers, i * 2)
                label = names.get(ver & 0x7FFF)
                if label and shndx == 0:
                    needs.versions[label].add(_cstr(strings, name))
        return needs


def scan_folder(folder: Path) -> list[ElfNeeds]:
    """Every ELF file under folder (symbolic links are not followed: their targets are scanned once)."""
    found = []
    for dirpath, _, files in os.walk(folder):
        for name in sorted(files):
            path = Path(dirpath) / name
            if path.is_symlink() or not path.is_file():
                continue
            try:
                found.append(scan_file(path))
            except (NotElf, struct.error):
                continue
    return found


def highest(found: list[ElfNeeds]) -> str | None:
    """The newest GLIBC_x.y any of the files needs (None when none names glibc at all)."""
    return max((n.highest for n in found if n.highest), key=version_key, default=None)


def over(found: list[ElfNeeds], limit: str) -> list[tuple[ElfNeeds, dict[str, set[str]]]]:
    """The files needing a version newer than limit ("2.28" or "GLIBC_2.28"), with those versions' symbols."""
    cap = version_key(limit if limit.startswith("GLIBC_") else f"GLIBC_{limit}")
    out = []
    for n in found:
        newer = {v: s for v, s in n.versions.items() if version_key(v) > cap}
        if newer:
            out.append((n, newer))
    return out


def report(folder: Path, found: list[ElfNeeds], limit: str | None, symbols: bool) -> list[str]:
    """The lines the command prints: the figure first, then the files that set it (or break the limit)."""
    top = highest(found)
    lines = [f"glibc needed: {top or 'none'} ({len(found)} ELF files in {folder})"]
    if top is None:
        return lines
    cap = limit or top.removeprefix("GLIBC_")
    shown = over(found, cap) if limit else [(n, {top: n.versions[top]}) for n in found if n.highest == top]
    if limit:
        lines.append(f"needing newer than GLIBC_{cap.removeprefix('GLIBC_')}: {len(shown)} files")
    for n, vers in sorted(shown, key=lambda x: str(x[0].path)):
        for v in sorted(vers, key=version_key, reverse=True):
            names = f": {' '.join(sorted(vers[v]))}" if symbols else f" ({len(vers[v])} symbols)"
            lines.append(f"  {v:<11} {n.path.relative_to(folder)}{names}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--max", help="fail (exit 1) when a file needs a newer glibc than this, e.g. 2.28")
    parser.add_argument("--symbols", action="store_true", help="name the symbols, not only their count")
    args = parser.parse_args(argv)
    found = scan_folder(args.folder)
    for line in report(args.folder, found, args.max, args.symbols):
        print(line)
    if not found:
        return 2
    return 1 if args.max and over(found, args.max) else 0


if __name__ == "__main__":
    sys.exit(main())
