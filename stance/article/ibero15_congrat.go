package article

// A verb of saying whose object is a congratulation or a greeting, in
// Spanish and Portuguese: "el canciller X repitió el saludo en las redes",
// "reiteró sus felicitaciones al ganador", "reiterou os parabéns ao
// Presidente eleito". The verb opens no clause, so it was read as nothing;
// what was said is the congratulation, an act of the subject as "felicitó"
// is. The object opens within three words of the verb, past a determiner
// or a possessive (lower-case words); "repitió la pregunta" is no act.

// congratObject reports whether the speech verb toks[v] takes a
// congratulation noun (iberoCongratStems) within three lower-case words.
func (ix *intl) congratObject(toks []token, v int) bool {
	stems := iberoCongratStems[ix.lx.code]
	if stems == nil {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+3; k++ {
		t := toks[k]
		if !t.word() || t.cap {
			return false
		}
		if hasStem([]string{t.lower}, stems) {
			return true
		}
		if k > v+1 && !ix.lx.determiners[toks[k-1].lower] && !iberoPossessives[toks[k-1].lower] {
			return false // "dijo en la sede que …": no object
		}
	}
	return false
}
