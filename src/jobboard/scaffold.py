"""`jobboard init`: a new site with settings, one example posting and an editable copy of the theme."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from .errors import JobboardError
from .config import theme_dir

CONFIG = '''# jobboard settings: see the README for every option.
title = "My job board"
description = "Hand-picked jobs, updated daily."
base_url = "http://localhost:8000/"   # where the site is hosted, e.g. "https://example.github.io/board/"
language = "en"
per_page = 20
'''

EXAMPLE = '''---
title: Senior Backend Engineer
company: Example GmbH
cities: [Berlin]
country: DE
remote: hybrid
employment_type: full-time
salary: {{min: 75000, max: 95000, currency: EUR, period: year}}
tags: [python, postgresql, kubernetes]
date: {date}
apply_url: https://example.com/jobs/backend
---
## About us

We build tools that help small shops sell online.

## What you will do

- Design and run the services behind our checkout
- Review code and mentor two junior engineers

## What you bring

- Several years of Python in production
- Experience with PostgreSQL and Kubernetes
'''


def init_site(folder: Path) -> list[Path]:
    """Create the site; refuse to touch a folder that already has files."""
    if folder.exists() and any(folder.iterdir()):
        raise JobboardError(f"{folder}: is not empty — choose a new folder for the site")
    theme = theme_dir()
    shutil.copytree(theme / "templates", folder / "templates")
    shutil.copytree(theme / "static", folder / "static")
    (folder / "content" / "jobs").mkdir(parents=True)
    (folder / "jobboard.toml").write_text(CONFIG, encoding="utf-8")
    (folder / ".gitignore").write_text("/output/\n/.output-*/\n.jobboard-cache/\n", encoding="utf-8")
    example = folder / "content" / "jobs" / "senior-backend-engineer-example-gmbh.md"
    example.write_text(EXAMPLE.format(date=dt.date.today().isoformat()), encoding="utf-8")
    return sorted(p for p in folder.rglob("*") if p.is_file())
