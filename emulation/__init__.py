"""Emulation scoring: criteria, scores, rankings, awards and certificates."""

__version__ = "0.1.0"
