"""A large period's standings read in a process of their own, for the scoring grid.

Reading 10.000 units' score groups is seconds of the database's work and about a second of
Python's (a row built for each unit and leaf). In a thread of the grid's process, that Python
competes with drawing: every cell the grid draws meanwhile may wait for it. A child process
reads them instead (:func:`sheet_standings.period_standings_parts`, one transaction),
and hands them over in small pickled frames. The grid's process only waits on the pipe, in a
thread that holds Python a few microseconds a frame, and unpickles each frame in a step between
two paints (:func:`decoded_parts`).

The child is this module run by the same Python. It is given the database's URL and the
signed-in identity on its standard input (never on its command line) and reads through the same
services and permission checks. Whatever goes wrong in it (it cannot start, it fails, it ends
early) ends the reading apart with :class:`ReadingApartLost`: the grid then reads in its own
process, where a failure is reported as any other.
"""

from __future__ import annotations

import os
import pickle
import struct
import subprocess
import sys
import threading
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from sqlalchemy.engine import make_url

from emulation.scoring.units import UnitInfo
from emulation.services.measures import Measured
from emulation.services.results import GroupedInputs
from emulation.services.score_sheet import ScoreSheet
from emulation.services.sheet_standings import ROWS_A_STEP, ScoreRows, StandingsPart, period_standings_parts
from emulation.services.workspace import Identity, Workspace
from emulation.store.database import Database
from emulation.store.engine import create_database_engine, is_memory_sqlite

#: a period with at least this many units to read is read apart (fewer: starting a process
#: costs more than it saves)
READ_APART_FROM = 2_000
#: units handed over a frame (each frame is unpickled in one step)
UNITS_A_FRAME = 1_000
#: how much lower than the grid's process the reading process runs (its niceness, beyond Windows)
BACKGROUND_NICENESS = 5
_HEAD = struct.Struct("<I")
_END_PATIENCE = 5.0  # seconds a child that marked its end is given to exit before it is ended


class ReadingApartLost(Exception):
    """The child process could not give the standings; read them in this process instead."""


@dataclass(frozen=True)
class _Request:
    url: str
    identity: Identity
    accounts: bool
    period: str
    measured: list[Measured]
    unit_codes: list[str] | None


@dataclass(frozen=True, slots=True)
class Frame:
    """One pickled frame of the child's, unpickled by :func:`decoded_parts`."""

    data: bytes


def read_apart(ws: Workspace, sheet: ScoreSheet, unit_codes: Collection[str] | None = None) -> bool:
    """Whether the standings of ``unit_codes`` (None: every unit) of the sheet's period are read apart:
    an ordinary period, enough units, a database another process can open."""
    count = len(sheet.units) if unit_codes is None else len(unit_codes)
    return count >= READ_APART_FROM and not sheet.is_summary and not is_memory_sqlite(ws.db.engine.url)


class ApartReading:
    """The frames of the sheet's period's standings, read by a child process; iterated in a
    reading thread, which also waits for the child's end and closes its pipes. :meth:`stop`
    (from any thread) ends the child, and with it the reading."""

    def __init__(self, ws: Workspace, sheet: ScoreSheet, unit_codes: Collection[str] | None = None) -> None:
        self._request = _Request(
            ws.db.url, ws.identity, ws.accounts, sheet.period, list(sheet.measured.values()),
            None if unit_codes is None else sorted(unit_codes),
        )
        self._lock = threading.Lock()
        self._child: subprocess.Popen[bytes] | None = None
        self._stopped = False

    def __iter__(self) -> Iterator[Frame]:
        child = self._start()
        try:
            assert child.stdin is not None and child.stdout is not None
            with child.stdin:
                pickle.dump(self._request, child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            while (data := _read_frame(child.stdout)) is not None:
                yield Frame(data)
            child.wait(_END_PATIENCE)  # it ends as soon as it has marked the end
        except OSError as exc:  # the pipe broke: the child ended or was ended
            raise ReadingApartLost(str(exc)) from exc
        except subprocess.TimeoutExpired:
            pass  # everything was read: it is ended below
        finally:
            self.stop()
            child.wait()
            for pipe in (child.stdin, child.stdout):
                if pipe is not None:
                    pipe.close()

    def stop(self) -> None:
        """End the child, if it runs (from any thread: what waits on its pipe then ends)."""
        with self._lock:
            self._stopped = True
            child = self._child
        if child is not None and child.poll() is None:
            child.kill()

    def _start(self) -> subprocess.Popen[bytes]:
        extra: dict[str, Any] = {}
        if sys.platform == "win32":  # no console window flashing up beside the application, and behind it
            extra["creationflags"] = subprocess.CREATE_NO_WINDOW | subprocess.BELOW_NORMAL_PRIORITY_CLASS
        with self._lock:
            if self._stopped:
                raise ReadingApartLost("stopped before it began")
            try:
                self._child = subprocess.Popen(
                    [sys.executable, "-m", __name__], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL, **extra,
                )
            except OSError as exc:
                raise ReadingApartLost(str(exc)) from exc
            return self._child


def _read_frame(stream: IO[bytes]) -> bytes | None:
    """The next frame's bytes; None at the end the child marks; ReadingApartLost if it ends before."""
    head = stream.read(_HEAD.size)
    if len(head) < _HEAD.size:
        raise ReadingApartLost("the reading process ended early")
    (size,) = _HEAD.unpack(head)
    if size == 0:
        return None
    data = stream.read(size)
    if len(data) < size:
        raise ReadingApartLost("the reading process ended early")
    return data


def decoded_parts(frames: Iterable[Frame | None]) -> Iterator[StandingsPart | None]:
    """The parts of :func:`sheet_standings.period_standings_parts` from the child's frames, each
    unpickled when it is asked for (a step's work); None while a frame is not read yet, or after
    a frame of units taken."""
    units: dict[int, UnitInfo] = {}
    for frame in frames:
        if frame is None:
            yield None
            continue
        kind, body = pickle.loads(frame.data)
        if kind == "units":
            for uid, *fields in body:
                units[uid] = UnitInfo(*fields)
            yield None
        elif kind == "setup":
            vetoes, measured = body
            yield GroupedInputs(units, vetoes, measured)
        elif kind == "rows":
            yield ScoreRows(body)
        else:
            raise ReadingApartLost(str(body))


# --- the child ---------------------------------------------------------------------------------


def _frames(request: _Request) -> Iterator[tuple[str, Any]]:
    """:func:`sheet_standings.period_standings_parts` of the request, cut into frames."""
    db = Database(create_database_engine(make_url(request.url)))
    try:
        ws = Workspace(db, request.identity, request.accounts)
        for part in period_standings_parts(ws, request.period, request.measured, request.unit_codes):
            if isinstance(part, GroupedInputs):
                items = list(part.units.items())
                for start in range(0, len(items), UNITS_A_FRAME):
                    yield "units", [(uid, u.code, u.name, u.parent_code, u.cluster, u.kind)
                                    for uid, u in items[start:start + UNITS_A_FRAME]]
                yield "setup", (part.vetoes, part.measured)
            elif isinstance(part, ScoreRows):
                for start in range(0, len(part.rows), ROWS_A_STEP):
                    yield "rows", part.rows[start:start + ROWS_A_STEP]
            else:
                raise ValueError("a summary period's standings are not read apart")
    finally:
        db.dispose()


def _send(out: IO[bytes], data: bytes) -> None:
    out.write(_HEAD.pack(len(data)))
    out.write(data)


def step_aside() -> None:
    """Run behind the grid's process: on a busy computer, its drawing comes first (on Windows, the
    process is started below normal priority instead)."""
    if sys.platform != "win32":
        try:
            os.nice(BACKGROUND_NICENESS)
        except OSError:  # not allowed here: the reading runs as it is
            pass


def main() -> None:
    """The child: reads the request, writes the frames, then the end (an empty frame)."""
    step_aside()
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # whatever else would be printed stays out of the frames
    try:
        request = pickle.load(sys.stdin.buffer)
        for frame in _frames(request):
            _send(out, pickle.dumps(frame, protocol=pickle.HIGHEST_PROTOCOL))
    except Exception as exc:  # told to the grid, which then reads in its own process and reports it
        _send(out, pickle.dumps(("failed", f"{type(exc).__name__}: {exc}"), protocol=pickle.HIGHEST_PROTOCOL))
    out.write(_HEAD.pack(0))
    out.flush()


if __name__ == "__main__":
    main()
