"""Progress on a terminal for long work: a counts line that updates in place after two seconds.

Silent when stderr is not a terminal (CI logs stay clean) and with --quiet.
"""

from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, enabled: bool | None = None, delay: float = 2.0):
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.started = time.monotonic()
        self.delay = delay
        self.last = 0.0
        self.shown = False

    def update(self, what: str, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.started < self.delay or (now - self.last < 0.2 and done < total):
            return
        self.last = now
        self.shown = True
        sys.stderr.write(f"\r{what}: {done:,}/{total:,} ({100 * done // max(total, 1)}%)\x1b[K")
        sys.stderr.flush()

    def status(self, what: str) -> None:
        """A step without counts (the search index): its name, until the next line replaces it.
        Shown at once: how long the step will take is not known beforehand."""
        if self.enabled:
            self.shown = True
            sys.stderr.write(f"\r{what}…\x1b[K")
            sys.stderr.flush()

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


QUIET = Progress(enabled=False)
