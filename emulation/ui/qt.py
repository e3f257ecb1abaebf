"""The one place that imports Qt: every other module of ``ui/`` imports from here.

Binding quirks and version checks live here, so that a change of binding or version touches
one file.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Qt, Signal, Slot

__all__ = ["QtCore", "QtGui", "QtWidgets", "Qt", "Signal", "Slot"]
