"""Randomised response for one categorical answer, and the debiasing a pool needs.

With k choices and a privacy budget ε, the true answer is kept with probability
p = e^ε / (e^ε + k − 1); otherwise one of the other k − 1 is given, each with probability
q = 1 / (e^ε + k − 1). Any answer is then at most e^ε times as likely for one true answer as
for another, which is ε-local differential privacy. A pool of n such answers with observed
share c_i / n estimates the true share as (c_i / n − q) / (p − q), with standard error
sqrt(s(1 − s) / n) / (p − q), s being the observed share.

Hand-written (OpenDP's wheel would not fit the bundle); the tests check it against OpenDP.
"""

from __future__ import annotations

import math
import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

Z90 = 1.6448536269514722  # two-sided 90%


def keep_probability(epsilon: float, k: int) -> float:
    if epsilon <= 0 or k < 2:
        raise ValueError("ε must be positive and there must be at least two choices.")
    return math.exp(epsilon) / (math.exp(epsilon) + k - 1)


def randomise(
    answer: str, choices: Sequence[str], epsilon: float, rng: random.Random | None = None
) -> str:
    """The answer to put in the file: the true one with probability p, else another."""
    if answer not in choices:
        raise ValueError(f"{answer!r} is not one of {list(choices)}.")
    rng = rng or secrets.SystemRandom()
    if rng.random() < keep_probability(epsilon, len(choices)):
        return answer
    return rng.choice([c for c in choices if c != answer])


@dataclass(frozen=True)
class Estimate:
    share: float  # the debiased share, clipped to 0..1
    low: float  # 90% interval
    high: float
    n: int


def estimate(count: int, n: int, epsilon: float, k: int) -> Estimate:
    """The true share behind `count` of `n` randomised answers, with a 90% interval."""
    if n <= 0:
        raise ValueError("There are no answers to pool.")
    p = keep_probability(epsilon, k)
    q = (1 - p) / (k - 1)
    seen = count / n
    share = (seen - q) / (p - q)
    error = math.sqrt(max(seen * (1 - seen), 1e-12) / n) / (p - q)

    def clip(x: float) -> float:
        return min(1.0, max(0.0, x))

    return Estimate(clip(share), clip(share - Z90 * error), clip(share + Z90 * error), n)
