from jobboard.structure import to_blocks, to_markdown


def md(text):
    return to_markdown(to_blocks(text))


def test_pasted_linkedin_text_gets_headings_and_lists():
    text = ("About the job\nThe role and the team\n\nWe build things. You help.\n\nWhat You’ll Do\n\n"
            "Build the platform\nReview code\nMentor juniors\n\nWhat We Offer\n30 days vacation\nA laptop\n")
    assert md(text) == ("## The role and the team\n\nWe build things. You help.\n\n## What You’ll Do\n\n"
                        "- Build the platform\n- Review code\n- Mentor juniors\n\n## What We Offer\n\n"
                        "- 30 days vacation\n- A laptop\n")


def test_markdown_sections_and_bullets_are_kept():
    text = "## Location\n\n* Berlin, Germany\n\n## About Us\n\nWe are nice.\n\n### Contact\n\n- Mail: a@b.de\n"
    assert md(text) == ("## Location\n\n- Berlin, Germany\n\n## About Us\n\nWe are nice.\n\n### Contact\n\n"
                        "- Mail: a@b.de\n")


def test_wrapped_paragraph_lines_are_joined():
    text = "We are a small team building\nsoftware for bakeries and we\nlove what we do.\n"
    assert md(text) == "We are a small team building software for bakeries and we love what we do.\n"


def test_restructuredtext_titles_become_headings():
    text = "Python Engineer\n===============\n\nWho we are\n----------\n\nA team.\n\n* one\n* two\n"
    assert md(text) == "## Python Engineer\n\n### Who we are\n\nA team.\n\n- one\n- two\n"


def test_escaped_bold_debris_and_hashtags_are_removed():
    text = "\\_\\_you will: \\_\\_\n\nresearch things;\nwork on ci/cd;\n\n#Decisions\n"
    assert md(text) == "## You will\n\n- research things;\n- work on ci/cd;\n"


def test_all_lowercase_pages_keep_one_item_per_line():
    text = "your profile\n\nyou know python\nyou like tests\n"
    assert md(text) == "## Your profile\n\n- you know python\n- you like tests\n"


def test_fenced_code_is_kept_verbatim():
    text = "Intro\n\n```\nline one\n\nline two\n```\n"
    assert md(text) == "Intro\n\n```\nline one\n\nline two\n```\n"


def test_a_short_line_above_a_paragraph_of_sentences_is_its_heading():
    prose = ("Singelwerk bouwt software voor woningcorporaties. Met ons platform regelen ruim 90 corporaties hun "
             "verhuur. We werken vanuit ons kantoor in Utrecht.")
    assert md(f"Over Singelwerk\n{prose}\n") == f"## Over Singelwerk\n\n{prose}\n"
    assert md(f"Why on-site?\n{prose}\n") == f"## Why on-site?\n\n{prose}\n"
    # two short lines, or a short line above another short one, stay what they were
    assert md("Medior Security Engineer\nUtrecht | 32 - 40 uur\n") == "- Medior Security Engineer\n- Utrecht | 32 - 40 uur\n"
    assert "#" not in md(f"Note: we are remote.\n{prose}\n")  # a sentence is no heading


def test_a_section_name_in_capitals_with_an_emoji_is_a_heading_but_a_list_of_names_is_not():
    text = ("Intro paragraph here that is long enough to be prose, with many words in it.\n\n🚀 SOBRE A OPORTUNIDADE\n"
            "Estamos buscando uma pessoa desenvolvedora para o squad Coleta.\n\n📌 RESPONSABILIDADES\n"
            "• Desenvolver nossos apps\n• Garantir que o app funcione offline\n\nStack\nPython\nASP.NET\nDocker\n")
    markdown = to_markdown(to_blocks(text))
    assert "## SOBRE A OPORTUNIDADE\n\nEstamos buscando" in markdown
    assert "## RESPONSABILIDADES\n\n- Desenvolver" in markdown and "- ASP.NET" in markdown


def test_a_fields_name_above_its_value_reads_as_one_line_but_a_sites_menu_does_not():
    text = "Job Posting Title:\nResearch Computing Facilitator\n\nwellfound:\nDiscover   Jobs   Startups   Log in\n"
    markdown = to_markdown(to_blocks(text))
    assert "Job Posting Title: Research Computing Facilitator\n" in markdown
    assert "wellfound: Discover" not in markdown


def test_a_hyphenated_line_end_is_joined_but_a_compounds_shared_half_keeps_its_hyphen():
    text = "Wir entwickeln die Kassen-\nund Warenwirtschaftssoftware für Bäckereien und die Er-\nstellung von Plänen.\n"
    assert to_markdown(to_blocks(text)) == \
        "Wir entwickeln die Kassen- und Warenwirtschaftssoftware für Bäckereien und die Erstellung von Plänen.\n"


def test_english_compounds_keep_their_hyphen_at_a_line_break_and_list_items_stay_items():
    text = "We want a self-\nmotivated, state-of-the-\nart engineer for full-\ntime work.\n"
    assert to_markdown(to_blocks(text)) == "We want a self-motivated, state-of-the-art engineer for full-time work.\n"
    items = "Requirements\n- Experience with front-\n- end frameworks\n- Fluent English\n"
    assert "- Fluent English" in to_markdown(to_blocks(items))
