package article

import "strings"

// Spanish and Portuguese "celebrar" is to hold an event as much as to
// celebrate one: "Tarsia y Ostrava celebraron elecciones legislativas el
// mismo domingo", "Los países vecinos celebraron elecciones", "Os
// partidos celebraram acordos de coligação". Read as an act, such a
// sentence gave every country of a list (ml32_colist.go) or a group
// (ml32_group.go) a stance on the result. The verb holds when its object
// — right after it, past a determiner, a possessive or a number — is a
// noun of an event or an agreement (rev32mlHeldObjects).

// rev32mlHeld reports whether toks[v], a verb of celebrar, has an event
// held for its object.
func (ix *intl) rev32mlHeld(toks []token, v int) bool {
	objs := rev32mlHeldObjects[ix.lx.code]
	if objs == nil || !strings.HasPrefix(toks[v].lower, "celebr") {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+3 && toks[k].word(); k++ {
		w := toks[k].lower
		if objs[w] {
			return true
		}
		if !ix.lx.determiners[w] && !lab29romOwnPossessives[w] && !ix.lx.stops[w] {
			return false
		}
	}
	return false
}
