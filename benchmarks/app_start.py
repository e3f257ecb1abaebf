"""The application from start to its first window shown (and, with ``--overview``, the overview filled).

    python -m benchmarks.app_start DB [--overview]

Runs what the ``emulation`` command runs for the application (``emulation --db DB``, through
:func:`emulation.start.main`), on an offscreen screen. Without ``--overview`` the process ends at
the first turn of the event loop, once the window is shown and before the database behind it is
opened (what it cost is the cost of the first window, as the floor's); with ``--overview``, once
the database is open, the overview shown and every background job of it has delivered.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    db, wait_for_jobs = sys.argv[1], "--overview" in sys.argv
    from PySide6 import QtCore, QtWidgets

    application = QtWidgets.QApplication(sys.argv)  # the one the application's start takes over
    pool = QtCore.QThreadPool.globalInstance()

    def quit_when_idle() -> None:
        if not wait_for_jobs:
            sys.stdout.flush()
            os._exit(0)  # the window is up: leave now, without waiting for the database behind it
        from emulation.ui.app import main_window

        window = main_window()
        if window is None or not window.is_open() or pool.activeThreadCount():
            QtCore.QTimer.singleShot(10, quit_when_idle)
            return
        # let queued deliveries of finished jobs reach the page before ending
        QtCore.QTimer.singleShot(0, application.quit)

    QtCore.QTimer.singleShot(0, quit_when_idle)  # the first turn of the loop: the window is shown by then
    from emulation.start import main as emulation

    return emulation(["--db", db])


if __name__ == "__main__":
    sys.exit(main())
