"""The havoc study language: grammar (study.lark), parser to a typed tree, interpreter, error reports."""
