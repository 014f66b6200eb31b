import pytest

from jobboard.decode import DecodeError, decode

TEXT = "Köln, 80.000 € – team’s “quotes”"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),
    TEXT.encode("utf-16-le"),
    TEXT.encode("cp1252"),
])
def test_every_common_encoding_decodes_to_the_same_text(data):
    assert decode(data) == TEXT


def test_mojibake_is_repaired():
    assert decode("your teamâ€™s work in MÃ¼nchen".encode("utf-8")) == "your team’s work in München"


def test_a_closing_quote_that_lost_its_last_byte_is_still_a_closing_quote():
    """” is E2 80 9D; as Windows-1252 the 9D is no character, and pasted text usually lost it."""
    assert decode("an â€œOwnershipâ€ mindset and â€œtrustâ€\nnext".encode("utf-8")) == \
        "an “Ownership” mindset and “trust”\nnext"
    assert decode("a dagger â€\u00a0here".encode("utf-8")) == "a dagger †here"  # with its A0: a dagger


def test_repair_never_creates_markup():
    raw = "&lt;script&gt;alert(1)&lt;/script&gt; teamâ€™s".encode("utf-8")
    assert decode(raw) == "&lt;script&gt;alert(1)&lt;/script&gt; team’s"


def test_crlf_becomes_lf():
    assert decode(b"a\r\nb\rc") == "a\nb\nc"


@pytest.mark.parametrize("data, message", [
    (b"", "the file is empty"),
    (b"  \n ", "the file is empty"),
    (bytes(range(256)) * 40, "binary"),
    (b"x" * 2_000_001, "over the 2,000,000 byte limit"),
])
def test_bad_files_are_refused_with_a_reason(data, message):
    with pytest.raises(DecodeError, match=message):
        decode(data)


@pytest.mark.parametrize("data", [
    "Senior Engineer in Köln\n".encode("utf-16") + b"\n",  # an odd byte appended to UTF-16
    "Senior Engineer in Köln\n".encode("utf-16-le")[:-1],  # cut off in the middle of a character
    b"\xef\xbb\xbf" + "Senior Engineer in Köln\n".encode("utf-8") + b"\xff",  # a stray byte after a UTF-8 BOM
])
def test_a_file_that_breaks_its_own_encoding_is_read_as_far_as_it_goes(data):
    assert decode(data).startswith("Senior Engineer in Köln")


def test_windows_1252_bytes_in_a_utf8_file_with_a_bom_are_read_as_windows_1252():
    assert decode(b"\xef\xbb\xbf60.000 \x80 brutto, K\xf6ln, Gr\xc3\xbc\xc3\x9fe") == "60.000 € brutto, Köln, Grüße"


def test_a_page_in_the_encoding_it_declares():
    page = '<html><head><meta charset="euc-kr"><title>백엔드 개발자</title></head><body>서울</body></html>'
    assert "백엔드 개발자" in decode(page.encode("euc-kr"))
    latin = '<meta charset="iso-8859-1"><p>Café in Zürich</p>'.encode("latin-1")
    assert "Café in Zürich" in decode(latin)


@pytest.mark.parametrize("text, encoding", [
    ("Senior .NET vývojář/ka. Mzdové podmínky: 75 000 – 95 000 Kč měsíčně. Místo pracoviště: Praha 8 – Karlín. "
     "Požadované vzdělání: středoškolské. Odpovědět na inzerát.", "cp1250"),
    ("Oferujemy możliwość pracy zdalnej, prywatną opiekę medyczną i kartę sportową. Wynagrodzenie: 18 000 zł netto. "
     "Biuro w Łodzi, ul. Piotrkowska; spotkania zespołu co kwartał.", "cp1250"),
    ("Python-розробник. Місто: Харків. Формат роботи: віддалено (у межах України) або офіс у Харкові. "
     "Зарплата: від $2 500. Про компанію: продуктова компанія з 2016 року.", "cp1251"),
    ("Python-розробник. Місто: Харків. Формат роботи: віддалено (у межах України) або офіс у Харкові. "
     "Зарплата: від $2 500. Про компанію: продуктова компанія з 2016 року.", "koi8_u"),
    ("PHP programuotojas. Atlyginimas nuo 3 200 iki 4 500 EUR/mėn. neatskaičius mokesčių. Biuras Vilniuje, "
     "Žalgirio g.; dirbame hibridiniu būdu, ūkininkų sąjungos rūmuose.", "cp1257"),
])
def test_a_file_in_another_windows_code_page_without_a_charset_is_read_in_it(text, encoding):
    text = " ".join([text] * 3)  # (a posting's length: a few accented words tell nothing)
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("text", [
    "Développeur·se back-end à Besançon : télétravail partiel, prime de fin d'année, mutuelle prise en charge à 100 %.",
    "Wir suchen eine:n Softwareentwickler:in für unser Büro in München; Gehalt 70.000 € brutto, Weiterbildungsbudget.",
    "Desarrollador/a senior en Málaga: ¿te apasiona el diseño? ¡Únete! Salario 45.000 €, jornada intensiva en agosto.",
    "Hugbúnaðarsérfræðingur í Reykjavík: við leitum að þróunaraðila; laun 850.000 kr. á mánuði, fjarvinna möguleg.",
    "Udvikler til vores kontor på Østerbro i København: løn 55.000 kr. om måneden, frokostordning og pension på 10 %.",
    "Senior .NET Developer – Manchester – up to £75,000 + benefits; we closed a £25m Series B; £52,000 – £64,000.",
    "HVAC Engineer – £42,000 – £48,000, air handling units up to 20 m³/s, 2½ days a week in Genève, Kraków; naïve résumé.",
    "Funções: desenvolvimento de soluções, integrações e migrações; gestão de equipas, formação contínua e avaliação.",
    "Offices in Genève and Kraków; we use naïve Bayes and read every résumé.",
    "Wir bieten 2½ Tage Homeoffice, ein Büro mit 80.000 m³ Luft und Kollegen aus Genève, Kraków und Zürich; Gehalt: 70.000 €.",
])
def test_western_text_saved_on_windows_stays_windows_1252(text):
    assert decode(text.encode("cp1252")) == text
    text = " ".join([text] * 3)
    assert decode(text.encode("cp1252")) == text


@pytest.mark.parametrize("text, encoding", [
    ("Könyvelő munkatársat keresünk budapesti irodánkba. Feladatok: főkönyvi könyvelés, bérszámfejtés előkészítése, "
     "közreműködés az éves beszámoló elkészítésében. Elvárások: mérlegképes könyvelői végzettség, pontosság, "
     "önálló munkavégzés. Amit kínálunk: versenyképes fizetés, cafeteria, rugalmas munkaidő, kellemes csapat.",
     "cp1250"),
    ("Meklējam grāmatvedi darbam Rīgā. Pienākumi: grāmatvedības uzskaite, atskaišu sagatavošana, sadarbība ar "
     "klientiem. Prasības: augstākā izglītība, pieredze grāmatvedībā vismaz divus gadus, latviešu un angļu valodas "
     "zināšanas. Piedāvājam: stabilu atalgojumu, veselības apdrošināšanu, draudzīgu kolektīvu.", "cp1257"),
    ("İş İlanı: Muhasebe Uzmanı (İstanbul). Kadıköy'deki ofisimizde çalışacak, deneyimli bir muhasebe uzmanı "
     "arıyoruz. Görevler: günlük muhasebe kayıtları, beyannamelerin hazırlanması, bütçe takibi. Aranan nitelikler: "
     "üniversitelerin ilgili bölümlerinden mezun, en az üç yıl deneyimli, Logo veya Mikro kullanabilen.", "cp1254"),
    ("【正社員】バックエンドエンジニア（東京・渋谷）※リモート可\n■仕事内容：自社サービスのサーバーサイド開発を担当していただきます。"
     "■必須スキル：Go または Java での開発経験３年以上。★年収600万円～900万円。①書類選考 ②面接（２回）", "cp932"),
    ("[채용] 백엔드 개발자 모집 (서울 강남구)\n주요 업무: 자사 서비스의 서버 개발 및 운영, 데이터베이스 설계와 성능 개선.\n"
     "자격 요건: Java 또는 Kotlin 개발 경력 3년 이상, 관계형 데이터베이스 경험.\n우대 사항: 클라우드 환경 경험.\n연봉: 5,000만원 ~ 7,000만원",
     "euc_kr"),
    ("Oferujemy możliwość pracy zdalnej, prywatną opiekę medyczną i kartę sportową. Wynagrodzenie: 18 000 zł netto "
     "miesięcznie. Biuro w Łodzi przy ulicy Piotrkowskiej; spotkania zespołu co kwartał, szkolenia i świetna atmosfera.",
     "iso8859_2"),
    ("Project Manager – Kyiv office\n\nWe are looking for an experienced project manager to lead delivery of our "
     "logistics platform for clients across Europe.\n\nContact: Олена Коваленко", "cp1251"),
])
def test_more_legacy_encodings_without_a_charset(text, encoding):
    assert decode(text.encode(encoding)) == text


def test_mojibake_is_repaired_as_a_whole_not_line_by_line():
    text = "Pagrindinės funkcijos:\n\nė\n\nKlientų aptarnavimas ir užsakymų valdymas – Vilniuje."
    assert decode(text.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")) == text
