"""The evaluation report's measures: rank correlation must not reward ties; the event reading flips negations."""

import numpy as np

from benchmarks.realnews import average_ranks, event_reading, pearson, spearman
from scoring import score_claims


def test_tied_values_share_their_mean_rank():
    assert average_ranks([3, 1, 3, 2]).tolist() == [2.5, 0.0, 2.5, 1.0]


def test_spearman_of_a_constant_score_is_zero_whatever_the_order():
    gold = [1, 2, 2, 3, 4, 5, 5, 6]
    assert spearman([0] * len(gold), gold) == 0.0


def test_spearman_does_not_depend_on_the_order_of_tied_rows():
    gold = np.array([1, 1, 2, 2, 3, 3, 4, 4])
    coarse = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    shuffled = np.array([7, 6, 5, 4, 3, 2, 1, 0])
    assert spearman(coarse, gold) == spearman(coarse[shuffled], gold[shuffled])
    assert spearman(coarse, gold) == pearson(average_ranks(coarse), average_ranks(gold))


def test_event_reading_flips_a_negated_statement_but_not_a_denial_or_a_plain_statement():
    negated, denied, plain = score_claims(
        [
            "The ferry did not sail on Monday.",
            "The council denied reports that the ferry had sunk.",
            "The ferry sailed on Monday.",
        ]
    )
    assert event_reading(negated) == 1.0 - negated.score
    assert event_reading(denied) == denied.score
    assert event_reading(plain) == plain.score
    assert event_reading(negated) < event_reading(plain)
