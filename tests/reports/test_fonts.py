"""The bundled serif: present with its licence, covering Vietnamese, registered once."""

from __future__ import annotations

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from emulation.reports.fitting import fit_text, wrap_text
from emulation.reports.fonts import BOLD, FAMILY, FILES, REGULAR, register_fonts, text_width
from emulation.resources import resource_path

LOWER = (
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
)
VIETNAMESE = LOWER + LOWER.upper() + "“”–—…"


def test_fonts_and_licence_are_bundled() -> None:
    for filename in FILES.values():
        assert resource_path("fonts", filename).stat().st_size > 100_000
    licence = resource_path("fonts", "LICENSE-LiberationSerif.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Liberation" in licence


def test_missing_resource_names_the_places_looked_in() -> None:
    with pytest.raises(FileNotFoundError, match=r"nothing-here\.ttf"):
        resource_path("fonts", "nothing-here.ttf")


@pytest.mark.parametrize("filename", sorted(FILES.values()))
def test_every_face_covers_vietnamese(filename: str) -> None:
    face = TTFont("probe-" + filename, str(resource_path("fonts", filename))).face
    missing = [ch for ch in VIETNAMESE if ord(ch) not in face.charToGlyph]
    assert missing == []


def test_family_is_registered_once_with_all_faces() -> None:
    register_fonts()
    register_fonts()
    assert tt2ps(FAMILY, 0, 0) == REGULAR
    assert tt2ps(FAMILY, 1, 0) == BOLD
    assert tt2ps(FAMILY, 1, 1) == "Serif-BoldItalic"
    assert isinstance(pdfmetrics.getFont(REGULAR), TTFont)


def test_a_text_shrinks_before_it_wraps() -> None:
    width = text_width("Thôn Nậm Mò", BOLD, 30) * 0.8
    fitted = fit_text("Thôn Nậm Mò", BOLD, width, size=30, min_size=18)
    assert fitted.lines == ("Thôn Nậm Mò",)
    assert 18 <= fitted.size < 30
    assert text_width(fitted.lines[0], BOLD, fitted.size) <= width


def test_a_text_too_long_for_the_smallest_size_wraps_onto_two_balanced_lines() -> None:
    name = "Chi bộ Thôn Khuổi Phèn Đảng bộ xã Bảo Yên nhiệm kỳ 2025–2030 tiêu biểu xuất sắc"
    width = text_width(name, BOLD, 18) * 0.7
    fitted = fit_text(name, BOLD, width, size=30, min_size=18, max_lines=2, wrap_size=22)
    assert len(fitted.lines) == 2
    assert fitted.size <= 22
    assert " ".join(fitted.lines) == name
    assert all(text_width(line, BOLD, fitted.size) <= width for line in fitted.lines)


def test_a_paragraph_wraps_before_it_shrinks() -> None:
    text = "Đã có thành tích xuất sắc trong thực hiện phong trào " * 3
    width = text_width(text, REGULAR, 16) / 2.5
    fitted = wrap_text(text, REGULAR, width, size=16, min_size=11, max_lines=3)
    assert fitted.size == 16
    assert len(fitted.lines) == 3


def test_a_single_word_wider_than_the_box_still_fits() -> None:
    fitted = fit_text("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", REGULAR, 40, size=14, min_size=9)
    assert all(text_width(line, REGULAR, fitted.size) <= 40.01 for line in fitted.lines)
