package article

// Narrowings of rec24ml's rules (review rev24rml).
//
// A plural relative verb after names that complement a plural noun
// belongs to the noun's people, not to the names: "cientos de votantes
// de los opositores A y B, que felicitaron a X en la plaza, …", "les
// militants des députés A et B, qui ont félicité X, …", "os militantes
// dos deputados A e B, que felicitaram X, …". rec24mlPluralRelative
// shared the act with every name; after a pronoun standing for a thing
// ("los del guatemalteco A y el panameño B, que felicitaron", "ceux du
// président A et du ministre B, qui ont félicité") the names stay the
// verb's subjects.

// rev24rmlNounComplement reports whether the first of the coordinated
// names co (in any order) follows, within three tokens, a preposition of
// rev24rmlOfWords whose preceding word is a lower-case word other than a
// stand-in pronoun (rev24rmlStandIns): a plural noun the names complement.
func (ix *intl) rev24rmlNounComplement(toks []token, co []phrase) bool {
	lo := -1
	for _, q := range co {
		if lo < 0 || q.lo < lo {
			lo = q.lo
		}
	}
	code := ix.lx.code
	for k := lo - 1; k >= 1 && k >= lo-3 && toks[k].word(); k-- {
		if !rev24rmlOfWords[code][toks[k].lower] {
			continue
		}
		h := toks[k-1]
		return h.word() && !h.cap && !rev24rmlStandIns[code][h.lower]
	}
	return false
}

// rev24rmlSharedRelative reports whether the plural relative act p of the
// verb toks[v] after the name subj is shared by the names coordinated
// with subj (rec24mlPluralRelative), unless they complement a noun.
func (ix *intl) rev24rmlSharedRelative(toks []token, p reportedPart, subj phrase, v int) bool {
	if !ix.rec24mlPluralRelative(toks, p, v) {
		return false
	}
	co := append(ix.coordinated(toks, subj), subj)
	return !ix.rev24rmlNounComplement(toks, co)
}

// A participle aside whose closing comma opens a conjoined verb ("X a
// félicité Y et son Premier ministre Z, saluant une participation
// record, et leur a souhaité …", "X felicitou Y e o seu rival Z,
// destacando …, e desejou …") ends with the first subject's next verb, not
// the main verb of the person before the participle: that person was the
// first verb's object.

// rev24rmlAsideClosesOnVerb reports whether the word toks[k], right after
// the comma that closes a participle aside, can be the main verb of the
// aside's person: a lower-case word that is no conjunction.
func (ix *intl) rev24rmlAsideClosesOnVerb(toks []token, k int) bool {
	return k < len(toks) && toks[k].word() && !toks[k].cap && !ix.lx.conjunctions[toks[k].lower]
}
