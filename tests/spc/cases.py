"""Reference-case data from tests/data/doe_spc_cases.yaml written out as the CSV files a study reads."""

from __future__ import annotations

from typing import Any

from tests.helpers import reference_cases

CASES = reference_cases()


def csv_text(header: list[str], rows: list[list[Any]]) -> str:
    """CSV text; booleans are written as true/false, numbers exactly as the yaml gives them."""

    def cell(value: Any) -> str:
        return str(value).lower() if isinstance(value, bool) else str(value)

    return "\n".join([",".join(header)] + [",".join(cell(v) for v in row) for row in rows]) + "\n"


def pistonrings_csv() -> str:
    """40 subgroups of 5 diameters; ``trial`` marks the 25 phase-I subgroups."""
    subgroups = CASES["cc-xbar-r-pistonrings"]["input"]["subgroups"]
    rows = [[i, value, i <= 25] for i, group in enumerate(subgroups, start=1) for value in group]
    return csv_text(["sample", "diameter", "trial"], rows)


def table_csv(case_id: str, **extra: Any) -> str:
    """A case's inline table, plus extra boolean columns computed from each row's dict."""
    spec = CASES[case_id]["input"]
    header = list(spec["columns"])
    rows = []
    for row in spec["data"]:
        named = dict(zip(header, row, strict=True))
        rows.append(list(row) + [fn(named) for fn in extra.values()])
    return csv_text(header + list(extra), rows)


def expected(case_id: str) -> dict[str, Any]:
    return CASES[case_id]["expected"]
