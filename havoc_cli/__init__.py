"""havoc's front: the Typer app (one module per command), output rendering and exit codes."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("havoc")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
