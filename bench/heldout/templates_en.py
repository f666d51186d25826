"""English sentences of the held-out notes, written for this set alone.

Slots: {N} a person, {NS} a person's possessive, {PL} a registered place, {TEL} a phone number
after a cue the sentence itself gives ("ring her on", "mobile"), {TELB} a bare phone number,
{MAIL}, {URL}, {ADDR}, {PNR} an identity number after a cue, {PNRB} a bare one, {DATE} an
event, {DOB} a birth date. Sentences without a slot are filler; some use a word that is also a
registered name as an ordinary word, and some hold numbers that are not identifiers.
"""

NARRATIVE = """
{N} says the group has helped her keep the flat.
When I asked about the summer, {N} went quiet for a while.
She told me {N} had been in hospital again since we last met.
According to {N}, the new tablets make him tired in the mornings.
{N} and {N} both came, which has not happened before.
He keeps {NS} letters in a shoebox under the bed.
The meeting was moved because {N} had a dentist appointment.
Later {N} joined us in the kitchen and made coffee.
It was {N} who suggested they try the allotment again.
I met {N} outside; she said the lift was broken again.
Apparently {N} and the patient argued about money last week.
Has not heard from {N} since Christmas, which worries him.
{NS} sister is expecting a baby in the autumn.
We agreed that {N} would phone the pharmacy about the prescription.
then {N} rang and the whole plan changed
She mentioned {N} twice, both times with a smile.
The next meeting is on {DATE} at {PL}.
He was admitted on {DATE} and discharged a week later.
Since {DATE} she has been living at {ADDR}.
They moved to {ADDR} in the spring, closer to her mother.
Letters still go to the old address, {ADDR}, so some get lost.
His daughter's number is {TEL}, he says, but she rarely answers.
You can ring her on {TEL} after six.
If anything happens, call {N} on {TEL}.
Her brother abroad can be reached at {TEL}, usually in the evening.
She gave me the number of the helpline, {TELB}, and asked me to keep it safe.
{TELB} is the number she has written on the fridge door.
He wrote {MAIL} on the back of the form.
Her e-mail is {MAIL} if the post does not arrive.
The fundraiser page is {URL}, which a cousin set up.
She showed me her page, {URL}, with pictures from the holiday.
The referral carried his personal number, {PNR}, in the subject line.
Date of birth {DOB}, she corrected it twice.
Born {DOB}, he says, though the papers say otherwise.
At {PL} they know him well and let him sit in the garden.
{N} works at {PL} on weekdays and visits after.
I think {N} is the person she trusts most, more than the staff.
The patient asked whether {N} could come next time instead of {N}.
{N} drove her to the appointment on {DATE}.
Nobody had told {N} about the change of case manager.
The landlord, {N}, has threatened to end the lease.
She wants {N} removed from the list of contacts.
Every Sunday she has lunch with {N} and the kids.
"""

SHORTHAND = """
Pt seen w/ {N}.
SO ({N}) present, tel {TEL}.
f/u {DATE}, {PL}.
pt reports {N} visited twice this wk.
Spoke to {N} re meds.
Contact: {N}, mob. {TEL}
NB! {N} not to be contacted (pt's wish).
Referral from {N}, rec'd {DATE}.
tel.nr {TEL}
ph {TEL} (sister)
Adr: {ADDR}
pnr {PNR}
dob {DOB}
mail: {MAIL}
CM {N} to book next mtg.
D/w {N}: agrees to plan.
{N} unavailable, left msg on {TELB}.
Pt says {NS} flat is too small.
New addr {ADDR} from {DATE}.
Next of kin: {N}, {TELB}.
Ring back on {TEL} re housing.
"""

OBSERVER = """
{N} chaired; agenda set by the patient.
{N} arrived late and sat by the window.
Observed: {N} interrupted the patient three times.
The patient turned to {N} when the topic of money came up.
{N} took notes on paper, {N} on a laptop.
At 10.40 {N} left the room to take a phone call.
Goal review led by {N}, who read the goals aloud.
Seating: patient, {N}, {N}, observer by the door.
{N} summed up and set the next date ({DATE}).
{N} brought up the letter from {N} at the council.
Present: {N}, {N}, {N} and the observer.
Present: {N} (pt), {N} (SO), {N} (CM). Apologies: {N}.
Attendees: {N}; {N}; {N}
{N} asked whether {N} could join by phone; the number given was {TELB}.
"""

QUOTES = """
"I told {N} I cannot do this any more," she said.
"Ring {N}, she knows everything," he said.
"My number is {TEL}, write it down," he insisted.
"{N} is the only one who listens."
"You can send it to {MAIL}," she says.
"We lived at {ADDR} before the divorce."
"It was {DATE}, I remember because it snowed."
“{N} always says I should rest more.”
'Don't tell {N},' she whispered.
Quote: "{NS} dog is the best thing in my week."
"Call my mobile, {TEL}, not the landline."
"When {N} comes, the whole room changes."
"""

BULLETS = """
{N}: wants help with the forms
call {N} ({TEL})
new address: {ADDR}
next mtg {DATE}
{N} to check with {N}
{NS} benefits stopped in the autumn
email to {MAIL} re the minutes
mobile {TEL}
"""

FILLER = """
She describes the week as uneven but manageable.
Sleep has improved since the evening walks started.
The group talked for a long time about the winter.
He would like more structure on weekdays.
Money is tight again this month.
The patient set the agenda and kept to it.
There was laughter when the coffee machine broke.
She is worried about the forms from the benefits office.
He says the voices are quieter when he is busy.
The kitchen was warm and everyone kept their coats on anyway.
They agreed to try again in two weeks.
Nobody mentioned the hospital stay, which felt deliberate.
She brought the photographs she had promised.
He left early, saying he was tired.
The goals were read aloud and two were ticked off.
There is a new case manager since the summer.
We talked about the allotment and the tomatoes.
He finds the bus difficult when it is crowded.
The flat is cleaner than last time.
Social Services have not answered the letter.
She wants to start at the day centre on Mondays.
A long silence followed; nobody filled it.
He asked for the minutes to be shorter.
The cat was on the table for most of the meeting.
Christmas is the worst time of year for her.
Ramadan starts soon and she wants the meetings in the morning.
The heating in the flat has been off for a week.
Her son helps with the shopping on Saturdays.
They disagreed about how often to meet, and left it open.
He talked about the job he had before he fell ill.
She read out a short poem she had written.
The psychiatrist could not come and sent apologies.
It was the first meeting without an interpreter.
The patient chose the topic: loneliness in the evenings.
He wants to learn to cook something other than pasta.
The group was smaller than usual because of the flu.
She said the new tablets make her mouth dry.
There was a disagreement about the holiday plans.
He has started going to the gym at the sports hall.
The observer noticed that nobody took notes.
They ended with a plan for the next fortnight.
Getting up in the morning is still the hardest part.
He brought his guitar but did not play.
She has been to the library twice this week.
Her partner thinks the group meets too often.
The interpreter was twenty minutes late.
The minutes from last time were approved without changes.
"""

HOMOGRAPH = """
Love is not the word she would use, she says.
May I add something, the patient asked at the end.
Will she manage the move on her own?
Mark the date in the shared calendar, the case manager said.
Per week she sees the case manager twice.
Hope remains, but it is fragile.
Rose early, walked the dog, then slept again until noon.
Bill payments are the main worry this month.
He says he will try again, which is new.
She may come to the next meeting if the bus runs.
They talked about love, loss and the garden.
The electricity bill came again, in red.
There is hope in how he talks about work now.
He planted a rose by the door last year.
Made a mark on the calendar for each good day.
In May the group will meet outdoors.
Will power is not the problem, she says.
Mark my words, she said, it will get better.
May is the hardest month for him.
Love, she said, is mostly showing up.
Hope you are well, the sister had written on the card.
The bill for the dentist is still unpaid.
Per the agreement, the nurse will phone on Fridays.
Three sessions per month seem enough.
May we stop early today, she asked.
Will anyone drive her home afterwards?
Hope is what keeps him coming, he says.
Love and money, the two things they argue about.
Rose and lavender from the garden were on the table.
Bill it to the municipality, the nurse suggested.
Mark is the word he uses for the scar on his arm.
"""

TRAPS = """
Sertraline 50 mg in the morning, 25 mg at night.
PHQ-9 score 14, down from 19 at intake.
Meeting from 10:15 to 11:30 in room 3.12.
She owes about 4 500 kronor in rent.
Three times a week, about 20 minutes each time.
Bus 47 to the centre takes 25 minutes.
Ward 63 has 14 beds and a long waiting list.
He was 34 when it started, in 2019.
Item 12 scored 3 of 4, the rest unchanged.
Lithium level 0.6 mmol/L last week.
Weight 82 kg, up 3 kg since the spring.
Rent is 7 850 kronor a month including heating.
Two of the 5 goals met, 1 partly.
Sleeps about 5-6 hours per night, sometimes less.
Clozapine 300 mg daily, blood tests every 4 weeks.
The group has met 17 times since 2023.
GAF 45 at intake, 58 now.
Walks 3-4 km most days.
"""

SUBJECTS = (
    "She", "He", "The patient", "The group", "Her partner", "The case manager", "Everyone",
    "The nurse", "His mother", "The observer", "They", "The psychiatrist", "Her neighbour",
)  # fmt: skip
PREDICATES = (
    "talked about the move", "seemed more relaxed", "found it hard to concentrate",
    "asked about the benefits", "brought up the summer holiday", "said very little",
    "laughed about the forms", "wanted to change the agenda", "looked tired",
    "will ask the doctor about the dose", "may need more support with the post",
    "came back to the question of work", "listened without interrupting",
    "described a bad night", "thought the plan was too ambitious", "made tea for everyone",
    "was worried about the rent", "spoke warmly about the day centre",
    "will bring the papers next time", "may not come in December",
    "kept checking the phone", "suggested a shorter meeting", "agreed with the plan",
)  # fmt: skip
WHEN = (
    "today", "this time", "for most of the meeting", "after the break", "towards the end",
    "again", "as usual", "in the first half hour", "when the coffee came", "for once",
    "more than last time", "at the start",
)  # fmt: skip
