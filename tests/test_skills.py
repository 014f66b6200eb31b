from jobboard.skills import find_tags
from jobboard.vocab import load_vocabulary

V = load_vocabulary()


def test_aliases_and_symbols():
    assert find_tags("k8s, Postgres, C++, C#, F#, .NET, CI/CD, Docker/K8s", V) == \
        ["kubernetes", "postgresql", "cpp", "csharp", "fsharp", "dotnet", "ci-cd", "docker"]


def test_word_boundaries_keep_ordinary_words_out():
    assert find_tags("our go-to tool for R&D; a Series C company; we rest on Fridays; Swift delivery", V) == []


def test_ambiguous_names_count_among_other_technologies():
    assert find_tags("Languages: JavaScript, C, C++, Python, Go, Java", V) == \
        ["javascript", "c", "cpp", "python", "go", "java"]
    assert find_tags("Experience with Go and gRPC", V) == ["go", "grpc"]


def test_broad_topics_are_not_tags():
    assert find_tags("agile methodologies, leadership, mentoring, e-commerce and a strong focus on security", V) == []


def test_a_service_inside_a_longer_name_counts_too():
    assert find_tags("object stores, like AWS S3", V) == ["s3", "aws"]


def test_hyphenated_suffixes_still_match():
    assert find_tags("a Kubernetes-based, Python-first platform", V) == ["kubernetes", "python"]


def test_a_name_joined_to_a_german_noun_and_an_unmistakable_longer_spelling():
    assert find_tags("Linux-Grundkenntnisse und CI/CD-Pipelines; Sie testen REST-Schnittstellen", V) == \
        ["linux", "ci-cd", "rest-api"]
    assert find_tags("Build and document REST API endpoints used by our mobile app.", V) == ["rest-api"]
    assert find_tags("we rest on Fridays; a C-level hire; our go-to tool", V) == []
    assert find_tags("Tu es à l'aise avec Figma pour commenter les maquettes", V) == ["figma"]


def test_a_technology_ruled_out_is_not_a_tag():
    assert find_tags("We run on Hetzner. No Kubernetes, no microservices, and we like it.", V) == ["hetzner"]
    assert find_tags("Written in Rust (not C++, and we keep it so). They are NOT on AWS.", V) == ["rust"]
    assert find_tags("Vais modelar dados no PostgreSQL e otimizar queries.", V) == ["postgresql"]  # Portuguese "in the"


def test_a_products_full_name_or_its_capitalised_last_word_is_a_tag():
    assert find_tags("Secrets management with HashiCorp Vault; ask the security team.", V) == ["vault"]
    assert find_tags("Services on AWS (EKS, SQS, Lambda).", V) == ["aws", "eks", "sqs", "aws-lambda"]
    assert find_tags("Secrets live in Azure Key Vault.", V) == ["azure"]  # not HashiCorp's
    assert find_tags("Write a lambda function and lock the vault.", V) == []


def test_portuguese_no_is_not_a_negation():
    assert find_tags("Experiência sólida no Angular, TypeScript e RxJS. Conhecimento no AWS, GCP ou Azure.", V) == \
        ["angular", "typescript", "rxjs", "aws", "gcp", "azure"]


def test_the_tools_of_people_who_are_not_engineers_and_rtos_only_as_written():
    from jobboard.skills import find_tags
    vocab = load_vocabulary(None)
    marketing = "You run campaigns in Google Ads and Meta Ads, report in Looker Studio and build pages in Webflow."
    assert find_tags(marketing, vocab) == ["google-ads", "meta-ads", "looker-studio", "webflow"]
    planning = "You keep the plan in Smartsheet and MS Project; Primavera P6 is a plus."
    assert find_tags(planning, vocab) == ["smartsheet", "ms-project", "primavera-p6"]
    assert "rtos" not in find_tags("Interconnection studies with ERCOT, utilities and RTOs.", vocab)
    assert "rtos" in find_tags("Firmware in C on an RTOS, with FreeRTOS or Zephyr.", vocab)


def test_tools_named_like_ordinary_words_are_not_tagged_from_them():
    from jobboard.skills import find_tags
    vocab = load_vocabulary(None)
    assert find_tags("Experience with greenhouse gas accounting and Python.", vocab) == ["python"]
    assert "primavera-p6" not in find_tags("Incorporación en primavera; experiencia con SQL y Python.", vocab)
    assert "looker-studio" not in find_tags("Skills: Azure Data Studio, SQL Server.", vocab)
    assert find_tags("PMP certification preferred.", vocab) == ["pmp"]
