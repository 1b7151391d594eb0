package article

import "strings"

// A reaction told in the passive names its actor after the agent's
// preposition: "El resultado fue celebrado por la Unión Africana", "La
// victoire a été saluée par Moscou et Pékin", "A vitória foi reconhecida
// pelos Estados Unidos", "Das Ergebnis wurde von der Afrikanischen Union
// begrüßt". The verb rules look for a subject before or after an active
// verb, so such an actor got nothing (English reads it: passiveby.go). In
// a sentence that gave no remark, a form of "be" (ml32PassiveAux) followed
// within three words by a participle of a stance verb
// (ml32PassiveStems), or in German the participle at the clause's end,
// and the agent's preposition (ml32AgentPreps) right after the
// participle (German: after the auxiliary) make every name or body listed
// after the preposition an actor. The act's text is the clause up to the
// preposition (German: the whole clause), which the stance model reads
// ("El resultado fue celebrado"). A participle of judgement (rejected,
// condemned, questioned) needs a word of the election before the
// auxiliary ("Los resultados fueron rechazados por …"), so that a person
// criticised by someone ("X fue criticado por Y") is no act of Y's on the
// result; a congratulation is one whoever its object.

// ml32PassiveBy returns the acts of the agents of a passive stance verb
// in toks, or none.
func (ix *intl) ml32PassiveBy(toks []token) []reportedPart {
	aux := ml32PassiveAux[ix.lx.code]
	if aux == nil {
		return nil
	}
	start := 0
	for a := 0; a < len(toks); a++ {
		if toks[a].is(",") || toks[a].is(";") {
			start = a + 1
			continue
		}
		if !toks[a].word() || !aux[toks[a].lower] {
			continue
		}
		part, prep, ok := ix.ml32Participle(toks, a)
		if !ok {
			continue
		}
		congrat := ml32Congratulation(toks[part].lower)
		if !congrat && (!ix.lx.topical(lowerWords(toks[start:a])) || ix.rev32mlChallengeRejected(lowerWords(toks[start:a]))) {
			continue // "La impugnación fue rechazada por el tribunal" (rev32ml_passive.go)
		}
		agents := ix.ml32Agents(toks, prep+1)
		if len(agents) == 0 {
			continue
		}
		end := prep
		if ix.lx.capNouns {
			end = part + 1
		}
		var out []reportedPart
		for _, p := range agents {
			out = append(out, reportedPart{spk: ix.resolve(p), kind: Action, cs: start, lo: start, fixed: end})
		}
		return out
	}
	return nil
}

// ml32Participle finds the participle of a stance verb that the auxiliary
// toks[a] governs and the agent's preposition: right after the participle
// (within three words of the auxiliary), or in German right after the
// auxiliary with the participle closing the clause.
func (ix *intl) ml32Participle(toks []token, a int) (part, prep int, ok bool) {
	preps := ml32AgentPreps[ix.lx.code]
	if ix.lx.capNouns {
		if a+1 >= len(toks) || !preps[toks[a+1].lower] {
			return 0, 0, false
		}
		for k := a + 2; k < len(toks) && k <= a+14; k++ {
			if !toks[k].word() {
				if toks[k].is(",") || toks[k].isTerm() || toks[k].is(";") {
					if k-1 > a+2 && ix.ml32StanceParticiple(toks[k-1].lower) {
						return k - 1, a + 1, true
					}
					return 0, 0, false
				}
				continue
			}
		}
		return 0, 0, false
	}
	for k := a + 1; k < len(toks) && k <= a+3 && toks[k].word(); k++ {
		if !ix.ml32StanceParticiple(toks[k].lower) {
			continue
		}
		if k+1 < len(toks) && preps[toks[k+1].lower] {
			return k, k + 1, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// ml32StanceParticiple reports whether w is a participle of a stance verb
// of the language (a stem of ml32PassiveStems and a participle ending).
func (ix *intl) ml32StanceParticiple(w string) bool {
	for _, st := range ml32PassiveStems[ix.lx.code] {
		if rest, ok := strings.CutPrefix(w, st); ok && ml32ParticipleEndings[ix.lx.code][rest] {
			return true
		}
	}
	return false
}

// ml32Congratulation reports whether the participle w is one of
// congratulating, which needs no word of the election before it.
func ml32Congratulation(w string) bool {
	for _, st := range []string{"felicitad", "félicit", "beglückwünsch"} {
		if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}

// ml32Agents returns the names and bodies listed from toks[j] ("la Unión
// Africana", "Moscou et Pékin", "Estados Unidos y la Unión Europea").
func (ix *intl) ml32Agents(toks []token, j int) []phrase {
	return ix.agentList(toks, j, ml32AgentPreps[ix.lx.code], func(j int) phrase {
		if p := ix.forward(toks, j); p.ok() && p.kind == pName {
			return p
		}
		return ix.ml32GroupAfter(toks, j) // "pela oposição"
	})
}

// agentList returns the phrases that agent parses from toks[j] on, joined
// by commas and conjunctions, each maybe after the agent's preposition
// again (prep: "por A y por B", "pelo A e pela B"). The list ends where no
// comma or conjunction follows a phrase: not "por X en Buenos Aires"
// (rev32ml_passive.go).
func (ix *intl) agentList(toks []token, j int, prep map[string]bool, agent func(j int) phrase) []phrase {
	var out []phrase
	for len(out) < 8 && j < len(toks) {
		p := agent(j)
		if !p.ok() {
			return out
		}
		out = append(out, p)
		k := p.hi
		if k < len(toks) && toks[k].is(",") {
			k++
		}
		if k < len(toks) && toks[k].word() && ix.lx.conjunctions[toks[k].lower] {
			k++
		}
		if k == p.hi {
			return out
		}
		if k < len(toks) && toks[k].word() && prep[toks[k].lower] {
			k++
		}
		j = k
	}
	return out
}
