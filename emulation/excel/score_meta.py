"""How a score template is known when it comes back: its format and its hidden sheet's title.

Apart from :mod:`emulation.excel.score_template` so that reading a filled workbook does not load
the library that writes one.
"""

from __future__ import annotations

FORMAT = "emulation-scores/1"
META_SHEET = "_meta"
