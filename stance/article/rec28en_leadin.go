package article

// A greeting posted after a lead-in: "Poland's prime minister, Ivo Kask,
// was among the first to post his congratulations", "X was quick to tweet
// her congratulations". The past forms ("posted his congratulations") are
// speech verbs that greet (greets); after "to" the verb is in its base
// form, which no list holds, so the lead-in (skipLeadIn) and a greeting
// (sentGreetings, after an optional possessive) mark it. Without a
// greeting ("was the first to post the figures") or a lead-in before the
// "to" ("She wants to post her congratulations" is no act yet) it is
// none.

// rec28enLeadInGreets reports whether toks[i] is the base form of a
// speech verb (pastSayVerb) after a lead-in and "to", greeting the
// winner: "was among the first to post his congratulations".
func rec28enLeadInGreets(toks []token, i int) bool {
	if i < 2 || !toks[i].word() || !toks[i-1].is("to") || sayVerbs[toks[i].lower] || !pastSayVerb(toks[i].lower) {
		return false
	}
	j := i + 1
	if j < len(toks) && toks[j].word() && possessivePronouns[toks[j].lower] {
		j++
	}
	if j >= len(toks) || !toks[j].word() || !sentGreetings[toks[j].lower] {
		return false
	}
	return skipLeadIn(toks, i-1) != i-1
}
