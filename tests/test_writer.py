import pytest

from jobboard.errors import JobboardError
from jobboard.writer import AtomicOutput


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
