package article

// rom20SpeechVerbs are the verbs of shouting and swearing that report
// words as "said" does ("la activista X gritó que …", "X a juré que son
// parti ne s'inclinerait pas", "«…», bradou o deputado"): a crowd's
// slogans and a candidate's oaths are their remarks, as a claim is
// ("X prétend qu'il ne gouvernera que le décor"). Spanish "jura" is
// left out (also the noun of a swearing-in, "la jura del cargo").
var rom20SpeechVerbs = map[string][]string{
	"es": {"gritó", "gritaron", "grita", "gritan", "clamó", "clamaron", "vociferó", "juró", "juraron", "juran"},
	"pt": {"gritou", "gritaram", "grita", "gritam", "exclamou", "bradou", "bradaram", "clamou", "jurou", "juraram"},
	"fr": {"crié", "crie", "crient", "s'écrie", "s’écrie", "écrié", "juré", "jure", "jurent", "prétend", "prétendent", "prétendu"},
}

// rom20CallVerbs are French verbs of calling someone names, the acts
// "tildó de" and "qualifié de" already are: "X l'a traité de « président
// fantoche »", "l'a taxé d'usurpateur". Only the participles, since "la
// taxe" is a noun.
var rom20CallVerbs = map[string][]string{
	"fr": {"traité", "taxé"},
}

// rom20Roles are offices the Portuguese list lacked (French has
// "diplomate"): a diplomat speaks for a state or a body, or did ("a
// diplomata reformada X, antiga funcionária da CPLP, disse …"). Not the
// Spanish "diplomático", also the adjective of "el cuerpo diplomático"
// (found probing). The singular only, as French "diplomate" and the
// other offices: "Os diplomatas disseram …" is an unnamed group, which
// the plural "embaixadores" or "ministros" does not make a speaker either
// (rev20rom, found probing).
var rom20Roles = map[string][]string{
	"pt": {"diplomata"},
}

func init() {
	addWords(rom20Roles, func(l *langLexicon) map[string]bool { return l.roles })
	addWords(rom20SpeechVerbs, func(l *langLexicon) map[string]bool { return l.speechVerbs })
	addWords(rom20CallVerbs, func(l *langLexicon) map[string]bool { return l.actionVerbs })
}
