import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import write_posting
from jobboard.cli import main
from linkcheck import broken_links


def jobboard(*args, cwd=None):
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    return subprocess.run([sys.executable, "-m", "jobboard", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=120)


def test_builds_a_copy_of_the_reference_site_in_a_subprocess(reference_site):
    run = jobboard("build", "--site", "reference", "--base-url", "https://example.github.io/board/",
                   cwd=reference_site.parent)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Built 5 postings: ")
    assert run.stderr == ("warning: reference/content/jobs/cloud-back-end-developer.md:1: company: no company named"
                          " — add 'company: Name' when it is known\n")
    out = reference_site / "output"
    assert len(list((out / "jobs").iterdir())) == 5
    assert broken_links(out, "https://example.github.io/board/") == []


def test_content_errors_exit_1_with_one_line_each_and_no_traceback(site):
    write_posting(site, "bad", "title: X\ndate: 2026-13-01\nequity: maybe")
    run = jobboard("build", cwd=site)
    assert run.returncode == 1
    assert run.stdout == ""
    lines = run.stderr.splitlines()
    assert lines[0].startswith("content/jobs/bad.md:3: date: ")
    assert lines[1] == "content/jobs/bad.md:4: equity: expected true or false, got 'maybe' — write true or false"
    assert "Traceback" not in run.stderr
    assert not (site / "output").exists()


def test_init_scaffolds_a_site_that_builds(tmp_path, capsys):
    assert main(["init", str(tmp_path / "new")]) == 0
    new = tmp_path / "new"
    assert (new / "templates/base.html").is_file() and (new / "static/style.css").is_file()
    assert main(["build", "--site", str(new), "--strict"]) == 0
    assert "Built 1 posting: " in capsys.readouterr().out
    assert (new / "output/jobs/senior-backend-engineer-example-gmbh/index.html").is_file()
    # What a build writes, or a killed build leaves, is never committed by `git add .`
    subprocess.run(["git", "init", "-q", str(new)], check=True)
    generated = ["output/index.html", ".output-new-k1ll3d/index.html", ".jobboard-cache/build.sqlite"]
    ignored = subprocess.run(["git", "-C", str(new), "check-ignore", *generated, "content/jobs/x.md"],
                             capture_output=True, text=True)
    assert ignored.stdout.split() == generated


def test_init_refuses_a_folder_with_files(tmp_path, capsys):
    (tmp_path / "keep.txt").write_text("mine")
    assert main(["init", str(tmp_path)]) == 1
    assert "is not empty" in capsys.readouterr().err
    assert (tmp_path / "keep.txt").read_text() == "mine"


def test_every_command_and_flag_is_documented_in_the_readme():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    from jobboard.cli import _parser
    parser = _parser()
    commands = parser._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        assert f"jobboard {name}" in readme, f"jobboard {name} is not in the README"
        for action in sub._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in readme, f"{flag} of jobboard {name} is not in the README"


def test_installed_wheel_carries_the_theme(tmp_path):
    repo = Path(__file__).resolve().parents[1]
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                          "-w", str(tmp_path), str(repo)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    import zipfile
    wheel = next(tmp_path.glob("jobboard-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for theme_file in ("jobboard/theme/templates/base.html", "jobboard/theme/static/style.css",
                       "jobboard/data/tags.toml", "jobboard/data/countries.tsv"):
        assert theme_file in names


def test_the_workflows_run_valid_jobboard_commands():
    import shlex

    import yaml
    from jobboard.cli import _parser
    workflows = Path(__file__).resolve().parents[1] / ".github" / "workflows"
    commands = []
    for path in sorted(workflows.glob("*.yml")):
        for job in yaml.safe_load(path.read_text())["jobs"].values():
            commands += [step["run"] for step in job["steps"] if str(step.get("run", "")).startswith("jobboard ")]
    assert len(commands) == 3
    for command in commands:
        args = [a for a in shlex.split(command.replace("${{ steps.pages.outputs.base_url }}", "https://o.github.io/r"))]
        _parser().parse_args(args[1:])  # raises SystemExit on a flag the command does not have


# A second Ctrl-C: one while main() handles the first, one after main() returned (flushing output).
_LATE_CTRL_C = {
    "while handling the first": "cli.main = lambda: os.kill(os.getpid(), signal.SIGINT)",
    "after the work": ("class Stream(io.StringIO):\n"
                       "    def flush(self): os.kill(os.getpid(), signal.SIGINT)\n"
                       "cli.main = lambda: (setattr(sys, 'stdout', Stream()), 0)[1]"),
}


@pytest.mark.parametrize("when", _LATE_CTRL_C)
def test_a_late_ctrl_c_gives_the_exit_code_not_a_traceback(when):
    script = f"import io, os, signal, sys\nfrom jobboard import cli\n{_LATE_CTRL_C[when]}\ncli.run()\n"
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as in a terminal
    assert (run.returncode, run.stderr) == ((130 if when == "while handling the first" else 0), "")
