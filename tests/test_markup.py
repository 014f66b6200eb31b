import pytest
from jobboard.markup import plain_text, render_body


def test_markdown_headings_lists_and_links():
    html = render_body("## About\n\n- one\n- two\n\n[site](https://example.com)\n")
    assert "<h2>About</h2>" in html
    assert "<li>one</li>" in html
    assert '<a href="https://example.com" rel="nofollow ugc noopener">site</a>' in html


def test_h1_in_a_body_is_demoted_below_the_page_title():
    assert render_body("# Title\n\n## Sub\n").startswith("<h2>Title</h2>\n<h3>Sub</h3>")


def test_raw_html_and_script_links_are_removed():
    html = render_body('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n'
                       '[x](javascript:alert(3)) [y](JaVaScRiPt:alert(4)) <iframe src="https://e.com"></iframe>\n')
    for bad in ("<script", "onerror", "javascript:", "JaVaScRiPt", "<iframe", "<img", "alert(1)"):
        assert bad not in html


def test_plain_text():
    assert plain_text("<p>A &amp; B</p>\n<ul><li>c</li></ul>") == "A & B c"


# The quick inline step must give exactly Python-Markdown's own output, on real and odd text.
import markdown  # noqa: E402
from pathlib import Path  # noqa: E402

from hypothesis import given, settings, strategies as st  # noqa: E402

from jobboard.markup import QuickBlockParser, QuickInlineProcessor, _markdown  # noqa: E402

_ROOT = Path(__file__).resolve().parent
_stock = markdown.Markdown(extensions=["fenced_code", "tables", "sane_lists"], output_format="html")
_quick = _markdown()


def _same(text: str) -> None:
    assert _quick.reset().convert(text) == _stock.reset().convert(text)


def test_the_quick_steps_are_in_use():
    assert isinstance(_quick.treeprocessors["inline"], QuickInlineProcessor)
    assert isinstance(_quick.parser, QuickBlockParser)
    assert {type(step).__name__ for step in _quick.preprocessors} == {
        "QuickNormalizeWhitespace", "QuickFencedBlocks", "QuickHtmlBlocks"}


def test_quick_markdown_matches_python_markdown_on_every_markdown_file_in_the_tests():
    files = sorted(p for p in _ROOT.rglob("*") if p.suffix in {".md", ".txt", ".html"}
                   and "expected" not in p.parts and "pathological-markdown" not in p.parts)  # that one takes minutes
    assert len(files) > 60
    for path in files:
        _same(path.read_text(encoding="utf-8", errors="replace"))


_TOKENS = list("ab c\n*_`[]()<>!&;#\\:/.@-|=\"'") + ["http://x.y", "  \n", "\n\n", "&amp;", "<b>", "![i](u)",
                                                     "- ", "1. ", "```", "| a |", "[x]: http://y",
                                                     "\n---\n", "\n===", "***", "> ", "## ", "    ", "| --- |\n", "]:",
                                                     "\t", "\r", "~~~", "\x02", "\x03", "\n ", "<div>\n", "</div>"]
_MARKDOWNISH = st.lists(st.sampled_from(_TOKENS), max_size=60).map("".join)


@pytest.mark.parametrize("text", ["~~~\ncode < 1\n~~~\n", "```\nx\n```\n", "a\tb\n\n\tcode\n", "x\r\ny\rz",
                                  "p\n   \nq", "R&D &amp; more", "<div>\n*raw*\n</div>\n\ntext", "a\x02b\x03", "a\x03b"])
def test_quick_markdown_matches_python_markdown_on_what_each_quick_step_checks_for(text):
    _same(text)


@settings(max_examples=400, deadline=None)
@given(_MARKDOWNISH)
def test_quick_markdown_matches_python_markdown_on_any_text(text):
    _same(text)


def test_block_level_answers_are_stock_answers_and_only_a_few_are_kept():
    import xml.etree.ElementTree as etree
    from markdown.util import AtomicString
    quick = _markdown()
    odd = ["div", "DIV", "div/", "P", "span", "Table", "", etree.QName("div"), etree.Comment, None, 3,
           AtomicString("P"), ["div"]]
    for tag in odd + odd:  # twice: the second answer may come from what was kept
        assert quick.is_block_level(tag) == _stock.is_block_level(tag), tag
    _same("".join(f"<t{n}>x</t{n}>\n\n" for n in range(1000)) + "<DIV>\n*a*\n</DIV>\n")  # raw HTML names any tag
    kept = next(cell.cell_contents for cell in quick.is_block_level.__closure__ if isinstance(cell.cell_contents, dict))
    quick.reset().convert("".join(f"<t{n}>x</t{n}>\n\n" for n in range(1000)))
    assert len(kept) <= 200


def test_a_body_nested_too_deeply_is_refused_and_the_next_body_renders_as_usual():
    from jobboard.markup import RenderTimeout, render_body_limited
    deep = "\n".join(" " * 4 * level + "- x" for level in range(300))  # past Python's recursion limit
    with pytest.raises(RenderTimeout):
        render_body_limited(deep)
    assert render_body_limited("Hello.\nSecond.") == "<p>Hello.\nSecond.</p>"


def test_fenced_code_renders_the_same_without_importing_pygments():
    """Building never imports Pygments (jobboard does not highlight code), yet leaves it importable."""
    import subprocess
    import sys
    pytest.importorskip("pygments")
    script = ("import sys; from jobboard.markup import render_body\n"
              "print(render_body('```python\\nx = 1 < 2\\n```\\n'))\n"
              "print('pygments' in sys.modules)\n"
              "import pygments; print(pygments.__name__)\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "<pre><code>x = 1 &lt; 2\n</code></pre>\nFalse\npygments\n"
