"""What POSIX and Windows do differently, in one place, so the start path calls nothing that
one of them lacks (``os.fchmod`` exists on Windows only from Python 3.13, and the
window never started there).

File permissions: on POSIX sbdesk makes its files 0600 and its folders 0700. Windows has no
mode bits (``os.chmod`` only sets the read-only flag); there a file is private because it
lies in the user's profile (%LOCALAPPDATA%, platformdirs' data folder), whose ACLs grant only
the user, SYSTEM and Administrators, and a new file inherits them. So the mode calls here are
skipped where the OS has none, and nothing else stands in for them.
"""

from __future__ import annotations

import os
import sys

WINDOWS = sys.platform == "win32"

# Windows opens a descriptor from os.open in text mode unless told: a log line written through
# os.fdopen would end in "\r\r\n". POSIX has no such flag.
O_BINARY: int = getattr(os, "O_BINARY", 0)
O_NOFOLLOW: int = getattr(os, "O_NOFOLLOW", 0)


def give_streams() -> None:
    """A windowed program on Windows (sbdesk.exe, built with console=False, or pythonw) has
    sys.stdout and sys.stderr None: a print, a log handler or a fileno() would fail. They go
    nowhere instead; the log file still has everything."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the whole run


def user_only(fd: int) -> None:
    """Make an open file user-only (0600) where the OS has mode bits; see the module's note."""
    fchmod = getattr(os, "fchmod", None)
    if fchmod is not None and not WINDOWS:
        fchmod(fd, 0o600)


def my_uid() -> int | None:
    """The user's numeric id, or None where there is none (Windows)."""
    getuid = getattr(os, "getuid", None)
    return getuid() if getuid is not None else None


def pid_alive(pid: int) -> bool:
    """Is process ``pid`` still running? On POSIX ``os.kill(pid, 0)`` asks; on Windows the
    same call *terminates* the process (TerminateProcess with exit code 0), so it is never
    made there: the process is opened and its exit code read instead. When in doubt, alive."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if WINDOWS:
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or a number the OS refuses: not ours to judge
    return True


def _windows_alive(pid: int) -> bool:
    if sys.platform == "win32":  # the branch mypy checks on Windows only
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        query_limited, access_denied, still_active = 0x1000, 5, 259
        if pid > 0xFFFFFFFF:
            return True  # as os.kill's OverflowError on POSIX: not ours to judge
        handle = kernel32.OpenProcess(query_limited, False, pid)
        if not handle:
            return ctypes.get_last_error() == access_denied  # there, but another user's
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == still_active
        finally:
            kernel32.CloseHandle(handle)
    return True
