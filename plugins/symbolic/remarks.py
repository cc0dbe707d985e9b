"""Words around a math expression that are not part of it: remarks in brackets, trailing remarks, units.

"x^2 + 4x + 13 = 0 (complex roots ok)" -> "x^2 + 4x + 13 = 0"; "x^2 e^(-x) between x=0 and x=3, i.e. definite
integral" -> "x^2 e^(-x) between x=0 and x=3"; "3t^2 - 2t m/s" -> "3t^2 - 2t" (for the variable t). Text is
only cut here, never evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from plugins.api.prose import FUNCTIONS
from plugins.symbolic.calculus_prose import explicit_bounds
from plugins.symbolic.greek_letters import SYMBOL_NAMES, words
from plugins.symbolic.reasoning_units import UNIT_WORDS

MATH_WORDS = FUNCTIONS | {"pi", "oo", "inf", "asinh", "acosh", "atanh", "erf", "erfc"}
# units an expression is written in that no conversion knows: concentrations, amounts of substance, levels
# (viscosities: "cP", "centipoise", "cSt"; "mPa·s" and "Pa·s" are a pressure times a second)
# (degrees of a density or sugar scale: "°P" Plato, "°Bx" Brix, "°API"; the ångström's symbol "Å", lower-cased)
_AMOUNTS = frozenset(
    "ppm ppb ppt mol mols mole moles mmol umol µmol nmol molar dl db lux ntu cfu iu yr yrs cp centipoise "
    "poise cst centistokes °p °plato plato °bx °brix brix °api å".split()
)
_UNITS = UNIT_WORDS | _AMOUNTS
_SHORT_REMARKS = {"ok", "okay", "pls", "plz", "thx", "etc", "fyi", "btw"}
_GROUP = re.compile(r"\(([^()]*)\)")
_SQUARE_GROUP = re.compile(r"[ \t]*\[([^\[\]]*)\]")  # a units note in square brackets: "... ln(1 + 0.3t) [°C, t in h]"
_PER_AREA = {"ha", "acre", "ac"}  # the areas a yield in tonnes is written per ("t/ha")
_WORD = re.compile(r"[A-Za-z]+")


# a symbol named by a Greek letter, with a letter or two after it: "alpha", "DeltaT" (of "ΔT"), "sigma0" (not a
# name that is a unit too: "psi" is pounds per square inch)
_GREEK_NAMED = re.compile(rf"(?:{'|'.join(w for w in words(SYMBOL_NAMES) if w not in _UNITS)})[a-z0-9]{{0,2}}", re.I)


_SUBSCRIPTED = re.compile(r"(?<![\w])[A-Za-z]{1,3}_[A-Za-z0-9]+(?![\w])")


# one symbol and its unit, of a list of them: "H m", "Q m3/h", "H in m", "Q: m^3/h"
_SYMBOL_UNIT = re.compile(r"\s*(?P<symbol>[A-Za-z][A-Za-z0-9_]{0,2})\s*(?:\s|:|\bin\b)\s*(?P<unit>\S+)\s*")


def _symbol_units(text: str) -> bool:
    """Whether bracketed text lists symbols with their units, two or more: "H m, Q m3/h", "H in m; Q in L/min"."""
    items = re.split(r"[,;]", text)
    found = [_SYMBOL_UNIT.fullmatch(item) for item in items]
    return len(items) >= 2 and all(m and only_units(m["unit"]) and m["symbol"] != m["unit"] for m in found)


def _is_remark(text: str) -> bool:
    """Whether bracketed text is words, not mathematics: "complex roots ok", "t in min", "approx", "H m, Q m3/h"
    (the units of symbols; not "1 + alpha*DeltaT": Greek-named symbols)."""
    if _symbol_units(text):
        return True
    text = _SUBSCRIPTED.sub(" ", text)  # "T_use", "k_B": symbols, not words
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", text) if not _GREEK_NAMED.fullmatch(w)]
    words = [w for w in re.findall(r"[A-Za-z]+", " ".join(words))]
    prose = [w for w in words if w not in MATH_WORDS and (len(w) >= 3 or w in _SHORT_REMARKS)]
    if any(w in _SHORT_REMARKS for w in words) or any(len(w) >= 4 or w in _UNITS for w in prose):
        return True
    # two words side by side ("t in", "in min"), one of them no function: prose, not a product "x y"
    pairs = re.findall(r"(?<![A-Za-z])([A-Za-z]+)\s+(?=([A-Za-z]+)(?![A-Za-z]))", text)
    if any(len(a) + len(b) > 2 and not ({a.lower(), b.lower()} & MATH_WORDS) for a, b in pairs):
        return True
    # a name with digits beside a word, nothing else: "DIN4 cup", "ISO 2431 cup" (no product: "x2 y")
    named = re.fullmatch(r"\s*(?:[A-Za-z]+\d\w*|[A-Z]{2,}\s+\d+)\s+(?P<word>[A-Za-z]{3,})\s*", text)
    return named is not None and named["word"].lower() not in MATH_WORDS


# a bracketed group after a word or value, ending a sentence: "... from 0 to infinity (mg*h/L)?", "... ΔT (K*min), exact?"
_UNIT_GROUP = re.compile(r"(?<=[\w)])\s+\(([^()]*)\)(?=\s*(?:[.?!,;:]|$))")


def _is_unit_group(text: str) -> bool:
    """Whether bracketed text is a unit alone, of two letters or more ("mg*h/L", "K*min", "g/m^2"; not "s" or "x"),
    or a percent sign ("%", "%)": mathematics has none)."""
    return text.strip() in {"%", "‰"} or (len(re.findall(r"[A-Za-zµΩ°]", text)) >= 2 and only_units(text))


def drop_remarks(text: str) -> str:
    """The text without bracketed remarks in words ("(complex roots ok)", "(t in min)", a units note "[°C, t in h]")
    or units ending a sentence ("... to infinity (mg*h/L)?"); brackets that hold
    mathematics ("(x + 1)", "v(t)", "sin(x)") stay, and so do the bounds a closing bracket states ("... released
    over the first 4 days (integrate from t = 0 to 4)?" -> "..., integrate from t = 0 to 4?")."""
    closing = re.search(r"\s*\(([^()]*)\)\s*([?.!]?)\s*$", text)
    if closing and _is_remark(closing.group(1)) and explicit_bounds(closing.group(1)):
        text = f"{text[: closing.start()]}, {closing.group(1).strip()}{closing.group(2)}"
    text = _UNIT_GROUP.sub(lambda m: " " if _is_unit_group(m.group(1)) else m.group(0), text)
    previous = None
    while previous != text:  # innermost groups first: "(note (t in s))"
        previous = text
        text = _GROUP.sub(lambda m: " " if _is_remark(m.group(1)) else m.group(0).replace("(", "\0"), text)
    text = _SQUARE_GROUP.sub(lambda m: "" if _is_remark(m.group(1)) or _is_unit_group(m.group(1)) else m.group(0), text)
    return re.sub(r"\s{2,}", " ", text.replace("\0", "(")).strip()


POLITE = r"(?:please|pls|plz|thanks|thank you|thx|cheers)"
# what the asked step is for: "... from 0 to 800 h to get the cumulative hazard H(800)", "... to get total nm
# removed" (no article: words only, the first a word of three letters or more, so "to find x" stays)
_PURPOSE = re.compile(
    r"[\s,]+(?:in\s+order\s+)?to\s+(?:get|obtain|find|give|yield|determine)\s+"
    r"(?:(?:the|a|an|its)\b[^=]*|[A-Za-z]{3,}(?:\s+[A-Za-z]+)*)$",
    re.I,
)
# the ask after the mathematics: "... from t = 0 to infinity: how many g/L of CO_2 in total" (no value of its own)
_ASK_AFTER = re.compile(r"\s*[:;,]\s*how\s+(?:many|much)\b(?P<rest>[^=:;]*)$", re.I)
# a closing sentence on the answer's form: ". Exact answer please", ". Give it exactly.", ". Simplified form",
# "? symbolic please"; or an adverb of that form closing the mathematics: "evaluate ∫₀^∞ v f(v) dv exactly"
_FORM = re.compile(
    r"[.;?!]\s+(?:(?:give|leave|write|state)\s+(?:it|the\s+(?:answer|result|value))\s+)?(?:as\s+|in\s+)?(?:an?\s+)?"
    r"(?:exact(?:ly)?|numerical(?:ly)?|numeric|decimal|simplified|simplest|closed[- ]form|symbolic(?:ally)?|"
    r"analytic(?:al(?:ly)?)?)"
    r"(?:\s+(?:answer|value|result|form|terms))?$"
    r"|(?<=[\w)])\s+(?:exactly|numerically|analytically|symbolically)$",  # "... dv exactly", "... from 0 to 2 numerically"
    re.I,
)
# what the asked value is for, closing the mathematics: "... x·ln(x) dx for a derating calc", "... to t=6 min for the
# cumulative" (an article, then words alone naming no part of the question: not "for x from 0 to 1", "for the curve")
_FOR_PURPOSE = re.compile(
    r"(?<=[\w)])\s+for\s+(?:a|an|the|my|our|this|some)\s+(?P<rest>[A-Za-z][A-Za-z' -]*)$",
    re.I,
)
_FOR_QUESTION = re.compile(
    r"\b(?:function|curve|graph|integrand|expression|interval|range|region|domain|values?|points?|limits?|bounds?|"
    r"variable|case|first|second|last|next|whole|entire|same|rest|period|time|duration|window|span)\b",
    re.I,
)
# a remark on the answer's form after a spaced dash: "... to t=6 min — exact form", "... dx - exact value"
_DASHED_FORM = re.compile(
    r"\s+[—–-]+\s+(?:(?:in|as)\s+)?(?:an?\s+)?(?:exact(?:ly)?|numerical(?:ly)?|numeric|decimal|simplified|simplest|"
    r"closed[- ]form|symbolic(?:ally)?)(?:\s+(?:answer|value|result|form|terms|expression))?$",
    re.I,
)
_KEEP = re.compile(
    r"\b(?:with respect to|wrt|w\.r\.t)\b|\bd[a-z]\b|\bover\b|\bfrom\b|\bbetween\b|\b(?:solve|re-?arrange)\s+for\b",
    re.I,
)


_ASIDE = re.compile(
    r"[\s,;(]*\b(?:i\.e\.|e\.g\.)\s(?![^=]*\b(?:(?:integral|derivative)\s+of|integrate|differentiate)\b)[^=]*$", re.I
)


# an aside restating the question as an integral written out with its sign: "..., i.e. ∫_0^10 10e^(−0.2t) dt. exact
# form please", "that is ∫₀⁶ ...", "namely ∫ ..."
_RESTATED = re.compile(r"[\s,;(]*\b(?:i\.\s?e\.?|ie|that\s+is|namely|in\s+other\s+words)[,:]?\s+(?P<math>∫.+)$", re.I)


def restated_integral(text: str, var_names: frozenset[str] = frozenset({"e", "pi"})) -> str | None:
    """The definite integral an "i.e." aside writes out whole, its closing remarks cut ("the AUC ... for an IV bolus
    with C(t) = 10 e^(−0.2t) µg/mL, i.e. ∫_0^10 10e^(−0.2t) dt. exact form please" -> "∫_0^10 10e^(−0.2t) dt"): the
    question's own words around it (a drug, a unit) are then no symbols. None when there is no such aside, or it is
    not whole: no bounds, or an integrand naming anything but its variable, constants and functions ("i.e. ∫₀^∞
    C(t) dt" needs the definition of C)."""
    from plugins.symbolic.calculus_prose import integral_parts

    m = _RESTATED.search(text)
    if m is None:
        return None
    written = cut_trailing_remarks(drop_remarks(m["math"]))
    parts = integral_parts(written)
    if parts is None or parts[1] is None or parts[2] is None:
        return None
    names = {w for w in re.findall(r"[A-Za-z]+", parts[0])} - {parts[2]} - MATH_WORDS - var_names
    return written if not names else None


# a closing remark after an ellipsis, words alone (no number, no operator): "(1 - cos 3x)/x^2 ... came up in a fixture
# calc" (not "1 + 1/2 + ... + 1/2^n", nor "... to infinity": a first word of three letters or more and of no mathematics)
_TRAILING_ELLIPSIS = re.compile(
    rf"\s*(?:\.{{3,}}|…)\s+(?!(?:{'|'.join(sorted(MATH_WORDS))}|infinity|and|or|to|up)\b)[A-Za-z]{{3,}}\b[A-Za-z' ,.-]*$",
    re.I,
)


# closing sentences of words after the mathematics: "∫₀¹ x·e^(2x) dx. pretty sure its integration by parts?? my prof
# wants the exact answer in terms of e", "... = 3 for x. i got 2 answers from the quadratic but the book only lists
# one?? give me all valid solutions" (no operator, bracket or "="; a number only before a word: "2 answers", not
# "evaluate at 2"; a single letter only as "i", "a" or the constant an answer is written in terms of)
_CLOSING_SENTENCES = re.compile(r"(?<=[\w)²³¹⁰])\s*(?:\.|[?!]+)\s+(?=[A-Za-z])(?P<rest>[^=+*/^<>()\[\]−·∫]*)$")
_LONE_LETTER = re.compile(r"(?<![A-Za-z'])(?!(?<=terms of )[a-z]\b)(?![ia]\b)[A-Za-z](?![A-Za-z'])", re.I)
_BARE_NUMBER = re.compile(r"\d(?![\d.]*\s+[A-Za-z]{3,})")
_COUNTED = re.compile(r"\d\s+(?P<unit>[A-Za-z]+)")
_ASKS_IN_SENTENCE = re.compile(
    r"\b(?:with respect to|wrt|w\.r\.t)\b|\bd[a-z]\b|\b(?:solve|re-?arrange)\s+for\b|\b(?:at|when|where|if)\b"
    r"|\b(?:integral|integrate|derivative|differentiate|limit|solve|roots?|zeros?|maxim\w*|minim\w*|slope|sum|"
    r"evaluate|area|average|mean|how|what|which|find|compute|calculate|determine|total)\b",  # an operation asked ("Exact value of its integral"; not "integration by parts")
    re.I,
)
_MATH_BEFORE = re.compile(r"[=∫^()+*/²³]|\bd[a-z]\b")


def _cut_tail(
    text: str, tail: re.Pattern[str], head_ok: Callable[[str], object], keeps: Callable[[str], object]
) -> str:
    """``text`` without the closing words ``tail`` finds (its group "rest"), when the text before them passes
    ``head_ok``, ``keeps`` finds nothing of the question in them and they read as a remark."""
    m = tail.search(text)
    if not m or not head_ok(text[: m.start()]) or keeps(m["rest"]) or not _is_remark(m["rest"]):
        return text
    return text[: m.start()].rstrip()


def _holds_question_part(rest: str) -> bool:
    """Whether closing words may hold part of the question: a lone symbol, a bare number, bounds, a point ("at",
    "when"), a variable ("solve for", "wrt"), an operation named or a question asked, a value with its unit ("the
    first 4 hours")."""
    if _LONE_LETTER.search(rest) or _BARE_NUMBER.search(rest) or _ASKS_IN_SENTENCE.search(rest):
        return True
    return (
        any(only_units(m["unit"]) for m in _COUNTED.finditer(rest)) or bool(explicit_bounds(rest)) or only_units(rest)
    )


def _cut_closing_sentences(text: str) -> str:
    """The text without closing sentences of words alone after the mathematics (a remark on the method, a worry, a
    request on the answer's form); kept when nothing mathematical stands before them or they may hold part of the
    question ("Exact value of its integral", "How many kWh in the first 4 hours")."""
    return _cut_tail(text, _CLOSING_SENTENCES, _MATH_BEFORE.search, _holds_question_part)


def _purpose_keeps(rest: str) -> bool:
    """Whether the words of a closing "for a ..." may hold part of the question (a symbol, a number, bounds, a
    function or window named: "for the function f", "for the first 4 hours")."""
    return bool(_holds_question_part(rest) or _KEEP.search(rest) or _FOR_QUESTION.search(rest))


def _cut_aside(text: str) -> str:
    """The text without a closing "i.e. ..." or "e.g. ..." aside; kept when cutting it would leave a bracket open
    ("for t (exact form, i.e. the doubling time)": the bracketed remark is dropped whole elsewhere)."""
    cut = _ASIDE.sub("", text)
    return text if cut.count("(") > cut.count(")") and text.count("(") == text.count(")") else cut


# the words after the "?" that closes a calculus ask: "derivative of ln(1 + exp(x)) wrt x? want the expression, i think
# it comes out as sigmoid" (words alone, none asking again: not "f(x) = x^2? what is its derivative at 2")
_ASKED_BEFORE = re.compile(
    r"\b(?:derivative|differentiate|integral|integrate|limit|(?:average|mean)\s+value)\b|∫|\bd[a-z]?/d[a-z]\b", re.I
)
_AFTER_ASK = re.compile(r"(?<=[\w)`'])\s*\?\s+(?=[A-Za-z])(?P<rest>(?:\bw/|[^=+*/^<>()\d?−∫])*)$")  # "w/": with
_ASKS_AGAIN = re.compile(
    r"\b(?:derivative|differentiate|integral|integrate|limit|solve|find|evaluate|compute|calculate|what|how|which|"
    r"when|where|at|value|slope|rate|area|second|third|partial|d[a-z]?/d[a-z])\b",
    re.I,
)


def _cut_after_ask(text: str) -> str:
    """The text without the words alone after the "?" that ends a calculus ask ("... wrt x? want the expression, i
    think it is the sigmoid" -> "... wrt x"); kept when they ask anything or hold mathematics."""
    return _cut_tail(
        text, _AFTER_ASK, _ASKED_BEFORE.search, lambda rest: _ASKS_AGAIN.search(rest) or _KEEP.search(rest)
    )


def cut_trailing_remarks(text: str) -> str:
    """The text without a closing remark: ", i.e. definite integral" (not ", i.e. the integral of cp dT": the
    question itself), ", please", " thanks", "i.e. ...", a remark
    after a spaced dash (" — exact value please", " - show steps"), a closing sentence on the answer's form (".
    Exact answer please", ". Give it exactly"), the ask after the mathematics (": how many g/L in total", not ": how
    much after 3 h"), an open "= ?" ("AUC from 0 to inf = ?")."""
    text = re.sub(r"\s*=\s*\?+[\s.!]*$", "", text.strip()).rstrip("?.! ")
    while True:
        cut = re.sub(rf"[\s,;:!-]*\b{POLITE}\b[\s!.]*$", "", text, flags=re.I)
        cut = _cut_aside(cut)
        cut = _TRAILING_ELLIPSIS.sub("", cut)
        cut = _PURPOSE.sub("", cut)
        cut = _FORM.sub("", cut)
        cut = _DASHED_FORM.sub("", cut)
        cut = _cut_tail(cut, _FOR_PURPOSE, _MATH_BEFORE.search, _purpose_keeps)
        cut = _cut_after_ask(cut)
        cut = _cut_closing_sentences(cut)
        ask = _ASK_AFTER.search(cut)
        if ask and not re.search(r"(?<![A-Za-z_\d])\d", ask["rest"]):  # "CO_2", "H2O" name no value
            cut = cut[: ask.start()]
        clause = re.search(r"(?:[,;]|\s-+\s)\s*([A-Za-z][A-Za-z.' -]*)$", cut)  # ", in mm", " - exact value"
        sentences = clause and re.search(r"[.?!]\s", clause.group(1))  # ", q in units. At what q ...": no remark
        if clause and not sentences and _is_remark(clause.group(1)) and not _KEEP.search(clause.group(1)):
            cut = cut[: clause.start()]
        cut = cut.strip().rstrip("?.! ,;")
        if cut == text:
            return text
        text = cut


# a closing sentence or dashed remark of words alone after an equation: "... = 0. Both answers please, she says there
# are 2", "... = 0 — both roots please" (no operator or bracket in it: not "... = 0. Then is x = 2?")
_CLOSING_PROSE = re.compile(r"(?<=[\w)²³])\s*(?:[.;!?]\s+|\s+[—–-]+\s+)(?=[A-Za-z])(?P<rest>[^=+*/^<>()−]*)$")
# mathematics among words: a number beside a letter ("2x", "x2"), a minus ("x - 3", "-4")
_MATH_IN_WORDS = re.compile(r"\d\s*[A-Za-z](?![A-Za-z])|(?<![A-Za-z])[A-Za-z]\d|\s-\s|-\d|\d\s*-")


# words of chatter that look like a kept part: a "from" that states no bounds ("i get 2 from the quadratic", not
# "from 0 to 3"), the verb "do" (no differential "dx")
_UNBOUNDED_FROM = re.compile(r"\bfrom\b(?!\s+[-\w.]+\s+(?:to|till|until)\b)|\bdo\b", re.I)


def cut_closing_prose(text: str) -> str:
    """``text``, an equation, without the words that close it: "2x² − 9x + 4 = 0. Both answers please, she says
    there are 2" -> "2x² − 9x + 4 = 0", "... = 3. the key lists 1 solution but i get 2 from the quadratic?? which is
    it"; kept when no equation stands before them, or they ask to solve for a name ("... = 0. Solve for x")."""
    return _cut_tail(
        text,
        _CLOSING_PROSE,
        lambda head: "=" in head,
        lambda rest: _MATH_IN_WORDS.search(rest) or _KEEP.search(_UNBOUNDED_FROM.sub(" ", rest)),
    )


_UNIT_TOKEN = re.compile(
    r"(?<=[\w)])\s+([\[(]?[A-Za-zµμΩ°\u00c5\u212b$€£¥][A-Za-z0-9²³µμΩ°\u00c5\u212b$€£¥/^.*·-]*(?:/\([A-Za-zµΩ°*·.^ -]+\))?[\])]?)"
    r"(?:\([ACZ]\))?\s*$"  # a sound level's weighting: "dB(A)"
)
# a percent sign or word after a value: "90(1 - e^(-t/3)) %", "... )%", "40 + 5t percent" (mathematics has no "%"),
# with the basis of a concentration: "0.8 e^(-0.03t) % w/w", "... %(v/v)", "... wt%"
# or with the word of what it measures: "100(1 - e^(-0.15t)) % released", "... % dissolved" (not a function's name),
# or the capitals of what it is a percent of: "100 e^(-0.0115t) %LC" (of the label claim), "... % RH", "... %IACS"
_PERCENT_UNIT = re.compile(
    r"(?<=[\w)])\s*(?:%|\bper\s?cent\b|\bpct\b|\bwt\s*%)(?:\s*\(?\s*[wv]\s*/\s*[wv]\s*\)?|\s?(?-i:[A-Z]{1,5})\b)?"
    rf"(?:\s+(?!(?:{'|'.join(sorted(MATH_WORDS))})\b)[a-z]{{4,}})?\s*$",
    re.I,
)
# a count a unit is written per, after the unit: "8t dollars per pallet", "... € per unit", "kWh per a batch"; the
# noun may already be cut off as prose ("8t dollars per")
# (with what it is of, or its "of" alone where prose was cut after it: "t/h per min of float time", "kg per hour of")
_PER_NOUN = re.compile(
    r"\s+per(?:\s+(?:a|an|each))?(?:\s+(?P<noun>[A-Za-z]{2,})(?:\s+of(?:\s+[A-Za-z]{3,}){0,2})?)?\s*$"
)
# money: "$", "k$", "$k", "M€", "USD", "kUSD", "dollars"
_CURRENCY = re.compile(r"(?:k|M|mn|bn)?[$€£¥](?:k|M|mn|bn)?|k?(?:USD|EUR|GBP)|dollars?|euros?", re.I)


def strip_units(text: str, variable: str | None = None, letters: int = 1) -> str:
    """The expression without the units written after it: "3t^2 - 2t m/s" -> "3t^2 - 2t", "5 + 2t L/min",
    "12x N", "5 + 2t litres per minute"; a unit stands after a value (never after an operator), is not the
    variable and has at least ``letters`` letters (2: "ppm", "mg/L", not the "c" of "a x + c"); one letter with a
    power after a letter is a variable ("pi r^2", "m c^2"), not a unit; a percent sign or word is one ("90(1 -
    e^(-t/3)) %", "... )%")."""
    stripped = False
    while True:
        percent = _PERCENT_UNIT.search(text)
        if percent:
            text, stripped = text[: percent.start()], True
            continue
        counted = _per_noun(text, variable)
        if counted is not None:
            text, stripped = counted, True
            continue
        m = _UNIT_TOKEN.search(text)
        short = m and letters > 1 and len(re.findall(r"[A-Za-zµΩ°]", m.group(1))) < letters
        power = m and re.fullmatch(r"[A-Za-z]\^\d+", m.group(1)) and text[: m.start()][-1:].isalpha()  # "pi r^2"
        closes = m and m.group(1).count(")") > m.group(1).count("(")  # "1 + K C)": it closes the expression's group
        unit = m and not short and not power and not closes and _is_unit(m.group(1), variable)
        if not m or not (unit or (stripped and m.group(1).lower() == "per")):
            return text.strip()
        text, stripped = text[: m.start()], True


def _per_noun(text: str, variable: str | None) -> str | None:
    """``text`` up to the unit before a trailing "per <noun>" ("200/t + 8t dollars per pallet" -> "200/t + 8t
    dollars"), or None when no unit stands before it (the noun is never a function word or the variable)."""
    m = _PER_NOUN.search(text)
    noun = m and m["noun"]
    if not m or (noun and (noun.lower() in MATH_WORDS - {"min"} or noun == variable)):  # "per min": a unit
        return None
    head = _UNIT_TOKEN.search(text[: m.start()])
    return text[: m.start()] if head and _is_unit(head.group(1), variable) else None


def only_units(text: str) -> bool:
    """Whether ``text`` holds nothing but units ("", " m", " s?")."""
    return all(_is_unit(token, None) for token in text.strip(" ?.!,").split())


def _unit_case(word: str) -> str:
    """A unit's word in lower case, its ohm sign kept ("kΩ" -> "kΩ", never the Greek small omega "kω")."""
    return word.replace("Ω", "\0").lower().replace("\0", "Ω")


def _is_unit(token: str, variable: str | None) -> bool:
    bare = token.strip("[]()").replace("μ", "µ")  # the Greek mu written for the micro sign: "μm", "μg/L"
    if _CURRENCY.fullmatch(bare):
        return True
    if re.fullmatch(r"t/(?:h|hr|d|day|yr|y|min)", bare):  # a rate in tonnes ("400 + 50 sin(pi t/12) t/h")
        return True
    words = [_unit_case(w) for w in re.findall(r"[A-Za-zµΩ°\u00c5\u212b]+", bare)]
    if not words or variable in words or any(w in MATH_WORDS for w in words) or re.search(r"/\d", bare):
        return False
    if all(_unit_case(w) in _UNITS or _prefixed_unit(w) for w in re.findall(r"[A-Za-zµΩ°\u00c5\u212b]+", bare)):
        return True
    # a count per unit: "defects/h", "parts/min" (the count a word, not a variable)
    count, _, per = bare.partition("/")
    if _CURRENCY.fullmatch(count) and len(per) >= 2 and per.isalpha() and per.lower() not in MATH_WORDS:
        return per != variable  # money per a counted thing: "$/FH" (per flight hour), "€/part", "$/unit"
    if count == "t" and variable != "t" and per.lower() in _PER_AREA:  # a yield in tonnes per hectare: "t/ha"
        return True
    return bool(per) and len(count) >= 2 and count.isalpha() and all(w in _UNITS for w in _WORD.findall(per.lower()))


# the SI prefixes a unit written after a value is read with ("cN", "MBq", "GPa"): not deci, deka or hecto, whose
# letters begin differentials and products ("dV", "hA")
_UNIT_PREFIXES = frozenset({"T", "G", "M", "k", "c", "m", "µ", "n", "p"})


def _prefixed_unit(word: str) -> bool:
    """Whether ``word`` is a unit the unit engine knows written with an SI prefix, in its case ("cN", "MBq", "kN"):
    never a bare letter nor a prefix word ("kilo")."""
    from plugins.symbolic.units import UnitError, resolve

    try:
        base, exponent = resolve(word)
    except UnitError:
        return False
    return exponent != 0 and word[: len(word) - len(base)] in _UNIT_PREFIXES and len(word) >= 2
