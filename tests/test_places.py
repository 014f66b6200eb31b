from jobboard.places import find_cities, find_countries, load_gazetteer, restore_lost_letters

GAZ = load_gazetteer()


def names(text, **kw):
    return [c.name for c in find_cities(text, GAZ, **kw)]


def test_local_names_map_to_english_ones():
    assert names("Büros in München, Köln und Wien") == ["Munich", "Cologne", "Vienna"]
    assert [c.country for c in find_cities("Zürich", GAZ)] == ["CH"]


def test_names_in_scripts_without_spaces_or_capitals_are_found_inside_longer_words():
    # Japanese and Chinese run words together, Korean and Hebrew join particles to a name
    assert names("勤務地：東京都渋谷区、大阪") == ["Tokyo", "Osaka"]
    assert names("工作地点：上海市浦东新区 / 台北市內湖區") == ["Shanghai", "Taipei"]
    assert names("근무지: 서울특별시 강남구 (서울에서 근무)") == ["Seoul"]
    assert names("משרד בתל אביב") == ["Tel Aviv"]
    assert names("Офіс: Київ") == ["Kyiv"]
    assert names("Địa điểm: Quận 7, TP.HCM") == ["Ho Chi Minh City"]
    assert find_countries("勤務地：日本、東京") == ["JP"]
    # in scripts with spaces a name is still a whole word
    assert names("Berlin2 Berlin_x Mannheimer") == []


def test_several_offices_in_order_of_mention():
    assert names("a workplace in our office in Düsseldorf or Berlin") == ["Düsseldorf", "Berlin"]


def test_ordinary_words_that_are_towns_are_not_cities():
    assert names("Reading the docs is nice to have. Mobile apps. It is nice.") == []
    assert names("Nice to have: Go. Reading, UK is our home.") == ["Reading"]
    assert names("Reading", location_field=True) == ["Reading"]


def test_lowercase_pages_are_matched_and_urls_are_not():
    assert names("our office in düsseldorf or berlin") == ["Düsseldorf", "Berlin"]
    assert names("see https://berlin.example.com and jobs@hamburg.de") == []


def test_countries_by_english_local_and_short_names():
    assert find_countries("Berlin, Deutschland; London, UK; 100% Remote (US only)") == ["DE", "GB", "US"]
    assert find_countries("let US know") == []


def test_an_office_the_company_had_is_not_where_the_job_is():
    from jobboard.places import job_cities
    text = ("We started in 2019 with a tiny office in Brussels; we closed it in 2023. You'll join us at our office in "
            "Luxembourg, next to the tram. Our merchants sell in Milan and Lyon.")
    assert [c.name for c in job_cities(text, load_gazetteer())] == ["Luxembourg"]


def test_a_us_state_or_canadian_province_after_a_city_says_its_country():
    assert [(c.name, c.country) for c in find_cities("London, ON · Permanent", GAZ)] == [("London", "CA")]
    assert [(c.name, c.country) for c in find_cities("Cambridge, MA or Reading, PA", GAZ)] == \
        [("Cambridge", "US"), ("Reading", "US")]
    assert [(c.name, c.country) for c in find_cities("Berlin, DE and London, UK", GAZ)] == \
        [("Berlin", "DE"), ("London", "GB")]  # a country's own code, not Delaware
    assert [(c.name, c.country) for c in find_cities("Dublin, Ohio Metro Area (Hybrid)", GAZ)] == [("Dublin", "US")]
    assert [(c.name, c.country) for c in find_cities("London, Ontario (Remote)", GAZ)] == [("London", "CA")]


def test_a_citys_own_region_code_is_not_a_us_state():
    for text, country in (("Perth, WA", "AU"), ("Milano, MI", "IT"), ("Recife, PE", "BR"), ("Chennai, TN", "IN")):
        assert [c.country for c in find_cities(text, GAZ)] == [country], text


def test_a_sentence_about_the_past_is_dropped_only_when_it_is_about_an_office():
    from jobboard.places import job_cities
    text = "You'll work from our Munich office, alongside former Google engineers. Our founders met in Berlin."
    assert [c.name for c in job_cities(text, GAZ)] == ["Munich"]


def test_a_time_zone_named_after_a_city_is_not_a_place():
    assert find_cities("Timezones: Pacific Time - Brasilia Time (UTC-8 to UTC-3)", GAZ) == []
    assert [c.name for c in find_cities("Office in Berlin; core hours 10-16 Berlin time", GAZ)] == ["Berlin"]


def test_a_state_that_is_also_a_city_needs_its_country_to_move_a_city_to_america():
    assert [(c.name, c.country) for c in find_cities("Location: London, New York (Hybrid)", GAZ)] == \
        [("London", "GB"), ("New York", "US")]
    assert [c.name for c in find_cities("Location: Berlin\nTimezone: CET", GAZ)] == ["Berlin"]


def test_vancouver_washington_is_in_the_us():
    assert [(c.name, c.country) for c in find_cities("Vancouver, Washington", GAZ)] == [("Vancouver", "US")]


def test_a_name_that_is_also_a_word_is_a_city_on_a_line_of_its_own_with_its_region():
    assert names("Técnico de Soporte\nRosario, Santa Fe\nPresencial") == ["Rosario"]
    assert names("Reading, Berkshire, United Kingdom") == ["Reading"]
    assert names("Sofia, Talent Partner") == []  # a signature
    assert names("Hola Rosario, Juan y Pedro") == []
    assert names("zona Bv. Oroño y Córdoba") == []  # a street, and a city in Spain and in Argentina


def test_a_metro_area_after_a_city_is_its_region():
    assert names("Quezon City, Metro Manila") == ["Quezon City"]
    assert names("Salford, Greater Manchester") == ["Salford"]
    assert names("Metro Manila") == ["Manila"]


def test_chinese_and_korean_names_inside_other_words_and_a_sign_off_are_no_places():
    assert names("在平台中负责数据治理") == []  # 台中 inside "in the platform"
    assert names("我们完成都很快") == []
    assert names("부산물 처리") == []  # a by-product, not Busan
    assert names("在上海工作") == ["Shanghai"]
    assert names("Thanks for reading!\n" + "More text.\n" * 20 + "Charlotte, Acme Robotics") == []
    assert names("Cheers,\nVictoria, Acme Inc") == []


def test_chinese_japanese_and_korean_names_in_prose_with_particles_and_other_words_beside_them():
    assert names("本社は東京にあります。東京・大阪") == ["Tokyo", "Osaka"]
    assert names("我们在北京和上海都有办公室") == ["Beijing", "Shanghai"]
    assert names("深圳南山区") == ["Shenzhen"]
    assert names("서울과 부산에 오피스가 있습니다") == ["Seoul", "Busan"]
    assert names("负责后台中的API开发") == []


def test_a_street_before_a_city_and_a_country_or_province_on_a_page_without_capitals():
    gazetteer = load_gazetteer()
    assert [c.name for c in find_cities("12 Avenue Victoria, 75004 Paris", gazetteer)] == ["Paris"]
    assert [c.name for c in find_cities("11 Quiet Street, Bath", gazetteer)] == ["Bath"]
    assert [(c.name, c.country) for c in find_cities("locations: hamilton, on · london, on\n", gazetteer)] == \
        [("Hamilton", "CA"), ("London", "CA")]
    assert [(c.name, c.country) for c in find_cities("we are in london, on the thames", gazetteer)] == [("London", "GB")]
    assert [c.name for c in find_cities("where: bath, uk.", gazetteer)] == ["Bath"]
    assert find_cities("web and mobile, us included", gazetteer) == []  # "us" the pronoun


def test_a_shared_city_name_by_its_country_a_state_after_a_city_and_a_way_there():
    gazetteer = load_gazetteer()
    found = lambda text: [(c.name, c.country) for c in find_cities(text, gazetteer)]
    assert found("pasture pulse · hamilton, new zealand · full-time") == [("Hamilton", "NZ")]
    assert found("Melbourne, Victoria · Hybrid") == [("Melbourne", "AU")]
    assert found("Christchurch, Canterbury") == [("Christchurch", "NZ")]
    assert found("Victoria, BC") == [("Victoria", "CA")]
    assert found("Our office is a six-minute walk from Reading station, 25 minutes by train from London Paddington.") == \
        [("Reading", "GB")]
    assert found("Relocation support if you're moving to the Mobile area") == [("Mobile", "US")]


def test_place_names_whose_letters_a_file_lost_to_question_marks_are_written_whole_again():
    text = "Universit?tsspital Z?rich, 8091 Z?RICH. Offices in Timi?oara, S?o Paulo, ?rebro and M?xico"
    assert restore_lost_letters(text, GAZ) == \
        "Universit?tsspital Zürich, 8091 ZÜRICH. Offices in Timișoara, São Paulo, Örebro and México"
    assert names(restore_lost_letters("Arbeitsort: Z?rich", GAZ)) == ["Zurich"]
    # questions, URLs, lost apostrophes and words no place is spelt like stay as they are
    for kept in ("Why Zurich? Because.", "https://jobs.example/apply?job=3", "what?s up", "Programaci?n en espa?ol"):
        assert restore_lost_letters(kept, GAZ) == kept


def test_cities_that_illustrate_a_time_zone_are_not_the_jobs():
    assert names("Remote, GMT+2 to GMT+4 only (e.g. Cairo, Istanbul, Nairobi, Dubai, Tbilisi)", location_field=True) == []
    assert names("Remote within CET (e.g. Berlin or Warsaw) - office in London", location_field=True) == ["London"]
    assert names("Hybrid in one of our hubs (e.g. Berlin, Munich)", location_field=True) == ["Berlin", "Munich"]
