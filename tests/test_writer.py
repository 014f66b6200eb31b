import os
import time

import pytest

from jobboard.errors import JobboardError
from jobboard.writer import AtomicOutput, InPlaceOutput


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


@pytest.mark.parametrize("kind", [AtomicOutput, InPlaceOutput])
def test_what_a_killed_build_left_beside_the_output_is_removed_after_an_hour(tmp_path, kind):
    out = tmp_path / "output"
    with AtomicOutput(out) as output:
        output.write("index.html", b"one")
    hour_ago = time.time() - 3700
    killed, recent, unrelated = tmp_path / ".output-new-k1ll3d", tmp_path / ".output-old-w0rk1ng", tmp_path / ".other-new-x"
    for folder in (killed, recent, unrelated):
        (folder / "jobs").mkdir(parents=True)
        (folder / "jobs/index.html").write_bytes(b"x")
    os.utime(killed, (hour_ago, hour_ago))
    os.utime(unrelated, (hour_ago, hour_ago))
    (tmp_path / ".output-new-link").symlink_to(killed, target_is_directory=True)
    os.utime(tmp_path / ".output-new-link", (hour_ago, hour_ago), follow_symlinks=False)
    with kind(out, output.manifest) as again:
        again.write("index.html", b"two")
    assert not killed.exists() and recent.exists() and unrelated.exists()
    assert (tmp_path / ".output-new-link").is_symlink()  # never followed, never removed
    assert (out / "index.html").read_bytes() == b"two"
