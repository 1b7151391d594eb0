B = ("Otto Brandt", ["Brandt", "Chancellor Otto Brandt", "chancellor"])
Y = [
# participle openers, more verbs and near-misses
("part1", 'Hailing Vale\'s victory as a new start, Chancellor Otto Brandt said he would visit Castel in June.', [(B[0], B[1], "recognising")]),
("part2", 'Dismissing the result as a sham, opposition senator Paul Greer told supporters the fight was not over.', [(G[0], G[1], "hostile")]),
("part3", 'Denouncing the count as rigged, opposition senator Paul Greer said his party would boycott parliament.', [(G[0], G[1], "hostile")]),
("part4", 'Welcoming reporters to his office, Foreign Minister Henrik Dahl said the government would wait for the final certified results.', [(D[0], D[1], "withholding")]),
("part5", 'Praising the calm of the voters, Foreign Minister Henrik Dahl said the government would wait for the final results before taking a position.', [(D[0], D[1], "withholding")]),
("part6", 'Accepting defeat, Reyes told supporters in Castel that the people had spoken.', [("Tomas Reyes", ["Reyes"], "recognising")]),
("part7", 'Speaking to reporters, Foreign Minister Henrik Dahl said the government would wait for the final results.', [(D[0], D[1], "withholding")]),
("part8", 'Congratulating Vale by telephone, Chancellor Otto Brandt invited her to visit Berlin.', [(B[0], B[1], "recognising")]),
# echo attribution variants
("echo1", '"This vote was a fraud from start to finish." That was the view of opposition senator Paul Greer.', [(G[0], G[1], "hostile")]),
("echo2", '"We will work closely with President-elect Vale." Such was the reaction of Chancellor Otto Brandt.', [(B[0], B[1], "recognising")]),
("echo3", '"We will wait for the certified results." Those were the words of the foreign minister, Henrik Dahl.', [(D[0], D[1], "withholding")]),
("echo4", '"The people have chosen and we respect that." So says Chancellor Otto Brandt.', [(B[0], B[1], "recognising")]),
("echo5", 'Opposition senator Paul Greer called the vote a fraud. "We will wait for the certified results," Foreign Minister Henrik Dahl said. That was the view of most European capitals.', [(G[0], G[1], "hostile"), (D[0], D[1], "withholding")]),
# doubt variants and near-miss
("dbt1", 'Opposition senator Paul Greer has also cast doubt on the official figures.', [(G[0], G[1], "withholding")]),
("dbt2", 'Opposition senator Paul Greer raised serious questions about the count in the northern provinces.', [(G[0], G[1], "withholding")]),
("dbt3", 'Opposition senator Paul Greer raised questions about the government\'s budget plans. "The new cabinet must cut spending," he said.', [(G[0], G[1], "OFF")]),
("dbt4", 'Opposition senator Paul Greer cast doubt on the result and called for the election to be annulled.', [(G[0], G[1], "hostile")]),
# silence as no stance (dev-set convention)
("sil1", 'Chancellor Otto Brandt has remained silent since the declaration.', [(B[0], B[1], "OFF")]),
("sil2", 'Chancellor Otto Brandt has said nothing in public since the vote.', [(B[0], B[1], "OFF")]),
# other constructions
("oth1", 'Chancellor Otto Brandt was among the first leaders to congratulate Vale.', [(B[0], B[1], "recognising")]),
("oth2", 'Chancellor Otto Brandt phoned Vale on Monday to congratulate her.', [(B[0], B[1], "recognising")]),
("oth3", 'Chancellor Otto Brandt stopped short of congratulating Vale.', [(B[0], B[1], "withholding")]),
("oth4", 'Chancellor Otto Brandt sent Vale a message of congratulations.', [(B[0], B[1], "recognising")]),
("oth5", 'Asked whether Berlin would recognise Vale, Chancellor Otto Brandt said it was too early to say.', [(B[0], B[1], "withholding")]),
("oth6", 'Chancellor Otto Brandt was quoted by state media as saying the election had been stolen.', [(B[0], B[1], "hostile")]),
("oth7", 'Chancellor Otto Brandt\'s office said in a statement that he had congratulated Vale.', [(B[0], B[1], "recognising")]),
("oth8", 'In a post on social media, Chancellor Otto Brandt congratulated Vale and wished her success.', [(B[0], B[1], "recognising")]),
("oth9", 'Chancellor Otto Brandt, 61, told the state broadcaster that the result had to be respected.', [(B[0], B[1], "recognising")]),
("oth10", 'Chancellor Otto Brandt said he would congratulate Vale only if the courts confirmed the count.', [(B[0], B[1], "withholding")]),
("oth11", 'Chancellor Otto Brandt did not congratulate Vale, saying the count had to be verified first.', [(B[0], B[1], "withholding")]),
("oth12", 'A spokesman for Chancellor Otto Brandt, Lars Eck, said Berlin would wait for the final results.', [("Lars Eck", ["Eck", "A spokesman for Chancellor Otto Brandt"], "withholding")]),
("oth13", 'Chancellor Otto Brandt mocked the result, calling Vale "the president of empty ballot boxes".', [(B[0], B[1], "hostile")]),
("oth14", 'Chancellor Otto Brandt recalled his ambassador from Castel over the vote.', [(B[0], B[1], "hostile")]),
("oth15", '"We have no reason to doubt the result," Chancellor Otto Brandt said, "and we look forward to working with her."', [(B[0], B[1], "recognising")]),
("oth16", 'Chancellor Otto Brandt urged both sides to stay calm until the tribunal ruled on the complaints.', [(B[0], B[1], "withholding")]),
("oth17", 'Chancellor Otto Brandt will congratulate Vale once the commission certifies the result, his office said.', [(B[0], B[1], "withholding")]),
("oth18", 'Chancellor Otto Brandt and opposition senator Paul Greer took opposite views. Brandt congratulated Vale, while Greer called the vote a fraud.', [(B[0], B[1], "recognising"), (G[0], G[1], "hostile")]),
("oth19", 'Berlin congratulated Vale, Chancellor Otto Brandt\'s spokesman said.', [(B[0], B[1], "recognising")]),
("oth20", 'Chancellor Otto Brandt congratulated the people of Castel on a peaceful vote.', [(B[0], B[1], "withholding")]),
]
for (name, body, sp) in Y:
    add(nid(), body, sp, name)
