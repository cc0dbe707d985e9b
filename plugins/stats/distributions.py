"""Probability distributions as expression functions: ``normal.ppf(0.975)``, ``t.sf(2.1, 9)`` ...

Each family is an object whose methods are the registered handlers (``plugins.stats.distributions:
normal.ppf``). Arguments are positional floats: the point (x, k or a probability q) first, then the
parameters; trailing parameters with defaults may be left out.

- normal(x, mu=0, sigma=1); t(x, df); chi2(x, df); f(x, df1, df2)
- binomial(k, n, p); poisson(k, mu)
- exponential(x, rate=1): the rate parameterisation, mean 1/rate.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any


class Family:
    """One distribution: parameter names with defaults and a scipy factory, imported on first use."""

    def __init__(
        self,
        name: str,
        params: tuple[tuple[str, float | None], ...],
        build: Callable[..., Any],
        check: Callable[..., str | None],
    ) -> None:
        self.name = name
        self.params = params
        self.build = build
        self.check = check

    def _frozen(self, method: str, args: tuple[float, ...]) -> tuple[float, Any]:
        required = 1 + sum(default is None for _, default in self.params)
        if not required <= len(args) <= 1 + len(self.params):
            names = ", ".join(["x"] + [n if d is None else f"{n}={d:g}" for n, d in self.params])
            raise ValueError(f"{self.name}.{method} takes ({names}); got {len(args)} arguments")
        values = list(args[1:]) + [d for _, d in self.params[len(args) - 1 :]]
        problem = self.check(*values)
        if problem:
            raise ValueError(f"{self.name}.{method}: {problem}")
        return float(args[0]), self.build(*values)

    def _call(self, method: str, *args: float) -> float:
        x, dist = self._frozen(method, args)
        if method == "ppf" and not 0 <= x <= 1:
            raise ValueError(f"{self.name}.ppf: the probability must lie in [0, 1], got {x:g}")
        return float(getattr(dist, method)(x))

    def pdf(self, *args: float) -> float:
        return self._call("pdf", *args)

    def pmf(self, *args: float) -> float:
        return self._call("pmf", *args)

    def cdf(self, *args: float) -> float:
        return self._call("cdf", *args)

    def sf(self, *args: float) -> float:
        return self._call("sf", *args)

    def ppf(self, *args: float) -> float:
        return self._call("ppf", *args)


def _positive(**values: float) -> str | None:
    for name, v in values.items():
        if not (v > 0 and math.isfinite(v)):
            return f"{name} must be positive, got {v:g}"
    return None


def _scipy(name: str) -> Any:
    from scipy import stats

    return getattr(stats, name)


def _binomial_check(n: float, p: float) -> str | None:
    if n < 0 or n != int(n):
        return f"n must be a whole number, got {n:g}"
    if not 0 <= p <= 1:
        return f"p must lie in [0, 1], got {p:g}"
    return None


normal = Family(
    "normal", (("mu", 0.0), ("sigma", 1.0)), lambda mu, s: _scipy("norm")(mu, s), lambda mu, s: _positive(sigma=s)
)
t = Family("t", (("df", None),), lambda df: _scipy("t")(df), lambda df: _positive(df=df))
chi2 = Family("chi2", (("df", None),), lambda df: _scipy("chi2")(df), lambda df: _positive(df=df))
f = Family("f", (("df1", None), ("df2", None)), lambda a, b: _scipy("f")(a, b), lambda a, b: _positive(df1=a, df2=b))
binomial = Family("binomial", (("n", None), ("p", None)), lambda n, p: _scipy("binom")(int(n), p), _binomial_check)
poisson = Family("poisson", (("mu", None),), lambda mu: _scipy("poisson")(mu), lambda mu: _positive(mu=mu))
exponential = Family(
    "exponential", (("rate", 1.0),), lambda rate: _scipy("expon")(scale=1 / rate), lambda rate: _positive(rate=rate)
)
