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
