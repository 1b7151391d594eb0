package article

import "strings"

// A call on people to act, in Spanish: "X llamó a los ciudadanos a
// mantener una lucha pacífica contra el fraude", "llamaron a sus
// seguidores a no reconocer el resultado". "Llamar a" is read as a phone
// call to a person (esCallAt) and "llamó a la calma" as no act, so a
// call on a group to do something, an act as English "called on" is, was
// lost. The verb of esCalls, "a", a short noun phrase of lower-case words
// (at most ml31CallOnSpan) and then "a" with an infinitive make an act,
// labelled by the model as any act.

// ml31CallOnSpan bounds the noun phrase of those called on ("a los
// bolivianos", "a sus seguidores del interior").
const ml31CallOnSpan = 5

// ml31CallOnAt reports whether toks[v] calls on a group to act.
func (ix *intl) ml31CallOnAt(toks []token, v int) bool {
	if !esCalls[toks[v].lower] || v+3 >= len(toks) || toks[v+1].lower != "a" {
		return false
	}
	for k := v + 2; k+1 < len(toks) && k <= v+1+ml31CallOnSpan; k++ {
		t := toks[k]
		if !t.word() || t.cap && k > v+2 {
			return false
		}
		if t.lower == "a" && k > v+2 {
			return ml31Infinitive(toks[k+1]) && !rev31mlCallWaits(toks, k+2) // (rev31ml_callwait.go)
		}
	}
	return false
}

// ml31Infinitive reports whether t is a Spanish infinitive, alone or with
// an enclitic pronoun ("mantener", "movilizarse").
func ml31Infinitive(t token) bool {
	if !t.word() || t.cap {
		return false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(t.lower, "se"), "nos")
	return len(w) > 3 && (strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir"))
}
