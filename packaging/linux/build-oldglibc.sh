#!/usr/bin/env bash
# The Linux bundle for old desks: needs no glibc symbol newer than 2.28 (统信UOS 20; 银河麒麟 V10 SP1 has 2.31).
#   sudo bash packaging/linux/build-oldglibc.sh            build, scan (limit 2.28), self-test in Debian 11
#   SBDESK_BUILD_CACHE=/big/disk bash packaging/linux/build-oldglibc.sh
#   bash packaging/linux/build-oldglibc.sh --guards          also run the None-leak guard and the soak test
#                                                           on the PySide6 used here (6.9.3)
# Why this way (docs/packaging-linux.md): a bundle needs the newest glibc any of its files was linked
# against. So it is built in a Debian 11 root (glibc 2.31, made by debootstrap) with a CPython 3.11
# compiled there by `zig cc -target x86_64-linux-gnu.2.28`, which binds every C-library symbol to its
# 2.28 version (gcc against 2.31 would bind exp/log/pow to GLIBC_2.29); SQLite is linked in statically
# (bullseye's libsqlite3.so needs log@GLIBC_2.29). PySide6-Essentials 6.9.3 is the newest with
# manylinux_2_28 wheels. The root, zig, CPython, libpng, libdbus and the venv are cached under SBDESK_BUILD_CACHE
# (default ~/.cache/sbdesk-build); a second run rebuilds only the bundle. Needs root (chroot, mounts).
# The result: $SBDESK_BUILD_CACHE/dist/sbdesk-<version>/ and the scan's report beside it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${SBDESK_BUILD_CACHE:-$HOME/.cache/sbdesk-build}"
root="$cache/bullseye"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
pyside="${SBDESK_PYSIDE:-6.9.3}"
zig_version=0.14.1
py_version=3.11.2  # Debian 12's python3.11 source (python.org is not reachable from the build machines)
py_orig="python3.11_${py_version}.orig.tar.gz"
py_sha256=2411c74bda5bbcfcddaf4531f66d1adc73f247f529aee981b029513aefdbf849
guards=0; [ "${1:-}" = --guards ] && guards=1
[ "$(id -u)" = 0 ] || { echo "run as root: debootstrap and chroot need it" >&2; exit 2; }
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
mkdir -p "$cache/src"
started=$(date +%s)
step() { echo "== $* ($(( $(date +%s) - started )) s)"; }

# 1. The Debian 11 root: the build tools, the -dev packages CPython links, and Qt's system libraries
#    (the same list as .ci/bootstrap) so the self-test can start the window there.
debs=ca-certificates,curl,xz-utils,make,binutils,file,patchelf,locales,pkg-config
debs+=,libssl-dev,libsqlite3-dev,libffi-dev,zlib1g-dev,libbz2-dev,liblzma-dev,uuid-dev,libexpat1-dev
debs+=,libegl1,libgl1,libglib2.0-0,libfontconfig1,libfreetype6,libdbus-1-3,libxkbcommon0,libxkbcommon-x11-0
debs+=,libx11-xcb1,libxcb-cursor0,libxcb-icccm4,libxcb-keysyms1,libxcb-shape0,libxcb-randr0,libxcb-render-util0
debs+=,libxcb-image0,libxcb-xinerama0,libxcb-xkb1,libxcb-sync1,libxcb-xfixes0,libxcb-shm0,libxcb-util1
debs+=,libxrender1,libxi6,libcups2,fonts-wqy-microhei
if [ ! -x "$root/usr/bin/apt-get" ]; then
  step "debootstrap bullseye"
  # an interrupted debootstrap may leave /proc or /sys mounted in its target: never delete through them
  { grep -o " $root.tmp/[^ ]*" /proc/mounts || true; } | sort -r | xargs -r -n1 umount -l
  rm -rf --one-file-system "$root.tmp"
  debootstrap --variant=minbase --include="$debs" bullseye "$root.tmp" "$mirror" > "$cache/debootstrap.log"
  mv "$root.tmp" "$root"
fi
mounted=()
for m in proc dev sys; do
  if ! mountpoint -q "$root/$m"; then mount --bind "/$m" "$root/$m"; mounted+=("$root/$m"); fi
done
cleanup() { local m; for m in "${mounted[@]}"; do umount -l "$m" || true; done; }
trap cleanup EXIT
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "$@"; }

# 2. zig, from its PyPI wheel; /opt/zigcc is the C compiler bound to glibc 2.28's symbol versions
if [ ! -x "$root/opt/zig/zig" ]; then
  step "zig $zig_version"
  url=$(curl -fsS https://pypi.org/simple/ziglang/ \
    | grep -o "https://[^\"]*/ziglang-$zig_version-py3-none-manylinux_2_12_x86_64[^\"]*\.whl#sha256=[0-9a-f]*" | head -1)
  [ -n "$url" ] || { echo "no ziglang $zig_version wheel found on PyPI" >&2; exit 1; }
  curl -fsS -o "$cache/src/ziglang-$zig_version.whl" "${url%%#*}"
  echo "${url##*sha256=}  $cache/src/ziglang-$zig_version.whl" | sha256sum -c --quiet
  rm -rf "$cache/zigx" && mkdir -p "$root/opt/zig"
  python3 -m zipfile -e "$cache/src/ziglang-$zig_version.whl" "$cache/zigx"
  cp -a "$cache/zigx/ziglang/." "$root/opt/zig/" && chmod +x "$root/opt/zig/zig" && rm -rf "$cache/zigx"
fi
cat > "$root/opt/zigcc" <<'EOF'
#!/bin/sh
# glibc 2.28's symbol versions; zig's own C-library headers first, bullseye's (openssl, ffi, ...) after
# them; zig makes __DATE__ an error (reproducible builds), CPython's build info uses it; zig's linker
# knows -soname, not CPython's -Wl,-h<name>; a link of shared libraries alone (libpython3.so) needs
# one compiled input, or zig hands clang a target it rejects; CPython's setup.py finds libffi and the
# others in /usr/lib/<-print-multiarch>, which zig does not answer
[ "$*" = -print-multiarch ] && { echo x86_64-linux-gnu; exit 0; }
sources=0 shared=0
for a; do
  shift
  case "$a" in
    -Wl,-h*) a="-Wl,-soname,${a#-Wl,-h}" ;;
    -shared) shared=1 ;;
    *.c|*.o|*.a|*.s|*.S|-) sources=1 ;;
  esac
  set -- "$@" "$a"
done
if [ "$shared$sources" = 10 ]; then : > /tmp/zigcc-empty.c; set -- "$@" /tmp/zigcc-empty.c; fi
exec /opt/zig/zig cc -target x86_64-linux-gnu.2.28 "$@" -idirafter /usr/include -idirafter /usr/include/x86_64-linux-gnu \
  -Wno-error=date-time
EOF
chmod +x "$root/opt/zigcc"

# 3. CPython 3.11, shared (PyInstaller needs libpython), in /opt/py311 of the root
if [ ! -x "$root/opt/py311/bin/python3.11" ]; then
  step "CPython $py_version with zig cc (about 10 minutes on 2 cores)"
  [ -f "$cache/src/$py_orig" ] || curl -fsS -o "$cache/src/$py_orig" "$mirror/pool/main/p/python3.11/$py_orig"
  echo "$py_sha256  $cache/src/$py_orig" | sha256sum -c --quiet
  rm -rf "$root/build/Python-$py_version" && mkdir -p "$root/build"
  tar -xzf "$cache/src/$py_orig" -C "$root/build"
  in_root sh -euc "cd /build/Python-$py_version
    ./configure -q --prefix=/opt/py311 --enable-shared --with-ensurepip=install CC=/opt/zigcc CFLAGS=-O2 \
      LDFLAGS='-L/usr/lib/x86_64-linux-gnu -Wl,-rpath,/opt/py311/lib -Wl,-Bsymbolic' \
      LIBSQLITE3_CFLAGS= LIBSQLITE3_LIBS=/usr/lib/x86_64-linux-gnu/libsqlite3.a
    make -s -j$(nproc) && make -s install" > "$cache/build-python.log" 2>&1 \
    || { tail -30 "$cache/build-python.log"; exit 1; }
fi

# 3b. The two system libraries the bundle takes from bullseye that need more than 2.28: libpng16
#     (pow@GLIBC_2.29; freetype's) and libsystemd (gettid@GLIBC_2.30; libdbus's). libpng is rebuilt
#     with zig, libdbus (Debian 12's source) without systemd, so libsystemd drops out. PyInstaller
#     takes them from /opt/oldglibc/lib (LD_LIBRARY_PATH) instead of bullseye's.
build_lib() {  # name, orig tarball in Debian's pool, its sha256, configure options, make arguments
  local name=$1 path=$2 sum=$3 opts targets=$5 file
  opts=$(echo $4)  # one line: it goes into a sh -c command
  file="$cache/src/${path##*/}"
  [ -f "$file" ] || curl -fsS -o "$file" "$mirror/$path"
  echo "$sum  $file" | sha256sum -c --quiet
  rm -rf "$root/build/$name" && mkdir -p "$root/build/$name"
  tar -xf "$file" -C "$root/build/$name" --strip-components=1
  in_root sh -euc "cd /build/$name && ./configure -q --prefix=/opt/oldglibc --disable-static $opts \
      CC=/opt/zigcc CFLAGS=-O2 LDFLAGS=-L/usr/lib/x86_64-linux-gnu && make -s -j$(nproc) $targets" \
    > "$cache/build-$name.log" 2>&1 || { tail -30 "$cache/build-$name.log"; exit 1; }
}
if [ ! -e "$root/opt/oldglibc/lib/libpng16.so.16" ]; then
  step "libpng 1.6.37 with zig cc"
  build_lib libpng pool/main/libp/libpng1.6/libpng1.6_1.6.37.orig.tar.gz \
    ca74a0dace179a8422187671aee97dd3892b53e168627145271cad5b5ac81307 "" "install"
fi
if [ ! -e "$root/opt/oldglibc/lib/libdbus-1.so.3" ]; then
  step "libdbus 1.14.10 with zig cc, without systemd"
  build_lib dbus pool/main/d/dbus/dbus_1.14.10.orig.tar.xz \
    ba1f21d2bd9d339da2d4aa8780c09df32fea87998b73da24f49ab9df1e36a50f \
    "--disable-systemd --without-systemdsystemunitdir --disable-selinux --disable-libaudit --disable-apparmor
     --disable-inotify --disable-tests --disable-doxygen-docs --disable-xml-docs --disable-ducktype-docs
     --disable-x11-autolaunch --without-x" "-C dbus libdbus-1.la install-libLTLIBRARIES"
fi

# 4. The venv: the project's dependencies with PySide6-Essentials at $pyside, PyInstaller, the test tools.
#    The wheels are fetched here for manylinux tags up to 2_28 only, so pip cannot pick a newer one.
venv=/opt/sbdesk-venv-$pyside
cp "$repo/pyproject.toml" "$root/build/pyproject.toml"
in_root /opt/py311/bin/python3.11 -c "
import re, tomllib
p = tomllib.load(open('/build/pyproject.toml', 'rb'))['project']
deps = [re.sub(r'^PySide6-Essentials\b.*', 'PySide6-Essentials==$pyside', d) for d in p['dependencies']]
extras = p['optional-dependencies']
for d in extras['test']:  # the test tools but the gate's, and the extras the test extra names (sbdesk[faces])
    named = re.match(r'sbdesk\\[(.*)\\]', d)
    deps += [e for x in named.group(1).split(',') for e in extras[x.strip()]] if named else [] if d.startswith(('ruff', 'mypy')) else [d]
print('\n'.join(deps))" > "$cache/requirements.txt"
stamp="$root$venv/.deps"
if [ "$(cat "$stamp" 2>/dev/null)" != "$(sha256sum < "$cache/requirements.txt")" ]; then
  step "venv with PySide6-Essentials $pyside"
  platforms=()
  for m in $(seq 28 -1 5); do platforms+=(--platform "manylinux_2_${m}_x86_64"); done
  platforms+=(--platform manylinux2014_x86_64 --platform manylinux2010_x86_64 --platform manylinux1_x86_64)
  rm -rf "$root/build/wheels" && mkdir -p "$root/build/wheels"
  cp "$cache/requirements.txt" "$root/build/requirements.txt"
  # pip in the root fetches the wheels from PyPI, through this machine's resolver and trust store
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  cp /etc/ssl/certs/ca-certificates.crt "$root/build/host-ca.crt"
  in_root /opt/py311/bin/python3.11 -m pip download --cert /build/host-ca.crt -q --disable-pip-version-check \
    --only-binary=:all: \
    "${platforms[@]}" --python-version 3.11 --implementation cp -d /build/wheels -r /build/requirements.txt
  rm -rf "${root:?}$venv"
  in_root /opt/py311/bin/python3.11 -m venv "$venv"
  in_root "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-index --find-links /build/wheels \
    -r /build/requirements.txt
  sha256sum < "$cache/requirements.txt" > "$stamp"
fi

# 5. The bundle, from the working tree's files (tracked and new, not ignored)
step "PyInstaller"
src="$root/build/sbdesk"
rm -rf "$src" "$root/build/out" && mkdir -p "$src"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$src" 2>/dev/null || true)
in_root sh -euc "cd /build/sbdesk && $venv/bin/python i18n/update.py --release
  LD_LIBRARY_PATH=/opt/oldglibc/lib $venv/bin/pyinstaller build.spec --noconfirm --log-level WARN --distpath /build/out/dist --workpath /build/out/work"
built=$(( $(date +%s) - started ))
mkdir -p "$cache/dist" && rm -rf "$cache/dist/"sbdesk-*
cp -a "$root/build/out/dist/"sbdesk-* "$cache/dist/"
bundle=$(echo "$cache/dist/"sbdesk-*)
echo "bundle: $bundle, $(du -sm "$bundle" | cut -f1) MiB, built in ${built} s"

# 6. The scan: no file may need a glibc newer than 2.28
step "ELF scan"
scan=0
python3 "$repo/packaging/linux/glibc_scan.py" "$bundle" --max "${SBDESK_GLIBC_MAX:-2.28}" --symbols \
  | tee "$cache/dist/glibc-scan.txt" || scan=$?

# 7. The self-test in the glibc 2.31 root: the commands tests/test_bundle.py runs, window in smoke mode
step "self-test in Debian 11 (glibc $(in_root ldd --version | head -1 | awk '{print $NF}'))"
in_root sh -euc "cd /build/sbdesk && rm -rf /build/out/data && QT_QPA_PLATFORM=offscreen $venv/bin/python -c '
from pathlib import Path
from tests.test_bundle import run_bundle
run_bundle(Path(\"/build/out\"))
print(\"bundle self-test passed\")'"

if [ "$guards" = 1 ]; then
  step "None-leak guard and soak test on PySide6 $pyside"
  in_root sh -euc "cd /build/sbdesk && QT_QPA_PLATFORM=offscreen PYTHONPATH=/build/sbdesk \
    $venv/bin/python -m pytest -q -p no:cacheprovider tests/ui/test_none_leak.py tests/ui/test_soak.py"
fi
step "done"
exit "$scan"
