"""What a Scandinavian genitive "s" owns in a care note when the owner is a person: their
journal, application, goals, view of things, health, treatment, guardian, papers.

Swedish, Danish and Norwegian glue the genitive "s" straight on a name ("Dags journal",
"Marks ansökan", "Jacks bild av läget", "Dags gode man"), and the owned thing follows in its
indefinite form. A registered name whose form with an "s" is itself an ordinary word
("dags", time for; "marks", "jacks", English plurals) is read as the person only where the
noun after it leaves no other reading (`namecontext.owner_possessive`, with a home or a
belonging; `namecontext.kin_possessive`, with a relative or a contact detail). The nouns
here are the rest of what interviewers write down as a person's own: the record and the
case, the person's view and wishes, health and treatment, money and papers, the guardian
("gode man"). Neither "dags" nor an English plural stands before one of them: "det är dags
att", "dags för", "the Marks and Spencer bag" keep their words.

Only indefinite Scandinavian nouns are listed: the English genitive takes an apostrophe
("Mark's plan", rule 1 of `names.py`), and a definite noun ("dags journalen") follows no
genitive.
"""

from __future__ import annotations

HELD = frozenset(
    """journal journalanteckning anteckningar akt ansökan ansøgning søknad mål målsättning
    bild syn uppfattning opfattelse oppfatning åsikt önskan önskemål ønske ønsker behov
    mående hälsa helbred helse situation situasjon ekonomi økonomi skulder gæld gjeld
    vårdplan genomförandeplan handlingsplan behandling behandlingsplan medicin mediciner
    medicinering medisiner medisinering läkemedel diagnos diagnose remiss henvisning
    beslut vedtak afgørelse ärende sjukskrivning sygemelding sykmelding gode förvaltare
    kontaktperson handläggare sagsbehandler saksbehandler vårdnadshavare födelsedag
    fødselsdag bursdag namn navn samtycke samtykke berättelse fortælling version
    kläder tøj klær väska plånbok pengar penge nycklar nøgler nøkler legitimation
    körkort kørekort førerkort rullator hjälpmedel hjælpemidler hjelpemidler bostad
    bolig""".split()
)
