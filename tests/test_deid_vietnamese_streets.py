"""Street lines as Vietnam writes them (`vietnamese_streets.py`): "Số" and the house number
with its alleys, the lane or block, the street, the ward and province; and the numbers and
Vietnamese names that must stay. Every sentence here is our own."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "address",
    [
        "Số 12/34 Hẻm 7 Lê Lợi",
        "Số 5 phố Hàng Bạc, phường Hàng Đào, quận Hoàn Kiếm",
        "18 Ngõ 42 Thái Hà",
        "Số 3/86/125 Đường số 9 Xã Tân Phú Thành phố Hà Nội",
        "27 Khu 4 đường Nguyễn Trãi, tỉnh Bình Dương",
        "Số 30 Võ Văn Tần TP. Hồ Chí Minh 700000",
    ],
)
def test_a_vietnamese_street_line_is_redacted_whole(redactor: Redactor, address: str) -> None:
    assert redactor.redact(f"Hon har flyttat till {address} med sin mor.").text == (
        "Hon har flyttat till [address] med sin mor."
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hon tog buss 4 khu hem.", "buss 4 khu hem"),  # no name or number after the word
        ("Han köpte 46 phố-affischer.", "46 phố-affischer"),
        ("Bed 12 Nguyễn Văn An sov gott.", "Bed 12"),  # a bed number before a person's name
    ],
)
def test_numbers_and_words_beside_vietnamese_words_stay(
    redactor: Redactor, text: str, kept: str
) -> None:
    assert kept in redactor.redact(text).text
