package article

// bareJoin reports whether toks[k] is "and", "while" or "as" joining two
// clauses without a comma ("Ivo Kask congratulated Jo Roe and Lena Dal
// said the vote was rigged"; headlines' "neighbours send greetings and
// Dal vows to fight on", "EU rejects vote as Roe and Kask congratulate
// Lind"): a word before it and a capitalised word or a
// determiner after it, and a stance verb before it in the same clause
// (no speech verb). newClause then asks that a subject and its speech
// or stance verb follow, as after ", and"; only a comma was read as
// ending the first clause, so the second clause and its speaker were
// swallowed into the first speaker's remark.
func bareJoin(toks []token, k int) bool {
	if k < 1 || k+2 >= len(toks) || !toks[k].word() || !bareJoiners[toks[k].lower] || !toks[k-1].word() || !toks[k+1].word() {
		return false
	}
	n := toks[k+1]
	if !n.cap && !determiners[n.lower] && !possessivePronouns[n.lower] {
		return false
	}
	// The first clause must have its act's verb before the joiner: in "as
	// Putin and Xi congratulate W" the names before "and" are one
	// subject. After a speech verb the clause is reported speech, which
	// may itself join two clauses ("said the count was over and the
	// commission had declared Roe the winner").
	act := false
	for j := k - 1; j >= 0 && j >= k-joinSpan; j-- {
		t := toks[j]
		if !t.word() || clauseJoiners[t.lower] || asideSubordinators[t.lower] || t.is("as") {
			break
		}
		if sayVerbs[t.lower] {
			return false
		}
		act = act || contentVerbs[t.lower]
	}
	return act
}

// joinSpan is how far back the first clause's verb may be.
const joinSpan = 12
