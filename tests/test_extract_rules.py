"""Each classifier rule on real lines from the fixture pages."""

from __future__ import annotations

import pytest

from warta.extract.classify import classify, copyright_holder, is_prose
from warta.extract.dateline import find_dateline, is_dateline_only
from warta.extract.html import parse
from warta.extract.rules import chrome_rules
from warta.extract.text import Line, decode, text_lines


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("A A A", "font-size-widget"),
        ("Copyright © 2024 SINDOnews.com", "copyright"),
        ("All Rights Reserved", "copyright"),
        (
            "©2008 - 2015 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). "
            "All Rights Reserved.",
            "copyright",
        ),
        ("berita/ rendering in 0.0800 seconds (0.1#10.140)", "render-time"),
        ("/ rendering in 0.0530 seconds [182]", "render-time"),
        ("ADVERTISEMENT", "advertisement"),
        ("SCROLL TO CONTINUE WITH CONTENT", "advertisement"),
        ("Close Ads X", "advertisement"),
        ("Baca Juga", "related-articles"),
        ("Berita Terkait", "related-articles"),
        ("JANGAN LEWATKAN!!!", "related-articles"),
        ("Kumpulan Berita Terkait:", "related-articles"),
        ("Baca juga: Korut Uji Coba Rudal Lagi", "related-link"),
        ("Lihat juga: Kim Jong-un Kunjungi Beijing", "related-link"),
        ("Simak video pilihan berikut ini:", "related-link"),
        ("Ikuti perkembangan berita ini dalam topik:", "related-link"),
        ("Share on Facebook", "share-prompt"),
        ("13Shares", "share-prompt"),
        ("copy link", "share-prompt"),
        ("berikan komentar anda", "comment-prompt"),
        ("0 komentardisclaimer", "comment-prompt"),
        (
            "Disclaimer : Komentar adalah tanggapan pribadi, tidak mewakili kebijakan "
            "editorial redaksi",
            "comment-prompt",
        ),
        ("#Rizal Ramli", "tags"),
        ("TAG", "tags"),
        ("Trending Tag", "tags"),
        ("Pewarta: Nur Imansyah", "byline"),
        ("Editor: Ade Marboen", "byline"),
        ("By Corry Anestia", "byline"),
        ("Red: Yudha Manggala P Putra", "byline"),
        ("Sumber : Antara", "source-credit"),
        ("Depresi berat, waspada diabetes! (Foto: Usnews)", "photo-credit"),
        ("Dian Sastro saat masih 13 tahun © instagram.com/therealdisastr", "photo-credit"),
        (
            "KOMPAS.COM/MASRIADI Penyidik Polres Lhokseumawe menyerahkan senjata AK 56",
            "photo-credit",
        ),
        (
            "Astra Otoparts bekerja sama dengan Pirelli meluncurkan ban terbaru. "
            "(Antaranews/Monalisa)",
            "photo-credit",
        ),
        ("Redaksi: redaksi[at]detikinet.com", "contact"),
        ("Register | Login", "login"),
        ("dibaca 53,203 kali", "counter"),
        ("1.229", "counter"),
    ],
)
def test_chrome_rule_names_real_line(line: str, reason: str) -> None:
    assert chrome_rules().reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "PYONGYANG - Media pemerintah Korea Utara (Korut), KCNA, melaporkan bahwa pemimpin negara "
        "komunis itu telah bertukar pesan pribadi dengan pemimpin China.",
        "Menurut KCNA, Jinping mengatakan bahwa dia ingin membantu mempromosikan kebahagiaan.",
        "FOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun, Masih Cantik?",  # a headline, not a credit
        "Jumat (6/11) pukul 08.45 WITA, penerbangan dibuka kembali (2/11).",
        "Layanan 4G",
    ],
)
def test_article_lines_are_not_chrome(line: str) -> None:
    assert chrome_rules().reason(line) is None


def test_prose_versus_headline() -> None:
    lead = (
        "LHOKSEUMAWE, KOMPAS.com – Penyidik Polres Lhokseumawe melimpahkan Faisal (37) alias "
        "Komeng anggota kelompok bersenjata Nurdin Ismail alias Din Minimi ke Kejari Lhoksukon."
    )
    assert is_prose(lead, lead.split())  # a name-heavy lead is still prose
    head = "Polres Lhokseumawe Serahkan Anggota Di Minimi ke Kejaksaan"
    assert not is_prose(head, head.split())


@pytest.mark.parametrize(
    ("paragraph", "place", "outlet"),
    [
        ("PYONGYANG - Media pemerintah Korea Utara (Korut), KCNA, melaporkan", "PYONGYANG", None),
        ("JAKARTA, KOMPAS.com - Menteri Pendayagunaan Aparatur Negara", "JAKARTA", "KOMPAS.com"),
        (
            "LOS ANGELES, KOMPAS.com - Pendiri Facebook, Mark Zuckerberg",
            "LOS ANGELES",
            "KOMPAS.com",
        ),
        ("Jakarta (ANTARA News) - PT Astra Otoparts Tbk meluncurkan", "Jakarta", "ANTARA News"),
        ("Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan", "Mataram", "ANTARA News"),
        ("ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- Pemerintah kota", "ISTANBUL", "Antara"),
        ("TEMPO.CO, Jakarta - Organisasi Kesehatan Dunia (WHO) menyebutkan", "Jakarta", "TEMPO.CO"),
        ("Liputan6.com, Jakarta - Indonesia memasuki fase dinamis", "Jakarta", "Liputan6.com"),
        ("REPUBLIKA.CO.ID, JAKARTA -- Aktris dan sutradara Marcella", "JAKARTA", "REPUBLIKA.CO.ID"),
        ("VIVA.co.id - Presiden Joko Widodo meresmikan", None, "VIVA.co.id"),
        ("Jakarta, CNN Indonesia -- Presiden Joko Widodo meresmikan", "Jakarta", "CNN Indonesia"),
        ("Bisnis.com, JAKARTA - Harga emas Antam turun", "JAKARTA", "Bisnis.com"),
        ("Jakarta - Galaxy S6 Edge, dengan material premium", "Jakarta", None),
    ],
)
def test_dateline_house_styles(paragraph: str, place: str | None, outlet: str | None) -> None:
    d = find_dateline(paragraph)
    assert d is not None
    assert (d.place, d.outlet) == (place, outlet)


def test_no_dateline_in_ordinary_sentences() -> None:
    assert find_dateline("Dikutip detikINET dari BBC, Kamis (5/11/2015), Google menyatakan") is None
    assert find_dateline("Penyidik Polres Lhokseumawe melimpahkan Faisal (37) alias Komeng") is None
    assert is_dateline_only("Jakarta -")
    assert not is_dateline_only("Jakarta - Galaxy S6 Edge")


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Copyright © 2024 SINDOnews.com", "SINDOnews.com"),
        ("COPYRIGHT © ANTARA 2015", "ANTARA"),
        ("Copyright © detikcom, All Rights Reserved · Redaksi · Pedoman Media Siber", "detikcom"),
        ("© 2007 - 2015 okezone.com, All Rights Reserved", "okezone.com"),
        ("© 2015 - Tempo Inti Media", "Tempo Inti Media"),
        (
            "© 2003-2015 Kapanlagi.com - KLN KapanLagi Network - All Rights Reserved",
            "Kapanlagi.com",
        ),
        ("COPYRIGHT © 2016", None),
    ],
)
def test_publisher_from_copyright_line(line: str, holder: str | None) -> None:
    assert copyright_holder(line) == holder


def _page(text: str, **kw):
    return classify(text_lines(text), **kw)


PARAS = [
    "Liputan6.com, Jakarta - Indonesia memasuki fase dinamis akan pertumbuhan ekosistem digital. "
    "Mulai dari kehadiran banyak layanan digital hingga aplikasi besutan dalam negeri.",
    "Tak heran, Dani optimistis layanan broadband akan semakin banyak diminati di Tanah Air, dan "
    "ini akan men-generate banyak layanan over the top (OTT) di dalam negeri.",
    "Berdasarkan laporan keuangan Tri di kuartal III 2015 lalu, anak usaha Hutchison Asia "
    "Telecommunications Limited ini mencatat jumlah pelanggannya sebanyak 55,4 juta pengguna.",
    "Menyusul operator seluler lainnya, Tri juga akan segera mengomersialisasikan layanan 4G "
    "mereka di Tanah Air pada tahun ini.",
]


def test_related_block_inside_body_is_removed_and_subheads_kept() -> None:
    text = "\n".join(
        [
            "Tri Indonesia: Broadband Dorong Ekosistem Digital Dalam Negeri",
            "By Corry Anestia",
            "on 16 Feb 2016 at 09:10 WIB",
            PARAS[0],
            PARAS[1],
            "Baca Juga",
            "Telkomsel Targetkan Selimuti 40 Kota dengan 4G di Akhir 2016",
            "Ubisoft Pastikan Watch Dogs 2 Dirilis di Awal 2017",
            PARAS[2],
            "Layanan 4G",
            PARAS[3],
            "(Cas/Isk)",
            "Copyright © 2016 Liputan6.com",
        ]
    )
    page = _page(text)
    assert page.body == PARAS[:3] + ["Layanan 4G", PARAS[3]]
    reasons = {r.line: r.reason for r in page.removed}
    assert reasons["Baca Juga"] == "related-articles"
    assert reasons["Ubisoft Pastikan Watch Dogs 2 Dirilis di Awal 2017"] == "related-articles"
    assert reasons["By Corry Anestia"] == "byline"
    assert reasons["on 16 Feb 2016 at 09:10 WIB"] == "date-line"
    assert page.title == "Tri Indonesia: Broadband Dorong Ekosistem Digital Dalam Negeri"
    assert page.date is not None and page.date.iso() == "2016-02-16T09:10:00+07:00"
    assert page.authors == ["Corry Anestia"]
    assert page.editor_codes == ["Cas", "Isk"]
    assert page.copyright_holder == "Liputan6.com"
    assert page.dateline is not None and page.dateline.outlet == "Liputan6.com"


def test_caption_above_dateline_and_writer_under_text() -> None:
    text = "\n".join(
        [
            "Ini 7 Alasan Mengapa Orang Malas Bergerak",
            "Kamis, 05 November 2015 | 11:13 WIB",
            "Dokumentasi petugas BMKG mengawasi sebaran abu vulkanik di kantor BMKG Banyuwangi, "
            "Jawa Timur, Kamis (5/11) siang, saat abu menyebar ke barat daya.",
            "TEMPO.CO, Jakarta - " + PARAS[1],
            PARAS[2],
            "DINI TEJA",
            "bagikan",
        ]
    )
    page = _page(text)
    assert page.body[0].startswith("TEMPO.CO, Jakarta - Tak heran")
    reasons = {r.line: r.reason for r in page.removed}
    assert any(r == "caption" for r in reasons.values())
    assert page.authors == ["Dini Teja"]
    assert reasons["bagikan"] == "share-prompt"


def test_detik_dateline_line_joins_first_paragraph() -> None:
    text = "\n".join(
        [
            "Google Umbar Kelemahan Galaxy S6 Edge",
            "Fino Yurio Kristo - detikinet",
            "Kamis, 05/11/2015 10:08 WIB",
            "Jakarta -",
            PARAS[1],
            PARAS[2],
            "(fyk/ash)",
        ]
    )
    page = _page(text)
    assert page.body[0] == "Jakarta - " + PARAS[1]
    assert page.authors == ["Fino Yurio Kristo"]
    assert page.editor_codes == ["fyk", "ash"]
    assert page.dateline is not None and page.dateline.place == "Jakarta"


def test_title_from_metadata_hint_when_lines_disagree() -> None:
    text = "\n".join(
        [
            "Berita Pilihan",
            "Harga Emas Antam Merosot Rp 8.000 per Gram",
            "In Picture: KPK Periksa Pejabat Mahkamah Agung yang Tertangkap OTT",
            "Selasa, 23 Februari 2016, 17:15 WIB",
            PARAS[1],
            PARAS[2],
        ]
    )
    hint = "KPK Periksa Pejabat Mahkamah Agung yang Tertangkap OTT | Republika Online"
    page = _page(text, title_hint=hint)
    assert page.title == "In Picture: KPK Periksa Pejabat Mahkamah Agung yang Tertangkap OTT"


def test_navigation_only_page_has_no_article() -> None:
    page = _page(
        "\n".join(
            [
                "Home",
                "News",
                "Nasional",
                "Regional",
                "Megapolitan",
                "Bola",
                "Liga Inggris",
                "Tekno",
                "Copyright © 2015 Kompas.com",
            ]
        )
    )
    assert not page.found and page.body == []
    assert {r.reason for r in page.removed} <= {"navigation", "menu", "copyright"}


def test_html_lines_keep_structure_hints() -> None:
    html = (
        "<html><head><title>X</title><script>var a=1;</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        "<h1>Korut Klaim China Ingin Meningkatkan Hubungan</h1>"
        "<ul><li><a href='/x'>Berita lain yang terkait dengan Korut</a></li></ul>"
        "<div>PYONGYANG - Media pemerintah<br>Korea Utara melaporkan</div>"
        "<p>Satu <a href='/y'>tautan</a> di dalam kalimat.</p><footer>Copyright</footer>"
        "</body></html>"
    )
    _, lines = parse(html)
    assert [(x.text, x.tag, x.link) for x in lines] == [
        ("Korut Klaim China Ingin Meningkatkan Hubungan", "h1", False),
        ("Berita lain yang terkait dengan Korut", "li", True),
        ("PYONGYANG - Media pemerintah", "", False),
        ("Korea Utara melaporkan", "", False),
        ("Satu tautan di dalam kalimat.", "p", False),
    ]


def test_html_metadata_sources() -> None:
    html = (
        '<html><head><meta property="og:title" content="Judul Berita - Kompas.com">'
        '<meta property="og:site_name" content="KOMPAS.com">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Judul Berita",'
        '"datePublished":"2016-02-16T14:38:00+07:00","author":{"@type":"Person","name":"Nabilla"}}'
        "</script></head><body><time datetime='2016-02-16T14:00:00+07:00'>x</time></body></html>"
    )
    meta, _ = parse(html)
    assert meta.title == "Judul Berita"  # JSON-LD first
    assert meta.published == "2016-02-16T14:38:00+07:00"
    assert meta.site_name == "KOMPAS.com"
    assert meta.authors == ["Nabilla"]


def test_encoding_detection() -> None:
    text = "Ketegangan “Beijing” dan Seoul — café"
    assert decode(("\ufeff" + text).encode("utf-8"))[0] == text  # BOM
    page = f'<meta charset="windows-1252"><p>{text}</p>'.encode("cp1252")
    assert decode(page, html=True) == (page.decode("cp1252"), "windows-1252")  # declared
    declared_latin_but_utf8 = f'<meta charset="iso-8859-1"><p>{text}</p>'.encode()
    assert decode(declared_latin_but_utf8, html=True)[1] == "utf-8"  # re-saved page
    assert decode(text.encode("cp1252")) == (text, "windows-1252")  # undeclared fallback
    sjis = '<meta charset="shift_jis"><p>日本</p>'.encode("shift_jis")
    assert "日本" in decode(sjis, html=True)[0]


def test_lines_from_html_and_text_go_through_the_same_classifier() -> None:
    lines = [
        Line("Korut Klaim China Ingin Meningkatkan Hubungan", "h1"),
        Line("Kamis, 02 November 2017 - 15:23 WIB"),
    ] + [Line(p) for p in PARAS[:3]]
    page = classify(lines)
    assert page.title == "Korut Klaim China Ingin Meningkatkan Hubungan"
    assert page.body == PARAS[:3]
