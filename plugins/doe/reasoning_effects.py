"""Effects of a two-level full factorial from the responses a question gives: "2^2 factorial ... A low B low 72, A
high B low 80, A low B high 75, A high B high 89. Estimate the AB interaction effect", "(A low, B low) 62; (A high,
B low) 71; ...", "(-,-) 12.1, (+,-) 14.3, ... where the sign pairs are (A,B)", "A-, B-: 20", "A+B-: 30", "62 MPa at (A-, B-)", "(1) = 72, a = 80, b = 75, ab = 89: main effect of A?", replicated
cells "(1): 42, 44   a: 51, 49 ...", "both low = 4.2, A high only = 3.1, ...", "(low,high)=3.8 ... A first", "responses in standard order 72, 80, 75, 89", a table of sign columns and replicate columns ("A  B  rep1  rep2" / "-  -  28
31" / ...), the effect asked by letter or by the factor's name ("A = alum dose ... main effect of alum dose") -> ``factor``s, ``results`` of the runs as
given and ``analyze effects``; audited by the contrasts computed here (mean at + minus mean at -)."""

from __future__ import annotations

import itertools
import re
from typing import Any

from plugins.api.prose import NUMBER, without_set_aside
from plugins.api.reasoning import Check, Plan, PlanError, close_check

_LETTERS = "ABCDE"
_FULL = re.compile(r"(?<![\w.])2\s*\^\s*\(?\s*([2-5])\s*\)?(?![\d.\-])")  # "2^2", "2^3 factorial", not "2^(5-1)"
_CROSSED = re.compile(
    r"(?<![\w.^*])2((?:\s*[x×*]\s*2){1,4})(?![\w.^*])"
)  # "2x2", "2 × 2 × 2": a 2^k written as its levels
_LEVEL = r"(?:low|high|lo|hi|[-+]1?|−1?)"
_SETTING = rf"([A-E])\s*(?:=\s*|\s+(?:at\s+)?)?({_LEVEL})"
# a setting's end: no word goes on ("A high", not "A higher"), but a sign may run into the next setting ("A-B+: 30")
_SETTING_END = r"(?:(?!\w)|(?<=[-+])(?=[A-E]\s*[-+]))"
_RUN = re.compile(rf"((?:\b{_SETTING}{_SETTING_END}\s*[,/&]?\s*(?:and\s+)?){{2,5}})\s*\)?\s*"
                  rf"(?:[:=]|->|gives?|gave|yields?|:)?\s*\(?\s*({NUMBER})(?!\w|\.\d)", re.I)  # fmt: skip
# a response before its run's levels: "62 MPa at (A-, B-)", "70 at A high, B low", "58 for A low B high"
_VALUE_FIRST = re.compile(rf"(?<![\w.])({NUMBER})(?:\s*(?!(?:at|for|with|when|under)\b)(?:%|[^\W\d][\w%°/.]*)){{0,2}}\s+"
                          rf"(?:at|for|with|when|under)\s+\(?\s*((?:\b{_SETTING}{_SETTING_END}\s*[,/&]?\s*(?:and\s+)?){{2,5}})",
                          re.I)  # fmt: skip
_YATES = re.compile(rf"(?<![\w(])(\(1\)|[a-e]{{1,5}})\s*[=:]\s*({NUMBER})(?!\w|\.\d)")
# a Yates cell's further replicates: "(1): 42, 44   a: 51, 49": numbers after its first one, each ending the line, the
# list or the text, or followed by the next cell's label ("89, 2 reps" is no replicate)
_REPLICATES = re.compile(rf"(?:[ \t]*[,/;]?[ \t]*({NUMBER})(?!\w|\.\d)(?=[ \t]*(?:$|\n|[,;/.?)]|(?:\(1\)|[a-e]{{1,5}})\s*[=:])))",
                         re.M)  # fmt: skip
# runs named by the factors set apart: "both low = 4.2", "A high only = 3.1", "only B high: 3.8", "all high 2.3"
_GROUP = r"[A-E](?:\s*(?:,|&|and)\s*[A-E])*"
_CELL = re.compile(rf"(?<!\w)(?:(both|all)\s+(?:factors\s+)?(?:at\s+)?(low|high)|only\s+({_GROUP})\s+(?:at\s+)?(low|high)|"
                   rf"({_GROUP})\s+(?:at\s+)?(low|high)\s+only)\s*(?:[:=]|->|gives?|gave)?\s*\(?\s*({NUMBER})(?!\w|\.\d)", re.I)  # fmt: skip
# a factor named by its letter: "A = alum dose (low/high)", "B: press time", "A is temperature and B is time"
_FACTOR_NAME = re.compile(r"\b([A-E])\s*(?:=|:|\bis\b|\bdenotes\b)\s*(?:the\s+)?(?!(?:low|high|lo|hi)\b)"
                          r"([^\W\d][^,;:()\n=]{0,38}?)\s*(?=[,;:(\n.?]|\s+and\s+[A-E]\b|$)")  # fmt: skip
_STANDARD = r"(?:standard|yates|std\.?)\s+order"
_RESPONSE = re.compile(r"\bfactorial\s+(?:design\s+|experiment\s+)?(?:on|for|of)\s+([^,.;:]{1,40})", re.I)


def factorial_sizes(question: str) -> set[int]:
    """The k of each two-level full factorial the question writes: "2^3" or "2^(3)" -> 3, "2x2" -> 2, "2 × 2 × 2" ->
    3 ("2*2" as ``plain_text`` writes "2×2"); a fraction "2^(5-1)" is none."""
    powers = {int(m.group(1)) for m in _FULL.finditer(question)}
    return powers | {1 + len(re.findall(r"[x×*]", m.group(1))) for m in _CROSSED.finditer(question)}


def asks_effects(question: str) -> bool:
    """Whether the question asks an effect of a two-level full factorial ("2^2") and gives responses of its runs:
    two or more runs by their levels ("A low B high 75"), three or more by Yates's labels ("(1) = 72, a = 80, ..."),
    or responses in standard order; a design's own numbers ("b = 2 blocks") are no runs."""
    sizes = factorial_sizes(question)
    if not (len(sizes) == 1 and re.search(r"\beffects?\b|\binteraction\b", question, re.I)):
        return False
    k = sizes.pop()
    return (
        len(_RUN.findall(question)) >= 2
        or len(_VALUE_FIRST.findall(question)) >= 2
        or len(_YATES.findall(question)) >= 3
        or bool(_runs_by_label_list(question, k))
        or len(_SIGNS.findall(question)) >= 3
        or len(_CELL.findall(question)) >= 3
        or bool(_runs_in_order(question, k))
        or len(_runs_in_sign_table(question, k)) >= 3
    )


def _runs_in_words(question: str, k: int) -> dict[tuple[int, ...], str]:
    """Runs written by their factors' levels: "A low B high 75", "A=+1, B=-1: 80", "A+ B- 80", or the response first,
    "62 MPa at (A-, B-)"; PlanError when the question reads both ways (unless the response comes first from the first
    run on, for all 2^k runs)."""
    after = [(m.group(1), m.group(len(m.groups())), m.group(0), m.start()) for m in _RUN.finditer(question)]
    before = [(m.group(2), m.group(1), m.group(0), m.start()) for m in _VALUE_FIRST.finditer(question)]
    if after and before and before[0][3] < after[0][3] and len(before) == 2**k:  # "62 at A low B low, 70 at A high
        after = []  # B low, ...": read the other way, each response would belong to the run before it
    if after and before:
        raise PlanError("responses are written both before and after their runs' levels: give each run as "
                        "'A low B high: 75'")  # fmt: skip
    runs: dict[tuple[int, ...], str] = {}
    for settings_text, value, read, _ in after or before:
        key = _settings_key(settings_text, k, read)
        if key in runs:
            raise PlanError("a run is given twice: replicated runs are not read; give one response per run")
        runs[key] = value
    return runs


def _runs_by_cell_names(question: str, k: int) -> dict[tuple[int, ...], str]:
    """Runs named by the factors set apart from the rest: "both low = 4.2" (a 2^2), "all high", "A high only = 3.1"
    (the others low), "only A and B low" (the others high); PlanError for a run given twice or "both" past a 2^2."""
    runs: dict[tuple[int, ...], str] = {}
    for m in _CELL.finditer(question):
        every, every_level, _, _, _, _, value = m.groups()
        if every:
            if every.lower() == "both" and k != 2:
                raise PlanError(f"'{m.group(0)}' names two factors, but the design has {k}: name each run's levels")
            key = tuple(1 if every_level.lower() == "high" else -1 for _ in range(k))
        else:
            group, level = (m.group(3), m.group(4)) if m.group(3) else (m.group(5), m.group(6))
            letters = set(re.findall(r"[A-E]", group.upper()))
            if not letters <= set(_LETTERS[:k]):
                raise PlanError(f"'{m.group(0)}' names a factor the 2^{k} does not have")
            inside = 1 if level.lower() == "high" else -1
            key = tuple(inside if f in letters else -inside for f in _LETTERS[:k])
        if key in runs:
            raise PlanError("a run is given twice: replicated runs are not read; give one response per run")
        runs[key] = value
    return runs


def _settings_key(text: str, k: int, read: str) -> tuple[int, ...]:
    """The levels of a run from its settings ("A low, B high" -> (-1, 1)); PlanError unless every factor of the 2^k
    is set once."""
    settings = {letter.upper(): level.lower() for letter, level in re.findall(_SETTING, text, re.I)}
    if sorted(settings) != list(_LETTERS[:k]):
        raise PlanError(f"each run needs the level of every factor {', '.join(_LETTERS[:k])} (read '{read}')")
    return tuple(1 if settings[f] in {"high", "hi", "+", "+1"} else -1 for f in _LETTERS[:k])


def _runs_by_labels(question: str, k: int) -> dict[tuple[int, ...], list[str]]:
    """Runs written by Yates's labels, each with its replicates: "(1) = 72, a = 80, b = 75, ab = 89", "(1): 42, 44
    a: 51, 49 ..."; PlanError for a run given twice or runs with different numbers of replicates."""
    runs: dict[tuple[int, ...], list[str]] = {}
    for m in _YATES.finditer(question):
        label = m.group(1)
        if label != "(1)" and (any(c not in _LETTERS[:k].lower() for c in label) or list(label) != sorted(set(label))):
            continue
        key = tuple(1 if label != "(1)" and f.lower() in label else -1 for f in _LETTERS[:k])
        if key in runs:
            raise PlanError(f"the run '{label}' is given twice: give one response per run")
        runs[key] = [m.group(2), *_replicates_after(question, m.end())]
    if len({len(values) for values in runs.values()}) > 1:
        raise PlanError("every run needs the same number of replicates (read "
                        + ", ".join(str(len(values)) for values in runs.values()) + ")")  # fmt: skip
    return runs


def _replicates_after(question: str, pos: int) -> list[str]:
    """The further replicates of a Yates cell whose first response ends at ``pos``: "(1): 42, 44" -> ["44"]."""
    values = []
    while m := _REPLICATES.match(question, pos):
        values.append(m.group(1))
        pos = m.end()
    return values


# Yates's labels listed, then their responses listed: "(1), a, b, ab gave 48, 41, 52, 44", "... were: ...", "...: ..."
_YATES_LABEL = r"(?<![\w(])(?:\(1\)|[a-e]{1,5})(?![\w)])"
_LABEL_LIST = re.compile(
    rf"(?<![\w(])({_YATES_LABEL}(?:\s*,?\s*(?:and\s+)?{_YATES_LABEL})+)\s*(?:,\s*)?(?:\)\s*)?"
    rf"(?:(?:gave|give|gives|yielded|yield|yields|were|are|was|is|=|:|->|respectively)\s*)+:?\s*"
    rf"((?:{NUMBER}\s*,?\s*(?:and\s+)?)+)"
)


def _runs_by_label_list(question: str, k: int) -> dict[tuple[int, ...], str]:
    """Runs listed by Yates's labels and then their responses in the same order: "runs (1), a, b, ab, c, ac, bc, abc
    gave 48, 41, 52, 44, 50, 42, 55, 46" (any order of the labels, each run once); {} unless the list names every
    one of the 2^k runs once and is followed by exactly as many responses."""
    for m in _LABEL_LIST.finditer(question):
        labels = re.findall(_YATES_LABEL, m.group(1))
        values = re.findall(NUMBER, m.group(2))
        if len(labels) != 2**k or len(values) != 2**k:
            continue
        keys = {_yates_key(label, k) for label in labels}
        if None in keys or len(keys) != 2**k:
            continue
        return {_yates_key(label, k): value for label, value in zip(labels, values, strict=True)}  # type: ignore[misc]
    return {}


def _yates_key(label: str, k: int) -> tuple[int, ...] | None:
    """The levels of the run a Yates label names ("(1)" all low, "ac" A and C high), None for a label that is no run
    of a 2^k (a letter past the k-th, or one written twice)."""
    if label == "(1)":
        return tuple(-1 for _ in range(k))
    if any(c not in _LETTERS[:k].lower() for c in label) or len(set(label)) != len(label):
        return None
    return tuple(1 if f.lower() in label else -1 for f in _LETTERS[:k])


_SIGN = r"(?:[-+−]1?)"
_TUPLE_LEVEL = r"(?:[-+−]1?|low|high|lo|hi)"  # a level in a tuple: "(-,+)", "(low, high)"
_SIGNS = re.compile(rf"\(\s*({_TUPLE_LEVEL}(?:\s*,\s*{_TUPLE_LEVEL}){{1,4}})\s*\)\s*(?:[:=]|->)?\s*({NUMBER})(?!\w|\.\d)",
                    re.I)  # fmt: skip
_LETTER_ORDER = re.compile(r"\(\s*([A-E](?:\s*,\s*[A-E]){1,4})\s*\)")
_FIRST = re.compile(r"\b([A-E])\s+(?:is\s+|comes\s+|listed\s+|written\s+|given\s+)?first\b")  # "with A first"


def _runs_by_signs(question: str, k: int) -> dict[tuple[int, ...], str]:
    """Runs written as sign tuples, "(-,-) 12.1, (+,-) 14.3, ...", the factors in the order a tuple of letters states
    ("where the sign pairs are (A,B)"; "(B,A)" swaps them), else A, B, C ...; PlanError for another order's size."""
    stated = [m.group(1) for m in _LETTER_ORDER.finditer(question)]
    order = list(_LETTERS[:k])
    stated += [_first_order(question, k)] if _FIRST.search(question) else []
    if stated:
        letters = re.findall(r"[A-E]", stated[0])
        if sorted(letters) != order or len({"".join(re.findall(r"[A-E]", text)) for text in stated}) > 1:
            raise PlanError(
                f"the sign tuples' order must name each factor {', '.join(order)} once (read '({stated[0]})')"
            )
        order = letters
    runs: dict[tuple[int, ...], str] = {}
    for m in _SIGNS.finditer(question):
        signs = [sign.lower() for sign in re.findall(_TUPLE_LEVEL, m.group(1), re.I)]
        if len(signs) != k:
            raise PlanError(f"each run needs the sign of every factor {', '.join(_LETTERS[:k])} (read '{m.group(0)}')")
        level = dict(zip(order, (1 if sign.startswith(("+", "h")) else -1 for sign in signs), strict=True))
        key = tuple(level[f] for f in _LETTERS[:k])
        if key in runs:
            raise PlanError("a run is given twice: replicated runs are not read; give one response per run")
        runs[key] = m.group(2)
    return runs


def _first_order(question: str, k: int) -> str:
    """The tuples' factor order a "with A first" states, as a tuple of letters ("B first" of a 2^2 -> "B,A"); the
    first factor of a larger design alone leaves the rest unknown, so only A first ("A,B,C") is read there."""
    firsts = {m.group(1) for m in _FIRST.finditer(question)}
    first = firsts.pop() if len(firsts) == 1 else ""
    if first not in _LETTERS[:k] or (k > 2 and first != "A"):
        raise PlanError("say the order of the factors in each tuple, e.g. 'the pairs are (A, B)'")
    return ",".join([first, *(f for f in _LETTERS[:k] if f != first)])


# a table of sign columns: a header of the factors' letters, then its responses' columns ("A  B  rep1  rep2"), and a
# row a run, its signs then its responses ("-  -  28  31")
_SIGN_HEADER = re.compile(r"^[ \t]*((?:[A-E][ \t]+){1,4}[A-E])((?:[ \t]+[^\W\d][\w.()%/-]*)*)[ \t]*$", re.M)
_SIGN_ROW = re.compile(rf"[ \t]*((?:{_SIGN}[ \t]+)+)((?:{NUMBER}[ \t]+)*{NUMBER})[ \t]*")


def _runs_in_sign_table(question: str, k: int) -> dict[tuple[int, ...], list[str]]:
    """Runs as rows of a table whose header names the factors' letters and then the response columns, one a
    replicate ("A  B  rep1  rep2" / "-  -  28  31" / "+  -  36  34" ...): each run's responses, the factors in the
    header's order; {} when the question has no such table. Rows with different numbers of responses, or a run given
    twice, are declined (PlanError)."""
    for header in _SIGN_HEADER.finditer(question):
        letters = header.group(1).split()
        if sorted(letters) != list(_LETTERS[:k]):
            continue
        columns = len(header.group(2).split())
        runs: dict[tuple[int, ...], list[str]] = {}
        for line in question[header.end() :].lstrip("\n").split("\n"):
            row = _SIGN_ROW.fullmatch(line)
            if row is None:
                break
            signs, values = row.group(1).split(), row.group(2).split()
            if len(signs) != k or (columns and len(values) != columns):
                raise PlanError(f"each row needs the sign of every factor {', '.join(letters)} and a response in "
                                f"each column of the header (read '{line.strip()}')")  # fmt: skip
            level = dict(zip(letters, (1 if sign.startswith("+") else -1 for sign in signs), strict=True))
            key = tuple(level[f] for f in _LETTERS[:k])
            if key in runs:
                raise PlanError("a run is given on two rows: write its replicates side by side on one row")
            runs[key] = values
        if len({len(values) for values in runs.values()}) > 1:
            raise PlanError("every run needs the same number of replicates")
        if runs:
            return runs
    return {}


def _runs_in_order(question: str, k: int) -> dict[tuple[int, ...], str]:
    """Responses listed in standard (Yates) order: A alternating fastest."""
    m = re.search(rf"{_STANDARD}\b[^\d]{{0,30}}?((?:{NUMBER}[\s,;]+){{{2**k - 1}}}{NUMBER})(?!\w|\.\d|[\s,;]+\d)",
                  question, re.I)  # fmt: skip
    if not m:
        return {}
    values = re.findall(NUMBER, m.group(1))
    order = [tuple(reversed(levels)) for levels in itertools.product((-1, 1), repeat=k)]
    return dict(zip(order, values, strict=True))


def asked_term(question: str, k: int) -> str:
    """The effect asked as a term: "AB interaction", "AB effect", "interaction between A and B", "A x B" -> "A:B"; "main effect
    of A", "effect of factor B", "the A effect" -> "A"; "the interaction effect" of a 2^2 -> "A:B"."""
    letters = rf"[{_LETTERS[:k]}]"
    product = rf"({letters}(?:\s*[x×*:]?\s*{letters}){{1,{k - 1}}})"
    for pattern in (rf"\b{product}\s+(?:interaction|effect)", rf"\binteraction\s+(?:effect\s+)?(?:of\s+|between\s+)?{product}\b",
                    rf"\binteraction\s+(?:effect\s+)?between\s+({letters})\s+and\s+({letters})\b"):  # fmt: skip
        if m := re.search(pattern, question):
            term = sorted(set(re.findall(letters, " ".join(m.groups()))))
            if len(term) >= 2:
                return ":".join(term)
    main = (rf"\b(?:main\s+)?effect\s+of\s+(?:factor\s+)?({letters})\b", rf"\b({letters})\s+(?:main\s+)?effect\b")
    found = {m.group(1) for pattern in main for m in re.finditer(pattern, question)} or _effect_by_name(question, k)
    if len(found) == 1:
        return found.pop()
    if not found and k == 2 and re.search(r"\binteraction\b", question, re.I):
        return "A:B"
    raise PlanError("say which effect to estimate, e.g. 'the main effect of A' or 'the AB interaction'")


def factor_names(question: str, k: int) -> dict[str, str]:
    """The names the question gives the factors by letter ("A = alum dose (low/high), B = pH" -> {"A": "alum dose",
    "B": "pH"}); a letter named twice differently, or two letters named alike, names neither."""
    named: dict[str, set[str]] = {}
    for letter, name in _FACTOR_NAME.findall(question):
        if letter in _LETTERS[:k]:
            named.setdefault(letter, set()).add(name.strip().lower())
    names = {letter: next(iter(found)) for letter, found in named.items() if len(found) == 1}
    return {letter: name for letter, name in names.items() if list(names.values()).count(name) == 1}


def _effect_by_name(question: str, k: int) -> set[str]:
    """The letter of the factor whose main effect is asked by its name: "main effect of alum dose", "the effect of
    alum", "press time effect" (a name in full, else its first word alone when only one name starts so); an effect
    asked of two names ("effect of A's name and B's name", "interaction effect of ...") names none."""
    names = factor_names(question, k)
    found: set[str] = set()
    for m in re.finditer(r"(?<!interaction\s)\b(?:main\s+)?effect\s+of\s+(?:the\s+)?(?:factor\s+)?(.{1,60})",
                         question, re.I):  # fmt: skip
        found |= _names_leading(m.group(1).lower(), names)
    for letter, name in names.items():
        if re.search(rf"(?<![\w-]){re.escape(name)}\s+(?:main\s+)?effect\b", question, re.I):
            found.add(letter)
    return found if len(found) == 1 else set()


def _names_leading(text: str, names: dict[str, str]) -> set[str]:
    """The letters whose factor name ``text`` starts with: the full name, else the name's first word when only one
    name starts with it; none when another name follows ("alum dose and pH")."""
    full = {letter for letter, name in names.items() if re.match(rf"{re.escape(name)}(?!\w)", text)}
    heads = {letter for letter, name in names.items() if re.match(rf"{re.escape(name.split()[0])}(?!\w)", text)}
    found = full or (heads if len(heads) == 1 else set())
    if len(found) != 1:
        return set()
    rest = text[len(names[next(iter(found))]) :] if full else text
    others = "|".join(re.escape(name) for letter, name in names.items() if letter not in found)
    if others and re.match(rf"[\w ]{{0,20}}?\s(?:and|x|×|\*|&|with)\s+(?:{others})(?!\w)", rest):
        return set()
    return found


def asks_coefficient(question: str) -> bool:
    """Whether the question asks a regression coefficient (half an effect in coded units) rather than the effect: a
    "coefficient" it names and does not set aside ("effect = contrast/2, not the regression coefficient")."""
    return re.search(r"\bcoef(?:f|ficients?)?s?\b", without_set_aside(question), re.I) is not None


def plan_effects(question: str) -> Plan:
    """``analyze effects`` of the 2^k runs the question gives (every combination once, or each with its replicates
    from a table of sign columns), the effect asked leading."""
    full = factorial_sizes(question)
    if len(full) != 1:
        raise PlanError("effects of a factorial need its size as 2^k (e.g. '2^2 factorial') and one response per run")
    k = full.pop()
    words, cells = _runs_in_words(question, k), _runs_by_cell_names(question, k)
    if words.keys() & cells.keys():
        raise PlanError("a run is given twice: replicated runs are not read; give one response per run")
    single = _runs_by_label_list(question, k) or {**words, **cells}
    runs = (
        {key: [value] for key, value in single.items()}
        or _runs_by_labels(question, k)
        or {key: [value] for key, value in (_runs_by_signs(question, k) or _runs_in_order(question, k)).items()}
        or _runs_in_sign_table(question, k)
    )
    if len(runs) != 2**k:
        raise PlanError(f"a 2^{k} factorial's effects need the response of each of its {2**k} runs (read {len(runs)})")
    if asks_coefficient(question):
        raise PlanError("a regression coefficient in coded units is half the effect; the effect (mean at + minus mean "
                        "at -) is what is estimated here: ask for the effect")  # fmt: skip
    term = asked_term(question, k)
    order = [tuple(reversed(levels)) for levels in itertools.product((-1, 1), repeat=k)]
    names = list(_LETTERS[:k])
    rows = [(key, value) for key in order for value in runs[key]]  # a replicate a row
    csv = ",".join([*names, "y"]) + "\n" + "".join(",".join([*map(str, key), value]) + "\n" for key, value in rows)
    text = "\n".join(f"factor {name} -1 .. 1" for name in names) + '\nresults "reason_runs.csv"\nanalyze effects'
    facts: dict[str, Any] = {"kind": "effects", "k": k, "design": f"2^{k}", "asked": term,
                             "levels": [list(key) for key, _ in rows], "responses": [value for _, value in rows],
                             "replicates": len(runs[order[0]])}  # fmt: skip
    if response := _RESPONSE.search(question):
        facts["response"] = response.group(1).strip()
    return Plan("design", text, facts, {"reason_runs.csv": csv})


def contrasts(levels: list[list[int]], responses: list[float], term: str) -> float:
    """A two-level effect: the mean response where the term's column (the product of its factors' levels) is +1 less
    the mean where it is -1."""
    import numpy as np

    x = np.array(levels, dtype=float)
    y = np.array(responses, dtype=float)
    column = np.prod([x[:, _LETTERS.index(f)] for f in term.split(":")], axis=0)
    return float(y[column > 0].mean() - y[column < 0].mean())


def effects_result(result: dict[str, Any], facts: dict[str, Any]) -> dict[str, Any]:
    """Every effect by its term, and the one asked as ``value`` named by ``quantity``."""
    (response,) = result["responses"].values()
    effects = {row["term"]: row["effect"] for row in response["effects"]}
    asked = facts.get("asked")
    out: dict[str, Any] = {"effects": effects, "mean": response.get("mean")}
    if asked in effects:
        out.update({"quantity": f"effect {asked}", "value": effects[asked]})
    return out


def audit_effects(facts: dict[str, Any], result: dict[str, Any]) -> list[Check]:
    """Each effect the engine gives against its contrast computed here, and the asked one present."""
    (response,) = result["responses"].values()
    responses = [float(v) for v in facts["responses"]]
    checks = [close_check(f"effect {row['term']} = mean(+) - mean(-)", row["effect"],
                          contrasts(facts["levels"], responses, row["term"]), 1e-9)
              for row in response["effects"]]  # fmt: skip
    terms = {row["term"] for row in response["effects"]}
    checks.append(Check("the effect asked is estimated", facts["asked"] in terms, f"asked {facts['asked']}"))
    return checks
