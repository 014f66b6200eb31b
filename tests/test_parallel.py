"""Work on every core: Ctrl-C stops it cleanly."""

import signal
import subprocess
import sys

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
