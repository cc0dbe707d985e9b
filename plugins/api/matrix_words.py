"""Words of a matrix question and words of a comparison of groups, read apart from any planner.

A question that names a matrix operation ("eigenvalues", "det of A", "is it positive definite?", "is A singular?")
and no group, mean or comparison word asks about a matrix: its rows are no samples, and no test or ANOVA answers it
(the stats planners step aside, the linear-algebra planner reads it, the asked-quantity check fails a test answered).
Only words are read here; nothing is evaluated.
"""

from __future__ import annotations

import re

# the principal values of a symmetric tensor (its eigenvalues): "principal stresses", "principal strains", "principal
# values", "principal moments of inertia"; not "principal components" (a statistic of data)
PRINCIPAL_VALUES = r"\bprincipal\s+(?:stress(?:es)?|strains?|values?|moments?(?:\s+of\s+inertia)?)\b"
# an operation only a matrix has; "rank" (rank-sum tests), "trace" and a bare "inverse" (the inverse normal) are left
# out: they also name statistics
MATRIX_OPERATION = re.compile(
    rf"{PRINCIPAL_VALUES}|"
    r"\beigen\w*|\beig(?:s|vals?|vecs?)?\b|\be(?:vals?|vecs?)\b|\bdeterminants?\b|\bdet\b|\brref\b|row[- ]echelon|"
    r"\binvert(?:ible|ibility)?\b|\binverse of (?:the |this |that |a |its )?(?:matrix\b|[a-z]\b(?!\s*[-(])|\[)|"
    r"\binv\s*\(|\bnon-?singular\b|\bsingular(?:ity)?\b|\bpositive[- ](?:semi-?)?definite\b|"
    r"\b(?:is it|is this|is the matrix|is [a-z]) (?:pd|psd|p\.d\.)\b|\btranspose\b|\bmatri(?:x|ces)\b",
    re.I,
)
# words of groups compared: the data of a test or an ANOVA
GROUP_WORDS = re.compile(
    r"\banova\b|analysis of variance|\bgroups?\b|\bmeans?\b|\baverages?\b|\bdiffer\w*|\bcompar\w*|\bsignifican\w*|"
    r"\btreatments?\b|\bsamples?\b|\bvs\.?(?!\w)|\bversus\b|\bp-?values?\b|\bhypothes[ie]s\b|\bt-?tests?\b|"
    r"\bkruskal\b|\bwilcoxon\b|\bmann[- ]whitney\b|\bf[- ]test\b|\bnull\b",
    re.I,
)


def names_matrix_operation(text: str) -> bool:
    """Whether ``text`` names an operation only a matrix has (eigenvalues, determinant, inverse of a matrix, rref,
    transpose, singular, invertible, positive definite) or says "matrix"."""
    return bool(MATRIX_OPERATION.search(text))


def compares_groups(text: str) -> bool:
    """Whether ``text`` has a word of groups compared (ANOVA, groups, means, difference, compare, significant, a
    test named ...)."""
    return bool(GROUP_WORDS.search(text))


def asks_about_matrix(text: str) -> bool:
    """A matrix operation named and no group compared: the numbers are a matrix's entries, never samples."""
    return names_matrix_operation(text) and not compares_groups(text)
