package article

// A sentence may open with a clause of time or concession about one person
// and go on with a pronoun: "After Ruto was declared the winner, he told
// Citizen TV that …", "When Lima conceded, she thanked her voters". The
// pronoun is that person, not whoever the previous sentence was about: a
// writer who meant someone else would not put a second person's name
// between the pronoun and its antecedent. frontedAntecedent finds such a
// sentence, and the sentence step makes the person the antecedent of the
// pronoun before the rest of the sentence is read.

// noteMentions registers the sentence's names (mentions), makes the
// subject of a fronted clause the antecedent of the pronoun after it
// ("After Ruto was declared the winner, he told …"), and notes a list of
// names opening the sentence (en18_they.go).
func (x *extractor) noteMentions(toks []token) {
	x.mentions(toks)
	if p := x.frontedAntecedent(toks); p != nil {
		x.lastSingular = p
	}
	x.noteOpenList(toks)
}

// frontedAntecedent returns the one person named in a fronted clause of
// time, cause or concession (frontedSubordinators, lexicon_en14.go, after at most two connective
// words and a comma: "Furthermore, after …") when the main clause opens
// with "he" or "she" right after the clause's comma; otherwise nil. The
// clause must name exactly one person the article knows (byName,
// bySurname) as its subject, within its first three words, and no
// quotation; a pronoun of the other gender than the person's (as learnt,
// or as a possessive in the clause: "After Kask lost his appeal, she told
// …") is someone else's.
func (x *extractor) frontedAntecedent(toks []token) *speaker {
	i := 0
	for n := 0; n < 2 && i < len(toks) && toks[i].word() && (connectives[toks[i].lower] || openerConnectives[toks[i].lower]); n++ {
		i++
		if i < len(toks) && toks[i].is(",") {
			i++
		}
	}
	if i >= len(toks) || !toks[i].word() || !frontedSubordinators[toks[i].lower] {
		return nil
	}
	var person *speaker
	his, her := false, false
	for j := i + 1; j+1 < len(toks) && j < i+30; j++ {
		t := toks[j]
		switch {
		case t.kind == tQuote || t.isTerm() || t.is(";"):
			return nil
		case t.is(","):
			next := toks[j+1]
			if !next.word() || next.lower != "he" && next.lower != "she" || person == nil {
				return nil
			}
			if next.lower == "he" && her || next.lower == "she" && his || person.gender != "" && person.gender != next.lower {
				return nil // "After Kask lost his appeal, she told …": someone else
			}
			return person
		case t.word() && (t.lower == "his" || t.lower == "him"):
			his = true
			continue
		case t.word() && (t.lower == "her" || t.lower == "hers"):
			her = true
			continue
		case !t.word() || !t.cap:
			continue
		}
		if person == nil && j > i+3 {
			return nil // the clause's subject opens it: "After the court confirmed Dal's victory" names an object
		}
		s := x.byName[t.lower]
		if s == nil {
			s = x.bySurname[t.lower]
		}
		if s == nil {
			continue
		}
		if c := s.canon(); c.kind == pName && person != nil && person != c {
			return nil
		} else if c.kind == pName {
			person = c
		}
	}
	return nil
}
