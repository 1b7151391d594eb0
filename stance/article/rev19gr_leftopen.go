package article

// Narrowing gr19_leftopen.go (review of session 19). What is left open
// or without an answer must be a question: "оставил вопрос открытым",
// "оставил открытым вопрос, …", "оставила без ответа" at the clause's
// end. "оставил открытой дверь для диалога" (left the door open),
// "оставил посольство открытым", "оставил без ответа письмо оппозиции"
// leave something else, and say nothing of the result.

// rev19RuOpenQuestion reports whether the words between the verb of
// leaving and "открытым" / "без ответа" (between, "без" aside) and the
// word after it (next, "" at the clause's end) make a question left
// open: a question noun (rev19RuQuestionNouns) between or next, or
// nothing at all between and after.
func rev19RuOpenQuestion(between []string, next string) bool {
	rest := 0
	for _, w := range between {
		if rev19RuQuestionNouns[w] {
			return true
		}
		if w != "без" {
			rest++
		}
	}
	return rev19RuQuestionNouns[next] || rest == 0 && next == ""
}
