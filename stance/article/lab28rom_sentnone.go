package article

// lab28romSentNone reports whether Spanish, Portuguese or French words send
// no message: a send verb, a word of none within three words after it and
// a message or congratulation within two words after that ("n'a adressé
// aucun message au vainqueur", "n'a envoyé aucune félicitation", "no ha
// enviado todavía ningún mensaje", "não enviou nenhuma mensagem"). As
// English "sent no congratulations" (sentNone), the greeting held back
// withholds; the model reads the negation as a rejection. "n'a envoyé
// aucun observateur" or "ningún mensaje de apoyo al candidato derrotado
// llegó" are not sent greetings.
func lab28romSentNone(words []string) bool {
	for v, w := range words {
		if !lab28romSendVerbs[w] {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+3; k++ {
			if !lab28romNones[words[k]] {
				continue
			}
			for g := k + 1; g < len(words) && g <= k+2; g++ {
				if lab28romGreetingNouns[words[g]] {
					return true
				}
			}
		}
	}
	return false
}
