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


def compiled_translation(language: str, domain: str = "emulation") -> Path | None:
    """The translation ``<domain>_<language>`` (the interface's own, or ``qt`` for Qt's own
    dialogs and buttons) as a ``.qm`` file, or None.

    A packaged build ships the ``.qm``; in a source checkout it is compiled once from the
    ``.ts`` source with ``pyside6-lrelease`` into the user's cache folder.
    """
    import os
    import shutil
    import subprocess
    import sys

    from platformdirs import user_cache_dir

    name = f"{domain}_{language}"
    try:
        return resource_path("translations", f"{name}.qm")
    except FileNotFoundError:
        pass
    try:
        source = resource_path("translations", f"{name}.ts")
    except FileNotFoundError:
        return None
    target = Path(user_cache_dir("emulation-scoring", appauthor=False)) / "translations" / f"{name}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if tool is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    # Compiled beside the target, then moved over it in one step: a second copy of the
    # application starting meanwhile reads the old file or the new one, never a half-written one.
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    done = subprocess.run([tool, "-silent", str(source), "-qm", str(partial)], capture_output=True, check=False)
    if done.returncode != 0 or not partial.exists():
        partial.unlink(missing_ok=True)
        return None
    os.replace(partial, target)
    return target
