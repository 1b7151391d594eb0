package article

// rev28grNotObserverStems open words of a speaker's name or title that
// make an observer stem no observer's (rev28gr_observer.go; not
// "посол" or "представитель": an ambassador heads a mission, a spokesman
// speaks for one): a
// government's, a party's or a parliament's own delegation, a diplomat's
// mission, a political commentator ("politischer Beobachter",
// "политический наблюдатель"), a supervisory board ("наблюдательного
// совета"), a missionary or "Mrs" ("миссионер", "миссис").
var rev28grNotObserverStems = map[string][]string{
	"de": {"regierung", "partei", "opposition", "handel", "diplomat", "politisch",
		"langjährig", "kommentator", "analyst", "journalist"},
	"ru": {"госдум", "правительств", "парти", "оппозиц", "дипломат",
		"политическ", "обозреват", "аналитик", "журналист", "наблюдательн", "миссис", "миссионер"},
}

// rev28grRejectStems stand inside words that allege fraud, theft or a
// staged vote (rev28gr_observer.go): "украли", "мошенничество",
// "подтасовки", "manipuliert", "Betrug", "Inszenierung".
var rev28grRejectStems = map[string][]string{
	"de": {"betrug", "betrüg", "fälsch", "manipul", "gestohlen", "inszenier", "farce", "scheinwahl"},
	"ru": {"фальсиф", "подтасов", "мошенни", "украл", "украд", "фарс", "спектакл", "инсцениров"},
}

// rev28grWinStems open words of winning (rev28gr_observer.go): a rival
// named "победительница", "die wahre Siegerin".
var rev28grWinStems = map[string][]string{
	"de": {"sieger", "gewinner", "gewonnen", "wahlsieg"},
	"ru": {"победил", "победител", "выиграл"},
}
