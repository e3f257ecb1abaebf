"""Reading in a thread of its own, ahead of the GUI thread that uses what it reads.

The reading thread mostly waits for the database (the driver lets go of Python meanwhile), so
it hardly slows drawing; whatever is done with what it reads is done on the GUI thread, in steps
between paints (see ``emulation.stepwise``).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")
#: parts read ahead of their use at most (the rest of the reading waits for room)
AHEAD = 4
_PUT_PATIENCE = 0.1  # seconds between two looks at whether the reading was stopped
_END = object()


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error


class ReadAhead(Generic[T]):
    """Iterates the iterator ``read()`` makes in a thread of its own; iterating this gives each
    part read, or None while the next part is not read yet, and raises what the reading raised.

    Used as a context manager: leaving it stops the reading (closing its iterator in its own
    thread) and waits for the thread to end; ``interrupt``, if given, is called first, to end a
    wait of the reading that would not end by itself soon (a read from another process).
    At most ``ahead`` parts (``AHEAD`` unless said) are read ahead of their use.
    """

    def __init__(
        self, read: Callable[[], Iterator[T]], interrupt: Callable[[], None] | None = None, ahead: int | None = None
    ) -> None:
        self._interrupt = interrupt
        self._parts: queue.Queue[object] = queue.Queue(AHEAD if ahead is None else ahead)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(read,), name="read-ahead", daemon=True)
        self._thread.start()

    def __iter__(self) -> Iterator[T | None]:
        while True:
            try:
                part = self._parts.get_nowait()
            except queue.Empty:
                if not self._thread.is_alive() and self._parts.empty():
                    raise RuntimeError("the reading thread ended without handing its end over") from None
                yield None
                continue
            if part is _END:
                return
            if isinstance(part, _Failure):
                raise part.error
            yield part  # type: ignore[misc]

    def __enter__(self) -> ReadAhead[T]:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Stop the reading and wait for its thread."""
        self._stop.set()
        if self._interrupt is not None and self._thread.is_alive():
            self._interrupt()
        while self._thread.is_alive():
            try:  # make room for a part being handed over
                self._parts.get_nowait()
            except queue.Empty:
                pass
            self._thread.join(_PUT_PATIENCE)

    def _run(self, read: Callable[[], Iterator[T]]) -> None:
        try:
            parts = read()
            try:
                for part in parts:
                    if not self._put(part):
                        return
            finally:
                close = getattr(parts, "close", None)
                if close is not None:
                    close()
        except Exception as exc:
            self._put(_Failure(exc))
            return
        self._put(_END)

    def _put(self, part: object) -> bool:
        """Hand ``part`` over, waiting for room; False once the reading was stopped."""
        while not self._stop.is_set():
            try:
                self._parts.put(part, timeout=_PUT_PATIENCE)
                return True
            except queue.Full:
                continue
        return False
