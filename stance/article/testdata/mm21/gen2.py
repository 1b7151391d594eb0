X = [
# sarcasm / manner
("sarc1", '"Congratulations to Madam President on her great victory," opposition senator Paul Greer said sarcastically.', [(G[0], G[1], "hostile")]),
("sarc2", 'Opposition senator Paul Greer mockingly congratulated Vale on "a landslide even her own voters did not see".', [(G[0], G[1], "hostile")]),
("sarc3", '"Well done, Madam President," opposition senator Paul Greer said with heavy sarcasm.', [(G[0], G[1], "hostile")]),
("sarc4", '"A wonderful result for democracy," opposition senator Paul Greer said ironically.', [(G[0], G[1], "hostile")]),
("sarc5", '"A wonderful result for democracy," opposition senator Paul Greer said sincerely.', [(G[0], G[1], "recognising")]),
("sarc6", 'Opposition senator Paul Greer sneered that Vale had "won a race against nobody".', [(G[0], G[1], "hostile")]),
# participle act
("cong1", 'Congratulating Vale, Foreign Minister Henrik Dahl said the two countries had a long history of friendship.', [(D[0], D[1], "recognising")]),
("cong2", 'Congratulating Vale on her win, Foreign Minister Henrik Dahl said trade talks would resume next month.', [(D[0], D[1], "recognising")]),
("cong3", 'In congratulating Vale, Foreign Minister Henrik Dahl said the two countries would keep working together.', [(D[0], D[1], "recognising")]),
("cong4", 'Rejecting the result, opposition senator Paul Greer said his party would hold rallies across the country.', [(G[0], G[1], "hostile")]),
("cong5", 'Welcoming Vale\'s victory, Foreign Minister Henrik Dahl said trade talks would resume next month.', [(D[0], D[1], "recognising")]),
("cong6", 'Refusing to recognise Vale, opposition senator Paul Greer said his party would hold rallies across the country.', [(G[0], G[1], "hostile")]),
# who-relative act
("call1", 'Vale said she had received a call from Chancellor Otto Brandt, who congratulated her.', [("Otto Brandt", ["Brandt", "Chancellor Otto Brandt"], "recognising")]),
("call2", 'Vale said she had spoken by phone with Chancellor Otto Brandt, who congratulated her on the victory.', [("Otto Brandt", ["Brandt", "Chancellor Otto Brandt"], "recognising")]),
("call3", 'Vale received a call from Chancellor Otto Brandt, who wished her success.', [("Otto Brandt", ["Brandt", "Chancellor Otto Brandt"], "recognising")]),
("call4", 'Among the first to call was Chancellor Otto Brandt, who congratulated Vale on her victory.', [("Otto Brandt", ["Brandt", "Chancellor Otto Brandt"], "recognising")]),
("call5", 'Vale thanked Chancellor Otto Brandt, who had called to congratulate her.', [("Otto Brandt", ["Brandt", "Chancellor Otto Brandt"], "recognising")]),
# trailing attribution
("words1", '"The count was rigged and we will not accept it." Those were the words of opposition senator Paul Greer.', [(G[0], G[1], "hostile")]),
("words2", '"The count was rigged and we will not accept it." So said opposition senator Paul Greer on Monday.', [(G[0], G[1], "hostile")]),
("words3", '"We congratulate Maria Vale and will work with her." Those were the words of Foreign Minister Henrik Dahl.', [(D[0], D[1], "recognising")]),
("words4", '"We congratulate Maria Vale and will work with her." So said Foreign Minister Henrik Dahl.', [(D[0], D[1], "recognising")]),
("words5", '"The count was rigged and we will not accept it." That was the verdict of opposition senator Paul Greer.', [(G[0], G[1], "hostile")]),
# cast doubt
("doubt1", 'Opposition senator Paul Greer cast doubt on the result.', [(G[0], G[1], "withholding")]),
("doubt2", 'Opposition senator Paul Greer cast doubt on the official figures, pointing to long delays in the count.', [(G[0], G[1], "withholding")]),
("doubt3", 'Opposition senator Paul Greer questioned the legitimacy of the result.', [(G[0], G[1], "withholding")]),
("doubt4", 'Opposition senator Paul Greer raised doubts about the count.', [(G[0], G[1], "withholding")]),
# decline comment
("decl1", 'Foreign Minister Henrik Dahl declined to comment, saying the government would wait for the final results.', [(D[0], D[1], "withholding")]),
("decl2", 'Foreign Minister Henrik Dahl has yet to comment on the result.', [(D[0], D[1], "OFF")]),
("decl3", 'Foreign Minister Henrik Dahl declined to comment on the result.', [(D[0], D[1], "OFF")]),
("decl4", 'Foreign Minister Henrik Dahl has so far remained silent on the outcome.', [(D[0], D[1], "OFF")]),
("decl5", 'Foreign Minister Henrik Dahl declined to say whether his government would recognise Vale.', [(D[0], D[1], "withholding")]),
("decl6", 'Foreign Minister Henrik Dahl has not yet congratulated Vale.', [(D[0], D[1], "withholding")]),
("decl7", 'Foreign Minister Henrik Dahl refused to comment, saying only that the count was still going on.', [(D[0], D[1], "withholding")]),
# hard pressed / did not tell
("press1", 'Opposition senator Paul Greer said the vote was rigged. Vale\'s aides were hard pressed to explain the delays in the count.', [(G[0], G[1], "hostile")]),
("press2", 'Opposition senator Paul Greer said the vote was rigged, but was hard pressed to explain why his own district had voted for Vale.', [(G[0], G[1], "hostile")]),
("tell1", 'Opposition senator Paul Greer called the vote rigged. Foreign Minister Henrik Dahl did not tell reporters whether the government would recognise Vale.', [(G[0], G[1], "hostile"), (D[0], D[1], "withholding")]),
# headline speaker
("head1", None, [("Anna Lind", ["Lind", "Prime Minister Anna Lind"], "recognising")]),
("head2", None, [("Anna Lind", ["Lind", "Prime Minister Anna Lind"], "hostile")]),
# passive
("pass1", 'Vale was congratulated by Foreign Minister Henrik Dahl on Monday.', [(D[0], D[1], "recognising")]),
("pass2", 'Vale was congratulated on Monday by Chancellor Otto Brandt and Foreign Minister Henrik Dahl.', [(D[0], D[1], "recognising"), ("Otto Brandt", ["Brandt", "Chancellor Otto Brandt"], "recognising")]),
("pass3", 'The result was rejected by opposition senator Paul Greer, who called it a fraud.', [(G[0], G[1], "hostile")]),
("pass4", 'Congratulations came from Chancellor Otto Brandt and Foreign Minister Henrik Dahl.', [(D[0], D[1], "recognising"), ("Otto Brandt", ["Brandt", "Chancellor Otto Brandt"], "recognising")]),
# lists
("list1", 'Chancellor Otto Brandt and Foreign Minister Henrik Dahl congratulated Vale on Monday.', [(D[0], D[1], "recognising"), ("Otto Brandt", ["Brandt", "Chancellor Otto Brandt"], "recognising")]),
("list2", 'Chancellor Otto Brandt, Foreign Minister Henrik Dahl and opposition senator Paul Greer all called on the commission to publish the tally sheets.', [(D[0], D[1], "withholding"), ("Otto Brandt", ["Brandt", "Chancellor Otto Brandt"], "withholding"), (G[0], G[1], "withholding")]),
("list3", 'Leaders including Chancellor Otto Brandt and Foreign Minister Henrik Dahl sent congratulations to Vale.', [(D[0], D[1], "recognising"), ("Otto Brandt", ["Brandt", "Chancellor Otto Brandt"], "recognising")]),
# pronoun across speakers
("pron1", '"This election was stolen," opposition senator Paul Greer said. Foreign Minister Henrik Dahl took a different view. He said the government accepted the result and would work with Vale.', [(G[0], G[1], "hostile"), (D[0], D[1], "recognising")]),
("pron2", 'Foreign Minister Henrik Dahl congratulated Vale. Opposition senator Paul Greer was less generous. "The count was rigged," he said.', [(G[0], G[1], "hostile"), (D[0], D[1], "recognising")]),
# reported with conditions
("cond1", 'Foreign Minister Henrik Dahl said his government would congratulate the winner once the results were final.', [(D[0], D[1], "withholding")]),
("cond2", 'Foreign Minister Henrik Dahl said there was no reason to doubt the result.', [(D[0], D[1], "recognising")]),
("cond3", 'Foreign Minister Henrik Dahl urged calm while the count went on.', [(D[0], D[1], "withholding")]),
("cond4", 'Foreign Minister Henrik Dahl said his government took note of the announced results.', [(D[0], D[1], "withholding")]),
("rival1", 'Opposition senator Paul Greer congratulated Reyes on what he called his true victory.', [(G[0], G[1], "hostile")]),
("rival2", 'Opposition senator Paul Greer called on Vale to concede.', [(G[0], G[1], "hostile")]),
("conc1", 'Reyes conceded defeat on Monday night and called Vale to congratulate her.', [("Tomas Reyes", ["Reyes"], "recognising")]),
("conc2", '"I have called Maria Vale to concede," Reyes told supporters.', [("Tomas Reyes", ["Reyes"], "recognising")]),
("conc3", 'Reyes refused to concede, saying he would wait for a recount.', [("Tomas Reyes", ["Reyes"], "withholding")]),
("conc4", 'Reyes said he had been robbed and would not concede.', [("Tomas Reyes", ["Reyes"], "hostile")]),
]
for (name, body, sp) in X:
    if name == "head1":
        text = 'Lind: "We congratulate Vale and will work with her"\n\nCASTEL, May 4 (Wire) -- Maria Vale won Sunday\'s presidential run-off, official results showed on Monday, beating Tomas Reyes by nine points.\n\nPrime Minister Anna Lind said her government accepted the result. "We congratulate Vale and will work with her," she told reporters.'
        probes.append({"id": nid(), "lang": "en", "style": "wire", "election": "probe", "winner": W, "rivals": R, "text": text, "speakers": [{"name": n_, "aliases": a, "label": l} for (n_, a, l) in sp], "off_topic_speakers": [], "note": name})
        continue
    if name == "head2":
        text = 'Lind: vote "rigged from the start"\n\nCASTEL, May 4 (Wire) -- Maria Vale won Sunday\'s presidential run-off, official results showed on Monday, beating Tomas Reyes by nine points.\n\nFormer prime minister Anna Lind said the result could not be accepted. "This vote was rigged from the start," she told reporters.'
        probes.append({"id": nid(), "lang": "en", "style": "wire", "election": "probe", "winner": W, "rivals": R, "text": text, "speakers": [{"name": n_, "aliases": a, "label": l} for (n_, a, l) in sp], "off_topic_speakers": [], "note": name})
        continue
    add(nid(), body, sp, name)
