"""The measures the evaluation report prints: rank correlation must not reward ties."""

import numpy as np

from benchmarks.realnews import average_ranks, pearson, spearman


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
