"""Invalid sites (tests/invalid/<case>/) and their exact expected errors (<case>/expected.txt).

Each case is built with the command as a user would run it; the output must match byte for byte,
the exit code must be 1, and no output folder may appear. Regenerate a case's expected.txt with
`cd tests/invalid && python -m jobboard build --site CASE --out /tmp/x 2> CASE/expected.txt; echo exit=$? >> CASE/expected.txt`.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

INVALID = Path(__file__).resolve().parent / "invalid"
CASES = sorted(p.name for p in INVALID.iterdir() if (p / "expected.txt").exists())


def jobboard(*args, cwd=INVALID):
    return subprocess.run([sys.executable, "-m", "jobboard", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONWARNINGS": "error"})


@pytest.mark.parametrize("case", CASES)
def test_build_reports_exactly_the_expected_errors(case, tmp_path):
    out = tmp_path / "out"
    run = jobboard("build", "--site", case, "--out", str(out))
    assert run.stderr + f"exit={run.returncode}\n" == (INVALID / case / "expected.txt").read_text()
    assert run.stdout == "" and "Traceback" not in run.stderr
    assert not out.exists()


@pytest.mark.parametrize("case", CASES)
def test_check_reports_the_same_errors_and_fails(case):
    run = jobboard("check", "--site", case)
    assert run.returncode == 1
    expected = [line for line in (INVALID / case / "expected.txt").read_text().splitlines()[:-1]]
    reported = run.stderr.splitlines()
    if case == "bad-template":  # check finds the syntax error without rendering a page
        expected = [line.replace("template error while rendering /jobs/a/", "template syntax error")
                    for line in expected]
    assert [line for line in expected if line not in reported] == []


def test_check_formats_github_annotations():
    run = jobboard("check", "--site", "unknown-keys", "--format", "github")
    assert run.stdout.splitlines() == [
        "::error file=unknown-keys/content/jobs/a.md,line=3,title=compnay::unknown field — did you mean 'company'?",
        "::error file=unknown-keys/content/jobs/a.md,line=4,title=location::unknown field — known fields: title, "
        "company, cities, country, remote, employment_type, salary, equity, tags, date, valid_through, apply_url, "
        "apply_email, source, review",
        "2 errors, 0 warnings"]


def test_github_annotations_name_the_other_file_too():
    run = jobboard("check", "--site", "duplicate-slugs", "--format", "github")
    assert run.stdout.splitlines()[0] == (
        "::error file=duplicate-slugs/content/jobs/sub/Backend.md,line=1::its URL /jobs/backend/ is already used by "
        "duplicate-slugs/content/jobs/backend.md — rename one of the two files")


def test_a_skipped_posting_is_said_after_the_other_file_it_names(tmp_path):
    run = jobboard("build", "--site", "duplicate-slugs", "--out", str(tmp_path / "out"), "--skip-invalid", "-q")
    assert run.returncode == 0
    assert run.stderr == ("warning: duplicate-slugs/content/jobs/sub/Backend.md:1: its URL /jobs/backend/ is already "
                          "used by duplicate-slugs/content/jobs/backend.md (posting skipped) — rename one of the two "
                          "files\n")


def test_a_file_over_the_size_limit_is_an_error(site):
    (site / "content/jobs/huge.md").write_text("---\ntitle: Huge\n---\n" + "x" * 1_000_001)
    run = jobboard("build", cwd=site)
    assert run.returncode == 1
    assert run.stderr == ("content/jobs/huge.md: file is 1,000,021 bytes, over the 1,000,000 byte limit — "
                          "shorten the posting\n")


def test_symbolic_links_in_content_are_refused(site, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("---\ntitle: Secret\n---\n")
    (site / "content/jobs/linked").symlink_to(outside)
    (site / "content/jobs/one.md").symlink_to(outside / "secret.md")
    run = jobboard("build", cwd=site)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        "content/jobs/linked: symbolic links are not read from content — copy the file or folder into the content "
        "folder instead",
        "content/jobs/one.md: symbolic links are not read from content — copy the file or folder into the content "
        "folder instead"]


def test_skip_invalid_builds_the_rest_with_warnings(tmp_path):
    run = jobboard("build", "--site", "unsafe-apply-url", "--out", str(tmp_path / "out"), "--skip-invalid")
    assert run.returncode == 0, run.stderr
    assert "(posting skipped)" in run.stderr
    assert run.stdout.startswith("Built 0 postings")
