"""`jobboard check` reads a big site on every core and finds the same problems as on one."""

from conftest import write_posting
from jobboard.check import check_site


def test_check_on_every_core_finds_what_one_process_finds_and_writes_nothing(site):
    for n in range(300):  # enough for the work to go to forked workers
        front = f"title: Job {n}\ncompany: C{n % 7}\ndate: 2026-10-01"
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
