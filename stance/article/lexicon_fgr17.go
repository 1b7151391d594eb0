package article

import "strings"

// frImperfect returns the imperfect of a French present in -e of the
// first group ("indique" → "indiquait", "lance" → "lançait", "juge" →
// "jugeait", "rappelle" → "rappelait"), or "" for an infinitive in -re,
// a participle in -nue or a stem with è, whose imperfect changes it.
func frImperfect(w string) string {
	stem, ok := strings.CutSuffix(w, "e")
	if !ok || len([]rune(stem)) < 3 || strings.ContainsAny(stem, "-è") || strings.HasSuffix(stem, "r") || strings.HasSuffix(stem, "nu") {
		return "" // not "entendre", "reconnue", "martèle"
	}
	switch {
	case strings.HasSuffix(stem, "c"):
		stem = strings.TrimSuffix(stem, "c") + "ç"
	case strings.HasSuffix(stem, "g"):
		stem += "e"
	case strings.HasSuffix(stem, "ll"):
		stem = strings.TrimSuffix(stem, "l")
	}
	return stem + "ait"
}

// Reports in the imperfect ("« … », indiquait lundi l'eurodéputé X",
// "précisait-il") read as their present does: each present of a speech
// verb in -e lends its imperfect to the speech verbs, which listed only a
// few ("disait", "expliquait"). Present forms are the ones ending in -e
// after a consonant other than é ("déclare", not "exprimé" or "dit").
func init() {
	var add []string
	for w := range french.speechVerbs {
		if strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") {
			continue
		}
		if imp := frImperfect(w); imp != "" {
			add = append(add, imp)
		}
	}
	for _, w := range add {
		french.speechVerbs[w] = true
	}
}

// deCelebrateVerbs: "feierte das Ergebnis als Erfolg", "feierte die
// Partei als Partnerin" report an act on the result, as "lobte" and
// "würdigte" do; without them a roundup's "X sah in dem Ergebnis ein
// Signal … und feierte die Y" gave X nothing.
var deCelebrateVerbs = []string{"feierte", "feierten", "feiert"}

func init() {
	for _, w := range deCelebrateVerbs {
		german.actionVerbs[w] = true
	}
}

// Rejecting the vote's figures is condemning the vote ("a rejeté en bloc
// les chiffres provisoires", "отверг итоги голосования"): the rejection
// verbs join fgrCondemnVerbs, the figures its objects, and a manner
// adverb may stand between verb and object (fgrMannerAdverbs, read by
// condemnsVote). A rejected act of another kind ("a rejeté la
// proposition") has no vote object and stays the models'.
var (
	fgrRejectVerbs = map[string]string{
		"fr": `rejeté rejette rejettent rejetait`,
		"ru": `отверг отвергла отвергли отвергает отвергают`,
	}
	fgrFigureObjects = map[string][]string{"fr": {"chiffre"}, "de": {"zahlen"}, "ru": {"цифр"}}
	fgrMannerAdverbs = wordSet(`en bloc catégoriquement fermement formellement totalement publiquement officiellement
		kategorisch entschieden öffentlich категорически публично официально полностью`)
)

func init() {
	for code, ws := range fgrRejectVerbs {
		for w := range wordSet(ws) {
			fgrCondemnVerbs[code][w] = true
		}
	}
	for code, stems := range fgrFigureObjects {
		fgrVoteObjects[code] = append(fgrVoteObjects[code], stems...)
	}
}

// deContractions are German prepositions fused with an article ("zum
// Ergebnis", "zur Wahl", "beim Treffen", "vom Parlament"): stops as the
// plain prepositions are, so that the noun after one is no subject ("Zum
// Ergebnis äußerte er sich nicht" had "Zum Ergebnis" for its speaker).
var deContractions = []string{"zum", "zur", "beim", "vom", "ins", "ans", "aufs", "übers", "fürs"}

func init() {
	for _, w := range deContractions {
		german.stops[w] = true
	}
}

// deSaidNothing: "zum Sieger sagte er nichts", "sagte nichts zum
// Ergebnis" keep silent on the result as "schwieg" does: "sagte" and
// "sagt" join the verbs of keeping and "nichts" the silent words, read
// together only within three words and no comma (keptSilence), so "sagte,
// nichts sei entschieden" stays speech.
var (
	deSayNothingVerbs = []string{"sagte", "sagt", "sagten"}
	deNothingWords    = []string{"nichts"}
)

func init() {
	for _, w := range deSayNothingVerbs {
		german.keeps[w] = true
	}
	for _, w := range deNothingWords {
		german.silentWords[w] = true
	}
}

// ruDescribeVerbs: an observers' mission or a body "описала выборы как
// …", "перечислила нарушения" reports its finding as an act, the way
// "назвала" and "осудила" do; these verbs had no part in the rules, so
// the finding of "Миссия X в предварительном заключении описала выборы
// без настоящей борьбы" had no speaker.
var ruDescribeVerbs = []string{"описал", "описала", "описали", "описало", "перечислил", "перечислила", "перечислили", "перечислило"}

func init() {
	for _, w := range ruDescribeVerbs {
		russian.actionVerbs[w] = true
	}
}
