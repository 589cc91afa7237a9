"""Before `make run` or `make test` builds anything: are the system libraries Qt needs
here, and can Python make a virtual environment? Standard library only, since it runs
before the project's packages are installed.

Missing pieces are installed with apt-get when that is possible without asking (running
as root on Debian or Ubuntu, or `KREISLAUF_AUTO_INSTALL=1` with sudo); otherwise one
German line names the exact `apt-get install …` command and the exit code is 1, instead
of Qt's "could not load the Qt platform plugin" trace after minutes of installing.

    python3 tools/check_system.py gui        # make run: a real window (xcb)
    python3 tools/check_system.py headless   # make test: offscreen Qt, no display
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence

MIN_PYTHON = (3, 11)

# Shared library (soname) -> the Debian/Ubuntu package that has it. QtGui loads these even
# offscreen; the xcb platform plugin of a real window needs the second group as well.
HEADLESS_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
}
WINDOW_LIBRARIES = {
    **HEADLESS_LIBRARIES,
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
}
FONT_PACKAGE = "fonts-dejavu-core"  # Qt finds no font at all on a bare server image
VENV_PACKAGE = "python3-venv"

MODES = {"gui": WINDOW_LIBRARIES, "headless": HEADLESS_LIBRARIES}

OLD_PYTHON = ("Kreislauf-Kasse braucht Python {need} oder neuer (gefunden: {found}); "
              "bitte ein neueres Python installieren.")
MISSING = ("Es fehlen Systempakete für Qt bzw. Python ({what}); bitte installieren: "
           "sudo apt-get install -y {packages}")
NOT_DEBIAN = ("Es fehlen Systembibliotheken für Qt: {what}; bitte mit dem Paketmanager "
              "dieses Systems installieren.")
INSTALLING = "Installiere fehlende Systempakete: {packages}"
INSTALL_FAILED = ("Die Installation der Systempakete ist fehlgeschlagen; bitte selbst "
                  "ausführen: sudo apt-get install -y {packages}")


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname`` (exactly what Qt's loading needs)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def has_venv() -> bool:
    """``python3 -m venv`` works only with ensurepip (Debian ships it separately)."""
    return importlib.util.find_spec("ensurepip") is not None


def missing_packages(libraries: dict[str, str], *, load: Callable[[str], bool] = loadable,
                     venv: Callable[[], bool] = has_venv,
                     fonts: Callable[[], bool] | None = None) -> list[tuple[str, str]]:
    """(what is missing, the package that brings it), in a stable order."""
    found: list[tuple[str, str]] = [(so, pkg) for so, pkg in libraries.items() if not load(so)]
    if not venv():
        found.append(("venv/ensurepip", VENV_PACKAGE))
    if not (fonts or has_fonts)():
        found.append(("Schriften", FONT_PACKAGE))
    return found


def has_fonts() -> bool:
    """Any TrueType/OpenType font where fontconfig looks (Qt shows boxes without)."""
    for root in ("/usr/share/fonts", "/usr/local/share/fonts",
                 os.path.expanduser("~/.local/share/fonts")):
        for _dir, _subdirs, files in os.walk(root):
            if any(f.lower().endswith((".ttf", ".otf", ".ttc")) for f in files):
                return True
    return not sys.platform.startswith("linux")


def _unique(packages: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(packages))


def has_apt() -> bool:
    return shutil.which("apt-get") is not None


def can_install() -> list[str] | None:
    """The command prefix that installs without asking (root, or allowed sudo), or None."""
    if not has_apt():
        return None
    if os.geteuid() == 0:
        return ["apt-get"]
    if os.environ.get("KREISLAUF_AUTO_INSTALL") == "1" and shutil.which("sudo"):
        return ["sudo", "apt-get"]
    return None


def install(prefix: list[str], packages: Sequence[str],
            run: Callable[..., subprocess.CompletedProcess[bytes]] = subprocess.run) -> bool:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    update = run([*prefix, "update", "-qq"], env=env, check=False)
    if update.returncode != 0:
        return False
    done = run([*prefix, "install", "-y", "-qq", "--no-install-recommends", *packages],
               env=env, check=False)
    return done.returncode == 0


def main(argv: Sequence[str] | None = None, *, load: Callable[[str], bool] = loadable,
         venv: Callable[[], bool] = has_venv, fonts: Callable[[], bool] | None = None,
         apt: Callable[[], bool] = has_apt,
         installer: Callable[[], list[str] | None] = can_install,
         run: Callable[..., subprocess.CompletedProcess[bytes]] = subprocess.run) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    mode = args[0] if args and args[0] in MODES else "gui"
    if sys.version_info[:2] < MIN_PYTHON:
        print(OLD_PYTHON.format(need=".".join(map(str, MIN_PYTHON)),
                                found=".".join(map(str, sys.version_info[:3]))),
              file=sys.stderr)
        return 1
    if not sys.platform.startswith("linux"):
        return 0  # Windows and macOS wheels of PySide6 bring their own libraries
    missing = missing_packages(MODES[mode], load=load, venv=venv, fonts=fonts)
    if not missing:
        return 0
    what = ", ".join(name for name, _pkg in missing)
    packages = _unique(pkg for _name, pkg in missing)
    if not apt():
        print(NOT_DEBIAN.format(what=what), file=sys.stderr)
        return 1
    prefix = installer()
    if prefix is None:
        print(MISSING.format(what=what, packages=" ".join(packages)), file=sys.stderr)
        return 1
    print(INSTALLING.format(packages=" ".join(packages)), file=sys.stderr)
    if not install(prefix, packages, run) or missing_packages(
            MODES[mode], load=load, venv=venv, fonts=fonts):
        print(INSTALL_FAILED.format(packages=" ".join(packages)), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
