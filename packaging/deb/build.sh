#!/usr/bin/env bash
# Build the Debian/UOS package of sbdesk from the PyInstaller one-folder bundle:
#
#   bash packaging/deb/build.sh                 -> dist/cn.sbdesk.desk_<version>_amd64.deb
#   bash packaging/deb/build.sh --bundle DIR    use an existing bundle (dist/sbdesk-<version>)
#   bash packaging/deb/build.sh --out DIR       write the .deb elsewhere
#   bash packaging/deb/build.sh --fast          gzip -1 instead of xz -6: seconds, not minutes (the tests use it)
#
# Without --bundle it first runs `pyinstaller build.spec` with $PYTHON (default: .venv/bin/python,
# made by `bash .ci/bootstrap test`). Needs dpkg-deb (dpkg), gzip; lintian to check the result:
#   lintian --profile debian dist/cn.sbdesk.desk_*.deb
#
# Layout (packaging/deb/README.md says why): UOS's /opt/apps/cn.sbdesk.desk/{files,entries,info},
# plus what plain Debian needs: /usr/bin/sbdesk, the desktop entry, icons, metainfo, man page, docs.
set -euo pipefail
ROOT="$(realpath "$(dirname "$0")/../..")"
APPID=cn.sbdesk.desk
bundle="" out="$ROOT/dist" compress=(-Zxz -z6)
while (($#)); do  # paths as given, from the caller's folder
  case "$1" in
    --bundle) bundle="$(realpath "$2")"; shift 2 ;;
    --out) out="$(realpath -m "$2")"; shift 2 ;;
    --fast) compress=(-Zgzip -z1); shift ;;
    *) echo "usage: bash packaging/deb/build.sh [--bundle DIR] [--out DIR] [--fast]" >&2; exit 2 ;;
  esac
done
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON=python3
version="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
arch="$(dpkg --print-architecture)"

if [ -z "$bundle" ]; then
  "$PYTHON" i18n/update.py --release
  "$PYTHON" -m PyInstaller build.spec --noconfirm --distpath build/deb/dist --workpath build/deb/work
  bundle="$ROOT/build/deb/dist/sbdesk-$version"
fi
[ -x "$bundle/sbdesk" ] || { echo "no bundle at $bundle (expected its program, sbdesk)" >&2; exit 1; }

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/pkg"
app="$pkg/opt/apps/$APPID"
doc="$pkg/usr/share/doc/$APPID"
mkdir -p "$app/files" "$app/entries/applications" "$pkg/DEBIAN" "$pkg/usr/bin" "$pkg/usr/share/applications" \
         "$pkg/usr/share/metainfo" "$pkg/usr/share/man/man1" "$doc"

# the bundle, owned by root, readable by all, writable by none but root
cp -a "$bundle/." "$app/files/"
chmod -R u+rwX,go+rX,go-w "$app/files"
# shared libraries need no execute bit (some wheels set it; lintian: shared-library-is-executable)
find "$app/files" -type f -name '*.so*' -exec chmod a-x {} +

# entries: what UOS's launcher reads; the Exec there names the program by its full path, so it works
# where /usr/bin/sbdesk is not wanted (UOS's store allows nothing outside /opt/apps)
sed -e "s|^Exec=sbdesk|Exec=/opt/apps/$APPID/files/sbdesk|" -e "s|^TryExec=sbdesk|TryExec=/opt/apps/$APPID/files/sbdesk|" \
  packaging/linux/$APPID.desktop > "$app/entries/applications/$APPID.desktop"
"$PYTHON" packaging/icons/render.py "$app/entries/icons" >/dev/null
# UOS's info file (统信UOS 应用商店 "应用打包规范", section 3.1): appid, name, version (four numbers), arch, permissions
"$PYTHON" - "$app/info" "$APPID" "$version" "$arch" <<'PY'
import json, sys
path, appid, version, arch = sys.argv[1:]
numbers = (version.split("+")[0].split("~")[0].split(".") + ["0"] * 4)[:4]
info = {"appid": appid, "name": "社保卡家庭共济", "version": ".".join(numbers), "arch": [arch],
        # the clipboard only: clerks paste ID and card numbers into its fields, and the crash dialog copies
        # its details; no autostart, tray, camera (a photo is picked from a file), microphone, Bluetooth
        "permissions": {"autostart": False, "notification": False, "trayicon": False, "clipboard": True,
                        "account": False, "bluetooth": False, "camera": False, "audio_record": False,
                        "installed_apps": False}}
with open(path, "w", encoding="utf-8") as f:
    json.dump(info, f, ensure_ascii=False, indent=2)
    f.write("\n")
PY

# Debian: the program on PATH and the desktop's files where every desktop looks (links into /opt,
# so there is one copy); the desktop entry and metainfo as files, with Exec=sbdesk
ln -s "/opt/apps/$APPID/files/sbdesk" "$pkg/usr/bin/sbdesk"
cp packaging/linux/$APPID.desktop "$pkg/usr/share/applications/"
cp packaging/linux/$APPID.metainfo.xml "$pkg/usr/share/metainfo/"
(cd "$app/entries/icons" && find hicolor -type f) | while read -r icon; do
  mkdir -p "$pkg/usr/share/icons/$(dirname "$icon")"
  ln -s "/opt/apps/$APPID/entries/icons/$icon" "$pkg/usr/share/icons/$icon"
done
gzip -9n < packaging/deb/sbdesk.1 > "$pkg/usr/share/man/man1/sbdesk.1.gz"
{ cat packaging/deb/copyright  # and the licence's full text, from LICENSE, as DEP-5 wants it
  printf '\nLicense: MulanPSL-2.0\n'; sed -e 's/[[:space:]]*$//' -e 's/^$/./' -e 's/^/ /' LICENSE; } > "$doc/copyright"
gzip -9n < packaging/deb/changelog > "$doc/changelog.gz"
mkdir -p "$pkg/usr/share/lintian/overrides"
cp packaging/deb/lintian-overrides "$pkg/usr/share/lintian/overrides/$APPID"
find "$pkg" -type d -exec chmod 0755 {} +
find "$pkg/usr" "$app/entries" "$app/info" -type f -exec chmod 0644 {} +

# the C library the bundle needs at least (the highest GLIBC_ symbol version of its ELF files)
glibc="$(find "$app/files" -type f \( -name '*.so*' -o -perm -u+x \) -print0 | xargs -0 objdump -T 2>/dev/null \
         | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1 | cut -d_ -f2)"
size="$(du -sk --apparent-size "$pkg" --exclude=DEBIAN | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@GLIBC@/${glibc:-2.28}/" \
  packaging/deb/control.in > "$pkg/DEBIAN/control"
(cd "$pkg" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
  > "$pkg/DEBIAN/md5sums"
chmod 0644 "$pkg/DEBIAN/control" "$pkg/DEBIAN/md5sums"

mkdir -p "$out"
deb="$out/${APPID}_${version}_${arch}.deb"
# xz: what every dpkg reads, UOS 20's (1.19) too; zstd would not be
dpkg-deb --root-owner-group "${compress[@]}" --build "$pkg" "$deb" >/dev/null
echo "$deb"
