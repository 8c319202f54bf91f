"""Language of the body: Indonesian, Malay and English told apart."""

from __future__ import annotations

from warta.extract.lang import detect

ID = ("Media pemerintah Korea Utara melaporkan bahwa pemimpin negara komunis itu telah bertukar "
      "pesan pribadi dengan pemimpin China. Ini adalah langkah langka yang bisa memberi sinyal "
      "mencairnya hubungan diplomatis tingkat atas, karena kedua negara sudah lama tegang.")
MS = ("Kerajaan Malaysia berkata ia akan mengambil tindakan tegas terhadap sebarang pihak yang "
      "cuba menjejaskan keselamatan negara, kerana keadaan semasa memerlukan kerjasama semua "
      "rakyat. Menteri itu berkata demikian selepas mesyuarat kabinet semalam, iaitu sebelum "
      "polis mengeluarkan kenyataan.")
EN = ("North Korea's state media reported that the leader of the communist country had "
      "exchanged personal messages with China's president, a rare step that could signal a "
      "thaw in high-level diplomatic relations between the two neighbours.")


def test_indonesian() -> None:
    assert detect(ID) == "id"


def test_malay() -> None:
    assert detect(MS) == "ms"


def test_english() -> None:
    assert detect(EN) == "en"


def test_too_short_to_tell() -> None:
    assert detect("OK") is None
    assert detect("") is None


def test_reads_a_bounded_sample() -> None:
    assert detect(ID + " " + EN * 50) == "id"  # the start of the body decides
