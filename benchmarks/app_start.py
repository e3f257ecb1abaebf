"""The application from start to its first page shown (and, with ``--overview``, that page filled).

    python -m benchmarks.app_start DB [--overview]

Runs what ``emulation gui`` runs, on an offscreen screen. Without ``--overview`` the process ends
as soon as the window is shown, background work or not (what it cost is the cost of the first
window); with ``--overview``, once every background job of the first page has delivered.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    db, wait_for_jobs = sys.argv[1], "--overview" in sys.argv
    from emulation.ui import app as app_module
    from emulation.ui.qt import QtCore

    application = app_module.application()
    pool = QtCore.QThreadPool.globalInstance()

    def quit_when_idle() -> None:
        if not wait_for_jobs:
            sys.stdout.flush()
            os._exit(0)  # the window is up: leave now, without waiting for the page's background work
        if pool.activeThreadCount():
            QtCore.QTimer.singleShot(10, quit_when_idle)
            return
        # let queued deliveries of finished jobs reach the page before ending
        QtCore.QTimer.singleShot(0, application.quit)

    QtCore.QTimer.singleShot(0, quit_when_idle)
    return app_module.run_app(db)


if __name__ == "__main__":
    sys.exit(main())
