package article

import "strings"

// sentenceOpening is openingSubject, and when that finds nobody, the
// subject after a short lead adverbial set off by a comma that the
// openers it knows do not cover (leadAdverbialEnd): "Hours later, the
// party's leader, Ivo Kask, went on television. He said …", "Speaking in
// Tarn, the party's leader, Ivo Kask, …". The subject was not found, and
// a later "he" went to the person before.
func (x *extractor) sentenceOpening(toks []token) phrase {
	first := x.openingSubject(toks)
	if first.ok() && !insideLeadAdverbial(toks, first) && !(first.lo == 0 && leadStanceParticiple(toks) > 0) { // en19_adverbial.go; mm21_lead.go
		return first
	}
	c := leadAdverbialEnd(toks)
	if p := leadStanceParticiple(toks); p > 0 {
		c = p + 1 // mm21_lead.go: "Hailing W's victory as a new start, X said"
	}
	if c <= 0 {
		return x.colonOpening(toks) // en16_opening.go
	}
	c = andAsideEnd(toks, c) // en15_clause.go: "Facing the press, and visibly moved, the leader …"

	ph := x.openingSubject(toks[c:])
	if ph.ok() {
		ph.lo, ph.hi = ph.lo+c, ph.hi+c
	} else if first.ok() {
		return first
	}
	return ph
}

// leadAdverbialEnd returns the index after the comma closing a short lead
// adverbial of time or circumstance, or -1: at most ten words ("Within
// hours of the polls closing on July 25,"; en16: seven left that out), the first
// a leadAdverbialWords word or a participle ("Speaking", "Asked"), a
// capitalised word after the first only after a preposition or another
// capitalised word ("in Tarn", "in New Tarn"), a determiner or possessive
// only after a preposition ("Moments after the announcement,"; "Two weeks
// later her candidate, Jo Roe," opens with its subject, not an adverbial).
func leadAdverbialEnd(toks []token) int {
	if len(toks) < 4 || !toks[0].word() {
		return -1
	}
	w := toks[0].lower
	participle := len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
	if !leadAdverbialWords[w] && !participle {
		return -1
	}
	max := leadAdverbialMax(toks) // en19_adverbial.go
	for j := 1; j < len(toks) && j <= max; j++ {
		t := toks[j]
		if t.is(",") {
			return j + 1
		}
		if !t.word() {
			return -1
		}
		// A participle takes an object ("Facing a room of reporters,"; en15).
		afterPrep := objectPreps[toks[j-1].lower] || frontedPreps[toks[j-1].lower] || participle && j == 1 || gerundObject(toks, j)
		if t.cap && !(afterPrep || toks[j-1].cap || leadNameAfterDeterminer(toks, j)) {
			return -1
		}
		if (descriptionDeterminers[t.lower] || determiners[t.lower]) && !afterPrep {
			return -1 // "Two weeks later her candidate, Jo Roe, lost": the subject, not an adverbial
		}
	}
	return -1
}

// authorityScorned reports whether an action names the body that ran the
// count, or its officials, with a word of crime or servility ("called the
// commission's officials criminals", "branded the electoral board a puppet
// of the ruling party", "described the judges as traitors"): the
// namingVerdict rule reads only names given to the vote or its result. The
// naming verb opens the action (within rejectOpening words) and is not
// negated; the authority comes within three words after it and the scorn
// within four after the authority, before any preposition that makes
// the word of crime someone else ("called the officials victims of
// criminals", "shielded the board from crooks").
func authorityScorned(words []string) bool {
	for i, w := range words[:min(len(words), rejectOpening)] {
		if !namingVerbs[w] || negatedBefore(words, i) {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if !authorityNouns[strings.TrimSuffix(strings.ReplaceAll(words[k], "’", "'"), "'s")] {
				continue
			}
			for j := k + 1; j < len(words) && j <= k+4 && !scornBreak[words[j]]; j++ {
				if authorityScorn[words[j]] {
					return true
				}
			}
		}
	}
	return false
}
