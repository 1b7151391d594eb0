package article

import "strings"

// A trailing attribution in a sentence of its own: “The count was rigged
// and we will not accept it.” Those were the words of Ivo Kask. / So said
// Ivo Kask. / That was the verdict of the senator. The sentence names who
// spoke the quotation that closes the sentence before it; before, the
// quotation went to whoever the reader had in mind (or nobody) and the
// speaker named after it said nothing.

// echoSpeakerAt returns the index where the speaker's phrase starts in a
// trailing-attribution sentence toks ("So said X", "Those were the words
// of X", "That was the verdict of X"), or -1. A sentence saying the view
// is shared (echoSharedWords: "That was the view of X, too", "That was
// the reaction of X as well") names someone agreeing with the quotation,
// not its speaker (rev21en).
func echoSpeakerAt(toks []token) int {
	w := func(k int) string {
		if k < len(toks) && toks[k].word() {
			return toks[k].lower
		}
		return ""
	}
	for k := range toks {
		if echoSharedWords[w(k)] || w(k) == "as" && w(k+1) == "well" {
			return -1
		}
	}
	if echoSoWords[w(0)] && attributionEchoVerbs[w(1)] {
		return 2
	}
	if !echoDeictics[w(0)] || !echoCopulas[w(1)] {
		return -1
	}
	k := 2
	if w(k) == "the" {
		k++
	}
	if echoNouns[w(k)] && w(k+1) == "of" {
		return k + 2
	}
	return -1
}

// echoSpeaker returns the speaker's phrase of a trailing-attribution
// sentence toks, a name or an office, or no phrase.
func (x *extractor) echoSpeaker(toks []token) phrase {
	k := echoSpeakerAt(toks)
	if k < 0 || k >= len(toks) {
		return phrase{}
	}
	ph := forward(x.text, toks, k)
	if ph.kind != pName && ph.kind != pRole {
		return phrase{}
	}
	return ph
}

// echoAttribution gives the quotation closing the previous sentence (a
// direct remark standing alone as its sentence, ending where only spaces
// separate it from this sentence) to the speaker named by a
// trailing-attribution sentence. A quotation that opens this sentence
// ("“…” So said X.") is attributed before directRemarks reads it.
func (x *extractor) echoAttribution(st *sentState) {
	toks := st.toks
	if len(toks) > 2 && toks[0].kind == tQuote && x.qState[toks[0].q] != qAbsorbed {
		// “…” So said X: the quotation opens the same sentence.
		if ph := x.echoSpeaker(toks[1:]); ph.ok() {
			ph.lo, ph.hi = ph.lo+1, ph.hi+1
			spk := x.resolve(ph)
			x.qState[toks[0].q], x.qSpk[toks[0].q], x.qFollows[toks[0].q] = qAttributed, spk, false
		}
		return
	}
	ph := x.echoSpeaker(toks)
	if !ph.ok() {
		return
	}
	for r := st.nRemarks - 1; r >= 0; r-- {
		rm := &x.remarks[r]
		if rm.Kind != Direct || rm.QuoteEnd > toks[0].start {
			continue
		}
		if strings.TrimSpace(x.text[rm.QuoteEnd:toks[0].start]) != "" || !quoteOpensSentence(x.text, rm.QuoteStart) {
			return // “…,” said Jo Roe. Those were the words of a desperate man.
		}
		spk := x.resolve(ph)
		rm.spk, rm.follows = spk, false
		st.last, st.lastSet = spk, true
		return
	}
}

// quoteOpensSentence reports whether only spaces stand between the
// quotation opening at text[at] and the end of the sentence or paragraph
// before it: a quotation standing alone, with no attribution of its own
// before it.
func quoteOpensSentence(text string, at int) bool {
	before := strings.TrimRight(text[:at], " \t")
	return before == "" || strings.HasSuffix(before, "\n") || strings.ContainsAny(before[len(before)-1:], ".!?")
}
