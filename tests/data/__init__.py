"""Input files the tests read, kept in the repository (copies of real-shaped committee files)."""

from pathlib import Path

SAMPLES = Path(__file__).resolve().parent / "samples"
