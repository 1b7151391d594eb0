package article

// rev23mlDocumentOpens reports whether the document before the signing
// participle toks[s] is the sentence's opening adverbial itself: the
// sentence opens with a documentOpeners word ("Dans", "En", "Em",
// "Lisant") and at most a determiner and one adjective stand between it
// and the document noun ("Dans une déclaration", "En un breve
// comunicado", "Em nota"). A document that something answers, defies or
// asks about ("En réponse à une déclaration signée par A", "Malgré la
// déclaration signée par A", "Interrogé sur la déclaration …", "Tras
// recibir una nota firmada por A") is not the subject's own: its signers
// do not share the subject's act (rec23mlSignedOpening, review of
// rec23ml).
func (ix *intl) rev23mlDocumentOpens(toks []token, s int) bool {
	d := s - 1
	for d > 0 && !(toks[d].word() && ix.lx.sourceNouns[toks[d].lower]) {
		d--
	}
	if d < 1 || d > 3 || !toks[0].word() || !documentOpeners[ix.lx.code][toks[0].lower] {
		return false
	}
	for k := 1; k < d; k++ {
		t := toks[k]
		switch {
		case !t.word() || ix.lx.stops[t.lower]:
			return false
		case ix.lx.determiners[t.lower] && k == 1:
		case t.cap || k != d-1:
			return false // one adjective, right before the noun
		}
	}
	return true
}
