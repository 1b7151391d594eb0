package article

import "strings"

// speakerHeader reads a paragraph that is only a speaker phrase, the
// header of an entry in a roundup of reactions ("GERMAN CHANCELLOR GRETA
// LIND:", "Russian President Ivan Petrov, in a statement:", "BRITISH
// FOREIGN SECRETARY JO ROE, ON X:") whose words follow in the next
// paragraph: a quotation opening that paragraph is the header's speaker's.
// Without a colon only a titled name is a header ("JAPANESE PRIME
// MINISTER KEN SATO"): a bare name or place ("BRITAIN", "THE
// OPPOSITION") is a section title, and what follows it is no one's.
func (x *extractor) speakerHeader(st *sentState, s sentence, c *context) bool {
	toks := st.toks
	b := x.blocks[s.block]
	if st.headline || s.lo != b.tlo || s.hi != b.thi || len(toks) < 2 {
		return false
	}
	ph := forward(x.text, toks, 0)
	if ph.kind != pName && ph.kind != pRole && ph.kind != pInstitution {
		return false
	}
	end, colon := headerEnd(toks, ph.hi)
	if end != len(toks) || !x.headerSpeaker(toks, ph, colon) {
		return false
	}
	spk := x.resolve(ph)
	x.handOn(&sentState{}, c)
	c.pendingIntro = spk
	if colon {
		x.en32SignedHeader(s.block, spk) // en32_signed.go
	}
	return true
}

// headerEnd returns the index past a header's tail starting at toks[j]:
// nothing, or a colon, or a comma and at most six words ("on X", "in a
// statement", "speaking to reporters") then a colon; colon tells whether
// the header ends with one.
func headerEnd(toks []token, j int) (end int, colon bool) {
	if j < len(toks) && toks[j].is(",") {
		k := j + 1
		for k < len(toks) && k <= j+7 && toks[k].word() {
			k++
		}
		if k > j+1 && k < len(toks) && toks[k].is(":") {
			return k + 1, true
		}
		return j, false
	}
	if j < len(toks) && toks[j].is(":") {
		return j + 1, true
	}
	return j, false
}

// headerSpeaker reports whether ph, the phrase of a header paragraph
// (colon: ending in a colon), names a speaker. Without a colon only a
// titled name does, and one with an aside in brackets is a photo's
// caption ("President Ivo Kask (File photo)"). With one, an office, an
// institution, a titled name or a name the article has met as a person
// already: an untitled capitalised word or two is a section title
// ("BACKGROUND:", "KEY QUOTES:", "Reaction:"), and so is a group taken
// for a title ("WORLD LEADERS REACT:").
func (x *extractor) headerSpeaker(toks []token, ph phrase, colon bool) bool {
	if ph.kind == pName && ph.role != "" {
		words := strings.Fields(strings.ToLower(ph.role))
		if groupRoles[words[len(words)-1]] {
			return false
		}
	}
	if !colon {
		for _, t := range toks[ph.lo:ph.hi] {
			if t.is("(") {
				return false
			}
		}
		return ph.kind == pName && ph.role != ""
	}
	return ph.kind != pName || ph.role != "" || x.known(ph.name)
}

// labelDashSubject is the speaker of a roundup entry "LABEL - Name: “…”"
// ("GERMANY - Chancellor Lena Dal:", "Norland — the foreign ministry:"),
// with toks[d] the dash and toks[colon] the colon: a name or institution
// filling the span between them, after a label of at most four
// capitalised words. A clause before the dash ("The mood on Sunday -
// Election Day:") or a description after it ("Ivo Kask - a former
// general:") is no entry.
func (x *extractor) labelDashSubject(toks []token, d, colon int) phrase {
	if d < 1 || d > 4 {
		return phrase{}
	}
	for _, t := range toks[:d] {
		if !t.word() || !t.cap {
			return phrase{}
		}
	}
	ph := forward(x.text, toks, d+1)
	if ph.hi != colon || ph.kind != pName && ph.kind != pInstitution {
		return phrase{}
	}
	return ph
}
