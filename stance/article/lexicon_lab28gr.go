package article

// lab28grObserverStems are, per language, the stems of a speaker's name
// or title that mark an observer of the vote (lab28gr_observer.go): the
// observer, the mission, the OSCE's office for elections. German stems
// match inside a compound ("Wahlbeobachtungsorganisation").
var lab28grObserverStems = map[string][]string{
	"de": {"beobacht", "odihr", "bdipč", "delegation"},
	"ru": {"наблюдател", "мисси", "бдипч", "делегаци"},
}

// lab28grLegitimacyStems are the stems of a judgement on the result's
// legitimacy, which an observer's hostile remark keeps
// (lab28gr_observer.go): "отказался считать итоги законными", "sprach
// der Wahl die Legitimität ab".
var lab28grLegitimacyStems = map[string][]string{
	"de": {"legitim", "illegitim", "rechtmäßig", "unrechtmäßig", "anerkenn"},
	"ru": {"законн", "незаконн", "легитим", "нелегитим", "призна", "непризна"},
}
