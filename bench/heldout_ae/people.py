"""Held-out AE's people: names written here from this writer's knowledge (no list copied),
the 25 word-names and the sentences that use them as the words they are, and the published
sentences of `data/sentences.tsv`. See README.md."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

NAME_LANGS = ("da", "en", "sv", "no", "fi")

GIVEN = {
    "da": """Mads Rasmus Mikkel Frederik Kasper Jeppe Anders Jesper Morten Henrik Søren Troels
        Ulrik Niels Jakob Christian Lasse Emil Asger Villads Ida Sofie Mathilde Freja Signe
        Camilla Louise Rikke Tine Hanne Birgitte Lene Pernille Karen Dorthe Bente Vibeke Trine
        Maja Josefine Astrid Nanna Cecilie Kirsten Malene Jonna Ditte Gitte Lærke""",
    "en": """Oliver Harry George Charlie Edward Samuel Daniel Joseph Henry Alfie Freddie Archie
        Theo Oscar Louis Callum Ewan Rhys Owen Emily Olivia Amelia Isla Sophie Chloe Lucy Megan
        Eleanor Hannah Abigail Bethany Niamh Siobhan Gemma Kirsty Fiona Imogen Harriet Alistair
        Gareth""",
    "sv": """Oskar Axel Gustav Viktor Hugo Elias Nils Olle Sixten Ludvig Isak Pontus Jonas Mattias
        Göran Lennart Agneta Ulrika Ingrid Kerstin Birgitta Elsa Alva Wilma Stina Märta Annika
        Malin Jenny Sara Emelie Tilde Sigvard Gunnel Britt""",
    "no": """Ola Kari Håkon Sindre Eirik Torbjørn Vegard Øystein Geir Trond Sigurd Halvor Magnus
        Jørgen Aslak Ingvild Solveig Ragnhild Sigrid Marit Hege Siri Tonje Kristin Eli Åse Guro
        Synnøve Ingunn Turid Randi Bodil Dagny Steinar Kjetil""",
    "fi": """Juha Jukka Mikko Antti Timo Matti Petteri Janne Sami Tuomas Lauri Eero Aleksi Joonas
        Otso Aino Eveliina Minna Hanna Päivi Riikka Sanna Tiina Kaisa Heli Anu Johanna Sirpa
        Marjatta Elina Noora Veera Iida Pirkko Jouni""",
    "moved": """Abdirahman Hodan Faadumo Ayaan Warsame Ahmad Fatima Yasmin Omar Khaled Rania Samir
        Layla Emre Zeynep Burak Elif Mehmet Ayşe Katarzyna Tomasz Agnieszka Paweł Magdalena Piotr
        Thanh Linh Minh Huong Dariush Shirin Reza Maryam Emina Edin Selma Oksana Dmytro Olena
        Andriy Imran Ayesha Bilal Sana Yonas Senait Tesfay Kavitha Suresh Tharani Nasra Idil
        Hamid Nadia Mustafa Leyla Jamal Hiba Arash""",
}

FAMILY = {
    "da": """Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen
        Jørgensen Petersen Madsen Kristensen Olsen Thomsen Poulsen Johansen Knudsen Mortensen
        Møller Jakobsen Mikkelsen Frandsen Lauridsen Kjærgaard Bech Vestergaard Østergaard
        Søndergaard Dalsgaard Brøndum Thygesen Iversen Clausen Skovgaard Juhl Bisgaard""",
    "en": """Smith Jones Williams Taylor Davies Evans Johnson Roberts Robinson Wright Thompson
        Walsh Clarke Harrison Edwards Hughes Lewis Jackson Harris Morgan Bennett Fletcher
        Davidson Campbell Murray Sutherland Pritchard Lloyd McAllister Whitfield""",
    "sv": """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson
        Gustafsson Pettersson Jonsson Lindberg Lindqvist Bergström Sandberg Forsberg Sjöberg
        Wallin Engström Hedlund Lundqvist Åberg Nyström Holmberg Söderberg Blomqvist Ekdahl""",
    "no": """Haugland Bakkevig Solberg Nygård Kristiansen Jacobsen Halvorsen Gundersen Eide Aasen
        Myhre Løken Dahl Sæther Bråten Ødegård Rønning Tveit Lunde Kvalheim Aune Grønli Helland
        Syversen Ellingsen Fjeldstad Torgersen Sandvik""",
    "fi": """Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Heikkinen Koskinen Järvinen
        Lehtonen Lehtinen Saarinen Salminen Heinonen Heikkilä Kinnunen Salonen Turunen Laitinen
        Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Kettunen Pesonen Hyvönen""",
    "moved": """Warsame Abdi Hussein Haddad Yilmaz Demir Kaya Öztürk Kowalski Nowak Wiśniewska
        Nguyen Tran Pham Hosseini Karimi Rahimi Hodžić Begić Kovalenko Shevchenko Bondarenko
        Qureshi Malik Chaudhry Tesfamariam Gebremedhin Sivakumar Rajendran Ahmadi Mahmoud Osman
        Farah Mohamud Aziz Al-Khatib Delić Lewandowski Şahin Vu""",
}

# The 25 word-names: registered people whose given or family name is also an English word
# (the notes are written in English). Chosen after a whole-file grep of every earlier README.
GIVEN_WORD_NAMES = {"en": ["Carol", "Violet", "Fern", "Basil", "Jade", "Sage", "Reed", "Dean"]}
FAMILY_WORD_NAMES = {
    "en": ["Hunt", "Bond", "Judge", "Gates", "Crow", "Pike", "Salmon", "Silver", "Copper",
           "Cotton", "Horn", "Tower", "Castle", "Knight", "Bishop", "Turner", "Potter"]
}  # fmt: skip
WORD_NAMES_BY_LANG = {"en": GIVEN_WORD_NAMES["en"] + FAMILY_WORD_NAMES["en"]}
WORD_NAMES = list(GIVEN_WORD_NAMES["en"])  # given names: what the shared checks read

# Sentences written for this set that use each word-name as the word it is: at a sentence's
# start, inside it and after a comma. No digit, no other name, no month.
OWN_ORDINARY = {
    "en": """
Carol singers came to the staff room before the holidays and nobody got any marking done.
The choir practised a carol in the hall while we tested the projector.
After the concert, carol sheets were left on every desk in the music room.
She hummed a carol under her breath while the laptops updated.
The pupils wrote their own carol for the school fair.
In the end, carol practice moved to the gym because the hall was booked.
Every class sang one carol, and the youngest sang theirs twice.
A carol was playing from somebody's phone during the fire drill.
Carol practice starts after the last lesson on most days.
Violet light from the smartboard made the whole room look strange.
The logo on the new tablets is a pale violet circle.
Someone had painted the library door violet over the summer.
On the older screens, violet and blue look almost the same.
The art teacher asked for violet paper and got pink instead.
Under the desk, violet cables lead to the old switch.
The timetable marks maths in violet and science in green.
Most of the children chose violet for their team colour.
Violet ink stains were all over the art room tables.
Fern pots line the window of the science room.
The pupils grew a fern from spores as their term project.
A dusty fern sits on top of the server cabinet.
Behind the caretaker's shed, fern and nettles cover the bike racks.
The biology class pressed a fern leaf into every notebook.
Someone watered the fern on the teacher's desk with cold coffee.
We put the spare router next to the fern in the corridor.
Near the door, fern fronds had grown over the light switch.
Fern spores were put under the microscope in biology.
Basil grows on the windowsill of the home economics room.
The cooking class put fresh basil on everything they made.
A smell of basil and burnt toast filled the corridor.
Before lunch, basil leaves were handed out for the tasting test.
The pupils measured how fast basil grows under the new lamps.
The caretaker keeps a pot of basil beside the printer.
She forgot the basil, so the pasta tasted of nothing.
We talked about the basil seedlings more than about the network.
Basil seeds were handed out at the end of the lesson.
Jade earrings were found in the lost property box again.
The museum trip ended in a room full of carved jade.
A green stone that looked like jade was passed round the class.
The headteacher keeps a small jade figure on her bookcase.
Somebody said that real jade feels cold in the hand.
On the shelf, jade and amber samples sit beside the microscopes.
The geology box holds a piece of jade and some quartz.
The class voted to call the project after a jade dragon.
Jade green is the colour of the new school folders.
Sage advice from the caretaker was to leave the cabinet alone.
The cooking class used sage from the school garden.
He nodded like an old sage and then asked for the password.
Dried sage hangs above the sink in the staff kitchen.
She gave the sage answer that it depends on the budget.
In the garden, sage and thyme grow beside the bike shed.
The pupils planted sage, mint and chives in old printer boxes.
It was sage of them to back everything up before the update.
Sage green walls make the library feel calm.
Reed mats cover the floor of the quiet room.
The music teacher showed how a reed makes the sound in a clarinet.
A broken reed was the only thing in the instrument case.
By the pond, reed beds hide the old fence.
The pupils made a roof of reed for the model village.
He spoke softly, like wind through a reed.
Every clarinet needs a new reed before the concert.
The nature walk went past the reed banks behind the school.
Reed beds were part of the water project in science.
Dean of the college was the title printed on the old letterhead.
The visiting dean spoke about teacher training for an hour.
She asked whether the dean had signed the form yet.
The new dean wants every course to have an online page.
Our contact at the university is an assistant dean who answers quickly.
At the meeting, the dean from the other college shared her budget.
He worked as a dean before coming to teach at the school.
The letter went to the dean and then nobody heard anything.
Dean and staff at the college met the teachers from the school.
Hunt for the missing chargers took the whole morning.
The treasure hunt ended in the library at half past two.
We had to hunt through three boxes for the right cable.
The job hunt keeps the young teachers busy in spring.
A hunt for the broken key ended under the radiator.
The pupils organised a scavenger hunt for the new first years.
After the hunt, everyone agreed the labels needed fixing.
Finding the licence key was a real hunt through old e-mails.
Bond between the older and younger pupils is strong at this school.
The glue forms a bond that holds for years.
They built a bond of trust with the parents over the year.
A savings bond was the prize in the raffle.
The chemistry lesson covered how atoms bond with each other.
The teachers said the shared lunch helped them bond.
Her bond with the class was obvious from the first minute.
Without that bond, the group work would have fallen apart.
Judge for yourself whether the new system is faster.
It is hard to judge how much time the pupils spend online.
The science fair needed a judge for each table.
A judge from the local court visited the social studies class.
She would not judge anyone for forgetting a password.
We cannot judge the network until the new switch is in.
The pupils asked a judge to explain how a trial works.
It was too early to judge whether the tablets helped.
Gates of the school are locked at six in the evening.
The bikes were parked by the gates as usual.
Parents wait at the gates because the car park is full.
Two new gates were fitted after the summer break.
The pupils meet at the gates before the trip.
A sign on the gates tells visitors to report to the office.
The gates were left open and the football rolled into the road.
Outside the gates, the bus stop is always crowded.
Crow droppings cover the skylight above the computer room.
A crow sat on the fence and watched the football match.
The pupils counted every crow on the field for the bird survey.
Somebody left a sandwich out and a crow took it.
On the roof, crow nests block the gutter every spring.
The youngest class drew a crow for the autumn display.
As the crow flies, the sports hall is only a short walk.
A crow kept tapping on the window during the exam.
Pike live in the lake where the class goes fishing.
The biology trip caught a small pike and let it go.
A stuffed pike hangs above the door of the science room.
The pupils read about how a pike hunts smaller fish.
He compared the new boss to a pike waiting in the reeds.
In the fishing club, pike are the fish everyone wants.
The museum showed a pike from a medieval battle.
A long pike was part of the history costume box.
Salmon and potatoes were on the canteen menu twice this week.
The class followed the life of a salmon from egg to sea.
A salmon sandwich was left in the printer tray.
The canteen serves salmon on the first day of term.
Smoked salmon was the only thing left after the party.
The pupils painted a salmon jumping up a waterfall.
At the fish farm, salmon swam in circles in huge tanks.
He swims like a salmon against the current of every meeting.
Silver foil covered the windows to keep the room dark.
The trophy in the hall is silver and badly needs polishing.
She wore a silver bracelet that kept hitting the keyboard.
On the shelf, silver medals from the relay are gathering dust.
The pupils used silver paint for the spaceship model.
A silver laptop was left on the bus and never came back.
Every silver lining has a cloud, the caretaker said.
The class earned a silver badge for the recycling project.
Copper cables still run through the old part of the building.
The pupils tested which metals conduct, and copper won.
A copper roof turns green after many years.
Thieves took the copper pipes from the empty school next door.
The new fibre line replaced the copper one last year.
He polished a copper coin until it shone.
In the lab, copper wire and batteries lie in every drawer.
The science kit has copper strips and a lemon for a battery.
Cotton bags replaced the plastic ones in the canteen.
The sewing class used cotton for their first project.
A roll of cotton wool sits in the first aid box.
The pupils grew cotton plants as a class experiment.
She wiped the screens with a soft cotton cloth.
In summer, cotton shirts are part of the school uniform.
The costume box smells of old cotton and dust.
They printed the logo on cotton shirts for the sports day.
Horn of the school bus sounded twice before it left.
A car horn outside interrupted the whole interview.
The music room has a horn that nobody can play.
The pupils made a horn out of a rolled up poster.
He blew the horn to start the sports day race.
A shoe horn was left behind in the changing room.
On the trip, a deer with one horn crossed the road.
The horn section practised in the gym after school.
Tower computers stand under every desk in the lab.
The church tower can be seen from the staff room.
A tower of boxes blocked the door to the storeroom.
The pupils built a tower from straws and tape.
In the old town, tower bells ring at noon.
The server sits in a tower case in the caretaker's office.
They climbed the tower on the school trip.
A tower of unmarked essays waited on her desk.
Castle ruins are the goal of the history class walk.
The youngest pupils built a castle out of cardboard.
A bouncy castle was hired for the summer party.
The trip to the castle took the whole day.
He treats the server room like his private castle.
The pupils drew a castle with a drawbridge and a moat.
In chess, castle is what the children call the rook.
The school play is set in a castle by the sea.
Knight moves in chess confuse the younger pupils.
The chess club lost a knight and then the game.
A knight in armour stood at the entrance of the museum.
The history class wrote a story about a knight and a dragon.
He came in like a knight to rescue the broken projector.
The pupils made a knight out of tin foil.
A white knight was missing from the chess set.
In the story, the knight forgets his sword at home.
Bishop moves are the ones the beginners forget.
The chess teacher explained how a bishop moves.
A bishop visited the school to talk about the old church.
The pupils drew a bishop in a tall hat for the history display.
He lost his bishop early and never recovered.
The old bishop of the town founded the first school.
In the play, the bishop has only two lines.
One bishop was made of wood and the other of plastic.
Turner of the old lathe in the workshop retired last year.
The workshop has a lathe that a skilled turner could use.
A page turner is what the pupils call a good book.
The story was a real page turner, and the class loved it.
He trained as a wood turner before he became a teacher.
The metal turner showed the pupils how to shape a bolt.
That novel is a turner of heads, the librarian said.
She hired a turner to make new legs for the old table.
Potter about in the garden is what the caretaker does after lunch.
The pupils visited a potter who makes bowls by hand.
A potter came to the art class with a wheel and clay.
He likes to potter in the workshop after school.
The potter showed how to shape a cup in five minutes.
On the trip, a potter gave each pupil a small lump of clay.
She wanted to be a potter when she grew up.
The art room has a kiln that a local potter donated.
""",
}


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


OWN_ORDINARY = {lang: _lines(block) for lang, block in OWN_ORDINARY.items()}


def given(lang: str) -> list[str]:
    from bench.heldout_ae import _vocabulary

    vocabulary = _vocabulary()
    return [n for n in GIVEN[lang].split() if n.lower() not in vocabulary]


def family(lang: str) -> list[str]:
    from bench.heldout_ae import _vocabulary

    vocabulary = _vocabulary()
    return [n for n in FAMILY[lang].split() if n.lower() not in vocabulary]


def name_words() -> set[str]:
    """Every word of every name the notes use (the lists less words of the texts), and the
    word-names, lower case."""
    langs = (*NAME_LANGS, "moved")
    words = {w.lower() for lang in langs for w in (*given(lang), *family(lang))}
    words |= {w.lower() for w in WORD_NAMES_BY_LANG["en"]}
    return {p for w in words for p in re.split(r"-", w)} | words


@cache
def _rows() -> tuple[tuple[str, str, str, str], ...]:
    with (DATA / "sentences.tsv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = [tuple(r) for r in reader]
    return tuple(r for r in rows[1:] if len(r) == 4)  # header: lang source use sentence


def pool(lang: str, source: str | None = None) -> list[str]:
    """Published sentences that notes draw from ("pool" rows), of one language and source."""
    return [
        s for lg, src, use, s in _rows() if lg == lang and use == "pool" and source in (None, src)
    ]


def word_sentences(lang: str) -> dict[str, list[str]]:
    """Published sentences that serve only a word-name, by word."""
    out: dict[str, list[str]] = {}
    for lg, _src, use, s in _rows():
        if lg == lang and use.startswith("word:"):
            out.setdefault(use[5:], []).append(s)
    return out


@cache
def sentences() -> dict[str, tuple[str, ...]]:
    """Every published sentence, by language."""
    out: dict[str, list[str]] = {}
    for lg, _src, _use, s in _rows():
        out.setdefault(lg, []).append(s)
    return {k: tuple(v) for k, v in out.items()}
