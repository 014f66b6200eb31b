"""Regenerate the expected import output: python tests/golden_import/update.py

Imports tests/fixtures/import/raw/ into tests/golden_import/expected/. Review the diff
(`git diff tests/golden_import`) before committing: it shows what an importer change did.
"""

import shutil
from pathlib import Path

from jobboard.importer import STATE, import_postings

HERE = Path(__file__).resolve().parent
RAW = HERE.parent / "fixtures" / "import" / "raw"

if __name__ == "__main__":
    expected = HERE / "expected"
    shutil.rmtree(expected, ignore_errors=True)
    report = import_postings([RAW], expected)
    (expected / STATE).unlink()
    print(f"{report.written} files written to {expected}")
