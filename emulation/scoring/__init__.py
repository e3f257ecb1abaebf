"""The pure scoring domain: no Qt, no SQL, no files.

Values are frozen dataclasses, numbers are :class:`decimal.Decimal`, and faults are
returned as :class:`~emulation.scoring.problems.Problem` values rather than raised.
"""
