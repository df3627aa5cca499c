"""Extraction behaviour on sentences of our own, one linguistic case each
(../shared/eval/GUIDELINES.md says what is correct)."""
from __future__ import annotations

import pytest

from kg.pipeline import extract_text


def facts(text, nlp):
    """Direct triples (asserted events) as (agent name, relation, target name)."""
    ex = extract_text(text, nlp=nlp)
    names = {e.key: e.name for e in ex.entities}
    return {(names[e.agent], e.relation, names[e.target]) for e in ex.events if e.asserted}


def events(text, nlp):
    ex = extract_text(text, nlp=nlp)
    names = {e.key: e.name for e in ex.entities}
    return {(names[e.agent], e.relation, names[e.target], e.polarity, e.modality) for e in ex.events}


CASES = {
    # voice
    "active": ("Russia attacked Ukraine on Monday.", {("Russia", "attacked", "Ukraine")}),
    "passive with by": ("Kharkiv was shelled by Russian forces overnight.", {("Russia", "attacked", "Kharkiv")}),
    "passive without agent": ("Kharkiv was shelled overnight.", set()),
    # nominal events
    "possessive attack on": ("Iran's attack on Israel drew wide criticism.", {("Iran", "attacked", "Israel")}),
    "attacks by X on Y": ("Drone attacks by Iran on Israel continued.", {("Iran", "attacked", "Israel")}),
    "strikes by X against Y": ("Strikes by Israel against Hezbollah intensified.", {("Israel", "attacked", "Hezbollah")}),
    "launched an offensive against": ("Turkey launched an offensive against the PKK.", {("Turkey", "attacked", "PKK")}),
    "fired missiles at": ("North Korea fired missiles at Japan on Sunday.", {("North Korea", "attacked", "Japan")}),
    "demonym agent": ("Iranian drones struck Israel.", {("Iran", "attacked", "Israel")}),
    "state agent noun": ("Israel's military struck Rafah overnight.", {("Israel", "attacked", "Rafah")}),
    "offensive in a city": ("Israel's offensive in Rafah continued on Monday.", {("Israel", "attacked", "Rafah")}),
    "attacks in a country are no attack on it": ("Iran conducts raids in eastern Syria.", set()),
    "fighters of a group": ("Hamas fighters attacked an Israeli army post.", {("Hamas", "attacked", "Israel")}),
    "attack killed": ("A mortar attack claimed by Hezbollah killed two Israeli soldiers.", {("Hezbollah", "attacked", "Israel")}),
    # places as targets
    "city as target": ("Russian missiles struck Kyiv on Tuesday.", {("Russia", "attacked", "Kyiv")}),
    "unnamed facility located": ("Iran struck military bases in Israel.", {("Iran", "attacked", "Israel")}),
    "unnamed facility owned": ("Israel bombed the Iranian consulate in Damascus.", {("Israel", "attacked", "Iran")}),
    # coordination
    "coordinated subjects": ("France and Germany condemned the Russian attack.",
                             {("France", "condemned", "Russia"), ("Germany", "condemned", "Russia")}),
    "coordinated objects": ("Russia attacked Ukraine and Georgia.",
                            {("Russia", "attacked", "Ukraine"), ("Russia", "attacked", "Georgia")}),
    # actions as objects
    "condemned an action": ("Canada condemned Iran's attack on Israel.",
                            {("Canada", "condemned", "Iran"), ("Iran", "attacked", "Israel")}),
    "condemnation of": ("The condemnation of Russia by Poland was swift.", {("Poland", "condemned", "Russia")}),
    "condemned without actor": ("Canada condemned the violence.", set()),
    # call senses
    "phoned": ("Emmanuel Macron called Vladimir Putin on Tuesday.", {("Emmanuel Macron", "called", "Vladimir Putin")}),
    "in a call with": ("Emmanuel Macron restated his support for Ukraine in a call with Volodymyr Zelensky.",
                       {("Emmanuel Macron", "called", "Volodymyr Zelensky"), ("Emmanuel Macron", "supported", "Ukraine")}),
    "phone call with": ("Antony Blinken held a phone call with Wang Yi.", {("Antony Blinken", "called", "Wang Yi")}),
    "called X a Y": ("Iran called the strike an act of aggression.", set()),
    "called it": ("Joe Biden called it a tragedy.", set()),
    "called for": ("The United Nations called for calm.", set()),
    "called on": ("Egypt called on Israel to halt the offensive.", set()),
    "a call for": ("Qatar renewed its call for a ceasefire.", set()),
    # opposition
    "opposed verb": ("China opposed the sanctions imposed by the United States.", {("China", "opposed", "United States")}),
    "is opposed to": ("Germany is opposed to Russia's plan.", {("Germany", "opposed", "Russia")}),
    "would oppose is a stance": ("Keir Starmer said he would oppose a Turkish counterattack on Syria.",
                                 {("Keir Starmer", "opposed", "Turkey")}),
    "rejected": ("Israel rejected the proposal put forward by Egypt.", {("Israel", "opposed", "Egypt")}),
    # extended relations
    "backed": ("The Iran-backed Houthi rebels fired a missile at Saudi Arabia.",
               {("Iran", "supported", "Houthis"), ("Houthis", "attacked", "Saudi Arabia")}),
    "warned": ("Joe Biden warned Iran of retaliation.", {("Joe Biden", "warned", "Iran")}),
    "met with": ("Antony Blinken met with Mohammed bin Salman in Riyadh.", {("Antony Blinken", "met", "Mohammed bin Salman")}),
    "met members of a group": ("Joe Biden met with his advisers, including Antony Blinken and Lloyd Austin.",
                               {("Joe Biden", "met", "Antony Blinken"), ("Joe Biden", "met", "Lloyd Austin")}),
    # actors named once, then by a definite description
    "the rebels said they": ("The Houthi rebels fired drones at Jizan. The rebels said on Monday they had targeted the port of Jeddah.",
                             {("Houthis", "attacked", "Jizan"), ("Houthis", "attacked", "Jeddah")}),
    "responsible for an attack": ("Al-Shabaab said on Friday that the group had been responsible for an assault on Kenya.",
                                  {("Al-Shabaab", "attacked", "Kenya")}),
    "claimed responsibility": ("Boko Haram quickly claimed responsibility for a raid on Chad.", {("Boko Haram", "attacked", "Chad")}),
    # targets named by members and by a name after a common noun
    "targets including": ("The Rapid Support Forces launched a series of assaults targeting villages, including Tawila and Kutum.",
                          {("Rapid Support Forces", "attacked", "Tawila"), ("Rapid Support Forces", "attacked", "Kutum")}),
    "ship named after noun": ("Houthi rebels struck the cargo ship Galaxy Leader on Sunday.",
                              {("Houthis", "attacked", "Galaxy Leader")}),
    "second call partner on the verb": (
        "Ismail Haniyeh held a phone call with Antony Blinken, and with the Qatari prime minister, Mohammed bin Abdulrahman Al Thani.",
        {("Ismail Haniyeh", "called", "Antony Blinken"), ("Ismail Haniyeh", "called", "Mohammed bin Abdulrahman Al Thani")}),
    "condemnation of what it describes as": (
        "Chad voiced firm condemnation of what it describes as a wave of killings by the Rapid Support Forces.",
        {("Chad", "condemned", "Rapid Support Forces")}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_relation_cases(name, nlp):
    text, expected = CASES[name]
    assert facts(text, nlp) == expected


# -- entity resolution -------------------------------------------------------

def test_titles_surnames_and_pronouns_join_one_person(nlp):
    ex = extract_text("US President Joe Biden condemned the attack. Biden said he spoke to "
                      "allies. Later he condemned Russia.", nlp=nlp)
    people = [e for e in ex.entities if e.type == "Person"]
    assert [p.name for p in people] == ["Joe Biden"]
    assert "Biden" in people[0].aliases
    assert ("Joe Biden", "condemned", "Russia") in facts(ex.document.text, nlp)


@pytest.mark.parametrize("text,expected", [
    ("Tehran condemned the strike by Israel.", ("Iran", "condemned", "Israel")),
    ("The Kremlin condemned the attack by Ukraine.", ("Russia", "condemned", "Ukraine")),
    ("Washington condemned the attack by Iran.", ("United States", "condemned", "Iran")),
    ("The U.S. condemned the attack by Iran.", ("United States", "condemned", "Iran")),
    ("China's foreign ministry condemned the attack by Japan.", ("China", "condemned", "Japan")),
    ("The Government of Sudan condemned the attack by the Rapid Support Forces.",
     ("Sudan", "condemned", "Rapid Support Forces")),
])
def test_metonymy_resolves_to_the_state(text, expected, nlp):
    assert expected in facts(text, nlp)


def test_role_description_resolves_to_person(nlp):
    text = ("Israeli Prime Minister Benjamin Netanyahu spoke on Monday. "
            "Egypt condemned the Israeli leader.")
    assert ("Egypt", "condemned", "Benjamin Netanyahu") in facts(text, nlp)


def test_acronym_in_brackets_is_an_alias(nlp):
    ex = extract_text("The Rapid Support Forces (RSF) attacked Nyala. The RSF attacked Kutum.", nlp=nlp)
    rsf = next(e for e in ex.entities if e.name == "Rapid Support Forces")
    assert "RSF" in rsf.aliases
    assert len({e.agent for e in ex.events}) == 1


def test_demonym_and_country_are_one_entity(nlp):
    ex = extract_text("Iranian drones struck Israel. Iran denied it.", nlp=nlp)
    iran = [e for e in ex.entities if e.name == "Iran"]
    assert len(iran) == 1 and iran[0].type == "Country" and "Iranian" in iran[0].aliases


# -- factuality ---------------------------------------------------------------

@pytest.mark.parametrize("text,polarity,modality", [
    ("The United States would not attack Iran.", "negative", None),
    ("Israel did not strike Iran on Friday.", "negative", None),
    ("Israel will strike Iran.", "positive", "future"),
    ("Iran vowed to attack Israel.", "positive", "intended"),
    ("Russia threatened to strike Poland.", "positive", "intended"),
    ("If Israel strikes Iran, oil prices will rise.", "positive", "hypothetical"),
    ("Azerbaijan accused Armenia of shelling Azerbaijani villages.", "positive", "hedged"),
    ("Armenia denied shelling Azerbaijan.", "positive", "denied"),
    ("A suspected Houthi attack on Israel was reported.", "positive", "hedged"),
    ("A strike widely attributed to Israel hit a base in Syria.", "positive", "hedged"),
    ("Israel is planning an attack on Iran.", "positive", "intended"),
    ("Israel plans to strike Iran.", "positive", "intended"),
    ("Did Iran attack Israel?", "positive", "question"),
])
def test_unasserted_events_are_kept_but_not_asserted(text, polarity, modality, nlp):
    evs = {e for e in events(text, nlp) if e[1] != "warned"}   # a vow to attack is a warning
    assert evs, "the event node is kept"
    assert all(e[3] == polarity for e in evs)
    if modality:
        assert all(e[4] == modality for e in evs)
    assert {f for f in facts(text, nlp) if f[1] != "warned"} == set()


@pytest.mark.parametrize("text,expected", [
    ("Iran vowed to attack Israel.", {("Iran", "warned", "Israel")}),
    ("Russia threatened to strike Poland.", {("Russia", "warned", "Poland")}),
    ("Hezbollah vowed revenge against Israel on Sunday.", {("Hezbollah", "warned", "Israel")}),
    ("Israel will strike Iran.", set()),
])
def test_threats_and_vows_to_attack_are_warnings(text, expected, nlp):
    assert facts(text, nlp) == expected


def test_reported_speech_is_asserted(nlp):
    text = "Ukrainian officials said Russia attacked Kharkiv."
    assert facts(text, nlp) == {("Russia", "attacked", "Kharkiv")}
    assert {e[4] for e in events(text, nlp)} == {"reported"}


def test_a_verb_coordinated_with_a_report_verb_is_not_reported(nlp):
    """"said nothing and condemned X": the condemnation is the subject's own act, not what it said."""
    evs = events("The Chilean government said nothing and condemned the attack by Peru.", nlp)
    assert {(e[1], e[3], e[4]) for e in evs if e[1] == "condemned"} == {("condemned", "positive", "asserted")}


def test_offsets_point_into_the_document(nlp):
    text = "Headline\n\nRussia attacked Ukraine. Poland condemned Russia."
    ex = extract_text(text, nlp=nlp)
    for ev in ex.events:
        assert text[ev.trigger_start:ev.trigger_end] == ev.trigger
        assert text[ev.sentence.start:ev.sentence.end] == ev.sentence.text
    assert all("Headline" not in ev.sentence.text for ev in ex.events)


def test_same_text_gives_identical_records(nlp):
    text = "Russia attacked Ukraine. Poland condemned Russia and called Ukraine."
    assert extract_text(text, nlp=nlp) == extract_text(text, nlp=nlp)


# Constructions from wire news in general (calls, opposition, attacks, warnings, meetings),
# each a sentence of our own; the expected set is exactly what the sentence asserts.
MECHANISMS = [
    ('Abu Khalil, killed on Tuesday in an Egyptian-led coalition raid, was mourned by thousands.',
     {('Egypt', 'attacked', 'Abu Khalil')}),
    ('Qassem Soleimani was killed in a US drone strike in Baghdad.',
     {('United States', 'attacked', 'Qasem Soleimani')}),
    ('Deputy Minister Olsen rejected this declaration by the Norwegian foreign ministry.',
     {('Olsen', 'opposed', 'Norway')}),
    ('Three soldiers were killed in a Hamas attack.', set()),
    ('Indian jets struck camps in Pakistan on Wednesday. Pakistan vowed a full-force response.',
     {('India', 'attacked', 'Pakistan'), ('Pakistan', 'warned', 'India')}),
    ('Russia accused Ukraine of a drone attack on the Kremlin and promised retaliation.',
     {('Russia', 'warned', 'Ukraine')}),
    ('Hezbollah vowed revenge.', set()),
    ('China firmly opposes the sale of US weapons to Taiwan.',
     {('China', 'opposed', 'United States')}),
    ("Turkey opposed Sweden's bid to join NATO.",
     {('Turkey', 'opposed', 'Sweden')}),
    ('Iran condemned the killing of an Iranian general.', set()),
    ('Russian missiles struck Kharkiv, Odesa and Lviv on Monday.',
     {('Russia', 'attacked', 'Odesa'), ('Russia', 'attacked', 'Kharkiv'), ('Russia', 'attacked', 'Lviv')}),
    ('Israeli jets bombed Khan Younis, Rafah and Deir al-Balah.',
     {('Israel', 'attacked', 'Deir al-Balah'), ('Israel', 'attacked', 'Rafah'), ('Israel', 'attacked', 'Khan Younis')}),
    ('The Lebanese group Hezbollah fired rockets at Israel.',
     {('Hezbollah', 'attacked', 'Israel')}),
    ('Hezbollah fired rockets at Israel. The Lebanese group said the strikes were retaliation.',
     {('Hezbollah', 'attacked', 'Israel')}),
    ('The attack was carried out on the orders of the army chief.', set()),
    # general news: no conflict relation
    ('Stocks hit a record high on Wall Street on Monday.', set()),
    ('Hurricane Ian struck Florida on Wednesday.', set()),
    ('Manchester United beat Chelsea 2-1 at Old Trafford.', set()),
    ('Apple launched a new iPhone in California.', set()),
    ("The senator attacked the president's budget plan.", set()),
    ("Microsoft's shares fell after Google unveiled a rival product.", set()),
    ('Inflation hit Germany hard last year.', set()),
    ('The company fired its chief executive on Friday.', set()),
    ('Tesla shot up 10 percent after the report.', set()),
    ('The prime minister called an early election.', set()),
    ('The minister called the decision a mistake.', set()),
    ("Amazon rejected the union's demands.", set()),
    ('Russia claimed without proof that Ukraine attacked the Kremlin.', set()),
    ('The explosion was blamed on Hezbollah.', set()),
    ('A suspected Israeli strike hit a convoy in Syria.', set()),
    ('Iran accused Israel of striking its consulate in Damascus.', set()),
    ('Ukraine allegedly attacked a Russian airbase in Crimea.', set()),
    ('The attack on Sderot was reportedly conducted by Hamas.',
     {('Hamas', 'attacked', 'Sderot')}),
    ('Israel reportedly struck a weapons depot near Damascus.',
     {('Israel', 'attacked', 'Damascus')}),
    ('Hezbollah said it had fired rockets at Israeli positions.',
     {('Hezbollah', 'attacked', 'Israel')}),
    ('The Pentagon said US forces struck Houthi targets in Yemen.',
     {('United States', 'attacked', 'Houthis')}),
    ('According to officials, Russian missiles struck Lviv.',
     {('Russia', 'attacked', 'Lviv')}),
    ('Biden spoke with Xi for two hours on Tuesday. It was their fifth call this year.',
     {('Biden', 'called', 'Xi')}),
    ('Biden spoke with Xi in Bali on Monday.', set()),
    ('Hamas turned down a truce plan drawn up by Qatar.',
     {('Hamas', 'opposed', 'Qatar')}),
    ("Russia said it would not accept Ukraine's peace plan.",
     {('Russia', 'opposed', 'Ukraine')}),
    ('Israel refused to accept the proposal put forward by Egypt.',
     {('Israel', 'opposed', 'Egypt')}),
    ('China does not recognize the government of Taiwan.',
     {('China', 'opposed', 'Taiwan')}),
    ("Turkey accepted Sweden's membership bid.", set()),
    ('Iran warned of a crushing response if Israel attacked its nuclear sites.',
     {('Iran', 'warned', 'Israel')}),
    ('China warned the United States against interfering in Taiwan.',
     {('China', 'warned', 'United States')}),
    ('Russia issued a stern warning to NATO on Monday.',
     {('Russia', 'warned', 'NATO')}),
    ('North Korea threatened Seoul with a nuclear strike.',
     {('North Korea', 'warned', 'South Korea')}),
    ('Erdogan sided with Azerbaijan in the conflict.',
     {('Erdogan', 'supported', 'Azerbaijan')}),
    ('Germany pledged its full support to Ukraine.',
     {('Germany', 'supported', 'Ukraine')}),
    ('Blinken sat down with Lavrov in Geneva.',
     {('Blinken', 'met', 'Lavrov')}),
    ('Netanyahu and Biden met at the White House on Wednesday.',
     {('Netanyahu', 'met', 'Biden')}),
    ('On the sidelines of the summit, Modi held talks with Xi Jinping.',
     {('Modi', 'met', 'Xi Jinping')}),
    ('Putin hosted Kim Jong Un at the Vostochny cosmodrome.',
     {('Putin', 'met', 'Kim Jong Un')}),
    ('The Ministry of Defence of the Kingdom of Morocco condemned the drone attack by Algeria.',
     {('Morocco', 'condemned', 'Algeria')}),
    ("Qatar expresses its strong condemnation of the Israeli occupation's storming of the Al-Aqsa Mosque.",
     {('Qatar', 'condemned', 'Israel'), ('Israel', 'attacked', 'Al-Aqsa Mosque')}),
    ("Jordan reiterates its firm rejection of Israel's decision to expand settlements.",
     {('Jordan', 'opposed', 'Israel')}),
    ("Yahoo's rejection of Microsoft's buyout offer surprised investors.",
     {('Yahoo', 'opposed', 'Microsoft')}),
    ("Microsoft's offer was rejected by Yahoo's board.",
     {('Yahoo', 'opposed', 'Microsoft')}),
    ('The Kremlin said Putin had spoken by telephone with Turkish President Tayyip Erdogan.',
     {('Putin', 'called', 'Recep Tayyip Erdogan')}),
    ('During a telephone conversation with Prime Minister Narendra Modi, Putin discussed trade.',
     {('Putin', 'called', 'Narendra Modi')}),
    ("Nigeria's army said it killed 50 Boko Haram fighters in an air raid in Borno.",
     {('Nigeria', 'attacked', 'Boko Haram')}),
    ('Police opened fire on protesters in Nairobi.', set()),
    ('Security forces fired tear gas at demonstrators in Khartoum.', set()),
    ('Iraqi forces recaptured the city of Mosul from Islamic State militants.',
     {('Iraq', 'attacked', 'Mosul')}),
    ('The rebels overran an army base near Goma.', set()),
    ("Russia's Defence Ministry said its air defences destroyed 12 Ukrainian drones.", set()),
    ("Ukrainian drones struck an oil refinery in Russia's Ryazan region.",
     {('Ukraine', 'attacked', 'Ryazan')}),
    ('The strikes, which were carried out by Israeli jets, hit Hezbollah positions in southern Lebanon.',
     {('Israel', 'attacked', 'Hezbollah')}),
    ("Yemen's Houthi rebels, who have attacked ships in the Red Sea, fired a missile at Tel Aviv.",
     {('Houthis', 'attacked', 'Tel Aviv')}),
    ('Following the Iranian missile attack on Israel, the US condemned Tehran.',
     {('United States', 'condemned', 'Iran'), ('Iran', 'attacked', 'Israel')}),
    ("Ukraine's air force said Russia had launched 40 drones against Ukrainian cities overnight.",
     {('Russia', 'attacked', 'Ukraine')}),
    ('Russian troops have been attacking Avdiivka for months.',
     {('Russia', 'attacked', 'Avdiivka')}),
    ('Kenya condemned the attack, which was claimed by al-Shabaab.',
     {('Kenya', 'condemned', 'Al-Shabaab')}),
    ('India blamed Pakistan for the attack on Pulwama.', set()),
    ('Pakistan denied carrying out the strike on Kabul.', set()),
    ('Hamas praised the attack on Tel Aviv.', set()),
    ('The Houthis said they targeted a US warship in the Gulf of Aden.',
     {('Houthis', 'attacked', 'United States')}),
    ('Chinese coast guard vessels fired water cannon at a Philippine supply boat.',
     {('China', 'attacked', 'Philippines')}),
    ('Armenia accused Azerbaijan of shelling its positions.', set()),
    ('Azerbaijani forces shelled Armenian positions on Tuesday, the Armenian defence ministry said.',
     {('Azerbaijan', 'attacked', 'Armenia')}),
    ('Biden and Xi spoke for two hours by phone on Tuesday.',
     {('Biden', 'called', 'Xi')}),
    ('Macron phoned Netanyahu on Sunday to urge restraint.',
     {('Macron', 'called', 'Netanyahu')}),
    ("Turkey's Erdogan had a phone conversation with Russian President Vladimir Putin.",
     {('Erdogan', 'called', 'Vladimir Putin')}),
    ('The Saudi crown prince received a call from the Iranian president.', set()),
    ("Hungary's Orban opposed the EU's plan to send weapons to Ukraine.",
     {('Orban', 'opposed', 'European Union')}),
    ("Israel rejected Hamas's ceasefire proposal on Monday.",
     {('Israel', 'opposed', 'Hamas')}),
    ('The Palestinian Authority rejected the US peace plan.',
     {('Palestine', 'opposed', 'United States')}),
    ('Moscow denounced the sanctions imposed by Washington.',
     {('Russia', 'condemned', 'United States')}),
    ("Egypt and Jordan condemned Israel's military operation in Rafah.",
     {('Jordan', 'condemned', 'Israel'), ('Israel', 'attacked', 'Rafah'), ('Egypt', 'condemned', 'Israel')}),
    ('The Security Council strongly condemned the attacks by the M23 rebels on Goma.',
     {('UN Security Council', 'condemned', 'M23'), ('M23', 'attacked', 'Goma')}),
    ('Israeli warplanes pounded targets across the Gaza Strip overnight.',
     {('Israel', 'attacked', 'Gaza Strip')}),
    ('Russian missiles slammed into an apartment block in Dnipro on Saturday.',
     {('Russia', 'attacked', 'Dnipro')}),
    ('At least 20 people were killed when Russian forces shelled the city of Kherson.',
     {('Russia', 'attacked', 'Kherson')}),
    ('Ukraine said it had shot down 30 Russian drones over Kyiv.', set()),
    ('The Houthis claimed responsibility for a drone attack on a tanker off Yemen.', set()),
    ('Hamas gunmen stormed into southern Israel on October 7.',
     {('Hamas', 'attacked', 'Israel')}),
    ('Turkish jets struck Kurdish militant targets in northern Syria and Iraq.',
     {('Turkey', 'attacked', 'Iraq'), ('Turkey', 'attacked', 'Syria')}),
    ('Pakistani forces launched retaliatory strikes against India.',
     {('Pakistan', 'attacked', 'India')}),
    ('Saudi-led coalition aircraft bombed a school bus in Yemen.',
     {('Saudi Arabia', 'attacked', 'Yemen')}),
    ('The attack on the embassy was carried out by Islamic State militants.', set()),
    ('Al-Shabaab fighters attacked a military base in Somalia.',
     {('Al-Shabaab', 'attacked', 'Somalia')}),
    ('The Taliban seized the city of Kunduz.',
     {('Taliban', 'attacked', 'Kunduz')}),
    ('Azerbaijan launched a military offensive in Nagorno-Karabakh.',
     {('Azerbaijan', 'attacked', 'Nagorno-Karabakh')}),
    ('Israel carried out a strike on the Iranian consulate in Damascus.',
     {('Israel', 'attacked', 'Iran')}),
    ('Gunmen from Boko Haram raided a village in Borno state.',
     {('Boko Haram', 'attacked', 'Borno')}),
    ('Sudanese army aircraft bombed positions of the Rapid Support Forces in Khartoum.',
     {('Sudan', 'attacked', 'Rapid Support Forces')}),
    ('The Israeli army said it struck Hezbollah infrastructure in southern Lebanon.',
     {('Israel', 'attacked', 'Hezbollah')}),
    ('Germany strongly condemned the attack on the synagogue.', set()),
    ('The European Union condemned in the strongest terms the Russian strike on Odesa.',
     {('Russia', 'attacked', 'Odesa'), ('European Union', 'condemned', 'Russia')}),
    ("The Arab League denounced Israel's actions in Jenin.",
     {('Arab League', 'condemned', 'Israel')}),
    ('Egypt condemned Israel for the strike on Rafah.',
     {('Israel', 'attacked', 'Rafah'), ('Egypt', 'condemned', 'Israel')}),
    ('UN Secretary-General Antonio Guterres condemned the attack by Hamas.',
     {('Antonio Guterres', 'condemned', 'Hamas')}),
    # a claim over territory is the claimant's stance, rejected like a plan (not an accusation denied)
    ("India rejected China's claims over Arunachal Pradesh.", {('India', 'opposed', 'China')}),
    ("Japan protested against the Chinese coast guard's intrusion.", set()),
    ('China vetoed a Security Council resolution on Myanmar.', set()),
    ('Hungary blocked EU aid to Ukraine.', set()),
    ('Russia rejected a US proposal for a ceasefire.',
     {('Russia', 'opposed', 'United States')}),
    ('President Lula spoke by telephone with Argentine President Javier Milei on Sunday.',
     {('Lula', 'called', 'Javier Milei')}),
    ('Erdogan held a phone call with Putin on Tuesday.',
     {('Erdogan', 'called', 'Putin')}),
    ('Putin and Xi held a video call on Friday.',
     {('Putin', 'called', 'Xi')}),
    ('In a phone conversation, Scholz and Macron discussed Ukraine.',
     {('Scholz', 'called', 'Macron')}),
    ('Zelensky said he had spoken with Biden by phone.',
     {('Zelensky', 'called', 'Biden')}),
    ('The two leaders spoke on the phone, the Kremlin said.', set()),
    ('Blinken met Chinese Foreign Minister Wang Yi in Beijing.',
     {('Blinken', 'met', 'Wang Yi')}),
    ('Iran warned Israel against any attack on its nuclear facilities.',
     {('Iran', 'warned', 'Israel')}),
    ('North Korea threatened South Korea with nuclear retaliation.',
     {('North Korea', 'warned', 'South Korea')}),
    ('The United States reaffirmed its support for Taiwan.',
     {('United States', 'supported', 'Taiwan')}),
    ("France backs Ukraine's bid to join the EU.",
     {('France', 'supported', 'Ukraine')}),
    ("The Sudanese army has been under attack by Hemedti's forces since March.", {('Hemedti', 'attacked', 'Sudan')}),
    ('The African Union imposed sanctions on Niger. Mali and Burkina Faso said they refused the sanctions.',
     {('Mali', 'opposed', 'African Union'), ('Burkina Faso', 'opposed', 'African Union')}),
    ("A drone strike carried out by Ethiopia's army killed 30 villagers. The African Union condemned the attack.",
     {('African Union', 'condemned', 'Ethiopia')}),
    ('The reported raid prompted calls in Serbia from nationalist bloggers to carry out strikes in Kosovo.', set()),
    ('ANKARA (Reuters) - The Defence Ministry said its forces struck PKK targets in northern Iraq.',
     {('Turkey', 'attacked', 'PKK')}),
    ('Iraq summoned the Turkish ambassador on Tuesday. The foreign ministry said it condemned the Turkish offensive.',
     {('Iraq', 'condemned', 'Turkey')}),
    ('BRUSSELS (Reuters) - The European Union condemned the attack by Russia.',
     {('European Union', 'condemned', 'Russia')}),
    ('Bamako: The foreign ministry condemned the drone strike by Algeria.', {('Mali', 'condemned', 'Algeria')}),
    ('Macron called up Chancellor Olaf Scholz on Tuesday.',
     {('Macron', 'called', 'Olaf Scholz')}),
    ('Erdogan and Putin held a conversation by phone on Sunday.',
     {('Erdogan', 'called', 'Putin')}),
    ('Blinken held talks over the phone with Wang Yi on Monday.',
     {('Blinken', 'called', 'Wang Yi')}),
    ('Scholz called Zelensky to express his support.',
     {('Scholz', 'called', 'Zelensky')}),
    ('Scholz called Zelensky to stop the fighting.', set()),
    ('Germany has opposed the steps Poland took.',
     {('Germany', 'opposed', 'Poland')}),
    ("Hungary's opposition to the sanctions proposed by the European Commission is well known.",
     {('Hungary', 'opposed', 'European Commission')}),
    ("Moscow called Kyiv's plan unacceptable.",
     {('Russia', 'opposed', 'Ukraine')}),
    ('Russia vetoed a draft resolution drafted by France.',
     {('Russia', 'opposed', 'France')}),
    ("Iran rejects and condemns Israel's attack on Syria.",
     {('Israel', 'attacked', 'Syria'), ('Iran', 'condemned', 'Israel'), ('Iran', 'opposed', 'Israel')}),
    ('The PKK has waged an insurgency in Turkey since 1984.',
     {('PKK', 'attacked', 'Turkey')}),
    ('Turkey has been fighting the PKK for decades.',
     {('Turkey', 'attacked', 'PKK')}),
    ('Iranian gunboats opened fire on British boats.',
     {('Iran', 'attacked', 'United Kingdom')}),
    ('Israeli jets bombed camps near Gaza City.',
     {('Israel', 'attacked', 'Gaza City')}),
    ('India mounted an operation against a camp in Balakot.',
     {('India', 'attacked', 'Balakot')}),
    ('Russian forces captured villages in Ukraine.',
     {('Russia', 'attacked', 'Ukraine')}),
    ('Russia sent troops into Georgia in 2008.',
     {('Russia', 'attacked', 'Georgia')}),
    ('The raids by Canberra and Ottawa hit the Fatah depot.',
     {('Australia', 'attacked', 'Fatah depot'), ('Canada', 'attacked', 'Fatah depot')}),
    ('Hezbollah militia rocket fire hit northern Israel.',
     {('Hezbollah', 'attacked', 'Israel')}),
    ('Syria said its assault on Aleppo had succeeded.',
     {('Syria', 'attacked', 'Aleppo')}),
    ("The Chinese Foreign Ministry condemned Japan's decision.",
     {('China', 'condemned', 'Japan')}),
    ('Israel struck Gaza on Monday. Egypt condemned the attack.',
     {('Israel', 'attacked', 'Gaza'), ('Egypt', 'condemned', 'Israel')}),
    ('Iran hanged two men in Tehran. France condemned the hanging.',
     {('France', 'condemned', 'Iran')}),
    ('Rockets launched from Lebanon hit Haifa.', set()),
    ('Gunmen attacked the village on the orders of Ali Khan.', set()),
    ('The Houthis attacked a tanker in the Red Sea.', set()),
    ("The European Union summoned Russia's envoy to condemn the annexation by Moscow.",
     {('European Union', 'condemned', 'Russia')}),
    ('The war between Armenia and Azerbaijan killed thousands.', set()),
    ("Russia's invasion of Ukraine began in 2022.",
     {('Russia', 'attacked', 'Ukraine')}),
    ('Hamas fired rockets at Israel. The Israeli military struck Hamas targets in Gaza.',
     {('Hamas', 'attacked', 'Israel'), ('Israel', 'attacked', 'Hamas')}),
    ('The minister was fired on Monday.', set()),
    ('Hezbollah vowed to retaliate against Israel.',
     {('Hezbollah', 'warned', 'Israel')}),
    ('Al-Shabaab had threatened to strike the Westgate mall.',
     {('Al-Shabaab', 'warned', 'Westgate mall')}),
    ('Salva Kiir, supported by Uganda and Kenya, attacked Malakal.',
     {('Uganda', 'supported', 'Salva Kiir'), ('Kenya', 'supported', 'Salva Kiir'), ('Salva Kiir', 'attacked', 'Malakal')}),
    ('Armenia and Azerbaijan exchanged fire on the border.',
     {('Azerbaijan', 'attacked', 'Armenia'), ('Armenia', 'attacked', 'Azerbaijan')}),
    ('Kharkiv came under attack from Russian forces.',
     {('Russia', 'attacked', 'Kharkiv')}),
    ('Netanyahu received a phone call from Biden.',
     {('Biden', 'called', 'Netanyahu')}),
    ('The raid drew condemnation from Egypt. Israel carried out the raid on Jenin.',
     {('Israel', 'attacked', 'Jenin')}),
    ("Israel's raid on Jenin drew condemnation from Egypt.",
     {('Israel', 'attacked', 'Jenin'), ('Egypt', 'condemned', 'Israel')}),
    ('Jordan issued a statement condemning the Israeli strike on Gaza.',
     {('Israel', 'attacked', 'Gaza'), ('Jordan', 'condemned', 'Israel')}),
    ('Macron and Scholz spoke by phone on Friday.',
     {('Macron', 'called', 'Scholz')}),
    ('The talks between Blinken and Lavrov ended without a deal.',
     {('Blinken', 'met', 'Lavrov')}),
    ('Russia voted against the resolution drafted by Britain.',
     {('Russia', 'opposed', 'United Kingdom')}),
    ('Turkey dismissed the accusation by Greece.', set()),
    ("An air strike on Yemen's capital by a Saudi-led coalition killed dozens.",
     {('Saudi Arabia', 'attacked', 'Sanaa')}),
    ('"We condemn the continuing offensive on Baidoa by Al-Shabaab," Secretary of State Marco Rubio said.',
     {('Al-Shabaab', 'attacked', 'Baidoa')}),
    ('"We strongly oppose the plan by Israel," said Chinese Foreign Ministry spokesman Wang Wenbin.',
     {('China', 'opposed', 'Israel')}),
    ('Hezbollah vowed revenge against Israel on Sunday.',
     {('Hezbollah', 'warned', 'Israel')}),
    ('Biden told Netanyahu during a phone call that the strike was a mistake.',
     {('Biden', 'called', 'Netanyahu')}),
    ('The king received the Iranian foreign minister in Amman.', set()),
    ('King Abdullah received Antony Blinken in Amman.',
     {('Abdullah', 'met', 'Antony Blinken')}),
    ("Russia's troops pushed into Kharkiv region.",
     {('Russia', 'attacked', 'Kharkiv')}),
    ("France objected to Italy's plan.",
     {('France', 'opposed', 'Italy')}),
    ('Poland stands with Ukraine.',
     {('Poland', 'supported', 'Ukraine')}),
    ('Germany expressed solidarity with Israel.',
     {('Germany', 'supported', 'Israel')}),
    ('Macron and Scholz met in Berlin on Friday.',
     {('Macron', 'met', 'Scholz')}),
    # a body its state owns acts for the state
    ("Norway's Higher Defence Council denounced the Danish raid on Bergen.",
     {('Norway', 'condemned', 'Denmark'), ('Denmark', 'attacked', 'Bergen')}),
    # an object named by a relative clause or given as a free relative
    ('Chile denounced the incident, which it called "a Peruvian assault".',
     {('Chile', 'condemned', 'Peru')}),
    ('Greece condemned what it described as a Turkish provocation.',
     {('Greece', 'condemned', 'Turkey')}),
    ('The Thai army shelled what it said were camps of the Karen National Union.',
     {('Thailand', 'attacked', 'Karen National Union')}),
    ('Serbia denounced the incident, which it called a tragedy.', set()),
    # hyphen-joined states, dotted abbreviations included
    ('Cuba denounced the joint Colombian-Peruvian naval exercises.',
     {('Cuba', 'condemned', 'Colombia'), ('Cuba', 'condemned', 'Peru')}),
    ('Russia condemned the U.S.-South Korean drills.',
     {('Russia', 'condemned', 'United States'), ('Russia', 'condemned', 'South Korea')}),
    ('A U.S.-led coalition has attacked Raqqa.',
     {('United States', 'attacked', 'Raqqa')}),
    # the place phrase the parser hangs on the agent
    ('Four people were hurt in shelling by fighters of warlord Omar Duku in Kismayo.',
     {('Omar Duku', 'attacked', 'Kismayo')}),
    # a judgment by a naming verb; a thing made by a hyphen-named author
    ('Austria described the Slovak decision as unacceptable.',
     {('Austria', 'opposed', 'Slovakia')}),
    ('Brazil vetoed the Mexican-drafted resolution.',
     {('Brazil', 'opposed', 'Mexico')}),
    ('The rebels rejected the Kenyan-brokered truce.', set()),
    ('Sudan rejected the Kenyan-brokered truce.', {('Sudan', 'opposed', 'Kenya')}),
    ('Nepal accepted the Indian-brokered truce.', set()),
    ('Turkish jets attacked the US-backed militia in Afrin.',
     {('Turkey', 'attacked', 'Afrin')}),
    # a sponsor named by a participle is not the actor of what its clients do
    ('Militias backed by Iran fired rockets at an American base in Erbil.',
     set()),
    ('Attacks carried out by Hamas hit Sderot.', {('Hamas', 'attacked', 'Sderot')}),
    # water bodies named "X of Y" are never targets
    ('Iran fired on a tanker in the Strait of Hormuz.', set()),
    ('Pirates from Puntland fired at ships in the Gulf of Aden.', set()),
    # "his country" is the speaker's state, never the speaker; "the kingdom" the state last named
    ("Jordanian King Abdullah said his country rejects Syria's plan.", {('Jordan', 'opposed', 'Syria')}),
    ("Kenyan President William Ruto said his country opposes Somalia's plan.",
     {('Kenya', 'opposed', 'Somalia')}),
    ("The Moroccan foreign ministry said the kingdom rejects Algeria's plan.", {('Morocco', 'opposed', 'Algeria')}),
    ("Chad's army said Sudan launched 40 drones at the country overnight.", {('Sudan', 'attacked', 'Chad')}),
    ("Russia attacked Ukraine. Belarus said the neighbouring country was to blame.",
     {('Russia', 'attacked', 'Ukraine')}),
    # telling someone by phone is a call; an outlet told by phone interviewed the speaker
    ('Erdogan told Putin by phone that Turkey was ready to mediate.', {('Erdogan', 'called', 'Putin')}),
    ('Erdogan told Putin that Turkey was ready to mediate.', set()),
    ('The minister told Reuters by phone that the talks had failed.', set()),
    # a warning about what an actor's action would bring is a warning to that actor
    ('Chad and Sudan warned that any intervention by Libya would be a declaration of war.',
     {('Chad', 'warned', 'Libya'), ('Sudan', 'warned', 'Libya')}),
    ('The UN warned that the Libyan offensive killed dozens.', set()),
    # a warlord's forces are his, a head of state's forces his state's
    # state forces named as a body stand for the state; a group named after a state does not
    ('The Ukrainian Air Force shot down a Russian jet.', {('Ukraine', 'attacked', 'Russia')}),
    ('The Sudanese Armed Forces shelled Omdurman.', {('Sudan', 'attacked', 'Omdurman')}),
    ('Israeli air defences shot down 12 drones.', set()),
    ('The Syrian Democratic Forces said they captured Raqqa.',
     {('Syrian Democratic Forces', 'attacked', 'Raqqa')}),
    ('Forces loyal to Haftar shelled Tripoli.', {('Haftar', 'attacked', 'Tripoli')}),
    # a group leader's forces are the group's ("PKK commander X ... his fighters")
    ('Hezbollah chief Hassan Nasrallah said his men fired rockets at Haifa.', {('Hezbollah', 'attacked', 'Haifa')}),
    ('PKK commander Murat Karayilan told reporters that his fighters had ambushed a Turkish convoy.',
     {('PKK', 'attacked', 'Turkey')}),
    ('Nasrallah, the leader of Hezbollah, said his forces shelled Metula.', {('Hezbollah', 'attacked', 'Metula')}),
    ('Hezbollah spokesman Ali Fayyad said the group had no role. Fayyad met Hamas leader Ismail Haniyeh.',
     {('Ali Fayyad', 'met', 'Ismail Haniyeh')}),
    ('President Vladimir Putin said his forces struck Kharkiv.', {('Russia', 'attacked', 'Kharkiv')}),
    # the object of a relative clause is the noun it modifies; a summing-up appositive is the clause's act
    ('Israel bombed the Jabalia camp, an attack that Egypt condemned.',
     {('Israel', 'attacked', 'Jabalia camp'), ('Egypt', 'condemned', 'Israel')}),
    ('Turkey struck Kurdish positions in Syria, a move Russia condemned.',
     {('Turkey', 'attacked', 'Syria'), ('Russia', 'condemned', 'Turkey')}),
    ('Kharkiv, which Russia shelled for months, is rebuilding.', {('Russia', 'attacked', 'Kharkiv')}),
    ('Iran fired missiles at what it called Israeli spy headquarters in Erbil.', {('Iran', 'attacked', 'Israel')}),
    # a capital acting (a "from" or "by" phrase, a conjunct) is its state; a city a relative clause
    # hangs on inside a place phrase does not act
    ("Russia's strike on the hospital drew condemnation from Washington.", {('United States', 'condemned', 'Russia')}),
    ('Israel struck Gaza. The raid drew condemnation from Ankara and Cairo.',
     {('Israel', 'attacked', 'Gaza'), ('Turkey', 'condemned', 'Israel'), ('Egypt', 'condemned', 'Israel')}),
    ('The attack was condemned by Britain, France and Germany.', set()),
    # "X joined Y in condemning Z": both condemn
    ("France joined Germany in condemning Iran's missile strike.",
     {('France', 'condemned', 'Iran'), ('Germany', 'condemned', 'Iran')}),
    # opposing an action with a destination does not oppose the destination
    ('The Kremlin said it opposed any deployment of Western troops to Ukraine.', set()),
    # what an actor asks or offers is that actor's: rejecting it opposes the actor
    ('North Korea rejected calls from Seoul for dialogue.', {('North Korea', 'opposed', 'South Korea')}),
    # judged unacceptable with "as" after any verb
    ("China regards Japan's move as unacceptable.", {('China', 'opposed', 'Japan')}),
    # militants "in" a state are not that state's (its officials are)
    ('Iranian-backed militias in Iraq attacked Erbil.', set()),
    # what an attack harmed, through a clause on the attack noun
    ('Israeli airstrikes killed at least 20 people in Gaza City on Tuesday.', {('Israel', 'attacked', 'Gaza City')}),
    # "the strikes" refers back to the last strikes, not to the last attack of another wording
    ('Chad and Niger struck Boko Haram camps in Borno on Friday. Boko Haram fired rockets at a barracks on Tuesday. '
     'Cameroon condemned the strikes.',
     {('Chad', 'attacked', 'Boko Haram'), ('Niger', 'attacked', 'Boko Haram'),
      ('Cameroon', 'condemned', 'Chad'), ('Cameroon', 'condemned', 'Niger')}),
    # the Islamic State by any of its names, when NER splits off "Islamic"
    ('Gunmen loyal to the Islamic State attacked a church in Mozambique.',
     {('Islamic State', 'attacked', 'Mozambique')}),
    ('ISIS fighters stormed the town of Sinjar.', {('Islamic State', 'attacked', 'Sinjar')}),
    # a plural common noun opening a sentence is no name, however the tagger reads it
    ('Rockets launched from Lebanon hit northern Israel.', set()),
    # an acronym the tagger calls a common noun is still a name
    ('The YPG has been fighting ISIS since 2014.', {('YPG', 'attacked', 'Islamic State')}),
    # acts only a state performs name the state they happen in; an attack there does not
    ('Qatar condemned the hanging in Iran.', {('Qatar', 'condemned', 'Iran')}),
    ('The EU condemned the crackdown on protesters in Belarus.', {('European Union', 'condemned', 'Belarus')}),
    ('France condemned the attack in Mali.', set()),
    ("Libyan warlord Khalil Abdel fought the government. Benghazi has been under attack by Abdel's forces since May.",
     {('Khalil Abdel', 'attacked', 'Benghazi')}),
    # an event in an adjunct of an appeal happened; only what is urged is intended
    ('In a telephone call with Putin, Erdogan urged a ceasefire.', {('Erdogan', 'called', 'Putin')}),
    ('Erdogan urged Putin to call Zelensky.', set()),
    # a date after the noun is no "call on X to ..." appeal
    ('During a phone call with Chancellor Olaf Scholz on Monday, Macron discussed Ukraine.',
     {('Macron', 'called', 'Olaf Scholz')}),
    # naming or judging an action is a stance held now, not an appeal or a plan
    ("Iran called Israel's plan unacceptable.", {('Iran', 'opposed', 'Israel')}),
    ('Iran considers the Israeli plan unacceptable.', {('Iran', 'opposed', 'Israel')}),
    ('Iran is considering an attack on Israel.', set()),
    # a purpose clause after the object: its act was performed, by the subject (Clarification 8)
    ('Biden called Netanyahu to express support for Israel.',
     {('Biden', 'called', 'Netanyahu'), ('Biden', 'supported', 'Israel')}),
    ('Biden called on Netanyahu to express support for Ukraine.', set()),
    # an exercise or operation with a name of its own: the states named with it are its actors
    ('China denounced the joint U.S.-Philippine Balikatan drills.',
     {('China', 'condemned', 'Philippines'), ('China', 'condemned', 'United States')}),
    ('Pyongyang condemned the large-scale U.S.-Japanese Keen Sword drills as a rehearsal for invasion.',
     {('North Korea', 'condemned', 'Japan'), ('North Korea', 'condemned', 'United States')}),
    ('Russia condemned the NATO drills in Estonia.', {('Russia', 'condemned', 'NATO')}),
    # disagreement with a named action is opposition to its actor; with an actor alone it is not
    ('Guinea expressed its disagreement with the sanctions imposed by the EU.', {('Guinea', 'opposed', 'European Union')}),
    ('Guinea voiced disagreement with the EU.', set()),
    # "with Y" hung on the medium, not the verb
    ('President Emmanuel Macron spoke by telephone with Iranian President Masoud Pezeshkian on Sunday.',
     {('Emmanuel Macron', 'called', 'Masoud Pezeshkian')}),
    # receiving a call is no meeting with its caller
    ("Kenyan President William Ruto received a phone call from Tanzania's president, Samia Suluhu Hassan.",
     {('Samia Suluhu Hassan', 'called', 'William Ruto')}),
    # "the Ukrainian city of X": the named city is the target, not the state its demonym names
    ('Russian forces launched a missile attack on the Ukrainian city of Kharkiv.', {('Russia', 'attacked', 'Kharkiv')}),
    ('Israeli jets struck the Syrian port city of Latakia.', {('Israel', 'attacked', 'Latakia')}),
    # the condemned killing and its victim when the parser hangs "in a strike" on the verb;
    # a leader PETRARCH lists among his group's names is a person of his own
    ('Iran has denounced the killing of Hezbollah leader Hassan Nasrallah in an Israeli airstrike in Beirut.',
     {('Iran', 'condemned', 'Israel'), ('Israel', 'attacked', 'Hassan Nasrallah')}),
    ('Israel killed Hezbollah leader Hassan Nasrallah in Beirut. Nasrallah had led the group since 1992.',
     {('Israel', 'attacked', 'Hassan Nasrallah')}),
    # unnamed victims of an attack stand for the place they were in (Clarification 5)
    ('The bombing, which was claimed by al-Shabaab, killed at least 20 people in Mogadishu.',
     {('Al-Shabaab', 'attacked', 'Mogadishu')}),
    ('A suicide attack by the Pakistani Taliban killed 12 policemen in Peshawar.',
     {('Tehreek-e-Taliban Pakistan', 'attacked', 'Peshawar')}),
    # "by X" on an active verb names its object's maker (the parser's attachment)
    ('The Kremlin dismissed the proposal by Kyiv as unrealistic.', {('Russia', 'opposed', 'Ukraine')}),
    # a sea named without "Sea" is still no target (Clarification 5)
    ('Colombian President Gustavo Petro opposed the U.S. strikes on boats in the Caribbean.',
     {('Gustavo Petro', 'opposed', 'United States')}),
    # a state compounded to a resolution drafted it; a voting body does not
    ('South Africa said it would not support the U.S. resolution.', {('South Africa', 'opposed', 'United States')}),
    # "X's request" as the object of a stance is X's; "on the request of X" names no target
    ("Kenya turned down Somalia's request for talks.", {('Kenya', 'opposed', 'Somalia')}),
    # armed forces sent into a state or region attack it (Clarification 3); nobody else entering does
    ('Ethiopian troops entered Somalia in 2006 to oust the Islamic Courts Union.', {('Ethiopia', 'attacked', 'Somalia')}),
    ('Russian tanks rolled into Ukraine on February 24.', {('Russia', 'attacked', 'Ukraine')}),
    ('Refugees from Sudan crossed into Chad.', set()),
    ('The Russian army could enter Kyiv within days.', set()),
    # a group matched by the first words of its name only is a place's name before a facility noun
    ('In a statement, Qatar condemned the Israeli raid on the Al-Aqsa mosque.',
     {('Qatar', 'condemned', 'Israel'), ('Israel', 'attacked', 'Al-Aqsa mosque')}),
    ('Israeli jets struck a Hezbollah headquarters in Beirut.', {('Israel', 'attacked', 'Hezbollah')}),
    # "the militant group" is the armed group last named (not the last organisation); "the rival group" is another
    ('Al-Shabaab is based in Somalia. The militant group attacked a Kenyan base near the border.',
     {('Al-Shabaab', 'attacked', 'Kenya')}),
    ('Hezbollah is based in Lebanon. The rival group attacked Tyre.', set()),
    # a report its speaker does not stand behind asserts nothing; nor does "any attack"
    ('Israel did not confirm that it carried out the strike on Damascus.', set()),
    ('Ukraine claimed, without providing evidence, that Russia had attacked Zaporizhzhia.', set()),
    ('China warned it would respond to any attack on Taiwan by Japan.', set()),
    ('Israel confirmed that it carried out the strike on Damascus.', {('Israel', 'attacked', 'Damascus')}),
    # an unnamed vessel or facility stands for its owner: "a Greek-owned tanker", "a Hamas-run clinic"
    ('Houthi missiles struck a Greek-owned tanker in the Red Sea.', {('Houthis', 'attacked', 'Greece')}),
    # a government site's style: the state's formal name, a body "of" it, a facility only NER knows
    ('The Ministry of Foreign Affairs of the Republic of Indonesia strongly condemns the attack on the Al-Shifa hospital by Israel.',
     {('Indonesia', 'condemned', 'Israel'), ('Israel', 'attacked', 'Al-Shifa hospital')}),
    # the "of" phrase of a decision names who took it
    ('The European Union firmly rejects the decision of the Israeli government to expand settlements.',
     {('European Union', 'opposed', 'Israel')}),
    # "ethnic Albanian villages" belong to no state; Yugoslavia (1992-2003) is a state of its own
    ('Yugoslav forces attacked ethnic Albanian villages in Kosovo.', {('Yugoslavia', 'attacked', 'Kosovo')}),
    # a clause of time or cause is taken as fact, whatever governs the sentence
    ('Ukraine accused Russia of war crimes after Russian forces shelled Kharkiv.', {('Russia', 'attacked', 'Kharkiv')}),
    ('Hezbollah vowed revenge after Israel struck Beirut.', {('Israel', 'attacked', 'Beirut')}),
    ('Ukraine accused Russia of shelling Kharkiv.', set()),
    # a facility named after a person; a named target wins over its owner
    ("Yemen's Houthis said they had fired a ballistic missile at Israel's Ben Gurion airport.",
     {('Houthis', 'attacked', 'Ben Gurion airport')}),
    # calls: "discussed X by phone", "exchanged calls", "in a call with Y" inside an appeal's phrase
    ('Xi and Biden discussed Taiwan by phone.', {('Xi', 'called', 'Biden')}),
    ('Xi and Biden discussed Taiwan. Biden later spoke to reporters by phone.', set()),
    ('Egyptian President Abdel Fattah al-Sisi and Turkish President Recep Tayyip Erdogan exchanged calls after the earthquake.',
     {('Abdel Fattah El Sisi', 'called', 'Recep Tayyip Erdogan'), ('Recep Tayyip Erdogan', 'called', 'Abdel Fattah El Sisi')}),
    ('Macron called for a ceasefire in a call with Netanyahu.', {('Macron', 'called', 'Netanyahu')}),
    # an unnamed target's "of" owner wins over where it was (Clarification 5)
    ("Pakistan's military said it had carried out air strikes on hideouts of the Pakistani Taliban in Afghanistan.",
     {('Pakistan', 'attacked', 'Tehreek-e-Taliban Pakistan')}),
    # a dateline the parser makes the subject, with the real subject hung on it
    ('BOGOTA, Colombia (AP) — Colombian troops backed by helicopter gunships attacked a FARC camp '
     'in southern Caqueta province on Saturday, killing 14 rebels, the army said.',
     {('Colombia', 'attacked', 'Revolutionary Armed Forces of Colombia')}),
    # "retaliated with an attack on Y": the subject attacks; "was hit with an attack" names no actor
    ('Hezbollah retaliated on Sunday with a drone attack on the town of Metula.', {('Hezbollah', 'attacked', 'Metula')}),
    ('Metula was hit with a drone attack on Sunday.', set()),
    # "called X to urge / press / ask ...": a purpose of speaking is a phone call; "called X to stop" an appeal
    ('U.S. President George W. Bush called Russian President Dmitry Medvedev to urge a ceasefire.',
     {('George W. Bush', 'called', 'Dmitry Medvedev')}),
    ('The UN called Israel to stop the offensive.', set()),
    # a stance stated by a word on saying, voting or "be" (GUIDELINES: "said no to")
    ("Hungary said no to Ukraine's accession talks.", {('Hungary', 'opposed', 'Ukraine')}),
    ('France voted no on the U.S. resolution.', {('France', 'opposed', 'United States')}),
    ("Germany is against the EU's plan to seize Russian assets.", {('Germany', 'opposed', 'European Union')}),
    # an act a noun's "to" clause plans is not asserted
    ("Germany criticized the EU's plan to seize Russian assets.", set()),
    # two demonyms side by side name one people of the second state ("Greek Cypriot"); with a hyphen, two states
    ('Turkey refuses to recognize the Greek Cypriot government.', {('Turkey', 'opposed', 'Cyprus')}),
    # "U.S. bases" are bases, though the lemmatizer reads "basis" ("on the basis of" names no target)
    ('Iran said it had launched missiles at U.S. bases in Iraq in response to the killing of Soleimani.',
     {('Iran', 'attacked', 'United States')}),
    # no attack: a deal struck, a record hit, power seized, words hit back at
    ('Israel struck a deal with Hamas.', set()),
    ("Iran's oil exports hit a record high in China.", set()),
    ("Ukraine hit back at Russia's claims.", set()),
    # a generic noun opening a clause after a dateline is no name
    ('NIAMEY (Reuters) - Jihadists linked to the Islamic State killed 29 Nigerien soldiers on Thursday.', set()),
    # "their" after "X and Y" is each of them
    ('Burkina Faso and Mali, which also face jihadist insurgencies, expressed their solidarity with Niamey.',
     {('Burkina Faso', 'supported', 'Niger'), ('Mali', 'supported', 'Niger')}),
    # a military intervention in a state attacks it (Clarification 3)
    ('The Saudi-led intervention in Yemen began in 2015.', {('Saudi Arabia', 'attacked', 'Yemen')}),
    ("Qatar's diplomatic intervention in the dispute helped.", set()),
    # one warns of another's act: the warner is not its actor
    ('Chad and Niger warned a military intervention in Mali would be considered a declaration of war.', set()),
    # warnings: a foreseen attack on X, a vowed retaliation against the last attacker, a foretold price
    ('Iran warned that it would retaliate against Israel.', {('Iran', 'warned', 'Israel')}),
    ('Israel struck Iran on Friday. Tehran vowed to retaliate.', {('Israel', 'attacked', 'Iran'), ('Iran', 'warned', 'Israel')}),
    ('Hezbollah said Israel would pay a heavy price for the assassination.', {('Hezbollah', 'warned', 'Israel')}),
    ('Russia told Ukraine to withdraw its troops or face consequences.', {('Russia', 'warned', 'Ukraine')}),
    ('Analysts said Israel would pay a heavy price for the war.', set()),
    # "threatened to <act on> X" threatens X
    ('North Korea threatened to turn Seoul into a "sea of fire".', {('North Korea', 'warned', 'South Korea')}),
    ('Turkey threatened to cut ties with Israel.', {('Turkey', 'warned', 'Israel')}),
    ('Hamas threatened to kill the hostages.', set()),
    # a joint press conference is a meeting of those at it
    ('Lavrov spoke at a joint press conference with his Turkish counterpart Hakan Fidan.', {('Lavrov', 'met', 'Hakan Fidan')}),
    ('Blinken told a news conference with Saudi Foreign Minister Faisal bin Farhan that talks would continue.',
     {('Blinken', 'met', 'Faisal bin Farhan')}),
    # a named official acts as himself even when the parser gives the verb his title as a second subject
    ("The EU's foreign policy chief Josep Borrell condemned the attack by Hamas.", {('Josep Borrell', 'condemned', 'Hamas')}),
    # a name opening a sentence that NER missed, coordinated with one it found
    ('Modi and Putin held talks in Moscow.', {('Modi', 'met', 'Putin')}),
    ('Rockets and drones hit Haifa.', set()),
    # a government body with no state named: the state of the lead sentence's subject, its demonym too
    ('Israeli jets struck Gaza on Monday. The Defence Ministry said its forces hit Hamas positions.',
     {('Israel', 'attacked', 'Gaza'), ('Israel', 'attacked', 'Hamas')}),
    # a capitalised name before or after a settlement noun is that place, whatever NER said
    ('Russian troops shelled Bakhmut city.', {('Russia', 'attacked', 'Bakhmut')}),
    ('Boko Haram raided Dalori village.', {('Boko Haram', 'attacked', 'Dalori')}),
    ('US-backed Syrian Democratic Forces captured the town of Manbij.',
     {('Syrian Democratic Forces', 'attacked', 'Manbij'), ('United States', 'supported', 'Syrian Democratic Forces')}),
    ('The Kurdish region held elections.', set()),
    # a sea or strait is nobody: not warned, met or attacked
    ('Iran threatened to close the Strait of Hormuz.', set()),
    # "by X" parsed on the active verb is the actor of its object's action
    ('The African Union condemned the attack on the UN convoy by al-Shabaab.',
     {('African Union', 'condemned', 'Al-Shabaab'), ('Al-Shabaab', 'attacked', 'United Nations')}),
    ('North Korea denounced and rejected the joint military drills by South Korea and the United States.',
     {('North Korea', 'condemned', 'South Korea'), ('North Korea', 'opposed', 'South Korea'),
      ('North Korea', 'condemned', 'United States'), ('North Korea', 'opposed', 'United States')}),
    # "said no to X's request": a request under "to" is X's, unlike "at the request of X"
    ("Germany said no to Poland's request for reparations.", {('Germany', 'opposed', 'Poland')}),
    ('Ukraine attacked Russia at the request of Britain.', {('Ukraine', 'attacked', 'Russia')}),
    # "exchanged fire with Y" with "with" on the noun: both directions
    ('Thai soldiers exchanged fire with Cambodian troops near the Preah Vihear temple.',
     {('Thailand', 'attacked', 'Cambodia'), ('Cambodia', 'attacked', 'Thailand')}),
    # a raid with its own target inside a verb's event is an attack of its own
    ('Colombian troops killed Reyes in a raid on a camp in Ecuador.',
     {('Colombia', 'attacked', 'Reyes'), ('Colombia', 'attacked', 'Ecuador')}),
    ('Israeli jets killed 50 fighters in an air raid.', set()),
    # a name NER found but the tagger called an adverb is still the object
    ('Iraqi forces recaptured Mosul from Islamic State in July 2017.', {('Iraq', 'attacked', 'Mosul')}),
    # a telephone exchange is a call; any other exchange is not
    ('Macron had a telephone exchange with Iranian President Raisi.', {('Macron', 'called', 'Raisi')}),
    ('Macron had an exchange with Raisi in Paris.', set()),
    # "the (Black Sea) port of Odesa" is Odesa
    ('Russian missiles hit the Black Sea port of Odesa.', {('Russia', 'attacked', 'Odesa')}),
    ("Israeli warplanes struck Lebanon's port of Tyre.", {('Israel', 'attacked', 'Tyre')}),
    # a state's coast guard or air force, named or not, is the state (Clarification 2)
    ("China's coast guard fired water cannon at Philippine vessels.", {('China', 'attacked', 'Philippines')}),
    ('The China Coast Guard fired water cannon at a Philippine boat.', {('China', 'attacked', 'Philippines')}),
    ('The Russian Aerospace Forces bombed Aleppo.', {('Russia', 'attacked', 'Aleppo')}),
    # "the shelling" refers back to the last shelling, not to the last attack of any kind
    ('Rebels of the RSF shelled a camp near El Fasher. The Sudanese army struck RSF positions in response. '
     'The United States condemned the shelling.',
     {('Rapid Support Forces', 'attacked', 'El Fasher'), ('Sudan', 'attacked', 'Rapid Support Forces'),
      ('United States', 'condemned', 'Rapid Support Forces')}),
    # a surname opening a sentence is the person named in full before, even where NER missed it
    ('Prime Minister Nikol Pashinyan spoke in Yerevan. Pashinyan also met with the US Ambassador Kristina Kvien.',
     {('Nikol Pashinyan', 'met', 'Kristina Kvien')}),
    # the target on the participle that carries out an action noun
    ('Armenia condemned the military aggression launched by Azerbaijan against Nagorno-Karabakh.',
     {('Armenia', 'condemned', 'Azerbaijan'), ('Azerbaijan', 'attacked', 'Nagorno-Karabakh')}),
    # "called X late on Saturday": an adverb is no name given to X
    ('Biden called Netanyahu late on Sunday.', {('Biden', 'called', 'Netanyahu')}),
    ('Biden called Netanyahu early on Sunday to discuss the hostages.', {('Biden', 'called', 'Netanyahu')}),
    # objecting to the actions of X opposes X; a claim to a place is a stance, a claim that ... an allegation
    ('The Philippine government strongly objects to the aggressive actions of the China Coast Guard.',
     {('Philippines', 'opposed', 'China')}),
    ("Manila has rejected Beijing's claims to nearly the entire South China Sea.", {('Philippines', 'opposed', 'China')}),
    ("Manila rejected Beijing's claims that its vessel had intruded.", set()),
    # "the bloc" is the intergovernmental body the text names most, not the last one named
    ('ECOWAS suspended Guinea. The bloc and the United Nations condemned the coup. '
     "Doumbouya rejected the bloc's demand to restore Conde.", {('Doumbouya', 'opposed', 'ECOWAS')}),
    # refusing to apply or implement X's measures opposes X; doing so is no stance
    ('Mali said it would not apply the ECOWAS sanctions.', {('Mali', 'opposed', 'ECOWAS')}),
    ("Iran said it would not implement the IAEA's demands.", {('Iran', 'opposed', 'IAEA')}),
    ('Israel said it would respect the ruling of the court.', set()),
    # "the Iran-backed group" is the group last named, backed by Iran
    ('Israeli jets struck Hezbollah depots, hours after the Iran-backed group fired rockets at Haifa.',
     {('Israel', 'attacked', 'Hezbollah'), ('Hezbollah', 'attacked', 'Haifa'), ('Iran', 'supported', 'Hezbollah')}),
    # talks are a call only when their own sentence says phone
    ('Macron telephoned Mikati on Monday. Hochstein arrived in Beirut for talks with Nabih Berri.',
     {('Macron', 'called', 'Mikati'), ('Hochstein', 'met', 'Nabih Berri')}),
    # "the killing of X in a strike by Y", with "in" on the noun: Y attacked X
    ('Hezbollah vowed revenge for the killing of its commander Fuad Shukr in an Israeli strike.',
     {('Israel', 'attacked', 'Fuad Shukr'), ('Hezbollah', 'warned', 'Israel')}),
    # a hyphenated name joined by a particle is one name even where NER cut it
    ('India said its strike on Tuesday had targeted the Jaish-e-Mohammed group.',
     {('India', 'attacked', 'Jaish-e-Mohammed')}),
    # a camp in a named town inside a country: the town only
    ('Indian warplanes bombed a militant camp in Balakot, inside Pakistan.', {('India', 'attacked', 'Balakot')}),
    ('Indian jets struck nine camps across Pakistan and Pakistan-occupied Kashmir.',
     {('India', 'attacked', 'Pakistan'), ('India', 'attacked', 'Kashmir')}),
    # talks offered have not been held
    ('Pakistan offered talks with India.', set()),
    ('Pakistan held talks with India.', {('Pakistan', 'met', 'India')}),
    # a surname NER left outside the name; two ministers, the first hung on the second's title
    ('U.S. Secretary of State Mike Pompeo spoke with Indian External Affairs Minister Sushma Swaraj and '
     'Pakistani Foreign Minister Shah Mehmood Qureshi by phone.',
     {('Mike Pompeo', 'called', 'Sushma Swaraj'), ('Mike Pompeo', 'called', 'Shah Mehmood Qureshi')}),
    # blocking or resisting what an actor asks or decides opposes it; blocking a thing does not
    ("Turkey blocked Sweden's bid to join NATO.", {('Turkey', 'opposed', 'Sweden')}),
    ('Egypt has resisted calls from Israel to open the Rafah crossing.', {('Egypt', 'opposed', 'Israel')}),
    ('Israeli troops blocked the road to Jenin.', set()),
    ('Ukrainian forces resisted the Russian offensive.', set()),
    # "pushed back against X's proposal" is opposition, not an attack; attacking a plan is words
    ("China pushed back against Japan's proposal.", {('China', 'opposed', 'Japan')}),
    ("Russia attacked Ukraine's peace plan.", set()),
    # a given name alone, where NER missed it, is the person named in full before
    ('Prime Minister Meles Zenawi spoke on Friday. Clinton telephoned both Meles and President Isaias Afwerki on Saturday.',
     {('Clinton', 'called', 'Meles Zenawi'), ('Clinton', 'called', 'Isaias Afwerki')}),
    # "a barrage of rockets fired by X": the rockets' firer
    ('A barrage of rockets fired by Hamas slammed into the southern city of Ashkelon.', {('Hamas', 'attacked', 'Ashkelon')}),
    # a title word heading a name of its own is that name
    ('Houthi fighters seized the Galaxy Leader, a cargo ship linked to an Israeli businessman.',
     {('Houthis', 'attacked', 'Galaxy Leader')}),
    ('The Supreme Leader met the president.', set()),
    # a past form the tagger reads as a base form
    ('The Syrian army, backed by Russian air power, retook the ancient city of Palmyra from Islamic State.',
     {('Syria', 'attacked', 'Palmyra'), ('Russia', 'supported', 'Syria')}),
    # "X was among the buildings hit by Y"
    ("Odesa's Transfiguration Cathedral was among the buildings hit by Russian missiles.",
     {('Russia', 'attacked', 'Transfiguration Cathedral')}),
    # armed men infiltrating a state attack it (Clarification 3)
    ('Hamas gunmen infiltrated Israel on October 7 and killed some 1,200 people.', {('Hamas', 'attacked', 'Israel')}),
    ('Spies infiltrated the ministry.', set()),
    # "the two leaders, X and Y, held a phone call": both named in the apposition
    ('The two leaders, Biden and Xi, held a phone call on Thursday.', {('Biden', 'called', 'Xi')}),
    # a virtual meeting is a call, not a meeting in person
    ('Modi held a virtual meeting with Australian Prime Minister Albanese.', {('Modi', 'called', 'Albanese')}),
    ('Modi held a meeting with Australian Prime Minister Albanese.', {('Modi', 'met', 'Albanese')}),
    # "the funeral of X, killed last week in a strike by Y": the name before the comma was killed
    ('Thousands attended the funeral of Hamas commander Marwan Issa, killed last week in an Israeli strike.',
     {('Israel', 'attacked', 'Marwan Issa')}),
    ('The rebels shelled Marib to avenge Ali Hamdan, killed on Sunday in a Saudi-led coalition raid.',
     {('Saudi Arabia', 'attacked', 'Ali Hamdan')}),
    # "has been under attack by X" with "by X" on the verb
    ("Marib has been under attack by the Houthis' forces since February.", {('Houthis', 'attacked', 'Marib')}),
    # "posts belonging to X"; "Lebanon's Hezbollah movement" is the movement, not Lebanon
    ('Israeli jets struck weapons depots belonging to Hezbollah.', {('Israel', 'attacked', 'Hezbollah')}),
    ("Israeli jets struck posts belonging to Lebanon's Hezbollah movement.",
     {('Israel', 'attacked', 'Hezbollah')}),
    # "the assault of X": X attacked, unless X is a place
    ('The US condemned the ongoing assault of M23 on Goma.', {('United States', 'condemned', 'M23'), ('M23', 'attacked', 'Goma')}),
    ('Residents fled the offensive of the Syrian army on Aleppo.', {('Syria', 'attacked', 'Aleppo')}),
    ('The UN condemned the assault of Kharkiv.', set()),
    # "the arrival of X's ship", "the visit of X": X acts
    ('Venezuela rejected the arrival of a British warship in Guyanese waters.', {('Venezuela', 'opposed', 'United Kingdom')}),
    ('China opposed the visit of Nancy Pelosi to Taiwan.', {('China', 'opposed', 'Nancy Pelosi')}),
    # "with the backing of X": X backs; "the support of X for Y"; inside an accusation, nothing
    ('Colombia fought the rebels with the backing of the United States.', set()),
    ('Duda reaffirmed the full support of Poland for Ukraine.', {('Poland', 'supported', 'Ukraine')}),
    ('Maduro accused Guyana of acting with the backing of ExxonMobil.', set()),
    # "the people of X" as an object is X
    ('Azerbaijan launched an attack against the people of Nagorno-Karabakh.',
     {('Azerbaijan', 'attacked', 'Nagorno-Karabakh')}),
    ('He reiterated the full support of the United Nations for the people of Sudan.',
     {('United Nations', 'supported', 'Sudan')}),
    # a state's formal style alone ("the Kingdom", "the State of Qatar") is the state, not a name
    ("The Ministry of Foreign Affairs of the Kingdom of Saudi Arabia expresses the Kingdom's condemnation of "
     "the attack by Hamas.", {('Saudi Arabia', 'condemned', 'Hamas')}),
    ("The State of Qatar strongly condemns the Israeli occupation's storming of the Nur Shams refugee camp.",
     {('Qatar', 'condemned', 'Israel'), ('Israel', 'attacked', 'Nur Shams refugee camp')}),
    # the targeting of X is an attack on X
    ("Kuwait denounced the Houthis' targeting of Saudi oil facilities.",
     {('Kuwait', 'condemned', 'Houthis'), ('Houthis', 'attacked', 'Saudi Arabia')}),
    # "the attack on the bridge organized by X", the participle hung on the target
    ('Russia categorically condemns the terrorist attack on the Crimean Bridge organized by the Kyiv regime.',
     {('Russia', 'condemned', 'Ukraine'), ('Ukraine', 'attacked', 'Crimean Bridge')}),
    # "X was among the countries that condemned Y"
    ("Canada was among the countries that condemned Iran's missile attack on Israel.",
     {('Canada', 'condemned', 'Iran'), ('Iran', 'attacked', 'Israel')}),
    # "condemnation poured in from X and Y after Z's strike"
    ("Condemnation poured in from Britain and France after Russia's strike on Odesa.",
     {('United Kingdom', 'condemned', 'Russia'), ('France', 'condemned', 'Russia'), ('Russia', 'attacked', 'Odesa')}),
    # "condemned it" after an attack: the attacker, never the condemner itself
    ('Russian missiles hit Kyiv on Monday. Poland condemned it as barbaric.',
     {('Russia', 'attacked', 'Kyiv'), ('Poland', 'condemned', 'Russia')}),
    ('Israel approved new settlements on Monday. The EU condemned it.', set()),
    # not recognizing the results of X's election; opposition to the deployment of X's troops
    ("Russia said it does not recognize the results of Moldova's election.", {('Russia', 'opposed', 'Moldova')}),
    ('India has expressed opposition to the deployment of Chinese troops near the border.', {('India', 'opposed', 'China')}),
    # refusing to sign (accept, ratify) what X drafted opposes X; refusing to attack is nothing
    ('Armenia refused to sign the agreement drafted by Azerbaijan.', {('Armenia', 'opposed', 'Azerbaijan')}),
    ('Germany refused to send troops to Ukraine.', set()),
    # "X told Y it would face retaliation": "it" is the one told
    ('Russia told Finland it would face retaliation if it joined NATO.', {('Russia', 'warned', 'Finland')}),
    # "Zionist" in Iranian and allied statements is Israeli; the movement's history is no event
    ('Hezbollah said its fighters targeted Zionist forces near the border.', {('Hezbollah', 'attacked', 'Israel')}),
    ('The Zionist entity bombed Gaza again on Tuesday, Hamas said.', {('Israel', 'attacked', 'Gaza')}),
    ('Theodor Herzl founded the Zionist movement in 1897.', set()),
    # "joined the raids on X": the joiners carry them out
    ('Canberra, Ottawa and Oslo joined the raids on Islamic State.',
     {('Australia', 'attacked', 'Islamic State'), ('Canada', 'attacked', 'Islamic State'), ('Norway', 'attacked', 'Islamic State')}),
    ('Poland joined the coalition in 2003.', set()),
    # an outlet interviewing someone by phone is no call between actors (GUIDELINES: called)
    ('Netanyahu spoke to Fox News by phone on Sunday.', set()),
    ('Netanyahu spoke to Macron by phone on Sunday.', {('Netanyahu', 'called', 'Macron')}),
    # "threw its weight behind X"
    ('The Arab League threw its weight behind Egypt.', {('Arab League', 'supported', 'Egypt')}),
    # "the aggression of X against Y" with "against Y" hung on X
    ('The Islamic Republic of Iran condemns the criminal aggression of the Zionist regime against Syria.',
     {('Iran', 'condemned', 'Israel'), ('Israel', 'attacked', 'Syria')}),
    # reports of an attack are not the attack
    ('He is deeply concerned by reports of shelling of El Fasher by the Sudanese army.', set()),
    # feared or simulated attacks, and reports the text does not confirm, are not asserted
    ('Analysts fear a Chinese invasion of Taiwan.', set()),
    ('The exercise simulated an attack on Taiwan.', set()),
    ("Reports that Israel struck Iran's nuclear sites could not be confirmed.", set()),
    ("Officials said Israel struck Iran's nuclear sites.", {('Israel', 'attacked', 'Iran')}),
    # settlers, mobs and rioters of a nationality are not its state
    ('Qatar strongly denounced the storming of Al-Aqsa Mosque by Israeli settlers.', set()),
    ('Israeli settlers attacked the Palestinian village of Huwara.', set()),
    # a title NER took for a person is no one
    ('State Councilor and Foreign Minister Wang Yi met with visiting Russian Foreign Minister Sergei Lavrov.',
     {('Wang Yi', 'met', 'Sergey Lavrov')}),
    # whoever holds the positions fired from is the attacker; a place of launch is no one
    ('Artillery fire from Armenian positions hit Tovuz.', {('Armenia', 'attacked', 'Tovuz')}),
    ('Rockets fired from Hezbollah positions hit Metula.', {('Hezbollah', 'attacked', 'Metula')}),
    ('Rockets fired from Gaza hit Sderot.', set()),
    # "of" names who ruled, expanded or spoke: agentive nouns, unlike "the killing of X"
    ('Venezuela rejected the ruling of the International Court of Justice.',
     {('Venezuela', 'opposed', 'ICJ')}),
    ('Russia opposes the expansion of NATO.', {('Russia', 'opposed', 'NATO')}),
    # "blocked / held up X's bid (package, accession)": opposition to what X asks
    ("Turkey held up Finland's bid to join NATO.", {('Turkey', 'opposed', 'Finland')}),
    ("Austria blocked Romania's accession to the Schengen area.", {('Austria', 'opposed', 'Romania')}),
    ("Hungary blocked the EU's new sanctions package.", {('Hungary', 'opposed', 'European Union')}),
    ('Austria blocked the border crossing at Nickelsdorf.', set()),
    # "X is opposed to Y", parsed as a passive without "by": X holds the stance
    ('Russia is opposed to the expansion of NATO.', {('Russia', 'opposed', 'NATO')}),
    ('Egypt said it was opposed to any Israeli operation in Rafah.', {('Egypt', 'opposed', 'Israel')}),
    # people counted by nationality are casualties: the place is the target where one is named
    ('Russian shelling killed five Ukrainians in Kherson.', {('Russia', 'attacked', 'Kherson')}),
    ('Israeli drones killed 14 Palestinians in Jabalia.', {('Israel', 'attacked', 'Jabalia')}),
    ('Russian forces shelled Kherson, killing five Ukrainians.', {('Russia', 'attacked', 'Kherson')}),
    ('Russian forces shelled Kherson, killing five Ukrainian soldiers.',
     {('Russia', 'attacked', 'Kherson'), ('Russia', 'attacked', 'Ukraine')}),
    ('Hamas gunmen killed 300 Israelis.', {('Hamas', 'attacked', 'Israel')}),
    # a named spokesperson speaks for the state their title names (GUIDELINES, Clarification 1)
    ("Qatar's foreign ministry spokesman Omar Haddad condemned Israel's raid on the Nuseirat camp.",
     {('Qatar', 'condemned', 'Israel'), ('Israel', 'attacked', 'Nuseirat camp')}),
    ('Kremlin spokesman Dmitry Peskov condemned the British decision.', {('Russia', 'condemned', 'United Kingdom')}),
    ('Chinese foreign ministry spokesperson Li Hua said Beijing firmly opposed the Philippine drills.',
     {('China', 'opposed', 'Philippines')}),
    ('BEIJING (Reuters) - Foreign ministry spokesman Li Hua condemned the Japanese decision.',
     {('China', 'condemned', 'Japan')}),
    ('Kenyan President William Ruto condemned the Ethiopian decision.', {('William Ruto', 'condemned', 'Ethiopia')}),
    # paramilitaries, militiamen, bandits of a nationality are not its state
    ('Sudanese paramilitaries stormed the village of Wad Madani.', set()),
    ('Congolese militiamen attacked the village of Djugu.', set()),
    # "missile and drone strikes" with "drone" parsed as a verb conjunct: the strikes are still launched by X
    ('The Pakistani army said on Thursday that its jets had struck what it called militant hideouts inside Iran, '
     'a day after Tehran launched missile and drone strikes on Pakistani territory.',
     {('Pakistan', 'attacked', 'Iran'), ('Iran', 'attacked', 'Pakistan')}),
    # a named person killed is the target; the place of the strike only where it happened
    ("Israel's army said it had killed Hezbollah commander Ali Karaki in a strike on the southern suburbs of Beirut.",
     {('Israel', 'attacked', 'Ali Karaki')}),
    ('Israeli jets struck the southern suburbs of Beirut on Tuesday.', {('Israel', 'attacked', 'Beirut')}),
    # seats of government named for their state (gazetteer supplement)
    ('The Foreign Office condemned the shelling of Stepanakert by Azerbaijani forces.',
     {('United Kingdom', 'condemned', 'Azerbaijan'), ('Azerbaijan', 'attacked', 'Stepanakert')}),
    ('The State Department condemned the drone attack by the Houthis on the tanker.',
     {('United States', 'condemned', 'Houthis')}),
    ("The Quai d'Orsay denounced the Malian junta's decision.", {('France', 'condemned', 'Mali')}),
    # the one who urges judges; the pronoun in the urged clause is the one urged
    ('Iraq urged Turkey to end its unacceptable violations of Iraqi airspace.', {('Iraq', 'opposed', 'Turkey')}),
    ('Egypt pressed Israel to halt its operation in Rafah.', set()),
    # "described X as an unacceptable Y": X is judged
    ("Syria's foreign ministry described the Israeli raid as an unacceptable breach of Syrian sovereignty.",
     {('Syria', 'opposed', 'Israel')}),
    # state forces by their own name stand for the state (Clarification 2; gazetteer supplement)
    ('The Tatmadaw bombed a school in Sagaing.', {('Myanmar', 'attacked', 'Sagaing')}),
    ('The Islamic Revolutionary Guard Corps fired missiles at Erbil.', {('Iran', 'attacked', 'Erbil')}),
    # ... by an acronym or a service's name, which PETRARCH lacks
    ('The CRPF and the BSF opened fire on militants in Pulwama.', {('India', 'attacked', 'Pulwama')}),
    ('The SBU said it had struck a Russian command post in Kherson.', {('Ukraine', 'attacked', 'Russia')}),
    ('FARDC troops attacked M23 positions near Goma.', {('Democratic Republic of the Congo', 'attacked', 'M23')}),
    # a hand-kept name corrects PETRARCH's and is never read as a leader's personal name
    ('Ansar Allah condemned the American strikes on Hodeidah.',
     {('Houthis', 'condemned', 'United States'), ('United States', 'attacked', 'Hodeidah')}),
    ('Islamic Jihad fired rockets at Sderot.', {('Palestinian Islamic Jihad', 'attacked', 'Sderot')}),
    # "its" after a demonym's two-word force ("the Philippine coast guard") is that state's
    ('The Philippine coast guard said Chinese vessels fired water cannon at its supply boat.',
     {('China', 'attacked', 'Philippines')}),
    ('The Japanese coast guard said a Chinese ship rammed its patrol boat near the Senkaku Islands.',
     {('China', 'attacked', 'Japan')}),
    # a region of a state is a place, not the state; forces counted in "tens of thousands of" are still forces
    ('Moscow sent tens of thousands of troops into Chechnya in December 1994.', {('Russia', 'attacked', 'Chechnya')}),
    ('Pakistani jets bombed militant hideouts in North Waziristan.', {('Pakistan', 'attacked', 'North Waziristan')}),
    # a live blog's time stamp is no part of the name after it
    ('08:10 Egypt proposed a truce.\n11:20 Hamas fired rockets at Israel, the army says.\n'
     '15:05 Israel has resumed air strikes on the Gaza Strip after a pause.',
     {('Hamas', 'attacked', 'Israel'), ('Israel', 'attacked', 'Gaza Strip')}),
    # "the Government of X", also through the state's formal name, is X (another state in the sentence)
    ('The Government of the Bolivarian Republic of Venezuela rejects the remarks made by the Secretary of State of '
     'the United States, John Kerry.', {('Venezuela', 'opposed', 'John Kerry')}),
    ('The Government of the Republic of Kenya condemned the raid on Mandera by al-Shabaab and Somali militias.',
     {('Kenya', 'condemned', 'Al-Shabaab'), ('Al-Shabaab', 'attacked', 'Mandera')}),
    # "issued a condemnation of the strikes by X": X's strikes (the "by" hung on the light verb), the subject condemns
    ('Russian President Boris Yeltsin issued a furious condemnation of the air strikes by NATO.',
     {('Boris Yeltsin', 'condemned', 'NATO')}),
    # a call the clause's subject had "after a call with Y"; meetings "following" are not one's own
    ('Primakov ordered his plane to turn back after a telephone conversation with Vice President Al Gore.',
     {('Primakov', 'called', 'Al Gore')}),
    ('Rice and Evans will travel to Moscow following the meetings in Genoa.', set()),
    # "the opposition X National Council": a group, not the state; the common noun parsed as a second subject
    ('In Benghazi, the rebel Libyan National Council denounced the Russian and Chinese vetoes.',
     {('Libyan National Council', 'condemned', 'Russia'), ('Libyan National Council', 'condemned', 'China')}),
    # "X, with whom he held a phone call": the relative pronoun is X
    ('Kenyan President William Ruto said he backed Somalia\'s president, Hassan Sheikh Mohamud, with whom he held a '
     'telephone conversation on Friday.',
     {('William Ruto', 'supported', 'Hassan Sheikh Mohamud'), ('William Ruto', 'called', 'Hassan Sheikh Mohamud')}),
    # a peacekeeping mission by its acronym is an actor of its own (gazetteer supplement)
    ('Helicopters of the UN mission, MONUSCO, fired on positions of the M23 rebels near Goma.',
     {('MONUSCO', 'attacked', 'M23')}),
    # 'called X "a Y"' with the name in quotes names X, no phone call; a quoted purpose does not block a call
    ('Tuareg rebels of the Niger Movement for Justice attacked an army post. President Mamadou Tandja has called '
     'the rebels "terrorists and bandits" and sent troops north.', set()),
    ('Macron called Putin "to discuss Ukraine" on Friday.', {('Macron', 'called', 'Putin')}),
    # a place on a verb of judging is where one judged, not where the act was
    ('Israeli jets struck Hezbollah positions on Sunday. In Paris, the French foreign ministry condemned the bombing.',
     {('Israel', 'attacked', 'Hezbollah'), ('France', 'condemned', 'Israel')}),
    # "the bombing" with no stem match is the last attack the text itself asserts, not one a speaker alleges
    ('NATO jets pounded Serbian army barracks on Sunday. Karadzic said the Moslems had shelled their own people. '
     'Moscow condemned the bombing.', {('NATO', 'attacked', 'Serbia'), ('Russia', 'condemned', 'NATO')}),
    # an event after "in" is no place an unnamed target is in
    ("BEIRUT (AP) - Israeli jets pounded weapons depots on Monday in the biggest action in the Arab League's history.",
     set()),
    # "informed him of the raid": the one told did not raid; an object pronoun is not its clause's
    # (or its controlling) subject
    ('Colombian jets bombed a FARC camp inside Ecuador. President Uribe phoned Correa to inform him of the raid. '
     'The next day, Correa condemned the raid.',
     {('Colombia', 'attacked', 'Revolutionary Armed Forces of Colombia'), ('Uribe', 'called', 'Correa'),
      ('Correa', 'condemned', 'Colombia')}),
    ('Erdogan phoned Putin on Friday to warn him against a new offensive.',
     {('Erdogan', 'called', 'Putin'), ('Erdogan', 'warned', 'Putin')}),
    # a series of verbs after a subordinate clause ("a day after X crossed ..., attacked ... and captured ...")
    # is that clause's, though the parser hangs it on the main verb; "an Israeli army patrol" is Israel's, not
    # the home state's army
    ('Israeli jets bombed the port of Tyre on Thursday, a day after Hezbollah fighters crossed into Israel, '
     'attacked an Israeli army patrol and captured two soldiers.',
     {('Israel', 'attacked', 'Tyre'), ('Hezbollah', 'attacked', 'Israel')}),
    # "the downing (of Y)" is an attack; a model designation ("F-16", "Su-24", "Mi-8") is no actor, and the
    # demonym hung on it owns the aircraft
    ('Turkish F-16 jets shot down a Russian Su-24 bomber near the Syrian border. Moscow condemned the downing.',
     {('Turkey', 'attacked', 'Russia'), ('Russia', 'condemned', 'Turkey')}),
    ("Ukraine's downing of a Russian Mi-8 helicopter was confirmed on Monday.", {('Ukraine', 'attacked', 'Russia')}),
    # "a supposed attack" is hedged; partisans of a state's nationality are not the state
    ('A supposed Ukrainian drone attack damaged a Russian plane near Pskov on Sunday.', set()),
    ('A drone attack by Belarusian partisans damaged a Russian plane near Minsk on Sunday.', set()),
    # a text's sponsors are its drafters, and "the draft" later is that text
    ('Germany said it would vote against a new draft resolution sponsored by Brazil and Mexico. Austria said it '
     'would not support the draft either.',
     {('Germany', 'opposed', 'Brazil'), ('Germany', 'opposed', 'Mexico'), ('Austria', 'opposed', 'Brazil'),
      ('Austria', 'opposed', 'Mexico')}),
    # "voted against it" after a text put to a vote: the text's drafter, named on it or on the text named again
    # in the next sentence, never the body voting on it
    ('The Security Council failed to adopt a draft resolution on Burundi on Friday, as Egypt and Senegal voted '
     'against it. Eleven members voted for the text, which had been tabled by France.',
     {('Egypt', 'opposed', 'France'), ('Senegal', 'opposed', 'France')}),
    # missiles "fired from" a state's warships or jets: the owner fires (a place of launch names no one)
    ('Cruise missiles were fired from French and Italian warships at Libyan air defence sites.',
     {('France', 'attacked', 'Libya'), ('Italy', 'attacked', 'Libya')}),
    ('Rockets were fired from Gaza at Sderot.', set()),
    # places that only say where the targets of an attack on a named state were are no targets (Clarification 5);
    # with no state attacked, the place an unnamed target was in stands for it
    ('NATO launched air strikes against Serbia on Wednesday night, hitting military targets near Nis and Kraljevo.',
     {('NATO', 'attacked', 'Serbia')}),
    ('Israeli jets struck nine camps near Jenin on Sunday.', {('Israel', 'attacked', 'Jenin')}),
    # a named border crossing is a facility, the target rather than its town
    ('Israeli troops seized the Rafah crossing on Tuesday.', {('Israel', 'attacked', 'Rafah crossing')}),
    # a person's name NER cut at a surname particle or before a middle initial is one name
    ("European Commission President Ursula von der Leyen denounced Belarus's conduct.",
     {('Ursula von der Leyen', 'condemned', 'Belarus')}),
    ('Secretary of State Antony J. Blinken held a video call today with Kenyan President William Ruto.',
     {('Antony Blinken', 'called', 'William Ruto')}),   # (the gazetteer's form of the whole name)
    # "forced their way into" is forcible entry, whoever enters (police too); "forced X back" is none
    ('Bolivian police forced their way into the Peruvian embassy in La Paz on Friday.',
     {('Bolivia', 'attacked', 'Peru')}),
    ('Police forced the protesters back from the embassy.', set()),
    # "the attack" with no stem match is the story's lead attack, not a later exchange of fire
    ('Al-Shabaab militants stormed a hotel in Kismayo on Friday, police said. Somali troops later shelled rebel '
     'positions near Jamaame. President Mohamud condemned the heinous attack.',
     {('Al-Shabaab', 'attacked', 'Kismayo'), ('Somalia', 'attacked', 'Jamaame'), ('Mohamud', 'condemned', 'Al-Shabaab')}),
    # a named police academy is a facility, the target; a date after "on" is never one ("marched on Sunday")
    ("The ELN admitted carrying out the car bombing at the General Santander police academy in Bogota.",
     {('National Liberation Army', 'attacked', 'General Santander police academy')}),
    ('Thousands of Colombians marched in Bogota and other cities on Sunday to reject violence.', set()),
    # "X backed Y in the fight against Z": Y fights; "condemned the Istanbul bombing": the bomber, never the city
    ('Washington, which has backed the Kurdish-led SDF in the fight against Islamic State, condemned the Ankara bombing.',
     {('SDF', 'attacked', 'Islamic State'), ('United States', 'supported', 'SDF')}),
    ('The PKK bombed a market in Istanbul. Washington condemned the Istanbul bombing.',
     {('PKK', 'attacked', 'Istanbul'), ('United States', 'condemned', 'PKK')}),
    # "the operation" as a subject is the attack told before it
    ('Turkey carried out air strikes overnight. The ministry said the operation, named Claw-Sword, targeted the PKK.',
     {('Turkey', 'attacked', 'PKK')}),
    # "pressed its offensive" carried it on (no intention); "pressed X to do" is no attack of the presser
    ('Turkey pressed its offensive against the YPG militia on Friday.', {('Turkey', 'attacked', 'YPG')}),
    # "shelled its outskirts": "its" is the city named before, never the shelling state
    ('Kharkiv has been quiet for weeks. On Friday Russian artillery shelled its outskirts.',
     {('Russia', 'attacked', 'Kharkiv')}),
    # a perfect participle ("having rejected") is active: the noun it hangs on rejects; "the ultimatum of X" is X's
    ('The junta in Niger, having rejected the ultimatum of ECOWAS, closed its airspace.',
     {('Niger', 'opposed', 'ECOWAS')}),
    # "rejected the landing of US aircraft": the owner of what lands
    ('Colombian President Gustavo Petro said he had rejected the landing of two U.S. military aircraft.',
     {('Gustavo Petro', 'opposed', 'United States')}),
    # a weapon opening a sentence ("Rockets fired from X struck Y") is no name
    ("NAIROBI (Reuters) - Rockets fired from Ethiopia's Tigray region struck the Eritrean capital Asmara on Saturday.",
     set()),
    # "calls" names a call as "call" does; "the Foreign Secretary" is the one who holds that office
    ('Foreign Secretary David Lammy held calls with his counterparts on Monday. Later the Foreign Secretary also '
     'spoke to Egyptian Foreign Minister Badr Abdelatty.',
     {('David Lammy', 'called', 'Badr Abdelatty')}),
    # "held calls with X, commander of Y, and Z": the parser hangs Z on the verb
    ('Lammy held separate calls with General Abdel Fattah al-Burhan, head of the army, and General Mohamed Hamdan '
     'Dagalo, leader of the RSF.',
     {('Lammy', 'called', 'Abdel Fattah al-Burhan'), ('Lammy', 'called', 'Mohamed Hamdan Dagalo')}),
    # a title naming a person ("President of Russia Vladimir Putin") keeps the person's coordination
    ('Nikol Pashinyan also held telephone conversations with President of the Russian Federation Vladimir Putin '
     'and U.S. Secretary of State Antony Blinken.',
     {('Nikol Pashinyan', 'called', 'Vladimir Putin'), ('Nikol Pashinyan', 'called', 'Antony Blinken')}),
    # a readout's opening "X spoke today with Y" is a call; elsewhere, or when they met, "spoke with" needs a phone
    ('President Joseph R. Biden, Jr. spoke today with Prime Minister Abiy Ahmed of Ethiopia. Biden welcomed the '
     'release of prisoners.', {('Joseph R. Biden, Jr.', 'called', 'Abiy Ahmed')}),
    ('Xi Jinping spoke with Joe Biden on the sidelines of the G20 summit in Bali.', set()),
    ('Erdogan said on Monday that the war must end. He spoke with Putin about grain.', set()),
    # a given name alone after the full name is the person, even opening a sentence the tagger calls a noun
    ('Prime Minister Abiy Ahmed accused the group of attacking a base. Abiy, winner of the 2019 Nobel Peace Prize, '
     'has rejected calls from the African Union and the United Nations for talks.',
     {('Abiy Ahmed', 'opposed', 'African Union'), ('Abiy Ahmed', 'opposed', 'United Nations')}),
    # "the Secretary" is the Secretary of State named before; "at the invitation of X" names no target
    ('Secretary of State Antony Blinken spoke with Kenyan President William Ruto by phone. The Secretary condemned '
     'the violence by Venezuelan security forces against protesters.',
     {('Antony Blinken', 'called', 'William Ruto'), ('Antony Blinken', 'condemned', 'Venezuela')}),
    ('Rwanda sent 1,000 troops into Cabo Delgado in July at the invitation of President Filipe Nyusi.',
     {('Rwanda', 'attacked', 'Cabo Delgado')}),
    # "the insurgents, known locally as X": the noun is X, and "they" later is X
    ('The rebels, known as M23, seized Goma on Monday.', {('M23', 'attacked', 'Goma')}),
    ('The gunmen, dubbed the Wagner Group by locals, attacked the village of Moura.',
     {('Wagner Group', 'attacked', 'Moura')}),
    # a resolution a body approved is that body's act ("rejected the resolution" opposes the body)
    ('The African Union on Tuesday approved a resolution on the elections. Burundi rejected the resolution as '
     'interference in its internal affairs.', {('Burundi', 'opposed', 'African Union')}),
    # "X's claim to have won" is a stance rejected, not an accusation denied; "claims that it shelled" is a denial
    ("The United States rejects Nicolas Maduro's claim to have won the election.",
     {('United States', 'opposed', 'Nicolas Maduro')}),
    ("Russia rejected Ukraine's claims that it shelled the plant.", set()),
    # "the town of Mocimboa da Praia": a place whose name holds a particle
    ('Rwandan troops shelled the town of Mocimboa da Praia.', {('Rwanda', 'attacked', 'Mocimboa da Praia')}),
    # a demonym the gazetteer lacked owns a state's body
    ("Ankara strongly objected to the Swedish government's decision.", {('Turkey', 'opposed', 'Sweden')}),
    # a hedge on the weapon fired hedges the firing ("launched possible ballistic missiles")
    ('Officials in Seoul said Pyongyang fired possible cruise missiles at Japan on Thursday.', set()),
    ('Officials in Seoul said Pyongyang fired two cruise missiles at Japan on Thursday.',
     {('North Korea', 'attacked', 'Japan')}),
    # "fired X in a barrage that smashed into Y": the barrage's firer hit Y
    ('Iran fired missiles at Israel in a large salvo that slammed into the Nevatim air base.',
     {('Iran', 'attacked', 'Israel'), ('Iran', 'attacked', 'Nevatim air base')}),
    # unnamed waters are where, never what, a strike hit
    ("The People's Liberation Army fired missiles into waters near Taiwan.", set()),
    ('Chinese ships fired flares at waters off Luzon.', set()),
    # "the move / the decision" alone: the main act of the sentence before; "the launch" after "fired"
    ('China sanctioned five US defence firms. Washington condemned the move.', {('United States', 'condemned', 'China')}),
    ('Burundi expelled the UN envoy on Monday. The African Union condemned the decision on Tuesday.',
     {('African Union', 'condemned', 'Burundi')}),
    ("China's envoy said talks were possible. Japan rejected the move.", set()),
    ('Pyongyang fired a ballistic missile over Japan on Tuesday. Tokyo condemned the launch.',
     {('Japan', 'condemned', 'North Korea')}),
    ('Iran hanged two protesters on Saturday. Germany condemned the executions.', {('Germany', 'condemned', 'Iran')}),
    # an execution of a captive is no attack (tools/trigger_policy.toml excludes behead)
    ('Saudi Arabia beheaded a Yemeni fisherman.', set()),
    # the Holy See by its seat (gazetteer supplement)
    ('The Vatican condemned the bombing of the cathedral by Islamic State.', {('Holy See', 'condemned', 'Islamic State')}),
    # a bracket NER ran into is the short name, not part of the long one
    ('The Gulf Cooperation Council (GCC) condemned the drone attack by the Houthis on Jizan. The GCC said it stood '
     'with Riyadh.', {('Gulf Cooperation Council', 'condemned', 'Houthis'), ('Houthis', 'attacked', 'Jizan'),
                      ('Gulf Cooperation Council', 'supported', 'Saudi Arabia')}),
    # a listed group run together with a common noun is the group
    ("Bahrain has condemned the Houthi militia's drone attack on Jizan.",
     {('Bahrain', 'condemned', 'Houthis'), ('Houthis', 'attacked', 'Jizan')}),
    # "the Kingdom": the last kingdom named, not the last state
    ('Riyadh said a drone launched by the Iran-backed Houthis had targeted the Kingdom.',
     {('Houthis', 'attacked', 'Saudi Arabia'), ('Iran', 'supported', 'Houthis')}),
    # X's allies are not X
    ("Egypt's allies denounced the Ethiopian decision.", set()),
    # conjuncts the parser hangs inside a long name's "of" phrase
    ('The League of Arab States, Jordan and Egypt condemned the Israeli strike on the Jenin camp.',
     {('League of Arab States', 'condemned', 'Israel'), ('Jordan', 'condemned', 'Israel'), ('Egypt', 'condemned', 'Israel'),
      ('Israel', 'attacked', 'Jenin camp')}),
    # a purpose is an aim, not an attack ("... to target X"), unless it is the firing's purpose
    ('Kuwait condemned the Houthi attacks and those who arm the militia, to commit terrorist acts in a deliberate '
     'manner to target civilians in Saudi Arabia.', {('Kuwait', 'condemned', 'Houthis')}),
    ("Russia launched dozens of missiles overnight to strike Ukraine's power grid.", {('Russia', 'attacked', 'Ukraine')}),
    ('Iran summoned the Swedish ambassador to condemn the burning of the Koran in Stockholm.', set()),
    # "an attack towards X"
    ('Qatar condemned the Houthi missile attack towards Saudi Arabia.',
     {('Qatar', 'condemned', 'Houthis'), ('Houthis', 'attacked', 'Saudi Arabia')}),
    # what a draft or a vetoed text says is no stance (the event it judges happened); an adopted one is its adopter's
    ("The United States vetoed a Security Council resolution on Friday strongly deploring Israel's policies in the "
     "West Bank.", set()),
    ('The Jordanian text deplores the excessive use of force by the Israeli army against civilians in Gaza.',
     {('Israel', 'attacked', 'Gaza')}),
    ('Russia vetoed a draft resolution condemning the Russian annexation of Crimea.', set()),
    ('The Security Council adopted a resolution condemning the attack by Russia on Kyiv.',
     {('UN Security Council', 'condemned', 'Russia'), ('Russia', 'attacked', 'Kyiv')}),
    # "the army", "government forces": the forces of the state whose places the sentence names,
    # else of the article's state; "the troops" alone may be anyone's
    ('KHARTOUM (Reuters) - The army said it had recaptured the town of Wad Madani.',
     {('Sudan', 'attacked', 'Wad Madani')}),
    ('Government forces shelled the town of Kafr Nabl in the Syrian province of Idlib on Monday.',
     {('Syria', 'attacked', 'Kafr Nabl')}),
    ('WASHINGTON (AP) - The UN has 3,000 peacekeepers in Bangui, backing government forces against the militias.',
     {('United Nations', 'supported', 'Central African Republic')}),
    ('KYIV (Reuters) - Russian troops entered the village of Robotyne. The troops shelled the school.',
     {('Russia', 'attacked', 'Robotyne')}),
    # a regional bureau's dateline is not the article's state when the story names only others
    ('BEIRUT - Thirty people were killed in army shelling in the central Syrian town of Kafr Nabl on Friday, '
     'activists said.', {('Syria', 'attacked', 'Kafr Nabl')}),
    ('BEIRUT (Reuters) - Government forces shelled rebel positions in the town of Kafr Nabl on Friday, killing 12 '
     'people. Syrian state media said the army was fighting terrorists.', {('Syria', 'attacked', 'Kafr Nabl')}),
    # a plural possessive: the coordinated subject, or the named pair of states just before it
    ('President Ilham Aliyev and Prime Minister Nikol Pashinyan held their first phone call on Friday, the Kremlin said.',
     {('Ilham Aliyev', 'called', 'Nikol Pashinyan')}),
    ('Beijing lodged solemn representations with Canada and Australia to express strong dissatisfaction and firm '
     'opposition to their naval transit.', {('China', 'opposed', 'Canada'), ('China', 'opposed', 'Australia')}),
    # the capture of a named place in fighting (Clarification 4), "by" hung on the place
    ('The air raids followed the capture of the Zebak district by Taliban militants.', {('Taliban', 'attacked', 'Zebak')}),
    ('Police announced the capture of a Hamas commander.', set()),
    # "security forces" of the article's state
    ('KABUL (Reuters) - Taliban militants continued their attacks against government security forces.',
     {('Taliban', 'attacked', 'Afghanistan')}),
    # a title NER ran into an organisation's name; a title the parser made the conjunct
    ('According to the statement, PM Sharif dialled Erdogan.', {('Sharif', 'called', 'Erdogan')}),
    ('Earlier Chinese President Xi Jinping and PM Sharif also spoke over the phone.', {('Xi Jinping', 'called', 'Sharif')}),
    # a headline line without a full stop ends its sentence; "X reports" at the root attributes
    ('Aliyev, Pashinyan hold phone call, agree to meet in Prague\nPresident Ilham Aliyev and Prime Minister Nikol '
     'Pashinyan held their first phone call on Friday, Trend reports citing the Kremlin.',
     {('Ilham Aliyev', 'called', 'Nikol Pashinyan')}),
    # the parties of a phone discussion through a title, a name and "his counterpart"
    ('Kalin spoke about the phone discussion between the Turkish President, Recep Tayyip Erdogan and his U.S. '
     'counterpart Joe Biden.', {('Recep Tayyip Erdogan', 'called', 'Joe Biden')}),
    # killing a group's figure attacks where it happened, not the group (a named one is the target)
    ('Israeli strikes killed a senior Islamic Jihad commander in Rafah.', {('Israel', 'attacked', 'Rafah')}),
    ('Saudi-led air strikes killed dozens of Houthi fighters.', {('Saudi Arabia', 'attacked', 'Houthis')}),
    # ... with no place said, the group whose figure was killed
    ('A US drone strike killed a senior commander of al-Shabaab.', {('United States', 'attacked', 'Al-Shabaab')}),
    ('Israeli strikes killed a senior Islamic Jihad commander.', {('Israel', 'attacked', 'Palestinian Islamic Jihad')}),
    # "X and its population": the possessive is X
    ('Spain condemns the ongoing attacks by Hamas against Israel and its population.',
     {('Spain', 'condemned', 'Hamas'), ('Hamas', 'attacked', 'Israel')}),
    # "in Nablus in the West Bank": the town, not the region around it
    ('Israeli troops raided a house in Nablus in the West Bank.', {('Israel', 'attacked', 'Nablus')}),
    # a headline's bracketed source is no target
    ("Russia bombs Ukraine's power grid (Zelensky)", {('Russia', 'attacked', 'Ukraine')}),
    # "X-backed" names a backer, not an owner
    ('Al-Shabaab is fighting the UN-backed Somali government.', {('Al-Shabaab', 'attacked', 'Somalia')}),
    # "hit out at X" is criticism, not force
    ('Colombia hit out at neighbouring Venezuela on Wednesday for repeated provocations.', set()),
    # a unit or patrol sent into a state
    ('The ministry said the Venezuelan patrol crossed 300 meters into northeastern Colombia.',
     {('Venezuela', 'attacked', 'Colombia')}),
    # "the use of a water cannon (of force) against X", with "against X" hung on the weapon
    ("Manila protested over the Chinese coast guard's use of a water cannon against a Filipino supply boat.",
     {('China', 'attacked', 'Philippines')}),
    ('China criticised the use of Philippine ports by American ships.', set()),
    # '"I condemn ...," X said': the named speaker
    ('"I condemn this reprehensible attack by al-Shabaab on the base in Baidoa," UN envoy James Swan said.',
     {('James Swan', 'condemned', 'Al-Shabaab'), ('Al-Shabaab', 'attacked', 'Baidoa')}),
    ('"I was in Baidoa when al-Shabaab attacked," he said.', set()),
    # "complained to X about the unacceptable move by Y" judges Y's move
    ('Colombian president Juan Manuel Santos said he had complained to his counterpart Nicolas Maduro about the '
     'totally unacceptable move by Venezuelan troops.', {('Juan Manuel Santos', 'opposed', 'Venezuela')}),
    # "outrage, condemnation and protest of X": the phrase on the last noun is every noun's
    ('Manila expressed outrage, condemnation and protest of the ramming of its vessel by Chinese ships.',
     {('Philippines', 'condemned', 'China'), ('China', 'attacked', 'Philippines')}),
    # tanks sent into a region (the projectile list may hold only the plural)
    ('Russia has sent 150 tanks and armoured vehicles into Abkhazia.', {('Russia', 'attacked', 'Abkhazia')}),
    # "X state, northeast Nigeria": the named state, not the region in apposition
    ('Boko Haram militants attacked a village in Yobe state, northeast Nigeria.', {('Boko Haram', 'attacked', 'Yobe')}),
    # a place name NER ran across "in" is two places
    ('The terrorist group stormed the remote village of Kirawa in Gwoza local government area.',
     set()),
    # "X claimed responsibility for the attack": the target of the attack named before with no attacker
    ('Gunmen attacked the parliament in Tehran on Wednesday. Islamic State claimed responsibility for the attack.',
     {('Islamic State', 'attacked', 'Tehran')}),
    ('The Taliban claimed responsibility for the attack.', set()),
    # rejecting accusations is a denial, also in a headline's apposition
    ("Iran Dismisses US 'Recurrent' Accusations\n\nTEHRAN (Tasnim) - Iran's foreign ministry spoke on Wednesday.",
     set()),
    # a place the parser made a conjunct of the agent does not act
    ("Two women were hurt in shelling by militias of commander Omar Saeed in Tripoli, Libya's capital, Anadolu reports.",
     {('Omar Saeed', 'attacked', 'Tripoli')}),
    # "the ministry" after "X's foreign ministry" is X's
    ("Oman's foreign ministry said: 'While the ministry denounces this attack by the Houthis on Jizan, it calls for "
     "restraint.'", {('Oman', 'condemned', 'Houthis'), ('Houthis', 'attacked', 'Jizan')}),
    # "X and President of Y Z": the title conjoined is the person named in it, not a person "President"
    ('German Chancellor Olaf Scholz and President of Poland Andrzej Duda discussed the crisis on the phone.',
     {('Olaf Scholz', 'called', 'Andrzej Duda')}),
    # "X in a call with Y stressed ...": the call phrase hangs on its caller
    ("President Joe Biden in a Tuesday morning call with Polish President Andrzej Duda stressed the alliance's unity.",
     {('Joe Biden', 'called', 'Andrzej Duda')}),
    # "violated Y by sending troops": the gerund's subject is the clause's, never the object's owner
    ('Russia violated Georgian sovereignty by sending troops into Abkhazia.', {('Russia', 'attacked', 'Abkhazia')}),
    ('Tbilisi accused Moscow of sending troops into Abkhazia.', set()),
    # repelled attacks on an unnamed base: the defenders' state was attacked, not the province
    ('Malian troops repelled attacks by the Macina Liberation Front on a base in the Mopti region.',
     {('Macina Liberation Front', 'attacked', 'Mali')}),
    ('Malian troops foiled an attack by the Macina Liberation Front on a base in the Mopti region.', set()),
    # an agreement stands for all its parties
    ('Kenya on Friday rejected a deal its neighbour Somalia signed with Turkey.',
     {('Kenya', 'opposed', 'Somalia'), ('Kenya', 'opposed', 'Turkey')}),
    ('Egypt rejected the agreement between Ethiopia and Somaliland.',
     {('Egypt', 'opposed', 'Ethiopia'), ('Egypt', 'opposed', 'Somaliland')}),
    # "conducted a strike that flattened houses in Z": what the strike destroyed was in Z
    ('Israel conducted a strike that flattened several houses in the Gaza Strip on Tuesday.',
     {('Israel', 'attacked', 'Gaza Strip')}),
    # "the attack happened in Z, in the W district": the innermost place
    ('Al-Shabaab fighters attacked a village in Lamu county. The attack happened on Sunday in Mpeketoni, in the '
     'Hindi district, residents said.', {('Al-Shabaab', 'attacked', 'Lamu county'), ('Al-Shabaab', 'attacked', 'Mpeketoni')}),
    # a facility named by a modifier the parser calls nmod, and by nouns such as "airfield"
    ('A Russian warplane dropped two bombs on the Vaziani military base outside Tbilisi, the ministry said.',
     {('Russia', 'attacked', 'Vaziani military base')}),
    ('A Russian warplane dropped two bombs on the Marneuli airfield near Tbilisi.',
     {('Russia', 'attacked', 'Marneuli airfield')}),
    # an unnamed facility "outside" a city stands for the city
    ('Russian missiles struck a power station outside Kyiv.', {('Russia', 'attacked', 'Kyiv')}),
    # a capital's ministry inside one NER name is the state's
    ("Beijing’s Foreign Ministry said it rejected the plan drawn up by Japan.", {('China', 'opposed', 'Japan')}),
    # a dateline's agency run into the lead by a double hyphen
    ("SEOUL, March 3 (Jiji Press)--Japan's Foreign Ministry on Monday condemned North Korea's missile launch.",
     {('Japan', 'condemned', 'North Korea')}),
    # "the Japanese and U.S. leaders": each state's leader the text names
    ('A statement was issued by Japanese Prime Minister Shigeru Ishiba and U.S. President Donald Trump. In it, '
     'the Japanese and U.S. leaders expressed their strong opposition to Chinese military drills.',
     {('Shigeru Ishiba', 'opposed', 'China'), ('Donald Trump', 'opposed', 'China')}),
    ('The French and Russian presidents condemned the shelling.', set()),
    # "the Bolivarian Government of X" is X; "the High Representative of the EU, X" is the person X
    ('The Bolivarian Government of Venezuela rejects the statements of the High Representative of the European '
     'Union (EU), Federica Mogherini, on the elections.', {('Venezuela', 'opposed', 'Federica Mogherini')}),
    # a liberation army named after a state is a group, not the state
    ('About 800 rebels from the Sudan Liberation Army attacked the town of Muhajiriya.',
     {('Sudan Liberation Army', 'attacked', 'Muhajiriya')}),
    ("The People's Liberation Army fired missiles at Taiwan's coast guard.", {('China', 'attacked', 'Taiwan')}),
    # "Gaza" and "the Gaza Strip" are one place
    ('Israeli jets struck the Gaza Strip overnight. Hamas said the raids on Gaza killed 12 people.',
     {('Israel', 'attacked', 'Gaza Strip')}),
    # a telephone chat is a call
    ("Kenya's President William Ruto had a telephone chat with French President Emmanuel Macron this week.",
     {('William Ruto', 'called', 'Emmanuel Macron')}),
    # a state's forces glossed in brackets by an armed group are the group
    ('"The naval forces of the Yemeni Armed Forces (Houthis) carried out an attack targeting a Liberian ship '
     '(Sea Star) in the Red Sea," the spokesman said.', {('Houthis', 'attacked', 'Sea Star')}),
    # "remains against X's plan"
    ("Moscow remains firmly against NATO's expansion.", {('Russia', 'opposed', 'NATO')}),
    # "condemned the action": the last attack when the sentence before names no act
    ('Dozens of cruise missiles were fired into Sudan by US forces on Thursday. Russian officials called the strikes '
     '"reckless" and said the council would meet. China has also condemned the action.',
     {('United States', 'attacked', 'Sudan'), ('China', 'condemned', 'United States')}),
    # "the base" after "an African Union base": that base's owner
    ('Rebel fighters stormed a small African Union base in northern Darfur on Saturday. About 500 rebels from the '
     'Justice and Equality Movement attacked the base outside the town of Umm Kadada, officers said.',
     {('Justice and Equality Movement', 'attacked', 'African Union')}),
    # an attack "ordered by" someone was not carried out by them
    ('The strikes on Khartoum ordered by President Bill Clinton began at midnight.', set()),
    ('The strikes on Khartoum carried out by US forces began at midnight.', {('United States', 'attacked', 'Khartoum')}),
    # "the attack on X": whoever the text said attacked X, not the last attacker of something else
    ('Rebels shelled Tuzla on Friday. Later NATO jets bombed Pale. The grisly attack on Tuzla drew condemnation.',
     {('NATO', 'attacked', 'Pale')}),
    ('Russian forces shelled Kharkiv on Friday. Ukraine struck Belgorod overnight. The attack on Kharkiv killed five.',
     {('Russia', 'attacked', 'Kharkiv'), ('Ukraine', 'attacked', 'Belgorod')}),
    # a named facility wins over the place it is in and the state around it
    ("Ethiopia bombed Eritrea's Assab airport. Ethiopian aircraft bombed the airport at the Eritrean port of Assab on "
     "Saturday.", {('Ethiopia', 'attacked', 'Assab airport')}),
    # "the reported attack": a report, not an assertion
    ('Ethiopian jets bombed Assab airport. Eritrea gave no comment on the reported attack in Assab.',
     {('Ethiopia', 'attacked', 'Assab airport')}),
    # a demonym only locates a town or city; "cities in Yemen" still stand for Yemen
    ('Russian jets struck a Georgian town on Friday.', set()),
    ('Russian missiles hit cities across Ukraine.', {('Russia', 'attacked', 'Ukraine')}),
    # "the Liberian capital Monrovia" is named as a place: it does not act, even misparsed as a subject
    ('Rebel forces besieging the Liberian capital Monrovia fired rockets at a Nigerian plane.', set()),
    # "which X calls Y": naming, not a phone call
    ('Chinese ships blocked the boats near the atoll, which the Philippines calls Ayungin Shoal.', set()),
    # "X, spokesperson for the White House ...": the spokesperson speaks for the state; "on Y" hung on the attacker
    ('Sean Savitt, spokesperson for the White House National Security Council, said on Sunday that the United States '
     'was alarmed. He further condemned the attacks by the RSF on El Fasher.',
     {('United States', 'condemned', 'Rapid Support Forces'), ('Rapid Support Forces', 'attacked', 'El Fasher')}),
    # "a campaign the U.S. condemns": the campaign's actor, not the one condemning it
    ('Iraqi forces went into action last weekend in a military campaign the U.S. condemns as brutal.',
     {('United States', 'condemned', 'Iraq')}),
    # "the two nations", "both countries": the pair named just before
    ('In December, Russia recalled its ambassadors to the United States and Britain when the two nations bombed Iraq.',
     {('United States', 'attacked', 'Iraq'), ('United Kingdom', 'attacked', 'Iraq')}),
    ('Officials from India and Pakistan met on Monday. The two countries exchanged fire along the border a day later.',
     {('India', 'attacked', 'Pakistan'), ('Pakistan', 'attacked', 'India'), ('India', 'met', 'Pakistan')}),
    # a body of a listed organisation acts for it
    ("Kenya's foreign ministry on Friday denounced a ruling by the Council of Ministers of the African Union on its "
     "membership.", {('Kenya', 'condemned', 'African Union')}),
    # a city named after its state is the city ("Port Sudan", "Kuwait City"), not the state
    ('Saudi jets bombed Port Sudan on Sunday.', {('Saudi Arabia', 'attacked', 'Port Sudan')}),
    # "the terrorists", "the insurgents": the group named just before
    ('Al-Shabaab militants, numbering over a hundred, attacked villages near Lamu on Sunday. The insurgents then '
     'stormed Mpeketoni and Witu.', {('Al-Shabaab', 'attacked', 'Lamu'), ('Al-Shabaab', 'attacked', 'Mpeketoni'),
                                      ('Al-Shabaab', 'attacked', 'Witu')}),
    # "Islamic State's West Africa Province": one listed group, not a place
    ("Fighters of Islamic State's West Africa Province stormed the town of Gajiram on Tuesday.",
     {('Islamic State West Africa Province', 'attacked', 'Gajiram')}),
    # a surname with a curly apostrophe ("Sa’adi") still completes the name NER cut short
    ('Deputy minister Omar Sa’adi condemned the raid by Israel on Jenin.',
     {("Omar Sa'adi", 'condemned', 'Israel'), ('Israel', 'attacked', 'Jenin')}),
    # "the terms contained in X's declaration": what holds them; "the idea of a NATO-led force"
    ('Venezuela rejects the terms contained in the declaration of the Lima Group.', {('Venezuela', 'opposed', 'Lima Group')}),
    ('Caracas rejected the accusations contained in the statement of the Lima Group.', set()),
    ('Both Belgrade and Moscow are against the idea of a NATO-led force.',
     {('Serbia', 'opposed', 'NATO'), ('Russia', 'opposed', 'NATO')}),
    # "rejected the text" after "a draft resolution drafted by X": X's (a resolution's voting body is no drafter)
    ('China vetoed a Security Council resolution on Myanmar on Tuesday. The draft resolution, drafted by Britain and '
     'France, was tabled on Monday. China rejected the text, diplomats said.',
     {('China', 'opposed', 'United Kingdom'), ('China', 'opposed', 'France')}),
    ('The Security Council resolution on Gaza got 14 votes. The United States voted against the text.', set()),
    # "it is unacceptable that X did Y": X's act is judged
    ('Minister Taro Aso stated that it is totally unacceptable that North Korea conducted a missile test.',
     {('Taro Aso', 'opposed', 'North Korea')}),
    ('Aso said it was unacceptable.', set()),
    # honorifics ("the Rt Hon.", "the Hon.") and letters after a name ("MP") are no part of it; the one who
    # held a "Japan-UK foreign ministers' talk" is its caller
    ('Foreign Minister Fumio Kishida held a Japan-UK Foreign Ministers’ telephone talk with the Rt Hon. Boris '
     'Johnson on Friday.', {('Fumio Kishida', 'called', 'Boris Johnson')}),
    ('Kishida held a telephone talk with the Hon. Julie Bishop MP, Minister for Foreign Affairs of Australia.',
     {('Kishida', 'called', 'Julie Bishop')}),
    # an office the gazetteer files under its state ("Secretary of State") is the holder the text names,
    # before or after; with no holder named it stays the state
    ('Prime Minister Mark Rutte spoke by phone with the US Secretary of State on Sunday. Later, Secretary of '
     'State Marco Rubio flew to Rome.', {('Mark Rutte', 'called', 'Marco Rubio')}),
    ('Prime Minister Mark Rutte spoke by phone with the US Secretary of State on Sunday.',
     {('Mark Rutte', 'called', 'United States')}),
    # "the plan" after "X's call to do Y": a proposal under another name is X's; a verb "call" is none
    ("Senator Ana Ruiz's call to close the border drew anger on Monday. Mexico condemned the plan.",
     {('Mexico', 'condemned', 'Ana Ruiz')}),
    ('The ministry urged sanctions to halt what it called oppression. Jordan condemned the plan.', set()),
    # "launched by the paramilitary X", parsed as ending at the adjective: X is the agent
    ('A mortar attack carried out by the paramilitary Rapid Support Forces (RSF) hit a market in the town of '
     'Kosti on Friday, officials said.', {('Rapid Support Forces', 'attacked', 'Kosti')}),
    # "the attacks against Y by X" with "by X" hung on the target: X attacked
    ('The raids came in direct response to the attacks against French and allied forces by Mali and Mali-backed '
     'militias.', {('Mali', 'attacked', 'France')}),
    ('The bombing was in response to the attacks against Turkish and coalition troops by Syria and Syria-backed '
     'groups.', {('Syria', 'attacked', 'Turkey')}),
    # "it" judged or named as an act is an act, never an actor: "said it is unacceptable" after "slammed
    # the decision" judges the decision (whose act a speaker reported); "condemned it as a terrorist attack"
    ('Russia has recognized the two regions as independent, President Dmitry Medvedev said Tuesday. Georgia '
     'slammed the decision, while NATO said it is unacceptable.', {('NATO', 'opposed', 'Russia')}),
    ('FARC rebels bombed the offices of Radio Sur on Friday. Mayor Ana Ruiz also condemned it as a terrorist attack.',
     {('Revolutionary Armed Forces of Colombia', 'attacked', 'Radio Sur'),
      ('Ana Ruiz', 'condemned', 'Revolutionary Armed Forces of Colombia')}),
    ('A police officer was killed on Wednesday, Minister Luis Ruiz told Radio Sur. Mayor Ana Lopez also condemned it '
     'as a terrorist attack.', set()),
    # a directed fight or battle is an attack (Clarification 3); undirected fighting, or one against no actor, is not;
    # "its" in a clause about Kenya ("Kenya, which ...") is Kenya's
    ('Washington praised Kenya, which has lost hundreds of soldiers in its battle against al-Shabaab.',
     {('Kenya', 'attacked', 'Al-Shabaab')}),
    ("Nigeria's fight against corruption continued as fighting between Sudan's army and the RSF raged in Khartoum.",
     set()),
    # an attack noun whose target phrase the parser hung on the verb right after it
    ('Pakistan protested the Indian strikes at multiple locations across Pakistan.', {('India', 'attacked', 'Pakistan')}),
    # a verb with its own tense coordinated with another shares what governs that verb, not
    # its negation, auxiliaries or report verb; nor can it hang under "would" or "to"
    ('Mr Okafor said Ghana would not give up the islands, which it had held since 1960, and rejected '
     "Togo's claim to them.", {('Okafor', 'opposed', 'Togo')}),
    ('Premier Lind vowed to stay neutral and condemned the shelling of Riga by Russian forces.',
     {('Russia', 'attacked', 'Riga'), ('Lind', 'condemned', 'Russia')}),
    ('The Chilean government said nothing and condemned the attack by Peru.', {('Chile', 'condemned', 'Peru')}),
    ('Sudan did not invade Chad but shelled Libya.', {('Sudan', 'attacked', 'Libya')}),
    ('Officials in Lima said Bolivia shelled Peru and bombed Chile.', {('Bolivia', 'attacked', 'Peru'),
                                                                       ('Bolivia', 'attacked', 'Chile')}),
    ('Bolivia denied that it shelled Peru and bombed Chile.', set()),
    ('Sudan did not attack or invade Chad.', set()),
    # "the violation", "the breach": the act of the sentence before, like "the move"
    ('Venezuelan police stormed the Chilean embassy in Caracas. Peru rejected the violation of the embassy.',
     {('Venezuela', 'attacked', 'Chile'), ('Peru', 'opposed', 'Venezuela')}),
    ('Serbian troops crossed into Kosovo on Monday. NATO condemned the breach.',
     {('Serbia', 'attacked', 'Kosovo'), ('NATO', 'condemned', 'Serbia')}),
    # "spoke by telephone with Y" with "by" parsed as a passive's agent and "with Y" on the medium
    ('President Beji Caid Essebsi, who declared seven days of mourning, spoke by telephone with Italian Prime '
     'Minister Matteo Renzi and called for a U.N. resolution.', {('Beji Caid Essebsi', 'called', 'Matteo Renzi')}),
    # a title and a name that NER calls a work of art after a closing quote is a person
    ('Doha dismissed the report as "baseless." Crown Prince Salman bin Hamad spoke by phone with President Joe Biden.',
     {('Salman bin Hamad', 'called', 'Joe Biden')}),
    # "unacceptable to Y": Y judges (Clarification 7)
    ("Indonesia's plan was unacceptable to Australia.", {('Australia', 'opposed', 'Indonesia')}),
    # "X, where he attacked worshippers": unnamed victims stand for the place the clause describes
    ('Robert Bowers drove to the Tree of Life synagogue, where he attacked worshippers.',
     {('Robert Bowers', 'attacked', 'Tree of Life')}),
    ('Robert Bowers drove to the Tree of Life synagogue, where he met worshippers.', set()),
    # "the attackers" after an armed group's attack: the group
    ('Al-Shabab gunmen stormed a hotel in Mogadishu. Somali security forces were still exchanging fire with the '
     'attackers on Sunday.', {('Al-Shabaab', 'attacked', 'Mogadishu'), ('Al-Shabaab', 'attacked', 'Somalia'),
                             ('Somalia', 'attacked', 'Al-Shabaab')}),
    # "guerrillas of X", "jihadists of X": the group's fighters act for it
    ('Guerrillas of the FARC attacked Arauca.', {('Revolutionary Armed Forces of Colombia', 'attacked', 'Arauca')}),
    ('Jihadists of the Islamic State attacked Palmyra.', {('Islamic State', 'attacked', 'Palmyra')}),
    # a group's fighters the tagger reads as a verb ("Boko Haram militants" as "Haram militates")
    ('Boko Haram militants overran the town of Damasak.', {('Boko Haram', 'attacked', 'Damasak')}),
    # "the boarding" is the storming told before
    ('Iranian commandos stormed the tanker Stena Impero on Friday. Britain denounced the boarding as an act of piracy.',
     {('Iran', 'attacked', 'Stena Impero'), ('United Kingdom', 'condemned', 'Iran')}),
    # "a British-drafted statement": its author's
    ('Russia objected to a British-drafted statement that criticised Haftar.', {('Russia', 'opposed', 'United Kingdom')}),
    # "X, whose forces ...": the named noun the relative clause describes
    ('Rwanda, whose troops shelled Goma last year, denied the report.', {('Rwanda', 'attacked', 'Goma')}),
    ('The army of Chad, whose soldiers shelled Kousseri, denied it.', {('Chad', 'attacked', 'Kousseri')}),
    # "the attack on X": the attacker of X the text asserted; an alleged one stays alleged
    ("Chad accused Libyan forces of shelling Abeche. Sudanese jets also bombed Geneina overnight. "
     "Niger condemned the attack on Abeche.", {('Sudan', 'attacked', 'Geneina')}),
    ("Libyan forces shelled Abeche on Monday. Sudanese jets also bombed Geneina overnight. "
     "Niger condemned the attack on Abeche.",
     {('Libya', 'attacked', 'Abeche'), ('Sudan', 'attacked', 'Geneina'), ('Niger', 'condemned', 'Libya')}),
    # "the killing" after a passive ("Also killed was X"): the killer, never the one killed
    ("A Turkish drone strike near Qamishli killed Mazloum Hassan. Also killed was Ilham Ahmed, a senior commander. "
     "Syria's President Bashar al-Assad condemned the killing.",
     {('Turkey', 'attacked', 'Mazloum Hassan'), ('Bashar Al Assad', 'condemned', 'Turkey')}),
    # a state's official the text never names acts for the state; a named one is the person
    ("Chad's information minister denounced the Libyan bombardment of Faya as a crime.",
     {('Chad', 'condemned', 'Libya'), ('Libya', 'attacked', 'Faya')}),
    ("Chad's defence minister Daoud Yaya Brahim said the army was ready. Later, Chad's defence minister denounced "
     "the Libyan bombardment of Faya.", {('Daoud Yaya Brahim', 'condemned', 'Libya'), ('Libya', 'attacked', 'Faya')}),
    # a hyphenated group name NER missed is one name, not its last word
    ('Within days Jaish-e-Mohammed, a banned militant group, claimed the attack on the Uri army base.',
     {('Jaish-e-Mohammed', 'attacked', 'Uri army base')}),
    # a name with a hyphen inside opening a text is no dateline ("ISIS-K claimed ...")
    ('ISIS-K claimed responsibility for the bombing of the Serena Hotel.',
     {('Islamic State Khorasan Province', 'attacked', 'Serena Hotel')}),
    # "which killed" after a name in an event noun's phrases: the event killed, not the named place
    ("The group claimed responsibility for Monday's car bombing near the entrance of Baghdad's Al-Rasheed Hotel, "
     "which killed 13 American contractors.", set()),
    # one phones an actor, never an act: "called X's actions a crime" names them
    ("Prime Minister Vladimir Putin, speaking in Vladikavkaz, called Georgia's actions \"a crime\" against civilians.",
     set()),
    ('Manila called the Chinese manoeuvre, which it said endangered its crew, "utterly unacceptable".',
     {('Philippines', 'opposed', 'China')}),
    ('Manila called the Chinese ambassador on Monday.', {('Philippines', 'called', 'China')}),
    # a UN speaker's state: "the representative of X, Y, said his Government", "X's envoy said his
    # country", "his country's opposition" (Clarification 1: the state, not the speaker)
    ('The representative of Chile, Paula Narvaez, said her Government condemned the Bolivian raid on Arica.',
     {('Chile', 'condemned', 'Bolivia'), ('Bolivia', 'attacked', 'Arica')}),
    ("Gambia's representative said his Government deplored the Senegalese incursion.",
     {('Gambia', 'condemned', 'Senegal')}),
    ('The representative of Norway said her country rejected the Russian proposal.', {('Norway', 'opposed', 'Russia')}),
    ("The representative of Peru, Luis Ugarelli, reiterated his country's opposition to Chile's plan.",
     {('Peru', 'opposed', 'Chile')}),
    ('Malawi spoke first. The Gambian envoy said his staff rejected the Senegalese plan.', set()),
    # a text put to a vote is its sponsor state's, also when its minister introduces it
    ("Introducing the draft, Bolivia's Foreign Minister Rogelio Mayta said the sea was Bolivian. "
     "The representative of Chile said her country rejected the resolution.", {('Chile', 'opposed', 'Bolivia')}),
    # the one who names a thing in a relative clause is not its owner or author
    ("Chile's envoy, Paula Narvaez, said her Government would never accept the panel's findings, which she called "
     "a fabrication.", set()),
    # a verb's own free relative before an object borrowed from a coordinated verb
    ("Peru's Foreign Minister Javier Reyes condemned what he called a fraud and recalled his country's ambassador.",
     set()),
    # parties to a pact "signed between X and Y"
    ('Somalia rejects the deal signed between Ethiopia and Kenya.',
     {('Somalia', 'opposed', 'Ethiopia'), ('Somalia', 'opposed', 'Kenya')}),
    # forces sent with no target are deployed, no attack "the incursion" could mean
    ('LIMA, Peru (AP) - Peru sent troops to the border, a day after Chilean soldiers crossed into Peru. '
     'President Ollanta Humala condemned the incursion.',
     {('Chile', 'attacked', 'Peru'), ('Ollanta Humala', 'condemned', 'Chile')}),
    ('Peru deployed tanks along the frontier on Monday. Chile condemned the attack.', set()),
    # a state named before the first of conjoined forces owns the later ones too
    ('Chilean soldiers and police crossed into Peruvian territory on Sunday. Bolivia condemned the incursion.',
     {('Chile', 'attacked', 'Peru'), ('Bolivia', 'condemned', 'Chile')}),
    # "X said it ...": the pronoun is the reporting verb's subject, not the sentence's first one
    ("Nigerian forces shelled a market in Benin. Ghana condemned the shelling, and Senegal's foreign ministry said "
     "it rejected the attack.",
     {('Nigeria', 'attacked', 'Benin'), ('Ghana', 'condemned', 'Nigeria'), ('Senegal', 'opposed', 'Nigeria')}),
    ('Brazil, which had urged the OAS to mediate, said it opposed the Ecuadorian raid on the embassy of Mexico.',
     {('Brazil', 'opposed', 'Ecuador'), ('Ecuador', 'attacked', 'Mexico')}),
    # "X did A, hours after they did B": they is X, also when X is no actor (then no one, not the nearest actor)
    ('Masked gunmen attacked the Peruvian embassy, hours after they shelled the Chilean consulate.', set()),
    ('Russian troops shelled Kharkiv, a day after they struck Kyiv.',
     {('Russia', 'attacked', 'Kharkiv'), ('Russia', 'attacked', 'Kyiv')}),
    # the article's state's forces: "federal" is a government's word too, and its aircraft are its forces
    ('Clashes spread across Ethiopia on Friday. Federal troops shelled Mekelle.', {('Ethiopia', 'attacked', 'Mekelle')}),
    ('Clashes spread across Nigeria on Monday. Government warplanes bombed Maiduguri.',
     {('Nigeria', 'attacked', 'Maiduguri')}),
    ('Clashes spread across Nigeria on Monday. Warplanes bombed Maiduguri.', set()),
    # "the army" of the state a force has crossed into, not the dateline's
    ('AMMAN, Jordan (AP) - Jordan closed its border on Monday after Islamic State fighters crossed into Syria and '
     'attacked an army patrol.', {('Islamic State', 'attacked', 'Syria')}),
    # "it" or "such an action" judged unacceptable, with no act noun before: the act told before
    ('North Korea fired a ballistic missile over Japan on Sunday. "It is completely unacceptable," Prime Minister '
     'Kenji Sato said.', {('Kenji Sato', 'opposed', 'North Korea')}),
    ('Russian troops invaded Georgia on Friday. "Such an action is unacceptable," President Tom Baker said.',
     {('Russia', 'attacked', 'Georgia'), ('Tom Baker', 'opposed', 'Russia')}),
    ('Officials met in Oslo on Monday. Prime Minister Kenji Sato said it was unacceptable.', set()),
    # a place NER finds in lower-case words ("the east coast", "the west") is no name
    ('Iran fired two missiles toward the east coast on Tuesday.', set()),
    # a claim "in" a named sea or region is a stance on territory, not an accusation
    ("Vietnam firmly rejected China's claims in the Gulf of Tonkin.", {('Vietnam', 'opposed', 'China')}),
    ("Vietnam rejected China's claims in the report.", set()),
    # "neutralised", military wording for killing
    ('Pakistani troops neutralised six TTP militants near Bannu on Sunday.',
     {('Pakistan', 'attacked', 'Tehreek-e-Taliban Pakistan')}),
    ('Engineers neutralised the bomb near Bannu on Sunday.', set()),
    # a live blog's time stamp with its time zone ("10:15 CET -") is no part of a name
    ('10:15 CET - Serbia says its troops have shelled Pristina.\n\n10:40 CET - Albania has condemned the shelling.',
     {('Serbia', 'attacked', 'Pristina'), ('Albania', 'condemned', 'Serbia')}),
    # a title inside what NER calls an organisation names the person after it
    ('Prime Minister Leila Haddad spoke by telephone with Indian National Security Adviser Ajit Doval.',
     {('Leila Haddad', 'called', 'Ajit Doval')}),
    # "the terrorist attack in X" refers to no state's strikes told before
    ('Kenyan jets struck camps in Somalia on Monday. Uganda condemned the terrorist attack in Kampala.',
     {('Kenya', 'attacked', 'Somalia')}),
    ('Kenyan jets struck camps in Somalia on Monday. Uganda condemned the attack.',
     {('Kenya', 'attacked', 'Somalia'), ('Uganda', 'condemned', 'Kenya')}),
    # a press release's dateline ("Nairobi, 4 March 2019:") names no actor; "Chairperson" is a title
    ('Nairobi, 4 March 2019: The Chairperson, Moussa Faki Mahamat, strongly condemns the bombing by al-Shabaab.',
     {('Moussa Faki Mahamat', 'condemned', 'Al-Shabaab')}),
    ('Abuja, 3 May 2021: The Chairperson of the Commission, Moussa Faki Mahamat, strongly condemns the raid by '
     'Boko Haram.', {('Moussa Faki Mahamat', 'condemned', 'Boko Haram')}),
    # "the attack carried out by the X group against Y": the target hung on the agent's phrase
    ('Chad condemned the attack perpetrated at dawn by the Boko Haram terrorist group against the Bol military base.',
     {('Chad', 'condemned', 'Boko Haram'), ('Boko Haram', 'attacked', 'Bol military base')}),
    # a vote count: the states listed after the votes against opposed the text's drafters
    ('The Security Council failed to adopt a draft resolution tabled by France and Ghana. The draft received 12 '
     'votes in favour to 2 against (Russian Federation, China), with one abstention (India).',
     {('Russia', 'opposed', 'France'), ('Russia', 'opposed', 'Ghana'), ('China', 'opposed', 'France'),
      ('China', 'opposed', 'Ghana')}),
    # "the leader of the group, NAME, was killed in a strike by X": the named leader, hung on the group
    ("Officials said the commander of Mali's JNIM affiliate, Ali Maiga, was killed in a French drone strike.",
     {('France', 'attacked', 'Ali Maiga')}),
    # a definite event noun whose verb says what it will do next is under way; one that did
    # not happen or is still to take place is not
    ("Russia's offensive against Ukraine will continue, Putin said.", {('Russia', 'attacked', 'Ukraine')}),
    ('Officials said the Sudanese attack on Chad did not happen.', set()),
    ('The Sudanese strike on Chad will take place soon.', set()),
    # "the violence", "the bloodshed": the act of the sentence before, like "the move"
    ('Belarusian troops shelled Vilnius on Sunday. Lithuania condemned the violence.',
     {('Belarus', 'attacked', 'Vilnius'), ('Lithuania', 'condemned', 'Belarus')}),
    ('Marchers and riot police clashed in Minsk on Sunday. Lithuania condemned the violence.', set()),
    # "X had long opposed military intervention in Y", misparsed with "had" as the verb: no intervention by X
    ('Egypt had long opposed military intervention in Libya.', set()),
    # "Sweden's NATO bid": Sweden's bid; NATO is what it would join
    ("Turkey blocked Finland's NATO membership bid for a year.", {('Turkey', 'opposed', 'Finland')}),
    ("Hungary vetoed Ukraine's EU accession talks.", {('Hungary', 'opposed', 'Ukraine')}),
    # "The X-led coalition bombed Y", parsed as a noun with a participle: a participle with an
    # object and no "by" is the coalition's act
    ('The Nigerian-led coalition bombed Timbuktu.', {('Nigeria', 'attacked', 'Timbuktu')}),
    ('Camps targeted by Nigeria were destroyed near Timbuktu.', set()),
    # "PKK-held areas in northern Iraq": the named holder is the target, not the country (Clarification 5)
    ('Iranian drones hit PKK-held villages in northern Iraq.', {('Iran', 'attacked', 'PKK')}),
    ('Iranian drones hit rebel-held villages near Erbil.', {('Iran', 'attacked', 'Erbil')}),
    # "Y came under X's fire": the demonym or owner on the attack noun is the attacker
    ('Odesa came under Russian drone fire on Tuesday.', {('Russia', 'attacked', 'Odesa')}),
    ('Odesa came under fire on Tuesday.', set()),
    # a message "from" its sender, like a proposal from it
    ('Chad rejected a message of sympathy from the Libyan embassy.', {('Chad', 'opposed', 'Libya')}),
    ('Mali denounced a letter from the French ambassador on Friday.', {('Mali', 'condemned', 'France')}),
    # "unleashed a wave of drones on Y", "hurled grenades at Y": more verbs of sending weapons
    ('The Taliban unleashed a swarm of drones on Kunduz at dawn.', {('Taliban', 'attacked', 'Kunduz')}),
    ('Boko Haram fighters hurled grenades at a Chadian checkpoint.', {('Boko Haram', 'attacked', 'Chad')}),
    ('Moldova unleashed a wave of criticism on Thursday.', set()),
    # "came out against X's bid", "spoke out against X's invasion": phrasal verbs of opposition
    ("Canada came out against Peru's candidacy on Monday.", {('Canada', 'opposed', 'Peru')}),
    ("Austria spoke out against Serbia's membership.", {('Austria', 'opposed', 'Serbia')}),
    ('Thousands came out to greet President Lula in Recife.', set()),
    # "a telephone conversation with X on the border": "on" gives the topic; only a call can be "on X to ..."
    ('Prime Minister Anwar Ibrahim held a telephone conversation with President Prabowo Subianto on the South China Sea.',
     {('Anwar Ibrahim', 'called', 'Prabowo Subianto')}),
    ('Premier Li Qiang and Chancellor Karl Nehammer held a video conference on trade.',
     {('Li Qiang', 'called', 'Karl Nehammer')}),
    ('Premier Li Qiang made a call on Chancellor Karl Nehammer to lift the tariffs.', set()),
    # "JNIM claimed the attack", "said it carried out the ambush": the attack of the sentence
    # before, whose attacker was not named, is the claimant's
    ('A convoy of Burkinabe soldiers was ambushed near Djibo on Sunday. JNIM claimed the attack.',
     {('JNIM', 'attacked', 'Burkina Faso')}),
    ('Gunmen raided a Nigerien army post near Tillaberi on Sunday. ISWAP said it carried out the raid.',
     {('Islamic State West Africa Province', 'attacked', 'Niger')}),
    ('Gunmen raided a Nigerien army post near Tillaberi on Sunday. ISWAP denied it carried out the raid.', set()),
    ('Gunmen raided a Nigerien army post near Tillaberi on Sunday. ISWAP condemned the raid.', set()),
    # a reported act that its own agent denies, in its sentence or the next, is an accusation the
    # text does not assert; a denial of something else, or by someone else, changes nothing
    ('Laos said Vietnamese troops had shelled the border town of Phongsali, a charge Hanoi denied.', set()),
    ('Uzbek troops shelled Kyrgyz positions overnight, Bishkek said. Tashkent rejected the claim.', set()),
    ('Uzbekistan said Kyrgyz troops had fired on Uzbek border posts. The Kyrgyz defence ministry dismissed the report.', set()),
    ('Uzbek troops shelled Kyrgyz positions overnight, Bishkek said. Tashkent denied targeting civilians.',
     {('Uzbekistan', 'attacked', 'Kyrgyzstan')}),
    ('Uzbek troops shelled Kyrgyz positions overnight, Bishkek said. Moscow rejected the claim.',
     {('Uzbekistan', 'attacked', 'Kyrgyzstan')}),
    # forces named without their state belong to the state of the place nearest them
    ('BOGOTA (Reuters) - Talks with the rebels ended after their envoys left Caracas, a day after a car bomb '
     'killed 20 police cadets in Medellin. The ELN said it had carried out the bombing.',
     {('National Liberation Army', 'attacked', 'Colombia')}),
    # a dateline city of two words is looked up whole: the article's state
    ('ADDIS ABABA (Reuters) - Federal jets bombed rebel positions in Adigrat on Tuesday.', {('Ethiopia', 'attacked', 'Adigrat')}),
    ('BUENOS AIRES (AP) - The foreign ministry denounced the British military drills.', {('Argentina', 'condemned', 'United Kingdom')}),
    # a rebel group's name after a state's possessive is the group, not the state's body
    ("Colombia's National Liberation Army attacked a police station in Cali.", {('National Liberation Army', 'attacked', 'Colombia')}),
    ("Lebanon's Higher Defence Council condemned the Israeli raid.", {('Lebanon', 'condemned', 'Israel')}),
    # "the attacks by protesters": an attacker stated but unnamed is not the one named before
    ('M23 rebels seized Goma on Monday. The minister condemned the attacks by protesters on foreign embassies in Kinshasa.',
     {('M23', 'attacked', 'Goma')}),
    # "the shootings" is an attack noun
    ('Peter Lang killed 12 people at a mosque in Hamar on Friday. Prime Minister Jonas Gahr Store condemned the shootings.',
     {('Peter Lang', 'attacked', 'Hamar'), ('Jonas Gahr Store', 'condemned', 'Peter Lang')}),
    # a demonym NER cut short ("Sierra" ORG + "Leonean") is looked up whole
    ('The shooting of Mayor Ali Kamara by Sierra Leonean soldiers drew protests.', {('Sierra Leone', 'attacked', 'Ali Kamara')}),
    ('North Korea fired dozens of artillery shells onto Baengnyeong Island.', {('North Korea', 'attacked', 'Baengnyeong Island')}),
    # "which is believed (thought) to have carried out the bombing": the complement is hedged;
    # "an airstrike is believed to have killed 100" still happened
    ('Hezbollah, which is believed to have carried out the 1992 bombing of the embassy in Lima, denied involvement.', set()),
    ('Hezbollah, which carried out the 1992 bombing of the embassy in Lima, denied involvement.', {('Hezbollah', 'attacked', 'Lima')}),
    # a facility's name the parser hangs as an adjective and NER takes for a person
    ('Gunmen from al-Shabaab stormed the upscale Westgate shopping mall in Mombasa.', {('Al-Shabaab', 'attacked', 'Westgate shopping mall')}),
    # people counted by nationality ("thousands of Peruvians") are no state as actors
    ('ELN rebels bombed a bank in Cali. Thousands of Colombians marched on Sunday to reject the attack.',
     {('National Liberation Army', 'attacked', 'Cali')}),
    ('ELN rebels bombed a bank in Cali. Colombia rejected the attack.',
     {('National Liberation Army', 'attacked', 'Cali'), ('Colombia', 'opposed', 'National Liberation Army')}),
    # "the bombing" refers back to a bombing, not to "bombings" mentioned since
    ("Hamas claimed last week's bombing of a bus in Haifa. It called the bombing a reply to Israeli bombings of its "
     "camps. Egypt condemned the bombing.",
     {('Hamas', 'attacked', 'Haifa'), ('Israel', 'attacked', 'Hamas'), ('Egypt', 'condemned', 'Hamas')}),
    # "the al-Qaeda-linked group" is the group last named, not the one its modifier names
    ('Al-Shabaab militants attacked a police post in Garissa on Monday. The al-Qaeda-linked group said the raid was '
     "revenge for Kenya's offensive against it in Somalia.",
     {('Al-Shabaab', 'attacked', 'Kenya'), ('Kenya', 'attacked', 'Al-Shabaab')}),   # (the police post: Kenya's)
    # "with Sudan's army chief, General X", the name misparsed as a modifier of the verb: the person
    ('Foreign Secretary David Lammy spoke by phone on Monday with Sudan\'s army chief, General Abdel Fattah al-Burhan.',
     {('David Lammy', 'called', 'Abdel Fattah al-Burhan')}),
    # a known person's surname alone, which NER took for something else ("Kenyatta": a product)
    ('Kenyan President Uhuru Kenyatta returned to Nairobi on Sunday. Chancellor Angela Merkel called Kenyatta to offer condolences.',
     {('Angela Merkel', 'called', 'Uhuru Kenyatta')}),
    ('Kenyan President Uhuru Kenyatta returned to Nairobi on Sunday. Gunmen from al-Shabaab attacked Kenyatta International Airport.',
     {('Al-Shabaab', 'attacked', 'Kenyatta International Airport')}),
    # "X's al-Shabab militants": the group, not the state; a name inside "the al-Qaida-linked group"
    # is not the group later called "the insurgents"
    ("Somalia's al-Shabab militants stormed a hotel in Lamu. President Ruto rejected the militants' demand.",
     {('Al-Shabaab', 'attacked', 'Lamu'), ('Ruto', 'opposed', 'Al-Shabaab')}),
    ('Al-Shabaab fighters attacked a base in Lamu. The al-Qaida-linked group said Kenyan troops have been fighting the '
     'insurgents since 2011.',
     {('Al-Shabaab', 'attacked', 'Lamu'), ('Kenya', 'attacked', 'Al-Shabaab')}),
    # "returned fire": an attack on whoever fired at them
    ('North Korea fired dozens of artillery shells onto a South Korean island. South Korean forces returned fire with howitzers.',
     {('North Korea', 'attacked', 'South Korea'), ('South Korea', 'attacked', 'North Korea')}),
    ('Indian troops returned fire at Pakistani posts along the border.', {('India', 'attacked', 'Pakistan')}),
    ('Chad returned the envoy to Sudan on Monday.', set()),
    # "the army" after "Sudan's army chief" is Sudan's, whatever the dateline
    ("WASHINGTON (Reuters) - Blinken spoke with Sudan's army chief on Tuesday after a U.S. convoy came under fire. "
     'The army has carried out air strikes on RSF bases.', {('Sudan', 'attacked', 'Rapid Support Forces')}),
    ('WASHINGTON (Reuters) - The army has carried out air strikes on Taliban bases.', {('United States', 'attacked', 'Taliban')}),
    # a place compounded with a journey is where it goes, not who goes ("Pelosi's Taiwan visit")
    ("Beijing condemned Senator Tom Cotton's Taiwan visit.", {('China', 'condemned', 'Tom Cotton')}),
    ('Ukraine condemned a Chinese visit to Moscow.', {('Ukraine', 'condemned', 'China')}),
    # "X was the first leader to call Y": X called Y (the predicate noun names no one else)
    ('Palestinian leader Mahmoud Abbas condemned the attacks. Indian Prime Minister Narendra Modi was the first '
     'foreign leader to call Trump on Wednesday.',
     {('Narendra Modi', 'called', 'Trump')}),
    # "the attacks on troops, which it said were launched by militias loyal to X": the text says
    # who acted, so the condemnation borrows no earlier attacker
    ('U.S. gunships pounded Mogadishu on Saturday. The Security Council condemned the attacks on Pakistani troops, '
     'which it said were launched by militias loyal to Aidid.', {('United States', 'attacked', 'Mogadishu')}),
    ('U.S. gunships pounded Mogadishu on Saturday. The Security Council condemned the attacks.',
     {('United States', 'attacked', 'Mogadishu'), ('UN Security Council', 'condemned', 'United States')}),
    # "condemned what X called a despicable act": the act named is the one told before
    ('Boko Haram gunmen stormed a church in Kaduna on Sunday. Pope Leo condemned what the Vatican called a despicable act.',
     {('Boko Haram', 'attacked', 'Kaduna'), ('Leo', 'condemned', 'Boko Haram')}),
    ('Boko Haram gunmen stormed a church in Kaduna on Sunday. Pope Leo condemned a despicable act.',
     {('Boko Haram', 'attacked', 'Kaduna')}),
    # "fighters from X, led by Y": the group attacks, not its leader; "fighters led by Y": Y
    ('Fighters from Ansar Dine, led by Iyad Ag Ghaly, seized the town of Konna.', {('Ansar Dine', 'attacked', 'Konna')}),
    ('Militants led by Mokhtar Belmokhtar seized the Tiguentourine gas complex.',
     {('Mokhtar Belmokhtar', 'attacked', 'Tiguentourine gas complex')}),
    # "X asked Y to ... Y rebuffed the request": the request is the asker's (roles.action_kin)
    ('President William Ruto asked Tanzania to extradite the suspects. Dodoma rebuffed the request.',
     {('Tanzania', 'opposed', 'William Ruto')}),
    ('President William Ruto asked Tanzania to extradite the suspects. Dodoma rebuffed the request by Uganda.',
     {('Tanzania', 'opposed', 'Uganda')}),
    # "blocked EU sanctions against X": X's sanctions are a decision of the EU that is blocked
    ('Slovakia has repeatedly blocked EU sanctions against Belarus.', {('Slovakia', 'opposed', 'European Union')}),
    ('Slovakia blocked the road to the Polish border.', set()),
    # "calling it cowardly": one phones people and states, never "it" (relations.called.naming_objects)
    ('Al-Shabaab militants stormed a hotel in Mogadishu. Somalia condemned the assault, calling it cowardly.',
     {('Al-Shabaab', 'attacked', 'Mogadishu'), ('Somalia', 'condemned', 'Al-Shabaab')}),
    ('Serbian police raided the village. Kosovo denounced the raid, calling this cowardly and inhumane.',
     {('Kosovo', 'condemned', 'Serbia')}),
    ('Chancellor Olaf Scholz called Emmanuel Macron late on Friday.', {('Olaf Scholz', 'called', 'Emmanuel Macron')}),
    # "opposed it" after an act with a named owner or maker: the act's actor (never the judge itself)
    ('Japan unveiled a plan to release the water. China said it firmly opposed it.', {('China', 'opposed', 'Japan')}),
    ("Spokesman Lu criticised the Indonesian proposal, adding that Malaysia rejected it.",
     {('Malaysia', 'opposed', 'Indonesia')}),
    ('China unveiled a new map. India rejected it.', set()),
    # votes on a text told before: its drafters (who tabled, circulated or put it forward)
    ('Ghana tabled a resolution demanding a truce. Brazil and Peru voted against.',
     {('Brazil', 'opposed', 'Ghana'), ('Peru', 'opposed', 'Ghana')}),
    ('The text, drafted by Ghana, was adopted with 12 votes, with Peru voting against.', {('Peru', 'opposed', 'Ghana')}),
    ('The draft, sponsored by Mexico and Norway, was defeated after Chile voted no.',
     {('Chile', 'opposed', 'Mexico'), ('Chile', 'opposed', 'Norway')}),
    ('A rival text put forward by Kenya won four votes; Ghana and Peru were among the members voting against it.',
     {('Ghana', 'opposed', 'Kenya'), ('Peru', 'opposed', 'Kenya')}),
    ('Norway circulated a draft resolution on Monday. Russia vetoed it on Wednesday.', {('Russia', 'opposed', 'Norway')}),
    ('The Council adopted a resolution on Monday. Peru voted against.', set()),
    ('Peru was among the states voting against.', set()),
    # a passive conjunct shares its subject: "received 12 votes but was vetoed by X"
    ('The text, drafted by Ghana, received 12 votes but was vetoed by Russia.', {('Russia', 'opposed', 'Ghana')}),
    # a live blog's time stamp opening a line is no part of a name or a sentence
    # ("Leaders of X, meeting at Y, condemned": the participle parsed as the subject, the noun as its own)
    ('Russian missiles struck a mall in Lviv, the mayor said.\n21:15 Leaders of the Group of Seven, meeting at '
     'Hiroshima in western Japan, condemned the attack as "abominable" in a joint statement.',
     {('Russia', 'attacked', 'Lviv'), ('Group of Seven', 'condemned', 'Russia')}),
    ('A Serbian shell hit the market in Tuzla.\n09:05 GMT NATO condemned the attack.',
     {('Serbia', 'attacked', 'Tuzla'), ('NATO', 'condemned', 'Serbia')}),
    # a verb that takes no clause: "condemned the attack, and X sent advisers", parsed as a clause
    ('Al-Shabaab gunmen stormed a mall in Nairobi on Saturday. The U.N. Security Council condemned "in the strongest '
     'terms" the attack, and Britain, Israel and the United States sent security advisers.',
     {('Al-Shabaab', 'attacked', 'Nairobi'), ('UN Security Council', 'condemned', 'Al-Shabaab')}),
    # a group's name NER cut into a group and a state: the longer name the gazetteer knows
    ('Gunmen of the Tehreek-i-Taliban Pakistan attacked a checkpoint in Bannu on Sunday.',
     {('Tehreek-e-Taliban Pakistan', 'attacked', 'Bannu')}),
    ('The Tehrik-e-Taliban Pakistan claimed the attack on a checkpoint in Bannu. Ban Ki-moon deplored the attack.',
     {('Tehreek-e-Taliban Pakistan', 'attacked', 'Bannu'), ('Ban Ki Moon', 'condemned', 'Tehreek-e-Taliban Pakistan')}),
    # a verb with a phrase of its own takes no object from the verb coordinated with it
    ('Georgia said it was fighting for its survival and accused Moscow of meddling.', set()),
    ('Poland on Monday rejected and condemned the Russian strikes.',
     {('Poland', 'opposed', 'Russia'), ('Poland', 'condemned', 'Russia')}),
    # a seat of government NER ran into the name before it; a conjunct before "said" is its speaker
    ('Theresa May, who was travelling in Asia, talked by phone with her Algerian counterpart Abdelmalek Sellal, '
     'Downing Street said.', {('Theresa May', 'called', 'Abdelmalek Sellal')}),
    ('British Prime Minister Theresa May spoke by phone with her Egyptian counterpart Sherif Ismail, Downing Street said.',
     {('Theresa May', 'called', 'Sherif Ismail')}),
    # "with" left without an object, the name after it made the subject of "said"
    ("President Lula held a telephone conversation on Friday with Argentine President Javier Milei, the Presidency's "
     "Directorate of Communications said.", {('Lula', 'called', 'Javier Milei')}),
    # an unnamed ministry (and its spokesperson) opening the sentence after "<state> reacted": that state
    ('KYIV (Reuters) - Ukrainian drones struck an oil refinery in Ryazan on Sunday. Moscow responded quickly. '
     'Foreign Ministry spokeswoman Maria Zakharova condemned the attack.',
     {('Ukraine', 'attacked', 'Ryazan'), ('Russia', 'condemned', 'Ukraine')}),
    ('Israeli jets struck Damascus on Sunday. Jordan said it was following events. The Foreign Ministry condemned the attack.',
     {('Israel', 'attacked', 'Damascus'), ('Jordan', 'condemned', 'Israel')}),
    # "launched an offensive to retake X": the act the offensive is for names its target (Clarification 8)
    ('Iraqi troops launched an offensive to retake Tikrit.', {('Iraq', 'attacked', 'Tikrit')}),
    ('Russia plans to launch an offensive to capture Kharkiv.', set()),
    # "voted down X's bill", "down" parsed as a preposition
    ('Poland voted down the French proposal on Tuesday.', {('Poland', 'opposed', 'France')}),
    # "the firing" refers back to the attack told before, like "the shelling"
    ('Pakistani troops shelled Indian posts. India condemned the unprovoked firing.',
     {('Pakistan', 'attacked', 'India'), ('India', 'condemned', 'Pakistan')}),
    ('The firing of the minister angered Ukraine.', set()),
    # a direction NER runs into a place's name is not part of it
    ('Boko Haram has waged an insurgency in northeast Nigeria since 2009.', {('Boko Haram', 'attacked', 'Nigeria')}),
    # state forces killed in an attack are their state attacked (Clarification 2), unnamed ones no one
    ('Two Turkish soldiers were killed in a PKK attack in Hakkari province.', {('PKK', 'attacked', 'Turkey')}),
    ('Three soldiers were killed in a Hamas attack.', set()),
    # "laid siege to X"; "their Eritrean allies" are Eritrea, "Saudi Arabia's allies" not Saudi Arabia
    ('Ethiopian troops and their Eritrean allies laid siege to Mekelle.',
     {('Ethiopia', 'attacked', 'Mekelle'), ('Eritrea', 'attacked', 'Mekelle')}),
    ('Iran and its Houthi allies fired missiles at Israel.', {('Iran', 'attacked', 'Israel'), ('Houthis', 'attacked', 'Israel')}),
    # an unnamed crown prince is no one, as an unnamed president is (roles.person_roles)
    ('The Saudi crown prince received a phone call from the Iranian president, Ebrahim Raisi.', set()),
    # "stood by X" states support, as "stood with X" does
    ('The State Department said Washington stood by its NATO ally Turkey.', {('United States', 'supported', 'Turkey')}),
    ('Kyiv was attacked by drones and stood by its decision.', set()),
    # a role description takes the name right after it, never the name of another role holder
    ('Erdogan phoned Nicolas Maduro and expressed support for the Venezuelan leader, a day after opposition leader '
     'Juan Guaido declared himself president.',
     {('Erdogan', 'called', 'Nicolas Maduro'), ('Erdogan', 'supported', 'Nicolas Maduro')}),
    # "among those condemning it were X and Y": the copula's subjects condemn
    ('Israel struck Gaza on Monday. Among those condemning the bombing were the United Nations and the African Union.',
     {('Israel', 'attacked', 'Gaza'), ('United Nations', 'condemned', 'Israel'), ('African Union', 'condemned', 'Israel')}),
    # "citizens of X and Y": a nationality owns nothing ("their convoy" is the workers')
    ('Nine aid workers, including citizens of Chile and Peru, died when a Sudanese air strike hit their convoy in Nyala.',
     {('Sudan', 'attacked', 'Nyala')}),
    ('Chile and Peru said a Sudanese air strike hit their convoy.',
     {('Sudan', 'attacked', 'Chile'), ('Sudan', 'attacked', 'Peru')}),
    # "strikes on X targets at ten locations across Iraq": the country only says where
    ('French and Dutch jets carried out strikes on Islamic State targets at ten locations across Iraq.',
     {('France', 'attacked', 'Islamic State'), ('Netherlands', 'attacked', 'Islamic State')}),
    ('Serbia shelled Vukovar and was condemned by Austria.',
     {('Serbia', 'attacked', 'Vukovar'), ('Austria', 'condemned', 'Serbia')}),
    # "kept up / maintained / ramped up attacks": the verb's subject makes the attacks
    ('Hezbollah kept up rocket attacks on Israel on Sunday.', {('Hezbollah', 'attacked', 'Israel')}),
    ('The Taliban maintained attacks on Kunduz through the night.', {('Taliban', 'attacked', 'Kunduz')}),
    ('Russia ramped up missile strikes on Odesa.', {('Russia', 'attacked', 'Odesa')}),
    ('Israel maintained that Hamas had planned the raid.', set()),
    # a region's capital is another place than the region: unnamed, no target
    ('M23 rebels seized the provincial capital of South Kivu on Sunday.', set()),
    ('The RSF has besieged the North Darfur capital since May.', set()),
    ('The Taliban stormed the provincial capital of Ghazni.', {('Taliban', 'attacked', 'Ghazni')}),
    ('Russian forces shelled the regional capital of Zaporizhzhia.', {('Russia', 'attacked', 'Zaporizhzhia')}),
    ('Houthi drones struck the Saudi capital on Monday.', {('Houthis', 'attacked', 'Riyadh')}),
    ('The RSF shelled the North Darfur capital, El Fasher, on Sunday.', {('Rapid Support Forces', 'attacked', 'El Fasher')}),
    # capitalised words NER missed before a group noun name the group
    ('Iranian drones hit bases of the Jaish al-Adl militant group in Pakistan.', {('Iran', 'attacked', 'Jaish al-Adl')}),
    ('Pakistani troops raided a hideout of the Lashkar-e-Jhangvi group in Quetta.',
     {('Pakistan', 'attacked', 'Lashkar-e-Jhangvi')}),
    ('The Islamist group attacked Mogadishu.', set()),
    # a title right before a name is the person's role even when the parse hangs it elsewhere ("X, Jr.")
    ('Readout of President Joseph R. Biden, Jr. Call with Prime Minister Mark Rutte of the Netherlands\nPresident '
     'Joseph R. Biden, Jr. spoke today with Prime Minister Mark Rutte of the Netherlands. The President condemned the '
     'attack by Russia. Separately, the President held a phone call with President Volodymyr Zelensky of Ukraine.',
     {('Joseph R. Biden, Jr.', 'called', 'Mark Rutte'), ('Joseph R. Biden, Jr.', 'condemned', 'Russia'),
      ('Joseph R. Biden, Jr.', 'called', 'Volodymyr Zelensky')}),
    # "the al-Watan tower": the article particle belongs to the facility's name
    ('Israeli jets destroyed the al-Watan tower in Gaza City.', {('Israel', 'attacked', 'al-Watan tower')}),
    # "at 3 a.m. Damascus time": a time zone, no actor
    ('At 2:30 a.m. Kabul time, U.S. and British jets conducted strikes on Taliban targets in Afghanistan.',
     {('United States', 'attacked', 'Taliban'), ('United Kingdom', 'attacked', 'Taliban')}),
    # "voted down X": the object, also when the parser hangs it on the particle
    ('France and Britain voted down a Chinese proposal.', {('France', 'opposed', 'China'), ('United Kingdom', 'opposed', 'China')}),
    ('Norway voted down a draft resolution proposed by Chile.', {('Norway', 'opposed', 'Chile')}),
    # an envoy's "his delegation" is the envoy's state, as "his government" is
    ('The representative of the Russian Federation said his delegation rejected the text drafted by Japan.',
     {('Russia', 'opposed', 'Japan')}),
    ("Speaking after the vote, China's representative said her delegation condemned the attack by Israel.",
     {('China', 'condemned', 'Israel')}),
    # "the two (leaders, men)": the only two persons (else states) named since the sentence before
    ('Prime Minister Narendra Modi hosted Nawaz Sharif in Delhi in May. The two leaders spoke by phone on Sunday.',
     {('Narendra Modi', 'met', 'Nawaz Sharif'), ('Narendra Modi', 'called', 'Nawaz Sharif')}),
    ('Rafael Correa said Alvaro Uribe had lied to him when the two spoke by phone on Saturday.',
     {('Rafael Correa', 'called', 'Alvaro Uribe')}),
    ('Rafael Correa and his aide Pedro Ruiz said Alvaro Uribe had lied when the two spoke by phone.', set()),
    ('Gabriel Boric met Luis Arce and Pedro Castillo in Lima in May. Boric said Castillo had lied to him when the two '
     'spoke by phone.', {('Gabriel Boric', 'met', 'Luis Arce'), ('Gabriel Boric', 'met', 'Pedro Castillo'),
                         ('Gabriel Boric', 'called', 'Pedro Castillo')}),
    # a lake named "Lake X" is water, never a target
    ('The ADF overran the village of Kasindi on the shores of Lake Edward.', {('ADF', 'attacked', 'Kasindi')}),
    # a gerund attack as the subject of a harm verb ("Shelling by X damaged ...") harms what that verb names
    ('Shelling by Armenian forces damaged a school in Tartar.', {('Armenia', 'attacked', 'Tartar')}),
    ('Firing by Indian troops killed two Pakistani soldiers in Kotli.', {('India', 'attacked', 'Pakistan')}),
    ('Shelling killed 20 people in Goma.', set()),
    # "burned down X" is an attack, also with the particle parsed as a preposition
    ('Boko Haram fighters burned down the village of Kawuri.', {('Boko Haram', 'attacked', 'Kawuri')}),
    ('Russia burned down its bridges with the West.', set()),
    # "the proposal from Cairo": the capital asking stands for its state, also with "from" hung on the verb
    ('Israel rejected the proposal from Amman.', {('Israel', 'opposed', 'Jordan')}),
    ('Israel spurned the ceasefire proposal from Qatar.', {('Israel', 'opposed', 'Qatar')}),
    ('Israel withdrew the proposal from consideration.', set()),
    # "claimed (carried out) by X" hung on the verb after the event's phrase, or on a noun inside it
    ('Chile strongly condemned the bombing in Kabul claimed by the Islamic State.',
     {('Chile', 'condemned', 'Islamic State'), ('Islamic State', 'attacked', 'Kabul')}),
    ('Norway condemned the attack on aid workers in Niger, which was claimed by JNIM.',
     {('Norway', 'condemned', 'JNIM'), ('JNIM', 'attacked', 'Niger')}),
    ('Spain condemned the bombing in Mogadishu, which was visited by the president.', set()),
    # "attacks inside X": across a border, a whole country is the target; "in X" still only says where
    ('The continuing mortar attacks inside Lebanon by the IDF drew condemnation.', {('Israel', 'attacked', 'Lebanon')}),
    ('Iran carried out missile strikes inside Iraq on Tuesday.', {('Iran', 'attacked', 'Iraq')}),
    ('Attacks in Iraq by the Islamic State rose.', set()),
    # "soldiers were killed in Pakistani shelling", parsed as "in Pakistani" + a gerund: their state
    ('Four Afghan soldiers were killed in Pakistani shelling near the border.', {('Pakistan', 'attacked', 'Afghanistan')}),
    ('Five civilians were killed in Israeli shelling in Rafah.', {('Israel', 'attacked', 'Rafah')}),
    # a listed group's name NER cut short, extended over several words and "in the" ("Islamic State" +
    # "in the Greater Sahara"), and not cut at its "in"
    ('Gunmen from the Islamic State West Africa Province ambushed an army convoy near Monguno.',
     {('Islamic State West Africa Province', 'attacked', 'Monguno')}),
    ('Al-Qaeda in the Arabian Peninsula attacked Mukalla.', {('Al-Qaeda in the Arabian Peninsula', 'attacked', 'Mukalla')}),
    # "the militants, who belong to X": a relative clause says whose they are, as "belonging to X" does
    ('The militants, who belong to the Allied Democratic Forces, attacked the village of Lume.',
     {('Allied Democratic Forces', 'attacked', 'Lume')}),
    ('Gunmen who belong to Boko Haram raided Bama.', {('Boko Haram', 'attacked', 'Bama')}),
    # "it" after a pact, law or project a named actor made: opposing it opposes its makers
    ('The EU unveiled a migration pact on Tuesday. Austria rejected it.', {('Austria', 'opposed', 'European Union')}),
    ('Israel passed a law on settlements. Jordan rejected it.', {('Jordan', 'opposed', 'Israel')}),
    ('Russia and China signed a pact on Monday. Japan opposed it.', {('Japan', 'opposed', 'Russia'), ('Japan', 'opposed', 'China')}),
    # '"This is unacceptable," X said of Y's plan': the act spoken of is what "this" judges
    ('"This is unacceptable," Seoul said of the Japanese plan to release the water.', {('South Korea', 'opposed', 'Japan')}),
    ('"We will never accept it," Slovakia said of the asylum pact drawn up by the EU.', {('Slovakia', 'opposed', 'European Union')}),
    ('"This is unacceptable," Beijing said of Taiwan.', set()),
    # "the methods (tactics) of X's offensive": the act's actor
    ('Austria said the methods of the Russian offensive were unacceptable.', {('Austria', 'opposed', 'Russia')}),
    # "the memorandum of understanding signed between X and Y": its parties, with the clause on "understanding"
    ('Somalia categorically rejects the memorandum of understanding signed between Kenya and Somaliland.',
     {('Somalia', 'opposed', 'Kenya'), ('Somalia', 'opposed', 'Somaliland')}),
    ('Egypt rejected the memorandum of understanding signed by Turkey with Libya.',
     {('Egypt', 'opposed', 'Turkey'), ('Egypt', 'opposed', 'Libya')}),
    # a short sentence rich in names with a lower-case verb is no headline: its unlabelled names count
    ('The Arakan Army seized Paletwa in January.', {('Arakan Army', 'attacked', 'Paletwa')}),
    # Lashkar-e-Taiba is named as itself, not as the alias PETRARCH files it under (gazetteer supplement)
    ('Indian security forces killed three Lashkar-e-Taiba militants in Kupwara.', {('India', 'attacked', 'Lashkar-e-Taiba')}),
    # "NATO membership for X" is X's: the body is what would be joined
    ('Russia opposes NATO membership for Moldova and Georgia.', {('Russia', 'opposed', 'Moldova'), ('Russia', 'opposed', 'Georgia')}),
    ('Russia opposes NATO expansion.', {('Russia', 'opposed', 'NATO')}),
    # a person's name NER cut short before a two-word family name ("Mohammed bin Abdulrahman" + "Al Thani")
    ('US Secretary of State Antony Blinken held a phone call with Qatari Prime Minister Mohammed bin Abdulrahman Al '
     'Thani on Wednesday.', {('Antony Blinken', 'called', 'Mohammed bin Abdulrahman Al Thani')}),    # "strikes across (throughout) X": spread over the country, so the country is attacked (as "inside X");
    # "in X" only says where, and an owned target still wins
    ('Ethiopia launched drone strikes across Tigray on Sunday.', {('Ethiopia', 'attacked', 'Tigray')}),
    ('Russia launched missile strikes across Ukraine on Monday.', {('Russia', 'attacked', 'Ukraine')}),
    ('Israeli jets carried out strikes throughout Lebanon overnight.', {('Israel', 'attacked', 'Lebanon')}),
    ('Turkey carried out air strikes in northern Iraq on Sunday.', set()),
    ('Turkey carried out strikes on PKK hideouts across northern Iraq.', {('Turkey', 'attacked', 'PKK')}),    # a dateline the parser made the subject, with the real one hung on its last name as a conjunct
    ('MONROVIA, Liberia (Reuters) - Nigerian troops and Guinean forces shelled positions of the Liberians United for '
     'Reconciliation and Democracy on Sunday.', {('Nigeria', 'attacked', 'Liberians United for Reconciliation and Democracy'),
                                                 ('Guinea', 'attacked', 'Liberians United for Reconciliation and Democracy')}),
    ('FREETOWN, Sierra Leone (Reuters) - British paratroopers and special forces stormed a base of the West Side '
     'Boys militia on Sunday.', {('United Kingdom', 'attacked', 'West Side Boys')}),
    # an event a verb judges or answers happened, whatever governs that verb; "declined to" is a refusal
    ("India has refused to condemn Russia's invasion of Ukraine.", {('Russia', 'attacked', 'Ukraine')}),
    ('Brazil did not condemn the Israeli strikes on Gaza.', {('Israel', 'attacked', 'Gaza')}),
    ('Hezbollah vowed to avenge the Israeli strike on Beirut.', {('Israel', 'attacked', 'Beirut')}),
    ('Germany would not support a Turkish offensive against the YPG.', {('Germany', 'opposed', 'Turkey')}),
    ('Russia did not launch an attack on Finland.', set()),
    ('Jiang Zemin declined to take a telephone call from Bill Clinton.', set()),
    ('Jiang Zemin declined to speak with Bill Clinton by phone.', set()),
    ('The vetoed draft would have condemned the March attack by Boko Haram on Maiduguri.', {('Boko Haram', 'attacked', 'Maiduguri')}),
    # "discussed X with Y in a call": "with Y" hung on the topic
    ('Angela Merkel discussed the crisis with Barack Obama in a telephone call on Saturday.',
     {('Angela Merkel', 'called', 'Barack Obama')}),
    ('Angela Merkel discussed the crisis with Barack Obama in Berlin on Saturday.', set()),
    # a clause after a semicolon is no complement of the next one: its negation is not the first's
    ('The U.N. Security Council voted 14-0 to condemn Iraq and demand the withdrawal of its forces; Yemen did not take '
     'part in the vote.',
     {('UN Security Council', 'condemned', 'Iraq')}),
    # "a day after allied warplanes began bombing Y", the parser taking "after" for a preposition
    ('The attack came a day after U.S.-led allied warplanes began bombing Baghdad.', {('United States', 'attacked', 'Baghdad')}),
    # "a resolution calling for aid to X" is an appeal, no name given to the resolution ("known as X" is)
    ('The United States vetoed a Brazilian-drafted resolution calling for pauses to deliver aid to Gaza.',
     {('United States', 'opposed', 'Brazil')}),
    ('The insurgents, known locally as al-Shabab, attacked Mandera.', {('Al-Shabaab', 'attacked', 'Mandera')}),
    # a vote on "the draft" counts against the text named before, not "a competing text" named after
    ('The council failed to adopt a draft tabled by Japan. The draft received 9 votes in favour to 2 against (China, '
     'Cuba). A competing text presented by Russia also failed.', {('China', 'opposed', 'Japan'), ('Cuba', 'opposed', 'Japan')}),
    # "a list (package, set) of X": what it holds is the object
    ('Iran rejected a package of proposals put forward by France.', {('Iran', 'opposed', 'France')}),
    ('Qatar has rejected a list of 13 demands drawn up by Saudi Arabia.', {('Qatar', 'opposed', 'Saudi Arabia')}),
    ('Russia condemned a new set of sanctions imposed by the EU.', {('Russia', 'condemned', 'European Union')}),
    # "it" after an act noun such as an execution, a launch or an annexation is that act
    ('Saudi Arabia announced the execution of 81 men. Germany condemned it.', {('Germany', 'condemned', 'Saudi Arabia')}),
    ('Russia announced the annexation of four regions. Japan rejected it.', {('Japan', 'opposed', 'Russia')}),
    # "led (spearheaded, headed) the opposition to X, the offensive on Y": the leader's act
    ('Alvaro Uribe led the opposition to the peace accord that Juan Manuel Santos signed with the FARC.',
     {('Alvaro Uribe', 'opposed', 'Juan Manuel Santos'), ('Alvaro Uribe', 'opposed', 'Revolutionary Armed Forces of Colombia')}),
    ('General Khalifa Haftar led the offensive on Tripoli.', {('Khalifa Haftar', 'attacked', 'Tripoli')}),
    # a verb with a phrase of its own does not share its conjunct's object, at the root too
    ('Iraqi troops stormed into Kuwait and seized Kuwait City.', {('Iraq', 'attacked', 'Kuwait'), ('Iraq', 'attacked', 'Kuwait City')}),
    # "the killings" after X beheaded (executed, massacred) people, "the abductions" after X seized them: X's acts
    ('Islamic State militants beheaded 21 Egyptian Christians in Libya. Al-Azhar denounced the killings as barbaric.',
     {('Al-Azhar', 'condemned', 'Islamic State')}),
    ('Boko Haram fighters seized 276 girls from a school in Chibok. Ban Ki-moon condemned the abductions.',
     {('Ban Ki Moon', 'condemned', 'Boko Haram')}),
    # "X, following a phone call with Y, announced": the phrase hangs on X
    ('President Donald Trump, following a phone call with President Recep Tayyip Erdogan, announced that U.S. troops '
     'would leave.', {('Donald Trump', 'called', 'Recep Tayyip Erdogan')}),
    # a boundary line is never attacked, as a sea is not ("struck across the Line of Control")
    ('The next morning Pakistani jets struck across the Line of Control.', set()),
    ('Hezbollah fired rockets across the Blue Line into northern Israel.', {('Hezbollah', 'attacked', 'Israel')}),
    # "stands (firmly) against X's plan" as "is against X's plan"
    ('Egypt stands firmly against the Ethiopian plan to fill the dam.', {('Egypt', 'opposed', 'Ethiopia')}),
    ('Britain stood down its troops in Basra.', set()),
    # a seat of government listed for one state is another state's when that state owns it ("Pakistan's Foreign Office")
    ("Pakistan's Foreign Office said it condemns India's annexation of Kashmir.", {('Pakistan', 'condemned', 'India')}),
    ('The Foreign Office condemned the Iranian attack on the tanker.', {('United Kingdom', 'condemned', 'Iran')}),
    # "it" after "the launch posed a threat": the act the clause is about; a definite act named again is the earlier one
    ("North Korea's missile launch posed a grave threat. Japan condemns it in the strongest terms.",
     {('Japan', 'condemned', 'North Korea')}),
    ("Seoul reported North Korea's launch of a missile. Officials said the launch posed a grave threat and that Japan "
     "condemns it.", {('Japan', 'condemned', 'North Korea')}),
    # a craft's make or model is no actor: the name before it, or the demonym hung on it, is
    ('Russian Sukhoi jets bombed Idlib on Tuesday.', {('Russia', 'attacked', 'Idlib')}),
    ('Indian Air Force Mirage 2000 jets struck a Lashkar-e-Taiba camp near Muzaffarabad.',
     {('India', 'attacked', 'Lashkar-e-Taiba')}),
    ("Pakistan's air force shot down an Indian MiG-21 Bison over Kashmir.", {('Pakistan', 'attacked', 'India')}),
    ('Black Hawk helicopters attacked the town of Kunduz.', set()),
    # unnamed people located after their count's "of" phrase stand for that place; a named owner still wins
    ('Malian soldiers killed hundreds of people in Moura.', {('Mali', 'attacked', 'Moura')}),
    ('Indian jets struck the biggest camp of Jaish-e-Mohammed in Balakot.', {('India', 'attacked', 'Jaish-e-Mohammed')}),
    # a group description with its name in apposition is that name, not the last organisation named
    ('The head of the Arab League condemned the attack carried out by the militant group Hezbollah against an '
     'Israeli army post.', {('Hezbollah', 'attacked', 'Israel')}),
    ('Oxfam condemned the raid by the armed group M23 on a camp in Goma.',
     {('Oxfam', 'condemned', 'M23'), ('M23', 'attacked', 'Goma')}),
    # the platform a group speaks on is no actor; "State Counsellor" is a title
    ('Hamas claimed the attack on Telegram.', set()),
    ('State Counsellor Aung San Suu Kyi condemned the attack by the Arakan Army on police posts.',
     {('Aung San Suu Kyi', 'condemned', 'Arakan Army')}),
    # "rejected their call": an appeal, not a phone call
    ('Merkel and Macron urged a truce, but Moscow rejected their call.',
     {('Russia', 'opposed', 'Merkel'), ('Russia', 'opposed', 'Macron')}),
    ('Putin and Erdogan held a call, and Moscow welcomed the call with Ankara.', {('Putin', 'called', 'Erdogan')}),
    # a surname NER labels as a place of its own, unknown as one, ends the person's name
    ('Pompeo spoke by phone with Pakistani Foreign Minister Shah Mahmood Qureshi on Tuesday.',
     {('Pompeo', 'called', 'Shah Mahmood Qureshi')}),
    # "their" after two-word demonym forces ("South African troops") is their state
    ('Thirteen South African soldiers were killed when their base came under fire from Seleka rebels.',
     {('Seleka', 'attacked', 'South Africa')}),
    ('South African troops said their base came under fire from Seleka rebels.', {('Seleka', 'attacked', 'South Africa')}),
    # a group's name runs over "in" and a region to its bracketed acronym, unless that is the short name's initials
    ('Malian troops fought the Movement for Oneness and Jihad in West Africa (MUJAO) near Gao on Friday.',
     {('Mali', 'attacked', 'Movement for Oneness and Jihad in West Africa')}),
    ('Ugandan jets bombed the Allied Democratic Forces in Congo (ADF) on Friday.',
     {('Uganda', 'attacked', 'Allied Democratic Forces')}),
    # "the capital" stormed or struck is the capital named just before; an attack "on the capital" only says where
    ('Houthi fighters reached the outskirts of Sanaa on Friday. The rebels stormed the capital on Sunday.',
     {('Houthis', 'attacked', 'Sanaa')}),
    ('Boko Haram bombed a police academy in Abuja. It was the deadliest attack on the capital in years.',
     {('Boko Haram', 'attacked', 'Abuja')}),
    # "their" never refers back to a state named only as one person's nationality ("the Swiss envoy")
    ("Rebels holding dozens of hostages at the Swiss ambassador's residence freed more captives on Friday as President "
     "Idriss Deby's government rejected their demand for the release of jailed comrades.", set()),
    # a hyphenated group name NER labelled as a date is still found whole
    ('The Pakistan-based militant group Jaish-e-Mohammed claimed the bombing of a police post in Srinagar.',
     {('Jaish-e-Mohammed', 'attacked', 'India')}),
    # a hedge on the attacker's phrase hedges the attack (and is no part of the name)
    ('Suspected Boko Haram militants attacked a village in Borno.', set()),
    ('Alleged Wagner mercenaries fired rockets at a village in Mali.', set()),
    ("Lebanon's Future Movement condemned the attack by Hezbollah.", {('Future Movement', 'condemned', 'Hezbollah')}),
    # a bomb that exploded somewhere is an attack there whose attacker a later claim names
    ('A car bomb exploded outside a hotel in Mogadishu on Sunday. Al-Shabaab claimed responsibility for the bombing.',
     {('Al-Shabaab', 'attacked', 'Mogadishu')}),
    ('A suicide bomber blew himself up at a checkpoint in Kabul. The Taliban claimed responsibility for the attack.',
     {('Taliban', 'attacked', 'Kabul')}),
    ('A bomb exploded in a market in Peshawar. The government blamed the Taliban.', set()),
    # a vehicle rammed into a target, and a vehicle standing for the forces it carries
    ('Al-Shabaab militants rammed a truck packed with explosives into an army base near Mogadishu.',
     {('Al-Shabaab', 'attacked', 'Mogadishu')}),
    ('Egypt sent trucks of aid into Gaza.', set()),
    ('Houthi missiles struck a ship carrying Saudi troops.', {('Houthis', 'attacked', 'Saudi Arabia')}),
    # a preposition coordinated with another takes the object they share
    ('Ethiopian jets bombed targets in and around Gondar.', {('Ethiopia', 'attacked', 'Gondar')}),
    # a relative pronoun as the passive subject is the noun the clause describes
    ('The activist Malala Yousafzai, who was shot by the TTP in 2012, spoke on Monday.',
     {('Tehreek-e-Taliban Pakistan', 'attacked', 'Malala Yousafzai')}),
    # "members of X" act for X
    ('Members of Hamas attacked Sderot.', {('Hamas', 'attacked', 'Sderot')}),
    ('Members of the Security Council visited Kigali.', set()),
    # a stance prefix is no part of a group's name
    ('Members of the pro-Indonesian Aitarak militia attacked Dili.', {('Aitarak', 'attacked', 'Dili')}),
    # a vote count's text whose drafter introduces it in the next sentence
    ('The Assembly adopted a resolution on the blockade by a recorded vote of 150 in favour to 2 against (Israel, United States). '
     "Introducing the draft, Cuba's Foreign Minister Pedro Lopez said the embargo was illegal.",
     {('Israel', 'opposed', 'Cuba'), ('United States', 'opposed', 'Cuba')}),
    # an object after its judgment: "rejected as unacceptable a plan by X"
    ('ECOWAS on Sunday rejected as "unacceptable" a three-year transition proposed by General Abdourahamane Tiani.',
     {('ECOWAS', 'opposed', 'Abdourahamane Tchiani')}),   # (the gazetteer's spelling; the text's is an alias)
    ('China dismissed as unacceptable the plan drawn up by the United States.', {('China', 'opposed', 'United States')}),
    ('Israel rejected as baseless the accusations made by Iran.', set()),
    # those who suffered in an attack are not its attackers
    ('Hamas fighters attacked Sderot. Israel lost two soldiers in the attack. Egypt condemned the attack.',
     {('Hamas', 'attacked', 'Sderot'), ('Egypt', 'condemned', 'Hamas')}),
    # a reported act its own sentence calls unverified, or a claim anyone rejects, is not asserted
    ('Polisario said its fighters had attacked Moroccan positions near Guerguerat, claims that could not be independently verified.',
     set()),
    ('The Syrian army said it had shelled rebel positions in Idlib. Reuters could not independently verify the report.', set()),
    ('Lima said its troops had recaptured the Cueva outpost, a claim Quito rejected as false.', set()),
    ('Russia said its forces captured the village of Robotyne, a claim Kyiv did not deny.', {('Russia', 'attacked', 'Robotyne')}),
    ('Debretsion said his TPLF forces had fired rockets at Asmara, accusing Eritrea of sending troops into Tigray, '
     'a charge Eritrea has dismissed.', {("Tigray People's Liberation Front", 'attacked', 'Asmara')}),
    # a time zone in a name, and a facility NER cut in two
    ('At approximately 5:30 a.m. East Africa Time on Jan. 5, al-Shabaab attacked Manda Bay Airfield, Kenya.',
     {('Al-Shabaab', 'attacked', 'Manda Bay Airfield')}),
    # "dismissed" a person removes him from office; his plan is still opposed
    ("Fiji's military commander Frank Bainimarama dismissed Prime Minister Laisenia Qarase.", set()),
    ("Bainimarama dismissed Qarase's proposal.", {('Bainimarama', 'opposed', 'Qarase')}),
    # forces allied to X are X's
    ('Forces allied to the Houthis attacked the town of Marib.', {('Houthis', 'attacked', 'Marib')}),
    # an air campaign around a city
    ('Ethiopian jets have since carried out airstrikes around the regional capital Mekelle.',
     {('Ethiopia', 'attacked', 'Mekelle')}),
    # condemning fighting between sides condemns no one's attack (Clarification 3)
    ('Sudanese army aircraft bombed RSF bases in Khartoum. The African Union condemned the fighting.',
     {('Sudan', 'attacked', 'Rapid Support Forces')}),
    # an act's tightening or escalation is that act's
    ('Cuba denounced the tightening of the blockade by the United States.', {('Cuba', 'condemned', 'United States')}),
    ('Iran condemned the escalation of Israeli strikes on Gaza.', {('Iran', 'condemned', 'Israel')}),
    # agreeing to meet is no meeting yet
    ('Ali agreed to meet Maduro on Thursday.', set()),
    # a bomb that tore through a place, claimed later
    ('A car bomb tore through a police academy in Bogota on Thursday. The ELN claimed responsibility for the bombing.',
     {('National Liberation Army', 'attacked', 'Bogota')}),
    ('The storm tore through Florida.', set()),
    # "them" after plural demands or proposals is those demands, not a state named near it
    ("Fiji's prime minister Laisenia Qarase received Frank Bainimarama's demands last week and rejected them outright.",
     {('Laisenia Qarase', 'opposed', 'Frank Bainimarama')}),
    ('Hamas fighters attacked Israeli towns. Egypt and Jordan condemned them.', {('Hamas', 'attacked', 'Israel')}),
    # a treaty or plan named for a place is no actor, nor is the place in its name
    ('Ecuador has long rejected the 1942 Rio Protocol, which set the border, as unworkable.', set()),
    ('Russia rejected the Minsk Agreement signed by Ukraine.', {('Russia', 'opposed', 'Ukraine')}),
    ('Israel rejected the Cairo Declaration.', set()),
    ('Russian jets bombed Minsk Airport.', {('Russia', 'attacked', 'Minsk Airport')}),
    # a leader's administration named by surname is the leader's state (gazetteer office holders)
    ('Cuba denounced the tightening of the blockade by the Trump administration.', {('Cuba', 'condemned', 'United States')}),
    ('The Biden administration condemned Iran.', {('United States', 'condemned', 'Iran')}),
    # a parliament's motion is its author's, not the state's
    ("Labour leader Ed Miliband, who opposed David Cameron's motion, said the country did not want a rush to war.",
     {('Ed Miliband', 'opposed', 'David Cameron')}),
    # a party, union or voters of a state are not the state
    ("India's Congress party opposed the citizenship law introduced by Prime Minister Narendra Modi.",
     {('Congress', 'opposed', 'Narendra Modi')}),
    ("France's unions opposed Macron's pension reform.", set()),
    ("Russia's opposition to the plan drawn up by France was clear.", {('Russia', 'opposed', 'France')}),
    # Brexit is a process, not an actor
    ('Ireland opposed the Brexit deal negotiated by Theresa May.', {('Ireland', 'opposed', 'Theresa May')}),
    # an attack made in a speech or a post is words, not force
    ('Musk attacked the SEC on Twitter.', set()),
    ('Trump attacked Biden at a rally in Ohio.', set()),
    ('Russia struck Kyiv during a televised address by Zelensky.', {('Russia', 'attacked', 'Kyiv')}),
    ('Russian jets attacked the town of Izium in a dawn raid.', {('Russia', 'attacked', 'Izium')}),
    # a state's players are no state
    ("Spain's striker attacked the Italian defence repeatedly in the second half.", set()),
    # single quotation marks (British style) parse like double ones
    ("The prime minister said Britain 'firmly rejects' the EU's proposal.",
     {('United Kingdom', 'opposed', 'European Union')}),
    ("Spain 'categorically rejects' Morocco's demands, the foreign minister said.",
     {('Spain', 'opposed', 'Morocco')}),
    ("Australia said it 'will not support' the Chinese proposal.", {('Australia', 'opposed', 'China')}),
    ("Canada said it ‘firmly rejects’ the Russian plan.", {('Canada', 'opposed', 'Russia')}),
    ("'We will not accept the rebels' demands,' Colombia's defence minister said of the talks.", set()),
    # "condemned what it called an aggression by X": the speaker's word, not the text's assertion
    ('Syria condemned what it called a "flagrant aggression" by Turkey on Syrian sovereignty.',
     {('Syria', 'condemned', 'Turkey')}),
    ("Argentina denounced what it described as a British attack on the Falklands.",
     {("Argentina", "condemned", "United Kingdom")}),
    ('Syria condemned the Turkish aggression against its territory.',
     {('Syria', 'condemned', 'Turkey'), ('Turkey', 'attacked', 'Syria')}),
    ('Russia shelled Kharkiv, in what Ukraine called a war crime.', {('Russia', 'attacked', 'Kharkiv')}),
    # "X said the raid was cowardly and condemned it": the speaker condemns, not the raid's author
    ("Kenya said the raid by al-Shabaab was cowardly and condemned it.", {('Kenya', 'condemned', 'Al-Shabaab')}),
    ("Britain's foreign secretary said Iran's attack on the tanker was reckless, and condemned it.",
     {('United Kingdom', 'condemned', 'Iran')}),
    ("Kenya said the raid by al-Shabaab was cowardly and killed 12 soldiers.", set()),
    # "condemned them" after plural attacks: the attacks (their actor), not a state named near them
    ("Israeli airstrikes hit Gaza overnight. Egypt and Jordan condemned them.",
     {('Israel', 'attacked', 'Gaza'), ('Egypt', 'condemned', 'Israel'), ('Jordan', 'condemned', 'Israel')}),
    ("Israeli airstrikes hit Hamas fighters overnight. The Palestinian Authority condemned them.",
     {('Israel', 'attacked', 'Hamas'), ('Palestine', 'condemned', 'Israel')}),
    # "called the strikes a war crime": the namer names another's act, which is no plan of the namer's
    ("Russian forces shelled the city of Kherson overnight. Ukraine's foreign ministry called the strikes 'a war crime' and condemned them.",
     {('Russia', 'attacked', 'Kherson'), ('Ukraine', 'condemned', 'Russia')}),
    ("Iran called the attacks by Israel on its nuclear sites a declaration of war.", {('Israel', 'attacked', 'Iran')}),
    # "rejected a draft that would have condemned the strikes by X": the misplaced "by" phrase of
    # an active relative clause names no drafter
    ("The Security Council rejected a draft resolution that would have condemned the air strikes on Syria by the United States.",
     set()),
    ("The Security Council rejected a draft resolution submitted by Russia that would have condemned the air strikes on Syria by the United States.",
     {('UN Security Council', 'opposed', 'Russia')}),
    ("Britain condemned the attack, which was claimed by the Islamic State group.", {('United Kingdom', 'condemned', 'Islamic State')}),
    # the act answered ("after", "in response to", "in retaliation for" the attack on Z) is another's
    ("The United States struck Syria in response to the attack on Douma.", {('United States', 'attacked', 'Syria')}),
    ("Israel struck Gaza in retaliation for the attack on Sderot.", {('Israel', 'attacked', 'Gaza')}),
    ("Israel struck Gaza after the attack on Sderot.", {('Israel', 'attacked', 'Gaza')}),
    ("Israel struck Gaza. Hamas condemned the attack on Gaza.",
     {('Israel', 'attacked', 'Gaza'), ('Hamas', 'condemned', 'Israel')}),
    # "the Juárez cartel": a group named for a place (or a person), not the place
    ("Gunmen from the Jalisco cartel ambushed a police convoy in Michoacan, killing 13 officers.",
     {('Jalisco cartel', 'attacked', 'Michoacan')}),
    ("Mexican marines attacked a safe house of the Sinaloa cartel in Culiacan.", {('Mexico', 'attacked', 'Sinaloa cartel')}),
    # "a strike at Baghdad airport killed X": the named person is the target, the place only where
    ("A U.S. air strike at Baghdad airport on Friday killed Qassem Soleimani, the head of Iran's elite Quds Force.",
     {('United States', 'attacked', 'Qasem Soleimani')}),
    ("An Israeli strike on the Shati refugee camp killed Hamas commander Ahmed Ghandour.",
     {('Israel', 'attacked', 'Ahmed Ghandour')}),
    ("A Russian missile strike on Kramatorsk railway station killed 50 people.",
     {('Russia', 'attacked', 'Kramatorsk railway station')}),
    # "condemned the assassination (murder)": the act of the killing told before
    ("A U.S. air strike at Baghdad airport on Friday killed Qassem Soleimani. Iraq's foreign ministry condemned the assassination.",
     {('United States', 'attacked', 'Qasem Soleimani'), ('Iraq', 'condemned', 'United States')}),
    ("Militants of the Pakistani Taliban shot dead the provincial minister in Peshawar. Pakistan condemned the murder.",
     {('Pakistan', 'condemned', 'Tehreek-e-Taliban Pakistan')}),
    # "the Viv Ansanm gang alliance": a group named before a group noun, over its lower-case modifiers;
    # "the attacks were coordinated (masterminded, organised) by X": X's attacks
    ("Heavily armed gangs stormed Haiti's National Penitentiary over the weekend. The attacks were coordinated by the Viv Ansanm gang alliance.",
     {('Viv Ansanm', 'attacked', 'National Penitentiary')}),
    ("Gunmen stormed the Serena hotel in Kabul on Friday. The assault was masterminded by the Islamic State group.",
     {("Islamic State", "attacked", "Serena hotel")}),
    # "launched what it called operations in X": the act is the launcher's (no hedge), "anti-terrorist"
    # operations are military ones
    ('Azerbaijan launched what it called "anti-terrorist" operations in Nagorno-Karabakh on Tuesday.',
     {('Azerbaijan', 'attacked', 'Nagorno-Karabakh')}),
    ("Azerbaijan launched what it called military operations in Nagorno-Karabakh. France condemned the offensive.",
     {('Azerbaijan', 'attacked', 'Nagorno-Karabakh'), ('France', 'condemned', 'Azerbaijan')}),
    ("Syria condemned what it called terrorist operations by Turkey in Afrin.", {('Syria', 'condemned', 'Turkey')}),
    # a bare "the city" (town, village) is the one settlement named in its sentence or the one before
    ("Russian troops reached Kharkiv on Monday. The city came under intense shelling from Russian forces.",
     {('Russia', 'attacked', 'Kharkiv')}),
    ("Russian troops reached Kharkiv on Monday. The city was under intense Russian shelling.",
     {('Russia', 'attacked', 'Kharkiv')}),
    ("Russian missiles hit Kharkiv and Odesa. The city came under shelling again on Tuesday.",
     {('Russia', 'attacked', 'Kharkiv'), ('Russia', 'attacked', 'Odesa')}),
    ("KYIV (Reuters) - Russian forces attacked the city on Monday.", set()),
    # "the Ogaden National Liberation Front (ONLF) leader X ... his forces": the group's, also when the
    # parser makes the title and the name two appositions of the group's name
    ("Ogaden National Liberation Front (ONLF) leader Abdirahman Mahdi told the BBC that his forces had attacked Degehabur.",
     {('Ogaden National Liberation Front', 'attacked', 'Degehabur')}),
    ("Tigray People's Liberation Front (TPLF) leader Debretsion Gebremichael said his forces had fired on Asmara.",
     {("Tigray People's Liberation Front", 'attacked', 'Asmara')}),
    # "the cities of Kharkiv and Odesa": both, also when NER ran the two names into one span
    ("Russia struck the Ukrainian cities of Kharkiv and Odesa.", {('Russia', 'attacked', 'Kharkiv'), ('Russia', 'attacked', 'Odesa')}),
    ("TPLF forces fired rockets at airports in the Ethiopian cities of Bahir Dar and Gondar.",
     {("Tigray People's Liberation Front", 'attacked', 'Bahir Dar'), ("Tigray People's Liberation Front", 'attacked', 'Gondar')}),
    ("Serbian forces shelled Bosnia and Herzegovina.", {('Serbia', 'attacked', 'Bosnia and Herzegovina')}),
    # "RAF" is the United Kingdom's air force; a Typhoon is a craft, not a name
    ("Four RAF Typhoon jets struck Houthi targets in Yemen on Monday.", {('United Kingdom', 'attacked', 'Houthis')}),
    # "opposes the discharge" after "X began releasing water": X's act
    ("Japan began releasing treated radioactive water into the Pacific on Thursday. China's foreign ministry said Beijing firmly opposes the discharge.",
     {('China', 'opposed', 'Japan')}),
    # a quantity of a place is the place: "much of X", "most of the city", "the rest of X"
    ("Russian artillery shelled much of Kharkiv overnight.",
     {('Russia', 'attacked', 'Kharkiv')}),
    ("Rebels of the M23 movement seized most of Goma on Tuesday.",
     {('M23', 'attacked', 'Goma')}),
    ("Israeli jets bombed the rest of Rafah on Sunday.",
     {('Israel', 'attacked', 'Rafah')}),
    # ...never for who acts: "most of the Arab states" are not the Arab League
    ("Most of the Arab League members condemned the Israeli raid on Gaza.",
     {('Israel', 'attacked', 'Gaza')}),
    # a capitalised word mid-sentence that NER labels is a name even when the tagger calls it
    # an adverb ("shelled Bakhmut"), never when it calls it a common noun
    ("Russian forces shelled Bakhmut on Monday.",
     {('Russia', 'attacked', 'Bakhmut')}),
    ("Al-Shabaab militants overran Lamu on Tuesday.",
     {('Al-Shabaab', 'attacked', 'Lamu')}),
    # "condemned the raid on the French base": the raid on whose the unnamed target is, not the
    # story's first attack
    ("French troops destroyed most of Chad's helicopters on Monday, a day after Chadian jets bombed a French base near Abeche. The African Union condemned the raid on the French base.",
     {('France', 'attacked', 'Chad'), ('Chad', 'attacked', 'France'), ('African Union', 'condemned', 'Chad')}),
    # a quantity of something owned is the owner's: "most of Chad's air force"
    ("Sudanese jets destroyed most of Chad's air force on the ground.",
     {('Sudan', 'attacked', 'Chad')}),
    # "it" opening an adverbial clause is the main clause's subject, a thing: no actor
    ("The Belgian government said the paratroopers had been disarmed. A plane carrying President Salva Kiir was shot down on Wednesday as it approached Juba airport, killing him.",
     set()),
    # "prompting X to strike": the one prompted strikes
    ("Hezbollah fired rockets into northern Israel on Monday, prompting Israel to launch air strikes on Tyre.",
     {('Hezbollah', 'attacked', 'Israel'), ('Israel', 'attacked', 'Tyre')}),
    # "its Gulf Arab allies": a regional adjective names no ally
    ("Saudi Arabia and its Gulf Arab allies launched air strikes on Houthi fighters near Aden on Friday.",
     {('Saudi Arabia', 'attacked', 'Houthis')}),
    # capturing a person is no attack (Clarification 4 is about places) ...
    ("The Pakistani air force shot down an Indian jet on Wednesday and captured its pilot, Wing Commander Ravi Menon.",
     {('Pakistan', 'attacked', 'India')}),
    ("Russian troops captured the Ukrainian commander, Colonel Ivan Petrenko, near Bakhmut.",
     set()),
    # ... a one-word name NER calls a person may still be the place captured
    ("Fighters of Ansar Dine seized the town of Konna on Thursday.",
     {('Ansar Dine', 'attacked', 'Konna')}),
    # "the Serb assault": a people named as the attacker, so no earlier actor is borrowed
    ("NATO jets bombed Serb artillery near Gorazde on Sunday. Bosnian Prime Minister Haris Silajdzic condemned the Serb assault on the town.",
     {('NATO', 'attacked', 'Gorazde')}),
    # "MiG fighters": a craft's model makes "fighters" aircraft, which a state owns
    # ("Indian fighters" alone stay no state's, as "Congolese rebels" are not Congo's)
    ("Pakistan shot down two Indian MiG fighters over Kashmir on Wednesday.",
     {('Pakistan', 'attacked', 'India')}),
    ("Syrian air defences shot down a Turkish F-4 fighter off the coast.",
     {('Syria', 'attacked', 'Turkey')}),
    # "the rebel camp" after "the FARC rebels": the group's camp (an armed group's holdings only,
    # the same word; never an attack noun, never a place's rebels)
    ("Colombian troops killed Raul Reyes, a commander of the FARC rebels, on Saturday. Colombian warplanes bombed the rebel camp near Angostura.",
     {('Colombia', 'attacked', 'Raul Reyes'), ('Colombia', 'attacked', 'Revolutionary Armed Forces of Colombia')}),
    ("Hezbollah militants crossed the border on Monday. Israeli jets later struck militant positions near Tyre.",
     {('Israel', 'attacked', 'Hezbollah')}),
    ("Darfur rebels seized a town on Monday. Sudanese gunships fired on rebel trucks near Nyala.",
     {('Sudan', 'attacked', 'Nyala')}),
    # "the Secretary-General" (a hyphenated office) is its holder named before
    ("UN Secretary-General Ban Ki-moon arrived in Juba on Monday. The Secretary-General strongly condemned the attacks by the SPLA on civilians.",
     {('Ban Ki Moon', 'condemned', 'South Sudan')}),
    # a repeated preposition joins its objects: "with X and with Y", "on X and on Y"
    ("Antony Blinken held separate calls with Yair Lapid and with Jordanian Foreign Minister Ayman Safadi.",
     {('Antony Blinken', 'called', 'Yair Lapid'), ('Antony Blinken', 'called', 'Ayman Safadi')}),
    ("Russian forces launched strikes on Kharkiv and on Odesa overnight.",
     {('Russia', 'attacked', 'Kharkiv'), ('Russia', 'attacked', 'Odesa')}),
    # "condemned the Pulwama attack": a town named on the act says where, never whom (also a
    # town only NER knows); the attack told before gives the attacker
    ("A suicide bomber killed 40 Indian police in Pulwama on Thursday. Jaish-e-Mohammed claimed the attack. The United States and France condemned the Pulwama attack.",
     {('Jaish-e-Mohammed', 'attacked', 'India'), ('United States', 'condemned', 'Jaish-e-Mohammed'), ('France', 'condemned', 'Jaish-e-Mohammed')}),
    # forces entering with others: "warplanes and troops crossed into X"
    ("Turkish warplanes and troops crossed into northern Iraq on Sunday.",
     {('Turkey', 'attacked', 'Iraq')}),
    ("Turkish diplomats and officials crossed into Iraq on Sunday.",
     set()),
    # a veto cast with no object is cast on the text put to a vote just before
    ("The Council failed to adopt a draft resolution tabled by France and Mexico, owing to a veto cast by China.",
     {('China', 'opposed', 'France'), ('China', 'opposed', 'Mexico')}),
    ("France and Mexico drafted the resolution. China used its veto on Friday.",
     {('China', 'opposed', 'France'), ('China', 'opposed', 'Mexico')}),
    # 'called X "a criminal"' names X, also when the parser makes X the predicate
    ('Nicaraguan President Daniel Ortega, a close ally of Maduro, ordered 10 battalions to the border, called Costa Rican President Oscar Arias "a criminal" and warned San Jose.',
     {('Daniel Ortega', 'warned', 'Costa Rica')}),
    # "broke into the embassy" is forcible entry, whoever enters; "broke off relations" is none
    ("Ecuadorean police broke into the Mexican embassy in Quito and arrested a former vice president. Brazil condemned the action.",
     {('Ecuador', 'attacked', 'Mexico'), ('Brazil', 'condemned', 'Ecuador')}),
    ("Mexico broke off relations with Ecuador on Friday. Brazil condemned the attack on its embassy in Lima.",
     set()),
    # people marching through a city, with no target, are no attacker a later "the attack" names
    ("KHARTOUM, Sudan - Thousands of Sudanese marched through the capital on Friday chanting slogans. President Clinton said the strike was retaliation for the Aug. 7 bombings of the U.S. embassies in Kenya and Tanzania.",
     set()),
    # an object "it" right after an act noun is the act, not the party named before it
    ('Gunmen from the ELN attacked a police academy in Bogota. Liberal Party leader Juan Perez said: "I am horrified by this attack. I condemn it."',
     {('National Liberation Army', 'attacked', 'Bogota'), ('Juan Perez', 'condemned', 'National Liberation Army')}),
    # "his Armenian and Azerbaijani counterparts, X and Y": the persons named after the comma,
    # not the states of the demonyms (also when NER calls one of them an organisation)
    ("Turkish Foreign Minister Mevlut Cavusoglu held phone calls with his Greek and Cypriot counterparts, Nikos Dendias and Nikos Christodoulides, urging them to resume talks.",
     {('Mevlüt Çavuşoğlu', 'called', 'Nikos Dendias'), ('Mevlüt Çavuşoğlu', 'called', 'Nikos Christodoulides')}),
    # "rejected the legitimacy of X's term": what the stance judges of X's term is X's
    ("The European Union said it rejected the legitimacy of Alexander Lukashenko's sixth term.",
     {('European Union', 'opposed', 'Alexander Lukashenko')}),
    # "his troops" (the lemma "troop") under a head of state are his state's
    ("Azerbaijani President Ilham Aliyev said his troops had captured the town of Hadrut.",
     {('Azerbaijan', 'attacked', 'Hadrut')}),
    # "calling instead for dialogue": an appeal, adverbs between the verb and "for"
    ("Argentina and Chile declined to back the sanctions, calling instead for dialogue.",
     set()),
    ("Biden called Macron again on Friday.",
     {('Biden', 'called', 'Macron')}),
    # "the bloc" is the body named in its own sentence before the one named most
    ("The Arab League met in Cairo. The Arab League condemned the offensive. The European Union has called on Turkey to stop, and on Thursday President Erdogan warned the bloc that Turkey would open the doors to refugees.",
     {('Erdogan', 'warned', 'European Union')}),
    # "the Islamist fighters" after an armed group: the group (an epithet NER named owns nothing)
    ("Al-Shabaab claimed the bombing in Mogadishu. On Friday the Islamist fighters stormed a police station in Baidoa.",
     {('Al-Shabaab', 'attacked', 'Somalia'), ('Al-Shabaab', 'attacked', 'Mogadishu')}),   # (the police station: Somalia's)
    # "a spokesman for X" speaks for X (Clarification 1), as subject and as the speaker of a quote
    ("A suicide bomber stormed the Hilton hotel in Maputo on Friday. A spokesman for Boko Haram claimed responsibility for the attack.",
     {('Boko Haram', 'attacked', 'Hilton hotel')}),
    ("A spokeswoman for the State Department condemned the decision by Pakistan.",
     {('United States', 'condemned', 'Pakistan')}),
    ('"We condemn the raid by Israel," said a spokesman for Hamas.',
     {('Hamas', 'condemned', 'Israel')}),
    # ... never a person: "a spokesman for President X" is no triple of X's
    ("A spokesman for President Abbas condemned the decision by Israel.",
     set()),
    # "on the telephone (phone) with X": a call, the phrase on the noun or on the verb
    ("President Emmanuel Macron spent much of Sunday on the telephone with Chancellor Olaf Scholz.",
     {('Emmanuel Macron', 'called', 'Olaf Scholz')}),
    ("Prime Minister Narendra Modi was on the phone with President Joe Biden for an hour on Friday.",
     {('Narendra Modi', 'called', 'Joe Biden')}),
    # ... never "by phone" alone, nor phone records, nor reporters
    ("Police in Ankara seized the phone records of Kemal Kilicdaroglu.",
     set()),
    ("Prime Minister Narendra Modi was on the phone with reporters for an hour on Friday.",
     set()),
    # "condemned the coup": whoever seized power (took, toppled, ousted) or staged it before
    ("General Prayuth Chan-ocha staged a coup on Thursday. Japan condemned the coup.",
     {('Japan', 'condemned', 'Prayut Chan-o-cha')}),
    ("Colonel Mamady Doumbouya seized power in Conakry on Sunday. The African Union condemned the coup.",
     {('African Union', 'condemned', 'Mamady Doumbouya')}),
    # "staged" (spaCy's lemma "stag") still carries out the act it governs
    ("Al-Shabaab staged an assault on the Somali parliament on Friday.",
     {('Al-Shabaab', 'attacked', 'Somalia')}),
    # a name spelt out before its bracketed acronym, its Arabic particles and all, is one group
    # however NER cut it (the acronym is its capitalised words' initials)
    ("Hayat Tahrir al-Sham (HTS) fighters attacked Aleppo on Friday.",
     {('Hayat Tahrir al-Sham', 'attacked', 'Aleppo')}),
    ("Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM) attacked the town of Boulkessi on Friday.",
     {("Jama'a Nusrat ul-Islam wa al-Muslimin", 'attacked', 'Boulkessi')}),
    # a live blog's stamp with a date before the time ("Aug. 19, 22:40 ET -") is no subject; ET is a time zone
    ("Somalia live: Mogadishu hotel attack\nAug. 19, 22:40 ET — Al-Qaeda's East African affiliate, al-Shabaab, claimed responsibility for Friday's assault on the Hayat hotel in Mogadishu.\n23:05 ET — Kenya condemned the assault.",
     {('Al-Shabaab', 'attacked', 'Hayat hotel'), ('Kenya', 'condemned', 'Al-Shabaab')}),
    # "X rebels of the G": the group, not the region or people named before it
    ("Darfur rebels of the Sudan Liberation Army attacked Nyala on Sunday.",
     {("Sudan Liberation Army", 'attacked', 'Nyala')}),
    ("Kashmiri militants of the Hizbul Mujahideen attacked Srinagar on Sunday.",
     {("Hizbul Mujahideen", 'attacked', 'Srinagar')}),
    # ... and "rebel trucks" after "the rebels of the G" are the group's (holdings: trucks, vehicles,
    # columns, tanks, boats)
    ("The rebels of the Lord's Resistance Army attacked Gulu. Ugandan helicopters fired on rebel trucks.",
     {("Lord's Resistance Army", 'attacked', 'Gulu'), ('Uganda', 'attacked', "Lord's Resistance Army")}),
    # a spokesman of a group ("Houthi spokesman X") acts as the group, never as the article's state
    ("Hamas spokesman Hazem Qassem denounced the Israeli strike on Rafah.",
     {('Hamas', 'condemned', 'Israel'), ('Israel', 'attacked', 'Rafah')}),
    # "the North" ("the South") in a story naming North Korea: the one state whose name begins with it
    ("North Korea fired artillery at South Korea on Thursday. On Friday the North shelled a frontline area in Yeoncheon.",
     {('North Korea', 'attacked', 'South Korea'), ('North Korea', 'attacked', 'Yeoncheon')}),
    # ... never when no such state is named, nor before a name ("the South China Sea")
    ("Sudan bombed Heglig. The South condemned the strike.",
     {('Sudan', 'attacked', 'Heglig')}),
    # forces sent, poured or moved into a state or region (Clarification 3), the forces as object
    ("Moscow poured troops and tanks into the breakaway region of Abkhazia on Friday.",
     {('Russia', 'attacked', 'Abkhazia')}),
    ("Ethiopia sent troops into Somalia in December.",
     {('Ethiopia', 'attacked', 'Somalia')}),
    # ... never a deployment to a border, nor aid sent
    ("Ethiopia sent troops to the border and sent aid into Somalia.",
     set()),
    # "the representative (delegate) of X" unnamed speaks for X (Clarification 1); named after a comma, the person
    ("Russia vetoed the draft resolution on Mali. The representative of France deplored the veto.",
     {('France', 'condemned', 'Russia')}),
    ("The representative of France, Nicolas de Riviere, condemned the attack by Russia.",
     {('Nicolas de Riviere', 'condemned', 'Russia')}),
    # a sea is never a target, whoever's waters it is
    ("North Korea said the South Korean navy had fired into its waters.",
     set()),
    # a name before ", or ACR," is one group as before a bracketed acronym
    ("Hayat Tahrir al-Sham, or HTS, attacked Aleppo on Friday.",
     {('Hayat Tahrir al-Sham', 'attacked', 'Aleppo')}),
    # a hyphenated name of acronyms is one name ("CSP-DPA"), however NER cut it
    ("The rebel alliance CSP-DPA said its fighters had attacked Wagner mercenaries near Tinzaouaten.",
     {('CSP-DPA', 'attacked', 'Wagner Group')}),
    # NER's span with a trailing comma ("Ganja,") names the place without it
    ("Armenian forces fired missiles at Ganja, Azerbaijan's second-largest city, on Sunday.",
     {('Armenia', 'attacked', 'Ganja')}),
    # "strikes carried out by X and Z against Y": "against Y" hung on the last conjunct
    ("Envoys met after strikes carried out by Saudi Arabia and the United Arab Emirates on Houthi positions.",
     {('Saudi Arabia', 'attacked', 'Houthis'), ('United Arab Emirates', 'attacked', 'Houthis')}),
    # "returned fire with howitzers at X": "at X" hung on the weapon
    ("Indian troops returned fire with mortars at Pakistani army posts on Sunday.",
     {('India', 'attacked', 'Pakistan')}),
    # "the West African bloc ECOWAS ... the bloc": a region's people own no bloc, the body is the one named
    ("Mali let pass a deadline set by the West African bloc ECOWAS. Colonel Assimi Goita has rejected sanctions imposed by the bloc.",
     {('Assimi Goïta', 'opposed', 'ECOWAS')}),
    # "deplored the violence" sums up an attack only, never a call told just before
    ("Indian Prime Minister Narendra Modi spoke by telephone with President Maithripala Sirisena. Pope Francis deplored the cruel violence.",
     {('Narendra Modi', 'called', 'Maithripala Sirisena')}),
    # "Kenya's offensive against it": "it" is never the possessor of its own phrase
    ("Al-Shabaab gunmen attacked a bus in Mandera. The Somali militant group said the assault was retaliation for Kenya's military offensive against it in southern Somalia.",
     {('Al-Shabaab', 'attacked', 'Mandera'), ('Kenya', 'attacked', 'Al-Shabaab')}),
    # "condemned the Pulwama attack": a town NER found says where; no earlier attacker elsewhere is borrowed
    ("A suicide bomber rammed a car into a convoy in Pulwama on February 14. India struck a camp in Balakot on Tuesday. The United States and France had condemned the Pulwama attack.",
     {('India', 'attacked', 'Balakot')}),
    # "hitting the town of X" after firing into a state: the town is a target, not only where
    ("Hezbollah fired dozens of rockets into northern Israel, hitting the coastal town of Nahariya.",
     {('Hezbollah', 'attacked', 'Israel'), ('Hezbollah', 'attacked', 'Nahariya')}),
    # "attacked (a person) X as a Y": a judgment, words; never "attacked X as part of an offensive"
    ("During the campaign William Ruto had attacked Raila Odinga as a project of the political dynasties.",
     set()),
    ("Russian forces attacked Avdiivka as part of a winter offensive.",
     {('Russia', 'attacked', 'Avdiivka')}),
    # "a 32-year-old Norwegian, X": the man named, not his state
    ("A 41-year-old Australian, Brenton Tarrant, opened fire on worshippers at the Al Noor mosque in Christchurch.",
     {('Brenton Tarrant', 'attacked', 'Al Noor mosque')}),
    # "X set off (detonated) a car bomb in Y": X's attack on Y
    ("ETA detonated a car bomb outside the police barracks in Burgos on Wednesday.",
     {('ETA', 'attacked', 'Burgos')}),
    # ... never a bomb set off by no one named, or defused
    ("Army engineers detonated a landmine found near the road to Kandahar.",
     set()),
    # "crossed into Ecuador and killed X": the crossing is an attack of its own, beside the killing
    ("A day after Colombian forces crossed into Ecuador and killed Raul Reyes, Quito expelled the ambassador.",
     {('Colombia', 'attacked', 'Ecuador'), ('Colombia', 'attacked', 'Raul Reyes')}),
    # "Osama bin Laden's al-Qaida camps": the group's, not its leader's
    ("Turkish jets bombed Abdullah Ocalan's PKK camps in northern Iraq.",
     {('Turkey', 'attacked', 'PKK')}),
    # a finite verb the parser joined to an infinitive ("... authority to sever ties and spoke by
    # phone with W") is the conjunct of the first finite verb above it: its subject
    ("Secretary of State Mike Pompeo said the United States did not accept Maduro's decision to sever ties and spoke by phone with Juan Guaido on Thursday.",
     {('Mike Pompeo', 'called', 'Juan Guaido'), ('United States', 'opposed', 'Maduro')}),
    # "fired missiles from two destroyers in the Mediterranean at X": "at X" at the end of the "from" phrase
    ("Russia fired 26 cruise missiles from four warships in the Caspian Sea at the Tabqa air base.",
     {('Russia', 'attacked', 'Tabqa air base')}),
    # two subjects parsed on one verb: the second, whose modifiers name its owners, after an act noun
    ("French jets opened fire on Libyan tanks on Saturday, the first military action by Western powers, and U.S. and British warships later fired missiles at Libyan air defences.",
     {('France', 'attacked', 'Libya'), ('United States', 'attacked', 'Libya'), ('United Kingdom', 'attacked', 'Libya')}),
    # a facility's name NER missed may hold a capitalised common noun ("the Government Girls Secondary School")
    ("Boko Haram attacked Maiduguri. Its fighters later stormed the Government Girls Secondary School in Chibok.",
     {('Boko Haram', 'attacked', 'Maiduguri'), ('Boko Haram', 'attacked', 'Government Girls Secondary School')}),
    # "launched Operation X against Y": a named operation is an act, never an actor
    ("India launched Operation Sindoor against Pakistan on Wednesday.",
     {('India', 'attacked', 'Pakistan')}),
    ("Israel launched Operation Protective Edge against Hamas in Gaza.",
     {('Israel', 'attacked', 'Hamas')}),
    # "Kurdish-led forces": a people leads no named actor's forces (never a target "Kurdish")
    ("Turkey's offensive against Kurdish-led fighters began on Wednesday.",
     set()),
    # the parser may cut a sentence inside a name; a word never ends one ("President Ahmad | Tejan Kabbah")
    ("Kofi Annan condemned the raids. He has talked by telephone with President Ahmad Tejan Kabbah and with the leaders of Guinea and Liberia.",
     {('Kofi Annan', 'called', 'Ahmad Tejan Kabbah')}),
    # "the strikes, which he said had killed civilians": the speaker in the relative clause is no actor of the strikes
    ("Russia fired missiles at Kyiv on Monday. Biden condemned the strikes, which he said had killed dozens of civilians.",
     {('Russia', 'attacked', 'Kyiv'), ('Biden', 'condemned', 'Russia')}),
    ("The EU imposed new sanctions on Iran. Tehran rejected the sanctions, which Washington announced on Monday.",
     {('Iran', 'opposed', 'United States')}),
    # a state under its formal or current name: "the Syrian Arab Republic", "Türkiye", "Burma", "the DRC"
    ("The Syrian Arab Republic rejected the draft submitted by France.",
     {('Syria', 'opposed', 'France')}),
    ("The Hashemite Kingdom of Jordan condemned the raid by Israel on Jenin.",
     {('Jordan', 'condemned', 'Israel'), ('Israel', 'attacked', 'Jenin')}),
    ("Türkiye strongly condemned the attack by Armenia on the city on Sunday.",
     {('Turkey', 'condemned', 'Armenia')}),
    ("Burma's army attacked Karen rebels on Monday.",
     {('Myanmar', 'attacked', 'Karen')}),
    ("The DRC condemned Rwanda on Monday.",
     {('Democratic Republic of the Congo', 'condemned', 'Rwanda')}),
    # "Armenia on Ganja" as one NER name: a state, then the place
    ("Turkey condemned the attack by Armenia on Ganja.",
     {('Turkey', 'condemned', 'Armenia'), ('Armenia', 'attacked', 'Ganja')}),
    # stacked offices before one name are one person's; "the Chinese president and X" are two
    ("Chinese State Councilor and Foreign Minister Wang Yi held a phone conversation with Indian External Affairs Minister Subrahmanyam Jaishankar on Wednesday.",
     {('Wang Yi', 'called', 'Subrahmanyam Jaishankar')}),
    ("Deputy Prime Minister and Foreign Minister Ishaq Dar spoke by phone with Wang Yi.",
     {('Ishaq Dar', 'called', 'Wang Yi')}),
    ("The Iranian Supreme Leader and President Hassan Rouhani condemned the strikes by Israel.",
     {('Iranian Supreme Leader', 'condemned', 'Israel'), ('Hassan Rouhani', 'condemned', 'Israel')}),
    # "the country's fourth coup": the country is where, the one who seized power did it
    ("Fiji's army chief, Commodore Frank Bainimarama, seized power on Tuesday in the country's fourth coup in two decades. New Zealand Prime Minister Helen Clark condemned the coup.",
     {('Helen Clark', 'condemned', 'Frank Bainimarama')}),
    # a leader who announces or orders a strike commands it: his state or group carries it out
    ("The United States fired 59 cruise missiles at Shayrat air base on Friday. President Donald Trump announced the strike from his resort in Florida. Russia's Foreign Ministry later denounced the strike.",
     {('United States', 'attacked', 'Shayrat air base'), ('Russia', 'condemned', 'United States')}),
    ("Hamas fighters fired rockets at Sderot. Hamas leader Ismail Haniyeh announced the attack on Monday. Egypt condemned the attack.",
     {('Hamas', 'attacked', 'Sderot'), ('Egypt', 'condemned', 'Hamas')}),
    # a spokesman for a group speaks for it, named or not (Clarification 1)
    ("A spokesman for Ansar Dine, Sanda Ould Boumama, warned France that its intervention would have consequences.",
     {('Ansar Dine', 'warned', 'France')}),
    ("A spokesman for Hamas, Sami Abu Zuhri, condemned the raid by Israel on Jenin.",
     {('Hamas', 'condemned', 'Israel'), ('Israel', 'attacked', 'Jenin')}),
    # "X issued a statement that condemned Y": the statement's issuer
    ("The UN Security Council issued a statement that strongly condemned North Korea's missile launch.",
     {('UN Security Council', 'condemned', 'North Korea')}),
    ("Egypt released a statement which condemned the raid by Israel on Jenin.",
     {('Egypt', 'condemned', 'Israel'), ('Israel', 'attacked', 'Jenin')}),
    # a name never ends in a function word NER took with it ("the Contact Group at")
    ("The bombing began after President Slobodan Milosevic rejected the peace plan drawn up by the Contact Group at Rambouillet, France.",
     {('Slobodan Milosevic', 'opposed', 'Contact Group')}),
    # honorifics of palace and agency copy are no names
    ("His Royal Highness Crown Prince Mohammed bin Salman received a phone call today from US President Donald Trump.",
     {('Donald Trump', 'called', 'Mohammed bin Salman')}),
    ("His Excellency President Uhuru Kenyatta condemned the attack by al-Shabaab.",
     {('Uhuru Kenyatta', 'condemned', 'Al-Shabaab')}),
    # "X's interior minister" is the interior minister the text names, never its president
    ("Nigeria's interior minister on Monday rejected an offer by Boko Haram to free the girls. \"Boko Haram cannot dictate terms,\" Interior Minister Abba Moro told AFP. President Goodluck Jonathan said he would not negotiate.",
     {('Abba Moro', 'opposed', 'Boko Haram')}),
    ("President Emmanuel Macron spoke to reporters. France's defence minister condemned the strike by Russia.",
     {('France', 'condemned', 'Russia')}),
    # "the minister met X and Y": they met him, not each other
    ("The minister met Ahmad Zahid Hamidi and Ismail Omar on Monday.",
     set()),
    ("Talks between Putin and Erdogan ended on Monday.",
     {('Putin', 'met', 'Erdogan')}),
    # "martyred": killed, in the words of Iranian and Palestinian agencies
    ("The terrorist US forces also martyred Abu Mahdi al-Muhandis.",
     {('United States', 'attacked', 'Abu Mahdi al-Muhandis')}),
    # a helicopter's make is no actor
    ("French Mirage jets and Gazelle helicopters carried out raids against fighters of Ansar Dine.",
     {('France', 'attacked', 'Ansar Dine')}),
    # rebels or their positions in a state: the state only says where
    ("French warplanes pounded Islamist rebel positions in central Mali on Saturday.",
     set()),
    ("Turkish jets struck Kurdish militants in northern Iraq.",
     set()),
    ("US drones struck al-Shabaab militants in Somalia on Monday.",
     {('United States', 'attacked', 'Al-Shabaab')}),
    ("Israeli jets struck militant targets in Gaza.",
     {('Israel', 'attacked', 'Gaza')}),
    # "the air strikes that NATO carried out against Y": the relative clause's subject and phrase
    ("The Security Council condemned the air strikes that NATO has carried out against the Federal Republic of Yugoslavia.",
     {('UN Security Council', 'condemned', 'NATO'), ('NATO', 'attacked', 'Yugoslavia')}),
    # "the text ... voted against it": the text is the resolution named before, its drafter opposed
    ("The General Assembly approved the Cuban resolution demanding an end to the embargo. The text received 187 votes in favour, while only the United States, Israel and Brazil voted against it.",
     {('United States', 'opposed', 'Cuba'), ('Israel', 'opposed', 'Cuba'), ('Brazil', 'opposed', 'Cuba')}),
    # "the administration (government) of President X": his state
    ("Cuba denounced the measures against Cuba by the administration of President Donald Trump.",
     {('Cuba', 'condemned', 'United States')}),
    ("Hamas condemned the government of Benjamin Netanyahu.",
     {('Hamas', 'condemned', 'Israel')}),
    # a stance on a named doer's act told as a gerund clause
    ("China firmly opposed the United States using its defence treaty with Manila.",
     {('China', 'opposed', 'United States')}),
    ("Egypt condemned Israel blocking aid to Gaza.",
     {('Egypt', 'condemned', 'Israel')}),
    ("Russia rejected the proposal, saying Ukraine had violated the truce.",
     set()),
    # "in X, in Y province": the province only says where X is; a list of places stays a list
    ("Saudi jets hit a bus in Dahyan, in Saada province.",
     {('Saudi Arabia', 'attacked', 'Dahyan')}),
    ("Russian missiles struck targets in Kyiv, in Kharkiv and in Odesa.",
     {('Russia', 'attacked', 'Kyiv'), ('Russia', 'attacked', 'Kharkiv'), ('Russia', 'attacked', 'Odesa')}),
    # "the group in southern Somalia": a place phrase leaves the description the group named before
    ("Al-Shabaab claimed the attack, saying it was retaliation for the Kenyan army's offensive against the group in southern Somalia since October 2011.",
     {('Kenya', 'attacked', 'Al-Shabaab')}),
    # "condemned what it called aggression by India": the doer on the naming verb
    ("Pakistan's Foreign Office condemned what it called 'uncalled for aggression' by India.",
     {('Pakistan', 'condemned', 'India')}),
    ("China condemned what it called a provocation.",
     set()),
    # "any such strikes" refers back like "the strikes"
    ("The US struck the Shayrat air base on Friday. Iran strongly condemned any such strikes.",
     {('United States', 'attacked', 'Shayrat air base'), ('Iran', 'condemned', 'United States')}),
    # "a bombing in Kabul, which killed five Afghan soldiers": the clause hung on the place names whom it harmed
    ("The Taliban claimed a bombing in Kabul, which killed five Afghan soldiers.",
     {('Taliban', 'attacked', 'Afghanistan')}),
    ("Russia launched a strike on Dnipro, which killed 40 civilians.",
     {('Russia', 'attacked', 'Dnipro')}),
    # an object pronoun after a preposition is never its own clause's subject ("X spoke with her")
    ("Jacinda Ardern condemned the attack on Friday. Scott Morrison spoke with her by phone on Sunday.",
     {('Scott Morrison', 'called', 'Jacinda Ardern')}),
    ("Putin met Erdogan in Sochi. He later spoke with him by phone.",
     {('Putin', 'met', 'Erdogan'), ('Putin', 'called', 'Erdogan')}),
    # a person "his" stood for is never a later "her" (and the other way round)
    ("The Prime Minister, Jacinda Ardern, has called this a dark day. She told reporters that US President Donald Trump phoned her overnight and offered his condolences. Australian Prime Minister Scott Morrison has also spoken to her by phone.",
     {('Donald Trump', 'called', 'Jacinda Ardern'), ('Scott Morrison', 'called', 'Jacinda Ardern')}),
    # "spoke with X and, in a separate call, with Y": the second "with" parsed as a conjunct of "in"
    ("Obama spoke by phone with Netanyahu and, in a separate call, with Morsi.",
     {('Obama', 'called', 'Netanyahu'), ('Obama', 'called', 'Morsi')}),
    # "the deployment in South Korea of the US system": the owner of what is moved, "of" hung on the place
    ("China reiterated its opposition to the deployment in South Korea of the U.S. THAAD missile defense system.",
     {('China', 'opposed', 'United States')}),
    # "condemned what he called a cowardly murder": the act told before, named with "a"
    ("Colombian troops killed Raul Reyes in a raid on Saturday. Hugo Chavez condemned what he called a cowardly murder.",
     {('Colombia', 'attacked', 'Raul Reyes'), ('Hugo Chavez', 'condemned', 'Colombia')}),
    ("Colombian troops killed Raul Reyes in a raid on Saturday. Hugo Chavez condemned a cowardly murder.",
     {('Colombia', 'attacked', 'Raul Reyes')}),
    # "(APP):" is a bracket and a colon, not an emoticon: the agency dateline is no actor
    ("ISLAMABAD, Feb 27 (APP): Foreign Minister Makhdoom Shah Mahmood Qureshi on Wednesday received a telephone call from US Secretary of State Mike Pompeo and apprised him of the situation.",
     {('Mike Pompeo', 'called', 'Makhdoom Shah Mahmood Qureshi')}),
    # "the Special Representative of the Secretary-General, X": the office is no actor, the person named after it is
    ("The members of the Security Council reiterated their full support for MINUSMA and for the Special Representative of the Secretary-General, Mahamat Saleh Annadif.",
     {('UN Security Council', 'supported', 'Mahamat Saleh Annadif'), ('UN Security Council', 'supported', 'MINUSMA')}),
    # "the Pakistan-based group": a place-based modifier leaves the description the group named before
    ("Indian jets struck a camp of Jaish-e-Mohammed on Tuesday. The Pakistan-based group had carried out the February 14 suicide bombing on a CRPF convoy in Pulwama.",
     {('India', 'attacked', 'Jaish-e-Mohammed'), ('Jaish-e-Mohammed', 'attacked', 'India')}),
    # a listed actor's name NER ran into a declaration's name ("the RSF of the Jeddah Declaration of ...")
    ("The Rapid Support Forces of the Jeddah Declaration of Commitment to Protect the Civilians of Sudan attacked El Fasher on Monday.",
     {('Rapid Support Forces', 'attacked', 'El Fasher')}),
    # a peer named by style and one name keeps the style ("Lord" + "Robertson" as NER gives it)
    ("Nato Secretary-General Lord Robertson condemned the NLA attacks on the police.",
     {('Lord Robertson', 'condemned', 'NLA')}),
    # an earlier sentence's subject named in apposition is the antecedent of "she", not a man named before
    ("The ballot came hours after President Vladimir Putin signed the treaties in Moscow. Presenting the text, the representative of Britain, Barbara Woodward, said the votes were a sham. She condemned the Russian Federation's attempt to annex Ukrainian land.",
     {('Barbara Woodward', 'condemned', 'Russia')}),
    # ... while in the pronoun's own sentence the apposed reporter is not the one who opposes
    ("News site Politico said Obama told Netanyahu during a phone conversation that he opposed any Israeli strike against Iran.",
     {('Obama', 'called', 'Netanyahu'), ('Obama', 'opposed', 'Israel')}),
    # a craft's model and name ("F-4 Phantom") is no actor, and the demonym before it owns the craft
    ("In June, Syria shot down a Turkish F-4 Phantom reconnaissance jet over the sea, killing its two pilots.",
     {('Syria', 'attacked', 'Turkey')}),
    ("Syria shot down a Turkish F-4 Phantom.",
     {('Syria', 'attacked', 'Turkey')}),
    # an acting side the parser joined to the first clause's object is the next verb's subject
    ("The truce came a week after Ethiopian jets bombed Asmara airport and Eritrean aircraft struck the northern Ethiopian town of Adigrat, killing 12 people.",
     {('Ethiopia', 'attacked', 'Asmara airport'), ('Eritrea', 'attacked', 'Adigrat')}),
    ("Russian jets bombed the airport and Ukrainian troops shelled the town of Horlivka.",
     {('Ukraine', 'attacked', 'Horlivka')}),
    # guard: a plain list of targets stays a list
    ("Israeli jets hit targets in Gaza and Lebanon on Friday.",
     {('Israel', 'attacked', 'Gaza'), ('Israel', 'attacked', 'Lebanon')}),
    # guard: in the pronoun's own clause the subject named in apposition owns "his country"
    ("The representative of China, Qin Hua, said his Government condemned the attack by NATO. The representative of the Russian Federation, Sergey Lavrov, reiterated his country's opposition to NATO's air campaign against Yugoslavia.",
     {('China', 'condemned', 'NATO'), ('Russia', 'opposed', 'NATO'), ('NATO', 'attacked', 'Yugoslavia')}),
    # two places NER split at "and" that the gazetteer knows as one region
    ("India launched missile strikes on six sites in Pakistan and Azad Jammu and Kashmir late on Tuesday.",
     {('India', 'attacked', 'Azad Jammu and Kashmir')}),
    ("Pakistani troops shelled villages in AJK on Sunday.",
     {('Pakistan', 'attacked', 'Azad Jammu and Kashmir')}),
    # guard: two places listed with "and" stay two
    ("Russian missiles struck Kharkiv and Odesa.",
     {('Russia', 'attacked', 'Kharkiv'), ('Russia', 'attacked', 'Odesa')}),
    # a list of weapons fired: the target phrase the parser hung on the last weapon
    ("Hezbollah fired 18 drones, two cruise missiles and an anti-ship missile at Israeli warships.",
     {('Hezbollah', 'attacked', 'Israel')}),
    ("The Houthis fired drones and an anti-ship missile at US warships.",
     {('Houthis', 'attacked', 'United States')}),
    # "the strikes" with no act of that name in the last 200 tokens: the strikes told earlier
    # in the article, not the window's other act
    ("Britain and France launched strikes on Haftar's bases near Sirte on Friday. Officials in Rome said talks on the crisis would resume on day 1 of the month, and diplomats described the mood in the capital as calm but tense. Officials in Rome said talks on the crisis would resume on day 2 of the month, and diplomats described the mood in the capital as calm but tense. Officials in Rome said talks on the crisis would resume on day 3 of the month, and diplomats described the mood in the capital as calm but tense. Officials in Rome said talks on the crisis would resume on day 4 of the month, and diplomats described the mood in the capital as calm but tense. Officials in Rome said talks on the crisis would resume on day 5 of the month, and diplomats described the mood in the capital as calm but tense. Officials in Rome said talks on the crisis would resume on day 6 of the month, and diplomats described the mood in the capital as calm but tense. Officials in Rome said talks on the crisis would resume on day 7 of the month, and diplomats described the mood in the capital as calm but tense. On Sunday the Libyan National Army fired rockets at Misrata, killing four people. Algeria condemned the strikes on Monday.",
     {('France', 'attacked', 'Haftar'), ('United Kingdom', 'attacked', 'Haftar'), ('Libyan National Army', 'attacked', 'Misrata'),
    ('Algeria', 'condemned', 'France'), ('Algeria', 'condemned', 'United Kingdom')}),
    # guard: a place listed after the weapons a site was used to launch is no launch's target
    ("Two RAF Typhoon jets took part, bombing a site at Hodeidah used to launch drones and a radar station at Ras Isa, the ministry said.",
     {('United Kingdom', 'attacked', 'Hodeidah')}),
    # a paragraph opening with a name and an acronym in another language's order is no dateline
    ("Fighting went on overnight.\n\nRebels of the Front for Change (FFC), led by Ali Nour, attacked Abeche at dawn on Thursday.",
     {('Front for Change', 'attacked', 'Abeche')}),
    # guard: a real dateline with a place and an agency still is one
    ("ABECHE, Chad (Reuters) - Rebels of the Front for Change attacked the town of Goz Beida on Thursday.",
     {('Front for Change', 'attacked', 'Goz Beida')}),
    # the endeavour is the supported party's: "stand with X in its fight", "support for X in its war"
    # (guard: in a quote the supported party was already found; the next case needs the rule)
    ("\"We stand with Norway in its fight against the Nordic Front,\" the Danish Embassy in Oslo said in a statement.",
     {('Denmark', 'supported', 'Norway'), ('Norway', 'attacked', 'Nordic Front')}),
    ("Quito dismissed the charges. Bush telephoned Uribe on Tuesday to reaffirm Washington's support for Colombia in its fight against the FARC.",
     {('Bush', 'called', 'Uribe'), ('United States', 'supported', 'Colombia'), ('Colombia', 'attacked', 'Revolutionary Armed Forces of Colombia')}),
    # guard: without a supported party, "its" is still the subject's
    ("Israel bombed Gaza in its biggest offensive since 2014.",
     {('Israel', 'attacked', 'Gaza')}),
    # "According to X, Y phoned him": him is the one the sentence is told by
    ("The camp was bombed at dawn, Defence Minister Juan Manuel Santos said. According to Correa, Uribe phoned him on Saturday.",
     {('Uribe', 'called', 'Correa')}),
    # "had" + a phrase + the participle, misparsed as an adjective of the object
    ("Kenyan jets had on Sunday bombed Al-Shabaab camps near Afmadow.",
     {('Kenya', 'attacked', 'Al-Shabaab')}),
    ("The Peruvian armed forces said in a communique that Peruvian aircraft and helicopter gunships had on Friday bombed Ecuadorian posts at Tiwintza, which Lima says lie on its side of the border.",
     {('Peru', 'attacked', 'Ecuador')}),
    # launches are of the missiles their owner fired, even when the parser lost the verb
    ("Japan pressed the Security Council on Thursday to impose sanctions after Pyongyang test-fired seven missiles, but China signalled it would resist.\n\n\"Tokyo strongly condemns these launches,\" Abe told a news conference.",
     {('Japan', 'condemned', 'North Korea')}),
    # the AU's Peace and Security Council is not the UN Security Council
    ("The AU Peace and Security Council condemned the shelling of Juba by Sudan.",
     {('Peace and Security Council', 'condemned', 'Sudan'), ('Sudan', 'attacked', 'Juba')}),
    ("The African Union (AU) Peace and Security Council on Tuesday condemned the shelling of Juba by Sudan.",
     {('Peace and Security Council', 'condemned', 'Sudan'), ('Sudan', 'attacked', 'Juba')}),
    # guard: the Security Council alone is the UN's
    ("The Security Council condemned the shelling of Juba by Sudan.",
     {('UN Security Council', 'condemned', 'Sudan'), ('Sudan', 'attacked', 'Juba')}),
    # the Saudi king's style is no actor
    ("The Custodian of the Two Holy Mosques King Salman received a telephone call from Sheikh Tamim bin Hamad, Emir of the State of Qatar.",
     {('Tamim bin Hamad', 'called', 'Salman')}),
    # brothers and cousins share a patronymic: "Abdullah bin Abdulaziz" is not "Khalid bin Sultan bin Abdulaziz"
    ("Deputy Minister for Military Affairs Prince Khalid bin Sultan bin Abdulaziz, who toured the front, said the border was calm. The Custodian of the Two Holy Mosques King Abdullah bin Abdulaziz received a telephone call from Sheikh Sabah Al-Ahmad Al-Sabah, the Emir of Kuwait.",
     {('Sabah Al-Ahmad Al-Sabah', 'called', 'Abdullah bin Abdulaziz')}),
    # a government body named with its state's possessive is that state's, not the article's
    ("WASHINGTON (AP) - U.S. warships fired cruise missiles at Iraqi air defense sites. Iraq's Revolutionary Command Council denounced the raids as \"aggression\".",
     {('United States', 'attacked', 'Iraq'), ('Iraq', 'condemned', 'United States')}),
    # a judgment in a quoted list of adjectives after a verb of calling
    ("U.S. warships fired missiles at Iraq on Tuesday. The Russian Foreign Ministry called the strikes \"inappropriate and unacceptable\" and said Moscow had not been consulted.",
     {('United States', 'attacked', 'Iraq'), ('Russia', 'opposed', 'United States')}),
    ("Iran condemned the crackdown in Bahrain. President Mahmoud Ahmadinejad also called the Saudi military intervention \"bad and unacceptable\".",
     {('Iran', 'condemned', 'Bahrain'), ('Mahmoud Ahmadinejad', 'opposed', 'Saudi Arabia')}),
    # the Kurdistan Regional Government speaks as itself, not as Iraq
    ("Turkey bombed the villages. The KRG said it deplored the bombardment.",
     {('Kurdistan Regional Government', 'condemned', 'Turkey')}),
    # a condemnation by a state's leader is not of his own state's strikes told last, but of the attack by others
    ("Turkish jets struck PKK positions in northern Iraq on Wednesday, hours after PKK fighters ambushed a convoy in Hakkari, killing eight soldiers. Turkish President Abdullah Gul condemned the attack.",
     {('Turkey', 'attacked', 'PKK'), ('PKK', 'attacked', 'Hakkari'), ('Abdullah Gul', 'condemned', 'PKK')}),
    # guard: an act whose actor is stated stays his, even the condemner's own state's
    ("Rebels shelled Grozny on Monday. Russian rights commissioner Sergei Kovalyov condemned the bombing of Grozny by Russian planes.",
     {('Sergei Kovalyov', 'condemned', 'Russia'), ('Russia', 'attacked', 'Grozny')}),
    # "President X of Y" names his state, over a gazetteer row of an earlier office
    ("President Salva Kiir of South Sudan said his troops had taken Heglig. South Sudan's president on Thursday rejected a demand by Ban Ki-moon to withdraw.",
     {('Salva Kiir', 'opposed', 'Ban Ki Moon')}),
    # a passive conjunct with its own "by" shares the first verb's subject and "was"
    ("A ceasefire plan drafted by American and Rwandan envoys was welcomed by Addis Ababa but rejected by Eritrea.",
     {('Eritrea', 'opposed', 'United States'), ('Eritrea', 'opposed', 'Rwanda')}),
    # fire returned as rounds or shells is an attack on whoever it is returned at
    ("Greek howitzers on the islet returned about 40 rounds at Turkish artillery positions.",
     {('Greece', 'attacked', 'Turkey')}),
    # guard: what else is returned is no fire
    ("The army returned the bodies of two soldiers to Syria.",
     set()),    # a digest: each datelined story is read alone ("the attack" is never another story's)
    ("World briefs\n\nMOGADISHU - Al-Shabaab fighters stormed a hotel in the Somali capital on Friday, killing 12 people.\n\nLAHORE - A bomb exploded outside a market on Sunday, killing nine people. Prime Minister Shehbaz Sharif condemned the attack.\n\nLIMA - Peru's Congress elected a new speaker on Monday.",
     {('Al-Shabaab', 'attacked', 'Mogadishu')}),
    # guard: one later dateline (a page's headline, then the wire story) is one story
    ("Rebels attack army base\n\nGOMA, Congo (Reuters) - M23 rebels attacked an army base near Goma on Monday. The government condemned the attack.",
     {('M23', 'attacked', 'Democratic Republic of the Congo'), ('Democratic Republic of the Congo', 'condemned', 'M23')}),
    # a lone word after "bin" is the father's name: King Salman is not Mohammed bin Salman
    ("Crown Prince Mohammed bin Salman denied any role. The next day President Donald Trump phoned King Salman.",
     {('Donald Trump', 'called', 'Salman')}),
    # guard: "bin Salman" is the son
    ("Crown Prince Mohammed bin Salman flew to Washington. Bin Salman later phoned Emmanuel Macron.",
     {('Mohammed bin Salman', 'called', 'Emmanuel Macron')}),
    # a coordinated verb with a subject of its own lends the first verb no object
    ("US President Joe Biden was evacuated unharmed after a pipe bomb was thrown towards him in Ohio. Police detained a man. The suspect, identified by police as John Doe, has refused to answer questions, and investigators are searching his home for evidence of a motive.",
     set()),
    # 'calls X a "..."' names X: no phone call
    ("Donald Trump threatened North Korea in August. Days later, Kim Jong Un calls Trump a \"deranged U.S. dotard\".",
     {('Donald Trump', 'warned', 'North Korea')}),
    # a negation on a verb whose clause holds the stance negates no stance
    ("The White House said the visit did not mean it recognised Nicolas Maduro as president.",
     set()),
    # guard: a negation the stance carries
    ("Brazil does not intend to recognise Nicolas Maduro as president.",
     {('Brazil', 'opposed', 'Nicolas Maduro')}),
    # "X, the Y and Z": a list of states the parser read as a state and its apposition
    ("Israeli jets struck Doha. Oman, the United Arab Emirates and Egypt also condemned the strike.",
     {('Israel', 'attacked', 'Doha'), ('Oman', 'condemned', 'Israel'), ('United Arab Emirates', 'condemned', 'Israel'), ('Egypt', 'condemned', 'Israel')}),
    # "X, along (together) with Y,": Y beside X
    ("France, together with Germany, condemned Moscow's annexation of Crimea.",
     {('France', 'condemned', 'Russia'), ('Germany', 'condemned', 'Russia')}),
    ("Qassem Soleimani, along with Abu Mahdi al-Muhandis, was killed by a US drone.",
     {('United States', 'attacked', 'Qasem Soleimani'), ('United States', 'attacked', 'Abu Mahdi al-Muhandis')}),
    # a relative clause inside a phrase between two coordinated verbs heads no series
    ("The next day Pakistani jets crossed the border and, in the dogfight that followed, shot down an Indian MiG-21.",
     {('Pakistan', 'attacked', 'India')}),
    # "X, a critic of Crown Prince Y": Y's office, not X's
    ("Saudi journalist Jamal Khashoggi, a critic of Crown Prince Mohammed bin Salman, vanished in Istanbul. His fiancee waited for hours. Khashoggi never came out. Weeks later Mike Pompeo met the crown prince in Riyadh.",
     {('Mike Pompeo', 'met', 'Mohammed bin Salman')}),    # "a team of X agents": the agents inside the group noun act
    ("Turkish officials said Jamal Ahmadi was killed by a team of Saudi intelligence agents.",
     {('Saudi Arabia', 'attacked', 'Jamal Ahmadi')}),
    # "the group's leader, X ... his fighters": the group described ("the group") once resolved
    ("Al-Shabaab militants killed 20 soldiers near Baidoa. The group's leader, Ahmed Diriye, said his fighters had carried out the massacre. President Hassan Sheikh Mohamud condemned the killings.",
     {('Al-Shabaab', 'attacked', 'Baidoa'), ('Hassan Sheikh Mohamud', 'condemned', 'Al-Shabaab')}),
    # "denounced it as a provocation": the act named in the sentence before ("called the downing a reckless act")
    ("Indian jets shot down a Pakistani drone near the border. Pakistan's army chief called the downing \"a reckless act\". Foreign Minister Ishaq Dar denounced it as a \"planned provocation\".",
     {('Ishaq Dar', 'condemned', 'India')}),
    # "called on X to ..." is a demand; "rejected the demand" answers it, not an earlier appeal's maker
    ("The United Nations called on Myanmar to release the detained journalists, but the junta rejected the demand.",
     {('Myanmar', 'opposed', 'United Nations')}),
    ("A British minister urged Iran to free the tanker. The European Union called on Tehran to release the crew, and Iran rejected the demand.",
     {('Iran', 'opposed', 'European Union')}),
    # "the <Office>, <Name>,": a capitalised office NER took for a body is the holder named after it
    ("The Ombudsman, Teresa Ruiz, denounced the FARC's recruitment of children in Cauca.",
     {('Teresa Ruiz', 'condemned', 'Revolutionary Armed Forces of Colombia')}),
    ("Governor Ade Ojo toured Kaduna on Sunday. Ojo said the Inspector-General of Police, Usman Bello, had phoned him that morning.",
     {('Usman Bello', 'called', 'Ade Ojo')}),
    ("An aide said the Taoiseach, Brian Cowen, had spoken by phone with Prime Minister Gordon Brown on Monday.",
     {('Brian Cowen', 'called', 'Gordon Brown')}),
    # ... but a body with a description in apposition stays the body
    ("The Democratic Party, the largest party in parliament, condemned the attack by the PKK.",
     {('Democratic Party', 'condemned', 'PKK')}),
    # offices of a country's own news are titles, not names
    ("Police Commissioner Jane Mwangi condemned the attack by al-Shabaab.",
     {('Jane Mwangi', 'condemned', 'Al-Shabaab')}),
    ("Assistant Chief Constable Rachel Devlin condemned the attack by the Real IRA.",
     {('Rachel Devlin', 'condemned', 'Real Irish Republican Army')}),
    ("Bishop Rolando Abainza of Catarman decried the attack by the Abu Sayyaf.",
     {('Rolando Abainza', 'condemned', 'Abu Sayyaf')}),
    ("Archbishop Pedro Quitorio of Cotabato denounced the bombing by the Abu Sayyaf.",
     {('Pedro Quitorio', 'condemned', 'Abu Sayyaf')}),
    ("First Minister and UUP leader David Trimble condemned the attack by the Real IRA.",
     {('David Trimble', 'condemned', 'Real Irish Republican Army')}),
    # a numbered unit is a state's force; a group's named brigade is the group's
    ("Troops of the 4th Infantry Division raided a FARC camp in Meta, the Colombian army said.",
     {('Colombia', 'attacked', 'Revolutionary Armed Forces of Colombia')}),
    ("Troops of the 18th Brigade raided an ELN camp in Arauca, the Colombian army said.",
     {('Colombia', 'attacked', 'National Liberation Army')}),
    ("Fighters of the Al-Aqsa Martyrs Brigade fired rockets at Sderot.",
     {('Al-Aqsa Martyrs Brigade', 'attacked', 'Sderot')}),
    # a force word the tagger read as an adjective still owns its post; "military" as an adjective owns nothing
    ("PKK militants attacked a gendarmerie outpost in Hakkari province, the Turkish General Staff said.",
     {('PKK', 'attacked', 'Turkey')}),
    ("The United States and Britain launched a military operation against the Houthis in Yemen.",
     {('United States', 'attacked', 'Houthis'), ('United Kingdom', 'attacked', 'Houthis')}),
    # a story with no dateline whose places are one state's: its police and army are that state's
    ("Gunmen attacked a bus near Maiduguri on Sunday, killing 12 people. Residents of Damaturu and Potiskum fled. "
     "The army said it had killed four Boko Haram fighters in Gwoza.",
     {('Nigeria', 'attacked', 'Boko Haram')}),
    ("Al-Shabaab fighters stormed a police post in Mandera town in northeastern Kenya on Sunday. Police said officers repelled the attackers.",
     {('Al-Shabaab', 'attacked', 'Kenya')}),
    # "attacked X over Y", "attacked X for failing to": a reason given is criticism, words; a time or a place is not
    ("The Congress party, while condemning the attack, attacked the BJP government over what it called an intelligence failure.",
     set()),
    ("Opposition leader Raila Odinga attacked President Kibaki for failing to stop the killings.", set()),
    ("Boko Haram fighters attacked Chibok over three days in April.", {('Boko Haram', 'attacked', 'Chibok')}),
    ("Hezbollah fighters attacked an Israeli patrol over the border.", {('Hezbollah', 'attacked', 'Israel')}),
    # "personnel of" a state's counter-terrorism department act for the state
    ("Personnel of the Counter-Terrorism Department raided a TTP hideout in Lakki Marwat, Pakistani police said.",
     {('Pakistan', 'attacked', 'Tehreek-e-Taliban Pakistan')}),
    # "the Sadrist bloc": a people's name before "bloc" names a political body
    ("The Badr Organization demanded that the militias control Diyala. The Sadrist bloc rejected the demand.",
     {('Sadrist bloc', 'opposed', 'Badr Organization')}),
    # a labour or protest strike is no attack; a military one still is
    ("ELA leader Josu Arrieta led a general strike in the Basque Country on Thursday.", set()),
    ("Jailed PKK members began a hunger strike in Turkey.", set()),
    ("An Israeli strike on Gaza City killed five people.", {('Israel', 'attacked', 'Gaza City')}),
    # a listed name whose first word the tagger took for a verb; "an Army patrol" is the state's
    ("Shining Path rebels ambushed an Army patrol near Pichari in Peru on Sunday, the Peruvian defence ministry said.",
     {('Shining Path', 'attacked', 'Peru')}),
    ("The Shining Path ambushed a police convoy near Pichari in Peru.", {('Shining Path', 'attacked', 'Peru')}),
    # a common noun with a named actor in apposition is that actor ("phoned the mother ..., X")
    ("Governor Tomas Aranda telephoned the family's lawyer, Ramon Ibarra, on Sunday.", {('Tomas Aranda', 'called', 'Ramon Ibarra')}),
    ("Governor Tomas Aranda telephoned the mother, Elena Duarte, on Sunday.", {('Tomas Aranda', 'called', 'Elena Duarte')}),
    ("Governor Tomas Aranda telephoned the attack on the mine.", set()),
    # ... but an act's apposition names its victim, not who acted ("the killing of the mayor, X")
    ("Governor Tomas Aranda condemned the killing of the mayor, Jorge Paz.", set()),
    # a person NER called an organisation, named after an office noun's comma
    ("Sulu's governor, Abdulkarim Jaafar, has proposed arming teachers. The Teachers' Guild said it opposes Jaafar's plan.",
     {("Teachers' Guild", 'opposed', 'Abdulkarim Jaafar')}),
    # a subject name the parser split ("Minister X Y al-Z said"): the later "he" is still its holder
    ("The university's president, Dr. Mahmoud Karim, condemned the raid. Karim met the provincial governor, Hassan Ali, "
     "on Wednesday. Higher Education Minister Ali Hussein al-Jubouri said he rejected the operation, which he said had "
     "been carried out without notice to his ministry, and that he had phoned the US commander in northern Iraq, Colonel "
     "James Whitby, to protest.",
     {('Mahmoud Karim', 'met', 'Hassan Ali'), ('Ali Hussein al-Jubouri', 'called', 'James Whitby')}),
    # an office noun with a place phrase, then the holder after the comma
    ("Minister Rosa Tembo said she had phoned the US commander in northern Iraq, Colonel James Whitby, to protest.",
     {('Rosa Tembo', 'called', 'James Whitby')}),
    # "the director, X, said she": the speaker is the one named in apposition to the subject
    ("A mine hit a convoy. Hans Brandt told reporters it was a crime. The NRC's country director, Kristin Lind, said she "
     "had telephoned Interior Minister Yusuf Bello within hours of the blast.",
     {('Kristin Lind', 'called', 'Yusuf Bello')}),
    # a listed group NER ran into a common noun ("an LTTE sea base"): the group owns the base
    ("Sri Lankan jets bombed an LTTE sea base near Point Pedro.", {('Sri Lanka', 'attacked', 'Liberation Tigers of Tamil Eelam')}),
    # "the Tigers" after "the Liberation Tigers of Tamil Eelam"; "Kumul" after "Kumul Resources"
    ("Fighters of the Liberation Tigers of Tamil Eelam (LTTE) attacked a navy camp near Jaffna. Later the Tigers shelled Jaffna.",
     {('Liberation Tigers of Tamil Eelam', 'attacked', 'Sri Lanka'), ('Liberation Tigers of Tamil Eelam', 'attacked', 'Jaffna')}),
    ("Gunmen torched an office of Kumul Resources in Porgera. Kumul condemned the arson attack by the Hela Youth Front.",
     {('Kumul Resources', 'condemned', 'Hela Youth Front')}),
    # a measure or a text is attacked only in words: its critic is no attacker for a later "the bombing"
    ("Radio Libertad had attacked the government's tax package for months. A bomb exploded outside its studio. "
     "Senator Ana Vidal condemned the bombing.", set()),
    # non-governmental bodies the dictionary lists, accents folded ("Frontières" is "Frontieres")
    ("Reporters Sans Frontières denounced the Zetas for the killing.", {('Reporters Sans Frontieres', 'condemned', 'Zetas')}),
    ("Médecins du Monde condemned the attack on its clinic by the Janjaweed.",
     {('Medecins du Monde', 'condemned', 'Janjaweed'), ('Janjaweed', 'attacked', 'Medecins du Monde')}),
    # a fire is no actor, also as a sentence's capitalised subject
    ("JOS, Jan 24 (wire) - Fire ripped through a church in Jos early on Monday in what police described as a deliberate "
     "arson attack, destroying the hall and a library of Bibles.", set()),
    # "a proposal by X" is X's
    ("The Bar Association rejected a proposal by Justice Minister Karin Holm.", {('Bar Association', 'opposed', 'Karin Holm')}),
    # "the Communist Party of India (Maoist)": its qualifier is part of its name, and "Maoist rebels" are the party
    ("The Communist Party of India (Maoist) has waged an insurgency for decades. On Monday Maoist rebels attacked a police "
     "post in Dantewada.", {('Communist Party of India (Maoist)', 'attacked', 'Dantewada')}),
    # a name run on over "of" and a place to its bracketed acronym, its initials in another language's order
    ("Fighters of the Patriotic Resistance Front of Ituri (FRPI) attacked a camp near Bunia. The FRPI later attacked Komanda.",
     {('Patriotic Resistance Front of Ituri', 'attacked', 'Bunia'), ('Patriotic Resistance Front of Ituri', 'attacked', 'Komanda')}),
    # a Romance name NER split at its particle; "paramilitaries of X" act for X; a newspaper is never "the group"
    ("Right-wing paramilitaries of the Autodefensas del Sur bombed the offices of the regional daily El Liberal in Neiva. "
     "The group also burned down a community radio station in Garzon.",
     {('Autodefensas del Sur', 'attacked', 'El Liberal'), ('Autodefensas del Sur', 'attacked', 'Garzon')}),
    # ... and "the Autodefensas" is the group its name's first word heads
    ("Right-wing paramilitaries of the Autodefensas del Sur bombed the offices of the regional daily El Liberal in Neiva. "
     "Two weeks earlier, the Autodefensas had burned down Radio Libre, a station in Garzon.",
     {('Autodefensas del Sur', 'attacked', 'El Liberal'), ('Autodefensas del Sur', 'attacked', 'Radio Libre')}),
    # an attack in cyberspace is no physical attack: by hackers, or on a website or servers
    ("North Korean hackers attacked Sony Pictures in 2014.", set()),
    ("The Nordvolt group attacked the servers of the energy firm Volta in Lviv.", set()),
    ("A hacker group calling itself Java Cyber Army broke into the website of the Elections Commission on Monday.", set()),
    # a person NER called a place, named after an office noun's comma, is a person (and "he" is him)
    ("El Heraldo's editor, Karim Boudiaf, said the paper would appear. Boudiaf said he had received a telephone "
     "call from Communication Minister Salim Rezzag.", {('Salim Rezzag', 'called', 'Karim Boudiaf')}),
    # "the government's offer": the possessor of a request acts, a body of the story's state
    ("KABUL, Afghanistan - The Taliban rejected the government's offer of talks.", {('Taliban', 'opposed', 'Afghanistan')}),
    # arson: "set fire to X" (the target after "to"), "set ablaze X", "firebombed X"; tyres or a debate set on fire are no one's
    ("Taliban fighters set fire to a girls' school in Ghazni on Monday.", {('Taliban', 'attacked', 'Ghazni')}),
    ("Boko Haram militants set ablaze a church in Chibok.", {('Boko Haram', 'attacked', 'Chibok')}),
    ("Members of the Bürgerwehr group firebombed a refugee shelter in Dresden.", {('Bürgerwehr', 'attacked', 'Dresden')}),
    ("The opposition set fire to the debate with its plan.", set()),]


_FILLER = " ".join(["The compound housed offices, apartments and a small clinic that served the district for years."] * 12)
MECHANISMS.append(
    # a definite summary noun past the window of recent acts ("this flagrant violation") is the story's lead act
    ("Israeli jets struck a compound in Doha on Tuesday. " + _FILLER
     + " UN Secretary-General Antonio Guterres condemned this flagrant violation of the sovereignty of Qatar.",
     {('Israel', 'attacked', 'Doha'), ('Antonio Guterres', 'condemned', 'Israel')}))


@pytest.mark.parametrize("text,expected", MECHANISMS, ids=[c[0][:48] for c in MECHANISMS])
def test_mechanism(text, expected, nlp):
    assert facts(text, nlp) == expected


@pytest.mark.parametrize("text,absent", [
    ("BRUSSELS (Reuters) - The European Union condemned the attack by Russia.", "Belgium"),
    ("Russian missiles struck Kyiv on Monday.", "Ukraine"),
])
def test_no_entity_for_a_state_the_text_does_not_use(text, absent, nlp):
    """A dateline's or an attacked capital's state is looked up, never listed as an entity."""
    assert absent not in {e.name for e in extract_text(text, nlp=nlp).entities}


def test_a_place_keeps_its_feature_noun(nlp):
    """Only a listed group loses the common nouns NER ran into its name ("an LTTE sea base");
    "Hainan island" is the place's own name."""
    names = {e.name for e in extract_text("Chinese ships sailed from Hainan island.", nlp=nlp).entities}
    assert "Hainan island" in names


def test_purpose_pronoun_is_the_governing_verbs_objects(nlp):
    # "to inform them": the two called, never the caller's state; talks briefed on are a topic
    told = {e[:3] for e in events("Secretary of State Antony Blinken said he had telephoned Prime Minister Rishi Sunak and "
                                  "German Chancellor Olaf Scholz to inform them of the decision.", nlp)}
    assert told == {("Antony Blinken", "called", "Rishi Sunak"), ("Antony Blinken", "called", "Olaf Scholz")}
    briefed = facts("Secretary of State Antony Blinken said he had phoned President Volodymyr Zelensky and Chancellor "
                    "Olaf Scholz to brief them on the talks.", nlp)
    assert briefed == {("Antony Blinken", "called", "Volodymyr Zelensky"), ("Antony Blinken", "called", "Olaf Scholz")}


def test_a_place_named_with_its_kind_is_also_its_bare_name(nlp):
    # "Pazigyi village": annotators and readers also call it "Pazigyi"
    ex = extract_text("The army said it had carried out an airstrike on Pazigyi village in the Sagaing region.", nlp=nlp)
    village = next(e for e in ex.entities if e.name == "Pazigyi village")
    assert "Pazigyi" in village.aliases


def test_listed_name_and_its_listed_acronym_in_brackets_are_one_body(nlp):
    ex = extract_text("West African leaders on Wednesday suspended Guinea from the Economic Community of West "
                      "African States (ECOWAS). ECOWAS said Guinea had rejected its plan.", nlp=nlp)
    bodies = [e for e in ex.entities if "ECOWAS" in e.aliases or e.name == "ECOWAS"]
    assert len(bodies) == 1 and "Economic Community of West African States" in {*bodies[0].aliases, bodies[0].name}


def test_acronym_tagged_as_a_verb_is_still_a_name(nlp):
    """The tagger reads a sentence-initial "ECOWAS" as a verb; the gazetteer still knows it."""
    names = {e.name for e in extract_text("ECOWAS imposed sanctions on Niger.", nlp=nlp).entities}
    assert "ECOWAS" in names or "Economic Community of West African States" in names


def test_surname_without_its_article_particle_joins_the_full_name(nlp):
    """"Burhan" after "General Abdel Fattah al-Burhan" is the same person, not a second one."""
    text = ("General Abdel Fattah al-Burhan leads Sudan's army. "
            "In a phone call with Burhan on Monday, Egyptian President Abdel Fattah al-Sisi discussed the war.")
    assert facts(text, nlp) == {("Abdel Fattah El Sisi", "called", "Abdel Fattah al-Burhan")}
    assert "Burhan" not in {e.name for e in extract_text(text, nlp=nlp).entities}


def test_headline_verb_splits_a_name_ner_ran_across(nlp):
    """'Kenya Condemns Somali Militia Attack': NER's one name is the state, then the verb."""
    ex = extract_text("Kenya Condemns Somali Militia Attack On Border Town\n\nThe government said on Monday it "
                      "would respond.", nlp=nlp)
    names = {e.name for e in ex.entities}
    assert "Kenya" in names
    assert not any("Condemns" in n for n in names)


def test_ship_name_ner_took_for_a_person_is_the_ship(nlp):
    """'the container ship MSC Anna V.' with the name tagged PERSON and left unattached by the
    parser (as the small model does at a sentence's end): the ship is the target. The parse is
    given, so the test does not depend on the model's mood."""
    from spacy.tokens import Doc

    from kg.extract import extract_from_doc
    from kg.pipeline import make_document
    doc = Doc(nlp.vocab, words=["The", "Houthis", "attacked", "the", "container", "ship", "MSC", "Anna", "V."],
              spaces=[True] * 8 + [False], heads=[1, 2, 2, 5, 5, 2, 8, 8, 2],
              deps=["det", "nsubj", "ROOT", "det", "compound", "dobj", "compound", "compound", "punct"],
              pos=["DET", "PROPN", "VERB", "DET", "NOUN", "NOUN", "PROPN", "PROPN", "PROPN"],
              tags=["DT", "NNPS", "VBD", "DT", "NN", "NN", "NNP", "NNP", "NNP"],
              lemmas=["the", "Houthis", "attack", "the", "container", "ship", "MSC", "Anna", "V."],
              ents=["O", "B-ORG", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON"])
    ex = extract_from_doc(doc, make_document(doc.text, "t"))
    names = {e.key: e.name for e in ex.entities}
    assert {(names[e.agent], e.relation, names[e.target]) for e in ex.events if e.asserted} == {
        ("Houthis", "attacked", "MSC Anna V.")}


@pytest.mark.parametrize("text", [
    "Army spokesman Brig. Gen. Ali Hassan said the rebels attacked Kosti.",
    "Lt. Col. Ahmed Musa, an army spokesman, said the rebels attacked Kosti on Friday.",
])
def test_rank_abbreviations_are_no_entities(text, nlp):
    """'Brig.', 'Lt.': their dot ends no sentence and the rank is no place or person of its own."""
    names = {e.name for e in extract_text(text, nlp=nlp).entities}
    assert not names & {"Brig", "Brig.", "Lt", "Lt.", "Col", "Col."}


@pytest.mark.parametrize("text,person", [
    ("Interior Minister Rehman Malik said on Sunday the blast was a suicide attack.", "Rehman Malik"),
    ("Indian External Affairs Minister S. Jaishankar spoke by phone with Antony Blinken.", "Subrahmanyam Jaishankar"),
    ("The Home Minister visited the border town where the shelling took place.", None),
    ("Britain's Finance Minister rejected the proposal on Monday.", None),
])
def test_a_portfolio_before_an_office_word_is_no_actor(text, person, nlp):
    """'Home Minister', 'Interior' before 'Minister X': an office, never an organisation of its own."""
    ex = extract_text(text, nlp=nlp)
    kinds = {e.name: e.type for e in ex.entities}
    assert not {n for n, t in kinds.items() if t == "Organization"}
    if person:
        assert kinds.get(person) == "Person"


def test_a_pronoun_in_a_quote_is_never_its_speaker(nlp):
    """'"They wanted to kill us," Diallo told AFP': "they" are not Diallo and his fellow leader
    (who would be "we"), even when NER calls the lone surname an organisation."""
    ex = extract_text("Opposition figures Cellou Dalein Diallo and Sidya Toure were injured by soldiers at "
                      "the rally. \"They wanted to kill us,\" Diallo told AFP.", nlp=nlp)
    names = {e.key: e.name for e in ex.entities}
    assert not [e for e in ex.events if names[e.agent] in ("Cellou Dalein Diallo", "Sidya Toure")]
    assert [e.type for e in ex.entities if "Diallo" in e.name] == ["Person"]


def test_a_digest_is_read_story_by_story_with_offsets_into_the_whole_text(nlp):
    """The stories of a digest are extracted alone, then joined: every offset points into the
    whole text, an actor named in two stories is one entity, and the same text gives the same
    records."""
    text = ("News in brief\n\nKYIV - Russian drones struck Kharkiv on Monday. Ukraine condemned the attack.\n\n"
            "ANKARA - Turkish jets bombed PKK positions in northern Iraq. Russia's foreign ministry criticised "
            "the raid.\n\nBRASILIA - Brazil's Senate passed a budget bill on Tuesday.")
    ex = extract_text(text, nlp=nlp)
    assert {(e.agent, e.relation, e.target) for e in ex.events if e.asserted} >= {
        ("russia", "attacked", "kharkiv"), ("ukraine", "condemned", "russia"), ("turkey", "attacked", "pkk")}
    for e in ex.events:
        assert text[e.sentence.start:e.sentence.end] == e.sentence.text
        assert text[e.trigger_start:e.trigger_end] == e.trigger
    for s in ex.sentences:
        assert text[s.start:s.end] == s.text
    assert [e.key for e in ex.entities].count("russia") == 1
    assert [s.start for s in ex.sentences] == sorted(s.start for s in ex.sentences)
    assert extract_text(text, nlp=nlp) == ex
