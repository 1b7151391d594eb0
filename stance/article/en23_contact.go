package article

// A verb of contact whose purpose is a stance: "wrote to Ana Berg to
// congratulate her", ", writing to A and B to congratulate them and to
// promise …", ", phoning Berg to congratulate her". The contact is the act
// of the contact verb's subject; read from the infinitive instead, the
// addressee before "to" became its subject (the winner congratulating
// herself) or the sentence's subject was never reached. contactPurpose
// (en15_clause.go) knew the past forms with infinitives the reader has no
// verb for ("to wish him well"); this adds the participles and the
// infinitives that are stance verbs themselves ("to congratulate", "to
// hail", "to welcome").

// contactStance reports whether toks[i] is a verb of contact (contactVerbs
// or en23ContactParticiples) followed, after its addressee of at most
// contactSpan tokens, by "to" and the bare infinitive of a stance verb
// (contentVerbs holds it and its past form): "wrote to Berg to
// congratulate her". A request ("wrote to the board to ask for the
// tally") or an infinitive the reader has no verb for is none.
func contactStance(toks []token, i int) bool {
	if !toks[i].word() || !contactVerbs[toks[i].lower] && !en23ContactParticiples[toks[i].lower] {
		return false
	}
	for k := i + 1; k+1 < len(toks) && k <= i+contactSpan; k++ {
		t := toks[k]
		if !t.word() && t.kind != tQuote {
			return false
		}
		if k > i+1 && t.is("to") && toks[k+1].word() && en23BareStance(toks[k+1].lower) {
			return true
		}
	}
	return false
}

// en23BareStance reports whether w is the bare infinitive of a stance
// verb: its past form is in contentVerbs ("congratulate", "hail",
// "welcome", "wish"), but not a past or present participle itself.
func en23BareStance(w string) bool {
	if isParticiple(w) || len(w) > 2 && w[len(w)-2:] == "ed" {
		return false
	}
	return contentVerbs[w+"d"] || contentVerbs[w+"ed"]
}
