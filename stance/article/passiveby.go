package article

import "strings"

// A stance told in the passive names its actors after "by": "Kask was
// congratulated by Polish President Anna Wik", "The result was swiftly
// rejected by opposition leader Tomas Reed", "His victory was also welcomed
// on Monday by X and Y". The verb rules look for a subject before the
// verb, so the agents would get nothing.

// passiveBy gives each person named after "by" in "S was PARTICIPLE (…) by
// A, B and C" the action of the clause up to the participle ("Kask was
// congratulated"), which the verb rule reads by its participle and any
// negation before it ("has not been recognised"). The clause starts after
// the sentence's dateline or the last comma before the auxiliary; at most
// six words (adverbs, a time, "by phone") come between the participle and
// the agents' "by", and the agents are people or bodies the list grammar
// reads (persons: a title, several words, or a name met before).
func (x *extractor) passiveBy(st *sentState) {
	toks := st.toks
	start := x.datelineEnd(toks)
	for v := start + 1; v < len(toks); v++ {
		t := toks[v]
		if t.is(",") || t.is(";") {
			start = v + 1
			continue
		}
		if !t.word() || !passiveStanceVerbs[t.lower] || !passiveBefore(toks, start, v) || passiveThingVerbs[t.lower] && !resultSubject(toks[start:v]) {
			continue
		}
		for j := v + 1; j < len(toks) && j <= v+7; j++ {
			if !toks[j].word() {
				break
			}
			if !toks[j].is("by") {
				continue
			}
			if names := x.persons(x.list(toks, j+1)); len(names) > 0 {
				x.listActions(st, start, v+1, names)
				return
			}
		}
	}
}

// resultSubject reports whether a passive clause's words before the
// participle hold the result, the vote, the figures or an election
// ("Kask's re-election was welcomed by …"): passiveThingVerbs need one.
func resultSubject(toks []token) bool {
	for _, t := range toks {
		if t.word() && (resultNouns[t.lower] || voteNouns[t.lower] || figureNouns[t.lower] || strings.HasSuffix(t.lower, "election")) {
			return true
		}
	}
	return false
}

// passiveBefore reports whether a passive auxiliary comes at most three
// words before the participle toks[v] ("was congratulated", "was also
// swiftly rejected", "has not been recognised"), after toks[start].
func passiveBefore(toks []token, start, v int) bool {
	for k := v - 1; k >= start && k >= v-3; k-- {
		if !toks[k].word() {
			return false
		}
		if passiveAux[toks[k].lower] {
			return k > start
		}
	}
	return false
}

// passiveRejection reports whether an act is a rejection told in the
// passive, as passiveBy makes them: it ends in a rejecting participle after
// a passive auxiliary with no negation in the three words before the
// auxiliary or after it ("The result was swiftly rejected", not "must never
// be contested"),
// and its subject holds the result, the vote or the figures. The active
// form ("rejected the result") is rejectionVerdict's.
func passiveRejection(words []string) bool {
	n := len(words)
	if n < 3 || !rejectVerbs[words[n-1]] && !passiveContestVerbs[words[n-1]] {
		return false
	}
	aux := -1
	for k := n - 2; k >= 0 && k >= n-4 && aux < 0; k-- {
		if passiveAux[words[k]] {
			aux = k
		}
	}
	if aux < 0 {
		return false
	}
	for _, w := range words[max(0, aux-3) : n-1] {
		if actionNegations[w] || negations[w] || strings.HasSuffix(w, "n't") {
			return false // "was not rejected", "must never be contested"
		}
	}
	for _, w := range words[:aux] {
		if resultNouns[w] || voteNouns[w] || figureNouns[w] {
			return true
		}
	}
	return false
}
