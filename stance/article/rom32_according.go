package article

// Round-ups give a camp's view with an attribution word and the camp:
// "Para la oposición, el resultado es un fraude", "Selon les
// observateurs, le scrutin était crédible", "Segundo a oposição, …",
// "Para el Gobierno de Estados Unidos, la elección no fue libre". The
// attribution read a person, an office or a body only, and the opening
// "para/pour" (which also opens "Para Bogotá, es un alivio") a person or
// an office only, so a group, or a body named with its country, after it
// gave no remark. A group of politics (ml32_group.go) right after an
// attribution word that opens its clause, followed by a comma, is the
// speaker of the clause after the comma (or the body named after it:
// "Según los observadores de la OEA, …" is the OEA's); after the opening "para/pour" a
// body named by an office word and a capitalised complement
// (namedBody: "el Gobierno de X") counts as an office does. A place
// alone after "para/pour" still gives nothing.

// rom32AccordingGroup reads a group after the attribution word of n
// words at toks[i], which opens its clause (o), and the clause after the
// group's comma.
func (ix *intl) rom32AccordingGroup(toks []token, i, n int, o bool) (reportedPart, bool) {
	if !o {
		return reportedPart{}, false
	}
	g := ix.ml32GroupAfter(toks, i+n)
	if g.ok() && g.hi+1 < len(toks) && toks[g.hi].word() && ix.lx.rolePreps[toks[g.hi].lower] {
		g = ix.forward(toks, g.hi+1) // "Según los observadores de la OEA, …": the body, as "Los observadores de la OEA señalaron" reads it
		if g.kind != pName {
			return reportedPart{}, false
		}
	}
	if !g.ok() || g.hi+1 >= len(toks) || !toks[g.hi].is(",") {
		return reportedPart{}, false
	}
	return reportedPart{spk: ix.resolve(g), kind: Reported, cs: g.hi + 1, lo: i}, true
}
