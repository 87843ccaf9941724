"""Write resources/licences/THIRD-PARTY-NOTICES.txt: every distribution sbdesk needs at run time
(the requirement tree of pyproject's ``dependencies``, not the test tools), with its version,
licence and the full text of its licence files from its installed dist-info, and what rides along
that is no Python distribution: Qt inside PySide6, ICU, the libraries grafted into the
psycopg-binary wheel (libpq, OpenSSL, Kerberos, LDAP, SASL), SQLCipher and its libcrypto inside
sqlcipher3, and the CPython runtime.

    python packaging/notices.py            # rewrite the file (and resources/licences/LICENSE)
    python packaging/notices.py --check    # exit 1 if a distribution or licence is missing or changed

--check compares what is named and under which licence, not the versions: the ranged dependencies
(cryptography, openpyxl…) take new releases on a fresh install, and the committed file must not
turn the test run red on the day one is published. The bundle's copy is written anew from the
distributions it carries (``bundle_notices``), so what ships names its exact versions.

build.spec calls ``bundle_notices`` on the bundle it made: every shared library in it must be
covered by a distribution, a component below, CPython, or a Debian package of the build machine
whose copyright file is then appended (exit with the uncovered names otherwise).
Standard library only; generate on the platform (and with the venv) the bundle is built from.
"""

from __future__ import annotations

import argparse
import email.message
import importlib.metadata as md
import re
import subprocess
import sys
import sysconfig
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXTS = Path(__file__).resolve().parent / "licences"  # texts no wheel carries (see licences/README.md)
COMMON = re.compile(r"/usr/share/common-licenses/([A-Za-z0-9.+-]*[A-Za-z0-9+])")
ALIASES = {"GPL": "GPL-3", "LGPL": "LGPL-3", "GFDL": "GFDL-1.3", "GPL-2.0": "GPL-2", "GPL-3.0": "GPL-3"}
OUT_DIR = ROOT / "resources" / "licences"
NOTICES = OUT_DIR / "THIRD-PARTY-NOTICES.txt"
RULE = "=" * 78


@dataclass(frozen=True)
class Component:
    """Something bundled that has no dist-info of its own: where it rides and its licence texts."""

    name: str
    licence: str
    rides_in: str  # the distribution whose files carry it
    note: str
    texts: tuple[str, ...]  # files in packaging/licences


COMPONENTS = (
    Component(
        "Qt",
        "LGPL-3.0-only",
        "PySide6-Essentials",
        "The Qt 6 libraries and plugins (PySide6/Qt/lib, PySide6/Qt/plugins), used under the GNU LGPL v3 as "
        "separate shared libraries that a user may replace with a modified build. The wheel carries no "
        "licence text: the LGPL v3 and the GPL v3 it builds on follow. Qt's source: "
        "https://download.qt.io/official_releases/qt/ (the version of PySide6-Essentials).",
        ("common-licenses/LGPL-3", "common-licenses/GPL-3"),
    ),
    Component(
        "ICU",
        "Unicode-DFS-2016",
        "PySide6-Essentials",
        "International Components for Unicode 73 (libicu*.so.73 in PySide6/Qt/lib). Text: the ICU "
        "licence as Debian packages it (libicu72 72.1-3+deb12u1).",
        ("debian-libicu72.copyright",),
    ),
    Component(
        "PostgreSQL libpq",
        "PostgreSQL",
        "psycopg-binary",
        "The PostgreSQL client library (psycopg_binary.libs/libpq-*.so). Text: Debian's libpq5 "
        "15.18-0+deb12u1 copyright file.",
        ("debian-libpq5.copyright",),
    ),
    Component(
        "OpenSSL 3",
        "Apache-2.0",
        "psycopg-binary",
        "libssl and libcrypto 3 (psycopg_binary.libs), used by libpq for TLS.",
        ("common-licenses/Apache-2.0",),
    ),
    Component(
        "MIT Kerberos",
        "MIT",
        "psycopg-binary",
        "libgssapi_krb5, libkrb5, libk5crypto, libkrb5support (psycopg_binary.libs). Text: Debian's "
        "libkrb5-3 1.20.1 copyright file.",
        ("debian-libkrb5-3.copyright",),
    ),
    Component(
        "OpenLDAP",
        "OLDAP-2.8",
        "psycopg-binary",
        "libldap and liblber (psycopg_binary.libs). Text: Debian's libldap-2.5-0 copyright file.",
        ("debian-libldap-2.5-0.copyright",),
    ),
    Component(
        "Cyrus SASL",
        "BSD-Attribution-HPND-disclaimer",
        "psycopg-binary",
        "libsasl2 (psycopg_binary.libs). Text: Debian's libsasl2-2 copyright file.",
        ("debian-libsasl2-2.copyright",),
    ),
    Component(
        "keyutils",
        "LGPL-2.1-or-later",
        "psycopg-binary",
        "libkeyutils (psycopg_binary.libs). Text: Debian's libkeyutils1 copyright file.",
        ("debian-libkeyutils1.copyright",),
    ),
    Component(
        "libxcrypt",
        "LGPL-2.1-or-later",
        "psycopg-binary",
        "libcrypt (psycopg_binary.libs). Text: Debian's libcrypt1 copyright file.",
        ("debian-libcrypt1.copyright",),
    ),
    Component(
        "com_err (e2fsprogs)",
        "MIT",
        "psycopg-binary",
        "libcom_err (psycopg_binary.libs). Text: Debian's libcom-err2 copyright file.",
        ("debian-libcom-err2.copyright",),
    ),
    # compiled into sqlcipher3's one extension module (sqlcipher3/_sqlite3*.so or .pyd): its wheel
    # carries pysqlite's licence only
    Component(
        "SQLCipher",
        "BSD-3-Clause",
        "sqlcipher3",
        "SQLCipher 4 (community edition), Zetetic LLC's encrypting SQLite, linked statically into "
        "sqlcipher3's extension module; the SQLite it is built on is in the public domain. Text: "
        "SQLCipher's LICENSE.md (github.com/sqlcipher/sqlcipher, v4.9.0).",
        ("sqlcipher-LICENSE.md",),
    ),
    Component(
        "OpenSSL 3 libcrypto",
        "Apache-2.0",
        "sqlcipher3",
        "OpenSSL's libcrypto (3.6.0 in sqlcipher3 0.6.4), linked statically into sqlcipher3's extension "
        "module: SQLCipher's AES-256 and HMAC-SHA512.",
        ("common-licenses/Apache-2.0",),
    ),
    # grafted into the OpenCV wheel (opencv_python_headless.libs) beside FFmpeg, libvpx, libpng and
    # OpenSSL 1.1.1k, whose texts its own LICENSE-3RD-PARTY.txt carries
    Component(
        "libaom",
        "BSD-2-Clause",
        "opencv-python-headless",
        "The AV1 codec library used by FFmpeg, with the Alliance for Open Media patent licence. Text: "
        "Debian's libaom3 3.6.0 copyright file.",
        ("debian-libaom3.copyright",),
    ),
    Component(
        "dav1d",
        "BSD-2-Clause",
        "opencv-python-headless",
        "The AV1 decoder used by FFmpeg. Text: Debian's libdav1d6 1.0.0 copyright file.",
        ("debian-libdav1d6.copyright",),
    ),
    Component(
        "libavif",
        "BSD-2-Clause",
        "opencv-python-headless",
        "The AVIF image library. Text: Debian's libavif15 0.11.1 copyright file.",
        ("debian-libavif15.copyright",),
    ),
    Component(
        "libdrm",
        "MIT",
        "opencv-python-headless",
        "The Direct Rendering Manager library. Text: Debian's libdrm2 2.4.114 copyright file.",
        ("debian-libdrm2.copyright",),
    ),
    Component(
        "GCC runtime (libgfortran, libquadmath)",
        "GPL-3.0-or-later WITH GCC-exception-3.1 AND LGPL-2.1-or-later",
        "opencv-python-headless",
        "The Fortran and quad-precision runtimes OpenBLAS needs (OpenBLAS itself: BSD-3-Clause, its text "
        "under numpy above). Text: Debian's gcc-12 copyright file (libquadmath0).",
        ("debian-libquadmath0.copyright",),
    ),
)
# Distributions whose wheels carry no licence file at all: the texts of the licence sbdesk uses them under
NO_TEXT = {
    "pyside6-essentials": ("common-licenses/LGPL-3", "common-licenses/GPL-3"),
    "shiboken6": ("common-licenses/LGPL-3", "common-licenses/GPL-3"),
}
USED_UNDER = {
    "pyside6-essentials": "LGPL-3.0-only",
    "shiboken6": "LGPL-3.0-only",
    "psycopg": "LGPL-3.0-only",
    "psycopg-binary": "LGPL-3.0-only",
}
# Distributions whose metadata names no licence, by the text of their licence file
UNDECLARED = {
    "sqlcipher3": "Zlib",  # its LICENSE is the zlib licence's text (pysqlite's, Gerhard Häring)
}
LICENCE_NAMES = re.compile(r"^(licen[cs]e|copying|notice|authors)", re.IGNORECASE)


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# -- the requirement tree ---------------------------------------------------------------------
def _marker_true(marker: str, extras: frozenset[str]) -> bool:
    """PEP 508 markers as the dependencies here use them: comparisons joined by and/or, brackets."""
    env = {
        "python_version": "{}.{}".format(*sys.version_info[:2]),
        "python_full_version": sys.version.split()[0],
        "sys_platform": sys.platform,
        "platform_system": __import__("platform").system(),
        "os_name": __import__("os").name,
        "implementation_name": sys.implementation.name,
        "platform_python_implementation": __import__("platform").python_implementation(),
        "platform_machine": __import__("platform").machine(),
    }
    tokens = re.findall(
        r"\(|\)|\band\b|\bor\b|[A-Za-z_]+\s*(?:==|!=|<=|>=|<|>|not in|in)\s*(?:'[^']*'|\"[^\"]*\")", marker
    )

    def compare(token: str) -> bool:
        var, op, value = re.match(r"([A-Za-z_]+)\s*(==|!=|<=|>=|<|>|not in|in)\s*['\"](.*)['\"]", token).groups()
        if var == "extra":
            return (norm(value) in extras) == (op == "==")
        left: object = env[var]
        right: object = value
        if var.startswith("python"):
            left, right = (tuple(int(p) for p in re.findall(r"\d+", str(s))[:3]) for s in (left, value))
        return {
            "==": left == right,
            "!=": left != right,
            "<": left < right,
            "<=": left <= right,  # type: ignore[operator]
            ">": left > right,
            ">=": left >= right,
            "in": str(left) in str(right),  # type: ignore[operator]
            "not in": str(left) not in str(right),
        }[op]

    pos = 0

    def expr() -> bool:  # expr := term ("or" term)*
        nonlocal pos
        value = term()
        while pos < len(tokens) and tokens[pos] == "or":
            pos += 1
            value = term() or value
        return value

    def term() -> bool:  # term := atom ("and" atom)*
        nonlocal pos
        value = atom()
        while pos < len(tokens) and tokens[pos] == "and":
            pos += 1
            value = atom() and value
        return value

    def atom() -> bool:
        nonlocal pos
        here = tokens[pos]
        pos += 1
        if here == "(":
            value = expr()
            pos += 1  # ")"
            return value
        return compare(here)

    return expr()


def parse_requirement(text: str) -> tuple[str, frozenset[str], str]:
    """(normalised name, extras, marker) of a requirement string."""
    spec, _, marker = text.partition(";")
    found = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?", spec)
    extras = frozenset(norm(e) for e in (found.group(2) or "").split(",") if e.strip())
    return norm(found.group(1)), extras, marker.strip()


def runtime_requirements(pyproject: Path = ROOT / "pyproject.toml", extras: tuple[str, ...] = ()) -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"]) + [r for e in extras for r in project["optional-dependencies"][e]]


def requirement_tree(requirements: list[str]) -> dict[str, md.Distribution]:
    """Every installed distribution the requirements need, by normalised name; a missing one is an error."""
    found: dict[str, md.Distribution] = {}
    wanted: dict[str, set[str]] = {}
    queue = [(r, frozenset[str]()) for r in requirements]
    while queue:
        text, parent_extras = queue.pop()
        name, extras, marker = parse_requirement(text)
        if marker and not _marker_true(marker, parent_extras):
            continue
        if name in found and extras <= wanted[name]:
            continue
        try:
            dist = found.get(name) or md.distribution(name)
        except md.PackageNotFoundError:
            raise SystemExit(f"notices: {name} is needed at run time but not installed") from None
        found[name] = dist
        wanted.setdefault(name, set()).update(extras)
        queue += [(r, frozenset(wanted[name])) for r in dist.requires or []]
    return dict(sorted(found.items()))


# -- the texts ------------------------------------------------------------------------------
def licence_of(meta: email.message.Message) -> str:
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    free = (meta.get("License") or "").strip()
    return (
        free
        if free and "\n" not in free and len(free) < 100
        else "; ".join(classifiers) or UNDECLARED.get(norm(meta["Name"]), "see the texts below")
    )


def licence_files(dist: md.Distribution) -> list[tuple[str, str]]:
    """(name, text) of each licence file the dist-info carries: License-File entries, else names
    that look like one (LICENSE*, COPYING*, NOTICE*, AUTHORS*)."""
    names = dist.metadata.get_all("License-File") or []
    seen, out = set(), []
    for name in names:
        for candidate in (f"licenses/{name}", name):
            text = dist.read_text(candidate)
            if text is not None and name not in seen:
                seen.add(name)
                out.append((name, text))
                break
    if not out:
        for file in dist.files or []:
            parts = file.parts
            if len(parts) >= 2 and parts[0].endswith(".dist-info") and LICENCE_NAMES.match(parts[-1]):
                out.append(("/".join(parts[1:]), file.read_text(encoding="utf-8")))
    return out


def python_licence() -> str:
    for folder in (Path(sysconfig.get_paths()["stdlib"]), Path(sys.base_prefix)):
        if (folder / "LICENSE.txt").is_file():
            return (folder / "LICENSE.txt").read_text(encoding="utf-8")
    raise SystemExit("notices: the CPython runtime's LICENSE.txt was not found")


def section(title: str, lines: list[str], texts: list[tuple[str, str]], seen: dict[str, str]) -> str:
    """One entry; a text given in full in an earlier entry is named, not repeated (``seen``: text -> title)."""
    body = "\n".join([RULE, title, RULE, *lines, ""])
    for name, text in texts:
        text = text.strip()
        if text in seen:
            body += f"\n--- {name} ---\n\n(The same text as under {seen[text]} above.)\n"
        else:
            seen[text] = title
            body += f"\n--- {name} ---\n\n{text}\n"
    return body + "\n"


def referenced_texts(out: str, seen: dict[str, str]) -> str:
    """Debian's copyright files name /usr/share/common-licenses/GPL-2 and the like instead of
    giving the text: those texts, once, at the end."""
    names = sorted({ALIASES.get(n, n) for n in COMMON.findall(out)})
    texts = []
    for name in names:
        for folder in (TEXTS / "common-licenses", Path("/usr/share/common-licenses")):
            if (folder / name).is_file():
                texts.append((f"/usr/share/common-licenses/{name}", (folder / name).read_text(encoding="utf-8")))
                break
        else:
            raise SystemExit(f"notices: no text of {name} (named in a copyright file) to give")
    return section("Licence texts the copyright files above refer to", [], texts, seen) if texts else ""


def notices(
    requirements: list[str] | None = None, more: list[tuple[str, list[str], list[tuple[str, str]]]] = ()
) -> str:
    """The whole notices text; ``more``: further entries (title, lines, texts), such as the build
    machine's libraries in a bundle."""
    tree = requirement_tree(requirements if requirements is not None else runtime_requirements())
    needed_by: dict[str, list[str]] = {}
    for dist in tree.values():
        for r in dist.requires or []:
            needed_by.setdefault(parse_requirement(r)[0], []).append(dist.metadata["Name"])
    direct = {parse_requirement(r)[0] for r in requirements or runtime_requirements()}
    python = "CPython " + sys.version.split()[0]
    seen: dict[str, str] = {}
    index = [f"  {d.metadata['Name']} {d.version}: {licence_of(d.metadata)}" for d in tree.values()]
    index += [f"  {c.name} (in {c.rides_in}): {c.licence}" for c in COMPONENTS] + [f"  {python}: PSF-2.0"]
    out = (
        "sbdesk: third-party notices\n\n"
        "sbdesk itself is licensed under the Mulan Permissive Software License, Version 2 (MulanPSL-2.0).\n"
        "It uses and, in its bundle, carries the software below under the licences named. Written by\n"
        "packaging/notices.py from the installed distributions; do not edit by hand.\n\n"
        "Contents:\n" + "\n".join(index) + "\n\n"
    )
    for key, dist in tree.items():
        meta = dist.metadata
        lines = [f"Licence: {licence_of(meta)}"]
        if key in USED_UNDER and USED_UNDER[key] != licence_of(meta):
            lines.append(f"sbdesk uses it under: {USED_UNDER[key]}")
        home = meta.get("Home-page") or next(
            (
                u.split(",", 1)[1].strip()
                for u in meta.get_all("Project-URL") or []
                if u.lower().startswith(("homepage", "source", "repository"))
            ),
            "",
        )
        if home:
            lines.append(f"Home: {home}")
        lines.append("Needed by: " + ("sbdesk" if key in direct else ", ".join(sorted(set(needed_by.get(key, []))))))
        carried = [c.name for c in COMPONENTS if norm(c.rides_in) == key]
        if carried:
            lines.append("Carries: " + ", ".join(carried) + " (sections below)")
        texts = licence_files(dist)
        if not texts and key in NO_TEXT:
            lines.append("Its wheel carries no licence text; the texts of the licence sbdesk uses it under follow.")
            texts = [(n, (TEXTS / n).read_text(encoding="utf-8")) for n in NO_TEXT[key]]
        if not texts:
            raise SystemExit(f"notices: {meta['Name']} carries no licence file; add its texts to NO_TEXT")
        out += section(f"{meta['Name']} {dist.version}", lines, texts, seen)
    versions = {k: d.version for k, d in tree.items()}
    for c in COMPONENTS:
        if norm(c.rides_in) not in tree:
            continue
        lines = [f"Licence: {c.licence}", f"Rides in: {c.rides_in} {versions[norm(c.rides_in)]}", c.note]
        out += section(c.name, lines, [(n, (TEXTS / n).read_text(encoding="utf-8")) for n in c.texts], seen)
    out += section(
        python,
        [
            "Licence: PSF-2.0 (with the licences of the code CPython includes)",
            "The Python runtime and standard library inside the bundle.",
        ],
        [("LICENSE.txt", python_licence())],
        seen,
    )
    for title, lines, texts in more:
        out += section(title, lines, texts, seen)
    return out + referenced_texts(out, seen)


# -- the bundle ------------------------------------------------------------------------------------
SHARED = re.compile(r"\.(so(\.[\d.]+)?|dll|pyd|dylib)$")


def debian_packages(libraries: list[str]) -> dict[str, str]:
    """The Debian package that installed each library of these names on the build machine, from
    dpkg's file lists (what ``dpkg -S`` reads, at once)."""
    wanted, owners = set(libraries), {}
    for listing in sorted(Path("/var/lib/dpkg/info").glob("*.list")):
        package = listing.stem.split(":", 1)[0]
        for line in listing.read_text(encoding="utf-8", errors="replace").splitlines():
            name = line.rsplit("/", 1)[-1]
            if name in wanted and "/lib" in line:
                owners.setdefault(name, package)
    return owners


def debian_versions(packages: list[str]) -> dict[str, str]:
    if not packages:
        return {}
    found = subprocess.run(  # noqa: S603 - Debian's own tool, package names
        ["dpkg-query", "-W", "-f", "${Package} ${Version}\\n", *packages],  # noqa: S607 - Debian's own tool
        capture_output=True,
        text=True,
        check=False,
    )
    return dict(line.split(" ", 1) for line in found.stdout.splitlines() if " " in line)


def bundle_libraries(folder: Path) -> list[str]:
    return sorted({p.name for p in folder.rglob("*") if p.is_file() and SHARED.search(p.name)})


def bundle_notices(folder: Path, requirements: list[str] | None = None) -> list[str]:
    """Rewrite the bundle's notices with a section per Debian package whose libraries it carries;
    the libraries nobody's notice covers (empty: all covered)."""
    tree = requirement_tree(requirements if requirements is not None else runtime_requirements())
    from_dists = {Path(str(f)).name for d in tree.values() for f in d.files or []}
    base = sysconfig.get_paths(vars={"base": sys.base_prefix, "platbase": sys.base_prefix})["platstdlib"]
    from_python = {p.name for p in (Path(base) / "lib-dynload").glob("*")} | {
        str(sysconfig.get_config_var(v) or "") for v in ("LDLIBRARY", "INSTSONAME")
    }
    others = [n for n in bundle_libraries(folder) if n not in from_dists and n not in from_python]
    owners = debian_packages(others)
    system: dict[str, list[str]] = {}
    missing = []
    for name in others:
        package = owners.get(name)
        if package and Path(f"/usr/share/doc/{package}/copyright").is_file():
            system.setdefault(package, []).append(name)
        else:
            missing.append(name)
    more = []
    versions = debian_versions(sorted(system))
    for package, names in sorted(system.items()):
        more.append((
            f"{package} {versions.get(package, '')} (Debian, from the machine that built this bundle)",
            ["Libraries: " + ", ".join(names)],
            [("copyright", Path(f"/usr/share/doc/{package}/copyright").read_text(encoding="utf-8"))],
        ))
    text = notices(requirements, more)
    for target in folder.rglob("resources/licences/THIRD-PARTY-NOTICES.txt"):
        target.write_text(text, encoding="utf-8")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if out of date")
    parser.add_argument(
        "--extra", action="append", default=[], help="an optional-dependencies group the bundle carries"
    )
    parser.add_argument("--bundle", type=Path, help="a built bundle folder: cover its shared libraries")
    args = parser.parse_args(argv)
    requirements = runtime_requirements(extras=tuple(args.extra))
    if args.bundle:
        missing = bundle_notices(args.bundle, requirements)
        if missing:
            print("notices: no licence covers " + ", ".join(missing), file=sys.stderr)
            return 1
        return 0
    wanted = expected(requirements)
    if args.check:
        stale = [
            p
            for p, text in wanted.items()
            if not p.is_file() or covered(p.read_text(encoding="utf-8")) != covered(text)
        ]
        for p in stale:
            print(f"notices: {p} is out of date; run python packaging/notices.py", file=sys.stderr)
        return 1 if stale else 0
    stale = [p for p, text in wanted.items() if not p.is_file() or p.read_text(encoding="utf-8") != text]
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for p in stale:
        p.write_text(wanted[p], encoding="utf-8")
    return 0


def covered(text: str) -> set[tuple[str, str]] | str:
    """What a notices file names, under which licence, without versions (a LICENSE: its text)."""
    if not text.startswith("sbdesk: third-party notices"):
        return text
    index = text.split("Contents:\n", 1)[1].split("\n\n", 1)[0]
    return {(_named(line), line.rsplit(": ", 1)[1]) for line in index.splitlines()}


def _named(line: str) -> str:
    """A distribution by its name (no version); a component by its whole entry, the wheel it
    rides in too (OpenSSL rides in two)."""
    name = line.rsplit(": ", 1)[0].strip()
    return name if " (in " in name else name.split()[0]


def expected(requirements: list[str], out_dir: Path = OUT_DIR) -> dict[Path, str]:
    """The files of resources/licences and what they must hold."""
    return {
        out_dir / NOTICES.name: notices(requirements),
        out_dir / "LICENSE": (ROOT / "LICENSE").read_text(encoding="utf-8"),
    }


if __name__ == "__main__":
    sys.exit(main())
