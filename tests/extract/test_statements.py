"""Statements: speaker, role, stance and quote, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from watchfloor.extract.statements import find_statements
from watchfloor.models import Mention, Statement
from watchfloor.text.segment import sentences

PUB = dt.date(2024, 6, 10)


def _run(text: str, events: tuple[Mention, ...] = ()) -> tuple[Statement, ...]:
    return find_statements(text, sentences(text), events, PUB)


def _one(text: str) -> Statement:
    found = _run(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "speaker", "role", "stance"),
    [
        (
            "Greek Foreign Minister Eleni Markou condemned the shelling of the port.",
            "Eleni Markou",
            "Greek Foreign Minister",
            "condemn",
        ),
        (
            "The Lebanese government strongly denounced the raid as aggression.",
            "Lebanese government",
            None,
            "condemn",
        ),
        ("Egypt accused Israel of a violation of its sovereignty.", "Egypt", None, "condemn"),
        (
            "Army spokesman Colonel Tariq Bashir said the group fired at the frigate.",
            "Tariq Bashir",
            "Army spokesman Colonel",
            "claim",
        ),
        (
            "The Kataib Hezbollah militia claimed responsibility for the blast.",
            "Kataib Hezbollah militia",
            None,
            "claim",
        ),
        ("Damascus denied any role in the bombing.", "Damascus", None, "deny-involvement"),
        ("The ministry denied the reports.", "ministry", None, "deny"),
        (
            "Defence Secretary Mark Hale said the raids were an act of self-defence.",
            "Mark Hale",
            "Defence Secretary",
            "support-response",
        ),
        (
            "Senator Lucy Brandt said the strikes would restore deterrence.",
            "Lucy Brandt",
            "Senator",
            "support-response",
        ),
        (
            "Jordanian lawmakers demanded the withdrawal of foreign forces from the kingdom.",
            "Jordanian lawmakers",
            None,
            "demand-withdrawal",
        ),
        (
            "A State Department official said Washington has no plans to withdraw from the base.",
            "State Department official",
            None,
            "reject-withdrawal",
        ),
        (
            "Rebel commander Omar Haddad vowed revenge for the killing of his deputy.",
            "Omar Haddad",
            "Rebel commander",
            "pledge-retaliation",
        ),
        (
            "The Kremlin warned that further strikes would widen the conflict.",
            "Kremlin",
            None,
            "threaten",
        ),
        (
            "Opposition leader Sami Nour welcomed the strikes on the depots.",
            "Sami Nour",
            "Opposition leader",
            "support-response",
        ),
        (
            "UN Secretary-General Ana Ruiz condemned the attack on the convoy.",
            "Ana Ruiz",
            "UN Secretary-General",
            "condemn",
        ),
    ],
)
def test_speaker_role_stance(text: str, speaker: str, role: str | None, stance: str) -> None:
    s = _one(text)
    assert (s.speaker, s.role, s.stance) == (speaker, role, stance)
    assert s.span is not None and s.span.text(text) == text


def test_quote_after_the_verb() -> None:
    text = "The president said the operation was “a lawful act of self-defence” and ended."
    s = _one(text)
    assert s.quote == "a lawful act of self-defence"
    assert s.stance == "support-response"


def test_inverted_quote_with_role_after_the_name() -> None:
    text = '"We will hold the perpetrators accountable," said Admiral Jo Kim, Fleet Commander.'
    s = _one(text)
    assert (s.speaker, s.role) == ("Jo Kim", "Fleet Commander")
    assert s.quote == "We will hold the perpetrators accountable"


def test_quote_before_a_sentence_final_verb() -> None:
    text = "“We will respond at a time of our choosing,” Prime Minister Dana Cole said."
    s = _one(text)
    assert (s.speaker, s.role, s.stance) == ("Dana Cole", "Prime Minister", "pledge-retaliation")
    assert s.quote == "We will respond at a time of our choosing"


def test_appositive_role() -> None:
    text = "Paul Grant, the head of the defence committee, condemned the attack."
    s = _one(text)
    assert (s.speaker, s.role) == ("Paul Grant", "head of the defence committee")


def test_possessive_office_holder() -> None:
    s = _one("The ministry’s spokesperson stated the country has no intention of leaving.")
    assert (s.speaker, s.stance) == ("ministry spokesperson", "reject-withdrawal")


def test_pronoun_and_bare_office_refer_back() -> None:
    text = (
        "Foreign Minister Rana Aziz spoke to reporters on Sunday. "
        "She condemned the drone strike on the market. "
        "A navy spokesperson said the ships returned to port. "
        "The spokesperson added that the strikes were necessary and proportionate."
    )
    found = _run(text)
    assert [(s.speaker, s.stance) for s in found] == [
        ("Rana Aziz", "condemn"),
        ("navy spokesperson", "support-response"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A security source said the strike was a violation of sovereignty.",
        "Local media said the aggression killed two.",
        "Witnesses said they condemned nothing.",
        "The ministry said two drones were shot down.",
        "Officials met on Monday to discuss aid.",
        "He condemned the attack.",  # no one to refer back to
    ],
)
def test_not_statements(text: str) -> None:
    assert _run(text) == ()


def test_about_event_same_sentence_and_definite_reference() -> None:
    text = (
        "On Friday, jets bombed a bridge near the border. "
        "Rockets hit a barracks in the north on Saturday. "
        "The governor condemned the bombing of the bridge. "
        "The cabinet denounced the aggression."
    )
    sents = sentences(text)
    e1 = Mention(id="e1", spans=(sents[0],), evidence=sents[0].text(text))
    e2 = Mention(id="e2", spans=(sents[1],), evidence=sents[1].text(text))
    found = find_statements(text, sents, (e1, e2), PUB)
    assert [(s.speaker, s.about_event) for s in found] == [("governor", "e1"), ("cabinet", None)]


def test_one_statement_per_speaker_stance_and_event() -> None:
    text = (
        "The army said the raid was an act of self-defence. "
        "The army later said the raid was necessary and proportionate."
    )
    assert len(_run(text)) == 1


def test_never_raises_on_odd_input() -> None:
    for text in ["", "said", "“", '"," said', "He said.", "Said X, said Y, ”said”."]:
        _run(text)


def test_same_stance_far_apart_is_two_statements() -> None:
    filler = " ".join(f"Aid convoy {i} reached the town." for i in range(5))
    text = (
        "The army said the raid was an act of self-defence. "
        + filler
        + " The army said the new raid was an act of self-defence too."
    )
    assert len(_run(text)) == 2


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Its commander, Rami Saleh, warned that the convoy would be hit.",
            "Rami Saleh",
            "commander",
        ),
        (
            "The raid was an act of self-defence, according to Colonel Ines Baro, the army "
            "spokeswoman.",
            "Ines Baro",
            "army spokeswoman",
        ),
        (
            "Interior Minister Tomas Reyes toured the site and said the blast was a crime.",
            "Tomas Reyes",
            "Interior Minister",
        ),
        (
            "The navy on Tuesday condemned the seizure of the tanker.",
            "navy",
            None,
        ),
    ],
)
def test_other_speaker_layouts(text: str, speaker: str, role: str | None) -> None:
    s = _one(text)
    assert (s.speaker, s.role) == (speaker, role)


def test_attribution_of_an_attack() -> None:
    s = _one("Major Lena Voss said the raid bore the hallmarks of the rebel brigade.")
    assert (s.speaker, s.stance) == ("Lena Voss", "attribute")


def test_group_claim_in_a_statement() -> None:
    s = _one("The Harbour Brigade said in a statement that it had targeted two patrol boats.")
    assert (s.speaker, s.stance) == ("Harbour Brigade", "claim")


def test_headline_is_skipped() -> None:
    text = "Ministry condemns raid on port\nThe ministry condemned the raid on the port."
    found = _run(text)
    assert [s.span.start if s.span else None for s in found] == [text.index("The ministry")]


def test_words_reported_inside_a_clause_belong_to_the_first_speaker() -> None:
    text = "A ministry spokesman said only that Cairo rejected any attack on the ships."
    assert [(s.speaker, s.stance) for s in _run(text)] == [("ministry spokesman", "condemn")]


def test_a_later_speaker_in_its_own_clause_is_separate() -> None:
    text = (
        "The governor said the fire started at dawn, before the cabinet condemned the "
        "shelling of the town."
    )
    assert [(s.speaker, s.stance) for s in _run(text)] == [("cabinet", "condemn")]


def test_object_of_a_preposition_is_not_a_speaker() -> None:
    assert _run("Militias aligned with Damascus threatened to widen the campaign.") == ()


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            '"We condemn this reckless attack," said Ministry of Defence spokesman Tom Hale.',
            "Tom Hale",
            "Ministry of Defence spokesman",
        ),
        (
            "The strike was justified, according to Pentagon press secretary Maj. Gen. Pat Ryder.",
            "Pat Ryder",
            "Pentagon press secretary Maj. Gen.",
        ),
        (
            '"This is a flagrant violation of our sovereignty," said the Iraqi government.',
            "Iraqi government",
            None,
        ),
    ],
)
def test_inverted_speaker_with_a_lower_case_title(
    text: str, speaker: str, role: str | None
) -> None:
    s = _one(text)
    assert (s.speaker, s.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        (
            'Defence Minister Avi Cohen said Israel would "exact a price" at a time it chooses.',
            "Avi Cohen",
            "threaten",
        ),
        (
            "Jordan's ambassador to Iraq, Omar Haddad, who was not hurt, said the response "
            'would be "harsh."',
            "Omar Haddad",
            "threaten",
        ),
        (
            "Lebanese Foreign Minister Rami Saad, who visited the site, condemned what he "
            'called a "heinous attack."',
            "Rami Saad",
            "condemn",
        ),
        (
            "President Dana Moore, who cut short a weekend trip to the coast to meet with her "
            'national security team, said she condemned the attack "in the strongest terms."',
            "Dana Moore",
            "condemn",
        ),
        ('Spokesperson Dana Lee called the launches "reckless" on Monday.', "Dana Lee", "condemn"),
        (
            "The Turkish army said it does not comment on foreign reports.",
            "Turkish army",
            "no-comment",
        ),
        (
            "An official with Harakat al-Nujaba told reporters the group was not involved.",
            "Harakat al-Nujaba",  # the group speaks through its official (the role)
            "deny-involvement",
        ),
        (
            "A commander of Kataib Hezbollah, one of the largest factions, told AFP the group "
            "had no role in the attack.",
            "Kataib Hezbollah",
            "deny-involvement",
        ),
        (
            "The Israeli army said it does not respond to reports in the foreign media.",
            "Israeli army",
            "no-comment",
        ),
        (
            'The army spokesman said: "The deliberate fire at farmers shows a disregard for '
            'human life."',
            "army spokesman",
            "condemn",
        ),
        (
            "Jordan's foreign ministry said it was recalling its ambassador from Tehran.",
            "Jordan's foreign ministry",
            "condemn",
        ),
        (
            "The Houthi leader has said the group would stop its attacks only if the war ends.",
            "Houthi leader",
            "condition",
        ),
        (
            "Tehran said the barrage was retaliation for the strike on its consulate.",
            "Tehran",
            "support-response",
        ),
        (
            "The foreign minister dismissed the drones as toys, but warned that any further "
            "action would meet a response at the maximum level.",
            "foreign minister",
            "dismiss",
        ),
        (
            "Security minister Dan Ober derided the operation as feeble.",
            "Dan Ober",
            "criticize",
        ),
        (
            'Defense Minister Ron Tal writes on X that "the group crossed the red line."',
            "Ron Tal",
            "threaten",
        ),
        (
            "Foreign ministry spokesman Ali Reza defended the strikes as precise.",
            "Ali Reza",
            "support-response",
        ),
        (
            'Hezbollah MP Karim Saleh warned that Israel "will pay the price" for the killings.',
            "Karim Saleh",
            "threaten",
        ),
        (
            "Defense Minister Dan Levi said the army could strike far deeper inside Lebanon.",
            "Dan Levi",
            "threaten",
        ),
    ],
)
def test_more_ways_of_taking_a_position(text: str, speaker: str, stance: str) -> None:
    s = _one(text)
    assert (s.speaker, s.stance) == (speaker, stance)


def test_nobody_is_no_speaker_and_a_dismissal_from_office_is_no_stance() -> None:
    assert _run("No group immediately claimed responsibility for the attack.") == ()
    assert _run("The government dismissed the army chief on Monday.") == ()


def test_an_officials_name_is_the_speaker_apart_from_the_group_named_before() -> None:
    s = _run(
        "Hezbollah claimed attacks on three Israeli bases on Thursday. Hezbollah official "
        "Hashem Ali vowed at the funeral that the group would expand its attacks."
    )
    assert [(x.speaker, x.role) for x in s][-1] == ("Hashem Ali", "Hezbollah official")


def test_a_quote_after_a_colon_in_the_next_paragraph_is_the_speakers() -> None:
    s = _run(
        "RAF jets struck two sites near Sanaa on Monday night. Defence Secretary Ann Wells said:"
        '\n\n"We acted in self-defence to protect shipping."'
    )
    assert [(x.speaker, x.stance, x.quote) for x in s] == [
        ("Ann Wells", "support-response", "We acted in self-defence to protect shipping")
    ]


def test_a_transcript_label_names_the_speaker_of_its_turn() -> None:
    s = _run(
        "Deputy Pentagon Press Secretary Holds a Press Briefing\n\n"
        "DEPUTY PRESS SECRETARY JANE ROE: Good afternoon. A drone struck the base on Sunday.\n\n"
        "We know that Iranian-backed militia groups are responsible, and this attack has the "
        "footprints of Kataib Hezbollah.\n\n"
        "Q: Where did it happen? Was it in Syria? Can you clarify?\n\n"
        "MS. ROE: It happened in Jordan. It is close to the border.\n\n"
        "Q: Will you respond?\n\n"
        "MS. ROE: We do not seek a wider war. But we will respond at a time of our choosing."
    )
    assert [(x.speaker, x.role, x.stance) for x in s] == [
        ("Jane Roe", "Deputy Press Secretary", "attribute"),
        ("Jane Roe", "Deputy Press Secretary", "pledge-retaliation"),
    ]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Uni-Tankers said the tanker had no connection to Israel.", "deny"),
        (
            "A U.S. defense official told reporters that the carrier had not been attacked, "
            'calling the claim "false".',
            "deny",
        ),
        ("The army spokesman called the reports baseless.", "deny"),
        (
            'A spokesman, Rear Adm. Dan Hale, said "we will be obligated to respond" to attacks.',
            "pledge-retaliation",
        ),
        (
            "The group's spokesman said the group's naval forces had carried out an operation "
            "against two ships.",
            "claim",
        ),
    ],
)
def test_stances_of_denial_pledge_and_claim(text: str, stance: str) -> None:
    assert _one(text).stance == stance


def test_a_live_blog_headline_with_a_colon_is_no_speakers_turn() -> None:
    s = _run(
        "IDF: 99% of threats intercepted\n\nThe barrage was a reckless escalation. Later, a "
        "drone struck the base."
    )
    assert [x.speaker for x in s] == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "A Kataib Hezbollah official said the killing will not pass without a response.",
            "pledge-retaliation",
        ),
        ("Supreme Leader Ali Khamenei said Israel will be punished for the attack.", "threaten"),
        ("The foreign ministry said there was no justification for the raids.", "condemn"),
        ("The army spokesman said the kingdom would continue to strike smugglers.", "threaten"),
        (
            "Defense Minister Yoav Gallant said it was the start of a new phase in the war.",
            "threaten",
        ),
        (
            'President Joe Biden called the strikes "a direct response to unprecedented attacks".',
            "support-response",
        ),
        (
            'The group\'s leader Ali Hassan said its operations would "continue and escalate".',
            "threaten",
        ),
        ('The UN rights chief, Jane Roe, called the reports "deeply disturbing".', "condemn"),
        ("Foreign Minister Jane Roe deplored the shelling of the village.", "condemn"),
    ],
)
def test_more_cues_of_threat_condemnation_and_support(text: str, stance: str) -> None:
    assert _one(text).stance == stance


def test_declining_to_comment_is_no_comment_and_no_claim() -> None:
    s = _one("The Israeli military declined to comment and did not claim responsibility.")
    assert (s.speaker, s.stance) == ("Israeli military", "no-comment")


def test_a_long_appositive_title_keeps_the_speaker() -> None:
    s = _one(
        "Major General Yahya Rasool, the military spokesman of the commander-in-chief of the "
        'armed forces, called it "a blatant assassination in a residential neighbourhood".'
    )
    assert (s.speaker, s.stance) == ("Yahya Rasool", "condemn")


def test_a_quoted_sentence_with_no_stance_cue_is_still_on_the_record() -> None:
    st = _one(
        'Government spokesman Muhannad Mubaidin said the authorities would not allow "attempts '
        "to exploit the public's support for Palestinians to sow chaos\"."
    )
    assert (st.speaker, st.stance) == ("Muhannad Mubaidin", "other")
    assert st.quote is not None and st.quote.startswith("attempts to exploit")


def test_a_quoted_phrase_that_only_reports_a_fact_is_no_statement() -> None:
    assert _run('The air defence command said the strikes caused "limited damage".') == ()


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli enemy army claimed that its raids came in response to a rocket attack.",
        "The Israeli occupation army said the strikes came in response to a rocket attack.",
    ],
)
def test_an_epithet_is_no_part_of_the_speakers_name(text: str) -> None:
    assert _one(text).speaker == "Israeli army"


def test_forces_responding_to_an_attack_support_the_response() -> None:
    st = _one("The Israeli army said its jets had been responding to the barrage on Safed.")
    assert (st.speaker, st.stance) == ("Israeli army", "support-response")


def test_he_said_after_a_quote_is_the_titled_person_named_before() -> None:
    st = _one(
        "President Recep Tayyip Erdoğan chaired a security summit in Istanbul on Saturday. "
        '"We will never allow a terror corridor to be established along our southern borders," '
        "he said afterward."
    )
    assert (st.speaker, st.role) == ("Recep Tayyip Erdoğan", "President")
    assert st.quote is not None and st.quote.startswith("We will never allow")


def test_a_quote_right_before_a_titled_speaker_is_theirs() -> None:
    st = _one(
        '"These targeted strikes are a clear message that we will not tolerate attacks on our '
        'personnel," President Joe Biden said in a statement, adding that he "will not '
        'hesitate to direct further measures."'
    )
    assert (st.speaker, st.role) == ("Joe Biden", "President")
    assert st.quote is not None and st.quote.startswith("These targeted strikes")


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "President Joseph Aoun of Lebanon condemned the strike on the capital.",
            "Joseph Aoun",
            "President of Lebanon",
        ),
        (
            "Secretary of State Antony Blinken condemned the attack.",
            "Antony Blinken",
            "Secretary of State",
        ),
        (
            "Qasim al-Araji, Iraq's national security adviser, said the claims were baseless.",
            "Qasim al-Araji",
            "Iraq's national security adviser",
        ),
        (
            "Iran's foreign ministry, for its part, denied directing the groups.",
            "Iran's foreign ministry",
            None,
        ),
    ],
)
def test_a_place_after_a_name_an_owners_title_and_an_aside_around_the_speaker(
    text: str, speaker: str, role: str | None
) -> None:
    found = _one(text)
    assert (found.speaker, found.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Defense Minister Israel Katz said he had instructed the military to respond "
            "forcefully to any breach.",
            "threaten",
        ),
        (
            "Defense Secretary Pete Hegseth has said the strikes will continue until the "
            "attacks on shipping stop.",
            "threaten",
        ),
        (
            "Prime Minister Mohammed al-Sudani said the perpetrators would be brought to justice.",
            "condemn",
        ),
    ],
)
def test_cues_of_a_threat_to_go_on_and_of_justice_promised(text: str, stance: str) -> None:
    assert _one(text).stance == stance


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Sayyed Safieddine said the resistance would respond.", "Safieddine", "Sayyed"),
        ("Sayyid Nasrallah vowed to retaliate for the killing.", "Nasrallah", "Sayyid"),
    ],
)
def test_an_honorific_is_no_part_of_the_name(text: str, speaker: str, role: str) -> None:
    s = _one(text)
    assert (s.speaker, s.role) == (speaker, role)


def test_a_short_quoted_clause_is_a_position_on_the_record() -> None:
    """Four quoted words are a position ('should neither be exaggerated nor downplayed');
    two ('limited damage') only report a fact."""
    st = _one(
        'Supreme Leader Ali Khamenei said the attack "should neither be exaggerated nor '
        'downplayed".'
    )
    assert (st.speaker, st.stance) == ("Ali Khamenei", "other")


def test_a_titled_name_a_colon_and_a_quote_are_a_statement() -> None:
    """Live blogs give a leader's words as 'Title Name: "..."'."""
    st = _one(
        'Saturday, 19:45 | Defence Minister Yoav Gallant: "The blood of Israeli citizens has '
        'a price."'
    )
    assert (st.speaker, st.role) == ("Yoav Gallant", "Defence Minister")
    assert st.quote == "The blood of Israeli citizens has a price."


def test_a_participle_aside_is_skipped_back_to_the_speaker() -> None:
    st = _one(
        "Iranian Foreign Minister Hossein Amir-Abdollahian, speaking at the United Nations on "
        'Thursday, warned that the United States "will not be spared from this fire."'
    )
    assert (st.speaker, st.role) == ("Hossein Amir-Abdollahian", "Iranian Foreign Minister")


@pytest.mark.parametrize(
    "text",
    [
        "Some warned that the process could stall if the operations continued.",
        "Having promised a far heavier blow, the leadership said it would respond.",
        "Overnight, officials said the strikes would continue and warned of more.",
        "Sunday's missile, which the group said was hypersonic, slammed into an orchard.",
        "Local sources in the town denied that the building was used by the group.",
    ],
)
def test_times_quantifiers_and_openers_are_no_speakers(text: str) -> None:
    names = [s.speaker for s in _run(text)]
    assert not {"Some", "Having", "Overnight", "Sunday's", "Sunday", "Local"} & set(names)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Lebanon's health ministry said six people were killed, but warned the toll "
            "would rise.",
            "Lebanon's health ministry",
        ),
        (
            "For its part, Houthi political bureau member Mohammed al-Bukhaiti warned that "
            'Washington would "pay the price."',
            "Mohammed al-Bukhaiti",
        ),
        (
            "Commenting on the strikes, the Chinese Foreign Ministry said China opposes any "
            "violation of sovereignty.",
            "Chinese Foreign Ministry",
        ),
        (
            "U.S. jets struck facilities used by Kataib Hezbollah, the militia the Pentagon "
            "blamed for the attack.",
            "Pentagon",
        ),
    ],
)
def test_the_speaker_phrase_is_trimmed_to_the_name(text: str, speaker: str) -> None:
    assert [s.speaker for s in _run(text)] == [speaker]


def test_a_plural_name_does_not_refer_back_to_an_adjective_formed_from_it() -> None:
    found = _run(
        "Houthi-run media said the group's air defences confronted the aircraft. "
        "The Houthis have threatened to respond to the strikes."
    )
    assert "Houthi-run" not in [s.speaker for s in found]


def test_the_army_refers_back_to_the_state_force_named_before() -> None:
    found = _run(
        "The Israel Defense Forces struck launchers in the south on Monday. In a statement, "
        "the army said it had struck around 100 rocket launchers."
    )
    assert [s.speaker for s in found] == ["Israel Defense Forces"]


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        (
            "Hassan Nasrallah, Hezbollah's secretary-general, called the device attacks "
            '"a declaration of war" and promised "just retribution".',
            "Hassan Nasrallah",
            "condemn",
        ),
        (
            "Supreme Leader Ali Khamenei nonetheless claimed that Iran had delivered "
            '"a slap in the face" to the United States.',
            "Ali Khamenei",
            "other",
        ),
        (
            "Defense Secretary Lloyd Austin told his Israeli counterpart that the United States "
            '"will not tolerate" attacks on its personnel.',
            "Lloyd Austin",
            "threaten",
        ),
    ],
)
def test_hyphenated_titles_adverbs_and_short_warnings(text: str, speaker: str, stance: str) -> None:
    st = _one(text)
    assert (st.speaker, st.stance) == (speaker, stance)


def test_a_persons_quoted_words_are_a_statement_an_institutions_quoted_term_is_not() -> None:
    person = _one('US President Joe Biden said the United States was "fully supportive" of Israel.')
    assert (person.speaker, person.quote) == ("Joe Biden", "fully supportive")
    assert _run('The Pentagon said the missile was a "short-range ballistic missile".') == ()


def test_a_confirmation_in_a_persons_words_is_a_statement() -> None:
    found = _one('Defence Minister Lloyd Austin confirmed the strikes were "just the beginning".')
    assert found.speaker == "Lloyd Austin"


def test_a_speakers_second_remark_joined_by_and_is_theirs() -> None:
    found = _one("The strikes hit 13 sites, CENTCOM said, and warned the Houthis would face more.")
    assert (found.speaker, found.stance) == ("CENTCOM", "threaten")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Iranian Foreign Minister Abbas Araghchi: "The events this morning are outrageous."',
            "Abbas Araghchi",
        ),
        (
            'Defense Minister Israel Katz issued a blunt warning: "Whoever harms us, we will harm '
            'them sevenfold."',
            "Israel Katz",
        ),
        (
            'Prime Minister Benjamin Netanyahu, visiting the base: "We will continue to strike '
            'Hezbollah."',
            "Benjamin Netanyahu",
        ),
    ],
)
def test_a_titled_person_then_a_colon_and_a_quote(text: str, speaker: str) -> None:
    assert _one(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The European Union's foreign policy chief, Josep Borrell, urged all sides to "
            "exercise maximum restraint.",
            "Josep Borrell",
        ),
        ("Egypt called for de-escalation after the strikes.", "Egypt"),
        (
            'The UN envoy, Geir Pedersen, told reporters he was "deeply alarmed" by the killings.',
            "Geir Pedersen",
        ),
        ('Saudi Arabia expressed "great concern" over the strikes.', "Saudi Arabia"),
    ],
)
def test_a_call_to_hold_back_is_a_stance(text: str, speaker: str) -> None:
    st = _one(text)
    assert (st.speaker, st.stance) == (speaker, "call-for-restraint")


def test_a_call_for_restraint_that_condemns_is_a_condemnation() -> None:
    st = _one("Qatar condemned the blatant aggression and urged restraint.")
    assert st.stance == "condemn"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Hezbollah told AFP the group had nothing to do with the attack.", "deny"),
        (
            'Turkey\'s defence ministry said its forces had "neutralised" 23 PKK militants.',
            "claim",
        ),
        ("The IRGC said it had destroyed the headquarters of the group.", "claim"),
    ],
)
def test_more_denials_and_claims(text: str, stance: str) -> None:
    assert _one(text).stance == stance
