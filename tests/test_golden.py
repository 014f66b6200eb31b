"""The golden site: its whole output must match tests/golden/expected byte for byte.

After an intended change, regenerate with `python tests/golden/update.py` and review the diff.
"""

import difflib
from pathlib import Path

from jobboard.build import build

GOLDEN = Path(__file__).resolve().parent / "golden"


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_golden_site_output_matches_the_expected_files(tmp_path):
    build(GOLDEN / "site", out=tmp_path / "out")
    got, want = files(tmp_path / "out"), files(GOLDEN / "expected")
    assert sorted(got) == sorted(want), "the set of output files changed; run python tests/golden/update.py"
    for name in sorted(want):
        if got[name] != want[name]:
            diff = "\n".join(difflib.unified_diff(want[name].decode().splitlines(), got[name].decode().splitlines(),
                                                  f"expected/{name}", f"built/{name}", lineterm="", n=2))
            raise AssertionError(f"{name} differs (python tests/golden/update.py regenerates):\n{diff[:3000]}")


def test_golden_expectations_cover_the_tricky_cases():
    """Guards the fixture itself: the expected files must show what the golden site is for."""
    want = files(GOLDEN / "expected")
    rust = want["jobs/rust-developer-ferrous/index.html"].decode()
    assert all(f'href="/golden/tags/{slug}/"' in rust for slug in ("c", "cpp", "csharp", "fsharp", "dotnet"))
    assert "CHF 120,000–150,000 a year" in rust and "<script>" not in rust.split('<div class="prose">')[1]
    assert "Ferrous &amp; Co" in rust
    cities = want["cities/index.html"].decode()
    assert '<span class="term-name">São Paulo</span> <span class="count">2' in cities
    assert "page/2/index.html" in want
