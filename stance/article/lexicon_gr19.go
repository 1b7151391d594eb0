package article

// gr19RuLeave are the forms of Russian "оставить" (to leave) that, with
// gr19RuOpen within three words, leave a question open ("оставил вопрос
// открытым", "оставила без ответа"; gr19_leftopen.go).
var gr19RuLeave = wordSet(`оставил оставила оставили оставило оставляет оставляют оставлял оставляла оставляли`)

// gr19RuOpen are the complements of gr19RuLeave that leave a question
// unanswered: "открытым" (open), "без ответа" is read by its noun.
var gr19RuOpen = wordSet(`открытым открытой открытыми ответа`)

// gr19RuProcessVerdicts are Russian verdict stems the process lexicon
// lacked: the genitive plural of "оценка" after a negation ("никаких
// оценок давать не будем", "воздержался от оценок"), whose stem is not
// "оценк": a speaker who withholds an assessment until the tally sheets
// are checked speaks of the result, not only of the process.
var gr19RuProcessVerdicts = []string{"оценок"}

func init() {
	pl := processWords["ru"]
	pl.verdict = append(pl.verdict, gr19RuProcessVerdicts...)
	processWords["ru"] = pl
}

// gr19DeRoles are German offices the role list lacked: "Der tschechische
// Premier X", "Senatorin X", "EU-Kommissar X", "Landeshauptmann X",
// "die Außenbeauftragte X". A role word is never part of a name.
var gr19DeRoles = []string{"premier", "premierministerin", "senator", "senatorin", "gouverneur", "gouverneurin",
	"kommissar", "kommissarin", "landeshauptmann", "landeshauptfrau", "diplomat", "diplomatin"}

// gr19DeRoleSuffixes end German compound offices: "Außenbeauftragte",
// "Regierungsbeauftragter".
var gr19DeRoleSuffixes = []string{"beauftragte", "beauftragter"}

func init() {
	for _, w := range gr19DeRoles {
		german.roles[w] = true
	}
	german.roleSuffixes = append(german.roleSuffixes, gr19DeRoleSuffixes...)
}

// gr19DeCommitInfinitives are German infinitives of committing oneself
// that, negated after a modal of wanting, decline to take a position as
// "wollte sich nicht äußern" does (wouldNotComment,
// fgr15_nocomment.go): "wollte sich nicht festlegen", "mochte sich
// nicht festlegen, wer die Regierung bilden werde".
var gr19DeCommitInfinitives = []string{"festlegen"}

func init() {
	for _, w := range gr19DeCommitInfinitives {
		commentInfinitives["de"][w] = true
	}
}

// gr19DeActionVerbs are German verbs of an act of speech with a
// prepositional object the action list lacked: "verwies auf die
// laufenden Sondierungen" (pointed to), whose object, not a clause, says
// the stance.
var gr19DeActionVerbs = []string{"verwies", "verwiesen", "verweist"}

func init() {
	for _, w := range gr19DeActionVerbs {
		german.actionVerbs[w] = true
	}
}

// gr19Befores open a clause of time before which something is not done
// ("bevor wir ihm gratulieren", "прежде чем поздравлять"): the words of
// one subordinator, joined by spaces (gr19_deferred.go).
var gr19Befores = map[string][]string{
	"de": {"bevor", "ehe", "erst wenn", "erst nachdem", "erst dann"},
	"ru": {"прежде чем", "до того как", "перед тем как"},
}

// gr19RecognitionEndings end the forms of a recognition verb that are
// not a past act: the German infinitive and plural present
// ("gratulieren", "anerkennen", "anzuerkennen"), the Russian infinitive
// and first person plural ("поздравлять", "признать", "поздравим").
var gr19RecognitionEndings = map[string][]string{
	"de": {"en"},
	"ru": {"ть", "ем", "им"},
}

// gr19DeThink and gr19RuThink are the forms of "denken" and "думать"
// that refuse a recognition when negated ("dachte nicht daran, … anzu-
// erkennen", "и не думает признавать"; gr19_notthink.go).
var (
	gr19DeThink = wordSet(`dachte dachten denkt denken denke`)
	gr19RuThink = wordSet(`думает думают думал думала думали собирается собираются собирался собиралась собирались`)
)

// gr19DeParticles are separable particles that close an attribution
// after its subject and were missing: "…, kündigte das Staatsoberhaupt
// an" (the speaker is "das Staatsoberhaupt", not "Staatsoberhaupt an").
var gr19DeParticles = []string{"an"}

func init() {
	for _, w := range gr19DeParticles {
		german.particles[w] = true
	}
}

// rev19DeferDone are the words before a subordinator of "before" that
// tell of an act already done ("kurz bevor", "noch bevor", "ещё до того
// как"; rev19gr_deferred.go).
var rev19DeferDone = map[string]map[string]bool{
	"de": wordSet(`kurz noch schon lange knapp unmittelbar`),
	"ru": wordSet(`ещё еще уже незадолго задолго`),
}

// rev19EheSubjects may follow German "ehe" when it opens a clause ("ehe
// wir gratulieren"), not when it is the noun ("die Ehe anerkennen").
var rev19EheSubjects = wordSet(`wir ich er sie es man die der das den dem ein eine berlin brüssel`)

// rev19Thats open a clause of "that" after a verb of recognising: the
// fact recognised is no winner.
var rev19Thats = map[string][]string{"de": {"dass"}, "ru": {"что"}}

// rev19Infinitives end an infinitive ("anzuerkennen", "признавать";
// rev19gr_notthink.go); rev19DeNotVerbs are German words in "-en" that
// are no verb and stand between "daran" and the infinitive ("den Sieg",
// "seinen Gegnern").
var (
	rev19Infinitives = map[string][]string{"de": {"en"}, "ru": {"ть", "ти", "чь", "ться"}}
	rev19DeNotVerbs  = wordSet(`den einen keinen seinen ihren meinen unseren euren diesen jenen allen vielen beiden wahlen ergebnissen stimmen`)
)

// rev19ClauseEnds end the clause of the refused infinitive: "und",
// "что", "но".
var rev19ClauseEnds = map[string]map[string]bool{
	"de": wordSet(`und oder aber sondern dass`),
	"ru": wordSet(`и или но а что чтобы`),
}

// rev19RuQuestionNouns are what a Russian speaker leaves open or
// without an answer when declining to answer ("оставил вопрос
// открытым"; rev19gr_leftopen.go).
var rev19RuQuestionNouns = wordSet(`вопрос вопросы вопроса вопросов тему тема темы`)

// rev19LaterWords are words of time that, after "but" and a negation,
// put a recognition off ("но не сейчас", "pero no todavía";
// rev19gr_but.go).
var rev19LaterWords = map[string]map[string]bool{
	"ru": wordSet(`сейчас сразу раньше прежде до пока немедленно сегодня теперь ранее`),
	"es": wordSet(`ahora todavía aún antes hasta ya hoy inmediatamente`),
	"fr": wordSet(`maintenant avant encore immédiatement aujourd`),
	"pt": wordSet(`agora ainda antes até já hoje imediatamente`),
}
