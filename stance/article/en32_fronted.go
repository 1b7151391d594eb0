package article

// en32Fronted reports whether the sentence opens with a fronted predicate
// whose actors follow the copula, and returns where its act starts: the
// first stance verb, greeting noun or call word before the copula.
// "Joining the chorus of congratulations was A", "First to call W was
// A", "Quick to congratulate W were A and B", "Also among the first to
// congratulate W was A". amongThose reads the
// actors after the copula. The act must come within the first six words
// ("First, the count was slow" has none; "Next week was busy" neither).
// verb leaves that act to amongThose: its subject is no speaker ("Quick").
func en32Fronted(toks []token) int {
	k := 0
	if len(toks) > 1 && (toks[0].is("the") || toks[0].is("also")) {
		k = 1
	}
	if len(toks) < k+4 || !toks[k].word() || !en32FrontedOpeners[toks[k].lower] && !(k == 1 && toks[0].is("also") && toks[1].is("among")) {
		return -1
	}
	for v := k + 1; v < len(toks) && v <= k+6; v++ {
		t := toks[v]
		if !t.word() || copulas[t.lower] {
			return -1
		}
		if rev32enCalledRace(toks, v) {
			return -1 // "First to call the race for W was AP" (rev32en_fronted.go)
		}
		if contentVerbs[t.lower] || sendVerbs[t.lower] || greetingNouns[t.lower] || callVerbs[t.lower] {
			return v
		}
	}
	return -1
}

// en32CopulaActors reads the actors after the copula of amongThose at
// toks[j]: the list of names, or else one office or body that ends the
// clause ("Among those congratulating W was the president of Poland",
// "First to call was the Kremlin"); list reads the countries after a
// plural office ("were the leaders of Poland and Estonia"). An
// office followed by more words ("was the president's decision to …")
// is no actor.
func (x *extractor) en32CopulaActors(toks []token, j int) []phrase {
	if names := x.list(toks, j); len(names) > 0 {
		return names
	}
	ph := forward(x.text, toks, j)
	if ph.kind != pRole && ph.kind != pName && ph.kind != pInstitution {
		return nil
	}
	if e := skipOrigin(toks, ph.hi); e < len(toks) && toks[e].word() {
		return nil
	}
	return []phrase{ph}
}
