package article

// originBefore steps back over an origin ending at toks[j] ("President Ivo
// Kask of Marossa", "the chancellor of the Example Federation"): it
// returns the index of the last word before its "of" when toks[j] ends one
// that skipOrigin reads forward and a capitalised word stands before the
// "of"; otherwise j. A list of names with origins ("Chancellor A of
// Germany, President B of France and C congratulated W") is read back
// from its last name through it.
func originBefore(toks []token, j int) int {
	for k := j - 1; k >= 1 && k >= j-9; k-- {
		if !toks[k].is("of") {
			continue
		}
		if skipOrigin(toks, k) == j+1 && toks[k-1].word() && toks[k-1].cap && !ofListHead(toks, k) { // rec31en_oflist.go: not "Leaders of A, B and C"
			return k - 1
		}
		break
	}
	return j
}

// groupIncluding reports whether toks[k] is "including", "like" or
// "such as" after a plural group of speakers ("Leaders including A and B
// congratulated W", "European leaders, including A and B, …", "Kenya's
// neighbours like A and B congratulated W"): the names after it are the
// group's members and share its verb, not the objects of a verb.
func groupIncluding(toks []token, k int) bool {
	j := k - 1
	switch {
	case k < 1:
		return false
	case toks[k].is("as") && toks[j].is("such") && j > 0:
		j--
	case !toks[k].is("including") && !toks[k].is("like"):
		return false
	}
	if toks[j].is(",") && j > 0 {
		j--
	}
	return toks[j].word() && groupRoles[toks[j].lower]
}
