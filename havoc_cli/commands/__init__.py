"""One module per ``havoc`` command."""
