package article

import "strings"

// A name with a definite article and no office ("l'Élysée", "le
// Kremlin", "la Maison Blanche") is a place or an institution, never a
// person: people's names take no article in French, Spanish or
// Portuguese. So it is no antecedent of an office that follows ("Selon
// l'Élysée, le président français lui a adressé ses félicitations" after
// "Emmanuel Macron s'est entretenu avec …"): the office refers back to
// the person named before, not to the source that reports on them.

// articledName reports whether the mention p is a name of one word,
// without an office, after a definite article of a language that has
// them.
func (ix *intl) articledName(p phrase) bool {
	if p.kind != pName || p.role != "" || strings.Contains(p.name, " ") || len(ix.lx.definite) == 0 {
		return false
	}
	if !strings.HasSuffix(p.text, p.name) {
		return false
	}
	art := strings.ToLower(strings.TrimSpace(strings.ReplaceAll(strings.TrimSuffix(p.text, p.name), "’", "'")))
	return ix.lx.definite[art] // "l'Élysée", "le Kremlin"
}
