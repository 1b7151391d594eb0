package article

// sameAct reports whether toks[i] opens "did the same" or "did
// likewise" (also "does", "has done", "had done" before them): the
// subject repeats the act reported just before, as "followed suit" does
// ("Narendra Modi rang to congratulate Khan, and Ashraf Ghani did the
// same, adding an invitation to Kabul").
func sameAct(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i].word() || !sameActVerbs[toks[i].lower] {
		return false
	}
	if toks[i+1].is("likewise") {
		return true
	}
	return i+2 < len(toks) && toks[i+1].is("the") && toks[i+2].is("same") && (i+3 == len(toks) || !toks[i+3].word())
}

// actJustBefore reports whether the last remark so far is an action told
// in this sentence or the one before: what "did the same" repeats (as
// soDid asks of "So did B").
func (x *extractor) actJustBefore(st *sentState) bool {
	r, ok := x.lastRemarkNear(st)
	return ok && r.Kind == Action && !r.Headline && !r.NoStance
}

// sameWords reports whether the words of an act are only "did the same"
// or "did likewise", perhaps with a time after them ("did the same on
// Tuesday"), as followsSuit reads "followed": "did the same thing with a
// message of protest" says what was done.
func sameWords(w []string) bool {
	k := 0
	switch {
	case len(w) >= 2 && sameActVerbs[w[0]] && w[1] == "likewise":
		k = 2
	case len(w) >= 3 && sameActVerbs[w[0]] && w[1] == "the" && w[2] == "same":
		k = 3
	default:
		return false
	}
	return k == len(w) || followTails[w[k]] || startsWithDigit(w[k])
}
