package article

// "Inviter quelqu'un à faire" is an exhortation, as "exhorter" and
// "appeler" are: "X, qui préside l'Union africaine, a invité l'opposition
// à accepter le verdict des urnes", "… et invité les autorités à répondre
// aux griefs". But "inviter" alone is an invitation ("a invité le
// président élu à Valmor"), no stance: the verb is an act only when "à"
// and an infinitive follow within its clause.

// inviteAt reports whether toks[v] is a form of inviteVerbs followed,
// within eight words and before any punctuation, by inviteTo and an
// infinitive.
func (ix *intl) inviteAt(toks []token, v int) bool {
	code := ix.lx.code
	if !inviteVerbs[code][toks[v].lower] {
		return false
	}
	for k := v + 1; k+1 < len(toks) && k <= v+8 && toks[k].word(); k++ {
		if toks[k].lower == inviteTo[code] {
			nx := toks[k+1]
			return nx.word() && !nx.cap && hasAnySuffix(nx.lower, infinitiveEnds[code]...)
		}
	}
	return false
}
