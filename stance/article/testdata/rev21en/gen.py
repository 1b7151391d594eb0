"""Probe articles of rev21en: sentences near the en22 and mm21 English rules
(names and places invented). Writes probes.jsonl next to this file.
Labels: R recognising, W withholding, H hostile, O off-topic (no stance);
speakers left out of a probe's list are not scored."""
import json, os

W = ["Mara Holt", "Holt", "President-elect Holt"]
R = ["Ivo Kask", "Kask"]
HEAD = "Holt wins Tarn run-off\n\nTARN CITY, June 2 (Wire) -- Mara Holt won Sunday's presidential run-off in Tarn, beating Ivo Kask by eight points.\n\n"
PEOPLE = {
    "Lena Dal": ["Dal", "Foreign Minister Lena Dal"],
    "Karl Ems": ["Ems", "Chancellor Karl Ems"],
    "Jo Roe": ["Roe", "Senator Jo Roe"],
    "Aron Vik": ["Vik"],
    "Pia Lund": ["Lund"],
    "Sven Ek": ["Ek"],
    "Ivo Kask": ["Kask"],
    "Otto Brun": ["Brun"],
    "Nils Ott": ["Ott"],
}
LAB = {"R": "recognising", "W": "withholding", "H": "hostile"}
probes = []

def add(pid, body, gold, note, head=None):
    text = (head + "\n\nTARN CITY, June 2 (Wire) -- Mara Holt won Sunday's presidential run-off in Tarn, beating Ivo Kask by eight points.\n\n" if head else HEAD) + body
    sp, off = [], []
    for n, l in gold.items():
        al = PEOPLE.get(n, [n.split()[-1]])
        if l == "O":
            off.append({"name": n, "aliases": al})
        else:
            sp.append({"name": n, "aliases": al, "label": LAB[l]})
    probes.append({"id": pid, "lang": "en", "style": "wire", "election": "probe", "winner": W, "rivals": R,
                   "text": text, "speakers": sp, "off_topic_speakers": off, "note": note})

# --- en22_locative: a place after a name -------------------------------
L = [
 ("Lena Dal in Velor, Karl Ems in Norland and Sven Ek in Osten all sent congratulations to Holt.", {"Lena Dal": "R", "Karl Ems": "R", "Sven Ek": "R"}, "loc/list capitals"),
 ("Lena Dal in a statement and Karl Ems in a televised address congratulated Holt on her victory.", {"Lena Dal": "R", "Karl Ems": "R"}, "loc/in a statement"),
 ("Lena Dal in Brussels on Monday said Velor would work closely with Holt.", {"Lena Dal": "R"}, "loc/in Brussels on Monday"),
 ("Karl Ems congratulated Holt, and Jo Roe in turn said the opposition would accept the result.", {"Karl Ems": "R", "Jo Roe": "R"}, "loc/in turn"),
 ("Jo Roe in part blamed the electoral commission, saying the vote had been rigged.", {"Jo Roe": "H"}, "loc/in part"),
 ("Pia Lund at Osten University said turnout was the lowest since 1995, and Karl Ems at the Commission said Norland would wait for the final results before commenting.", {"Pia Lund": "O", "Karl Ems": "W"}, "loc/at employer, at body"),
 ("Holt met Lena Dal in Velor and Karl Ems in Norland last month. Aron Vik, a spokesman for the electoral commission, said turnout was 61 percent.", {"Lena Dal": "O", "Karl Ems": "O", "Aron Vik": "O"}, "loc/objects met in places"),
 ("Holt thanked Lena Dal in Velor and Karl Ems said Norland would work with her.", {"Lena Dal": "O", "Karl Ems": "R"}, "loc/object then subject"),
 ("Kask lost to Holt in Tarn City and the provinces, and Lena Dal said the result was clear and should be respected.", {"Lena Dal": "R"}, "loc/place after winner"),
 ("Congratulations poured in from Paris to Tokyo, while Kask, in Tarn City, said he would never accept a stolen election.", {"Ivo Kask": "H"}, "loc/from Paris to Tokyo"),
 ("Jo Roe in Tarn City and Nils Ott at the party headquarters both said the vote had been rigged.", {"Jo Roe": "H", "Nils Ott": "H"}, "loc/both said"),
 ("Karl Ems at Norland's embassy said the count had been fair.", {"Karl Ems": "R"}, "loc/at possessive"),
 ("Pia Lund at Reuters and Sven Ek at the Associated Press asked Holt about Kask's fraud claims at a news conference.", {"Pia Lund": "O", "Sven Ek": "O"}, "loc/journalists at agencies asked"),
 ("Holt received congratulations from Lena Dal in Velor, her spokesman Aron Vik said.", {"Lena Dal": "R"}, "loc/from a seated name then attribution"),
 ("Holt received congratulations from Lena Dal in Velor and Karl Ems in Norland.", {"Lena Dal": "R", "Karl Ems": "R"}, "loc/from list seated"),
 ("A spokesman for Lena Dal in Velor said she would call Holt to congratulate her.", {}, "loc/spokesman for"),
 ("Jo Roe in Parliament and Nils Ott on television accused the commission of fraud.", {"Jo Roe": "H", "Nils Ott": "H"}, "loc/in Parliament"),
 ("Karl Ems in Norland at a news conference said the vote had been fair.", {"Karl Ems": "R"}, "loc/in place at event"),
 ("Lena Dal at the Commission and Jo Roe, an opposition senator, disagreed on Monday. Dal called the vote fair, while Roe called it rigged.", {"Lena Dal": "R", "Jo Roe": "H"}, "loc/disagreed"),
 ("Karl Ems congratulated Holt in Tarn City on Monday, and Jo Roe in the capital said the opposition would not recognise her.", {"Karl Ems": "R", "Jo Roe": "H"}, "loc/lowercase capital"),
 ("Jo Roe at Tarn University, a critic of Kask, said the count had been accurate.", {"Jo Roe": "R"}, "loc/at university, apposition"),
 ("Holt spoke by phone with Lena Dal in Velor and Karl Ems in Norland on Monday, her office said. Both leaders wished her success.", {}, "loc/with objects"),
 ("Supporters of Kask in Tarn City and Velor said the vote had been stolen. Lena Dal said Velor would work with Holt.", {"Lena Dal": "R"}, "loc/group with places"),
 ("Lena Dal in English and Karl Ems in German both congratulated Holt.", {"Lena Dal": "R", "Karl Ems": "R"}, "loc/in a language"),
 ("Diplomats said Lena Dal in Velor had not yet decided whether to congratulate Holt.", {"Lena Dal": "W"}, "loc/in a reported clause"),
 ("Nils Ott in Kask's campaign said the party would challenge the result in court.", {"Nils Ott": "H"}, "loc/in a possessive"),
 ("Lena Dal congratulated Holt, and Karl Ems in September had already said Norland would respect the result.", {"Lena Dal": "R", "Karl Ems": "R"}, "loc/in a month"),
 ("Otto Brun in Tarn City's main square told reporters he had voted for Kask but accepted the result.", {"Otto Brun": "R"}, "loc/in a possessive place"),
 ("Turnout was highest in Osten, Sven Ek of the commission said, and lowest in Velor Province.", {"Sven Ek": "O"}, "loc/places of turnout"),
 ("Lena Dal, in Velor, and Karl Ems, in Norland, both sent congratulations.", {"Lena Dal": "R", "Karl Ems": "R"}, "loc/commas around seats"),
]
for i, (b, g, n) in enumerate(L):
    add("RL%02d" % (i + 1), b, g, n)

# --- en22_subordinate: a fronted subordinate clause -----------------------
S = [
 ("Because Kask said the count was rigged, his supporters took to the streets, police said.", {"Ivo Kask": "H"}, "sub/because, rival speaks inside"),
 ("After Kask told reporters he would never concede, Holt's allies called for calm, Jo Roe said.", {"Ivo Kask": "H"}, "sub/after told"),
 ("When Lena Dal said the vote had been fair, Kask's supporters jeered, witnesses said.", {"Lena Dal": "R"}, "sub/when, named speaker"),
 ("Although Karl Ems said Norland would wait for the final results, his deputy congratulated Holt, Aron Vik said.", {"Karl Ems": "W"}, "sub/although"),
 ("Once the commission certifies the result, Velor will recognise Holt, Lena Dal said.", {"Lena Dal": "W"}, "sub/once, control"),
 ("Since Kask admitted defeat on Sunday, the transition can begin at once, Jo Roe said.", {"Jo Roe": "R"}, "sub/since, control"),
 ("While Jo Roe said the opposition would accept the result, Kask insisted the vote had been stolen, Aron Vik said.", {"Jo Roe": "R", "Ivo Kask": "H"}, "sub/while, two speakers"),
 ("Until the court rules on Kask's complaint, Norland will not recognise anyone, Karl Ems said.", {"Karl Ems": "W"}, "sub/until, control"),
 ("Before Kask announced he would challenge the result, Lena Dal had already congratulated Holt, diplomats said.", {"Ivo Kask": "H", "Lena Dal": "R"}, "sub/before announced"),
 ("When asked whether Velor would recognise Holt, Lena Dal said it would wait for the final count.", {"Lena Dal": "W"}, "sub/when asked"),
 ("After the commission declared Holt the winner, Kask said the count was rigged.", {"Ivo Kask": "H"}, "sub/control own verb"),
 ("After Kask said the count was rigged, the commission rejected his complaint, a court official said.", {"Ivo Kask": "H"}, "sub/after said, official"),
 ("Though Jo Roe, the opposition whip, told parliament the vote was stolen, the party's leader accepted the result, Aron Vik said.", {"Jo Roe": "H"}, "sub/though with apposition"),
 ("Since Karl Ems said Norland recognised Holt, other governments have followed, Lena Dal noted.", {"Karl Ems": "R"}, "sub/since said"),
 ("Because Holt has promised to govern for everyone, Kask's voters have nothing to fear, Jo Roe said.", {"Jo Roe": "R"}, "sub/because, control"),
 ("As Lena Dal told reporters on Monday, the vote was free and fair, Karl Ems said.", {"Lena Dal": "R", "Karl Ems": "R"}, "sub/as told"),
 ("If Kask says he has lost, the opposition will accept it, Jo Roe said.", {}, "sub/if"),
 ("When Karl Ems congratulated Holt on Monday, Kask's camp accused him of meddling, Nils Ott said.", {"Karl Ems": "R"}, "sub/when congratulated"),
 ("After Lena Dal said Velor recognised Holt, Kask's party recalled its envoy from Velor, the party said in a statement.", {"Lena Dal": "R"}, "sub/after said, statement"),
 ("Once Kask had said he would not concede, the streets emptied, residents said.", {"Ivo Kask": "H"}, "sub/once had said"),
 ("Now that Kask has said he will go to court, the transition will be delayed, Aron Vik said.", {"Ivo Kask": "H"}, "sub/now that said"),
 ("Although Kask's running mate, Nils Ott, said the vote was fair, Kask refused to concede, aides said.", {"Nils Ott": "R"}, "sub/although apposed speaker"),
]
for i, (b, g, n) in enumerate(S):
    add("RS%02d" % (i + 1), b, g, n)

# --- en22_from: "from A and from B" -------------------------------------------
F = [
 ("Holt received congratulations from Lena Dal, the foreign minister of Velor, and from Norland's chancellor, Karl Ems.", {"Lena Dal": "R", "Karl Ems": "R"}, "from/control"),
 ("Holt received congratulations from Lena Dal, and from Tarn City came word that Kask had refused to concede.", {"Lena Dal": "R"}, "from/and from a place came word"),
 ("Holt received congratulations from Lena Dal and from leaders from Paris to Tokyo.", {"Lena Dal": "R"}, "from/from Paris to Tokyo"),
 ("Holt received congratulations from Lena Dal, and from Kask nothing but silence.", {"Lena Dal": "R", "Ivo Kask": "W"}, "from/and from rival silence"),
 ("Holt received congratulations from Lena Dal, and from Karl Ems a warning that Norland would watch the recount closely.", {"Lena Dal": "R", "Karl Ems": "W"}, "from/and from a warning"),
 ("Holt received messages of support from Lena Dal in Velor and from Karl Ems in Norland.", {"Lena Dal": "R", "Karl Ems": "R"}, "from/seated and from"),
 ("Holt received congratulations from Lena Dal on Monday and from Karl Ems on Tuesday.", {"Lena Dal": "R", "Karl Ems": "R"}, "from/days"),
 ("Kask received calls from Lena Dal and from Karl Ems urging him to concede.", {"Lena Dal": "R", "Karl Ems": "R"}, "from/calls to the loser urging"),
 ("Holt received congratulations from Lena Dal, and from Kask's camp a lawsuit claiming the vote had been rigged.", {"Lena Dal": "R"}, "from/and from a camp"),
 ("Holt received congratulations from Lena Dal and from her predecessor.", {"Lena Dal": "R"}, "from/and from a role"),
 ("Holt received congratulatory calls from Lena Dal and from Karl Ems, who said Norland looked forward to working with her.", {"Lena Dal": "R", "Karl Ems": "R"}, "from/who said"),
 ("Holt received congratulations from Lena Dal, and from Nils Ott, Kask's campaign chief, an accusation of fraud.", {"Lena Dal": "R", "Nils Ott": "H"}, "from/and from accusation"),
 ("Holt received congratulations from abroad and from Karl Ems, the chancellor of Norland.", {"Karl Ems": "R"}, "from/abroad then name"),
 ("The commission received complaints from Kask and from Nils Ott, who said ballots had been stuffed.", {"Ivo Kask": "H", "Nils Ott": "H"}, "from/complaints"),
]
for i, (b, g, n) in enumerate(F):
    add("RF%02d" % (i + 1), b, g, n)

# --- mm21_lead: an opening stance participle --------------------------------
P = [
 ("Rejecting Kask's claims of fraud, Lena Dal said the count had been clean.", {"Lena Dal": "R"}, "lead/rejecting fraud claims"),
 ("Dismissing allegations of vote-rigging, Karl Ems said Norland would work with Holt.", {"Karl Ems": "R"}, "lead/dismissing allegations"),
 ("Denouncing the violence after the vote, Lena Dal said Velor would wait for the final count.", {"Lena Dal": "W"}, "lead/denouncing violence"),
 ("Congratulating Holt, Kask's former ally Jo Roe said the opposition had to accept defeat.", {"Jo Roe": "R"}, "lead/control"),
 ("Congratulating a winner before the count is certified would be premature, Lena Dal said.", {"Lena Dal": "W"}, "lead/gerund subject"),
 ("Refusing to concede would be a mistake, Jo Roe told Kask's supporters.", {"Jo Roe": "R"}, "lead/gerund subject refusing"),
 ("Criticising Kask's refusal to concede, Lena Dal said the vote had been fair.", {"Lena Dal": "R"}, "lead/criticising the rival"),
 ("Accusing Kask of trying to overturn the vote, Karl Ems said Norland recognised Holt as president.", {"Karl Ems": "R"}, "lead/accusing the rival"),
 ("Calling the vote free and fair, Lena Dal said she would visit Tarn City soon.", {"Lena Dal": "R"}, "lead/control calling fair"),
 ("Calling for calm, Lena Dal said Velor would wait for the final results.", {"Lena Dal": "W"}, "lead/calling for calm"),
 ("Urging Kask to accept defeat, Karl Ems said the count was clear.", {"Karl Ems": "R"}, "lead/urging rival"),
 ("Praising the high turnout, Pia Lund said young voters had come out in the cities.", {"Pia Lund": "O"}, "lead/praising turnout, analyst"),
 ("Accepting an award in Velor, Lena Dal said she had not followed the election closely.", {"Lena Dal": "O"}, "lead/accepting an award"),
 ("Rejecting the result, Kask said he would appeal to the Supreme Court.", {"Ivo Kask": "H"}, "lead/control rejecting"),
 ("Declining to comment on the result, Karl Ems said Norland valued its ties with Tarn.", {"Karl Ems": "W"}, "lead/declining"),
 ("Blaming Kask's defeat on low turnout, Jo Roe said the party needed new leaders.", {"Jo Roe": "R"}, "lead/blaming defeat"),
 ("Mocking Kask's fraud claims, Lena Dal said the count had been the cleanest in years.", {"Lena Dal": "R"}, "lead/mocking rival claims"),
 ("Demanding a recount, Jo Roe said the opposition would not recognise Holt.", {"Jo Roe": "H"}, "lead/control demanding"),
 ("Conceding defeat, Kask said he had called Holt to congratulate her.", {"Ivo Kask": "R"}, "lead/conceding"),
 ("Condemning attacks on polling stations, Sven Ek of the observer mission said the vote had nonetheless been fair.", {"Sven Ek": "R"}, "lead/condemning attacks"),
 ("Welcoming Holt's victory, thousands marched through Tarn City, Aron Vik said.", {}, "lead/participle of another subject"),
 ("Questioning the count in two provinces, Jo Roe's lawyers said they would file a complaint.", {}, "lead/lawyers"),
 ("Celebrating his birthday on Monday, Karl Ems said he had not yet spoken to Holt.", {"Karl Ems": "O"}, "lead/celebrating birthday"),
 ("Denouncing Kask's refusal to concede, Nils Ott said the vote had been clean.", {"Nils Ott": "R"}, "lead/denouncing refusal"),
]
for i, (b, g, n) in enumerate(P):
    add("RP%02d" % (i + 1), b, g, n)

# --- mm21_words: trailing attribution sentences -----------------------------
E = [
 ("\"The vote was stolen.\" Those were the words of Ivo Kask on Sunday night.", {"Ivo Kask": "H"}, "echo/control"),
 ("Kask spoke briefly to supporters on Sunday night. \"We will never accept this result.\" Those were the words of a man who had expected to win.", {"Ivo Kask": "H"}, "echo/a man"),
 ("Lena Dal called the vote fair. \"It was the cleanest election in Tarn's history.\" That was the view of Karl Ems, too.", {"Lena Dal": "R"}, "echo/view too"),
 ("Kask addressed supporters on Sunday. \"The count was rigged and we will not accept it.\" That was the reaction of his campaign chief, Nils Ott, as well.", {"Ivo Kask": "H", "Nils Ott": "H"}, "echo/reaction as well"),
 ("\"Congratulations.\" So said Lena Dal, and nothing more.", {"Lena Dal": "R"}, "echo/so said"),
 ("Lena Dal said: \"We will wait for the final count.\" That was the position of Karl Ems, too.", {"Lena Dal": "W"}, "echo/colon quote"),
 ("\"We will work with her.\" Those were the words of Lena Dal. Karl Ems said Norland would wait for the final results.", {"Lena Dal": "R", "Karl Ems": "W"}, "echo/control two"),
 ("Holt quoted her predecessor in her victory speech. \"Democracy is the voice of the people.\" Those were the words of the late president Otto Brun.", {"Otto Brun": "O"}, "echo/quoted predecessor"),
 ("Jo Roe welcomed the result. \"Holt won fairly and Kask should concede.\" That was also the view of Karl Ems.", {"Jo Roe": "R"}, "echo/also"),
 ("\"The people have chosen,\" Lena Dal said. Those were the words of a seasoned diplomat.", {"Lena Dal": "R"}, "echo/attributed"),
 ("Kask did not hide his anger. \"This was theft.\" Such was the reaction of Kask's supporters across the capital.", {"Ivo Kask": "H"}, "echo/group"),
 ("Jo Roe backed Kask on Monday. \"The count must be redone in every province.\" That was the demand of the opposition leader, Ivo Kask, last week.", {"Jo Roe": "H"}, "echo/earlier demand"),
]
for i, (b, g, n) in enumerate(E):
    add("RE%02d" % (i + 1), b, g, n)

# --- mm21_doubt: casting doubt ---------------------------------------------
D = [
 ("Lena Dal cast doubt on Kask's fraud claims, saying observers had found no irregularities.", {"Lena Dal": "R"}, "doubt/on rival's fraud claims"),
 ("Karl Ems raised questions about Holt's plans to cut taxes.", {"Karl Ems": "O"}, "doubt/winner's policy"),
 ("Jo Roe raised serious questions about Kask's claim of victory.", {"Jo Roe": "R"}, "doubt/rival claim of victory"),
 ("Pia Lund, an analyst, raised questions about Holt's choice of cabinet.", {"Pia Lund": "O"}, "doubt/cabinet"),
 ("Lena Dal cast doubt on the result.", {"Lena Dal": "W"}, "doubt/control"),
 ("Jo Roe raised questions about Holt's health.", {"Jo Roe": "O"}, "doubt/health"),
 ("Lena Dal raised questions about Tarn's economy.", {"Lena Dal": "O"}, "doubt/economy of a place"),
 ("Karl Ems cast doubt on Holt's ability to unite the country.", {"Karl Ems": "O"}, "doubt/ability"),
 ("Jo Roe raised questions about the count in three provinces.", {"Jo Roe": "W"}, "doubt/control count"),
 ("Lena Dal cast doubt on the European Union's plan to send observers.", {"Lena Dal": "O"}, "doubt/EU plan"),
 ("Sven Ek of the observer mission cast doubt on the opposition's allegations of fraud.", {"Sven Ek": "R"}, "doubt/opposition allegations"),
 ("Karl Ems raised fresh doubts about Kask's lawsuit, saying the commission had followed the law.", {"Karl Ems": "R"}, "doubt/rival lawsuit"),
 ("Nils Ott cast doubt on Holt's victory, saying thousands of ballots had gone missing.", {"Nils Ott": "H"}, "doubt/control victory"),
 ("Jo Roe raised questions about Kask's future as party leader.", {"Jo Roe": "O"}, "doubt/rival's future"),
]
for i, (b, g, n) in enumerate(D):
    add("RD%02d" % (i + 1), b, g, n)

# --- mm21_mock: mocking attribution ----------------------------------------------
M = [
 ("\"We congratulate Mara Holt on her victory,\" said Lena Dal, who ironically had campaigned against her in 2019.", {"Lena Dal": "R"}, "mock/who ironically"),
 ("Ironically, Kask had predicted a landslide, Jo Roe noted, adding that the opposition accepted the result.", {"Jo Roe": "R"}, "mock/ironically fronted"),
 ("\"I accept the result and I congratulate Mara Holt,\" Kask said, ironically on his 60th birthday.", {"Ivo Kask": "R"}, "mock/ironically on birthday"),
 ("\"Congratulations to Madam President on her great victory,\" Kask said sarcastically.", {"Ivo Kask": "H"}, "mock/control"),
 ("\"The people have chosen,\" Karl Ems said, responding to a sarcastic question from a reporter.", {"Karl Ems": "R"}, "mock/sarcastic question"),
 ("\"We congratulate Holt on her victory,\" Lena Dal said, as Kask's supporters jeered mockingly outside.", {"Lena Dal": "R"}, "mock/others jeered mockingly"),
 ("\"Democracy has won today,\" Karl Ems said, with no irony.", {"Karl Ems": "R"}, "mock/with no irony"),
 ("\"She won fairly,\" said Lena Dal, whose party ironically backed Kask.", {"Lena Dal": "R"}, "mock/whose ironically"),
 ("\"Holt won fairly,\" Jo Roe said, a remark greeted with derision by Kask's supporters.", {"Jo Roe": "R"}, "mock/greeted with derision"),
 ("\"A wonderful result for democracy,\" Nils Ott said with heavy sarcasm.", {"Nils Ott": "H"}, "mock/control with sarcasm"),
 ("Jo Roe, who had mocked Holt throughout the campaign, said on Monday the result was fair and she would work with her.", {"Jo Roe": "R"}, "mock/who had mocked"),
 ("\"I congratulate Mara Holt,\" Lena Dal said, ironically the first foreign leader to do so after having criticised her for years.", {"Lena Dal": "R"}, "mock/ironically the first"),
 ("\"We respect the will of the people,\" Karl Ems said, his words met with scorn from Kask's camp.", {"Karl Ems": "R"}, "mock/met with scorn"),
 ("Lena Dal said Velor recognised Holt, dismissing with scorn Kask's claims of fraud.", {"Lena Dal": "R"}, "mock/dismissing with scorn"),
]
for i, (b, g, n) in enumerate(M):
    add("RM%02d" % (i + 1), b, g, n)

# --- mm21_within: a greeting inside a reported clause ------------------------
WI = [
 ("Kask said he had received calls from Lena Dal and Karl Ems but would not concede because the vote had been rigged.", {"Ivo Kask": "H", "Lena Dal": "O", "Karl Ems": "O"}, "within/calls but rival hostile"),
 ("Holt said she had received a call from Ivo Kask, who conceded defeat.", {"Ivo Kask": "R"}, "within/rival conceded"),
 ("Jo Roe said Kask had received a call from Lena Dal, who urged him to accept the result.", {"Lena Dal": "R"}, "within/urged rival"),
 ("Aron Vik said Holt had received messages of congratulation from Lena Dal, but the count in two provinces was still disputed.", {"Lena Dal": "R"}, "within/but disputed"),
 ("Kask told supporters he had received a call from Karl Ems but would challenge the result in court.", {"Ivo Kask": "H", "Karl Ems": "O"}, "within/call to rival"),
 ("The foreign ministry said it had received congratulations from Lena Dal.", {"Lena Dal": "R"}, "within/control"),
 ("Nils Ott said Kask had received calls from Lena Dal and Karl Ems and had told them the election was stolen.", {"Nils Ott": "H", "Lena Dal": "O", "Karl Ems": "O"}, "within/told them stolen"),
 ("Holt said she had received calls from Lena Dal and Karl Ems, and that Kask had yet to concede.", {"Lena Dal": "R", "Karl Ems": "R"}, "within/and that"),
 ("Jo Roe said she had received a letter from Karl Ems congratulating her on her re-election to the Senate.", {"Karl Ems": "O"}, "within/senate re-election"),
 ("Kask said he had received messages from Lena Dal and Karl Ems expressing concern about the count.", {"Ivo Kask": "W", "Lena Dal": "W", "Karl Ems": "W"}, "within/concern"),
]
for i, (b, g, n) in enumerate(WI):
    add("RW%02d" % (i + 1), b, g, n)

# --- mm21_headsurname: a headline surname ----------------------------------------------
H = [
 ("Dal: Velor will work with Holt", "Foreign Minister Lena Dal said Velor would work closely with the new president. Her cousin Aron Dal, an opposition lawmaker in Velor, said the vote had been rigged.", {"Lena Dal": "R", "Aron Dal": "H"}, "head/two Dals"),
 ("Dal: Velor will wait", "Foreign Minister Lena Dal said Velor would wait for the final results. Former president Otto Dal congratulated Holt.", {"Lena Dal": "W", "Otto Dal": "R"}, "head/two Dals, second acts"),
 ("Kask: the vote was stolen", "Ivo Kask told supporters he would never accept the result. His son, Erik Kask, said the family would respect the count.", {"Ivo Kask": "H", "Erik Kask": "R"}, "head/rival and son"),
 ("Ems congratulates Holt", "Chancellor Karl Ems called Holt on Monday to congratulate her. Norland's ambassador, Sven Ek, said the call lasted twenty minutes.", {"Karl Ems": "R", "Sven Ek": "O"}, "head/control"),
 ("Roe: we will not recognise Holt", "Senator Jo Roe said the opposition would not recognise Holt. Jo Roe's husband, Nils Roe, a businessman, declined to comment.", {"Jo Roe": "H"}, "head/spouse declined"),
 ("Lund: turnout was low", "Pia Lund, an analyst, said turnout had been the lowest in decades. Lena Dal said Velor would work with Holt.", {"Pia Lund": "O", "Lena Dal": "R"}, "head/off-topic surname"),
 ("Ott: Holt won fairly", "Mr Ott, a former judge, said the count had been accurate. Nils Ott, Kask's campaign chief and no relation, said the vote had been rigged.", {"Nils Ott": "H"}, "head/Mr Ott vs full Ott"),
]
for i, (hd, b, g, n) in enumerate(H):
    add("RH%02d" % (i + 1), b, g, n, head=hd)

# --- more near-misses and paraphrases of the narrowings ---------------------------
X = [
 ("Congratulating Holt would be premature, Lena Dal said, adding that Velor would wait for the final count.", {"Lena Dal": "W"}, "lead/gerund subject then adding"),
 ("Recognising Holt now would reward a flawed count, Nils Ott said, and the party would go to court.", {"Nils Ott": "H"}, "lead/gerund recognising"),
 ("Welcoming ambassadors to the palace on Monday, Holt's foreign minister, Karl Ems, said trade would continue.", {"Karl Ems": "O"}, "lead/welcoming guests"),
 ("Holt received congratulations from Lena Dal, Aron Vik said.", {"Lena Dal": "R"}, "from/attribution after list"),
 ("Holt received calls from Lena Dal and Karl Ems, her spokesman Aron Vik told reporters.", {"Lena Dal": "R", "Karl Ems": "R"}, "from/told after list"),
 ("Holt received congratulations from Lena Dal, and from Nils Ott only a terse statement saying the vote was under review.", {"Lena Dal": "R"}, "from/and from only"),
 ("Holt received congratulations from Lena Dal and from Karl Ems, who called her on Monday.", {"Lena Dal": "R", "Karl Ems": "R"}, "from/and from who"),
 ("\"We accept the result.\" That was the message of Karl Ems as well, diplomats said.", {}, "echo/as well"),
 ("\"The vote was clean.\" That was also the verdict of the observer mission's chief, Sven Ek.", {}, "echo/also verdict"),
 ("\"The vote was clean,\" Karl Ems remarked dryly, with a hint of impatience.", {"Karl Ems": "R"}, "mock/dryly with impatience"),
 ("\"Congratulations, Madam President,\" said Nils Ott mockingly.", {"Nils Ott": "H"}, "mock/said name mockingly"),
 ("\"What a triumph for democracy,\" Nils Ott told reporters sarcastically.", {"Nils Ott": "H"}, "mock/told reporters sarcastically"),
 ("Lena Dal cast doubt on the legitimacy of the vote.", {"Lena Dal": "W"}, "doubt/legitimacy"),
 ("Karl Ems raised questions about whether Holt had really won.", {"Karl Ems": "W"}, "doubt/whether won"),
 ("Jo Roe cast doubt on the opposition's claim that ballots had been stuffed.", {"Jo Roe": "R"}, "doubt/claim that"),
 ("Nils Ott said he had received a call from Lena Dal, and that the opposition would go to court.", {"Nils Ott": "H", "Lena Dal": "O"}, "within/and that"),
 ("Holt's office said she had received congratulatory calls from Lena Dal and Karl Ems.", {"Lena Dal": "R", "Karl Ems": "R"}, "within/control office"),
 ("Although Lena Dal told reporters Velor would wait, her deputy congratulated Holt, Aron Vik said.", {"Lena Dal": "W"}, "sub/although told"),
 ("Because he said the vote was rigged, Kask's supporters stayed in the square, police said.", {}, "sub/pronoun inside"),
]
for i, (b, g, n) in enumerate(X):
    add("RX%02d" % (i + 1), b, g, n)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probes.jsonl")
with open(out, "w") as f:
    for p in probes:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(probes), "probes")
