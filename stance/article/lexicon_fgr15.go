package article

// ruDidItPronouns stand before a Russian verb of doing for the act just
// told ("это сделали", "так сделал"): see ruDidIt (fgr15_didit.go).
var ruDidItPronouns = wordSet(`это так`)

// deRelativePronouns open a German relative clause after a speaker's
// comma (deRelativeAt, fgr15_deopener.go).
var deRelativePronouns = wordSet(`dessen deren denen welcher welche welches welchem welchen`)

// articleParticles join a name only after one of articleParticleOpeners
// (loneArticleParticle, fgr15_phrase.go).
var (
	articleParticles       = wordSet(`der дер den`)
	articleParticleOpeners = wordSet(`van von фон vom`)
)

// dePossessives are the German possessive determiners of the third person
// before a title (possessedTitleAt, fgr15_phrase.go).
var dePossessives = wordSet(`sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer`)

// deSeparableSpeech map the stems of German separable verbs of saying to
// the particle that ends their clause before what was said
// (separableSpeechClause, fgr15_separablespeech.go); deSpeechStems are
// those of them the speech verbs lacked, and deSpeechParticiples the
// participles of the perfect ("hatte eingeräumt, dass …", "hat …
// vorgeworfen, …").
var (
	deSeparableSpeech = map[string]string{
		"warf": "vor", "wirft": "vor", "warfen": "vor", "werfen": "vor",
		"räumte": "ein", "räumt": "ein", "räumten": "ein",
		"gab": "zu", "gibt": "zu", "gaben": "zu",
		"wies": "hin", "weist": "hin", "wiesen": "hin",
		"hob": "hervor", "hebt": "hervor", "hoben": "hervor",
		"stellte": "klar", "stellt": "klar", "stellten": "klar",
		"kündigte": "an", "kündigt": "an", "kündigten": "an",
		"deutete": "an", "deutet": "an",
		"fügte": "hinzu", "fügt": "hinzu", "fügten": "hinzu",
		"teilte": "mit", "teilt": "mit", "teilten": "mit",
	}
	deSpeechStems       = []string{"warf", "wirft", "warfen", "deutete", "deutet"}
	deSpeechParticiples = []string{"vorgeworfen", "eingeräumt", "zugegeben", "hingewiesen", "hervorgehoben", "klargestellt", "mitgeteilt", "hinzugefügt"}
)

func init() {
	for _, w := range append(deSpeechStems, deSpeechParticiples...) {
		german.speechVerbs[w] = true
	}
}

// ruEmphatics open a Russian sentence before its subject's name ("Сам
// Додон …"): emphaticOpener, fgr15_emphatic.go.
var ruEmphatics = wordSet(`сам сама сами`)

// ruImperfectiveSpeech are imperfective forms of Russian verbs of saying
// whose perfective the lexicon held ("напомнил" but not "напоминал"): a
// report tells what a person kept saying in the imperfective ("Председатель
// X напоминал, что …", "подчеркивала, что …"), and the clause went to the
// actor of an act inside it.
var ruImperfectiveSpeech = []string{"напоминал", "напоминала", "напоминали", "напоминает",
	"подчеркивал", "подчеркивала", "подчёркивал", "подчёркивала", "подчеркивали",
	"объяснял", "объясняла", "объясняли", "пояснял", "поясняла", "замечал", "замечала",
	"сообщал", "сообщала", "сообщали", "писал", "писала", "писали", "добавлял", "добавляла",
	"указывал", "указывала", "указывали", "заверял", "заверяла", "отвечал", "отвечала"}

func init() {
	for _, w := range ruImperfectiveSpeech {
		russian.speechVerbs[w] = true
	}
}

// wantModals are the verbs of wanting before an infinitive of commenting
// (wouldNotComment, fgr15_nocomment.go), and commentInfinitives those
// infinitives.
var (
	wantModals = map[string]map[string]bool{
		"de": wordSet(`wollte wollten will wollen mochte mochten möchte`),
		"fr": wordSet(`voulu souhaité voulait souhaitait veut souhaite`),
	}
	commentInfinitives = map[string]map[string]bool{
		"de": wordSet(`kommentieren äußern bewerten`),
		"fr": wordSet(`commenter s'exprimer prononcer réagir`),
	}
)

// frSeizeActs are the forms of French "saisir" (to bring a case before a
// court: "X a saisi le Conseil constitutionnel pour demander l'annulation
// du scrutin"), an act on the result as filing a challenge; the court
// named after it tells the about-result judge it is one.
var frSeizeActs = []string{"saisi", "saisit", "saisissent", "saisira", "saisiront"}

func init() {
	for _, w := range frSeizeActs {
		french.actionVerbs[w] = true
	}
}

// frEmphaticPronouns stand between a French auxiliary and its participle
// after a plural subject ("A et B avaient eux aussi saisi …", "X et Y
// ont elles aussi félicité …"): preverbs, as the floating quantifiers of
// lexicon_fgr14.go, so that the subject before the auxiliary is found.
var frEmphaticPronouns = []string{"eux", "elles"}

func init() {
	for _, w := range frEmphaticPronouns {
		french.preverbs[w] = true
	}
}

// deSayingNouns name what a person said after "so" and a possessive
// ("so seine Warnung", "so ihre Einschätzung"): soPossessive,
// fgr15_sopossessive.go.
var deSayingNouns = wordSet(`warnung einschätzung worte argumentation begründung überzeugung forderung lesart darstellung sicht meinung befürchtung`)

// deObliqueDeterminers open a German noun phrase in the dative or the
// accusative, never a subject: a person after the verb so introduced is
// its object (deObjectAfterVerb, fgr15_deopener.go).
var deObliqueDeterminers = wordSet(`dem den einem einen`)

// ruNeuterSuffixes end the neuter nouns "это" determines after a verb of
// doing ("сделал это заявление", "это обращение", "это признание"), and
// ruNeuterNouns are common ones of other shapes: ruNeuterNounAt,
// fgr15_didit.go.
var (
	ruNeuterSuffixes = []string{"ние", "тие", "ье", "ство"}
	ruNeuterNouns    = wordSet(`письмо заключение дело предложение слово видео интервью`)
)

// deRelativeDs are the German relative pronouns of the d- series, and
// dePersonalPronouns the subject pronouns that may follow one ("…, die
// sie gewählt hatten"): deRelativeAfterObject, fgr15_separablespeech.go.
var (
	deRelativeDs       = wordSet(`der die das den dem denen`)
	dePersonalPronouns = wordSet(`er sie es wir ihr man ich du`)
)

// deReceiveVerbs are German verbs of receiving: before a colon, the
// subjunctive clause after it is what the subject was told, not what they
// said (colonSubjunctive, fgr15_colonsubjunctive.go).
var deReceiveVerbs = wordSet(`erhielt erhielten erhält erhalten bekam bekamen bekommt bekommen`)
