"""What a file from someone else may hold: every limit the readers check, in one place.

Each limit fits the largest real committee file many times over (a district has a few
hundred units and a criteria set a few hundred leaves), and keeps a hostile file within
bounded memory and time. A file over a limit is refused with a message naming the limit.
"""

from __future__ import annotations

MB = 1024 * 1024

# --- workbooks (.xlsx) ------------------------------------------------------------------------
#: The file as it lies on disk.
MAX_FILE_BYTES = 50 * MB
#: All parts of the archive together, unpacked.
MAX_UNCOMPRESSED_BYTES = 200 * MB
#: All XML parts together, unpacked (counted while reading, whatever the archive claims).
MAX_XML_BYTES = 50 * MB
#: One part, unpacked.
MAX_PART_BYTES = 50 * MB
MAX_MEMBERS = 10_000
#: Spreadsheet XML compresses well (often 10–30×, rarely 100×); a bomb reaches thousands.
MAX_RATIO = 200
#: Members smaller than this are not judged by their ratio: tiny files compress oddly.
RATIO_FLOOR_BYTES = 1 * MB
MAX_ROWS = 100_000
MAX_COLUMNS = 500
#: Cells stored in one workbook (a district's score grid holds tens of thousands).
MAX_CELLS = 1_000_000
MAX_SHARED_STRINGS = 200_000
#: Characters in the shared-string table, all strings together.
MAX_SHARED_TEXT = 20_000_000
#: Elements nested in one another (real workbooks stay under 12).
MAX_XML_DEPTH = 64
#: XML comments and processing instructions (Excel writes none).
MAX_XML_MARKUP = 10_000

# --- JSON documents -----------------------------------------------------------------------------
MAX_JSON_BYTES = 5_000_000
MAX_JSON_DEPTH = 32
#: Digits in one number as written.
MAX_NUMBER_DIGITS = 15
#: The largest magnitude any number in a criteria document may have (points, counts, percents).
MAX_NUMBER = 1_000_000_000

# --- CSV files ----------------------------------------------------------------------------------
MAX_CSV_FIELD = 10_000

# --- text taken into the database ---------------------------------------------------------------
MAX_CODE_LENGTH = 50
MAX_NAME_LENGTH = 300
MAX_TITLE_LENGTH = 2_000
