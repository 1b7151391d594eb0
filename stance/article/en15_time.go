package article

// A speech verb's clause after a time adverbial, its "that" left out, as
// wire copy writes it: "said Monday the vote had been rigged" (a bare
// weekday, AP style, was read into the clause: "Monday the vote …"),
// "said on Thursday outsiders had no business …" (a subject without a
// determiner) and "said on Thursday any government that …" (a
// quantifier); and the same after an addressee ("told journalists China
// had congratulated …", "told reporters outsiders had no business …").
// Metamorphic checks: " on Thursday" put after the speech verbs of the
// English development sets lost seven speakers; "said" before a clause
// turned into "told journalists" lost eleven.

// timedSubject reports whether toks[k], right after a time adverbial's
// last word, an addressee or a channel (prev: "wrote on X outsiders had
// …"), opens a clause whose "that" was left
// out: a quantifier, or one or two lower-case words followed by an
// auxiliary ("outsiders had", "ballot boxes had been"); after an
// addressee, also a capitalised word that is no time ("told reporters
// Kask had won", not "told reporters Monday").
func timedSubject(toks []token, k int, prev token) bool {
	tk := toks[k]
	if addressees[prev.lower] && tk.cap && !timeWords[tk.lower] {
		return true // "told journalists China had congratulated …"
	}
	if !timeWords[prev.lower] && !addressees[prev.lower] && !mediumWords[prev.lower] || objectPreps[prev.lower] {
		return false
	}
	if clauseQuantifiers[tk.lower] {
		return true
	}
	for n := k; n < k+2 && n < len(toks) && toks[n].word() && !toks[n].cap && !clauseSkip[toks[n].lower] && !timeWords[toks[n].lower] && !verbAux[toks[n].lower]; n++ {
		if n+1 < len(toks) && toks[n+1].word() && verbAux[toks[n+1].lower] {
			return true
		}
	}
	return false
}

// weekdaySubject reports whether the weekday toks[j] right after a speech
// verb is the reported clause's subject, an auxiliary or copula following
// it: "said Monday would be a day of mourning" (review; the adverbial
// reading gave "a day of mourning …"), not "said Monday the vote …".
func weekdaySubject(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j+1].word() && (verbAux[toks[j+1].lower] || copulas[toks[j+1].lower])
}
