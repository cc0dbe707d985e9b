"""JUnit XML for CI: one testsuite per suite, one testcase per item (plus one per threshold).

A wrong item carries ``<failure>`` with expected vs got; an item that crashed carries ``<error>``.
Characters XML 1.0 forbids (control characters a model may generate) are replaced by U+FFFD.
"""

from __future__ import annotations

import re
import socket
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from havoc_cli.evals.records import SuiteRun

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: object) -> str:
    return _ILLEGAL.sub("\ufffd", str(value))


def junit_xml(runs: list[SuiteRun]) -> str:
    """The JUnit XML document of a run."""
    from havoc_cli.evals.reports import dumps

    root = ET.Element("testsuites", name="havoc eval")
    totals = {"tests": 0, "failures": 0, "errors": 0, "time": 0.0}
    stamp = datetime.now(UTC).replace(microsecond=0, tzinfo=None).isoformat()
    for run in runs:
        suite = ET.SubElement(root, "testsuite", name=_text(run.name), timestamp=stamp, hostname=socket.gethostname())
        properties = ET.SubElement(suite, "properties")
        for name, value in [("type", run.type), ("file", run.file), ("seed", run.seed)] + [
            (f"metric.{k}", f"{v:.6g}") for k, v in run.metrics.items()
        ]:
            ET.SubElement(properties, "property", name=_text(name), value=_text(value))
        failures = errors = 0
        for record in run.records:
            case = ET.SubElement(
                suite, "testcase", name=_text(record.id), classname=_text(f"{run.name}.{record.category or 'items'}"),
                time=f"{record.seconds:.6f}", file=_text(run.file),
            )  # fmt: skip
            if record.error is not None:
                errors += 1
                node = ET.SubElement(case, "error", message=_text(record.error), type=record.error.split(":")[0])
                node.text = _text(f"input: {dumps(record.input)}\nerror: {record.error}")
            elif not record.passed:
                failures += 1
                node = ET.SubElement(case, "failure", message=_text(record.detail or "wrong"), type="mismatch")
                node.text = _text(f"expected: {dumps(record.expected)}\ngot: {dumps(record.output)}")
        checks = [(c.label(), c.describe(), c.status) for c in run.checks]
        if run.nothing_scored:
            checks.append(("items scored > 0", "items scored > 0 (got 0)", "failed"))
        for name, described, status in checks:
            case = ET.SubElement(
                suite, "testcase", name=_text(name), classname=_text(f"{run.name}.thresholds"), time="0"
            )
            if status == "failed":
                failures += 1
                ET.SubElement(case, "failure", message=_text(f"missed: {described}"), type="threshold")
            elif status == "skipped":
                ET.SubElement(case, "skipped", message="no items of this category were run")
        tests = len(run.records) + len(checks)
        skipped = sum(status == "skipped" for *_, status in checks)
        suite.attrib.update(tests=str(tests), failures=str(failures), errors=str(errors), skipped=str(skipped),
                            time=f"{run.seconds:.6f}")  # fmt: skip
        for key, value in (("tests", tests), ("failures", failures), ("errors", errors), ("time", run.seconds)):
            totals[key] += value
    root.attrib.update(
        tests=str(totals["tests"]), failures=str(totals["failures"]), errors=str(totals["errors"]),
        time=f"{totals['time']:.6f}",
    )  # fmt: skip
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
