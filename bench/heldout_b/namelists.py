"""Names mimesis does not have in Latin letters, written here as Swedish authorities spell them.

Somali (with the Somali orthography's c and x as people keep them: "Cabdi", "Xasan"), Tigrinya
(Eritrean names with the father's name as family name), Kurdish (Sorani and Kurmanji), Bosnian,
Arabic (the Latin spellings found in Swedish population records: "Mohammed", "Mohamad",
"Alkhalil", "Al-Hassan") and Persian/Dari. Also the Swedish transliteration of Cyrillic and
Greek (Чернов -> "Tjernov", Жукова -> "Zjukova"), so that mimesis's Russian, Ukrainian and
Greek names can be written the way a Swedish clerk would.
"""

from __future__ import annotations

import unicodedata

HAND_WRITTEN: dict[str, tuple[list[str], list[str]]] = {
    "so": (
        "Abdirahman Abdullahi Cabdi Cabdiqaadir Ayaan Deeqa Faadumo Farhiya Hodan Hamse Ifrah "
        "Istarlin Khadar Liibaan Mahad Muno Nimco Qamar Sagal Sahra Ubah Hibo Khadra Mustaf "
        "Yurub Ilwad Sucaad Xaliimo Bashiir Guuleed Nasteexo Ruqiya Shukri Zamzam".split(),
        "Warsame Farah Jama Hirsi Osman Mohamud Egal Guled Dahir Aden Ismail Samatar Gedi "
        "Cali Xasan Xuseen Cumar Yuusuf Abtidoon Diiriye Qoorsheel Shire Elmi Bile "
        "Caynaanshe".split(),
    ),
    "ti": (
        "Tesfay Tekle Yonas Filmon Mehari Habtom Senait Selam Saba Yordanos Ruta Teklit Dawit "
        "Semere Aron Feven Luwam Rahwa Tsega Mulugeta Zerai Ghirmay Yemane Natsinet Winta "
        "Hiwet Abrehet Kisanet Mussie Biniam Efrem Tesfalem Hagos".split(),
        "Ghebremedhin Weldemichael Berhane Kidane Haile Tesfamariam Okbay Mebrahtu Habte "
        "Gebrehiwet Tewelde Asmerom Andemariam Woldu Ghebreyesus Zemichael Kahsay "
        "Fessehaye".split(),
    ),
    "ku": (
        "Rojda Berivan Dilan Nazdar Zilan Rezan Rebwar Karwan Shvan Hemin Soran Dlshad Aram "
        "Baran Hozan Kawa Zana Ronahi Jiyan Bahoz Goran Sakar Shirwan Nishtiman Avin Hawar "
        "Lava Chiman Brusk Rezhwan".split(),
        "Zebari Doski Hawrami Baban Khoshnaw Jaff Barzinji Mukriyani Sindi Bradosti Gardi "
        "Hamawandi Dizayee Rwandzi Shwani Qadir Mahmoudi Raniyai".split(),
    ),
    "bs": (
        "Adnan Almir Edin Emir Haris Jasmin Kenan Mirza Nermin Senad Tarik Amra Azra Belma "
        "Dženana Emina Lejla Merima Nermina Selma Ajla Elma Sanela Edina Mirsad Adis Enes "
        "Amila Šejla Zlatan".split(),
        "Hodžić Hadžić Mehmedović Delić Begović Hasanović Husić Ibrahimović Mujić Omerović "
        "Salihović Softić Šabić Čaušević Zukić Ćatić Bešić Alić Halilović Karahasanović "
        "Pašalić Muminović Džafić".split(),
    ),
    "ar": (
        "Mohammed Mohamad Muhammed Mahmoud Ahmad Hassan Hussein Omar Khaled Khalid Yousef "
        "Youssef Mustafa Abdullah Abdulrahman Ibrahim Fatima Fatema Aisha Aya Rania Rasha "
        "Nour Hiba Maryam Zainab Zeinab Dima Rawan Hala Ghada Hanan Samira Bilal Tarek "
        "Walid Anas Majd Rama Batoul Sidra Ruqayya Jana".split(),
        [
            w.replace("_", " ")
            for w in (
                "Al-Hassan Al-Khatib Alkhalil Alali Almohammad Alhamad Abdallah Khalil Saleh "
                "Mansour Nasser Hamdan Yassin Darwish Othman Jaber Shaker Al_Hamwi Haj_Omar "
                "Sabbagh Kassab Alshammari Aljaberi Hamoud Abo_Hamdan Barakat Zoabi"
            ).split()
        ],
    ),
    "fa": (
        "Reza Mehdi Hossein Hamid Babak Kaveh Farid Saeed Arash Dariush Behrouz Shirin Parisa "
        "Nasrin Leila Azadeh Mahsa Golnaz Roya Setareh Yasaman Fereshteh Niloofar Shabnam "
        "Mojtaba Ehsan Omid Pegah Sepideh Mahboubeh Zahra Masoumeh Ramin Payam".split(),
        "Mohammadi Hosseini Rezaei Moradi Jafari Rahimi Hashemi Sadeghi Ghasemi Bagheri "
        "Azizi Asadi Nazari Esfahani Shirazi Farahani Kazemi Najafi Mousavi Sharifi Hakimi "
        "Amiri Jalali Rostami Safavi Nikbakht Zandi Ghorbani".split(),
    ),
}
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "zj",
    "з": "z", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "ts",
    "ч": "tj", "ш": "sj", "щ": "sjtj", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju",
    "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g", "'": "",
}  # fmt: skip
_UKRAINIAN = {**_CYRILLIC, "г": "h", "и": "y", "е": "e"}
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}  # fmt: skip
_VOWELS = set("аеёиоуыэюяіїєь")


def transliterate(name: str, script: str) -> str:
    """A Cyrillic ("ru", "uk") or Greek ("el") name in Swedish transliteration."""
    if script == "el":
        base = "".join(
            c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)
        )
        base = base.replace("ου", "ou").replace("ΟΥ", "OU").replace("Ου", "Ou")
        table = _GREEK
    else:
        base = name
        table = _UKRAINIAN if script == "uk" else _CYRILLIC
    out = []
    for i, ch in enumerate(base):
        low = ch.lower()
        latin = table.get(low, low)
        # Russian е is "je" at the start of a word and after a vowel ("Jelena", "Sergejev").
        if script == "ru" and low == "е" and (i == 0 or base[i - 1].lower() in _VOWELS):
            latin = "je"
        out.append(latin.capitalize() if ch != low and latin else latin)
    return "".join(out)


# Swedish nicknames, as registered beside the name ("Kristina" is "Kicki" to everyone).
NICKNAMES = {
    "Kristina": "Kicki", "Mikael": "Micke", "Lars": "Lasse", "Jan": "Janne", "Bo": "Bosse",
    "Nils": "Nisse", "Karl": "Kalle", "Per": "Pelle", "Johan": "Jocke", "Joakim": "Jocke",
    "Margareta": "Maggan", "Birgitta": "Gittan", "Ingrid": "Ninni", "Christer": "Kricke",
    "Fredrik": "Fredde", "Magnus": "Manne", "Tomas": "Tompa", "Thomas": "Tompa",
    "Gunilla": "Gunnis", "Annika": "Anki", "Abdirahman": "Abdi",
    "Mohammed": "Moha", "Mohamad": "Moha", "Abdullahi": "Abdi", "Filmon": "Fili",
    "Dženana": "Dženi", "Nasteexo": "Naste", "Yordanos": "Yordi", "Alexander": "Alex",
    "Robert": "Robban", "Sebastian": "Sebbe", "Gustav": "Gurra", "Viktor": "Vicke",
    "Kristoffer": "Krille", "Elisabeth": "Lisa", "Katarina": "Kattis", "Hanna": "Hannis",
}  # fmt: skip
