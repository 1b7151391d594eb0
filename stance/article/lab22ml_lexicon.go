package article

// lab22mlOccupations are occupations the lists lacked: a staff member of
// an institute, a firm or a university ("сотрудник Института Латинской
// Америки", "научная сотрудница"), who holds no office. A remark of theirs
// with a word of the election stays on the result (offTopicSpeakers).
var lab22mlOccupations = map[string][]string{
	"ru": {"сотрудник", "сотрудница"},
}

func init() {
	for code, ws := range lab22mlOccupations {
		for _, w := range ws {
			lexicons[code].occupations[w] = true
		}
	}
}

// lab22mlCondemnStems are words of a usurped office the condemnation
// lists lacked: "назвал избрание «узурпацией»", "«самозваный президент»",
// "un usurpateur", "una usurpación", "Usurpator".
var lab22mlCondemnStems = map[string][]string{
	"ru": {"узурпац", "узурпатор", "самозван"},
	"es": {"usurpa"},
	"pt": {"usurpa"},
	"fr": {"usurpat"},
	"de": {"usurpat"},
}

func init() {
	addCondemnStems(lab22mlCondemnStems)
}
