"""Files from other people, and processes killed mid-work."""
