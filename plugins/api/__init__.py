"""The plugin API: everything a havoc plugin (built-in or third-party) imports.

from plugins.api import hookimpl, Verb, Kind, Function, Embedder, ReasoningTool, Result, Table, StudyError
"""

from plugins.api.context import Context
from plugins.api.errors import StudyError
from plugins.api.hooks import hookimpl
from plugins.api.invocation import Invocation
from plugins.api.nodes import (
    BinOp,
    Boolean,
    By,
    Call,
    Compare,
    Formula,
    Keyword,
    ListValue,
    Name,
    Node,
    Number,
    Pos,
    Range,
    String,
    UnaryOp,
)
from plugins.api.results import Result, Step, Table, jsonable
from plugins.api.specs import Embedder, Function, Kind, ReasoningTool, Verb
from plugins.api.table import Column, DataTable, read_csv

__all__ = [
    "BinOp",
    "Boolean",
    "By",
    "Call",
    "Column",
    "Compare",
    "Context",
    "DataTable",
    "Embedder",
    "Formula",
    "Function",
    "Invocation",
    "Keyword",
    "Kind",
    "ListValue",
    "Name",
    "Node",
    "Number",
    "Pos",
    "Range",
    "ReasoningTool",
    "Result",
    "Step",
    "String",
    "StudyError",
    "Table",
    "UnaryOp",
    "Verb",
    "hookimpl",
    "jsonable",
    "read_csv",
]
