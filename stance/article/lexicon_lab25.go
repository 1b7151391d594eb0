package article

// lab25Untils open a condition of waiting put first in a sentence, per
// language, as the words of a phrase (lab25_until.go): "until the court
// rules, …", "hasta que el tribunal se pronuncie, …", "tant que le
// Conseil n'a pas statué, …", "bis das Gericht entscheidet, …", "пока не
// объявят итоги, …". A word ending in an apostrophe opens any word it
// begins ("jusqu'à ce qu'").
var lab25Untils = map[string][]string{
	"en": {"until", "till", "unless and until", "pending"},
	"es": {"hasta que", "mientras no"},
	"pt": {"até que", "enquanto não"},
	"fr": {"jusqu'à ce que", "jusqu'à ce qu'", "tant que", "tant qu'"},
	"de": {"bis", "solange", "erst wenn"},
	"ru": {"пока не", "до тех пор пока", "пока"},
}

// lab25Leads may stand before a fronted condition of waiting in a
// reported or joined clause: "said that until …", "pero hasta que …".
var lab25Leads = wordSet(`that but and que qu' pero mas mais e y et dass aber und что но и а`)

// lab25Negators deny the judgement of the main clause after a fronted
// condition of waiting; English adds the contracted forms to
// guardNegations, other languages use their lexicon's negators.
var lab25Negators = wordSet(`don't do not never won't can't cannot didn't doesn't wouldn't shouldn't`)

// lab25Affirmed turn a denial round into a judgement made ("we do not
// doubt", "no dudamos", "nous ne doutons pas", "wir zweifeln nicht",
// "не сомневаемся"): such a clause does not withhold.
var lab25Affirmed = []string{"doubt", "dud", "dout", "zweifel", "сомнева", "question", "cuestion"}

// lab25Accusations begin words of a fraud charge; a main clause holding
// one is hostile, not withholding ("until the recount, we will not accept
// this fraud").
var lab25Accusations = []string{"fraud", "rigged", "rigging", "stolen", "steal", "robo", "roub", "betrug", "gefälscht", "фальсиф", "манипул", "manipul", "farsa", "farce"}

// lab25FirstPerson are first-person pronouns: a commentator who uses one
// in a fronted condition of waiting gives a judgement of their own.
var lab25FirstPerson = wordSet(`i i'm i'll we we'll we're my our yo nosotros nosotras eu nós je j'ai nous ich wir я мы`)

// lab25Clitics are the object pronouns that stand for the result just
// named before a refused verb of accepting ("Perú no lo aceptará", "não o
// aceitaremos"); lab25Enclitics end a verb that carries one ("no vamos a
// aceptarlo", "não vamos aceitá-lo").
var (
	lab25Clitics   = map[string]map[string]bool{"es": wordSet(`lo la los las`), "pt": wordSet(`o a os as lo la los las`)}
	lab25Enclitics = []string{"rlo", "rla", "rlos", "rlas", "-lo", "-la", "-los", "-las", "-o", "-a", "-os", "-as"}
)

// lab25Charges begin words of a charge against the count that a pronoun
// may stand for as well as a result noun ("es un fraude y no lo vamos a
// aceptar", "foi um golpe e não o aceitaremos").
var lab25Charges = []string{"fraud", "atropell", "atropel", "robo", "roubo", "farsa", "golpe", "manipula", "usurpa"}

// lab25Holders are the words of flatRefusals' objects for the office and
// its holder; a pronoun after them may stand for anything they govern, so
// they name no antecedent for lab25PronounRefusal.
var lab25Holders = []string{"gobierno", "governo", "president", "mandat"}

// rev25Stops begin verbs of stopping or resting: denied after a fronted
// condition of waiting they keep on ("we won't rest", "no descansaremos",
// "nous ne cesserons pas", "wir werden nicht aufhören", "не перестанем").
var rev25Stops = []string{"rest", "stop", "cease", "quit", "tire", "descans", "parar", "parem", "dejar", "deixar", "cess",
	"arrêt", "relâch", "aufhör", "aufgeb", "ruhen", "перестан", "прекрат", "остановим", "успокои"}

// rev25Turns turn a main clause after its negation ("we will not comment,
// but …"): the turn, not the denial, carries the judgement.
var rev25Turns = wordSet(`but however pero sino mas mais porém contudo cependant aber doch jedoch но однако`)

// rev25FemClitic and rev25MascClitic are the object pronouns of Spanish
// and Portuguese by gender (lab25Clitics).
var (
	rev25FemClitic  = wordSet(`la las a as`)
	rev25MascClitic = wordSet(`lo los o os`)
)

// rev25Disowned stand between a charge and a pronoun refusal when the
// charge is someone else's or denied ("el fraude que denuncia la
// oposición no existe", "a farsa de que fala a oposição").
var rev25Disowned = wordSet(`existe existió existiu existen existem inexistente inexistentes denuncia denuncian
	denunció denunciou alega alegan alegó alegou habla hablan fala falam invoca invocan invocou inventa inventan
	inventó inventou supuesto supuesta suposto suposta`)
