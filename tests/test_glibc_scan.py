"""packaging/linux/glibc_scan.py reads the glibc versions an ELF file needs as binutils does: checked on
real ELF files of this machine against readelf, and on a folder with things that are not ELF."""

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_scanner():
    spec = importlib.util.spec_from_file_location("glibc_scan", ROOT / "packaging" / "linux" / "glibc_scan.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("glibc_scan", module)  # dataclasses looks its module up by name
    spec.loader.exec_module(module)
    return module


glibc_scan = load_scanner()


def real_elf_files() -> list[Path]:
    """The interpreter, a C extension of its standard library, and the C library itself."""
    ext = sysconfig.get_config_var("EXT_SUFFIX")
    candidates = [
        Path(sys.executable).resolve(),
        Path(sysconfig.get_paths()["platstdlib"]) / "lib-dynload" / f"_ssl{ext}",
        Path("/lib/x86_64-linux-gnu/libc.so.6"),
        Path("/lib/aarch64-linux-gnu/libc.so.6"),
    ]
    return [p.resolve() for p in candidates if p.exists()]


def readelf_needs(path: Path) -> set[str]:
    """symbol@GLIBC_x.y for each undefined dynamic symbol, as binutils' readelf prints them."""
    readelf = shutil.which("readelf")
    assert readelf
    out = subprocess.run(
        [readelf, "--dyn-syms", "--wide", str(path)], capture_output=True, text=True, check=True, env={"LC_ALL": "C"}
    ).stdout
    found = set()
    for line in out.splitlines():
        cols = line.split()
        if len(cols) >= 8 and cols[6] == "UND" and "@GLIBC_" in cols[7]:
            symbol = cols[7].replace("@@", "@")
            if glibc_scan.version_key(symbol.split("@")[1]):  # GLIBC_PRIVATE is no version a desk lacks
                found.add(symbol)
    return found


@pytest.mark.skipif(shutil.which("readelf") is None, reason="binutils (readelf) is installed by .ci/bootstrap test")
@pytest.mark.parametrize("path", real_elf_files(), ids=lambda p: p.name)
def test_the_scanner_reads_what_readelf_reads(path):
    needs = glibc_scan.scan_file(path)
    ours = {f"{sym}@{version}" for version, syms in needs.versions.items() for sym in syms}
    theirs = readelf_needs(path)
    assert ours == theirs
    assert theirs, f"{path} names no glibc symbol version: not a useful sample"
    top = max((s.split("@")[1] for s in theirs), key=glibc_scan.version_key)
    assert needs.highest == top


def test_a_folder_scan_finds_the_elf_files_and_the_highest_version(tmp_path, capsys):
    samples = real_elf_files()[:2]
    assert len(samples) == 2
    for i, path in enumerate(samples):
        (tmp_path / "lib").mkdir(exist_ok=True)
        shutil.copy(path, tmp_path / "lib" / f"sample{i}")
    (tmp_path / "lib" / "link").symlink_to("sample0")  # scanned once, through its target
    (tmp_path / "notes.txt").write_text("not ELF\n", encoding="utf-8")
    (tmp_path / "truncated.so").write_bytes(b"\x7fELF\x02\x01\x01" + b"\0" * 20)
    found = glibc_scan.scan_folder(tmp_path)
    assert sorted(n.path.name for n in found) == ["sample0", "sample1"]
    top = max((n.highest for n in found), key=glibc_scan.version_key)
    assert glibc_scan.highest(found) == top

    assert glibc_scan.main([str(tmp_path), "--max", "2.0"]) == 1  # every glibc symbol is newer than 2.0
    out = capsys.readouterr().out
    assert out.startswith(f"glibc needed: {top} (2 ELF files in ") and "lib/sample0" in out and "lib/sample1" in out
    assert glibc_scan.main([str(tmp_path), "--max", "99.0"]) == 0
    assert "needing newer than GLIBC_99.0: 0 files" in capsys.readouterr().out
    (tmp_path / "empty").mkdir()
    assert glibc_scan.main([str(tmp_path / "empty")]) == 2


def test_versions_compare_as_numbers_not_text():
    names = ["GLIBC_2.28", "GLIBC_2.3", "GLIBC_2.2.5", "GLIBC_2.34", "GLIBC_2.3.4"]
    assert sorted(names, key=glibc_scan.version_key) == [
        "GLIBC_2.2.5",
        "GLIBC_2.3",
        "GLIBC_2.3.4",
        "GLIBC_2.28",
        "GLIBC_2.34",
    ]
    assert glibc_scan.version_key("GLIBC_PRIVATE") == ()


def test_the_old_glibc_bundle_needs_nothing_newer_than_2_28(capsys):
    """The bundle packaging/linux/build-oldglibc.sh leaves in its cache (the build takes half an hour, so
    CI scans the last one made on this machine and skips where none was)."""
    cache = Path(os.environ.get("SBDESK_BUILD_CACHE") or Path.home() / ".cache" / "sbdesk-build")
    bundles = sorted((cache / "dist").glob("sbdesk-*/"))
    if not bundles:
        pytest.skip(f"no old-glibc bundle in {cache / 'dist'}: bash packaging/linux/build-oldglibc.sh makes one")
    found = glibc_scan.scan_folder(bundles[-1])
    with capsys.disabled():
        print("\n" + "\n".join(glibc_scan.report(bundles[-1], found, "2.28", symbols=True)))
    assert bundles[-1] / "sbdesk" in {n.path for n in found}
    assert not glibc_scan.over(found, "2.28")


def test_damaged_elf_files_are_skipped_quickly(tmp_path):
    """A bundle may hold a damaged file: the scan names what it can read and neither hangs nor raises."""
    sample = real_elf_files()[0].read_bytes()
    needs = glibc_scan.scan_file(real_elf_files()[0])
    assert needs.versions
    (tmp_path / "cut").write_bytes(sample[: len(sample) // 2])  # section headers are at the end
    for name, off, value in (("many", 0x3C, 0xFFFF), ("badlink", None, None)):
        data = bytearray(sample)
        if off is not None:
            data[off : off + 2] = value.to_bytes(2, "little")  # e_shnum: far more sections than the file holds
        else:  # point every section's sh_link at a section that does not exist
            shoff, shentsize, shnum = (
                int.from_bytes(data[0x28:0x30], "little"),
                int.from_bytes(data[0x3A:0x3C], "little"),
                int.from_bytes(data[0x3C:0x3E], "little"),
            )
            for i in range(shnum):
                data[shoff + i * shentsize + 0x28 : shoff + i * shentsize + 0x2C] = (60000).to_bytes(4, "little")
        (tmp_path / name).write_bytes(bytes(data))
    assert glibc_scan.scan_folder(tmp_path) == []
