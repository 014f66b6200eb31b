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
    with AtomicOutput(tmp_path / "output") as paused:
        paused.write("index.html", b"one")
        then = time.time() - 2 * LEFTOVER_GRACE
        os.utime(paused.tmp, (then, then))  # as if paused (Ctrl-Z) for two minutes
        assert remove_leftovers(tmp_path / "output") == []
        assert (paused.tmp / "index.html").read_bytes() == b"one"
    assert (tmp_path / "output" / "index.html").read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def _killed_between_the_two_moves(tmp_path):
    """A build killed after moving the old output aside and before moving its new one in."""
    out = tmp_path / "output"
    with AtomicOutput(out) as output:
        output.write("index.html", b"the last good site")
    old = tmp_path / ".output-old-1a2b3c4d"
    os.rename(out, old)
    return out, old, _leftover(tmp_path, ".output-new-5e6f7a8b")


def test_the_old_output_is_put_back_when_a_build_was_killed_between_its_two_moves(tmp_path):
    out, old, new = _killed_between_the_two_moves(tmp_path)
    assert remove_leftovers(out) == [new]
    assert (out / "index.html").read_bytes() == b"the last good site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_nothing_is_put_back_while_another_build_runs(tmp_path):
    out, old, _ = _killed_between_the_two_moves(tmp_path)
    with AtomicOutput(out) as running:  # it may be between its own two moves: leave everything
        assert remove_leftovers(out) == []
        assert old.is_dir() and not out.exists()
        running.write("index.html", b"new")
    assert (out / "index.html").read_bytes() == b"new"


def test_an_old_output_left_by_an_earlier_version_is_put_back_too(tmp_path):
    out, old, _ = _killed_between_the_two_moves(tmp_path)
    os.rename(old, tmp_path / "previous")
    old.mkdir()
    os.rename(tmp_path / "previous", old / "previous")  # as jobboard 0.1 moved it aside
    remove_leftovers(out)
    assert (out / "index.html").read_bytes() == b"the last good site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_a_symbolic_link_output_leaves_no_link_behind(tmp_path):
    (tmp_path / "www").mkdir()
    (tmp_path / "output").symlink_to("www")
    with AtomicOutput(tmp_path / "output") as output:
        output.write("index.html", b"one")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output", "www"]
    assert (tmp_path / "output" / "index.html").read_bytes() == b"one"


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
