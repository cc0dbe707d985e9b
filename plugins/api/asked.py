"""The statistics a question asks for by name ("the residual standard error", "adjusted R^2", "the slope", "predict
y at x = 7"), each with the key of a result object that gives it."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER

_NOT_ADJUSTED = r"(?<!adjusted )(?<!adjusted-)(?<!adj\. )(?<!adj )"
_R2 = r"r\s*(?:\^\s*2|²|-?squared\b|-?sq\b)"
# Pearson's correlation asked of two variables: "the correlation coefficient", "how correlated are", "Pearson r";
# not a correlation matrix or table, an autocorrelation, nor "Pearson chi-square"
CORRELATION_ASKED = (
    r"\bcorrelation\b(?![- ]matri|\s+(?:matri|tables?\b))|\bpearson(?:'s)?\s+(?:r\b|correlation|product)"
    # "correlated" asked, not said of paired readings ("the readings are correlated, so use a paired test")
    r"|\bhow (?:strongly |well |closely |much )?correlated\b|\bcorrelated\s*\?|\b(?:is|are)\s+[^.?;]{1,60}\bcorrelated\b"
    r"[^.;?]{0,40}\?"
)
# a prediction at one value of the predictor: "predict y at x = 7", "the expected rate for P of 7.5", "what would y
# be when x is 7"; the value is one number (never a list's first: "for x = 1, 2, 3")
PREDICTION_AT = re.compile(
    r"\b(?:predict\w*|forecast\w*|fitted value|expected \w+|mean response|estimated? (?:the )?"
    r"(?:value of )?\w+|what (?:would|will) \w+ be)\b[^.?;]{0,60}?\b(?:at|when|for|if|with)\s+"
    rf"(?:(?:the |a |an )?[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?\s*(?:=|is|of|equals|:)\s*)?({NUMBER})"
    r"(?!\d|\.\d|\s*%|\s*,\s*[-+]?\.?\d|\s*(?:and|to|-)\s*[-+]?\.?\d)",
    re.I,
)
# a statistic said -> (the result key giving it, its name in words); a model's term ("a fit with intercept") is no ask
NAMED_STATISTICS = (
    (rf"\badj(?:usted|\.)?[- ]?{_R2}|\b{_R2}[- ]?\(?adj(?:usted|\.)?(?!\w)|\badjusted coefficient of determination\b",
     "adj_r_squared", "adjusted R^2"),
    (rf"{_NOT_ADJUSTED}\b{_R2}(?![- ]?\(?adj)|{_NOT_ADJUSTED}\bcoefficient of determination\b", "r_squared", "R^2"),
    (r"\bresidual (?:standard (?:error|deviation)|std\.? ?(?:error|dev\w*)|sd|se)\b|\bstandard error of (?:the )?"
     r"(?:regression|estimate)\b|\broot[- ]mse\b", "residual_sd", "residual standard error"),
    (r"\b(?:residual|error) (?:degrees of freedom|df|d\.f\.)|\bdegrees of freedom (?:of|for|in) (?:the )?"
     r"(?:residuals?|errors?)\b", "df_residual", "residual degrees of freedom"),
    (CORRELATION_ASKED, "r", "correlation r"),
    (r"\bslopes?\b", "slope", "slope"),
    (r"(?<!no )(?<!zero )(?<!zero-)(?<!without an )(?<!without )(?<!with an )(?<!with )(?<!x-)(?<!x )\bintercept\b(?! (?:fixed |forced |set |"
     r"constrained )?(?:at|to|=|of) ?(?:0|zero)\b)", "intercept", "intercept"),
    (PREDICTION_AT.pattern, "prediction", "prediction"),
    (r"\bp[- ]?values?\b", "p_value", "p-value"),
    (r"\bf[- ](?:statistic|ratio|value)\b", "f_statistic", "F statistic"),
)  # fmt: skip


def named_statistics(question: str) -> dict[str, str]:
    """The statistics ``question`` names: result key -> its name in words, in the table's order."""
    return {key: words for said, key, words in NAMED_STATISTICS if re.search(said, question, re.I)}
