"""How design questions state replicates, centre points and blocks: "2 replicates", "replicated twice",
"in duplicate", "3 reps", "n=2 per cell", "with 4 center points", "plus 3 centre runs", "no center
points", "in 2 blocks", "2 centre points in each block", "3 cp"; and by the symbols of the textbooks, "b = 2"
(blocks), "r = 2" (replicates), "cp = 4", "nc = 4", "n0 = 3" (centre points), "k = 4" (factors), "p = 1" (the
fraction), ``assigned``: a symbol set to a number that none of these names is refused (``unread_symbols``), so
"b = 2" is never a factor count or lost.

``mentions`` is a second, broad reading (a word, no count) that the audit holds the counts against,
so a replicate the counting missed fails a check instead of passing with high confidence.
"""

from __future__ import annotations

import re

from plugins.api.reasoning import PlanError

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "single": 1, "a single": 1,
}  # fmt: skip
# the single words of WORD_NUMBERS, longest first, as a regex alternation ("twelve|three|two|...")
WORD_NUMBER_WORDS = "|".join(sorted((w for w in WORD_NUMBERS if " " not in w), key=len, reverse=True))
COUNT = r"(?<![/\w.^])(\d+|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")(?![\w^/]|\.\d)"
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
# the symbols a design question sets to a count ("b = 2", "cp = 4") -> what they count
SYMBOLS = {
    "blocks": ("b", "nb", "n_b"),
    "replicates": ("r", "nr", "n_r", "rep", "reps"),
    "center": ("cp", "ncp", "n_cp", "nc", "n_c", "n0", "n_0", "c0"),
    "factors": ("k",),
    "fraction": ("p",),
}
# a short symbol set to a number: "b = 2", "n0=3" (not "blocks = 2", which the words' readers read; "DOE: 5" sets nothing)
_ASSIGNED = r"(?<![\w^.])([a-z](?:_?[a-z0-9]){0,2})\s*=\s*(\d+(?:\.\d+)?)(?!\w|\.\d)"
# words the readers of words read when set to a number ("res = 4", "runs: 16")
_WORDS_SET = {"res", "run", "runs", "cen", "ctr"}
_RUN_VERB = r"(?:replicate[ds]?|replicating|run|running|performed|perform|performing|done|conducted|carried out)"
# what is replicated, named between the verb and its count: "replicate the whole 2^3 design twice", "run it 3 times",
# "replicate the whole thing twice"
_DESIGN_OBJECT = (
    r"(?:the\s+(?:whole\s+|entire\s+|full\s+|complete\s+)?(?:[\w^()-]+\s+)?"
    r"(?:design|experiment|study|fraction|factorial|thing|lot)|it)"
)
# anything short replicated, between the verb and its count: "replicate every combo twice", "run each setting 3 times"
_SHORT_OBJECT = r"(?:(?!repeat)[a-z][\w-]*\s+){1,3}?"  # never "repeated": it may count the first run
# "N times" that multiplies a quantity, not the design: "run at 3 times the speed", "twice as long"
_NOT_RATIO = r"(?!\s+(?:the|as|more|less|longer|faster|slower|higher|lower|larger|smaller|bigger|over)\b)"
# a replicate of the whole design said so: "two full replicates", "3 complete replications"
_WHOLE = r"(?:full|complete|whole|entire|independent|separate)"
_PLICATE = {"dup": 2, "trip": 3, "quadrup": 4}
_CENTRE = r"cent(?:er|re)"
# "per replicate", "in each replicate", "... centre points each" (not "in each block")
_EACH = r"(?:per|in each|for each|each|in every)(?:\s+replicate\b|(?!\s+[a-z]))"
_CELL = r"(?:cell|treatment(?: combination)?|combination|combo|(?:design |factorial )?point|condition|setting)"
# a fraction of a factorial is no replicate count: "half replicate", "1/4-replicate", "fractional replicate"
_NOT_FRACTION = (
    r"(?<!half[- ])(?<!quarter[- ])(?<!eighth[- ])(?<!sixteenth[- ])(?<!/\d[- ])(?<!/\d\d[- ])(?<!fractional )"
)

# centre points replicated are centre points, not replicates of the design
_CENTRE_REPLICATES = (
    rf"{COUNT}\s+(?:replicates?|replications?|reps?|runs?|points?)\s+(?:at|in|of)\s+(?:the\s+)?{_CENTRE}",
    rf"\b{_CENTRE}[\s-]*(?:points?|runs?)?\s+(?:are\s+|is\s+)?(?:replicated|repeated|run)\s+(?:{COUNT}\s+times|twice|thrice)",
    rf"\b(?:replicated|repeated)\s+{_CENTRE}",
    rf"\b{_CENTRE}[\s-]*(?:points?|runs?)?\s+{_EACH}",
)
REPLICATION_SAID = (
    rf"{_NOT_FRACTION}\b(?:replicat\w*|replications?|reps?)\b|\bunreplicated\b|\b(?:dup|trip|quadrup)licat\w*|\bper {_CELL}\b|"
    rf"\b(?:run|performed|done|conducted|carried out)\s+(?:{_DESIGN_OBJECT}\s+)?(?:twice|thrice|\w+ times)\b|\brepeat\w*"
    rf"|\b(?:{'|'.join(SYMBOLS['replicates'])})\s*(?:=|:)\s*\d|\b(?:twice|thrice|{COUNT}\s+times)\b"
    rf"|\b(?:of|for)\s+(?:each|every)\s+{_CELL}\b"
    rf"|\b(?:each|every)\s+{_CELL}\s+(?:(?:is|was|gets?|will be)\s+)?(?:run|tested|done|made|sown|performed|measured)\b"
)
# centre points by their abbreviation: "3 cp", "4 CPs" (a count before it: "Cp = 1.33" is a capability index)
CENTRE_ABBREVIATION = rf"{COUNT}\s*cps?\b"
CENTER_SAID = (
    rf"{COUNT}\s+(?:\w+\s+)?{_CENTRE}\b|\b{_CENTRE}[\s-]*(?:points?|runs?)?\s*(?:=|:)|\b(?:no|without)\s+{_CENTRE}"
    rf"|{CENTRE_ABBREVIATION}|\b(?:{'|'.join(SYMBOLS['center'])})\s*(?:=|:)\s*\d"
)
# "n = 2 per cell", "3 observations at each treatment combination": replicates of every cell
_PER_CELL = (
    rf"(?:\bn\s*=\s*)?{COUNT}\s+(?:(?:observations?|replicates?|runs?|trials?|plots?|units?|pots?)\s+)?"
    rf"(?:per|in each|for each|at each|of each|of every)\s+{_CELL}\b"
)
# every cell run a number of times: "each combination appears twice", "everything sown two times", "each
# combination run on 2 separate days"
_UNIT = rf"(?:{_CELL}|run|trial|test)"  # "every run made twice"
_CELL_TIMES = (
    rf"\b(?:everything|(?:each|every)\s+{_UNIT}|all\s+{_UNIT}s)\s+(?:(?:is|are|gets?|will be)\s+)?(?:(?!repeat)\w+\s+)?"
    rf"(?:{COUNT}\s+times|(once|twice|thrice)|on\s+{COUNT}\s+(?:separate\s+|different\s+)?(?:occasions|days))\b"
    + _NOT_RATIO
)


def mentions(question: str) -> dict[str, bool]:
    """Whether the question mentions replication or a number of centre points at all (no count read):
    what the audit holds the planner's counts against."""
    q = _design_part(question.lower())
    return {
        "replicates": bool(re.search(REPLICATION_SAID, q)),
        "center": bool(re.search(CENTER_SAID, question.lower())),
    }


# a second, broad reading of a replicate count, each (pattern, fixed count or None for the pattern's number): "2
# replicates", "3 reps", "reps: 2", "twice", "thrice", "3 times", "in duplicate", "n = 2 per cell"
_COUNT_SAID = (
    # a word between, not a factor's levels ending a list line before "replicated 2 times": "4 full replicates"
    (rf"{_NOT_FRACTION}{COUNT}[\s-]+(?:(?!levels?\b)[a-z]+\s+)?(?:replicat\w*|reps?|repeats?|repetitions?)\b", None),
    (rf"\b(?:replicat\w*|reps?|repeats?|repetitions?)\s*(?:=|:)\s*{COUNT}", None),
    (rf"{COUNT}\s+times\b{_NOT_RATIO}", None),
    (rf"\btwice\b{_NOT_RATIO}", 2),
    (rf"\bthrice\b{_NOT_RATIO}", 3),
    (r"\bduplicat\w*", 2),
    (r"\btriplicat\w*", 3),
    (r"\bquadruplicat\w*", 4),
    (r"\bunreplicated\b|\bno replicat|\bwithout replicat", 1),
    (_PER_CELL, None),
)


def replicate_counts_said(question: str) -> list[int]:
    """Every replicate count the question's words state, read broadly and apart from ``replicates`` (centre points'
    replication left out): what the audit holds the design's replicates to, so that a count the planner missed or
    read differently fails instead of passing. "every combo brewed twice (2 replicates)" -> [2]."""
    q = _design_part(question.lower())
    found: set[int] = set()
    for pattern, fixed in _COUNT_SAID:
        found |= {fixed if fixed is not None else _count(m.group(1)) for m in re.finditer(pattern, q)}
    return sorted(found | assigned(q, "replicates"))


def _design_part(q: str) -> str:
    """The question without its centre-point replication phrases ("4 replicates at the centre")."""
    for pattern in _CENTRE_REPLICATES:
        q = re.sub(pattern, " ", q)
    return q


def _count(word: str) -> int:
    return int(word) if word.isdigit() else WORD_NUMBERS[word.lower()]


def replicates(question: str) -> int | None:
    """How many times the whole design is run, as the question says; None when it says nothing.

    PlanError when it says it twice differently, or only as "repeated" (which may count the first run)."""
    q = _design_part(question.lower())
    found: set[int] = set()
    for m in re.finditer(rf"{_NOT_FRACTION}{COUNT}[\s-]+(?:{_WHOLE}\s+)?(?:replicates?|replications?|reps?)\b", q):
        found.add(_count(m.group(1)))
    for m in re.finditer(rf"\b(?:replicates?|replications?|reps?)\s*(?:=|:)\s*{COUNT}", q):
        found.add(_count(m.group(1)))
    times = rf"\b{_RUN_VERB}\s+(?:{_DESIGN_OBJECT}\s+|{_SHORT_OBJECT})?(?:{COUNT}\s+times|(once|twice|thrice))\b{_NOT_RATIO}"
    for m in re.finditer(times, q):
        found.add(_count(m.group(1)) if m.group(1) else _TIMES[m.group(2)])
    for m in re.finditer(r"\b(dup|trip|quadrup)licat\w*", q):
        found.add(_PLICATE[m.group(1)])
    for m in re.finditer(_PER_CELL, q):
        found.add(_count(m.group(1)))
    for m in re.finditer(_CELL_TIMES, q):
        count = m.group(1) or m.group(3)  # "3 times", "on 2 separate days"
        found.add(_count(count) if count else _TIMES[m.group(2)])
    found |= assigned(q, "replicates")
    if re.search(r"\bunreplicated\b|\b(?:no|without)\s+(?:replicat|reps?\b)", q):  # "no reps", "without replication"
        found.add(1)
    if not found and re.search(r"\brepeat\w*", q):
        raise PlanError("'repeated' may or may not count the first run: say how many replicates, e.g. '2 replicates'")
    if len(found) > 1:
        raise PlanError(f"the question states {sorted(found)} replicates: say one number of replicates")
    return found.pop() if found else None


def blocks(question: str, sized: bool = False) -> int | None:
    """How many blocks the question asks for ("in 2 blocks", "blocks = 4", "b = 2"); None when it names none.

    PlanError when it mentions blocks without a number, unless their size is ``sized`` ("in blocks of 8")."""
    q = question.lower()
    found: set[int] = set()
    for pattern in (rf"{COUNT}\s+blocks\b", rf"\bblocks\s*(?:=|:)\s*{COUNT}"):  # not "blocks of 4 runs"
        found |= {_count(m.group(1)) for m in re.finditer(pattern, q)}
    found |= assigned(q, "blocks")
    if not found and not sized and re.search(r"\bblock(?:s|ed|ing)?\b", q):
        raise PlanError("the question mentions blocks: say how many, e.g. 'in 2 blocks'")
    if len(found) > 1:
        raise PlanError(f"the question states {sorted(found)} blocks: say one number")
    return found.pop() if found else None


def block_size(question: str) -> int | None:
    """The runs in each block the question states ("2 blocks of 8", "blocks of 8 runs", "8 runs per block"); None
    when it states none. PlanError when it states two sizes."""
    q = question.lower()
    patterns = (rf"\bblocks?\s+of\s+{COUNT}(?!\s+(?:factors?|levels?|blocks?)\b)",
                rf"{COUNT}\s+(?:runs?|trials?|experiments?)\s+(?:per|in each|each)\s+block\b")  # fmt: skip
    found = {_count(m.group(1)) for pattern in patterns for m in re.finditer(pattern, q)}
    if len(found) > 1:
        raise PlanError(f"the question states blocks of {sorted(found)} runs: say one size")
    return found.pop() if found else None


def center_each_block(question: str) -> bool:
    """Whether the centre points are counted per block ("2 center points in each block")."""
    each = r"(?:per|in each|for each|each|in every)\s+block\b"
    return re.search(rf"\b{_CENTRE}[\s-]*(?:points?|runs?)?\s+{each}", question, re.I) is not None


def center_each_replicate(question: str) -> bool:
    """Whether the centre points are counted per replicate ("4 centre points in each replicate", "2
    replicates, each with 4 center points")."""
    after = rf"\b{_CENTRE}[\s-]*(?:points?|runs?)?\s+{_EACH}"
    before = rf"\beach(?:\s+(?:replicate|one))?\s+(?:with|has|having|containing|including|gets)\s+{COUNT}\s+(?:\w+\s+)?{_CENTRE}"
    return re.search(f"{after}|{before}", question, re.I) is not None


def center_points(question: str) -> int | None:
    """How many centre points the whole design has, as the question says; None when it says nothing."""
    q = question.lower()
    found: set[int] = set()
    patterns = (
        rf"{COUNT}\s+(?:(?:replicated|additional|extra|more)\s+)?{_CENTRE}[\s-]*(?:points?|runs?)?",
        rf"\b{_CENTRE}[\s-]*(?:points?|runs?)?\s*(?:=|:|of)\s*{COUNT}",
        rf"{COUNT}\s+(?:(?:replicates?|runs?|points?|replications?)\s+)(?:at|in)\s+(?:the\s+)?{_CENTRE}",
        rf"\b{_CENTRE}[\s-]*(?:points?|runs?)?\s+(?:are\s+|is\s+)?(?:replicated|repeated|run)\s+(?:{COUNT}\s+times|(twice|thrice))",
        CENTRE_ABBREVIATION,
    )
    for pattern in patterns:
        found |= {_count(m.group(1)) if m.group(1) else _TIMES[m.group(2)] for m in re.finditer(pattern, q)}
    found |= assigned(q, "center")
    if re.search(rf"\b(?:no|without(?: any)?)\s+{_CENTRE}", q):
        found.add(0)
    if len(found) > 1:
        raise PlanError(f"the question states {sorted(found)} centre points: say one number")
    return found.pop() if found else None


def _assignments(question: str) -> list[tuple[str, str]]:
    """Every short symbol the question sets to a number, with the number as written: [("b", "2"), ("cp", "4")];
    the n of "n = 2 per cell" is the replicates' (read by ``replicates``) and left out."""
    q = re.sub(_PER_CELL, " ", question.lower())
    return [(m.group(1), m.group(2)) for m in re.finditer(_ASSIGNED, q) if m.group(1) not in _WORDS_SET]


def assigned(question: str, role: str) -> set[int]:
    """The counts the question sets the symbols of ``role`` to ("b = 2" -> {2} for "blocks"); PlanError for a
    count that is not a whole number ("r = 1.5")."""
    found: set[int] = set()
    for symbol, value in _assignments(question):
        if symbol in SYMBOLS[role]:
            if not value.isdigit():
                raise PlanError(f"{symbol} = {value} is no whole number of {role}")
            found.add(int(value))
    return found


def unread_symbols(question: str) -> None:
    """PlanError for a symbol set to a number that names no count the design reads ("n = 16": replicates or
    runs? "x = 3"): a number that is not read must not pass as a factor count or be lost."""
    known = {symbol for symbols in SYMBOLS.values() for symbol in symbols}
    unread = sorted({f"{s} = {v}" for s, v in _assignments(question) if s not in known})
    if unread:
        raise PlanError(
            f"the question sets {', '.join(unread)}: say what it counts in words, e.g. '2 blocks', '2 replicates', "
            "'4 centre points' (b, r, cp, nc, n0 and k are read)"
        )
