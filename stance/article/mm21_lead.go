package article

import "strings"

// A stance participle opening a sentence ("Congratulating Lena Dal on her
// win, Ivo Kask said the two countries …", "Rejecting the result, the
// senator said …", "In welcoming the outcome, X added …"): the participle
// is the act of the main clause's subject, who also speaks. Before, the
// lead adverbial was stepped over (leadAdverbialEnd) and only the remark
// after the speech verb was read, so the congratulation or rejection was
// lost.

// leadParticipleMax is how many tokens a stance participle's phrase may
// run before its comma.
const leadParticipleMax = 12

// leadStanceParticiple returns the index of the comma closing a phrase
// that opens toks with a stance participle (a contentVerbs word in -ing,
// possibly after "In"), or -1. The phrase holds only words.
func leadStanceParticiple(toks []token) int {
	v := 0
	if len(toks) > 1 && toks[0].is("in") {
		v = 1
	}
	if v >= len(toks) || !toks[v].word() || !strings.HasSuffix(toks[v].lower, "ing") || !contentVerbs[toks[v].lower] {
		return -1
	}
	for j := v + 1; j < len(toks) && j <= v+leadParticipleMax; j++ {
		if toks[j].is(",") {
			if j > v+1 {
				return j
			}
			return -1
		}
		if !toks[j].word() {
			return -1
		}
	}
	return -1
}

// leadParticipleVerb is the index of an opening stance participle: 1
// after "In", else 0.
func leadParticipleVerb(toks []token) int {
	if toks[0].is("in") {
		return 1
	}
	return 0
}

// leadStanceObject reports whether the phrase toks[v+1:c] after a stance
// participle is its object about the vote, not a clause of its own: no
// auxiliary or copula ("Congratulating a winner before the count is
// certified would be premature, X said" is a gerund subject, what X
// said), and a name (a capitalised word that is no time word and no
// place after "in", "at", "from" or "to") or a word of the vote's result,
// process, figures or challenges ("Accepting defeat", "Dismissing
// allegations of rigging"). "Accepting an award in Velor", "Praising the
// high turnout", "Celebrating his birthday on Monday" take no stance
// (rev21en).
func leadStanceObject(toks []token, v, c int) bool {
	for j := v + 1; j < c; j++ {
		if auxVerbs[toks[j].lower] {
			return false
		}
	}
	for j := v + 1; j < c; j++ {
		w := toks[j].lower
		if toks[j].cap && !timeWords[w] && !(toks[j-1].is("in") || toks[j-1].is("at") || toks[j-1].is("from") || toks[j-1].is("to")) {
			return true
		}
		if resultNouns[w] || processNouns[w] || countNouns[w] || figureNouns[w] || winWords[w] || doubtTopicWords[w] || challengeNouns[w] {
			return true
		}
	}
	return false
}

// leadParticipleAct gives the subject opening the main clause after a
// stance participle's phrase an action on that phrase, when the subject
// speaks in the sentence (a remark of theirs was found after the comma).
func (x *extractor) leadParticipleAct(st *sentState) {
	toks := st.toks
	c := leadStanceParticiple(toks)
	if c < 0 || st.openSpk == nil || st.opening.lo != c+1 || !leadStanceObject(toks, leadParticipleVerb(toks), c) {
		return
	}
	spoke := false
	for k := st.nRemarks; k < len(x.remarks); k++ {
		if r := x.remarks[k]; r.spk != nil && r.spk.canon() == st.openSpk.canon() && r.Start > toks[c].start {
			spoke = true
		}
	}
	if !spoke {
		return
	}
	start, end := toks[0].start, toks[c-1].end
	x.add(Remark{Text: x.text[start:end], Kind: Action, Start: start, End: end, QuoteStart: start, QuoteEnd: end, Headline: st.headline}, st.openSpk, false)
}

// leadParticipleSkip is where verbRemarks starts reading toks: after the
// comma of an opening stance participle's phrase (its verb is read by
// leadParticipleAct as the main clause subject's act, and a name in it,
// "Refusing to recognise Lena Dal", is its object, no speaker), else 0.
func leadParticipleSkip(toks []token) int {
	return max(0, leadStanceParticiple(toks)+1)
}
