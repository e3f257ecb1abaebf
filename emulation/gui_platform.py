"""Whether Qt can open a window on this machine, checked before Qt tries and aborts.

On Linux the desktop application draws through Qt's ``xcb`` platform plugin, which loads a
dozen X11 libraries that a minimal system may lack (``libxcb-cursor0`` first of all). Qt then
stops the process with its own English message and exit 134. This module tries to load those
libraries itself (with :mod:`ctypes`, before any Qt window exists) and names the Debian/Ubuntu
packages that are missing, so the command line can say so in one sentence of the catalogue.
It imports nothing from Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

#: What PySide6 6.x's xcb plugin (``libqxcb.so`` and ``libQt6XcbQpa.so.6``) and Qt GUI load,
#: library → the Debian/Ubuntu package that holds it (README "System libraries").
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

Loader = Callable[[str], object]


@dataclass(frozen=True, slots=True)
class PlatformTrouble:
    """Why no window can open: a catalogue code and its fields."""

    code: str
    params: dict[str, str]


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will draw through xcb: on Linux, when asked to, or by default outside Wayland."""
    if not platform.startswith("linux"):
        return False
    asked = env.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    return not (env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland")


def missing_libraries(load: Loader | None = None) -> list[str]:
    """The libraries of :data:`XCB_LIBRARIES` that cannot be loaded, in the table's order."""
    load = load or ctypes.CDLL
    missing = []
    for library in XCB_LIBRARIES:
        try:
            load(library)
        except OSError:
            missing.append(library)
    return missing


def platform_trouble(
    env: Mapping[str, str] | None = None, *, platform: str | None = None, load: Loader | None = None
) -> PlatformTrouble | None:
    """What stops Qt from opening a window here, or None when nothing is known to."""
    env = os.environ if env is None else env
    if not uses_xcb(env, platform or sys.platform):
        return None
    missing = missing_libraries(load)
    if missing:
        packages = sorted({XCB_LIBRARIES[library] for library in missing})
        return PlatformTrouble(
            "gui_missing_libraries",
            {"libraries": ", ".join(missing), "packages": " ".join(packages)},
        )
    if not env.get("DISPLAY"):
        return PlatformTrouble("gui_no_display", {})
    return None
