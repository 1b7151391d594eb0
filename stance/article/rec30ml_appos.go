package article

// An office in apposition to another office, in French and Russian too.
// titledApposition (intl_titledappos13.go) read "El jefe de la misión, el
// diputado X, dijo …" in Spanish and Portuguese only, so "Le chef de la
// mission, le député Jean Dupont, a déclaré …" and "Глава делегации,
// депутат Госдумы Иван Петров, заявил …" had no subject, and the
// sentence fell to the inferred fallback, which glued the genitive before
// the name into it ("Госдумы Иван Петров"). French marks the second
// office with a definite article as Spanish does; Russian has no article,
// so there the apposition must open with the office word itself (not
// "Глава делегации, Москва и Минск, …").

// rec30mlTitledOpens reports whether the apposition a, after the office
// before it, opens as the language marks a second description of the
// same person: a definite article (es, pt, fr) or, in Russian, the
// office word.
func (ix *intl) rec30mlTitledOpens(toks []token, a phrase) bool {
	switch ix.lx.code {
	case "es", "pt", "fr":
		_, elided := ix.core(toks[a.lo].lower) // "l'ancien ministre X"
		return ix.lx.definite[toks[a.lo].lower] || elided
	case "ru":
		w, _ := ix.core(toks[a.lo].lower)
		return ix.lx.isRole(w)
	}
	return false
}
