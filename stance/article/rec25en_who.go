package article

// This file holds the twenty-fifth session's English recall rules for a
// postposed speaker followed by a relative clause of speech, and for a
// bare office as an apposition before "who".

// rec25WhoSaid reports whether toks[k:] opens a relative clause of speech
// after a postposed speaker: ", who added that …", "who also said …",
// "who later told reporters …" (toks[k] the comma, or "who" after a
// comma). "The count was clean, said Jo Roe, a lawyer, who added that …"
// read the tail as a clause of its own, so the fronted clause had no
// speaker; the relative clause is a remark of its own, read after. A
// relative clause of anything else ("who lost the vote") is no such tail.
func rec25WhoSaid(toks []token, k int) bool {
	if k < len(toks) && toks[k].is(",") {
		k++
	}
	if k < 1 || k+1 >= len(toks) || !toks[k].is("who") || !toks[k-1].is(",") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		t := toks[j]
		if !t.word() {
			return false
		}
		if sayVerbs[t.lower] && t.lower != "asked" && t.lower != "asking" {
			return true
		}
		if !rec25WhoAdverbs[t.lower] {
			return false
		}
	}
	return false
}

// rec25BareOffice reports whether toks[lo:m] is an apposition that opens
// with a bare office in lower case, without an article: "spokesman for
// the foreign ministry", "senior official at the interior ministry",
// "deputy head of the mission". descriptionFrom wanted an article or a
// possessive first, so ", who added" after "Jo Roe, spokesman for the
// ministry," described the office, not the person. At most two office
// modifiers may come first; no verb or other punctuation may follow.
func rec25BareOffice(toks []token, lo, m int) bool {
	if m-lo > maxPhrase || m <= lo {
		return false
	}
	k := lo
	for k < m && k < lo+2 && toks[k].word() && !toks[k].cap && roleModifiers[toks[k].lower] {
		k++
	}
	if k >= m || !toks[k].word() || toks[k].cap || !(personRoles[toks[k].lower] || moreRoles[toks[k].lower]) {
		return false
	}
	return verblessPhrase(toks[lo:m])
}

// rec25OthersClaim reports whether a run opens by telling what others
// allege or claim: a subject of at most five words that is no first
// person, then an alleging verb (rev24Alleging, or "claim"/"insist"):
// "Kell's supporters allege Dal won with bribes", "the opposition claims
// the count was rigged". A commentator who tells it reports a camp's
// position, not one of their own; with the postposed speaker of
// rec25WhoSaid such clauses now reach analysts ("…, said analyst Jo Roe,
// who added that she had seen no evidence of it").
//
// rev26en: a claiming word after a determiner or a possessive is a noun,
// the subject of the commentator's own judgement ("Kell's claims of fraud
// do not stand up", "those claims have no basis"); and a run that turns
// (withinConjunctions: "…, but the observers found nothing of the kind")
// answers the claim with the commentator's own view.
func rec25OthersClaim(run string) bool {
	w := actionWords(run)
	for i := 1; i < len(w) && i <= 5; i++ {
		if rec25FirstPerson[w[i-1]] {
			return false
		}
		if rev24Alleging[w[i]] || rec25Claiming[w[i]] {
			return !rev26Nominal(w[i-1]) && !rev26Turns(w[i+1:])
		}
	}
	return false
}
