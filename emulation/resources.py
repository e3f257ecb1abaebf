"""Where the bundled resources (fonts, templates, icons) live.

In a source checkout they sit in ``<repo>/resources`` next to the package; an installed
wheel carries them inside the package as ``emulation/_resources``.
"""

from __future__ import annotations

from pathlib import Path

import emulation

_PACKAGE_DIR = Path(emulation.__file__).resolve().parent
CANDIDATES = (_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources")


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("fonts", "x.ttf")``.

    Raises FileNotFoundError naming every place looked in when it is in none of them.
    """
    for base in CANDIDATES:
        path = base.joinpath(*parts)
        if path.exists():
            return path
    looked = ", ".join(str(base.joinpath(*parts)) for base in CANDIDATES)
    raise FileNotFoundError(f"missing resource; looked in: {looked}")
