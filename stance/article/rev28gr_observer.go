package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// Narrowings of an observer's hostile reading (lab28gr_observer.go),
// found probing. A title that holds an observer stem is no observer's
// when it also names a government, a party, the opposition, a
// diplomat, a commentator or a board (rev28grNotObserverStems: "Глава
// делегации Госдумы", "Leiter der Delegation der Regierung", "der
// politische Beobachter", "Миссис Карен Уолш", "председатель
// наблюдательного совета"); and an observer who alleges fraud or
// stealing in other words than the condemnation rules read
// (rev28grRejectStems: "голоса просто украли", "мошенничество от начала
// до конца", "das Ergebnis sei manipuliert", "eine reine Inszenierung")
// rejects the result (rule 1) and stays hostile; so does one who gives
// the victory to a rival and names no declared winner (rules 2 and 14:
// "настоящей победительницей стала Мира Сендал", "die wahre Siegerin sei
// Mira Sendal"; rev28grWinStems).

// rev28grRejects reports whether the run alleges fraud, theft or staging
// of the vote in the language code, or gives the victory to a rival of
// ctx.
func rev28grRejects(ctx stance.Context, code, run string) bool {
	words := actionWords(run)
	if winner, rival := mentionsIn(ctx, words); rival && !winner && hasStem(words, rev28grWinStems[code]) {
		return true
	}
	for _, w := range words {
		for _, s := range rev28grRejectStems[code] {
			if strings.Contains(w, s) {
				return true
			}
		}
	}
	return false
}
