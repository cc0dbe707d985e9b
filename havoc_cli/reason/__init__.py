"""``havoc reason``: staged reasoning whose answers come from the engines and are checked.

Stages, one module each: mode -> ground -> plan -> execute -> argue -> arbiter -> audit -> answer,
wired by pipeline.py. See docs/reason.md.
"""
