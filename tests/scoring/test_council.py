"""The council's vote: exact shares of the members or of those attending."""

from __future__ import annotations

from decimal import Decimal as D

from emulation.scoring.council import Tally, Threshold, VoteBase, tally_problems, threshold_problems, vote_result


def test_share_of_members_counts_the_absent_as_not_yes() -> None:
    r = vote_result(Tally(5, 2), Threshold(D("0.7"), VoteBase.MEMBERS), members=9, attending=7)
    assert (r.base_count, r.percent, r.approved) == (9, D("55.56"), False)


def test_share_of_those_attending() -> None:
    r = vote_result(Tally(5, 2), Threshold(D("0.7"), VoteBase.ATTENDING), members=9, attending=7)
    assert (r.base_count, r.percent, r.approved) == (7, D("71.43"), True)


def test_exactly_the_threshold_is_approved_and_the_rounded_percent_never_decides() -> None:
    assert vote_result(Tally(4, 4), Threshold(D("0.5")), members=8, attending=8).approved
    # 2/3 prints as 66,67 % but is below a 66,67 % threshold
    r = vote_result(Tally(2, 1), Threshold(D("0.6667"), VoteBase.ATTENDING), members=3, attending=3)
    assert (r.percent, r.approved) == (D("66.67"), False)


def test_tallies_and_shares_are_checked() -> None:
    assert tally_problems("A", Tally(5, 3), 7)[0].code == "council_tally_too_many"
    assert tally_problems("A", Tally(-1, 0), 7)[0].code == "council_tally_negative"
    assert tally_problems("A", Tally(4, 3), 7) == []
    assert threshold_problems("x", D("1.5"))[0].code == "council_share_range"
    assert threshold_problems("x", D("0.8")) == []
