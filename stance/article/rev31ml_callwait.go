package article

// A call on people to wait. "X llamó a los observadores a revisar las
// actas antes de reconocer a Y", "llamó a sus seguidores a esperar el
// recuento hasta que el tribunal se pronuncie": the call asks others to
// withhold until a condition is met. ml31CallOnAt made every call on a
// group to act an act, and the model of acts reads "reconocer a Y" in it
// as recognition, while the reported reading the sentence had before
// labels the wait. A call whose clause holds a phrase of waiting
// (rev31mlCallWaits: "antes de", "hasta que") is left to that reading.

// rev31mlCallWaits reports whether the clause of a call from toks[k]
// holds a phrase of waiting.
func rev31mlCallWaits(toks []token, k int) bool {
	for j := k; j < len(toks); j++ {
		if matchPhrase(toks, j, rev31mlWaitPhrases) > 0 {
			return true
		}
	}
	return false
}
