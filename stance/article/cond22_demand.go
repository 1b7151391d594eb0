package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// A recognition asked of another: "exigiu que a Comissão Eleitoral
// aceite recontar os votos", "exigió que la junta acepte revisar las
// actas", "a exigé que la commission accepte de recompter", "forderte die
// Wahlkommission auf, eine Neuauszählung zu akzeptieren", "потребовал,
// чтобы ЦИК признал нарушения". The speaker demands; the recognition word
// is the other's and says nothing of the speaker's own stance. When the
// demand names a rival of the context before the recognition ("exigió que
// Voss acepte la derrota") the speaker asks the loser to yield, which the
// recognition word reads rightly, and the rule keeps it.

// A demand on the losing side by a word for it ("exigió que la oposición
// acepte los resultados", "forderte die Opposition auf, das Ergebnis
// anzuerkennen", "призвал проигравших признать итоги") asks the loser to
// yield like a demand naming the rival (rev21cond).

// cond22Demanded reports whether the recognition at words[v] is governed
// by a demand (cond22Demands) at most ten words before it, with the
// language's complementizer between them (none needed in German and
// Russian) and no rival named between.
func (l *langLexicon) cond22Demanded(ctx stance.Context, words []string, v int) bool {
	for d := max(0, v-10); d < v; d++ {
		if !cond22Demands[l.code][words[d]] {
			continue
		}
		if _, rival := mentionsIn(ctx, words[d+1:v]); rival || cond22Loser(words[d+1:v]) {
			return false
		}
		comp := cond22Complementizers[l.code]
		if comp == nil {
			return true
		}
		for _, w := range words[d+1 : v] {
			if comp[w] || strings.HasPrefix(w, "qu'") {
				return true
			}
		}
	}
	return false
}

// cond22Loser reports whether words name the losing side by a word for it
// (cond22LoserStems).
func cond22Loser(words []string) bool {
	for _, w := range words {
		for _, a := range []string{"'", "’"} {
			if _, rest, ok := strings.Cut(w, a); ok && len(w)-len(rest) <= 5 {
				w = rest // "l'opposition"
			}
		}
		for _, s := range cond22LoserStems {
			if strings.HasPrefix(w, s) {
				return true
			}
		}
	}
	return false
}
