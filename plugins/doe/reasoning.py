"""Reasoning tool of the doe plugin: "design a 2^(5-1) fractional factorial" as a study plan, and its audit."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from plugins.api.reasoning import Check, Plan, PlanError
from plugins.doe.reasoning_blocks import asks_block_design, audit_block_design, plan_block_design
from plugins.doe.reasoning_checks import fewest_runs, level_checks, resolution_checks
from plugins.doe.reasoning_counts import (
    COUNT,
    WORD_NUMBERS,
    assigned,
    block_size,
    blocks,
    center_each_block,
    center_each_replicate,
    center_points,
    mentions,
    replicate_counts_said,
    replicates,
    unread_symbols,
)
from plugins.doe.reasoning_effects import asks_effects, audit_effects, plan_effects
from plugins.doe.reasoning_latin import audit_latin_square
from plugins.doe.reasoning_levels import (
    factor_levels,
    levels_said,
    plural_factor_count,
    slashed_settings,
    without_listed_levels,
)
from plugins.doe.reasoning_listed import listed_factors
from plugins.doe.reasoning_mode import BOX_BEHNKEN
from plugins.doe.reasoning_named import listed_counts, named_factor_count

_WORD_NUMBERS = {word: n for word, n in WORD_NUMBERS.items() if n > 1}


# what a design question calls its factors: "6 buffer components", "4 ingredients", "5 process parameters"; a
# mixture's components are not factors (their shares add up to one: a mixture design, not planned here)
_FACTORS = r"(?:factors?|variables?|components?|ingredients?|additives?|parameters?)"


# the words that may qualify the factors counted, up to three, or two joined by "and"/"or" ("5 excipient and process
# factors", "6 buffer components", "9 litho track factors"), never a word of another count ("3 replicates of the
# factors", "2 levels for 4 factors")
_QUALIFIER = r"(?!(?:of|the|at|in|for|with|by|on|to|from|each|levels?|runs?|replicates?|blocks?)\b)\w+(?:-\w+)*\s+"
_QUALIFIERS = rf"(?:{_QUALIFIER}(?:(?:and|or|&)\s+{_QUALIFIER}|(?:{_QUALIFIER}){{1,2}})?)?"


def _factor_count(q: str) -> int | None:
    """The number of factors the question states ("7 two-level factors", "6 buffer components", "five spray-dryer
    factors", "five excipient and process factors", "factors = 4")."""
    if re.search(r"\bmixtures?\b", q) and re.search(r"\b(?:components?|ingredients?)\b", q):
        raise PlanError("mixture designs (components whose shares add up to one) are not planned")
    q = re.sub(r"\b(?:two|three|2|3)[- ]level\b", " ", q)  # "7 two-level factors" has 7 factors, not 2
    m = re.search(r"(\d+|" + "|".join(_WORD_NUMBERS) + rf")[\s-]+{_QUALIFIERS}{_FACTORS}\b", q)
    if not m:
        m = re.search(rf"{_FACTORS}\s*(?:=|:)?\s*(\d+)\b", q)
    said = {int(m.group(1)) if m.group(1).isdigit() else _WORD_NUMBERS[m.group(1)]} if m else set()
    said |= assigned(q, "factors")  # "k = 4"
    if len(said) > 1:
        raise PlanError(f"the question states {sorted(said)} factors: say one number")
    return said.pop() if said else None


def _symbols_in_powers(q: str) -> str:
    """The question with the k and p it sets written into its powers: "2^(k-p) with k = 6 and p = 2" as 2^(6-2),
    "2^k, k = 4" as 2^4 (a symbol set twice differently is left, and refused by the count readers)."""
    values = {role: assigned(q, role) for role in ("factors", "fraction")}
    k, p = (str(next(iter(v))) if len(v) == 1 else None for v in values.values())
    if k and p:
        q = re.sub(r"2\s*\^\s*\(\s*k\s*-\s*p\s*\)", f"2^({k}-{p})", q)
    return re.sub(r"2\s*\^\s*k\b(?!\s*-)", f"2^{k}", q) if k else q


_FRACTIONS = {"half": 1, "1/2": 1, "quarter": 2, "1/4": 2, "eighth": 3, "1/8": 3, "sixteenth": 4, "1/16": 4}
_FRACTION = (
    r"(?:\bone[- ]|\ba |\b)(half|quarter|eighth|sixteenth|1/2|1/4|1/8|1/16)[- ]?(?:fraction|replicate|factorial)"
)
_RESOLUTIONS = {"iii": 3, "iv": 4, "v": 5, "3": 3, "4": 4, "5": 5, "three": 3, "four": 4, "five": 5}
_RESOLUTION_SAID = r"\b(?:resolution|res\.?)[\s-]*(?:(?:of|at\s+least|no\s+less\s+than|>=|=|:)\s*)*"
_RESOLUTION = _RESOLUTION_SAID + "(" + "|".join(_RESOLUTIONS) + r")\b(?!\s*-\s*\d|\.\d)"
_RESPONSE_SURFACES = rf"{BOX_BEHNKEN}|central composite|\bccd\b|latin hypercube"
# a Plackett-Burman design named, also by its initials beside the design's word ("a PB design", "PB screen")
_PLACKETT = r"plackett|\bpb[- ](?:designs?|screens?|screening)\b"
_NOT_FULL = rf"fraction|2\s*\^\s*\(|{_PLACKETT}|\bscreening\b"  # designs that are not every combination of levels
# a design named or hinted beside the levels: no full factorial is assumed where the question names no design
_OTHER_DESIGN = (
    rf"{_NOT_FULL}|taguchi|orthogonal array|\b[a-z]?-?optimal design|latin|response surface|\brsm\b|\bfewest\b|as few"
)


def _resolution(q: str) -> int | None:
    """The resolution asked ("resolution IV", "res iv", "resolution 4", "at least resolution V"); PlanError
    for one that is not III, IV or V."""
    found = {_RESOLUTIONS[m.group(1)] for m in re.finditer(_RESOLUTION, q)}
    if not found and re.search(_RESOLUTION_SAID + r"(?:[ivx]+|\d+|six|seven|eight)\b", q):  # "resolution VI"
        raise PlanError("resolutions III, IV and V are planned: write 'resolution IV'")
    if len(found) > 1:
        raise PlanError(f"the question asks for resolutions {sorted(found)}: say one")
    return found.pop() if found else None


def _axial_distance(q: str) -> float | None:
    """A central composite's axial distance the question sets ("alpha = 1.682", "axial distance of 2"); None when
    it sets none. PlanError for one below 1, a significance level rather than a distance ("alpha = 0.05")."""
    found = {float(m.group(1)) for m in re.finditer(
        r"(?:\balpha|α|\baxial (?:distance|spacing))\s*(?:=|:|of|is)?\s*(\d+(?:\.\d+)?|\.\d+)(?!\w|\.\d)", q)}  # fmt: skip
    if len(found) > 1:
        raise PlanError(f"the question sets the axial distance to {sorted(found)}: say one")
    alpha = found.pop() if found else None
    if alpha is not None and alpha < 1:
        raise PlanError(f"alpha = {alpha:g} reads as a significance level, not a CCD's axial distance (1 or more)")
    return alpha


def _stated_runs(q: str) -> int | None:
    """A run count the question fixes ("in 32 runs", "a 16-run design"), or None."""
    pattern = r"\b(?:in|with|using)\s+(\d+)\s+runs\b|\b(\d+)[- ]run\b"
    found = {int(m.group(1) or m.group(2)) for m in re.finditer(pattern, q)}
    if len(found) > 1:
        raise PlanError(f"the question states {sorted(found)} runs: say one")
    return found.pop() if found else None


def plan_design(question: str) -> Plan:
    """The design the question asks for; the levels it lists for its factors kept in the facts (their settings).
    Effects asked of a 2^k factorial's responses the question gives are their analysis (``plan_effects``)."""
    if asks_effects(question):
        return plan_effects(question)
    if asks_block_design(question):
        return plan_block_design(question)
    plan = _design(question)
    # "three temperatures (900, 950, 1000 °C), ...", "one three-level factor (crew size 4/5/6)"
    if listed := listed_factors(question.lower()) or slashed_settings(question):
        plan.facts["settings"] = listed
    return plan


def _counter(q: str) -> Callable[[str], int | None]:
    """The factor count of a text: the number stated ("4 factors"), else the factors the whole question names in
    a list ("temperature, pressure and time, each at two levels"); PlanError when the two differ."""
    named = named_factor_count(without_listed_levels(q))  # "a, b and c (3 levels each)": counted with their levels

    def count(text: str) -> int | None:
        stated = _factor_count(text)
        if stated is not None and named is not None and stated != named:
            raise PlanError(f"{stated} factors stated, but {named} named: say how many factors")
        return stated if stated is not None else named

    return count


# blocks that are the replicates of the whole design: "(each block a full replicate)", "every block is one complete
# replicate", "where each block holds one complete replicate of every combination", "blocks are replicates", "one
# replicate per block"
_BLOCK_IS_REPLICATE = re.compile(
    r"\(?\s*,?\s*(?:with\s+|where\s+|in\s+which\s+)?(?:each|every)\s+block\s+"
    r"(?:is\s+|being\s+|holding\s+|containing\s+|holds\s+|contains\s+|has\s+)?(?:a|one)\s+"
    r"(?:full|complete|whole)\s+replicat(?:e|ion)(?:\s+of\s+(?:the\s+(?:design|factorial|treatments|combinations)"
    r"|(?:every|each|all(?:\s+the)?)\s+(?:treatment\s+)?(?:combinations?|treatments?)))?\s*\)?"
    r"|\(?\s*,?\s*(?:the\s+)?blocks\s+(?:are|being)\s+(?:the\s+)?(?:full\s+|complete\s+)?replicat(?:es|ions)\s*\)?"
    r"|\(?\s*,?\s*one\s+(?:full\s+|complete\s+)?replicat(?:e|ion)\s+(?:per|in\s+each)\s+block\s*\)?"
)


def _blocks_as_replicates(q: str) -> tuple[str, int | None]:
    """``q`` with blocks that are each a full replicate of the design read as replicates ("run in 3 blocks (each
    block a full replicate)" -> "run in 3 replicates": blocking by replicate leaves the runs those of 3
    replicates), and their number; ``q`` and None when no block is said to be a replicate. PlanError when the
    blocks are not counted, or a different number of replicates is stated."""
    said = _BLOCK_IS_REPLICATE.search(q)
    if said is None:
        return q, None
    rest = q[: said.start()] + " " + q[said.end() :]
    n_blocks = blocks(rest)
    if n_blocks is None:
        raise PlanError("each block is a replicate, but the question does not say how many blocks: e.g. '3 blocks'")
    as_replicates = re.sub(rf"{COUNT}\s+blocks\b|\bblocks\s*(?:=|:)\s*{COUNT}", f"{n_blocks} replicates", rest)
    if (reps := replicates(as_replicates)) != n_blocks:
        raise PlanError(f"{n_blocks} blocks, each a full replicate, but {reps} replicates: say one number")
    return as_replicates, n_blocks


def _design(question: str) -> Plan:
    q, block_replicates = _blocks_as_replicates(_symbols_in_powers(question.lower()))
    plan = _design_of(q)
    if block_replicates is not None:  # the audit holds the replicates to the blocks said
        plan.facts["blocks_as_replicates"] = block_replicates
    return plan


def _design_of(q: str) -> Plan:
    """The design ``q`` names (lower case, its blocks of whole replicates read as replicates)."""
    count = _counter(q)
    levels = None if re.search(_RESPONSE_SURFACES, q) else factor_levels(q, count)
    if levels is not None and set(levels) != {2}:
        return _general_factorial(q, levels)
    frac = re.search(r"2\s*\^\s*\(?\s*(\d+)\s*-\s*(\d+)\s*\)?", q)
    full = re.search(r"2\s*\^\s*(\d+)(?!\s*-)", q)
    k = len(levels) if levels else count(q)
    assumed = None
    res = _resolution(q)
    options = f" resolution={res}" if res else ""  # the engine's option; a Plackett-Burman has none
    share = _FRACTIONS.get(m.group(1)) if (m := re.search(_FRACTION, q)) else None
    runs = None
    extra_alpha: dict[str, float] = {}
    if frac:
        if k is not None and k != int(frac.group(1)):  # "a 2^(6-2) fraction of 5 factors", "2^(6-2), k = 5"
            raise PlanError(f"a 2^({frac.group(1)}-{frac.group(2)}) fraction has {frac.group(1)} factors, "
                            f"but the question has {k}")  # fmt: skip
        k, p = int(frac.group(1)), int(frac.group(2))
        kind, options = "fractional_factorial", f" runs={2 ** (k - p)}{options}"
    elif share and (k or (int(full.group(1)) if full else 0)) > share:  # "a one-eighth fraction of 7 factors"
        k, p = k or int(full.group(1)), share
        kind, options = "fractional_factorial", f" runs={2 ** (k - p)}{options}"
    elif re.search(BOX_BEHNKEN, q):
        kind = "box_behnken"
    elif "central composite" in q or re.search(r"\bccd\b", q):
        kind = "central_composite"
        if full:  # "a full 2^4 factorial core": the factors of its core
            if k is not None and k != int(full.group(1)):
                raise PlanError(f"a 2^{full.group(1)} core has {full.group(1)} factors, but the question has {k}")
            k = int(full.group(1))
        if (alpha := _axial_distance(q)) is not None:
            options = f" alpha={alpha:g}"
            extra_alpha = {"alpha": alpha}
    elif re.search(_PLACKETT, q):
        kind, options = "plackett_burman", ""
    elif "fractional" in q or res:
        if not res:
            raise PlanError("a fractional factorial needs 2^(k-p), a resolution or a run count")
        kind = "fractional_factorial"
        if runs := _stated_runs(q):  # else the engine takes the fewest runs reaching the resolution
            options = f" runs={runs}{options}"
    elif "factorial" in q or full:
        kind = "full_factorial"
        if full and k is not None and k != int(full.group(1)):  # "a 2^3 factorial in A, B, C and D"
            raise PlanError(f"a 2^{full.group(1)} factorial has {full.group(1)} factors, but the question has {k}")
        k = int(full.group(1)) if full else k
    elif levels and re.search(_RUNS_ASKED, q) and not re.search(_OTHER_DESIGN, q):  # "4 factors at 2 levels: runs?"
        kind, assumed = "full_factorial", _ASSUMED_FULL
    else:
        raise PlanError(
            "name the design: full or fractional factorial, box-behnken, central composite, plackett-burman"
        )
    if res and kind != "fractional_factorial" and (kind, res) != ("plackett_burman", 3):
        raise PlanError(f"a resolution is read for fractional factorials, not a {kind.replace('_', ' ')}")
    if k is None and kind in _ALL_FACTORS:  # "screen 10 possible drivers with a plackett-burman"
        k = plural_factor_count(q)
    most = 25 if kind == "plackett_burman" else 15  # screening designs go far beyond what factorials can
    if k is None or not 2 <= k <= most:
        raise PlanError(f"a design needs the number of factors (2 to {most}), e.g. '3 factors' or 2^(5-1)")
    if (named := named_factor_count(q)) is not None and named != k:  # "a 2^3 factorial in A, B, C and D"
        raise PlanError(f"the design has {k} factors, but the question names {named}: say which")
    extra: dict[str, Any] = {"p": p} if (frac or share) and kind == "fractional_factorial" else {}
    extra |= {key: value for key, value in (("resolution", res), ("runs", runs)) if value} | extra_alpha
    if assumed:
        extra["assumed"] = assumed
    if (said := _factor_count(q)) is not None:  # "3 factors (a, b yes/no, c yes/no), speed on/off": 3 or 5?
        if said != k:
            raise PlanError(f"{said} factors stated, but the design read has {k}: say which factors")
        extra["factors_said"] = said  # the audit holds the design to them
    return _plan(q, kind, k, options, extra)


# the designs whose every item is a factor: a count of things they study is a count of factors
_ALL_FACTORS = {"plackett_burman", "central_composite", "box_behnken"}


# a count of runs asked, which a full factorial answers when the question names no design
_RUNS_ASKED = r"\bruns?\b|\bexperiments\b|\btrials\b|\bcombinations\b|\bhow many\b|\bnumber of\b"
_ASSUMED_FULL = "a full factorial (every combination of the levels once per replicate): no design was named"


def _general_factorial(q: str, levels: list[int]) -> Plan:
    """A full factorial with factors at other than two levels ("3x3x3", "2 factors at 2 levels and 1 at 3"):
    every combination of the levels, replicated as asked; centre points and blocks are refused."""
    if re.search(_NOT_FULL, q) or _resolution(q):
        raise PlanError(f"only full factorials are planned for factors at {sorted(set(levels))} levels")
    named = re.search(r"factorial|\bcombinations?\b|\bcrossed\b|\bfull\b|\d\s*(?:x|\*|by|\^)\s*\d", q)
    if not named and (re.search(_OTHER_DESIGN, q) or not re.search(_RUNS_ASKED, q)):
        raise PlanError("name the design: a full factorial of the levels stated, e.g. '3x3x3 full factorial'")
    if center_points(q) or blocks(q) is not None:
        raise PlanError(
            "centre points and blocks are read for two-level factorials only (a factor at 3 or more levels has "
            "its own middle levels): write the study with 'design full_factorial levels=[...]'"
        )
    extra: dict[str, Any] = {"levels": levels} | ({} if named else {"assumed": _ASSUMED_FULL})
    return _plan(q, "full_factorial", len(levels), f" levels={levels}", extra)


def _plan(q: str, kind: str, k: int, options: str, extra: dict[str, Any]) -> Plan:
    """The study: k factors coded -1 .. 1 and the design with its options and counts; the facts the
    audit holds it to (the numbers of levels the question mentions among them). A symbol set to a number that
    is not read, a k or p set apart from the design's, are refused."""
    unread_symbols(q)
    for role, value in (("factors", k), ("fraction", extra.get("p"))):
        if (said := assigned(q, role)) and said != {value}:
            symbol = "k" if role == "factors" else "p"
            raise PlanError(f"the question sets {symbol} = {sorted(said)[0]}, but the design has {value} {role}"
                            if value is not None else f"{symbol} = {sorted(said)[0]} is read for fractions 2^(k-p)")  # fmt: skip
    base = base_runs({"kind": kind, "k": k, **extra}, {})
    counts, facts = _counts(kind, q, base)
    _agrees_with_stated_runs(q, base, facts)
    factors = "\n".join(f"factor x{i + 1} -1 .. 1" for i in range(k))
    facts = {"kind": kind, "k": k, **facts, **extra, "levels_said": sorted(levels_said(q)), "listed": listed_counts(q)}
    return Plan("design", f"{factors}\ndesign {kind}{options}{counts}", facts)


def _counts(kind: str, q: str, base: int | None) -> tuple[str, dict[str, Any]]:
    """The plan's block, centre-point and replicate options, and the facts the audit holds the design
    to: base runs x replicates + the centre points stated, run once (in the first replicate) unless the
    question counts them per replicate. A block size stated ("2 blocks of 8") must split the ``base`` runs."""
    center, reps = center_points(q), replicates(q)
    facts: dict[str, Any] = {"replicates": reps, "mentions": mentions(q), "replicates_said": replicate_counts_said(q)}
    n_blocks = _blocks(q, base, center)
    if (size := block_size(q)) is not None:
        facts["block_size"] = size
    options, total = "", center
    if n_blocks is not None:
        if kind not in {"full_factorial", "fractional_factorial"} and n_blocks > 1:
            raise PlanError("blocks are read for two-level factorials only: write the study with 'design ... blocks='")
        options, facts["blocks"] = f" blocks={n_blocks}", n_blocks
    if center is not None and n_blocks and n_blocks > 1:  # the engine's center= counts per block
        if center_each_block(q):
            total, facts["center_per_block"] = center * n_blocks, center
        elif center % n_blocks:
            raise PlanError(
                f"{center} centre points do not split evenly over {n_blocks} blocks: say how many per block"
            )
        else:
            center //= n_blocks
    each = reps is not None and center is not None and center_each_replicate(q)
    if center is not None:  # the CCD's center= counts them per portion (after the factorial and axial parts)
        options += (
            f" center=[{center - center // 2}, {center // 2}]" if kind == "central_composite" else f" center={center}"
        )
    if reps is not None:
        once = reps > 1 and center is not None and not each
        options += f" replicates={reps}" + (" replicate_center=false" if once else "")
    if each:
        facts["center_per_replicate"] = total
    facts["center"] = total * reps if each and total is not None and reps else total
    return options, facts


def _agrees_with_stated_runs(q: str, base: int | None, facts: dict[str, Any]) -> None:
    """PlanError when the question fixes a run count ("a 2^4 factorial in 8 runs") that is neither the design's
    runs without its centre points nor with them; one that agrees is kept in the ``facts``."""
    stated = _stated_runs(q)
    if stated is None or base is None:
        return
    reps = facts.get("replicates") or 1
    allowed = {base, base * reps, base * reps + (facts.get("center") or 0)}
    if stated not in allowed:
        raise PlanError(f"the question states {stated} runs, but the design has {base * reps}"
                        + (f" (+ {facts['center']} centre points)" if facts.get("center") else "")
                        + ": say the design or the runs")  # fmt: skip
    facts["runs_stated"] = stated


def _blocks(q: str, base: int | None, center: int | None) -> int | None:
    """The blocks the question asks for, by their number, their size ("blocks of 8 runs": the base runs over 8)
    or both (which must agree: "2 blocks of 8" splits 16 runs; centre points in each block may be counted in
    its size); PlanError when the size does not split the base runs."""
    size = block_size(q)
    if size is None:
        return blocks(q)
    n_blocks = blocks(q, sized=True)
    per_block = center if center is not None and center_each_block(q) else 0
    fits = [
        n for n in range(1, (base or 0) + 1) if base and base % n == 0 and size in {base // n, base // n + per_block}
    ]
    if n_blocks is None and len(fits) == 1:
        return fits[0]
    if n_blocks is None or n_blocks not in fits:
        raise PlanError(f"blocks of {size} runs do not split the {base or 'stated'} runs of the design"
                        + (f" into {n_blocks} blocks" if n_blocks else "") + ": say how many blocks")  # fmt: skip
    return n_blocks


def base_runs(facts: dict[str, Any], result: dict[str, Any]) -> int | None:
    """Runs of one replicate without centre points, from the design's formula (Plackett-Burman: the
    Hadamard order the engine reports, audited as a multiple of 4 above k)."""
    k, kind = facts["k"], facts["kind"]
    if kind == "full_factorial":
        return math.prod(facts.get("levels") or [2] * k)
    if kind == "fractional_factorial" and "p" in facts:
        return 2 ** (k - facts["p"])
    if kind == "fractional_factorial" and facts.get("resolution"):  # the stated runs, else the fewest reaching it
        return facts.get("runs") or fewest_runs(k, facts["resolution"])
    if kind == "box_behnken" and 3 <= k <= 7:
        return {3: 12, 4: 24, 5: 40, 6: 48, 7: 56}[k]  # 2^s runs per subset of s factors
    if kind == "central_composite":
        return 2**k + 2 * k
    if kind == "plackett_burman":
        return result.get("base_runs")
    return None


def expected_runs(facts: dict[str, Any], result: dict[str, Any] | None = None) -> int | None:
    """Run count the design must have: base runs x replicates + the centre points the question states
    (without a stated number, the kind's default centre points belong to each replicate)."""
    base = base_runs(facts, result or {})
    if base is None:
        return None
    reps, center = facts.get("replicates") or 1, facts.get("center")
    if center is not None:
        return base * reps + center
    return (base + _default_center(facts["kind"], facts["k"])) * reps


def _default_center(kind: str, k: int) -> int:
    """The engine's centre points when none are asked: Box-Behnken 3, 3, 6, 6, 6 (NIST), CCD 4 + 4 (pyDOE3)."""
    if kind == "box_behnken":
        return 3 if k <= 4 else 6
    return 8 if kind == "central_composite" else 0


def audit_design(plan: Plan, result: dict[str, Any], read_expression: Callable[[str], Any]) -> list[Check]:
    """Run sheet size, the run count from the design's formula, and the replicates and centre points
    the question mentions reaching the design."""
    if result.get("kind") == "effects":
        return audit_effects(plan.facts, result)
    if plan.facts.get("kind") == "randomized_block":
        return audit_block_design(plan.facts, result)
    if plan.facts.get("kind") == "latin_square":
        return audit_latin_square(plan.facts, result)
    facts, runs = plan.facts, result.get("runs")
    counts = result.get("point_counts", {})
    checks = [Check("run sheet has one row per run", len(result.get("rows", [])) == runs, f"{runs} runs")]
    want = expected_runs(facts, result)
    if want is not None:
        detail = (
            f"engine {runs}, formula {want} (replicates {facts.get('replicates') or 1}, centre {facts.get('center')})"
        )
        checks.append(Check("run count: base runs x replicates + centre points", runs == want, detail))
    said = facts.get("mentions", {})
    if said.get("replicates") or facts.get("replicates") is not None:
        got = result.get("replicates")
        ok = facts.get("replicates") is not None and got == facts["replicates"] and said.get("replicates", False)
        checks.append(
            Check("replicates as the question states", ok, f"question {facts.get('replicates')}, design {got}")
        )
    if counted := facts.get("replicates_said"):  # "replicate every combo twice" planned with 1 replicate fails
        got = result.get("replicates") or 1
        checks.append(Check("replicates as the question's words count them", counted == [got],
                            f"question {counted}, design {got}"))  # fmt: skip
    if said.get("center") or facts.get("center") is not None:
        got = counts.get("center", 0)
        ok = facts.get("center") is not None and got == facts["center"]
        checks.append(
            Check("centre points as the question states", ok, f"question {facts.get('center')}, design {got}")
        )
    if facts.get("listed"):  # "a, b, c and d, each at two levels" planned with 3 factors fails
        listed = sum(facts["listed"])
        checks.append(Check("factors as the question lists them", listed <= facts["k"],
                            f"question lists {listed}, design {facts['k']}"))  # fmt: skip
    if (said := facts.get("factors_said")) is not None:  # "3 factors (a, b yes/no, c yes/no)" planned with 5 fails
        checks.append(Check("factors as the question counts them", said == facts["k"],
                            f"question {said}, design {facts['k']}"))  # fmt: skip
    if (as_blocks := facts.get("blocks_as_replicates")) is not None:  # "3 blocks, each a full replicate"
        got = result.get("replicates") or 1
        checks.append(Check("one replicate per block, as the question states", got == as_blocks,
                            f"blocks {as_blocks}, replicates {got}"))  # fmt: skip
    if facts.get("blocks"):
        want_blocks = facts["blocks"] * (facts.get("replicates") or 1)  # each replicate has its own blocks
        got = result.get("blocks")
        checks.append(Check("blocks as the question states", got == want_blocks, f"want {want_blocks}, design {got}"))
    if result.get("factors") and facts["kind"] in {"full_factorial", "fractional_factorial", "plackett_burman"}:
        checks += level_checks(facts, result)  # rebuilt from the run sheet's coded factor columns
    if result.get("factors") and facts["kind"] == "fractional_factorial":
        checks += resolution_checks(facts, result)
    if facts.get("block_size"):
        checks.append(_block_size_check(facts["block_size"], result))
    if facts.get("alpha"):
        checks.append(_axial_check(facts["alpha"], result))
    if facts["kind"] == "plackett_burman":
        base = result.get("base_runs", 0)
        ok = base % 4 == 0 and base > facts["k"]
        checks.append(Check("Plackett-Burman runs: multiple of 4 above k", ok, f"{base} per replicate"))
    return checks


def _axial_check(alpha: float, result: dict[str, Any]) -> Check:
    """The axial points of a central composite sit at the distance the question sets: each axial row's one
    nonzero coded value, read from the run sheet, is +/- alpha."""
    axial = [r["coded"] for r in result.get("rows", []) if r.get("point_type") == "axial"]
    values = {round(abs(float(v)), 6) for row in axial for v in row.values() if abs(float(v)) > 1e-9}
    ok = bool(axial) and all(math.isclose(v, alpha, rel_tol=1e-6) for v in values)
    return Check("axial distance as the question states", ok, f"question {alpha:g}, run sheet {sorted(values)}")


def _block_size_check(size: int, result: dict[str, Any]) -> Check:
    """Every block on the run sheet has the runs the question states ("2 blocks of 8"), centre points apart or
    counted in it."""
    rows = result.get("rows", [])
    every = Counter(r.get("block") for r in rows)
    design = Counter(r.get("block") for r in rows if r.get("point_type") != "center")
    ok = bool(rows) and (set(every.values()) == {size} or set(design.values()) == {size})
    return Check("block size as the question states", ok, f"question {size}, blocks {sorted(set(every.values()))}")
