package article

// A description set off by commas between the second person of a
// contrast and their verb: "…, tandis que son ministre de l'Intérieur, Y,
// proche de Z, avait adressé ses félicitations …", "…, mientras que el
// exministro Y, aliado del ganador, celebró …", "…, ao passo que o
// deputado Y, líder da bancada, pediu …". rec22ml_while.go looked for the
// verb right after the person and found the description's first word.

// rec24mlPastDescription returns, when toks[v] opens a description after
// a comma (lower-case words, names and prepositions, no verb of speaking
// or acting, no quotation, at most maxSubjectAside tokens) that a comma
// closes before a lower-case word, the index of that word; otherwise v.
func (ix *intl) rec24mlPastDescription(toks []token, v int) int {
	if v < 1 || v >= len(toks) || !toks[v-1].is(",") || !toks[v].word() || toks[v].cap || ix.rev22rmlWhileVerb(toks, v) {
		return v
	}
	for k := v; k < len(toks) && k < v+maxSubjectAside; k++ {
		t := toks[k]
		if t.is(",") {
			if k+1 < len(toks) && toks[k+1].word() && !toks[k+1].cap {
				return k + 1
			}
			return v
		}
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.verbLike(t.lower) || ix.lx.complementizers[t.lower] || ix.lx.subjectRelatives[t.lower] {
			return v
		}
	}
	return v
}

// rec24mlRetake gives to spk, the person named after the contrastive
// conjunction toks[i], the part that reads the verb at toks[v] with a
// subject before the conjunction: read back past the description, the
// verb had taken the sentence's first person for its subject ("X a
// critiqué …, tandis que Y, autre soutien du vainqueur, a salué …" told
// that X saluted). It reports whether there was such a part.
func rec24mlRetake(parts []reportedPart, i, v int, spk *speaker) bool {
	for k, p := range parts {
		if p.cs >= v-1 && p.cs <= v+1 && p.lo < i && p.spk != spk {
			parts[k].spk, parts[k].lo = spk, i-1
			return true
		}
	}
	return false
}
