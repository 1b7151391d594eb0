package article

// Interviews in the languages of lexicons. A question-and-answer piece
// introduces the person it speaks to ("Nous avons rencontré X,
// coordinatrice de …", "Hablamos con X", "Conversámos com X", "Wir
// sprachen mit X", "Наш собеседник — X") and then prints the questions
// and the answers, either after letters ("Q : … / R : …", "P: … / R: …",
// "F: … / A: …", "В: … / О: …") or as dialogue, each turn a paragraph
// opening with a dash. An answer has no attribution: each of its
// sentences that has no remark of its own is a direct remark of the
// interviewee. In dialogue, a turn ending with a question mark is a
// question and the turn after a question is an answer; a turn after an
// answer is the next question.

// interviewSpan is how many tokens after an introduction phrase the
// interviewee's name may start ("Nous avons rencontré à Abidjan X").
const interviewSpan = 6

// interviewIntro sets the interviewee when the sentence introduces one:
// a phrase of the language's interviewIntros followed, within
// interviewSpan tokens, by a person named in full.
func (ix *intl) interviewIntro(toks []token) {
	for i := range toks {
		n := matchPhrase(toks, i, ix.lx.interviewIntros)
		if n == 0 {
			continue
		}
		for k := i + n; k < len(toks) && k <= i+n+interviewSpan; k++ {
			if !toks[k].word() || !toks[k].cap {
				continue
			}
			if p := ix.apposed(toks, k); ix.isPerson(p) {
				ix.interviewee, ix.questioned = ix.resolve(p), false
				return
			}
		}
		return
	}
}

// answerMark reports whether the paragraph toks opens with the letter of
// an answer ("R :", "A:", "О:") and, if not, whether with a question's.
func (ix *intl) answerMark(toks []token) (answer, question bool) {
	if len(toks) < 3 || !toks[0].word() || !toks[0].cap || !toks[1].is(":") {
		return false, false
	}
	return ix.lx.answerMarks[toks[0].lower], ix.lx.questionMarks[toks[0].lower]
}

// answerSentence makes a sentence of an answer paragraph that has no
// remark of its own a direct remark of the interviewee (after the
// answer's letter in the paragraph's first sentence).
func (ix *intl) answerSentence(toks []token, first bool) {
	lo := 0
	if first {
		lo = answerColon(toks) + 1 // after "R :", "Albers:" (fgr16_namemark.go)
	}
	ix.directSentence(toks, lo, ix.interviewee, !first)
}

// directSentence makes the sentence toks from toks[lo] a direct remark of
// spk (an interview's answer, a signed reaction: ml31_signed.go), without
// quotation marks.
func (ix *intl) directSentence(toks []token, lo int, spk *speaker, follows bool) {
	if spk == nil || lo >= len(toks) {
		return
	}
	start, end := toks[lo].start, toks[len(toks)-1].end
	if countWords(ix.x.text[start:end]) == 0 {
		return
	}
	ix.x.add(Remark{Text: ix.x.text[start:end], Kind: Direct, Start: start, End: end, QuoteStart: start, QuoteEnd: end}, spk, follows)
	ix.prev = spk
}

// dialogueTurn returns the interviewee when an unattributed dialogue
// paragraph toks is an answer of an interview, and nil otherwise.
func (ix *intl) dialogueTurn(toks []token) *speaker {
	if ix.interviewee == nil {
		return nil
	}
	end := len(toks) - 1
	for end > 0 && toks[end].kind == tPunct && !toks[end].is("?") {
		end--
	}
	if toks[end].is("?") || !ix.questioned {
		ix.questioned = true
		return nil
	}
	ix.questioned = false
	return ix.interviewee
}
