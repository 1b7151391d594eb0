package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// Review of lab22ml_people.go (rev22lml). A congratulation of the voters
// on the turnout is the winner's too when the winner is called by a title
// ("y a la mandataria electa", "et le nouveau chef de l'État pour son
// élection", "und der neuen Staatschefin zu ihrem Erfolg", "а нового
// главу государства — с успехом", "e a nova chefe de Estado"), named in
// an oblique case ("пожелал Самарину успехов"), wished success as the new
// government ("deseó éxito al nuevo gobierno"), or named in the next
// sentence of the same act ("Más tarde telefoneó a Lema para felicitarla
// por su victoria", "Der Wahlsiegerin wünschte er viel Erfolg"). A
// negation denies the winner's clause only when it stands right before
// the winner's word ("no felicitó a Lema"); "no cabe duda de que Lema
// ganó" affirms.

// rev22lmlWinnerTitled reports whether words call the winner by a title:
// a word of the result ("electa", "élu", ml21WinnerTitle), a German or
// Russian office word (rev21grWinnerTitle), a surname in an oblique case
// (rev21grWinnerInflected), or a new office or government ("nuevo
// gobierno", "nouveau chef", "nova chefe").
func rev22lmlWinnerTitled(ctx stance.Context, words []string) bool {
	if rev21grWinnerInflected(ctx, words) {
		return true
	}
	for i, w := range words {
		if ml21PeopleNouns[w] || hasStem([]string{w}, rev22lmlVoterStems) {
			continue // "eleitores", "electores" open with a stem of the elected
		}
		if ml21WinnerTitle(w) || rev21grWinnerTitle(w) {
			return true
		}
		if i+1 < len(words) && (ml21NewWords[w] || rev22lmlNewWords[w]) && rev22lmlOfficeWord(words[i+1]) {
			return true
		}
	}
	return false
}

// rev22lmlOfficeWord reports whether w is a government or an office in one
// of the five languages.
func rev22lmlOfficeWord(w string) bool {
	if hasStem([]string{w}, rev22lmlGovernments) {
		return true
	}
	for _, c := range []string{"es", "fr", "pt", "de", "ru"} {
		if lexicons[c] != nil && lexicons[c].isRole(w) {
			return true
		}
	}
	return false
}

// rev22lmlContrasted reports whether a clause's words deny the winner or
// the victory they name: a word of contrast, or a negation in the three
// words before the winner's or the victory's word.
func rev22lmlContrasted(ctx stance.Context, code string, words []string) bool {
	for k, w := range words {
		if rev22lmlContrasts[w] {
			return true
		}
		if !lab22mlVictoryIn(ctx, code, words[k:k+1]) {
			continue
		}
		for _, b := range words[max(0, k-3):k] {
			if rev22lmlNegations[b] {
				return true
			}
		}
	}
	return false
}

// rev22lmlNextNamesWinner reports whether the rest of the remark a's
// sentence or the next sentence of its paragraph, with no other speaker's
// remark in them, has a clause that names the winner or the victory
// outside a contrast: the act goes on ("…, y dijo que no cabe duda de que
// Lema ganó", "Más tarde telefoneó a Lema para felicitarla por su
// victoria").
func (r Reader) rev22lmlNextNamesWinner(a *Analysis, code string, remarks []Remark) bool {
	s := a.End
	if s <= 0 || s >= len(r.text) {
		return false
	}
	e := s + 1
	for e < len(r.text) && !cond22SentenceEnd(r.text[:e]) {
		e++
	}
	if e < len(r.text) && !strings.HasSuffix(r.text[:e], "\n") {
		e++
		for e < len(r.text) && !cond22SentenceEnd(r.text[:e]) {
			e++
		}
	}
	for _, rm := range remarks {
		if rm.Start >= s && rm.Start < e && rm.Speaker != a.Speaker {
			return false
		}
	}
	for _, clause := range strings.FieldsFunc(r.text[s:e], func(c rune) bool { return c == ',' || c == ';' || c == '.' }) {
		words := actionWords(clause)
		if lab22mlVictoryIn(r.Context, code, words) && !rev22lmlContrasted(r.Context, code, words) {
			return true
		}
	}
	return false
}
