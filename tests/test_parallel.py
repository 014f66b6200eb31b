"""Work on every core: results in order, progress counted, Ctrl-C stops it cleanly."""

import os
import signal
import subprocess
import sys

from jobboard.parallel import CHUNK, chunked_map

def _tagged(chunk):
    return [(item, os.getpid(), len(chunk)) for item in chunk]


def test_work_is_shared_out_in_shrinking_chunks_and_comes_back_in_order():
    seen = []
    results = chunked_map(_tagged, list(range(1000)), 2, lambda done, total: seen.append((done, total)))
    assert [item for item, _, _ in results] == list(range(1000))
    assert os.getpid() not in {pid for _, pid, _ in results}  # done in forked workers
    sizes = [size for _, _, size in results]
    assert sizes[0] == CHUNK and max(sizes) == CHUNK and sizes[-2] < CHUNK // 4  # smaller towards the end
    assert seen[-1] == (1000, 1000) and [done for done, _ in seen] == sorted({done for done, _ in seen})


def test_little_work_stays_in_this_process():
    results = chunked_map(_tagged, list(range(10)), 2)
    assert [(item, pid) for item, pid, _ in results] == [(item, os.getpid()) for item in range(10)]


_INTERRUPTED_MID_WORK = """
import os, signal, time
from jobboard.parallel import chunked_map

def work(chunk):
    if chunk[0] == 0:
        os.killpg(os.getpgrp(), signal.SIGINT)  # what a terminal's Ctrl-C does: every process of the group
    time.sleep(0.5)
    return chunk

try:
    chunked_map(work, list(range(512)), 2)
except KeyboardInterrupt:
    print("interrupted")
"""


def test_ctrl_c_stops_the_workers_without_a_traceback_from_each():
    run = subprocess.run([sys.executable, "-c", _INTERRUPTED_MID_WORK], capture_output=True, text=True, timeout=60,
                         start_new_session=True,  # its own process group: the signal reaches no one else
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as in a terminal
    assert (run.stdout, run.stderr) == ("interrupted\n", "")


_MAIN_KILLED = """
import os, signal, time
from jobboard.parallel import chunked_map

def work(chunk):
    if chunk[0] == 0:
        os.kill(os.getppid(), signal.SIGKILL)  # the main process, as the out-of-memory killer would
    time.sleep(0.5)
    return chunk

chunked_map(work, list(range(512)), 2)
"""


def test_workers_end_with_a_main_process_killed_outright():
    """They left running printed a BrokenPipeError traceback each when they next sent a result;
    the pipes close only when every worker has ended, so this waits for them."""
    run = subprocess.run([sys.executable, "-c", _MAIN_KILLED], capture_output=True, text=True, timeout=60)
    assert (run.returncode, run.stderr) == (-signal.SIGKILL, "")
