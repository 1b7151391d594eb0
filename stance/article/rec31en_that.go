package article

// reportedThatSubject is the subject of the stance verb toks[i] inside a
// clause opened by "that" after a speech or report verb whose own
// subject is no speaker: "Chinese state media reported that Lena Dal had
// congratulated Kask on his win", "The newspaper said that Jo Roe had
// rejected the count". The phrase grammar reads "that" before a name as a
// determiner ("that official said"), so the verb had no subject; here it
// is the complementizer and the name after it is the subject. When a
// report of the sentence already holds the clause ("Officials said that
// Lena Dal had …" is the officials' remark), the act comes from that
// report (enclosingReport) and nothing is returned. after is the index
// after the name.
func (x *extractor) reportedThatSubject(st *sentState, i int) (ph phrase, after int) {
	toks := st.toks
	k := skipLeadInSplit(toks, i-1)
	for n := 0; k >= 0 && n < 6 && preVerb(toks[k]); n++ {
		k--
	}
	for t := k - 1; t >= 1 && t >= k-reportedThatSpan; t-- {
		if !toks[t].is("that") {
			if !toks[t].word() || !toks[t].cap {
				return phrase{}, 0
			}
			continue
		}
		if !toks[t-1].word() || !sayVerbs[toks[t-1].lower] && !rec31enReportVerbs[toks[t-1].lower] || negatedReport(toks, t-1) { // rev31en_narrow.go
			return phrase{}, 0
		}
		p := forward(x.text, toks, t+1)
		if p.kind != pName || p.hi != k+1 || x.enclosingReport(st, toks[t+1].start, toks[i].end, i) >= 0 {
			return phrase{}, 0
		}
		return p, p.hi
	}
	return phrase{}, 0
}

// reportedThatSpan is how many words the name after "that" may hold.
const reportedThatSpan = 5
