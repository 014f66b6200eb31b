"""`jobboard check` reads a big site on every core and finds the same problems as on one."""

from conftest import write_posting
from jobboard.check import check_site


def test_check_on_every_core_finds_what_one_process_finds_and_writes_nothing(site):
    for n in range(300):  # enough for the work to go to forked workers
        front = f"title: Job {n}\ncompany: C{n % 7}\ndate: 2026-10-01\ncountry: DE"
        if n % 97 == 5:
            front += "\nsalary: lots"  # an error
        if n == 7:
            front = front.replace("company: C0\n", "")  # a warning: no company
        write_posting(site, f"job-{n}", front, f"Posting *{n}*.\n")
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    one, every = check_site(site, processes=1), check_site(site, processes=2)
    assert one == every
    assert [p.path for p in one] == [f"content/jobs/job-{n}.md" for n in (102, 199, 296, 5, 7)]
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before


def test_dates_that_are_surely_mistakes_and_closed_postings_are_warned_about(site):
    import datetime as dt

    from jobboard.build import build
    (site / "jobboard.toml").write_text((site / "jobboard.toml").read_text().replace("max_age_days = 0",
                                                                                     "max_age_days = 30"))
    write_posting(site, "future", "title: Future\ncompany: A\ndate: 2027-06-01\nremote: remote")
    write_posting(site, "inverted", "title: Inverted\ncompany: A\ndate: 2026-11-20\nvalid_through: 2026-11-10\nremote: remote")
    write_posting(site, "old", "title: Old\ncompany: A\ndate: 2026-09-01\nremote: remote")
    write_posting(site, "fresh", "title: Fresh\ncompany: A\ndate: 2026-11-20\nremote: remote")
    today = dt.date(2026, 11, 25)
    dates = [
        "warning: content/jobs/future.md:4: date: 2027-06-01 is in the future, so the posting is listed above every "
        "other until then — write the day it was posted",
        "warning: content/jobs/inverted.md:5: valid_through: 2026-11-10 is before the posting's date, 2026-11-20 — "
        "check both dates"]
    assert [str(p) for p in check_site(site, today)] == dates + [
        "warning: content/jobs/inverted.md:5: valid_through: expired on 2026-11-10 — remove the posting or move "
        "valid_through into the future",
        "warning: content/jobs/old.md:4: date: posted 2026-09-01, over max_age_days (30) ago, so it is closed — "
        "remove the posting, or give it a valid_through in the future"]
    assert [str(p) for p in build(site, today=today).warnings] == dates
