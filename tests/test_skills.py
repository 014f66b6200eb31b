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
    assert find_tags("Services on AWS (EKS, SQS, Lambda).", V) == ["aws", "eks", "sqs", "lambda"]
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


def test_security_operations_and_research_tools():
    soc = ("Write detections in Splunk ES (SPL) and Microsoft Sentinel (KQL), mapped to MITRE ATT&CK.\n"
           "Hunt across EDR telemetry (CrowdStrike Falcon, Microsoft Defender for Endpoint).\n"
           "Build SOAR playbooks in Cortex XSOAR. One SIEM of Splunk, Sentinel or IBM QRadar.")
    assert find_tags(soc, V) == ["splunk", "spl", "microsoft-sentinel", "kql", "mitre-attack", "edr", "crowdstrike",
                                 "microsoft-defender", "soar", "cortex-xsoar", "siem", "qradar"]
    research = ("Reverse engineer firmware and binaries (IDA Pro, Ghidra) and write exploit chains.\n"
                "Build fuzzing infrastructure (AFL++, libFuzzer, syzkaller).\n"
                "Read x86-64 and ARM64 assembly; CAN bus, AUTOSAR or ISO 26262.")
    assert find_tags(research, V) == ["reverse-engineering", "ida-pro", "ghidra", "exploit-development", "fuzzing",
                                      "aflplusplus", "libfuzzer", "syzkaller", "x86-64", "arm64", "assembly", "can-bus",
                                      "autosar", "iso-26262"]
    assert find_tags("Threat hunting with YARA rules, Suricata and Zeek; SentinelOne or other XDR.", V) == \
        ["threat-hunting", "yara", "suricata", "zeek", "sentinelone", "xdr"]


def test_chip_verification_tools_and_bus_protocols():
    dv = ("- Build UVM testbenches for IP/SoC: AXI, AHB, APB, I2C, SPI\n"
          "- Simulators: VCS / Xcelium / Questa\n"
          "- Scripting in Python or Perl; TCL is a plus\n"
          "- Formal verification (JasperGold) is a big plus")
    assert find_tags(dv, V) == ["uvm", "axi", "ahb", "apb", "i2c", "spi", "vcs", "xcelium", "questa", "python",
                                "perl", "tcl", "formal-verification", "jaspergold"]
    bmc = "BMC firmware on OpenBMC: IPMI 2.0 / Redfish, drivers for I2C, SPI, UART, PCIe and GPIO, debug over JTAG."
    assert find_tags(bmc, V) == ["openbmc", "ipmi", "redfish", "i2c", "spi", "uart", "pcie", "gpio", "jtag"]
    assert find_tags("FPGA work in Vivado or Quartus, simulation in ModelSim, Verilator and cocotb.", V) == \
        ["fpga", "vivado", "quartus", "modelsim", "verilator", "cocotb"]


def test_it_support_and_networking():
    helpdesk = ("Tickets in GLPI; Microsoft 365 (Exchange Online, Teams) and Intune.\n"
                "LAN problems (TCP/IP, VLAN, DHCP, DNS). ITIL Foundation is a plus.")
    assert find_tags(helpdesk, V) == ["glpi", "microsoft-365", "exchange-online", "intune", "vlan", "dhcp",
                                      "dns", "itil"]  # not TCP/IP: a broad topic, no editor tags it
    sysadmin = ("- Linux servers (Debian/Ubuntu), scripts in bash\n"
                "- MikroTik, VLAN, VPN between offices (WireGuard / IPsec)\n"
                "- Proxmox and VMware ESXi; monitoring in Zabbix; VoIP on Asterisk")
    assert find_tags(sysadmin, V) == ["linux", "debian", "ubuntu", "bash", "mikrotik", "vlan", "vpn", "wireguard",
                                      "ipsec", "proxmox", "vmware-esxi", "zabbix", "voip", "asterisk"]
    assert find_tags("Skills: Networking, Linux, BGP and OSPF on Cisco and Juniper.", V) == \
        ["networking", "linux", "bgp", "ospf", "cisco", "juniper"]


def test_llm_training_and_serving():
    text = ("Continued pretraining, SFT and RLHF; distributed training with DeepSpeed / Megatron-LM; "
            "LoRA fine-tuning in PyTorch; serving with vLLM / TensorRT-LLM.")
    assert find_tags(text, V) == ["rlhf", "deepspeed", "megatron-lm", "lora", "pytorch", "vllm", "tensorrt-llm"]


def test_game_and_mobile_libraries():
    unity = ("Unity and C#; Firebase, AppsFlyer and AppLovin MAX SDKs; Addressables, DOTween;\n"
             "Zenject or VContainer; Shader Graph.")
    assert find_tags(unity, V) == ["unity", "csharp", "firebase", "appsflyer", "applovin-max", "addressables",
                                   "dotween", "zenject", "vcontainer", "shader-graph"]
    flutter = "Strong knowledge of state management (Bloc, Riverpod), the Google Maps SDK and Firebase."
    assert find_tags(flutter, V) == ["bloc", "riverpod", "google-maps", "firebase"]
    assert find_tags("The BLoC pattern in Flutter", V) == ["bloc", "flutter"]
    assert find_tags("IOCP or asynchronous sockets in C++", V) == ["iocp", "cpp"]


def test_azure_integration_and_data_tools():
    azure = ("Integrations in Azure Integration Services (Logic Apps, Service Bus, API Management and "
             "Azure Functions);\ninfrastructure as code in Bicep next to C# and .NET 8; REST and SOAP services; "
             "OAuth 2.0 / OpenID Connect.")
    assert find_tags(azure, V) == ["azure", "logic-apps", "service-bus", "api-management", "azure-functions",
                                   "bicep", "csharp", "dotnet", "rest-api", "soap", "oauth", "oidc"]
    assert find_tags("We run MuleSoft as our enterprise service bus.", V) == ["mulesoft", "esb"]  # not Azure's
    data = ("Data quality with Great Expectations / Monte Carlo Data; orchestration in Airflow, Dagster or Prefect.\n"
            "AWS: S3, Glue, Athena, EMR, MSK; infrastructure in Terraform + Terragrunt; routing with OR-Tools.")
    assert find_tags(data, V) == ["great-expectations", "monte-carlo", "airflow", "dagster", "prefect", "aws", "s3",
                                  "aws-glue", "athena", "emr", "msk", "terraform", "terragrunt", "or-tools"]


def test_emr_is_one_tag_for_amazon_emr_and_medical_records():
    assert find_tags("Spark jobs on Amazon EMR", V) == ["spark", "emr"]
    assert find_tags("Validate HL7 interfaces between the EMR and the LIS; FHIR is a plus.", V) == \
        ["hl7", "emr", "fhir"]
    assert find_tags("Our migration to an Electronic Medical Record went live in May.", V) == ["emr"]
    assert find_tags("Safety first: our EMR is below 0.8 and every site lead holds OSHA 30.", V) == []


def test_developer_relations_skills():
    text = ("Developer Relations Engineer: REST APIs, webhooks and OAuth 2.0; "
            "strong technical writing and public speaking.")
    assert find_tags(text, V) == ["devrel", "rest-api", "webhooks", "oauth", "technical-writing", "public-speaking"]


def test_new_tags_named_like_ordinary_words_are_not_tagged_from_prose():
    assert find_tags("We glue teams together and ship Python.", V) == ["python"]
    assert find_tags("Python for the odd bit of glue code", V) == ["python"]
    assert find_tags("Team nights out: the Bloc Party gig, climbing and board games.", V) == []
    assert find_tags("Friday networking events with our clients.", V) == []
    assert find_tags("Solid Linux and networking fundamentals", V) == ["linux"]
    assert find_tags("Watch your career soar while you write Python.", V) == ["python"]
    assert find_tags("Athena, our founder's dog, is in the office most days.", V) == []
    assert find_tags("Fields marked with an asterisk are required. Upload a CV listing Python.", V) == ["python"]
    assert find_tags("In questa posizione lavorerai con Java.", V) == ["java"]  # Italian "this"
    assert find_tags("Questa posizione è aperta a tutti.", V) == []
    assert find_tags("Firmware in C and FreeRTOS for our LoRa sensors.", V) == ["c", "freertos"]  # the radio
    assert find_tags("Funded by regional VCs; our stack is Python.", V) == ["python"]
    assert find_tags("50 % de l'abonnement TCL rembourse", V) == []  # Lyon's buses
    assert find_tags("Monte Carlo simulation in Python; Monte-Carlo methods with NumPy.", V) == ["python", "numpy"]
    assert find_tags("Free soda, a gym budget for bicep curls, and a school prefect mentoring scheme.", V) == []
    assert find_tags("An APB went out; the EDR of the car was read.", V) == []
    assert find_tags("Our office in Palo Alto, CA, next to a juniper hedge; find us on Google Maps.", V) == []
    assert find_tags("Redis Sentinel and Redis Cluster", V) == ["redis"]  # not Microsoft Sentinel
    assert find_tags("ARM templates and Bicep", V) == ["arm-templates", "bicep"]  # not the Arm architecture


def test_rails_only_as_the_framework_and_ai_not_from_prose():
    assert find_tags("NovaPay builds the cross-border payment rails that banks use.", V) == []
    assert find_tags("Our platform team puts guard rails and guardrails on Kubernetes.", V) == ["kubernetes"]
    assert find_tags("Ruby on Rails and PostgreSQL", V) == ["rails", "postgresql"]
    assert find_tags("Backend: Ruby, Rails, Sidekiq", V) == ["ruby", "rails", "sidekiq"]
    assert find_tags("AI Infra 工程师  35-60K·15薪  北京·海淀区", V) == []  # a broad topic, like data science
    assert find_tags("An AI-first company building with Python.", V) == ["python"]


def test_a_frameworks_part_names_the_framework_too():
    assert find_tags("Firebase Crashlytics and Phoenix LiveView", V) == \
        ["crashlytics", "firebase", "phoenix-liveview", "phoenix"]
    assert find_tags("We use Kotlin with Hilt, Retrofit and OkHttp.", V) == ["kotlin", "hilt", "retrofit", "okhttp"]
    assert find_tags("The building needs a retrofit, to the hilt.", V) == []


def test_on_a_page_without_capitals_ordinary_words_do_not_vouch_for_each_other():
    assert find_tags("experience with community outreach and networking events", V) == []
    assert find_tags("at the helm and vault over obstacles; go and express your ideas", V) == []
    assert find_tags("elixir + phoenix, postgres, oban for jobs", V) == ["elixir", "phoenix", "postgresql", "oban"]
    assert find_tags("stack: go, rust, swift", V) == ["go", "rust", "swift"]  # a labelled list vouches for itself


def test_ambiguous_names_listed_together_and_the_keys_editors_use():
    assert find_tags("- Flows, Room, Hilt, Retrofit", V) == ["room", "hilt", "retrofit"]
    assert find_tags("We ate in the Room, then went to the Hilt.", V) == []
    assert find_tags("Services on AWS Lambda and WebSockets; Unreal Engine 5.", V) == \
        ["lambda", "aws", "websocket", "unreal"]
    # broad topics no editor tags
    assert find_tags("Infrastructure as code, TCP/IP, TLS and load balancing, ERP integration.", V) == []


def test_companies_listed_together_are_not_technologies():
    for text in ("Trusted by teams at Stripe, Intercom, Gong and Notion.", "Alumni of Stripe, Gusto, Intercom and Asana",
                 "We power billing for Stripe, Notion, Asana and Intercom.", "Offices: Phoenix, Temporal, Prefect"):
        assert find_tags(text, V) == [], text


def test_a_list_of_names_counts_from_its_first_item_to_its_last():
    assert find_tags("We use Helm, Vault, Consul, Nomad for our clients.", V) == ["helm", "vault", "consul", "nomad"]


def test_an_ml_and_contract_board_s_tools_and_the_words_they_are_also():
    assert find_tags("Serving with vLLM, SGLang and Triton; training with FSDP, NCCL and Ray.", V) == \
        ["vllm", "sglang", "triton", "fsdp", "nccl", "ray"]
    assert find_tags("Ray joined us in 2019; a feast of data in our hub.", V) == []
    assert find_tags("Migration from SAP ECC to SAP S/4HANA with SAP Fiori apps.", V) == ["sap-ecc", "sap-s4hana", "sap-fiori"]
    assert find_tags("Work is safe with us; SAFe, Jira and Confluence.", V) == ["safe", "jira", "confluence"]


def test_a_game_studio_s_tools_and_the_words_they_are_also():
    assert find_tags("Blueprints and C++ in Unreal; Niagara, Maya and Houdini; Wwise or FMOD; PlayFab and GameLift.", V) == \
        ["blueprints", "cpp", "unreal", "niagara", "maya", "houdini", "wwise", "fmod", "playfab", "gamelift"]
    assert find_tags("Deadline: 11 January. We draw blueprints; riding shotgun; a visit to Niagara Falls.", V) == []


def test_words_and_names_that_game_tools_are_also():
    # (Blueprints counts only beside another technology in its own clause; Procore is a construction tool of its own)
    assert find_tags("Ability to read Blueprints and schematics; experience with Procore", V) == ["procore"]
    for text in ("Metal fabrication experience preferred", "Experience in Orthopedics and Spine", "Rider experience on a bike",
                 "Maya, our Head of Talent, has experience in tech recruiting", "Monitor patients for after effects",
                 "We are a visual studio creating brand films", "Integrate PIX and boleto payments"):
        assert find_tags(text, V) == [], text
    assert find_tags("Located in Niagara Falls, our engineers build with Java", V) == ["java"]
    assert find_tags("Experience with QT/QTc studies, SAS and R", V) == ["sas", "r"]
    assert find_tags("We use Qt, C++ and CMake", V) == ["qt", "cpp", "cmake"]


def test_an_embedded_board_s_buses_standards_and_tools():
    assert find_tags("Firmware in C on AURIX with CAN bus, LIN and Automotive Ethernet (SOME/IP, DoIP); ISO 26262 and "
                     "IEC 61508.", V) == ["c", "aurix", "can-bus", "lin", "automotive-ethernet", "some-ip", "doip",
                                          "iso-26262", "iec-61508"]
    for text in ("Lin from our team will call you.", "Die Universität des Saarlandes (UdS) sucht", "Canape buffet at lunch"):
        assert find_tags(text, V) == [], text


def test_new_payments_web3_and_dotnet_names_each_only_where_it_is_the_technology():
    assert find_tags("Interswitch and NIBSS over ISO 8583; M-Pesa and Airtel Money APIs", V) == ["iso-8583", "m-pesa"]
    assert find_tags("connections to venues over websocket and FIX, and Foundry (forge); Hardhat too", V) == \
        ["websocket", "fix", "foundry", "hardhat"]
    assert find_tags("Entity Framework and Dapper; BullMQ queues; Halmos and Certora; viem, Vyper", V) == \
        ["entity-framework", "dapper", "bullmq", "halmos", "certora", "viem", "vyper"]
    for words in ("Bonus: you know FIX", "please fix the bug", "a steel foundry in Ohio", "a dapper suit"):
        assert find_tags(words, V) == []
    assert find_tags("Palantir Foundry and Python", V) == ["palantir-foundry", "python"]


def test_a_name_after_a_word_ending_like_a_word_that_unnames_it_and_south_africas_time():
    # "around" ends in "round" (as in "Series B round"), which is no reason to doubt Helm
    assert find_tags("you know your way around Helm charts and Grafana dashboards", V) == ["helm", "grafana"]
    assert find_tags("core hours are 10:00–15:00 sast.", V) == []
    assert find_tags("overlap until 5pm SAST", V) == []
    assert find_tags("run 3 SAST scans with Semgrep", V) == ["sast", "semgrep"]


def test_go_to_market_and_operations_tools_and_lists_in_other_languages():
    assert find_tags("Gainsight (Totango or ChurnZero is fine too), LinkedIn Sales Navigator and ZoomInfo", V) == \
        ["gainsight", "totango", "churnzero", "linkedin-sales-navigator", "zoominfo"]
    assert find_tags("Tripletex eller Fiken; SAP EWM; Kinaxis RapidResponse and SAP IBP; we run manhattan wms", V) == \
        ["tripletex", "fiken", "sap-ewm", "kinaxis", "sap-ibp", "manhattan-wms"]
    # two names in a Dutch list beside a hyphenated technology ("A/B-test")
    assert find_tags("Je bent handig met Amplitude en Looker en weet wat een goed opgezette A/B-test is", V) == \
        ["amplitude", "looker", "a-b-testing"]
    assert find_tags("for (String s : iterable) over the Iterable interface", V) == []
    # Singapore's Annual Wage Supplement, said as a 13th month
    assert find_tags("SGD 6,500 – 8,000 per month + AWS (13th month) + variable bonus", V) == []
