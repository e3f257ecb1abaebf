"""Starting the application where Qt cannot open a window: one sentence naming the package, no abort."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest

from emulation.cli import main
from emulation.gui_platform import XCB_LIBRARIES, platform_trouble, uses_xcb
from emulation.i18n import say, set_language

X11 = {"DISPLAY": ":0"}


def loader_without(*absent: str):  # type: ignore[no-untyped-def]
    def load(library: str) -> object:
        if library in absent:
            raise OSError(f"{library}: cannot open shared object file: No such file or directory")
        return object()

    return load


@pytest.mark.parametrize(
    ("env", "platform", "expected"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:dpi=96"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_xcb_is_checked_only_where_qt_draws_through_it(env: dict[str, str], platform: str, expected: bool) -> None:
    assert uses_xcb(env, platform) is expected


def test_a_missing_library_names_its_package() -> None:
    trouble = platform_trouble(X11, platform="linux", load=loader_without("libxcb-cursor.so.0", "libxcb-icccm.so.4"))
    assert trouble is not None and trouble.code == "gui_missing_libraries"
    assert trouble.params == {
        "libraries": "libxcb-cursor.so.0, libxcb-icccm.so.4",
        "packages": "libxcb-cursor0 libxcb-icccm4",
    }


def test_nothing_missing_and_a_display_means_no_trouble() -> None:
    assert platform_trouble(X11, platform="linux", load=loader_without()) is None
    no_screen = platform_trouble({}, platform="linux", load=loader_without())
    assert no_screen is not None and no_screen.code == "gui_no_display"
    assert platform_trouble({}, platform="win32", load=loader_without(*XCB_LIBRARIES)) is None


def test_the_readme_install_line_and_ci_name_the_same_packages() -> None:
    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if x.startswith("sudo apt-get install "))
    in_readme = line.split()[3:]
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    in_ci = ci.split("packages=(", 1)[1].split(")", 1)[0].split()
    assert in_ci == in_readme
    assert set(XCB_LIBRARIES.values()) | {"postgresql", "poppler-utils", "zbar-tools"} == set(in_readme)


def test_the_application_says_which_package_to_install_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A machine without libxcb-cursor0 (the Qt 6.5+ classic), with a screen: no Qt abort (134)."""
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(ctypes, "CDLL", loader_without("libxcb-cursor.so.0"))
    db = tmp_path / "x.sqlite"
    set_language("vi")
    assert main(["--db", str(db), "gui"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "lỗi: " + say(
        "gui_missing_libraries", libraries="libxcb-cursor.so.0", packages="libxcb-cursor0"
    )
    assert "sudo apt-get install libxcb-cursor0" in err and "thiếu thư viện" in err
    assert len(err.splitlines()) == 1
    assert not db.exists()  # refused before anything was opened


def test_the_sentence_has_its_english_words() -> None:
    try:
        set_language("en")
        assert say("gui_missing_libraries", libraries="libxcb-cursor.so.0", packages="libxcb-cursor0").startswith(
            "the application window cannot open"
        )
    finally:
        set_language("vi")
