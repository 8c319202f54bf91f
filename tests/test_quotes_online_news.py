"""Quotes in the register of 2025 Indonesian online news: one line per paragraph, relays
run into outlet names, parenthetical attributions, nicknames. Sentences are self-written."""

from __future__ import annotations

from quote_lookup import entity_name as _name
from quote_lookup import quote_with as _quote
from quote_lookup import speaker_of as _speaker
from warta.pipeline import analyze_text
from warta.quotes import (
    direct_spans,
    drop_chrome_entities,
    paragraphs,
    plausible_name,
    repair_persons,
)
from warta.types import Entity, Mention, TextAnalysis


def test_one_line_per_paragraph() -> None:
    text = "Satu dua.\nTiga empat.\n\nLima."
    assert [text[s:e] for s, e in paragraphs(text)] == ["Satu dua.", "Tiga empat.", "Lima."]
    # a quote reopened on the next line goes on; the line break is a paragraph break
    text = ("Menteri Luar Negeri Retno Marsudi bertemu mitranya di Jakarta.\n"
            "\"Kami membahas banyak hal tentang kerja sama kedua negara.\n"
            "\"Kami juga sepakat untuk memperkuat perdagangan,\" katanya.")
    a = analyze_text(text)
    q = _quote(a, "Kami membahas")
    assert q.text.endswith("memperkuat perdagangan") and "Retno Marsudi" in _name(a, q.speaker)


def test_quote_left_open_closes_at_its_paragraph_end() -> None:
    text = ("Pelatih Rahmat Hidayat berbicara di depan para suporter klubnya. Dia menegaskan "
            "bahwa skuadnya akan berlatih dua kali sehari selama bulan puasa.\n"
            "\"Kalau latihannya rutin, saya yakin anak-anak juara musim depan. Kami butuh "
            "dukungan penonton di stadion.\n"
            "Saksikan siaran langsungnya:")
    assert [text[s:e] for s, e in direct_spans(text)][0].endswith("penonton di stadion.")
    a = analyze_text(text)
    assert _speaker(a, "saya yakin anak-anak juara") == "Rahmat Hidayat"


def test_titles_in_quotation_marks_are_no_quotes() -> None:
    text = ("\"Kami akan terus memperbaiki layanan kereta api,\" kata Budi Santoso.\n"
            "Tonton juga video \"Budi Santoso Tinjau Stasiun Baru di Kota Bandung Hari Ini\" "
            "di sini:\n"
            "Ia juga menonton film berjudul \"Perjalanan Panjang Menuju Rumah Kita Semua\".")
    a = analyze_text(text)
    assert [q.text for q in a.quotes if q.direct] == [
        "Kami akan terus memperbaiki layanan kereta api"]


def test_capitalised_word_after_a_quote_starts_a_new_sentence() -> None:
    text = ("Menurut penuturan Pak Darto, candi itu dibangun pada abad kesembilan. \"Batu-batunya "
            "diangkut dari sungai,\" ujarnya, \"lalu dipahat di tempat ini oleh ratusan "
            "pekerja.\" Para arkeolog sependapat dengan cerita itu.")
    a = analyze_text(text)
    assert _speaker(a, "Batu-batunya diangkut") == "Darto"
    # the part after `ujarnya,` is the same sentence of the same speaker
    assert _speaker(a, "lalu dipahat") == "Darto"


def test_parenthetical_attribution_keeps_the_statement() -> None:
    text = ("Wali Kota Hendra Gunawan menyoroti kemacetan di pusat kota. Situasi ini, kata dia, "
            "sudah berlangsung bertahun-tahun dan merugikan para pedagang kecil.\n"
            "Di sisi lain, kata Hendra, pemerintah kota akan menambah armada bus tahun depan.")
    a = analyze_text(text)
    q = _quote(a, "sudah berlangsung bertahun-tahun")
    assert q.text.startswith("Situasi ini") and _name(a, q.speaker) == "Hendra Gunawan"
    q = _quote(a, "menambah armada bus")
    assert q.text.startswith("pemerintah kota") and _name(a, q.speaker) == "Hendra Gunawan"
    # a circumstance after the attribution is no statement: `…, kata X, saat ditemui …`
    b = analyze_text("Harga beras sudah turun sejak pekan lalu, kata Hendra, saat ditemui di "
                     "pasar pada Senin pagi.")
    assert b.quotes[0].text == "Harga beras sudah turun sejak pekan lalu"


def test_subject_before_an_apposition_and_descriptions() -> None:
    text = ("Rudi Hartono, asisten pelatih Budi Santoso, menegaskan bahwa tim belum siap "
            "bertanding di turnamen itu.")
    a = analyze_text(text)
    assert _speaker(a, "tim belum siap") == "Rudi Hartono"
    text = ("Ketua Fraksi PKB Arif Wibowo menilai anggaran pendidikan itu terlalu kecil.\n"
            "Ketua Fraksi PKB ini mengatakan pemerintah perlu menambah dana untuk sekolah "
            "di daerah terpencil.")
    b = analyze_text(text)
    assert _speaker(b, "pemerintah perlu menambah dana") == "Arif Wibowo"


def test_pronoun_means_the_subject_introduced_with_a_title() -> None:
    text = ("Direktur Jenderal Bea Cukai Andi Saputra memaparkan kebijakan tarif baru di "
            "depan Menteri Keuangan Rudi Hartono dan Wakil Menteri Sari Dewi Lestari.\n"
            "\"Kami sudah menyederhanakan prosedur impor bahan baku,\" kata dia di Jakarta.\n"
            "Lebih rinci, Rudi telah meminta percepatan layanan di pelabuhan.\n"
            "Percepatan itu berlaku mulai bulan depan.\n"
            "\"Kami juga memperketat pengawasan barang ilegal,\" lanjutnya.")
    a = analyze_text(text)
    assert _speaker(a, "menyederhanakan prosedur") == "Andi Saputra"
    # Rudi is the subject of another act, paragraphs back: `lanjutnya` goes on
    assert _speaker(a, "memperketat pengawasan") == "Andi Saputra"


def test_passive_introduction_then_menurutnya() -> None:
    text = ("Perdana Menteri Anwar Ibrahim akan bertemu Presiden di Istana. Anwar akan "
            "membahas perdagangan kedua negara. Anwar tiba pagi ini.\n"
            "Informasi itu disampaikan oleh Duta Besar Malaysia untuk Indonesia, Hermono "
            "Saleh. Menurutnya, kedua pemimpin akan menandatangani perjanjian dagang.")
    a = analyze_text(text)
    assert _speaker(a, "kedua pemimpin akan") == "Hermono Saleh"


def test_place_heads_are_no_person_names() -> None:
    assert not plausible_name("Kabupaten Sleman") and plausible_name("Ikhsan Hidayat")
    a = TextAnalysis(text="Kabupaten Sleman menanam salak.", entities=[
        Entity(id="E1", name="Kabupaten Sleman", type="PER",
               mentions=[Mention("Kabupaten Sleman", 0, 16)])])
    repair_persons(a)
    assert a.entities[0].type == "LOC"


def test_rank_and_title_before_a_name() -> None:
    a = analyze_text("Kapolres Sleman Kombes Pol. Hadi Wibowo mengatakan, pelaku sudah ditangkap "
                     "di rumahnya pada Senin malam.")
    assert _speaker(a, "pelaku sudah ditangkap") == "Hadi Wibowo"


def test_relays_run_into_outlet_names() -> None:
    text = ("\"Jadwal keberangkatan kereta tetap seperti biasa,\" kata Sinta Maharani seperti "
            "dilansir daridetikTravel, Selasa (19/8/2025).\n"
            "\"Kami akan mengumumkan pemenangnya pekan depan,\" kata Arif Wibowo di Jakarta, "
            "dilansirAntara, Jumat (16/5/2025).\n"
            "\"Kapal itu berlayar tanpa izin sejak bulan lalu,\" kata sumber itu, dikutip "
            "Kyodo, dikutip daridetikNews, Minggu (19/10/2025).")
    a = analyze_text(text)
    vias = {q.text[:12]: [_name(a, v) for v in q.via] for q in a.quotes}
    assert vias["Jadwal keber"] == ["detikTravel"]
    assert vias["Kami akan me"] == ["Antara"]
    # the later outlet cites the earlier one: nearest relay first
    assert vias["Kapal itu be"] == ["detikNews", "Kyodo"]
    assert _quote(a, "Kapal itu").speaker is None  # an unnamed source


def test_relay_before_menurut_and_apposition_after_a_description() -> None:
    text = ("Dikutip dari detikNews, menurut Bonar Situmorang, kliennya tidak pernah menerima "
            "uang dari siapa pun.\n"
            "\"Klien kami akan hadir pada pemeriksaan berikutnya,\" kata pengacara Rina, "
            "Bonar Situmorang, kepada wartawan di Jakarta.")
    a = analyze_text(text)
    q = _quote(a, "tidak pernah menerima uang")
    assert _name(a, q.speaker) == "Bonar Situmorang" and q.via and \
        _name(a, q.via[0]).lower().startswith("detik")
    assert _speaker(a, "Klien kami akan hadir") == "Bonar Situmorang"


def test_institution_described_after_a_quote() -> None:
    text = ("Kementerian Pariwisata Jepang menyatakan jumlah wisatawan asing naik tajam "
            "tahun ini.\n"
            "\"Kenaikan terbesar datang dari kawasan Asia Tenggara,\" demikian keterangan "
            "tertulis kementerian itu seperti dikutip dariAFP, Rabu (5/3).")
    a = analyze_text(text)
    q = _quote(a, "Kenaikan terbesar")
    assert _name(a, q.speaker) == "Kementerian Pariwisata Jepang"
    assert [_name(a, v) for v in q.via] in (["AFP"], ["Agence France-Presse"])


def test_nickname_is_the_person_named_before() -> None:
    text = ("Hal ini diungkapkan oleh Muhammad Buldansyah, wakil direktur sebuah perusahaan "
            "telekomunikasi, di Jakarta. Pria yang akrab disapa Dani ini mengatakan pasar data "
            "terus tumbuh. \"Di jaringan kami, sebagian besar pelanggan memakai data,\" "
            "tuturnya.")
    a = analyze_text(text)
    speaker = next(e for e in a.entities if e.id == _quote(a, "Di jaringan kami").speaker)
    assert speaker.name == "Muhammad Buldansyah"
    assert "Dani" in {m.text for m in speaker.mentions}


def test_chrome_lines_give_no_entities() -> None:
    text = "GULIR UNTUK MELANJUTKAN KE BERITA\nKementerian Agama menyatakan libur diperpanjang."
    a = TextAnalysis(text=text, entities=[
        Entity(id="E1", name="BERITA", type="ORG", mentions=[Mention("BERITA", 27, 33)]),
        Entity(id="E2", name="Kementerian Agama", type="ORG",
               mentions=[Mention("Kementerian Agama", 34, 51)])])
    drop_chrome_entities(a)
    assert [e.id for e in a.entities] == ["E2"]


def test_no_statement_in_a_manner_clause_and_more_speech_verbs() -> None:
    a = analyze_text("Gubernur Ani Lestari membuka pameran itu dengan menekankan pentingnya "
                     "produk kerajinan lokal.")
    assert not a.quotes
    b = analyze_text("\"Apakah dana itu sudah diterima?\" tanya hakim Andi Saputra.\n"
                     "\"Sudah, Pak,\" jawab Sutrisno Wibowo.")
    assert _speaker(b, "Sudah, Pak") == "Sutrisno Wibowo"


def test_title_abbreviations_and_nicknames_after_the_verb() -> None:
    text = ("Kepala rumah sakit itu, Prof. Hendra Kusuma Wijaya, menjelaskan bahwa ruang "
            "perawatan akan ditambah.\n"
            "\"Semua pasien akan dirawat sampai sembuh,\"kata Prof. Hendra kepada wartawan "
            "di Jakarta.")
    a = analyze_text(text)
    assert _speaker(a, "Semua pasien akan dirawat") == "Hendra Kusuma Wijaya"
    b = analyze_text("Andi Pratama Saleh memimpin koperasi nelayan itu sejak tahun lalu.\n"
                     "\"Anggota kami bertambah dua kali lipat,\" ujar pria yang akrab disapa "
                     "Ucok itu, saat dihubungi wartawan.")
    assert _speaker(b, "Anggota kami bertambah") in ("Andi Pratama Saleh", "Ucok")


def test_office_short_form_tagged_as_a_person_is_a_title_reference() -> None:
    text = ("Menteri Kesehatan Budi Gunadi Sadikin meninjau rumah sakit di Bandung.\n"
            "Menurut Menkes, stok vaksin di gudang provinsi cukup untuk enam bulan ke depan.")
    a = analyze_text(text)
    assert _speaker(a, "stok vaksin di gudang") == "Budi Gunadi Sadikin"


def test_derived_nouns_are_no_person_names() -> None:
    from warta.quotes import person_like

    assert not person_like("Pendaftaran") and not person_like("Keanekaragaman")
    assert not person_like("Setelah") and person_like("Kurniawan")
    assert not person_like("Juli") and person_like("Juli Budi Winarto")


def test_agent_of_a_passive_introduction_is_the_next_speaker() -> None:
    text = ("Menteri Pertanian Rudi Hartono dan Wakil Menteri Sari Dewi Lestari juga hadir.\n"
            "Kabar soal panen raya itu disampaikan oleh Bupati Joko Susanto kepada petani di "
            "balai desa. Dia mengatakan panen dimulai pekan depan di empat kecamatan.")
    a = analyze_text(text)
    assert _speaker(a, "panen dimulai pekan depan") == "Joko Susanto"


def test_description_naming_another_person_and_a_person_with_an_age() -> None:
    text = ("Penyanyi Dewi Kartika Sari menasihati putranya agar cukup tidur.\n"
            "Dalam kesempatan itu, mantan istri Anang Hermansyah itu juga menilai putranya "
            "butuh istirahat setelah tur panjang.")
    a = analyze_text(text)
    assert _speaker(a, "putranya butuh istirahat") == "Dewi Kartika Sari"
    b = analyze_text("Joko (35) yang sudah sepuluh tahun berjualan sayur bersama anggota KUD "
                     "itu mengatakan omzetnya turun sejak jalan di depan pasar ditutup.")
    assert _speaker(b, "omzetnya turun sejak") == "Joko"


def test_name_before_the_verb_after_a_quote_and_occupation_titles() -> None:
    text = ("\"Kami akan bermain menyerang sejak menit pertama,\" kata Rudi Hartono.\n"
            "\"Pemain muda ini cepat belajar dan tidak takut salah,\" Fabio Cannavaro "
            "menuturkan.")
    a = analyze_text(text)
    assert _speaker(a, "Pemain muda ini") == "Fabio Cannavaro"
    # an occupation before a name is a title, no name; a lone title is no person
    assert not plausible_name("Ekonom Faisal") and plausible_name("Faisal Basri")
    from warta.quotes import person_like

    assert not person_like("Ekonom") and not person_like("Tersangka")


def test_office_place_run_into_a_name_is_cut_off() -> None:
    from warta.quotes import trim_person_heads

    text = ("Kejaksaan Negeri (Kejari) Sleman menahan dua orang.\n"
            "Kepala Kejari Sleman Andi Wibowo mengatakan, keduanya ditahan di rutan.")
    at = text.index("Kejari Sleman Andi")
    a = TextAnalysis(text=text, entities=[
        Entity(id="E1", name="Kejaksaan Negeri", type="ORG",
               mentions=[Mention("Kejari", 18, 24)]),
        Entity(id="E2", name="Sleman", type="LOC", mentions=[Mention("Sleman", 26, 32)]),
        Entity(id="E3", name="Kejari Sleman Andi Wibowo", type="ORG",
               mentions=[Mention("Kejari Sleman Andi Wibowo", at, at + 25)])])
    trim_person_heads(a)
    assert [e.name for e in a.entities if e.type == "PER"] == ["Andi Wibowo"]


def test_description_with_a_relative_clause_after_the_verb() -> None:
    text = ("Ketua DPR Puan Maharani menerima para mahasiswa di gedung parlemen.\n"
            "\"Usulan kalian akan kami bahas bersama komisi terkait,\" kata politikus yang "
            "pernah menjadi menteri itu.")
    a = analyze_text(text)
    assert _speaker(a, "Usulan kalian akan") == "Puan Maharani"


def test_an_outlet_named_in_a_relay_is_not_found_inside_longer_words() -> None:
    text = ("\"Bendungan itu akan rampung tahun depan,\" kata Joko Santoso, dilansirAntara, "
            "Senin (6/10/2025).\n"
            "Antaranya, anggaran proyek itu naik dua kali lipat. Menurut Antara, "
            "pekerjaan sudah berjalan 80 persen.")
    a = analyze_text(text)
    starts = {m.start for e in a.entities for m in e.mentions}
    assert text.index("Antara,") in starts and text.index("Antaranya") not in starts
