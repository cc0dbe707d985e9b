"""Reasoning tools of the stats plugin: tests, ANOVA, regression and sample size as study plans.

Also the alternatives a careful analyst runs beside each test, and the data-shape evidence MODE
weighs (two lists of numbers suggest a test, three or more an ANOVA).
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from plugins.api.column_table import column_table
from plugins.api.long_table import LongTable, long_table
from plugins.api.matrix_words import asks_about_matrix
from plugins.api.prose import (
    NUMBER,
    ExtractError,
    continuity_correction,
    equal_variances,
    in_percent,
    matrix_rows,
    mean_method,
    named_number,
    named_value,
    named_value_of_noun,
    numbers,
    paired_values,
    samples,
    slashed_samples,
    stated_sd,
    stated_sd_in_percent,
    unequal_variances,
)
from plugins.api.reasoning import (
    Plan,
    PlanError,
    alpha_option,
    group_names,
    outscore,
    samples_or_fail,
    study_list,
    study_matrix,
)
from plugins.api.row_table import row_table
from plugins.api.summary_table import names_summary_table
from plugins.stats.reasoning_anova_sums import plan_anova_sums, states_sums
from plugins.stats.reasoning_bare_pairs import bare_pair_summaries
from plugins.stats.reasoning_blocks import block_table, plan_blocked_anova
from plugins.stats.reasoning_difference import sample_names, swapped_by_difference
from plugins.stats.reasoning_direction import states_comparison, time_note
from plugins.stats.reasoning_hypotheses import (
    alternative,
    count_pairs,
    count_spans,
    group_summaries,
    listed_summaries,
    percent_means,
    power_sides,
    read_alternative,
    slash_totals_written,
    summary_spans,
    summary_statistics,
    unread_summaries,
)
from plugins.stats.reasoning_hypotheses import side_option as _side_option
from plugins.stats.reasoning_of_totals import (
    common_total_rows,
    of_totals_rows,
    of_totals_score,
    of_totals_spans,
    table_shape,
)
from plugins.stats.reasoning_power import (
    bound_way,
    compared_value,
    compares_two,
    expected_mean,
    mean_gap,
    planning_score,
    stated_design,
)
from plugins.stats.reasoning_precision import asks_precision, plan_precision
from plugins.stats.reasoning_proportions import (
    claimed_side,
    count_test_score,
    exact_choice,
    stated_p0,
    stated_proportions,
)
from plugins.stats.reasoning_quantiles import asks_quantile
from plugins.stats.reasoning_success_run import asks_success_run, plan_success_run
from plugins.stats.reasoning_tables import (
    EVENLY,
    OF_VARIABLES,
    bare_rows_table,
    counted_rows_asked,
    goodness_score,
    has_labelled_table,
    header_table,
    labelled_counts,
    labelled_table,
    measurement_test_named,
    pipe_table,
    slash_rows_table,
    stated_ratio,
    table_proportions,
    table_score,
    tagged_rows_table,
)
from plugins.stats.reasoning_twoway import plan_twoway, read_layout
from plugins.stats.reasoning_variances import asks_variance_f_test, plan_variance_f_test
from plugins.stats.reasoning_ztest import plan_z_test

# how a question names the value a test compares against ("differs from 5%", "greater than 10"), also through an
# article and one or two adjectives just before the number ("differ from the validated 12.5", "than our historical 4")
_QUALIFIED = (
    r"(?:\s+(?:the|our|its|their|a|an)(?:\s+(?!(?:other|remaining|first|last|next|previous|same)\b)[a-z]{3,}){0,2}"
    r"\s+(?=[-+]?\.?\d))?"
)  # not "than the other 3 lines"
_AGAINST = [f"(?:{words}){_QUALIFIED}" for words in (
            "equal to", "different from", "differs? from",
            "(?:greater|more|larger|higher|less|smaller|lower|longer|shorter|slower|faster|better|worse) than",
            "exceeds?")]  # fmt: skip
# the mean of a hypothesis, the measured quantity's name after it where written: "mu", "mean", "mean protein"
_MEAN_OF = r"(?:mu|mean)(?:\s+(?!(?:is|of|was|and|or|the|than|to)\b)[a-z][\w-]*){0,2}?"
# the value of a one-sample alternative written with its operator: "H1: mean > 30", "Ha: mu != 10.5", "H1: mean
# protein < 12.0"
_H1_MEAN = rf"h[1a₁]\s*:?\s*{_MEAN_OF}\s*(?:>=|<=|!=|<>|≠|>|<)"
# a specified value's symbol between "spec" and "=": "Spec f'c = 30 MPa", "spec fc = 30", "spec x_0 = 5" (never a
# limit's: "spec LSL = 9.5", "spec max = 12")
_SPEC_SYMBOL = r"(?:\s+(?!(?:lsl|usl|min|max|lim|tol|sd)\w*\s*=)[a-z]['’_]?[a-z0-9]{0,2}(?=\s*=))?"
_MU_NAMES = [f"h[0o₀]\\s*:?\\s*{_MEAN_OF}", _H1_MEAN, "mu_?0", "mu", "population mean", "hypothesi[sz]ed (?:mean|value)", "target(?: (?:value|mean|average|avg))?(?: (?!(?:and|or|but|with|than|the|a|an|sd|sigma|standard|deviation|rate|proportion)\\b)[a-z]+){0,2}?", "nominal(?: (?!(?:and|or|but|with|than|the|a|an|mean|average)\\b)[a-z]+){0,2}?", "design(?: (?!(?:and|or|but|with|than|the|a|an|mean|average|sd|sigma|standard|deviation)\\b)[a-z]+){0,2}?", "(?:spec|specification|standard|drawing|datasheet|data sheet|vendor|supplier|manual) says(?: (?!(?:and|or|but|with|than|the|a|an|sd|sigma|standard|deviation|spread|tolerance|limit|min|max)\\b)[a-z][a-z-]*){0,2}?", "set[- ]?point(?: (?:value|temperature|temp))?", "aim(?:ed)?(?: (?:value|point|mean|average|at|for))?",
             "(?<!of )(?<!of label )(?:label )?claim(?:s|ed)?(?: value| mean)?",
             "quoted(?: (?!(?:and|or|but|with|than|the|a|an|sd|sigma|standard|deviation|spread|variance|tolerance|limit|accuracy|precision|uncertainty|size)\\b)[a-z]+){0,2}?",
             "(?:t-?)?test of (?:the )?mean(?=\\s*(?:=|is\\b))", f"spec(?:ification|ified)?(?: value)?{_SPEC_SYMBOL}",
             "guarantee[sd]?(?: (?:value|level|figure))?",
             "certified(?: value| concentration| content)?(?: (?:at|as))?", "reference value(?: (?:at|of))?", "has (?:a )?mean", "mean is",
             *_AGAINST, *[f"(?:{words}){_QUALIFIED}" for words in ("compared (?:to|with)", "versus", "vs\\.?", "against")],
             "against(?: (?:a|the))?", f"above{_QUALIFIED}", f"below{_QUALIFIED}", "(?:mean|average)(?: [a-z]+){0,3}? (?:under|over)"]  # fmt: skip
# the value in an alternative or a claim: "H1: p > 0.01", "vs p > 0.02", "claims at most 1%"
_STATED_BY_H1 = [r"(?:h[1a₁]\s*:|vs\.?|versus|against)\s*(?:p|(?:the\s+)?(?:rate|proportion))\s*(?:>=|<=|>|<|≠|!=)",
                 r"claims?(?: that)?(?: it is)? (?:at most|at least|no more than|no less than|under|over|below|above)"]  # fmt: skip
_P0_NAMES = ["p0", "p_0", "h0: p", "p(?![\\d_₀])", "hypothesi[sz]ed proportion", "claimed (?:rate|proportion)", *_AGAINST,
             "proportion", "rate", "claims?", "above", "below", *_STATED_BY_H1,
             "target(?: rate| proportion)?"]  # fmt: skip
# a stated mean of a named quantity: "claims mean life 5000 h", "the rated average lifetime is 5000 hours", "states a
# mean burst pressure of 12 bar" (the noun read by ``named_value_of_noun``)
_CLAIMED_MEAN_OF_NOUN = [r"(?:claim(?:s|ed)?|stat(?:es|ed)|rated|quot(?:es|ed)|advertis(?:es|ed)|specifie[sd]|"
                         r"guarantee[sd]?|promis(?:es|ed)|nominal|hypothesi[sz]ed|target)(?: (?:an?|the|its|their))? "
                         r"(?:mean|average)",
                         r"guaranteed(?: (?:an?|the|its|their))?"]  # "guaranteed heat rate is 10,300"  # fmt: skip
_PROPORTIONS = (r"proportion|\bprops?\b|\brates?\b|percent|defect|fraction|share|success|fail|exceed|\bz[- ]?test\b|"
                r"binomial test|\byield|\bpass(?:ed|es|ing)?\b|\breject|nonconforming|\bscrap|\bbad\b")  # fmt: skip


_UNREAD = ("the question gives means and standard deviations in a form not read: write them as lists, e.g. "
           "'n = 5 each, means 10.2 11.0 12.1, sds 1.1 0.9 1.3'")  # fmt: skip


# the chi-square test or statistic named: "chi-square", "chi squared", "chi2", "chi^2", "χ²" (χ^2 once plain)
CHI_SQUARE = r"chi[- ]?squared?|\bchi2\b|\bchi\s*\^\s*2\b|χ\s*\^?\s*2"


# a test of two proportions named: "two-proportion z test", "z-test", "test of proportions"
_Z_NAMED = r"\bz[- ]?test\b|proportions? (?:z[- ]?)?test|two[- ]proportions?\b|test of (?:two )?proportions"


def plan_hypothesis_test(question: str) -> Plan:
    z_named = re.search(_Z_NAMED, question, re.I)
    totals = slash_totals_written(question)  # "X 6 failed / 80 installed": 6 of 80, never two categories
    if z_named and not totals and not re.search(CHI_SQUARE, question, re.I) and (table := labelled_table(question)):
        successes, trials = table_proportions(question, table)  # "X 182 on time / 18 late, Y ... z test"
        return _plan_proportion(question, list(zip(successes, trials, strict=True)), table.rows)
    if (
        re.search(rf"{CHI_SQUARE}|contingency|independence|goodness[- ]of[- ]fit", question, re.I)
        or (has_labelled_table(question) and not z_named and not totals and not measurement_test_named(question))
        or (re.search(EVENLY, question, re.I) and labelled_counts(question))
        or goodness_score(question)  # counts and the ratio they should fit: "F2 counts ..., test fit to 9:3:3:1"
    ):
        return _plan_chisquare(question)
    if counted_rows_asked(question) or (  # rows of counts with a question of association: never a t-test's samples
        re.search(OF_VARIABLES, question, re.I) and (bare_rows_table(question) or tagged_rows_table(question))
    ):
        return _plan_chisquare(question)
    found = given_samples(question)
    if asks_variance_f_test(question, len(found)):  # "F test for equal variances", "s = 4.2 from 16 wafers, ..."
        return plan_variance_f_test(question, found)
    pairs = count_pairs(question)
    counted = {value for pair in pairs for value in pair}  # "in a lot of 200, 9 were defective": "200, 9" is no sample
    if pairs and all(set(s) <= counted for s in found) and re.search(_PROPORTIONS, question, re.I):
        return _plan_proportion(question, pairs)
    listed = listed_summaries(question)
    if listed and len(listed["n"]) > 2:
        raise PlanError(f"{len(listed['n'])} groups' summary statistics: that is a one-way ANOVA, not a t-test")
    summary = None if found else summary_statistics(question)
    mu = hypothesised_mean(question, found[0] if len(found) == 1 else (summary or {}).get("mean", []))
    if (known := plan_z_test(question, found, mu)) is not None:  # "sigma = 4 known": a z-test
        return known
    if listed:  # "means 5.1, 5.6, sds 0.4, 0.5, n = 10 each": the lists are summaries, not samples
        return _plan_summary(question, listed, mu)
    if len(found) == 1 and mu is not None:
        a = list(found[0])
        side = alternative(question, 1, mu)
        text = f"let a = {study_list(a)}\ntest ttest a mu={mu}{_side_option(side)}{alpha_option(question)}"
        facts = {"samples": [a], "mu": mu, "paired": False, "alternative": side}
        return Plan("hypothesis_test", text, {**facts, **_time_words(question, side)})
    if summary:
        return _plan_summary(question, summary, mu)
    if unread_summaries(question):
        raise PlanError(_UNREAD)
    if len(found) < 2:
        raise PlanError(f"a two-sample test needs 2 lists of numbers (found {len(found)})")
    if len(found) > 2 and (blocked := _block_pairs(question)) is not None:  # "block 1: 62.4, 59.8" / ...: paired
        return _two_sample_plan(question, *blocked)
    if len(found) > 2:  # "spindle before after" over "1 61.2 60.1": never two of three columns, one left out
        raise PlanError(
            f"a two-sample test compares 2 lists of numbers, and {len(found)} were read: name the two "
            "samples ('before: ...; after: ...'), or give a pasted table a header naming its columns"
        )
    return _two_sample_plan(question, found[0], found[1])


def _block_pairs(question: str) -> tuple[list[str], list[str]] | None:
    """The two treatments' values of rows labelled by block, one of each per block ("block 1: 62.4, 59.8" / "block 2:
    58.1, 57.5" / ...), the first column first, when the question pairs them ("paired t-test", "paired by block");
    None otherwise. Rows may be parted by " / " as well as by lines."""
    if not re.search(r"\bpaired\b", question, re.I):
        return None
    table = block_table(re.sub(r"\s+/\s+", "\n", question))
    if table is None or len(table.values) != 2 or len(table.blocks) < 3:
        return None
    return table.values[0], table.values[1]


_FLIPPED = {"greater": "less", "less": "greater"}  # an alternative for second - first


def _two_sample_plan(question: str, a: list[str], b: list[str]) -> Plan:
    """The t-test of two samples: paired, pooled or (by default) Welch's, as the question says; of first - second,
    the samples swapped when the question writes the difference the other way ("differences taken as B minus A")."""
    item_by_item = paired_values(question, arrows_only=True) is not None  # "12.1 -> 11.8, ...": one unit's two values
    paired = len(a) == len(b) and (item_by_item or bool(re.search(r"before|after|paired|same (?:units|parts|subjects)",
                                                                   question, re.I)))  # fmt: skip
    side, direction = read_alternative(question, 2)
    if swapped_by_difference(question, sample_names(question, [a, b])):  # "differences taken as B minus A"
        a, b, side = b, a, _FLIPPED.get(side, side)
        direction = direction and replace(direction, side=side, labels=direction.labels[::-1])
    equal_var = pooled(question) and not paired
    options = (" paired=true" if paired else " equal_var=true" if equal_var else "") + _side_option(side)
    text = f"let a = {study_list(a)}\nlet b = {study_list(b)}\ntest ttest a b{options}{alpha_option(question)}"
    facts = {"samples": [a, b], "paired": paired, "alternative": side, "equal_var": equal_var}
    return Plan("hypothesis_test", text, {**facts, **(direction.facts() if direction else {})})


def _time_words(question: str, side: str) -> dict[str, str]:
    """The caveat of a one-sided test of times read from "slower"/"faster" (``assumed``), or nothing."""
    word = re.search(r"\b(?:slower|faster|quicker)\b", question, re.I)
    note = time_note(word.group(0), question) if word and side != "two-sided" else None
    return {"assumed": note} if note else {}


def hypothesised_mean(question: str, values: list[str]) -> str | None:
    """The mean a one-sample test compares against ("mu0 = 10", "target is 10", "nominal 10 mm", "label claim is
    100%", "against 100"). A percentage stays as written when the values are percentages too (the question says
    so, "assay (% of label claim): 99.2, ...", or a value is above 1), else it is a fraction ("yields 0.93 0.95 ...,
    target 95%" tests 0.95); a fraction against means in percent ("mean 78.4% ... target 0.80") raises PlanError."""
    found = named_value(question, _MU_NAMES) or named_value_of_noun(question, _CLAIMED_MEAN_OF_NOUN, most=2)
    if found is None:
        return None
    value, percent = found
    if not percent and percent_means(question) and abs(float(value)) <= 1 < max(map(float, values), default=0):
        raise PlanError(f"the means are in percent while the hypothesised mean {value} reads as a fraction: write it in "
                        f"percent too, e.g. '{float(value) * 100:g}%'")  # fmt: skip
    if percent and not (in_percent(question) or percent_means(question) or any(float(v) > 1 for v in values)):
        return f"{float(value) / 100:.10g}"
    return value


def pooled(question: str) -> bool:
    """Whether a two-sample test is asked with the pooled variance ("pooled", "equal variances assumed", "Student's
    t"; not "I don't want to assume equal variances", nor where Welch or unequal variances are named too)."""
    said = equal_variances(question) or bool(re.search(r"\bstudent'?s t\b", question, re.I))
    return said and not unequal_variances(question)


def _plan_summary(question: str, summary: dict[str, list[str]], mu: str | None) -> Plan:
    """A t-test from n, mean and sd (one sample against mu, or two samples)."""
    two = len(summary["n"]) == 2
    if not two and mu is None:
        raise PlanError("a one-sample t-test needs the hypothesised mean, e.g. 'H0: mu = 10'")
    side, direction = read_alternative(question, 2 if two else 1, mu, summary_spans(question) if two else None)
    equal_var = two and pooled(question)
    text = _summary_command(summary, mu, side) + (" equal_var=true" if equal_var else "") + alpha_option(question)
    facts = {"summary": summary, "mu": mu, "samples": [], "alternative": side, "equal_var": equal_var}
    return Plan("hypothesis_test", text, {**facts, **(direction.facts() if direction else {})})


def _summary_command(summary: dict[str, list[str]], mu: str | None, side: str) -> str:
    two = len(summary["n"]) == 2
    stats_text = " ".join(f"{key}={study_list(values) if two else values[0]}" for key, values in summary.items())
    return f"test ttest {stats_text}{'' if two else f' mu={mu}'}{_side_option(side)}"


def _plan_proportion(question: str, pairs: list[tuple[str, str]], table: list[list[str]] | None = None) -> Plan:
    """A z-test of one proportion against p0, or of two proportions, from "x out of n" counts (or from the rows of
    a 2x2 ``table`` of counts, which the facts keep)."""
    if len(pairs) > 2:
        raise PlanError(f"a test of proportions takes one or two counts 'x out of n' (found {len(pairs)})")
    x, n = [p[0] for p in pairs], [p[1] for p in pairs]
    if len(pairs) == 2:
        side, direction = read_alternative(question, 2, spans=[] if table else count_spans(question))
        if table and (side != "two-sided" or states_comparison(question)):
            raise PlanError("a one-sided test of two proportions given as a table of counts: write each group as "
                            "'x out of n' ('X: 182 of 200 on time') so the direction can be read")  # fmt: skip
        text = (
            f"test proportion successes={study_list(x)} n={study_list(n)}{_side_option(side)}{alpha_option(question)}"
        )
        facts = {"successes": x, "n": n, "samples": [], "alternative": side, **({"counts": table} if table else {})}
        return Plan("hypothesis_test", text, {**facts, **(direction.facts() if direction else {})})
    p0 = named_number(question, _P0_NAMES) or stated_p0(question)
    if p0 is None:
        raise PlanError("a one-sample test of a proportion needs the hypothesised proportion, e.g. 'p0 = 0.05'")
    side = claimed_side(question, p0)
    exact, why = exact_choice(question, int(x[0]), int(n[0]), float(p0))
    method = ' method="exact"' if exact else ""
    text = f"test proportion successes={x[0]} n={n[0]} p0={p0}{method}{_side_option(side)}{alpha_option(question)}"
    facts = {"successes": x, "n": n, "p0": p0, "exact": exact, "samples": [], "alternative": side}
    if why:
        facts["assumed"] = why
    return Plan("hypothesis_test", text, facts)


def _plan_chisquare(question: str) -> Plan:
    """Independence of a contingency table of counts ([[20, 30], [25, 25]], rows split by ';' or '/'), or goodness of
    fit."""
    independence = re.search(rf"{OF_VARIABLES}|table", question, re.I)
    # "shift 1: 20 scratches, ...", "columns a / b: day 12 8 ...", with independence asked "day 12 8 5; swing 15 6 9"
    # or "day: 20 15 10 / night: 30 25 20"
    labelled = None
    if not slash_totals_written(question):  # "X 6 failed / 80 installed, Y 14 / 95": each k of n, read below
        labelled = (
            pipe_table(question)
            or labelled_table(question)
            or header_table(question)
            or ((bare_rows_table(question) or slash_rows_table(question)) if independence else None)
        )
    rows = labelled.rows if labelled else matrix_rows(question)
    lists = samples(question, minimum=2)
    if not rows and independence and len(lists) >= 2 and len({len(r) for r in lists}) == 1:
        rows = lists  # "day shift counts 22, 15, 13; night shift counts 18, 25, 27"
    of_totals = None
    if not rows and independence:
        rows = of_totals_rows(question)  # "strain A 12 of 60, strain B 21 of 58": successes and failures
        of_totals = of_totals_spans(question) if rows else None
        if not rows and (common := common_total_rows(question)):  # "400 inspected per shift: day 12, swing 19"
            rows, of_totals = common
    if rows and len(rows) >= 2 and len(rows[0]) >= 2:
        if fractions := sorted({str(v) for row in rows for v in row if not re.fullmatch(r"\d+", str(v))}):
            raise PlanError(f"a contingency table holds counts (whole numbers), not {', '.join(fractions)}")
        yates = bool(continuity_correction(question))
        text = f"test chisquare {study_matrix(rows)}{' correction=true' * yates}{alpha_option(question)}"
        facts = {"table": rows, "correction": yates, "samples": [], "paired": False}
        if shape := table_shape(question):  # "a 3×2 table": the rows read must have that shape
            if sorted(shape) != sorted((len(rows), len(rows[0]))):
                raise PlanError(f"the question states a {shape[0]}x{shape[1]} table, but the counts read make "
                                f"{len(rows)}x{len(rows[0])}: write the table as [[a, b], [c, d], ...]")  # fmt: skip
            facts["shape"] = list(shape)
        if labelled:
            facts.update({"row_labels": labelled.row_labels, "columns": labelled.columns})
        if of_totals:
            facts["of_totals"] = of_totals  # the "k of n" as written: the audit reads each row's total again
        return Plan("hypothesis_test", text, facts)
    if asks_quantile(question):  # "chi^2_{0.05, 10}", "the 95th percentile of chi-square with 4 df": no counts
        raise PlanError("this asks for a critical value (a quantile of the chi-square distribution) and states no "
                        "observed counts: it is no test")  # fmt: skip
    if independence and not re.search(r"goodness[- ]of[- ]fit", question, re.I):
        raise PlanError("a chi-square test of independence needs a table of counts, and none was read: write it as "
                        "[[12, 8, 5], [15, 6, 9]], or a row at a time, 'day: 12 8 5; night: 15 6 9'")  # fmt: skip
    if ratio := stated_ratio(question):  # "F2 counts 315 108 101 32, test fit to 9:3:3:1"
        return _plan_ratio_fit(question, ratio)
    if named := labelled_counts(question):  # "loom 1 = 34, loom 2 = 41, ...": one count per category
        counts = named.counts
    else:
        counts = samples_or_fail(question, 1, "a chi-square test (a table [[a, b], [c, d]] or a list of counts)")[0]
    expected = re.search(rf"expected\s*(?:counts?|values?|frequencies)?\s*(?:=|:|of|are)?\s*\[?((?:{NUMBER}[\s,]+)+{NUMBER})",
                         question, re.I)  # fmt: skip
    exp = numbers(expected.group(1)) if expected else None
    if exp is not None and counts == exp:
        raise PlanError("a goodness-of-fit test needs the observed counts before the expected ones")
    option = f" expected={study_list(exp)}" if exp else ""
    text = f"test chisquare {study_list(counts)}{option}{alpha_option(question)}"
    return Plan("hypothesis_test", text, {"counts": counts, "expected": exp, "samples": [], "paired": False})


def _plan_ratio_fit(question: str, ratio: re.Match[str]) -> Plan:
    """``test chisquare counts probabilities=[9/16, 3/16, ...]``: the counts (the question's whole numbers beside the
    ratio, as many as its parts) against the ratio's shares; PlanError when their number differs."""
    parts = re.findall(r"\d+(?:\.\d+)?", ratio.group(1))  # "9:3:3:1" or "50% / 30% / 20%"
    rest = question[: ratio.start()] + " " + question[ratio.end() :]
    counts = [v for v in numbers(re.sub(r"\b(?:alpha|α|significance(?: level)?)\s*(?:=|of|is)?\s*[\d.]+%?", " ", rest,
                                        flags=re.I)) if re.fullmatch(r"\d+", v) and not re.search(rf"\bF{v}\b", rest)]  # fmt: skip
    if len(counts) != len(parts):
        raise PlanError(f"a goodness-of-fit test to the ratio {ratio.group(1)} needs {len(parts)} observed counts, one "
                        f"per part of the ratio ({len(counts)} read)")  # fmt: skip
    weights = [Fraction(p) for p in parts]
    total = sum(Fraction(c) for c in counts)
    expected = [format(float(w * total / sum(weights)), ".15g") for w in weights]  # the ratio's shares of the total
    text = f"test chisquare {study_list(counts)} expected={study_list(expected)}{alpha_option(question)}"
    facts = {"counts": counts, "expected": parts, "ratio": parts, "samples": [], "paired": False}
    return Plan("hypothesis_test", text, facts)


_TWO_WAY = re.compile(r"\b(?:two|2|three|3|multi)[- ]?way\b|\b(?:two|2)[- ]factor\b|\bfactorial anova\b", re.I)
# an interaction named: a term of two factors, which no one-way ANOVA has ("F statistic for the interaction?")
_INTERACTION_ASKED = re.compile(r"\binteractions?\b", re.I)


# a randomized (complete) block design: "RCBD", "randomized block", "Block 1: ...", "in 3 blocks", "blocking"; its
# treatments are tested by the additive two-way ANOVA (treatment + block), never by a one-way ANOVA of the columns
_BLOCKED = re.compile(r"\brcbd\b|\brandomi[sz]ed\s+(?:complete\s+)?blocks?\b|\bblock(?:ed|ing)\b|\bblocks?\s*#?\d"
                      r"|\b(?:\d+|two|three|four|five|six)\s+blocks\b|\bblocks?\s+(?:effect|factor|as)\b"
                      r"|\b(?:as|are|were)\s+(?:the\s+)?blocks\b", re.I)  # fmt: skip


def plan_anova(question: str) -> Plan:
    if _BLOCKED.search(question):  # a block design, also when called a two-way ANOVA without interaction
        return plan_blocked_anova(question)
    if _TWO_WAY.search(question) or _INTERACTION_ASKED.search(question):  # never a one-way ANOVA of the groups
        return plan_twoway(question)
    if states_sums(question):  # "SS(treatments) = 84.6, SS(error) = 112.8" with k groups of n
        return plan_anova_sums(question)
    welch = unequal_variances(question)  # Welch's ANOVA: "Welch ANOVA", "not assuming equal variances", ...
    options = (" equal_var=false" if welch else "") + alpha_option(question)
    summary = group_summaries(question) or bare_pair_summaries(question)
    if summary and welch and len(summary["n"]) == 2:  # Welch's ANOVA of two groups is Welch's t-test (F = t^2)
        return _plan_summary(question, summary, None)
    if summary:
        lists = " ".join(f"{key}={study_list(values)}" for key, values in summary.items())
        return Plan(
            "anova", f"test anova {lists}{options}", {"summary": summary, "samples": [], "equal_var": not welch}
        )
    if unread_summaries(question):
        raise PlanError(_UNREAD)
    table = long_table(question) or column_table(question)
    found = (table.samples if isinstance(table, LongTable) else table.columns) if table else written_samples(question)
    if len(found) < 2:
        raise PlanError(f"ANOVA needs 2 lists of numbers (found {len(found)})")
    if welch and len(found) == 2:
        return _two_sample_plan(question, found[0], found[1])
    names = group_names(len(found))
    lets = "\n".join(f"let {n} = {study_list(s)}" for n, s in zip(names, found, strict=False))
    return Plan("anova", f"{lets}\ntest anova {' '.join(names)}{options}", {"samples": found, "equal_var": not welch})


def plan_sample_size(question: str) -> Plan:
    if asks_precision(question):  # "estimate the mean to within +/- 0.5": a margin of error, no power
        return plan_precision(question)
    q = question.lower()
    if asks_success_run(q):  # "95% reliability at 90% confidence, zero failures": n = ln(1 - C)/ln(R)
        return plan_success_run(q)
    power = named_number(q, ["power"])
    m = re.search(rf"({NUMBER})\s*%\s*power", q)
    if m:
        power = str(float(m.group(1)) / 100)
    if power is None:
        raise PlanError("a sample size needs the power, e.g. '80% power'")
    sides = power_sides(question)  # a one-sided test in the direction of the effect
    opts = f" power={power}{alpha_option(q)}" + (' alternative="one-sided"' if sides == "one-sided" else "")
    facts = {"power": float(power), "alternative": sides}
    named = stated_design(q)
    if rates := _stated_rates(q):
        return _proportion_sample_size(q, rates, named, opts, facts)
    effect, effect_facts, default = _mean_effect(q, sides)
    design = named or default
    design_opt = f' design="{design}"' if design != "two-sample" else ""
    try:  # "using the normal approximation", "z-test", "known sigma": z; "noncentral t", "t-test" or none: t
        method = mean_method(q) or "t"
    except ExtractError as exc:
        raise PlanError(f"{exc}: name one") from None
    facts.update({**effect_facts, "test": "ttest", "design": design, "method": method})
    if named is None and design == "two-sample":
        facts["assumed"] = _TWO_GROUPS
    if design == "two-sample":
        facts["groups"] = 2  # "between two ovens": the count the question states
    elif design == "paired" and compares_two(q):
        facts["pair_members"] = 2  # "pairs ... between the two labs": each pair's two members, as the question states
    method_opt = ' method="z"' if method == "z" else ""
    return Plan("sample_size", f"power ttest{design_opt}{effect}{opts}{method_opt}", facts)


_TWO_GROUPS = "two independent groups (the question names no design): n is per group; say 'one-sample' or 'paired'"


# words between "vs" and the rate compared with: "3% vs the historical 1%", "from 8% to our current 5%"
_RATE_WORDS = r"(?:the|a|an|our|its|historical|current|baseline|known|usual|typical|old|existing|claimed|target)"


def _stated_rates(q: str) -> tuple[str, str, str] | None:
    """Two proportions to tell apart and the word between them ("and", "vs", "to"): "p1 = 0.5 and p2 = 0.65",
    "rates of 3% vs 1%", "from 10% to 15%", "current scrap rate is 8% ... bring it down to 5%"; None when absent."""
    p1, p2 = named_number(q, ["p1"]), named_number(q, ["p2"])
    if p1 and p2:
        return p1, p2, "and"
    pair = re.search(rf"(?:proportions?|rates?|percentages?)\s+(?:of\s+|from\s+)?({NUMBER})(%?)\s*"
                     rf"(and|vs\.?|versus|to)\s*(?:{_RATE_WORDS}\s+){{0,2}}({NUMBER})(%?)", q)  # fmt: skip
    if pair:
        first, second = (str(float(v) / 100) if pct else v for v, pct in (pair.group(1, 2), pair.group(4, 5)))
        return first, second, pair.group(3).rstrip(".")
    stated = stated_proportions(q)  # "scrap rate is 8%, ... bring it down to 5%": the baseline first
    return (*stated, "to") if stated else None


def _proportion_sample_size(q: str, rates: tuple[str, str, str], design: str | None, opts: str, facts: dict) -> Plan:
    """Two groups' proportions (p1, p2), or one sample's against a known rate (p0 the baseline: the first of "from 1%
    to 3%", the second of "3% vs 1%") when the question says one-sample."""
    first, second, joiner = rates
    pooled_named = pooled(q) and not re.search(r"\bcohen['’]?s h\b|\barc-?sine\b", q)
    if design == "paired":
        raise PlanError("a paired design for proportions (McNemar's test) is not planned; the sample sizes planned "
                        "are of one proportion against a known rate or of two independent groups")  # fmt: skip
    if design == "one-sample":
        if pooled_named:
            raise PlanError("'pooled' names the two-group formula; a one-sample proportion is planned with Cohen's h")
        p0, p = (second, first) if joiner in {"vs", "versus"} else (first, second)
        facts.update({"test": "proportion", "design": "one-sample", "p0": p0, "p": p, "method": "arcsine"})
        return Plan("sample_size", f"power proportion p0={p0} p={p}{opts}", facts)
    method = ' method="pooled"' if pooled_named else ""
    facts.update({"test": "proportion", "design": "two-sample", "p1": first, "p2": second,
                  "method": "pooled" if method else "arcsine", "groups": 2})  # fmt: skip
    if design is None:
        facts["assumed"] = _TWO_GROUPS
    return Plan("sample_size", f"power proportion p1={first} p2={second}{opts}{method}", facts)


def _mean_effect(q: str, sides: str) -> tuple[str, dict, str]:
    """The effect of a mean's power analysis as plan options, its facts, and the design it implies when none is
    named: d ("effect size 0.5", "0.5 sigma") or a difference with the sd (two groups), or an expected mean against
    the value it is compared with ("we expect the true mean is 502 ... exceeds 500": one sample)."""
    d = named_number(q, ["effect size", "cohen's d", "cohens d", "d"])
    delta, in_sds = _difference(q)
    sd = stated_sd(q)
    points = {}
    if d is None and delta is None and sd is None and (points := _difference_in_points(q)):
        delta, sd = points["delta"], points["sd"]  # "Δ = 2.0% dissolved ..., sd 3.0%": both percentage points
    if d is None and delta and in_sds:  # "a shift of 0.5 sigma": the effect in standard deviations
        return f" d={delta}", {"d": float(delta)}, "two-sample"
    if d is None and delta and sd:
        return f" delta={delta} sd={sd}", {"d": float(delta) / float(sd), **points}, "two-sample"
    if d is not None:
        return f" d={d}", {"d": float(d)}, "two-sample"
    if (expected := expected_mean(q)) and sd:
        mean, rest = expected
        against = compared_value(rest, hypothesised_mean(rest, []))
        if against is None:
            raise PlanError(f"the expected mean {mean} needs the value it is compared with, e.g. 'target 500'")
        _check_direction(rest, mean, against, sides)
        gap = mean_gap(mean, against)
        facts = {"d": float(gap) / float(sd), "expected_mean": mean, "mu0": against, "sd": sd}
        return f" delta={gap} sd={sd}", facts, "one-sample"
    raise PlanError("a sample size needs the effect: 'effect size 0.5' or 'an effect of 0.5 SD', a difference and sd, "
                    "an expected mean against a target with the sd, or p1 and p2")  # fmt: skip


def _check_direction(rest: str, mean: str, against: str, sides: str) -> None:
    """A one-sided test must point the way the expected mean lies ("show it exceeds 500" with 498 expected has no
    power to speak of): PlanError when the words say the other way."""
    if sides != "one-sided":
        return
    try:
        way = bound_way(rest, against) or alternative(rest, 1, against)
    except PlanError:  # no direction besides the effect's
        return
    if way != "two-sided" and (way == "greater") != (float(mean) > float(against)):
        raise PlanError(f"the one-sided test looks for a mean {way} than {against}, but the expected mean {mean} "
                        "lies the other way")  # fmt: skip


_CHANGE = (
    r"(?:mean |true )?(?:difference|diff\.?(?![a-z])|shift|change|delta|δ|increase|decrease|drop|rise|reduction|improvement|offset|bias|"
    r"effect)(?: in (?:the )?means?)?"
)
_SD_UNIT = r"(?:sds?|sigmas?|standard deviations?|s\.d\.)(?!\w)"
_IN_SDS = rf"\s*{_SD_UNIT}"
# "half a standard deviation", "one sigma": the number in words
_WORDED_SDS = ((rf"\b(?:one[- ])?half (?:of )?(?:a|an|one)\s+(?={_SD_UNIT})", "0.5 "),
               (rf"\b(?:one|a full|a single)\s+(?={_SD_UNIT})", "1 "))  # fmt: skip


_ABOUT = r"(?:at least|as small as|as little as|about|approximately|roughly|around|only|just|[~≈])"
# a change written as a verb and "by" its size: "cuts overshoot by 0.8 degC", "lowers the mean by 2", "raise it by 1",
# "changes ER by 5 nm/min"
_CHANGE_VERB = (
    r"\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|"
    r"decreas(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|shift(?:s|ed|ing)?|drop(?:s|ped|ping)?|boost(?:s|ed|ing)?|"
    r"chang(?:e|es|ed|ing)|alter(?:s|ed|ing)?|mov(?:e|es|ed|ing))"
    r"(?:\s+(?!by\b)[a-z'-]+){0,4}?\s+by"
)


# a unit or a word of the measured quantity between a difference's number and its noun ("3 unit", "0.3 t/ha", "15 å
# mean thk", "2 °c", a unit per a width or length written with its number, "0.5 n/15mm"), never a word of the sentence
# around it ("15 to detect a difference")
_UNIT_WORD = (
    r"(?!(?:to|a|an|the|of|per|for|with|in|and|or|at|by|is|are|be|from|between|detect\w*)\b|n\b(?!/))"
    r"°?[^\W\d_]+(?:/(?:\d+(?:\.\d+)?\s?)?[^\W\d_²³]+[23²³]?)?"
)
# a difference of means written in percent beside an sd in percent: percentage points of a measurement ("Δ = 2.0%
# dissolved", "a difference of 1.5% between means"), never a relative change ("a 10% increase", "cut it by 10%")
# (also the number first, of means: "a 5% difference in means", "a 2% mean shift", "a 3% difference between the means")
_POINTS_CHANGE = (
    rf"\b(?:mean |true )?(?:difference|diff\.?(?![a-z])|shift|delta|δ|offset)\s*(?:=|:|of|is)?\s*({NUMBER})\s*%|"
    rf"(?<![\w.])({NUMBER})\s*%\s+(?:mean\s+(?:difference|shift|offset)\b|(?:difference|shift|offset)\s+"
    r"(?:in|of|between)\s+(?:the\s+)?(?:group\s+|population\s+)?means\b)"
)


def _difference_in_points(q: str) -> dict[str, str]:
    """The difference to detect and the sd, both written in percent, as percentage points of the measured value
    ("detect Δ = 2.0% dissolved between means; sd 3.0%"), with the note saying so; empty when either is not stated
    in percent, or the change is relative ("a 10% increase")."""
    found = re.search(_POINTS_CHANGE, q)
    sd = stated_sd_in_percent(q)
    if found is None or sd is None:
        return {}
    delta = found.group(1) or found.group(2)
    note = (f"the difference {delta}% and the sd {sd}% are read as percentage points of the measured value, both as "
            "written")  # fmt: skip
    return {"delta": delta, "sd": sd, "note": note}


def _difference(q: str) -> tuple[str | None, bool]:
    """The difference a power analysis is to detect, and whether it is in standard deviations: "a shift of 2 mm",
    "a 2 mm shift", "delta = 2", "a difference in means of at least 2", "a 0.5-sigma shift", "an effect of 0.5 SD",
    "detect 0.5 standard deviations", "half a standard deviation" ((0.5, True)), a verb and "by" ("cuts overshoot by
    0.8 degC"); a relative change ("a 10% increase", "cut it by 10%") is not read."""
    for words, number in _WORDED_SDS:
        q = re.sub(words, number, q)
    after = re.search(rf"\b{_CHANGE}\s*(?:=|:|of|is|was|by)?\s*(?:an?\s+)?(?:{_ABOUT}\s+)?({NUMBER})(?![\d.]|\s*%)", q)
    verb = re.search(rf"{_CHANGE_VERB}\s+(?:{_ABOUT}\s+)?({NUMBER})(?![\d.]|\s*%)", q)
    before = re.search(
        rf"(?<![\w./])({NUMBER})(?![\d.]|\s*%)[- ]?(?:{_UNIT_WORD}\.?[- ]|n[- ](?={_CHANGE})){{0,3}}?{_CHANGE}\b", q
    )  # "a 3 unit difference", "a 0.3 t/ha difference", "a 15 å mean thk offset", "a 0.5 N difference" (newtons)
    detect = re.search(
        rf"\bdetect(?:s|ed|ing)?\s+(?:an?\s+)?(?:{_ABOUT}\s+)?({NUMBER})(?={_IN_SDS})", q
    )  # "detect 0.5 SD"
    found = after or before or detect or verb
    if found is None:
        return None, False
    value = found.group(1)
    return value, bool(re.match(_IN_SDS, q[found.end(1) :]))


def test_alternatives(plan: Plan) -> list[tuple[str, str]]:
    """Rank tests, the other t-test and the assumption checks (normality, equal variances); for counts,
    the exact or chi-square twin of the z-test."""
    facts = plan.facts
    if "table" in facts:  # a 2x2 table: the test with the other continuity correction
        table, corrected = study_matrix(facts["table"]), facts.get("correction", False)
        name = "no continuity correction" if corrected else "yates continuity correction"
        two_by_two = len(facts["table"]) == 2 and len(facts["table"][0]) == 2
        return [(name, f"test chisquare {table} correction={'false' if corrected else 'true'}")] * two_by_two
    if "counts" in facts or "variances" in facts:  # the F test of variances is the test asked: nothing beside it
        return []
    side = _side_option(facts.get("alternative", "two-sided"))
    if "sigma" in facts:  # a z-test with a known sigma: the t-test would estimate what is known
        return []
    if "successes" in facts:
        return _proportion_alternatives(facts, side)
    if "summary" in facts:
        if len(facts["summary"]["n"]) == 1:
            return []
        other = "" if facts["equal_var"] else " equal_var=true"
        name = "welch t-test" if facts["equal_var"] else "pooled t-test"
        return [(name, _summary_command(facts["summary"], None, facts["alternative"]) + other)]
    groups = facts["samples"]
    names = "a b"[: 2 * len(groups) - 1].split()
    checks = [(f"normality of {n}", f"test shapiro {n}") for n, g in zip(names, groups, strict=False) if len(g) >= 3]
    if len(groups) == 1:
        return [("wilcoxon signed-rank", f"test wilcoxon a mu={facts['mu']}{side}"), *checks]
    if facts["paired"]:
        return [
            ("wilcoxon signed-rank (paired)", f"test wilcoxon a b{side}"),
            ("unpaired welch", f"test ttest a b{side}"),
            *checks,
        ]
    other = (
        ("welch t-test", f"test ttest a b{side}")
        if facts.get("equal_var")
        else ("pooled t-test", f"test ttest a b equal_var=true{side}")
    )
    return [
        other,
        ("mann-whitney", f"test mannwhitney a b{side}"),
        ("equal variances", "test levene a b"),
        *checks,
    ]


def _proportion_alternatives(facts: dict, side: str) -> list[tuple[str, str]]:
    x, n = facts["successes"], facts["n"]
    if len(x) == 1:
        method = "" if facts["exact"] else ' method="exact"'
        name = "one-sample z-test" if facts["exact"] else "exact binomial test"
        return [(name, f"test proportion successes={x[0]} n={n[0]} p0={facts['p0']}{method}{side}")]
    if side:
        return []
    table = study_matrix([[xi, str(int(ni) - int(xi))] for xi, ni in zip(x, n, strict=True)])
    return [("chi-square of the 2x2 table", f"test chisquare {table}"),
            ("yates continuity correction", f"test chisquare {table} correction=true")]  # fmt: skip


def anova_alternatives(plan: Plan) -> list[tuple[str, str]]:
    """The other one-way ANOVA (classic beside Welch's, and the other way), Kruskal-Wallis, Levene and Shapiro-Wilk of
    each group (from summary statistics only the other ANOVA); a two-group Welch plan's are the t-test's."""
    if plan.mode == "hypothesis_test":
        return test_alternatives(plan)
    if "twoway" in plan.facts:  # the two-way model with interaction: its audit refits it, no one-way beside
        return []
    welch = not plan.facts.get("equal_var", True)
    if "summary" in plan.facts:
        lists = " ".join(f"{key}={study_list(values)}" for key, values in plan.facts["summary"].items())
        return [_other_anova(f"test anova {lists}", welch)]
    letters = group_names(len(plan.facts["samples"]))
    checks = [
        (f"normality of {n}", f"test shapiro {n}")
        for n, g in zip(letters, plan.facts["samples"], strict=True)
        if len(g) >= 3
    ]
    names = " ".join(letters)
    other = [_other_anova(f"test anova {names}", welch)] if all(len(g) >= 2 for g in plan.facts["samples"]) else []
    return [*other, ("kruskal-wallis", f"test kruskal {names}"), ("equal variances", f"test levene {names}"), *checks]


def _other_anova(command: str, welch: bool) -> tuple[str, str]:
    """The classic (pooled) one-way ANOVA beside Welch's, or Welch's beside the classic."""
    return ("classic one-way anova", command) if welch else ("welch's anova", f"{command} equal_var=false")


def given_samples(text: str) -> list[list[str]]:
    """The samples of a test: the columns of a table pasted in columns ("batch HPLC titration" / "1 99.2 99.6" ...),
    the rows of one pasted in rows with pipes or tabs ("Route A | 4.21 | 4.35 ..."),
    the two sides of values paired item by item ("12.1 -> 11.8, 12.4 -> 12.0, ..."), else every list of numbers;
    none under a table header naming n, mean and sd (its rows are summaries, never samples); a table in long format
    ("N_rate<TAB>plot<TAB>yield" / "180<TAB>101<TAB>8.64" ...) gives its measurement split by the group column."""
    if names_summary_table(text):
        return []
    if long := long_table(text):
        return long.samples
    if table := column_table(text):
        return table.columns
    if rows := row_table(text):  # "Route A | 4.21 | 4.35 ..." / "Route B | 4.48 | ...": a table pasted in rows
        return rows.rows
    pairs = paired_values(text, arrows_only=True)
    return [pairs.first, pairs.second] if pairs else written_samples(text)


def written_samples(text: str) -> list[list[str]]:
    """Every list of numbers the text writes: two or more lists written with slashes ("C1 18.2/17.9/18.6, C2
    19.4/19.9/19.1"), else the runs of numbers separated by spaces or commas."""
    slashed = slashed_samples(text)
    return slashed if len(slashed) >= 2 else samples(text, minimum=2)


def two_samples_score(text: str, scores: dict[str, float]) -> float:
    """Two lists of numbers (and no stronger regression or ANOVA wording) point to a test; so do a count against a
    stated proportion ("vendor claims at most 2% ... 4 of 60 defective") and labelled counts with a question of
    association ("shift 1: 20 scratches, 15 dents; shift 2: ... related?"); a matrix's rows ("is A = [1 2; 2 4]
    singular?") point to no test."""
    if planning_score(text, scores):  # "how many pairs do we need ...": numbers beside it are levels, not data
        return 0.0
    if asks_about_matrix(text) or _composition(text) or asks_no_test(text):  # "is A = [1 2; 2 4] singular?"
        return -scores.get("hypothesis_test", 0.0)
    if (
        counts := count_test_score(text, scores)
        or of_totals_score(text, scores)
        or table_score(text)
        or goodness_score(text)
    ):
        return counts
    found = given_samples(text)
    if len(found) != 2 or scores.get("regression") or scores.get("anova", 0) >= 3:
        return 0.0
    return 0.0 if _summarised_groups(text) >= 3 else 1.5


# a quantity asked that no test gives, in the ask's words: "what's the mass yield of", "find the Cu recovery", "Pb
# recovery to the Pb conc?", "how many tonnes"
_NO_TEST_QUANTITY = re.compile(
    r"\b(?:what(?:'s|s|\s+is|\s+are)?|find|calculate|compute|determine|estimate|give)\b[^.?;\n]{0,40}?"
    r"\b(?:(?:mass|weight)\s+(?:yield|pull|split|fraction)|yield|recover(?:y|ies)|tonnages?)\b"
    r"|\b(?:(?:mass|weight)\s+(?:yield|pull|split)|yield|recover(?:y|ies))\b[^.?;\n]{0,40}\?"
    r"|\bhow\s+many\s+(?:tonnes|tons|kg|kilograms|pounds|lbs?)\b",
    re.I,
)
# the words of a test or a comparison: whatever else is asked, a test may answer it
_TEST_ASKED = re.compile(
    r"\b(?:test(?:s|ed|ing)?|differ(?:s|ent|ence|ences)?|compar(?:e|es|ed|ing|ison)|significan(?:t|ce|tly)|anova|"
    r"analysis\s+of\s+variance|variances?|p[- ]?values?|f[- ]?(?:test|stat(?:istic)?|ratio)|h0|null|hypothes[ie]s|"
    r"reject|alpha|means?|average|same|equal|better|worse|best|worst|effect|affect(?:s|ed)?|var(?:y|ies)|consistent|"
    r"agree(?:s|ment)?|disagree|identical|homogene\w*|one[- ]way|kruskal|welch|wilcoxon|mann|exceed(?:s|ed)?|"
    r"claim(?:s|ed)?|evidence|confiden\w*|interval|chi[- ]?sq\w*|associat\w*|independen\w*|depend\w*)\b",
    re.I,
)


def asks_no_test(text: str) -> bool:
    """Whether the question asks a quantity no test gives ("the mass yield of the Zn conc", "Cu recovery") and names
    no test, comparison or difference: its rows of numbers are no samples to test."""
    return bool(_NO_TEST_QUANTITY.search(text)) and not _TEST_ASKED.search(text)


def _assay_balance(text: str) -> bool:
    """Whether the text is a three-product balance asked of a table of assays ("stream  Pb %  Zn %" over a feed, two
    concentrates and a tail): its rows are no groups."""
    from plugins.symbolic.mass_balance_prose import three_product

    return three_product(text) is not None


def _summarised_groups(text: str) -> int:
    """How many groups' summary statistics the text gives (0 when none, or when a size is missing)."""
    try:
        summary = group_summaries(text)
    except PlanError:  # the planner says what is missing
        return 0
    return len(summary["n"]) if summary else 0


def _composition(text: str) -> bool:
    """Whether the text tables the composition of a batch's ingredients ("cream<TAB>0.02<TAB>0.40" under "protein
    (kg/kg)<TAB>fat (kg/kg)", the batch's total and amounts stated): its rows are no samples."""
    from plugins.symbolic.composition_table import tables_composition

    return tables_composition(text)


def many_samples_score(text: str, scores: dict[str, float]) -> float:
    """Three or more lists of numbers, or summary statistics of three or more groups (and no regression
    wording), point to an ANOVA, never the rows of a matrix whose operation the question names with no group word
    ("eigenvalues of ... row 1: 2 0 0 ..."); the summaries of three or more groups outweigh the test words beside them ("is
    there a significant difference?"), which the test planner refuses for them."""
    if scores.get("regression"):
        return 0.0
    if asks_about_matrix(text) or _composition(text):  # "det of A = [4 2 1; 3 5 2; 1 1 6]": a matrix's rows
        return -scores.get("anova", 0.0)
    if asks_no_test(text) or _assay_balance(text):  # "what's the mass yield of the Zn conc?" of a table of assays
        return -scores.get("anova", 0.0)
    if _summarised_groups(text) >= 3:
        return 3.0 + scores.get("hypothesis_test", 0.0)
    if _twoway_cells(text):  # the cells read in full outweigh a design's words ("2x2 factorial, triplicate")
        return outscore(scores, "anova")
    if len(given_samples(text)) < 3:
        return 0.0
    # three or more lists with the ANOVA named outweigh the test words beside them ("is there a difference? ...
    # p-value from a one-way ANOVA"): no two-sample test answers it
    return 3.0 + (scores.get("hypothesis_test", 0.0) if _ANOVA_NAMED.search(text) else 0.0)


_ANOVA_NAMED = re.compile(r"\banova\b|\banalysis of variance\b|\bone[- ]way\b")


def _twoway_cells(text: str) -> bool:
    """Whether the text names a two-way ANOVA (or an interaction beside an ANOVA) and writes a full grid of replicated
    cells of two factors: a table of two rows ("g1  41.2, 42.0  44.5, 45.3 ...") is no pair of samples to compare."""
    if not (_TWO_WAY.search(text) or _INTERACTION_ASKED.search(text)) or not _ANOVA_NAMED.search(text):
        return False
    layout = read_layout(text)
    return layout is not None and min(len(values) for _, _, values in layout.cells) >= 2


def power_score(text: str, scores: dict[str, float]) -> float:
    """Sample-size wording plus an effect or power is stronger evidence; a sample size asked in planning words with
    no data lists outweighs the test words beside it (``planning_score``)."""
    if planned := planning_score(text, scores):
        return planned
    if physical := _physical_power(text):  # "hydraulic power is proportional to Q*H": no statistical power
        return -3.0 * physical
    return 1.0 if scores.get("sample_size") and re.search(r"\b(?:effect size|detect|power)\b", text) else 0.0


_POWER = re.compile(r"\bpower\b(?!\s+series)", re.I)
# what a statistical power comes with: a level ("80%", "0.9", "ninety percent"), a test, a sample, an effect
_STATISTICAL = re.compile(
    r"%|\bper\s?cent\b|\bpower\s*(?:of|=|:|is|at)?\s*0?\.\d|\b(?:samples?|sampling|tests?|t-test|alpha|significan\w*|"
    r"detect\w*|effect|subjects|participants|per\s+(?:group|arm)|sample\s+size|how\s+many|n\s*=|beta|type\s+ii)\b",
    re.I,
)


def _physical_power(text: str) -> int:
    """How many times the text says "power" in a question with nothing of a statistical power about it (no level in
    percent, no test, sample, effect or significance: "hydraulic power is proportional to Q*H"); 0 otherwise."""
    return 0 if _STATISTICAL.search(text) else len(_POWER.findall(text))
