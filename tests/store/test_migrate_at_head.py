"""A database already at the head opens without Alembic; any other is still migrated by it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from emulation.store import Database
from emulation.store.migrate import head_revision, head_revisions, is_at_head, known_revisions, script_revisions


def test_the_revision_files_read_directly_agree_with_alembic() -> None:
    assert set(script_revisions()) == known_revisions()
    assert head_revisions() == {head_revision()}


def test_only_the_head_needs_no_migration() -> None:
    assert is_at_head([head_revision()])
    assert not is_at_head(None)
    assert not is_at_head([])


def test_an_up_to_date_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    Database.open(str(path)).dispose()
    probe = (
        "import sys\nfrom emulation.store import Database\n"
        f"Database.open({str(path)!r}).dispose()\nprint('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_an_empty_file_is_still_migrated(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    path.touch()
    db = Database.open(str(path))
    try:
        with db.engine.connect() as conn:
            assert conn.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
    finally:
        db.dispose()
