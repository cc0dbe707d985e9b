"""The one table of Greek letters the symbolic readers share: each character as its name ("λ" -> "lambda").

It holds the whole lower-case alphabet, the micro sign "µ" (typed for "μ") and the capitals that name quantities
in formulas ("ΔT", "Ω"); the capitals Σ and Π, read as a sum and a product, are not names. ``SYMBOL_NAMES`` leaves
out π, the constant pi, which names no symbol of a formula. Each reader takes what it needs from them: the names
as words, the characters of one case.
"""

from __future__ import annotations

GREEK_NAMES: dict[str, str] = {
    **dict(
        zip(
            "αβγδεζηθικλμνξοπρστυφχψω",
            "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon "
            "phi chi psi omega".split(),
            strict=True,
        )
    ),
    "µ": "mu",  # the micro sign, typed for "μ"
    **dict(zip("ΓΔΘΛΦΨΩ", "gamma delta theta lambda phi psi omega".split(), strict=True)),
}
# the letters that name a symbol, a function or a parameter ("η(T)", "ΔT", "σ0"): all but the constant π
SYMBOL_NAMES: dict[str, str] = {c: name for c, name in GREEK_NAMES.items() if c != "π"}


def lower_case(names: dict[str, str]) -> dict[str, str]:
    """The lower-case characters of ``names`` and their names ("η" -> "eta", "µ" -> "mu"), no capitals."""
    return {c: name for c, name in names.items() if c.islower()}


def words(names: dict[str, str]) -> list[str]:
    """Each name of ``names`` once, the longer first so that a pattern of them takes "epsilon" whole, not "eta"."""
    return sorted(set(names.values()), key=lambda name: (-len(name), name))
