package article

import "strings"

// rev27rmlSubjectAfterContrast returns, in German, the subject named with
// a masculine office after the verb toks[v] when a particle of contrast
// (rec27mlContrastParticles) stands between the verb and the name before
// it: "Vogt hingegen gratulierte der Kanzler X noch am Abend" puts the
// object first, and "der" with an office that is no feminine "-in" form
// is the nominative subject. Read past the particle, the bare name before
// it took the act ("Die Abgeordnete X hingegen sprach" has no subject
// after the verb and is left alone).
func (ix *intl) rev27rmlSubjectAfterContrast(toks []token, v int) phrase {
	if ix.lx.code != "de" || v+2 >= len(toks) || !toks[v+1].is("der") || !toks[v+2].word() {
		return phrase{}
	}
	contrast := false
	for b := v - 1; b >= 0 && v-b <= 3 && toks[b].word() && ix.lx.preverbs[toks[b].lower]; b-- {
		contrast = contrast || rev27rmlIsContrast(toks[b].lower)
	}
	w, _ := ix.core(toks[v+2].lower)
	if !contrast || !ix.lx.isRole(w) || strings.HasSuffix(w, "in") {
		return phrase{}
	}
	if p := ix.apposed(toks, v+2); ix.isPerson(p) && p.role != "" {
		return p
	}
	return phrase{}
}

// rev27rmlIsContrast reports whether w is one of the German particles of
// contrast.
func rev27rmlIsContrast(w string) bool {
	for _, c := range rec27mlContrastParticles["de"] {
		if c == w {
			return true
		}
	}
	return false
}
