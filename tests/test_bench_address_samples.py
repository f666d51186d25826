"""The real-address measure (`bench/address_samples.py`): it reads the three parsers' test
cases as their repositories write them, keeps only addresses with a house number, and
scores the street line and the postal line apart."""

from __future__ import annotations

from pathlib import Path

from bench import address_samples

_PELIAS = """\
  assert('Maria Dehlis vei 15', [
    { street: 'Maria Dehlis vei' }, { housenumber: '15' }
  ])
  assert('Skredderplassen', [
    { street: 'Skredderplassen' }
  ])
  assert('wrigley field', [
    [ { street: 'wrigley field' } ],
    [ { venue: 'wrigley field' } ]
  ], false)
"""
_LIBPOSTAL = """\
TEST test_gb_parses(void) {
    CHECK_CALL(test_parse_result_equals(
        "1A Egmont Road, Middlesbrough, TS4 2HT",
        options,
        4,
        (labeled_component_t){"house_number", "1a"},
        (labeled_component_t){"road", "egmont road"},
        (labeled_component_t){"city", "middlesbrough"},
        (labeled_component_t){"postcode", "ts4 2ht"}
    ));
}
TEST test_jp_parses(void) {
    CHECK_CALL(test_parse_result_equals(
        "135, Higashifunahashi 2 Chome",
        options,
        2,
        (labeled_component_t){"house_number", "135"},
        (labeled_component_t){"road", "higashifunahashi 2 chome"}
    ));
}
"""
_ILIB = """\
        var parsedAddress = new Address("Hrvoje Horvat, Ulica Maršala Tita 174, HR-51410 Opatija, Croatia", {locale: 'hr-HR'});
        test.equal(parsedAddress.streetAddress, "Hrvoje Horvat, Ulica Maršala Tita 174");
        test.equal(parsedAddress.locality, "Opatija");
        test.equal(parsedAddress.postalCode, "HR-51410");
        var parsedAddress = new Address("Hrvoje Horvat, Ulica Maršala Tita 174, HR-51410 Opatija, Croatia", {locale: 'en-US'});
        test.equal(parsedAddress.streetAddress, "Hrvoje Horvat, Ulica Maršala Tita 174");
"""  # noqa: E501


def test_pelias_keeps_addresses_with_a_house_number() -> None:
    samples = address_samples.pelias_samples([("test/address.nor.test.js", _PELIAS)])
    assert [(s.country, s.address, s.street) for s in samples] == [
        ("NO", "Maria Dehlis vei 15", ("Maria Dehlis vei", "15"))
    ]


def test_libpostal_finds_components_as_written_and_only_our_countries() -> None:
    samples = address_samples.libpostal_samples(_LIBPOSTAL)
    assert len(samples) == 1
    assert samples[0].street == ("1A", "Egmont Road")
    assert samples[0].postal == ("Middlesbrough", "TS4 2HT")


def test_ilib_drops_the_recipient_and_repeats(tmp_path: Path) -> None:
    folder = tmp_path / "packages" / "ilib-address" / "test"
    folder.mkdir(parents=True)
    (folder / "testaddress_HR.js").write_text(_ILIB, encoding="utf-8")
    files = address_samples._files(str(tmp_path), "packages/ilib-address/test")
    samples = address_samples.ilib_samples(files)
    assert [(s.street, s.postal) for s in samples] == [
        (("Ulica Maršala Tita 174",), ("HR-51410", "Opatija"))
    ]


def test_score_counts_street_and_town_apart() -> None:
    found = address_samples.Sample("t", "NO", "Maria Dehlis vei 15", ("Maria Dehlis vei", "15"), ())
    rows, misses = address_samples.score([found], seed=1)
    assert rows["all"][4] == 1
    assert rows["all"][0] in (0, 1) and rows["all"][2] <= rows["all"][3]
