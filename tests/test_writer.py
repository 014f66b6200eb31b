import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jobboard.errors import JobboardError
from jobboard.writer import LEFTOVER_GRACE, AtomicOutput, remove_leftovers


def test_output_is_swapped_in_only_when_the_block_succeeds(tmp_path):
    out = tmp_path / "output"
    with AtomicOutput(out) as output:
        output.write("index.html", b"one")
    assert (out / "index.html").read_bytes() == b"one"
    with pytest.raises(RuntimeError):
        with AtomicOutput(out) as output:
            output.write("index.html", b"two")
            raise RuntimeError("render failed")
    assert (out / "index.html").read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_stale_files_of_the_previous_build_are_gone(tmp_path):
    out = tmp_path / "output"
    with AtomicOutput(out) as output:
        output.write("jobs/old/index.html", b"old")
    with AtomicOutput(out) as output:
        output.write("index.html", b"new")
    assert not (out / "jobs").exists()


def test_writes_outside_the_output_folder_are_refused(tmp_path):
    with pytest.raises(JobboardError, match="outside the output folder"):
        with AtomicOutput(tmp_path / "output") as output:
            output.write("../escape.html", b"x")
    assert not (tmp_path / "escape.html").exists()


@pytest.mark.parametrize("rel", ["../escape.html", "/etc/passwd", "a/../../escape", ".", "./", ""])
def test_paths_that_are_not_inside_the_output_folder_are_refused(tmp_path, rel):
    with pytest.raises(JobboardError, match="outside the output folder"):
        with AtomicOutput(tmp_path / "output") as output:
            output.write(rel, b"x")


def _leftover(tmp_path, name, age=3600.0):
    """A folder as a killed build leaves it, `age` seconds old."""
    folder = tmp_path / name
    (folder / "jobs" / "a").mkdir(parents=True)
    (folder / "jobs" / "a" / "index.html").write_bytes(b"half a site")
    then = time.time() - age
    for path in (folder / "jobs" / "a", folder / "jobs", folder):
        os.utime(path, (then, then))
    return folder


def test_what_killed_builds_left_beside_the_output_is_removed(tmp_path):
    new, old = _leftover(tmp_path, ".output-new-k1ll3d_x"), _leftover(tmp_path, ".output-old-0a1b2c3d", age=0)
    seen = []
    assert remove_leftovers(tmp_path / "output", seen.append) == [new, old] == seen
    assert list(tmp_path.iterdir()) == []


def test_a_running_build_keeps_its_fresh_folder_even_when_paused_past_the_grace_time(tmp_path):
    with AtomicOutput(tmp_path / "output") as first:
        first.write("index.html", b"one")
        then = time.time() - 2 * LEFTOVER_GRACE
        os.utime(first.tmp, (then, then))  # as if paused (Ctrl-Z) for two minutes
        with AtomicOutput(tmp_path / "output") as second:
            second.write("index.html", b"two")
        assert first.tmp.is_dir() and (first.tmp / "index.html").read_bytes() == b"one"
    assert (tmp_path / "output" / "index.html").read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_a_fresh_folder_younger_than_the_grace_time_is_kept(tmp_path):
    """Its build may have made it and not yet locked it."""
    young = _leftover(tmp_path, ".output-new-y0ung123", age=1)
    assert remove_leftovers(tmp_path / "output") == []
    assert young.is_dir()


@pytest.mark.parametrize("name", [".output-new-short", ".output-new-toolong123", ".output-newest-abcdefgh",
                                  ".output-new-new-abcdefgh", ".other-new-abcdefgh", "output-new-abcdefgh",
                                  ".output-new-ABCDEFGH"])
def test_folders_that_are_not_this_outputs_leftovers_are_kept(tmp_path, name):
    other = _leftover(tmp_path, name)
    assert remove_leftovers(tmp_path / "output") == []
    assert (other / "jobs" / "a" / "index.html").read_bytes() == b"half a site"


def test_the_fresh_folder_of_a_build_killed_outright_is_removed_by_the_next_build(tmp_path):
    """A real process holds the lock, then is killed: the kernel releases it."""
    out = tmp_path / "output"
    script = ("import sys, time; from pathlib import Path; from jobboard.writer import AtomicOutput\n"
              "output = AtomicOutput(Path(sys.argv[1])).__enter__(); output.write('index.html', b'x')\n"
              "print(output.tmp, flush=True); time.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", script, str(out)], stdout=subprocess.PIPE, text=True)
    try:
        fresh = Path(proc.stdout.readline().strip())
        then = time.time() - 2 * LEFTOVER_GRACE
        os.utime(fresh, (then, then))
        assert remove_leftovers(out) == []  # alive: kept
        proc.kill()
        proc.wait()
        assert remove_leftovers(out) == [fresh]
        assert not fresh.exists()
    finally:
        proc.kill()
        proc.stdout.close()
