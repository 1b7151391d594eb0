package article

// A visit, a meeting or a talk whose purpose is a stance: "spoke with Dal
// by telephone on Monday morning to congratulate her", "met the winner at
// her headquarters to wish her success", "went to see the president-elect
// to wish him well", "travelled to the capital to congratulate her in
// person", "met his lawmakers to denounce the result". Wire reports tell
// most congratulations this way: the contact is the act, its purpose the
// stance. contactStance (en23_contact.go) read it after the verbs of
// writing and telephoning only, with a short addressee; the verbs of
// meeting and travelling take a place and a time as well ("by telephone
// on Monday morning"), so the purpose may come further on.

// rec24enReach reports whether toks[i] is a verb of meeting, talking or
// travelling (rec24enReachVerbs, or a bare form after an auxiliary)
// followed, within rec24enReachSpan tokens of words only and before any
// relative pronoun ("met the man who voted to reject …": the infinitive
// is the relative clause's), by "to" and an infinitive whose purpose is
// a stance on the result (rec24enPurpose).
func rec24enReach(toks []token, i int) bool {
	if !toks[i].word() || !rec24enReachVerbs[toks[i].lower] && !rec24enReachBare(toks, i) {
		return false
	}
	for k := i + 1; k+1 < len(toks) && k <= i+rec24enReachSpan; k++ {
		t := toks[k]
		if !t.word() || relativeWords[t.lower] || t.is("that") || t.is("whom") {
			return false
		}
		if k > i+1 && t.is("to") && rec24enPurpose(toks, k+1) {
			return true
		}
	}
	return false
}

// rec24enPurpose reports whether the infinitive at toks[v] states a
// stance on the result, unlike the errands a visit may have ("to welcome
// the trade delegation", "to urge calm over water prices", "to wish the
// firefighters a speedy recovery"): a greeting of the winner
// (rec24enGreetInfinitives: "to congratulate her", "to concede"); a
// sending verb with a greeting noun within three words ("to convey his
// government's congratulations"); a wish of success (rec24enWishWell:
// "to wish him success", "to wish her well"); or a verb of judging
// (rec24enJudgeInfinitives) with a word of the result within six words
// ("to hail her victory", "to denounce the result", "to condemn what she
// called a stolen election").
func rec24enPurpose(toks []token, v int) bool {
	var words []string
	for k := v; k < len(toks) && k <= v+6 && toks[k].word(); k++ {
		words = append(words, toks[k].lower)
	}
	if len(words) == 0 || !rev24enAimedAt(toks, v) { // rev24en_aim.go: "to congratulate the football team"
		return false
	}
	w := words[0]
	switch {
	case rec24enGreetInfinitives[w], rec24enWishWell(words, 0):
		return true
	case sendVerbs[w]:
		for k := 1; k < len(words) && k <= 3; k++ {
			if greetingNouns[words[k]] {
				return true
			}
		}
	case rec24enJudgeInfinitives[w]:
		for k := 1; k < len(words); k++ {
			if rev24enAimWord(words, k) { // rev24en_aim.go: not "the vote on the new budget"
				return true
			}
		}
	}
	return false
}

// rec24enReachSpan is how many tokens the person, place and time between
// the verb and "to" may take ("with Dal by telephone on Monday morning").
const rec24enReachSpan = 11

// rec24enReachBare reports whether toks[i] is the bare form of a verb of
// meeting or travelling (rec24enReachBareVerbs) after an auxiliary or
// "to": "will travel to Tarn to congratulate her", "plans to visit Dal to
// congratulate her". Alone the bare form is as often a noun ("a visit to
// Tarn").
func rec24enReachBare(toks []token, i int) bool {
	return i > 0 && rec24enReachBareVerbs[toks[i].lower] && toks[i-1].word() && auxWords[toks[i-1].lower]
}

// rec24enWishWell reports whether words[i] is a form of "wish" whose
// object, within four words, is one of rec24enWishNouns: "wished him
// success in office", "to wish her well", "wishing the new president
// luck". Wishing the winner success in the office is greeting the winner
// ("went to see the president-elect to wish him success"); "wished him a
// speedy recovery" is no such wish.
func rec24enWishWell(words []string, i int) bool {
	if !rec24enWishForms[words[i]] {
		return false
	}
	for k := i + 1; k < len(words) && k <= i+4; k++ { // rev24en: "wish the new president success"
		if rec24enWishNouns[words[k]] {
			return rev24enWishAimed(words, i, k) // rev24en_aim.go: not "wished the injured officers well"
		}
	}
	return false
}

// rec24enPurposeText returns the part of an action's text that states its
// stance: when the text opens (after auxiliaries) with a verb of meeting
// or travelling and its purpose (rec24enReach), the purpose from its
// infinitive on ("met his party's lawmakers on Sunday to denounce the
// result as a fraud" is read as "denounce the result as a fraud", which
// the verb rule knows); otherwise the text itself.
func rec24enPurposeText(text string) string {
	toks := tokenize(nil, text, 0, len(text), nil, 0)
	i := 0
	for i < len(toks) && toks[i].word() && auxWords[toks[i].lower] && !rec24enReachBare(toks, i) && !rec24enReach(toks, i) { // rev24en: "went" is also an auxiliary ("went on to")
		i++
	}
	if i >= len(toks) || !rec24enReach(toks, i) {
		return text
	}
	for k := i + 2; k+1 < len(toks); k++ {
		if toks[k].is("to") && rec24enPurpose(toks, k+1) {
			return text[toks[k+1].start:]
		}
	}
	return text
}
