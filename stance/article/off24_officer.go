package article

import "strings"

// Officers of the count beyond the heads of an election authority
// (authority.go): a wire report names the people who run the vote by
// their post ("Federal Returning Officer X", "Commissioner X", "chief
// electoral officer X"), by what they do (", who manages the voting
// system in …", ", who heads the national electoral commission"). ("Its
// chairman, X" after a sentence naming a body was dropped in review: it
// gained nothing on the development sets and took a court's or a rights
// commission's president for an officer.) What they say of
// turnout, queues, the count's pace or its conduct is no stance, and the
// officers' rule (procedural, authority.go) takes such remarks off the
// result; the role only makes the rule apply: a remark with a word of a
// verdict ("the count was clean", "fraud") or of tampering ("the sheets
// were altered", off24TamperWords), a claim, a verb rule's
// verdict or the winner or a rival named stays about the result.

// off24OfficerSpeakers adds to officers the speakers whose role or
// description in text makes them officers of the count
// (off24OfficerRole, off24OfficerApposition). A post that is only
// "Commissioner" counts when the article names a body of the vote
// (off24ElectionBodyNamed): "Commissioner X" is as often the European
// Union's or a human-rights body's.
func off24OfficerSpeakers(text string, remarks []Remark, officers map[string]bool) {
	for _, rm := range remarks {
		if rm.Speaker == "" || officers[rm.Speaker] {
			continue
		}
		forms := append([]string{rm.Speaker}, rm.Aliases...)
		officer := off24OfficerRole(rm.Role)
		for _, f := range rm.Aliases {
			officer = officer || off24OfficerRole(strings.TrimSuffix(f, " "+rm.Speaker))
		}
		if officer && (!off24BareCommissioner(rm) || off24ElectionBodyNamed(actionWords(text))) || anyMention(text, forms, func(_, end int) bool {
			return off24OfficerApposition(text[end:])
		}) {
			officers[rm.Speaker] = true
		}
	}
}

// off24OfficerRole reports whether a role is a post of the count: its
// last word is an officer's title (off24OfficerTitles) and every other
// word is an electoral word or a modifier of such a post
// (off24OfficerModifiers): "Federal Returning Officer", "Commissioner",
// "chief electoral officer", "election official"; not "European
// Commissioner" or "police commissioner". An officer or official needs a
// word of the vote ("returning", "electoral"): "the officer" alone may be
// a policeman's.
func off24OfficerRole(role string) bool {
	w := actionWords(strings.ReplaceAll(role, "-", " "))
	if len(w) == 0 || !off24OfficerTitles[w[len(w)-1]] {
		return false
	}
	vote, local := false, false
	for _, x := range w[:len(w)-1] {
		switch {
		case electoralWords[x] || off24VoteModifiers[x]:
			vote = true
		case !off24OfficerModifiers[x]:
			return false
		}
		local = local || off24LocalModifiers[x]
	}
	// a commissioner is one of the vote by the title alone, but not a
	// county's, a district's or a region's: those run a government
	return vote || strings.HasPrefix(w[len(w)-1], "commissioner") && !local
}

// off24OfficerApposition reports whether rest (the text after a name)
// opens with an apposition that gives the post of the count: ", who
// heads the national electoral commission", ", who manages the voting
// system in …" (an off24RunVerbs verb after "who", then a word of the
// vote before the clause ends, and no word of a party's campaign), or ",
// head of the electoral commission" (isAuthorityHead).
func off24OfficerApposition(rest string) bool {
	rest, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return false
	}
	if e := strings.IndexAny(rest, ",.;:—“”\"‘’\n()"); e >= 0 {
		rest = rest[:e]
	}
	w := actionWords(rest)
	if len(w) < 3 || w[0] != "who" || !off24RunVerbs[w[1]] {
		return isAuthorityHead(rest)
	}
	vote := false
	for _, x := range w[2:] {
		if partisanWords[x] {
			return false
		}
		vote = vote || electoralWords[x] || off24VoteModifiers[x]
	}
	return vote
}

// off24BareCommissioner reports whether the speaker's post of the count
// is only a commissioner's, with no word of the vote in the role or an
// alias ("Commissioner X").
func off24BareCommissioner(rm Remark) bool {
	for _, f := range append([]string{rm.Role}, rm.Aliases...) {
		for _, x := range actionWords(strings.ReplaceAll(f, "-", " ")) {
			if electoralWords[x] || off24VoteModifiers[x] {
				return false
			}
		}
	}
	return true
}

// off24ElectionBodyNamed reports whether words name a body of the count:
// an electoral word within two words of an authority body word, before it
// or after it ("the electoral commission", "the Commission on
// Elections").
func off24ElectionBodyNamed(words []string) bool {
	for i, x := range words {
		if !electoralWords[x] {
			continue
		}
		for j := max(0, i-2); j < len(words) && j <= i+2; j++ {
			if authorityBodies[words[j]] {
				return true
			}
		}
	}
	return false
}

// off24ResultCompound reports whether words[i] is "result" or "results"
// naming the count's paperwork, a procedure noun after it: "late
// deliveries of result sheets", "the results forms of 300 stations".
// Such a "result" is a form, not the outcome.
func off24ResultCompound(words []string, i int) bool {
	return (words[i] == "result" || words[i] == "results") && i+1 < len(words) && off24ResultForms[words[i+1]]
}

// off24Stands reports whether words[i] says that something stands, a
// verdict on the count ("the majority stands", "the result will stand"),
// not a figure's level ("turnout stands at 63 per cent").
func off24Stands(words []string, i int) bool {
	return (words[i] == "stands" || words[i] == "stand") && (i+1 == len(words) || !off24LevelWords[words[i+1]])
}
