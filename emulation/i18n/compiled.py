"""A catalogue read from its ``.po`` file once, then kept in the user's cache folder.

Parsing a ``.po`` file with Babel costs every start of the command line and of the application
tens of milliseconds; the sentences it yields are kept as JSON in the cache folder, named by the
hash of the ``.po`` file's bytes, so a changed catalogue is read again and an unchanged one is
taken from the cache. A cache that cannot be read, written or trusted (missing, read-only,
corrupt) only means the ``.po`` file is parsed as before: the sentences never depend on it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from emulation.user_folders import cache_folder

#: the layout of the cached file; a change to it makes every cached catalogue stale
FORMAT = "1"


def cached_sentences(po_file: Path, lang: str, domain: str) -> dict[str, str]:
    """The translated sentences of ``po_file`` (code → sentence), from the cache when it holds them."""
    import hashlib  # here: the application's first window, which says nothing from the catalogue, needs none

    data = po_file.read_bytes()
    digest = hashlib.sha256(data).hexdigest()[:32]
    cached = cache_folder() / "catalogues" / f"{domain}-{lang}-{FORMAT}-{digest}.json"
    found = _read(cached)
    if found is not None:
        return found
    sentences = parse_po(data, lang, domain)
    _write(cached, sentences)
    return sentences


def parse_po(data: bytes, lang: str, domain: str) -> dict[str, str]:
    """The translated sentences of a ``.po`` file's bytes (untranslated entries left out)."""
    from io import BytesIO

    from babel.messages.pofile import read_po

    catalog = read_po(BytesIO(data), locale=lang, domain=domain)
    return {str(m.id): str(m.string) for m in catalog if m.id and isinstance(m.string, str) and m.string}


def _read(path: Path) -> dict[str, str] | None:
    try:
        loaded = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if isinstance(loaded, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in loaded.items()):
        return loaded
    return None


def _write(path: Path, sentences: dict[str, str]) -> None:
    """Keep ``sentences`` at ``path``, whole or not at all; a folder that refuses it is left as it is."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(json.dumps(sentences, ensure_ascii=False).encode("utf-8"))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass
