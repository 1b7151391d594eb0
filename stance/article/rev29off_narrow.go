package article

import "strings"

// Narrowing of the off29 bystander rules (off29_bystander.go), found by
// probe articles where they took the stance of a public figure:
//
//   - a scene of a bare place fronted before a name is how a reporter
//     introduces a minister as well as a passer-by ("En Caracas, X dijo",
//     "In Moskau, X erklärte", "En su cuenta de Twitter, X escribió"): the
//     scene marks a bystander only when it names a place where people
//     live, trade or queue (rev29offPlaces: "En una escuela de …", "Au
//     quartier …", "Numa paragem do …");
//   - a market after a name marks a trader only as the place they stand in
//     ("no mercado do …", "на рынке"), not one visited or defended (", que
//     visitou o mercado", ", defensor da economia de mercado", ", курирующий
//     финансовый рынок"), and never for a speaker whose role is an office
//     (", le ministre du Commerce, X, en visite au marché");
//   - a fronted description of a campaign or a candidate's man is a camp's
//     ("Directeur de campagne de X, Y a affirmé …");
//   - a German champion's compound ("Schachweltmeister", "Europameisterin")
//     is no craft master's.

// rev29offScenePlace reports whether one of the first three words of the
// scene seg after its opener is a place of daily life (rev29offPlaces; in
// German also as the end of a compound: "Flüchtlingslager").
func rev29offScenePlace(code, seg string) bool {
	w := actionWords(seg)
	for i := 1; i < len(w) && i <= 3; i++ {
		if rev29offPlaces[w[i]] || code == "de" && hasAnySuffix(w[i], rev29offPlacesDe...) {
			return true
		}
	}
	return false
}

// rev29offMarketAt reports whether a market word of w follows a locative,
// right before it or before a determiner ("en el mercado", "auf dem
// Markt").
func rev29offMarketAt(w []string) bool {
	for i, x := range w {
		if off29MarketWords[x] && (i > 0 && rev29offLocatives[w[i-1]] || i > 1 && rev29offLocatives[w[i-2]]) {
			return true
		}
	}
	return false
}

// rev29offOffice reports whether a word of role is an office (isRole and
// no occupation): a minister's or a chancellor's apposition.
func (l *langLexicon) rev29offOffice(role string) bool {
	for _, w := range actionWords(role) {
		if l.isRole(w) && !l.occupation(w) {
			return true
		}
	}
	return false
}

// rev29offChampion reports whether the German compound base (in -meister)
// is a champion's title, not a craft master's.
func rev29offChampion(base string) bool {
	return hasAnySuffix(base, "weltmeister", "europameister", "großmeister", "landesmeister", "schachmeister")
}

// rev29offCamp reports whether a word of words is a camp's (rev29offCampWords).
func rev29offCamp(words []string) bool {
	for _, w := range words {
		if rev29offCampWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
