"""Names of held-out AJ's people (written here from this writer's knowledge; no list was
copied), its word-names with the sentences that use them as words, and its pool of published
sentences (`data/sentences.tsv`, built by `build_data.py`)."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
NAME_LANGS = ("no", "sv", "fi", "da", "en")

_GIVEN = {
    "no": "Torgeir Solveig Eirik Ingrid Sindre Ragnhild Vegard Tuva Håkon Sigrun Audun Maren "
    "Øystein Kristin Trond Synnøve Arnfinn Ingeborg Gaute Åshild Vidar Torunn Eskil Randi "
    "Geir Bodil Halvard Turid Ørjan Vigdis Amund Liv-Marit Steinar Marit Jostein Hildegunn",
    "sv": "Görel Anneli Kjell Margareta Leif Birgitta Sture Ulrika Göran Ingela Torbjörn Åsa "
    "Rolf Gunilla Pontus Kerstin Henrik Märta Jonas Agneta Åke Lena Mats Solveig-Britt "
    "Ronny Eivor",
    "fi": "Jouko Päivi Raimo Sirpa Tapani Marjatta Esko Tuula Heikki Kaisu Pertti Riitta "
    "Kimmo Hannele Jorma Sinikka Tuomas Annukka Seppo Eija Mikko Leena Jussi Merja",
    "da": "Jørgen Mette-Lise Preben Birthe Kasper Lone Mogens Dorte Søren Tove Bent Hanne "
    "Ejnar Kirsten Villads Gitte Torben Jytte Aksel Vibeke",
    "en": "Gareth Siobhan Declan Moira Trevor Fiona Alistair Bronwen Callum Imogen Hamish "
    "Gwyneth Duncan Eileen Rupert Philippa Nigel Maureen Graham Deirdre Lachlan Shona "
    "Malcolm Vanessa Clive Harriet",
    "moved": "Abdirahman Hodan Yonas Selam Tesfay Saba Farhan Nasra Dawit Helen-Ruta Arvin "
    "Marisol Rosalinda Anong Somchai Kittiya Tahir Rukhsana Imran Nadia Oksana Dmitri "
    "Grazyna Tomasz Ruta Vytautas Ahmed-Nur Luul Mebrahtu Yordanos",
}
_FAMILY = {
    "no": "Bjørnstad Haugland Rønningen Kvalheim Sæterdal Lyngstad Hovland Aasen Nordheim "
    "Fjellstad Holmøy Sandvik Torvik Eidsvåg Ulvestad Grøtting Midtbø Solheim Rypdal "
    "Kjelsberg",
    "sv": "Lindqvist Bergström Åkesson Hedlund Norrman Sjöberg Wikström Lundmark Öberg "
    "Forsgren Nyström Hägglund Marklund Ekholm",
    "fi": "Heikkilä Väänänen Rautio Kärkkäinen Lehtonen Pulkkinen Mäenpää Hyvönen Rantala "
    "Ylitalo Kangasniemi Peltoniemi Hietala Korhonen",
    "da": "Kjærgaard Mølgaard Thygesen Bækgaard Vestergaard Søndergaard Kragh Nørgaard "
    "Lauritsen Bisgaard Højbjerg Kristoffersen",
    "en": "Pemberton Whitcombe Ashworth Huxley Blackwood Thornley Featherstone Pryce "
    "Cartwright Hollingsworth McAllister Rushworth Dunmore Gilchrist",
    "moved": "Warsame Tesfamariam Haile Mengistu Farah Abdullahi Santos Villanueva "
    "Srisuk Chaiyaporn Qureshi Chaudhry Kowalczyk Jankauskas Petrenko Ghebremedhin",
}

GIVEN_WORD_NAMES = {
    "en": ["Chip", "Nick", "Kit", "Eve", "Ace", "Rocky", "Marina", "Gene", "Cliff", "Sterling"]
}
FAMILY_WORD_NAMES = {
    "en": ["Fisher", "Bridges", "Pound", "Gross", "Burger", "Mayo", "Wing", "Strange",
           "Power", "Keen", "Flint", "Fry", "Sparks", "Bloom", "Trout"]
}  # fmt: skip
WORD_NAMES = [*GIVEN_WORD_NAMES["en"], *FAMILY_WORD_NAMES["en"]]
WORD_NAMES_BY_LANG = {"en": WORD_NAMES}

# Sentences written here that use each word-name as the word it is: three with it inside, one
# opening with it.
_MEANINGS = {
    "Chip": [
        "The new card has a chip that the old reader at the kiosk would not take.",
        "She keeps a spare chip for the trolley in her coat pocket.",
        "He wanted to chip in for the petrol but had no cash on him.",
        "Chip cards are fine, he said, it is the codes he forgets.",
    ],
    "Nick": [
        "We got to the post office in the nick of time before it shut.",
        "There is a nick in the screen of his phone that makes the map hard to read.",
        "The form was handed in just in the nick of time.",
        "Nick of time again, she laughed, as the bus pulled in.",
    ],
    "Kit": [
        "He brought the repair kit for his bike so we could fix the tyre on the way.",
        "The first aid kit at the office was missing its plasters.",
        "She packed a small kit of papers for the meeting at the bank.",
        "Kit and papers went into one bag so nothing got lost this time.",
    ],
    "Eve": [
        "On the eve of the move he could not sleep for worrying about the keys.",
        "She paid the rent on the eve of the deadline, as she always does.",
        "We talked about the eve of his first day at the new job.",
        "Eve of the hearing, and the letter from the insurer still had not come.",
    ],
    "Ace": [
        "He is an ace at finding the cheapest ticket on the website.",
        "She played her ace and asked for the manager straight away.",
        "The helper was ace with the self service machine at the station.",
        "Ace work on the form, he told her, and she grinned.",
    ],
    "Rocky": [
        "It was a rocky start, but the call to the bank went well in the end.",
        "The path up to his cabin is rocky and we had to walk slowly.",
        "Things have been rocky with his landlord since the heating broke.",
        "Rocky weeks like these are when the errands pile up, she said.",
    ],
    "Marina": [
        "We sat on a bench by the marina while she read the letter twice.",
        "He used to work at the marina mending nets and boats.",
        "The bus stops right by the marina, which makes the trip easy.",
        "Marina fees went up again, so he is selling the little boat.",
    ],
    "Gene": [
        "She said a bad temper runs in the family, it must be a gene thing.",
        "The doctor mentioned a gene test but he did not want one.",
        "He read an article about a gene that makes people hate coriander.",
        "Gene tests were not on the agenda today, only the bills.",
    ],
    "Cliff": [
        "He compared the overdraft to standing at the edge of a cliff.",
        "There is a steep cliff path behind the house that she avoids in winter.",
        "The story ended on a cliff hanger, so he wants the next episode.",
        "Cliff edges scare her, so we took the long road along the fjord.",
    ],
    "Sterling": [
        "The refund came in sterling because the ticket was bought in the shop abroad.",
        "She did a sterling job of explaining the bill to the clerk.",
        "He had some old sterling notes left from a trip and wanted them changed.",
        "Sterling effort, the clerk said, when he brought every receipt.",
    ],
    "Fisher": [
        "His father was a fisher and he still talks about the boats.",
        "The old fisher at the harbour sold us some dried cod.",
        "She wants to be a fisher like her uncle, out on the sea all day.",
        "Fisher families here often share a freezer, he told us.",
    ],
    "Bridges": [
        "He says he has burnt his bridges with the bank and will not go back.",
        "Two bridges were closed, so the bus took the long way round.",
        "She likes to build bridges between the neighbours on her floor.",
        "Bridges and tunnels make him nervous, so we took the ferry.",
    ],
    "Pound": [
        "He found a pound coin in the lining of an old jacket and laughed.",
        "Her heart would pound every time the phone rang from an unknown number.",
        "The dog was taken to the pound after it ran off again.",
        "Pound for pound, the cheaper insurance covers less, she worked out.",
    ],
    "Gross": [
        "The gross amount looked fine, but the tax took more than he thought.",
        "She said the fridge at the shelter was gross and needed a clean.",
        "We checked the gross pay against the slip line by line.",
        "Gross or net, he asked, and the clerk had to look it up.",
    ],
    "Burger": [
        "After the bank we stopped for a burger because he was starving.",
        "She ordered a veggie burger and half of it went home in a box.",
        "The burger place by the station takes only cards now.",
        "Burger and chips was his reward for getting through the call.",
    ],
    "Mayo": [
        "He asked for no mayo, and of course it came with mayo.",
        "She likes fries with mayo the way they eat them on the continent.",
        "There was mayo on the form by the time we finished lunch.",
        "Mayo stains on the letter made the clerk frown.",
    ],
    "Wing": [
        "The office moved to the east wing of the town hall, so we got lost.",
        "She took him under her wing when he first joined the group.",
        "He decided to wing it and call the insurer without notes.",
        "Wing mirrors on his car were both broken, so the bus it was.",
    ],
    "Strange": [
        "It felt strange to sit in a bank again after so many years.",
        "She got a strange text asking for her code and did not answer it.",
        "There was a strange charge on his statement that neither of us understood.",
        "Strange as it sounds, he enjoyed the queue at the tax office.",
    ],
    "Power": [
        "The power was cut because the bill had not been paid for months.",
        "She felt she had no power over the debts until we made a list.",
        "He wants to switch power company to a cheaper one.",
        "Power of attorney came up again, and he still does not want it.",
    ],
    "Keen": [
        "He was keen to sort out the phone contract before the weekend.",
        "She is not keen on calling anyone, she would rather write.",
        "His sister is keen to help, but lives too far away.",
        "Keen as ever, he was waiting outside before the office opened.",
    ],
    "Flint": [
        "The lighter had no flint left, so he asked a stranger for a light.",
        "He collects bits of flint from the beach and keeps them on the sill.",
        "Her face went hard as flint when the clerk said no.",
        "Flint and steel were how his grandfather lit the stove, he told us.",
    ],
    "Fry": [
        "He likes to fry an egg before any early appointment.",
        "She said her brain would fry if she read one more form.",
        "The smell of fish fry from the stall followed us down the street.",
        "Fry ups at the weekend are the one thing he never skips.",
    ],
    "Sparks": [
        "There were sparks from the plug, so the landlord has to come.",
        "Sparks flew at the meeting when the housing office was mentioned.",
        "He says the old toaster throws sparks and wants a new one.",
        "Sparks of interest showed when we talked about the fishing club.",
    ],
    "Bloom": [
        "The tulips on her balcony are in bloom and she showed us every one.",
        "He seems to bloom when he gets to help someone else with a form.",
        "The lake had a green bloom of algae, so nobody swam.",
        "Bloom or not, the garden allotment costs too much this year.",
    ],
    "Trout": [
        "He caught a trout in the river and gave it to his neighbour.",
        "She ordered the trout at the cafe because it was the special.",
        "The trout season opens soon and he needs a new licence.",
        "Trout fishing is what keeps him going, he said.",
    ],
}

_LEAD = ["", "By the way, ", "To be fair, ", "She told me that ", "In short, ",
         "He mentioned that ", "Oddly enough, ", "As it happens, ", "Funny thing: ",
         "Side note: ", "For the record, ", "Then again, "]  # fmt: skip


def _own(sentence: str, lead: str) -> str:
    return f"{lead}{sentence[0].lower()}{sentence[1:]}" if lead else sentence


OWN_ORDINARY: dict[str, list[str]] = {
    "en": [_own(s, lead) for word in WORD_NAMES for s in _MEANINGS[word] for lead in _LEAD]
}


def given(lang: str) -> list[str]:
    return _GIVEN[lang].split()


def family(lang: str) -> list[str]:
    return _FAMILY[lang].split()


def name_words(with_word_names: bool = True) -> set[str]:
    words = {p.lower() for lang in _GIVEN for n in given(lang) for p in re.split(r"[-\s]", n)}
    words |= {p.lower() for lang in _FAMILY for n in family(lang) for p in re.split(r"[-\s]", n)}
    if with_word_names:
        words |= {w.lower() for w in WORD_NAMES}
    return words


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    with (DATA / "sentences.tsv").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return tuple((lang, source, sentence) for lang, source, sentence in reader)


def pool(lang: str, source: str) -> list[str]:
    return [s for la, so, s in _rows() if la == lang and so == source]


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """Published sentences by language; none holds a name word but a word-name's."""
    names = name_words(with_word_names=False)
    out: dict[str, list[str]] = {"en": []}
    for lang, _source, sentence in _rows():
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", sentence)}
        if not words & names:
            out[lang].append(sentence)
    return {lang: tuple(v) for lang, v in out.items()}
