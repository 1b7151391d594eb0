package article

import "strings"

// A post held in a body named only by an indefinite article is not a
// public office: "presidente de uma associação de imigrantes", "la
// portavoz de una cadena hotelera", "le directeur d'une coopérative",
// "Sprecher eines Reiseveranstalters", "представитель одной из
// ассоциаций туроператоров". A wire report names the holder of an office
// by the office's own body ("el presidente del partido", "the party's
// spokesman"); an indefinite body is one among many, and its head quoted
// on flights, buses or prices speaks for colour, as an occupation does
// (offTopicSpeakers, intl_commentator.go). A body of politics stays an
// office even so ("el líder de un partido opositor", "президент одной из
// стран"): lab22mlPoliticalBodies.

// lab22mlIndefiniteAt reports whether ws[i] is a post (isRole, lab22mlHeads) whose body
// opens with an indefinite article after a joining word ("presidente de
// uma associação", "представитель одной из ассоциаций"), and the body is
// not one of politics.
func (l *langLexicon) lab22mlIndefiniteAt(ws []string, i int) bool {
	if i >= len(ws) || !l.isRole(ws[i]) && !lab22mlHeads[ws[i]] {
		return false
	}
	j := i + 1
	if j < len(ws) && lab22mlContracted[l.code][ws[j]] {
		j++
	} else {
		if j < len(ws) && l.rolePreps[ws[j]] {
			j++
		}
		if j >= len(ws) || !lab22mlIndefinites[l.code][ws[j]] {
			return false
		}
		j++
		if l.code == "ru" {
			if j >= len(ws) || ws[j] != "из" {
				return false
			}
			j++
		}
	}
	return j < len(ws) && rev22lmlGenericPost(l.code, ws[i]) && !rev22lmlPoliticalBody(l.code, ws[j:min(len(ws), j+3)]) // rev22lml_indefinite.go
}

// lab22mlIndefinitePost reports whether a word of the speaker's role is a
// post of an indefinite body, or a mention of one of forms is followed by
// an apposition that opens with one within three words (", presidente de
// uma associação …") or follows one in its clause ("представитель одной
// из ассоциаций туроператоров Ирина Соболева").
func (l *langLexicon) lab22mlIndefinitePost(text, role string, forms []string) bool {
	ws := actionWords(role)
	for i := range ws {
		if l.lab22mlIndefiniteAt(ws, i) {
			return true
		}
	}
	return anyMention(text, forms, func(start, end int) bool {
		if rest, ok := strings.CutPrefix(text[end:], ","); ok {
			if k := strings.IndexAny(rest, clauseMarks); k >= 0 {
				rest = rest[:k]
			}
			ws := actionWords(rest)
			for i := 0; i < len(ws) && i < 3; i++ {
				if l.lab22mlIndefiniteAt(ws, i) {
					return true
				}
			}
		}
		before := text[max(0, start-160):start]
		ws := actionWords(before[lastClauseMark(before):])
		for i := range ws {
			if l.lab22mlIndefiniteAt(ws, i) {
				return true
			}
		}
		return false
	})
}

// lab22mlRoleIndefinite reports whether ws[i], a word of a speaker's role,
// is a post of an indefinite body: then it is no office (officeIn).
func (l *langLexicon) lab22mlRoleIndefinite(ws []string, i int) bool {
	return l.lab22mlIndefiniteAt(ws, i)
}
