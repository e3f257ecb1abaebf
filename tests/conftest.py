"""Shared test configuration: Qt runs offscreen, with no screen needed."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ("tests.pg_server",)
