"""A Python ``date`` to the ``QDate`` a date field shows, and back."""

from __future__ import annotations

from datetime import date

from emulation.ui.qt import QtCore


def qdate(day: date) -> QtCore.QDate:
    return QtCore.QDate(day.year, day.month, day.day)


def day_of(shown: QtCore.QDate) -> date:
    return date(shown.year(), shown.month(), shown.day())
