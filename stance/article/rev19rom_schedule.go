package article

import "unicode"

// A vote fixed in advance on the calendar is no rigged one: "la segunda
// vuelta, ya fijada para el 12 de mayo", "le second tour, déjà fixé au
// 12 mai", "a eleição, com data já definida há meses", "la fecha de la
// elección fue decidida previamente por el Congreso". The participles of
// romPreDecided (rom19_predecided.go) also schedule a date; a word of the
// calendar before the participle (revScheduleWords) or a number right
// after it says the vote was scheduled, not its result settled.

// revScheduleBefore is how many words before the participle a calendar
// word may stand ("la fecha de la elección fue decidida": five), and
// revScheduleAfter how many after it a number.
const (
	revScheduleBefore = 6
	revScheduleAfter  = 4
)

// revScheduled reports whether words[i], a participle of deciding or
// fixing, schedules a date: a calendar word among the revScheduleBefore
// words before it, or a word opening with a digit among the
// revScheduleAfter words after it ("para el 12 de mayo", "au 12 mai").
func revScheduled(code string, words []string, i int) bool {
	for _, w := range words[max(0, i-revScheduleBefore):i] {
		if revScheduleWords[code][w] {
			return true
		}
	}
	for _, w := range words[i+1 : min(len(words), i+1+revScheduleAfter)] {
		if r := []rune(w); len(r) > 0 && unicode.IsDigit(r[0]) {
			return true
		}
	}
	return false
}
