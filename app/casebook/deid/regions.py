"""States and provinces, and the countries notes name most, as a place's last part.

"Marion, Ohio", "Springfield, Ill.", "Sydney, Australia": after a comma, one of these closes
a place's name, so the capitalised word before the comma is a town, not a person. The states
and their abbreviations are USPS Publication 28 (appendix B: the names and the AP-style
abbreviations) and the two-letter codes, less those that are also English words or greetings
("OK", "ME", "IN", "OR", "HI", "OH"); Canada's provinces and territories (Canada Post),
Australia's states (Australia Post), and the countries and nations of the study's notes.
"""

from __future__ import annotations

STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
    Alberta Manitoba Ontario Quebec Saskatchewan Yukon Nunavut Tasmania Victoria
    Queensland""".split()
    + [
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "West Virginia",
        "British Columbia",
        "New Brunswick",
        "Nova Scotia",
        "Prince Edward Island",
        "New South Wales",
        "South Australia",
        "Western Australia",
        "Northern Territory",
        "D.C.",
    ]
)
ABBREVIATIONS = frozenset(
    """Ala. Ariz. Ark. Calif. Cal. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md.
    Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla.
    Ore. Pa. Penn. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wisc. Wyo. Ont. Que.
    Qld. Vic. Tas. NSW AK AZ AR CA CO CT DE FL GA ID IL IA KS KY LA MD MA MI MN MS MO MT NE NV
    NH NJ NM NY NC ND PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split()
)
COUNTRIES = frozenset(
    """America USA U.S. U.S.A. US UK U.K. Britain England Scotland Wales Ireland Canada
    Australia Zealand Sweden Norway Denmark Finland Iceland Germany Austria Switzerland France
    Belgium Netherlands Holland Luxembourg Spain Portugal Italy Greece Poland Czechia Slovakia
    Hungary Romania Bulgaria Serbia Croatia Bosnia Slovenia Albania Estonia Latvia Lithuania
    Ukraine Russia Belarus Turkey Syria Iraq Iran Afghanistan Pakistan India Bangladesh
    Lebanon Israel Jordan Egypt Libya Tunisia Algeria Morocco Sudan Eritrea Ethiopia Somalia
    Kenya Uganda Tanzania Nigeria Ghana Senegal Congo Mexico Brazil Argentina Chile Colombia
    Peru Venezuela Cuba China Japan Korea Vietnam Thailand Philippines Indonesia Malaysia
    Singapore Taiwan""".split()
)
