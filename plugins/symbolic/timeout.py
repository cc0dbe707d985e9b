"""A wall-clock limit for one computation, so a slow sympy call cannot hang the CLI.

POSIX only and main thread only (it uses SIGALRM); elsewhere the computation runs unbounded.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Expired(BaseException):
    """Raised by the alarm handler; a BaseException so sympy's ``except Exception`` cannot swallow it."""


def can_limit() -> bool:
    """Whether ``time_limit`` can actually interrupt work here."""
    return hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()


_REPEAT = 0.1  # seconds between alarms after the first


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Run the block for at most ``seconds``; raise TimeoutError when it takes longer."""
    if not can_limit():
        yield
        return
    armed = True

    def _expire(signum: int, frame: object) -> None:
        if armed:
            raise _Expired

    previous = signal.signal(signal.SIGALRM, _expire)
    # the alarm repeats until the block ends: one raised where a library swallows it (a cleanup that catches every
    # exception) would otherwise leave the computation unbounded
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    try:
        yield
    except _Expired:
        raise TimeoutError(seconds) from None
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
