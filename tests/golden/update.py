"""Regenerate the golden site's expected output: python tests/golden/update.py

Run it after an intended change to templates, static files or rendering, then review
`git diff tests/golden/expected` before committing.
"""

import shutil
from pathlib import Path

from jobboard.build import build

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    expected = HERE / "expected"
    shutil.rmtree(expected, ignore_errors=True)
    result = build(HERE / "site", out=expected)
    print(f"{result.summary()}; wrote {expected}")
