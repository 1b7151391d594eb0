package article

import "strings"

// ruSatisfiedAt reports whether toks[v] is a Russian "остался" with
// "доволен", "довольна", "удовлетворён" or "недоволен" within the next
// two words ("остался доволен и подготовкой, и самим голосованием",
// "осталась недовольна подсчётом"): a verdict on the vote, an act as
// "одобрил" is. "Остался" alone ("остался дома", "остался вторым")
// is no act.
func (ix *intl) ruSatisfiedAt(toks []token, v int) bool {
	if ix.lx.code != "ru" || !ruRemainVerbs[toks[v].lower] {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+2 && toks[k].word(); k++ {
		for _, s := range []string{"довол", "удовлетвор", "недовол"} {
			if strings.HasPrefix(toks[k].lower, s) {
				return true
			}
		}
	}
	return false
}
