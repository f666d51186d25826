"""Names for held-out G, written for this set (registered people and some strangers) or drawn
from Faker's locales (strangers only).

Registered people come from `REGISTERED` (Swedish names and names of the largest immigrant
groups in Sweden, transliterated as Swedish registers write them: Somali, Arabic, Persian,
Turkish, Polish, Bosnian, Finnish, Kurdish). People nobody registered come from `STRANGERS`
(other names of the same groups, written here) and from Faker's locales in `FAKER_LOCALES`,
including romanised Chinese and Japanese and Pakistani transliterations of Arabic names.
"""

from __future__ import annotations

import random

from bench.heldout_g.values import seeded

# origin: (female given, male given, family); nobody else's lists, written for held-out G.
REGISTERED = {
    "sv": ("Åsa Märta Ingegerd Solveig Gunnel Ylva Agneta Malin Lovisa Birgit",
           "Göran Björn Sören Östen Kjell Torbjörn Tomas Henrik Ragnar Håkan",
           "Söderström Lindén Åhlund Björklund Engström Hägglund Nordin Wikström Lövgren Ekström"),
    "so": ("Hodan Faadumo Ifrah Sahra Hibaaq Ubah", "Abdirahman Cabdi Liban Mahad Guuleed Abshir",
           "Warsame Jama Guled Hirsi Cabdulle Dahir Osman Samatar"),
    "ar": ("Rana Lamis Nour Hala Rasha Yasmin", "Khaled Tariq Bassam Ayman Ziad Muhannad",
           "Al-Khatib Khoury Al-Masri Shahin Darwish Al-Jabouri Nasrallah Haddou"),
    "fa": ("Shirin Parisa Nasrin Golnaz Mahsa Niloufar",
           "Dariush Kourosh Behrouz Arash Farhad Omid",
           "Rahimi Karimi Moradi Jafari Ahmadzadeh Ghorbani Sadeghi Nikpour"),
    "tr": ("Gülşen Ayşe Zeynep Şule Elif Özlem", "Şükrü Mehmet Ömer Çağlar Emre Oğuz",
           "Yıldız Öztürk Çelik Aydın Kılıç Şahin Doğan Güneş"),
    "pl": ("Małgorzata Agnieszka Żaneta Katarzyna Jolanta Bożena",
           "Łukasz Grzegorz Wojciech Przemysław Jędrzej Tomasz",
           "Wiśniewski Kowalczyk Wójcik Szymański Dąbrowski Zieliński Jabłoński Pawlak"),
    "bs": ("Emina Amra Lejla Mirsada Selma Aida", "Edin Senad Mirza Adnan Haris Nermin",
           "Hodžić Begović Mujić Hadžić Kovačević Delić Salihović Čolić"),
    "fi": ("Päivi Tuulikki Sirkka Aino Riikka Heljä", "Väinö Jyrki Pekka Eero Timo Jussi",
           "Mäkinen Häkkinen Kärkkäinen Niskanen Räsänen Hämäläinen Lehtonen Peltola"),
    "ku": ("Hêvî Berfîn Rojda Dilan Nazdar Jiyan", "Rêbîn Şêrko Azad Baran Kawa Hêja",
           "Zebari Amedi Hawrami Sindi Doski Mizuri Berwari Shekhani"),
}  # fmt: skip
# Given names that are also ordinary words, each given to one registered person.
HOMOGRAPH_GIVEN = ("Love", "May", "Mark", "Per", "Rose", "Bill", "Will", "Bo", "Dag", "Max",
                   "Inga", "Hope")  # fmt: skip
NICKNAMES = {"Göran": "Gurra", "Torbjörn": "Totte", "Agneta": "Agge", "Kjell": "Kjelle",
             "Tomas": "Tompa", "Henrik": "Henke", "Malin": "Malle", "Abdirahman": "Abdi",
             "Małgorzata": "Gosia", "Katarzyna": "Kasia", "Przemysław": "Przemek",
             "Mehmet": "Memo", "Faadumo": "Fadumo", "Håkan": "Hacke", "Birgit": "Bibbi",
             "Tuulikki": "Tuuli", "Per": "Pelle", "Ingegerd": "Inger"}  # fmt: skip

# Strangers written here: other names of the same groups, never registered.
STRANGERS = {
    "so": ("Sagal Deeqa Nimco Xaawo Shukri", "Bashiir Yuusuf Cumar Mustafe Siciid",
           "Aadan Xasan Nuur Cali Yuusuf Ciise Maxamuud"),
    "ar": ("Ghada Reem Dima Manal Souad", "Walid Fadi Samir Mazen Nabil",
           "Al-Hakim Haddad-Saleh Zein Ibrahim Qasim Suleiman Al-Tamimi"),
    "fa": ("Maryam Roya Farnaz Leila Azadeh", "Reza Babak Siavash Hamid Kaveh",
           "Bagheri Mohammadi Ranjbar Kazemi Mousavi Azizi Shirazi"),
    "bs": ("Alma Dženana Merima Sabina Azra", "Damir Elvir Jasmin Kenan Muhamed",
           "Ibrahimović Softić Omerović Hasanović Bešić Husić Mehmedović"),
    "ku": ("Shilan Avin Roj Bêrîvan Gulistan", "Hogir Dilshad Serdar Sherwan Ardalan",
           "Xoshnaw Barwari Bradosti Kakayi Hamawandi Jaff"),
    "ti": ("Senait Helen Mebrat Tsega Yordanos", "Tesfay Goitom Mehari Yonas Berhane",
           "Tesfamariam Gebremedhin Haile Woldu Kidane Asmerom"),
}  # fmt: skip
FAKER_LOCALES = ("sv_SE", "fi_FI", "pl_PL", "tr_TR", "hr_HR", "en_PK", "uz_UZ", "az_AZ",
                 "hu_HU", "et_EE", "es_CL", "yo_NG", "lt_LT", "en_GB", "de_AT", "zh_CN",
                 "ja_JP")  # fmt: skip


def split(words: str) -> list[str]:
    return words.split()


def stranger(rng: random.Random, female: bool, avoid: set[str]) -> tuple[str, str, str]:
    """(given, family, source) of someone nobody registered; no word in `avoid` (lower case)."""
    for _ in range(50):
        given, family, source = _draw(rng, female)
        words = f"{given} {family}".replace("-", " ").split()
        if all(_looks_like_a_name(w) and w.lower() not in avoid for w in words):
            return given, family, source
    return "Senait", "Tesfamariam", "ti"


def _draw(rng: random.Random, female: bool) -> tuple[str, str, str]:
    if rng.random() < 0.4:
        origin = rng.choice(sorted(STRANGERS))
        fem, male, fam = STRANGERS[origin]
        return rng.choice(split(fem if female else male)), rng.choice(split(fam)), origin
    locale = rng.choice(FAKER_LOCALES)
    fk = seeded(rng, locale)
    if locale == "zh_CN":
        return fk.first_romanized_name(), fk.last_romanized_name(), locale
    if locale == "ja_JP":
        first = fk.first_romanized_name_female() if female else fk.first_romanized_name_male()
        return first, fk.last_romanized_name(), locale
    given = fk.first_name_female() if female else fk.first_name_male()
    family = fk.last_name_female() if female and hasattr(fk, "last_name_female") else fk.last_name()
    return given, family, locale


def _looks_like_a_name(word: str) -> bool:
    letters = word.replace("'", "")
    return len(letters) >= 2 and letters.isalpha() and letters[0].isupper()
