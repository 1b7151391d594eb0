package article

// A race called is no greeting. en32Fronted takes "call" as the act of a
// fronted predicate ("First to call was A": a call to the winner), but
// a news agency or broadcaster "calls the race" when it projects the
// winner: "First to call the race for Weber was the Associated Press" is
// the agency's projection, not a congratulation, and gave the agency a
// recognising stance. rev32enCalledRace declines a call word followed by
// "the race", "the election" … or "it" and then "for" or the copula.

// rev32enCalledRace reports whether the call word at toks[v] projects a
// race: "call the race for W", "call the election was", "call it for W".
func rev32enCalledRace(toks []token, v int) bool {
	if !callVerbs[toks[v].lower] {
		return false
	}
	k := v + 1
	if k < len(toks) && toks[k].is("the") && k+1 < len(toks) && rev32enRaceNouns[toks[k+1].lower] {
		k += 2
	} else if k < len(toks) && toks[k].is("it") {
		k++
	} else {
		return false
	}
	return k < len(toks) && (toks[k].is("for") || copulas[toks[k].lower])
}
