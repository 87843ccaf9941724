"""Nothing POSIX-only on the way to the window and the command line. A child
Python whose ``os`` and ``signal`` lack what Windows lacks, and which cannot import fcntl, pwd,
grp, termios or resource, starts the window in smoke mode and answers CLI commands."""

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sbdesk import portable
from sbdesk.store import cipher, fileguard
from tests.conftest import make_id

ROOT = Path(__file__).resolve().parents[1]

# What CPython 3.11 on Windows does not have (os.fchmod came in 3.13). os.kill stays: Windows has
# it, but there it terminates the process; pid_alive's test below covers that.
WINDOWS_LACKS = """
import os, signal, sys
for name in ("fchmod", "fchown", "lchown", "chown", "lchmod", "getuid", "geteuid", "getgid", "getegid",
             "getgroups", "mkfifo", "mknod", "statvfs", "fstatvfs", "fork", "setsid", "killpg", "getpgid",
             "getpgrp", "setpgrp", "sync", "O_NOFOLLOW", "O_NONBLOCK", "O_CLOEXEC", "O_DIRECTORY",
             "O_NOCTTY", "getloadavg", "nice", "uname", "sched_getaffinity", "pipe2", "posix_spawn"):
    if hasattr(os, name):
        delattr(os, name)
for name in ("SIGKILL", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD", "SIGPIPE", "alarm",
             "pause", "setitimer", "getitimer", "pthread_kill", "pthread_sigmask", "sigwait"):
    if hasattr(signal, name):
        delattr(signal, name)

class NoPosix:
    NAMES = {"fcntl", "pwd", "grp", "termios", "resource", "tty", "pty"}
    def find_spec(self, name, path=None, target=None):
        if name in self.NAMES:
            raise ModuleNotFoundError(f"No module named {name!r} (as on Windows)", name=name)
        return None

for name in NoPosix.NAMES:
    sys.modules.pop(name, None)
sys.meta_path.insert(0, NoPosix())
"""


@pytest.fixture
def windows_like(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(WINDOWS_LACKS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "SBDESK_DATA_DIR"}
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(ROOT)])
    # No branch preset: finding the system-wide one asks platformdirs, whose POSIX module this
    # child (Linux that lacks POSIX calls) would load; on Windows it loads its Windows module.
    env["SBDESK_PRESET"] = str(tmp_path / "no-preset.ini")
    return env


def run(env, *args, **extra):
    return subprocess.run(
        [sys.executable, "-m", "sbdesk", *args],
        capture_output=True,
        text=True,
        env={**env, **extra},
        cwd=ROOT,
        timeout=120,
    )


def test_the_child_really_lacks_the_posix_calls(windows_like):
    code = "import os\ntry:\n import fcntl\nexcept ImportError:\n print('no fcntl', hasattr(os, 'fchmod'))"
    probe = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=windows_like, timeout=60)
    assert probe.stdout.strip() == "no fcntl False", probe.stderr


def test_the_window_and_the_cli_start_without_posix_only_calls(windows_like, tmp_path):
    data = tmp_path / "office"
    smoke = run(
        windows_like, "--data-dir", str(data), "--lang", "en", SBDESK_SMOKE="1", QT_QPA_PLATFORM="offscreen", CI="true"
    )
    assert smoke.returncode == 0, smoke.stderr[-2000:]
    assert "shown" in smoke.stdout and list((data / "backups").glob("auto-*.db"))
    assert (data / "logs" / "sbdesk.log").stat().st_size > 0
    owner = make_id(date(1978, 3, 4), "320505", 15)
    added = run(
        windows_like,
        "person",
        "add",
        "--name",
        "张伟",
        "--id",
        owner,
        "--region",
        "苏州市",
        "--data-dir",
        str(data),
        "--lang",
        "en",
    )
    assert added.returncode == 0, added.stderr[-2000:]
    listed = run(windows_like, "person", "list", "--json", "--data-dir", str(data), "--lang", "en")
    assert listed.returncode == 0 and [p["name"] for p in json.loads(listed.stdout)] == ["张伟"], listed.stderr
    checked = run(windows_like, "check", "--data-dir", str(data), "--lang", "en")
    assert checked.returncode == 0, checked.stdout + checked.stderr[-2000:]
    zh = run(windows_like, "idcheck", "110105194912310021", "--data-dir", str(data), LANG="C.UTF-8")
    assert "校验码应为X" in zh.stdout


KEYED = (  # the child registers the folder's secret, as services/keys.py does once it is unlocked
    "import sys\nfrom pathlib import Path\nfrom sbdesk.store import cipher\n"
    "cipher.use_key(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))\n"
    "from sbdesk.cli import main\nsys.exit(main(sys.argv[3:]))"
)


def test_an_encrypted_folder_is_made_and_read_without_posix_only_calls(windows_like, tmp_path):
    """SQLCipher (sqlcipher3's wheel, on Windows too) under the same Windows-like child: a new
    folder with a key is made encrypted, written, listed and checked."""
    pytest.importorskip("sqlcipher3", reason="sqlcipher3 is installed only where its wheels exist")
    data, secret = tmp_path / "office", os.urandom(48).hex()

    def keyed(*args):
        return subprocess.run(
            [sys.executable, "-c", KEYED, str(data), secret, *args, "--data-dir", str(data), "--lang", "en"],
            capture_output=True,
            text=True,
            env=windows_like,
            cwd=ROOT,
            timeout=120,
        )

    owner = make_id(date(1978, 3, 4), "320505", 15)
    added = keyed("person", "add", "--name", "张伟", "--id", owner, "--region", "苏州市")
    assert added.returncode == 0, added.stderr[-2000:]
    listed = keyed("person", "list", "--json")
    assert listed.returncode == 0 and [p["name"] for p in json.loads(listed.stdout)] == ["张伟"], listed.stderr
    checked = keyed("check")
    assert checked.returncode == 0, checked.stdout + checked.stderr[-2000:]
    assert cipher.is_encrypted(data / "sbdesk.db")
    files = [f for f in data.glob("sbdesk.db*") if f.is_file()]
    assert not [f.name for f in files if "张伟".encode() in f.read_bytes() or owner.encode() in f.read_bytes()]


def test_a_live_process_is_never_signalled_on_windows(tmp_path, monkeypatch):
    """On Windows os.kill(pid, 0) terminates the process: the sweep of a live process's temp
    files, run at every start, would have killed a backup running beside the window."""
    monkeypatch.setattr(portable, "WINDOWS", True)
    asked = []
    monkeypatch.setattr(portable, "_windows_alive", lambda pid: asked.append(pid) or True)
    monkeypatch.setattr(os, "kill", lambda *a: pytest.fail(f"os.kill{a} terminates the process on Windows"))
    other = os.getpid() + 1
    scratch = fileguard.temp_path(tmp_path, "copy.db").with_name(f"{fileguard.TEMP_PREFIX}{other}-ab12-copy.db")
    scratch.write_bytes(b"x")
    assert fileguard.sweep_temps(tmp_path) == [] and scratch.exists() and asked == [other]


def test_a_finished_process_is_not_alive_and_this_one_is():
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, timeout=60
    )
    assert not portable.pid_alive(int(child.stdout)) and portable.pid_alive(os.getpid())


def test_the_windowed_program_starts_with_no_console_streams(windows_like, tmp_path):
    """sbdesk.exe is built windowed (console=False): Python gives it no sys.stdout/stderr."""
    data = tmp_path / "office"
    code = "import runpy, sys; sys.stdout = sys.stderr = None; runpy.run_module('sbdesk', run_name='__main__')"
    out = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**windows_like, "SBDESK_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen", "CI": "true"},
    )
    assert out.returncode == 0 and list((data / "backups").glob("auto-*.db")), (data / "logs" / "sbdesk.log").read_text(
        encoding="utf-8"
    )[-2000:]


@pytest.mark.parametrize(
    ("opened", "error", "code", "alive"),
    [
        (False, 87, None, False),  # ERROR_INVALID_PARAMETER: no such process
        (False, 5, None, True),  # ERROR_ACCESS_DENIED: another user's process
        (True, 0, 259, True),  # STILL_ACTIVE
        (True, 0, 0, False),  # exited, its handle still held by someone
    ],
)
def test_on_windows_a_process_is_asked_through_its_handle(monkeypatch, opened, error, code, alive):
    """The Windows branch of pid_alive, against a stand-in for kernel32 (this machine has none)."""
    import ctypes

    closed = []

    class Kernel32:
        class OpenProcess:  # kernel32's own names
            def __new__(cls, access, inherit, pid):
                assert access == 0x1000 and pid == 4242
                return 77 if opened else None

        @staticmethod
        def GetExitCodeProcess(handle, out):  # noqa: N802
            ctypes.cast(out, ctypes.POINTER(ctypes.c_uint32)).contents.value = code
            return 1

        @staticmethod
        def CloseHandle(handle):  # noqa: N802
            closed.append(handle)

    monkeypatch.setattr(ctypes, "WinDLL", lambda name, use_last_error: Kernel32, raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: error, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(portable, "WINDOWS", True)
    assert portable.pid_alive(4242) is alive
    assert closed == ([77] if opened else [])
