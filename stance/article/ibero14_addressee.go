package article

// Whom a remark was said to, between an inverted speech verb and its
// subject: "«…», declaró a este medio el diputado electo X, de …",
// "«…», disse à Lusa o ministro X", "«…», dijo a los periodistas la
// portavoz X". pastAdverbial read the preposition as an addressee and
// stopped there (only an agency's acronym and a name after it were
// read), so the quotation went to the previous speaker. The addressee is
// a short noun phrase (up to three words, no office), and the subject
// after it opens with a definite article and is a person named with an
// office or in full, or is a name in full ("…, dijo a la prensa Carlos
// Mena."; the sixteenth session), running to a punctuation mark or the
// end.

// addresseeSpan is how many words the addressee may have.
const addresseeSpan = 3

// subjectPastAddressee returns the subject after the addressee that
// opens with the preposition toks[j], or false.
func (ix *intl) subjectPastAddressee(toks []token, j int) (*speaker, bool) {
	if !iberoTitleLangs[ix.lx.code] && ix.lx.code != "fr" { // French too: "a déclaré à la presse X" (rec29ml)
		return nil, false
	}
	for i := j + 2; i < len(toks) && i <= j+1+addresseeSpan; i++ {
		t := toks[i-1]
		if !t.word() || ix.lx.isRole(t.lower) || i-1 > j+1 && ix.lx.stops[t.lower] {
			return nil, false // "a la presidenta X": the addressee is a person; "a los periodistas en …"
		}
		if !toks[i].word() || !ix.lx.definite[toks[i].lower] && !toks[i].cap {
			continue // "a la prensa el diputado X", "a la prensa Carlos Mena" (isPerson: a full name)
		}
		p := ix.apposed(toks, i)
		if ix.isPerson(p) && (p.hi == len(toks) || toks[p.hi].kind == tPunct) {
			return ix.speakerAt(toks, i, false)
		}
	}
	return nil, false
}
