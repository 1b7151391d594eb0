package article

// Answers of a dialogue interview read as prose. A question-and-answer
// piece printed as dialogue (each turn a paragraph opening with a dash,
// "— Кто был первым?" / "— Первым оказался Кремль. Уже во вторник X
// позвонил Y и поздравил его …") answers with narration: the answer tells
// what other people said and did. An unattributed dash paragraph right
// after a dash paragraph that ends with a question mark is such an
// answer: its sentences are read as the article's own sentences, and
// each run of sentences that yields no remark is a direct remark of the
// interviewee (nil when the piece named none), as dialogue made the whole
// turn before. A dash paragraph with an attribution ("— No lo
// aceptaremos —dijo el ministro—.") stays dialogue.

// proseTurn reads the dash paragraph toks as an answer in prose when it
// is one and reports whether it did; it records whether toks asks a
// question, for the next dash paragraph.
func (ix *intl) proseTurn(toks []token, b block) bool {
	asked := ix.turnAsked
	ix.turnAsked = endsWithQuestion(toks)
	if !asked || ix.turnAsked || len(toks) < 3 || b.headline || ix.turnAttributed(toks) {
		return false
	}
	body := toks[1:]      // after the dash
	run := [2]int{-1, -1} // the sentences with no remark since the last that had one
	for si, s := range ix.sentences(body) {
		ix.x.sentNo++
		from := len(ix.x.remarks)
		ix.sentence(body[s[0]:s[1]], si == 0, nil, false)
		if len(ix.x.remarks) > from {
			ix.turnRun(body, run)
			run = [2]int{-1, -1}
			continue
		}
		if run[0] < 0 {
			run[0] = s[0]
		}
		run[1] = s[1]
	}
	ix.turnRun(body, run)
	ix.pending = nil
	return true
}

// turnRun adds the sentences toks[run[0]:run[1]] of an answer, which
// yielded no remark, as one direct remark of the interviewee.
func (ix *intl) turnRun(toks []token, run [2]int) {
	if run[0] < 0 || run[0] >= run[1] {
		return
	}
	start, end := toks[run[0]].start, toks[run[1]-1].end
	if countWords(ix.x.text[start:end]) > 0 {
		ix.x.add(Remark{Text: ix.x.text[start:end], Kind: Direct, Start: start, End: end, QuoteStart: start, QuoteEnd: end}, ix.interviewee, false)
	}
}

// endsWithQuestion reports whether the last token before the paragraph's
// closing punctuation is a question mark.
func endsWithQuestion(toks []token) bool {
	for e := len(toks) - 1; e >= 0 && toks[e].kind == tPunct; e-- {
		if toks[e].is("?") {
			return true
		}
	}
	return false
}

// turnAttributed reports whether a dash or a comma in toks opens an
// attribution, as in dialogue's quotations.
func (ix *intl) turnAttributed(toks []token) bool {
	for i := 1; i+1 < len(toks); i++ {
		if (isDash(toks[i]) || toks[i].is(",") && !ix.reportsClause(toks, i+1)) && ix.attributionAt(toks, i+1) {
			if _, ok := ix.after(toks, i+1); ok {
				return true
			}
		}
	}
	return false
}
