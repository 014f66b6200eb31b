"""`jobboard import`: golden output, safe re-runs, bad files, and the field score on labelled postings."""

import difflib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import frontmatter
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from jobboard.cli import main
from jobboard.importer import STATE, import_postings, render_file
from jobboard.reader import read_posting

TESTS = Path(__file__).resolve().parent
RAW = TESTS / "fixtures" / "import" / "raw"
SHARED = TESTS.parents[1] / "shared"


def test_golden_import_output(tmp_path):
    """tests/fixtures/import/raw imports to exactly tests/golden_import/expected (update.py regenerates)."""
    import_postings([RAW], tmp_path)
    expected = TESTS / "golden_import" / "expected"
    got = sorted(p.name for p in tmp_path.glob("*.md"))
    assert got == sorted(p.name for p in expected.glob("*.md"))
    for name in got:
        want, have = (expected / name).read_text(), (tmp_path / name).read_text()
        if want != have:
            diff = "\n".join(difflib.unified_diff(want.splitlines(), have.splitlines(), lineterm=""))
            raise AssertionError(f"{name} differs (python tests/golden_import/update.py regenerates):\n{diff}")


def test_every_imported_file_is_a_valid_posting_once_reviewed(tmp_path):
    import_postings([RAW], tmp_path)
    for path in tmp_path.glob("*.md"):
        post = frontmatter.load(path)
        assert post.content.strip(), path
        if "title" not in post.metadata:
            assert "title" in post.metadata["review"]
            continue
        posting, problems = read_posting(path, tmp_path)
        assert [p for p in problems if p.severity == "error"] == [], path


def test_rerun_skips_unchanged_and_never_overwrites_edits(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / "009_hn-rust-onsite-sf.txt", raw / "a.txt")
    out = tmp_path / "out"
    first = import_postings([raw], out)
    assert first.lines == ["imported   senior-rust-engineer-ferrox.md"]
    assert import_postings([raw], out).lines == ["unchanged  senior-rust-engineer-ferrox.md (from a.txt, skipped)"]

    target = out / "senior-rust-engineer-ferrox.md"
    target.write_text(target.read_text().replace("Senior Rust Engineer", "Senior Rust Engineer (edited)"))
    (raw / "a.txt").write_text((raw / "a.txt").read_text() + "\nPS: we also like Go.\n")
    report = import_postings([raw], out)
    assert report.lines == ["kept       senior-rust-engineer-ferrox.md (edited since import; new version in "
                            "senior-rust-engineer-ferrox.md.new)"]
    assert "(edited)" in target.read_text()
    assert "PS: we also like Go." in (out / "senior-rust-engineer-ferrox.md.new").read_text()

    (raw / "a.txt").write_text((raw / "a.txt").read_text() + "\nPPS.\n")
    assert import_postings([raw], out, force=True).lines == [
        "imported   senior-rust-engineer-ferrox.md (removed the older senior-rust-engineer-ferrox.md.new)"]
    assert "(edited)" in (out / "senior-rust-engineer-ferrox.md.bak").read_text()
    assert "PPS." in target.read_text()
    assert not (out / "senior-rust-engineer-ferrox.md.new").exists()  # out of date: the file has a newer one


def test_the_same_text_under_another_name_is_not_imported_twice(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / "009_hn-rust-onsite-sf.txt", raw / "a.txt")
    shutil.copy(RAW / "009_hn-rust-onsite-sf.txt", raw / "b.txt")
    out = tmp_path / "out"
    assert import_postings([raw], out).lines == [
        "imported   senior-rust-engineer-ferrox.md",
        "duplicate  b.txt (the same text as a.txt, imported as senior-rust-engineer-ferrox.md; skipped)"]
    assert [p.name for p in out.glob("*.md")] == ["senior-rust-engineer-ferrox.md"]


def test_an_unedited_file_is_updated_when_its_source_changes(tmp_path):
    raw = tmp_path / "a.md"
    raw.write_text("## Location\n\n* Berlin, Germany\n\nAt Acme, we build. Acme is great.\n")
    import_postings([raw], tmp_path / "out")
    raw.write_text(raw.read_text() + "\nWe use Python.\n")
    report = import_postings([raw], tmp_path / "out")
    assert report.lines[0].startswith("imported")
    (written,) = (tmp_path / "out").glob("*.md")
    assert frontmatter.load(written)["tags"] == ["python"]


def test_two_postings_with_one_title_get_distinct_files(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"About the job\nData Engineer\n\nJoin Acme. Acme is great. ({name})\n")
    import_postings([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").glob("*.md")) == ["data-engineer-acme-2.md",
                                                                      "data-engineer-acme.md"]


def test_bad_files_are_reported_and_the_others_imported(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 10)
    shutil.copy(RAW / "009_hn-rust-onsite-sf.txt", raw / "good.txt")
    assert main(["import", str(raw), "--into", str(tmp_path / "out")]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"error: {raw / 'binary.txt'}: the file looks binary, not text — fix or remove the file; the others were imported",
        f"error: {raw / 'empty.txt'}: the file is empty — fix or remove the file; the others were imported"]
    assert out.splitlines() == ["imported   senior-rust-engineer-ferrox.md", "1 written, 2 failed, 0 unchanged or kept"]


def test_values_yaml_would_misread_are_quoted():
    text = render_file({"title": "No: really", "country": "NO", "remote": "onsite", "tags": ["yes"]}, "Body\n")
    assert text == "---\ntitle: 'No: really'\ncountry: 'NO'\nremote: onsite\ntags: ['yes']\n---\n\nBody\n"
    assert frontmatter.loads(text)["country"] == "NO"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=400).filter(lambda t: t.strip() and "\x00" not in t))
def test_any_text_imports_to_a_file_that_reads_back(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("prop")
    (folder / "raw.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    report = import_postings([folder / "raw.txt"], folder / "out")
    if report.failed:
        return  # refused with a message (e.g. binary-looking control characters)
    (written,) = (folder / "out").glob("*.md")
    post = frontmatter.load(written)
    assert post.metadata["source"]["file"] == "raw.txt"
    assert json.loads((folder / "out" / STATE).read_text())["raw.txt"]["file"] == written.name


def score(postings: Path, labels: Path, tmp_path: Path) -> float:
    run = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(postings), str(labels), "--cmd",
                          f"{sys.executable} -m jobboard", "--keep", str(tmp_path / "keep")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return float(run.stdout.strip().splitlines()[-1].split()[2].rstrip("%"))


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="shared/ is not beside the repository")
def test_field_score_on_the_five_seeds_is_at_least_95_percent(tmp_path):
    assert score(SHARED / "postings", SHARED / "eval" / "seeds.json", tmp_path) >= 95.0


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="shared/ is not beside the repository")
@pytest.mark.parametrize("fixtures, least", [
    *((name, 90.0) for name in ("import", "holdout", "blind", "holdout2", "holdout3", "holdout4", "holdout5",
                                "holdout6", "holdout7", "holdout8", "holdout10", "holdout11", "holdout12",
                                "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18",
                                "holdout19", "holdout20", "holdout22", "holdout23", "holdout24", "holdout25",
                                "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31",
                                "holdout32", "holdout33", "holdout34", "holdout35",
                                "holdout37", "holdout38", "holdout39")),
    ("holdout9", 82.0),  # research, public-sector and freelance postings: 65.1% untuned, the hardest set
    ("holdout21", 82.0),  # leadership roles: its labels tag management practices the vocabulary leaves to people
    ("holdout36", 75.0),  # hotels and logistics: resort towns the gazetteer lacks (Courchevel, Lech, Oia)
])
def test_field_score_on_the_labelled_fixtures(tmp_path, fixtures, least):
    folder = TESTS / "fixtures" / fixtures
    assert score(folder / "raw", folder / "labels.json", tmp_path) >= least


def test_the_body_keeps_every_line_of_a_text_posting():
    """Nothing is dropped but job-site chrome ("About the job", hashtags) and a line that only repeats the title."""
    import re

    from jobboard.convert import convert
    from jobboard.decode import decode
    from jobboard.places import load_gazetteer
    from jobboard.shapes import read_shape
    from jobboard.vocab import load_vocabulary

    def words(text):
        return " ".join(re.findall(r"[^\W_]+", text.lower()))

    for path in sorted(RAW.iterdir()):
        if path.suffix == ".html":
            continue
        text = decode(path.read_bytes())
        if text.startswith("---"):
            text = text.split("\n---", 1)[1]
        converted = convert(text, path.name, load_vocabulary(), load_gazetteer())
        raw = read_shape(text, path.name)
        if raw.shape == "page":  # a job site's header above the description: taken apart into front matter
            text = raw.text
        kept = words(converted.body)
        title = (converted.meta.get("title") or "").lower()  # (one in capitals or none comes back in ordinary case)
        lines = text.split("\n")
        # a copied page's frame above the title line ("careers at kiwano"): short lines, left out
        title_at = next((n for n, line in enumerate(lines[:30]) if title and (clean(line) or "").lower() == title), 0)
        frame = {line for line in lines[:title_at] if len(line.split()) <= 6}
        lost = [line for line in lines if words(line) and words(line) not in kept
                and line.strip() not in ("About the job",) and not line.startswith("#Decisions")
                and not (title and (clean(line) or "").lower() == title) and line not in frame]
        assert lost == [], path.name


def clean(line):
    from jobboard.titles import clean_title
    return clean_title(line.lstrip("# "))


def test_text_before_about_the_job_that_is_prose_is_kept():
    """Only a job site's header (short lines: title, company, place, buttons) is taken apart."""
    from jobboard.shapes import read_shape
    prose = ("We are a small team in Leipzig that builds booking software for physiotherapy practices, and we have "
             "been profitable since our second year, with customers in Germany, Austria and Switzerland.")
    raw = read_shape(f"Frontend Developer\n\n{prose}\n\nAbout the job\nYou build React screens.\n", "a.txt")
    assert raw.shape == "text" and prose in raw.text
    for intro in ("Title: Frontend Developer\nCompany: Lumen Labs\nApply: jobs@lumen.example",  # labelled lines
                  "Lumen Labs is hiring!\nApply via https://lumen.example/jobs/1"):  # an intro without buttons
        raw = read_shape(f"{intro}\n\nAbout the job\nYou build React screens.\n", "a.txt")
        assert raw.shape == "text" and intro in raw.text
    page = read_shape("Frontend Developer\nLumen Labs · Leipzig, Germany (Remote)\nApply\n\nAbout the job\n"
                      "You build React screens.\n", "a.txt")
    assert page.shape == "page" and page.text == "You build React screens.\n"
    assert page.stated == {"title": "Frontend Developer", "company": "Lumen Labs", "remote": "remote",
                           "location": ["Leipzig, Germany"]}


def _converted(text, name="posting.txt"):
    from jobboard.convert import convert
    from jobboard.places import load_gazetteer
    from jobboard.vocab import load_vocabulary
    return convert(text, name, load_vocabulary(None), load_gazetteer())


def test_a_forwarded_e_mail_keeps_only_the_forwarded_message_without_private_addresses():
    mail = ("From: Lotte de Wit <lotte.dewit@gmail.com>\nDate: Tue, 3 Jun 2025 at 09:14\n"
            "Subject: Fwd: Senior Salesforce Developer | Amsterdam | €70-85k\nTo: Sam <sam.okafor@proton.me>\n\n"
            "Hi Sam, this sounded like you.\n\nx Lotte\n\n---------- Forwarded message ---------\n"
            "From: Joris Verbeek <joris@grachtenwerving.nl>\nDate: Mon, 2 Jun 2025 at 16:47\n"
            "Subject: Senior Salesforce Developer | Amsterdam | €70-85k\nTo: <lotte.dewit@gmail.com>\n\n"
            "Hi Lotte,\n\nI am running a search for a client of ours, a fintech in Amsterdam.\n\n"
            "## What you'd be doing\n\n- Building solutions in Apex and SOQL\n")
    converted = _converted(mail)
    assert converted.meta["title"] == "Senior Salesforce Developer"
    assert "company" not in converted.meta  # a recruiter's client, not Amsterdam
    assert "@" not in converted.body and "Hi Sam" not in converted.body and "Forwarded" not in converted.body
    assert converted.body.startswith("Hi Lotte,")


def test_a_copied_pages_frame_above_the_title_and_its_buttons_are_left_out_of_the_body():
    page = ("Welcome to the Jungle\nTrouver un job\nSe connecter\n\nPelagon\nProduct Manager (H/F)\n\n"
            "CDI\nBordeaux\nPostuler\nSauvegarder\n\nApply    Save\n\nLe poste\n\nChez Pelagon, on digitalise le "
            "transport. Tu rejoins l'équipe produit.\n\n## Nos valeurs\n\n- Oser\n- Share\n")
    converted = _converted(page)
    assert converted.meta["title"] == "Product Manager" and converted.meta["company"] == "Pelagon"
    assert "Trouver" not in converted.body and "Postuler" not in converted.body and "Apply" not in converted.body
    assert "## Le poste" in converted.body and "- Bordeaux" in converted.body
    assert "- Share" in converted.body  # below the header, a list item that reads like a button stays


def test_a_linkedin_page_with_its_skills_line_and_hiring_team_is_read_as_a_page():
    page = ("Ferrolink\nSenior Backend Engineer (Go)\nBerlin, Berlin, Germany · Reposted 6 days ago · Over 100 applicants\n"
            "Promoted by hirer · Responses managed off LinkedIn\n\nHybrid\nFull-time\n\nSkills: Go, PostgreSQL, +6 more\n\n"
            "Apply\nSave\n\nMeet the hiring team\nJana Becker · 2nd\nEngineering Manager, Trading Platform at Ferrolink\n"
            "Job poster\nMessage\n\nAbout the job\n\nWe move money for 2,000 platforms. Our sales offices are in "
            "Düsseldorf and Milan.\n")
    converted = _converted(page)
    assert (converted.meta["title"], converted.meta["company"], converted.meta["cities"], converted.meta["remote"]) == \
        ("Senior Backend Engineer (Go)", "Ferrolink", ["Berlin"], "hybrid")
    assert "Jana Becker" not in converted.body and "Skills:" not in converted.body


def test_a_reply_above_a_quoted_mail_keeps_the_reply_and_wrapped_headers_leak_nothing():
    reply = ("Hi Sam,\n\nHere is the final text.\n\nSenior Backend Engineer at Quaywise (Hamburg, hybrid)\n\n"
             "Quaywise builds routing software. You will design our Python services on AWS.\n"
             "Salary: €70,000 - €85,000 per year.\n\n-----Original Message-----\nFrom: Sam <sam@board.example>\n"
             "Subject: RE: draft\n\nLooks good.\n")
    converted = _converted(reply)
    assert converted.meta["title"] == "Senior Backend Engineer" and converted.meta["salary"]["min"] == 70000
    assert "@" not in converted.body
    forward = ("FYI\n\n---------- Forwarded message ---------\nFrom: Jana <jana@quaywise.example>\n"
               "To: Sam <sam@board.example>, Lee <lee.private@gmail.example>,\n    Kim Tan <kim.tan@quaywise.example>\n"
               "Subject: Please post this\n\nQuaywise builds routing software in Hamburg. You will run Python services.\n")
    assert "@" not in _converted(forward).body


@pytest.mark.parametrize("text", [
    "<!--" * 25000, "Title\n" + " " * 100000 + "x\n", "# Job\n\n- " + "a" * 30000 + " - Engineer\n",
    " ".join(f"Q{i:05d}x GmbH." for i in range(9000)), "Salary: " + "1 " * 5000, "Aa-" * 10000 + "s\n",
    "Senior Engineer" + " " * 10000 + "(m/w/d)\n",
    "".join(f"Name{i} builds things. " for i in range(4000)), "ab-\n" * 25000, ("word" * 10 + " ab-\ncd ") * 2000,
    ("\n" + " " * 480) * 200, "Hof " * 50000, "<html>" + "<![if !supportLists]>x" * 20000,
    "<html>" + "<p class=MsoListParagraphCxSpMiddle>x</p>" * 7000,
    " ".join(["ABCD"] * 14000) + "\n" + " ".join(f"x@abcd{i}.com" for i in range(2500)),
    '<html><script type="application/ld+json">{"@type": "JobPosting", "jobLocation": {"address": {"addressLocality": '
    '"Remote ' + "our hq is here x " * 3000 + '"}}}</script><p>x</p></html>',
    "engineer at kelpie\n\n" + "hello. we're kelpie, a team. " * 7000, "engineer\n\n" + "london, on · " * 15000,
    "engineer\n\n" + "".join(f"see https://a{i}.example.com/x " for i in range(6000)),
], ids=lambda text: f"{text[:24]!r}x{len(text)}")  # (a test's id goes into the environment of the child)
def test_hostile_text_imports_in_linear_time(text):
    """Each of these took from 10 s to minutes with a rule that backtracked; run in a child with a
    generous limit (the benchmark measures speed; this only catches quadratic rules)."""
    code = ("import sys; from jobboard.convert import convert; from jobboard.places import load_gazetteer; "
            "from jobboard.vocab import load_vocabulary; "
            "convert(sys.stdin.read(), 'x.txt', load_vocabulary(None), load_gazetteer())")
    subprocess.run([sys.executable, "-c", code], input=text, text=True, check=True, timeout=20)


def test_a_pages_definition_list_of_facts_reads_as_labelled_fields():
    page = ("<html><body><h1>Frontend Engineer (w/m/d)</h1><dl><dt>Arbeitsort</dt><dd>Zürich (Kreis 5)</dd>"
            "<dt>Vertragsart</dt><dd>Unbefristet</dd><dt>Benefits</dt><dd><p>Ferien</p><p>Halbtax</p></dd></dl>"
            "<p>Wir sind 160 Mitarbeitende an unseren Standorten Zürich und Lausanne.</p></body></html>")
    converted = _converted(page, "job.html")
    assert converted.meta["cities"] == ["Zurich"]  # the Arbeitsort field, not every office the prose names
    assert "Arbeitsort: Zürich (Kreis 5)" in converted.body and "Vertragsart: Unbefristet" in converted.body
    assert "Benefits\n\nFerien\n\nHalbtax" in converted.body and ":   " not in converted.body


def test_a_saved_e_mail_message_is_read_without_its_headers(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "mail.eml").write_bytes(
        b"Return-Path: <priya@talentbridge.example>\r\nReceived: from mail.talentbridge.example\r\n"
        b"        by mx.example.com; Tue, 14 Apr 2026 01:41:09 -0700\r\n"
        b"From: \"Priya Raman\" <priya@talentbridge.example>\r\nTo: <alex.tan@example.com>\r\n"
        b"Subject: Senior DevOps Engineer | Payments (Series B) | SGD 9-12k/month |\r\n Singapore\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Hi Alex,\r\n\r\nI=E2=80=99m partnering with a client of ours on a Senior DevOps Engineer hire. They r=\r\n"
        b"un Kubernetes on GCP. The team has hubs in Jakarta and Ho Chi Minh City.\r\n\r\n"
        b"Base salary: SGD 9,000 - 12,000 per month. Hybrid: 3 days in the office.\r\n")
    assert main(["import", str(raw), "--into", str(tmp_path / "jobs")]) == 0
    post = frontmatter.load(next((tmp_path / "jobs").glob("*.md")))
    assert (post["title"], post["cities"], post["country"], post["remote"]) == \
        ("Senior DevOps Engineer", ["Singapore"], "SG", "hybrid")
    assert post["salary"] == {"min": 9000, "max": 12000, "currency": "SGD", "period": "month"}
    assert "I’m partnering" in post.content and "They run Kubernetes" in post.content  # quoted-printable decoded
    for header in ("Return-Path", "Received", "talentbridge", "alex.tan", "MIME", "=E2"):
        assert header not in post.content


def test_a_section_about_a_company_named_pay_is_not_about_pay():
    converted = _converted("Senior QA Engineer\nFynbos Pay\nCape Town (Hybrid)\n\n## About Fynbos Pay\n\nWe're about 190 "
                           "people, with our head office in Cape Town.\n\n## Compensation\n\nR 55 000 – R 70 000 per month\n")
    assert converted.meta["salary"] == {"min": 55000, "max": 70000, "currency": "ZAR", "period": "month"}
    converted = _converted("Senior QA Engineer\nFynbos Pay\nCape Town (Hybrid)\n\n## About Fynbos Pay\n\nWe're about 190 "
                           "people, with our head office in Cape Town.\n")
    assert "salary" not in converted.meta


def test_e_mail_messages_keep_their_text_and_a_text_file_is_not_taken_for_one():
    from jobboard.shapes import read_shape
    eightbit = ("Subject: Backend-Entwickler\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                "Content-Transfer-Encoding: 8bit\n\nGrüße aus München – 65.000 € im Jahr\n")
    assert read_shape(eightbit, "mail.eml").text == "Grüße aus München – 65.000 € im Jahr\n"
    html = ("Subject: Fwd: job\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>FYI</p>"
            "<p>---------- Forwarded message ---------<br>From: Jane &lt;jane@agency.example&gt;<br>Date: Mon<br>"
            "Subject: Job<br>To: Tom &lt;tom@board.example&gt;</p><h1>Backend Engineer</h1><p>Acme builds in Berlin.</p>"
            "</body></html>\n")
    assert "@" not in read_shape(html, "mail.eml").text  # the forwarded header lines of an HTML mail go too
    for text in ("Received: 3 applications\nSenior Engineer\n\nWe build.\n", "X-Ray Technologist: yes\n\nWe build.\n"):
        assert read_shape(text, "job.txt").text.startswith(text.split("\n")[0])  # not read as a mail's headers


def test_sections_about_pay_and_sections_that_are_not():
    package = _converted("Senior Engineer\nAcme\nLeeds\n\n## Our Package\n\nYou'll get 28 days of holiday, a 5% pension "
                         "and a £1,000 learning budget.\n")
    assert "salary" not in package.meta
    for heading, line in (("Dein Gehalt", "Ab 65.000 € im Jahr."), ("Benefits & Compensation", "You'll earn €65,000.")):
        converted = _converted(f"Senior Engineer\nAcme\nBerlin\n\n## {heading}\n\n{line}\n")
        assert converted.meta["salary"]["min"] == 65000, heading


def test_a_posting_quoted_below_on_wrote_keeps_no_quoting_marks_and_no_address():
    mail = ("Hi Sam,\n\nplease post this one.\n\nOn Mon, 3 Mar 2026 at 10:12, Tom Hiring <tom.hiring@acme.example> "
            "wrote:\n> Senior Backend Engineer\n>\n> Acme builds routing software in Hamburg. You will design Python "
            "services on AWS.\n> Salary: €70,000 - €85,000 per year.\n> Apply at https://acme.example/jobs/1\n")
    converted = _converted(mail)
    assert converted.meta["title"] == "Senior Backend Engineer" and converted.meta["salary"]["min"] == 70000
    assert "@" not in converted.body and ">" not in converted.body and "wrote" not in converted.body


def test_the_prose_of_a_location_section_is_not_a_location_field():
    converted = _converted("Solutions Engineer\nQuarry Labs\n\n## Location\n\nRemote - Americas\n\nFully remote within the "
                           "Americas. We ask that you work hours overlapping with UTC-8 to UTC-3 (roughly Pacific to "
                           "São Paulo). Expect to travel a few times a year.\n\n## The role\n\nYou help customers.\n")
    assert converted.meta["remote"] == "remote" and "cities" not in converted.meta


def test_an_internships_monthly_stipend_is_its_pay_and_a_learning_stipend_is_not():
    converted = _converted("Software Engineering Intern\nAcme\nValencia, Spain\n\n## What we offer\n\n"
                           "- Monthly stipend: €1,100 gross (for 30 hours per week)\n- A €500 learning stipend\n")
    assert converted.meta["salary"] == {"min": 1100, "max": 1100, "currency": "EUR", "period": "month"}
    assert "salary" not in _converted("Engineer\nAcme\nValencia, Spain\n\nWe offer a €1,000 learning stipend.\n").meta


def test_a_perk_named_nearer_an_amount_than_the_pay_word_is_no_pay():
    assert "salary" not in _converted("Engineer\nAcme\nBerlin, Germany\n\nWe pay a travel stipend: €100.\n").meta
    converted = _converted("Engineer\nAcme\nBerlin, Germany\n\nWe pay a conference stipend: €1,000 a year. "
                           "Base pay: €60,000 a year.\n")
    assert converted.meta["salary"] == {"min": 60000, "max": 60000, "currency": "EUR", "period": "year"}


def test_a_linkedin_page_with_its_premium_upsell_is_still_read_as_a_page():
    page = ("Thamesview Health Systems\nShare\nFull Stack Developer\nLondon, Ontario, Canada · 1 week ago · Over 100 "
            "applicants\nOn-site\nApply\nSave\nSave Full Stack Developer at Thamesview Health Systems\n"
            "Get personalized tips to stand out to hirers\nFind jobs where you're a top applicant and tailor your resume "
            "with the help of AI.\nTry Premium for CA$0\n\nAbout the job\nWe build clinical scheduling software.\n")
    converted = _converted(page)
    assert (converted.meta["title"], converted.meta["company"], converted.meta["country"]) == \
        ("Full Stack Developer", "Thamesview Health Systems", "CA")
    assert "Premium" not in converted.body and "top applicant" not in converted.body


def test_a_quoted_posting_loses_its_signature_and_the_reply_below_and_a_quote_in_prose_is_kept():
    from jobboard.shapes import read_shape
    mail = ("Hi Sam,\n\nplease post.\n\nOn Mon, 3 Mar 2026 at 10:12, Tom <tom@acme.example> wrote:\n"
            "> Senior Backend Engineer\n>\n> Acme builds routing software in Hamburg. You design our services and "
            "more.\n> --\n> tom@acme.example | +49 1\n\nSure, posted. Mark / mark@board.example\n")
    assert "@" not in read_shape(mail, "a.txt").text
    prose = "Intro about us.\n\nOn our engineering blog last year, our CTO Maria Keller wrote:\n> Reliability.\n"
    assert read_shape(prose, "b.txt").text.startswith("Intro about us.")
    stipend = _converted("Engineer\nAcme\nLeeds, UK\n\n- $500 monthly stipend for your home office and coworking\n")
    assert "salary" not in stipend.meta


@pytest.mark.parametrize("line", ["Op ma 3 mrt 2026 om 10:12 schreef Tom <tom@acme.example>:",
                                  "Em seg., 3 de mar. de 2026 às 10:12, Tom <tom@acme.example> escreveu:"])
def test_a_posting_quoted_in_a_dutch_or_portuguese_reply_loses_its_quoting_marks(line):
    from jobboard.shapes import read_shape
    text = read_shape(f"Hoi,\n\n{line}\n> Senior Backend Engineer\n>\n> Acme bouwt software in Utrecht, met "
                      "een team van twaalf mensen en nog veel meer.\n", "a.txt").text
    assert text.startswith("Senior Backend Engineer") and ">" not in text and "@" not in text


def test_a_job_cards_title_and_byline_give_the_company_and_place_and_leave_the_body():
    card = _converted("Senior Backend Engineer\nAcme Analytics · Dublin, Ohio Metro Area (Hybrid)\n\nAbout the job\n\n"
                      "We build analytics software. You will write Go services.\n")
    assert (card.meta["company"], card.meta["cities"], card.meta["country"], card.meta["remote"]) == \
        ("Acme Analytics", ["Dublin"], "US", "hybrid")
    assert card.body.startswith("Acme Analytics · Dublin, Ohio Metro Area (Hybrid)\n\n")  # a line, not a list
    ontario = _converted("Product Designer\nGlobex · London, Ontario, Canada (On-site)\n\nDesign with Figma.\n")
    assert (ontario.meta["company"], ontario.meta["country"]) == ("Globex", "CA")
    assert not ontario.body.startswith("- Product Designer")


@pytest.mark.parametrize("line", ["On Mon, 3 Mar 2026 at 10:12, Tom Smith <\ntom@acme.example> wrote:",
                                  "On Mon, 3 Mar 2026 at 10:12, Tom Smith\n<tom@acme.example> wrote:",
                                  "Tom <tom@acme.example> schrieb am Mo., 3. März 2026, 10:12:"])
def test_a_quote_line_wrapped_before_the_address_or_with_the_name_first_leaks_no_address(line):
    from jobboard.shapes import read_shape
    text = read_shape(f"Hi,\n\nsee below.\n\n{line}\n> Senior Backend Engineer\n>\n> Acme builds routing software "
                      "in Hamburg. You design our services and more.\n", "a.txt").text
    assert text.startswith("Senior Backend Engineer") and ">" not in text and "@" not in text


def test_a_note_to_the_board_above_a_line_of_dashes_is_not_the_posting():
    note = ("Hi Sam,\n\nHere's the write-up for the contractor role. Feel free to tidy it up.\n\nCheers,\nTom\n\n"
            "Tom Ellery\nHead of Platform, Larkspur Digital\n" + "-" * 50 + "\n\nDevOps Engineer (contract)\n\n"
            "Larkspur Digital is the in-house technology team of Larkspur Insurance, in London. We move our last "
            "workloads to AWS and need an extra pair of hands for six months.\n")
    converted = _converted(note)
    assert converted.meta["title"] == "DevOps Engineer" and converted.body.startswith("DevOps Engineer (contract)\n")
    # a line of dashes in a posting that does not open with a greeting stays where it is
    plain = "DevOps Engineer\n\nWe run AWS for an insurer in London.\n\n" + "-" * 20 + "\n\nBenefits: many.\n"
    assert "Benefits: many." in _converted(plain).body and "insurer" in _converted(plain).body


def test_a_linkedin_page_in_portuguese_is_read_as_a_page():
    page = ("Verdecoleta\nCompartilhar\nMostrar mais opções\nDesenvolvedor(a) Mobile Sênior\n"
            "Brasil · há 3 dias · Mais de 100 candidaturas\nPromovida pelo anunciante · Respostas gerenciadas fora do "
            "LinkedIn\n\nR$ 14 mil/mês - R$ 18 mil/mês  Remoto  Tempo integral\n\nCandidatar-se\nSalvar\n"
            "Salvar Desenvolvedor(a) Mobile Sênior em Verdecoleta\nConheça a equipe de contratação\nJuliana Bastos\n"
            "Tech Recruiter | People @ Verdecoleta\n\nSobre a vaga\nA Verdecoleta conecta catadoras a empresas.\n\n"
            "📌 RESPONSABILIDADES\n• Desenvolver nossos apps em React Native\n• Integrar com APIs GraphQL\n")
    converted = _converted(page)
    assert {k: converted.meta.get(k) for k in ("title", "company", "country", "remote")} == \
        {"title": "Desenvolvedor(a) Mobile Sênior", "company": "Verdecoleta", "country": "BR", "remote": "remote"}
    assert converted.body.startswith("A Verdecoleta conecta") and "## RESPONSABILIDADES\n\n- Desenvolver" in converted.body


def test_a_pages_facts_with_their_labels_in_own_elements_read_as_labelled_fields():
    from jobboard.shapes import read_shape
    html = ('<html><body><h1>Senior Data Engineer</h1><ul class="job-facts"><li><span class="label">Location</span> '
            'Texas, United States</li><li><span class="label">Workplace</span> Remote</li></ul><p>We build '
            'microgrids.</p></body></html>')
    labelled = read_shape(html, "a.html").labelled
    assert labelled["location"] == ["Texas, United States"] and labelled["remote"] == ["Remote"]


def test_a_job_boards_link_to_the_employers_page_names_the_company_not_the_board():
    html = ('<html><head><meta property="og:site_name" content="Les Métiers du Climat"></head><body><main>'
            '<h1>Data Engineer (H/F)</h1><p><a href="/entreprises/sillon-energie">Sillon Énergie</a> · Énergies '
            'renouvelables</p><p>Sillon Énergie construit des centrales agrivoltaïques à Lyon.</p></main></body></html>')
    assert _converted(html, "a.html").meta["company"] == "Sillon Énergie"


def test_a_careers_pages_stats_and_more_open_roles_are_not_the_jobs_pay_or_mode():
    html = ('<html><body><main><section><h2>Make flexibility pay. Make the grid renewable.</h2><div class="stats">'
            '<div><strong>600+</strong> people</div>\n<div><strong>46</strong> nationalities</div>\n'
            '<div><strong>&euro;92k</strong> median engineering salary (2026 pay report)</div></div></section>'
            '<h1>Machine Learning Engineer</h1><p>This role is on-site in our Amsterdam office, five days a '
            'week. We offer a competitive salary and relocation support for you and your family.</p>'
            '<p>You will build forecasting models in Python for our trading desk and its analysts.</p>'
            '<section class="section_more-roles"><h2>More open roles</h2><a href="/careers/job?id=1"><div>Backend '
            'Engineer</div><div>Berlin · Hybrid · &euro;85k–105k</div></a></section></main></body></html>')
    converted = _converted(html, "a.html")
    assert "salary" not in converted.meta and converted.meta["remote"] == "onsite"
    assert "**600+** people\n\n**46** nationalities" in converted.body  # each <div> its own paragraph


def test_other_jobs_places_in_a_careers_pages_sidebar_are_not_the_jobs():
    html = ('<html><body><main><h1>Technical Writer</h1><div class="job-meta"><div>Amsterdam or Berlin</div></div>'
            '<p>You will write the docs of our trading platform for engineers and energy traders, hybrid.</p></main>'
            '<div class="sidebar"><a href="/careers/trader" class="sidebar_job-link"><div>Energy Trader</div>'
            '<div class="sidebar_job-location">Denver, CO · On-site</div></a></div></body></html>')
    assert _converted(html, "a.html").meta["cities"] == ["Amsterdam", "Berlin"]


def test_a_remote_jobs_dollars_are_its_teams_countrys_only_when_the_team_sits_in_one_country():
    text = ("Founding Frontend Engineer\n\n$120k – $150k • Remote • Full Time\n\nWe are fully remote across the "
            "Americas; our founders live in Vancouver and Bogotá. You build our React map app.\n")
    converted = _converted(text)
    assert converted.meta["remote"] == "remote" and "cities" not in converted.meta
    assert converted.meta["salary"]["currency"] == "USD"
    toronto = _converted("Senior Backend Engineer\n\nWe are a remote-first fintech headquartered in Toronto serving "
                         "Canadian credit unions. Fully remote.\n\nSalary: $120,000 – $140,000\n")
    assert toronto.meta["salary"]["currency"] == "CAD"


def test_a_saved_pages_relative_links_point_at_the_site_it_came_from_and_in_page_buttons_go():
    html = ('<html><head><link rel="canonical" href="https://wellfound.com/jobs/310-founding-engineer"></head><body>'
            '<main><h1>Founding Frontend Engineer</h1><p><a href="/jobs/310-founding-engineer/apply">Apply now</a> '
            '<a href="#apply">Apply</a></p><p>You build our React map app, remote across the Americas, with our '
            'two founders. See <a href="/company/canopy">our company page</a>.</p></main></body></html>')
    converted = _converted(html, "a.html")
    assert converted.meta["apply_url"] == "https://wellfound.com/jobs/310-founding-engineer/apply"
    assert "(#apply)" not in converted.body and "[our company page](https://wellfound.com/company/canopy)" in converted.body
    without = _converted(html.replace('<link rel="canonical" href="https://wellfound.com/jobs/310-founding-engineer">',
                                      ""), "b.html")
    assert "](/" not in without.body and "our company page" in without.body  # a dead link on the board: text only


def test_a_page_headers_facts_in_short_divs_read_as_one_line():
    from jobboard.shapes import read_shape
    html = ('<html><body><main><h1>Staff Frontend Engineer</h1><div class="posting-categories"><div class="location">'
            'New York, NY</div><div class="department">Engineering – Web /</div><div class="commitment">Full-time /'
            '</div><div class="workplaceTypes">Hybrid</div></div><p>We build the shared workspace for restaurant groups: '
            'chefs, managers and finance teams count inventory, order from suppliers and watch food cost move in real '
            'time. You will set the technical direction of our web app with eleven engineers.</p></main></body></html>')
    assert "New York, NY · Engineering – Web · Full-time · Hybrid\n" in read_shape(html, "a.html").text


def test_a_public_sector_pages_facts_employer_and_pounds():
    html = ('<html><head><title>Job Advert - Senior Data Engineer | NHS Jobs</title></head><body><main>'
            '<h1>Senior Data Engineer</h1><dl class="summary"><div><dt>Salary</dt><dd>£46,148 to £52,809 a year</dd>'
            '</div><div><dt>Job locations</dt><dd>Aire Valley General Hospital<br>Skipton Road<br>Keighley</dd></div>'
            '</dl><h2>Job overview</h2><p>You lead the engineering work behind our new cloud data platform on Azure, '
            'moving us away from legacy reporting. We support hybrid working, two days a week on site.</p>'
            '<h3>Employer name</h3><p>Aire Valley Teaching Hospitals NHS Foundation Trust</p></main></body></html>')
    converted = _converted(html, "a.html")
    assert converted.meta["company"] == "Aire Valley Teaching Hospitals NHS Foundation Trust"  # not "NHS" of NHS Jobs
    assert converted.meta["salary"] == {"min": 46148, "max": 52809, "currency": "GBP", "period": "year"}
    assert converted.meta["country"] == "GB"  # from the pounds: the gazetteer has no Keighley
    assert "Job locations: Aire Valley General Hospital, Skipton Road, Keighley" in converted.body


def test_what_the_review_of_this_rounds_rules_showed_misfiring():
    """Each of these went wrong with a rule as first written (review of 2026-12-03)."""
    json_ld = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Robotics Engineer", '
               '"hiringOrganization": {"name": "Acme Robotics"}}</script></head><body><main><h1>Robotics Engineer</h1>'
               '<p>Read <a href="/company/about">about our company</a>. You build arms in C++ for our factories and '
               'test them in our lab with the team.</p></main></body></html>')
    assert _converted(json_ld, "a.html").meta["company"] == "Acme Robotics"
    german = ("Backend-Entwickler (m/w/d)\n\nÜber uns\n- Gegründet vor 5 Jahren in Köln\n- 40 Mitarbeitende\n\n"
              "Über den Job\nDu entwickelst unsere Java-Services weiter.\n")
    assert "Über uns" in _converted(german).body  # an ordinary heading, not LinkedIn's page header
    hello = "Hello from Brightloop! 👋\n\nSenior Frontend Developer\n" + "=" * 25 + "\n\nWe build maps in Berlin.\n"
    assert _converted(hello, "a.md").meta["title"] == "Senior Frontend Developer"  # an underline, not a note's end
    email = ('<html><body><main><h1>Data Engineer</h1><p>Write to <a href="#contact">jobs@acme.example</a>. We build '
             'pipelines in Python for energy traders across Europe, and we need one more engineer.</p></main></body></html>')
    assert _converted(email, "a.html").meta["apply_email"] == "jobs@acme.example"
    facts = ('<html><body><main><h1>Backend Engineer</h1><div><div><a href="https://acme.example/jobs/42/apply">Apply on '
             'our site</a></div><div>Hybrid</div></div><p>We build the software of regional bus operators in Leipzig and '
             'need a backend engineer for our planning tools.</p></main></body></html>')
    assert _converted(facts, "a.html").meta["apply_url"] == "https://acme.example/jobs/42/apply"
    wrapped = ('<html><body><div class="container has-sidebar"><h1>Platform Engineer</h1><span class="job-location">'
               'Lisbon, Portugal</span><p>We run Kubernetes for payments and need a platform engineer to grow it with '
               'us.</p></div></body></html>')
    assert _converted(wrapped, "a.html").meta["cities"] == ["Lisbon"]


@pytest.mark.parametrize("text, salary", [
    ("Rémunération : 50-60k€ (CDI) ou TJM 450-500€ en freelance", (50000, 60000, "year")),
    ("Salaire : 45-55k€ selon profil, TJM possible pour les freelances", (45000, 55000, "year")),
    ("OTE: $160,000 – $190,000.\nThe commission rate is 10% on deals up to $50k.", (160000, 190000, "year")),
])
def test_pay_that_a_round_of_rules_first_misread(text, salary):
    from jobboard.salary import find_salary
    found = find_salary([], text, "EUR" if "€" in text else "USD")
    assert (found.min, found.max, found.period) == salary


def test_a_shift_jis_page_with_a_table_of_facts(tmp_path):
    from jobboard.decode import decode
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>採用情報</title>'
            '</head><body><h1>HPCソフトウェアエンジニア / HPC Software Engineer</h1><table><tr><th>会社名</th><td>'
            '株式会社カイゼンシミュレーション（Kaizen Simulation Inc.）</td></tr><tr><th>給与</th><td>年収 650万円〜1,000万円'
            '（月給 406,250円〜）</td></tr><tr><th>リモートワーク</th><td>可（週3日まで在宅勤務可）</td></tr></table>'
            '<p>数値シミュレーションのソフトウェアを開発します。</p></body></html>').encode("shift_jis")
    converted = _converted(decode(html), "a.html")
    assert (converted.meta["title"], converted.meta["company"], converted.meta["remote"]) == \
        ("HPC Software Engineer", "Kaizen Simulation", "hybrid")
    assert converted.meta["salary"] == {"min": 6_500_000, "max": 10_000_000, "currency": "JPY", "period": "year"}


def test_a_university_bulletin_copied_from_a_pdf():
    text = ("MITTEILUNGSBLATT\nDER TIROLER LANDESUNIVERSITÄT\n\n117. Ausschreibung einer Stelle des allgemeinen "
            "Universitätspersonals\n\nAn der Tiroler Landesuniversität ist an der Universitäts- und Landesbibliothek,\n"
            "Abteilung Forschungsdatenmanagement, ab 1. Februar 2026 die Stelle einer/eines\n\nData Steward (m/w/d)\n\n"
            "Aufgabenbereich:\n• Beratung von Forschenden bei der Er-\nstellung von Datenmanagementplänen in Inns-\nbruck\n\n"
            "Das monatliche Mindestentgelt für diese Verwendung beträgt € 3.548,60 brutto\n(14 x jährlich).\n")
    converted = _converted(text)
    assert converted.meta["title"] == "Data Steward"  # its own line, marked (m/w/d), though 'steward' is no job noun
    # paid 14 times a year; its cents kept, as holdout9's label has them
    assert converted.meta["salary"] == {"min": 3548.6, "currency": "EUR", "period": "month"}
    assert "bei der Erstellung von Datenmanagementplänen" in converted.body  # the hyphenated word joined
    assert "Landesbibliothek, Abteilung Forschungsdatenmanagement" in converted.body  # one paragraph, not a list


def test_a_careers_pages_heading_is_no_title_and_a_pin_marks_the_place():
    html = ('<html><body><main><h1>Open positions</h1><p>The Alpine Environmental Data Institute collects data from the '
            'Alps, with around 160 people at our sites.</p><h2>HPC Engineer (80–100%)</h2><p>You operate our compute '
            'cluster with Slurm and Ansible, and support researchers.</p></main></body></html>')
    assert _converted(html, "a.html").meta["title"] == "HPC Engineer"
    post = ("We're hiring a Data Engineer at OpenTransit!\n\n📍 Hybrid in Munich (our office is in the Werksviertel) or "
            "remote in Germany\n💶 €58k–68k\n\nYou build our GTFS pipelines in Python.\n")
    converted = _converted(post)
    assert (converted.meta["cities"], converted.meta["remote"]) == (["Munich"], "remote")


def test_a_freelance_gig_from_a_marketplace():
    gig = ("Upwork\nFind Work   Deliver Work   Manage Finances   Messages\nSearch jobs\n\n< Back\n\n"
           "Scientific Python Developer – turn our microscopy analysis scripts into a napari plugin\n\n"
           "Posted 2 hours ago\nWorldwide\n\nSummary\nWe are a small cell-biology lab at a US research university. "
           "You refactor our notebooks into a package; weekly call (we're in Boston, US Eastern time).\n\n$35.00 - $60.00\n")
    meta = _converted(gig).meta
    assert (meta["title"], meta.get("company"), meta["remote"], meta.get("cities")) == \
        ("Scientific Python Developer", None, "remote", None)


def test_a_newsletters_job_section_is_the_posting():
    rule = "━" * 40
    letter = (f"Open Science Dispatch — Issue #87\n\nHi friends,\n\n{rule}\n📦 RELEASES\n{rule}\n"
              "InvenioRDM v13 is out. Workshop in Porto and Almada next month, hybrid attendance possible.\n\n"
              f"{rule}\n💼 JOB OF THE WEEK\n{rule}\n\nSenior Frontend Engineer — Pathmap Foundation\n\nPathmap is the "
              "non-profit behind the open humanitarian basemap used by NGOs during floods. They're hiring a Senior "
              "Frontend Engineer to lead their offline-first map editor in TypeScript and React.\n\n"
              "→ Fully remote, anywhere between UTC−3 and UTC+3\n→ €60,000–€70,000 a year\n\n"
              f"{rule}\n📖 WORTH READING\n{rule}\nAn essay about shared drives.\n")
    converted = _converted(letter)
    assert (converted.meta["title"], converted.meta["remote"], converted.meta.get("cities")) == \
        ("Senior Frontend Engineer", "remote", None)
    assert "InvenioRDM" not in converted.body and "shared drives" not in converted.body


def test_what_the_review_of_the_research_rounds_rules_showed_misfiring():
    """Each of these went wrong with a rule as first written (second review of 2026-12-03)."""
    negated = _converted("Data Engineer\n\nOffice in Munich. Hybrid or remote work is not possible for this role.\n")
    assert (negated.meta["remote"], negated.meta["cities"]) == ("hybrid", ["Munich"])
    teams = _converted("Data Engineer\n\nExperience with hybrid or remote teams is a plus. Our office is in Munich.\n")
    assert teams.meta["remote"] == "hybrid"
    warsaw = _converted("Data Engineer\n\nTryb pracy: 100% zdalnie lub hybrydowo (Warszawa)\n")
    assert (warsaw.meta["remote"], warsaw.meta["cities"]) == ("remote", ["Warsaw"])  # its office stays
    heading = _converted("Backend Engineer\n\n## Unternehmen\n\nIm Herzen von Hamburg entwickeln wir Software für Häfen.\n")
    assert heading.meta.get("company") != "Im Herzen von Hamburg entwickeln wir Software für Häfen"
    table = _converted("Senior Backend Engineer\n\n| Role | Responsibility |\n|---|---|\n| Lead | Reviews |\n\n"
                       "Acme builds software for ports.\n")
    assert table.meta["title"] == "Senior Backend Engineer"  # a table's header row is no field
    sentence = _converted("Karriere\n\nWir suchen ab sofort eine Pflegefachkraft (m/w/d)\n\nDu pflegst unsere Patienten.\n")
    assert sentence.meta.get("title") != "Wir suchen ab sofort eine Pflegefachkraft"
    from jobboard.shapes import labelled_lines
    assert "location" not in labelled_lines("📍 Annual offsite in Lisbon\n📍 We are headquartered in Berlin\n")
    assert labelled_lines("📍 Hybrid in Munich or remote in Germany\n")["location"] == ["Hybrid in Munich or remote in Germany"]


def test_a_pages_declared_encoding_is_only_a_texts_and_only_when_its_bytes_are_not_utf8():
    from jobboard.decode import decode
    for codec in ("hex", "rot13", "zip", "idna", "punycode", "unicode_escape"):
        assert "café" in decode(f'<html><meta charset="{codec}"><p>caf'.encode() + b"\xe9 \\x41</p>")
    stale = '<html><meta charset="shift_jis"><p>Café in Zürich</p>'.encode("utf-8")
    assert "Café in Zürich" in decode(stale)  # saved as UTF-8 after all


def test_deeply_nested_html_is_one_files_error_and_the_others_are_imported(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "deep.html").write_text("<html><body>" + "<div>" * 12000 + "Engineer" + "</div>" * 12000 + "</body></html>")
    (raw / "ok.txt").write_text("Data Engineer\nAcme · Berlin (Hybrid)\n\nYou build pipelines in Python.\n")
    assert main(["import", str(raw), "--into", str(tmp_path / "out")]) == 1
    assert [p.name for p in (tmp_path / "out").glob("*.md")] == ["data-engineer-acme.md"]


def test_a_text_in_capitals_gets_its_company_from_its_address_and_a_title_as_people_write_it():
    text = ("*** URGENT VACANCY *** PLEASE SHARE ***\n\nCODEBRIDGE ACADEMY, YABA LAGOS IS HIRING!!!\n\n"
            "POSITION: FULL-STACK WEB DEVELOPMENT INSTRUCTOR (JAVASCRIPT / REACT / NODE.JS)\n"
            "SALARY: N450,000 - N600,000 MONTHLY (NET)\n\nREQUIREMENTS:\n"
            "- MINIMUM OF 3 YEARS EXPERIENCE AS A SOFTWARE DEVELOPER\n- AT LEAST 1 YEAR TEACHING EXPERIENCE\n"
            "- EXCELLENT COMMUNICATION AND PRESENTATION SKILLS WITH STUDENTS AND STAFF ALIKE\n\n"
            "HOW TO APPLY: SEND YOUR CV TO CAREERS@CODEBRIDGEACADEMY.NG\n")
    meta = _converted(text).meta
    assert meta["company"] == "Codebridge Academy"  # not "YEARS EXPERIENCE"
    assert meta["title"] == "Full-Stack Web Development Instructor (JavaScript / React / Node.js)"
    assert meta["salary"] == {"min": 450000, "max": 600000, "currency": "NGN", "period": "month"}


def test_a_word_document_saved_as_a_web_page_keeps_its_lists():
    html = ("<html><body><h1>Integrasjonsutvikler</h1><p class=MsoNormal>Vi søker en utvikler.</p>"
            "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>·<span>"
            "&nbsp;&nbsp;&nbsp; </span></span><![endif]><span>Utvikle integrasjoner i Azure<o:p></o:p></span></p>"
            "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>·<span>"
            "&nbsp;&nbsp;&nbsp; </span></span><![endif]><span>Forvalte C# / .NET-tjenester<o:p></o:p></span></p>"
            "<p class=MsoNormal>Lønn: kr 650\u00a0000 – 800\u00a0000 brutto per år. Kontorsted: Trondheim</p>"
            "</body></html>")
    converted = _converted(html, "posting.html")
    assert "- Utvikle integrasjoner i Azure\n- Forvalte C# / .NET-tjenester" in converted.body
    assert "supportLists" not in converted.body and "endif" not in converted.body
    assert converted.meta["salary"] == {"min": 650000, "max": 800000, "currency": "NOK", "period": "year"}


def test_a_chat_posts_emoji_lines_give_the_company_and_the_place():
    text = ("🐍 Senior Python Engineer (Django/FastAPI)\n\n🏢 Routiqo · продуктова компанія, logistics SaaS\n"
            "🌍 Віддалено · Україна\n💰 $4500–5500\n\nБудуємо платформу для логістики.\n")
    meta = _converted(text).meta
    assert (meta["company"], meta["country"], meta["remote"]) == ("Routiqo", "UA", "remote")


def test_a_title_in_capitals_keeps_its_acronyms():
    from jobboard.convert import _calmed
    from jobboard.vocab import load_vocabulary
    vocab = load_vocabulary(None)
    assert [_calmed(t, vocab) for t in ("GCP SOC ANALYST III", "IT-SUPPORT ENGINEER", "HEAD OF R&D", "B2B SALES",
                                        "SAP FI/CO CONSULTANT", "HEAD OF D&I", "SJÅFØR", "IOS ENGINEER")] == \
        ["GCP SOC Analyst III", "IT-Support Engineer", "Head of R&D", "B2B Sales", "SAP FI/CO Consultant",
         "Head of D&I", "Sjåfør", "iOS Engineer"]


def test_a_sign_off_with_a_city_for_a_name_gives_no_place():
    meta = _converted("Backend Developer\nAcme GmbH\n\nWe build logistics software. Work from our office.\n\n"
                      "Cheers,\nCharlotte, Talent Partner\n").meta
    assert "cities" not in meta


def test_a_careers_page_without_capitals():
    page = ("backend engineer at kelpie\n\nhello. we're kelpie, a team of 14 building bookkeeping software.\n\n"
            "what we use\n\nelixir + phoenix, with liveview for the ui. postgres, oban for background jobs.\n\n"
            "where: our studio is on walcot street in bath. we're in together on tuesdays and thursdays, and the rest "
            "of the week you work wherever suits you.\npay: a$55k–a$70k.\n\n"
            "apply at kelpie.co.uk/jobs/backend-engineer with a cv.\n")
    meta = _converted(page).meta
    assert meta["title"] == "Backend Engineer"  # in ordinary case, without " at kelpie"
    assert meta["company"] == "kelpie" and meta["cities"] == ["Bath"] and meta["remote"] == "hybrid"
    assert {"elixir", "phoenix", "phoenix-liveview", "oban"} <= set(meta["tags"])
    assert meta["salary"]["currency"] == "AUD" and meta["apply_url"] == "https://kelpie.co.uk/jobs/backend-engineer"
    # the title in prose, the company by the address it spells
    page = ("ferrule\n\njobs · about · blog\n\nwe make dispatch software for plumbers.\n\n"
            "we're hiring a support engineer.\n\nyou'll answer questions and reproduce bugs.\n\n"
            "email your cv to jobs@ferrule.ie.\n")
    meta = _converted(page).meta
    assert meta["title"] == "Support Engineer" and meta["company"] == "ferrule"
    # on such a page "go" is still a verb: a name counts only in a list beside another technology
    assert "go" not in _converted("data engineer at tidal\n\nyou want to go deep on python and dbt.\n").meta["tags"]


def test_a_recruiters_posting_names_its_client_or_nobody():
    named = ("Frontend Developer\nTalentia Iberia · Madrid, Spain (Remote)\nRemote  Full-time\n\nEasy Apply\nSave\n\n"
             "About the job\nWe're working with our client Caña Labs, a Madrid-based scale-up. Caña Labs is looking "
             "for a Frontend Developer.\n\nAbout the company\nTalentia Iberia\nStaffing and Recruiting 51-200 employees\n")
    assert _converted(named).meta["company"] == "Caña Labs"
    unnamed = ("DevOps Engineer\n\nHarrow & Pike are exclusively partnered with a fast-growing insurtech in Reading "
               "who are moving to AWS.\n")
    assert "company" not in _converted(unnamed).meta
    assert _converted("Backend Engineer\n\nPosting this on behalf of our team at Wattly. Wattly builds "
                      "chargers.\n").meta.get("company") == "Wattly"


def test_remote_sections_levels_and_a_remote_teams_head_office():
    meta = _converted("# Frontend Engineer @ Azulejo Labs\n\n## Remote\n\nNo. We work together in the office Monday "
                      "to Friday. We tried hybrid and went back. Two weeks a year you can work from anywhere.\n\n"
                      "## Equity\n\nN/A\n", "a.md").meta
    assert meta["remote"] == "onsite" and "equity" not in meta
    assert _converted("## Remote\n\n* Partial – 2 days/week from home\n", "b.md").meta["remote"] == "hybrid"
    meta = _converted("### Senior Security Engineer – Remote, EU (f/m/d)\n\n+ **Company:** Quellwerk GmbH\n"
                      "+ **Where:** Remote within the EU. Our HQ is in Munich, but nobody on the team lives there.\n",
                      "c.md").meta
    assert meta["title"] == "Senior Security Engineer" and meta["remote"] == "remote"
    assert "cities" not in meta and "country" not in meta
    assert _converted("## Data Engineer (Mid/Senior)\n\nWe build pipelines.\n", "d.md").meta["title"] == "Data Engineer"
    page = ("Senior Backend Engineer (Remote - US)\nCorvane Health · United States (Remote) · 87 applicants\n\n"
            "Easy Apply\nSave\n\nAbout the job\nWe build Go services.\n")
    assert _converted(page).meta["title"] == "Senior Backend Engineer"


def test_a_legal_name_with_a_word_of_the_trade_gives_way_to_the_name_the_page_uses():
    from jobboard.names import short_form
    text = "Halyard gives small businesses a current account. Join Halyard.\n\nHalyard Financial Ltd is authorised."
    assert short_form("Halyard Financial", text) == "Halyard"
    # ... not when the page says the full name too, nor for a word that is often the brand's own
    assert short_form("Halyard Financial", text + " Halyard Financial serves 40,000 firms.") == "Halyard Financial"
    assert short_form("Brightmoor Labs", "Brightmoor's app. Brightmoor is growing. © Brightmoor Labs Inc.") == \
        "Brightmoor Labs"


def test_holdout12_round_rules():
    # a job site's "On-site" pill gives way to hybrid days in the description, but not to "we don't offer ... hybrid"
    page = ("Développeur Frontend (H/F)\nAzurine · Nice, France · 3 weeks ago\nOn-site  Full-time\n\nEasy Apply\nSave\n\n"
            "About the job\n{}\n")
    assert _converted(page.format("Télétravail partiel : 2 jours par semaine.")).meta["remote"] == "hybrid"
    assert _converted(page.format("We don't offer remote or hybrid arrangements.")).meta["remote"] == "onsite"
    # a location section's line with a long remark after the place
    meta = _converted("## Location\n\n* Utrecht, Netherlands (remote-first: work from home anywhere in NL, the Utrecht "
                      "office near Centraal is there when you want it)\n\n## Equity\n\n* Not offered. We are owned by "
                      "our founders.\n", "a.md").meta
    assert meta["cities"] == ["Utrecht"] and meta["country"] == "NL" and "equity" not in meta
    # a page without capitals: a city with its country or province code, a currency code, a site's name before the title
    meta = _converted("maplecart careers / customer success manager, mid-market\n\nlocations: hamilton, on · london, on\n\n"
                      "we make ordering software for grocers.\n\n- base salary $68,000–$82,000 cad\n").meta
    assert meta["title"] == "Customer Success Manager, Mid-Market"
    assert meta["cities"] == ["Hamilton", "London"] and meta["country"] == "CA" and meta["salary"]["currency"] == "CAD"
    assert _converted("technical writer\nbath, uk · full-time\n\nwe make a database.\n").meta["cities"] == ["Bath"]
    # the company its address spells in full, not the first word
    meta = _converted("ml engineer\n\nkuusi labs builds demand forecasting. kuusi models decide things.\n\n"
                      "mail careers@kuusilabs.eu\n").meta
    assert meta["company"] == "kuusi labs"
    # JSON-LD's address: a US city by its state, the country by its code
    page = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Product Manager", '
            '"hiringOrganization": {"name": "Kestrel Bio"}, "jobLocation": {"@type": "Place", "address": '
            '{"addressLocality": "Cambridge", "addressRegion": "MA", "addressCountry": "US"}}}</script></head>'
            '<body><h1>Product Manager</h1><p>We make lab software.</p></body></html>')
    meta = _converted(page, "a.html").meta
    assert meta["cities"] == ["Cambridge"] and meta["country"] == "US"


def test_titles_without_capitals_keep_ordinals_abbreviations_and_markers():
    from jobboard.convert import _calmed
    from jobboard.vocab import load_vocabulary
    vocab = load_vocabulary(None)
    assert [_calmed(t, vocab) for t in ("1st line support engineer", "sr. backend engineer", "phd intern, ml",
                                         "desarrollador/a backend", "entwickler (m/w/d) für backend", "3D ARTIST")] == \
        ["1st Line Support Engineer", "Sr. Backend Engineer", "PhD Intern, ML", "Desarrollador/a Backend",
         "Entwickler (m/w/d) für Backend", "3D Artist"]
    assert [_calmed(t, vocab) for t in ("DELIVERY VAN DRIVER", "MS SQL DBA", "a/b testing analyst", "q&a lead",
                                         "engineer i", "unity 3d developer")] == \
        ["Delivery Van Driver", "MS SQL DBA", "A/B Testing Analyst", "Q&A Lead", "Engineer I", "Unity 3D Developer"]
    assert _converted("# Backend Engineer\n\n## Remote\n\nYes, partly. You will be in the office 3 days a week.\n",
                      "c.md").meta["remote"] == "hybrid"
    # a remote section is read by its answer, not by the prose after it
    assert _converted("# Backend Engineer\n\n## Work model\n\nRemote-first. Our Berlin office is open for anyone who "
                      "prefers to work on-site.\n", "a.md").meta["remote"] == "remote"
    assert _converted("# Backend Engineer\n\n## Remote\n\nNo – we are remote-first, work from anywhere.\n",
                      "b.md").meta["remote"] == "remote"


def test_the_jobs_own_office_over_the_others_and_streets_and_customers_that_are_no_place():
    page = ("Site Reliability Engineer\n\nHarbourline is headquartered in London, Ontario with a second office in "
            "Toronto for our sales team.\n\nThis role is based at our London, Ontario office near Richmond Row: "
            "in-office 4 days, with one flexible day at home.\n")
    meta = _converted(page).meta
    assert meta["cities"] == ["London"] and meta["country"] == "CA" and meta["remote"] == "hybrid"
    page = ("Mobile Engineer\n\nAzalea Route is headquartered in downtown Mobile, Alabama, with customers from Houston "
            "to Tallahassee.\n\nWe work in the office on Mondays and Wednesdays.\n")
    assert _converted(page).meta["cities"] == ["Mobile"]
    # "on-site 2 days ... then remote" for onboarding is no office week
    assert _converted("Support Engineer\n\nYou'll be on-site 2 days for onboarding and then fully remote.\n"
                      ).meta["remote"] == "remote"


def test_warrants_that_vest_and_a_two_word_name_without_capitals():
    assert _converted("EM\n\n## Perks\n\n- warrants for every employee, vesting over four years\n", "a.md").meta["equity"]
    assert "equity" not in _converted("EM\n\nThe data warrants a closer look.\n").meta
    page = ("analytics engineer\n\nhavbris mobility runs the ticketing app for ferries along the coast.\n\n"
            "we use dbt and bigquery.\n\napply via havbris.no/jobb or write to jobs@havbris.no.\n")
    assert _converted(page).meta["company"] == "havbris mobility"


def test_a_titles_places_terms_and_levels_in_any_brackets_and_after_a_middle_dot():
    from jobboard.titles import clean_title
    assert clean_title("Senior DevOps Engineer (Hybrid - Bengaluru) | 6-9 yrs") == "Senior DevOps Engineer"
    assert clean_title("Vaga: MLOps Engineer (Pleno/Sênior) — São Paulo (híbrido)") == "MLOps Engineer"
    assert clean_title("Product Designer (Mid/Senior) · Remote, Greece") == "Product Designer"
    assert clean_title("IT Administrator – On-site (León, Gto.)") == "IT Administrator"
    assert clean_title("QA Automation Engineer @ Bitwise Orchard  [Kraków / hybrid]") == "QA Automation Engineer"
    assert clean_title("Senior Backend Engineer (Remote - US)") == "Senior Backend Engineer"
    # ... but a stack, a team or a field stays
    assert clean_title("Backend Engineer (C# / F#)") == "Backend Engineer (C# / F#)"
    assert clean_title("Engineering Manager · Payments Platform") == "Engineering Manager · Payments Platform"
    # a heading's separators inside brackets, and the company after the title
    page = ("## [Remote · LATAM] Senior Frontend Engineer — Quebracho Labs\n\n### Company\n\nQuebracho Labs makes "
            "software for vets. Quebracho Labs is remote.\n")
    meta = _converted(page, "a.md").meta
    assert meta["title"] == "Senior Frontend Engineer" and meta["company"] == "Quebracho Labs"


def test_holdout14_places_modes_and_pay():
    # a location line's remark after a dash; a client's city is not the job's
    page = ("# QA Engineer @ Bitwise Orchard\n\n## Company\n\nOur biggest account is a Munich-headquartered insurer.\n\n"
            "## Location\n\nKraków, Poland — office at Zabłocie, 5 min walk from the tram stop.\n")
    assert _converted(page, "a.md").meta["cities"] == ["Kraków"]
    # where a remote team meets is not the job's place
    page = ("**Location:** Remote, anywhere in Nigeria. We meet in person once a quarter in Lagos (Yaba) — flights "
            "covered for anyone outside Lagos.\n\nSenior Mobile Engineer at Kudiflow.\n")
    meta = _converted(page, "b.md").meta
    assert "cities" not in meta and meta["remote"] == "remote"
    # "work from home" in a remote field; an office's address under "Workplace" says no mode
    page = ("Data Analyst\n\nRemote: Permanent work from home. Must reside in the Philippines. No office reporting, "
            "ever.\n\nOur client is based in Sydney.\n")
    assert _converted(page).meta["remote"] == "remote"
    page = ("iOS Developer\n\nHybrid work: 2 days a week at the Cluj office, the rest remote.\n\n## Workplace\n\n"
            "Cluj-Napoca office: Strada Emil Isac 12\n")
    assert _converted(page, "c.md").meta["remote"] == "hybrid"
    # a title line below a careers page's navigation; a currency code that is a word, in lower case beside pay
    page = ("mavuno pay · careers · engineering & support\n\ntechnical support engineer — nairobi\n\nhi, we're mavuno "
            "pay. merchants use us from nakuru to kisumu.\n\n- up to kes 210,000 gross per month\n")
    meta = _converted(page).meta
    assert meta["cities"] == ["Nairobi"]
    assert meta["salary"] == {"max": 210000, "currency": "KES", "period": "month"}
    assert "salary" not in _converted("backend developer\n\nwe use php 8 and laravel 10.\n").meta


def test_holdout14_equity_ruled_out_regions_agency_clients_and_a_headlines_pay():
    assert "equity" not in _converted("PM\n\nesop is not part of the package for this role.\n").meta
    assert _converted("PM\n\nStock options for everyone, vesting over four years.\n").meta["equity"]
    from jobboard.locations import applicants_country
    from jobboard.places import find_countries
    assert applicants_country("fully remote, anywhere in greece — you need to be a greek tax resident") == "GR"
    assert applicants_country("we are based in the us.") == "US"
    assert applicants_country("we are based in the us or canada.") is None  # several countries are none
    assert find_countries("Anywhere in Latin America.") == [] and find_countries("Made in America.") == ["US"]
    page = ("Information Security Analyst (Hybrid) - JHB - R780k CTC\nFynbos Talent · Johannesburg, Gauteng, South Africa "
            "(Hybrid)\n51-200 employees · Staffing and Recruiting\n\nAbout the job\nFynbos Talent is partnering with Umoya "
            "Mutual, a listed insurer, to appoint an analyst. Umoya Mutual's team sits in Rosebank.\n\n"
            "Package: R650 000 – R780 000 CTC per annum.\n")
    meta = _converted(page).meta
    assert meta["company"] == "Umoya Mutual"
    assert meta["salary"] == {"min": 650000, "max": 780000, "currency": "ZAR", "period": "year"}


def test_a_currency_code_is_not_the_language_of_the_same_name():
    from jobboard.skills import find_tags
    from jobboard.vocab import load_vocabulary
    vocab = load_vocabulary()
    assert "php" not in find_tags("Pay: PHP 70,000 – 95,000 per month. We use SQL and Python.", vocab)
    assert "php" not in find_tags("Salary 70,000 PHP monthly, in SQL and Python", vocab)
    assert "php" in find_tags("We build with PHP 8 and Laravel.", vocab)
    assert {"stm32", "simulink", "canopen"} <= set(find_tags("Firmware for STM32H7 parts, models in Simulink, CANopen.", vocab))


def test_the_holdout14_rounds_review_misreadings_stay_fixed():
    from jobboard.conditions import find_equity, find_remote, mode_of_field
    from jobboard.locations import applicants_country, _place_before_remark, _remote_teams_head_office
    from jobboard.titles import clean_title
    from jobboard.places import find_cities, job_cities, load_gazetteer
    from jobboard.salary import find_salary
    gazetteer = load_gazetteer()

    def cities(text):
        return [(c.name, c.country) for c in find_cities(text, gazetteer)]
    # a list of cities after a state's name is no prose about the state
    assert cities("We have offices in London, New York, and Singapore.")[0] == ("London", "GB")
    assert cities("Our hubs are Berlin, Texas and Lisbon.")[0] == ("Berlin", "DE")
    # customers' cities count when nothing else is named; "St." is a saint, not a street
    assert [c for c, _ in cities("You will visit customers across Leeds, Bradford and York every week")] == \
        ["Leeds", "Bradford", "York"]
    assert cities("Office near London St. Pancras station.") == [("London", "GB")]
    # where else the job may be done
    assert [c.name for c in job_cities("This position is based in our Toronto office. Candidates near Vancouver can "
                                       "work from our Vancouver office instead.", gazetteer)] == ["Toronto", "Vancouver"]
    # equity not included in a figure is still equity
    assert find_equity("Compensation: $180,000 - $220,000 base + equity (not included in the range above)")
    assert not find_equity("This role warrants someone with a vested interest.")
    # refusals of home working; an office's days
    for refusal in ("No WFH", "No work from home", "WFH not available", "Work from home: not possible"):
        assert mode_of_field(refusal, True) == "onsite", refusal
    assert mode_of_field("Office: 5 days a week", True) == "onsite"
    assert find_remote({}, {}, "Home office possible (internet costs not included).", True) == "hybrid"
    assert find_remote({}, {}, "2 days a week in the box office", True) is None
    assert find_remote({}, {}, "This is an onsite role, 5 days a week, with one day at home per month.", True) == "onsite"
    assert find_remote({}, {}, "This is a fully remote role. Onboarding is in-person for 3 days, with travel from home "
                               "covered.", True) == "remote"
    assert find_remote({}, {}, "Remote-first company. In-person 3 days each week is not required.", True) == "remote"
    # an employer partnering with another company is still the employer
    assert _converted("Backend Engineer\n\nSolvio builds billing software. Solvio is partnering with Microsoft to "
                      "bring our platform to Azure.\n").meta["company"] == "Solvio"
    # a stray bracket does not hide a headline's separators; a country alone in brackets stays
    assert clean_title("Senior Rust Engineer - Berlin - €90k-€110k - come build robots with us :)") == "Senior Rust Engineer"
    assert clean_title("Country Manager (Brazil)") == "Country Manager (Brazil)"
    # a place line's remark that names places stays whole; a weekly meeting place is the job's
    assert _place_before_remark("Berlin - or our Munich office if you prefer") == "Berlin - or our Munich office if you prefer"
    assert _remote_teams_head_office("Remote within the Netherlands; the team meets in person in Amsterdam every "
                                     "Tuesday.") is None
    # "php" beside a count is no currency; a state with a country's name is no country
    assert find_salary([], "shoplane runs the checkout for 1,500 php merchants.\nwe pay €60,000 - €75,000 a year",
                       None).currency == "EUR"
    assert applicants_country("we're based in new mexico.") is None
    # a "Salary:" line's starting salary stays beside its grade's band
    page = ("Staff Nurse\n\nSalary: £29,970 per annum\n\nBand 5 pay scale: £29,970 - £36,483 per annum. Starting "
            "salary is at the bottom of the band.\n")
    assert _converted(page).meta["salary"] == {"min": 29970, "max": 29970, "currency": "GBP", "period": "year"}
    # a two-word name without capitals, not a name and a department
    page = "backend engineer\n\nacme engineering is a team of twelve.\n\nwrite to jobs@acme.io.\n"
    assert _converted(page).meta["company"] == "acme"


def test_holdout15_titles_companies_places_and_pay():
    from jobboard.names import brand_name
    from jobboard.titles import clean_title
    # hours, a contract's length beside its terms, languages, a breadcrumb through the listing, a district
    assert clean_title("Analytics Engineer (32–40 uur)") == "Analytics Engineer"
    assert clean_title("UX Researcher (Mandarin / English)") == "UX Researcher"
    assert clean_title("fjordlys / jobb / platform engineer") == "platform engineer"
    assert clean_title("Senior Frontend Engineer – Paris 11e") == "Senior Frontend Engineer"
    assert clean_title("senior bioinformatician") == "senior bioinformatician"
    page = ("**Technical Writer (Contract, 6 months+)** -- Lough Tooling\n\n* **Who:** Lough Tooling Ltd, Cork. Lough "
            "Tooling makes CI caches.\n* **Where:** remote — anywhere in Ireland, the UK or the EU\n"
            "* equity: n/a for contractors\n")
    meta = _converted(page, "a.md").meta
    assert meta["title"] == "Technical Writer" and "country" not in meta and "equity" not in meta
    assert brand_name("Portland Ledger Co.") == "Portland Ledger" and brand_name("Smith & Co.") == "Smith & Co."
    assert brand_name("Kvarts Systems OÜ") == "Kvarts Systems"
    # an agency working with its client; a Hacker News thread's own lines above the pipe line
    page = ("Site Reliability Engineer\nBrightwell Technical Search · Birmingham, England, United Kingdom (Hybrid)\nHybrid  Full-time\n\n"
            "Easy Apply\nSave\n\nAbout the job\nI'm working exclusively with Canalside Payments on this one. Sadly "
            "Canalside can't sponsor visas.\n")
    assert _converted(page).meta["company"] == "Canalside Payments"
    page = ("Ask HN: Who is hiring? (March 2025)\n\n---\n\n**mkerehoma** 6 days ago | parent | next [–]\n\n"
            "Paddock Robotics | Robotics Software Engineer | Hamilton, New Zealand | ONSITE | NZD $115k–$145k\n\n"
            "Paddock Robotics builds farm robots.\n")
    meta = _converted(page, "b.md").meta
    assert meta["company"] == "Paddock Robotics" and meta["cities"] == ["Hamilton"] and meta["country"] == "NZ"
    # the title's bracket names the place; a field's bare name the page gives in full
    page = ("Engineering Manager (Tokyo / Hybrid)\n\nHoshizora Pay was founded in Fukuoka. Quarterly trips to the "
            "Fukuoka HQ.\n\nTuesdays and Thursdays in the Shibuya office.\n")
    assert _converted(page).meta["cities"] == ["Tokyo"]
    # DEI words and internal equity are no equity; a share is no amount; a perk's amount is no pay
    assert "equity" not in _converted("EM\n\nA range based on internal equity. We are committed to equity, diversity "
                                      "and inclusion.\n").meta
    assert "salary" not in _converted("Dev\n\n• Tickets restaurant (10 € per working day, 60 % paid by us)\n").meta
    assert _converted("Intern\n\n• Monthly stipend: €1,100 gross\n").meta["salary"]["min"] == 1100
    # a remote company
    assert _converted("platform engineer\n\nwe have been a remote company since the start.\n").meta["remote"] == "remote"


def test_holdout16_pay_in_cents_a_maximum_later_towns_the_gazetteer_lacks_and_titles():
    from jobboard.locations import _town_in_address
    from jobboard.titles import clean_title
    from jobboard.places import find_cities, load_gazetteer
    from jobboard.salary import find_salary
    from jobboard.views import format_salary
    hourly = find_salary(["$33.47 - $41.84 Hourly"], "", None)
    assert (hourly.min, hourly.max, hourly.period) == (33.47, 41.84, "hour")
    assert format_salary(hourly) == "$33.47–41.84 an hour"
    stepped = find_salary([], "USW Pay Band 13 -- $89,480 with an annual step progression to a maximum of $114,382.", None)
    assert (stepped.min, stepped.max) == (89480, 114382)
    assert find_salary([], "remuneration: r 743 541,00 – r 939 012,00 per annum", None).currency == "ZAR"
    assert "equity" not in _converted("Analyst\n\nWomen and other equity-deserving groups are encouraged to apply.\n").meta
    # a town the gazetteer lacks, in an address or before its country; not a street, "Remote" or a company
    assert [c.name for c in _town_in_address("Horton General Hospital, Oxford Road, Banbury, OX16 9AL")] == ["Banbury"]
    # ... but not before a country alone: "Ontario, Canada", "Flexible, UK" and "Acme Analytics, Germany" are no towns
    assert _town_in_address("Ontario, Canada") == [] and _town_in_address("Acme Corp, Germany") == []
    assert _town_in_address("Head Office, OX16 9AL") == [] and _town_in_address("Little France Crescent, EH16 4SA") == []
    gazetteer = load_gazetteer()
    assert [c.name for c in find_cities('"streetAddress": "1001 Preston St", "addressLocality": "Houston"', gazetteer)] \
        == ["Houston"]
    assert [c.name for c in find_cities("Salford (On-site). Greater Manchester based.", gazetteer)] == ["Salford"]
    # LinkedIn's "Save ... at ...", a company with its league, an IR35 status
    assert clean_title("Save Clinical Integration Engineer at Oxford University Hospitals") == "Clinical Integration Engineer"
    assert clean_title("Performance Data Engineer @ Nidelv IL (Eliteserien)") == "Performance Data Engineer"
    assert clean_title("Senior Data Engineer (Audience Data) – Inside IR35") == "Senior Data Engineer (Audience Data)"


def test_an_employer_section_and_an_agency_delighted_to_be_partnering():
    page = ("# Research Engineer in HPC\n\n## Employer\n\n* Université Paris-Saclay — the contract is issued by the "
            "university on behalf of a joint research unit\n\n## Location\n\n* Gif-sur-Yvette, France\n\n"
            "Apply on the Université Paris-Saclay portal.\n")  # (named again: a section's first line alone may be a tagline)
    assert _converted(page, "a.md").meta["company"] == "Université Paris-Saclay"
    page = "# Backend Engineer\n\n## Company\n\nBitwise Orchard is a software house from Kraków. Bitwise Orchard grows.\n"
    assert _converted(page, "b.md").meta["company"] == "Bitwise Orchard"
    page = ("Senior Data Engineer\nHarbour Talent Partners · Salford, England, United Kingdom (On-site)\nContract\n\n"
            "Easy Apply\nSave\n\nAbout the job\nHarbour Talent Partners are delighted to be partnering with Channel "
            "North, a broadcaster. Channel North reaches nine million viewers.\n")
    assert _converted(page).meta["company"] == "Channel North"


def test_the_holdout15_rounds_review_misreadings_stay_fixed():
    import time

    from jobboard.conditions import find_equity, find_remote
    from jobboard.convert import _countries_named
    from jobboard.names import brand_name
    from jobboard.titles import clean_title
    from jobboard.places import find_countries
    from jobboard.salary import find_salary
    # a vendor an agency's candidate works with is no client
    page = ("Backend Engineer\n\nOur client, a fast-growing payments scale-up, is hiring. You'll be working with Stripe, "
            "Adyen and in-house rails. Experience with Stripe APIs is a plus.\n")
    assert "company" not in _converted(page).meta
    # a title's bracket that is a word, not a place
    assert "cities" not in _converted("Senior Software Engineer (Mobile)\n\nWe build apps.\n").meta
    # a remote company with an on-site job, or a customer that is one
    assert find_remote({}, {}, "Acme is a remote company, but this position is onsite at our Austin warehouse.", True) \
        == "onsite"
    assert find_remote({}, {}, "Our customers include Doist, which is a remote company.", True) is None
    # brackets inside a breadcrumb; one language; hours of cover; a year
    assert clean_title("Careers / Engineering / Backend Engineer (Python / Go)") == "Backend Engineer (Python / Go)"
    assert clean_title("Home / Jobs / Senior Data Engineer / Berlin") == "Senior Data Engineer"
    assert clean_title("Customer Support Specialist (German)") == "Customer Support Specialist (German)"
    assert clean_title("Translator (French / English)") == "Translator (French / English)"
    assert clean_title("Support Engineer (24h)") == "Support Engineer (24h)"
    assert clean_title("Summer Intern - London 2026") == "Summer Intern - London 2026"
    # legal forms that are words in prose
    assert "company" not in _converted("Door Supervisor\n\n- Must hold a Valid SIA Licence\n").meta
    assert brand_name("Smith + Co.") == "Smith + Co." and brand_name("UAB Vinted") == "Vinted"
    # the countries of a remark or of a state are no second country
    assert _countries_named(["Remote, India (US hours overlap)"]) == ["IN"]
    assert _countries_named(["Remote — Georgia, USA"]) == ["US"]
    assert find_countries("Remote - New Jersey, United States") == ["US"]
    # a perk's clause ends at a bracket; a home office stipend is no pay
    assert find_salary([], "What we offer: free lunch (daily) and €60,000–€70,000 per year.", None).min == 60000
    assert find_salary(["- Home office stipend: $1,000 - $1,500\n- Base salary: $150,000 - $180,000"], "", None).min \
        == 150000
    # equity in a list of benefits; "no" for some is not none
    assert find_equity("Benefits: medical, dental, 401(k), equity, diversity ERGs")
    assert find_equity("Equity: no for contractors, yes for employees (0.1%)")
    # a long run of spaces after "Equity" (it backtracked exponentially: 31 s for 200 spaces)
    started = time.perf_counter()
    find_equity("Equity" + " " * 200_000 + "Yes")
    assert time.perf_counter() - started < 2
    # a company named like its city keeps the city
    page = ('<script type="application/ld+json">{"@type": "JobPosting", "title": "Senior Actuary", "hiringOrganization": '
            '{"name": "Zurich"}, "jobLocation": {"address": {"addressLocality": "Zurich", "addressCountry": "CH"}}}'
            '</script><h1>Senior Actuary</h1><p>Price risks in Zurich.</p>')
    assert _converted(page, "z.html").meta["cities"] == ["Zurich"]


def test_a_bare_frankfurt_is_the_oder_one_only_when_the_page_mostly_says_so():
    assert _converted("Data Engineer\n\nLocation: Frankfurt am Main\n\nWe also run a service centre in Frankfurt "
                      "(Oder).\n").meta["cities"] == ["Frankfurt"]
    assert _converted("Data Engineer\n\nLocation: Frankfurt\n\nThis role is in Frankfurt (Oder), near the bridge. Move "
                      "to Frankfurt (Oder) with our help.\n").meta["cities"] == ["Frankfurt (Oder)"]


def test_a_house_numbers_street_a_hyphenated_town_and_a_trust_after_a_title():
    # (a town before its country alone was taken back after a review: "Ontario, Canada", "Flexible, UK")
    from jobboard.locations import _town_in_address
    from jobboard.titles import clean_title
    from jobboard.places import find_cities, load_gazetteer
    assert [c.name for c in find_cities("1001 Preston St Houston, TX", load_gazetteer(), True)] == ["Houston"]
    assert [c.name for c in _town_in_address("Bâtiment 503, Rue du Moulon, Gif-Sur-Yvette, GU1 1AA")] == ["Gif-Sur-Yvette"]
    assert clean_title("Clinical Integration Engineer - Horton General Hospital at Oxford University Hospitals NHS "
                       "Foundation Trust") == "Clinical Integration Engineer"


def test_singapores_annual_wage_supplement_is_not_amazon_web_services():
    from jobboard.skills import find_tags
    from jobboard.vocab import load_vocabulary
    vocab = load_vocabulary()
    assert "aws" not in find_tags("Annual Wage Supplement (AWS) and a variable bonus. We use Python.", vocab)
    assert "aws" not in find_tags("1-month AWS + VB; Python and SQL", vocab)
    assert "aws" in find_tags("We run on AWS and GCP with Python.", vocab)
    assert {"arcgis", "fme", "mpi", "openmp", "db2", "jcl", "zos"} <= set(
        find_tags("Skills: ArcGIS Pro, FME, MPI and OpenMP, IBM Db2, JCL, z/OS", vocab))


def test_the_holdout16_rounds_review_misreadings_stay_fixed():
    from jobboard.conditions import find_equity
    from jobboard.names import brand_name
    from jobboard.titles import clean_title
    from jobboard.places import find_countries
    from jobboard.salary import find_salary
    # a company section's tagline or fact, or a name the page does not repeat, is no company
    for first in ("Building the future of payments", "- Founded 2012", "- Headquarters: Berlin", "Healthcare Technology",
                  "Our Story — a short history"):
        page = f"# Backend Engineer\n\nWe are Fabrikam. Fabrikam builds payroll.\n\n## Company\n\n{first}\n"
        assert _converted(page, "a.md").meta["company"] == "Fabrikam", first
    # hours, a bonus or overtime are no maximum
    assert find_salary([], "Pay: $20 per hour, up to a maximum of 40 hours per week", None).max == 20
    assert find_salary([], "Salary: $60,000, plus a signing bonus up to a maximum of $75,000", None).max == 60000
    assert find_salary([], "Pay: £12.50 per hour, rising to a maximum of £26,000 per annum", None).max == 12.5
    # EDI statements are no equity; "not offered for this role" is none
    assert not find_equity("Equity, diversity, inclusion and belonging are core values.")
    assert not find_equity("Equity: Not offered for this role.") and not find_equity("Equity: none for contractors")
    # a team named Trust, "AS Roma", "SIA Engineering Company"
    assert clean_title("Security Engineer – Zero Trust") == "Security Engineer – Zero Trust"
    assert brand_name("AS Roma") == "AS Roma" and brand_name("SIA Engineering Company") == "SIA Engineering Company"
    # a state beside the US; a capital named "X City"
    assert find_countries("Remote — Georgia, USA") == ["US"] and find_countries("Mexico City") == ["MX"]
    # a room number is no pay
    assert "salary" not in _converted("support engineer\n\ninterviews in rm 1204, pay is competitive.\n").meta


def test_states_named_like_countries_are_known_where_countries_are_found():
    # (find_countries itself knows them, so applicants_country needs no list of its own)
    from jobboard.locations import applicants_country
    from jobboard.places import find_countries
    assert find_countries("Sydney, New South Wales") == [] and find_countries("Cardiff, South Wales") == ["GB"]
    assert applicants_country("we're based in new south wales.") is None
    assert applicants_country("we're based in new mexico.") is None


def test_a_city_in_the_employers_name_gives_way_to_the_jobs_own_place():
    bank = _converted("Data Analyst\nBank of Montreal\n\nWe are hiring a data analyst for our Chicago office. "
                      "You will work with SQL.\n")
    assert (bank.meta["cities"], bank.meta["country"]) == (["Chicago"], "US")
    # ... but not to places the text names for something else
    university = _converted("Research Assistant\nToronto Metropolitan University\n\nToronto Metropolitan University "
                            "is hiring for its urban data lab, which works with partners in Montreal and Vancouver.\n")
    assert university.meta["cities"] == ["Toronto"]


# The holdout17 round: a North American and British board's postings

def test_linkedins_own_navigation_and_company_facts_are_not_the_employer():
    page = ("Skip to main content\nLinkedIn\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\n"
            "Try Premium for $0\n\nTallyline\nSenior Software Engineer, Payments (Remote - US)\nUnited States · Reposted 2 "
            "weeks ago · Over 100 applicants\n\nRemote  Full-time  Mid-Senior level\n1,001-5,000 employees · Financial "
            "Services\n14 connections work here\n\nEasy Apply   Save\n\nAbout the job\nTallyline builds payments software.\n")
    converted = _converted(page)
    assert (converted.meta["title"], converted.meta["company"]) == ("Senior Software Engineer, Payments", "Tallyline")
    bell = _converted("0 notifications total\n\nSenior Solutions Engineer\nOrrery Systems · Boston, MA · 3 weeks ago · 61 "
                      "applicants\nHybrid  Full-time\n\nApply   Save\n\nAbout the job\nOrrery builds data tools.\n")
    assert bell.meta["company"] == "Orrery Systems"


def test_a_titles_contract_to_hire_and_place_after_a_dash_with_its_state_go_and_a_field_stays():
    from jobboard.titles import clean_title
    assert clean_title("Sr. SRE (Contract-to-Hire)") == "Sr. SRE"
    assert clean_title("Engineering Manager, Platform – Hybrid (London, ON)") == "Engineering Manager, Platform"
    assert clean_title("Engineering Manager – AI") == "Engineering Manager – AI"
    assert clean_title("Product Designer – UX") == "Product Designer – UX"


def test_an_agency_partnering_exclusively_with_its_client_names_the_client():
    text = ("Engineering Manager\nBrightpath Talent · London, Ontario, Canada · 1 week ago\n\nApply\n\nAbout the job\n"
            "Brightpath Talent is proud to be partnering exclusively with Northcote Mutual on the search for an "
            "Engineering Manager.\n\nNorthcote Mutual is a member-owned insurer.\n")
    assert _converted(text).meta["company"] == "Northcote Mutual"


def test_a_lever_page_whose_description_sits_beside_its_header_keeps_the_description():
    page = ('<html><body><div class="page show"><div class="section-wrapper"><div class="section posting-header">'
            '<div class="posting-headline"><h2>QA Automation Engineer</h2><div class="posting-categories">'
            '<div class="location">Birmingham, AL</div><div class="commitment">Full-time</div></div></div></div></div>'
            '<div class="section-wrapper"><div class="section page-centered" data-qa="job-description">'
            '<div><b>About Ironweed</b></div><div>Ironweed Freight is a freight brokerage. You will write end-to-end tests '
            'in Playwright with TypeScript and contract tests for our internal services.</div></div>'
            '<div class="section page-centered"><div>Pay: up to $118,000 per year, depending on experience.</div></div>'
            '</div></div></body></html>')
    converted = _converted(page, "lever.html")
    assert converted.meta["salary"] == {"max": 118000, "currency": "USD", "period": "year"}
    assert {"playwright", "typescript"} <= set(converted.meta["tags"])
    assert converted.meta["employment_type"] == "full-time"  # "contract tests" are no contract


def test_an_employers_status_as_a_federal_contractor_is_no_contract_job():
    from jobboard.conditions import find_employment_type
    assert find_employment_type({}, {}, "A full-time role. We are a VEVRAA federal contractor.") == "full-time"
    assert find_employment_type({}, {}, "You will audit smart contracts. Full-time.") == "full-time"
    assert find_employment_type({}, {}, "This is a 6-month contract.") == "contract"


def test_a_careers_pages_own_location_field_wins_over_its_json_ld_head_office():
    page = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Desktop Support '
            'Technician II", "hiringOrganization": {"name": "Kettleby Health"}, "jobLocation": {"address": '
            '{"addressLocality": "Columbus", "addressRegion": "OH"}}}</script></head><body><main>'
            '<h1>Desktop Support Technician II</h1><dl><dt>locations</dt><dd>Dublin, OH - Bridge Park Medical Campus</dd>'
            '</dl><p>Kettleby Health is a health system headquartered in Columbus, Ohio. You support staff at our Dublin '
            'campus with Windows, macOS and Jamf Pro.</p></main></body></html>')
    converted = _converted(page, "workday.html")
    assert converted.meta["cities"] == ["Dublin"] and converted.meta["country"] == "US"
    assert "jamf" in converted.meta["tags"]


def test_a_pages_list_of_its_other_roles_is_not_this_jobs_and_an_address_after_it_is_kept():
    text = ("backend engineer, claims platform\ncambridge, ma · engineering · full-time · hybrid\n\n"
            "about ollerton\nollerton health builds claims software. most of us are in cambridge, ma, with a small "
            "research team in london, uk.\n\nwhat you'll do\n- build services in python\n- own our claims pipeline\n"
            "- work with payers\n\nother open roles\n- senior data scientist · london, uk\n- support engineer · remote (us)"
            "\n\nto apply, send your cv to talent@ollerton.example and we will answer within a week.\n")
    converted = _converted(text)
    assert converted.meta["cities"] == ["Cambridge"]
    assert converted.meta["apply_email"] == "talent@ollerton.example"
    markdown = ("## Engineer\n\nAcme builds maps in Berlin. You write Go.\n\nMore text about the team and the work "
                "we do every day, at length.\n\n### Also hiring at Acme\n\n* Delivery Manager — Baltimore, MD\n")
    assert _converted(markdown, "a.md").meta["cities"] == ["Berlin"]


def test_a_day_at_home_each_week_makes_an_office_job_hybrid():
    text = ("Product Manager\nRuddervane\n\nThis role is based in Austin, Texas. We work in the office Monday through "
            "Thursday and from home on Fridays.\n")
    assert _converted(text).meta["remote"] == "hybrid"


def test_a_location_sections_region_gives_the_town_of_the_office_its_remark_names():
    text = ("## Senior Frontend Engineer\n\n**Ridgeway Civic Digital**\n\n## Location\n\n* DC Metro Area (our office is "
            "at 1150 Connecticut Ave NW, Washington, DC, near Farragut Square)\n\n## About Us\n\nWe build government "
            "services in React.\n")
    assert _converted(text, "a.md").meta["cities"] == ["Washington"]


def test_a_city_denied_as_a_workplace_and_a_second_office_give_way_to_the_office_days_city():
    text = ("Platform Engineer\nDriftglass\n\nDriftglass builds accounting software and recently opened a second office "
            "in Manchester.\n\nWe're hybrid, with two days a week together in our office by Old Street in Shoreditch, "
            "London. We don't do core hours, and we won't ever ask you to relocate to Manchester.\n")
    assert _converted(text).meta["cities"] == ["London"]


def test_a_pages_fully_in_person_wins_over_its_json_ld_telecommute():
    page = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Founding Security '
            'Engineer", "hiringOrganization": {"name": "Lumenwick"}, "jobLocationType": "TELECOMMUTE"}</script></head>'
            '<body><main><h1>Founding Security Engineer</h1><p>Lumenwick builds key management. We are fully in-person, '
            'five days a week, in our office on University Avenue in Palo Alto.</p></main></body></html>')
    assert _converted(page, "ashby.html").meta["remote"] == "onsite"


def test_the_holdout17_rounds_review_misreadings_stay_fixed():
    # a pay section's salary beside a perk word stays pay
    training = _converted("# Graduate Software Engineer\n\nNorthgate Systems · Leeds\n\nWe hire graduates.\n\n## Salary\n\n"
                          "Salary during training: £28,000\nSalary after training: £34,000\n", "a.md")
    assert training.meta["salary"] == {"min": 28000, "max": 28000, "currency": "GBP", "period": "year"}
    # "We're also hiring for ..." and "More roles at X" above prose do not end the page
    also = _converted("# Backend Engineer\n\nTidewater · Bristol · Hybrid\n\n## About the role\n\nYou build APIs in Python "
                      "with a team of six.\n\n## What you'll do\n\n- Run services on AWS\n- Own our schemas\n\nWe're also "
                      "hiring for a Frontend Engineer.\n\n## What we offer\n\n- Salary: £65,000 - £75,000\n", "b.md")
    assert also.meta["salary"]["min"] == 65000
    more = _converted("# Data Engineer\n\nQuillon · Remote (UK)\n\n## The role\n\nYou build pipelines in dbt.\n\n"
                      "## Requirements\n\n- SQL and Python\n\nMore roles at Quillon\n\nWe grow fast, so if this one isn't for "
                      "you, keep an eye on our careers page.\n\n## Package\n\n- £60,000–£70,000 base\n- Share options\n", "c.md")
    assert more.meta["salary"]["min"] == 60000 and more.meta["equity"] is True
    # a remote company's in-person summit, or an in-person onboarding week, leaves a TELECOMMUTE job remote
    summit = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Developer Advocate", '
              '"hiringOrganization": {"name": "Brightloom"}, "jobLocationType": "TELECOMMUTE"}</script></head><body><main>'
              '<h1>Developer Advocate</h1><p>Brightloom is a remote company with teammates in 14 states. Our annual summit '
              'in Austin is fully in-person. Our onboarding week is fully in-person; after that you work from home.</p>'
              '</main></body></html>')
    assert _converted(summit, "d.html").meta["remote"] == "remote"
    # home on Fridays that is not a day of home working
    shift = _converted("# Warehouse Systems Analyst\n\nHarrowgate Logistics · Leicester · On-site\n\nThis is a site-based "
                       "role.\n\n## Hours\n\nMonday to Friday, 7am to 3pm, so you're at home on Fridays by mid-afternoon.\n",
                       "e.md")
    assert shift.meta["remote"] == "onsite"
    assert _converted("QA Engineer\nPinecrest\nManchester\n\nThis is an office-based role. We ask that nobody works from "
                      "home on Fridays, because that's our release day.\n").meta["remote"] == "onsite"
    # a remote field's head office is no place of the job
    remote = _converted("# Senior Data Engineer\n\nFernhill Analytics\n\n## Location\n\nRemote within the United States "
                        "(our small head office is located in Chicago, but nobody is required to go there).\n", "f.md")
    assert remote.meta["remote"] == "remote" and "cities" not in remote.meta
    # a page's "Office: ... (HQ)" or "Where: ... customers" is no location field over the JSON-LD's
    travel = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Staff Engineer", '
              '"hiringOrganization": {"name": "Tallyhub"}, "jobLocation": [{"address": {"addressLocality": "Seattle", '
              '"addressRegion": "WA", "addressCountry": "US"}}]}</script></head><body><main><h1>Staff Engineer</h1>'
              '<p>This role is based in Seattle.</p><p>Where: you\'ll travel to customers in Portland and Boise about once '
              'a quarter.</p></main></body></html>')
    assert _converted(travel, "g.html").meta["cities"] == ["Seattle"]
    # an employer named after its city, in its city
    zurich = _converted("Zurich\nData Engineer\nZurich, Switzerland · 1 week ago · 60 applicants\nHybrid\n\nApply\nSave\n\n"
                        "About the job\n\nJoin Zurich's data team, working closely with colleagues in our Basel office.\n")
    assert zurich.meta["cities"] == ["Zurich"]
    # only the place a sentence denies goes, and another team's office days give way to this role's place
    clinic = _converted("# Frontend Engineer\n\nClinicforge\n\nClinicforge builds software for clinics in Porto and Braga. "
                        "We don't need you in the office every day, but our Lisbon office is open all week.\n", "h.md")
    assert clinic.meta["cities"] == ["Lisbon"]
    denver = _converted("# Platform Engineer\n\nHarbourline\n\nHarbourline serves restaurants in Boulder, Pueblo and "
                        "Colorado Springs. There's no better place to be based than our Denver office.\n", "i.md")
    assert denver.meta["cities"] == ["Denver"]
    teams = _converted("# Mobile Engineer\n\nHarbourline\n\nThis role is based in Manchester. Our London colleagues come in "
                       "two days a week to work in the office near Old Street.\n", "j.md")
    assert teams.meta["cities"] == ["Manchester"]
    # a government contract and a contract research post are contracts
    from jobboard.conditions import find_employment_type
    assert find_employment_type({}, {}, "A Java developer for a 6-month government contract at £550 a day.") == "contract"
    assert find_employment_type({}, {}, "This is a 12-month contract research post.") == "contract"
    # a sidebar of other jobs beside a description shorter than it is not the posting
    links = "".join(f'<li><a href="/jobs/{n}">iOS Engineer (Swift)</a> <span>Seattle, WA</span></li>' for n in range(24))
    page = ('<html><body><div><div class="posting-header"><h1>Backend Engineer</h1><p>Portland, OR</p></div>'
            '<div class="job-description"><p>Lumenfold builds observability tooling. You design services in Go on '
            'Kubernetes.</p><p>$150,000 - $175,000 base salary.</p></div><div class="sidebar"><h3>Open positions</h3>'
            f'<ul>{links}</ul></div></div></body></html>')
    assert {"ios", "swift"}.isdisjoint(_converted(page, "k.html").meta["tags"])
    # coroutines of other languages are no Kotlin Coroutines
    assert "kotlin-coroutines" not in _converted("Engineer\nAcme\n\nAsync Python with asyncio and coroutines.\n").meta.get(
        "tags", [])


# The holdout18 round: a European board's postings, a third of them in the local language

def test_linkedins_german_and_french_chrome_is_not_the_employer_and_its_levels_are_no_place():
    german = ("Zum Hauptinhalt springen\nLinkedIn\nSuchen\nStart\nMein Netzwerk\nJobs\nNachrichten\nMitteilungen\nSie\n"
              "Für Unternehmen\n\nRheinwert GmbH\nSenior Frontend-Entwickler (m/w/d) in Vollzeit\nKöln, Nordrhein-Westfalen, "
              "Deutschland · Vor 3 Tagen · 87 Bewerber:innen\n\nHybrid   Vollzeit   Mid-Senior-Level\n201–500 Beschäftigte · "
              "Versicherungen\n7 Kontakte arbeiten hier\n\nBewerben\nSpeichern\n\nInfo zum Job\nRheinwert baut Software.\n")
    converted = _converted(german)
    assert (converted.meta["title"], converted.meta["company"], converted.meta["cities"]) == \
        ("Senior Frontend-Entwickler", "Rheinwert", ["Cologne"])
    # the hiring team below the header ("Lernen Sie das Einstellungsteam kennen") names its poster, not a place:
    # "CTO & Co-Founder bei Rheinwert | Mobile Manipulation" is no Mobile, Alabama
    poster = german.replace("Speichern\n\n", "Speichern\n\nLernen Sie das Einstellungsteam kennen\nDr. Jonas Feld\n"
                            "CTO & Co-Founder bei Rheinwert | Mobile Manipulation\nJobinserent\nNachricht\n\n")
    assert _converted(poster).meta["cities"] == ["Cologne"]
    french = ("Passer au contenu principal\nLinkedIn\nAccueil\nRéseau\nEmplois\nMessagerie\nNotifications\nVous\n"
              "Pour les entreprises\n\nBrabo Security\nSenior Security Engineer – Remote\nUnion européenne · il y a 5 jours · "
              "Plus de 100 candidats\n\nÀ distance   Temps plein   Confirmé\n51-200 employés · Services\nCompétences : AWS, "
              "+8 autres\n\nCandidature simplifiée\nEnregistrer\n\nÀ propos de l’offre d’emploi\nBrabo Security is "
              "headquartered in Antwerp, Belgium. This is a 100 % remote role within EU time zones.\n")
    converted = _converted(french)
    assert (converted.meta["company"], converted.meta["remote"]) == ("Brabo Security", "remote")
    assert "cities" not in converted.meta


def test_a_french_internship_title_without_capitals_loses_its_length():
    from jobboard.titles import clean_title
    assert clean_title("stagiaire en cybersécurité (h/f) – 6 mois") == "stagiaire en cybersécurité"
    text = ("lacustre — carrières\n\nstagiaire en cybersécurité (h/f) – 6 mois\ngenève · stage · début : février 2027\n\n"
            "qui sommes-nous ?\nlacustre protège les banques privées genevoises.\n")
    assert _converted(text).meta["title"] == "Stagiaire en Cybersécurité"


def test_a_pages_heading_that_its_title_tag_repeats_wins_over_its_json_ld_title():
    page = ('<html><head><title>Embedded Software Engineer (w/m/d) | Murtal Microsystems GmbH</title>'
            '<script type="application/ld+json">{"@type": "JobPosting", "title": "Embedded Software Developer (w/m/d)", '
            '"hiringOrganization": {"name": "Murtal Microsystems GmbH"}}</script></head><body><main>'
            '<h1>Embedded Software Engineer (w/m/d)</h1><p>You write firmware in C for sensors in Graz. The minimum gross '
            'salary for this position is EUR 4.100,– per month (paid 14 times a year); we pay more by experience.</p>'
            '</main></body></html>')
    converted = _converted(page, "personio.html")
    assert converted.meta["title"] == "Embedded Software Engineer"
    assert converted.meta["salary"] == {"min": 4100, "currency": "EUR", "period": "month"}
    # ... but not a heading that only adds a department to it
    longer = page.replace("Embedded Software Engineer (w/m/d)", "Embedded Software Developer, Sensor Lab (w/m/d)")
    assert _converted(longer, "personio.html").meta["title"] == "Embedded Software Developer"


def test_pay_with_a_bonus_after_plus_and_polish_up_to():
    from jobboard.salary import find_salary
    assert find_salary([], "CHF 120’000–140’000 per year plus a performance bonus (target 10 %)", None).min == 120000
    polish = find_salary([], "wynagrodzenie: do 12 000 zł brutto miesięcznie (uop)", None)
    assert (polish.min, polish.max, polish.currency, polish.period) == (None, 12000, "PLN", "month")


def test_a_client_field_names_the_employer_unless_it_hides_it():
    text = ("## QA Engineer\n\n**Client:** {}\n**Posted by:** Vistula Talent – IT recruitment agency (we recruit on "
            "behalf of our client)\n\n## About\n\nYou test the client's web application in Playwright.\n")
    assert _converted(text.format("Odra Software sp. z o.o."), "a.md").meta["company"] == "Odra Software"
    for hidden in ("Confidential", "a leading bank in Frankfurt", "JSE-listed short-term insurer (name on request)"):
        assert "company" not in _converted(text.format(hidden), "a.md").meta


def test_a_remote_title_open_in_two_countries_gives_no_country():
    text = ("Ondina Pay\nProduct Manager – Payments (Remote, Spain or Portugal)\nPortugal · 2 days ago · 64 applicants\n"
            "Remote   Full-time\n\nApply\nSave\n\nAbout the job\nOndina Pay is headquartered in Vilnius. This is a fully remote "
            "position for someone based in Spain or Portugal.\n")
    converted = _converted(text)
    assert converted.meta["remote"] == "remote" and "country" not in converted.meta


def test_office_days_win_over_a_json_ld_telecommute_and_other_languages_say_the_mode():
    page = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Product Designer (H/F)", '
            '"hiringOrganization": {"name": "Ormeau"}, "jobLocationType": "TELECOMMUTE"}</script></head><body><main>'
            '<h1>Product Designer (H/F)</h1><p>Ormeau designs banking apps in Nantes.</p><ul><li>Hybrid: 3 days a week at '
            'the office, 2 remote days</li></ul></main></body></html>')
    assert _converted(page, "wttj.html").meta["remote"] == "hybrid"
    dutch = _converted("Systeembeheerder\nHofstad ICT\nDen Haag\n\nJe werkt vanuit ons kantoor in Den Haag en op locatie bij "
                       "onze klanten; thuiswerken is in deze functie niet mogelijk.\n")
    assert dutch.meta["remote"] == "onsite"
    italian = _converted("data engineer (m/f/x)\nvetrata\ntorino · tempo indeterminato\n\n- lavoro ibrido: 2 giorni a "
                         "settimana in sede a torino, 3 da remoto\n")
    assert italian.meta["remote"] == "hybrid"
    from jobboard.conditions import find_remote
    assert find_remote({"byline": "Senior iOS Entwickler · München · Homeoffice möglich · Vollzeit"}, {}, "", True) == "hybrid"
    # an office's address in a location field states no mode
    assert find_remote({}, {"location": ["Oslo, Norway (office at Vulkan, Grünerløkka)"]}, "We build apps.", True) is None


def test_words_that_are_also_small_cities_are_no_place_without_a_place_s_signs():
    swedish = _converted("backendutvecklare\nfjällbo\n\nvi söker en utvecklare i göteborg. hos oss får du bygga tjänster "
                         "i kotlin.\n")
    assert swedish.meta["cities"] == ["Gothenburg"]
    spanish = _converted("Desarrollador Backend\nAcme\nValencia, España\n\nComo parte del equipo, construirás APIs.\n")
    assert spanish.meta["cities"] == ["Valencia"]


def test_an_institutes_full_name_when_every_mention_goes_on_with_it():
    text = ("Group Leader Energy Forecasting\n\nThe Breisgau Institute for Sustainable Computing is a research institute. "
            "You lead a group of six.\n\nApply at Breisgau Institute for Sustainable Computing by 31 January.\n")
    assert _converted(text).meta["company"] == "Breisgau Institute for Sustainable Computing"


def test_dutch_and_danish_compounds_name_their_technologies_and_a_place_called_vulkan_is_none():
    text = ("Systeembeheerder\nHofstad ICT\n\nJe beheert Microsoft 365-omgevingen en Windows Server-omgevingen, werkt "
            "volgens ITIL-processen en pakt tickets in TOPdesk op.\n\nWe are 55 people, and most of us work from our office at "
            "Vulkan by the Akerselva river.\n")
    tags = _converted(text).meta["tags"]
    assert {"microsoft-365", "windows-server", "itil", "topdesk"} <= set(tags) and "vulkan" not in tags


def test_the_holdout18_rounds_review_misreadings_stay_fixed():
    import time
    from jobboard.conditions import find_remote
    from jobboard.companies import find_company
    assert find_remote({}, {}, "Sede: Milano. Lavorerai con noi 3 giorni a settimana in sede.", True) == "hybrid"
    # a page's heading over its JobPosting's title only when it names the same job differently
    def page(heading, ld, title=None):
        return (f'<html><head><title>{title or heading} | Acme Careers</title><script type="application/ld+json">'
                f'{{"@type": "JobPosting", "title": "{ld}", "hiringOrganization": {{"name": "Acme"}}}}</script></head>'
                f'<body><main><h1>{heading}</h1><p>We build payment software in Berlin with Python.</p></main></body></html>')
    assert _converted(page("Lead the future of payments", "Senior Backend Engineer"), "a.html").meta["title"] == \
        "Senior Backend Engineer"
    assert _converted(page("Data Engineer", "Senior Data Engineer (m/w/d)"), "a.html").meta["title"] == "Senior Data Engineer"
    started = time.perf_counter()
    _converted(page("Dev", "Dev" + "\t" * 200_000 + "x"), "a.html")
    assert time.perf_counter() - started < 10
    # "charge" is no French "chargé"
    assert _converted("# Take charge of your career\n\nAcme is looking for a Senior Data Engineer in Berlin.\n",
                      "a.md").meta.get("title") != "Take charge of your career"
    # names that start like a placeholder or go on with a description
    for name in ("An Post", "A Cloud Guru"):
        assert find_company({"company": name}, {}, [], "", set()) == name
    assert find_company({}, {"company": ["Northwind Foods, a family-owned company"]}, [], "", set()) == "Northwind Foods"
    # a "Client:" field that names no employer, or is a stack's
    for hidden in ("Confidential client", "Undisclosed - Series B fintech", "Private", "NDA", "Global leader in logistics",
                   "firma z branży fintech"):
        text = (f"## QA Engineer\n\n**Client:** {hidden}\n**Posted by:** Vistula Talent (we recruit on behalf of our "
                "client)\n\n## About\n\nYou test web applications.\n")
        assert "company" not in _converted(text, "a.md").meta, hidden
    stack = _converted("# Full-stack Engineer\n\nAcme builds booking software in Berlin.\n\n- Client: React, TypeScript\n"
                       "- Server: Kotlin\n", "a.md")
    assert stack.meta.get("company") != "React, TypeScript"
    # a remote title's remark in brackets names no second country
    remark = _converted("Ondina\nSupport Engineer (Remote, Portugal - UK hours)\nPortugal · 2 days ago\nRemote\n\nApply\n"
                        "Save\n\nAbout the job\nA fully remote role for someone in Portugal.\n")
    assert remark.meta["country"] == "PT"
    # optional office days leave a TELECOMMUTE job remote
    optional = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Backend Engineer", '
                '"hiringOrganization": {"name": "Acme"}, "jobLocationType": "TELECOMMUTE"}</script></head><body><main>'
                '<h1>Backend Engineer</h1><p>Remote within Germany. If you live near Munich, you are welcome to join us 2 '
                'days a week in the office, but it is entirely optional.</p></main></body></html>')
    assert _converted(optional, "a.html").meta["remote"] == "remote"
    # "Homeoffice möglich" is hybrid, but not beside "Remote" or "100%"
    assert find_remote({}, {"remote": ["Remote (Homeoffice möglich)"]}, "", True) == "remote"
    assert find_remote({}, {"remote": ["100% Homeoffice möglich"]}, "", True) == "remote"
    # English words after a hyphen are no compound
    tags = _converted("Engineer\nAcme\n\nGo-getter attitude, Puppet-master skills and strong Python experience.\n").meta["tags"]
    assert "puppet" not in tags and "go" not in tags and "python" in tags
    # an institute's full name with "of the" inside it
    from jobboard.names import full_name
    assert full_name("Hartwell Institute", "Hartwell Institute for the Study of Labour hires. Join Hartwell Institute for "
                                           "the Study of Labour.") == "Hartwell Institute for the Study of Labour"


def test_hybrid_work_denied_is_no_hybrid_job():
    from jobboard.conditions import find_remote
    for denied in ("Il lavoro ibrido non è previsto. Lavorerai nella nostra sede di Milano.",
                   "We do not offer hybrid working. You will work from our office in Leeds.",
                   "We don't offer hybrid or remote work; the team is in our Leeds office.",
                   "Hybrid working is not possible for this role, you'll be in the Leeds office."):
        assert find_remote({}, {}, denied, True) == "onsite", denied
    # ... but what is ruled out after "hybrid" may be another mode
    for hybrid in ("Hybrid (full remote not possible): 3 days in our Leeds office.",
                   "This is a hybrid role, not possible to be fully remote.",
                   "Hybrid, two days a week in our Leeds office."):
        assert find_remote({}, {}, hybrid, True) == "hybrid", hybrid


def test_pay_said_to_be_above_the_minimum_wage_is_the_pay_itself():
    from jobboard.salary import Salary, find_salary
    assert find_salary([], "Well above the minimum monthly wage, we pay €2,800 gross per month.", None) == \
        Salary(2800, 2800, "EUR", "month")
    assert find_salary([], "Minimum salary: €3,000 per month.", None) == Salary(3000, None, "EUR", "month")


def test_a_remote_page_s_json_ld_head_office_is_no_job_city():
    page = ('<html><head><script type="application/ld+json">{{"@type": "JobPosting", "title": "Platform Engineer", '
            '"hiringOrganization": {{"name": "Quillfeather"}}, "jobLocation": {{"@type": "Place", "address": '
            '{{"addressLocality": "{city}", "addressCountry": "{code}"}}}}}}</script></head><body><main>'
            '<h1>Platform Engineer</h1><div class="location">{where}</div><p>Quillfeather builds invoicing software. '
            '{seat} The team has offsites twice a year (last time in Lisbon).</p></main></body></html>')
    us = _converted(page.format(city="Denver", code="US", where="Remote - United States",
                                seat="Our headquarters is in Denver, but this role is fully remote."), "a.html").meta
    assert "cities" not in us and us["country"] == "US" and us["remote"] == "remote"
    anywhere = _converted(page.format(city="Zug", code="CH", where="Remote (Worldwide)",
                                      seat="The foundation is registered in Zug; we have no office."), "a.html").meta
    assert "cities" not in anywhere and "country" not in anywhere
    # a page whose own field names the city keeps it
    office = _converted(page.format(city="Denver", code="US", where="Denver, CO",
                                    seat="You will work from our Denver office."), "a.html").meta
    assert office["cities"] == ["Denver"]


def test_a_remote_location_field_s_optional_trip_is_no_job_city():
    text = ("Site Reliability Engineer – 100% Remote\n\nAbout the role\nYou keep our clusters healthy.\n\n"
            "• Location: 100% remote, based anywhere in Europe. No travel required apart from an optional kick-off week "
            "in Vienna.\n")
    meta = _converted(text).meta
    assert "cities" not in meta and meta["remote"] == "remote"


def test_titles_announced_by_a_newsletter_or_named_only_in_prose():
    from jobboard.titles import clean_title
    assert clean_title("📬 This week’s featured role: Data Analyst at Kestrel") == "Data Analyst"
    assert clean_title("Job of the week – Senior Go Engineer") == "Senior Go Engineer"
    text = ("## Location\n\n* Remote\n\n## About Us\n\nPinewick makes open-source search. We're looking for a part-time "
            "Developer Advocate to grow our community.\n")
    assert _converted(text, "a.md").meta["title"] == "Developer Advocate"


def test_a_lowercase_page_s_remote_country_in_brackets_or_residence():
    for text, code in (("tallyho · remote (uk) · full-time\n\nwe build payroll software. this role is fully remote.\n", "GB"),
                       ("📍 remote (us) · 🕒 full-time\n\nwe run the books for small agencies.\n", "US"),
                       ("we're remote. you must live in the uk and have the right to work here.\n", "GB")):
        assert _converted(text).meta.get("country") == code, text
    # the first place applicants must live in, not a later pay band's
    from jobboard.locations import applicants_country
    assert applicants_country("€90k if you live in the EU, £75k if you live in the UK.") is None


def test_required_office_days_win_over_telecommute_and_a_correction_wins_over_the_listing():
    page = ('<html><head><script type="application/ld+json">{{"@type": "JobPosting", "title": "Robotics Engineer", '
            '"hiringOrganization": {{"name": "Tumbleweed"}}, "jobLocationType": "TELECOMMUTE"}}</script></head><body><main>'
            '<h1>Robotics Engineer</h1><p>{how}</p><p>You like working where code meets hardware.</p></main></body></html>')
    required = "This is a remote-friendly role: two days a week (Mondays and Fridays) in our North Tucson office."
    assert _converted(page.format(how=required), "a.html").meta["remote"] == "hybrid"
    optional = "Remote in the US. You may join us two days a week in our Tucson office if you like."
    assert _converted(page.format(how=optional), "a.html").meta["remote"] == "remote"
    from jobboard.conditions import find_remote
    note = "Please note: although the board lists this job as remote, the position is on-site at our office in Braga."
    assert find_remote({}, {"location": ["Remote"]}, note, True) == "onsite"
    assert find_remote({}, {"location": ["Remote (US)"]}, "So this is really a hybrid role in Boise.", True) == "hybrid"


def test_tokens_offered_are_equity_and_tokens_of_software_are_not():
    from jobboard.conditions import find_equity
    for offered in ("$150K – $190K • Offers Token", "A token allocation with a four-year vesting schedule",
                    "Tokens vest over three years."):
        assert find_equity(offered), offered
    for software in ("We sign JWT tokens", "API keys and tokens", "the gateway offers tokens for auth"):
        assert not find_equity(software), software


def test_a_newsletter_s_other_jobs_and_its_dash_rules_are_not_the_posting():
    text = ("Subject: Featured role: Support Engineer at Lindqvist\n\n––––––––––––––––––––\nFEATURED ROLE\nSupport Engineer\n"
            "Lindqvist – booking software for dentists\nRemote – EMEA\n––––––––––––––––––––\n\nThe role\n"
            + "You answer clinics' questions in Zendesk and write up bugs in Jira.\n" * 6 +
            "\n––––––––––––––––––––\nMORE FROM THE BOARD\n• Developer Advocate – Pipewright – Europe\n"
            "• Data Engineer – Norrsken – Anywhere\n––––––––––––––––––––\n\nUnsubscribe · Update your preferences\n")
    converted = _converted(text, "a.eml")
    assert converted.meta["tags"] == ["zendesk", "jira"]
    assert "Pipewright" not in converted.body and "–––" not in converted.body


# The holdout20 round: a graduate and junior jobs board
def test_a_trainee_s_title_loses_its_intake_season_length_and_hours():
    from jobboard.titles import clean_title
    for raw, title in (("Graduate Data Engineer – March 2027 Intake", "Graduate Data Engineer"),
                       ("Werkstudent (m/w/d) Softwareentwicklung – 16 Std./Woche", "Werkstudent Softwareentwicklung"),
                       ("Stagiaire Développeur Web – Stage de 6 mois", "Stagiaire Développeur Web"),
                       ("Research Intern (July – December 2027)", "Research Intern"),
                       ("Data Analyst, New Grad (2027 Start)", "Data Analyst, New Grad"),
                       ("marketing intern, summer 2027 (10 weeks)", "marketing intern"),
                       ("Lehrling Mechatronik – Lehrbeginn August 2027", "Lehrling Mechatronik"),
                       ("lönetrainee – traineeprogram 2027 (12 månader)", "lönetrainee"),
                       ("Working Student – Data Design (12 hrs/week)", "Working Student – Data Design"),
                       ("Head of Data, 2027 Roadmap", "Head of Data, 2027 Roadmap")):  # a year alone is no period
        assert clean_title(raw) == title, raw


def test_an_intern_s_or_working_student_s_pay():
    from jobboard.salary import Salary, find_salary
    assert find_salary([], "• 16,00 € pro Stunde", None) == Salary(16, 16, "EUR", "hour")
    assert find_salary([], "- Gratification de 1 300 € bruts par mois", None) == Salary(1300, 1300, "EUR", "month")
    assert find_salary([], "Monthly stipend of S$2,800", None) == Salary(2800, 2800, "SGD", "month")
    assert find_salary([], "Ayuda al estudio de 700 € brutos/mes", None) == Salary(700, 700, "EUR", "month")
    assert find_salary([], "- Monthly stipend of €1,100 for the six months", None) == Salary(1100, 1100, "EUR", "month")
    for perk in ("We offer a monthly stipend of $100 for your internet.", "A co-working stipend of €150 per month",
                 "- A monthly stipend of €500 for coworking", "- Monthly stipend of €1.500 for your home office"):
        assert find_salary([], perk, None) is None, perk


def test_a_trainee_s_employer_its_mode_and_its_place():
    text = ("Welcome to the Jungle\n\nMaison Ardoise\nStagiaire Data Analyst (H/F) – Stage 6 mois\nStage\nNantes\n\nPostuler\n"
            "\nLe poste\n\nTu analyses nos ventes avec SQL.\n")
    assert _converted(text).meta["company"] == "Maison Ardoise"
    agency = ("Junior Accountant\nPosted by Kestrel Recruitment Ltd on behalf of our client\n\nKestrel Recruitment is proud to "
              "support Harrow Mutual with its graduate intake. Harrow Mutual is a building society.\n")
    assert _converted(agency).meta["company"] == "Harrow Mutual"
    lower = ("design intern\n\nboston · in person\n\nabout us\n\nbrindle yard health makes software for clinics. brindle yard "
             "health is 30 people.\n\nwhat you'll do\n\nyou'll design screens for nurses and test them with patients every "
             "week, and you'll pair with our two designers on the visit planner. you'll also help with our design system and run "
             "a usability study of your own before the summer ends.\n\n"
             "apply at https://jobs.brindleyard.health/intern\n")
    assert _converted(lower).meta["company"] == "brindle yard health"
    from jobboard.conditions import find_remote
    assert find_remote({}, {}, "Graduates choose their home office – Perth or Adelaide – and stay there.", True) is None
    assert find_remote({}, {}, "hybridarbete: upp till två dagar i veckan hemifrån.", True) == "hybrid"
    assert find_remote({"remote": "remote"}, {}, "In der Ausbildung arbeiten unsere Lehrlinge vor Ort im Büro.", True) == "onsite"
    from jobboard.places import job_cities, load_gazetteer
    cities = job_cities("Training provider: a university (Sheffield campus).\nHybrid: you spend 60% of your time in our "
                        "Leeds office (3 days a week).", load_gazetteer())
    assert [c.name for c in cities] == ["Leeds"]
    from jobboard.conditions import find_equity
    assert not find_equity("Our full-time employees receive stock options; interns are not eligible for equity.", internship=True)


def test_the_holdout19_rounds_review_misreadings_stay_fixed():
    from jobboard.conditions import find_equity, find_remote
    from jobboard.locations import applicants_country
    from jobboard.titles import clean_title
    page = ('<html><head><script type="application/ld+json">{{"@type": "JobPosting", "title": "Store Manager", '
            '"hiringOrganization": {{"name": "Quillfeather"}}, "jobLocation": {{"@type": "Place", "address": '
            '{{"addressLocality": "{city}", "addressCountry": "DE"}}}}}}</script></head><body><main><h1>Store Manager</h1>'
            '{lines}</main></body></html>')
    # a page that rules remote work out, or makes it an option, keeps its JobPosting's city and country
    for city, lines in (("Hamburg", "<p>Remote work is not possible for this role.</p>"),
                        ("Hamburg", "<ul><li>Remote: no</li></ul><p>You run our store.</p>"),
                        ("Munich", "<ul><li>Remote options available</li></ul><p>Founded in Munich in 2012.</p>"),
                        ("Munich", "<ul><li>Location: Remote, Germany</li></ul><p>Nordlicht is registered in Munich, where "
                                   "our whole team works from the office three days a week.</p>")):
        meta = _converted(page.format(city=city, lines=lines), "a.html").meta
        assert (meta.get("cities"), meta.get("country")) == ([city], "DE"), lines
    # a trip's country stays
    trip = _converted("Site Reliability Engineer\n\n• Location: Remote – occasional travel to Berlin, Germany\n\nYou keep "
                      "our clusters healthy.\n").meta
    assert "cities" not in trip and trip["country"] == "DE"
    for text, mode in (("We build native apps, not hybrid ones.", None),
                       ("Work model: Hybrid (we do not offer visa sponsorship)", "hybrid"),
                       ("We can't offer hybrid working; the team is in our Leeds office.", "onsite"),
                       ("Fully remote within Germany. During onboarding you spend 3 days a week (first month only) in our "
                        "Berlin office.", "remote"),
                       # (optional office days leave a remote job remote)
                       ("Remote within Germany. 1 day a week (optional) in our Berlin office.", "remote")):
        assert find_remote({}, {}, text, True) == mode, text
    assert find_remote({}, {"location": ["Remote"]}, "While the job is remote, the role is on-site for the first week.",
                       True) == "remote"
    assert find_remote({"remote": "remote"}, {}, "Most of the crew works 2 days a week in our Austin office. For this role "
                       "that is optional.", True) == "remote"
    for software in ("manage token allocation across LLM prompts", "Implement OAuth token grants",
                     "Our API offers token-based authentication", "Plus tokens of appreciation like swag"):
        assert not find_equity(software), software
    assert applicants_country("Many of our staff live in Austin. Remote anywhere in the US.") == "US"
    assert applicants_country("Our engineers live in France, Spain and Portugal; remote within Europe.") is None
    assert applicants_country("Remote (Georgia). Open to people in the US.") is None  # the state
    assert clean_title("Hot Job-Site Supervisor") == "Hot Job-Site Supervisor"
    from jobboard.salary import Salary, find_salary
    assert find_salary([], "We pay well above the legal minimum wage: €2,800 per month.", None) == \
        Salary(2800, 2800, "EUR", "month")


def test_a_head_office_named_thousands_of_times_is_read_quickly():
    import time
    page = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Data Engineer", '
            '"hiringOrganization": {"name": "Quillfeather"}, "jobLocation": {"@type": "Place", "address": '
            '{"addressLocality": "Denver", "addressCountry": "US"}}}</script></head><body><main><h1>Data Engineer</h1>'
            '<div>Remote - United States</div><p>' + "Denver " * 30_000 + 'headquarters.</p></main></body></html>')
    started = time.perf_counter()
    _converted(page, "a.html")
    assert time.perf_counter() - started < 10


def test_the_holdout20_rounds_review_misreadings_stay_fixed():
    from jobboard.conditions import find_equity, find_remote
    from jobboard.locations import applicants_country
    from jobboard.titles import clean_title
    from jobboard.salary import Salary, find_salary
    for title in ("Program Manager – Vision 2030", "Database Administrator (SQL Server 2019)", "Senior Analyst, Cohort Analytics",
                  "Clinical Manager – Intake & Assessment"):
        assert clean_title(title) == title
    # (a cover's contract is terms since the holdout38 round, as a fixed term is: not a period of the title's)
    assert clean_title("Marketing Manager – 12 month maternity cover") == "Marketing Manager"
    for price in ("Die Tiefgarage kostet 9 € pro Stunde.", "Unsere Kunden zahlen 89 € pro Stunde für Beratung.",
                  "Une gratification de fin d'année de 1 500 € est versée en décembre."):
        assert find_salary([], price, None) is None, price
    assert find_salary([], "You'll get a salary of €60,000 and €300 for your home office.", None) == \
        Salary(60000, 60000, "EUR", "year")
    telecommute = {"remote": "remote"}
    for sometimes in ("Du arbeitest meist remote, manchmal vor Ort im Büro.", "Einmal im Monat arbeiten alle zusammen vor Ort im Büro."):
        assert find_remote(telecommute, {}, sometimes, True) == "remote", sometimes
    for text, mode in (("Although the listing says remote, the position is on-site 5 days a week.", "onsite"),
                       ("This is actually a hybrid role based in London.", "hybrid")):
        assert find_remote({}, {"location": ["Remote"]}, text, True) == mode, text
    for text, mode in (("3 days a week (Tue–Thu) in the office", "hybrid"), ("You can work from your home office two days a week.", "hybrid"),
                       ("Hybrid – not available.", "onsite"), ("We can not offer hybrid work.", "onsite")):
        assert find_remote({}, {}, text, True) == mode, text
    for equity in ("Stock options: you are not eligible for options until after your 6-month probation.",
                   "Benefits: stock options for full-time employees (interns are not eligible for equity).",
                   "Competitive salary plus tokens."):
        assert find_equity(equity), equity
    assert applicants_country("You must currently live in Germany.") == "DE"
    assert applicants_country("Remote (Georgia). We are a Tbilisi startup.") == "GE"
    page = ('<html><head><script type="application/ld+json">{{"@type": "JobPosting", "title": "Data Engineer", '
            '"hiringOrganization": {{"name": "Quillfeather"}}, "jobLocation": {{"@type": "Place", "address": '
            '{{"addressLocality": "Denver", "addressCountry": "US"}}}}}}</script></head><body><main><h1>Data Engineer</h1>'
            '<ul><li>Location: {where}</li></ul><p>{seat}</p></main></body></html>')
    norway = _converted(page.format(where="Remote - Norway", seat="Our HQ is in Denver, but this role is fully remote."),
                        "a.html").meta
    assert "cities" not in norway and norway["country"] == "NO"
    for seat in ("Our head office is in Denver, but this role is fully remote.",
                 "We're headquartered in Denver and work remotely across the US."):
        assert "cities" not in _converted(page.format(where="Remote - United States", seat=seat), "a.html").meta, seat


# The holdout21 round: a tech leadership board
def test_a_leader_s_title_place_pay_and_equity():
    from jobboard.conditions import find_equity
    from jobboard.titles import clean_title
    from jobboard.salary import Salary, find_salary
    for raw, title in (("VP Engineering (reporting to the CEO)", "VP Engineering"),
                       ("Engineering Manager, Search (Player-Coach)", "Engineering Manager, Search"),
                       ("Chief Risk Officer (member of the Executive Committee)", "Chief Risk Officer"),
                       ("Product Manager (Reporting)", "Product Manager (Reporting)")):
        assert clean_title(raw) == title, raw
    assert _converted("XING\nStartseite\nJobs\n\nProfil\n\nJobsuche / IT / Ulm\n\n- Leiter IT-Infrastruktur (m/w/d)\n"
                      "- Ulmer Getriebe GmbH\n- Ulm\n\nÜber uns\n\nWir bauen Getriebe.\n").meta["title"] == \
        "Leiter IT-Infrastruktur"
    assert _converted("# Directeur ICT\n\n**Waterschap Vallei** · Ede\n\n## De functie\n\nJe leidt de ICT.\n", "a.md"
                      ).meta["title"] == "Directeur ICT"
    for field, city in (("Head Office, Dublin 2, with regular travel to our offices in Cork and Galway", "Dublin"),
                        ("London (Old Street) – occasional visits to our hubs in Leeds and Bristol", "London"),
                        ("Lyon (69) – déplacements réguliers sur les sites de Saint-Étienne", "Lyon")):
        meta = _converted(f"Head of IT\nAcme\n\nLocation: {field}\n\nYou run IT.\n").meta
        assert meta["cities"] == [city], field
    days = _converted("Head of Product\nLlar\n\nmodelo híbrido: 2 días por semana en nuestra oficina de Barcelona. "
                      "Lanzamos en Lisboa y Oporto en 2027.\n").meta
    assert days["cities"] == ["Barcelona"]
    assert find_salary([], "Fixed CTC: ₹70,00,000 – ₹90,00,000 per annum", None) == Salary(7_000_000, 9_000_000, "INR", "year")
    for offered in ("Participation in the LTIP (growth shares vesting over four years)", "warrants in kvist aps for the leaders",
                    "an incentive delivered as performance rights over Group shares"):
        assert find_equity(offered), offered
    assert not find_equity("Participation in our cash-based long-term incentive plan")
    group = _converted("Chief Information Security Officer\n\nWarrigal Insurance Group protects 4 million customers. You set "
                       "the Group's cyber strategy and run the Group's incident response.\n").meta
    assert group.get("company") != "Group"
    page = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Director of Engineering", '
            '"hiringOrganization": {"name": "Corvid Labs"}, "jobLocation": {"@type": "Place", "address": '
            '{"addressLocality": "San Francisco", "addressCountry": "US"}}}</script></head><body><main>'
            '<h1>Director of Engineering</h1><p>Amsterdam, Netherlands (Hybrid)</p><h2>About the role</h2>'
            '<p>You lead our European engineering teams.</p></main></body></html>')
    meta = _converted(page, "a.html").meta
    assert meta["cities"] == ["Amsterdam"] and meta["country"] == "NL"


def test_the_holdout21_rounds_review_misreadings_stay_fixed():
    from jobboard.conditions import find_equity
    from jobboard.titles import clean_title
    from jobboard.salary import find_salary
    page = ('<html><head><script type="application/ld+json">{{"@type": "JobPosting", "title": "Data Engineer", '
            '"hiringOrganization": {{"name": "Acme"}}, "jobLocation": {{"@type": "Place", "address": '
            '{{"addressLocality": "{city}", "addressCountry": "GB"}}}}}}</script></head><body><main>{nav}<h1>Data Engineer</h1>'
            '{top}<h2>About the role</h2><p>{body}</p></main></body></html>')
    for city, nav, top, body in (("Manchester", "", "<p>Home › Jobs in London › Engineering</p>", "Join our Manchester office."),
                                 ("Manchester", "<ul><li>London</li><li>Paris</li><li>Berlin</li></ul>", "", "You build pipelines."),
                                 ("Austin", "", "<p>Acme Ltd · New York</p>", "Join our team in Austin, TX.")):
        meta = _converted(page.format(city=city, nav=nav, top=top, body=body), "a.html").meta
        assert meta["cities"] == [city], (top, nav)
    for text in ("The role warrants in-depth knowledge of SQL.", "We invest in growth shares and value stocks.",
                 "Our clients include performance rights organisations like PRS"):
        assert not find_equity(text), text
    assert find_salary([], "Salary: 1,23,456 EUR", None) is None
    assert "title" not in _converted("<html><body><main><ul><li>Weitere Jobs: Buchhalter (m/w/d)</li><li>Lagerist (m/w/d)</li>"
                                     "</ul><p>Wir sind ein Händler.</p></main></body></html>", "a.html").meta
    assert _converted("Le directeur général de Acme SA vous accueille.\n\nNous cherchons une personne.\n").meta.get("title") is None
    assert clean_title("Engineering Manager (hands-on, Berlin)") == "Engineering Manager (hands-on, Berlin)"
    assert clean_title("Analyst (Member of Technical Staff)") == "Analyst (Member of Technical Staff)"


def test_a_job_in_cities_of_two_countries_names_no_country():
    meta = _converted("Technical Writer\nLumenby\nAmsterdam or Berlin · Hybrid\n\nYou write our docs.\n").meta
    assert meta["cities"] == ["Amsterdam", "Berlin"] and "country" not in meta
    assert _converted("Technical Writer\nLumenby\nAmsterdam or Rotterdam · Hybrid\n\nYou write our docs.\n").meta["country"] == "NL"


def test_a_contract_board_s_titles_without_their_terms():
    from jobboard.titles import clean_title
    for raw, title in (("Senior Data Engineer (Contract-to-Hire) - W2 or C2C", "Senior Data Engineer"),
                       ("DevOps Engineer (ZZP)", "DevOps Engineer"),
                       ("Shopify App Developer (Fixed Price)", "Shopify App Developer"),
                       ("Cloud Security Consultant (Contract, 3 days/week)", "Cloud Security Consultant"),
                       ("QA Test Analyst (NL/FR/EN)", "QA Test Analyst"),
                       ("Scrum Master - 12 Month Contract", "Scrum Master"),
                       ("Contract Python Developer", "Python Developer"),
                       ("Contract Manager", "Contract Manager"),  # a contract is the job there
                       ("Contract Management Specialist", "Contract Management Specialist"),
                       ("Security Engineer (IT/OT)", "Security Engineer (IT/OT)"),
                       ("Engineer (3 days a week)", "Engineer (3 days a week)"),
                       ("Save Senior ML Engineer, LLM Inference (Remote, US)  at Tessellate AI",
                        "Senior ML Engineer, LLM Inference"),
                       ("Principal Scientist, Machine Learning – Drug Discovery (Cambridge, UK)",
                        "Principal Scientist, Machine Learning – Drug Discovery"),
                       ("App Developer (Mobile)", "App Developer (Mobile)"),  # (a city in Alabama, alone)
                       ("Data Scientist, NLP / Scientifique des données, TALN", "Data Scientist, NLP"),
                       ("Head of Sales / Business Development", "Head of Sales / Business Development")):
        assert clean_title(raw) == title, raw


def test_titles_in_a_researcher_s_and_a_lead_s_prose():
    postdoc = _converted("## About Us\n\n* The Tübingen Institute for Learning Systems (TILS) is a research institute.\n"
                         "* We invite applications for a Postdoctoral Researcher in Probabilistic Machine Learning, "
                         "starting as soon as possible.\n\n## What you need\n\n- A PhD in machine learning\n")
    assert postdoc.meta["title"] == "Postdoctoral Researcher in Probabilistic Machine Learning"
    assert postdoc.meta["company"] == "Tübingen Institute for Learning Systems"
    from jobboard.titles import _field_of_study
    assert _field_of_study(" in Berlin, starting in May.") == _field_of_study(" in Our Team.") == ""
    assert _field_of_study(" in Data Science.") == " in Data Science"
    lead = _converted("about okapi\n\nokapi makes travel bookable. okapi is growing.\n\nyour mission\n\nas data platform lead you "
                      "will build and lead the team that owns okapi's data platform.\n")
    assert lead.meta["title"] == "data platform lead" or lead.meta["title"] == "Data Platform Lead"
    german = _converted("dein projekt\n\nfür unser data-team in hamburg suchen wir ab dem 01.05. eine:n freelance data "
                        "engineer (m/w/d), der/die uns beim aufbau unterstützt. wir sind nordlicht analytics.\n")
    assert german.meta["title"].lower() == "data engineer"


def test_the_employer_an_about_section_opens_with_and_names_that_are_no_employer():
    about = ("Mobile Developer\n\n## About Us\n\nGrainly helps bakeries stop throwing away food. We are 23 people.\n\n"
             "## The deal\n\n- Long-term B2B contract, 180–220 PLN/h net + VAT (B2B)\n- You can also invoice through your own "
             "Pty Ltd\n- Our DORA programme runs all year; DORA's rules are strict; DORA matters.\n\nMail: ania@grainly.app\n")
    assert _converted(about).meta["company"] == "Grainly"
    from jobboard.companies import find_company
    agency = "Brightpath Technical Staffing is recruiting on behalf of Halden Health, a primary care company."
    assert find_company({"company": "Brightpath Technical Staffing"}, {"client": ["Halden Health"]}, [], agency, set()) == \
        "Halden Health"  # an agency's "Client:" field


def test_a_contractor_s_rates_and_what_is_not_one():
    from jobboard.salary import Salary, find_salary
    assert find_salary(["$85/hr on W2 (with benefits) or $95/hr C2C"], "", None) == Salary(85, 95, "USD", "hour")
    assert find_salary(["$85/hr W2 or $110,000 as an employee"], "", None) == Salary(85, 85, "USD", "hour")
    assert find_salary(["$40 an hour, or $50 an hour on weekends"], "", None) == Salary(40, 40, "USD", "hour")
    assert find_salary([], "1099 independent contractor, paid $120–$150/hour depending on experience", None) == \
        Salary(120, 150, "USD", "hour")
    assert find_salary([], "- $38.50 /hr avg hourly rate paid", None) is None  # a gig client's record
    assert find_salary([], "- Monthly salary of SGD 9,000 – 13,500, plus an annual variable bonus of 1–3 months", None) == \
        Salary(9000, 13500, "SGD", "month")
    assert find_salary([], "Annual salary: €60,000 paid monthly", None) == Salary(60000, 60000, "EUR", "year")
    assert find_salary([], "a base salary of up to €125.000 per year (plus 8% holiday allowance), depending on experience;",
                       None) == Salary(None, 125000, "EUR", "year")
    assert find_salary([], "The base pay ranges from $136,000/year in our lowest geographic market up to $262,000/year in "
                           "our highest geographic market.", None) == Salary(136000, 262000, "USD", "year")
    assert find_salary([], "Pay from $20/hour, up to $5,000 signing bonus", None) == Salary(20, None, "USD", "hour")


def test_a_gig_page_s_client_clock_and_a_company_s_list_of_offices_place_no_job():
    gig = ("Shopify App Developer\n\nOnly freelancers located in the U.S. may apply.\n\nBuild our app with Remix.\n\n"
           "About the client\n\n- United States\n- Tampa 11:42 AM\n- 14 jobs posted\n")
    assert "cities" not in _converted(gig).meta
    assert (_converted(gig).meta["remote"], _converted(gig).meta["country"]) == ("remote", "US")  # a gig within a country
    bank = ("Senior Data Scientist\n\nOur client, a leading Swiss private bank with offices in Zürich, Geneva and Lugano, is "
            "strengthening its Risk Analytics team at its headquarters in Zürich. You build models in Python.\n")
    assert _converted(bank).meta["cities"] == ["Zurich"]
    offices = "Engineer\n\nWe have offices in Zürich, Geneva and Lugano. You build models in Python.\n"
    assert _converted(offices).meta["cities"] == ["Zurich", "Geneva", "Lugano"]


def test_a_gig_site_s_other_jobs_end_the_posting():
    from jobboard.shapes import read_shape
    text = ("Shopify App Developer\n\n" + "We need a custom app for bundles and subscriptions. " * 12 + "\n\n"
            "Other open jobs by this client (2)\nProduct photographer for coffee bags – Tampa, FL – Fixed-price $900\n"
            "Shopify theme tweaks (ongoing) – Hourly: $25–$40\n")
    assert "photographer" not in read_shape(text, "gig.txt").text
    board = ("Java Developer (m/w/d)\n\n" + "You build payment services in Java for a bank. " * 12 + "\n\n### Further projects\n\n"
             "- DevOps Engineer (m/w/d) – Frankfurt am Main – Tagessatz 600–680 €\n- SAP FI/CO Consultant (m/w/d) – Eschborn\n")
    assert "Eschborn" not in read_shape(board, "board.md").text


def test_equity_only_permanent_staff_get_is_not_a_contractor_s():
    from jobboard.conditions import find_equity
    assert not find_equity("Please note that contractors are not eligible for our employee share scheme or bonus plan.",
                           contract=True)
    assert not find_equity("because this is a contract engagement it doesn't come with our employee benefits or equity.",
                           contract=True)
    assert not find_equity("We're also hiring a permanent Senior Security Engineer (€95,000–€115,000 + share options).",
                           contract=True)
    assert not find_equity("festangestellte bekommen eine mitarbeiterbeteiligung; für freelance-projekte gilt das nicht.",
                           contract=True)
    assert find_equity("180–220 PLN/h netto + VAT (B2B) + ESOP", contract=True)
    # ... and an employee's posting keeps what permanent staff get
    assert find_equity("As a permanent employee you receive share options.")
    assert find_equity("Contractors are not eligible for our employee share scheme; you are, with share options.")


def test_home_working_left_to_be_defined_is_no_mode():
    assert "remote" not in _converted("Data Engineer GCP\nParis\n\n- Télétravail À définir avec le client\n\n"
                                      "Mission basée dans nos bureaux de Paris 9e ; les modalités de télétravail seront "
                                      "définies avec l'équipe au démarrage.\n").meta
    assert _converted("Data Engineer\nParis\n\nTélétravail : 2 jours par semaine.\n").meta["remote"] == "hybrid"


def test_a_name_merged_into_a_longer_one_twice_and_a_fault_in_one_file_does_not_stop_the_others(tmp_path, monkeypatch):
    text = ("Senior Engine Programmer\nGrimfrost Studio\nKraków\n\nAbout Grimfrost\nGrimfrost Studio is an independent "
            "developer of RPGs. Grimfrost Studio ships on PC.\n\nYou write C++.\n\nAdministrator danych: Grimfrost Studio S.A., "
            "Kraków. Grimfrost Studio S.A. is registered in Kraków.\n")
    assert _converted(text).meta["company"].startswith("Grimfrost Studio")
    import jobboard.importer as importer
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Rust Engineer\nFerrox\nBerlin\n\nYou write Rust.\n")
    (raw / "b.txt").write_text("Go Engineer\nFerrox\nBerlin\n\nYou write Go.\n")
    convert = importer.convert

    def faulty(text, name, vocab, gazetteer):
        if name == "b.txt":
            raise KeyError("a fault")
        return convert(text, name, vocab, gazetteer)
    monkeypatch.setattr(importer, "convert", faulty)
    report = importer.import_postings([raw], tmp_path / "out")
    assert len(list((tmp_path / "out").glob("*.md"))) == 1
    assert any("b.txt" in line and "KeyError" in line for line in report.lines), report.lines


def test_the_holdout22_rounds_review_misreadings_stay_fixed():
    from jobboard.conditions import find_equity
    from jobboard.titles import clean_title
    from jobboard.salary import Salary, find_salary
    from jobboard.shapes import read_shape
    # equity for permanent staff stays on a permanent job, and "full-time" does not make equity a permanent employee's
    assert _converted("Senior Smart Contract Engineer\nAcme\nBerlin\n\nYou write Solidity.\n\n"
                      "Stock options for all full-time employees.\n").meta["equity"] is True
    assert _converted("Backend Engineer\nAcme\nBerlin\n\nContract type: Permanent, full-time\n\nYou write Go.\n\n"
                      "VSOP for every permanent employee.\n").meta["equity"] is True
    assert find_equity("This is a full-time contract with stock options.", contract=True)
    assert not find_equity("We also hire a permanent engineer (€95.000 + share options).", contract=True)
    # another amount with its OTE is no top; a lower second rate is the bottom
    assert find_salary([], "Base salary £45,000 or £70,000 OTE.", None) == Salary(45000, 45000, "GBP", "year")
    assert find_salary(["$95/hr C2C or $85/hr W2"], "", None) == Salary(85, 95, "USD", "hour")
    assert find_salary([], "The salary is €60,000 (plus €300 monthly travel allowance).", None) == \
        Salary(60000, 60000, "EUR", "year")
    assert find_salary([], "USW Pay Band 13 -- $89,480 with an annual step progression to a maximum of $114,382.", None) == \
        Salary(89480, 114382, "USD", "year")
    assert find_salary([], "Salary $80,000 - $100,000 (avg $90,000 for this level)", None) == \
        Salary(80000, 100000, "USD", "year")
    # an ambiguous name inside another's
    assert find_tags_of("Ray Tracing, Vulkan and DirectX 12") == ["vulkan", "directx"]
    assert find_tags_of("Ray, Python and PyTorch") == ["ray", "python", "pytorch"]
    assert find_tags_of("negozio di fiori; contact op met Gerrit de Vries") == []
    # an About section's opening word the text also writes in lower case is no name; a one-word name with its article
    assert _converted("Engineer\n\n## About us\n\nHealthcare is broken. At Claimwise, we fix billing. Claimwise is "
                      "growing; healthcare deserves better.\n\n## Role\n\nYou write Python.\n").meta["company"] == "Claimwise"
    assert _converted("Ingénieur\n\n## Qui sommes-nous\n\nLa Poste est un groupe. La Poste recrute.\n\n"
                      "Vous codez en Java.\n").meta["company"] == "La Poste"
    assert _converted("Engineer\n\n## About us\n\nN26 is the bank you love. N26 is growing.\n\n"
                      "You write Kotlin.\n").meta["company"] == "N26"
    # home working with its days left open is still hybrid
    assert _converted("Engineer\nAcme\nBerlin\n\nRemote work: 2 days a week, exact days to be agreed with your "
                      "manager.\n").meta["remote"] == "hybrid"
    for raw in ("Contract to Hire Java Developer", "Contract Risk Manager", "Contract Research Associate",
                "Research Engineer (ML, UK)", "Backend Engineer / Platform Engineer (Berlin, DE)",
                "Sales Engineer / Account Manager, LA"):
        assert clean_title(raw) == raw
    assert _converted("Engineer\n\nHybrid: you'll work from our offices in London, Manchester and Leeds. We are "
                      "headquartered in London.\n\nYou write Python.\n").meta["cities"] == ["London", "Manchester", "Leeds"]
    body = "Engineer\n\n" + "You build our routing engine in Rust. " * 12 + "\n\n## Other projects\n\n- a GTFS importer\n"
    assert "GTFS" in read_shape(body, "x.md").text
    assert _converted("Hello there.\n\nAbout the team: we are looking for a Backend Engineer in January, to build APIs "
                      "in Go and Python with us.\n").meta["title"] == "Backend Engineer"
    from jobboard.companies import find_company
    for sector in ("Financial Services", "Kunde aus der Automobilbranche"):
        assert find_company({"company": "Brookline Staffing"}, {"client": [sector]}, [], "We place engineers.", set()) \
            is None, sector


def find_tags_of(text):
    from jobboard.skills import find_tags
    from jobboard.vocab import load_vocabulary
    return find_tags(text, load_vocabulary(None))


def test_a_games_board_s_titles_studios_and_places():
    from jobboard.titles import clean_title, has_job_noun
    for raw, title in (("Senior Gameplay Programmer (Unreal) – Unannounced AAA Project", "Senior Gameplay Programmer (Unreal)"),
                       ("Level Designer – Open World", "Level Designer"),
                       ("qa tester – live game (full-time)", "qa tester"),
                       ("Build & Release Engineer – AAA Games Studio", "Build & Release Engineer"),
                       ("ui artist – vancouver studio", "ui artist"),
                       ("Engineer – Platform Hub", "Engineer – Platform Hub"),
                       ("Community Manager (Remote, UK) 🎮", "Community Manager"),
                       ("UI Artist or UI/UX Designer", "UI Artist"),
                       ("Head of Sales or Marketing", "Head of Sales or Marketing")):
        assert clean_title(raw) == title, raw
    assert all(map(has_job_noun, ("Technical Artist", "Producer", "Pipeline TD", "Character Rigger")))
    assert not has_job_noun("TD Bank")
    studio = ("<html><head><title>Marrowgate Studios - Audio Programmer</title></head><body><h1>Audio Programmer</h1>"
              "<h2>About Marrowgate</h2><p>Marrowgate Studios was founded in Leamington Spa in 2009. Marrowgate makes vehicle "
              "combat games in C++.</p><p>Marrowgate is committed to an inclusive team: talent@marrowgate.co.uk</p></body></html>")
    assert _converted(studio, "page.html").meta["company"] == "Marrowgate Studios"
    lowercase = ("producer\n\nsaltbush games – fitzroy, melbourne\n\nhi, we're saltbush. we're 22 people making games in "
                 "unity.\n\nwe're looking for a producer to run production. saltbush is small.\n\nemail jobs@saltbush.games\n")
    assert _converted(lowercase).meta["company"] == "saltbush games"


def test_the_holdout24_rounds_review_misreadings_stay_fixed():
    from jobboard.titles import clean_title, has_job_noun
    for raw, title in (("Lecturer or Senior Lecturer", "Lecturer or Senior Lecturer"),
                       ("Director or Senior Director, Engineering", "Director or Senior Director, Engineering"),
                       ("Project Manager – New Projects", "Project Manager – New Projects"),
                       ("Senior Developer – Upcoming Project", "Senior Developer – Upcoming Project"),
                       ("Senior C♯ Engineer", "Senior C♯ Engineer"),
                       ("Backend Engineer 🔥 Berlin 🔥 €80k", "Backend Engineer"),
                       ("Engineer – Paris Office (Hybrid)", "Engineer"),
                       ("⭐ Data Engineer", "Data Engineer")):
        assert clean_title(raw) == title, raw
    assert not any(map(has_job_noun, ("Producer Relations", "Artist Management", "producer of recycled cardboard")))
    assert has_job_noun("VFX TD") and has_job_noun("Creature TD")
    product = ("Engineer\n\n## About Roblox\n\nRoblox is a platform. Roblox Studio lets creators build worlds. Roblox is "
               "growing.\n\nYou write Lua and C++.\n\ncareers@roblox.com\n")
    assert _converted(product).meta["company"] == "Roblox"
    lowercase = ("engineer\n\nkiwano · berlin\n\nkiwano builds shops. kiwano studio is our drag-and-drop store builder. "
                 "kiwano is 20 people.\n\nyou write typescript.\n\njobs@kiwano.io\n")
    assert _converted(lowercase).meta["company"] == "kiwano"
    # "Québec" after another city is the province
    assert _converted("Engineer\nAcme\nLaval, Québec, QC H7T 2P5\n\nYou write Java.\n").meta["cities"] == ["Laval"]


def test_a_hardware_board_s_chrome_perks_fields_and_employers():
    from jobboard.conditions import find_remote
    from jobboard.places import find_cities, load_gazetteer
    from jobboard.shapes import read_shape
    page = ("0 notifications total\n\nSkip to search\n\nSkip to main content\n\nKeyboard shortcuts\nClose jump menu\nSearch\n"
            "Home\nMy Network\nJobs\n\nStaff Design Verification Engineer\nCorvalis Semiconductor · Austin, TX (On-site)\n\n"
            "About the job\n\nYou verify RISC-V cores with SystemVerilog and UVM.\n")
    assert _converted(page).meta["company"] == "Corvalis Semiconductor"
    assert "Skip to search" not in read_shape(page, "x.txt").text
    assert find_remote({"remote": "onsite"}, {}, "- Must work on-site in our Austin office 5 days a week\n- Free lunch on "
                       "site three days a week", True) == "onsite"
    assert find_remote({"remote": "onsite"}, {}, "Work on-site in our Austin office.\n- Lunch is provided on site three "
                       "days a week", True) == "onsite"
    gazetteer = load_gazetteer()
    for field in ("Mobile, AL", "Reading Berkshire", "Reading Hybrid"):  # (the review of this round)
        assert find_cities(field, gazetteer, True), field
    assert _converted("Monzo | Backend Engineer | London\n\nCompany: Series B fintech, 200 people\n\nYou write Go.\n"
                      ).meta["company"] == "Monzo"
    headline = ("Embedded Test Engineer – HIL (Automotive) | 3–6 yrs | Bengaluru\n\nCompany: Velanta Mobility Technologies "
                "Pvt. Ltd.\nLocation: Bengaluru\n\nWe test ECUs with Python.\n")
    assert _converted(headline).meta["company"].startswith("Velanta Mobility")
    about = ("## Location\n\n* Eindhoven, Netherlands\n\n## About Us\n\nTessaline designs and builds motion systems. We are 140 "
             "people.\n\n## Apply\n\n* Homepage: tessaline.nl/careers\n* Questions: jobs@tessaline.nl\n")
    assert _converted(about).meta["company"] == "Tessaline"


def test_a_pay_field_s_label_keeps_its_period():
    from jobboard.salary import Salary
    text = ("Hardware Design Engineer\nHanwei Technology\nLocation: Hsinchu, Taiwan\n\n月薪：新台幣 70,000 – 105,000 元（依經驗核定，保障年薪14個月）\n\n"
            "We design PCBs in Altium.\n")
    assert _converted(text).meta["salary"] == Salary(70000, 105000, "TWD", "month").__dict__


# The holdout27 round: a healthcare, life sciences and public sector board

def test_a_public_employer_s_postings_grades_scales_units_and_telework():
    from jobboard.conditions import find_equity, find_remote
    from jobboard.titles import clean_title
    from jobboard.salary import Salary, find_salary
    assert clean_title("Senior Business Intelligence Analyst, Grade VII") == "Senior Business Intelligence Analyst"
    assert clean_title("Epic Analyst II - Ambulatory (Remote)") == "Epic Analyst II - Ambulatory"  # a field, not a place
    assert clean_title("Analyst - Cardiology") == "Analyst - Cardiology" and clean_title("Data Analyst - Berlin") == "Data Analyst"
    assert clean_title("Stellenangebote ? Informatik ? ICT Security Engineer") == "ICT Security Engineer"  # a lost "›"
    # a pay scale, point by point: its last point is the top
    scale = "The salary scale for the post is: €59,151 – €60,866 – €62,583 – €64,302 – €72,889 LSIs"
    assert find_salary([], scale, None) == Salary(59151, 72889, "EUR", "year")
    assert find_salary([], "Salary: €50,000 – €60,000 - 2 days remote", None) == Salary(50000, 60000, "EUR", "year")
    # USAJOBS: "Remote job No" is no remote job; routine telework some days a week is hybrid
    usajobs = "Location: Washington, DC\nRemote job No\nTelework: up to 3 days per week of routine telework.\n"
    assert find_remote({}, {}, usajobs, True) == "hybrid"
    assert find_remote({}, {}, "The team works on site two days a week, with the remainder from home.", True) == "hybrid"
    assert find_remote({}, {}, "We support flexible working: a mix of days in the office and at home.", True) == "hybrid"
    assert find_remote({}, {}, "Arbeitsort: Basel\nHomeoffice bis zu zwei Tage pro Woche", True) == "hybrid"
    assert not find_equity("A commitment to achieving equity of health outcomes for Māori and equitable care.")
    # the employer, not its department: a byline's organisation, a unit's about-us subject, a lowercase public body
    oxford = ("# Research Software Engineer\n\n**University of Oxford** — Nuffield Department of Population Health (NDPH)\n\n"
              "## About the role\n\nYou write Python for researchers across NDPH.\n\n## About us\n\nThe Nuffield Department of "
              "Population Health is one of the largest departments in the Medical Sciences Division.\n")
    assert _converted(oxford, "o.md").meta["company"] == "University of Oxford"
    who = ("# Technical Officer\n\n**World Health Organization** · Department of Digital Health and Innovation (DHI)\n\n"
           "## Location\n\n* Geneva, Switzerland\n\nYou work on FHIR standards with Member States.\n")
    assert _converted(who, "w.md").meta["company"] == "World Health Organization"
    aps = ("senior data analyst\ndepartment of health and aged care\nhealth economics division\n\nlocation: canberra act\n\n"
           "the branch turns health data into evidence. we use sql and r.\n\ncontact: dab.recruitment@health.gov.au\n")
    assert _converted(aps).meta["company"] == "Department of Health and Aged Care"
    hse = ("Senior Business Intelligence Analyst, Grade VII\nHealth Service Executive (HSE) – Feidhmeannacht na Seirbhíse Sláinte\n"
           "Campaign Reference: NRS14587\nLocation of Post\nHSE Dublin and Midlands, Dublin 8.\n\nPurpose of the Post\nThe HSE "
           "runs Ireland's health services. You build Power BI reports for the HSE and HSE hospital groups with the HSE team.\n")
    assert _converted(hse).meta["company"] == "Health Service Executive"
    cro = ("# Clinical Data Manager (m/w/d)\n\n**Isarmed Clinical Research GmbH** · Vollzeit · unbefristet\n\n## Über uns\n\n"
           "Isarmed ist ein Auftragsforschungsinstitut in München. Isarmed betreut klinische Studien.\n\n## Profil\n\n"
           "Sie arbeiten nach ICH-GCP mit SAS. Mit „GCP“ meinen wir Good Clinical Practice – mit Google Cloud arbeiten wir nicht.\n")
    converted = _converted(cro, "c.md")
    assert converted.meta["company"] == "Isarmed Clinical Research" and "gcp" not in converted.meta["tags"]
    # a page's own line of places under LinkedIn's one: every place the job is in
    linkedin = ("Public Health Agency of Canada\nShare\nShow more options\nData Engineer (IT-03)\nOttawa, ON · 3 weeks ago · "
                "87 applicants\n\nApply\nSave\n\nAbout the job\nData Engineer (IT-03)\nPublic Health Agency of Canada – Data Branch\n"
                "Ottawa (Ontario) and Winnipeg (Manitoba)\n\nClassification: IT-03\nYou build pipelines in Python and Spark. "
                "You work on site in Ottawa or Winnipeg at least 3 days per week.\n")
    converted = _converted(linkedin)
    assert (converted.meta["title"], converted.meta["cities"]) == ("Data Engineer", ["Ottawa", "Winnipeg"])
    # a JobPosting's country written out; a chemist's title on a page without capitals
    page = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting", '
            '"title": "Epic Analyst II - Ambulatory (Remote)", "hiringOrganization": {"@type": "Organization", "name": '
            '"Lakeshore Health"}, "jobLocationType": "TELECOMMUTE", "jobLocation": {"@type": "Place", "address": {"@type": '
            '"PostalAddress", "addressRegion": "IL", "addressCountry": "United States of America"}}}</script></head>'
            '<body><h1>Epic Analyst II - Ambulatory (Remote)</h1><p>You build Epic workflows with SQL.</p></body></html>')
    assert _converted(page, "e.html").meta["country"] == "US"
    chemist = ("kemvia bio – jobs\n\ncomputational chemist\ndrug discovery · copenhagen · full-time\n\nwe're kemvia bio, a biotech. "
               "kemvia bio designs molecules.\n\nyou run docking with rdkit and python.\n")
    assert _converted(chemist).meta["title"] == "Computational Chemist"


# The holdout26 round: a Latin American and Iberian board

def test_a_latin_american_board_s_pages_lost_symbols_and_lowercase_names():
    from jobboard.titles import clean_title
    from jobboard.salary import Salary, find_salary
    # LinkedIn in Portuguese with its "matches your preferences" line: still a job site's header
    linkedin = ("Pular para conteúdo principal\nLinkedIn\nPesquisar\nInício\nMinha rede\nVagas\n\nRotaz\nEngenheiro(a) de Dados "
                "Sênior\nCuritiba, Paraná, Brasil · há 3 dias · 57 candidaturas\n\nR$ 18.000/mês - R$ 22.000/mês\nRemoto\n"
                "Tempo integral\nCorresponde às suas preferências de vaga. O tipo de local de trabalho é Remoto.\n\n"
                "Candidatura simplificada\nSalvar\nSalvar Engenheiro(a) de Dados Sênior em Rotaz\n\nSobre a vaga\n"
                "A Rotaz é uma plataforma de fretes. Você usa Python e Spark.\n")
    converted = _converted(linkedin)
    assert (converted.meta["cities"], converted.meta["country"]) == (["Curitiba"], "BR")
    assert "candidaturas" not in converted.body
    # San José, Costa Rica is not San Jose, California
    lowercase = ("careers / engineering / qa automation engineer\n\nqa automation engineer\nsan josé, costa rica · engineering · "
                 "full-time\n\nbrightloop builds software. our hub in san josé works with our team in austin, texas.\n")
    assert (_converted(lowercase).meta["cities"], _converted(lowercase).meta["country"]) == (["San José"], "CR")
    # a file that lost its "€" and the letters of its label: the country's currency, a pay field still
    lost = "Remunera\ufffd\ufffdo: 1.800 \ufffd - 2.400 \ufffd brutos mensais (x14)"
    assert find_salary([], lost, "EUR") == Salary(1800, 2400, "EUR", "month")
    assert find_salary([], "Pay grade: IT Professional 3 (PS-13).", "USD") is None
    # a breadcrumb with arrows; a freelance marketplace is no employer; a lowercase subject after its article
    assert clean_title("open roles → product → product manager, payments") == "product manager, payments"
    gig = ("Workana\nBuscar proyectos   Mis propuestas   Mensajes   Mi perfil\n\nProgramador/a React Native Senior\n"
           "Programación y Tecnología › Desarrollo de apps móviles\nPublicado: hace 5 horas | Propuestas: 14\n"
           "Presupuesto: USD 15 - 25 por hora\n\nDescripción del proyecto\n\nSomos una startup de delivery. Trabajo 100% "
           "remoto. Pago semanal a través de Workana.\n")
    assert "company" not in _converted(gig).meta
    trilha = ("sobre a vaga\n\na trilha é uma edtech mineira que ajuda 1,2 milhão de estudantes a se prepararem para o enem e "
              "para os vestibulares pelo celular. nosso app é o principal produto da empresa.\n\nestamos procurando alguém "
              "com bastante experiência em flutter para ser referência técnica do squad de aprendizagem.\n\n"
              "bora? cadastre-se em https://trilha.gupy.io/\n")
    assert _converted(trilha).meta["company"] == "trilha"
    team = trilha.replace("a trilha é", "a empresa é").replace("trilha.gupy.io", "jobs.example.com") + "\na empresa cresce.\n"
    assert _converted(team).meta.get("company") != "empresa"


def test_the_review_of_the_holdout26_and_holdout27_rounds():
    from jobboard.conditions import find_equity, find_remote
    from jobboard.titles import clean_title
    from jobboard.salary import find_salary
    from jobboard.skills import find_tags
    from jobboard.vocab import load_vocabulary
    vocab = load_vocabulary(None)
    # no scale: hours, a phone number, OTE, users, another currency
    for text, top in [("Pay: $25 – 30 – 40 hours per week", 30), ("Pay: $25 - 30 - 555-1234", 30),
                      ("£45,000 - £55,000 - £65,000 OTE", 55000), ("Salary $100,000 - 120,000 - 2,500,000 users", 120000),
                      ("€50,000 – €60,000 – $70,000 for US hires", 60000), ("€59,151 – €60,866 – €62,583 – … – €72,889", 72889)]:
        assert find_salary([], text, None).max == top, text
    assert find_salary([], "月薪 20,000 - 30,000 元，另提供港元住房津贴", "CNY").currency == "CNY"  # an allowance's currency
    # a lost character is not always a breadcrumb's
    assert clean_title("Senior Data Engineer (m/w/d) ? Vollzeit ? Berlin") == "Senior Data Engineer"
    assert clean_title("Clinical Data Manager - Nordics") == "Clinical Data Manager"
    # ... but a seller's region is the territory the job covers (holdout12, holdout29)
    assert clean_title("Account Executive, Mid-Market – Nordics") == "Account Executive, Mid-Market – Nordics"
    assert clean_title("Sales Engineer – EMEA") == "Sales Engineer – EMEA"
    assert clean_title("Director of Engineering – EMEA") == "Director of Engineering"
    # GCP beside a cloud is Google Cloud; Epic only beside health IT; negations that are not
    assert "gcp" in find_tags("Our stack: GCP, Terraform, Kubernetes. We sell to clinical trials sponsors.", vocab)
    assert "epic" not in find_tags("Join Our Epic Journey as a Senior React Developer with TypeScript", vocab)
    assert "epic" not in find_tags("Epic's Unreal Engine 5 with C++ for a hospital simulation", vocab)
    assert "epic" in find_tags("Build Epic Clarity reports with SQL for our hospital EHR.", vocab)
    assert "kubernetes" in find_tags("Kubernetes is not required but nice to have; we run Python and Go.", vocab)
    assert "java" not in find_tags("We don't use Java here; we write Python and Go.", vocab)
    # a byline's terms are no organisation; a freelancer's city is no remote gig
    assert _converted("# Surgeon's Data Analyst\n\n**Full Time** · Department of Surgery\n\nYou write SQL.\n", "s.md"
                      ).meta.get("company") != "Full Time"
    assert find_remote({}, {}, "Only freelancers located in Berlin may apply. Work is on site at our Berlin office 5 days "
                       "a week.", False) == "onsite"
    assert find_remote({}, {}, "Remote job? No problem, we are fully distributed.", False) == "remote"
    assert find_equity("base + equity in healthcare's fastest-growing startup")


def test_a_careers_page_of_several_jobs_keeps_only_the_postings_and_not_the_cards_below_it():
    rule = "\n\n────────────\n\n"
    page = ("careers · falak\n\nopen roles (3)" + rule + "senior application security engineer\ndubai, uae · on-site · full-time\n\n"
            "falak is a licensed virtual asset exchange. we're looking for a senior application security engineer.\n\n"
            "pay & perks\n- aed 35k–45k per month, tax-free\n- five days a week in the office.\n\n"
            "apply: https://falak.ae/careers/appsec" + rule + "compliance analyst\nabu dhabi, uae · on-site\naed 20k–26k per month.\n"
            "apply: https://falak.ae/careers/compliance" + rule + "senior product designer\nremote (emea) · full-time\n"
            "figma, design systems.\napply: https://falak.ae/careers/designer" + rule + "falak · adgm · dubai\n")
    converted = _converted(page)
    assert converted.meta["remote"] == "onsite" and converted.meta["cities"] == ["Dubai"]
    assert "figma" not in converted.meta.get("tags", []) and "compliance analyst" not in converted.body
    assert "falak · adgm · dubai" in converted.body  # the page's footer stays


def test_a_remote_job_drops_the_head_office_its_header_names_and_reads_pay_said_to_be_all_inclusive():
    page = ("# Staff Software Engineer\n\n## Oja Finance · Lekki Phase 1, Lagos\n\nRemote (Nigeria)\n\n### About\n\n"
            "Oja Finance is a bank. Our head office is in Lekki, Lagos, but most of engineering works remotely.\n\n"
            "### Benefits\n\n- Remote within Nigeria. We meet in Lagos for one week every quarter.\n\n"
            "### Package\n\nUp to ₦3,400,000 per month, all-inclusive (basic + housing + transport)\n")
    converted = _converted(page, "posting.md")
    assert converted.meta["remote"] == "remote" and "cities" not in converted.meta and converted.meta["country"] == "NG"
    assert converted.meta["salary"] == {"max": 3400000, "currency": "NGN", "period": "month"}


# The holdout29 round: go-to-market and operations roles at tech, retail and logistics companies
def test_the_holdout29_round_sellers_titles_pay_and_modes():
    from jobboard.conditions import find_equity, find_remote, mode_of_field
    from jobboard.companies import find_company
    from jobboard.titles import clean_title, find_title
    from jobboard.salary import find_salary
    from jobboard.structure import to_blocks
    # a LinkedIn header whose title names the job by its abbreviation, and a seller's territory after a dash
    page = _converted("Civicflow logo\nCivicflow\nEnterprise AE (Public Sector) - East Coast\nUnited States · 1 week ago\n\n"
                      "Remote\nFull-time\n\nApply\nSave\n\nAbout the job\nWe're hiring an Enterprise Account Executive to own "
                      "new business.\n\n$300K OTE, 50/50 split between base and commission, uncapped, plus RSUs.\n")
    assert page.meta["title"] == "Enterprise AE (Public Sector) - East Coast"
    assert page.meta["salary"] == {"min": 150000, "max": 150000, "currency": "USD", "period": "year"}  # OTE's base half
    assert clean_title("Business Development Manager – North West") == "Business Development Manager – North West"
    assert find_salary([], "OTE £120,000 - £140,000 with a 60/40 base/variable split", None).max == 84000
    assert find_salary([], "$120k OTE", None).max == 120000  # no split: the OTE, as before
    # French titles with "responsable" and an announcement before them
    assert clean_title("responsable achats indirects (f/h)") == "responsable achats indirects"
    assert clean_title("Nouvelle offre : Product Marketing Manager (H/F)") == "Product Marketing Manager"
    # the job in bold in Dutch and German prose
    text = "Daarom zoeken we een **Lifecycle Marketing Manager** die het ledentraject in handen neemt."
    assert find_title({}, {}, to_blocks(text), text) == "Lifecycle Marketing Manager"
    # modes: a Swedish field, Norwegian office days, remote days a week, Fridays at home
    assert mode_of_field("Ej distans", yes_no=True) == "onsite" and mode_of_field("Delvis distans") == "hybrid"
    assert find_remote({}, {}, "Vi sitter sammen på kontoret i Bjørvika alle dager.", True) == "onsite"
    assert find_remote({}, {}, "Tallinn (Ülemiste hub) – office-based, 1–2 remote days a week once onboarded", True) == "hybrid"
    assert find_remote({"remote": "onsite"}, {}, "How we work: we're in the office Monday to Thursday, and Fridays are "
                                                 "work-from-home.", True) == "hybrid"
    # "every employee shares in a profit share" is no equity; German nouns after "bei" are no employers
    assert not find_equity("We don't offer an equity plan, but every employee shares in a company-wide profit share.")
    text = ("Kontora automatisiert die Kreditorenbuchhaltung. Über 2.300 Unternehmen arbeiten mit Kontora.\n\n"
            "- Du unterstützt bei Ausschreibungen\n")
    assert find_company({}, {}, to_blocks(text), text, set(), "Solutions Engineer") == "Kontora"
    # an agency's client named once between commas
    text = "Our client, Tembusu Logistics, is a Singapore-headquartered logistics company. Apply through Harbour Talent."
    assert find_company({"company": "Harbour Talent Partners"}, {"client": []}, to_blocks(text),
                        text + " Harbour Talent is a staffing and recruiting firm.", set(), "Planner") == "Tembusu Logistics"


def test_the_holdout29_round_other_openings_and_the_workplace_part_of_a_sentence():
    page = _converted("paysetu · careers\n\ncustomer support lead\nbengaluru · full-time · work from office\n\nwe're an "
                      "office-first team: five days a week at our office in bengaluru.\n\nother openings in support & operations\n"
                      "- senior support associate – chennai – ₹6–8 lpa\n- risk operations analyst – gurugram – hybrid\n")
    assert page.meta["remote"] == "onsite" and page.meta["cities"] == ["Bengaluru"]
    lyon = _converted("responsable achats (f/h)\n\nlyon 7e · cdi\n\nnos bureaux de lyon.\n\nd'autres offres chez colisto\n"
                      "- chef de hub – bordeaux\n- business developer – paris (hybride)\n")
    assert lyon.meta["cities"] == ["Lyon"] and "remote" not in lyon.meta
    from jobboard.places import job_cities, load_gazetteer
    text = ("everything we sell ships from our warehouse partner in kolding, and a small team in copenhagen keeps the "
            "machine running.")
    assert [c.name for c in job_cities(text, load_gazetteer())] == ["Copenhagen"]


def test_the_review_of_the_holdout28_and_holdout29_rounds():
    from jobboard.conditions import find_equity, find_remote, mode_of_field
    from jobboard.companies import find_company
    from jobboard.titles import clean_title, find_title, has_job_noun
    from jobboard.places import job_cities, load_gazetteer, restore_lost_letters
    from jobboard.salary import find_salary
    from jobboard.skills import find_tags
    from jobboard.structure import to_blocks
    from jobboard.vocab import load_vocabulary
    gazetteer, vocab = load_gazetteer(), load_vocabulary(None)
    # a posting's own sections between rules are no other jobs' cards, and "Other roles on the team" ends nothing
    rule = "\n\n──────────────\n\n"
    own = _converted("Senior Platform Engineer\n\n" + "We build the platform in Oslo. " * 10 + rule + "The details\n"
                     "Location: Oslo (hybrid, 2 days in office)\nSalary: NOK 850,000 – 1,000,000 per year\n"
                     "Apply: https://x.no/apply" + rule + "Questions\nWrite to us\nApply here: https://x.no/apply\n").meta
    assert own["remote"] == "hybrid" and own["salary"]["max"] == 1000000 and own["apply_url"] == "https://x.no/apply"
    team = _converted("Product Designer\n\nYou design our app.\n\nOther roles on the team\n- 3 Frontend Engineers\n"
                      "- 1 Product Manager\n\nSalary: €60,000 – €70,000 per year. Hybrid, 2 days a week in our Berlin office.\n").meta
    assert team["salary"]["max"] == 70000 and team["remote"] == "hybrid"
    # "bei Volkswagen" names an employer; "bei Fragen", "bei Vollzeit" do not
    text = "Werde Teil unseres Teams bei Volkswagen! Bewirb dich jetzt bei Volkswagen."
    assert find_company({}, {}, to_blocks(text), text, set(), "Engineer") == "Volkswagen"
    # remote allowed beside an office job, lunch at the office every day, shares in a company
    assert find_remote({}, {}, "Office-based in Manchester, with the option to work remote within the UK.", True) == "onsite"
    assert find_remote({}, {}, "Gratis lunsj på kontoret alle dager", True) is None
    assert find_equity("employee shares in the company")
    # a workplace word in one part of a sentence and its city in the other
    for text, city in (("Tu travailleras dans nos bureaux, en plein cœur de Lyon.", "Lyon"),
                       ("You will work from our office, and it sits right in the centre of Manchester.", "Manchester"),
                       ("Du arbeitest in unserem Büro, und zwar mitten in München.", "Munich")):
        assert [c.name for c in job_cities(text + " Founded in Leeds, Paris and Berlin.", gazetteer)] == [city], text
    # bold jobs that are someone else's
    for text in ("We are seeking an assistant to the **Chief Executive Officer**.",
                 "wir suchen für unseren **Head of Marketing** eine Assistenz."):
        assert find_title({}, {}, to_blocks(text), text) not in ("Chief Executive Officer", "Head of Marketing")
    assert not has_job_noun("AES") and has_job_noun("Enterprise AE")
    # "operates as": a word, not a legal form (AS), after a lowercase page's name
    page = ("hello from kuusi.\n\nkuusi energy operates as the booking layer for heat pumps. kuusi energy builds tools.\n\n"
            "write to jobs@kuusi.fi\n")
    assert find_company({}, {}, to_blocks(page), page, set(), "Engineer") == "kuusi energy"
    # a seller's territory by the job's own words; team names in accented letters stay
    for title in ("Software Engineer - Sales Platform - EMEA", "Engineering Manager, Customer Success Platform – EMEA"):
        assert not clean_title(title).endswith("EMEA"), title
    for title in ("Product Manager / Équipe Paiements", "Software Engineer / Köln oder Remote"):
        assert clean_title(title) == title
    # an OTE's split of something else; Swedish negations; a Zoom info session; İzmir
    assert find_salary([], "Package: £120,000 OTE, 70/30 split between new business and account growth.", None).max == 120000
    assert mode_of_field("Ej helt på distans") != "remote" and mode_of_field("Nej, ej distans", yes_no=True) == "onsite"
    assert find_tags("Join our Zoom info session on 12 May", vocab) == []
    assert restore_lost_letters("Ofis: ?zmir ve ?stanbul", gazetteer) == "Ofis: İzmir ve İstanbul"


# The holdout30 round: European public institutions, NGOs and international organisations
def test_the_holdout30_round_titles_employers_places_pay_and_modes():
    from jobboard.conditions import find_remote
    from jobboard.companies import find_company
    from jobboard.locations import applicants_country
    from jobboard.titles import clean_title
    from jobboard.structure import to_blocks
    # grades and references after a title; a stack of slashes with no digit is no reference
    for raw, title in (("IT Security Officer (AD 7) – Ref. ENISA/2026/TA/03", "IT Security Officer"),
                       ("Data Platform Engineer (Temporary Agent, AD 6) – EMA/AD/531", "Data Platform Engineer"),
                       ("Network Engineer – Contract Agent FG IV", "Network Engineer"),
                       ("INFORMATION SYSTEMS OFFICER, P3", "INFORMATION SYSTEMS OFFICER"),
                       ("Data Engineer – CI/CD/Cloud", "Data Engineer – CI/CD/Cloud"),
                       # bilingual titles: the English half
                       ("Softwareentwickler:in / Software Engineer (w/m/d)", "Software Engineer"),
                       ("Linux Systeembeheerder HPC / Linux System Administrator HPC", "Linux System Administrator HPC"),
                       # German's gender star stays; an employer after Swedish "till"; a tender's announcement
                       ("Frontend-Entwickler*in (m/w/d) für die WDR-Apps", "Frontend-Entwickler*in für die WDR-Apps"),
                       ("Systemutvecklare Java till Försäkringskassan", "Systemutvecklare Java"),
                       ("tender / job: c++ developer – accessibility (m/f/d)", "c++ developer – accessibility")):
        assert clean_title(raw) == title, raw
    header = _converted("World Health Organization\nShare\nShow more options\nTechnical Officer (Cloud and Infrastructure "
                        "Engineering)\nCopenhagen, Capital Region of Denmark, Denmark · 4 days ago\n\nOn-site\nFull-time\n\n"
                        "Apply\nSave\n\nAbout the job\nGrade: P3\n\nThe WHO Regional Office for Europe covers 53 Member States.\n"
                        "Teleworking up to 2 days per week.\n").meta
    assert header["title"] == "Technical Officer (Cloud and Infrastructure Engineering)" and header["remote"] == "hybrid"
    # employers: an association with its country, a name that starts in lower case, a long public body above the title
    page = ("# Softwareentwickler:in / Software Engineer (w/m/d)\n\n**Wikimedia Deutschland e. V.** · Bereich Software · "
            "Team Wikibase\n\n## Salary\n\n* 58.000 € brutto/Jahr bei Vollzeit\n\n## About Us\n\nWikimedia Deutschland setzt "
            "sich für Freies Wissen ein.\n")
    assert _converted(page, "a.md").meta["company"] == "Wikimedia Deutschland"
    notice = _converted("eu-LISA – European Union Agency for Large-Scale IT Systems\nVesilennuki 5, 10415 Tallinn, Estonia\n\n"
                        "VACANCY NOTICE\n\nNetwork Engineer – Contract Agent FG IV\nPlace of employment: Strasbourg, France\n\n"
                        "1. WHO WE ARE\n\neu-LISA was established in 2011 and runs the large-scale IT systems of the area of "
                        "freedom, security and justice.\n\n2. ELIGIBILITY\n\nYou must be able to obtain a security clearance "
                        "at SECRET UE/EU SECRET level.\n\neu-LISA is an equal opportunities employer and welcomes every "
                        "application.\n").meta
    assert (notice["company"], notice["cities"], notice["country"]) == ("eu-LISA", ["Strasbourg"], "FR")
    text = ("Bundesamt für Sicherheit in der Informationstechnik\n\n# IT-Sicherheitsexperte (w/m/d)\n\nDas Bundesamt für "
            "Sicherheit in der Informationstechnik (BSI) gestaltet Informationssicherheit.\n")
    assert find_company({"page_title": "Interamt - Stellenangebot: IT-Sicherheitsexperte"}, {}, to_blocks(text), text, set(),
                        "IT-Sicherheitsexperte") == "Bundesamt für Sicherheit in der Informationstechnik"
    # a breadcrumb's team is neither the title's nor the employer; a lowercase page's "die … gmbh (brz) ist"
    page = ("karriere › offene stellen › it-security engineer (w/m/x) – security operations center\n\nit-security engineer "
            "(w/m/x)\nsecurity operations center · referenznummer 2026-0147 · wien · vollzeit\n\ndie bundesrechenzentrum gmbh "
            "(brz) ist der führende it-dienstleister. im security operations center (soc) schützen wir die systeme. das "
            "bundesrechenzentrum wächst.\n\ndeine aufgaben\n\n- du analysierst vorfälle\n")
    brz = _converted(page).meta
    assert (brz["title"], brz["company"]) == ("IT-Security Engineer", "bundesrechenzentrum")
    # pay a JobPosting states, where the page leaves the top open; telework by the month; residents of a country
    saved = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Senior DevOps Engineer", '
             '"hiringOrganization": {"name": "Logius"}, "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR", "value": '
             '{"@type": "QuantitativeValue", "minValue": 4221, "maxValue": 6297, "unitText": "MONTH"}}}</script></head><body>'
             '<h1>Senior DevOps Engineer</h1><p>Salaris: min €4.221 per maand.</p></body></html>')
    assert _converted(saved, "a.html").meta["salary"] == {"min": 4221, "max": 6297, "currency": "EUR", "period": "month"}
    assert find_remote({}, {}, "The Agency offers teleworking of up to 10 days per month.", True) == "hybrid"
    assert applicants_country("tdf is based in berlin. 100% remote – you must be resident in germany.") == "DE"


def test_the_review_of_the_holdout30_round():
    from jobboard.conditions import find_equity, find_remote
    from jobboard.companies import find_company
    from jobboard.locations import applicants_country
    from jobboard.titles import clean_title, find_title
    from jobboard.salary import find_salary
    from jobboard.structure import to_blocks
    # the company after the title's dash is the company, not a team
    header = _converted("Senior Frontend Engineer — Quebracho Labs\nQuebracho Labs · Kraków · Hybrid\n\nWe build maps. You "
                        "will build our React app with TypeScript.\n").meta
    assert (header["title"], header["company"]) == ("Senior Frontend Engineer", "Quebracho Labs")
    # "Other jobs in Berlin" still ends a page
    other = _converted("Senior iOS Engineer\n\nAcme GmbH · Munich\n\nYou build our app in Swift.\n\nOther jobs in Berlin\n"
                       "- Android Engineer · €90,000–€110,000 · Kotlin\n- SRE · Kubernetes, Terraform\n").meta
    assert "salary" not in other and "kubernetes" not in other.get("tags", [])
    # two English jobs are no translation; a Dutch compound is
    for title in ("Product Owner / Product Manager", "Network Engineer / Network Admin", "Content Designer / Content Strategist"):
        assert clean_title(title) == title
    assert clean_title("Linux Systeembeheerder HPC / Linux System Administrator HPC") == "Linux System Administrator HPC"
    # a team's city before the bold job is no possessive
    for text, title in (("Wij zoeken voor ons team in Utrecht een **Medior Data Engineer** die graag bouwt.", "Medior Data Engineer"),
                        ("Nous recherchons pour notre équipe de Lyon un **Développeur Backend Senior** passionné.",
                         "Développeur Backend Senior")):
        assert find_title({}, {}, to_blocks(text), text) == title
    # office days without a verb of working; a verb "shares"; words that start in lower case
    for text in ("Vi er på kontoret alle dager", "Du vil være på kontoret alle dager", "Vi mødes på kontoret alle dage"):
        assert find_remote({}, {}, text, True) == "onsite", text
    assert not find_equity("Every employee shares in our success through an annual bonus.")
    text = "At Tulpenhuis we sell flowers online.\n\neCommerce drives our growth every year.\n\neCommerce teams rely on our tools.\n"
    assert find_company({}, {}, to_blocks(text), text, set(), "Engineer") == "Tulpenhuis"
    # a stack of technologies and a network operations centre are no reference or grade; sellers' territories stay
    for title in ("Frontend Developer – HTML5/CSS3/JavaScript", "Security Analyst (NOC)", "Data Engineer (G2)",
                  "Head of Sales – DACH", "Customer Success Specialist – EMEA"):
        assert clean_title(title) == title
    # German nouns after "bei"; remote where it is the job's; what servers must be
    text = "Du unterstützt bei Migrationen und bei Architekturentscheidungen. Rabatte bei Partnerunternehmen."
    assert find_company({}, {}, to_blocks(text), text, set(), "Engineer") is None
    for text in ("Senior Backend Engineer, Acme — Remote within the UK", "You can work remote within the EU, or from our London office"):
        assert find_remote({}, {}, text, True) == "remote", text
    assert applicants_country("Remote anywhere in Portugal. Our servers must be located in Germany.") == "PT"
    text = "Senior Engineer\n\nWe build.\n"
    assert find_company({}, {"company": ["Stealth Company"]}, to_blocks(text), text, set(), "Senior Engineer") is None
    # an OTE's pay mix; telework in exceptional cases
    assert find_salary([], "OTE €140k, 70/30 pay mix", None).max == 98000
    assert find_remote({}, {}, "This is an on-site position. Telework up to 2 days per month in exceptional cases.", True) == "onsite"


# The holdout31 round: an Asia-Pacific board
def test_the_holdout31_round_titles_places_pay_and_encodings():
    from jobboard.conditions import find_equity, find_remote
    from jobboard.decode import decode
    from jobboard.companies import find_company
    from jobboard.titles import clean_title
    from jobboard.structure import to_blocks
    # a "## Role" section that holds only the title, where nothing else names it
    role = _converted("## Location\n\n* Jakarta Selatan, Indonesia — hybrid\n\n## About Us\n\nKopi Kilat runs coffee kiosks and "
                      "an app.\n\n## Role\n\nSenior Android Engineer — Payments Squad\n\n## What you need to have\n\n"
                      "* Kotlin and Jetpack Compose\n", "a.md").meta
    assert role["title"] == "Senior Android Engineer — Payments Squad"
    # a Japanese board's tag before a title with Latin letters, a full-width bar, a title's translation in one line
    assert clean_title("【大阪/リモート併用】SRE（インフラエンジニア）｜自社SaaS") == "SRE（インフラエンジニア）"
    assert clean_title("Senior Full Stack Developer 高級全端開發員 (Wealth-tech / Kwun Tong)") == \
        "Senior Full Stack Developer (Wealth-tech / Kwun Tong)"
    assert clean_title("Backend Engineer (Rust) / バックエンドエンジニア（Rust）") == "Backend Engineer (Rust)"
    # the Latin name the text gives beside a company's name in Japanese
    text = "なにわクラウド（Naniwa Cloud Inc.）は、関西の製造業向けSaaSを開発しています。"
    assert find_company({"company": "株式会社なにわクラウド"}, {}, to_blocks(text), text, set(), "SRE") == "Naniwa Cloud Inc."
    # "isn't remote or hybrid"; an office in brackets is which office; a bracket's negation is its own
    assert find_remote({}, {}, "5 days a week in the asok office. we like pairing in person, so this role isn't remote or "
                               "hybrid.", True) == "onsite"
    assert find_remote({}, {}, "Hybrid: 3 days in office, 2 days WFH", True, ["Ho Chi Minh City, Vietnam (Thu Duc City office)"]) \
        == "hybrid"
    assert find_equity("pay: s$7,000 – s$9,500 / month, plus the aws (the 13th-month kind, not the cloud one) and esop.")
    # Big5 without a charset is read as Big5; text in Windows-1252 stays so
    assert decode("高級全端開發員，工作地點：觀塘。".encode("big5") * 4).startswith("高級全端開發員")
    assert decode("Besançon, Zürich, café crème, naïve résumé élève. ".encode("cp1252") * 5).startswith("Besançon")
    # a Vietnamese work address; an agency's template with its client unnamed; a badge's rounded day rate
    hanoi = _converted("[HN] Senior Java Developer (Core Banking)\n\nSaoViet Tech\nĐịa điểm làm việc: Tầng 12, 48 Tố Hữu, "
                       "quận Nam Từ Liêm, Hà Nội\n\nOur head office is in Ho Chi Minh City; our largest development centre is "
                       "in Hanoi.\n").meta
    assert hanoi["cities"] == ["Hanoi"]
    agency = _converted("Senior .NET Developer - 6 Month Contract\nHalden Recruitment\nBrisbane, Queensland, Australia · 3 days "
                        "ago\n\nA$1K/day - A$1.2K/day\nHybrid\nContract\n\nEasy Apply\nSave\n\nAbout the job\n## Your new company\n\n"
                        "This well-known Queensland Government department is part-way through a transformation.\n\n"
                        "## What you'll get in return\n\nAn initial 6-month contract paying $1,000 - $1,150 per day plus super.\n").meta
    assert "company" not in agency and agency["salary"] == {"min": 1000, "max": 1150, "currency": "AUD", "period": "day"}


def test_the_review_of_the_holdout31_round():
    from jobboard.conditions import find_equity, mode_of_field
    from jobboard.decode import decode
    from jobboard.companies import _latin_name
    from jobboard.titles import clean_title
    from jobboard.webpage import _locality
    # UTF-8 with one Windows-1252 byte stays UTF-8, not Shift_JIS
    text = "Müller & Söhne Softwarehaus sucht Entwickler in München. Don’t wait. Développeur confirmé, Société Générale."
    assert decode(text.encode("utf-8").replace("’".encode("utf-8"), b"\x92")) == text
    # a negation before a bracket; a title in a Japanese tag; a Latin name that is a place or a listing
    assert not find_equity("We don't offer (at the moment) stock options, but a bonus")
    assert not find_equity("There is no (phantom or real) equity")
    assert clean_title("【Senior Backend Engineer】Acme Japan (Tokyo)") != "Acme Japan"
    assert _latin_name("矽峰科技股份有限公司", "矽峰科技（Hsinchu Science Park）成立於") is None
    assert _latin_name("さくらペイ株式会社", "さくらペイ（TSE Growth 4385）は") is None
    # brackets that say how the office is worked are the mode; only one that names an office is not
    for value in ("Berlin, Germany (Office)", "London, UK (office-based)", "Austin, TX (in office 5 days)",
                  "Leeds (home or office based)"):
        assert mode_of_field(value) == "onsite", value
    # a direct employer's "Your new company"; a section's sentence is no title; another city's range; a prefecture's ward
    direct = _converted("Customer Success Manager at Lumen Ledger\n\n## Your new company\n\nLumen Ledger builds accounting "
                        "software. Lumen Ledger is growing.\n\n## Your new role\n\nYou look after customers.\n").meta
    assert direct["company"] == "Lumen Ledger"
    prose = _converted("## Role\n\nYou will be the first data engineer on our platform team, reporting to the CTO.\n\n"
                       "## About\n\nWe build.\n", "a.md").meta
    assert "title" not in prose
    badge = _converted("Senior Engineer\nAcme\nAustin, TX · 3 days ago\n\n$140K/yr - $170K/yr\nHybrid\nFull-time\n\nApply\nSave\n\n"
                       "About the job\nThe range is $150,000 - $180,000 in New York City and $140,000 - $170,000 in other US "
                       "locations.\n").meta
    assert badge["salary"] == {"min": 140000, "max": 170000, "currency": "USD", "period": "year"}
    assert _locality({"addressRegion": "大阪府", "addressLocality": "堺区"}) == "堺区"


# The holdout32 round: Central and Eastern Europe, the Baltics and the Nordics
def test_the_holdout32_round_modes_names_pay_and_equity():
    from jobboard.conditions import find_equity, mode_of_field
    from jobboard.names import brand_name
    from jobboard.salary import find_salary
    from jobboard.shapes import labelled_lines
    from jobboard.titles import has_job_noun
    # a choice of remote work or an office, in Ukrainian and Russian, is a remote job; a hybrid model in Finnish, Estonian
    assert mode_of_field("віддалено (у межах України) або офіс у Харкові — на ваш вибір") == "remote"
    assert mode_of_field("удаленно или офис в Москве") == "remote"
    assert mode_of_field("офіс у Києві, 2 дні віддалено") == "hybrid"
    assert mode_of_field("Hübriidtöö") == "hybrid"
    finnish = _converted("Full Stack -ohjelmistokehittäjä\n\nKuura Digital Oy\n\nEspoo\n\n## Tarjoamme\n\n- Optio-ohjelma kaikille "
                         "vakituisille työntekijöille\n- Hybridimalli: toimistolla keskimäärin 2 päivää viikossa, muut päivät "
                         "etänä\n\n---\n\nTyönantaja: Kuura Digital Oy · Toimiala: Ohjelmistot ja IT · Työaika: Kokoaikatyö\n",
                         "a.md").meta
    assert (finnish["company"], finnish["remote"], finnish["equity"]) == ("Kuura Digital", "hybrid", True)
    # a line of several fields is several fields
    assert labelled_lines("Työnantaja: Kuura Digital Oy · Toimiala: Ohjelmistot ja IT")["company"] == ["Kuura Digital Oy"]
    # equity in other languages, and its negation before or after it
    assert find_equity("Oferujemy opcje na akcje dla wszystkich") and find_equity("nabízíme zaměstnanecké akcie")
    assert not find_equity("Brak opcji na akcje")
    assert not find_equity("Akcijų opcionų programos neturime, tačiau mokame metinę premiją")
    assert not find_equity("Opcje na akcje nie są oferowane")
    # Hungary's, the Western Balkans' and Bulgaria's legal forms
    assert [brand_name(n) for n in ("Lánchíd Informatika Kft.", "Sava Soft d.o.o.", "Vitosha Code EOOD")] == \
        ["Lánchíd Informatika", "Sava Soft", "Vitosha Code"]
    # job nouns in Romanian, Hungarian, Czech, Finnish, Estonian, Lithuanian, Latvian, Croatian
    assert all(has_job_noun(t) for t in ("inginer testare automată", "dezvoltator backend", "Senior fejlesztő",
                                         "Java programátor", "asiantuntija", "tarkvara insener", "duomenų analitikas",
                                         "testētājs", "programer"))
    # a range "between X and Y" in Romanian; euros by the month in Finnish
    assert find_salary([], "salariu: între 8.500 și 12.000 lei net pe lună", None).__dict__ == \
        {"min": 8500, "max": 12000, "currency": "RON", "period": "month"}
    assert find_salary([], "Palkka 4 300 - 5 600 euroa kuukaudessa", None).__dict__ == \
        {"min": 4300, "max": 5600, "currency": "EUR", "period": "month"}


def test_the_holdout32_round_agencies_bylines_and_currencies():
    # an agency's client, named after "for our client" in Polish, and by its first word again
    agency = _converted("# Senior Java Developer\n\n**TalentBridge Polska** · Kraków · Hybrydowo\n\nDla naszego klienta – firmy "
                        "**Arcturus Logistics**, europejskiego operatora logistyki – poszukujemy Java Developera.\n\n"
                        "1. Rozmowa techniczna z zespołem Arcturus (60 min)\n\nTalentBridge Polska sp. z o.o. – agencja "
                        "zatrudnienia.\n", "a.md").meta
    assert agency["company"] == "Arcturus Logistics"
    # ... not a company's customers: "dla naszych klientów"
    direct = _converted("# Senior Java Developer\n\n**Vistula Soft** · Kraków · Hybrydowo\n\nVistula Soft tworzy oprogramowanie "
                        "dla naszych klientów z branży logistycznej. Vistula Soft zatrudnia 80 osób.\n", "a.md").meta
    assert direct["company"] == "Vistula Soft"
    # a byline whose places and mode are in Cyrillic; but not a byline that starts with the mode
    steppe = _converted("Python-розробник\nData Steppe — Харків / віддалено\n\nМісто: Харків\nЗарплата: від $2 500\n", "a.txt").meta
    assert steppe["company"] == "Data Steppe" and steppe["cities"] == ["Kharkiv"]
    # "kr." in Iceland is krónur; a salary in a currency only one country pays gives that country
    reykjavik = _converted("Technical Writer\nHekla Payments\nlocation: reykjavík, iceland (hybrid)\nsalary: 850.000–1.050.000 kr. "
                           "per month\n", "a.txt").meta
    assert reykjavik["salary"]["currency"] == "ISK"
    sofia = _converted("Site Reliability Engineer\nBalkan Grid\nLocation: Sofia, Bulgaria\nSalary: 3 500 – 4 800 per month\n",
                       "a.txt").meta
    assert sofia["salary"]["currency"] == "EUR"  # (the euro since 1 January 2026)


def test_the_review_of_the_holdout32_round():
    from jobboard.conditions import find_equity, mode_of_field
    from jobboard.names import brand_name
    from jobboard.salary import find_salary
    from jobboard.titles import has_job_noun

    def company(text):
        return _converted(text, "a.txt").meta.get("company")

    # a city after "for our client" is no client ("z Warszawy", "v Brně")
    assert company("Senior Java Developer\n\nDla naszego klienta z Warszawy poszukujemy Java Developera. Biuro klienta jest "
                   "w centrum Warszawy.\n") is None
    assert company("Senior Java Developer\n\nPro našeho klienta v Brně hledáme vývojáře. Kancelář v Brně.\n") is None
    # a company's own customers are no agency's client ("chez notre client", "onze klant centraal")
    assert company("Ingénieur DevOps\n\nSopra Steria recrute un ingénieur DevOps pour intervenir chez notre client. Sopra "
                   "Steria est une ESN.\n") == "Sopra Steria"
    assert company("Backend Engineer\n\nBij Bolster BV staat onze klant centraal. Bolster BV bouwt software.\n") == "Bolster"
    # a byline's company named with a mode word stays; a byline of terms names none
    assert company("Senior Backend Engineer\nHybrid Software · Ghent · Full-time\n\nWe build print software.\n") == \
        "Hybrid Software"
    assert company("Senior Backend Engineer\nContract · Remote (UK) · Outside IR35\n\nA fintech needs help.\n") is None
    assert company("Senior Backend Engineer\nUrgent · Kraków / hybrid\n\nWe build things.\n") is None
    # German "Analytik" is analytics, not a job
    assert not has_job_noun("Eurofins Analytik GmbH")
    # "EI" (Canada's Employment Insurance) and "Nav" negate nothing; a negation in the next clause is that clause's
    assert find_equity("Benefits: health and dental, CPP, EI and stock options.")
    assert find_equity("Részvényopciós program és nincs kötelező irodai jelenlét")
    # a remote job's negation in Ukrainian and Russian; "чи" (or); "Дистанционно"
    assert [mode_of_field(v) for v in ("не віддалено, тільки офіс", "Не удалённо, только офис", "Віддалено: ні",
                                       "Дистанционно", "Віддалено чи офіс у Києві")] == \
        ["onsite", "onsite", "onsite", "remote", "remote"]
    # Catalan's "és" ("is") joins no range; a bonus beside the pay is not its top; Romanian's "şi" with a cedilla
    assert find_salary([], "El sou brut del 2025 és 32.000 € anuals", None) is None  # (as before the round)
    assert find_salary([], "Palkka 3 200 € ja 5 000 € tulospalkkio vuodessa", None) is None  # (as "€3,200 and €5,000 bonus")
    assert find_salary([], "salariu între 8000 şi 10000 lei pe lună", None).min == 8000
    # Bulgaria's legal form in Cyrillic
    assert brand_name("Девсофт ЕООД") == "Девсофт"
    # a client whose name starts with a capital outside ASCII
    assert company("Senior Chemical Engineer\n\nDla naszego klienta Śląskie Zakłady Chemiczne poszukujemy inżyniera. "
                   "Śląskie Zakłady Chemiczne to producent farb.\n") == "Śląskie Zakłady Chemiczne"


# The holdout33 round: retail, e-commerce and marketplaces
def test_the_holdout33_round_titles_and_jobs_of_shops():
    from jobboard.titles import clean_title, has_job_noun
    # a shift, a store's number, a district, a city's mall or street, a site in brackets: not the job's name
    assert [clean_title(t) for t in (
        "Warehouse Associate – Night Shift", "Store Manager - Store #4521", "Floater Pharmacist - Tucson District",
        "Visual Merchandiser (H/F) - Lyon Part-Dieu", "Store Manager – Milano Corso Buenos Aires",
        "Conductor/a de reparto - Sevilla (turno de tarde)", "Shiftleader Fulfilment (avondploeg)",
        "Delivery Driver - Part Time (Burnaby Hub)")] == [
        "Warehouse Associate", "Store Manager", "Floater Pharmacist", "Visual Merchandiser", "Store Manager",
        "Conductor/a de reparto", "Shiftleader Fulfilment", "Delivery Driver"]
    # ... but a team or a market after a city stays
    assert clean_title("Data Engineer – Berlin Data Platform") == "Data Engineer – Berlin Data Platform"
    assert clean_title("Account Executive – London Markets") == "Account Executive – London Markets"
    # the jobs of shops, warehouses and deliveries, in several languages
    assert all(has_job_noun(t) for t in ("Visual Merchandiser", "Customer Service Advisor", "Buyer – Home & Living",
                                         "Delivery Driver", "Team Leader", "Cashier", "Vendedor/a", "Verkäufer",
                                         "Magasinier", "Commessa", "Chauffeur"))


def test_the_holdout33_round_places_modes_names_and_pay():
    from jobboard.conditions import mode_of_field
    from jobboard.locations import _town_in_address
    from jobboard.names import restore_from_addresses
    from jobboard.places import find_cities, load_gazetteer
    from jobboard.salary import find_salary
    # a store's or a warehouse's own site is on-site work; "partly home office" in German is hybrid
    store = _converted("Assistant Store Manager\nLarder & Loft\n\nLead our team.\n\nThis role is based in one of the "
                       "Melbourne stores listed above.\n").meta
    assert store["remote"] == "onsite"
    assert _converted("Visual Merchandiser\nMaison Verlaine\n\n- Poste basé en magasin, 35 h hebdomadaires\n").meta["remote"] \
        == "onsite"
    assert mode_of_field("Teilweise Home-Office") == "hybrid" and mode_of_field("Kein Home-Office") == "onsite"
    # "British Columbia" is a province, not the city of Columbia
    assert [c.name for c in find_cities("Burnaby, British Columbia, Canada", load_gazetteer(), True)] == ["Burnaby"]
    assert [c.name for c in find_cities("Columbia, SC", load_gazetteer(), True)] == ["Columbia"]
    # a town the gazetteer lacks, before an American state and ZIP code
    assert [(c.name, c.country) for c in _town_in_address("Joliet, IL 60436")] == [("Joliet", "US")]
    # a name that lost letters to "?", spelled whole by its own address; a lost dash before a currency's symbol
    assert restore_from_addresses("About Bor?al Commerce\nApply: talents@borealcommerce.ca") == \
        "About Boreal Commerce\nApply: talents@borealcommerce.ca"
    assert find_salary([], "We?re hiring. Salary: $95,000 ? $115,000 per year", "CAD").max == 115_000


def test_the_holdout33_round_agencies_bylines_and_tags():
    from jobboard.skills import find_tags
    from jobboard.vocab import load_vocabulary
    # a staffing agency that employs its temps itself, its client unnamed
    temp = _converted("# Warehouse Associate – Night Shift\n\n**Keystone Workforce Solutions**\n\n## Location\n\nJoliet, IL 60436\n\n"
                      "Keystone Workforce Solutions is hiring Warehouse Associates for our client, a large fulfillment "
                      "center. While on assignment you are employed and paid by Keystone.\n", "a.md").meta
    assert (temp["company"], temp["cities"]) == ("Keystone Workforce Solutions", ["Joliet"])
    # ... but an agency whose temps its client employs names nobody
    assert "company" not in _converted("# Warehouse Associate\n\n**Keystone Workforce Solutions**\n\nWe are hiring for our "
                                       "client, a large fulfillment center.\n", "a.md").meta
    # a byline on a page without capitals whose parts are long
    hound = _converted("ecommerce manager\n\nhearth & hound · bristol (harbourside) · hybrid, 3 days a week in the studio · "
                       "full-time, permanent\n\nwe make food for dogs.\n").meta
    assert hound["company"] == "hearth & hound"
    # e-commerce platforms and payments
    assert find_tags("Salesforce Commerce Cloud (SFRA), commercetools, SAP Hybris, Hyvä, Algolia, Akeneo and Adyen",
                     load_vocabulary(None)) == ["salesforce-commerce-cloud", "sfra", "commercetools", "sap-commerce", "hyva",
                                                "algolia", "akeneo", "adyen"]


def test_the_review_of_the_holdout33_round():
    from jobboard.conditions import find_equity
    from jobboard.decode import decode
    from jobboard.locations import _town_in_address
    from jobboard.names import restore_from_addresses
    from jobboard.titles import clean_title, has_job_noun

    def meta(text):
        return _converted(text, "a.txt").meta

    # the jobs of shops are jobs only where a title ends in one: not "market leader", "first-time buyer", a company
    assert not any(has_job_noun(t) for t in ("Acme, leader européen de la logistique urbaine", "Global leader in payments",
                                             "First-time buyer mortgages made simple.", "Cloud Mechanic GmbH",
                                             "Operador logístico líder en España"))
    assert meta("Acme, leader européen de la logistique urbaine\n\nDéveloppeur Full Stack (H/F)\n\nNous recrutons.")[
        "title"] == "Développeur Full Stack"
    assert meta("Senior Software Engineer\nConductor\nNew York, NY\n$150,000 - $180,000 a year\n\nConductor builds "
                "software. Conductor is great.")["company"] == "Conductor"
    assert meta("Data Analyst\n\nMidcounties Cooperative · Warwick · Hybrid\n\nAnalyse data.")["company"] == \
        "Midcounties Cooperative"
    # a team in a converted warehouse is no on-site role; a sentence ending in "(m/w/d)" is no second job
    assert "remote" not in meta("We are a 40-person team based in a converted warehouse in Shoreditch.\n\nBackend Engineer\n")
    assert meta("Softwareentwickler Java (m/w/d)\nAcme GmbH · München · Vollzeit\nWir suchen zum nächstmöglichen "
                "Zeitpunkt einen Softwareentwickler Java (m/w/d)\n\nDeine Aufgaben\n")["title"] == "Softwareentwickler Java"
    # a research centre or a platform after a city stays; a mall before a ZIP code is no town
    assert clean_title("Research Associate – Manchester Cancer Research Centre") == \
        "Research Associate – Manchester Cancer Research Centre"
    assert clean_title("Senior Engineer – Berlin Real-Time Platform") == "Senior Engineer – Berlin Real-Time Platform"
    assert _town_in_address("Westfield Mall, CA 92108") == []
    # "X and Y are not offered" in Czech and Polish
    assert not find_equity("Akciové opce a bonusy nejsou součástí nabídky.")
    assert not find_equity("Opcje na akcje i premie nie są oferowane")
    # "?" runs and a URL's query spell no name; a capital only among capitals
    assert restore_from_addresses("Title: ???? Backend Engineer\nhttps://wise.com/jobs?x=1") == \
        "Title: ???? Backend Engineer\nhttps://wise.com/jobs?x=1"
    assert restore_from_addresses("BOR?AL COMMERCE at F?rs?kringskassan\nhttps://borealcommerce.ca "
                                  "https://forsakringskassan.se") == \
        "BOREAL COMMERCE at Forsakringskassan\nhttps://borealcommerce.ca https://forsakringskassan.se"
    # English with "-80ºC" and footnote marks stays Windows-1252; UTF-8 mixed into Windows-1252 is still repaired
    text = "Samples are stored at -80ºC and -20ºC. Salary: €35,000. Pension³ and holiday³ in Zürich. " * 3
    assert decode(text.encode("cp1252")) == text
    mixed = "Über uns: wir sind in München und Düsseldorf.\n".encode("utf-8") + \
        "Gehalt: 60.000 € brutto, Zuschläge.\n".encode("cp1252")
    assert decode(mixed) == "Über uns: wir sind in München und Düsseldorf.\nGehalt: 60.000 € brutto, Zuschläge.\n"


def test_the_holdout35_round_titles_and_firms_names():
    from jobboard.companies import _named_with_acronym
    from jobboard.names import brand_name, full_name
    from jobboard.titles import clean_title, has_job_noun

    def meta(text, name="a.txt"):
        return _converted(text, name).meta

    # a job site's header whose title names no job noun: the line above "place · posted · applicants"
    header = ("Harbourline Search Partners\nShare\nShow more options\nAVP, KYC Compliance – Client Onboarding\n"
              "Singapore, Singapore · 5 days ago · 94 applicants\nFull-time\n\nAbout the job\nOur client is hiring.\n")
    assert meta(header)["title"] == "AVP, KYC Compliance – Client Onboarding"
    # a field after a dash stays, a vacancy's reference goes
    assert clean_title("Referentin / Referent (w/m/d) Bankenaufsicht – Marktpreisrisiken") == \
        "Referentin / Referent Bankenaufsicht – Marktpreisrisiken"
    assert clean_title("Data Engineer [Req ID 48213]") == "Data Engineer"
    assert meta("# Actuarial Analyst – Life Reserving (Ref: LLA-2291)\n\nJoin us.\n", "a.md")["title"] == \
        "Actuarial Analyst – Life Reserving"
    assert clean_title("Data Engineer (Refactoring)") == "Data Engineer (Refactoring)"
    # the law's and finance's jobs; a firm of associates is no job
    assert all(has_job_noun(t) for t in ("Litigation Paralegal", "Pricing Actuary", "Prüfungsassistent", "Juriste"))
    assert not has_job_noun("Kothari Sen & Associates")
    # what an audit, tax or law firm must add to its name goes, as a legal form does
    assert [brand_name(n) for n in ("Röhrig & Partner mbB Wirtschaftsprüfungsgesellschaft Steuerberatungsgesellschaft",
                                    "Van Dijk Brouwer Advocaten", "Liffey Life Assurance DAC", "Advocaten")] == \
        ["Röhrig & Partner", "Van Dijk Brouwer", "Liffey Life Assurance", "Advocaten"]
    # an acronym a German compound gives two letters: "Bundesamt für Finanzmarktstabilität (BFMS)"
    assert _named_with_acronym("Das Bundesamt für Finanzmarktstabilität (BFMS) ist eine Behörde.") == \
        [("Bundesamt für Finanzmarktstabilität", "BFMS", False)]
    authority = ("Das Bundesamt für Finanzmarktstabilität (BFMS) ist eine Bundesoberbehörde.\n\nReferent (w/m/d)\n\n"
                 "- Bei Vorliegen der Voraussetzungen ist eine Verbeamtung möglich\n- Das BFMS fördert Frauen.\n"
                 "- Bewerben Sie sich beim BFMS.\n")
    assert meta(authority)["company"] == "Bundesamt für Finanzmarktstabilität"
    # a short name in brackets after the full one: the full one
    assert full_name("aare rück", "die aare rückversicherung ag (aare rück) ist ein rückversicherer. aare rück") == \
        "aare rückversicherung"
    # a name in bold before the rest of its line, under the title
    assert meta("## Backend Engineer\n\n## Company\n\n**Acme GmbH** makes things.\n\nWe build.\n", "a.md")["company"] == "Acme"
    # on a page without capitals, the name its address spells as the text writes it, with its firm's tail
    firm = ("litigation paralegal\n\nhartwell & crane llp is hiring a paralegal. hartwell & crane llp is an equal "
            "opportunity employer.\n\napply at https://careers.hartwellcrane.com/jobs/1042\n")
    assert meta(firm)["company"] == "hartwell & crane"
    firm = ("assistant manager – transfer pricing\n\nkothari sen & associates is an advisory firm.\n\nwrite to "
            "hr@kotharisen.in. kothari sen & associates is an equal opportunity employer.\n")
    assert meta(firm)["company"] == "kothari sen & associates"


def test_the_holdout35_round_places_pay_modes_and_agencies():
    from jobboard.locations import _town_in_address
    from jobboard.places import find_cities, load_gazetteer
    from jobboard.salary import find_salary

    def meta(text, name="a.txt"):
        return _converted(text, name).meta

    gazetteer = load_gazetteer()
    # a city's fuller name says which place it is, even without capitals; Gurugram by its own name
    assert [c.name for c in find_cities("our washington, dc office. fully in-office.", gazetteer)] == ["Washington"]
    assert [c.name for c in find_cities("Location: Gurgaon", gazetteer, True)] == ["Gurugram"]
    # a town whose name goes on from a known city's, before a US state's code; not a district or an area
    assert [c.name for c in find_cities("Annapolis Junction, MD · 2 weeks ago", gazetteer, True)] == ["Annapolis Junction"]
    assert [c.name for c in find_cities("San Francisco Bay Area, CA", gazetteer, True)] == ["San Francisco"]
    # a town the gazetteer lacks, before a British county
    assert [(c.name, c.country) for c in _town_in_address("corsham, wiltshire (hybrid – 2 days on site)")] == \
        [("Corsham", "GB")]
    assert [(c.name, c.country) for c in _town_in_address("Farnborough, Hampshire")] == [("Farnborough", "GB")]
    # a page's definition list with two places
    page = ("<html><body><main><h1>Senior Actuarial Analyst</h1><dl><dt>locations</dt><dd>Hartford, CT</dd>"
            "<dd>St. Paul, MN</dd></dl><p>Price our policies.</p></main></body></html>")
    assert meta(page, "a.html")["cities"] == ["Hartford", "Saint Paul"]
    # a lost euro sign after each amount; a lost letter in "híbrido"
    lost = "Analista de Riesgo\nMadrid, Espa?a\n\n- Salario: 42.000 ? - 50.000 ? brutos/a?o\n- Modelo h?brido: 3 d?as en oficina\n"
    assert (meta(lost)["salary"]["max"], meta(lost)["remote"]) == (50_000, "hybrid")
    # the sums a firm manages, and the number of its staff, are no pay; "rate" inside a word is no word of pay
    assert find_salary([], "Société de gestion, 18 Md€ d'actifs sous gestion, 140 collaborateurs.", "EUR") is None
    assert find_salary([], "We manage €14bn AUM with 80 colleagues.", "EUR") is None
    # a clearance in a headline is no company; an agency that posted it, for an unnamed client, names nobody
    cleared = ("devops engineer | sc cleared | outside ir35 | £650/day\n\nposted by: redline technical recruitment ltd\n"
               "location: corsham, wiltshire\n\nredline are partnering with a tier 1 defence prime to find a devops "
               "engineer. write to jobs@redline-tech.co.uk\n")
    assert "company" not in meta(cleared) and meta(cleared)["cities"] == ["Corsham"]


def test_the_holdout34_round_titles_and_employers_of_research():
    from jobboard.titles import clean_title, has_job_noun, looks_like_title

    def meta(text, name="a.txt"):
        return _converted(text, name).meta

    # research's jobs; a shift by its number, a temporary contract's terms, a field in Spanish after a dash
    assert all(has_job_noun(t) for t in ("Postdoctoral Fellow", "Assegno di ricerca", "Doktorandin", "MTA / BTA"))
    assert [clean_title(t) for t in ("Research Associate II, Genomics Platform (2nd Shift)",
                                     "Laboratory Technician – Cell Culture (Temporary, 6 months)",
                                     "Titulado Superior de Investigación – Bioinformática",
                                     "MTA / BTA (m/w/d) für die Core Facility Proteomics")] == \
        ["Research Associate II, Genomics Platform", "Laboratory Technician – Cell Culture",
         "Titulado Superior de Investigación – Bioinformática", "MTA / BTA für die Core Facility Proteomics"]
    # a long title in Italian, its little words not counted
    assert looks_like_title("Assegno di ricerca – Deep learning per la segmentazione di immagini TC")
    # a breadcrumb's shortened title, and the page's whole one below it, in French inclusive writing
    inria = ("offres d'emploi inria › ingénieur·e de recherche\n\ningénieur·e de recherche en calcul haute performance "
             "(h/f)\n\ntype de contrat : cdd\nville : rennes\n\nle poste s'inscrit dans un projet européen.\n")
    assert meta(inria)["title"] == "Ingénieur·e de Recherche en Calcul Haute Performance"
    # a team after a dash and terms in brackets after it
    assert meta("# Research Software Engineer — Genomic Data Pipelines (6-month contract)\n\nBuild pipelines.\n",
                "a.md")["title"] == "Research Software Engineer – Genomic Data Pipelines"
    # an employer's section names an organisation before a dash, once
    polimi = ("# Assegno di ricerca – Deep learning per la segmentazione di immagini TC\n\n## Ente\n\nPolitecnico di "
              "Milano – Dipartimento di Elettronica, Informazione e Bioingegneria (DEIB)\n\n## Sede\n\nMilano. "
              "L'attività è svolta in presenza presso il laboratorio.\n")
    assert (meta(polimi, "a.md")["company"], meta(polimi, "a.md")["remote"]) == ("Politecnico di Milano", "onsite")
    # a long organisation's name in bold under the title
    trust = ("# Research Data Manager – Oncology Clinical Trials\n\n**Oxford University Hospitals NHS Foundation Trust** — "
             "Oncology Clinical Research Unit\n\nWe run trials.\n")
    assert meta(trust, "a.md")["company"] == "Oxford University Hospitals NHS Foundation Trust"
    # the careers page's name after the employer's; a public notice above the title is no employer
    pasteur = "INSTITUT PASTEUR – Offre d'emploi\n\nPost-doctorant(e) en immunologie (H/F)\n\nNous recrutons.\n"
    assert meta(pasteur)["company"] == "Institut Pasteur"
    notice = ("POLITECHNIKA GDAŃSKA\n\nOGŁOSZENIE O NABORZE NA STANOWISKO\nSpecjalista ds. danych badawczych\n\n"
              "Politechnika Gdańska poszukuje kandydatów na stanowisko specjalisty.\n")
    assert meta(notice)["company"] == "Politechnika Gdańska"


def test_the_holdout34_round_places_modes_and_pay():
    from jobboard.conditions import find_remote
    from jobboard.locations import location_sections
    from jobboard.places import find_cities, load_gazetteer
    from jobboard.salary import find_salary

    def meta(text, name="a.txt"):
        return _converted(text, name).meta

    # a cross-site post: the sites' towns, one the gazetteer lacks, after a label and without the remarks
    sites = ("# Research Data Manager\n\n## Location\n\nCross-site post: Churchill Hospital, Oxford (normally 3 days a "
             "week) and the Horton General Hospital, Banbury (normally 2 days a week). Once fully trained, up to one "
             "day per week may be worked from home.\n\n## About\n\nWe run trials.\n")
    assert (meta(sites, "a.md")["cities"], meta(sites, "a.md")["remote"]) == (["Oxford", "Banbury"], "hybrid")
    # ... not a district before its city, nor a sentence of prose
    assert meta("# Data Manager\n\n## Location\n\n* Old Road Campus, Headington, Oxford OX3 7LF\n", "a.md")["cities"] \
        == ["Oxford"]
    assert location_sections({"location": "We get together once a month at our EMEA office in Dublin (Grand Canal "
                                          "Dock)"}) == [""]
    # a town before an Australian state's code, on a page without capitals
    assert meta("postdoctoral fellow\n\nlocation: aspendale, vic or hobart, tas\n\nwe study the climate.\n")["cities"] \
        == ["Hobart", "Aspendale"]
    # a name that is also a word, before a state's code and "or", on a page without capitals
    assert [c.name for c in find_cities("palo alto, ca or pittsburgh, pa · hybrid", load_gazetteer())] == \
        ["Palo Alto", "Pittsburgh"]
    # Dutch periods after each amount; "from gross" is a minimum
    assert find_salary([], "€ 2.770/maand - € 3.539/maand", "EUR").max == 3539
    pay = find_salary([], "you are normally paid from gross nok 532 200 per annum before tax", "NOK")
    assert (pay.min, pay.max) == (532_200, None)
    # a Norwegian state employer's rule of presence; the place of service as a location field
    norway = ("phd candidate in robot learning\nplace of service: trondheim\n\nour partners are in bergen.\n\n"
              "it is a prerequisite you can be present at and accessible to the institution daily.\n")
    assert (meta(norway)["cities"], meta(norway)["remote"]) == (["Trondheim"], "onsite")
    assert find_remote({}, {}, "Based in Oxford. Up to one day per week may be worked from home.", True) == "hybrid"


def test_the_holdout37_round_titles_names_and_jobs_beyond_software():
    from jobboard.names import brand_name
    from jobboard.titles import clean_title, has_job_noun

    def meta(text, name="a.txt"):
        return _converted(text, name).meta

    # the trades', care's, the field's and the front desk's jobs; the ones that are also words only at a title's end
    assert all(has_job_noun(t) for t in ("Shift Supervisor", "Field Agronomist", "Registered Nurse", "Senior Mechanic",
                                         "Coordenador(a) de Logística", "Mitarbeiter Kundenservice", "Cabin Crew"))
    assert not any(has_job_noun(t) for t in ("our pilot project", "a user agent string", "Médecins Sans Frontières"))
    # a city and its quarter, a region named first, a roster, shifts, a reference before the shift, a grade in lower case
    assert [clean_title(t) for t in ("Farmacêutico(a) Director(a) Técnico(a) – Luanda (Talatona)",
                                     "Responsable Distribution – Région Littoral", "Senior Mine Planning Engineer (FIFO 14/7)",
                                     "Locum Pharmacist – Weekend & Public Holiday Shifts",
                                     "customer service team lead – night shift (ref ksl/cc/0611)",
                                     "finance manager – grain & inputs division (grade d2)")] == \
        ["Farmacêutico(a) Director(a) Técnico(a)", "Responsable Distribution", "Senior Mine Planning Engineer",
         "Locum Pharmacist", "customer service team lead", "finance manager – grain & inputs division"]
    # ... but a seller's region is the job's, and a team named "Region …" or a programme after "Bar" stays
    assert clean_title("Sales Manager – Région Littoral") == "Sales Manager – Région Littoral"
    assert [clean_title(t) for t in ("Backend Engineer – Region Payments", "Product Manager – Bar Raiser Program")] == \
        ["Backend Engineer – Region Payments", "Product Manager – Bar Raiser Program"]
    # a gender's letters in brackets keep their case on a page without capitals
    assert meta("chargé(e) de programme nutrition\n\nnous recrutons.\n")["title"].startswith("Chargé(e) de")
    # a lower-case legal form goes; "SA" at a name's end
    assert [brand_name(n) for n in ("kilele staffing solutions ltd", "Tourism SA", "the wellness spa")] == \
        ["kilele staffing solutions", "Tourism SA", "the wellness spa"]
    # the name heading a page without capitals, alone or before its careers page's name
    top = ("kalahari agri holdings\n\nvacancy: finance manager\n\nkalahari agri holdings is an agribusiness group. "
           "kalahari agri holdings employs 640 people. write to jobs@kalahariagri.co.bw\n")
    assert meta(top)["company"] == "kalahari agri holdings"
    assert meta("careers at medilink pharmacy\n\npharmacist\n\nwe are a pharmacy chain.\n")["company"] == "medilink pharmacy"
    # a byline's name with a comma before its legal form, and one whose separator was lost to "?"
    byline = "# Coordenador(a) de Logística\n\n**Transportes Limpopo, Lda.** · Logística · Tempo inteiro · Publicado a 29 de Maio\n"
    assert meta(byline, "a.md")["company"] == "Transportes Limpopo"
    # a notice above the title in Portuguese is no employer; the name with its legal form after a comma below it is
    angola = "OFERTA DE EMPREGO\n\nFarmacêutico(a) Director(a) Técnico(a)\n\nFarmácias Kianda, S.A.\n\nA Farmácias Kianda é uma rede.\n"
    assert meta(angola)["company"] == "Farmácias Kianda"
    # a French recruiter's unnamed client
    recruiter = ("Responsable Administratif et Financier (H/F)\n\nTalenza Conseil RH recrute pour le compte de son client, "
                 "un groupe agro-industriel, un Responsable Administratif et Financier.\n")
    assert "company" not in meta(recruiter)


def test_the_holdout37_round_africas_places_and_currencies():
    from jobboard.locations import _town_in_address
    from jobboard.places import find_cities, load_gazetteer
    from jobboard.salary import find_salary
    # Africa's currencies, by code, by symbol, and the CFA franc by the posting's country
    assert [(s.min, s.max, s.currency) for s in (
        find_salary(["1 200 000 - 1 500 000 FCFA brut par mois"], "", "XAF"),
        find_salary(["1 450 000 FCFA net mensuel"], "", "XOF"),
        find_salary(["TSh 2,800,000 – 3,200,000 per month"], "", "TZS"),
        find_salary(["Kz 850.000 – 1.100.000 ilíquidos por mês"], "", "AOA"),
        find_salary(["2 800 DT – 3 400 DT brut/mois"], "", "TND"),
        find_salary(["MZN 95.000 – 120.000 por mês"], "", "MZN"),
        find_salary(["R 380 – R 450 per hour"], "", "ZAR"))] == [
        (1_200_000, 1_500_000, "XAF"), (1_450_000, 1_450_000, "XOF"), (2_800_000, 3_200_000, "TZS"),
        (850_000, 1_100_000, "AOA"), (2800, 3400, "TND"), (95_000, 120_000, "MZN"), (380, 450, "ZAR")]
    # the CFA franc without a country is West Africa's (a currency code, never "FCFA"), and Central Africa's in Cameroon
    assert find_salary(["Salaire : 250 000 F\u00a0CFA par mois"], "", None).currency == "XOF"
    assert find_salary(["Salaire : 250 000 FCFA par mois"], "", "XAF").currency == "XAF"
    assert _converted("Agronomist\nKigali, Rwanda\n\nPay: RWF 1,200,000 per month\n").meta["salary"]["currency"] == "RWF"
    # a town the gazetteer lacks before a region and a country
    assert [(c.name, c.country) for c in _town_in_address("Musanze, Northern Province, Rwanda (on-site, field-based)")] == \
        [("Musanze", "RW")]
    # an island named after a city is another place
    assert [c.name for c in find_cities("Victoria Island, Lagos", load_gazetteer(), True)] == ["Lagos"]
    # LinkedIn in French: its upsell line and its list of more jobs are no part of the posting
    page = ("Talenza Conseil RH\nPartager\nAfficher plus d’options\nResponsable Administratif (H/F)\n"
            "Abidjan, Abidjan, Côte d’Ivoire · il y a 2 semaines · Plus de 100 candidats\n\nSur site\n"
            "Correspond à vos préférences d’emploi, le type de lieu de travail est Sur site.\nTemps plein\n\nPostuler\n"
            "Enregistrer\n\nÀ propos de l’offre d’emploi\nVous tiendrez la comptabilité du groupe, ses états financiers "
            "et sa trésorerie, et vous encadrerez une équipe de six personnes.\n\nPlus d’offres d’emploi\nChef Comptable\n"
            "Orbis Consumer Goods\nAbidjan, Abidjan, Côte d’Ivoire (Hybride)\nil y a 5 jours\n")
    assert _converted(page).meta["remote"] == "onsite"


def test_the_holdout36_round_hospitality_and_logistics_titles():
    from jobboard.titles import clean_title, has_job_noun

    def meta(text, name="a.txt"):
        return _converted(text, name).meta

    # hotels' and restaurants' jobs; the property, roster, shift and seasonal words around them
    assert all(has_job_noun(t) for t in ("Second de cuisine", "Commis de cuisine", "Recepcionista", "Night Auditor"))
    assert [clean_title(t) for t in (
        "Front Office Manager – Saffron Cove Resort Koh Samui", "Jefe/a de Recepción – Hotel Illetes Mar Alcúdia",
        "jefe/a de recepción – hotel illetes mar alcúdia ****", "second de cuisine h/f – restaurant « l'alpage »",
        "Flight Dispatcher (Rotating Roster)", "Saisonstelle Wintersaison 2025/26: Chef de Rang",
        "Remote Truck Dispatcher – Night Shift (Dry Van / Reefer)", "Ramp Agent – Auckland Airport (Casual, Rotating Shifts)",
        "Supervisor de Armazém – Turnos Rotativos", "Commercial HVAC Service Technician (Journeyperson)",
        "Ζητείται: FRONT OFFICE MANAGER (Υπεύθυνος/η Υποδοχής)")] == [
        "Front Office Manager", "Jefe/a de Recepción", "jefe/a de recepción", "second de cuisine", "Flight Dispatcher",
        "Chef de Rang", "Truck Dispatcher", "Ramp Agent", "Supervisor de Armazém", "Commercial HVAC Service Technician",
        "FRONT OFFICE MANAGER"]
    # ... not a team named after hotels, a cloud, or remote work that is the job
    assert [clean_title(t) for t in ("Data Engineer – Hotel Platform", "Hybrid Cloud Engineer", "Remote Sensing Scientist",
                                     "Remote Support Engineer")] == \
        ["Data Engineer – Hotel Platform", "Hybrid Cloud Engineer", "Remote Sensing Scientist", "Remote Support Engineer"]
    # the company after the title with the rest of its legal name; a careers site's name after the company's
    hvac = ("## Commercial HVAC Service Technician — Chinook Mechanical Services Ltd.\n\nChinook Mechanical has kept "
            "Calgary's buildings comfortable since 1991. Chinook Mechanical is hiring.\n")
    assert meta(hvac, "a.md")["title"] == "Commercial HVAC Service Technician"
    page = ('<html><head><meta property="og:site_name" content="Hotel Gamsblick Karriereseite"></head><body><main>'
            "<h1>Chef de Rang</h1><p>Wir suchen dich.</p></main></body></html>")
    assert meta(page, "a.html")["company"] == "Hotel Gamsblick"
    # an agency's own company for its contractors, by a job site's header; an Italian agency's unnamed client
    contract = ("SkyCrew Technical Recruitment\nShare\nShow more options\nB1 Licensed Aircraft Maintenance Engineer\n"
                "Dubai, United Arab Emirates · 3 days ago · Over 100 applicants\n\nAbout the job\nSkyCrew is recruiting on "
                "behalf of a line maintenance organisation. You will be engaged and paid directly by SkyCrew Technical "
                "Services FZ-LLC, your employer of record.\n")
    assert meta(contract)["company"] == "SkyCrew Technical Recruitment"
    italian = ("Responsabile di Magazzino\n\nPerTe Lavoro S.p.A. - Agenzia per il Lavoro, filiale di Cesena, ricerca per "
               "importante azienda cliente, operatore logistico:\n")
    assert "company" not in meta(italian)


def test_the_holdout36_round_places_pay_and_scripts():
    from jobboard.decode import decode
    from jobboard.locations import applicants_country
    from jobboard.places import find_cities, load_gazetteer
    from jobboard.salary import find_salary

    def meta(text, name="a.txt"):
        return _converted(text, name).meta

    # Greek in Windows-1253, which Windows-1251 also reads as lower-case letters
    greek = "Ζητείται Υπεύθυνος Υποδοχής για τη σεζόν και το ξενοδοχείο της Οίας με πισίνες στην καλντέρα. " * 3
    assert decode(greek.encode("cp1253")) == greek
    # a longer place whose name starts with a city's, in another country; a ship is no city
    assert [c.name for c in find_cities("Ko Samui, Surat Thani, Thailand", load_gazetteer(), True)] == []
    assert "cities" not in meta("Hotel Director\n\nLocation: Shipboard\n\nWe are headquartered in Southampton.\n")
    # LinkedIn's upsell about AI and Premium is no prose above the job
    header = ("Lotus Leaf Hotels & Resorts\nFront Office Manager – Saffron Cove Resort Koh Samui\nLotus Leaf Hotels & Resorts · "
              "Ko Samui, Surat Thani, Thailand · 1 week ago · 87 applicants\n\nOn-site\n\nApply\nSave\nUse AI to assess how "
              "you fit\nGet AI-powered advice on this job and more exclusive features with Premium.\n\nAbout the job\n"
              "Lead our front office team of 24 at the resort.\n")
    assert (meta(header)["title"], meta(header)["cities"], meta(header)["country"]) == \
        ("Front Office Manager", ["Ko Samui"], "TH")
    # Italy's "RAL" with the euro signs and the dash lost to "?"
    assert find_salary([], "- RAL 38.000 ? 44.000 ? in base all'esperienza, pi? premio", "EUR").max == 44_000
    # remote in one country only
    assert applicants_country("Remote — US only. You must live in the Central time zone.") == "US"


def test_the_reviews_of_the_holdout34_and_35_rounds():
    import time

    from jobboard.companies import _title_neighbour
    from jobboard.locations import _town_in_address
    from jobboard.names import full_name
    from jobboard.places import find_cities, load_gazetteer
    from jobboard.salary import find_salary
    from jobboard.structure import to_blocks
    from jobboard.titles import clean_title, has_job_noun

    def meta(text, name="a.txt"):
        return _converted(text, name).meta

    gazetteer = load_gazetteer()
    # long runs of spaces after a list item's name or in a heading take no longer than the text is long
    started = time.perf_counter()
    meta("# Data Engineer\n\n- Acme" + " " * 200_000 + "x\n", "a.md")
    to_blocks("# Software Engineer –" + "\u00a0" * 200_000 + "x\n")
    clean_title("Data Analyst" + " " * 250 + "(Ref: 1)")
    assert time.perf_counter() - started < 10
    # a longer American town only after an American city, and not two cities named together
    assert [(c.name, c.country) for c in find_cities("Berlin Mitte, DE", gazetteer, True)] == [("Berlin", "DE")]
    assert [c.name for c in find_cities("Location: Dallas Fort Worth, TX", gazetteer, True)] == ["Dallas", "Fort Worth"]
    # a recruiter on the employer's own staff is no agency
    direct = ("Senior Backend Engineer\nNorthwind Analytics · London\n\nPosted by: Priya Shah, Senior Technical Recruiter\n\n"
              "We are working with some of the largest grocers in Europe. Northwind Analytics builds pricing software.\n")
    assert meta(direct)["company"] == "Northwind Analytics"
    # names that end in a job's word, and adjectives of one, are no jobs
    assert not any(has_job_noun(t) for t in ("Auto Trader", "The Economist", "Global Counsel",
                                             "Cabinet d'expertise comptable Martin", "Our EVP: grow with the grid"))
    assert all(has_job_noun(t) for t in ("Quantitative Trader", "Legal Counsel", "Payroll Clerk", "Senior Economist"))
    # a county's name after an American or Canadian town leaves its country; placeholders before a county are no towns
    assert [(c.name, c.country) for c in find_cities("Location: Tacoma, Fife", gazetteer, True)] == [("Tacoma", "US")]
    assert _town_in_address("Location: Countywide, Devon") == [] and _town_in_address("South West, Somerset") == []
    assert [c.name for c in _town_in_address("king's lynn, norfolk")] == ["King's Lynn"]
    # a phrase before a short form in brackets is no full name
    assert full_name("Corvid", "Corvid and its affiliates (Corvid) are equal opportunity employers. Corvid") == "Corvid"
    # Maryland's code before a salary is no billion
    assert find_salary([], "Chesapeake Cyber · Columbia, MD $130,000 - $160,000", "USD").max == 160_000
    # a bold phrase that is a badge or a stage of funding is no name
    blocks = to_blocks("# Senior iOS Engineer\n\n**Urgent Hire** – start in January\n\n**Series B** fintech, 80 people\n")
    assert _title_neighbour(blocks, "Senior iOS Engineer", set(), "") is None
    # a definition's values up to one that holds a block
    page = ("<html><body><main><h1>Data Engineer</h1><dl><dt>Location</dt><dd>Berlin, Germany</dd><dd><p>Relocation "
            "support available</p></dd></dl><p>Build pipelines.</p></main></body></html>")
    assert "Location: Berlin, Germany" in _converted(page, "a.html").body
    # a reference before a pay grade; a site's heading is no fuller title; a bilingual shop job keeps its English
    assert clean_title("Data Analyst (Ref: 4411) (APS 6)") == "Data Analyst"
    crumbs = "Home › Jobs › Data Engineer\n\nData Engineer Jobs in Berlin\n\nWe build.\n"
    assert meta(crumbs)["title"] == "Data Engineer"
    assert clean_title("Forklift Driver / Conductor de montacargas") == "Forklift Driver"
    # a district before its city, after a remark, and a city's part or a region before a state's code are no towns
    for place, cities in (("Somerset House, Strand (London)", ["London"]),
                          ("Manyata Tech Park, Nagavara (near Hebbal), Bengaluru", ["Bengaluru"]),
                          ("sydney cbd, nsw or melbourne cbd, vic", ["Sydney", "Melbourne"]),
                          ("Western Sydney, NSW or Brisbane, QLD", ["Sydney", "Brisbane"])):
        assert meta(f"# Data Engineer\n\n## Location\n\n{place}\n\n## About\n\nWe build.\n", "a.md")["cities"] == cities
    # a fixed term or a temporary post said in the title line is the employment type, not one said in passing
    from jobboard.conditions import find_employment_type
    assert find_employment_type({}, {}, "Research Associate (0.8 FTE, fixed term)\n\nA full-time post.") == "temporary"
    assert find_employment_type({}, {}, "Data Engineer\n\nFull-time. We also hire temporary staff.") is None
    # Italian: work in person some days is hybrid, not on-site
    assert meta("Sviluppatore\nMilano\n\nLavoro in presenza 3 giorni a settimana, 2 da remoto.\n")["remote"] == "hybrid"


def test_a_job_postings_towns_the_gazetteer_lacks_join_its_known_city():
    page = ('<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Floater Pharmacist", '
            '"hiringOrganization": {"name": "DesertCare Pharmacy"}, "jobLocation": ['
            + ", ".join('{"address": {"addressLocality": "%s", "addressRegion": "AZ", "addressCountry": "US"}}' % town
                        for town in ("Tucson", "Oro Valley", "Marana"))
            + ']}</script></head><body><main><h1>Floater Pharmacist</h1><p>Cover our stores.</p></main></body></html>')
    assert _converted(page, "a.html").meta["cities"] == ["Tucson", "Oro Valley", "Marana"]
    # ... not a district of the known city
    page = page.replace("Oro Valley", "Tucson-Catalina").replace("Marana", "Tucson Foothills")
    assert _converted(page, "a.html").meta["cities"] == ["Tucson"]


def test_the_holdout38_rounds_schools_newsrooms_and_charities():
    from jobboard.companies import find_company
    from jobboard.conditions import find_equity
    from jobboard.locations import _town_in_address
    from jobboard.places import find_cities, load_gazetteer
    from jobboard.salary import find_salary
    from jobboard.structure import to_blocks
    from jobboard.titles import clean_title
    from jobboard.webpage import read_html
    # pay: a school year, a grade's or a scale point's number are no amounts; a scale's top after "through", a
    # maximum after its minimum, the rand in lower case
    assert find_salary(["Salary: Per the 2025-2026 negotiated agreement."], "", "USD") is None
    assert find_salary(["Vergütung: Entgeltgruppe 11 TV-L"], "", "EUR") is None
    assert [(s.min, s.max, s.currency, s.period) for s in (
        find_salary(["Salary: BA Step 1 $62,150 through MA Step 1 $71,400."], "", "USD"),
        find_salary(["salary: grade h, scp 25-28 (£32,076 - £35,235 fte), actual salary pro rata"], "", None),
        find_salary(["Salaris: schaal L10: minimaal € 3.483 en maximaal € 5.288 bruto per maand"], "", None),
        find_salary(["r18 000 - r22 000 per month (cost to company)"], "", None))] == [
        (62150, 71400, "USD", "year"), (32076, 35235, "GBP", "year"), (3483, 5288, "EUR", "month"),
        (18000, 22000, "ZAR", "month")]
    # titles: a cover's or term's contract, a part-time fraction, the school after a dash, the school year
    for line, title in [("Teacher of Mathematics (Maternity Cover) - Roundhay Vale Academy", "Teacher of Mathematics"),
                        ("Teacher Aide – Learning Support (Fixed Term, Term Time Only)", "Teacher Aide – Learning Support"),
                        ("Leerkracht groep 5 (0,8 fte)", "Leerkracht groep 5"),
                        ("Cover Supervisor – Secondary School", "Cover Supervisor"),
                        ("High School Chemistry Teacher (2026-27 School Year)", "High School Chemistry Teacher"),
                        ("Software Engineer – Academy Team", "Software Engineer – Academy Team"),
                        ("Founding Engineer (#3)", "Founding Engineer"), ("C# Developer", "C# Developer")]:
        assert clean_title(line) == title
    # ... and the posting's own "Job Title:" over a header's longer one
    header = ("About the job\nThe Bombay Ledger\nSenior Sub-Editor (Night Desk) — Print & Digital\n"
              "Mumbai, Maharashtra, India · 4 days ago · 61 applicants\nApply  Save\n\nAbout the job\n"
              "The Bombay Ledger is looking for a Senior Sub-Editor.\n\nJob Title: Senior Sub-Editor\n")
    converted = _converted(header)
    assert (converted.meta["title"], converted.meta["company"]) == ("Senior Sub-Editor", "The Bombay Ledger")
    # a LinkedIn header whose title has a job noun only the fuller list knows
    page = _converted("Podcast Producer\nLakeshore Public Media · Chicago, IL · Reposted 5 days ago · Over 100 applicants\n"
                      "Apply\nSave\n\nAbout the job\nLakeshore Public Media is Chicago's home for public radio.\n")
    assert (page.meta["title"], page.meta["company"]) == ("Podcast Producer", "Lakeshore Public Media")
    # companies: a careers page's line is no name; a school district's long name; a page without capitals' first item
    text = "Fundación Puentes\nTrabaja con nosotros\n\nCoordinador/a de Voluntariado\n\nUbicación: Madrid\n"
    assert find_company({}, {}, to_blocks(text), text, set(), "Coordinador/a de Voluntariado") != "Trabaja con nosotros"
    district = ("High School Chemistry Teacher\n\nKittatinny Valley Regional School District (Sussex County, NJ) seeks "
                "a teacher. Collaborate in the Science PLC.\n\nThe Kittatinny Valley Regional School District is an "
                "Equal Opportunity Employer.\n")
    assert find_company({}, {}, to_blocks(district), district, set(), "High School Chemistry Teacher") == \
        "Kittatinny Valley Regional School District"
    # places: a town before a state's code, an accented town before its country, Nuevo León is no León, a location
    # section's first sentence after "US.", a remote team's head office names no country
    assert [(c.name, c.country) for c in _town_in_address("Kittatinny Valley Regional High School - Newton, NJ")] == \
        [("Newton", "US")]
    assert [(c.name, c.country) for c in _town_in_address("Forlì, Italy")] == [("Forlì", "IT")]
    assert [c.name for c in find_cities("Monterrey, Nuevo León, México", load_gazetteer(), True)] == ["Monterrey"]
    remote = _converted("# Grants Manager\n\n## Location\n\nRemote, anywhere in the continental US. Staff travel to our "
                        "Minneapolis office for a retreat twice a year.\n\n## About\n\nWe fund schools.\n", "a.md")
    assert (remote.meta.get("cities"), remote.meta.get("remote")) == (None, "remote")
    crypto = _converted("# Senior Rust Engineer\n\n## Location\n\n* Remote, GMT+2 to GMT+4 only\n* Company HQ: Dubai, UAE. "
                        "Visa available, but the role itself is remote.\n\n## Salary\n\n* 110,000 – 150,000 USDC / year\n",
                        "a.md")
    assert "country" not in crypto.meta
    # a JobPosting's town the gazetteer lacks, over the city its district is named after
    html = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting", '
            '"title": "Supervisor de Armazém", "hiringOrganization": {"name": "Tejo Logística"}, "jobLocation": '
            '{"@type": "Place", "address": {"addressLocality": "Azambuja", "addressRegion": "Lisboa", '
            '"addressCountry": "PT"}}}</script></head><body><main><h1>Supervisor de Armazém</h1>'
            '<p class="location">Azambuja, Lisboa, Portugal</p><p>' + "Lideras uma equipa de operadores. " * 10 +
            "</p></main></body></html>")
    azambuja = _converted(html, "a.html")
    assert (azambuja.meta["cities"], azambuja.meta["country"]) == (["Azambuja"], "PT")
    # a page without <h1>: its title's class; a label's value after a line break stays on its line
    page_text, stated = read_html('<html><body><table class="title"><tr><td><span class="title">Chemistry Teacher'
                                  '</span><br><span>JobID: 1245</span></td></tr></table><ul><li><span class="label">'
                                  'Location:</span><br><span>Newton, NJ</span></li></ul></body></html>')
    assert stated["title"] == "Chemistry Teacher" and "Location: Newton, NJ" in page_text
    # modes and equity: a day of teletrabajo a week is hybrid; "equity and diversity" is no stake
    assert _converted("Coordinador\n\nMadrid\n\n- Un día de teletrabajo a la semana.\n").meta["remote"] == "hybrid"
    assert not find_equity("## equity and diversity\nwe are committed to employment equity.")


def test_the_holdout39_rounds_construction_energy_and_trades():
    from jobboard.companies import find_company
    from jobboard.conditions import find_remote
    from jobboard.jobwords import has_job_noun
    from jobboard.locations import _town_in_address
    from jobboard.salary import find_salary
    from jobboard.structure import to_blocks
    from jobboard.titles import clean_title
    # pay: a British "basic" rate is pay; Scandinavian whole crowns and "til"/"till" ranges
    assert find_salary([], "- £19.80 per hour basic (around £46,300 a year including the night premium)", "GBP") \
        .min == 19.8
    assert [(s.min, s.max, s.period) for s in (
        find_salary(["- Lønn: timelønn fra kr 262,- til kr 305,- avhengig av erfaring"], "", "NOK"),
        find_salary(["Lön: 35 000 till 42 000 kr per månad"], "", "SEK"))] == [(262, 305, "hour"), (35000, 42000, "month")]
    # titles: a plant after a dash, a roster after a dash; the trades' nouns in six languages
    assert clean_title("Process Engineer II - Geismar Plant") == "Process Engineer II"
    assert clean_title("Journeyperson Pressure Welder – 14/14 Rotation") == "Journeyperson Pressure Welder"
    assert clean_title("Data Engineer – Plant Analytics") == "Data Engineer – Plant Analytics"
    assert all(map(has_job_noun, ["Elektryk utrzymania ruchu", "Planlegger revisjonsstans", "cnc-verspaner frezen",
                                  "Industriemechaniker (m/w/d)", "Scaffolder", "Steel Erector", "Soldador"]))
    assert not any(map(has_job_noun, ["new joiner onboarding", "Monterey Bay Aquarium"]))
    # LinkedIn: a roster and a place beside the title, and the company on the next line
    page = _converted("Electrician | FIFO 2:1 | Port Hedland\nIronbark Workforce Solutions · Port Hedland, Western "
                      "Australia, Australia  1 week ago · Over 100 applicants\nApply\nSave\n\nAbout the job\n"
                      "Ironbark Workforce Solutions is a labour hire provider. You will be employed directly by Ironbark "
                      "and placed with our client.\n")
    assert (page.meta["title"], page.meta["company"]) == ("Electrician", "Ironbark Workforce Solutions")
    # agencies: one working with an unnamed client; one that employs its temps, in German (not when it says it does not)
    agency = ("Site Manager\n\nBrunel Street Recruitment are working with a well-established regional housebuilder who "
              "are looking for a Site Manager.\n")
    assert find_company({"company": "Brunel Street Recruitment"}, {}, to_blocks(agency), agency, set(), "Site Manager") \
        is None
    temps = ("Industriemechaniker (m/w/d)\nFrankenwerk Personaldienste GmbH – Nürnberg\nArbeitnehmerüberlassung · Vollzeit\n\n"
             "Für unseren Kunden, einen Kunststoffverarbeiter, suchen wir einen Industriemechaniker.\n")
    assert find_company({}, {}, to_blocks(temps), temps, set(), "Industriemechaniker") == "Frankenwerk Personaldienste GmbH"
    freelance = temps.replace("Arbeitnehmerüberlassung · Vollzeit", "Vollzeit") + \
        "Eine Arbeitnehmerüberlassung findet nicht statt.\n"
    assert find_company({}, {}, to_blocks(freelance), freelance, set(), "Industriemechaniker") is None
    record = ("Senior Turnaround Planner\n\nWe are mobilising a team on behalf of our client, a petrochemical operator.\n\n"
              "Dunecrest Technical Services is the employer of record for this position.\n")
    assert find_company({"company": "Dunecrest Technical Services"}, {}, to_blocks(record), record, set(),
                        "Senior Turnaround Planner") == "Dunecrest Technical Services"
    # a page without capitals: its breadcrumb's "werken bij <name>", its first line before "/ careers"
    crumb = ("werken bij van der linden precisietechniek > vacatures > productie\n\ncnc-verspaner frezen\neindhoven\n\n"
             "van der linden precisietechniek is een familiebedrijf.\n")
    assert find_company({}, {}, to_blocks(crumb), crumb, set(), "cnc-verspaner frezen") == \
        "van der linden precisietechniek"
    # places and modes: a town before a Canadian province's code; site-based, and teletrabajo ruled out
    assert [(c.name, c.country) for c in _town_in_address("Fort McMurray, AB")] == [("Fort McMurray", "CA")]
    assert find_remote({}, {}, "You'll be assigned to sites around Galway; this is a site-based role.", True) == "onsite"
    assert find_remote({}, {}, "el trabajo se realiza en parque, no hay opción de teletrabajo.", True) == "onsite"


def test_the_review_of_the_holdout38_round_stays_fixed():
    from jobboard.companies import find_company
    from jobboard.conditions import find_equity
    from jobboard.locations import _town_in_address
    from jobboard.names import brand_name
    from jobboard.salary import find_salary
    from jobboard.shapes import read_shape
    from jobboard.structure import to_blocks
    from jobboard.titles import _field_over_header, clean_title
    from jobboard.webpage import read_html
    # a LinkedIn header's employer whose name has a job word stays the company
    header = read_shape("Carers Trust\nShare\nShow more options\nFundraising Coordinator\nLondon, England, United Kingdom · "
                        "2 weeks ago · 40 applicants\nHybrid\nApply\nSave\n\nAbout the job\nWe raise funds.\n", "a.txt")
    assert (header.stated["title"], header.stated["company"]) == ("Fundraising Coordinator", "Carers Trust")
    # an element of class "title" that is no job's: a recruiter's card, the site's header, a section, a pop-up
    page = ('<html><head><title>Senior Accountant - Acme Ltd</title></head><body>{}<main><h2>Senior Accountant</h2><p>'
            + "We count. " * 30 + "</p></main></body></html>")
    for other in ('<div class="recruiter"><span class="title">Talent Acquisition Partner</span></div>',
                  '<header class="site-header"><div class="title">Acme Careers</div></header>',
                  '<h2 class="title">What we offer</h2>', '<div class="modal"><div class="title">Subscribe</div></div>'):
        assert read_html(page.format(other))[1].get("title") is None
    # titles: site reliability is no remote site; a field's title only over a header's remarks; an academy's department
    assert clean_title("Remote Site Reliability Engineer") == "Site Reliability Engineer"
    assert clean_title("Lead Coach – Youth Academy") == "Lead Coach – Youth Academy"
    assert not any(_field_over_header(shown, [field]) for shown, field in [
        ("Software Engineer III - Backend", "Software Engineer"), ("Teacher of Science (Physics)", "Teacher of Science"),
        ("Head of Maths / Assistant Headteacher", "Head of Maths"), ("Director, Clinical Operations", "Director")])
    # pay: a scale's amounts after "scale" or "level"; a grade's number before a real amount; years that are no school year
    assert [(s.min, s.max) for s in (
        find_salary(["Salary: Main Pay Scale 31,650 - 43,607"], "", "GBP"),
        find_salary(["Salary: Entry level 45,000 - 50,000 depending on experience"], "", "USD"),
        find_salary(["Salary: SCP 25-28 £30,000-£33,000"], "", "GBP"),
        find_salary(["Salary: Grade 6 - £30,000"], "", "GBP"),
        find_salary(["Salary: 1995 - 2015 per month"], "", "EUR"),
        find_salary(["Salary: $50,000 through December 2026, then $55,000"], "", "USD"))] == [
        (31650, 43607), (45000, 50000), (30000, 33000), (30000, 30000), (1995, 2015), (50000, 50000)]
    # names: South Australia's SA stays, a firm's goes; a firm's name after "the" keeps its first word
    assert [brand_name(n) for n in ("Cancer Council SA", "Wines of SA", "Relationships Australia SA", "Banco X, SA")] == \
        ["Cancer Council SA", "Wines of SA", "Relationships Australia SA", "Banco X"]
    text = ("Warehouse Operative\n\nThis role sits within the Kingsley Logistics Ltd network. Join the Kingsley Logistics "
            "Ltd family. Kingsley Logistics Ltd is an equal opportunities employer.\n")
    assert find_company({}, {}, to_blocks(text), text, set(), "Warehouse Operative") == "Kingsley Logistics Ltd"
    text = "Teacher\n\nBenefits Of Springfield City Schools\n\nSpringfield City Schools is hiring.\n"
    assert find_company({}, {}, to_blocks(text), text, set(), "Teacher") == "Springfield City Schools"
    # places: no town in a state's, a region's or a mode's name
    for field in ("Statewide, NY", "Telework, VA", "Bay Area, CA", "Northern Virginia, VA", "Twin Cities, MN",
                  "Région Parisienne, France", "Présentiel, France", "Büro, Deutschland", "Flexível, Portugal"):
        assert _town_in_address(field) == [], field
    assert [c.name for c in _town_in_address("Moreno Valley, CA")] == ["Moreno Valley"]
    html = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting", '
            '"title": "Data Analyst", "hiringOrganization": {"name": "Acme"}, "jobLocation": {"@type": "Place", '
            '"address": {"addressLocality": "Virtual", "addressCountry": "US"}}}</script></head><body><main>'
            "<h1>Data Analyst</h1><p>" + "You analyse data for our teams. " * 10 + "</p></main></body></html>")
    assert "cities" not in _converted(html, "a.html").meta
    # equity offered beside diversity
    assert find_equity("We offer a salary of $150k plus equity and diversity of projects.")


def test_the_review_of_the_holdout39_round_stays_fixed():
    from jobboard.conditions import find_remote
    from jobboard.jobwords import has_job_noun
    from jobboard.locations import _town_in_address
    from jobboard.names import brand_name
    from jobboard.salary import find_salary
    from jobboard.shapes import read_shape
    from jobboard.skills import find_tags
    from jobboard.titles import clean_title
    from jobboard.vocab import load_vocabulary
    # LinkedIn: a rare job noun before a firm with a common one and its legal form; a company on the title's line
    for text, fields in [
            ("Electrician\nSpecialist Electrical Services Ltd\nAberdeen, Scotland, United Kingdom · 2 days ago · 30 "
             "applicants\nEasy Apply\nSave\n\nAbout the job\nWe wire.\n", ("Electrician", "Specialist Electrical Services Ltd")),
            ("Electrician · Brightline Electrical · Perth, Western Australia, Australia\n1 week ago · 12 applicants\nApply\n"
             "Save\n\nAbout the job\nWe wire.\n", ("Electrician", "Brightline Electrical"))]:
        stated = read_shape(text, "a.txt").stated
        assert (stated["title"], stated["company"]) == fields
    # modes: home working ruled out only as such, not "kein Homeoffice-Zwang" or a site-based role with home days
    assert find_remote({}, {}, "Homeoffice möglich, kein Homeoffice-Zwang.", True) == "hybrid"
    assert find_remote({}, {}, "This is a site-based role with 2 days working from home.", True) == "hybrid"
    assert find_remote({}, {}, "Télétravail possible : pas de télétravail imposé.", True) == "hybrid"
    # pay: a grade's range before an amount, a level before a range in thousands, an agreement's years
    assert [(s.min, s.max) for s in (find_salary(["Salary: SCP 25-28, £32,076 - £35,235"], "", "GBP"),
                                     find_salary(["Salary: mid level 90 - 110k USD"], "", "USD"),
                                     find_salary(["Compensation: Entry level 55-65k plus bonus"], "", "USD"))] == \
        [(32076, 35235), (90000, 110000), (55000, 65000)]
    assert find_salary(["Salary: 2024 - 2027 agreement"], "", "EUR") is None
    # towns before a ZIP code whose names start like regions; firms' "SA"; names of firms with trade words
    assert [c.name for f in ("Southern Pines, NC 28387", "District Heights, MD 20747") for c in _town_in_address(f)] == \
        ["Southern Pines", "District Heights"]
    assert [brand_name(n) for n in ("Société Générale SA", "Energy SA")] == ["Société Générale", "Energy SA"]
    assert not any(map(has_job_noun, ["Müller Mechanik GmbH", "Schlosser Holding", "Bricklayer Arms", "Glazier Court"]))
    # titles: kinds of plant and works stay; a level's number stays
    for title in ("Project Manager – Rail Works", "Shift Supervisor – Water Treatment Plant", "Chemist – Pilot Plant",
                  "Engineer - Level 2"):
        assert clean_title(title) == title
    assert clean_title("Engineer - Level #2") == "Engineer - Level 2"
    # tags: "safe pass" in prose is no card
    assert find_tags("Vehicles must leave a safe pass for pedestrians on the haul road.", load_vocabulary(None)) == []
