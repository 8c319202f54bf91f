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


def test_person_named_after_a_body_takes_its_country() -> None:
    # "politisi PDI-P Effendi Simbolon": the party's country, not an assumed one
    text = "Politisi PDI-P Effendi Simbolon membantah penilaian Menteri Keuangan Sri Mulyani."
    assert any(s == ("IDN", None) for s, _t in _tuples(text, "REJECT"))


def test_armed_struggle_needs_an_actor_as_target() -> None:
    assert _tuples("Pasukan Kurdi bergerilya melawan militer Irak di wilayah utara.", "FIGHT")
    assert not _tuples("Warga berjuang melawan kemiskinan dan korupsi di desa itu.", "FIGHT",
                       all_flags=True)


def test_clausal_complement_needs_no_target() -> None:
    # "menolak menandatangani …": refusing to act, no target expected, so no penalty for
    # a missing target (the source's country is only assumed: without this rule the
    # event falls below the threshold)
    text = "Budi Santoso menolak menandatangani perjanjian itu di Jakarta."
    assert (("IDN", None), (None, None)) in _tuples(text, "REJECT")


def test_act_requested_in_an_appeal_is_not_asserted() -> None:
    text = "Ketua DPR meminta Presiden Joko Widodo mencopot Menteri BUMN."
    assert not _tuples(text, "SANCTION")
    assert _tuples(text, "SANCTION", all_flags=True)


def test_words_of_a_place_are_not_a_persons_name() -> None:
    # "Pemerintah Kabupaten Wakatobi": the local government, not a person "Wakatobi"
    text = ("Pada tahun 2011 Pemerintah Kabupaten Wakatobi bekerja sama dengan Kementerian "
            "Perhubungan dalam pengembangan bandar udara.")
    assert (("IDN", "GOV"), ("IDN", "GOV")) in _tuples(text, "COOPERATE")


def test_agentless_nominals_with_a_patient_after_terhadap() -> None:
    text = ("Amerika Serikat mengecam keras penangkapan dan pemukulan terhadap Morgan "
            "Tsvangirai di Harare.")
    assert any(t == ("ZWE", "OPP") for _s, t in _tuples(text, "COERCE"))
    assert any(t == ("ZWE", "OPP") for _s, t in _tuples(text, "ASSAULT"))


def test_agreeing_with_a_condition_is_an_opinion() -> None:
    text = "Mantan menteri itu lebih setuju jika Partai Golkar mengikuti pemerintahan Jokowi."
    assert not _tuples(text, "AGREE", all_flags=True)


def test_dismissed_from_a_body_has_the_body_as_source() -> None:
    # "didepak dari PKB": the party expelled him
    text = "Politisi senior itu didepak dari Partai Kebangkitan Bangsa pada tahun 2008."
    assert any(s == ("IDN", None) for s, _t in _tuples(text, "SANCTION"))


def test_professions_are_civilian_actors() -> None:
    text = "Ribuan petani menggelar unjuk rasa di depan Istana Negara, Jakarta."
    assert any(s == ("IDN", "CVL") for s, _t in _tuples(text, "PROTEST"))
    # teachers are educators (CAMEO EDU; events_gold.md, bapos-valid:800)
    text = "Ribuan guru menggelar unjuk rasa di depan Istana Negara, Jakarta."
    assert any(s == ("IDN", "EDU") for s, _t in _tuples(text, "PROTEST"))


def test_armed_noun_before_a_name_names_the_unit() -> None:
    # "tentara Siliwangi": the Siliwangi army, one actor with the noun's role
    text = "Pada tahun 1947 tentara Siliwangi bergerilya melawan tentara Belanda di Jawa Barat."
    assert any(s[1] == "MIL" and t == ("NLD", "MIL") for s, t in _tuples(text, "FIGHT"))


def test_promised_help_is_agree_not_aid() -> None:
    # PLOVER: a promise to cooperate is AGREE ("berjanji membantu"), not material aid
    text = "Jepang berjanji membantu pembangunan kereta cepat Jakarta-Surabaya."
    assert _tuples(text, "AGREE") and not _tuples(text, "AID", all_flags=True)


def test_coordinated_signatories_agree_with_each_other() -> None:
    text = "Indonesia dan Malaysia menandatangani nota kesepahaman di bidang energi."
    assert any({s, t} == {("IDN", None), ("MYS", None)} for s, t in _tuples(text, "AGREE"))


def test_signing_a_regulation_is_not_an_agreement() -> None:
    text = "Presiden Joko Widodo menandatangani Peraturan Presiden tentang reklamasi."
    assert not _tuples(text, "AGREE", all_flags=True)


def test_investigating_a_case_needs_no_target() -> None:
    # "menyelidiki kasus …": the object is a case, so a missing target costs nothing
    text = "Polisi menyelidiki kasus pembunuhan aktivis HAM Munir."
    assert any(s == ("IDN", "COP") for s, _t in _tuples(text, "INVESTIGATE"))


def test_joint_military_exercise_is_cooperation() -> None:
    text = "Korea Selatan dan Amerika Serikat menggelar latihan militer bersama."
    assert any({s, t} == {("KOR", None), ("USA", None)} for s, t in _tuples(text, "COOPERATE"))


def test_demanded_act_is_not_asserted() -> None:
    text = "Mahasiswa menuntut Presiden Joko Widodo mundur dari jabatannya."
    assert _tuples(text, "DEMAND")
    assert not _tuples(text, "RETREAT") and _tuples(text, "RETREAT", all_flags=True)


def test_told_by_target_after_a_title() -> None:
    # "Protes itu disampaikan X kepada Ketua Majelis Hakim …": the court is the target
    text = ("Protes itu disampaikan Adnan Buyung Nasution kepada Ketua Majelis Hakim "
            "Pengadilan Tindak Pidana Korupsi Jakarta dalam sidang kemarin.")
    assert any(t == ("IDN", "JUD") for _s, t in _tuples(text, "DISAPPROVE"))


def test_civilians_after_a_nominalised_act_are_its_patient() -> None:
    # "penculikan warga Indonesia": the Indonesians were kidnapped, they did not kidnap
    text = "Kelompok Abu Sayyaf bertanggung jawab atas penculikan warga Indonesia di Sulu."
    found = _tuples(text, "ASSAULT")
    assert any(t == ("IDN", "CVL") for _s, t in found)
    assert not any(s == ("IDN", "CVL") for s, _t in found)


def test_sports_reports_are_not_political_events() -> None:
    assert not _tuples("Tim nasional Indonesia bertemu Malaysia di final Piala AFF.", "CONSULT",
                       all_flags=True)
    assert not _tuples("Belanda menyerah 1-2 dari Argentina di Rio de Janeiro.", "CONCEDE",
                       all_flags=True)
    assert _tuples("Presiden Joko Widodo bertemu Perdana Menteri Malaysia di Bogor.", "CONSULT")


def test_released_prisoners_and_hostages_are_civilian_targets() -> None:
    text = "Kelompok Abu Sayyaf membebaskan empat sandera asal Indonesia."
    assert any(t == ("IDN", "CVL") for _s, t in _tuples(text, "RETREAT"))


def test_dpd_before_a_place_is_a_party_board() -> None:
    # "DPD Bali": a party's regional board (role none); "DPD RI" is the senate (LEG)
    board = _tuples("DPD Bali sudah menyepakati sejumlah kriteria calon ketua umum.", "AGREE")
    senate = _tuples("DPD RI menyetujui usulan pemekaran daerah itu.", "AGREE")
    assert any(s == ("IDN", None) for s, _t in board)
    assert any(s == ("IDN", "LEG") for s, _t in senate)


def test_reason_clause_shares_the_patient_not_the_agent() -> None:
    # "X ditangkap polisi karena mencuri": X stole, not the police
    text = "Dua pria ditangkap polisi karena mencuri sepeda motor di Bekasi."
    crimes = _tuples(text, "CRIME")
    assert any(s == ("IDN", "CVL") for s, _t in crimes)
    assert not any(s == ("IDN", "COP") for s, _t in crimes)


def test_suspect_before_a_people_noun_is_not_a_verb() -> None:
    # "seorang terduga teroris": "terduga" modifies the noun; the object phrase goes on
    text = "Densus 88 menembak mati seorang terduga teroris di Tulungagung."
    assert (("IDN", "COP"), ("IDN", "REB")) in _tuples(text, "ASSAULT")


def test_perpetrator_of_names_a_case_not_a_new_event() -> None:
    # "memburu pelaku penembakan": the police hunt the shooter, they did not shoot
    text = "Polisi masih memburu pelaku penembakan di Poso."
    assert not any(s == ("IDN", "COP") for s, _t in _tuples(text, "ASSAULT", all_flags=True))


def test_two_generic_actors_of_one_assumed_country_corroborate_each_other() -> None:
    # IDNer news 2k (MIT): security forces clashing with militants, both generic nouns
    # whose country is only assumed; each side corroborates the other's country
    text = ("Sebanyak 13 prajurit Garda Revolusi tewas pada awal Februari ketika gerilyawan "
            "meledakkan sebuah bom mobil di ibukota provinsi itu, Zahedan, dan pasukan "
            "keamanan juga bentrok dengan militan di kota itu ketika bom meledak.")
    fights = _tuples(text, "FIGHT")
    assert any({s[1], t[1]} == {"MIL", "REB"} and s[0] == t[0] for s, t in fights)


def test_pada_saat_itu_between_subject_and_verb_is_a_time_adverbial() -> None:
    # NERGrit (MIT): "pada saat itu" is not a clause opener cutting off the subject
    text = ("Lalu pemerintah Hindia - Belanda pada saat itu melakukan penyelidikan terhadap "
            "status hukum Pulau Sebesi dan Sebuku.")
    assert any(s[0] == "NLD" for s, _t in _tuples(text, "INVESTIGATE"))


def test_unresolved_personal_pronoun_subject_is_an_unknown_doer() -> None:
    # IDNer news 2k (MIT): "ia" has no antecedent in the text; the sentence still gives a
    # doer (someone supports Jokowi's step), so the event is coded with source unknown
    text = "Menurutnya, ia mendukung langkah Jokowi semua menteri nantinya haruslah profesional."
    assert ((None, None), ("IDN", "GOV")) in _tuples(text, "SUPPORT")
    # without the pronoun no doer is given at all: not reported
    text = "Menurutnya, mendukung langkah Jokowi semua menteri nantinya haruslah profesional."
    assert not _tuples(text, "SUPPORT")


def test_appositive_name_after_a_title_phrase_takes_the_bodys_country() -> None:
    # IDNer news 2k (MIT): the title phrase "Ketua Umum PPP hasil Muktamar VIII Surabaya"
    # runs past the party to the comma; the name after it belongs to the party's country
    text = ("Ketua Umum Partai Persatuan Pembangunan (PPP) hasil Muktamar VIII Surabaya, M "
            "Romahurmuziy, telah menyatakan mendukung pemerintahan presiden dan wakil "
            "presiden terpilih Joko Widodo.")
    assert (("IDN", None), ("IDN", "GOV")) in _tuples(text, "SUPPORT")


def test_historical_name_of_the_armed_forces_is_indonesian_military() -> None:
    # UD Indonesian-GSD (CC BY-SA 4.0): APRI, the armed forces' name in the 1950s
    text = ("Pemberian nama tersebut didasari untuk mengenang jasa-jasa Dr. Adnan Kapau Gani "
            "yang banyak berjuang membantu APRI melawan Kolonial Belanda.")
    assert any(t == ("IDN", "MIL") for _s, t in _tuples(text, "AID"))


def test_mendesak_ke_is_moving_on_towards_a_place_not_a_demand() -> None:
    # UD Indonesian-GSD (CC BY-SA 4.0): troops pressing on towards Pyongyang
    text = ("Ia mendesak ke arah Pyongyang dan Sugok-seong pada tahun 371, membunuh raja "
            "Goguryeo, Gogugwon di medan perang.")
    assert not _tuples(text, "DEMAND", all_flags=True)


def test_dashed_parenthesis_and_setelah_itu_after_the_subject_are_crossed() -> None:
    # IDNer news 2k (MIT): "- termasuk … -" is a parenthesis and "setelah itu" an adverb
    # of time; neither opens a clause that would cut the subject off its verb
    text = ("Pemerintah Jerman - termasuk polisi federal BKA, dinas intelijen BND, dan "
            "kementerian luar negeri - setelah itu memasuki tahap perundingan dengan para "
            "penculik.")
    assert any(s == ("DEU", "GOV") or t == ("DEU", "GOV") for s, t in _tuples(text, "CONSULT"))


def test_nominal_event_in_a_pada_adjunct_is_outside_the_modals_scope() -> None:
    # IDNer news 2k (MIT): "perlu" and "untuk" scope over "disampaikan"; the WHO meeting
    # named after "pada" is presupposed (a planned event), not hypothetical
    text = ("Padahal, ini perlu disampaikan untuk rencana strategi global pada pertemuan WHO "
            "akhir pekan mendatang di Jenewa.")
    assert any(s == ("WHO", "IGO") for s, _t in _tuples(text, "CONSULT"))


def test_visit_named_in_a_time_adjunct_is_the_clause_subjects() -> None:
    # IDNer news 2k (MIT): "pada akhir kunjungan empat hari" is Richardson's visit
    text = ("Gubernur New Mexico AS Bill Richardson mengatakan pada jumpa pers pada akhir "
            "kunjungan empat hari, Presiden Omar al-Beshir telah menyetujui usulan delegasinya "
            "bagi gencatan senjata di wilayah barat Sudan yang dilanda perang itu.")
    assert any(s == ("USA", "GOV") for s, _t in _tuples(text, "CONSULT"))


def test_a_place_attacked_stands_for_its_country() -> None:
    # written: the object of an attack verb, or the goal after `ke` of an attack noun, is a
    # place; PLOVER codes its people (the place's country, no role) as the target
    assert (("RUS", "MIL"), ("SYR", None)) in _tuples(
        "Pesawat tempur Rusia kembali membombardir kota Aleppo pada Selasa.", "ASSAULT")
    assert (("ISR", None), ("PSE", None)) in _tuples(
        "Gempuran udara Israel ke Jalur Gaza terus berlanjut.", "ASSAULT")


def test_a_place_named_after_di_is_not_the_target_of_an_attack() -> None:
    # written: "di Gaza" is where it happened; the target is the group attacked
    assert (("ISR", "MIL"), ("PSE", "REB")) in _tuples(
        "Militer Israel menyerang pos Hamas di Gaza.", "ASSAULT")
    assert not any(t == ("PSE", None) for _s, t in _tuples(
        "Tentara Israel menyerang di Gaza pada malam hari.", "ASSAULT"))


def test_generic_armed_and_civilian_nouns_are_actors() -> None:
    # written: "separatis", "marinir", "pengungsi" are generic actor nouns (markers.yaml)
    assert (("PHL", "MIL"), ("PHL", "REB")) in _tuples(
        "Tentara Filipina menyerang kelompok separatis di Mindanao.", "ASSAULT")
    assert (("USA", "MIL"), ("SYR", "CVL")) in _tuples(
        "Marinir Amerika Serikat menembak seorang pengungsi Suriah.", "ASSAULT")


def test_untuk_before_a_name_is_not_a_purpose() -> None:
    # written: "Dubes AS untuk Irak" names an office; "untuk segera menyerang" is a purpose
    assert (("USA", "GOV"), ("IRQ", "GOV")) in _tuples(
        "Dubes Amerika Serikat untuk Irak bertemu dengan Perdana Menteri Irak.", "CONSULT")
    assert not _tuples("Korea Utara bertujuan untuk segera menyerang Korea Selatan.", "ASSAULT")


def test_envoy_of_x_untuk_y_is_xs() -> None:
    # written: the ambassador "of the USA to Iraq" named after a comma is a US official
    text = ("Duta Besar Amerika Serikat untuk Irak, Zalmay Khalilzad, mengadakan pembicaraan "
            "dengan para wakil kelompok pemberontak Irak.")
    assert (("USA", "GOV"), ("IRQ", "REB")) in _tuples(text, "CONSULT")


def test_clitic_possessor_of_a_nominal_after_a_reporting_verb_is_its_subject() -> None:
    # written: "menegaskan penolakannya": Syria's own refusal, told by Syria
    assert any(s == ("SYR", None) for s, _t in _tuples(
        "Suriah menegaskan penolakannya terhadap resolusi PBB.", "REJECT"))
    # no clitic: the nominal is what is reported, not the reporter's act
    assert not any(s == ("IDN", "GOV") for s, _t in _tuples(
        "Menteri Luar Negeri menegaskan penolakan Israel terhadap resolusi PBB.", "REJECT"))


def test_group_noun_phrase_is_one_actor_in_coordination() -> None:
    # written: "kelompok(-kelompok) pemberontak" is one generic actor, coordinated with Sudan
    for text in ("Sudan dan kelompok pemberontak menyetujui gencatan senjata di Darfur.",
                 "Sudan dan kelompok-kelompok pemberontak menyetujui gencatan senjata di Darfur."):
        assert (("SDN", None), ("SDN", "REB")) in _tuples(text, "AGREE")


def test_act_a_passive_subject_is_asked_to_do_is_not_asserted() -> None:
    # written: "diminta menelusuri": PPATK is asked to trace the accounts, not yet doing it
    assert not _tuples("PPATK juga telah diminta menelusuri rekening pimpinan DPR.",
                       "INVESTIGATE")
    assert _tuples("PPATK telah menelusuri rekening pimpinan DPR.", "INVESTIGATE")


def test_continuing_support_is_support_not_a_promise() -> None:
    # written: "akan tetap mendukung" goes on now; "akan mendukung" is a promise (AGREE)
    assert _tuples("Partai Golkar akan tetap mendukung pemerintahan Joko Widodo.", "SUPPORT")
    assert not _tuples("Partai Golkar akan mendukung pemerintahan Joko Widodo.", "SUPPORT")
    assert _tuples("Partai Golkar akan mendukung pemerintahan Joko Widodo.", "AGREE")


def test_attack_on_a_building_of_a_place_targets_the_place() -> None:
    text = "Laporan awal mengatakan 17 orang cedera dalam serangan roket ke gedung Gaza."
    assert ((None, None), ("PSE", None)) in _tuples(text, "ASSAULT")


def test_noun_modifier_between_a_nominal_and_its_possessor() -> None:
    text = "Serangan bom Hamas menewaskan tiga tentara Israel."
    assert (("PSE", "REB"), ("ISR", "MIL")) in _tuples(text, "ASSAULT")


def test_nominal_subject_of_an_agentive_passive_past_a_place_adjunct() -> None:
    text = "Serangan di Kabul itu dilakukan oleh Taliban."
    assert any(s == ("AFG", "REB") for s, _t in _tuples(text, "ASSAULT"))


def test_terhadap_is_a_preposition_not_a_verb() -> None:
    text = "Uni Eropa menjatuhkan sanksi baru terhadap Iran."
    assert (("EUR", "IGO"), ("IRN", None)) in _tuples(text, "SANCTION")


def test_content_of_a_denied_allegation_after_bahwa_is_not_asserted() -> None:
    text = ("Perdana Menteri Irak Nuri al-Maliki membantah tuduhan bahwa pemerintahnya "
            "mendukung milisi Syiah.")
    assert _tuples(text, "REJECT")
    assert not _tuples(text, "SUPPORT", all_flags=True)


def test_actor_beginning_inside_a_multiword_trigger_is_its_target() -> None:
    assert (("VEN", None), ("USA", "GOV")) in _tuples("Venezuela mengusir duta besar AS.",
                                                      "SANCTION")


def test_coordinated_subjects_agreeing_on_a_clause_are_the_two_sides() -> None:
    text = "Hamas dan Fatah sepakat membentuk pemerintahan persatuan."
    found = _tuples(text, "AGREE")
    assert found and all({s[0], t[0]} == {"PSE"} and ("PSE", "REB") in (s, t)
                         for s, t in found)


def test_violent_participle_after_a_comma_shares_the_attackers_source() -> None:
    text = "Israel melancarkan serangan udara ke Jalur Gaza, menewaskan 12 warga Palestina."
    assert (("ISR", None), ("PSE", "CVL")) in _tuples(text, "ASSAULT")


def test_weapon_subject_of_a_violent_verb_tells_the_attack_by_its_target() -> None:
    text = "Sabtu malam, tembakan roket dari Libanon menghantam Israel utara."
    assert _tuples(text, "ASSAULT") == {((None, None), ("ISR", None))}  # Libanon: an origin


def test_giver_after_dari_is_the_source_of_a_received_act() -> None:
    assert (("ARL", "IGO"), ("PSE", "GOV")) in _tuples(
        "Pemerintah Palestina mendapat dukungan dari Liga Arab.", "SUPPORT")
    assert (("JPN", None), ("SDN", None)) in _tuples(
        "Sudan menerima bantuan senilai 10 juta dolar dari Jepang.", "AID")


def test_a_sports_word_inside_a_name_is_not_a_sports_report() -> None:
    assert _tuples("Pemerintah Palestina mendapat dukungan dari Liga Arab.", "SUPPORT")
    assert not _tuples("Persib menyerang sejak menit awal di laga Liga 1.", "ASSAULT",
                       all_flags=True)


def test_unknown_attacker_as_subject_tells_the_attack_by_its_target(monkeypatch) -> None:
    from warta.events import coder
    monkeypatch.setattr(coder, "THRESHOLD", 0.0)
    ev = [e for e in analyze_text("Orang tak dikenal menembak mati seorang polisi di Karachi."
                                  ).events if e.category == "ASSAULT"]
    assert ev and ev[0].source_country is None and ev[0].target_role == "COP"
    # told like an agentless passive (0.65 for the unsaid doer); a missing source caps the
    # confidence at 0.35
    assert ev[0].confidence > coder.NO_SOURCE


def test_court_after_ke_is_the_venue_of_a_lawsuit_not_its_target(monkeypatch) -> None:
    from warta.events import coder
    monkeypatch.setattr(coder, "THRESHOLD", 0.0)
    text = "Prabowo - Hatta menggugat ke Mahkamah Konstitusi."
    found = _tuples(text, "DISAPPROVE")
    assert found and all(t == (None, None) for _s, t in found)


def test_a_named_group_without_a_country_does_not_take_its_enemys() -> None:
    assert (("USA", "MIL"), (None, "REB")) in _tuples(
        "Pasukan AS menyerang Al Qaeda di Afghanistan.", "ASSAULT")
    assert (("IRN", "MIL"), ("IRN", "REB")) in _tuples(
        "Pasukan Iran bentrok dengan pemberontak Kurdi.", "FIGHT")


def test_coordinated_verb_shares_the_main_verbs_subject_not_a_purpose_clauses() -> None:
    text = ("Presiden Sudan menolak rencana PBB untuk mengirimkan pasukan ke Darfur dan menolak "
            "menyerahkan para tersangka ke Mahkamah Kriminal Internasional.")
    assert {s for s, _t in _tuples(text, "REJECT")} == {("SDN", "GOV")}


def test_a_named_group_without_a_country_is_not_an_unknown_actor(monkeypatch) -> None:
    from warta.events import coder
    monkeypatch.setattr(coder, "THRESHOLD", 0.0)
    evs = [e for e in analyze_text("Pasukan AS bertempur dengan Al-Qaeda.").events
           if e.category == "FIGHT"]
    # al-Qaeda's missing country is the gazetteer's choice, not a gap in what is known: no
    # discount for an unknown country (0.7), so the event keeps the full frame confidence
    assert evs and evs[0].target_country is None and evs[0].target_role == "REB"
    assert evs[0].confidence >= 0.85


def test_a_day_between_commas_after_the_subject_is_crossed() -> None:
    text = "Rice secara terpisah, Minggu, melakukan pertemuan dengan Presiden Mahmoud Abbas."
    assert (("USA", "GOV"), ("PSE", "GOV")) in _tuples(text, "CONSULT")


def test_the_agent_inside_a_relative_clause_is_not_the_main_verbs_subject() -> None:
    text = "Pasukan AS yang didukung helikopter Inggris menyerang desa itu."
    assert {s for s, _t in _tuples(text, "ASSAULT")} == {("USA", "MIL")}
    # the head is an event noun, not an actor: its doer stays the source
    text = "Serangan yang dilancarkan Israel menewaskan lima warga Palestina."
    assert (("ISR", None), ("PSE", "CVL")) in _tuples(text, "ASSAULT")


def test_troops_a_state_deploys_are_not_the_target_of_its_mobilisation() -> None:
    assert _tuples("Australia menempatkan 500 tentara di Irak.", "MOBILIZE") == {
        (("AUS", None), (None, None))}


def test_a_passive_is_vetoed_by_its_subject_like_the_active_by_its_object() -> None:
    assert not _tuples("Perpres itu diteken Presiden Joko Widodo pada Senin.", "AGREE",
                       all_flags=True)
    assert _tuples("Perjanjian itu ditandatangani Menteri Luar Negeri Rusia di Moskow.",
                   "AGREE")


def test_wished_goodwill_stays_support_and_a_promised_conflict_is_not_agree() -> None:
    text = "Presiden Susilo Bambang Yudhoyono ingin mengucapkan selamat kepada PM Jepang."
    assert _tuples(text, "SUPPORT", all_flags=True) and not _tuples(text, "AGREE")
    text = "Presiden AS berikrar akan memveto rancangan undang-undang itu."
    assert not _tuples(text, "AGREE", all_flags=True)
    assert _tuples("Korea Utara berjanji akan menutup reaktor nuklirnya.", "AGREE")


def test_the_main_clause_of_a_condition_after_maka_is_hypothetical() -> None:
    text = "Jika Iran menolak, maka Dewan Keamanan akan menjatuhkan sanksi terhadap Iran."
    assert _tuples(text, "SANCTION", all_flags=True) and not _tuples(text, "SANCTION")


def test_a_counterpart_from_a_country_is_its_official_and_one_meeting_is_told_once() -> None:
    text = ("Menteri Luar Negeri Jepang Taro Aso akan berkunjung dan melakukan pembicaraan "
            "dengan mitra kerjanya dari Korea Selatan.")
    assert _tuples(text, "CONSULT") == {(("JPN", "GOV"), ("KOR", "GOV"))}
    assert (("IDN", "GOV"), ("CHN", "GOV")) in _tuples(
        "Menlu Indonesia bertemu dengan timpalannya dari China di Beijing.", "CONSULT")


def test_a_negated_adjective_of_the_subject_does_not_negate_the_verb() -> None:
    found = [e for e in analyze_text("Pesawat tak berawak AS menembakkan rudal ke Waziristan."
                                     ).events]
    assert found and not any("negated" in e.context for e in found)
    assert any("negated" in e.context
               for e in analyze_text("Pasukan AS tidak menyerang desa itu.").events)


def test_a_visit_noun_targets_the_host_country_after_ke_or_di() -> None:
    assert (("IDN", "GOV"), ("JPN", None)) in _tuples(
        "Presiden Yudhoyono akan melakukan kunjungan ke Jepang pekan depan.", "CONSULT")


def test_refusing_a_nominal_act_presupposes_it() -> None:
    text = ("Korea Utara menolak kritikan oleh Menteri Unifikasi Korea Selatan tentang "
            "percobaan nuklir.")
    assert (("KOR", "GOV"), (None, None)) in _tuples(text, "DISAPPROVE")
    # a refused act is still not asserted: "menolak bertemu"
    assert not _tuples("Iran menolak bertemu dengan utusan Uni Eropa.", "CONSULT")


def test_coordinated_subjects_each_with_a_title_in_apposition() -> None:
    text = ("Perdana Menteri Jepang, Shinzo Abe dan Perdana Menteri Australia, John Howard, "
            "Selasa menandatangani deklarasi bersama mengenai kerja sama keamanan di Tokyo.")
    assert (("JPN", "GOV"), ("AUS", "GOV")) in _tuples(text, "AGREE")


def test_an_attacked_base_or_post_stands_for_the_force_it_belongs_to() -> None:
    text = "Pesawat-pesawat tempur Sri Lanka mengebom markas pemberontak Macan Tamil di utara."
    assert (("LKA", "MIL"), ("LKA", "REB")) in _tuples(text, "ASSAULT")


def test_a_visit_one_has_arrived_for_is_the_arrivals_and_happens() -> None:
    text = ("Perdana Menteri Israel Ehud Olmert tiba di Beijing, Selasa pagi untuk kunjungan "
            "resmi tiga hari di China.")
    assert (("ISR", "GOV"), ("CHN", None)) in _tuples(text, "CONSULT")


def test_a_place_in_apposition_and_a_day_before_the_verb_are_crossed() -> None:
    text = ("Polisi di Negara Bagian Uttarakhand, India utara, Minggu menangkap seorang pria "
            "yang membawa pistol.")
    assert (("IND", "COP"), ("IND", "CVL")) in _tuples(text, "COERCE")


def test_a_blast_told_before_a_comma_kills_with_no_named_attacker(monkeypatch) -> None:
    from warta.events import coder
    monkeypatch.setattr(coder, "THRESHOLD", 0.0)
    text = ("Sebuah bom mobil meledak di dekat gedung parlemen, menewaskan tiga orang warga "
            "sipil.")
    evs = [e for e in analyze_text(text).events if e.category == "ASSAULT"]
    assert evs and all(e.source_country is None and e.source_role is None for e in evs)
    assert max(e.confidence for e in evs) > coder.NO_SOURCE  # told through its victims


def test_a_meeting_with_coordinated_leaders_is_one_event_with_each() -> None:
    text = ("Menteri Luar Negeri AS Condoleezza Rice melakukan pertemuan dengan para pemimpin "
            "Israel dan Palestina, Senin.")
    found = _tuples(text, "CONSULT")
    assert (("USA", "GOV"), ("ISR", "GOV")) in found
    assert (("USA", "GOV"), ("PSE", "GOV")) in found


def test_a_long_relative_clause_after_a_subject_ending_in_a_place_is_crossed() -> None:
    text = ("Pemerintah di Teheran, yang dituduh Washington memasok senjata dan memberikan "
            "pelatihan kepada kelompok-kelompok bersenjata Syiah seperti Tentara Mahdi, "
            "membantah bahwa Sadr berada di Iran.")
    assert {s for s, _t in _tuples(text, "REJECT")} == {("IRN", "GOV")}


def test_the_subject_of_a_passive_verb_taking_an_attack_noun_is_its_target() -> None:
    text = "Dalam beberapa tahun terakhir ini, Yordania dilanda sejumlah aksi terorisme."
    assert _tuples(text, "ASSAULT") == {((None, None), ("JOR", None))}


def test_a_purpose_after_gathering_is_done_by_the_gathering_subject(monkeypatch) -> None:
    from warta.events import coder
    monkeypatch.setattr(coder, "THRESHOLD", 0.0)
    gathered = ("Ratusan mahasiswa berkumpul di depan gedung DPR untuk memprotes kenaikan "
                "harga BBM.")
    assert {s for s, _t in _tuples(gathered, "PROTEST")} == {("IDN", "EDU")}
    assert not _tuples(gathered, "DISAPPROVE", all_flags=True)  # not DPR's complaint
    used = ("Pemberontak Macan Tamil menggunakan pesawat ringan untuk mengebom pangkalan "
            "udara militer Sri Lanka.")
    assert _tuples(used, "ASSAULT")  # the means: the bombing was done
    bought = ("Pemberontak Macan Tamil membeli pesawat ringan untuk mengebom pangkalan udara "
              "militer Sri Lanka.")
    assert not _tuples(bought, "ASSAULT")  # a plain purpose stays hypothetical


def test_a_crowd_protesting_is_a_protest_a_government_protesting_disapproves() -> None:
    crowd = "Ribuan buruh di Jakarta memprotes kebijakan upah pemerintah."
    assert _tuples(crowd, "PROTEST") == {(("IDN", "CVL"), ("IDN", "GOV"))}
    state = "Pemerintah China memprotes kunjungan Perdana Menteri Jepang ke kuil Yasukuni."
    assert _tuples(state, "DISAPPROVE") == {(("CHN", "GOV"), ("JPN", "GOV"))}
    assert not _tuples(state, "PROTEST")


def test_opposing_a_plan_is_disapproval() -> None:
    text = "Kongres tetap menentang rencana Presiden Bush mengirim pasukan tambahan ke Irak."
    assert (("USA", "LEG"), ("USA", "GOV")) in _tuples(text, "DISAPPROVE")
    assert not _tuples(text, "REJECT")


def test_promising_a_conflictual_act_is_a_threat_and_the_act_is_not_done() -> None:
    text = "Gerilyawan Taliban telah berjanji meningkatkan serangan bunuh diri tahun ini."
    assert _tuples(text, "THREATEN") == {(("AFG", "REB"), (None, None))}
    assert not _tuples(text, "ASSAULT")
    assert not _tuples(text, "AGREE")


def test_claiming_responsibility_is_not_blame_but_naming_another_is() -> None:
    own = "Kelompok militan Al-Shabab menyatakan bertanggung jawab atas serangan bom di Mogadishu."
    assert not _tuples(own, "DISAPPROVE", all_flags=True)
    assert ("SOM", "REB") in {s for s, _t in _tuples(own, "ASSAULT")}
    other = "Menteri Luar Negeri Inggris menyatakan Iran bertanggung jawab atas penangkapan itu."
    assert _tuples(other, "DISAPPROVE") == {(("GBR", "GOV"), ("IRN", None))}


def test_a_charge_in_an_adjunct_ends_at_the_main_passive_verb(monkeypatch) -> None:
    from warta.events import coder
    monkeypatch.setattr(coder, "THRESHOLD", 0.0)
    text = ("Seorang warga Jerman yang ditangkap di Pakistan atas tuduhan berencana menghadiri "
            "kamp pelatihan militan telah dibebaskan, kata Kementerian Luar Negeri Jerman.")
    # the release is told as fact, of the man the relative clause names
    assert _tuples(text, "RETREAT") == {((None, None), ("DEU", "CVL"))}


def test_a_charge_followed_by_a_relative_clause_does_not_swallow_the_denial() -> None:
    text = ("Kelompok-kelompok Uighur mengatakan pemerintah telah memprovokasi kerusuhan, "
            "tuduhan yang dibantah Beijing.")
    assert {s for s, _t in _tuples(text, "REJECT")} == {("CHN", "GOV")}


def test_coordinated_triggers_share_their_object() -> None:
    # "kerangka kerja sama atau nota kesepahaman dengan HMI": the second nominal, joined by
    # atau/dan, does not end the first one's object phrase
    text = ("Kementerian Sosial membuat kerangka kerja sama atau letter of intent dengan "
            "Himpunan Mahasiswa Islam.")
    assert any(t == ("IDN", "EDU") for _s, t in _tuples(text, "AGREE"))


def test_a_raid_on_a_house_is_coercion_troops_storming_a_country_an_invasion() -> None:
    house = ("Polisi Yordania menyerbu rumah itu setelah memperoleh informasi mengenai "
             "rencana serangan.")
    assert {s for s, _t in _tuples(house, "COERCE")} == {("JOR", "COP")}
    assert not _tuples(house, "ASSAULT")
    country = "Pasukan pimpinan AS menyerbu Afghanistan pada 2001."
    assert _tuples(country, "FIGHT") == {(("USA", "MIL"), ("AFG", None))}
    camp = "Pasukan Israel menyerbu kamp pengungsi Jenin dan menewaskan dua militan Hamas."
    assert ("ISR", "MIL") in {s for s, _t in _tuples(camp, "ASSAULT")}


def test_the_object_of_a_presupposing_purpose_verb_is_told_as_fact() -> None:
    watch = ("Ratusan prajurit Uni Afrika berada di Burundi untuk mengawasi perjanjian gencatan "
             "senjata antara pemerintah dan kelompok pemberontak Burundi.")
    assert (("BDI", "GOV"), ("BDI", "REB")) in _tuples(watch, "AGREE")
    prevent = ("Pasukan AS dikerahkan untuk mencegah pertempuran antara pemerintah dan kelompok "
               "pemberontak Burundi.")
    assert not _tuples(prevent, "FIGHT")  # preventing a battle does not tell of one


def test_a_nominal_in_an_adjunct_is_no_complement_of_the_verb_before() -> None:
    talks = ("Korea Utara telah menyetujui dalam pertemuan enam pihak di Beijing untuk "
             "membongkar fasilitas nuklirnya.")
    assert {s for s, _t in _tuples(talks, "CONSULT")} == {("PRK", None)}
    ousted = "Presiden Ankvab dipaksa mundur melalui aksi unjuk rasa ribuan warga Abkhazia."
    assert {s for s, _t in _tuples(ousted, "PROTEST")} == {("GEO", "CVL")}


def test_help_in_a_dengan_phrase_goes_to_the_clause_subject() -> None:
    text = ("Pasukan pemerintah Somalia berhasil menghalau milisi dari Mogadishu dengan bantuan "
            "pasukan Ethiopia.")
    assert _tuples(text, "AID") == {(("ETH", "MIL"), ("SOM", "MIL"))}


def test_victims_receiving_aid_are_civilians() -> None:
    text = "Komisi Eropa mengirim bantuan darurat bagi korban banjir di Jakarta."
    assert _tuples(text, "AID") == {(("EUR", "IGO"), ("IDN", "CVL"))}


def test_a_relative_clause_after_an_abbreviation_in_brackets_is_crossed() -> None:
    # "Komisi Pemberantasan Korupsi (KPK), yang …, menahan …": the subject ends in its
    # abbreviation; a bracket inside the relative clause does not end the search
    text = ("Komisi Pemberantasan Korupsi (KPK), yang dibantu oleh penyidik dari Badan "
            "Reserse Kriminal (Bareskrim), menahan Bupati Bogor.")
    assert any(s == ("IDN", "JUD") for s, _t in _tuples(text, "COERCE"))


def test_a_stateless_group_fought_by_a_states_forces_at_home_takes_that_country() -> None:
    # local militants take the country the sentence places them in (events_gold.md)
    text = "Pasukan Irak menyerang anggota Al-Qaeda di kota Baquba."
    assert (("IRQ", "MIL"), ("IRQ", "REB")) in _tuples(text, "ASSAULT")


def test_the_head_of_a_relative_clause_after_a_preposition_is_its_subject() -> None:
    # "… pada pasukan pemerintah Somalia yang didukung Ethiopia": the forces are supported
    text = ("Gerakan itu kehilangan kendali atas Mogadishu pada pasukan pemerintah Somalia "
            "yang didukung Ethiopia pada Desember.")
    assert (("ETH", None), ("SOM", "MIL")) in _tuples(text, "SUPPORT")


def test_a_purpose_carried_out_by_the_event_before_it_is_told_as_fact(monkeypatch) -> None:
    from warta.events import coder
    monkeypatch.setattr(coder, "THRESHOLD", 0.0)
    protest = "Oposisi Mesir menggelar protes di Kairo untuk menentang amandemen konstitusi."
    assert ("EGY", "OPP") in {s for s, _t in _tuples(protest, "DISAPPROVE")}
    trip = ("Menteri luar negeri Yordania berangkat ke Amman untuk membahas proses perdamaian "
            "dengan Israel.")
    assert not _tuples(trip, "CONSULT")  # setting off to talk is not yet talking
    assert _tuples(trip, "CONSULT", all_flags=True)


def test_a_noun_trigger_right_after_another_is_its_content(monkeypatch) -> None:
    from warta.events import coder
    monkeypatch.setattr(coder, "THRESHOLD", 0.0)
    text = ("Pasukan Uni Afrika mengawasi perjanjian gencatan senjata antara pemerintah dan "
            "kelompok pemberontak Burundi.")
    assert (("BDI", "GOV"), ("BDI", "REB")) in _tuples(text, "AGREE")
    assert not _tuples(text, "RETREAT", all_flags=True)  # the truce is what was agreed


def test_a_raid_in_a_time_adjunct_is_the_clause_subjects() -> None:
    text = "Polisi Denmark menguasai gedung itu dalam penyerbuan pagi hari."
    assert {s for s, _t in _tuples(text, "COERCE")} == {("DNK", "COP")}


def test_a_place_after_a_preposition_and_two_modifiers_is_no_subject() -> None:
    # "dari berbagai penjuru Swiss": where they came from, not who gathered; the Kurds are
    # a people of no one state, named as such (no discount for an unknown country)
    text = "Orang-orang Kurdi dari berbagai penjuru Swiss berkumpul untuk melakukan protes."
    assert _tuples(text, "PROTEST") == {((None, "CVL"), (None, None))}


def test_a_nominal_in_the_adjunct_of_a_nominal_does_not_end_its_object() -> None:
    # "pembicaraan dalam perundingan dengan X": the talks are with X
    text = ("Kepala badan pengawas nuklir PBB mengadakan pembicaraan dalam perundingan dengan "
            "perunding nuklir Korea Utara, Rabu.")
    assert any(("PRK", "GOV") in (s, t) for s, t in _tuples(text, "CONSULT"))


def test_counted_victims_are_the_people_of_the_events_place() -> None:
    # "enam orang" have no place of their own: the people of the place the clause names
    # (events_gold.md); the parliament after "di dekat" is where, not whom
    text = ("Seorang pengebom bunuh diri menewaskan enam orang di dekat parlemen nasional di "
            "Kabul, Jumat.")
    assert {t for _s, t in _tuples(text, "ASSAULT")} == {("AFG", "CVL")}


def test_counted_people_with_no_place_are_no_side() -> None:
    # an unplaced count says not whose people they are (no target, not the home country)
    text = "Gerilyawan Taliban telah mengeksekusi 13 orang pada bulan Juni."
    assert all(t == (None, None) for _s, t in _tuples(text, "ASSAULT"))


def test_counted_dead_before_a_clash_are_not_its_side() -> None:
    # "Sebelas orang tewas akibat bentrok … antara polisi dan pengunjuk rasa": the dead are
    # not the fighters; the sides are after "antara"
    text = ("Sebelas orang tewas akibat bentrok di ibu kota Guinea hari Senin antara polisi "
            "dan pengunjuk rasa.")
    assert (("GIN", "COP"), ("GIN", "CVL")) in _tuples(text, "FIGHT")


def test_an_actor_owning_a_building_after_dari_is_a_place() -> None:
    # "… meledakkan bom beberapa ratus meter dari gedung parlemen sehingga menewaskan lima
    # orang": the parliament is a landmark; the killing (a result clause) is the bomber's
    text = ("Di Kabul, seorang pengebom bunuh diri meledakkan bom beberapa ratus meter dari "
            "gedung parlemen sehingga menewaskan lima orang.")
    got = _tuples(text, "ASSAULT")
    assert not any(t[1] == "LEG" for _s, t in got)
    assert (("AFG", "REB"), ("AFG", "CVL")) in got


def test_surrendering_to_an_actor_makes_it_the_target() -> None:
    # an intransitive surrender verb's oblique after kepada is the side yielded to
    text = "Ratusan gerilyawan menyerah kepada tentara Filipina di Mindanao, Selasa."
    assert {t for _s, t in _tuples(text, "CONCEDE")} == {("PHL", "MIL")}


def test_ia_refers_to_the_subject_not_to_an_oblique(monkeypatch) -> None:
    from warta.events import coder
    monkeypatch.setattr(coder, "THRESHOLD", 0.0)
    # "ia" in "… dan mengunjungi Darfur dimana ia bertemu …" is the subject Richardson, not
    # the minister named after "dengan"
    text = ("Bill Richardson mengadakan perundingan dengan Menteri Luar Negeri Sudan Lam Akol "
            "dan mengunjungi Darfur dimana ia bertemu dengan para pemimpin kelompok "
            "pemberontak.")
    assert any(s == ("USA", "GOV") and t == ("SDN", "REB") or s == ("SDN", "REB")
               and t == ("USA", "GOV") for s, t in _tuples(text, "CONSULT"))


def test_a_manner_verb_after_dengan_is_the_main_subjects() -> None:
    # "X mencoba menumbangkan Y dengan membiayai Z": X funds Z, not Y (the main verb's object)
    text = ("Pemerintah Inggris mencoba menumbangkan Presiden Robert Mugabe dengan membiayai "
            "Gerakan Perubahan Demokratik (MDC).")
    assert {s for s, _t in _tuples(text, "AID")} == {("GBR", "GOV")}


def test_a_title_with_a_relative_clause_before_a_name_is_one_coordinated_side() -> None:
    # "A dan Perdana Menteri yang ditunjuk Hamas, B, bertemu": A meets B, the prime minister
    # (the office the sentence gives, GOV); Hamas inside the clause is no participant
    text = ("Presiden Palestina Mahmoud Abbas dan Perdana Menteri yang ditunjuk Hamas, Ismail "
            "Haniya, bertemu di Kota Gaza, Selasa malam.")
    assert _tuples(text, "CONSULT") == {(("PSE", "GOV"), ("PSE", "GOV"))}


def test_an_act_named_as_the_object_of_preventing_is_not_the_subjects(monkeypatch) -> None:
    from warta.events import coder
    monkeypatch.setattr(coder, "THRESHOLD", 0.0)
    # "tentara berupaya mencegah pengeboman …": the soldiers do not bomb
    text = ("Tentara Afghanistan berupaya mencegah pengeboman bunuh diri terhadap konvoi "
            "militer di Kandahar.")
    assert not any(s == ("AFG", "MIL") for s, _t in _tuples(text, "ASSAULT"))


def test_counted_protesters_are_the_people_of_the_protests_place() -> None:
    # counted people doing the act (not "N orang tewas") are its subject, placed by "di Kairo"
    text = "Sekitar 300 orang berdemonstrasi di Kairo menentang amandemen konstitusi."
    assert {s for s, _t in _tuples(text, "PROTEST")} == {("EGY", "CVL")}


def test_a_suspected_base_of_a_group_bombed_makes_the_group_the_target() -> None:
    # "mengebom suatu tempat yang diduga markas pemberontak X": the rebels, even of the
    # bomber's own country (a rebel base is no place of one's own people)
    text = ("Pesawat-pesawat tempur Sri Lanka mengebom suatu tempat yang diduga markas "
            "pemberontak Macan Tamil di timur laut.")
    assert (("LKA", "MIL"), ("LKA", "REB")) in _tuples(text, "ASSAULT")


def test_a_force_described_as_hardline_is_an_armed_group() -> None:
    # "menghalau pasukan muslim garis keras": a militant force (REB), not an army
    text = ("Pasukan pemerintah Somalia berhasil menghalau pasukan muslim garis keras dari "
            "Mogadishu pada Desember.")
    assert (("SOM", "MIL"), ("SOM", "REB")) in _tuples(text, "FIGHT")


def test_the_users_of_a_thing_seized_are_the_target() -> None:
    # "menahan dua kapal yang digunakan para pelaut Inggris": the sailors' ships
    text = "Iran menahan dua kapal yang digunakan para pelaut Inggris di perairan Teluk."
    assert {t for _s, t in _tuples(text, "COERCE")} == {("GBR", "MIL")}


def test_the_receiver_of_a_nominal_act_is_its_target() -> None:
    # "X yang sudah mendapat persetujuan DPR": the parliament approved X
    text = ("Presiden melantik Listyo Sigit Prabowo yang sudah mendapat persetujuan DPR pada "
            "pekan lalu.")
    assert (("IDN", "LEG"), ("IDN", "COP")) in _tuples(text, "AGREE")


def test_people_listed_after_termasuk_are_targets_too() -> None:
    # "menewaskan lima orang termasuk seorang personel polisi": the police officer as well
    text = ("Di Kabul, seorang pengebom bunuh diri menewaskan lima orang termasuk seorang "
            "personel polisi.")
    assert {t for _s, t in _tuples(text, "ASSAULT")} == {("AFG", "CVL"), ("AFG", "COP")}


def test_yielding_to_the_demands_of_an_actor_targets_it() -> None:
    # "menyerah pada tuntutan massa": conceding to the crowd
    text = "Raja Gyanendra akhirnya menyerah pada tuntutan massa dalam protes di Kathmandu."
    assert (("NPL", "GOV"), ("NPL", "CVL")) in _tuples(text, "CONCEDE")


def test_a_shootout_in_an_adjunct_is_between_the_main_subject_and_object() -> None:
    # "X membunuh Y dalam tembak-menembak": the shootout is X against Y, not Y's alone
    text = ("Pasukan keamanan Filipina membunuh dua anggota Abu Sayyaf dalam tembak-menembak di "
            "Jolo.")
    assert _tuples(text, "FIGHT") == {(("PHL", "MIL"), ("PHL", "REB"))}


def test_a_claim_of_responsibility_names_the_attacker() -> None:
    # "Tanggung jawab atas serangan … diklaim oleh X": X did it (also for an attack told
    # before, "serangan-serangan bom itu")
    for text in ("Tanggung jawab atas serangan bom di Kabul diklaim oleh Taliban.",
                 "Tanggung jawab atas serangan-serangan bom itu diklaim oleh cabang Al-Qaeda "
                 "di Irak."):
        assert any(s[1] == "REB" for s, _t in _tuples(text, "ASSAULT")), text


def test_an_adverbial_clause_without_subject_is_the_main_subjects() -> None:
    # "X membunuh Y setelah menuduhnya …": X accuses Y (the clitic is the main object); the
    # actor inside the accusation's content is not the target
    text = ("Gerilyawan Taliban membunuh seorang guru di Kandahar, Afghanistan, setelah "
            "menuduhnya bekerja untuk badan intelijen Amerika Serikat.")
    assert _tuples(text, "DISAPPROVE") == {(("AFG", "REB"), ("AFG", "EDU"))}


def test_a_subset_in_apposition_after_the_subject_is_crossed() -> None:
    # "Enam warga Rusia, termasuk tiga orang bersaudara, dipenjara": the six are jailed
    text = ("Enam warga Rusia, termasuk tiga orang di antaranya adalah bersaudara, dipenjara "
            "selama 11 tahun karena pembunuhan seorang pelajar.")
    assert ((None, None), ("RUS", "CVL")) in _tuples(text, "COERCE")


def test_an_age_in_brackets_after_the_subject_is_crossed(monkeypatch) -> None:
    from warta.events import coder
    monkeypatch.setattr(coder, "THRESHOLD", 0.0)
    text = "Seorang warga Rusia, (65), ditangkap polisi Jerman di Berlin pada Sabtu pagi."
    assert (("DEU", "COP"), ("RUS", "CVL")) in _tuples(text, "COERCE")


def test_a_clash_named_in_an_adjunct_is_between_subject_and_object() -> None:
    # "Polisi X menangkap 100 orang di Y dalam bentrokan": police against those arrested
    text = ("Polisi Prancis menangkap sedikitnya 40 orang di Paris dalam bentrokan keras di "
            "pinggiran kota.")
    assert (("FRA", "COP"), ("FRA", "CVL")) in _tuples(text, "FIGHT")


def test_a_country_after_ke_in_the_complement_of_a_clitic_object_is_a_place() -> None:
    # "membebaskannya … dengan syarat ia segera kembali ke Polandia": Poland is where he goes
    text = "Polisi Inggris membebaskannya dengan syarat ia segera kembali ke Polandia."
    assert not any(t == ("POL", None) for _s, t in _tuples(text, "RETREAT", all_flags=True))


def test_a_date_between_an_attack_and_its_target_is_crossed() -> None:
    # "serangan-serangan 11 September 2001 terhadap wilayah-wilayah Amerika": the US attacked
    text = ("Pasukan pimpinan AS menyerbu Afghanistan menyusul serangan-serangan 11 September "
            "2001 terhadap wilayah-wilayah Amerika.")
    assert ((None, None), ("USA", None)) in _tuples(text, "ASSAULT")


def test_a_targetless_act_beside_the_same_act_with_a_target_is_one_event() -> None:
    # "meledakkan bom …, menewaskan tiga tentara": the bombing is the killing told twice
    text = "Gerilyawan Taliban meledakkan bom di Kandahar, menewaskan tiga tentara Afghanistan."
    assert _tuples(text, "ASSAULT") == {(("AFG", "REB"), ("AFG", "MIL"))}


def test_a_time_adjunct_between_an_attack_and_its_target_is_crossed(monkeypatch) -> None:
    # "serangan pada pagi hari terhadap patroli Inggris": the patrol is attacked
    from warta.events import coder
    monkeypatch.setattr(coder, "THRESHOLD", 0.0)
    text = "Kelompok itu melakukan serangan pada pagi hari terhadap patroli Inggris di Basra."
    assert any(t == ("GBR", None) for _s, t in _tuples(text, "ASSAULT"))


def test_a_threat_is_against_the_target_of_the_promised_act() -> None:
    text = ("Al-Shabab telah berjanji akan melancarkan perang gerilya terhadap pemerintah "
            "Somalia.")
    assert (("SOM", "REB"), ("SOM", "GOV")) in _tuples(text, "THREATEN")


def test_a_group_with_a_militant_modifier_is_an_armed_group() -> None:
    # "kelompok muslim garis keras": a militant group (REB), not no one
    text = "Kelompok muslim garis keras menyerang kantor polisi di Mogadishu."
    assert any(s == ("SOM", "REB") for s, _t in _tuples(text, "ASSAULT"))


def test_an_unresolved_pronoun_subject_of_a_passive_is_someone_not_a_thing() -> None:
    # "Mereka ditangkap oleh polisi Jerman": the arrested are people, the police the source
    text = "Setibanya di Berlin, mereka ditangkap oleh polisi Jerman."
    assert any(s == ("DEU", "COP") for s, _t in _tuples(text, "COERCE"))


def test_a_folded_act_keeps_the_words_it_was_first_told_with() -> None:
    text = "Gerilyawan Taliban meledakkan bom di Kandahar, menewaskan tiga tentara Afghanistan."
    assert [ev.trigger for ev in analyze_text(text).events
            if ev.category == "ASSAULT"] == ["meledakkan bom"]


def test_elliptical_count_is_more_of_the_kind_counted_before() -> None:
    # "seorang lagi": another one of the kind just counted (a member of Hamas), not nobody
    text = "Pasukan Israel membunuh seorang anggota Hamas dan menangkap seorang lagi di Tepi Barat."
    assert (("ISR", "MIL"), ("PSE", "REB")) in _tuples(text, "COERCE")


def test_coordinator_after_a_bare_passive_opens_no_agent() -> None:
    # "tewas tertembak dan dua orang lagi cedera": the wounded are no shooters
    text = ("Seorang anggota Hamas tewas tertembak dan dua orang lagi cedera dalam bentrokan "
            "di Kota Gaza.")
    assert all(s == (None, None) for s, _t in _tuples(text, "ASSAULT"))
    assert any(("PSE", "REB") in pair for pair in _tuples(text, "FIGHT"))


def test_unknown_town_is_placed_by_its_distance_from_a_known_city() -> None:
    text = ("Polisi Yordania menangkap seorang anggota Al-Qaeda di Irbid, 80 kilometer sebelah "
            "utara Amman.")
    assert (("JOR", "COP"), ("JOR", "REB")) in _tuples(text, "COERCE")


def test_clash_with_x_is_between_the_fallen_and_x() -> None:
    text = "Tiga pemberontak tewas dalam bentrokan dengan tentara Sri Lanka di Batticaloa."
    found = _tuples(text, "FIGHT")
    assert any({s, t} == {("LKA", "MIL"), ("LKA", "REB")} for s, t in found)


def test_counterpart_from_a_country_is_the_person_named_after_it() -> None:
    text = ("Menteri Luar Negeri Jepang Taro Aso dan timpalannya dari China Li Zhaoxing "
            "bertemu di Hanoi.")
    assert any({s, t} == {("JPN", "GOV"), ("CHN", "GOV")} for s, t in _tuples(text, "CONSULT"))


def test_scheduled_to_meet_is_a_plan_not_a_purpose() -> None:
    # "dijadwalkan untuk bertemu" (like "berencana untuk") tells the meeting planned;
    # "untuk bertemu" after another act is only its purpose
    text = ("Presiden Susilo Bambang Yudhoyono dijadwalkan untuk bertemu Presiden Rusia "
            "Vladimir Putin.")
    assert (("IDN", "GOV"), ("RUS", "GOV")) in _tuples(text, "CONSULT")
    text = ("Presiden Susilo Bambang Yudhoyono terbang ke Moskow untuk bertemu Presiden Rusia "
            "Vladimir Putin.")
    assert _tuples(text, "CONSULT") == set()


def test_oblique_inside_a_relative_clause_is_not_the_subject() -> None:
    # "yang menyamar sebagai warga Palestina": what the soldiers posed as, not who shot
    text = ("Dua anggota pasukan khusus Israel yang menyamar sebagai warga Palestina menembak "
            "mati seorang pemimpin Hamas di Nablus.")
    assert {s for s, _t in _tuples(text, "ASSAULT")} == {("ISR", "MIL")}
    # a direct object right before the verb may be its subject (object control)
    text = "Tekanan internasional yang memaksa Suriah menarik pasukannya dari Lebanon meningkat."
    assert any(s == ("SYR", None) for s, _t in _tuples(text, "RETREAT"))


def test_talks_partner_follows_dengan_past_the_topic() -> None:
    # "membahas isu Palestina dengan X": Palestine is the topic, X the partner
    text = ("Menteri Luar Negeri Retno Marsudi membahas isu Palestina dengan Menteri Luar "
            "Negeri Iran di Jakarta.")
    assert any({s, t} == {("IDN", "GOV"), ("IRN", "GOV")} for s, t in _tuples(text, "CONSULT"))
    assert not any(("PSE", None) in (s, t) for s, t in _tuples(text, "CONSULT"))


def test_nominal_after_a_topic_preposition_is_no_act_of_the_subject() -> None:
    # "sikap Gedung Putih mengenai penyiksaan": the torture is a topic ("mengenai" is
    # shaped like a verb but is a preposition here)
    text = "Senator itu mengkritik sikap Gedung Putih mengenai penyiksaan."
    assert _tuples(text, "ASSAULT") == set()


def test_nominal_after_a_topic_preposition_has_no_light_verb_subject() -> None:
    # "melakukan tawar-menawar mengenai bantuan pangan": the aid is a topic of the talks
    text = ("Para juru runding dari Korea Utara dan Korea Selatan pada Kamis melakukan "
            "tawar-menawar mengenai bantuan pangan dan reuni keluarga.")
    assert _tuples(text, "AID", all_flags=True) == set()


def test_act_after_a_plan_and_its_planner_is_only_planned() -> None:
    text = "Polisi memperoleh informasi mengenai rencana Al-Qaeda melancarkan serangan di Yordania."
    assert _tuples(text, "ASSAULT") == set()
    assert _tuples(text, "ASSAULT", all_flags=True)


def test_city_after_a_bearing_is_a_place_and_places_the_event() -> None:
    # "di Fayoum, sebelah selatan Kairo": Cairo locates the town (Egypt); it is not the
    # government protesting
    text = ("Sekitar 400 orang berkumpul di Fayoum, sebelah selatan Kairo, untuk memprotes "
            "amandemen itu.")
    assert (("EGY", "CVL"), (None, None)) in _tuples(text, "PROTEST")
    assert not any(s == ("EGY", "GOV") for s, _t in _tuples(text, "PROTEST"))


def test_the_dead_of_a_clash_are_no_assault_by_one_side() -> None:
    text = ("Bentrokan terjadi antara polisi Irak dan gerilyawan di Iskandariya, sebelah "
            "selatan Baghdad, menewaskan sedikitnya lima orang.")
    assert any({s, t} == {("IRQ", "COP"), ("IRQ", "REB")} for s, t in _tuples(text, "FIGHT"))
    assert not any(s == ("IRQ", "COP") for s, _t in _tuples(text, "ASSAULT"))
    text = "Bentrokan terjadi antara polisi Irak dan gerilyawan, menewaskan lima orang."
    assert all(s == (None, None) for s, _t in _tuples(text, "ASSAULT"))


def test_thing_heading_a_relative_passive_is_the_patient() -> None:
    # "polisi menerobos barikade yang dibakar demonstran": the barricade was burnt, not
    # the police attacked
    text = "Polisi menerobos barikade yang dibakar demonstran di pusat kota."
    assert not any(t == ("IDN", "COP") for _s, t in _tuples(text, "ASSAULT"))


def test_country_after_a_described_place_is_a_location() -> None:
    # "di sebuah tambang batu bara Kolombia": where the blast was, not who killed
    text = "Ledakan di sebuah tambang batu bara Kolombia menewaskan sedikitnya 18 pekerja."
    assert not any(s == ("COL", None) for s, _t in _tuples(text, "ASSAULT"))


def test_suspects_and_defendants_are_people() -> None:
    # unnamed parties to a case are people of the home country; a suspect or defendant has
    # no sector (the legal status says nothing of it), a perpetrator is a private person
    # (CVL); before a name they describe it
    assert (("IDN", "COP"), ("IDN", None)) in _tuples(
        "Petugas menangkap tersangka di rumahnya.", "COERCE")
    assert (("IDN", "JUD"), ("IDN", None)) in _tuples(
        "Hakim menjatuhkan vonis lima tahun penjara kepada terdakwa.", "COERCE")
    # the perpetrator of a killing, not its victim named after it
    assert (("IDN", "COP"), ("IDN", "CVL")) in _tuples(
        "Polisi menangkap pelaku pembunuhan Riko Saputra di Palembang.", "COERCE")
    # not what someone is made ("ditetapkan sebagai tersangka")
    found = _tuples("Polisi menetapkan lima pelaku sebagai tersangka.", "COERCE")
    assert found and all(t == ("IDN", "CVL") for _s, t in found)
    # "seorang tersangka anggota Al-Qaeda": a member of the group, not a civilian
    found = _tuples("Pasukan keamanan Yordania membunuh seorang tersangka anggota Al-Qaeda.",
                    "ASSAULT")
    assert found and all(t[1] == "REB" for _s, t in found)


def test_act_threatened_right_after_the_threat_is_not_done() -> None:
    text = ("Kalau tebusan itu tak dibayar, komplotan itu mengancam akan menggelar aksi di depan "
            "kantor korban.")
    assert _tuples(text, "PROTEST") == set()


def test_owner_of_the_spot_where_people_gather_is_not_the_subject() -> None:
    # "di depan kantor Kementerian …": where the workers rally, not who condemns
    text = ("Ratusan buruh berunjuk rasa di depan kantor Kementerian Ketenagakerjaan mengecam "
            "kebijakan upah itu.")
    assert not any(s == ("IDN", "GOV") for s, _t in _tuples(text, "DISAPPROVE", all_flags=True))


def test_pelaku_of_a_trade_or_an_attack_is_no_party_to_a_case() -> None:
    # "pelaku usaha": business people, no suspect
    text = "OJK akan menindak pelaku usaha jasa keuangan yang melanggar aturan."
    assert not any(t == ("IDN", "CVL") for _s, t in _tuples(text, "COERCE", all_flags=True))
    # an attacker known only as "pelaku" stays unnamed (no source)
    text = "Pelaku itu menembak dua polisi di dekat pos pemeriksaan di Poso."
    assert all(s == (None, None) for s, _t in _tuples(text, "ASSAULT"))


def test_dengan_before_a_participle_names_no_talks_partner() -> None:
    text = ("Presiden Prabowo bertemu Presiden Putin di Moskow dengan didampingi Menteri Luar "
            "Negeri Sugiono.")
    assert any({s, t} == {("IDN", "GOV"), ("RUS", "GOV")} for s, t in _tuples(text, "CONSULT"))


def test_force_deployed_in_a_passive_is_the_mobilising_side() -> None:
    assert (("NPL", "COP"), (None, None)) in _tuples(
        "Ribuan polisi Nepal dikerahkan di lokasi pemujaan tersebut.", "MOBILIZE")
    # "di ibu kota negeri itu, Conakry": the capital is where they stand, not a side
    text = "Pasukan keamanan di ibu kota negeri itu, Conakry, disiagakan pada hari Selasa."
    found = _tuples(text, "MOBILIZE", all_flags=True)
    assert not any(("GIN", "GOV") in pair for pair in found)


def test_police_named_inside_a_deployment_trigger_is_no_target() -> None:
    # "mengirim 50 aparat kepolisian ke …": the police sent are the sender's own, like troops
    found = _tuples("Sudan mengirim sekitar 50 aparat kepolisian ke Darfur.", "MOBILIZE")
    assert found and all(t == (None, None) for _s, t in found)


def test_destination_of_a_nominal_deployment_is_no_target(monkeypatch) -> None:
    from warta.events import coder

    monkeypatch.setattr(coder, "THRESHOLD", 0.0)  # the nominal is weak evidence on its own
    found = _tuples("Amerika Serikat melakukan pengerahan militer ke Afghanistan.", "MOBILIZE")
    assert found and all(t == (None, None) for _s, t in found)


def test_opposing_a_bill_is_disapproval(monkeypatch) -> None:
    from warta.events import coder

    monkeypatch.setattr(coder, "THRESHOLD", 0.0)  # no target named: weak on its own
    # a law or bill opposed is a policy opposed (events_gold.md), not a rejected proposal
    text = "Ribuan mahasiswa menentang revisi undang-undang penyiaran itu."
    assert _tuples(text, "DISAPPROVE", all_flags=True)
    assert not _tuples(text, "REJECT", all_flags=True)


def test_demonstrators_storming_a_building_are_protesting() -> None:
    # PLOVER PROTEST covers riots and obstruction by demonstrators; the office is the scene
    text = "Puluhan pengunjuk rasa menyerbu kantor gubernur di Makassar."
    assert _tuples(text, "PROTEST") == {(("IDN", "CVL"), (None, None))}
    assert not _tuples(text, "COERCE", all_flags=True)


def test_demonstrators_as_subject_of_a_plain_verb_protest() -> None:
    # the noun names the actor; the act it does (no trigger of its own) is the protest
    text = "Ratusan demonstran menutup jalan utama menuju bandara di Medan."
    assert (("IDN", "CVL"), (None, None)) in _tuples(text, "PROTEST")
    # prevented from gathering: no protest took place; an injury is no act
    assert not _tuples("Polisi berupaya mencegah ratusan demonstran berkumpul di alun-alun kota.",
                       "PROTEST", all_flags=True)
    assert not _tuples("Seorang demonstran mengalami luka di kepala.", "PROTEST", all_flags=True)
    # a vetoed trigger's verb is no protest either: the crowd disperses
    assert not _tuples("Para demonstran membubarkan diri dengan tertib.", "PROTEST",
                       all_flags=True)


def test_demonstrators_demanding_are_protesting_too() -> None:
    text = "Massa aksi menuntut Presiden mencabut kenaikan harga BBM."
    assert (("IDN", "CVL"), ("IDN", "GOV")) in _tuples(text, "DEMAND")
    assert (("IDN", "CVL"), ("IDN", "GOV")) in _tuples(text, "PROTEST")
    # a party's demand is no demonstration
    assert not _tuples("Partai Demokrat menuntut Presiden mencabut kenaikan harga BBM.",
                       "PROTEST", all_flags=True)


def test_relative_clause_of_a_passive_patient_is_no_distance() -> None:
    # the words of "yang …" belong to the patient, however long; its stated country holds
    text = ("Seorang warga Prancis yang sudah tiga tahun mengajar bahasa di kota itu ditangkap "
            "di Bangkok pekan lalu.")
    assert ((None, None), ("FRA", "CVL")) in _tuples(text, "COERCE")


def test_place_of_an_adjunct_after_the_clause_places_counted_people() -> None:
    # "selama operasi … di Baghdad": the operation's place is the arrest's
    text = "Tentara AS menangkap enam orang yang diduga militan selama operasi malam di Baghdad."
    assert (("USA", "MIL"), ("IRQ", "REB")) in _tuples(text, "COERCE")


def test_hyphenated_unknown_town_is_placed_by_the_country_after_it() -> None:
    # "di kota Ad-Dawr, Irak utara": an unknown town, then its country after a comma
    text = "Sekitar 500 orang berunjuk rasa di kota Ad-Dawr, Irak utara, menentang pendudukan."
    assert (("IRQ", "CVL"), (None, None)) in _tuples(text, "PROTEST")


def test_act_condemned_in_a_purpose_clause_is_told_as_fact() -> None:
    # "untuk mengecam penculikan …": the purpose is the condemning; the kidnapping happened
    text = ("Para diplomat menyampaikan nota resmi untuk mengecam penculikan dua warga Jepang "
            "di Irak.")
    assert ((None, None), ("JPN", "CVL")) in _tuples(text, "ASSAULT")


def test_attackers_called_unknown_are_no_ones() -> None:
    # "pria bersenjata tak dikenal": unidentified gunmen give no source (not REB of the
    # place); the event is told by its target
    text = "Sekelompok pria bersenjata tak dikenal menyerang sebuah pos polisi Irak di Mosul."
    assaults = _tuples(text, "ASSAULT")
    assert ((None, None), ("IRQ", "COP")) in assaults
    assert not any(s[1] == "REB" for s, _t in assaults)


def test_verb_coordinated_after_a_weapon_subject_shares_the_weapon() -> None:
    # "Sebuah bom … menewaskan X dan melukai Y": the bomb wounds Y; X is not the attacker
    text = "Sebuah bom mobil menewaskan tiga tentara Irak dan melukai dua polisi Irak di Mosul."
    assaults = _tuples(text, "ASSAULT")
    assert ((None, None), ("IRQ", "COP")) in assaults
    assert not any(s == ("IRQ", "MIL") for s, _t in assaults)


def test_three_sided_meeting_joins_the_two_partners() -> None:
    text = ("Menteri Luar Negeri AS mengadakan pertemuan segitiga dengan Presiden Rusia "
            "Vladimir Putin dan Perdana Menteri Jepang Shinzo Abe di Wina.")
    consults = _tuples(text, "CONSULT")
    assert {(("USA", "GOV"), ("RUS", "GOV")), (("USA", "GOV"), ("JPN", "GOV"))} <= consults
    assert any({s, t} == {("RUS", "GOV"), ("JPN", "GOV")} for s, t in consults)
    # a plain "bertemu dengan A dan B" may be two meetings: the partners are not paired
    plain = _tuples(text.replace("mengadakan pertemuan segitiga", "bertemu"), "CONSULT")
    assert plain and not any({s, t} == {("RUS", "GOV"), ("JPN", "GOV")} for s, t in plain)


def test_nominal_meeting_after_a_speech_tag_is_the_speakers() -> None:
    # "…, ujar X usai perundingan dengan Y": the subjectless adjunct belongs to the speaker
    text = ("Kerja sama itu akan diperluas, ujar Menteri Luar Negeri Jepang usai perundingan "
            "dengan Menteri Luar Negeri China di Beijing.")
    assert any({s, t} == {("JPN", "GOV"), ("CHN", "GOV")} for s, t in _tuples(text, "CONSULT"))


def test_attack_in_an_adjunct_of_a_killing_is_the_killers() -> None:
    # "X menewaskan N dalam serangan terhadap Y": the attack on Y is X's, not agentless
    text = ("Gerilyawan Taliban menewaskan dua orang dalam serangan terhadap sebuah perusahaan "
            "konstruksi Afghanistan di Kandahar.")
    assaults = _tuples(text, "ASSAULT")
    assert (("AFG", "REB"), ("AFG", "BUS")) in assaults
    assert ((None, None), ("AFG", "BUS")) not in assaults


def test_locative_after_a_passive_does_not_veto_it() -> None:
    # "ditahan di Bangkok": after a passive, `di` opens a place, not the patient (a held
    # price, "menahan di level …", stays vetoed for the active; "ditahan imbang" too)
    text = "Dua warga Australia ditahan di Bangkok oleh polisi Thailand."
    assert (("THA", "COP"), ("AUS", "CVL")) in _tuples(text, "COERCE")
    assert not _tuples("Tim tamu ditahan imbang di kandang lawan.", "COERCE", all_flags=True)


def test_counted_dead_are_placed_over_lower_case_place_words() -> None:
    # "di sebuah desa kecil Kandahar": the known place after lower-case place words gives
    # the counted people's country
    text = "Pasukan AS menewaskan 12 orang di sebuah desa kecil Kandahar."
    assert (("USA", "MIL"), ("AFG", "CVL")) in _tuples(text, "ASSAULT")


def test_reduplicated_protester_noun_is_still_a_protester() -> None:
    # "demonstran-demonstran" (a plural by reduplication) with no lexicon trigger in the
    # sentence: their blocking a road is still the demonstration
    text = "Demonstran-demonstran menutup jalan utama menuju gedung parlemen Thailand di Bangkok."
    assert (("THA", "CVL"), (None, None)) in _tuples(text, "PROTEST")


def test_three_sided_meeting_with_the_conveners_own_official_pairs_no_one() -> None:
    # the first partner is of the convener's own country (its own delegation): no third side
    text = ("Menteri Luar Negeri AS mengadakan pertemuan segitiga dengan Kepala Staf Gabungan "
            "AS dan Menteri Pertahanan Jepang di Tokyo.")
    consults = _tuples(text, "CONSULT")
    assert (("USA", "GOV"), ("JPN", "GOV")) in consults
    assert not any({s, t} == {("USA", "MIL"), ("JPN", "GOV")} for s, t in consults), consults


def test_people_counted_by_police_or_court_are_of_its_country() -> None:
    # no place named: people arrested by a country's police are in its jurisdiction
    assert (("IRQ", "COP"), ("IRQ", "CVL")) in _tuples(
        "Polisi Irak menangkap 16 orang dalam operasi itu.", "COERCE")
    # made suspects: a legal status, no sector
    assert (("IDN", "JUD"), ("IDN", None)) in _tuples(
        "Dalam kasus suap itu, KPK telah menetapkan tiga orang sebagai tersangka.", "COERCE")


def test_the_channel_after_melalui_is_not_the_subject() -> None:
    # "X melalui Y": X acts through its unit Y; the subject is X
    found = _tuples("Kejaksaan Agung melalui Direktorat Penyidikan mengecam Kementerian "
                    "Keuangan.", "DISAPPROVE")
    assert found == {(("IDN", "JUD"), ("IDN", "GOV"))}, found


def test_a_protest_is_against_whom_its_purpose_clause_criticises() -> None:
    # "menggelar demonstrasi untuk menyampaikan tuntutan kepada pemerintah": the protest's
    # target is the addressee of the demand its purpose clause states
    text = "Ratusan buruh menggelar demonstrasi untuk menyampaikan tuntutan kepada pemerintah."
    assert (("IDN", "CVL"), ("IDN", "GOV")) in _tuples(text, "PROTEST")
    # a purpose that is no criticism or demand gives the protest no target
    found = _tuples("Ratusan buruh menggelar demonstrasi untuk meminta bantuan.", "PROTEST")
    assert all(t == (None, None) for _s, t in found), found


def test_a_threat_reaches_a_generic_target_of_the_promised_act() -> None:
    # two generic actors (no entity) are two sides: the threatened are the police
    text = "Para pemberontak berjanji akan menyerang polisi."
    assert (("IDN", "REB"), ("IDN", "COP")) in _tuples(text, "THREATEN")


def test_a_form_of_address_is_no_name_and_no_bar_to_coordination() -> None:
    # "saya dan Bapak Gubernur sepakat": "Bapak" addresses the governor (no Korean "Pak");
    # the speaker and the governor are the two sides of the agreement
    text = ('"Soal anggaran itu, saya dan Bapak Gubernur telah sepakat," ujar anggota DPR '
            'Budi Santoso.')
    found = _tuples(text, "AGREE")
    assert any({s, t} == {("IDN", "LEG"), ("IDN", "GOV")} for s, t in found), found


def test_the_author_after_an_agentive_passive_in_the_object_is_the_target() -> None:
    # "usulan yang diajukan DPR": the proposal's author (no `oleh`) is whom the refusal answers
    assert (("IDN", "GOV"), ("IDN", "LEG")) in _tuples(
        "Pemerintah menolak usulan yang diajukan DPR.", "REJECT")


def test_the_agent_of_the_objects_relative_passive_past_an_adverb() -> None:
    # "prestasi yang telah diraih oleh Polres Bogor": praise of the achiever
    assert (("IDN", "GOV"), ("IDN", "COP")) in _tuples(
        "Gubernur memuji berbagai prestasi yang telah diraih oleh Polres Bogor.",
        "SUPPORT")


def test_meeting_after_a_passive_speech_tag_is_the_speakers() -> None:
    # "Hal itu disampaikan X usai pertemuan dengan Y": X is the speaker and the one who met
    text = ("Hal itu disampaikan Menteri Luar Negeri Jepang usai pertemuan dengan Menteri Luar "
            "Negeri China di Beijing.")
    assert any({s, t} == {("JPN", "GOV"), ("CHN", "GOV")} for s, t in _tuples(text, "CONSULT"))


def test_coordinated_subjects_meet_not_the_owner_of_the_venue() -> None:
    # "X bersama Y bertemu di rumah Z": the two subjects met; Z owns the venue
    found = _tuples("Panglima TNI bersama Kapolri bertemu di rumah Wakil Presiden pada Senin "
                    "pagi.", "CONSULT")
    assert any({s, t} == {("IDN", "MIL"), ("IDN", "COP")} for s, t in found), found
    assert not any(("IDN", "GOV") in (s, t) for s, t in found), found


def test_a_long_passive_subject_vetoes_like_the_actives_object() -> None:
    # "Keputusan … ditandatangani Menteri": signing a decree is an act of office, however
    # long the decree's name; an agreement signed stays AGREE
    text = ("Keputusan Menteri Dalam Negeri tentang penetapan batas wilayah itu ditandatangani "
            "Menteri pada pekan lalu.")
    assert _tuples(text, "AGREE") == set()
    text = ("Nota kesepahaman antara kedua kementerian itu ditandatangani Menteri Agama dan "
            "Menteri Pendidikan.")
    assert _tuples(text, "AGREE")


def test_a_war_named_by_a_country_alone_has_no_side() -> None:
    # "akibat perang Irak": the war's name (its theatre), not Iraq waging it
    assert _tuples("Harga minyak naik akibat perang Irak.", "FIGHT") == set()
    # "perang Israel di Gaza": Israel wages the war told
    assert (("ISR", None), (None, None)) in _tuples(
        "Perang Israel di Gaza menewaskan ribuan warga.", "FIGHT")


def test_the_effects_of_an_act_presuppose_it() -> None:
    # "kemungkinan … sebagai imbas serangan X": the possibility is of the effects; the attack
    # itself is told as done ("kemungkinan serangan X" alone stays a possibility)
    text = ("Para analis memperingatkan kemungkinan lonjakan harga minyak sebagai imbas serangan "
            "Israel ke Suriah.")
    assert (("ISR", None), ("SYR", None)) in _tuples(text, "ASSAULT")
    assert _tuples("Para analis memperingatkan kemungkinan serangan Israel ke Suriah.",
                   "ASSAULT") == set()


def test_an_apology_about_an_act_needs_no_target() -> None:
    # "permohonan maaf atas (adanya) pemadaman listrik": the apology is about an act; no
    # addressee is missing, so it is not held back for want of a target
    found = _tuples("Rina Wulandari menyampaikan permohonan maaf atas adanya pemadaman "
                    "listrik itu.", "CONCEDE")
    assert (("IDN", None), (None, None)) in found, found


def test_an_object_clitic_fills_the_object_of_a_verbal_trigger() -> None:
    # "menolaknya": the refused thing is the clitic's referent; no target is missing
    text = "Usulan itu sudah lama beredar, tetapi para anggota serikat pekerja terus menolaknya."
    found = _tuples(text, "REJECT")
    assert found and all(t == (None, None) for _s, t in found), found


def test_a_serial_verb_after_an_object_shares_the_first_verbs_subject() -> None:
    # "warga menggeruduk kantor kepala desa menuntut …": the villagers demand, not the head
    text = ("Ratusan warga Desa Sukamaju menggeruduk kantor kepala desa menuntut transparansi "
            "dana desa.")
    found = _tuples(text, "DEMAND")
    assert found and all(s == ("IDN", "CVL") for s, _t in found), found
    # a persuading verb's object does act: "mendesak rektor mundur"
    found = _tuples("Ratusan mahasiswa mendesak rektor mundur dari jabatannya.", "DEMAND")
    assert (("IDN", "EDU"), ("IDN", "EDU")) in found, found


def test_an_elaboration_after_a_comma_shares_the_main_subject() -> None:
    # "X menyiapkan sejumlah langkah untuk …, di antaranya menggandeng Y": X takes Y on
    text = ("Kementerian Kesehatan menyiapkan sejumlah langkah untuk menekan kasus demam "
            "berdarah, di antaranya menggandeng Kementerian Dalam Negeri.")
    assert (("IDN", "GOV"), ("IDN", "GOV")) in _tuples(text, "COOPERATE")


def test_an_elaboration_of_an_intended_effort_is_intended() -> None:
    # "akan berupaya …, salah satunya bekerja sama dengan Y": cooperation planned (AGREE)
    text = ("Bupati menyatakan pihaknya akan berupaya menekan angka stunting, salah satunya "
            "bekerja sama dengan Kementerian Kesehatan.")
    assert (("IDN", "GOV"), ("IDN", "GOV")) in _tuples(text, "AGREE")
    assert _tuples(text, "COOPERATE") == set()


def test_a_nominal_with_its_object_before_an_agentive_passive_takes_the_agent() -> None:
    # "Penangkapan <patient> dilakukan (oleh) X": X arrests, the actor in between is the
    # patient; a manner adverbial may stand before `oleh`
    text = "Penangkapan terhadap Budi dilakukan Polres Bogor pada Senin malam."
    assert (("IDN", "COP"), ("IDN", None)) in _tuples(text, "COERCE")
    text = ("Penyerahan bantuan kepada korban banjir dilakukan secara simbolis oleh Gubernur "
            "Jawa Barat.")
    assert (("IDN", "GOV"), ("IDN", "CVL")) in _tuples(text, "AID")
    # not a requester after "atas": "dilakukan atas permintaan X"
    text = "Pengiriman senjata ke Lebanon dilakukan atas permintaan militer Lebanon."
    assert not any(s == ("LBN", "MIL") for s, _t in _tuples(text, "AID"))


def test_a_visited_site_of_no_known_country_is_in_the_named_place() -> None:
    # a site visit: the named facility is the target, of the place the clause names (or of
    # the visitor's stated country), with no role
    text = "Menteri Kesehatan Budi Sadikin mengunjungi Pasar Cibinong di Bogor."
    assert (("IDN", "GOV"), ("IDN", None)) in _tuples(text, "CONSULT")


def test_a_secondary_predicate_on_the_object_vetoes_like_the_next_word() -> None:
    # "memvonis X bebas" is an acquittal, as "memvonis bebas X"; a verb or preposition after
    # the object opens a new phrase and vetoes nothing
    text = "Pengadilan Negeri Medan memvonis Rudi bebas dari semua dakwaan."
    assert _tuples(text, "COERCE", all_flags=True) == set()
    text = "Pengadilan Negeri Medan memvonis Rudi lima tahun penjara."
    assert _tuples(text, "COERCE")


def test_takkan_is_a_negated_future() -> None:
    # "takkan" = "tak akan": the act is negated and lies ahead
    evs = [ev for ev in analyze_text("Menteri itu takkan mundur dari jabatannya.").events
           if ev.category == "RETREAT"]
    assert evs and all("negated" in ev.context and "future" in ev.context for ev in evs), evs
