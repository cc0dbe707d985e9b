"""Evaluation suites for ``havoc eval``: load and validate suite files, run their items, score, report.

One module per job: ``suite`` (loading and validation), ``tasks/`` (one module per task type),
``compare`` (reference-answer rules), ``thresholds``, ``runner`` (selection, progress, metrics) and
the report writers (``reports``, ``junit``, ``markdown``).
"""
