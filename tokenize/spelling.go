package tokenize

import "strings"

// britishToAmerican respells British forms that the stemmer would otherwise
// separate (snowball stems "recognise" to recognis but "recognize" to
// recogn). Lists rather than open-ended rules: "-ise" is also the ending of
// promise, exercise and surprise, which must stay as they are.
var britishWhole = map[string]string{
	"centre": "center", "centres": "centers", "theatre": "theater", "defence": "defense",
	"offence": "offense", "licence": "license", "judgement": "judgment", "judgements": "judgments",
	"programme": "program", "programmes": "programs", "travelled": "traveled", "travelling": "traveling",
	"cancelled": "canceled", "labelled": "labeled", "counselled": "counseled", "fulfil": "fulfill",
	"fulfils": "fulfills", "enrol": "enroll", "grey": "gray", "dialogue": "dialog", "catalogue": "catalog",
	"whilst": "while", "amongst": "among", "sceptical": "skeptical", "scepticism": "skepticism",
	"manoeuvre": "maneuver", "kerb": "curb", "tyre": "tire", "storey": "story", "ageing": "aging",
	"practise": "practice", "practised": "practiced",
}

// -our roots: honour → honor, favourable → favorable, neighbourhood → neighborhood.
var ourRoots = []string{"honour", "favour", "colour", "labour", "behaviour", "neighbour", "endeavour",
	"rumour", "harbour", "vigour", "humour", "armour", "valour", "savour", "rigour", "candour",
	"clamour", "splendour", "fervour", "ardour", "odour", "saviour", "parlour", "tumour"}

// -ise/-isation words that are not respelled.
var iseKeep = map[string]bool{"advertise": true, "advise": true, "arise": true, "chastise": true,
	"comprise": true, "compromise": true, "despise": true, "devise": true, "disguise": true,
	"enterprise": true, "excise": true, "exercise": true, "expertise": true, "franchise": true,
	"improvise": true, "incise": true, "merchandise": true, "otherwise": true, "premise": true,
	"promise": true, "revise": true, "supervise": true, "surmise": true, "surprise": true,
	"televise": true, "treatise": true, "paradise": true, "precise": true, "concise": true,
	"raise": true, "praise": true, "noise": true, "poise": true, "cruise": true, "demise": true,
	"wise": true, "rise": true, "likewise": true, "clockwise": true, "apprise": true, "reprise": true,
	"circumcise": true, "exorcise": true, "guise": true, "anise": true, "mise": true, "bruise": true,
	"promised": true, "raised": true, "praised": true, "advised": true, "revised": true, "surprised": true,
	"compromised": true, "supervised": true, "exercised": true, "televised": true, "devised": true,
	"comprised": true, "disguised": true, "despised": true, "arisen": true, "arising": true, "promising": true,
	"raising": true, "praising": true, "advising": true, "revising": true, "surprising": true,
	"supervising": true, "exercising": true, "compromising": true, "rising": true, "wiser": true,
	"noisy": true, "cruising": true, "premises": true, "promises": true, "raises": true, "praises": true,
	"advises": true, "surprises": true, "enterprises": true, "exercises": true, "compromises": true,
	"franchises": true, "rises": true, "devises": true, "revises": true, "arises": true, "comprises": true,
	"despises": true, "noises": true, "cruises": true, "televising": true, "advertised": true,
	"advertising": true, "advertises": true, "improvised": true, "chastised": true, "treatises": true}

// iseEndings are tried longest first.
var iseEndings = [...]struct{ british, american string }{
	{"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"},
	{"ises", "izes"}, {"iser", "izer"}, {"isers", "izers"}, {"ise", "ize"},
	{"yses", "yzes"}, {"ysed", "yzed"}, {"ysing", "yzing"}, {"yse", "yze"},
}

// spelling respells British English as American English.
type spelling struct{}

func (s spelling) mapTerm(w string) string {
	if base, ok := strings.CutSuffix(w, "'s"); ok && base != "" {
		if b := s.mapTerm(base); b != base {
			return b + "'s"
		}
		return w
	}
	if a, ok := britishWhole[w]; ok {
		return a
	}
	for _, root := range ourRoots {
		if strings.HasPrefix(w, root) {
			return root[:len(root)-2] + "r" + w[len(root):]
		}
	}
	if iseKeep[w] {
		return w
	}
	for _, e := range iseEndings {
		// At least four letters before the ending: rise, wise, poise and the
		// like are short; recognise, legitimise, stabilise are long.
		if strings.HasSuffix(w, e.british) && len(w)-len(e.british) >= 4 {
			return w[:len(w)-len(e.british)] + e.american
		}
	}
	return w
}
