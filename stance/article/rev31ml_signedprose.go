package article

// A paragraph under a signature line that tells about a person. An
// explainer of the "key players" kind, and a gallery of captioned
// photos, set a line of name and office over each paragraph as a
// roundup does, but the paragraph describes the person in the third
// person: "Ramón Gil, presidente del tribunal electoral" over "Gil
// organizó su tercera elección al frente del organismo …", or over "El
// mandatario llegó el domingo a Velor …". ml31Signature made each of its
// sentences the named person's direct remark, so a profile of an
// electoral official took a stance. A paragraph that does not open with
// a quotation and names the signer by the last word of the signer's name
// (no one calls oneself so), or opens with a determiner and an office
// ("El mandatario", "La candidata opositora") or a subject and a verb of
// speech or act ("La oposición de Velor denunció fraude …": news of
// someone else), is not the signer's.

// rev31mlSignerWords returns signer, or nil when the paragraph toks under
// the signature line tells about a person instead of speaking.
func (ix *intl) rev31mlSignerWords(toks []token, signer *speaker) *speaker {
	if signer == nil || len(toks) < 2 || toks[0].kind == tQuote {
		return signer
	}
	if ix.rev31mlThirdPersonOpening(toks) {
		return nil // "El mandatario llegó …", "La oposición denunció …"
	}
	if rev32enNamesSigner(toks, signer) {
		return nil // "Gil organizó …"
	}
	return signer
}

// rev31mlThirdPersonOpening reports whether toks opens with a determiner
// and, before any punctuation within rev31mlOpeningSpan tokens, an office
// or a verb of speech or act.
func (ix *intl) rev31mlThirdPersonOpening(toks []token) bool {
	if !toks[0].word() || !ix.lx.determiners[toks[0].lower] {
		return false
	}
	for k := 1; k < len(toks) && k <= rev31mlOpeningSpan && toks[k].word(); k++ {
		w, _ := ix.core(toks[k].lower)
		if k == 1 && ix.lx.isRole(w) || ix.lx.speechVerbs[toks[k].lower] || ix.lx.actionVerbs[toks[k].lower] {
			return true
		}
	}
	return false
}

// rev31mlOpeningSpan bounds the subject read at a paragraph's opening ("La
// oposición de Kestrava denunció" is five tokens).
const rev31mlOpeningSpan = 6
