"""`make run` on a fresh machine: Qt's system libraries are installed (as root) or named in the one
command to run, and without a display the reason is said instead of a Qt abort."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _syscheck(env, *, as_user=None):
    cmd = [sys.executable, "-m", "azmap.syscheck"]
    if as_user is not None:
        cmd = ["setpriv", f"--reuid={as_user}", f"--regid={as_user}", "--clear-groups", *cmd]
    base = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(cmd, cwd=ROOT, env={**base, **env}, capture_output=True, text=True, timeout=120)


def test_missing_libraries_are_installed_when_root(tmp_path):
    if os.geteuid() != 0:
        return
    log = tmp_path / "apt.log"
    fake_apt = tmp_path / "fake-apt"
    fake_apt.write_text(f'#!/bin/sh\necho "$@" >> {log}\n')
    fake_apt.chmod(0o755)
    r = _syscheck({"AZMAP_SYSCHECK_MISSING": "libxcb-cursor.so.0,libxcb-icccm.so.4", "DISPLAY": ":9",
                   "AZMAP_SYSCHECK_APT": str(fake_apt)})
    assert r.returncode == 0, r.stderr
    calls = log.read_text().splitlines()
    assert calls == ["update", "install -y libxcb-cursor0 libxcb-icccm4"]


def test_missing_libraries_are_named_in_one_command_when_not_root(tmp_path):
    if os.geteuid() == 0:
        import shutil

        if not shutil.which("setpriv"):
            return
        r = _syscheck({"AZMAP_SYSCHECK_MISSING": "libxcb-keysyms.so.1", "DISPLAY": ":9", "HOME": "/tmp"},
                      as_user=65534)
    else:
        r = _syscheck({"AZMAP_SYSCHECK_MISSING": "libxcb-keysyms.so.1", "DISPLAY": ":9"})
    assert r.returncode == 1
    assert "sudo apt-get install -y libxcb-keysyms1" in r.stderr and "Traceback" not in r.stderr


def test_no_display_is_said_plainly():
    r = _syscheck({"AZMAP_SYSCHECK_MISSING": ""})
    assert r.returncode == 2 and "no display" in r.stderr and "xvfb-run" in r.stderr


def test_a_ready_machine_passes_silently():
    r = _syscheck({"AZMAP_SYSCHECK_MISSING": "", "DISPLAY": ":0"})
    assert r.returncode == 0 and r.stderr == ""


def test_make_run_stops_with_the_message_before_qt_starts():
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["AZMAP_SYSCHECK_MISSING"] = ""
    r = subprocess.run(["make", "--no-print-directory", "run"], cwd=ROOT, env=env, capture_output=True, text=True,
                       timeout=600)
    assert r.returncode != 0 and "no display" in r.stderr and "Fatal" not in r.stderr


def test_print_fonts_are_installed_when_root_and_named_otherwise(tmp_path):
    """`make` installs print's CJK and emoji fonts (Debian packages) as root; otherwise it names the
    command and goes on (exit 0: print works without them, with boxes for those characters)."""
    from azmap.export.fonts import PACKAGES

    assert sorted(PACKAGES.values()) == ["fonts-noto-cjk", "fonts-symbola"]
    log = tmp_path / "apt.log"
    fake_apt = tmp_path / "fake-apt"
    fake_apt.write_text(f'#!/bin/sh\necho "$@" >> {log}\n')
    fake_apt.chmod(0o755)
    env = {"AZMAP_SYSCHECK_MISSING_FONTS": "fonts-noto-cjk,fonts-symbola", "AZMAP_SYSCHECK_APT": str(fake_apt)}
    cmd = [sys.executable, "-m", "azmap.syscheck", "--fonts"]
    r = subprocess.run(cmd, cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    if os.geteuid() == 0:
        assert log.read_text().splitlines() == ["update", "install -y fonts-noto-cjk fonts-symbola"]
    else:
        assert "sudo " in r.stderr and "fonts-noto-cjk fonts-symbola" in r.stderr


def test_print_fonts_present_say_nothing():
    r = subprocess.run([sys.executable, "-m", "azmap.syscheck", "--fonts"], cwd=ROOT,
                       env={**os.environ, "AZMAP_SYSCHECK_MISSING_FONTS": ""}, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0 and r.stderr == ""


def test_the_word_list_is_installed_when_root_and_named_otherwise(tmp_path):
    """`make` installs the reader's English word list (a Debian package) as root when no list is there;
    otherwise it names the command and goes on (the reader works without it, by the names' form)."""
    from azmap.syscheck import WORD_LIST_PACKAGE

    log = tmp_path / "apt.log"
    fake_apt = tmp_path / "fake-apt"
    fake_apt.write_text(f'#!/bin/sh\necho "$@" >> {log}\n')
    fake_apt.chmod(0o755)
    env = {"AZMAP_SYSCHECK_MISSING_WORDLIST": "1", "AZMAP_SYSCHECK_APT": str(fake_apt)}
    r = subprocess.run([sys.executable, "-m", "azmap.syscheck", "--word-list"], cwd=ROOT,
                       env={**os.environ, **env}, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    if os.geteuid() == 0:
        assert log.read_text().splitlines() == ["update", f"install -y {WORD_LIST_PACKAGE}"]
    else:
        assert "sudo " in r.stderr and WORD_LIST_PACKAGE in r.stderr


def test_a_word_list_present_says_nothing():
    r = subprocess.run([sys.executable, "-m", "azmap.syscheck", "--word-list"], cwd=ROOT,
                       env={**os.environ, "AZMAP_SYSCHECK_MISSING_WORDLIST": "0"}, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0 and r.stderr == ""
