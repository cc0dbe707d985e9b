"""A normal value inside or outside a band of k standard deviations about its mean, for the probability planner:
"results are Gaussian; probability a result falls outside mean ± 2.5 SD" is 2 Phi(-2.5) whatever the mean and sd,
and "at least one of the 3 independent controls outside mean ± 2.5 SD" is 1 - (1 - 2 Phi(-2.5))^3 (a Westgard rule's
false rejection rate).

The band is read as "mean ± 2.5 SD", "± 2 sigma", "more than 3 standard deviations from the mean", "within 2 SD of the
mean", one tail for "more than 2 SD above (below) the mean"; outside when the words before it say so ("outside",
"beyond", "more than", "exceed"), inside for "within" or "inside". Several values are counted only as "at least one of (the) N" or "none of (the) N", and only when they are
said to be independent; any other count of them is refused, never guessed."""

from __future__ import annotations

import math
import re
from typing import Any

from plugins.api.prose import NUMBER, PM_SIGN
from plugins.api.reasoning import Check, Plan, PlanError

_SD_UNIT = r"(?:sd|s\.d\.|sds|sigmas?|σ|std(?:\s*dev)?|standard\s+deviations?)\b"
# the band: "mean ± 2.5 sd", "± 2 sigma", "3 standard deviations from the mean", "2 sd of the mean"
_BAND = re.compile(
    rf"(?:\b(?:mean|average|target|μ|mu)\s*)?{PM_SIGN}\s*(?P<a>{NUMBER})\s*{_SD_UNIT}"
    rf"|(?<![\w.])(?P<b>{NUMBER})\s*{_SD_UNIT}\s+(?:away\s+)?(?P<rel>from|of|about|around|above|below|over|under)\s+"
    r"(?:the\s+|its\s+)?(?:mean|average)\b"
)
_NORMAL = re.compile(r"\bnormal(?:ly)?\b|\bgaussian\b|\bbell[- ]shaped\b")
_OUTSIDE = re.compile(r"\b(?:outside|beyond|more\s+than|further\s+than|exceed\w*|out\s+of|over|past)\b[^.;?]*$")
_INSIDE = re.compile(r"\b(?:within|inside|in(?:side)?\s+the\s+band|less\s+than)\b[^.;?]*$")
_INDEPENDENT = re.compile(r"\bindependen(?:t|tly|ce)\b|\bi\.i\.d\b|\biid\b")
# several values counted: "at least one of the 3", "none of the 4", "at least 1 of 3"
_AT_LEAST_ONE = re.compile(r"\bat\s+least\s+(?:one|1)\s+of\s+(?:the\s+|these\s+|those\s+)?(?P<n>\d+)\b")
_NONE_OF = re.compile(r"\bnone\s+of\s+(?:the\s+|these\s+|those\s+)?(?P<n>\d+)\b")
_OTHER_COUNT = re.compile(r"\b(?:exactly|at\s+most|at\s+least|all|both|two|2)\s+(?:\d+\s+)?of\s+(?:the\s+)?\d+\b")


def plan_sd_band(q: str) -> Plan | None:
    """``show`` the standard normal's mass outside (or inside) the band of k sd about the mean, of one value or of
    at least one (none) of N independent ones; None when ``q`` (lower case) states no such band of a normal.
    PlanError for several values counted otherwise or not said to be independent."""
    m = _BAND.search(q)
    if m is None or not _NORMAL.search(q):
        return None
    k = m.group("a") or m.group("b")
    if float(k) <= 0:
        return None
    before = q[max(0, m.start() - 60) : m.start()]
    outside = _OUTSIDE.search(before) is not None
    if not outside and _INSIDE.search(before) is None:
        return None
    one_sided = m.group("rel") in {"above", "below", "over", "under"}
    if one_sided and not outside:  # "within 2 sd above the mean": between the mean and the bound
        return None
    one = f"2*normal.cdf(-{k}, 0, 1)" if outside else f"(normal.cdf({k}, 0, 1) - normal.cdf(-{k}, 0, 1))"
    one = f"normal.cdf(-{k}, 0, 1)" if one_sided else one
    facts: dict[str, Any] = {"dist": "sd_band", "fn": "band", "k": float(k), "outside": outside, "n": 1,
                             "count": "one", "one_sided": one_sided}  # fmt: skip
    several = _AT_LEAST_ONE.search(q) or _NONE_OF.search(q)
    if several is None and _OTHER_COUNT.search(q):
        raise PlanError("a count of several values in a band is planned only as 'at least one of N' or 'none of N'")
    where = "outside" if outside else "inside"
    label = (f"P(a normal value more than {k} sd {m.group('rel')} the mean)" if one_sided
             else f"P(a normal value {where} mean ± {k} sd)")  # fmt: skip
    if several is None:
        facts["label"] = label
        return Plan("probability", f"show {one}", facts)
    n = int(several.group("n"))
    if n > 1 and not _INDEPENDENT.search(q):
        raise PlanError(f"'{several.group(0)}': say whether the {n} values are independent")
    count = "at_least_one" if several.re is _AT_LEAST_ONE else "none"
    facts.update({"n": n, "count": count})
    text = f"1 - (1 - {one})^{n}" if count == "at_least_one" else f"(1 - {one})^{n}"
    facts["label"] = (
        f"{'at least one' if count == 'at_least_one' else 'none'} of {n} independent values {where} mean ± {k} sd"
    )
    return Plan("probability", f"show {text}", facts)


def band_checks(facts: dict[str, Any], value: float | None) -> list[Check]:
    """The band's mass recomputed by the complementary error function (outside k sd: erfc(k / sqrt 2)), raised to
    the count of independent values asked."""
    outside = math.erfc(facts["k"] / math.sqrt(2)) / (2 if facts.get("one_sided") else 1)
    one = outside if facts["outside"] else 1 - outside
    n = facts["n"]
    want = {"one": one, "at_least_one": 1 - (1 - one) ** n, "none": (1 - one) ** n}[facts["count"]]
    scale = facts.get("unit_scale", 1.0)  # asked in percent or ppm: the fraction times the scale
    want *= scale
    ok = value is not None and abs(value - want) <= 1e-9 * max(1.0, abs(want))
    return [
        Check(f"share in [0, {scale:g}]", value is not None and 0 <= value <= scale, f"{value}"),
        Check("math.erfc: the band's mass, over the independent values", ok, f"answer {value}, erfc {want:.12g}"),
    ]
