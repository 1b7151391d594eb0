package article

import "github.com/stancekit/stancekit/stance"

// about23CoopWith reports whether an English remark turns toward the new
// government: a word of readiness or of working together (about23Ready)
// within the eight words before "with the new <government>", "with the
// incoming <government>" or "with the president-elect" ("Paris was
// ready to take them up with the new president", "wanted to work
// together with the incoming administration"), or a verb that helps the
// transition along (about23Helps) within the three words before "the
// transition" ("would help with the transition"; not "the transition to
// clean energy"). It does not fire with
// a negation or a condition in the window ("not ready to deal with the
// new government", "until the court rules"), with a rival named after
// it, or with a word of fraud or accusation in the remark: what leaders
// say when they accept a result, as cooperationClause is.
func about23CoopWith(ctx stance.Context, text string) bool {
	w := actionWords(text)
	if accusesAny(w) {
		return false
	}
	rivals := claimForms(ctx.Rivals, ctx.Winner)
	folded := foldWords(w)
	for i := range w {
		end, lo := about23Target(w, i)
		if end < 0 || !about23Turned(w, lo, i) {
			continue
		}
		for k := i; k < len(w) && k <= end+8; k++ {
			if conditionWords[w[k]] || laterConditions[w[k]] || startsForm(folded, k, rivals) {
				return false
			}
		}
		return true
	}
	return false
}

// about23Target returns, when words[i] opens "with the new|incoming
// <government>", "with the president-elect" or "the transition", the
// index of its last word and the first index of the window read before
// it; end is -1 otherwise.
func about23Target(w []string, i int) (end, lo int) {
	switch {
	case i+3 < len(w) && w[i] == "with" && w[i+1] == "the" && (w[i+2] == "new" || w[i+2] == "incoming") && about23NewGov[w[i+3]]:
		return i + 3, max(0, i-8)
	case i+2 < len(w) && w[i] == "with" && w[i+1] == "the" && w[i+2] == "president-elect":
		return i + 2, max(0, i-8)
	case i+1 < len(w) && w[i] == "the" && w[i+1] == "transition" && i > 0 && (i+2 == len(w) || w[i+2] != "to"):
		for k := max(0, i-3); k < i; k++ {
			if about23Helps[w[k]] {
				return i + 1, k
			}
		}
	}
	return -1, 0
}

// about23Turned reports whether words[lo:i] hold a word of about23Ready
// (or, for the transition, start at a helping verb) and no negation or
// condition, and no condition in the remark before them.
func about23Turned(w []string, lo, i int) bool {
	for k := 0; k < lo; k++ {
		if conditionWords[w[k]] || claimHedges[w[k]] {
			return false // "if the count holds, we are ready to work with …"
		}
	}
	ready := false
	for k := lo; k < i; k++ {
		if about23Negators[w[k]] || claimNegations[w[k]] || conditionWords[w[k]] || claimHedges[w[k]] {
			return false
		}
		if about23Ready[w[k]] || about23Helps[w[k]] {
			ready = true
		}
	}
	return ready
}
