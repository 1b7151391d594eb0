package article

import "strings"

// Officers of the count beyond the heads of an election authority
// (authority.go): a wire report names the people who run the vote by
// their post ("Federal Returning Officer X", "Commissioner X", "chief
// electoral officer X"), by what they do (", who manages the voting
// system in …", ", who heads the national electoral commission"), or by
// the body the sentence before named ("The electoral commission put
// turnout at 50 percent. Its chairman, X, blamed …"). What they say of
// turnout, queues, the count's pace or its conduct is no stance, and the
// officers' rule (procedural, authority.go) takes such remarks off the
// result; the role only makes the rule apply: a remark with a word of a
// verdict ("the count was clean", "fraud"), a claim, a verb rule's
// verdict or the winner or a rival named stays about the result.

// off24OfficerSpeakers adds to officers the speakers whose role or
// description in text makes them officers of the count
// (off24OfficerRole, off24OfficerApposition, off24ItsOfficer).
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
		if officer || anyMention(text, forms, func(start, end int) bool {
			return off24OfficerApposition(text[end:]) || off24ItsOfficer(text[:start])
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
	vote := strings.HasPrefix(w[len(w)-1], "commissioner")
	for _, x := range w[:len(w)-1] {
		switch {
		case electoralWords[x] || off24VoteModifiers[x]:
			vote = true
		case !off24OfficerModifiers[x]:
			return false
		}
	}
	return vote
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

// off24ItsOfficer reports whether before (the text right before a name)
// ends with "Its chairman, " or "Its secretary-general, " (a head's
// title, off24HeadTitles) and the sentence before names a body of the
// count: an authority body word (authorityBodies) after an electoral word
// within two words ("the electoral commission", "the Election
// Commission"), or the body word alone when the article named the body
// with its electoral word earlier ("The commission itself …").
func off24ItsOfficer(before string) bool {
	if !strings.HasSuffix(before, ", ") {
		return false
	}
	before = strings.TrimSuffix(before, ", ")
	i := strings.LastIndex(before, "Its ")
	if i < 0 || (i > 0 && !strings.ContainsAny(before[max(0, i-2):i], ".!?\n")) {
		return false
	}
	title := actionWords(strings.ReplaceAll(before[i+4:], "-", " "))
	if len(title) == 0 || len(title) > 2 || !off24HeadTitles[strings.Join(title, " ")] {
		return false
	}
	prev := before[:i]
	named := off24ElectoralBody(actionWords(prev))
	prev = strings.TrimRight(prev, " \n.!?")
	if j := strings.LastIndexAny(prev, ".!?\n"); j >= 0 {
		prev = prev[j+1:]
	}
	for _, x := range actionWords(prev) {
		if authorityBodies[x] && named {
			return true
		}
	}
	return false
}

// off24ElectoralBody reports whether words name a body of the count: an
// electoral word followed within two words by an authority body word.
func off24ElectoralBody(words []string) bool {
	for i, x := range words {
		if !electoralWords[x] {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+2; j++ {
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
