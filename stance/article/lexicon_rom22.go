package article

// rom22Roles are party and mission posts the role lists of Spanish,
// French and Portuguese lacked: a delegate ("o delegado provincial do
// movimento, X, garantiu …", "la delegada del partido, X, dijo …", "le
// délégué régional du parti, X, a affirmé …"). With them the post before
// a name set off by commas is read as the speaker's role. A coordinator
// is left an occupation: it is an office only when it heads a body named
// with capitals (namedOccupation, intl_occupation.go), and "A
// coordenadora, X, …" names no office.
var rom22Roles = map[string][]string{
	"es": {"delegado", "delegada"},
	"fr": {"délégué", "déléguée"},
	"pt": {"delegado", "delegada"},
}

// rom22CorporateHeads are the company posts a delegate may complete: a
// managing director ("el consejero delegado de Banco Austral", "o
// administrador delegado", "l'administrateur délégué", "le directeur
// général délégué") holds no public office, and a remark of theirs on
// the markets is not about the result.
var rom22CorporateHeads = wordSet(`consejero consejera administrador administradora
	administrateur administratrice conselheiro conselheira`)

// rom22CorporateDelegate reports whether words[i] is a delegate completing
// a company post (rom22CorporateHeads, or "directeur général délégué").
func rom22CorporateDelegate(words []string, i int) bool {
	if i == 0 || !rom22Delegates[words[i]] {
		return false
	}
	if rom22CorporateHeads[words[i-1]] {
		return true
	}
	g := words[i-1] == "général" || words[i-1] == "générale" || words[i-1] == "general"
	return g && i > 1 && (words[i-2] == "directeur" || words[i-2] == "directrice" || words[i-2] == "director" || words[i-2] == "directora")
}

// rom22CorporateRole reports whether a speaker's role is a company post
// completed by a delegate ("consejero delegado de Banco Austral"): an
// occupation, not an office (offTopicSpeakers, intl_commentator.go).
func rom22CorporateRole(role string) bool {
	ws := actionWords(role)
	for i := range ws {
		if rom22CorporateDelegate(ws, i) {
			return true
		}
	}
	return false
}

// rom22Delegates are the words of rom22Roles in all three languages.
var rom22Delegates = wordSet(`delegado delegada délégué déléguée`)

func init() {
	for code, ws := range rom22Roles {
		for _, w := range ws {
			lexicons[code].roles[w] = true
		}
	}
}

// rom22FrSpeechVerbs are French verbs of saying the list lacked that the
// Spanish and Portuguese lists hold ("confirmó que", "confirmou que"):
// "X a confirmé dans un communiqué que Y était réélu", "X confirme que
// …". Without a clause of "que" they report no speech ("a confirmé sa
// venue").
var rom22FrSpeechVerbs = []string{"confirmé", "confirme", "confirment", "confirmait"}

func init() {
	for _, w := range rom22FrSpeechVerbs {
		french.speechVerbs[w] = true
	}
}
