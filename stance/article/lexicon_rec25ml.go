package article

// rec25mlQuoteVerbs are verbs of protest, complaint, irony and accusation
// that attribute a quotation they follow, inverted with their subject
// ("«…», acusou X, dirigente do partido", "«…», protestó la diputada X",
// "« … », a fustigé X", "„…“, schimpfte X", "«…», — возмутился X"). They
// are no speech verbs elsewhere (an object may follow them: "acusou o
// governo de fraude"), so rec25mlAfterQuote takes them only when a
// speaker phrase follows them up to the end of the clause.
var rec25mlQuoteVerbs = map[string]map[string]bool{
	"pt": wordSet(`acusou acusa acusaram protestou protesta protestaram desabafou desabafa
		reclamou reclama atirou atira resumiu resume admitiu admite queixou-se queixa-se`),
	"es": wordSet(`acusó acusa acusaron protestó protesta protestaron reclamó reclama
		fustigó fustiga resumió resume admitió admite quejó queja arremetió ironizaba`),
	"fr": wordSet(`accusé accuse protesté proteste fustigé fustige tempêté tempête ironisé
		ironise déploré déplore regretté regrette critiqué critique admis admet
		résumé résume raillé raille`),
	"de": wordSet(`schimpfte schimpft spottete spottet klagte klagt beklagte beklagt
		wetterte wettert polterte poltert ätzte ätzt höhnte höhnt`),
	"ru": wordSet(`возмутился возмутилась возмущается посетовал посетовала сетует
		пожаловался пожаловалась жалуется обвинил обвинила обвиняет раскритиковал
		раскритиковала иронизировал иронизировала съязвил съязвила`),
}

// rec25mlAmongOpeners open a roundup's list of congratulators besides the
// language's among word (lexicon among): "Zu den Gratulanten zählten …",
// "Au nombre des premiers à féliciter X figuraient …", "В числе
// поздравивших были …", "En la lista de quienes felicitaron figuran …".
var rec25mlAmongOpeners = map[string][]string{
	"de": {"zu den", "zu der"},
	"fr": {"au nombre des", "au nombre de ceux"},
	"es": {"en la lista de"},
	"pt": {"na lista dos", "na lista de"},
	"ru": {"в числе"},
}

// rec25mlAmongVerbs are verbs of belonging to such a list besides the
// language's amongVerbs: "zählten", "gehörten", "se contaron",
// "contavam-se", "comptaient", "значились".
var rec25mlAmongVerbs = map[string]map[string]bool{
	"de": wordSet(`zählten zählen zählte zählt gehörten gehören gehörte gehört befanden befinden`),
	"fr": wordSet(`comptaient comptait trouvaient trouvait`),
	"es": wordSet(`contaron contaban cuentan encontraban encuentran`),
	"pt": wordSet(`contavam-se contaram-se contam-se encontravam-se encontram-se`),
	"ru": wordSet(`значились значатся`),
}

// rec25mlListAdverbs stand between the verb of such a list and the list:
// "zählten außerdem", "figuraient en outre", "estuvieron además".
var rec25mlListAdverbs = wordSet(`außerdem ferner zudem weiter ausserdem además asimismo ademais
	igualmente outre notamment ещё еще кроме`)

// rec25mlQuantifiers open a German plural noun phrase of quantity or time
// and are no names: "Wenige Stunden später trat X vor die Kamera",
// "Einige Tage danach", "Mehrere Minister". A capitalised noun after them
// is a German noun, so without them the two words read as a person named
// in full. init adds them to notNames.
var rec25mlQuantifiers = map[string][]string{"de": {"wenige", "einige", "mehrere", "etliche", "zahlreiche", "viele", "manche", "sämtliche"}}

func init() {
	for code, ws := range rec25mlQuantifiers {
		for _, w := range ws {
			lexicons[code].notNames[w] = true
		}
	}
}

// rec25mlOffices are offices of diplomacy the role lists lacked: the
// chargé d'affaires and the envoy ("O encarregado de negócios, X,
// afirmou …", "El encargado de negocios, X, dijo …", "Der
// Geschäftsträger, X, sagte …", "L'émissaire de l'UA, X, a estimé …").
// Without them an office before a name in apposition was no office, and
// the name between commas no subject. init adds them to the roles. Not
// the coordinator, the adviser or the director: the package reads "o
// coordenador da escola, X," and "consejero delegado" as occupations, no
// offices (TestExtractLangNamedOccupation, TestRev21romCorporateDelegate),
// and "Direktor des OSZE-Büros …" ran an office into its complement.
var rec25mlOffices = map[string][]string{
	"fr": {"chargé", "envoyé", "envoyée", "émissaire"},
	"es": {"encargado", "encargada", "enviado", "enviada"},
	"pt": {"encarregado", "encarregada", "enviado", "enviada"},
	"de": {"geschäftsträger", "geschäftsträgerin", "gesandte", "gesandter", "sondergesandte", "sondergesandter"},
	"ru": {"поверенный", "посланник", "спецпредставитель"},
}

func init() {
	for code, ws := range rec25mlOffices {
		for _, w := range ws {
			lexicons[code].roles[w] = true
		}
	}
}
