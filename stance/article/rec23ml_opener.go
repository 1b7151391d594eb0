package article

import "strings"

// A German sentence that opens with an adverb or a comparative before a
// verb of saying and a colon: "Schärfer äußerte sich der Abgeordnete X:
// „…“", "Vorsichtiger äußerte sich X: „…“", "Deutlicher wurde die
// Ministerin X: „…“". The verb's subject follows it; the capitalised
// opener, which looks like a surname, is not the speaker. The reported
// path (intl_reported.go) asks deOpenerBeforeSubject (fgr15_deopener.go);
// the quoted path (verbSubject in intl.go) asks the same here, past the
// reflexive "sich" between the verb and its subject. A name the text
// writes elsewhere ("Kask äußerte sich …" after "Ivo Kask") stays the
// subject; the opener counts as known only when it is written twice,
// since the reader may have filed this very word as a name already.

// rec23mlAfterOpener returns the subject after the speech verb toks[v]
// when p, the phrase right before it, is the single unknown word opening
// the clause and a person named in full or with an office follows the
// verb; else no phrase.
func (ix *intl) rec23mlAfterOpener(toks []token, p phrase, v int) phrase {
	if !ix.lx.capNouns || p.lo != 0 || p.hi != v || p.kind != pName || p.role != "" || strings.Contains(p.name, " ") || ix.lx.determiners[toks[p.lo].lower] {
		return phrase{}
	}
	if ix.x.known(p.name) && strings.Count(ix.x.text, p.name) > 1 {
		return phrase{}
	}
	w := v
	if w+1 < len(toks) && toks[w+1].word() && ix.lx.reflexives[toks[w+1].lower] {
		w++ // the subject follows "sich"
	}
	q := ix.speakerAfterVerb(toks, w, true)
	if !ix.isPerson(q) || q.role == "" && !strings.Contains(q.name, " ") || ix.deObjectAfterVerb(toks, q, w) {
		return phrase{}
	}
	return q
}
