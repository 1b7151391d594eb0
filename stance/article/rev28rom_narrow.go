package article

import "github.com/stancekit/stancekit/stance"

// rev28romGuardedWithheld is lab28romToneWithheld and lab28romSentNone
// narrowed to the acts where the guarded tone or the message held back is
// the speaker's whole reaction. Both read every word of the act, so a
// congratulation told in the same act outweighed them: "felicitó a Ruiz,
// aunque no envió ningún mensaje a Llano", "a félicité Mme Ruiz, mais sur
// la dette, il s'est montré plus prudent", "no envió ningún mensaje de
// apoyo a los manifestantes y felicitó a Ruiz". Such an act is left to
// the verb rule. A message held back by a candidate named just before the
// send verb ("lamentó que Llano no haya enviado ningún mensaje") or one
// not sent to a rival ("no envió ningún mensaje a Llano") is not the
// speaker's greeting withheld from the winner either.
func rev28romGuardedWithheld(ctx stance.Context, words []string) bool {
	if !lab28romToneWithheld(words) && !lab28romSentNone(words) {
		return false
	}
	if rev28romCongratulates(words) {
		return false
	}
	return lab28romToneWithheld(words) || rev28romOwnMessageHeld(ctx, words)
}

// rev28romCongratulates reports whether the words hold a congratulation
// that no negation turns round ("felicitó", "félicité", "cumprimentou",
// "parabenizou"); the greeting nouns a message is made of ("aucune
// félicitation", "mensaje de felicitación") are not one.
func rev28romCongratulates(words []string) bool {
	for i, w := range words {
		if lab28romGreetingNouns[w] || !hasAnyPrefix(w, rev28romCongratStems) {
			continue
		}
		negated := false
		for k := max(0, i-3); k < i; k++ {
			negated = negated || rev28romNegations[words[k]]
		}
		if !negated {
			return true
		}
	}
	return false
}

// rev28romOwnMessageHeld reports whether the message lab28romSentNone
// reads is held back by the speaker toward the winner: no candidate named
// in the three words before its send verb (the sender) nor a rival in the
// four after its greeting noun (the addressee).
func rev28romOwnMessageHeld(ctx stance.Context, words []string) bool {
	for v, w := range words {
		if !lab28romSendVerbs[w] {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+3; k++ {
			for g := k + 1; lab28romNones[words[k]] && g < len(words) && g <= k+2; g++ {
				if !lab28romGreetingNouns[words[g]] {
					continue
				}
				win, riv := mentionsIn(ctx, words[max(0, v-3):v])
				_, to := mentionsIn(ctx, words[g+1:min(len(words), g+5)])
				return !win && !riv && !to
			}
		}
	}
	return true
}
