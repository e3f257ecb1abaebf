"""What a killed child process was doing: each function runs in a forked child (see runner.py)."""

from __future__ import annotations

import os
from decimal import Decimal

LEAF = "I.1"
SCORER = "An"


def edit_cells(db: str, period: str, acks: str, *codes: str) -> int:
    """Type one value after another into the grid's service, noting each one once it is saved."""
    from emulation.scoring.scores import Role
    from emulation.services.scores import NewValue, set_scores
    from emulation.services.workspace import Workspace

    ws = Workspace.open(db, user="thư ký")
    out = os.open(acks, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    for index, code in enumerate(codes):
        value = Decimal(index % 200) / 10
        set_scores(ws, period, Role.MEMBER, SCORER, [NewValue(code, LEAF, value)])
        os.write(out, f"{code}\t{value}\n".encode())  # shown as saved only now
    ws.close()
    return 0
