package article

import "strings"

// describedAfterVerb reads the speaker of an inverted attribution whose
// subject is a description, not a name, with the name after it: “…,” said
// a court technician, Jo Varga, in a briefing — the description, a comma
// and the name it introduces (titled or of several words, ending at a
// comma or the sentence's end) — or “…,” said one demonstrator in Tarn,
// who gave only his first name, Marek — the name a relative clause of
// naming gives (namingRelative). The description opens with an article or
// "one" and holds at most maxDescriptionWords lower-case words, and for
// the second form a place after "in" or "from". It returns no phrase when
// there is no such name: "a demonstrator" alone cannot be told apart from
// any other, so it stays no speaker.
func (x *extractor) describedAfterVerb(toks []token, lo int) phrase {
	if lo >= len(toks) || !toks[lo].word() || !(descriptionDeterminers[toks[lo].lower] || toks[lo].is("one")) || toks[lo].cap && lo > 0 && !toks[lo-1].isTerm() {
		return phrase{}
	}
	c, lower := -1, 0
	for j := lo + 1; j < len(toks) && j <= lo+maxDescriptionWords+3; j++ {
		t := toks[j]
		if t.is(",") {
			c = j
			break
		}
		switch {
		case !t.word():
			return phrase{}
		case !t.cap && (t.is("in") || t.is("from") || plainNoun(t.lower)):
			lower++
		case t.cap && (toks[j-1].is("in") || toks[j-1].is("from") || toks[j-1].cap):
			// a place: "one demonstrator in Tarn"
		default:
			return phrase{}
		}
	}
	if c < 0 || lower == 0 || lower > maxDescriptionWords+1 {
		return phrase{}
	}
	if k := x.namingRelative(toks, c+1); k > 0 {
		ph := forwardRun(x.text, toks, k)
		if ph.kind == pName && (ph.hi == len(toks) || !toks[ph.hi].word()) {
			ph.lo = lo
			return ph
		}
		return phrase{}
	}
	ph := forwardRun(x.text, toks, c+1)
	if ph.kind != pName || !(ph.titled || strings.Contains(ph.name, " ")) || ph.hi < len(toks) && toks[ph.hi].word() {
		return phrase{}
	}
	ph.lo = lo
	return ph
}

// namingRelative returns the index of the name after a relative clause
// of naming at toks[k] ("who gave only his first name, Marek", "who gave
// her name as Lena", "who identified himself as Ivo"), or 0.
func (x *extractor) namingRelative(toks []token, k int) int {
	if k+3 >= len(toks) || !toks[k].is("who") || !namingVerbsOfSelf[toks[k+1].lower] {
		return 0
	}
	for j := k + 2; j < len(toks) && j <= k+8; j++ {
		t := toks[j]
		switch {
		case t.is("name") || t.is("himself") || t.is("herself"):
			n := j + 1
			if n < len(toks) && (toks[n].is(",") || toks[n].is("as")) {
				n++
			}
			if n < len(toks) && toks[n].word() && toks[n].cap {
				return n
			}
			return 0
		case !t.word():
			return 0
		}
	}
	return 0
}
