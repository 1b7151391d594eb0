package article

// backingVerbs are, per language, the indicative forms of the verbs that
// say a count or a review bears a result out ("la revisión respalda el
// conteo oficial", "a auditoria confirmou os resultados"; ib18_backed.go).
// The subjunctive ("hasta que una auditoría confirme …") is left out on
// purpose: it waits for the backing rather than stating it.
var backingVerbs = map[string]map[string]bool{
	"es": wordSet(`respalda respaldan respaldó respaldaron confirma confirman confirmó confirmaron
		avala avalan avaló avalaron corrobora corroboran corroboró corroboraron ratifica ratifican
		ratificó ratificaron valida validan validó validaron`),
	"pt": wordSet(`respalda respaldam respaldou respaldaram confirma confirmam confirmou confirmaram
		corrobora corroboram corroborou corroboraram ratifica ratificam ratificou ratificaram
		valida validam validou validaram`),
}

// attackVerbs are, per language, the verbs of attacking, insulting or
// lashing out at someone ("arremetió contra la ganadora", "atacou o
// vencedor"; ib18_attack.go): said of the declared winner, hostile by the
// guidelines ("attacks, mocks, insults or threatens the winner"). Milder
// verbs of criticism ("criticó") are left out on purpose.
var attackVerbs = map[string]map[string]bool{
	"es": wordSet(`arremetió arremete arremetieron arremeten atacó ataca atacaron atacan
		insultó insulta insultaron fustigó fustiga fustigaron embistió embiste despotricó despotrica
		vapuleó vapulea`),
	"pt": wordSet(`arremeteu arremete arremeteram atacou ataca atacaram atacam insultou insulta insultaram
		fustigou fustiga fustigaram`),
}

// attackPreps are the words an attack verb's object may follow ("contra",
// the personal "a").
var attackPreps = map[string]map[string]bool{
	"es": wordSet(`contra a al`),
	"pt": wordSet(`contra a ao à`),
}

// farFromPhrases are, per language, the phrases that deny the quality
// after them ("lejos de ser limpia", "longe de ser justa"; ib18_farfrom.go).
var farFromPhrases = map[string][]string{
	"es": {"lejos de ser", "lejos de estar", "lejos de haber sido"},
	"pt": {"longe de ser", "longe de estar", "longe de ter sido"},
}

// attackGenitives are the prepositions after which a name only owns an
// attack's object ("atacó a los seguidores de X", "atacou o governo do
// vencedor"; ib18_attack.go) and a result is another's ("los
// resultados del trimestre"; ib18_backed.go).
var attackGenitives = map[string]map[string]bool{
	"es": wordSet(`de del`),
	"pt": wordSet(`de do da dos das`),
}

// winnerEndings are the endings of gender and number a word for the
// winner may take after its stem ("ganador" -> "ganadora", "ganadores";
// ib18_attack.go).
var winnerEndings = map[string]bool{"": true, "a": true, "s": true, "as": true, "es": true, "os": true}

// farFromProcess are the process nouns that, near a fairness denied by
// "far from", name the vote as a word of the election does ("el proceso
// estuvo lejos de ser transparente"; ib18_farfrom.go).
var farFromProcess = map[string]map[string]bool{
	"es": wordSet(`proceso procesos`),
	"pt": wordSet(`processo processos`),
}
