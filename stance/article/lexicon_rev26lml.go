package article

// Word lists of rev26lml's narrowings of lab26ml's rules
// (rev26lml_narrow.go).

// rev26lmlOwnVersions begin the words that set the speaker's own version of
// the result against the declared one ("los resultados reales", "le
// résultat réel des urnes", "настоящие итоги", "das wahre Ergebnis"): to
// respect that result is to reject the declared one.
var rev26lmlOwnVersions = []string{"real", "verdader", "reais", "réel", "véritable", "vrai", "настоящ", "истинн", "подлинн",
	"реальн", "wahre", "echte", "tatsächliche", "wirkliche"}

// rev26lmlCallVerbs call on someone to do something ("exigió a la
// comisión que respete", "pediu à comissão que respeite", "призвал ЦИК
// уважать", "forderte die Wahlkommission auf"); a call on the body that
// declared the result to respect it denies that it did.
var rev26lmlCallVerbs = wordSet(`pidió pide piden pidieron exigió exige exigen exigieron instó insta urgió llamó llama reclamó reclama
	pediu pede pedem pediram exigiu exigem apelou apela instou reclamou
	appelé appelle appellent demandé demande demandent exhorté exhorte exigé exige exigent sommé somme
	forderte fordert fordern forderten aufgefordert appellierte appelliert mahnte
	призвал призвала призвали призывает призывают потребовал потребовала потребовали требует требуют`)

// rev26lmlNounLeads stand before "respeto"/"respeito" when it is the noun
// (respect), not the verb (I respect): "con todo respeto", "com todo o
// respeito", "falta de respeito", "o respeito pelo resultado".
var rev26lmlNounLeads = wordSet(`el o un um todo toda con com sin sem su seu sua mi meu nuestro nosso pleno total debido devido
	mucho muito mayor maior absoluto profundo de del do da en em por pelo`)

// rev26lmlRespectNouns are the verb forms of lab26mlRespects that are also
// nouns.
var rev26lmlRespectNouns = wordSet(`respeto respeito`)

// rev26lmlYets make a negated contest a delay ("todavía no impugnamos",
// "ainda não contestou", "пока не будет оспаривать", "noch nicht").
var rev26lmlYets = wordSet(`todavía aún aun ainda encore toujours пока ещё еще noch`)

// rev26lmlCauses open a reason given for not contesting ("porque los
// jueces responden al gobierno", "car la Cour est acquise", "поскольку суд
// подчиняется власти"): the reason decides, not the negation.
var rev26lmlCauses = wordSet(`porque pues car parce puisque pois porquanto потому поскольку ибо weil denn`)

// rev26lmlMeans follow a noun of appeal that means means or resources
// ("no tiene recursos para impugnar", "des recours pour"), not an appeal.
var rev26lmlMeans = wordSet(`para pra pour`)

// rev26lmlConcedeLeads may stand before a concession in a remark that is
// the speaker's own ("había admitido su derrota", "a reconnu sa
// défaite", "hatte ihre Niederlage eingeräumt", "уже признал
// поражение"): auxiliaries, adverbs of time, subject pronouns and
// possessives. Any other word (a name or noun subject, a negation, a
// verb of refusing, "only") makes it someone else's, a denied or a
// conditional concession.
var rev26lmlConcedeLeads = wordSet(`ha han he hemos había habían ya también hoy ayer finalmente
	tem têm tinha tinham já também hoje ontem finalmente
	a ont avait avaient ai avons il elle ils elles je j'ai nous déjà aussi hier finalement enfin aujourd'hui
	hat haben habe hatte hatten er sie ich wir auch bereits schon gestern heute seine ihre die eine
	уже также сегодня вчера он она они я мы
	que qu'il qu'elle dass что`)

// rev26lmlCounterfactuals follow a verb to make it hypothetical ("признал
// бы поражение, если бы …").
var rev26lmlCounterfactuals = wordSet(`бы б`)

// rev26lmlRejectProbability is the probability of hostile from which a
// model-read remark is a rejection that a concession does not outweigh
// (GUIDELINES rule 1, explicit rejection wins): "Но эти выборы не были ни
// свободными, ни честными" is read at 1.00; the complaints outweighed on
// the development sets were read at 0.71 or less.
const rev26lmlRejectProbability = 0.9

// rev26lmlRecognises begin verbs of recognising that cond22Recognition
// lacks (the first person plural "признаём", "признаем"): a run that denies
// recognising denies it whatever it says of contesting.
var rev26lmlRecognises = map[string][]string{"ru": {"призна"}}
