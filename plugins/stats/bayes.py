"""Bayes' theorem for a screening test as expression functions: ``bayes.ppv(prevalence, sensitivity, specificity)``
is P(condition | positive test), ``bayes.npv(...)`` P(no condition | negative test).

With prevalence p, sensitivity se = P(positive | condition) and specificity sp = P(negative | no condition):
PPV = p se / (p se + (1 - p)(1 - sp)), NPV = (1 - p) sp / ((1 - p) sp + p (1 - se)). Their complements, P(no
condition | positive) (a false alarm) and P(condition | negative) (a miss), are ``1 - bayes.ppv(...)`` and ``1 -
bayes.npv(...)`` in the study language. No distribution is involved: only the three probabilities.
"""

from __future__ import annotations

import math


class _Bayes:
    """The predictive values of a test from its prevalence, sensitivity and specificity (each in [0, 1])."""

    @staticmethod
    def _checked(prevalence: float, sensitivity: float, specificity: float) -> tuple[float, float, float]:
        values = (float(prevalence), float(sensitivity), float(specificity))
        for name, v in zip(("prevalence", "sensitivity", "specificity"), values, strict=True):
            if not (math.isfinite(v) and 0 <= v <= 1):
                raise ValueError(f"bayes: the {name} must lie in [0, 1], got {v:g}")
        return values

    def ppv(self, prevalence: float, sensitivity: float, specificity: float) -> float:
        """P(condition | positive): the true positives over all positives."""
        p, se, sp = self._checked(prevalence, sensitivity, specificity)
        positives = p * se + (1 - p) * (1 - sp)
        if positives == 0:
            raise ValueError("bayes.ppv: no test is ever positive (prevalence x sensitivity and the false positive "
                             "rate are both 0)")  # fmt: skip
        return p * se / positives

    def npv(self, prevalence: float, sensitivity: float, specificity: float) -> float:
        """P(no condition | negative): the true negatives over all negatives."""
        p, se, sp = self._checked(prevalence, sensitivity, specificity)
        negatives = (1 - p) * sp + p * (1 - se)
        if negatives == 0:
            raise ValueError("bayes.npv: no test is ever negative (specificity and the miss rate are both 0)")
        return (1 - p) * sp / negatives


bayes = _Bayes()
