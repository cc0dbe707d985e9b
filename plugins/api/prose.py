"""Pull numbers, samples, options and math expressions out of prose (for reasoning tools' planners).

Everything here produces study-language text (or plain Python numbers); nothing is evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from plugins.api.number_words import number_words

# unambiguous (no backtracking blow-up) and never swallowing a sentence's full stop ("... 31.")
DECIMAL = r"(?:\d+(?:\.\d+)?|\.\d+)"  # 3, 0.5, .5: a plain decimal, no sign or exponent
UNSIGNED = rf"{DECIMAL}(?:[eE][-+]?\d+)?"  # 3, 0.5, .5, 1.5e-3, 2E6, 3.0e+2
NUMBER = rf"[-+]?{UNSIGNED}"
# a number standing alone (not the exponent of "^1e-3"); one in scientific notation also before a variable ("1.5e-3x")
_NUMBER_RE = re.compile(
    rf"(?<![\w.^*/])(?<!\d[eE][-+])(?<!\^[-+])(?:[-+]?{DECIMAL}[eE][-+]?\d+(?!\d|\.\d)|{NUMBER}(?!\w|\.\d))"
)
FUNCTIONS = {
    "sin", "cos", "tan", "cot", "sec", "csc", "asin", "acos", "atan", "sinh", "cosh", "tanh",
    "exp", "log", "ln", "sqrt", "abs", "arcsin", "arccos", "arctan", "cbrt", "log10", "log2", "lg",
}  # fmt: skip
_ALIASES = {"arcsin": "asin", "arccos": "acos", "arctan": "atan", "lg": "log10"}  # lg: ISO 80000-2's log10
_WORDS = [
    (r"\bto the power of\b", "^"),
    (r"\be to the\b", "e^"),
    (r"\braised to\b", "^"),
    (r"\bsquared\b", "^2"),
    (r"\bcubed\b", "^3"),
    (r"\bsquare root of\b", "sqrt "),
    (r"\btimes\b", "*"),
    (r"\bmultiplied by\b", "*"),
    (r"\bdivided by\b", "/"),
    (r"\bover\b", "/"),
    (r"\bplus\b", "+"),
    (r"\bminus\b", "-"),
    (r"\bequals\b", "="),
    (r"\bis equal to\b", "="),
    (r"\bnatural log of\b", "ln "),
    (r"\bthe\b", " "),
    (r"\bof\b", " "),
    (r"\*\*", "^"),
    (r"×", "*"),
    (r"−", "-"),
    (r"π", "pi"),
]
_TOKEN = re.compile(
    r"\s*(?:((?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)|([A-Za-z_]*?log(?:10|2)(?![\d.])|[A-Za-z_]+)|(==|<=|>=|[-+*/^()=<>,\[\]]))"
)
_CONSTANTS = {"pi", "e", "oo", "inf"}


class ExtractError(ValueError):
    """The prose does not contain what the plan needs."""


# an amount asked of one named thing: "how many kg of C", "how much of the z", "what is the mass of B"; never of several
# or a sum ("how much of x and y", "how many kg of x + y")
_AMOUNT_OF = (
    r"\b(?:how\s+(?:much|many)(?:\s+[A-Za-z/³²]+){0,3}?|what(?:'s|\s+is|\s+was)\s+the\s+"
    r"(?:amount|mass|weight|quantity|volume|value|number))\s+of\s+(?:the\s+)?"
)
_ONE_NAME = r"(?!\s*(?:[,+*/=&-]|\band\b|\bor\b))"


def amount_asked(name: str) -> re.Pattern[str]:
    """A pattern for an amount asked of one thing whose name matches ``name`` (the group ``name``)."""
    return re.compile(rf"{_AMOUNT_OF}(?P<name>{name}){_ONE_NAME}", re.I)


def numbers(text: str) -> list[str]:
    """Every number in ``text``, as written (exact digits kept; "12,000" is 12000, see ``grouped_numbers``)."""
    return [number for _, number in number_spans(text)]


def number_spans(text: str) -> list[tuple[int, str]]:
    """Every number in ``text`` with where it starts; a number with thousands separators is one number."""
    grouped = grouped_numbers(text)
    inside = [(start, end) for start, end, _ in grouped]
    found = [(start, value) for start, _, value in grouped]
    found += [
        (m.start(), m.group(0).lstrip("+"))
        for m in _NUMBER_RE.finditer(text)
        if not any(start <= m.start() < end for start, end in inside)
    ]
    found += [(start, value) for run in SLASHED_LIST.finditer(text) for start, value in _slashed(run)[1:]]
    return sorted(found)


# a list written with slashes, three or more numbers ("18.2/17.9/18.6"): never a fraction, whose "1/2" has two
SLASHED_LIST = re.compile(rf"(?<![\w.^*/]){NUMBER}(?:/{UNSIGNED}){{2,}}(?![\w/]|\.\d)")


def _slashed(run: re.Match[str]) -> list[tuple[int, str]]:
    """The numbers of a slashed list with where each starts: "18.2/17.9/18.6" -> 18.2, 17.9, 18.6."""
    return [(run.start() + m.start(), m.group(0).lstrip("+")) for m in re.finditer(rf"{NUMBER}", run.group(0))]


def slashed_samples(text: str) -> list[list[str]]:
    """The lists written with slashes, one sample each: "C1 18.2/17.9/18.6, C2 19.4/19.9/19.1" -> two samples."""
    return [[value for _, value in _slashed(run)] for run in SLASHED_LIST.finditer(text)]


# thousands separators: a comma, or a thin or no-break space, before each group of exactly three digits
_SEPARATED = re.compile(
    r"(?<![\w.,^*/])[-+]?[1-9]\d{0,2}(?P<sep>,|[\u00a0\u202f\u2009])\d{3}(?:(?P=sep)\d{3})*(?:\.\d+)?"
    r"(?!\d|[.,\u00a0\u202f\u2009]\d)"
)
# a plain space only after a word that introduces one value and before a unit: "MTBF of 1 200 hours", "mu = 10 000 Ω",
# "survives past 500 000 cycles", "gets through 10 000 km", "MDBF 25 000 km" (a mean life's acronym, MxxF or MxxxF)
_SPACED = re.compile(
    r"(?:\b(?:of|is|was|mean|average|m[a-z]{2,3}f|life|about|approximately|around|past|beyond|than|after|before|"
    r"within|through|over|until|first|next|another|runs?|ran|lasts?|travels?|covers?)|[=:])\s*"
    r"(?P<n>[1-9]\d{0,2}(?: \d{3})+)(?=\s*(?:h|hrs?|hours?|days?|cycles?|km|miles?|parts|pieces|units|"
    r"[Ωω]|ohms?|mm|cm|g|kg|mg|mv|ma|hz|khz|psi|kpa|mpa|rpm|lbs?)(?!\w))",
    re.I,
)
# numbers joined by bare commas that are not thousands ("12,15,18", "10.1,9.8,10.3"): the text writes lists so
_BARE_LIST = re.compile(rf"(?<![\w.]){NUMBER}(?:,{NUMBER}){{2,}}")


def grouped_numbers(text: str) -> list[tuple[int, int, str]]:
    """Numbers written with thousands separators, as (start, end, value without separators): "12,000 h",
    "1,234,567.5", "12 000" (thin or no-break space), "MTBF of 1 200 hours". Not a list: a pair in brackets
    ("N(100,225)"), a text that joins other numbers with bare commas ("12,15,18"), or a run of three-digit groups
    that are not round ("100,105,110")."""
    lists = any(not _SEPARATED.fullmatch(m.group(0)) for m in _BARE_LIST.finditer(text)) or bool(
        _CSV_HEADER.search(text)
    )
    found = [
        (m.start(), m.end(), re.sub(r"[,\u00a0\u202f\u2009]", "", m.group(0)))
        for m in _SEPARATED.finditer(text)
        if not lists and not _listed(text, m)
    ]
    found += [(m.start("n"), m.end("n"), m.group("n").replace(" ", "")) for m in _SPACED.finditer(text)]
    return sorted(found)


# a header of comma-separated values ("loc,gauge,core"): the rows under it join numbers with commas, no thousands
_CSV_HEADER = re.compile(r"^[ \t]*[^\W\d][\w%()°./-]*(?:[ \t]*,[ \t]*[^\W\d][\w%()°./-]*)+[ \t]*$", re.M)


def _listed(text: str, m: re.Match[str]) -> bool:
    """Whether a number written like thousands reads as a list: a bracketed pair, or three-digit groups that are
    not round ("100,105,110")."""
    if re.search(r"[(\[]\s*$", text[: m.start()]) and re.match(r"\s*[)\]]", text[m.end() :]):
        return True
    groups = re.split(r"[,\u00a0\u202f\u2009]", m.group(0).lstrip("+-").split(".")[0])
    return (
        m.group("sep") == ","
        and len(groups[0]) == 3
        and (any(not g.endswith("0") for g in groups[1:]) or _stepped(groups))
    )


def _stepped(groups: list[str]) -> bool:
    """Whether three or more three-digit groups climb or fall one after another ("100,150,200,250": a list of
    levels, not 100 billion; "100,000,000", "250,500,000" and "900,500,000" are numbers: a last group 000 ends no list)."""
    values = [int(g) for g in groups]
    steps = {(b > a) - (b < a) for a, b in zip(values, values[1:], strict=False)}
    return len(values) >= 3 and len(steps) == 1 and 0 not in steps and values[-1] >= 100


def thousands(text: str) -> str:
    """``text`` with each number's thousands separators removed ("12,000 h" -> "12000 h"; lists stay)."""
    out, last = [], 0
    for start, end, value in grouped_numbers(text):
        out += [text[last:start], value]
        last = end
    return "".join(out) + text[last:]


# a decimal comma in a percentage: "shrinkage 1,8 %", "2,5% moisture" (one or two decimals; not in a list "12,15,18")
_DECIMAL_COMMA = re.compile(r"(?<![\w.,])(\d{1,3}),(\d{1,2})(?![\w.,])(?=\s*(?:%|‰|per\s?cent\b))", re.I)


def decimal_commas(text: str) -> str:
    """``text`` with the decimal comma of a percentage as a point ("1,8 %" -> "1.8 %"), where the text writes no list
    of numbers joined by bare commas."""
    return text if _BARE_LIST.search(text) else _DECIMAL_COMMA.sub(r"\1.\2", text)


# words that name a group, so that the number after them is a label, not a value ("machine 2")
LABEL_WORDS = (
    r"machine|supplier|line|group|operator|sample|batch|plant|shift|method|treatment|type|lot|day|site|"
    r"vendor|process|model|run|cavity|station|press|lab|week|month|year|(?<!per )unit"
)
# words that name a document or a part ("PN 4471", "ISO 9001", "NCR 88"): the number after them is its label
_ID_WORDS = (
    r"id|no\.|nr\.?|p/n|pn|s/n|sn|serial(?: (?:no\.?|number))?|part (?:no\.?|number)|ticket|ncr|dwg|drawing|"
    r"rev\.?|revision|iso|astm|iec|din|po|wo|work order|purchase order"
)
# words that number a piece of a text ("Exercise 3:", "Problem 2(b)", "question 4", "Fig. 2"): the number is its label
_TEXT_PARTS = r"exercise|ex\.|problem|question|example|homework|hw|task|chapter|ch\.|section|page|figure|fig\.|part"
# words that name a place in a building or a site ("floor 3", "building 2", "zone 4", a work "cell 4", a trial's
# "plot 14", "field 2"): the number is its label
_PLACE_WORDS = r"floor|building|room|zone|bay|wing|aisle|hall|storey|cell|plot|field|paddock|greenhouse"
_LABELLED = re.compile(rf"\b(?:{LABEL_WORDS}|{_ID_WORDS}|{_TEXT_PARTS}|{_PLACE_WORDS})\s*#?\s*(\d+)\b(?!\.\d)", re.I)
# a label's code in hyphenated parts, each after the first zero-led or of three digits or more: the "017" of "lot
# 24-017", "batch 2023-0114" (not a range "day 1-14", whose ends are values)
_LABEL_CODE = re.compile(
    rf"\b(?:{LABEL_WORDS}|{_ID_WORDS})\s*#?\s*\d+(?P<rest>(?:-(?:0\d+|\d{{3,}}))+)\b(?!\.\d)", re.I
)
# a label word already named by an ordinal before it: "1st shift 2450, 2510", "second line 14.2, 14.8": the number
# after it is a value, not a label
_ORDINAL_NAMED = re.compile(
    rf"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+"
    rf"(?:{LABEL_WORDS})\s+(\d+)\b",
    re.I,
)
# a section-numbered piece of a text heading the question: "Homework 4.3: A pump ...", "Exercise 2.14 (b)", "Problem
# 5.3.2. Find ..." (followed by a colon, a bracket, or a new sentence)
_SECTION = re.compile(
    rf"\b(?:{_TEXT_PARTS.replace('|part', '')})\s*#?\s*(\d+(?:\.\d+)+)(?=\s*[:(]|[.)]?\s+[A-Z]|[.)]?\s*$)", re.I
)
# a label word used as a verb: "we run 40 samples", "to sample 50 parts": the number after it is a count
_VERB_NOT_LABEL = re.compile(
    r"\b(?:we|i|you|they|to|will|would|should|could|can|must|then|let['’]?s|let us|we['’]ll|i['’]ll)\s+"
    r"(?:run|sample|process|batch)\s*(\d+)\b",
    re.I,
)
# a rank or grade named by its number: "NDT level 3 review", "a grade 5 bolt", "class 2 fit", "a stage 2 tumour", "tier
# 1 supplier" (not a level in percent or a fraction: "confidence level 95%", "significance level 0.05")
_GRADE = re.compile(r"\b(?:level|grade|stage|class|tier|category)\s+(\d+)\b(?![.,]\d|\s*%|\s*percent)", re.I)
# a list numeral that opens the question or a line of it: "3) solve ...", "2. integrate ...", "(4) ..."
_NUMERAL = re.compile(r"^[ \t]*\(?(\d+)[.)][ \t]", re.M)
# identifiers written with a hyphen: "QR-114", "ISO-9001", "MIL-STD-105", "4471-B", one capital before a noun ("the
# A-12 producer", not the "T-20" of a formula); and "#23"
_IDENTIFIER = re.compile(
    r"\b[A-Z]{2,}-(\d+)\b|(?<![\w.])(\d+)-[A-Z]{1,3}\b|(?<![\w&])#\s*(\d+)\b|"
    r"(?<![\w./-])[A-Z]-(\d+)(?=\s+[a-z]{3,}\b)"
)
# a reference in capitals heading the question: "RFC 88: solve ...", "JIRA 4471: ...", "CASE 3: ..."
_OPENING_REFERENCE = re.compile(r"^\s*[A-Z]{2,}\s*#?\s*(\d+)\s*:(?!\d)")
# a nuclide, its element's symbol and mass number: "Cs-137", "C-14", "I-131", "U-235" (a symbol that names no element,
# "A-3", is no nuclide)
ELEMENTS = (
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo "
    "Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl "
    "Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr"
).split()
_NUCLIDE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(ELEMENTS, key=len, reverse=True))})-(\d{{1,3}})\b(?![.,]\d|\s*[-+*/^=%])"
)
# a number that names a method: "1-sample", "2-sample", "1-way", "2-sided", "1-tailed"
_METHOD_NAME = re.compile(
    r"(?<![\w.])(\d)(?:-(?:samples?|way|sided|tailed|tails?|props?|proportions?)|\s+props?)\b", re.I
)
# a rule of thumb named by its number: "the rule of 72", "rule of 70" (no value of the problem)
_RULE_NAME = re.compile(r"\brule\s+of\s+(\d+(?:\.\d+)?)\b", re.I)
# a product's size naming the product: "the 1-gallon eggshell SKU", "our 12-oz product line", "the 5-litre pack size"
_PRODUCT_SIZE = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)-[a-z]+\s+(?:[a-z]+\s+){0,2}?(?:SKUs?|products?|models?|items?|variants?|versions?|"
    r"packs?|package|format|product\s+line|range)\b",
    re.I,
)
# a specimen's test age: "28-day strengths", "7-day compressive strength", "7-day cube results", "strengths at 28 days",
# "cylinder breaks (MPa) at 28 days" name the test, not a value of the problem
_TEST_AGE = re.compile(
    r"(?<![\w.])(\d+)-day\s+(?:(?:compressive\s+)?(?:strengths?|breaks?)|(?:cube|cylinder|core)s?"
    r"(?:\s+(?:strengths?|breaks?|results?|tests?))?)\b|"
    r"\b(?:strengths?|breaks?|cubes?|cylinders?|cores?)(?:\s+\([^()]{1,20}\))?\s+(?:tested\s+)?at\s+(\d+)\s+days\b",
    re.I,
)
# a stability study's or a conditioning's climate, temperature with relative humidity: "25 degC/60%RH", "40 °C / 75%
# RH", "conditioning at 70 °C and 85 % RH"
_STORAGE_CONDITION = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:deg\s*C|°\s*C|C)\s*(?:/|,|and)\s*(\d+(?:\.\d+)?)\s*%\s*(?:RH\b|r\.\s?h\.)",
    re.I,
)
# a test's condition in brackets, a temperature with a load, a pressure or a time: "MFI 0.9 g/10 min (190 °C/2.16 kg)",
# "(230 degC, 2.16 kg)", "(40 °C / 10 bar)"
_TEST_CONDITION = re.compile(
    r"\(\s*(\d+(?:\.\d+)?)\s*(?:deg\s*C|°\s*C)\s*[/,]\s*(\d+(?:\.\d+)?)\s*(?:k?g|k?N|bar|[kM]Pa|psi|s|min|h)\s*\)",
    re.I,
)
# a group's heading that is a setting, at a line's start or after ";" or ".": "60 °C: 84.2, 85.1", "1200 rpm: ...",
# pointing to its values: "250 ppm -> 84.1, 85.3", "250 ppm → ...", "250 ppm => ...", or with its unit before the
# rest of its line's values: "20 g/t    84.1   85.3   83.7"
_SETTING_HEADING = re.compile(
    r"(?:^|[;\n]|\.\s)[ \t]*(\d+(?:\.\d+)?)[ \t]*"
    r"(?P<unit>°[ \t]*[CFK]?|%|[^\W\d_][^\W\d_/]{0,7}(?:/[^\W\d_]{1,6})?)?[ \t]*(?::(?!\d)|-+>|=+>|→|"
    rf"(?<=[^\W\d_%])[ \t]+(?={NUMBER}(?:[ \t,]+{NUMBER})+[ \t]*(?:\n|$)))",
)


# a group's heading "catalyst 1: ...", "reactor 2 (%): ...", or "catalyst 1 78.2 80.1" after a break (the start, a
# sentence's end, ";", ",", "and"); not a time ("8:30")
_HEADING = re.compile(
    r"(?P<lead>(?:^|[.;,:(\n]|\band\b|\bvs\b\.?)\s*)?\b(?P<word>[a-z][a-z-]+)\s*#?\s*(?P<n>\d+)(?![\d.]\d|\w)"
    r"(?P<colon>\s*(?:\([^()]{0,20}\)\s*)?:(?!\d))?",
    re.I,
)
# words whose number is a value ("sd 1; ... sd 2", "mean 10: ...")
_VALUE_WORDS = {"mean", "means", "average", "avg", "sd", "sds", "std", "stdev", "sigma", "variance", "var", "median",
                "range", "min", "max", "total", "count", "size", "power", "alpha", "level", "df", "than", "at", "to",
                "of", "in", "is", "was", "are", "were", "by", "from", "between", "about", "only", "and", "or", "vs"}  # fmt: skip


def _repeated_headings(text: str) -> set[int]:
    """Where the numbers of a repeated heading start, for any word that heads two or more groups with different
    numbers: "catalyst 1: ...; catalyst 2: ..." (with colons), or "catalyst 1 78.2 80.1; catalyst 2 82.4 ..." (after
    a break, the numbers consecutive)."""
    by_word: dict[str, list[re.Match]] = {}
    for m in _HEADING.finditer(text):
        if m.group("word").lower() not in _VALUE_WORDS and (m.group("colon") or m.group("lead") is not None):
            by_word.setdefault(m.group("word").lower(), []).append(m)
    found = set()
    for heads in by_word.values():
        numbers = sorted({int(m.group("n")) for m in heads})
        colons = all(m.group("colon") for m in heads)
        if len(numbers) > 1 and (colons or numbers == list(range(numbers[0], numbers[0] + len(numbers)))):
            found |= {m.start("n") for m in heads}
    return found


# one size for every group, as a count of items per group: "6 gears per shift", "8 plots per fertiliser" (not a
# rate: "12 cycles per second", "5 mg per litre")
_RATE_UNITS = r"(?:second|sec|minute|min|hour|hr|day|week|month|year|shift-hour|unit|litre|liter|l|ml|kg|g|m|cm|mm)"
PER_GROUP = re.compile(
    rf"(?<![\w.])(\d+)(?![.\d])\s+[a-z]+s\s+(?:per|in each|for each)\s+(?!{_RATE_UNITS}\b)[a-z]+\b", re.I
)


def size_per_group(text: str) -> int | None:
    """The one count of items per group ``text`` states ("four readings per shift", "6 gears per shift"); None when
    it states none, or several different ones."""
    sizes = {int(m.group(1)) for m in PER_GROUP.finditer(number_words(text))}
    return sizes.pop() if len(sizes) == 1 else None


# round-the-clock operation: "24/7", "24x7", "24×7" (all hours, all days), no value
_ROUND_THE_CLOCK = re.compile(r"(?<![\w./])(24)\s*[/x×]\s*(7)(?![\w./])")
# the period a record averages or spans, hyphenated before what is recorded: "10-min means", "1-hour averages",
# "10-min samples", "the mean 1-hour power output" name what is measured, not a value of the problem (a window or an
# interval of that length, "a 10-min window", is one)
AVERAGING_PERIOD = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)-(?:s|secs?|seconds?|min|mins|minutes?|h|hr|hrs|hours?|days?|weeks?|months?|years?)\s+"
    r"(?!(?:windows?|intervals?|periods?|spans?|spells?|stretch|blocks?|shifts?|slots?|time|stretches)\b)[a-z]",
    re.I,
)
# a calendar year naming a campaign or a period's record: "2023 campaign", "the 2024 season", "2022 survey data"
_CALENDAR_YEAR = re.compile(
    r"(?<![\w.,])((?:19|20)\d\d)\s+(?:campaigns?|seasons?|surveys?|audits?|inspections?|studies|study|outages?|"
    r"shutdowns?|reports?|budgets?|programm?e?s?|fiscal|model year|data(?:set)?|results|records)\b",
    re.I,
)


# a tag: letters joined to digits by a hyphen ("R-101", "P-102", "TK-410"), a unit's or a part's name, never a count
_TAG = re.compile(r"(?<![\w.-])[A-Za-z]{1,4}-(\d+)(?![\w.]|-\w)")


def tag_label_starts(question: str) -> set[int]:
    """Where the digits of a tag start ("R-101 14 off-spec, R-102 9" -> the "101" and the "102"): a name, no count."""
    return {m.start(1) for m in _TAG.finditer(question)}


def label_starts(text: str) -> set[int]:
    """Where the numbers that are labels start: "machine 2", "lot #23", "lot 24-017", "batch 7:", "PN 4471-B", "QR-114",
    "ISO-9001", "#5" name a group, a part or a document, as do repeated headings of any word ("catalyst 1: ...;
    catalyst 2: ..."); "Exercise 3", "Problem 2(b)", "Homework 4.3:" and an opening "3)" name a piece of a text, "1-sample",
    "1-way", "2-sided", "2-prop" a method, "the rule of 72" a rule of thumb, an opening "RFC 88:" a reference, "Cs-137" a nuclide, "28-day strengths" a test's age, "the 1-gallon SKU" a product, "25 degC/60%RH" or "70 °C and 85 % RH" a storage
    condition, "(190 °C/2.16 kg)" a test's condition, "24/7" round-the-clock operation, "2023 campaign" or "the 2024 season" the year of a record, "10-min means" or "1-hour averages" the period of the
    records, a setting heading a line ("60 °C: 84.2, ...") its group, a table's
    index row ("tester 1 2 ... 8" over its rows) its items, and a name that starts with digits heading a line ("3LPE:
    0.020, ...") its group; they are not values
    of the problem. A label word used as a verb ("we run 40 samples", "to sample 50") is followed by a count, no
    label, as is one an ordinal already names ("1st shift 2450, 2510")."""
    found = {m.start(1) for m in _LABELLED.finditer(text)} - {m.start(1) for m in _VERB_NOT_LABEL.finditer(text)}
    found |= {
        m.start("rest") + part.start() for m in _LABEL_CODE.finditer(text) for part in re.finditer(r"\d+", m["rest"])
    }
    found -= {m.start(1) for m in _ORDINAL_NAMED.finditer(text)}
    found |= {m.start(1) for m in _NUMERAL.finditer(text)} | {m.start(1) for m in _SECTION.finditer(text)}
    found |= {m.start(1) for m in _METHOD_NAME.finditer(text)} | _repeated_headings(text)
    found |= {m.start(1) for m in _RULE_NAME.finditer(text)} | {m.start(1) for m in _OPENING_REFERENCE.finditer(text)}
    found |= {m.start(1) for m in _GRADE.finditer(text)} | {m.start(1) for m in _PRODUCT_SIZE.finditer(text)}
    found |= {m.start(1) for m in _NUCLIDE.finditer(text)} | _digit_names(text)
    found |= _setting_headings(text) | {m.start(m.lastindex) for m in _TEST_AGE.finditer(text)} | _index_rows(text)
    found |= {m.start(i) for m in _STORAGE_CONDITION.finditer(text) for i in (1, 2)}
    found |= {m.start(i) for m in _TEST_CONDITION.finditer(text) for i in (1, 2)}
    found |= {m.start(i) for m in _ROUND_THE_CLOCK.finditer(text) for i in (1, 2)}
    found |= {m.start(1) for m in _CALENDAR_YEAR.finditer(text)} | {m.start(1) for m in AVERAGING_PERIOD.finditer(text)}
    return found | {m.start(i) for m in _IDENTIFIER.finditer(text) for i in (1, 2, 3, 4) if m.group(i)}


# a table's row of item numbers "tester  1  2  3 ... 8" (a name, or none, then 1, 2, ..., n on one line)
_INDEX_ROW = re.compile(r"^[ \t]*(?:[^\W\d_][\w.#-]*[ \t]*:?[ \t]*)?((?:\d+[ \t]+){2,}\d+)[ \t]*$", re.M)
_ROW_NUMBERS = re.compile(r"(?<![\w.])[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?![\w.])")


# a group's name that starts with digits, heading a line: "3LPE: 0.020, 0.022", "316L 4.1 4.3", "17-4PH: ..."
_DIGIT_NAME = re.compile(
    r"(?:^|[;\n])[ \t]*(?P<name>\d+)-?\d*[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*){0,2}[ \t]*"
    r"(?::|(?=[ \t]+[-+]?\.?\d))"  # "17-4PH 1010 995"; not "121 rolls: 25 17" (a count)
)


def _digit_names(text: str) -> set[int]:
    """Where the numbers inside a group's name that starts with digits start ("3LPE:", the 17 and the 4 of
    "17-4PH 1010 995")."""
    found: set[int] = set()
    for m in _DIGIT_NAME.finditer(text):
        name = re.match(r"\S+", text[m.start("name") :]).group(0)
        found |= {m.start("name") + n.start() for n in re.finditer(r"\d+", name)}
    return found


def _index_rows(text: str) -> set[int]:
    """Where the numbers of a table's index row start: a line of the item numbers 1, 2, ..., n (after its name, or
    none) over two or more lines of n values each ("tester 1 2 3 4\nold 14 11 17 9\nnew 11 10 13 9"); those
    numbers count items, no value. Over one line ("x 1 2 3 4\ny 2.1 3.9 ...") they may be a variable's values."""
    found: set[int] = set()
    for m in _INDEX_ROW.finditer(text):
        numbers = list(re.finditer(r"\d+", m.group(1)))
        below = [line for line in text[m.end() :].split("\n") if line.strip()][:2]
        rows = [len(_ROW_NUMBERS.findall(line)) for line in below]
        if [int(n.group(0)) for n in numbers] == list(range(1, len(numbers) + 1)) and rows == [len(numbers)] * 2:
            found |= {m.start(1) + n.start() for n in numbers}
    return found


def _setting_headings(text: str) -> set[int]:
    """Where the numbers of settings heading two or more groups in one unit start ("60 °C: ...\n70 °C: ..."); one
    alone ("121 rolls: 25 17 ...") is a count, not a label."""
    by_unit: dict[str, list[re.Match]] = {}
    for m in _SETTING_HEADING.finditer(text):
        by_unit.setdefault(re.sub(r"\s+", "", m.group("unit") or "").lower(), []).append(m)
    return {m.start(1) for heads in by_unit.values() if len({m.group(1) for m in heads}) > 1 for m in heads}


# a class of status codes written with its digit ("48 5xx out of 12000", "4XX errors"): a name, no number
CODE_CLASS = re.compile(r"(?<![\w.])\d[xX]{2}\b")


def _blank_labels(text: str) -> str:
    """``text`` with its labels' numbers and its classes of codes ("5xx") blanked (same length, so positions stay)."""
    labels = [(start, start + re.match(r"\d+(?:\.\d+)?", text[start:]).end()) for start in label_starts(text)]
    return blank_spans(text, labels + [m.span() for m in CODE_CLASS.finditer(text)])


# an entry of a matrix or vector: a number or a fraction of numbers ("-3", "0.5", "1/3")
ENTRY = rf"{NUMBER}(?:\s*/\s*(?:\d+(?:\.\d+)?|\.\d+))?"
_ENTRY_RE = re.compile(rf"(?<![\w.^*/]){ENTRY}(?!\w|\.\d)")
# a bracketed matrix "[[2, 1], [-3, 4]]", and a list of entries in brackets or parentheses (a vector beside one)
MATRIX_LITERAL = re.compile(r"\[\s*\[[^\[\]]*\](?:\s*[,;]?\s*\[[^\[\]]*\])*\s*\]")
VECTOR_LITERAL = re.compile(rf"\[\s*{ENTRY}(?:\s*[,; ]\s*{ENTRY})+\s*\]|\(\s*{ENTRY}(?:\s*[,; ]\s*{ENTRY})+\s*\)")


def entries(text: str) -> list[str]:
    """The entries of a matrix row or a vector as written, a fraction kept whole: "[1/2, -3, 0.25]" ->
    ["1/2", "-3", "0.25"]."""
    return [re.sub(r"\s+", "", m.group(0)).lstrip("+") for m in _ENTRY_RE.finditer(text)]


# a linear equation in letters: "2x + y - z = 8", "x_1 - 3x_2 = 0", "y = x/2 + 1" (e is Euler's number, no unknown)
COEFFICIENT = r"(?:\d+(?:\.\d+)?|\.\d+)(?:\s*/\s*\d+(?:\.\d+)?)?"
UNKNOWN = r"(?<![A-Za-z_])[a-df-zA-DF-Z](?:_?\d+)?(?![A-Za-z(\d])"
_TERM = rf"(?:{COEFFICIENT}\s*\*?\s*)?{UNKNOWN}(?:\s*/\s*{COEFFICIENT})?|{COEFFICIENT}"
_SIDE = rf"[-+]?\s*(?:{_TERM})(?:\s*[-+]\s*(?:{_TERM}))*"
LINEAR_EQUATION = re.compile(rf"(?<![\w.^*/]){_SIDE}\s*(?<![<>!=])=(?!=)\s*{_SIDE}(?![\w.^*/(])")
# an unknown with a coefficient or added to a term: what makes "2x + y = 8" an equation, and "x = 1 2 3" a list
_COMBINED = re.compile(rf"{COEFFICIENT}\s*\*?\s*{UNKNOWN}|{UNKNOWN}\s*[-+]|[-+]\s*{UNKNOWN}")


def math_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes mathematics whose numbers are no sample: a bracketed matrix ("[[2, 1], [-3, 4]]") and,
    beside one, lists in brackets ("b = [8, -11, -3]"); equations combining unknowns ("2x + y - z = 8")."""
    spans = [m.span() for m in MATRIX_LITERAL.finditer(text)]
    if spans:
        spans += [m.span() for m in VECTOR_LITERAL.finditer(text)]
    return spans + [m.span() for m in LINEAR_EQUATION.finditer(text) if _COMBINED.search(m.group(0))]


# a range written out with an ellipsis: "bins 6,7,...,13", "1, 2, …, 10", "0.5, 1.0 ... 4.0" (levels, no sample)
_ELIDED_RANGE = re.compile(
    rf"(?<![\w.]){NUMBER}(?:\s*,\s*{NUMBER})*\s*,?\s*(?:\.{{3}}|…)\s*,?\s*{NUMBER}(?![\w.]|\.\d)"
)


def elided_ranges(text: str) -> list[tuple[int, int]]:
    """The spans of ranges written out with an ellipsis ("same bins 6,7,...,13 m/s"): the levels of a variable
    named by their ends, never a sample."""
    return [m.span() for m in _ELIDED_RANGE.finditer(text)]


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans blanked (same length, so positions stay)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# one value of a bracketed list of them, a name set to a number and its unit: "ka = 0.5/h", "ke = 0.1 h^-1", "k = 2"
_STATED_VALUE = re.compile(
    rf"\s*[A-Za-z][A-Za-z0-9_]{{0,3}}\s*=\s*{NUMBER}\s*(?:/?\s*[A-Za-zµ°]+(?:\s*\^\s*\(?-?\d+\)?)?\s*)*"
)


def stated_values_groups(text: str) -> list[tuple[int, int]]:
    """The spans of the bracketed groups of ``text`` that only state values, each a name set to a number with its
    unit: "C(t) = 10(e^(-0.1t) - e^(-0.5t)) (ka = 0.5/h, ke = 0.1/h)" -> the span of "(ka = 0.5/h, ke = 0.1/h)"."""
    groups = re.finditer(r"\(([^()]*)\)", text)
    return [
        m.span() for m in groups if all(_STATED_VALUE.fullmatch(item) for item in re.split(r"[,;]|\band\b", m.group(1)))
    ]


# a confidence level written before what it is of ("95% CI", "90 % confidence", "99% upper bound"): never a sample's
_LEVEL_SAID = re.compile(
    r"(?<![\w.,])\d{2}(?:\.\d+)?\s*%(?=\s*(?:(?:two|one|1|2)[- ]sided\s+|upper\s+|lower\s+)?(?:ci\b|c\.i\.|conf|"
    r"prediction|tolerance|upper bound|lower bound))",
    re.I,
)


def sample_spans(text: str, minimum: int = 2) -> list[tuple[int, int, list[str]]]:
    """Runs of at least ``minimum`` numbers separated only by spaces/commas, with where each starts and ends:
    each run is a sample. Labels ("machine 1", "QR-114") are not values, nor are the numbers of a matrix, of a
    vector beside it, or of an equation in unknowns ("[[2, 1], [-3, 4]]", "2x + y = 8": see ``math_spans``).

    When a run mixes space-separated numbers with commas ("20 22 21, 25 24 26"), the commas
    separate samples.
    """
    levels = [m.span() for m in _LEVEL_SAID.finditer(text)]  # "...\n1270\n95% CI": the 95 is no value
    text = blank_spans(_blank_labels(text), math_spans(text) + elided_ranges(text) + levels)  # "machine 1 20.1": labels
    # a run starts at a number of its own: the 1 of "S1" or "op1" (a label) is not a value
    out = []
    for run in re.finditer(rf"(?<![\w.])(?:{NUMBER}(?:\s*[,;]\s*|\s+)){{{minimum - 1},}}{NUMBER}", text):
        if out and run.start() < out[-1][1]:  # the "8" of "6 and 8", already read
            continue
        spaced = re.search(rf"{NUMBER} +{NUMBER}", run.group(0))
        split = r"\s*[,;]\s*" if spaced and re.search(r"[,;]", run.group(0)) else r"(?!)"
        start, body = run.start(), run.group(0) + _last_item(text, run.end(), commas="," in run.group(0) and not spaced)
        for part in re.split(f"({split})", body):
            values = re.findall(NUMBER, part)
            if len(values) >= minimum:
                out.append((start, start + len(part), values))
            start += len(part)
    return out


_LAST_ITEM = re.compile(rf",?\s+and\s+{NUMBER}(?!\w|\.\d|\s*[,;]?\s*[-+]?\.?\d)")


def _last_item(text: str, end: int, commas: bool) -> str:
    """The ", and 8" or " and 8" that ends a comma-separated list ("0, 2, 4 and 8"); "" when there is none or the
    list is not written with commas ("1 2 3 and 4 5 6" are two lists, as is "1, 2 and 3, 4")."""
    found = _LAST_ITEM.match(text, end) if commas else None
    return found.group(0) if found else ""


def samples(text: str, minimum: int = 2) -> list[list[str]]:
    """The values of each run of numbers (see ``sample_spans``)."""
    return [values for _, _, values in sample_spans(text, minimum)]


def named_number(text: str, names: list[str]) -> str | None:
    """The number after one of ``names`` ("mean 10.02", "sd=0.015", "n of 30", "p: 0.3"); a percentage as a
    fraction."""
    found = named_value(text, names)
    return _percent(*found) if found else None


# a short alias in brackets between a name and its number: "average subgroup sd (s-bar) is 0.30", "mean (mu) = 5"
_BRACKETED_ALIAS = r"(?:\s*\([^()\d]{1,20}\))?"


# the words between a name and its value: "sd = 0.8", "sd of 0.8", "sd is 0.8", "sigma is known to be 1.2", "SD is
# about 0.8", "sd is estimated at 0.8", "sd roughly 0.8", "sd ~0.8"
_NAMED_AS = (
    r"(?:=|:|of|equal to|(?:(?:is|was|are|were)\s+)?(?:(?:known|assumed|estimated|believed|taken)\s+(?:to be|at|as)"
    r"|is|was|are|were))?\s*(?:(?:about|around|roughly|approximately|approx\.?|near)\s+|[~≈]\s*)?"
)


def named_value(text: str, names: list[str]) -> tuple[str, str] | None:
    """The number after one of ``names`` as written (a bracketed alias may follow the name), and "%" when it is a
    percentage ("" when not); a name is never the end of a possessive ("crew b's 10%" names no "s")."""
    for name in names:
        m = re.search(rf"(?<![\w'’]){name}{_BRACKETED_ALIAS}\s*{_NAMED_AS}\s*({NUMBER})\s*(%?)", text, re.I)
        if m:
            return m.group(1), m.group(2)
    return None


def named_number_of_noun(text: str, names: list[str], most: int = 3) -> str | None:
    """The number after one of ``names`` and the noun it qualifies ("grand mean absorbance 1.245"), as
    ``named_value_of_noun`` reads it; a percentage as a fraction (as ``named_number``)."""
    found = named_value_of_noun(text, names, most)
    return _percent(*found) if found else None


# a mean as questions name it: "mean 10", "average of 10", "averages 99.2", "averaged 99.2", "centred at 10"
MEAN_NAMES = ["mean", "average", "averag(?:es|ed|ing)", "avg\\.?", "cent(?:red|ered) (?:at|on|around)", "mu", "xbar"]
# words that cannot be part of the noun between a mean's name and its value: another quantity's name, a function word
_NOT_NOUN = (
    r"(?:sd|sigma|std|stdev|standard|deviation|variance|range|spec\w*|limits?|lsl|usl|tolerances?|nominal|target|"
    r"cp\w?|pp\w?|of|is|was|are|were|be|and|or|with|to|the|a|an|at|in|for|from|between|per|each|about|around|n)"
)


def named_value_of_noun(text: str, names: list[str], most: int = 3) -> tuple[str, str] | None:
    """The number after one of ``names`` and the noun it qualifies, of 1 to ``most`` words: "mean resistance
    1001.5", "average lead time is 4.4", "mean fill weight of 500.2 g" (as ``named_value``: the number as written
    and "%" or ""); None when no such phrase is written."""
    noun = rf"(?:\s+(?!{_NOT_NOUN}\b)[a-z][a-z-]*){{1,{most}}}"
    return named_value(text, [f"(?:{name}){noun}" for name in names])


# a thing set aside: "not the regression coefficient", "rather than the slope", "instead of a t-test"
_SET_ASIDE = re.compile(r"\b(?:not|rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+){0,2}",
                        re.I)  # fmt: skip


def without_set_aside(text: str) -> str:
    """``text`` with what it sets aside blanked: "effect = contrast/2, not the regression coefficient" ->
    "effect = contrast/2, "; a thing named after "not", "rather than", "instead of" (up to three words) is not asked."""
    return _SET_ASIDE.sub(" ", text)


def in_percent(text: str) -> bool:
    """Whether the text says its values are percentages: a "%" or "percent" that is not a number's own
    ("assay results (% of label claim): 99.2, ...", "yield (%)", "in percent")."""
    bare = re.sub(rf"{NUMBER}\s*(?:%|percent\b)", " ", text, flags=re.I)
    return bool(re.search(r"%|\bpercent(?:age)?s?\b", bare, re.I))


# a standard deviation's name; not "3 sigma" (a width), not "sigma^2" (a variance)
_SD_WORD = re.compile(
    r"(?<!\d)(?<!\d[- ])(?:\bsigma\b|\bsd\b|\bs\.d\.|\bstd\.?(?:\s?dev(?:iation)?\.?)?\b|\bstdev\b|"
    r"\bstandard deviation\b|σ)(?!\s*(?:\^|\*\*|squared|²))",
    re.I,
)
# what may stand between the name and its value: words, not a sentence's end nor another quantity's name ("standard
# deviation of measured conversion in a lab reactor is known to be 1.8")
_SD_GAP = re.compile(
    r"(?:(?!\.\s|[;?!\n]|\b(?:unknown|not known|within|margin|mean|average|confidence|alpha|power|level|"
    r"difference|shift|delta|effect|n)\b)[^\d]){0,70}",
    re.I,
)


def stated_sd(text: str, taken: set[int] | frozenset[int] = frozenset()) -> str | None:
    """The standard deviation as written: "sd = 3", "sigma 1.2", "historical sd of 1.2", "process sigma 1.2",
    "sigma is known from history, 1.2 mm", "standard deviation, from past data, about 1.2"; None when absent,
    unknown, in percent, or only at the positions ``taken`` (a margin, a confidence level)."""
    return next((value for value, percent in _stated_sds(text, taken) if not percent), None)


def stated_sd_in_percent(text: str, taken: set[int] | frozenset[int] = frozenset()) -> str | None:
    """The standard deviation written in percent, in percentage points as written ("sigma is known to be 1.2%" ->
    "1.2"); None when the first one stated is not in percent (see ``stated_sd``)."""
    first = next(_stated_sds(text, taken), None)
    return first[0] if first is not None and first[1] else None


def _stated_sds(text: str, taken: set[int] | frozenset[int]) -> Iterator[tuple[str, bool]]:
    """Each standard deviation stated, as written, with whether it is in percent (see ``stated_sd``); the period of
    the records it is of is no value ("σ of 10-min means approx 2.1": 2.1)."""
    text = blank_spans(text, [m.span(1) for m in AVERAGING_PERIOD.finditer(text)])
    for word in _SD_WORD.finditer(text):
        for start, value in number_spans(text[word.end() : word.end() + 80]):
            at = word.end() + start
            if not _SD_GAP.fullmatch(text[word.end() : at]):
                break
            if at not in taken:
                yield value, bool(re.match(rf"{NUMBER}\s*%", text[at:]))


# the distribution a mean's sample size is computed with, as a question names it: a formula ("normal
# approximation", "noncentral t") outweighs a test's name ("z-test", "t-test": "a t-test, by the normal approximation")
_Z_FORMULA = (
    r"\bnormal[- ]approx\w*|\bz[- ](?:based|formula|approx\w*|distribution|quantiles?)\b|\blarge[- ]sample approx\w*"
    r"|\bnormal\s*\(\s*z\s*\)\s*(?:approx\w*|formula|distribution|quantiles?)"
    r"|\bknown (?:population )?(?:sigma|sd|standard deviation|variance)\b"
    r"|\b(?:sigma|sd|standard deviation|variance) (?:is |are )?(?:assumed )?known\b"
)
_T_FORMULA = r"\bnon-?central t\b|\bt[- ](?:based|formula|distribution|quantiles?)\b|\bstudent'?s? t\b"
_TESTS = ((r"\bz[- ]?tests?\b", "z"), (r"\bt[- ]?tests?\b", "t"))


def mean_method(text: str) -> str | None:
    """ "z" (normal approximation) or "t" (the t distribution) when the question names one for a mean's sample
    size or margin; None when it names none. Raises ExtractError when it names both at the same level."""
    for level in (((_Z_FORMULA, "z"), (_T_FORMULA, "t")), _TESTS):
        named = {method for pattern, method in level if re.search(pattern, text, re.I)}
        if len(named) > 1:
            raise ExtractError("the question names both the normal approximation (z) and the t distribution")
        if named:
            return named.pop()
    return None


# a one-sided test as questions word it: by name ("one-sided", "1-tailed", "upper-tail", "directional test"), by
# caring about one way only ("we only care if it increases", "only an improvement matters"), or by a claim to show
# ("show that the new mean is at least / no more than / higher than ..."); a comparative that sizes an effect
# ("only differences larger than 0.5 matter", "above 0.5") is no direction
# ("double the upper-tail area", "twice the one-sided p" explain a two-sided p-value: no one-sided name)
_DOUBLING = r"(?:doubl(?:e|ed|ing)|twice|2\s?[x×*]|two times)\s+(?:the\s+)?"
ONE_SIDED_NAME = (
    r"(?<!double the )(?<!doubling the )(?<!twice the )(?<!2x the )(?<!2 x the )(?<!2× the )(?<!2 × the )"
    r"(?<!double )(?<!doubled )(?<!twice )"
    r"\b(one|1|single|upper|lower|right|left)[- ]?(?:sided|tailed|tails?)\b"
)  # group 1: which tail
_WAY = (
    r"increas\w*|decreas\w*|ris(?:e|es|ing)|rose|drops?|dropp\w*|falls?|falling|improv\w*|worsen\w*|deteriorat\w*|"
    r"reduc\w*|go(?:es)? (?:up|down)|gets? (?:better|worse)|(?:higher|lower|above|below|exceeds?|exceeding)"
    r"(?!\s+(?:than\s+)?(?:about\s+|approximately\s+)?[-+]?\.?\d)|better|worse|faster|slower"
)
_CARE = (r"\bonly\s+(?:(?:really|truly)\s+)?(?:care|cares|cared|interested|concerned|worried|matters?|"
         r"wants? to (?:know|detect|see|show)|needs? to (?:detect|show)|looking (?:at|for)|testing (?:for|whether|if)|"
         r"thing|concern|interest|worry)\b|\b(?:care|cares|interested|concerned|worried)\s+only\b")  # fmt: skip
_BOUND = (r"at least|at most|no (?:more|less|greater|fewer|higher|lower|worse|better) than|"
          r"not (?:more|less|greater|fewer) than|(?:higher|greater|larger|bigger|lower|less|smaller|better|worse|"
          r"above|below|stronger|weaker|faster|slower|longer|shorter|heavier|lighter|thicker|thinner|cheaper|"
          r"safer)\b")  # fmt: skip
_CLAIM = (
    rf"\b(?:show|demonstrat|prov|establish|confirm|verif|conclud)\w*\b[^.;?!]{{0,60}}?"
    rf"\b(?:(?:is|are|be)\s+(?:{_BOUND})|(?:exceeds?|outperforms?|beats?)\b)"
)
ONE_SIDED_SAID = (rf"{ONE_SIDED_NAME}|(?<![\w-])directional (?:test|hypothes\w*|alternative)|\bin one direction\b|"
                  rf"(?:{_CARE})[^.;?!]{{0,60}}?\b(?:{_WAY})\b|\b(?:{_WAY})\s+only\b(?!\s+(?:of|by|about|\d))|"
                  rf"\bonly\s+(?:an?\s+|the\s+)?(?:{_WAY})\b[^.;?!]{{0,30}}?\b(?:matter|count|interest|concern)\w*|"
                  rf"\b(?:{_WAY})\b[^.;?!]{{0,30}}?\bis all that matters\b|{_CLAIM}")  # fmt: skip
TWO_SIDED_SAID = (
    r"\b(?:two|2|double)[- ]?(?:sided|tailed|tails?)\b|\b(?:either|both) directions?\b|\bnon-?directional\b|"
    rf"\b{_DOUBLING}(?:one|upper|lower|right|left|smaller)[- ]?(?:sided|tailed|tails?)\b"
)


def sidedness(text: str) -> str | None:
    """ "one-sided" or "two-sided" as the question words its test (``ONE_SIDED_SAID``, ``TWO_SIDED_SAID``); None when
    it says neither. Raises ExtractError when it says both."""
    said = {side for pattern, side in ((ONE_SIDED_SAID, "one-sided"), (TWO_SIDED_SAID, "two-sided"))
            if re.search(pattern, text, re.I)}  # fmt: skip
    if len(said) > 1:
        raise ExtractError("the question names both a one-sided and a two-sided test")
    return said.pop() if said else None


# the variance assumption a comparison of means names: equal ("pooled", "equal variances assumed", "homoscedastic";
# not after "not", "without", "don't") or unequal (Welch, "unequal variances", "not assuming equal variances",
# "variances may differ", "heteroscedastic")
_NOT = r"(?<!\bnot )(?<!\bwithout )(?<!n't )(?<!n’t )(?<!\bnever )(?<!\bnon-)"
_SAME = r"(?:equal|homogeneous|common|identical|the same)"
# "not assuming equal variances", "I don't want to assume equal variances", "without assuming the variances are equal"
_NOT_ASSUMED = (
    rf"(?:\bnot|\bwithout|n['’]t|\bnever)\s+(?:\w+\s+){{0,3}}?assum\w*\s+(?:that\s+)?(?:the\s+)?"
    rf"(?:{_SAME}[- ]variances?|variances?\s+(?:are\s+|is\s+)?{_SAME})"
)
# "shouldn't be pooled", "not pooling the variances", "never pool them": no pooled variance
_NOT_POOLED = r"(?:\bnot|\bwithout|n['’]t|\bnever)\s+(?:\w+\s+){0,2}?pool(?:ed|ing)?\b"
EQUAL_VARIANCES = (
    rf"{_NOT}\bpooled\b|{_NOT}\bassum\w* (?:that )?(?:the )?(?:{_SAME}[- ]variances?|variances? (?:are |is )?{_SAME})"
    rf"|\bequal[- ]variances? (?:is |are )?assumed|{_NOT}\bhomos[ck]edastic"
)
UNEQUAL_VARIANCES = (
    r"\bwelch\b|\b(?:un|non-?)pooled\b|\bunequal[- ]variances?|\bheter[oa]s[ck]edastic\w*|\bheterogeneous variances?|\bnon-?constant variances?"
    rf"|{_NOT_ASSUMED}|{_NOT_POOLED}"
    r"|\bequal[- ]variances? (?:is |are )?not assumed|\b(?:different|unequal) (?:group |population )?variances?"
    r"|\bvariances?\s+(?:are\s+|is\s+|look\s+|seem\s+)?(?:(?:probably|likely|clearly|quite|rather|very)\s+)?"
    r"(?:not (?:assumed )?(?:equal|the same)|unequal|differ(?:s|ent)?\b"
    r"|(?:may|might|could|can|should|will)\s+(?:well\s+)?(?:differ|be (?:unequal|different)))"
)
# a question about the variances themselves (Levene, "are the variances equal?"): its words name no assumption
ABOUT_VARIANCES = (
    r"\blevene|\bbartlett|\bbrown[- ]forsythe|\bhomogeneity of variances?|\bequality of (?:the )?variances"
    r"|\bvariance[- ]ratio|\bf[- ]?test\b[^.?;]{0,40}\bvariances?|\b(?:test|check)\w*\s+(?:for|of)\s+(?:equal|unequal)"
    r"|\b(?:are|do|does|whether|if)\s+(?:the\s+)?(?:group\s+|population\s+)?variances?\b[^?]{0,160}?"
    r"\b(?:equal|unequal|differ\w*|the same|homogeneous)\b"
)


def equal_variances(text: str) -> bool:
    """Whether a comparison of means is asked with the pooled variance ("pooled", "assume equal variances",
    "homoscedastic"), the assumption not negated a few words before ("I don't want to assume equal variances",
    "the variances shouldn't be pooled")."""
    negated = [m.span() for m in re.finditer(rf"{_NOT_ASSUMED}|{_NOT_POOLED}", text, re.I)]
    return any(
        not any(start <= m.start() < end for start, end in negated) for m in re.finditer(EQUAL_VARIANCES, text, re.I)
    )


def unequal_variances(text: str) -> bool:
    """Whether a comparison of means is asked without equal variances (Welch's test or ANOVA by name, or by words
    that are not about the variances themselves: "Levene's test", "are the variances unequal?" ask no Welch test)."""
    if re.search(r"\bwelch\b", text, re.I):
        return True
    return bool(re.search(UNEQUAL_VARIANCES, text, re.I)) and not re.search(ABOUT_VARIANCES, text, re.I)


# the answer asked in exact form: "exact form", "exact value", "closed form", "as a fraction", "exact fraction", "in
# fraction form", "in terms of e", "exact" or "exactly" closing the question (not "exactly 3", a count)
EXACT_FORM = re.compile(
    r"\bexact(?:ly)?\s+(?:form|value|answer|expr(?:ession)?|result|fraction)\b|\bin\s+exact\s+(?:form|terms)\b|"
    r"\bclosed[- ]form\b|\bas\s+an?\s+(?:exact\s+|reduced\s+|simplified\s+)?fraction\b|\bin\s+fraction\s+form\b|"
    r"\bin\s+terms\s+of\s+e\b|\bsymbolic(?:ally)?\b|\bexact(?:ly)?\s*[?.!]*\s*(?:(?:please|pls|plz)\s*[?.!]*\s*)?$|"
    r"\(\s*exact(?:ly)?(?:\s+(?:please|pls|plz))?\s*[?.!]*\s*\)",
    re.I,
)
# a continuity correction by name: "Yates' continuity correction", "Yates-corrected", "continuity-corrected"
_CORRECTION = (
    r"\byates\b(?:['’]s?)?(?:[- ]?corrected|\s+(?:continuity\s+)?correction)?|\bcontinuity[- ]correct(?:ion|ed)"
)
# ... refused: "no Yates continuity correction", "without Yates", "not Yates-corrected", "uncorrected", "correction
# off", "don't apply the continuity correction", "Yates correction not applied"
_NO_CORRECTION = (
    rf"\b(?:no|without|not|never|skip(?:ping)?|omit(?:ting)?|drop(?:ping)?|turn(?:ing)? off|(?:do|does|did)\s*n[o']?t"
    rf"\s+(?:use|apply))\s+(?:(?:any|the|a|an)\s+)?(?:{_CORRECTION})"
    rf"|(?:{_CORRECTION})\s*(?:[:=]\s*)?(?:off|false|no\b|(?:is\s+|was\s+)?not\s+(?:applied|used|wanted)|omitted)"
    r"|\buncorrected\b|\bwithout\s+(?:any\s+)?correction\b"
)


def continuity_correction(text: str) -> bool | None:
    """Whether the question asks for a continuity correction (True: "with Yates' correction", "Yates-corrected"),
    refuses one (False: "no Yates continuity correction", "without continuity correction", "uncorrected",
    "correction off"), or names none (None)."""
    if re.search(_NO_CORRECTION, text, re.I):
        return False
    return True if re.search(_CORRECTION, text, re.I) else None


# a sample size asked for in planning words: "how many bottles should we sample", "how many specimens must we test",
# "how many pairs do we need", "how many parts to inspect", "what n", "what sample size", "required sample size",
# "sample size needed", "how large a sample"
_SAMPLE_SIZE_ASKED = (
    r"\bhow (?:many|large|big)\b(?:\s+[\w-]+){0,4}?\s+(?:should|must|shall|do|does|would|will|need|needed|"
    r"(?:is|are) (?:needed|required|necessary)|required|to (?:sample|test|measure|inspect|buy|run|take|collect|use|"
    r"include|enrol+|recruit|build|make|draw|check|order|detect|get|reach|achieve|have))\b"
    r"|\bhow many\b(?:\s+[\w-]+){0,3}?\s+(?:per|in each|for each) (?:group|arm)\b"
    r"|\bhow many\b(?:\s+[\w-]+){0,3}?\s+(?:for|to give|at)\s+(?:an?\s+|the\s+)?(?:\d+(?:\.\d+)?\s*%\s*)?power\b"
    r"|\bwhat (?:n|sample size|size of sample)\b|\b(?:required|minimum|needed|necessary) (?:sample size|n)\b"
    r"|\bsample sizes?\s+(?:is |are |would be |will be )?(?:needed|required|necessary)\b"
)
# what makes it a power analysis: a stated power, an effect to detect, an expected value
_PLANNED = r"\bpower\b(?!\s+series)|\bto detect\b|\bexpect(?:ed|s)?\b[^.;?!]{0,40}?\b(?:mean|average|difference)\b"


# "how many parts per supplier", "how many units from each line" (not a rate: "how many calls per hour")
_PER_GROUP_ASKED = (
    r"\bhow many\b(?:\s+[\w-]+){0,3}?\s+(?:per|in each|for each|from each)\s+"
    r"(?!(?:second|minute|hour|day|week|month|year|shift|unit|item|piece|part|batch|lot)s?\b)[a-z]"
)


def asks_sample_size(text: str) -> bool:
    """Whether the question asks for a sample size in planning words ("how many bottles should we sample", "how
    many pairs do we need", "how many paired runs for 90% power", "what n", "required sample size") with a power, an
    effect "to detect" or an expected mean or difference stated, or asks how many per group ("how many parts per
    supplier") with a power or an effect to detect."""
    text = _PHYSICAL_POWER.sub(" ", text)
    if re.search(_SAMPLE_SIZE_ASKED, text, re.I) and re.search(_PLANNED, text, re.I):
        return True
    return bool(re.search(_PER_GROUP_ASKED, text, re.I) and re.search(r"\bpower\b(?!\s+series)|\bdetect", text, re.I))


# a physical power, no test's: "power" in a sentence that writes it in watts ("heater power P(t) = 3t^2 + 5 kW")
_IN_SENTENCE = r"(?:[^.;?!]|\.(?=\d))*?"  # within one sentence ("2.5 kW": a decimal point ends none)
_PHYSICAL_POWER = re.compile(
    rf"\bpower\b(?={_IN_SENTENCE}(?<![\w.])(?:[kMG]?W|hp|watts?|kilowatts?|megawatts?)(?![\w/]))"
    rf"|(?<![\w.])(?:[kMG]?W|hp|watts?|kilowatts?|megawatts?)(?![\w/]){_IN_SENTENCE}\bpower\b",
)


def _percent(value: str, sign: str) -> str:
    return str(float(value) / 100) if sign else value


# a run of values after a name: "alpha 4.1 4.3", "alpha: 4.1, 4.3, 4.2" (a level "alpha" labelling data: a strain
# alpha beside beta and gamma), never a significance level's one number ("alpha 0.05, 80% power")
_VALUE_RUN = rf"{_BRACKETED_ALIAS}\s*{_NAMED_AS}\s*{NUMBER}(?:\s+{NUMBER}(?![\d.]|\s*%)|(?:\s*,\s*{NUMBER}){{2}})"


def alpha(text: str) -> str | None:
    """Significance level from "alpha 0.01", "at the 1% level", "95% confidence"; a name followed by a run of values
    ("alpha 4.1 4.3 4.2", a level named alpha) states none."""
    found = named_number(text, [f"{name}(?!{_VALUE_RUN})" for name in ("alpha", "significance level", "significance")])
    if found:
        return found
    m = re.search(rf"({NUMBER})\s*%\s*(?:significance|level)", text, re.I)
    if m:
        return _percent(m.group(1), "%")
    conf = confidence(text)
    return _fmt(1 - float(conf)) if conf else None


def confidence(text: str) -> str | None:
    """Confidence level as a fraction from "95% confidence" / "confidence 0.99"."""
    m = re.search(rf"({NUMBER})\s*%\s*(?:confidence|conf|ci\b)", text, re.I)
    if m:
        return _percent(m.group(1), "%")
    return named_number(text, ["confidence level", "confidence"])


# Unicode notation people paste or type -> the ASCII the planners read. Greek letters become their names
# only when they stand alone ("σ = 0.012", not the "µ" of "µm"); superscript digits become powers.
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_PLAIN = (
    (r"([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)", lambda m: "^" + m.group(1).translate(_SUPERSCRIPTS)),  # "10⁻⁴" -> "10^-4"
    (r"([A-Za-z])\u033f|([Xx])\u0304\u0304", r"\1\2-double-bar"),  # "x̿" (or two macrons) -> "x-double-bar"
    (r"([A-Za-z])[\u0304\u0305]", r"\1-bar"),  # "X̄", "R̄", "p̄" (a combining macron or overline) -> "X-bar"
    # a control chart's constant subscripted: "d₂", "c₄", "A₂", "D₄" -> "d2", "c4", "A2", "D4"
    (r"(?<![A-Za-z])([dcABDE])([₂₃₄])(?![\w₀-₉])", lambda m: m.group(1) + m.group(2).translate(_SUBSCRIPTS)),
    (r"[−‒—]", "-"),
    (r"±", " +/- "),
    # "w/" and "w/o" written for "with" and "without" ("ended up w/ 2x^2 - 5x - 3 = 0", "w/o a fault"), never a
    # variable w divided by what follows: a lone w, its slash followed by a space or an "o" that ends the word ("w/ p
    # 0.05", with probability, is left to the probability reader)
    (r"(?<![\w/])[wW]/o(?![\w/])", "without"),
    (r"(?<![\w/])[wW]/(?=\s)(?!\s*p\b)", "with"),
    (r"≈|≃|≅", "="),
    (r"≤|⩽", "<="),
    (r"≥|⩾", ">="),
    (r"≠", "!="),
    (r"[×·⋅]", "*"),
    (r"√", "sqrt "),
    (r"π(?=[A-Za-z])", "pi "),  # "2πr" -> "2pi r" (pi times r, not a word "pir")
    (r"π", "pi"),
    (r"∞", "inf"),
    (r"\s*[→⟶↦]\s*", " -> "),
    (r"°\s*F\b", " degF"),
    (r"°\s*C\b", " degC"),
    (r"σ(?![a-zA-Z])", "sigma "),
    # a hypothesised mean's subscript stays on its symbol: "μ0 = 45.0", "μ₀ = 45" -> "mu0" (never "mu 0 = 45.0",
    # a mean of 0); "μ1", "μ2" likewise
    (r"[μµ](\d)", r"mu\1"),
    (r"[μµ]₀", "mu0"),
    (r"[μµ]₁", "mu1"),
    (r"[μµ]₂", "mu2"),
    (r"[μµ](?![a-zA-Z])", "mu "),
    (r"α(?![a-zA-Z])", "alpha "),
    (r"λ(?![a-zA-Z])", "lambda "),
    (r"ρ(?![a-zA-Z])", "rho "),
    (r"½", "(1/2)"),
    (r"¼", "(1/4)"),
    (r"¾", "(3/4)"),
    (r"ℓ", "l"),  # the script l of a log-likelihood "ℓ(p)" or a length
    (r"(?<![\w.])cP\b", "centipoise"),  # "cP" (so cased) is the unit, not a capability index "Cp"
    # a number glued to a unit of mass or amount per unit: "0.45g/t" -> "0.45 g/t", "12mg/L", "0.25oz/ton"
    (r"(?<![\w.])(\d+(?:\.\d+)?|\.\d+)(?=(?:[mµμk]?g|ozt?|lbs?|m?mol|[mµμ]?L)/[A-Za-z]+\b)", r"\1 "),
)


# LaTeX commands read as their plain names or operators ("\\cdot" -> "*", "\\to" -> "->", "\\rho" -> "rho"); spacing
# commands and the sizes of brackets ("\\left(", "\\,") are dropped
_LATEX_WORDS = {
    **dict.fromkeys(("cdot", "times", "ast"), " * "),
    **dict.fromkeys(("to", "rightarrow", "longrightarrow"), " -> "),
    **dict.fromkeys(("left", "right", "bigl", "bigr", "Bigl", "Bigr", "big", "Big", "displaystyle"), ""),
    **dict.fromkeys(("quad", "qquad"), " "),
    **dict.fromkeys(("le", "leq", "leqslant"), " <= "),
    **dict.fromkeys(("ge", "geq", "geqslant"), " >= "),
    **dict.fromkeys(("neq", "ne"), " != "),
    **dict.fromkeys(("approx", "simeq"), " = "),
    "lt": " < ",
    "gt": " > ",
    "pm": " +/- ",
    "sim": " ~ ",
    "infty": " inf ",
    "int": " ∫",
    **{
        name: f" {name} "
        for name in (
            "sin",
            "cos",
            "tan",
            "sec",
            "csc",
            "cot",
            "arcsin",
            "arccos",
            "arctan",
            "sinh",
            "cosh",
            "tanh",
            "ln",
            "log",
            "exp",
            "lim",
            "sum",
            "pi",
        )
    },  # fmt: skip
    **{
        name: f" {name} "
        for name in (
            "alpha",
            "beta",
            "gamma",
            "delta",
            "epsilon",
            "varepsilon",
            "zeta",
            "eta",
            "theta",
            "kappa",
            "lambda",
            "mu",
            "nu",
            "xi",
            "rho",
            "sigma",
            "tau",
            "phi",
            "varphi",
            "chi",
            "psi",
            "omega",
            "Delta",
            "Gamma",
            "Theta",
            "Lambda",
            "Phi",
            "Psi",
            "Omega",
        )
    },  # fmt: skip
}
_LATEX_TEXT = {"text", "mathrm", "mathit", "mathcal", "mathbf", "mathbb", "boldsymbol", "operatorname", "hat"}
_LATEX_GROUPED = {"frac", "dfrac", "tfrac", "sqrt", "bar", "overline"} | _LATEX_TEXT


def _latex_group(text: str, at: int) -> tuple[str, int] | None:
    """The argument of a LaTeX command that starts at ``at`` (spaces skipped): a braced group, its braces matched,
    or one character ("\\frac12"); with where it ends. None when there is none."""
    while at < len(text) and text[at] == " ":
        at += 1
    if at >= len(text) or text[at] in "}\\":
        return None
    if text[at] != "{":
        return text[at], at + 1
    depth = 0
    for i in range(at, len(text)):
        depth += (text[i] == "{") - (text[i] == "}")
        if depth == 0:
            return text[at + 1 : i], i + 1
    return None


def latex(text: str) -> str:
    """LaTeX math as the plain notation the readers take: "\\frac{a}{b}" -> "(a)/(b)", "\\sqrt{x}" -> "sqrt(x)",
    "\\sqrt[3]{x}" -> "(x)^(1/(3))", "x^{2}" -> "x^2", "x^{n-1}" -> "x^(n-1)", "\\to" -> "->", "\\cdot" -> "*", "\\rho" -> "rho",
    "\\left(" -> "(", "\\text{d}" -> "d", "N_{0}" -> "N_0", "\\bar{x}" -> "x-bar", "\\bar{\\bar{x}}" -> "x-double-bar",
    "\\frac{d}{dx}" -> "d/dx", "\\le" -> "<=", "\\sim" -> "~"; spacing ("\\,", "\\;", "\\!") dropped; "$...$" delimiters
    dropped and "C_{pk}" asked read as "Cpk" (see ``_latex_delimiters``). Text with no backslash command and no "^{" or
    "_{" is returned as it is; a command not known stays (the readers refuse it)."""
    text = _latex_delimiters(text)
    if not re.search(r"\\[A-Za-z,;:! ]|[\^_]\s*\{", text):
        return text
    out, i = [], 0
    while i < len(text):
        command = re.match(r"\\([A-Za-z]+|[,;:! ])", text[i:])
        if text[i] == "^" and (group := _latex_group(text, i + 1)) and text[i + 1 :].lstrip().startswith("{"):
            power = latex(group[0]).strip()
            out.append(f"^{power}" if power.isdigit() else f"^({power})")  # "2^{4}" -> "2^4", "x^{n-1}" -> "x^(n-1)"
            i = group[1]
        elif (
            text[i] == "_" and (group := _latex_group(text, i + 1)) and re.fullmatch(r"\{\w+\}", text[i + 1 : group[1]])
        ):
            out.append(f"_{group[0]}")  # "N_{0}" -> "N_0"
            i = group[1]
        elif command and command.group(1) in _LATEX_GROUPED:
            i, written = _latex_command(text, command.group(1), i + command.end())
            out.append(written)
        elif command and command.group(1) in _LATEX_WORDS:
            out.append(_LATEX_WORDS[command.group(1)])
            i += command.end()
        elif command and command.group(1) in ",;:! ":
            out.append(" ")
            i += command.end()
        else:
            out.append(text[i])
            i += 1
    return re.sub(r"(?<=\S) {2,}", " ", "".join(out)).strip()


def _latex_bar(inner: str) -> str:
    """A barred symbol as the readers write it: "x" -> "x-bar", "x-bar" (a bar over a bar) -> "x-double-bar"; a
    longer argument ("\\bar{x_1}") keeps its text with "-bar" after it."""
    return (
        f"{inner[:-4]}-double-bar" if inner.endswith("-bar") and not inner.endswith("-double-bar") else f"{inner}-bar"
    )


# inline math delimiters: "$\\bar{x}$", "$$...$$", "\\(...\\)"; a "$" that opens a number is a price ("$5 and $10")
_MATH_DELIMITED = re.compile(r"\$\$(.+?)\$\$|\$(?![\d\s])([^$\n]+?)(?<!\s)\$(?!\d)|\\\((.+?)\\\)")
# markdown code delimiters: a fence "```" (with the language named after it on its own line: "```math") or a tick "`"
_CODE_TICKS = re.compile(r"```(?:[ \t]*[A-Za-z][\w+-]*[ \t]*(?=\r?\n))?|`")
# capability indices subscripted: "C_p", "C_{pk}", "P_{pk}" -> "Cp", "Cpk", "Ppk"
_INDEX_SUBSCRIPT = re.compile(r"\b([CP])_\{?(pk|pl|pu|pm|p)\}?(?![A-Za-z0-9])")
# such a name as a formula's parameter: set to a number ("C_p = 0.4"), joined by an operator ("C_p*v^3", "4.18/C_p"),
# or in a formula's body after letters, numbers and operators ("Q = m C_p dT")
_PARAMETER = re.compile(
    r"\b[CP]_\{?p[klmu]?\}?\s*(?:=\s*[-+]?[\d.]|[*/^·])|[*/^·]\s*[CP]_\{?p[klmu]?\}?(?![A-Za-z0-9])"
    r"|=\s*(?:(?:[A-Za-z](?:_\w+)?|\d+(?:\.\d+)?|[-+*/^()·])\s*)+(?<![\w}])[CP]_\{?p[klmu]?\}?(?![A-Za-z0-9])"
)


def _latex_delimiters(text: str) -> str:
    """Text with inline math delimiters dropped ("$X \\sim N(\\mu, \\sigma)$" -> "X \\sim N(\\mu, \\sigma)"), markdown
    code ticks and fences too ("`x^3 - 6x^2 = 0`" -> "x^3 - 6x^2 = 0"), and
    subscripted capability indices joined ("What's C_{pk}?" -> "What's Cpk?"), unless the name is a formula's parameter
    (a power or heat capacity coefficient "C_p = 0.4", "0.5*rho*A*C_p*v^3"); prices ("$5") stay."""
    text = _MATH_DELIMITED.sub(lambda m: next(g for g in m.groups() if g is not None), _CODE_TICKS.sub("", text))
    return text if _PARAMETER.search(text) else _INDEX_SUBSCRIPT.sub(r"\1\2", text)


# a derivative's operator written as a fraction: "d/dx", "d^2/dx^2", "dy/dx"
_DIFFERENTIAL = re.compile(r"d(?:\^\d)?[a-z]?/d[a-z](?:\^\d)?")


def _latex_command(text: str, name: str, at: int) -> tuple[int, str]:
    """(where it ends, its plain text) of a command with braced arguments: a fraction, a root, text."""
    root = re.match(r"\s*\[([^\]]*)\]", text[at:]) if name == "sqrt" else None
    first = _latex_group(text, at + (root.end() if root else 0))
    if first is None:
        return at, f" {name} "
    if name in _LATEX_TEXT:
        return first[1], latex(first[0])
    if name in {"bar", "overline"}:
        return first[1], _latex_bar(latex(first[0]).strip())
    if name == "sqrt":
        inner = latex(first[0])
        return first[1], f"({inner})^(1/({latex(root.group(1))}))" if root else f"sqrt({inner})"
    second = _latex_group(text, first[1])
    if second is None:
        return at, f" {name} "
    top, bottom = latex(first[0]).strip(), latex(second[0]).strip()
    if _DIFFERENTIAL.fullmatch(f"{top}/{bottom}"):  # "\\frac{d}{dx}" is the operator "d/dx", not a ratio
        return second[1], f"{top}/{bottom} "
    return second[1], f"({top})/({bottom})"


def plain_text(question: str) -> str:
    """The question with Unicode notation in ASCII: "N(100, 15²)" -> "N(100, 15^2)", "σ ≈ 3" -> "sigma = 3",
    "X̄" -> "X-bar", "x̿" -> "x-double-bar", "±" -> "+/-", "350°F" -> "350 degF", "0.45g/t" -> "0.45 g/t", LaTeX as plain notation
    ("\\frac{a}{b}" -> "(a)/(b)", "2^{6-2}" -> "2^(6-2)", see ``latex``), "≤" -> "<=", "√" -> "sqrt", "π" -> "pi"; a
    lone "⁺" or "⁻" (after a
    limit's point) becomes "+" or "-"; thousands separators are dropped ("12,000 h" -> "12000 h", see
    ``grouped_numbers``), and the decimal comma of a percentage is a point ("1,8 %" -> "1.8 %"); cardinal numbers in words are written in digits ("twelve bolts" -> "12 bolts", "two and a
    half percentage points" -> "2.5 percentage points", "five percent" -> "5%", see ``number_words``)."""
    text = decimal_commas(thousands(latex(question)))
    for pattern, repl in _PLAIN:
        text = re.sub(pattern, repl, text)
    return number_words(re.sub(r"(?<=\S) {2,}", " ", text.translate(_SUPERSCRIPTS)))


_SCIENTIFIC = re.compile(
    r"(?<![\w.^/])(\d+(?:\.\d+)?|\.\d+)\s*(?:[x×*·⋅]|\btimes\b)\s*10\s*(?:\^|\*\*)\s*(\(\s*[-+]?\d+\s*\)|[-+]?\d+)(?![\d.])"
)


def scientific(text: str) -> str:
    """Scientific notation as one number: "2x10^-4", "2*10^-4", "2 × 10⁻⁴" (after ``plain_text``) -> "2e-4",
    "1.5 times 10^3" -> "1.5e3"; numbers already written "2e-4" stay. A power's exponent ("x^2*10^3") and a
    divisor ("x/2*10^3", which is x*500) are no mantissa."""
    return _SCIENTIFIC.sub(lambda m: f"{m.group(1)}e{m.group(2).strip('() ')}", text)


def _fmt(value: float) -> str:
    return f"{value:.10g}"


def math_expression(text: str) -> str:
    """Prose math -> study-language expression text ("3x sin x" -> "3*x*sin(x)").

    Numbers in scientific notation are numbers: "1.5e-3 x", "2E6", "6.02x10^23" -> 1.5e-3*x, 2E6, 6.02e23; "2e^x"
    is 2*e^x. Raises ExtractError when the text has words that are neither functions, constants nor
    one-letter variables.
    """
    prose = scientific(text.strip().rstrip("?.").replace("²", "^2").replace("³", "^3"))
    for pattern, repl in _WORDS:
        prose = re.sub(pattern, repl, prose, flags=re.I)
    tokens = _tokens(log_bases(prose))
    return _join(_apply_functions(tokens))


_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
# a logarithm's base written out: "log_10", "log_{10}" (or "log_(10)"), "log₁₀", "log base 10 (of)", "log to (the) base 2"
_LOG_BASE = re.compile(
    r"\blog(?:arithm)?(?:\s*_\s*[{(]?\s*(?P<sub>\w+)\s*[})]?|(?P<low>[₀-₉]+)|\s+(?:to\s+)?(?:the\s+)?base\s+(?P<word>\w+)"
    r"(?:\s+of\b)?)",
    re.I,
)
_BASE_NAMES = {"10": "log10", "2": "log2", "e": "ln"}


def log_bases(text: str) -> str:
    """A logarithm to a written base as its function: "log_10(x)", "log_{10} x", "log₁₀ x", "log base 10 of x"
    -> log10 (as is ISO 80000's "lg x", an alias); base 2 -> log2, base e -> ln. Any other base raises ExtractError (write
    log(x)/log(b)); "log10(x)" and "log2(x)" stay as they are."""

    def name(m: re.Match[str]) -> str:
        base = (m.group("sub") or m.group("word") or m.group("low").translate(_SUBSCRIPTS)).lower()
        if base not in _BASE_NAMES:
            raise ExtractError(f"a logarithm to base {base} is not read: write it as log(x)/log({base})")
        return f"{_BASE_NAMES[base]} "

    return _LOG_BASE.sub(name, text)


# multi-letter names a planner keeps as symbols while it reads a question ("Vmax", "k1"; see ``symbol_names``)
_SYMBOL_NAMES: ContextVar[frozenset[str]] = ContextVar("symbol_names", default=frozenset())


@contextmanager
def symbol_names(names: frozenset[str]) -> Iterator[None]:
    """Within the block, ``math_expression`` reads each of ``names`` ("Vmax", "Km", "k1") as one symbol, not as
    letters multiplied or an unknown word."""
    token = _SYMBOL_NAMES.set(_SYMBOL_NAMES.get() | names)
    try:
        yield
    finally:
        _SYMBOL_NAMES.reset(token)


def _named_symbol(text: str, pos: int) -> re.Match[str] | None:
    """One of the symbol names in force written at ``pos`` (after spaces), as a whole word."""
    names = sorted(_SYMBOL_NAMES.get(), key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\s*(?<![\w.])(?:{alternatives})(?!\w)").match(text, pos)


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        if named := _named_symbol(text, pos):
            out.append(named.group().strip())
            pos = named.end()
            continue
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ExtractError(f"cannot read {text[pos:].strip()!r} as mathematics")
        pos = m.end()
        number, word, op = m.groups()
        if number:
            if out and out[-1] == "^" and re.search("[eE]", number):
                raise ExtractError(
                    f"'^{number}' is ambiguous: write ^({number}) for the power, or e with spaces around it"
                )
            out.append(number)
        elif word:
            out.extend(_split_word(word))
        else:
            out.append("==" if op == "=" else op)
    return out


def _split_word(word: str) -> list[str]:
    low = word.lower()
    if low in FUNCTIONS:
        return [_ALIASES.get(low, low)]
    if low in _CONSTANTS or (len(word) == 1 and word.isalpha()):
        return [word]
    for fn in sorted(FUNCTIONS, key=len, reverse=True):  # "xsin" -> x, sin
        if low.endswith(fn) and low[: -len(fn)].isalpha():
            return [*_split_word(word[: -len(fn)]), _ALIASES.get(fn, fn)]
    if word.isalpha() and len(word) <= 3 and word.islower():  # "xy" -> x*y
        return list(word)
    raise ExtractError(f"unknown word {word!r} in the expression")


def _apply_functions(tokens: list[str]) -> list[str]:
    """``sin x`` -> ``sin ( x )``; ``sin 2x`` -> ``sin ( 2 x )``; ``sin^2 x`` -> ``sin ( x ) ^ 2``."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in FUNCTIONS or tok in _ALIASES.values():
            power: list[str] = []
            j = i + 1
            if j + 1 < len(tokens) and tokens[j] == "^" and tokens[j + 1] != "(":
                power, j = ["^", tokens[j + 1]], j + 2
            if j < len(tokens) and tokens[j] == "(":
                depth, k = 0, j
                while k < len(tokens):
                    depth += tokens[k] == "("
                    depth -= tokens[k] == ")"
                    if depth == 0:
                        break
                    k += 1
                inner = _apply_functions(tokens[j + 1 : k])
                out += [tok, "(", *inner, ")", *power]
                i = k + 1
                continue
            k = j
            while k < len(tokens) and _atom(tokens[k]) and tokens[k] not in FUNCTIONS:
                k += 1
                if k < len(tokens) and tokens[k] == "^" and k + 1 < len(tokens):
                    k += 2
            if k == j:
                raise ExtractError(f"'{tok}' needs an argument")
            out += [tok, "(", *tokens[j:k], ")", *power]
            i = k
            continue
        out.append(tok)
        i += 1
    return out


def _atom(tok: str) -> bool:
    return tok[0].isalnum() or tok[0] == "."


def _join(tokens: list[str]) -> str:
    """Join tokens, inserting ``*`` for implicit multiplication."""
    out: list[str] = []
    prev = ""
    for tok in tokens:
        if prev and _ends_value(prev) and _starts_value(tok) and prev not in FUNCTIONS:
            out.append("*")
        out.append(tok)
        prev = tok
    text = ""
    for tok in out:
        unary = text.endswith(("(", "[", ",", "^", "*", "/"))  # "e^-x", "2*-3": a sign, not an operator
        if tok in {"+", "-", "==", "<", ">", "<=", ">="} and text and not unary:
            text += f" {tok} "
        elif tok == ",":
            text += ", "
        else:
            text += tok
    return re.sub(r"\s+", " ", text).strip()


def _ends_value(tok: str) -> bool:
    return _atom(tok) or tok in {")", "]"}


def _starts_value(tok: str) -> bool:
    return _atom(tok) or tok == "("


_GROUP = rf"[(\[]\s*(?:{NUMBER}\s*[, ]\s*)+{NUMBER}\s*[)\]]"


def matrix_rows(question: str) -> list[list[str]] | None:
    """Rows of a matrix written as [[1, 2], [3, 4]] (fractions kept whole: [[1/2, 1], ...]), '1 2; 3 4' or
    '(1, 2), (3, 4)' (None when absent or ragged); transposed when the question gives it by columns ("with columns (1, 3), (2, 4)")."""
    m = re.search(r"\[\s*\[(.*)\]\s*\]", question, re.S)
    if m:
        rows = [entries(r) for r in re.split(r"\]\s*,?\s*\[", m.group(1))]
    elif m := re.search(rf"{_GROUP}(?:\s*(?:,|;|and)?\s*{_GROUP})+", question):
        rows = [numbers(group) for group in re.findall(_GROUP, m.group(0))]
    else:
        m = re.search(rf"((?:{NUMBER}[ ,]+)*{NUMBER}(?:\s*;\s*(?:{NUMBER}[ ,]+)*{NUMBER})+)", question)
        if not m:
            return None
        rows = [numbers(r) for r in m.group(1).split(";")]
    if not rows or any(len(r) != len(rows[0]) or not r for r in rows):
        return None
    if re.search(r"\bcolumns?\b", question[: m.start()], re.I):
        rows = [list(column) for column in zip(*rows, strict=True)]
    return rows


# ---- paired data: one (first, second) value per item, as "x -> y", "x: y", "(x, y)" or "x=150 y=62.1" ----
_PAIR_UNIT = r"(?:%|°\s?[cf]\b|(?!and\b|or\b|then\b)[a-zµ°][\w°/²³µ·.-]{0,7}(?<!\.))"  # "degC", "mm", "kN", "%"
_PAIR_FORMS = (
    # "150 -> 62.1" ("→" after plain_text), with units: "18 degC -> 2.1%"
    rf"(?<![\w.])(?P<a>{NUMBER})(?:\s*{_PAIR_UNIT})?\s*(?:-+>|=>)\s*(?P<b>{NUMBER})(?:[ \t]*{_PAIR_UNIT}(?![ \t]*#?\d))?(?!\w|\.\d)",
    rf"(?<![\w.:])(?P<a>{NUMBER})\s*:\s*(?P<b>{NUMBER})(?!\w|\.\d|:)",  # "150: 62.1"
    rf"\(\s*(?P<a>{NUMBER})\s*[,;]\s*(?P<b>{NUMBER})\s*\)",  # "(150, 62.1)"
    rf"\b(?P<na>[a-z]\w*)\s*=\s*(?P<a>{NUMBER})\s*[,;]?\s*(?P<nb>[a-z]\w*)\s*=\s*(?P<b>{NUMBER})(?!\w|\.\d)",
)
_PAIR_GAP = re.compile(r"\s*(?:[,;]|\band\b)?\s*", re.I)
# an item's label before its pair, "P2 108→115", "subject 3: 121 -> 120", "#4 99=>104": a short word with a count
_PAIR_LABEL = r"(?:[^\W\d_]{1,12}[ \t]?#?|#)(?P<label>\d{1,3})(?![\d.,])[ \t]*[:)]?[ \t]*"
_LABELLED_GAP = re.compile(rf"\s*(?:[,;]|\band\b)?\s*(?:{_PAIR_LABEL})?", re.I)
# words where a name meets its values ("x values: ...", "hardness readings 62.1 ..."), and words around a name
_FILLERS = {"data", "values", "value", "readings", "reading", "points", "point", "pairs", "pair", "measured",
            "measurements", "observations", "results", "list", "is", "are", "was", "were", "in", "at"}  # fmt: skip
_STOPS = {"and", "or", "vs", "versus", "against", "the", "a", "an", "of", "for", "with", "to", "on", "here", "these",
          "this", "fit", "given", "from", "by", "as", "we", "i", "have", "got", "get", "gives", "give", "then"}  # fmt: skip
_WORD = r"[^\W\d_][\w-]*"


@dataclass
class PairedValues:
    """Values given item by item: the first and second value of each pair, in order, and the names of the two
    variables when the question gives them ("x=150 y=62.1", or a heading "temp vs hardness: 150 -> 62.1").
    ``ordered``: the names are those of the first and the second values ("T=150 H=62.1", "temp -> hardness:"); a
    heading "A vs B" or "A against B" names the two in either order (a plot's "y vs x" too). ``predictor_first``: the
    notation itself puts the predictor first ("150 -> 62.1"), where "(6.8, 4.5)" or "6.8: 4.5" may follow a heading's
    order instead."""

    first: list[str]
    second: list[str]
    names: tuple[str | None, str | None]
    ordered: bool = True
    predictor_first: bool = True


def paired_values(text: str, minimum: int = 3, arrows_only: bool = False) -> PairedValues | None:
    """The longest run of at least ``minimum`` pairs written alike, one after another (separated by commas,
    semicolons, "and" or spaces): "150 -> 62.1, 160 -> 64.0", "150: 62.1; 160: 64.0", "(150, 62.1), (160, 64.0)",
    "x=150 y=62.1, x=160 y=64.0" (each pair with the same two names); None when there is none. ``arrows_only``
    reads "a -> b" alone (where "n=10 mean=5.2" or "(10, 20)" rows of a table are not pairs of values)."""
    forms = _PAIR_FORMS[:1] if arrows_only else _PAIR_FORMS
    runs = [run for form in forms for run in _pair_runs(text, re.compile(form, re.I))]
    runs = [run for run in runs if len(run) >= minimum]
    if not runs:
        return None
    run = max(runs, key=len)  # the first of the longest
    named = run[0].groupdict().get("na")
    before = text[: run[0].start()]
    names = (named, run[0].group("nb")) if named else header_names(before)
    ordered = bool(named) or not re.search(
        r"\s(?:vs\.?|versus|against)\s", re.split(r"[.?!;\n](?:\s|$)", before)[-1], re.I
    )
    arrows = re.search(r"->|=>", run[0].group(0)) is not None
    return PairedValues([m.group("a").lstrip("+") for m in run], [m.group("b").lstrip("+") for m in run], names,
                        ordered, predictor_first=arrows)  # fmt: skip


_ARROW = re.compile(r"-+>|=>")


def _pair_runs(text: str, form: re.Pattern) -> list[list[re.Match]]:
    """Runs of consecutive matches of ``form`` with only a separator between them (named pairs: same names)."""
    runs: list[list[re.Match]] = []
    for m in form.finditer(text):
        last = runs[-1][-1] if runs else None
        joined = last is not None and _PAIR_GAP.fullmatch(text, last.end(), m.start()) is not None
        if last is not None and not joined and _ARROW.search(m.group(0)):  # "P1 112→119, P2 108→115": labelled
            joined = _LABELLED_GAP.fullmatch(text, last.end(), m.start()) is not None
        if joined and "na" in form.groupindex:
            joined = (m.group("na").lower(), m.group("nb").lower()) == (
                last.group("na").lower(),
                last.group("nb").lower(),
            )
        if joined:
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def header_names(before: str) -> tuple[str | None, str | None]:
    """The two variables a heading names just before paired data: "Cure temp (degC) vs hardness (Shore A):" ->
    ("cure temp", "hardness"); also "A -> B", "A / B", "A against B", after a title's clause ("ELISA calibration, conc
    vs absorbance:" -> ("conc", "absorbance")); (None, None) when it names no two."""
    head = re.split(r"[.?!;\n](?:\s|$)", before)[-1]
    head = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", head).strip(" \t:=-,")
    parts = re.split(r"\s+(?:vs\.?|versus|against)\s+", head, flags=re.I)  # "w/c ratio vs strength": "/" is a name's
    if len(parts) != 2:
        parts = re.split(r"\s*(?:->|=>|/)\s*", head)
    if len(parts) != 2:
        return None, None
    first = re.split(r"[,:]\s+|\s+-{1,2}\s+", parts[0])[-1]  # "ELISA calibration, conc vs ...": the last clause's name
    first = re.sub(r"\s+%[^\W\d_]*$", "", first)  # "binder content % vs air voids %": a unit, not the name's
    return _trailing_name(first), _leading_name(parts[1])


def name_before(text: str, start: int) -> str | None:
    """The name written just before a list of values that starts at ``start``: "flow (m3/h) 10, 20" -> "flow",
    "and y = 15 24" -> "y", "yield %: 71.2 76.8" -> "yield"; units in brackets and words such as "values" or "data" are left out. None when the
    clause says more than a name ("regress hardness on temp: 62.1 ...": which list is which is not said)."""
    head = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text[:start]).rstrip(" \t:=[(")
    head = re.sub(r"\s*%$|(?<=\w)\s+%[^\W\d_][\w/]*$", "", head)  # "yield %: 71.2", "assay %LC: 100.2": units
    labelled = re.search(r":\s*$", text[:start]) is not None  # "... 210  after: 221": a label, not 210's unit
    return _trailing_name(re.split(r"[.?!;,:=\n]|\s-{1,2}\s", head)[-1], labelled)


def unit_after(text: str, end: int) -> str | None:
    """The unit written right after a list of values that ends at ``end`` ("0, 50, 100 kPa gave ..." -> "kPa"); None
    when the word there names the next list ("x 1 2 3 y 4 5 6") or is not a unit, or starts the next line."""
    m = re.match(r"[ \t]*([^\W\d_][\w/%°]*)(?!\s*(?:[=:(]|[-+]?\.?\d))", text[end:])
    return m.group(1) if m and m.group(1).lower() not in _STOPS | _FILLERS else None


_RATIO_WORD = rf"{_WORD}(?:/{_WORD})?"  # a name may be a ratio of two: "w/c ratio"


def _trailing_name(chunk: str, labelled: bool = False) -> str | None:
    """Up to three words of a name that ends ``chunk`` (fillers such as "values" after it left out), when the
    words before it are only numbers, fillers and small words. A ``labelled`` name (one a colon follows) is never
    the unit of a number before it."""
    words = re.findall(rf"{_RATIO_WORD}|\S+", chunk.lower())
    while words and words[-1] in _FILLERS:
        words.pop()
    name: list[str] = []
    if re.search(r"(?<![\w'-])[A-HJ-Z]\s*$", chunk) and words:  # a capital letter is a label, "crew A", never "a"
        name.insert(0, words.pop())
    while words and len(name) < 3 and words[-1] not in _STOPS | _FILLERS and re.fullmatch(_RATIO_WORD, words[-1]):
        name.insert(0, words.pop())
    if name and words and not labelled and re.fullmatch(NUMBER, words[-1]):  # "200 kPa gave outputs": kPa is a unit
        words.append(name.pop(0))
    small = [w in _STOPS | _FILLERS or re.fullmatch(rf"{NUMBER}|\W+", w) for w in words]
    units = [i > 0 and re.fullmatch(NUMBER, words[i - 1]) is not None for i in range(len(words))]  # "200 kPa"
    rest_is_small = all(s or u for s, u in zip(small, units, strict=True))
    return " ".join(name) if name and rest_is_small else None


_QUALIFIED_WORD = rf"(?:\d+-)?{_RATIO_WORD}"  # "28-day strength", "w/c ratio"


def _leading_name(chunk: str) -> str | None:
    """Up to three words of a name that starts ``chunk``."""
    name = []
    for word in re.findall(rf"{_QUALIFIED_WORD}|\S+", chunk.lower())[:3]:
        if word in _STOPS | _FILLERS or not re.fullmatch(_QUALIFIED_WORD, word):
            break
        name.append(word)
    return " ".join(name) or None


# ---- specification limits: read by the capability planner and the normal-probability planner ----
_UNIT = r"(?:(?!to\b|and\b)°?\s*[^\W\d_]+\.?\s*)?"  # "24.96 mm to 25.03 mm", "990 Ω to 1010 Ω", "20 °C to 25 °C"
# a requirement in words: "must be between 2 and 6 days", "has to lie within 990 to 1010", "should stay in the range 2-6",
# "is supposed to be between 2 and 6"
_MODAL = r"(?:must|should|shall|has to|have to|needs? to|(?:is|are) (?:required|supposed|meant|expected) to)"
_REQUIRED = (
    rf"{_MODAL}\s+"
    r"(?:be(?:\s+(?:kept|held|maintained))?|lie|fall|stay|remain|measure|read|weigh|take|last|deliver|dispense|output)"
    r"(?:\s+(?:with)?in(?:\s+the\s+range(?:\s+of)?)?|\s+from|\s+between)?"
    # a condition of use: "the lids only fit if the rim diameter is between 95 and 105", "a shaft is accepted only when
    # its OD lies within 9.95 to 10.05", "passes provided the fill is between 498 and 502"
    r"|\b(?:fits?|works?|pass(?:es)?|(?:is|are)\s+(?:accepted|acceptable|usable|good|ok))\s+(?:only\s+)?"
    r"(?:if|when|provided(?:\s+that)?|as\s+long\s+as)\s+(?:(?:the|its|their|our|an?)\s+)?(?:[a-z0-9][\w-]*\s+){0,4}?"
    r"(?:is|are|lies|lie|falls?|stays?|measures?)\s+(?:between|from|(?:with)?in(?:\s+the\s+range(?:\s+of)?)?)"
    # "are supposed to have L2 norm between 0.95 and 1.05", "must show a resistance within 990 to 1010", "must deliver
    # registration accuracy between 98.5% and 101.5%": a quantity
    rf"|{_MODAL}\s+(?:have|has|show|hold|keep|give|deliver|produce|provide|achieve|maintain)\s+(?:(?:an?|the|its|their)\s+)?(?:[a-z0-9][\w-]*\s+){{1,4}}?"
    r"(?:between|from|(?:with)?in(?:\s+the\s+range(?:\s+of)?)?)"
    # "wants roast loss kept between 12% and 18%", "requires the fill held within 498-502": a quantity, then its band;
    # "wants fork length between 120 and 180 mm": "between" alone bounds it too
    r"|\b(?:wants?|requires?|needs?|expects?)\s+(?:(?:the|our|its|their|his|her)\s+)?(?:[a-z][\w-]*\s+){1,4}?"
    r"(?:(?:kept|held|maintained)\s+(?:between|from|(?:with)?in(?:\s+the\s+range(?:\s+of)?)?)|between)"
)
# a tolerance's shorthand, "tol is 61.985 – 62.015", "out of tol" (the word alone, not "tolerate", "toluene")
_TOL = r"\btols?\b\.?"
_ACCEPTED = r"acceptable|acceptance|allowable|allowed|permitted|specified"  # "acceptance band", "allowable window"
# limits a document or a customer sets: "contract says 7.0-10.0 %", "the customer requires 2 to 6", "drawing calls for"
_SET_BY = (
    r"\b(?:contract|agreement|customer|client|drawing|purchase\s+order|po|spec\s+sheet|datasheet)\s+"
    r"(?:says|states|specifies|requires|calls\s+for|allows|sets|gives)"
)
# words before "range", "band" or "window" that make it a specification (not "the range", "data range", "temperature
# range", a function's domain)
_BAND_BY = r"operating|consent|permit|licen[cs]e|regulatory|compliance|release|control|process|allowed|allowable"
_SPAN = re.compile(  # pct: a percent sign after the first limit ("spec 0.20% to 0.50%")
    rf"(?:(?:specs?|specifications?|limits?|tolerances?|{_TOL})(?:\s+(?:{_ACCEPTED}\s+)?(?:band|range|window|interval|zone))?"
    rf"|(?:{_ACCEPTED})\s+(?:range|window|band|interval)|{_REQUIRED}|{_SET_BY}"  # "tolerance band", "spec acceptance band"
    # "target superheat window is 8 to 14", "target seed rate window is 48–52": what is held, up to three words
    r"|\btarget\s+(?:[a-z-]+\s+){0,3}?(?:range|window|band|zone)"
    # a band a rule or an operator names, stated with "is" or "are": "pH consent band is 6.0 to 9.0", "operating
    # range is 20 to 30", "permit window: 6-9" (not "the range", "data range", "the sample ranges from")
    rf"|\b(?:{_BAND_BY})\s+(?:band|window|range)(?=(?:\s+(?:for|of|on)\s+[\w-]+(?:\s+[\w-]+){{0,3}}?)?\s*(?:is|are|:|=)\s*\(?\s*{NUMBER}\s*{_UNIT}"
    r"(?:to|and|-|–))"
    # a permit, licence or consent that states a band itself: "effluent pH permit is 6.0 to 9.0", "consent: 6-9"
    rf"|\b(?:permit|licen[cs]e|consent)(?=\s*(?:is|are|:|=)\s*\(?\s*{NUMBER}\s*{_UNIT}(?:to|and|-|–)))"
    # "for lead time is", "for HPCI injection valve opening time is", "on the ball mill P80 is": what the limits bound,
    # up to five words (a name may hold digits: "P80", "D50")
    r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?(?=\s+(?:is|are|from|between|at\s+\d|@)|\s*[:=]))?"
    r"(?:\s*(?:at|@)\s*(?P<condition>[-+]?\d+(?:\.\d+)?)\s*(?:°|deg)\s*[CFK]\b(?=\s*(?:is|are|:|=|from|between)))?"  # "spec at 40 °C is"
    rf"\s*(?:(?:runs?|goes|spans?|ranges?|extends?)\s+)?"  # "spec runs from"
    rf"(?:of|are|is|:|=|from|between)?\s*\(?\s*(?P<low>{NUMBER})\s*(?P<pct>%)?\s*{_UNIT}"  # "tolerance (990 to 1010 Ω)"
    rf"(?:to|and|-|–|\.\.|/)\s*(?P<high>{NUMBER})",
    re.I,
)
# "tolerance 10.00 +0.10/-0.05", "10.00 -0.05/+0.10": a nominal with its upper and lower deviations
_DEVIATIONS = re.compile(
    rf"({NUMBER})\s*{_UNIT}(?:\+\s*({NUMBER})\s*{_UNIT}/\s*-\s*({NUMBER})|-\s*({NUMBER})\s*{_UNIT}/\s*\+\s*({NUMBER}))"
)
# "LSL/USL = 9.90/10.10", "USL/LSL: 10.10 / 9.90": the names in the order of the numbers
_NAMED_PAIR = re.compile(
    rf"\b([lu]sl)\s*/\s*([lu]sl)\s*(?:=|:|of|are|is)?\s*({NUMBER})\s*{_UNIT}(?:/|,|and)\s*({NUMBER})", re.I
)
# a tolerance's sign: "±", "+/-", "+-", "+/−", "plus or minus", "plus/minus"
PM_SIGN = r"(?:±|\+\s*/\s*[-−]|\+[-−]|(?i:plus\s*(?:or|/)\s*minus)\b)"
_PLUS_MINUS = re.compile(rf"({NUMBER})\s*{_UNIT}{PM_SIGN}\s*({NUMBER})")
# "nominal 10.00 mm, tolerance +/- 0.06 mm"
_NOMINAL = re.compile(
    rf"\b(?:nominal|target)\s*(?:value\s*)?(?:of|is|=|:)?\s*({NUMBER})[^;.?\d]{{0,30}}?\btolerance\s*(?:of|is|=|:)?\s*"
    rf"{PM_SIGN}\s*({NUMBER})",
    re.I,
)
# the share of the specification a question asks for: below the LSL, above the USL, outside or within
_SPEC_SHARES = (
    # "underfilled", "undersize", "underweight": below the lower limit; "overfilled", "oversized": above the upper;
    # "out-of-spec", "off-spec", "(both tails)": outside
    (
        "below",
        r"\b(?:below|under|less than|short of|smaller than)\s+(?:the\s+)?(?:lower spec|lsl\b)"
        r"|\bunder-?(?:fill(?:ed)?|weight|size[sd]?)\b",
    ),
    (
        "above",
        r"\b(?:above|over|exceed\w*|greater than|larger than|beyond)\s+(?:the\s+)?(?:upper spec|usl\b)"
        r"|\bover-?(?:fill(?:ed)?|weight|size[sd]?)\b",
    ),
    (
        "outside",
        rf"\bout(?:side)?[\s-]+(?:of[\s-]+)?(?:the\s+)?(?:spec|tolerance|limits|{_TOL})|\boutside\b|\bnon-?conform|\boff[- ]spec"
        r"|\bboth tails\b"
        r"|\bbeyond (?:the )?spec|\breject(?:ed|s)?\b|\bscrap(?:ped)?\b|\bfails? (?:to meet )?(?:the )?spec",
    ),
    (
        "within",
        rf"\b(?:with)?in(?:side)? (?:the )?(?:spec|tolerance|{_TOL})|\bmeets? (?:the )?spec|\bconforming\b|\bin-spec\b",
    ),
)


def spec_share(text: str) -> str | None:
    """Which share of a specification the question asks for: "below" (under the LSL), "above" (over the USL),
    "outside" (out of spec, nonconforming, scrapped, or below and above), "within" (in spec, conforming), or None.
    A requirement ("parts must be inside tolerance") states the specification; it asks no share."""
    asked = re.sub(rf"{_REQUIRED}(?:side)?\s+(?:the\s+)?(?:spec\w*|tolerances?|limits)", " ", text, flags=re.I)
    found = [share for share, words in _SPEC_SHARES if re.search(words, asked, re.I)]
    if {"below", "above"} <= set(found):
        return "outside"
    return found[0] if found else None


def normal_share(
    share: str, lsl: str | None, usl: str | None, mean: str, sd: str
) -> tuple[str, str, str | None, str | None]:
    """Study-language text of a normal's share of a specification, its kind ("outside" or "between") and the
    lower and upper limits it uses:
    P(X < LSL) + P(X > USL) outside (one tail for "below", "above" or a one-sided specification), else
    P(LSL < X < USL). Raises ExtractError when the limits the share needs are missing."""
    if share == "within":
        if lsl is None or usl is None:
            raise ExtractError("the share within specification needs both limits (or ask for the share outside one)")
        return f"normal.cdf({usl}, {mean}, {sd}) - normal.cdf({lsl}, {mean}, {sd})", "between", lsl, usl
    lower, upper = (lsl if share != "above" else None), (usl if share != "below" else None)
    tails = [f"normal.cdf({lower}, {mean}, {sd})"] * (lower is not None) + [f"normal.sf({upper}, {mean}, {sd})"] * (
        upper is not None
    )
    if not tails:
        raise ExtractError(f"the share {share} the specification needs that limit")
    return " + ".join(tails), "outside", lower, upper


def exact_limit(limit: str) -> str:
    """A limit as one number, computed exactly: "10.00 - 0.06" -> "9.94" (a limit already a number is kept)."""
    from decimal import Decimal

    m = re.fullmatch(rf"\s*({NUMBER})\s*(?:([-+])\s*({NUMBER}))?\s*", limit)
    if m is None:
        raise ExtractError(f"cannot read the limit {limit!r} as a number")
    if m.group(2) is None:
        return m.group(1)
    value = Decimal(m.group(1)) + (Decimal(m.group(3)) if m.group(2) == "+" else -Decimal(m.group(3)))
    return str(value)


# a document or party that sets a bound: "permit maximum", "consent minimum", "legal maximum", "contract min is 24.0"
_RULE = r"permit|licen[cs]e|consent|regulatory|statutory|legal|contract(?:ual)?|customer|client|discharge\s+limit"
# an upper bound in words a rule or a discharge is held to: "the discharge must not exceed 5.0", "permit: not to exceed 5"
_NOT_ABOVE = (  # said of a rule or of what is discharged, never of any quantity ("the door must not exceed 186 C")
    rf"(?:{_RULE}|discharge|effluent|emissions?)(?:\s+[a-z]+){{0,2}}?\s+(?:(?:must|shall|may|should|is)\s+)?not\s+"
    r"(?:to\s+)?exceed"
)


def _limit_names(side: str, extreme: str) -> list[str]:
    """How a question names one specification limit: "LSL", "lower spec limit", "minimum spec of", "spec min",
    "lower tolerance limit", "lower limit" (and the upper side's words); "only" and a comma may follow a name in
    words ("an upper spec only: 8"); "no upper limit" names none."""
    short = {"lower": "lsl", "upper": "usl"}[side]
    spec = r"spec(?:ification)?s?"
    words = [rf"{side} {spec}(?: limit)?", rf"{extreme}(?:imum|\.)? {spec}(?: limit)?", rf"{spec} {extreme}(?:imum)?",
             rf"{side} tolerance(?: limit)?", rf"{side} limit",
             # a bound a rule sets: "permit maximum 5.0", "maximum allowed 5.0", "consent minimum of 6"
             rf"(?:{_ACCEPTED}|{_RULE}) {extreme}(?:imum)?", rf"{extreme}(?:imum)? (?:{_ACCEPTED})"]  # fmt: skip
    if side == "upper":
        words.append(_NOT_ABOVE)
    return [
        short,
        *(f"(?<!no ){name}(?: only)?,?" for name in words),
    ]  # "lower spec limit, 350 MPa", "a lower limit only, 35"


def limits_reversed(lsl: str | None, usl: str | None) -> bool:
    """Whether a named LSL is not below the named USL ("LSL 10.1, USL 9.9"): a contradiction to be said."""
    return lsl is not None and usl is not None and float(exact_limit(lsl)) >= float(exact_limit(usl))


def spec_limits(text: str, as_written: bool = False) -> tuple[str | None, str | None]:
    """(LSL, USL), None where a limit is not given: "LSL 9.95, USL 10.05", "LSL/USL = 9.95/10.05", "specs 9.95 to
    10.05", "specs 9.95 / 10.05", "spec 9.95-10.05", "spec 24.96 mm to 25.03 mm", "spec 0.20% to 0.50%", "limits
    9.95 and 10.05" (an unnamed pair in either order: "specs 10.05 / 9.95" too), "10 ± 0.05" or "nominal 10,
    tolerance +/- 0.05" (read as "10 - 0.05" and "10 + 0.05"), "10.00 +0.10/-0.05" (read as "10.00 - 0.05" and
    "10.00 + 0.10"). A limit written as a percentage is a fraction ("USL 0.50%" -> "0.005"), or in percentage points
    as written when ``as_written`` (beside a mean and sd read as written)."""
    return tuple(  # type: ignore[return-value]
        None if found is None else _percent(*found) if not as_written and _NUMBER_ONLY.fullmatch(found[0]) else found[0]
        for found in _written_limits(text)
    )


def spec_limits_in_percent(text: str) -> tuple[bool | None, bool | None]:
    """Whether the LSL and the USL are written as percentages ("USL 0.50%", "spec 95-105 %"); None where a limit is
    not given."""
    return tuple(None if found is None else found[1] == "%" for found in _written_limits(text))  # type: ignore[return-value]


_NUMBER_ONLY = re.compile(NUMBER)
_PERCENT_AFTER = re.compile(r"\s*%")


# a percentage that bounds a measure, not a share of items: "too wet (over 12.5% moisture)", "above 3% fat", "the
# ±10% window", "a +/-2% band"; not "over 5% of lots", "more than 5% chance"
_THRESHOLD_PERCENT = re.compile(
    rf"(?:\b(?:over|above|under|below|exceeding|more\s+than|less\s+than|greater\s+than|at\s+least|at\s+most)\s+"
    rf"|[<>≤≥]=?\s*)(?P<bound>{UNSIGNED})\s*(?:%|percent\b)(?=\s*[a-z])(?!\s*(?:of|that|chance|probability|"
    rf"likelihood|odds|risk|rate|the|an?|and|or|to|in|for|defective|bad|good)\b)"
    rf"|(?:±|\+\s*/\s*-|\+-)\s*(?P<width>{UNSIGNED})\s*(?:%|percent\b)",
    re.I,
)


def threshold_percents(text: str) -> set[int]:
    """Where each percentage that bounds a measure starts ("too wet (over 12.5% moisture)": the 12.5; "outside the
    ±10% window": the 10): a limit in the definition of what is counted, no probability."""
    return {m.start("bound") if m.group("bound") else m.start("width") for m in _THRESHOLD_PERCENT.finditer(text)}


def spec_conditions(text: str) -> set[int]:
    """Where the test condition of a stated specification starts ("viscosity spec at 40 °C is 2.0–4.5 cSt": the
    40): a setting the limits hold at, no value of the problem."""
    return {m.start("condition") for m in _SPAN.finditer(text) if m.group("condition")}


def _written_limits(text: str) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """(LSL, USL) as written, each with "%" when it is a percentage ("" when not); see ``spec_limits``."""
    if (pair := _NAMED_PAIR.search(text)) and {pair.group(1).lower(), pair.group(2).lower()} == {"lsl", "usl"}:
        sign = _sign_after(text, pair)
        found = {pair.group(1).lower(): pair.group(3), pair.group(2).lower(): pair.group(4)}
        return (found["lsl"], sign), (found["usl"], sign)
    lsl = named_value(text, _limit_names("lower", "min"))
    usl = named_value(text, _limit_names("upper", "max"))
    if lsl is None and usl is None and (dev := _DEVIATIONS.search(text)):
        up, down = (dev.group(2), dev.group(3)) if dev.group(2) else (dev.group(5), dev.group(4))
        sign = _sign_after(text, dev)
        return (f"{dev.group(1)} - {down}", sign), (f"{dev.group(1)} + {up}", sign)
    if (lsl is None or usl is None) and (span := _SPAN.search(text)):
        sign = "%" if _sign_after(text, span) or span.group("pct") else ""  # "95% to 105%", "95-105 %": both in percent
        low, high = sorted((span.group("low"), span.group("high")), key=float)  # "specs 10.10 / 9.90": low to high
        lsl, usl = (low, sign), (high, sign)
    if lsl is None and usl is None and (relative := _relative_limits(text)) is not None:
        return relative
    if lsl is None and usl is None and (worded := _worded_limits(text)) is not None:
        return worded
    if lsl is None and usl is None and (pm := _PLUS_MINUS.search(text) or _NOMINAL.search(text)):
        sign = _sign_after(text, pm)
        lsl, usl = (f"{pm.group(1)} - {pm.group(2)}", sign), (f"{pm.group(1)} + {pm.group(2)}", sign)
    return lsl, usl


# a nominal with its unit and a tolerance in percent of it: "10 kΩ ±1%", "500 g +/- 2%", "10 kΩ resistors, ±1%"
_RELATIVE = re.compile(
    rf"(?<![\w.])({NUMBER})\s*([^\W\d_]+)\b(?:[\s,(]+[a-z-]+){{0,3}}?[\s,(]*(?:±|\+/-|\+-)\s*({NUMBER})\s*%", re.I
)
_PREFIXES = {"k": 1000, "kilo": 1000}
_SAME_UNITS = ({"ω", "ohm", "ohms"},)  # one unit's spellings: "Ω" (lowercased "ω") and "ohm"


# engineering notation: an SI prefix right after a value's digits and no unit after it but ohms ("4.7k", "9.9k–10.1k",
# "4.7kΩ"); "M" and "G" only before ohms (a bare "0.1M" may be molar); "K" is kelvin and "m" milli or metres: they stay
_ENGINEERING = {"k": 1000, "M": 1_000_000, "G": 1_000_000_000}
_ENGINEERED = re.compile(rf"(?<![\w.,])({UNSIGNED})(?:(k)|([MG])(?=\s*(?:Ω|ohms?\b)))(?=Ω|ohms?\b|[^\w]|$)")


def engineering(text: str) -> str:
    """``text`` with each value in engineering notation written out: "spec 9.9k–10.1k" -> "spec 9900–10100",
    "2.2MΩ" -> "2200000Ω" (see ``_ENGINEERED``); other numbers as written."""
    return _ENGINEERED.sub(lambda m: f"{engineering_value(m):.12g}", text)


def engineering_value(m: re.Match[str]) -> float:
    """The value of an ``_ENGINEERED`` match: its number times its prefix."""
    return float(m.group(1)) * _ENGINEERING[m.group(2) or m.group(3)]


def engineering_values(text: str) -> dict[int, float]:
    """Where each value in engineering notation starts -> its value ("4.7k" at 0 -> {0: 4700.0})."""
    return {m.start(): engineering_value(m) for m in _ENGINEERED.finditer(text)}


def relative_tolerance(text: str) -> tuple[str, str, int] | None:
    """A tolerance in percent of a nominal written with its unit ("10 kΩ ±1%"): (the nominal as written, the
    percent, the factor to the unprefixed unit: 1000 for "kΩ" when the text writes other values in Ω or ohm, and
    for a bare "4.7k" (engineering notation), else 1); None when not so written (a nominal in percent, "99 ± 1%",
    is percentage points)."""
    m = _RELATIVE.search(text)
    if m is None or m.group(2).lower() in {"and", "to", "or"}:
        return None
    unit = m.group(2).lower()
    if unit == "k" and not re.match(r"\s", text[m.end(1) :]):  # "4.7k ±1%": engineering notation, 4700 itself
        return m.group(1), m.group(3), _PREFIXES["k"]
    prefix = next((p for p in sorted(_PREFIXES, key=len, reverse=True) if unit.startswith(p)), None)
    base = unit[len(prefix) :] if prefix else ""
    spellings = next((same for same in _SAME_UNITS if base in same), {base})
    rest = text[: m.start()] + text[m.end() :]
    written = base and any(re.search(rf"\d\s*{re.escape(u)}(?!\w)", rest, re.I) for u in spellings)
    return m.group(1), m.group(3), _PREFIXES[prefix] if prefix and written else 1


# a specification stated as bounds in words, the bounds first in the clause that names it: "spec: not less than 10,
# not more than 60", "the specification is at least 10 and at most 60" (up to a semicolon, a question mark or a full
# stop); a spec word and a bound apart ("tolerance of 0.1 with at least 30 parts") state no limit
_SPEC_CLAUSE = re.compile(
    r"\b(?:specs?|specifications?|tolerances?)(?:\s+limits?)?\s*(?::|=|\bis\b|\bare\b|\brequires?\b|\bsays\b)?\s*"
    r"(?P<clause>(?:not|no|at)\s[^;?]{0,80}?)(?=[;?]|\.(?!\d)|$)",
    re.I,
)
_WORDED_BOUNDS = (
    (r"(?:not|no)\s+(?:less|lower|smaller)\s+than|at\s+least", 0),
    (r"(?:not|no)\s+(?:more|greater|higher|larger)\s+than|at\s+most|not\s+(?:to\s+)?exceed(?:ing)?", 1),
)


def _worded_limits(text: str) -> tuple[tuple[str, str] | None, tuple[str, str] | None] | None:
    """(LSL, USL) of a specification written as bounds in words in the clause that names it ("spec: not less than
    10, not more than 60" -> 10 and 60; "spec at least 10" -> 10 and no USL); None when the clause has no such
    bound, or has one side twice."""
    for clause in _SPEC_CLAUSE.finditer(text):
        found: list[tuple[str, str] | None] = [None, None]
        for words, side in _WORDED_BOUNDS:
            bounds = re.findall(rf"\b(?:{words})\s*({NUMBER})\s*{_UNIT}(%?)", clause.group("clause"), re.I)
            if len(bounds) > 1:
                return None
            found[side] = bounds[0] if bounds else None
        if found != [None, None]:
            if found[0] and found[1] and float(found[0][0]) >= float(found[1][0]):
                return None
            return found[0], found[1]
    return None


def _relative_limits(text: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """(LSL, USL) of a tolerance in percent of a nominal (see ``relative_tolerance``): "10 kΩ ±1%" -> 9.9 and 10.1,
    or 9900 and 10100 beside values in Ω; None when not so written."""
    from decimal import Decimal

    found = relative_tolerance(text)
    if found is None:
        return None
    nominal = Decimal(found[0]) * found[2]
    half = nominal * Decimal(found[1]) / 100
    return (format(nominal - half, "f"), ""), (format(nominal + half, "f"), "")


def _sign_after(text: str, m: re.Match[str]) -> str:
    """ "%" when a percent sign follows the match ("spec 95-105 %"), else ""."""
    return "%" if _PERCENT_AFTER.match(text, m.end()) else ""
