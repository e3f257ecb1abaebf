"""The grid's live totals, ranks and grades: kept in memory while one scorer types
(``results``), read in a thread and worked out between paints (``reading``, ``read_ahead``),
with what a loaded sheet holds set aside from the cycle collector meanwhile (``collector``)."""
