package article

// "L'Union européenne salue la victoire de X. C'est ce qu'a déclaré Josep
// Borrell", "Portugal saúda a vitória de X. Foi o que afirmou o
// primeiro-ministro António Costa", "Москва признает победу X. Об этом
// заявил глава МИД Сергей Лавров": the sentence before a back-reference
// tells a country's or a body's act, found as that body's remark, and
// the back-reference names the person who told it. attributePrevious
// gives the person only what nothing attributed; the person is then
// lost. The person who speaks for the body (an office holder or someone
// named in full) shares the body's reported remarks and acts: each is
// added again as theirs, and the body keeps its own. A body's name may be
// two words ("Union européenne", "Estados Unidos"), so only a speaker
// with an office is known to be a person, whose remark stays theirs.

// shareBodyRemarks adds the previous sentence's reported remarks and
// acts of another speaker without an office again as spk's, when spk is
// a person named in full or by an office.
func (ix *intl) shareBodyRemarks(spk *speaker) {
	ps := ix.prevSent
	c := spk.canon()
	if c.kind != pName || c.role == "" && !containsSpace(c.name) {
		return
	}
	for i := ps.from; i < ps.to && i < len(ix.x.remarks); i++ {
		r := ix.x.remarks[i]
		if r.Kind == Direct || r.Inferred || r.spk == nil {
			continue
		}
		if o := r.spk.canon(); o == c || o.kind == pName && o.role != "" {
			continue // an office holder's own remark stays theirs alone
		}
		ix.x.add(r.Remark, spk, false)
	}
}

func containsSpace(s string) bool {
	for _, r := range s {
		if r == ' ' {
			return true
		}
	}
	return false
}
