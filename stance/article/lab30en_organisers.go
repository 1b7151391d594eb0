package article

// Praise for the vote given to those who ran it or to a people named in
// two words is a greeting of the people (toPeople, peopleOnlyGreeting;
// GUIDELINES rules 5, 6 and 12): "commended the authorities for a smoothly
// run polling day but called the campaign polarised", "praised election
// officials for an orderly count", "commended Sierra Leoneans for the high
// turnout", "congratulated New Zealanders on a calm election". Such praise
// says nothing of who won; with no word for the winner it withholds, as
// "commended Kenyans for a calm vote" does. Those who ran the vote are
// praised for something ("for"/"on" within four words): "thanked the
// commission's chairman, who had declared W the winner" is not such
// praise, and "congratulated the authorities" alone may greet a
// government.

// lab30enPeopleObject reports whether the object at words[k] (past any
// determiner) is those who ran the vote praised for something, or a
// people named in two words whose second is a plural demonym ("sierra
// leoneans", "new zealanders").
func lab30enPeopleObject(words []string, k int) bool {
	if k+1 >= len(words) {
		return false
	}
	if demonymPlural(words[k+1]) && !demonymPlural(words[k]) && !clauseDeterminers[words[k]] && !rev30lenCounted(words[k]) { // rev30len_narrow.go: not "three Norlanders"
		return true
	}
	for j := k; j < len(words) && j <= k+2; j++ {
		if !lab30enOrganisers[words[j]] {
			continue
		}
		for _, w := range words[j+1 : min(len(words), j+5)] {
			if lab30enPraisedFor[w] {
				return rev30lenPraiseOfVote(words, k, j) // rev30len_narrow.go: not "for their handling of the floods"
			}
		}
		return false
	}
	return false
}
