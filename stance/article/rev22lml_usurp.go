package article

import (
	"strings"
	"unicode"

	"github.com/stancekit/stancekit/stance"
)

// Review of the usurping words of lab22ml_lexicon.go (rev22lml). A word of
// usurpation condemns the result when it is said of the winner or the
// vote; said of a rival ("Самозваный «президент» Лаптев не имеет
// мандата", "Der selbst ernannte Präsident Wendt ist ein Usurpator") or
// of the opposition ("acusou a oposição de tentar usurpar a vitória",
// "обвинил оппозицию в попытке узурпировать власть") it defends the
// result. Such words are set aside, and the run condemns only if another
// word still does (condemnsIn).

// rev22lmlUsurpElsewhere reports whether run condemns only by usurping
// words aimed at a rival (named within three words before or after) or at
// the opposition (within four words before), the winner not named in the
// same span.
func rev22lmlUsurpElsewhere(ctx stance.Context, code, run string) bool {
	fields := strings.Fields(run)
	masked, changed := make([]string, len(fields)), false
	for i, f := range fields {
		masked[i] = f
		w := strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))
		if !rev22lmlUsurpWord(w) {
			continue
		}
		win, riv := mentionsIn(ctx, rev22lmlWords(fields[max(0, i-3):min(len(fields), i+4)]))
		if win {
			continue
		}
		if riv || hasStem(rev22lmlWords(fields[max(0, i-4):i]), rev22lmlOpposition) {
			masked[i], changed = "…", true
		}
	}
	return changed && !condemnsIn(code, strings.Join(masked, " "))
}

// rev22lmlUsurpWord reports whether the lower-case word w opens with a
// usurping stem, past an elided article ("d'usurpateur").
func rev22lmlUsurpWord(w string) bool {
	return hasStem([]string{unelided(w)}, rev22lmlUsurpStems) || strings.Contains(w, "usurpat")
}

// rev22lmlWords are the words of fields (actionWords of their text).
func rev22lmlWords(fields []string) []string {
	return actionWords(strings.Join(fields, " "))
}
