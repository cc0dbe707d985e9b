"""Helpers for the NIST StRD data: CSV text for run_study, and the ANOVA files shipped with scipy."""

from __future__ import annotations

import re
from pathlib import Path

import scipy

NIST_ANOVA = Path(scipy.__file__).parent / "stats" / "tests" / "data" / "nist_anova"
CERTIFIED = ("ss_between", "ms_between", "f_statistic", "ss_within", "ms_within")


def csv_text(columns: list[str], rows: list[list]) -> str:
    """A CSV file from reference rows; floats keep their shortest exact text (repr)."""
    return "\n".join([",".join(columns)] + [",".join(str(v) for v in row) for row in rows]) + "\n"


def anova_file(name: str) -> tuple[dict[str, float], str]:
    """Certified values (from the file header) and the data as CSV text (group,y), read as written."""
    lines = (NIST_ANOVA / f"{name}.dat").read_text().splitlines()
    certified: dict[str, float] = {}
    for line in lines:
        numbers = re.findall(r"-?\d\.\d+E[+-]\d+", line)
        if line.startswith("Between") and len(numbers) == 3:
            certified.update(zip(CERTIFIED[:3], map(float, numbers), strict=True))
            certified["df_between"] = int(line.split()[2])
        elif line.startswith("Within") and len(numbers) == 2:
            certified.update(zip(CERTIFIED[3:], map(float, numbers), strict=True))
            certified["df_within"] = int(line.split()[2])
        elif "R-Squared" in line:
            certified["r_squared"] = float(numbers[0])
        elif "Standard Deviation" in line:
            certified["residual_sd"] = float(numbers[0])
    start = max(i for i, line in enumerate(lines) if line.startswith("Data:")) + 1
    rows = [line.split() for line in lines[start:] if line.strip()]
    return certified, "group,y\n" + "\n".join(f"{g},{y}" for g, y in rows) + "\n"
