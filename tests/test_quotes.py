"""Quotes, speakers and relay chains through the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

from quote_lookup import entity_name as _name
from quote_lookup import speaker_of as _speaker_of
from warta.pipeline import analyze_text
from warta.quotes import direct_spans, plausible_name

DATA = Path(__file__).parent / "data"


def _seed():
    lines = (DATA / "sindonews-2017-11-02-korut-china.txt").read_text().split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("PYONGYANG"))
    body = [line for line in lines[start:] if line.strip()]
    text = "\n\n".join(body[: body.index("(ian)")])
    return analyze_text(text, published="2017-11-02T15:23:00+07:00")


def test_seed_quote_speaker_and_relay_chain() -> None:
    a = _seed()
    q = next(q for q in a.quotes if q.text.startswith("Saya berharap"))
    assert q.direct
    assert _name(a, q.speaker) == "Xi Jinping"
    # nearest relay first (CNN quotes KCNA), original source last
    assert [_name(a, v) for v in q.via] == ["CNN", "KCNA"]
    assert a.text[q.start:q.end] == q.text
    assert q.text.endswith("hubungan kedua pihak")


def test_seed_indirect_quote_relayed_by_kcna() -> None:
    a = _seed()
    q = next(q for q in a.quotes if "mempromosikan kebahagiaan" in q.text)
    assert not q.direct
    assert _name(a, q.speaker) == "Xi Jinping"
    assert [_name(a, v) for v in q.via] == ["KCNA"]


def test_scare_quotes_are_not_quotes() -> None:
    a = _seed()
    assert not any(q.text.startswith("pertukaran dan kerjasama") for q in a.quotes)


def test_quote_across_paragraphs_and_pronoun_speaker() -> None:
    text = ("Menteri Luar Negeri Retno Marsudi bertemu mitranya di Jakarta.\n\n"
            "“Kami membahas banyak hal tentang kerja sama kedua negara.\n\n"
            "“Kami juga sepakat untuk memperkuat perdagangan,” katanya.")
    a = analyze_text(text)
    q = a.quotes[0]
    assert q.direct and q.text.startswith("Kami membahas") and q.text.endswith("perdagangan")
    assert "Retno Marsudi" in _name(a, q.speaker)


def test_straight_and_curly_quote_spans() -> None:
    text = 'Ia berkata "satu dua" lalu “tiga empat” selesai.'
    assert [text[s:e] for s, e in direct_spans(text)] == ["satu dua", "tiga empat"]


def test_unmarked_speech_and_menurut() -> None:
    a = analyze_text("Gugatan ke pengadilan berada pada ranah pidana, kata Firman.")
    assert a.quotes and _name(a, a.quotes[0].speaker) == "Firman"
    assert a.quotes[0].text == "Gugatan ke pengadilan berada pada ranah pidana"
    b = analyze_text("Menurut Presiden Joko Widodo, pembangunan harus merata di seluruh negeri.")
    assert b.quotes and "Joko Widodo" in _name(b, b.quotes[0].speaker)


def test_quotes_gold_has_enough_real_quotes() -> None:
    rows = [json.loads(x) for x in (DATA / "quotes_gold.jsonl").read_text().splitlines()]
    assert len(rows) >= 60
    assert all(r["speaker"] for r in rows)


def test_only_plausible_names_become_speaker_entities() -> None:
    assert plausible_name("Ferdiyan Fahmi") and plausible_name("Al-Habsy")
    for junk in ("R", "IV Renakta Ditreskrimum", "Kepala Bidang", "PT", "Senin"):
        assert not plausible_name(junk), junk
    a = analyze_text("Polisi masih menyelidiki kasus itu, kata Kasubdit IV Renakta "
                     "Ditreskrimum Polda NTB AKBP Ferdiyan Fahmi.")
    names = {e.name for e in a.entities}
    assert not any(n in ("R", "IV Renakta Ditreskrimum") for n in names)
    ids = [e.id for e in a.entities]
    assert len(ids) == len(set(ids))


def test_pronoun_speaker_is_the_salient_person_not_the_nearest() -> None:
    text = ("Budi Santoso, putra sulung aktor Rudi Hartono, kini bermain film.\n\n"
            "Film itu dibintanginya bersama Ani Lestari.\n\n"
            "“Saya suka sekali genre drama musikal,” tuturnya.")
    a = analyze_text(text)
    q = next(q for q in a.quotes if q.text.startswith("Saya suka"))
    assert _name(a, q.speaker) == "Budi Santoso"


def test_description_after_the_speech_verb_refers_back() -> None:
    text = ("Menteri Yuddy Chrisnandi ingin memantau pegawai negeri sipil.\n\n"
            "“Mereka yang tidak produktif akan dirasionalisasi,” kata politisi Partai "
            "Hanura itu.")
    a = analyze_text(text)
    q = next(q for q in a.quotes if q.text.startswith("Mereka"))
    assert "Yuddy" in _name(a, q.speaker)


def test_short_name_speaker_is_the_person_named_in_full() -> None:
    from warta.quotes import full_names
    from warta.types import Entity, Mention, TextAnalysis

    text = "Dian Sastrowardoyo mengunggah foto. Dian menulis. Dian Sastro tertawa. Dian lagi."
    full = Entity(id="E1", name="Dian Sastrowardoyo", type="PER",
                  mentions=[Mention("Dian Sastrowardoyo", 0, 18)])
    short = Entity(id="E2", name="Dian", type="PER", mentions=[Mention("Dian", 36, 40)])
    assert full_names(TextAnalysis(text=text, entities=[full, short])) == {"E2": "E1"}
    # two full names holding the short one: ambiguous, left alone
    other = Entity(id="E3", name="Dian Sastro", type="PER",
                   mentions=[Mention("Dian Sastro", 49, 60)])
    late = Entity(id="E4", name="Dian", type="PER", mentions=[Mention("Dian", 70, 74)])
    assert "E4" not in full_names(TextAnalysis(text=text, entities=[full, other, late]))


def test_menurut_a_title_then_the_name_in_apposition() -> None:
    a = analyze_text("Menurut Kepala Badan Pusat Statistik, Rusman Heriawan, inflasi bulan ini "
                     "akan tetap rendah karena harga pangan stabil.")
    q = next(q for q in a.quotes)
    assert q.text.startswith("inflasi bulan ini")
    assert _name(a, q.speaker) == "Rusman Heriawan"


# Whole articles, written for these tests in the style of Indonesian online news: several
# paragraphs, speakers named once in full with their office and then referred to by
# surname, title, pronoun or a -nya attribution.

ECONOMY = """JAKARTA - Menteri Keuangan Purbaya Yudhi Sadewa mengatakan pemerintah akan menambah \
anggaran subsidi energi tahun depan. Menurut dia, harga minyak dunia masih belum stabil.

"Kami sudah menghitung kebutuhannya bersama Pertamina dan PLN. Angkanya masih kami \
finalkan," kata Purbaya di Kompleks Parlemen, Senayan, Jakarta, Senin (6/10/2025).

Ia menambahkan bahwa defisit anggaran tetap dijaga di bawah tiga persen dari produk \
domestik bruto.

Sementara itu, Ketua Komisi XI DPR Misbakhun menilai rencana tersebut perlu diawasi secara \
ketat agar tepat sasaran.

"Subsidi harus dinikmati masyarakat yang berhak, bukan orang kaya," ujar Misbakhun.

Politikus Partai Golkar itu juga meminta pemerintah memperbaiki data penerima.

"Data penerima subsidi kita masih berantakan di banyak daerah," imbuhnya.

Purbaya menanggapi kritik itu dengan santai. "Kami terbuka terhadap masukan dari DPR. \
Pengawasan justru membantu kami.

"Kalau datanya sudah rapi, penyaluran subsidi akan jauh lebih tepat sasaran," tuturnya.

Beliau juga menyebut pemerintah tengah menyiapkan aturan baru soal subsidi LPG tiga \
kilogram."""


def _attributions(a) -> dict[str, tuple[str, list[str]]]:
    """Each quote's words → (speaker's name, relay outlets' names)."""
    return {q.text: (_name(a, q.speaker), [_name(a, v) for v in q.via]) for q in a.quotes}


def test_article_two_speakers_alternating_pronouns_and_nya() -> None:
    a = analyze_text(ECONOMY)
    purbaya, misbakhun = "Purbaya Yudhi Sadewa", "Misbakhun"
    assert _speaker_of(a, "pemerintah akan menambah") == purbaya  # X mengatakan
    assert _speaker_of(a, "harga minyak dunia") == purbaya  # Menurut dia,
    assert _speaker_of(a, "Kami sudah menghitung") == purbaya  # kata <surname>
    assert _speaker_of(a, "defisit anggaran") == purbaya  # Ia menambahkan bahwa
    # "Ketua Komisi XI DPR Misbakhun menilai": the NER runs "DPR" into the name
    assert _speaker_of(a, "rencana tersebut perlu") == misbakhun
    assert _speaker_of(a, "Subsidi harus dinikmati") == misbakhun
    # `imbuhnya` after "Politikus Partai Golkar itu": still Misbakhun, not the minister
    assert _speaker_of(a, "Data penerima subsidi") == misbakhun
    # a quote opening in one paragraph and going on in the next, closed by `tuturnya`
    q = next(q for q in a.quotes if q.text.startswith("Kami terbuka"))
    assert q.text.endswith("lebih tepat sasaran") and "\n\n" in q.text
    assert _name(a, q.speaker) == purbaya
    # "Beliau juga menyebut": a pronoun (which the NER tags as a person) before an adverb
    assert _speaker_of(a, "pemerintah tengah menyiapkan") == purbaya
    assert not any(e.name == "Beliau" for e in a.entities if e.id in
                   {x.speaker for x in a.quotes})


POLICE = """Polisi menangkap dua pria yang diduga mencuri sepeda motor di kawasan Tebet, \
Jakarta Selatan. Kapolres Metro Jakarta Selatan Kombes Ade Rahmat Idnal mengatakan kedua \
pelaku ditangkap di rumah kontrakan mereka pada Minggu malam.

"Pelaku sudah kami amankan beserta barang bukti tiga unit sepeda motor," kata Ade kepada \
wartawan, Senin (12/5/2025).

Menurut Kapolres, kedua pelaku sudah beraksi di sedikitnya lima lokasi sejak awal tahun. \
Polisi masih memburu seorang pelaku lain yang berperan sebagai penadah.

"Kami imbau warga untuk memasang kunci ganda pada kendaraannya," ujar Kapolres.

Ketua RT setempat, Slamet Riyadi, mengaku kaget mendengar kabar penangkapan itu. Ia menyebut \
kedua pelaku dikenal ramah oleh tetangga.

"Orangnya sopan, sering ikut ronda. Tidak ada yang menyangka," katanya.

Slamet berharap kejadian itu menjadi pelajaran bagi warga. "Kami akan memperketat penjagaan \
di gang-gang," ucapnya."""


def test_article_title_reference_and_a_new_subject_for_nya() -> None:
    a = analyze_text(POLICE)
    ade, slamet = "Ade Rahmat Idnal", "Slamet Riyadi"
    assert _speaker_of(a, "kedua pelaku ditangkap") == ade
    assert _speaker_of(a, "Pelaku sudah kami amankan") == ade
    # "Menurut Kapolres," and "ujar Kapolres": the person introduced with that office
    assert _speaker_of(a, "kedua pelaku sudah beraksi") == ade
    assert _speaker_of(a, "Kami imbau warga") == ade
    assert _speaker_of(a, "kedua pelaku dikenal ramah") == slamet  # Ia menyebut
    # `katanya` after a new subject was introduced: the RT head, not the police chief
    # quoted last
    assert _speaker_of(a, "Orangnya sopan") == slamet
    assert _speaker_of(a, "Kami akan memperketat") == slamet


WORLD = """WASHINGTON - Presiden Amerika Serikat Donald Trump mengatakan pihaknya siap bertemu \
dengan pemimpin Korea Utara Kim Jong-un tanpa syarat apa pun. Hal itu disampaikan Trump \
kepada wartawan di Gedung Putih, seperti dikutip dari Reuters, Selasa (3/6/2025).

"Saya kira dia ingin bertemu. Kami punya hubungan yang baik," ujar Trump.

Namun, Menteri Luar Negeri Korea Utara Choe Son-hui menolak tawaran tersebut. Menurut Choe, \
Washington tidak tulus karena terus menggelar latihan militer bersama Korea Selatan.

"Amerika Serikat harus lebih dulu menghentikan kebijakan bermusuhan terhadap negara kami," \
kata Choe seperti dilansir dari kantor berita KCNA.

Dia juga mengatakan Pyongyang tidak akan pernah menyerahkan senjata nuklirnya.

"Senjata nuklir adalah jaminan keamanan kami. Itu tidak bisa ditawar," tegasnya.

Sementara itu, juru bicara Kementerian Luar Negeri China Mao Ning meminta semua pihak \
menahan diri. "Kami berharap kedua pihak kembali ke meja perundingan," kata Mao, seperti \
disitir CNN dari Xinhua."""


def test_article_relay_chains_and_pronoun_subject_with_adverb() -> None:
    a = analyze_text(WORLD)
    q = next(q for q in a.quotes if q.text.startswith("pihaknya siap bertemu"))
    # "Hal itu disampaikan Trump …, seperti dikutip dari Reuters" tells the relay of the
    # sentence before it
    assert _name(a, q.speaker) == "Donald Trump" and [_name(a, v) for v in q.via] == [
        "Reuters"]
    q = next(q for q in a.quotes if q.text.startswith("Amerika Serikat harus"))
    assert _name(a, q.speaker) == "Choe Son-hui" and [_name(a, v) for v in q.via] == ["KCNA"]
    assert _speaker_of(a, "Pyongyang tidak akan pernah") == "Choe Son-hui"  # Dia juga …
    assert _speaker_of(a, "Senjata nuklir adalah") == "Choe Son-hui"  # tegasnya
    q = next(q for q in a.quotes if q.text.startswith("Kami berharap kedua"))
    # CNN quotes Xinhua: nearest relay first, the original source last
    assert _name(a, q.speaker) == "Mao Ning"
    assert [_name(a, v) for v in q.via] == ["CNN", "Xinhua"]


LABOUR = """SURABAYA - Ribuan buruh berunjuk rasa di depan Kantor Gubernur Jawa Timur, Kamis \
(14/11/2024). Mereka menuntut kenaikan upah minimum sebesar 10 persen.

Koordinator aksi, Budi Santoso, mengatakan buruh tidak akan berhenti sebelum tuntutan \
dipenuhi. "Kami tidak akan mundur," kata Budi. "Semua tuntutan sudah kami sampaikan ke \
pemerintah provinsi sejak bulan lalu.

"Kalau tidak dipenuhi, kami akan mogok kerja di seluruh kawasan industri."

Budi juga menyinggung Gubernur Khofifah Indar Parawansa yang belum menemui massa. "Kami \
hanya ingin bertemu dan berdialog langsung," ujarnya.

Sementara itu, Kepala Dinas Tenaga Kerja Jawa Timur Himawan Estu Bagijo menyebut pemerintah \
provinsi masih menghitung besaran kenaikan upah. Dia meminta buruh bersabar.

"Angkanya akan kami umumkan paling lambat akhir bulan ini," jelas Himawan.

Kadisnaker juga memastikan kenaikan upah akan mempertimbangkan kemampuan perusahaan. "Kami \
harus adil bagi buruh dan pengusaha," tambahnya."""


def test_article_unattributed_quote_across_paragraphs_and_office_run_into_name() -> None:
    a = analyze_text(LABOUR)
    budi, himawan = "Budi Santoso", "Himawan Estu Bagijo"
    # an unattributed quote that opens after `kata Budi` and closes a paragraph later
    # goes on with Budi's words
    q = next(q for q in a.quotes if q.text.startswith("Semua tuntutan"))
    assert q.text.endswith("kawasan industri") and _name(a, q.speaker) == budi
    # `ujarnya` after Budi mentions the governor as an object: still Budi
    assert _speaker_of(a, "Kami hanya ingin") == budi
    # the NER runs the office's organisation into the name; the name is the speaker
    assert _speaker_of(a, "pemerintah provinsi masih") == himawan
    assert _speaker_of(a, "Angkanya akan kami") == himawan
    assert _speaker_of(a, "Kami harus adil") == himawan
    assert any(e.name == "Dinas Tenaga Kerja Jawa Timur" and e.type == "ORG"
               for e in a.entities)


def test_attribution_after_the_statement_in_the_passive() -> None:
    text = ("Harga beras di sejumlah pasar tradisional naik hingga Rp 2.000 per kilogram. "
            "Pemerintah akan menggelar operasi pasar mulai pekan depan. Hal itu disampaikan "
            "Kepala Badan Pangan Nasional Arief Prasetyo Adi di Jakarta, Rabu (8/1/2025).\n\n"
            "\"Kami akan terus memantau harga di lapangan setiap hari,\" demikian disampaikan "
            "Arief.")
    a = analyze_text(text)
    assert _speaker_of(a, "Pemerintah akan menggelar") == "Arief Prasetyo Adi"
    assert _speaker_of(a, "Kami akan terus") == "Arief Prasetyo Adi"
    assert not any(q.text.startswith("Harga beras") for q in a.quotes)


GAZA = """GAZA - Israel kembali melancarkan serangan udara ke Jalur Gaza pada Selasa malam.

Juru bicara militer Israel, Avichay Adraee, menyatakan serangan itu menyasar gudang senjata \
milik Hamas. “Kami hanya menargetkan infrastruktur teroris,” tulisnya di platform X, seperti \
dilansir AFP.

Sekretaris Jenderal PBB Antonio Guterres mengecam serangan tersebut. Guterres menilai, \
kekerasan yang terus berlanjut hanya akan memperburuk krisis kemanusiaan.

“Saya menyerukan gencatan senjata segera,” ungkap Guterres, mengutip Reuters.

Indonesia juga mengecam keras serangan itu. Menteri Luar Negeri Sugiono mengatakan Indonesia \
akan membawa isu ini ke Dewan Keamanan PBB. “Dunia tidak boleh diam,” tegas Menlu."""


def test_article_curly_quotes_written_statement_and_office_short_form() -> None:
    a = analyze_text(GAZA)
    q = next(q for q in a.quotes if q.text.startswith("Kami hanya menargetkan"))
    # `tulisnya` (a written statement) is an attribution, relayed by AFP
    assert _name(a, q.speaker) == "Avichay Adraee"
    assert [_name(a, v) for v in q.via] == ["Agence France-Presse"]
    q = next(q for q in a.quotes if q.text.startswith("Saya menyerukan"))
    assert _name(a, q.speaker) == "Antonio Guterres"
    assert [_name(a, v) for v in q.via] == ["Reuters"]  # `mengutip Reuters`
    assert _speaker_of(a, "kekerasan yang terus") == "Antonio Guterres"  # X menilai,
    # `tegas Menlu`: the short form of "Menteri Luar Negeri", who was named before
    assert _speaker_of(a, "Dunia tidak boleh") == "Sugiono"


def test_quote_resumed_after_the_attribution_and_a_following_quoted_sentence() -> None:
    text = ("\"Kami tidak akan mundur,\" kata Budi Santoso, \"sebelum tuntutan dipenuhi.\"\n\n"
            "Rapat itu dihadiri Wakil Ketua DPR Sufmi Dasco Ahmad. \"Kami sudah mendengar "
            "aspirasi buruh,\" kata Dasco. \"Kami akan menyampaikannya kepada pemerintah.\"\n\n"
            "Menurut Wakil Ketua DPR itu, pembahasan upah akan dilanjutkan pekan depan.\n\n"
            "\"Semua pihak harus duduk bersama,\" pungkasnya.")
    a = analyze_text(text)
    assert _speaker_of(a, "sebelum tuntutan") == "Budi Santoso"
    assert _speaker_of(a, "Kami akan menyampaikannya") == "Sufmi Dasco Ahmad"
    assert _speaker_of(a, "pembahasan upah") == "Sufmi Dasco Ahmad"  # Menurut <title> itu,
    assert _speaker_of(a, "Semua pihak harus") == "Sufmi Dasco Ahmad"  # pungkasnya


def test_negated_speech_verb_and_katanya_inside_the_sentence() -> None:
    a = analyze_text("Direktur Utama PT Maju Jaya, Andi Wijaya, tidak menyebutkan nilai kontrak "
                     "itu, namun katanya proyek tersebut akan selesai tahun depan.")
    # what he did not state is no quote; what `katanya` reports is his
    assert not any(q.text.startswith("nilai kontrak") for q in a.quotes)
    assert _speaker_of(a, "proyek tersebut akan") == "Andi Wijaya"


def test_unnamed_source_described_with_itu_is_no_one_named_before() -> None:
    text = ("Mark Zuckerberg kini menyewa belasan pengawal pribadi.\n\n"
            "\"Dia menyewa pengawal untuk berjaga di rumahnya setiap hari,\" ujar seorang "
            "sumber kepada sebuah situs hiburan. \"Ancaman terhadap dirinya meningkat sejak "
            "tahun lalu,\" tambah sumber itu.")
    a = analyze_text(text)
    assert _speaker_of(a, "Dia menyewa") is None
    assert _speaker_of(a, "Ancaman terhadap") is None


def test_relay_closing_an_indirect_statement_is_its_via() -> None:
    text = ("SEOUL - Presiden Korea Selatan Lee Jae-myung mengatakan negaranya siap berdialog "
            "dengan Korea Utara, seperti dikutip dari kantor berita Yonhap, Rabu (4/6/2025).\n\n"
            "\"Kami akan membuka semua jalur komunikasi,\" kata Lee, dilansir The Guardian.\n\n"
            "Juru bicara Kementerian Unifikasi Koo Byoung-sam menyatakan pihaknya sedang "
            "menyiapkan usulan pertemuan, mengutip Korea Herald.\n\n"
            "\"Pertemuan tingkat tinggi bisa digelar tahun ini,\" ujar Koo seperti dikutip BBC "
            "dari AFP.")
    a = analyze_text(text)
    got = _attributions(a)
    assert got["negaranya siap berdialog dengan Korea Utara"] == ("Lee Jae-myung", ["Yonhap"])
    assert got["Kami akan membuka semua jalur komunikasi"] == ("Lee Jae-myung",
                                                               ["The Guardian"])
    assert got["pihaknya sedang menyiapkan usulan pertemuan"] == ("Koo Byoung-sam",
                                                                  ["Korea Herald"])
    assert got["Pertemuan tingkat tinggi bisa digelar tahun ini"] == (
        "Koo Byoung-sam", ["BBC", "Agence France-Presse"])


def test_nya_after_a_subordinate_mention_and_after_a_new_subject() -> None:
    text = ("\"Kami ingin perdamaian,\" kata Presiden Amerika Serikat Donald Trump di "
            "Washington.\n\nMenurut Trump, Vladimir Putin sebenarnya ingin mengakhiri perang. "
            "\"Saya sudah bicara dengannya berkali-kali,\" ujarnya.\n\n"
            "Putin belum menanggapi pernyataan itu. \"Rusia tidak akan menyerah pada tekanan "
            "Barat,\" katanya dalam pidato di Moskwa.")
    a = analyze_text(text)
    # Putin is the subject of a clause that is Trump's statement: `ujarnya` is Trump
    assert _speaker_of(a, "Saya sudah bicara") == "Donald Trump"
    # a new paragraph opens with Putin as its subject: `katanya` is Putin
    assert _speaker_of(a, "Rusia tidak akan") == "Vladimir Putin"


def test_two_word_short_name_is_the_person_named_in_full() -> None:
    from warta.quotes import full_names
    from warta.types import Entity, Mention, TextAnalysis

    text = "Himawan Estu Bagijo hadir. Kata Himawan Estu, upah naik. Estu Bagijo pulang."
    full = Entity(id="E1", name="Himawan Estu Bagijo", type="PER",
                  mentions=[Mention("Himawan Estu Bagijo", 0, 19)])
    first = Entity(id="E2", name="Himawan Estu", type="PER",
                   mentions=[Mention("Himawan Estu", 32, 44)])
    last = Entity(id="E3", name="Estu Bagijo", type="PER",
                  mentions=[Mention("Estu Bagijo", 57, 68)])
    assert full_names(TextAnalysis(text=text, entities=[full, first, last])) == {
        "E2": "E1", "E3": "E1"}


KPK = """Komisi Pemberantasan Korupsi (KPK) menetapkan mantan Direktur Utama PT Pertamina \
sebagai tersangka kasus korupsi pengadaan gas alam cair. Juru bicara KPK Budi Prasetyo \
mengatakan penetapan tersangka dilakukan setelah penyidik menemukan dua alat bukti yang cukup.

"Penyidik telah memeriksa lebih dari 50 saksi," kata Budi di Gedung Merah Putih KPK, Jakarta, \
Kamis (19/9/2024).

Dia menambahkan, tersangka akan segera dipanggil untuk diperiksa. Menurutnya, kerugian negara \
dalam kasus ini mencapai ratusan juta dolar AS.

Kuasa hukum tersangka, Rinto Wardana, menyatakan kliennya akan kooperatif. "Klien kami \
menghormati proses hukum," ujar Rinto.

Sementara itu, PT Pertamina dalam keterangan tertulisnya menyatakan menghormati proses hukum \
di KPK. Pihaknya juga menyebut siap memberikan data yang dibutuhkan penyidik.

Jubir KPK itu memastikan penyidikan akan dikembangkan ke pihak lain. "Kami tidak akan \
berhenti di satu orang," tegas Budi."""


def test_article_organisation_speaker_and_pihaknya() -> None:
    a = analyze_text(KPK)
    assert _speaker_of(a, "tersangka akan segera") == "Budi Prasetyo"  # Dia menambahkan,
    assert _speaker_of(a, "kerugian negara") == "Budi Prasetyo"  # Menurutnya,
    assert _speaker_of(a, "Klien kami menghormati") == "Rinto Wardana"
    pertamina = next(q.speaker for q in a.quotes if q.text.startswith("menghormati proses"))
    assert next(e.type for e in a.entities if e.id == pertamina) == "ORG"
    # "Pihaknya juga menyebut": Pertamina, whose statement this is, not KPK named last
    assert next(q.speaker for q in a.quotes if q.text.startswith("siap memberikan")) \
        == pertamina
    assert _speaker_of(a, "Kami tidak akan berhenti") == "Budi Prasetyo"


CELEBRITY = """Aktris Raline Shah mengunggah foto liburannya di Labuan Bajo. Dalam unggahan itu, \
ia menulis pesan tentang pentingnya menjaga alam.

"Indonesia itu indah banget! Yuk jaga bersama," tulisnya di akun Instagram pribadinya, Sabtu \
(3/5/2025).

Unggahan tersebut langsung dibanjiri komentar warganet. Penyanyi Raisa Andriana ikut \
berkomentar. "Cantik sekali, kapan ajak aku?" tulis Raisa.

Saat dihubungi wartawan, Raline mengaku sengaja berlibur untuk melepas penat setelah syuting. \
"Aku butuh waktu buat diri sendiri," ungkap sang aktris.

Ia juga bercerita tentang proyek film terbarunya. "Tahun ini ada dua film yang akan tayang. \
Doakan ya," bebernya."""


def test_article_sang_description_and_a_subject_after_a_fronted_clause() -> None:
    a = analyze_text(CELEBRITY)
    assert _speaker_of(a, "Indonesia itu indah") == "Raline Shah"  # tulisnya
    assert _speaker_of(a, "Cantik sekali") == "Raisa Andriana"  # tulis Raisa
    # "Saat dihubungi wartawan, Raline mengaku …" makes Raline the topic again, so `sang
    # aktris` and then `bebernya` are hers, not the singer's quoted last
    assert _speaker_of(a, "Aku butuh waktu") == "Raline Shah"
    assert _speaker_of(a, "Tahun ini ada dua film") == "Raline Shah"


def test_hal_senada_introduces_the_next_speaker() -> None:
    text = ("\"Harga cabai naik karena cuaca buruk,\" kata Kepala Dinas Pertanian Joko "
            "Susilo.\n\nHal senada diungkapkan Ketua Asosiasi Pedagang Pasar Abdullah Mansuri. "
            "Menurut dia, pasokan dari daerah sentra berkurang hampir separuh.\n\n"
            "\"Pedagang juga kesulitan menjual,\" ujarnya.")
    a = analyze_text(text)
    # the NER runs the office into the name ("Dinas Pertanian Joko Susilo", one ORG)
    assert _speaker_of(a, "Harga cabai naik") == "Joko Susilo"
    assert _speaker_of(a, "pasokan dari daerah") == "Abdullah Mansuri"
    assert _speaker_of(a, "Pedagang juga") == "Abdullah Mansuri"


def test_quote_introduced_by_a_colon_that_closes_the_paragraph_before() -> None:
    text = ("Presiden Prabowo Subianto berpidato di depan ribuan petani di Karawang, Jawa "
            "Barat. Dalam pidatonya, Prabowo menegaskan:\n\n\"Kita harus berdiri di atas kaki "
            "sendiri. Pangan adalah kedaulatan bangsa.\"")
    a = analyze_text(text)
    assert _speaker_of(a, "Kita harus berdiri") == "Prabowo Subianto"


def test_quote_running_over_three_paragraphs() -> None:
    text = ("Gubernur Jawa Barat Dedi Mulyadi menjelaskan rencananya di depan anggota DPRD.\n\n"
            "\"Pertama, kami akan memperbaiki jalan provinsi yang rusak.\n\n"
            "\"Kedua, kami akan membangun sekolah baru di daerah terpencil.\n\n"
            "\"Ketiga, kami akan menata ulang transportasi umum di kota-kota besar,\" kata "
            "Dedi.")
    a = analyze_text(text)
    q = next(q for q in a.quotes if q.text.startswith("Pertama"))
    assert q.text.endswith("kota-kota besar") and q.text.count("\n\n") == 2
    assert _name(a, q.speaker) == "Dedi Mulyadi"


def test_repairs_keep_the_record_consistent() -> None:
    # splits, merges and joins of entities leave unique ids, mentions that match the text,
    # and quotes and events that point at existing entities
    for text in (ECONOMY, POLICE, WORLD, LABOUR, GAZA, KPK, CELEBRITY):
        a = analyze_text(text)
        ids = [e.id for e in a.entities]
        assert len(ids) == len(set(ids))
        assert all(a.text[m.start:m.end] == m.text for e in a.entities for m in e.mentions)
        for q in a.quotes:
            assert a.text[q.start:q.end] == q.text
            assert {q.speaker, *q.via} - {None} <= set(ids)
        assert {x for ev in a.events for x in (ev.source, ev.target)} - {None} <= set(ids)


def test_sentence_initial_relay_and_an_outlet_told_the_statement() -> None:
    text = ("Dilansir dari Reuters, Presiden Ukraina Volodymyr Zelensky mengatakan negaranya "
            "membutuhkan lebih banyak sistem pertahanan udara.\n\n"
            "Seperti dikutip dari BBC, Zelensky juga menyebut Rusia meluncurkan lebih dari 100 "
            "drone dalam semalam.\n\n"
            "Kremlin membantah tuduhan tersebut. Juru bicara Kremlin, Dmitry Peskov, mengatakan "
            "kepada kantor berita TASS bahwa serangan Rusia hanya menyasar target militer.\n\n"
            "\"Tidak ada warga sipil yang menjadi sasaran,\" kata Peskov kepada Al Jazeera.")
    a = analyze_text(text)
    got = _attributions(a)
    zelensky = "Volodymyr Zelensky"
    assert got["negaranya membutuhkan lebih banyak sistem pertahanan udara"] == (
        zelensky, ["Reuters"])
    assert got["Rusia meluncurkan lebih dari 100 drone dalam semalam"] == (zelensky, ["BBC"])
    # `mengatakan kepada kantor berita TASS bahwa …`: the words start after `bahwa`, and
    # the outlet he told is the source
    assert got["serangan Rusia hanya menyasar target militer"] == ("Dmitry Peskov", ["TASS"])
    assert got["Tidak ada warga sipil yang menjadi sasaran"] == ("Dmitry Peskov",
                                                                 ["Al Jazeera"])


def test_nya_after_an_organisation_quoted_last_stays_with_it() -> None:
    text = ("Menteri Luar Negeri Sugiono bertemu Menlu Palestina Riyad al-Maliki di Jakarta "
            "pekan lalu. Sugiono menjanjikan bantuan tambahan untuk Gaza.\n\n"
            "Pada Minggu, Kementerian Luar Negeri mengecam serangan terhadap konvoi bantuan "
            "kemanusiaan di Gaza. \"Indonesia mendesak penyelidikan yang independen dan "
            "transparan,\" kata Kementerian Luar Negeri dalam keterangan tertulisnya.\n\n"
            "\"Pelaku harus dimintai pertanggungjawaban,\" tambahnya.")
    a = analyze_text(text)
    assert _speaker_of(a, "Pelaku harus") == "Kementerian Luar Negeri"


def test_addressee_and_day_before_the_statement_are_not_its_words() -> None:
    text = ("Menteri Perdagangan Budi Santoso mengatakan kepada wartawan di Jakarta, Senin "
            "(5/5/2025), harga minyak goreng akan turun bulan depan.\n\n"
            "Ia menegaskan kepada Kompas.com, stok minyak goreng aman.")
    a = analyze_text(text)
    got = _attributions(a)
    assert got["harga minyak goreng akan turun bulan depan"] == ("Budi Santoso", [])
    speaker, via = got["stok minyak goreng aman"]
    assert speaker == "Budi Santoso" and len(via) == 1
