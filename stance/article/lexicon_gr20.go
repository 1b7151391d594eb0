package article

import "strings"

// gr20SpeechVerbs are verbs of replying, protesting and summing up the
// lexicons lacked, speech in any position ("X entgegnete, die Wahl sei
// …", "„…“, konterte der Minister", "X возразил, что …", "«…», —
// парировал депутат").
var gr20SpeechVerbs = map[string][]string{
	"de": strings.Fields(`entgegnete entgegneten entgegnet konterte konterten kontert
		beteuerte beteuerten beteuert`),
	"ru": strings.Fields(`возразил возразила возразили парировал парировала парировали
		воскликнул воскликнула подытожил подытожила`),
}

// deQuoteVerbs are German verbs that are speech only right after a
// quotation: "„…“, rief X der Menge zu" (elsewhere "rief an" is a phone
// call), "„…“, gab X zu bedenken" (elsewhere "gab" is giving). verbAt
// reads them only there (gr20_quoteverb.go).
var deQuoteVerbs = wordSet(`rief riefen ruft gab gaben gibt`)

// deConcedeParticiples are the participles of the German verbs of
// conceding, acts as their preterites are ("räumte seine Niederlage
// ein"): "X hat seine Niederlage eingeräumt", "hatte die Niederlage
// eingestanden". Whether the act concedes a defeat is judged on its
// object (concessionAt, intl_concede.go).
var deConcedeParticiples = []string{"eingeräumt", "eingestanden"}

func init() {
	for _, w := range deConcedeParticiples {
		german.actionVerbs[w] = true
	}
	for code, ws := range gr20SpeechVerbs {
		for _, w := range ws {
			lexicons[code].speechVerbs[w] = true
		}
	}
}
