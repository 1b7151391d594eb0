package article

import "strings"

// Signed reactions. A wire roundup of reactions ("Las siguientes son
// algunas reacciones …") sets each reaction under a line of its own that
// signs it: the speaker's name, a comma and the office, and often where
// the words were posted, then the reaction in the next paragraph, quoted
// or not:
//
//	Ana Ruiz, presidenta de Tarsia, en X
//
//	Nuestra felicitación al pueblo de Velor por su triunfo.
//
// The line ends no sentence and has no verb, so no rule read it, and the
// paragraph under it, in the first person with no attribution, got no
// speaker or went to whoever the fallback found in it. A signature line
// is a paragraph of at most signedMaxTokens tokens with no final
// punctuation and no quotation: two to four words opening with a
// capital, none an office or a stop word, a comma, then an office of the
// language ("presidenta de Tarsia", "ministre des Affaires étrangères").
// The article must have at least two such lines (a roundup): a single one
// may be a photo caption. The paragraph after a signature line is the
// signer's: a quotation opening it is theirs, and each of its sentences
// that has no remark of its own is a direct remark of the signer.

// signedMaxTokens bounds a signature line ("Ana Ruiz, presidenta de
// Tarsia, en X" is ten tokens).
const signedMaxTokens = 18

// ml31SignedRoundup reports whether at least two paragraphs of the
// article are signature lines.
func (ix *intl) ml31SignedRoundup(blocks []block) bool {
	n := 0
	for _, b := range blocks {
		if b.headline || b.end-b.start > 160 || strings.ContainsAny(ix.x.text[b.start:b.end], "\n\"«»“”„") {
			continue
		}
		if _, ok := ix.ml31SignatureLine(tokenize(nil, ix.x.text, b.start, b.end, nil, 0)); ok {
			n++
		}
	}
	return n >= 2
}

// ml31SignatureLine parses the paragraph toks as a signature line and
// returns the signer's phrase.
func (ix *intl) ml31SignatureLine(toks []token) (phrase, bool) {
	n := len(toks)
	if n < 4 || n > signedMaxTokens || !toks[n-1].word() || !toks[0].word() || !toks[0].cap {
		return phrase{}, false
	}
	c := 0
	for c < n && toks[c].word() {
		w, _ := ix.core(toks[c].lower)
		if ix.lx.isRole(w) || ix.lx.stops[w] || ix.lx.determiners[w] || notNames[w] || ix.lx.speechVerbs[w] {
			return phrase{}, false
		}
		c++
	}
	if c < 2 || c > 4 || c+1 >= n || !toks[c].is(",") || !toks[c+1].word() {
		return phrase{}, false
	}
	if w, _ := ix.core(toks[c+1].lower); !ix.lx.isRole(w) {
		return phrase{}, false
	}
	r := c + 1
	for r < n && toks[r].word() {
		r++
	}
	if !ix.rev31mlPlatformTail(toks[r:]) {
		return phrase{}, false // a caption or a sentence, not a line of name and office
	}
	name := span(ix.x.text, toks, 0, c)
	return phrase{kind: pName, lo: 0, hi: c, name: name, text: name, role: span(ix.x.text, toks, c+1, r), titled: true}, true
}

// ml31Signature reports whether the paragraph toks is a signature line of
// a roundup, and if so makes its signer the speaker of the next
// paragraph.
func (ix *intl) ml31Signature(toks []token, b block) bool {
	if !ix.ml31Roundup || b.headline {
		return false
	}
	p, ok := ix.ml31SignatureLine(toks)
	if !ok {
		return false
	}
	ix.ml31Signer = ix.resolve(p)
	ix.pending, ix.prev, ix.cont = ix.ml31Signer, nil, nil
	return true
}

// ml31TakeSigner returns the signer of the paragraph about to be read (nil
// unless the paragraph before was a signature line) and forgets it.
func (ix *intl) ml31TakeSigner() *speaker {
	s := ix.ml31Signer
	ix.ml31Signer = nil
	return s
}
