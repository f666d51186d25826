"""Held-out C's own name lists, romanised as a Swedish clerk would type them.

Sweden's largest groups born abroad (Finland, Syria, Iraq, Poland, Iran, Somalia, Afghanistan,
Eritrea, Turkey, Bosnia, Thailand, China, India, Chile) and the national minorities of the
north (Sámi, Tornedalian), plus double given names, names with particles and given names that
are ordinary words in Swedish or English. Written for this set, from general knowledge of
naming customs, not copied from any other set's lists.

Each origin is `(female given, male given, family)`; a family name that differs by gender is
written "masculine/feminine" ("Wiśniewski/Wiśniewska").
"""

from __future__ import annotations

Origin = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split(","))


OWN: dict[str, Origin] = {
    "fi": (
        _w("Päivi,Tuula,Sirpa,Riikka,Satu,Hanna-Leena,Marjatta,Kaisa,Tiina,Anneli,Outi,Jaana"),
        _w("Jukka,Pekka,Timo,Kari,Veli-Matti,Esa,Juha,Matti,Jarmo,Seppo,Antero,Olli-Pekka"),
        _w(
            "Mäkinen,Heikkinen,Koskinen,Järvinen,Huttunen,Räsänen,Väisänen,Hämäläinen,"
            "Pöllänen,Kärkkäinen,Tikkanen,Laaksonen,Ylönen,Nyqvist"
        ),
    ),  # fmt: skip
    "ar": (
        _w("Rasha,Nour,Zainab,Hiba,Rana,Dima,Yasmin,Amal,Shahd,Ruqaya,Hala,Sawsan,Bushra,Rim"),
        _w(
            "Ahmad,Mohammed,Hussein,Omar,Karim,Bashar,Mustafa,Haidar,Mahmoud,Abdulrahman,"
            "Yusuf,Ammar,Firas,Qusay,Muhannad"
        ),
        _w(
            "al-Hassan,al-Jaburi,Haddad,Khalil,al-Rawi,al-Shammari,Abboud,Hamdan,al-Obaidi,"
            "Darwish,Kassab,Mansour,Jassim,Saleh,al-Kubaisi,Sabbagh,Younis"
        ),
    ),  # fmt: skip
    "ku": (
        _w("Rezan,Dilan,Shilan,Nazdar,Bahar,Rojin,Avin"),
        _w("Azad,Baran,Hemin,Rebwar,Shwan,Dilshad,Karwan"),
        _w("Zebari,Barzinji,Hawrami,Mahmoudi,Rashid,Talabani"),
    ),
    "pl": (
        _w("Agnieszka,Małgorzata,Katarzyna,Joanna,Beata,Bożena,Ewelina,Jadwiga"),
        _w("Krzysztof,Wojciech,Tomasz,Grzegorz,Paweł,Łukasz,Przemysław,Zbigniew"),
        _w(
            "Wiśniewski/Wiśniewska,Kowalczyk,Zieliński/Zielińska,Woźniak,Szymański/Szymańska,"
            "Dąbrowski/Dąbrowska,Łukasik,Wójcik,Mazur,Krawczyk,Pawlak,Michalak,Grabowski/Grabowska"
        ),
    ),  # fmt: skip
    "fa": (
        _w("Parisa,Mahsa,Shirin,Nasrin,Golnar,Maryam,Azadeh,Roya,Farnaz,Mitra,Shabnam,Ladan"),
        _w("Farhad,Reza,Behrouz,Dariush,Kaveh,Amir,Babak,Mehdi,Arash,Siavash,Kourosh,Payam"),
        _w(
            "Tehrani,Rostami,Ahmadi,Moradi,Hosseini,Rezaei,Jafari,Sadeghi,Ghorbani,Shirazi,"
            "Esfahani,Nikpour,Bagheri,Kazemi"
        ),
    ),  # fmt: skip
    "so": (
        _w("Hodan,Faadumo,Sahra,Hibo,Ayaan,Ubah,Nimco,Ifrah,Idil,Hawa,Sagal,Deeqa"),
        _w("Abdirahman,Abdullahi,Mahad,Guled,Liban,Abdiqani,Mohamud,Cabdi,Ilyas,Bashiir,Khadar"),
        _w("Warsame,Farah,Hirsi,Jama,Osman,Nur,Egal,Dahir,Samatar,Elmi,Aden,Cali,Xasan"),
    ),
    "prs": (  # Afghanistan: Dari and Pashto names
        _w("Marzia,Shabana,Farzana,Nilofar,Sima,Parwana,Freshta,Mursal,Fatema"),
        _w("Sakhi,Nabi,Hamid,Mirwais,Wahid,Najib,Rahmatullah,Ismail,Sayed,Jawad,Farid"),
        _w("Hamidi,Popal,Amiri,Sultani,Noori,Safi,Rahimi,Stanikzai,Hakimi,Azizi,Wardak"),
    ),
    "ti": (  # Eritrea: Tigrinya given names; the family name is the father's name
        _w("Semhar,Senait,Mebrat,Saba,Luwam,Freweini,Yordanos,Selam,Tsega,Rahwa,Eden"),
        _w("Yonas,Tesfay,Mehari,Dawit,Filmon,Habte,Kibrom,Teklay,Biniam,Robel,Tewelde"),
        _w(
            "Ghebremedhin,Berhane,Tesfamariam,Habtemariam,Kidane,Woldemichael,Gebreyesus,"
            "Tekle,Haile,Negash,Asmerom,Okbazghi,Zerai"
        ),
    ),  # fmt: skip
    "tr": (
        _w("Elif,Zeynep,Ayşe,Özlem,Gülsen,Hatice,Derya,Büşra,Nurcan,Sevgi"),
        _w("Emre,Mehmet,Murat,Hakan,Oğuz,Serkan,Ömer,Volkan,Tuncay,İsmail"),
        _w("Yıldız,Özdemir,Aydın,Çelik,Şahin,Doğan,Arslan,Koç,Öztürk,Kılıç,Yılmaz,Güneş"),
    ),
    "bs": (
        _w("Emina,Amra,Selma,Lejla,Mirela,Azra,Jasmina,Sanela,Elma,Alma"),
        _w("Haris,Edin,Adnan,Senad,Mirza,Damir,Kenan,Nermin,Emir,Samir"),
        _w(
            "Hodžić,Begović,Mujić,Hadžić,Delić,Kovačević,Hasanović,Suljić,Mehmedović,"
            "Ibrahimović,Salihović,Husić,Omerović"
        ),
    ),  # fmt: skip
    "th": (
        _w("Malee,Siriporn,Kanya,Wanida,Suda,Ratana,Pornthip,Nittaya,Sunisa"),
        _w("Somchai,Chaiyaporn,Anan,Prasert,Kittisak,Niran,Somsak,Wichai"),
        _w(
            "Wongsawat,Srisuk,Chaiyasit,Thongchai,Boonmee,Sukprasert,Phromma,Rattanakorn,"
            "Saetang,Kaewkla"
        ),
    ),  # fmt: skip
    "zh": (
        _w("Xiaoling,Meiling,Yan,Jing,Hui,Xiu,Lanfang,Yuqing"),
        _w("Wei,Jun,Hao,Zhiwei,Lei,Jianguo,Haoran,Yong"),
        _w("Wang,Zhang,Chen,Liu,Huang,Zhao,Zhou,Xu,Lin,Guo,Ma,Yang"),
    ),
    "in": (
        _w("Priya,Ananya,Deepa,Lakshmi,Kavita,Sunita,Meera,Shreya,Divya"),
        _w("Rahul,Arjun,Vikram,Sanjay,Rohit,Anand,Venkatesh,Karthik,Suresh"),
        _w("Sharma,Iyer,Patel,Reddy,Nair,Gupta,Singh,Menon,Krishnan,Banerjee,Chatterjee"),
    ),
    "cl": (
        _w("Catalina,Javiera,Constanza,Valentina,Francisca,Camila,Fernanda,Ximena"),
        _w("Matías,Cristóbal,Joaquín,Benjamín,Sebastián,Felipe,Rodrigo,Ignacio"),
        _w("González,Muñoz,Rojas,Díaz,Pérez,Soto,Contreras,Sepúlveda,Fuentes,Araya,Quezada"),
    ),
    "sami": (
        _w("Máret,Sunná,Láilá,Ánne,Elle,Risten,Sárá,Ingá,Biret"),
        _w("Ánte,Niila,Mikkel,Aslak,Jovnna,Áslat,Piera,Hánsa,Nils-Ánte"),
        _w("Labba,Kuhmunen,Omma,Sarri,Påve,Nutti,Pavval,Kitok,Spik,Sikku,Kråik,Tuolja,Länta"),
    ),
    "tornedal": (
        _w("Aili,Tyra,Hilja,Elvi,Aune,Irja,Sirkka,Hilda"),
        _w("Eino,Veikko,Arvo,Toivo,Oiva,Lauri,Väinö,Tauno"),
        _w(
            "Alatalo,Keskitalo,Kangas,Niemi,Rantatalo,Hietala,Vaara,Kaaretkoski,Palo,Pekkari,"
            "Juntti,Kostet,Kuoksu,Pirttijärvi"
        ),
    ),  # fmt: skip
}

# Swedish double given names, hyphenated or written apart.
DOUBLE_GIVEN: tuple[tuple[str, str], ...] = tuple(
    (name, "f") for name in _w("Anna-Karin,Eva-Lena,Ann-Sofie,Maj-Britt,Anna-Lena,Ulla-Britt,"
                               "Marie-Louise,Lena Maria,Karin Elisabet")
) + tuple(
    (name, "m") for name in _w("Per Olof,Karl-Erik,Lars-Göran,Jan Erik,Bengt-Åke,Per-Anders,"
                               "Nils Gunnar,Sven-Olov,Carl Johan")
)  # fmt: skip

# Family names with a particle: Swedish nobility and Arabic forms.
PARTICLE_FAMILY = _w(
    "von Essen,af Ugglas,de Geer,von Platen,af Klercker,von Knorring,de la Gardie,af Sandeberg,"
    "von Schantz,bin Salem,bin Omar,al-Amin,al-Sayed,van der Berg"
)

# Given names that are ordinary words in Swedish or English, with a gender for pronouns.
HOMOGRAPH_GIVEN: dict[str, str] = {
    "Love": "m", "May": "f", "Mark": "m", "Per": "m", "Rose": "f", "Bill": "m", "Will": "m",
    "Hope": "f", "Inga": "f", "Iris": "f", "Said": "m", "Dag": "m", "Sten": "m", "Björn": "m",
    "Ulf": "m", "Vera": "f", "Stig": "m", "Bo": "m", "Eva": "f", "Max": "m", "Noah": "m",
    "Jack": "m", "Grace": "f", "Dawn": "f", "Amber": "f", "Sky": "f",
}  # fmt: skip

# Nicknames a study would register beside the canonical name.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "Per Olof": ("P-O", "Pelle"), "Karl-Erik": ("Kalle",), "Lars-Göran": ("Lasse",),
    "Mohammed": ("Mo", "Hamudi"), "Abdirahman": ("Abdi",), "Katarzyna": ("Kasia",),
    "Małgorzata": ("Gosia",), "Krzysztof": ("Krzyś",), "Aleksander": ("Olek",),
    "Abdullahi": ("Cabdi",), "Faadumo": ("Fadumo",), "Veli-Matti": ("Vellu",),
    "Zhiwei": ("Jimmy",), "Chaiyaporn": ("Chai",), "Siriporn": ("Pim",), "Ulla-Britt": ("Ubbe",),
    "Margareta": ("Maggan",), "Kristina": ("Kicki",), "Elisabeth": ("Lisa",),
    "Christer": ("Kricke",), "Anna-Karin": ("AK",),
}  # fmt: skip

# Titles and roles written before a name in Swedish and English notes.
TITLES_SV = _w("dr,Dr,doktor,ssk,sjuksköterskan,läk,överläkare,kurator,kuratorn,psykolog")
TITLES_EN = _w("Dr,Dr.,nurse,Nurse,psychiatrist,the GP,Mr,Mrs,Ms,social worker")
