"""Page and certificate layouts as data: sizes and positions in millimetres.

These are the values a committee keeps in its settings. Margins default to Nghị định
30/2020/NĐ-CP (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm); overlay field
positions are measured from the top-left corner of the sheet, as one measures a pre-printed
blank (*phôi*) with a ruler.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import mm

from emulation.scoring.problems import Problem, problem

Orientation = Literal["portrait", "landscape"]
Mode = Literal["full", "overlay"]
Align = Literal["left", "center", "right"]

#: Nghị định 30/2020 ranges, in millimetres: (lowest, highest).
ND30_MARGINS = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}


def page_size(orientation: Orientation) -> tuple[float, float]:
    """A4 in points, turned as asked."""
    return landscape(A4) if orientation == "landscape" else portrait(A4)


@dataclass(frozen=True)
class PageLayout:
    """An A4 page with margins in millimetres."""

    orientation: Orientation = "portrait"
    top: float = 20
    bottom: float = 20
    left: float = 30
    right: float = 15

    def __post_init__(self) -> None:
        if self.orientation not in ("portrait", "landscape"):
            raise ValueError(f"orientation must be portrait or landscape, not {self.orientation!r}")
        for name in ("top", "bottom", "left", "right"):
            if getattr(self, name) < 0:
                raise ValueError(f"margin {name} must not be negative")
        width, height = page_size(self.orientation)
        too_wide = (self.left + self.right) * mm >= width / 2
        if too_wide or (self.top + self.bottom) * mm >= height / 2:
            raise ValueError("the margins leave too little room on the page")

    @property
    def size(self) -> tuple[float, float]:
        return page_size(self.orientation)

    @property
    def frame_width(self) -> float:
        """The width between the margins, in points."""
        return self.size[0] - (self.left + self.right) * mm

    def nd30_problems(self) -> list[Problem]:
        """Margins outside the ranges of Nghị định 30/2020, each placed at its side's field."""
        return [
            problem(f"margin_{name}", "margin_outside_nd30", value=f"{value:g}", low=f"{low:g}", high=f"{high:g}")
            for name, (low, high) in ND30_MARGINS.items()
            if not low <= (value := getattr(self, name)) <= high
        ]

#: The page layout of administrative documents (award lists, score forms).
PORTRAIT = PageLayout()
#: Wide tables (the period report).
LANDSCAPE = PageLayout(orientation="landscape")


@dataclass(frozen=True)
class FieldBox:
    """Where one overlay field is printed.

    ``x`` is the anchor for ``align`` (the centre for "center"), ``y`` the baseline of the
    first line, both from the sheet's top-left corner; text wider than ``width`` shrinks
    down to ``min_size`` and then wraps.
    """

    x: float
    y: float
    width: float
    size: float = 14
    min_size: float = 9
    align: Align = "center"
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class QrBox:
    """The QR code's top-left corner and side, in millimetres from the sheet's top-left."""

    x: float
    y: float
    side: float = 24


FIELD_NAMES = (
    "name", "parent", "achievement", "decision", "serial",
    "place_date", "signer_title", "signer_name",
)


def _half_mm(value: float) -> float:
    """Rounded to half a millimetre, as a person would measure it."""
    return round(value * 2) / 2


def default_fields(orientation: Orientation = "landscape") -> dict[str, FieldBox]:
    """Field positions matching the full design, for blanks printed from it."""
    width_mm = _half_mm(page_size(orientation)[0] / mm)
    height_mm = _half_mm(page_size(orientation)[1] / mm)
    centre = width_mm / 2
    text_width = width_mm - 60
    wide = orientation == "landscape"
    left_col = _half_mm(width_mm * (0.27 if wide else 0.3))
    right_col = _half_mm(width_mm * (0.72 if wide else 0.7))
    col_width = _half_mm(width_mm * (0.42 if wide else 0.38))
    top = 92 if wide else 132
    bottom = height_mm - 56
    return {
        "name": FieldBox(centre, top, text_width, size=30, min_size=18, bold=True),
        "parent": FieldBox(centre, top + 12, text_width, size=16),
        "achievement": FieldBox(centre, top + 23, text_width - 20, size=16, min_size=11),
        "decision": FieldBox(left_col, bottom, col_width, size=13, min_size=9),
        "serial": FieldBox(left_col, bottom + 6.5, col_width, size=13),
        "place_date": FieldBox(right_col, bottom, col_width, size=14, min_size=10, italic=True),
        "signer_title": FieldBox(right_col, bottom + 7, col_width, size=14, min_size=10, bold=True),
        "signer_name": FieldBox(right_col, bottom + 38, col_width, size=15, min_size=10, bold=True),
    }


def default_qr(orientation: Orientation = "landscape") -> QrBox:
    width_mm, height_mm = (_half_mm(v / mm) for v in page_size(orientation))
    side = 24
    column = 0.27 if orientation == "landscape" else 0.3
    return QrBox(_half_mm(width_mm * column) - side / 2, height_mm - 45, side)


@dataclass(frozen=True)
class CertificateLayout:
    """A certificate page: orientation, mode, overlay positions and printer offsets.

    ``mode`` is "full" (the whole design on plain paper) or "overlay" (only the fields, on
    pre-printed blanks).

    ``offset_x``/``offset_y`` (mm, right/down positive) shift every overlay field at once,
    to make up for a printer that does not feed the blank exactly.
    """

    orientation: Orientation = "landscape"
    mode: Mode = "full"
    fields: dict[str, FieldBox] = field(default_factory=default_fields)
    qr: QrBox | None = field(default_factory=default_qr)
    offset_x: float = 0
    offset_y: float = 0

    def __post_init__(self) -> None:
        if self.mode not in ("full", "overlay"):
            raise ValueError(f"mode must be full or overlay, not {self.mode!r}")
        missing = [name for name in FIELD_NAMES if name not in self.fields]
        if missing:
            raise ValueError("certificate layout lacks fields: " + ", ".join(missing))
        unknown = [name for name in self.fields if name not in FIELD_NAMES]
        if unknown:
            raise ValueError("certificate layout has unknown fields: " + ", ".join(unknown))

    @classmethod
    def for_orientation(cls, orientation: Orientation) -> CertificateLayout:
        """The default layout for a portrait or landscape certificate."""
        return cls(orientation, fields=default_fields(orientation), qr=default_qr(orientation))

    @property
    def size(self) -> tuple[float, float]:
        return page_size(self.orientation)
