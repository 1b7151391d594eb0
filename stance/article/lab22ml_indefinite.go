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

// lab22mlIndefinites are the indefinite articles that may open the body of
// a post, per language; Russian, which has none, says "одной из" ("one of
// the …"), read in lab22mlIndefiniteAt.
var lab22mlIndefinites = map[string]map[string]bool{
	"es": wordSet(`un una`),
	"pt": wordSet(`um uma`),
	"fr": wordSet(`un une`),
	"de": wordSet(`eines einer`),
	"ru": wordSet(`одной одного одним одном`),
}

// lab22mlContracted are prepositions fused with an indefinite article
// ("duma associação", "d'une coopérative").
var lab22mlContracted = map[string]map[string]bool{
	"pt": wordSet(`dum duma`),
	"fr": wordSet(`d'un d'une d’un d’une`),
}

// lab22mlPoliticalBodies are the stems of bodies of politics, whose posts
// stay offices after an indefinite article.
var lab22mlPoliticalBodies = map[string][]string{
	"es": {"país", "partid", "estado", "gobiern", "minister", "parlament", "comisi", "coalici", "movimiento", "frente", "bancada"},
	"pt": {"país", "partid", "estado", "govern", "minist", "parlament", "comiss", "coligaç", "coalizão", "moviment", "frente", "bancada"},
	"fr": {"pays", "parti", "état", "etat", "gouvern", "minist", "parlement", "commission", "coalition", "mouvement", "front", "groupe parlementaire"},
	"de": {"land", "länder", "staat", "partei", "regierung", "ministeri", "parlament", "kommission", "koalition", "bewegung", "fraktion", "bundesland"},
	"ru": {"стран", "парти", "государств", "правительств", "министерств", "парламент", "комисс", "коалиц", "движени", "фракци", "республик"},
}

// lab22mlHeads are heads of a body that are neither offices nor
// occupations in the lists ("responsable d'une association",
// "responsável de uma empresa"): read as posts only here.
var lab22mlHeads = wordSet(`responsable responsables responsável responsáveis`)

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
