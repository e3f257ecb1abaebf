"""Writing a PDF all or nothing: into a temporary file beside the target, moved into place only
when everything before succeeded. A failed print leaves no file and never a half-written one,
and a file already at the target stays as it was."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from emulation.scoring.problems import problem
from emulation.services.errors import InputError

MAX_SERIALS_SHOWN = 6


def check_target(out: Path, suffix: str = ".pdf") -> None:
    """Refuse a target that cannot become a PDF (or ``suffix``) file, before anything is done."""
    if out.suffix.lower() != suffix:
        if suffix != ".pdf":
            raise InputError([problem(str(out), "output_suffix", suffix=suffix)])
        raise InputError.single(str(out), "output_not_pdf")
    if out.is_dir():
        raise InputError.single(str(out), "output_is_folder")
    if not out.parent.is_dir():
        raise InputError.single(str(out), "output_folder_missing", folder=str(out.parent))


@contextlib.contextmanager
def staged_output(out: Path, suffix: str = ".pdf") -> Iterator[Path]:
    """A temporary path to write to; it replaces ``out`` when the block ends without error."""
    check_target(out, suffix)
    temp = _new_temp(out)
    try:
        yield temp
        _move(temp, out)
    finally:
        temp.unlink(missing_ok=True)


def _new_temp(out: Path) -> Path:
    """An empty file beside ``out``, with the permissions a new file gets there (umask applies)."""
    for _ in range(100):
        temp = out.with_name(f".{out.stem}.{secrets.token_hex(4)}.part")
        try:
            os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        except OSError as exc:
            raise InputError.single(str(out), "file_unwritable", detail=str(exc.strerror or exc)) from None
        return temp
    raise InputError.single(str(out), "output_no_temporary")


def _move(temp: Path, out: Path) -> None:
    try:
        os.replace(temp, out)
    except OSError as exc:
        raise InputError.single(str(out), "output_busy", detail=str(exc.strerror or exc)) from None


def serial_ranges(serials: list[int]) -> str:
    """Serials as runs: [1, 2, 3, 7] → "1–3, 7"."""
    runs: list[list[int]] = []
    for serial in sorted(serials):
        if runs and serial == runs[-1][-1] + 1:
            runs[-1].append(serial)
        else:
            runs.append([serial])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
    if len(parts) > MAX_SERIALS_SHOWN:
        parts = [*parts[: MAX_SERIALS_SHOWN - 1], "…", parts[-1]]
    return ", ".join(parts)
