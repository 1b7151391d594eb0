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

// rev32mlChallengeRejected reports whether ws, the lower-case words of a
// passive's subject before its auxiliary, name a challenge to the result.
func (ix *intl) rev32mlChallengeRejected(ws []string) bool {
	un := make([]string, len(ws))
	for i, w := range ws {
		un[i] = unelided(w) // "l'appel"
	}
	return stemIn(un, processWords[ix.lx.code].targets) || stemIn(un, rev32mlRequestStems[ix.lx.code])
}
