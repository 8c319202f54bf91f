"""Clause syntax rules of the event coder (real pipeline, written sentences).

Each test pins one linguistic rule of warta.events.coder / warta.events.actors: who the
source and target of a trigger are in a common Indonesian news construction.
"""

from __future__ import annotations

from warta.pipeline import analyze_text


def _tuples(text: str, category: str, *, all_flags: bool = False) -> set[tuple]:
    out = set()
    for ev in analyze_text(text).events:
        if ev.category != category:
            continue
        if not all_flags and ("negated" in ev.context or "hypothetical" in ev.context):
            continue
        out.add(((ev.source_country, ev.source_role), (ev.target_country, ev.target_role)))
    return out


def test_adverbial_insert_between_subject_and_verb_is_crossed() -> None:
    text = ("Menteri Luar Negeri Jepang, di Jakarta setelah bertemu dengan Presiden Joko "
            "Widodo, juga mengecam uji coba rudal Korea Utara.")
    assert any(s == ("JPN", "GOV") for s, _t in _tuples(text, "DISAPPROVE"))


def test_object_before_a_comma_is_not_the_next_verbs_subject() -> None:
    text = ("Partai Gerindra mendukung pencalonan Budi Gunawan, bahkan mendesak Presiden "
            "Joko Widodo segera melantiknya.")
    demands = _tuples(text, "DEMAND")
    assert demands and all(s == ("IDN", None) for s, _t in demands)


def test_antara_x_dan_y_gives_both_sides() -> None:
    text = "Pertempuran antara pasukan Suriah dan pemberontak berlangsung di Aleppo."
    assert (("SYR", "MIL"), ("SYR", "REB")) in _tuples(text, "FIGHT")


def test_coordinated_country_shares_the_office() -> None:
    text = "Para menteri luar negeri Jordania dan Israel bertemu di Amman."
    assert (("JOR", "GOV"), ("ISR", "GOV")) in _tuples(text, "CONSULT")


def test_party_office_before_a_name_has_no_state_role() -> None:
    text = "Ketua Umum Partai Gerindra Prabowo Subianto bertemu Presiden Joko Widodo di Bogor."
    found = _tuples(text, "CONSULT")
    assert any(("IDN", None) in pair and ("IDN", "GOV") in pair for pair in found)


def test_no_such_event_is_negated() -> None:
    text = "Tidak ada satu roket pun yang ditembakkan ke Israel sejak Minggu."
    assert _tuples(text, "ASSAULT") == set()
    assert _tuples(text, "ASSAULT", all_flags=True)


def test_passive_missile_goes_to_the_actor_after_ke() -> None:
    for text in ("Puluhan roket ditembakkan dari Gaza ke wilayah Israel pada Selasa malam.",
                 "Dua roket ditembakkan ke Israel dari Jalur Gaza, kata militer."):
        assert _tuples(text, "ASSAULT") == {((None, None), ("ISR", None))}, text


def test_nominal_after_a_copula_is_a_characterisation() -> None:
    text = "Penghargaan itu merupakan kerja sama Universitas Indonesia dan Kementerian Kesehatan."
    assert _tuples(text, "COOPERATE", all_flags=True) == set()


def test_visit_to_a_city_targets_its_country() -> None:
    text = ("Saat mengunjungi Kairo, Wakil Presiden Suriah Faruq al-Shara mengatakan mahkamah "
            "itu sah.")
    assert (("SYR", "GOV"), ("EGY", None)) in _tuples(text, "CONSULT")


def test_people_of_a_politician_are_civilians() -> None:
    found = _tuples("Unjuk rasa massa Prabowo di Jakarta berlangsung ricuh.", "PROTEST")
    assert found and all(s == ("IDN", "CVL") for s, _t in found)


def test_refused_act_is_not_asserted() -> None:
    text = "Hamas menolak bertemu dengan utusan Israel."
    assert _tuples(text, "REJECT")
    assert _tuples(text, "CONSULT") == set()
    assert _tuples(text, "CONSULT", all_flags=True)


def test_negation_of_another_predicate_does_not_negate_the_trigger() -> None:
    text = "Perundingan tidak langsung yang ditengahi Mesir berlangsung di Kairo."
    assert any(s == ("EGY", None) for s, _t in _tuples(text, "CONSULT"))


def test_war_between_x_and_y_written_with_a_dash() -> None:
    text = "Ribuan orang tewas dalam perang Iran - Irak pada tahun 1980-an."
    assert any({s, t} == {("IRN", None), ("IRQ", None)} for s, t in _tuples(text, "FIGHT"))


def test_speech_insert_between_subject_and_verb_is_crossed() -> None:
    text = "Partai Demokrat, kata Made, sudah berdiskusi dengan Partai Golkar di Denpasar."
    assert (("IDN", None), ("IDN", None)) in _tuples(text, "CONSULT")


def test_subject_with_a_relative_clause_before_the_first_comma() -> None:
    text = ("Seorang warga Jepang yang ditahan di Suriah selama tiga tahun, akhirnya "
            "dibebaskan pada Selasa.")
    assert any(t == ("JPN", "CVL") for _s, t in _tuples(text, "RETREAT"))


def test_victims_told_before_a_when_clause() -> None:
    text = "Lima tentara Suriah tewas ketika pemberontak meledakkan bom di Aleppo."
    assert any(t == ("SYR", "MIL") for _s, t in _tuples(text, "ASSAULT"))


def test_possessive_generic_actor() -> None:
    # "delegasinya" (its delegation) is the generic actor "delegasi"
    ev = analyze_text("Presiden Filipina menyetujui usulan delegasinya di Manila.").events
    assert any(e.category == "AGREE" and (e.target_country, e.target_role) == ("PHL", "GOV")
               for e in ev)
