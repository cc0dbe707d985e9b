"""Built-in plugin ``stats``: hypothesis tests, regression, intervals, power and distributions.

Registration only: every handler is named as a "module:attribute" string and imported on first use,
so loading the registry imports no scipy or statsmodels.
"""

from __future__ import annotations

from collections.abc import Callable

from plugins.api.asked import CORRELATION_ASKED
from plugins.api.hooks import hookimpl
from plugins.api.specs import Function, Kind, ReasoningTool, Verb

_DISPATCH = "plugins.stats.dispatch:dispatch"

_VERBS = (
    ("test", "hypothesis test: test ttest before after paired=true  |  test anova response by machine"),
    ("fit", "fit a model: fit regression y ~ x + x^2"),
    ("interval", "confidence interval: interval mean x conf=0.95  |  interval proportion successes=12 n=40"),
    ("power", "power and sample size: power ttest delta=1 sd=2 power=0.8"),
)

# (family, kind, handler, summary)
_KINDS = (
    ("test", "ttest", "plugins.stats.ttest:ttest", "one-sample, two-sample (Welch default) or paired t-test"),
    ("test", "ztest", "plugins.stats.ztest:ztest", "one-sample z-test of a mean with a known sigma"),
    (
        "test",
        "anova",
        "plugins.stats.anova:anova",
        "one-way (classic or Welch's: equal_var=false) or two-way (interaction, Type III SS) ANOVA",
    ),
    ("test", "chisquare", "plugins.stats.chisquare:chisquare", "chi-square goodness of fit or independence"),
    (
        "test",
        "proportion",
        "plugins.stats.proportion_test:proportion",
        "one- or two-sample test of proportions (z or exact)",
    ),
    ("test", "shapiro", "plugins.stats.normality:shapiro", "Shapiro-Wilk normality test"),
    ("test", "anderson", "plugins.stats.normality:anderson", "Anderson-Darling normality test"),
    ("test", "mannwhitney", "plugins.stats.rank_tests:mannwhitney", "Mann-Whitney U (Wilcoxon rank-sum) test"),
    ("test", "wilcoxon", "plugins.stats.rank_tests:wilcoxon", "Wilcoxon signed-rank test, paired or one-sample"),
    ("test", "kruskal", "plugins.stats.rank_tests:kruskal", "Kruskal-Wallis H test"),
    ("test", "levene", "plugins.stats.variances:levene", "Levene / Brown-Forsythe test of equal variances"),
    ("test", "bartlett", "plugins.stats.variances:bartlett", "Bartlett test of equal variances (normal data)"),
    ("test", "ftest", "plugins.stats.variances:ftest", "F test of two variances, from samples or n= and sd="),
    ("fit", "regression", "plugins.stats.regression:regression", "ordinary least squares from a formula"),
    ("interval", "mean", "plugins.stats.intervals:mean", "t interval for a mean"),
    ("interval", "proportion", "plugins.stats.intervals:proportion", "Wilson, Clopper-Pearson or Wald interval"),
    ("interval", "variance", "plugins.stats.intervals:variance", "chi-square interval for a variance"),
    ("interval", "sd", "plugins.stats.intervals:sd", "chi-square interval for a standard deviation"),
    ("power", "ttest", "plugins.stats.power:ttest", "power / sample size / effect of a t-test"),
    ("power", "proportion", "plugins.stats.power:proportion", "power / sample size / effect of a proportion test"),
    (
        "power",
        "precision",
        "plugins.stats.precision:precision",
        "sample size for a margin of error (mean or proportion)",
    ),
    ("power", "successrun", "plugins.stats.success_run:success_run", "parts for a zero-failure reliability test"),
)

# distribution family -> methods; handlers live in plugins.stats.distributions as <family>.<method>
_DISTRIBUTIONS = (
    ("normal", ("pdf", "cdf", "ppf", "sf"), "normal(x, mu=0, sigma=1)"),
    ("t", ("pdf", "cdf", "ppf", "sf"), "Student t(x, df)"),
    ("chi2", ("pdf", "cdf", "ppf", "sf"), "chi-square(x, df)"),
    ("f", ("pdf", "cdf", "ppf", "sf"), "F(x, df1, df2)"),
    ("binomial", ("pmf", "cdf", "ppf", "sf"), "binomial(k, n, p)"),
    ("poisson", ("pmf", "cdf", "ppf", "sf"), "Poisson(k, mu)"),
    ("hypergeom", ("pmf", "cdf", "ppf", "sf"), "hypergeometric(k, N, K, n): n drawn from N, K marked"),
    ("exponential", ("pdf", "cdf", "ppf", "sf"), "exponential(x, rate=1)"),
    ("weibull", ("pdf", "cdf", "ppf", "sf"), "Weibull(x, shape, scale=1)"),
)

# Bayes' theorem for a screening test, from (prevalence, sensitivity, specificity)
_BAYES = (
    ("bayes.ppv", "P(condition | positive test) from (prevalence, sensitivity, specificity)"),
    ("bayes.npv", "P(no condition | negative test) from (prevalence, sensitivity, specificity)"),
)


@hookimpl
def register_verbs(register: Callable) -> None:
    for name, summary in _VERBS:
        register(Verb(name=name, handler=_DISPATCH, summary=summary, kind_family=name))


@hookimpl
def register_kinds(register: Callable) -> None:
    for family, name, handler, summary in _KINDS:
        register(Kind(family=family, name=name, handler=handler, summary=summary))


@hookimpl
def register_functions(register: Callable) -> None:
    for family, methods, summary in _DISTRIBUTIONS:
        for method in methods:
            name = f"{family}.{method}"
            register(
                Function(name=name, handler=f"plugins.stats.distributions:{name}", summary=f"{method} of {summary}")
            )
    for name, summary in _BAYES:
        register(Function(name=name, handler=f"plugins.stats.bayes:{name}", summary=summary))


_REASON = "plugins.stats.reasoning"
_AUDITS = "plugins.stats.reasoning_audit"


@hookimpl
def register_reasoning_tools(register: Callable) -> None:
    register(
        ReasoningTool(
            name="probability",
            handler="plugins.stats.reasoning_probability:plan_probability",
            summary="binomial, Poisson, normal, exponential and Weibull probabilities and quantiles",
            keywords=(
                (
                    r"probability|\bprob\b|\bp\(|binomial|poisson|normal distribution|standard normal|quantile|percentile",
                    2.5,
                ),
                (r"\bz[- ]?(?:score|value)|critical value|cdf|pdf|pmf|exponential distribution", 2.5),
                (r"\bheads\b|\bcoin|\bdice\b|\bdie\b|\bnormal\b|\bpoisson\b", 1.5),
                (r"\bweibull\b|\bb10\s+life\b|\bcharacteristic\s+life\b", 2.5),
                (r"\bmarkov\b|\bstationary\s+distribution\b", 3),
                (r"normally distributed|gaussian|what fraction|what proportion|what share", 1.5),
                # a yield of units from the DPMO and a count of opportunities per unit (not "what sigma level is 3.4 DPMO?")
                (
                    r"^(?=.*(?:\bdpmo\b|defects per million opportunit))(?=.*\d[\d,]*\s+(?:[\w-]+\s+){0,3}opportunit)",
                    1.5,
                ),
                (
                    r"\bexponential(?:ly)?\b|\bchances?\b|\bodds\s+(?:of|that|are)\b|\bhow likely\b|~\s*n\(|\bn\(\s*(?:mu|μ|\d)",
                    2.5,
                ),
                # lifetimes: a failure rate per unit of time, a mean life
                (
                    r"\b(?:failure|hazard)\s+rate\b(?:[^.;?]|\.(?=\d)){0,30}?(?:per|/)\s*\d*\s*[a-z]|\bmtbf\b|\bmttf\b|\bmean life",
                    1.5,
                ),
            ),
            score="plugins.stats.reasoning_sample_mean:probability_score",
            alternatives="plugins.stats.reasoning_probability:normal_approximation",
            audit=f"{_AUDITS}:audit_probability",
            confidence=0.95,
        )
    )
    register(
        ReasoningTool(
            name="hypothesis_test",
            handler=f"{_REASON}:plan_hypothesis_test",
            summary="t-tests (one-sample, two-sample, paired) with rank tests and assumption checks beside; chi-square tests",
            keywords=(
                (r"t-?test|difference|different|significant|compare|hypothes|p-?value|mann|wilcoxon|before|after", 2),
                (r"\bmean (?:of|is) \d|\bequal to\b|greater than|less than", 0.5),
                (r"\btest whether\b|\bhas (?:a )?mean\b", 2),
                # a mean asked against a value: "is the mean below 50?", "does the average fill weight exceed 500 g?"
                (
                    r"\b(?:is|was|are|does|did)\s+(?:the\s+)?(?:true\s+|population\s+|process\s+)?(?:mean|average)\b"
                    r"[^.?;\d]{0,30}?\b(?:below|above|under|over|exceeds?|(?:greater|more|less|lower|higher|smaller|"
                    r"larger|bigger) than)\s+\d",
                    2,
                ),
                # a named one-sample test outweighs a "spec" or "target" it is tested against
                (r"\bone[- ]sample (?:t[- ]?)?test\b|\bhypothesi[sz]ed mean\b", 2),
                # shorthand: "t test", "1-sample", "single sample", "H0 mu=50"
                (r"\b[tz] test\b|\b(?:1|one|single)[- ]sample\b|\bh[0o₀]\s*(?:mu|μ|p|mean)\s*=", 2),
                # terse: "welch t", "welch's t, 2-sided p?"
                (r"\bwelch'?s? t\b|\b[12]-(?:sided|tailed)\b", 2),
                (
                    r"\b(?:one|two)[- ](?:sided|tailed)\b|\bclaims?\b|\bevidence\b|\bz-?test\b|proportions? test|two-proportion",
                    2,
                ),
                (
                    r"chi[- ]?squared?|\bchi2\b|\bchi\s*\^\s*2\s+(?:statistic|test)\b|contingency table|test of independence|goodness of fit",
                    4,
                ),
                # a stated null hypothesis or a named test is a test, even of a binomial count
                (r"\bh[0o₀]\s*:|\bnull hypothesis|\b(?:exact|binomial|sign)[- ]test\b", 4),
                # the F test of two variances: "F test for equal variances", "variances equal? (F test)"
                (
                    r"\bf[- ]?test\b[^.?;]{0,40}\bvariances?\b|\bvariances?\b[^.;]{0,40}\bf[- ]?test\b|\bvariance[- ]ratio\b",
                    3,
                ),
            ),
            score=f"{_REASON}:two_samples_score",
            alternatives=f"{_REASON}:test_alternatives",
            audit=f"{_AUDITS}:audit_tests",
            confidence=0.9,
        )
    )
    register(
        ReasoningTool(
            name="regression",
            handler=f"{_REASON}_regression:plan_regression",
            summary="a straight line or a polynomial (quadratic, cubic, through the origin) fitted by least squares",
            keywords=(
                (
                    r"regress|\bfit (?:a |the |a straight |straight )?line|line of best fit|best[- ]fit line|least[- ]squares|slope|intercept|linear fit|trend",
                    3,
                ),
                # the fit's quality or a calibration line: "R^2 of the straight-line fit", "calibration curve"
                (
                    r"\br\s*\^\s*2\b|\br[- ]?squared\b|coefficient of determination|straight[- ]line|(?:calibration|standard) (?:curve|line)",
                    3,
                ),
                # Pearson's r of two variables: "correlation coefficient between dose and response", "how correlated"
                (CORRELATION_ASKED, 3),
                # a curve fitted: "fit a quadratic", "cubic fit", "second-order polynomial", "fit y = a + b x + c x^2"
                (
                    r"\bfit(?:ted|ting)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:quadratic|cubic|quartic|parabola|poly(?:nomial)?|curve)\b|"
                    r"\b(?:quadratic|cubic|quartic|polynomial|parabolic|curve|exponential|logarithmic|power[- ]law|non-?linear)\s+"
                    r"(?:fit|model|trend)\b|\bfit(?:ted|ting)?\s+(?:the model\s+)?[a-z]\w*(?:\([^()]*\))?\s*(?:=|~)\s*[a-z(]",
                    3,
                ),
            ),
            score=f"{_REASON}_regression:written_model_score",
            audit=f"{_AUDITS}:audit_regression",
            confidence=0.92,
        )
    )
    register(
        ReasoningTool(
            name="anova",
            handler=f"{_REASON}:plan_anova",
            summary="classic or Welch's one-way ANOVA of groups (or their n, means and sds), with Kruskal-Wallis beside",
            keywords=(
                (r"anova|analysis of variance|groups|machines|suppliers|operators|three|four|several", 1.5),
                # the method named: an ANOVA of two groups too (not an F test of two variances)
                (r"\banova\b|analysis of variance|\bf[- ](?:test|statistic|ratio)\b(?![^.?;]{0,40}\bvariances?\b)", 2),
            ),
            score=f"{_REASON}:many_samples_score",
            alternatives=f"{_REASON}:anova_alternatives",
            audit=f"{_AUDITS}:audit_tests",
            confidence=0.9,
        )
    )
    register(
        ReasoningTool(
            name="confidence_interval",
            handler=f"{_REASON}_intervals:plan_interval",
            summary="confidence intervals and one-sided bounds for a proportion (Wilson by default), a mean, an sd",
            score=f"{_REASON}_intervals:interval_score",
            audit=f"{_REASON}_intervals:audit_interval",
            confidence=0.92,
        )
    )
    register(
        ReasoningTool(
            name="sample_size",
            handler=f"{_REASON}:plan_sample_size",
            summary="sample size of a t-test or a two-proportion test for a power, or for a margin of error",
            keywords=(
                (
                    r"sample size|how many (?:samples|subjects|observations|units|pairs|per group)|\bpower\b(?!\s+series)",
                    3,
                ),
                (r"margin of error|half[- ]?width|\bestimat\w*\b[^.?;]{0,60}\b(?:within|to within)\b", 3),
                (r"\bhow (?:many|large)\b[^.?;]{0,120}(?:\bwithin\b|±|\+/-)", 3),
                (r"(?:\bwithin\b|±|\+/-)[^?]{0,160}\bconf(?:idence|\b)[^?]{0,160}\bhow (?:many|large)\b", 3),
                (
                    r"\b\w+ per (?:group|arm)\b|\bn per [a-z]+\s*\?|\bto detect\b|\bhow many\b.{0,40}\b(?:need|needed|required)\b",
                    2,
                ),
                (
                    r"\bsuccess[- ]run\b|\bzero[- ]failures?\b[^.?;]{0,80}\breliab|\breliab\w*\b[^?]{0,80}\bzero[- ]failures?\b",
                    3,
                ),
            ),
            score=f"{_REASON}:power_score",
            alternatives=f"{_REASON}_proportions:sample_size_alternatives",
            audit=f"{_AUDITS}:audit_sample_size",
            confidence=0.92,
        )
    )
