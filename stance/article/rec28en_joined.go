package article

// A request followed by a second clause of its own, joined by a comma and
// "and", "but" or "while": "Its spokesman, Ivo Kask, advised the loser to
// accept the count, and the council's chairman, Lena Dal, said the vote
// had been clean". The speech verb of the second clause has a subject of
// its own and does not make the request a report inside someone else's
// words (saidAfterComma), as it does in "Analysts asked investors to wait,
// the bank's economist Mara Holt said".

// rec28enJoinedAt reports whether toks[j] is a clause joiner (clauseJoiners)
// right after a comma: the clause before it ends there.
func rec28enJoinedAt(toks []token, j int) bool {
	return j > 0 && toks[j].word() && clauseJoiners[toks[j].lower] && toks[j-1].is(",") && rev28enOwnSpeech(toks, j) // rev28en_joined.go
}
