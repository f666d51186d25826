"""Addresses in a subdivision as the Philippines write them (`block_lot.py`): the block and lot
of the plot instead of a house number, then the street or subdivision; and the blocks, lots,
vitamins and vertebrae that must stay. Every sentence here is our own."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "address",
    [
        "Block 15 Lot 75 Kanlaon Drive, Hale Grove 2",
        "Blk 5 Lot 12 Sampaguita St., Villa Rosa Subdivision",
        "B13 L84 Mabini Village Phase 2, Sunstone Avenue",
        "B22 L10 Molave Street, Cypress Homes Phase 8",
        "Blk. 3, Lot 9 Ilang-Ilang Street",
    ],
)
def test_a_block_and_lot_address_is_redacted_whole(redactor: Redactor, address: str) -> None:
    assert redactor.redact(f"She moved to {address} with her aunt.").text == (
        "She moved to [address] with her aunt."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Got vitamin B12 L5 pain after the fall.",  # a vitamin and a vertebra
        "He bought 5 lots of shares.",
        "Nerve block 2 lot numbers were checked.",
        "Block 3 Lot 4 was sold in May.",  # no name after the lot
    ],
)
def test_blocks_lots_vitamins_and_vertebrae_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
