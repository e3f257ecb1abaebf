import json

from emulation.i18n import render
from emulation.scoring.criteria import Kind
from emulation.scoring.criteria_doc import fingerprint, loads, parse_criteria, to_document

from .helpers import SAMPLES, criteria, simple_doc


def problems_of(doc: object) -> list[str]:
    _, problems = parse_criteria(loads(json.dumps(doc, ensure_ascii=False)))
    return [render(p) for p in problems]


def test_the_sample_round_trips_to_the_same_document() -> None:
    text = (SAMPLES / "tieu-chi-thon-10-phut.json").read_text(encoding="utf-8")
    cs, problems = parse_criteria(loads(text))
    assert problems == []
    assert cs is not None
    assert json.loads(json.dumps(to_document(cs))) == json.loads(text)


def test_leaves_have_full_codes_and_kinds() -> None:
    cs = criteria((SAMPLES / "tieu-chi-thon-10-phut.json").read_text(encoding="utf-8"))
    assert [leaf.code for leaf in cs.leaves] == [
        "I.1",
        "I.2",
        "I.3",
        "II.1",
        "II.2",
        "II.3",
        "II.4",
        "III.1",
        "III.2",
        "III.3",
        "+",
        "-",
    ]
    assert cs.leaf_by_code["II.4"].kind is Kind.LEVELS
    assert cs.ceiling == 105


def test_a_wrong_max_is_named_by_its_json_path() -> None:
    doc = json.loads((SAMPLES / "tieu-chi-thon-10-phut.json").read_text(encoding="utf-8"))
    doc["criteria"][0]["children"][2]["max"] = 0
    assert "criteria[0].children[2].max: phải lớn hơn 0" in problems_of(doc)


def test_every_fault_is_reported_at_once() -> None:
    doc = simple_doc()
    doc["aggregation"] = "average"
    doc["criteria"][0]["kind"] = "stars"
    doc["criteria"][1]["max"] = "năm mươi"
    doc["grades"][1]["min"] = 95
    doc["tie_breakers"] = ["Z"]
    doc["colour"] = "red"
    found = problems_of(doc)
    assert any(p.startswith("aggregation: phải là một trong các giá trị: mean") for p in found)
    assert any(p.startswith("criteria[0].kind: phải là một trong các giá trị") for p in found)
    assert "criteria[1].max: phải là một số" in found
    assert "grades[1].min: xếp loại phải từ cao xuống thấp, điểm sàn giảm dần" in found
    assert 'tie_breakers[0]: "Z" không phải là mã tiêu chí hay «penalty» (ít điểm trừ hơn)' in found
    assert "colour: mục không được biết đến" in found


def test_references_to_grades_must_exist() -> None:
    doc = simple_doc(
        vetoes=[{"code": "K1", "title": "Vi phạm", "cap_grade": "Giỏi"}],
        quotas=[{"grade": "Tốt", "max_share": 0.2, "of": "Xuất sắc"}],
        awards=[{"name": "Giấy khen", "rule": {"top": 0}}],
    )
    found = problems_of(doc)
    assert 'vetoes[0].cap_grade: "Giỏi" không phải là một xếp loại đã khai báo' in found
    assert 'quotas[0].of: phải là «Tốt» hoặc một xếp loại thấp hơn' in found
    assert "awards[0].rule.top: phải là số nguyên từ 1 trở lên" in found


def test_children_that_cannot_reach_the_group_max_are_refused() -> None:
    doc = simple_doc(
        criteria=[
            {
                "code": "I",
                "title": "Nhóm",
                "max": 100,
                "children": [
                    {"code": "1", "title": "Một", "kind": "points", "max": 40},
                    {"code": "2", "title": "Hai", "kind": "points", "max": 40},
                ],
            },
        ]
    )
    assert "criteria[0].max: các tiêu chí con cộng lại được 80, ít hơn 100" in problems_of(doc)


def test_faults_read_in_english_on_request() -> None:
    from emulation.i18n import set_language

    set_language("en")
    doc = simple_doc()
    doc["criteria"][1]["max"] = "năm mươi"
    assert "criteria[1].max: must be a number" in problems_of(doc)


def test_not_an_object() -> None:
    assert problems_of([1, 2]) == ["$: tài liệu phải là một đối tượng JSON"]


def test_fingerprint_changes_with_any_scoring_detail() -> None:
    a = criteria(simple_doc())
    b = criteria(simple_doc(max_total=99, criteria=simple_doc()["criteria"]))
    assert fingerprint(a) == fingerprint(criteria(simple_doc()))
    assert fingerprint(a) != fingerprint(b)


def test_text_is_stored_in_nfc_with_its_own_tone_placement() -> None:
    import unicodedata

    doc = simple_doc(name=unicodedata.normalize("NFD", "Thôn Hoà Bình"))
    cs = criteria(doc)
    assert cs.name == "Thôn Hoà Bình" and unicodedata.is_normalized("NFC", cs.name)
