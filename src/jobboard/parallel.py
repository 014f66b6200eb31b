"""Use every core for the two heavy steps (Markdown bodies, page rendering) with forked workers.

Workers are forked, so they inherit the build's state (templates, planned pages) and receive only
small work lists; results come back in order, so the output is the same as a one-process build.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from contextlib import contextmanager
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")
CHUNK = 64  # items per task: big enough that sending work costs little, small enough to share it out


def workers() -> int:
    """How many processes to use: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def chunked_map(function: Callable[[Sequence[T]], list[R]], items: Sequence[T], processes: int,
                progress: Callable[[int, int], None] | None = None) -> list[R]:
    """function over items in chunks, in forked workers when there is enough work; results in order.

    progress(done, total) is called after each chunk.
    """
    results: list[R] = []
    if processes > 1 and len(items) >= 4 * CHUNK:
        chunks = _shrinking_chunks(items, processes)
        import multiprocessing  # only here: a rebuild with little to do never needs it (5 ms to import)
        if "fork" in multiprocessing.get_all_start_methods():
            # SIGINT waits while the workers are forked: they inherit the block, so none meets a
            # Ctrl-C before _start_worker ignores it; this process takes it once the pool exists.
            blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            try:
                pool = multiprocessing.get_context("fork").Pool(processes, initializer=_start_worker,
                                                                initargs=(os.getpid(),))
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            with pool:
                for part in pool.imap(function, chunks):
                    results += part
                    progress and progress(len(results), len(items))
            return results
    with collecting_new_garbage():
        for chunk in (items[i:i + CHUNK] for i in range(0, len(items), CHUNK)):
            results += function(chunk)
            progress and progress(len(results), len(items))
    return results


def _shrinking_chunks(items: Sequence[T], processes: int) -> list[Sequence[T]]:
    """Chunks of CHUNK items that shrink towards the end (to an eighth of it), as OpenMP's guided
    schedule does: with equal chunks, one worker often sat idle while the other finished the
    last one (up to a tenth of a second a step at 1,000 postings)."""
    chunks, start = [], 0
    while start < len(items):
        size = max(CHUNK // 8, min(CHUNK, (len(items) - start) // (3 * processes)))
        chunks.append(items[start:start + size])
        start += size
    return chunks


def _start_worker(parent: int) -> None:
    """A forked worker leaves Ctrl-C to the main process, which stops the pool (a worker
    interrupted in the middle of a page printed its traceback, one per worker), ends with the
    main process, and collects only the garbage it makes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # blocked while the pool was made
    _die_with(parent)
    _collect_from_now()


def _die_with(parent: int) -> None:
    """End this worker when the process that forked it ends (Linux): a main process killed outright
    (kill -9, the out-of-memory killer) left its workers running, each printing a BrokenPipeError
    traceback when it next sent a result."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes  # 2 ms, in each worker
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it ended before prctl took effect
        os._exit(1)


@contextmanager
def collecting_new_garbage():
    """Collect garbage inside the block even when the caller does not (a build does not: see
    build.py), scanning only the objects made inside it. Jinja makes a few reference cycles for
    every page it renders."""
    started = _collect_from_now()
    try:
        yield
        if started:
            gc.collect(1)  # and the cycles made since the last collection, so that none are left
    finally:
        if started:
            gc.disable()
            gc.unfreeze()


def _collect_from_now() -> bool:
    """Freeze the objects that exist and collect the garbage made from now on; False (nothing done)
    when collecting already, or when the caller froze objects itself. A forked worker starts with
    it (_start_worker): what it inherited is neither scanned nor copied (a scan writes to every
    object, and the fork shares them until written)."""
    if gc.isenabled() or gc.get_freeze_count():
        return False
    gc.freeze()
    gc.enable()
    return True
