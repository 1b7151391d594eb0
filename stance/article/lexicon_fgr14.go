package article

// Word lists of the fourteenth session's French, German and Russian rules
// (fgr14_*.go).

// fgrOutletNouns are Russian nouns in the dative that name the outlet a
// remark was given to, before its name ("сказал изданию «Ведомости» X",
// "заявил агентству ТАСС X"): the addressee, not the speaker.
var fgrOutletNouns = wordSet(`агентству агентствам изданию изданиям газете газетам
	журналу телеканалу телеканалам радиостанции порталу сайту корреспонденту
	корреспондентам`)

// fgrRussianRoles are offices the Russian lexicon lacked: "член" heads the
// title of a member of a body ("член политсовета блока X", "Член
// Общественной палаты X"), "руководитель" and "заместитель" of a head and
// a deputy ("руководитель юридической службы штаба X").
var fgrRussianRoles = []string{"член", "руководитель", "руководительница", "заместитель"}

func init() {
	for _, w := range fgrRussianRoles {
		russian.roles[w] = true
	}
}

// fgrClauseConjunctions open a contrasting clause after a comma, whose
// subject differs from the first clause's ("…, а председатель X заявила").
var fgrClauseConjunctions = wordSet(`а но однако mais aber doch sondern pero mas porém`)

// fgrDeLassen are the forms of German "lassen" that report speech through
// an infinitive of saying ("ließ mitteilen", "ließen … wissen"); "ließ"
// is already among the speech verbs.
var fgrDeLassen = wordSet(`ließ ließen lässt lassen`)

// fgrDeSayInfinitives are the infinitives of saying after "lassen" that
// close what stands between it and the reported clause ("ließ gemeinsam
// mit der Außenbeauftragten erklären, man warte …", "ließen am Montag
// wissen, man nehme …").
var fgrDeSayInfinitives = wordSet(`wissen mitteilen erklären verlauten ausrichten verkünden
	bekanntgeben übermitteln`)

func init() {
	for _, w := range []string{"ließen", "lässt"} {
		german.speechVerbs[w] = true
	}
}

// fgrDeSpeechParticiples are participles of German speech verbs for the
// perfect tense ("X hat gefordert, die EU solle warten", "hat gewarnt,
// …"); the lexicon held the preterite and a few participles only. With
// them the verbs of telling the lexicon lacked ("Der Händler X erzählt,
// in seinem Laden sei …", "berichtete, …"), whose clause went to the
// speaker before.
var fgrDeSpeechParticiples = []string{"gefordert", "verlangt", "gewarnt", "bekräftigt",
	"versichert", "unterstrichen", "gemahnt", "erklärt", "betont", "gemeint", "angekündigt",
	"erzählt", "erzählte", "erzählten", "berichtet", "berichtete", "berichteten", "schildert", "schilderte"}

// fgrDeSeparableActs map the stem of a German separable verb to the
// particle that, ending its clause, makes it an act on the result rather
// than speech or nothing: "sprach dem Ergebnis jede Legitimation ab"
// (absprechen, deny), "wies das Ergebnis zurück" (zurückweisen, reject),
// "stellte die Wahl infrage".
// fgrDeSeparableObjects are stems of a charge about the vote that, between a
// separable verb and its particle, make it an act on the result
// (separableOnVote, fgr14_separable.go).
var fgrDeSeparableObjects = []string{
	"zweifel", "vorwürf", "vorwurf", "kritik", "legitim", "rechtmäßig", "betrug", "fälschung",
	"manipulation", "anschuldigung", "neuauszählung", "sieg", "mandat", "anerkennung",
}

// fgrDeNobody are German subjects that deny the act of the verb after them
// (separableAct, fgr14_separable.go).
var fgrDeNobody = wordSet(`niemand keiner keine nichts`)

var fgrDeSeparableActs = map[string]string{
	"sprach": "ab", "spricht": "ab", "sprachen": "ab", "sprechen": "ab",
	"wies": "zurück", "weist": "zurück", "wiesen": "zurück", "weisen": "zurück",
	"stellte": "infrage", "stellt": "infrage", "stellten": "infrage",
}

// fgrDeRoleSuffixes end German compound offices the lexicon missed: a
// member of a parliament named by the body or party first
// ("Oppositionsabgeordnete", "Bundestagsabgeordneter"), a commissioner
// named by the portfolio ("EU-Handelskommissar").
var fgrDeRoleSuffixes = []string{"abgeordnete", "abgeordneter", "kommissar", "kommissarin"}

func init() {
	for _, w := range fgrDeSpeechParticiples {
		german.speechVerbs[w] = true
	}
	german.roleSuffixes = append(german.roleSuffixes, fgrDeRoleSuffixes...)
	german.commentatorSuffixes = append(german.commentatorSuffixes, fgrDeCommentatorSuffixes...)
	for _, w := range fgrDeRefusals {
		german.actionVerbs[w] = true
		german.refusals[w] = true
	}
	for _, w := range fgrDeStops {
		german.stops[w] = true
	}
}

// fgrDeStops are German prepositions the stops lacked: a sentence that
// opens with one ("Für Belgrad ist das die ideale Konstellation") names
// no speaker "Für Belgrad", to whom a later "er" went.
var fgrDeStops = []string{"für"}

// fgrFrFloatingQuantifiers stand between a French auxiliary and its
// participle, referring to a plural subject listed before ("A, B et le
// président C ont tous téléphoné …", "X et Y ont toutes deux salué …"):
// preverbs, so that the subject before the auxiliary is found.
var fgrFrFloatingQuantifiers = []string{"tous", "toutes", "deux"}

func init() {
	for _, w := range fgrFrFloatingQuantifiers {
		french.preverbs[w] = true
	}
}

// fgrFrNotParticiples are French words in -ant that open a sentence but
// are no participle of a clause before the subject.
var fgrFrNotParticiples = wordSet(`avant durant pendant cependant maintenant néanmoins devant
	suivant moyennant nonobstant auparavant dorénavant désormais tant quant`)

// fgrLikeAdverbs say that a person named after a comma did the same as
// the clause before ("…, Ivo Kask ebenso", "…, Y aussi", "…, Y
// тоже"), ending the clause (fgr14_ellipsis.go).
var fgrLikeAdverbs = wordSet(`ebenso ebenfalls gleichfalls auch aussi également pareillement тоже также`)

// fgrDeRefusals are German verbs of withholding something owed
// ("verweigerte dem Sieger die Glückwünsche", "hat die Anerkennung
// verweigert"): acts, and refusals like "lehnte ab".
var fgrDeRefusals = []string{"verweigerte", "verweigerten", "verweigert", "verweigere"}

// fgrFrImperfectActs are imperfect forms of French verbs of acting on
// the result whose present and participle the lexicon held: a reporter
// tells what a person was demanding as background ("L'homme d'affaires
// réclamait l'annulation du scrutin", "elle contestait les chiffres").
var fgrFrImperfectActs = []string{"réclamait", "réclamaient", "demandait", "demandaient",
	"exigeait", "exigeaient", "contestait", "contestaient", "condamnait", "condamnaient",
	"critiquait", "critiquaient", "fustigeait", "fustigeaient", "acceptait", "acceptaient"}

func init() {
	for _, w := range fgrFrImperfectActs {
		french.actionVerbs[w] = true
	}
}

// fgrWithout are the words of "without" before a recognition left out
// (fgr14_without.go): "sans adresser de félicitations", "ohne zu
// gratulieren".
var fgrWithout = map[string]map[string]bool{
	"fr": wordSet(`sans`),
	"de": wordSet(`ohne`),
	"ru": wordSet(`без`),
}

// fgrDeCommentatorSuffixes end German compounds of a trade quoted for
// colour ("Gemüsehändler", "Obsthändlerin"), as "händler" alone is a
// commentator's title.
var fgrDeCommentatorSuffixes = []string{"händler", "händlerin"}

// fgrRuTimeAfterStill open a time expression after Russian "ещё" ("ещё в
// ночь на понедельник", "ещё накануне", "ещё до объявления итогов",
// "ещё вечером"): "as early as" (fgr14_earlyas.go).
var fgrRuTimeAfterStill = wordSet(`в во на до с со накануне вчера утром вечером ночью днём днем
	тогда летом весной осенью зимой`)

// fgrLegitimacy open the words of legitimacy, and fgrDeprive those of
// depriving or losing it (fgr14_legitimacy.go).
var fgrLegitimacy = map[string][]string{
	"fr": {"légitimité"},
	"de": {"legitimität", "legitimation"},
	"ru": {"легитимност"},
}

var fgrDeprive = map[string][]string{
	"fr": {"perdu", "privé", "privée", "dépourvu", "retiré", "retire", "dénié", "dénie"},
	"de": {"abgesprochen", "absprach", "ab", "verloren", "verliert", "verlor", "entzogen", "entzieht", "entzog"},
	"ru": {"лишил", "лиша", "лишен", "лишён", "утрати", "утрачива", "потеря", "отказа"},
}

// fgrRuCondemn are Russian words of fraud the condemnation list lacked:
// "подлог" (forgery: "не победа, а подлог"), "жульничеств", "вброс"
// (ballot stuffing).
var fgrRuCondemn = []string{"подлог", "жульничеств", "вброс"}

func init() {
	pw := processWords["ru"]
	pw.condemn = append(pw.condemn, fgrRuCondemn...)
	processWords["ru"] = pw
}

// fgrContrast are the conjunctions of correction after a negated noun
// (afterContrast).
var fgrContrast = map[string]map[string]bool{
	"ru": wordSet(`а`),
	"fr": wordSet(`mais`),
	"de": wordSet(`sondern`),
}

// fgrCondemnVerbs are verbs of strong condemnation, and fgrVoteObjects
// the stems of the vote, its process and its result as their object
// (fgr14_condemnvote.go); fgrObjectDeterminers the articles between them
// that the determiners lack.
var fgrCondemnVerbs = map[string]map[string]bool{
	"fr": wordSet(`fustigé fustige fustigent fustigeait condamné condamne condamnent condamnait dénoncé dénonce dénoncent dénonçait`),
	"de": wordSet(`verurteilte verurteilten verurteilt`),
	"ru": wordSet(`осудил осудила осудили осуждает осуждают`),
}

var fgrVoteObjects = map[string][]string{
	"fr": {"scrutin", "élection", "processus", "résultat", "proclamation", "vote", "réélection"},
	"de": {"wahl", "abstimmung", "ergebnis", "referendum", "auszählung"},
	"ru": {"выбор", "голосовани", "итог", "результат", "переизбрани"},
}

var fgrObjectDeterminers = map[string]map[string]bool{
	"fr": wordSet(`un une le la les l' ce cette ces`),
	"de": wordSet(`die das den`),
	"ru": wordSet(`эти этих`),
}

// fgrMass and fgrViolations are the words of mass and of violation that
// together allege fraud on a scale that rejects the result
// (massViolations, fgr14_legitimacy.go).
var fgrMass = map[string][]string{
	"ru": {"массов", "масштабн", "многочисленн"},
	"fr": {"massive", "massif", "généralisé"},
	"de": {"massive", "massiven", "massiver", "flächendeckend"},
}

var fgrViolations = map[string][]string{
	"ru": {"нарушени", "фальсификац", "вброс"},
	"fr": {"irrégularités", "fraude", "violations"},
	"de": {"unregelmäßigkeiten", "verstöße", "verstößen", "manipulation", "betrug"},
}

// fgrOtherDomains are stems of domains other than the vote whose violations,
// however massive, accuse no count (otherDomainAfter, fgr14_legitimacy.go).
var fgrOtherDomains = map[string][]string{
	"ru": {"человека", "бюджет", "трудов", "налог", "экологи", "санкци", "перемири"},
	"fr": {"droits", "gestion", "budget", "fiscal", "cessez-le-feu", "sanction", "environnement", "travail"},
	"de": {"menschenrecht", "haushalt", "verkehr", "umwelt", "arbeits", "sanktion", "waffenruhe", "steuer"},
}

// fgrOtherVotes are stems that place a condemned vote in a parliament, a
// party or a company, or give it a bill for object (otherVoteAfter,
// fgr14_condemnvote.go); fgrOffDomains stems of sport and the court whose
// legitimacy, lost, is no condemnation (legitimacyLost, fgr14_legitimacy.go).
var fgrOtherVotes = map[string][]string{
	"fr": {"interne", "parlement", "sénat", "réforme", "actionnaires"},
	"de": {"bundestag", "landtag", "bundesrat", "parlament", "gesetz", "parteitag", "parteiintern", "innerpartei", "interne", "aktionär", "vorstand", "aufsichtsrat"},
	"ru": {"госдум", "думе", "думы", "парламент", "законопроект", "закона", "закону", "совете", "совета", "внутрипарт", "съезд", "акционер"},
}

var fgrOffDomains = map[string][]string{
	"fr": {"arbitre", "arbitrage", "équipe", "entraîneur", "fédération", "ligue"},
	"de": {"schiedsrichter", "mannschaft", "trainer", "verein", "liga", "verband"},
	"ru": {"судья", "судьи", "арбитр", "команд", "тренер", "клуб", "федераци"},
}

// fgrPromptAfterWithout are the words after "sans", "ohne" or "без" that
// make it "promptly" ("sans attendre", "sans tarder", "ohne zu zögern",
// "без промедления"): the recognition after them is done.
var fgrPromptAfterWithout = wordSet(`attendre tarder hésiter délai zögern umschweife промедления колебаний задержки
	раздумий`)

// fgrMourning holds stems of death and remembrance after which a tribute is
// to the dead, not an act on the result (fgr14_tribute.go).
var fgrMourning = []string{
	"victime", "mémoire", "mort", "défunt", "décédé", "disparu", "tués", "martyr",
	"памят", "погибш", "жертв", "павш", "умерш", "скончавш", "убит",
}

// fgrTribute maps, per language, the verbs of paying tribute to the noun
// that must follow them (fgr14_tribute.go).
var fgrTribute = map[string]map[string]string{
	"ru": {"отдал": "должное", "отдала": "должное", "отдали": "должное", "отдаёт": "должное", "отдает": "должное"},
	"fr": {"rendu": "hommage", "rend": "hommage", "rendent": "hommage", "rendait": "hommage"},
}
