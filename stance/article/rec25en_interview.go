package article

// askedInterviewee sets the interviewee from an interview's introduction
// that says whom the publication asked or interviewed: "We asked Jo Roe,
// a retired ambassador, how the result was received", "We interviewed
// the party's chairman, Ivo Kask, on Monday", "Lena Dal answered our
// questions by telephone". interview knew only "spoke to" and "talked
// to", so the answers after "A:" had no speaker. As in
// spokeToInterviewer, the article must hold answers ("A:") and no
// interviewee yet, and the sentence must come before any answer or
// question; "we" must stand right before the verb (rec25AskVerbs) and a
// name must follow it, or the subject of "answered/took our questions"
// must be a name, possibly described ("Lena Dal, a former senator,
// answered our questions"). "Voters asked the commission to recount" is no
// introduction (no "we"), nor is "We asked for calm" (no name).
func (x *extractor) askedInterviewee(toks []token) {
	if x.interviewee != nil || x.inAnswer || x.inQuestion || !x.hasAnswers {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		if !toks[i].word() {
			continue
		}
		if rec25AskVerbs[toks[i].lower] && toks[i-1].is("we") {
			if ph := x.describedInterviewee(toks, i+1); ph.kind == pName && (!toks[i].is("asked") || rev26AskedQuestion(toks, ph.hi)) { // rev26en_narrow.go
				x.interviewee = x.resolve(ph)
				return
			}
			continue
		}
		if i+2 < len(toks) && rec25AnswerVerbs[toks[i].lower] && toks[i+1].is("our") && rec25QuestionNouns[toks[i+2].lower] {
			if ph := x.usSubject(toks, i); ph.kind == pName { // en17_interview.go: "Jo Roe, a lawyer, answered …"
				x.interviewee = x.resolve(ph)
				return
			}
		}
	}
}

// rec25AskVerbs after "we" introduce an interviewee: "We asked X".
var rec25AskVerbs = wordSet(`asked interviewed questioned`)

// rec25AnswerVerbs and rec25QuestionNouns: "X answered our questions".
var (
	rec25AnswerVerbs   = wordSet(`answered took fielded`)
	rec25QuestionNouns = wordSet(`questions question`)
)
