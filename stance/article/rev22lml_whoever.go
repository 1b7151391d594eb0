package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// Review of lab22ml_whoever.go (rev22lml). A remark that names the
// winner is no remark that names the next leader only as "whoever it
// will be": "Wer immer das Ergebnis anzweifelt, irrt: Brandner hat klar
// gewonnen", "Siempre dijimos que quien gane tendrá nuestro apoyo, y hoy
// felicitamos a Lema", "Felicitamos a Lema. Quien asuma la cartera de
// Economía tendrá trabajo". Russian "кто бы что ни говорил" (whatever
// anyone says) names no one, and "кто станет спорить" (who would argue)
// is "станет" as an auxiliary before an infinitive, no taking of office.

// rev22lmlWinnerNamed reports whether words name the winner, in any case
// ("Самарину", rev21grWinnerInflected), and no rival: "Gane quien gane,
// Lema o Paz" names both and still withholds.
func rev22lmlWinnerNamed(ctx stance.Context, words []string) bool {
	w, riv := mentionsIn(ctx, words)
	if riv {
		return false
	}
	return w || rev21grWinnerInflected(ctx, words)
}

// rev22lmlRuWhatever reports whether the words between "кто бы" and "ни"
// hold "что" ("кто бы что ни говорил", "кто бы там что ни думал").
func rev22lmlRuWhatever(between []string) bool {
	for _, w := range between {
		if w == "что" {
			return true
		}
	}
	return false
}

// rev22lmlAuxBeforeVerb reports whether words[k], a verb of taking office,
// is Russian "станет" before an infinitive ("кто станет спорить"): a
// future auxiliary, not "becomes".
func rev22lmlAuxBeforeVerb(code string, words []string, k int) bool {
	if code != "ru" || words[k] != "станет" || k+1 >= len(words) {
		return false
	}
	n := words[k+1]
	return strings.HasSuffix(n, "ть") || strings.HasSuffix(n, "ться") || strings.HasSuffix(n, "ти") || strings.HasSuffix(n, "чь")
}
