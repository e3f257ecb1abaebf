"""The scoring grid (Chấm điểm): units × leaf criteria, typed, pasted, undone, ranked live."""
