from emulation.ui.scoring.clipboard import format_block, parse_block


def test_excel_blocks_read_back() -> None:
    assert parse_block("7\t8,5\r\n\tx\r\n") == [["7", "8,5"], ["", "x"]]
    assert parse_block("5") == [["5"]]
    assert parse_block(format_block([["1", "a\tb"], ["", "2"]])) == [["1", "a b"], ["", "2"]]
