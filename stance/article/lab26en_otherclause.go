package article

import "strings"

// lab26enOthersClauseCut cuts from an act's text a clause opened by
// "even as", "even while", ", while", "just as" or "at a time when" whose
// subject is someone else: the word after the opener is neither a
// pronoun nor a gerund (lab26enOwnSubject). The act is the speaker's;
// what the opposition did meanwhile ("telephoned Lima to congratulate
// her on her re-election, even as the main opposition party finalised a
// petition asking judges to cancel the results") is not their demand.
// "congratulated Lima, even as he demanded a recount" and "congratulated
// Lima while calling for calm" keep their clause, the speaker's own.
func lab26enOthersClauseCut(text string) string {
	lower := strings.ToLower(text)
	cut := len(text)
	for _, o := range lab26enOtherOpeners {
		i := strings.Index(lower, o)
		if i <= 0 || i >= cut {
			continue
		}
		rest := actionWords(lower[i+len(o):])
		if len(rest) == 0 || lab26enOwnSubject(rest[0]) {
			continue
		}
		if c := rev26lenClauseCut(text, i, o); c != text[:i] {
			return lab26enOthersClauseCut(c) // rev26len_narrow.go: the act after the clause ("On Monday, even as …, Holm congratulated Lima")
		}
		cut = i
	}
	return text[:cut]
}

// lab26enOwnSubject reports whether w, opening a clause, may be the
// speaker's own: a personal pronoun ("even as he demanded") or a gerund
// ("while calling for calm").
func lab26enOwnSubject(w string) bool {
	return lab26enPronouns[w] || len(w) > 4 && strings.HasSuffix(w, "ing")
}
