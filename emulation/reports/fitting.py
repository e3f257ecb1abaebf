"""Fitting a text into a width: shrink it, then wrap it, never let it run off the page."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.utils import simpleSplit

from emulation.reports.fonts import text_width

STEP = 0.5


@dataclass(frozen=True)
class Fitted:
    """The size to set a text in and its lines."""

    size: float
    lines: tuple[str, ...]

    @property
    def leading(self) -> float:
        return self.size * 1.2


def _sizes(high: float, low: float) -> list[float]:
    sizes = []
    size = high
    while size > low:
        sizes.append(size)
        size -= STEP
    return [*sizes, low]


def _balanced_two(text: str, font: str, size: float) -> tuple[str, ...]:
    """The split into two lines whose longer line is shortest."""
    words = text.split()
    best: tuple[str, ...] = (text,)
    best_width = text_width(text, font, size)
    for cut in range(1, len(words)):
        lines = (" ".join(words[:cut]), " ".join(words[cut:]))
        width = max(text_width(line, font, size) for line in lines)
        if width < best_width:
            best, best_width = lines, width
    return best


def _wrap(text: str, font: str, size: float, width: float, lines: int) -> tuple[str, ...] | None:
    if lines == 1:
        split: tuple[str, ...] = (text,)
    elif lines == 2 and text_width(text, font, size) <= width * 2:
        split = _balanced_two(text, font, size)
    else:
        split = tuple(simpleSplit(text, font, size, width))
    if len(split) > lines or any(text_width(line, font, size) > width for line in split):
        return None
    return split


def wrap_text(text: str, font: str, width: float, *, size: float, min_size: float,
              max_lines: int) -> Fitted:
    """The largest size, down to ``min_size``, at which ``text`` wrapped to ``width`` takes at
    most ``max_lines`` lines (a paragraph: it wraps first and shrinks only when too long)."""
    text = " ".join(text.split())
    if not text:
        return Fitted(size, ())
    for candidate in _sizes(size, min_size):
        lines = _wrap(text, font, candidate, width, max_lines)
        if lines is not None and len(lines) <= max_lines:
            return Fitted(candidate, lines)
    return fit_text(text, font, width, size=min_size, min_size=min_size, max_lines=max_lines)


def fit_text(
    text: str, font: str, width: float, *, size: float, min_size: float,
    max_lines: int = 1, wrap_size: float | None = None,
) -> Fitted:
    """The largest size, down to ``min_size``, at which ``text`` fits ``width`` on one line;
    failing that on two lines, and so on up to ``max_lines`` (wrapped lines start no larger
    than ``wrap_size``). When nothing fits, the text wraps at ``min_size`` onto as many lines
    as it needs, and shrinks further only if a single word is wider than ``width``.
    """
    text = " ".join(text.split())
    if not text:
        return Fitted(size, ())
    for count in range(1, max_lines + 1):
        top = size if count == 1 or wrap_size is None else min(size, wrap_size)
        for candidate in _sizes(top, min_size):
            lines = _wrap(text, font, candidate, width, count)
            if lines is not None:
                return Fitted(candidate, lines)
    widest_word = max(text_width(word, font, min_size) for word in text.split())
    last = min_size * min(1.0, width / widest_word)
    return Fitted(last, tuple(simpleSplit(text, font, last, width)))
