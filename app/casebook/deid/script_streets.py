"""Street lines written in a script none of the study's languages use: Cyrillic, Greek,
Hebrew, Arabic and Persian, Armenian, Georgian, Thai, the Indic scripts, Chinese and Japanese
characters and Korean Hangul. Participants who moved from abroad give their old address as it
is written there, and interviewers paste it so: "ул. Ленина, д. 5, кв. 12", "вул. Шевченка
7", "Οδός Ερμού 12", "רחוב הרצל 5", "خیابان آزادی پلاک 12", "شارع النيل 3", "Աբովյան
փողոց 5", "ჭავჭავაძის ქ. 19", "79/7 ถนนพรสีมา", "珞珈山街144号", "사임당로 1268".

A stretch of such letters, digits and the separators of a street line (space, comma, ".", "/",
"-", "№") is an address when it holds a digit and either
- a street or house word of that script as each country writes a street line (the street
  types of libpostal's dictionaries for those languages, and the house, flat and building
  words of their postal formats: "ул.", "пр-т", "пер.", "д.", "кв.", "буд.", "Οδός", "Λεωφ.",
  "רחוב", "شارع", "خیابان", "پلاک", "փողոց", "ქ.", "ถนน", and the characters or syllables
  that end a street's name in Chinese, Japanese and Korean: 路, 街, 巷, 号, 丁目, 番地, 로, 길),
- or a name-shaped run of three letters or more beside a house number ("Μενεσθέως 96",
  "החבל 26", "212 حديقة زين العابدين"): the run opens with a capital where the script has
  capitals, four words at most and each capitalised where the script has capitals (a
  sentence of the script is no name), the number is not followed by another word of the
  script, no year and, after a single word of a script without capitals, no number below
  ten ("वर्ष २", year 2), and neither stands
  inside quotation marks. Not in Thai, Chinese, Japanese or Korean, written without spaces
  between words: there a street character or word is needed.

Left alone: a word of Japanese, Chinese, Korean or Thai beside a number with no street
character ("ありがとう 3 times"), a single letter of another alphabet ("α 5 mg", "Δ 12",
"β-blockerare 2 st"), a lower-case phrase quoted in Russian or Greek with a number in it
("мне было 5 лет"), a quoted phrase of any script ("«Спасибо 2»"), and a word of the script
with no digit near.
Text with no such letter is never searched (a single regular-expression test).
"""

from __future__ import annotations

import re

Found = tuple[int, int, str]

# Letters (and their marks) of the scripts the study's languages never use.
_LETTER = (
    "\u0370-\u03ff\u1f00-\u1fff"  # Greek
    "\u0400-\u052f"  # Cyrillic
    "\u0530-\u058f"  # Armenian
    "\u0590-\u05ff"  # Hebrew
    "\u0600-\u06ff\u0750-\u077f\u200c"  # Arabic, Persian, Urdu (and the zero-width non-joiner)
    "\u0900-\u0dff"  # Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, ..., Sinhala
    "\u0e00-\u0e7f"  # Thai
    "\u10a0-\u10ff"  # Georgian
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"  # kana and Han characters
    "\uac00-\ud7af"  # Hangul
)
_ANY = re.compile(f"[{_LETTER}]")
_TOKEN = rf"[{_LETTER}\d](?:[{_LETTER}\d'׳״.№#/\-]*[{_LETTER}\d.'׳])?"
_BRACKETED = rf"\([{_LETTER}\d ]+\)"  # "(도현이동)", the neighbourhood after a Korean line
_STRETCH = re.compile(rf"{_TOKEN}(?:(?:[ ,،]|, )(?:{_TOKEN}|{_BRACKETED}))*")
_HOUSE = re.compile(rf"\d{{1,5}}(?:[/\-]\d{{1,5}})?[{_LETTER}A-Za-z]?")

# Street, house, flat and building words, lower case, without their final "." or "'".
_WORDS = frozenset(
    # Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh
    "ул улица вул вулиця вуліца пр-т проспект просп праспект пер переулок провулок завулак "
    "пл площадь площа бул бульвар булевард булевар наб набережная набережна ш шоссе шосе "
    "пр-д проезд тупик аллея алея мкр микрорайон мікрорайон д дом буд будинок кв квартира "
    "стр строение корп корпус к ж.к жк бл блок вх ет ап трг пут сокак узвіз линия лінія "
    "квартал көшесі көш даңғылы шағын "
    # Greek
    "οδός οδος οδ λεωφόρος λεωφορος λεωφ πλατεία πλατεια πλ πάροδος παροδος παρ στενό αριθ "
    # Hebrew
    "רחוב רח שדרות שד סמטת סמ כיכר דרך שכונת דירה קומה "
    # Arabic, Persian, Urdu
    "شارع طريق حي ساحة ميدان زقاق درب جادة شقة عمارة خیابان خ کوچه بلوار پلاک واحد طبقه "
    "میدان بن‌بست کوی محله جاده بزرگراه سڑک گلی "
    # Armenian
    "փողոց փ պողոտա պող նրբանցք հրապարակ ք բն շ թաղ "
    # Georgian
    "ქუჩა ქ გამზირი გამზ შესახვევი ჩიხი მოედანი ხეივანი ბინა კორპ "
    # Thai
    "ถนน ถ ซอย ซ หมู่ ตำบล ต อำเภอ อ แขวง เขต เลขที่ บ้านเลขที่ "
    # Indic
    "मार्ग रोड पथ गली नगर चौक सड़क मकान नं রোড সড়ক লেন নং বাসা বাড়ি হোল্ডিং বিল্ডিং "
    "சாலை தெரு வீதி පාර මාවත".split()
)
# Characters and syllables that end or hold a street, block or house in Chinese, Japanese
# and Korean lines ("珞珈山街144号", "1丁目2番地", "테헤란로 152", "양재천길 5"), and Thai's
# road and lane words written onto the name ("ถนนพรสีมา", "ซอย 5").
_CJK = re.compile(
    "[路街道巷弄号號丁目番地条段座楼樓室胡同]|[로길동가]$|거리$|[로길]\\d|번지|지하\\d|[0-9]호"
    "|^(?:ถนน|ซอย|ถ\\.|ซ\\.)"
)

_CASED = re.compile("[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0530-\u058f]")
# Scripts written without spaces between words: only a street character tells a line there.
_UNSPACED = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_MOST_WORDS = 4  # "Μελά Μιχαήλ 186", "צדוק הכהן 88", "212 حديقة زين العابدين"
_QUOTES = "\"'«»„“”‚‘’「」『』"


def _street_word(token: str) -> bool:
    low = token.lower().rstrip(".'׳")
    if low in _WORDS or low.split(".", 1)[0] in _WORDS:  # "ул.Ленина"
        return True
    return bool(_CJK.search(token))


def _name_beside_number(tokens: list[str]) -> bool:
    """A run of letters (three or more, capitalised where the script has capitals) next to
    a house number, with no word of the script after the number."""
    words = [t for t in tokens if not t[0].isdigit()]
    if not 0 < len(words) <= _MOST_WORDS:
        return False  # a sentence of the script, not a street's name
    if any(_CASED.match(w) and not w[0].isupper() for w in words):
        return False  # a lower-case word: a phrase, not a name
    alone = len(words) == 1 and not _CASED.match(words[0])
    for i, token in enumerate(tokens):
        if not _HOUSE.fullmatch(token):
            continue
        if token.isdigit() and (1900 <= int(token) <= 2099 or (int(token) < 10 and alone)):
            continue  # a year ("Έτος 2024"), or a count after one uncapitalised word ("वर्ष २")
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if before and not before[-1].isdigit() and not after[:1].isalpha():
            word = before
        elif after and not after[0].isdigit() and not before[-1:].isalpha():
            word = after
        else:
            continue
        letters = sum(not c.isdigit() for c in word)  # with an Indic vowel sign
        if letters < 3:
            continue
        if (_CASED.match(word) and not word[0].isupper()) or _UNSPACED.search(word):
            continue
        return True
    return False


def find(text: str) -> list[Found]:
    """Street lines of another script in `text` as (start, end, "address")."""
    if text.isascii() or not _ANY.search(text):
        return []
    found: list[Found] = []
    for match in _STRETCH.finditer(text):
        chunk = match.group()
        if not _ANY.search(chunk) or not any(c.isdigit() for c in chunk):
            continue
        start, end = match.span()
        while end > start and text[end - 1] in ".,،":
            end -= 1
        parts = [p.split() for p in re.split("[,،]", text[start:end])]
        quoted = start and text[start - 1] in _QUOTES and text[end : end + 1] in _QUOTES
        if any(_street_word(t) for part in parts for t in part):
            found.append((start, end, "address"))
        elif not quoted and any(_name_beside_number(part) for part in parts):
            found.append((start, end, "address"))
    return found
