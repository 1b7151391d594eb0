package article

// A passive of judgement (ml32_passive.go) gives its agent a rejection of
// the result when a word of the election stands before the auxiliary
// ("Los resultados fueron rechazados por la oposición"). But when what was
// rejected or condemned is a challenge to the result — an appeal, a
// complaint, a request, a protest — the agent's act is no rejection of
// the result, and most often the opposite: "La impugnación de los
// resultados fue rechazada por el tribunal", "Le recours contre les
// résultats a été rejeté par la Cour", "O pedido de recontagem foi
// rejeitado pelo tribunal", "Die Klage gegen das Ergebnis wurde vom
// Gericht abgelehnt". Such a passive gives no act: the words before the
// auxiliary hold a target of processWords (the appeals and protests the
// condemnation rules already read as other targets) or a request of
// rev32mlRequestStems.
//
// The agents are a list: a word after an agent that is no comma or
// conjunction ends it. ml32Agents stepped over any one word after an
// agent and read the next name as one more agent, so that the place of
// the act became an actor ("Weber fue felicitado por el presidente X en
// Buenos Aires", "… por la Unión Africana desde Addis Abeba") and a
// group's complement a second group ("por los partidos de la oposición").

// rev32mlChallengeRejected reports whether ws, the lower-case words of a
// passive's subject before its auxiliary, name a challenge to the result.
func (ix *intl) rev32mlChallengeRejected(ws []string) bool {
	un := make([]string, len(ws))
	for i, w := range ws {
		un[i] = unelided(w) // "l'appel"
	}
	return stemIn(un, processWords[ix.lx.code].targets) || stemIn(un, rev32mlRequestStems[ix.lx.code])
}
