"""The one place that imports Qt: every other module of ``ui/`` imports from here.

Binding quirks and version checks live here, so that a change of binding or version touches
one file.
"""

from __future__ import annotations

import sys

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Qt, Signal, Slot

__all__ = ["Qt", "QtCore", "QtGui", "QtWidgets", "Signal", "Slot"]


def _drops_none_references() -> bool:
    """Whether calling a C++ method that returns nothing takes a reference away from ``None``."""
    probe = QtCore.QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def _keep_none_alive() -> None:
    """Work around PySide6 6.12.0 on Python < 3.12, where ``None`` is not immortal.

    That release drops one reference to ``None`` on every call of a method returning void
    (``update()``, ``processEvents()``…), so after a few thousand calls Python aborts with
    "deallocating None". Giving ``None`` a reference count no session can use up keeps the
    application alive; ``None`` is never freed either way.
    """
    if sys.version_info < (3, 12) and _drops_none_references():
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48


_keep_none_alive()


class _Probe(QtCore.QObject):
    pinged = Signal()


def _drops_true_references() -> bool:
    """Whether ``signal.emit()`` from Python takes a reference away from ``True`` (what it returns)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.pinged.emit()
    return sys.getrefcount(True) < before


def _keep_true_alive() -> None:
    """The same release drops one reference to ``True`` on every ``emit()`` made from Python.

    Every operation emits at least once, so a working session would abort with "deallocating
    True or False" after a few hundred of them; the same remedy as for ``None`` applies.
    """
    if sys.version_info < (3, 12) and _drops_true_references():
        import ctypes

        ctypes.c_ssize_t.from_address(id(True)).value += 1 << 48


_keep_true_alive()
