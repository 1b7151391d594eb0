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
