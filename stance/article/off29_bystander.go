package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// Bystanders quoted for colour in the languages of lexicons
// (offTopicSpeakers, intl_commentator.go) are often described in ways the
// title lists miss:
//
//   - a description fronted before the name and closed by a comma, at the
//     opening of a sentence: "Vendeuse au marché central, Awa Sylla
//     raconte …", "Ein Schöffe aus Leipzig-Süd, Karl Brand, erzählte …"
//     (off29FrontedTitle);
//   - a German craft title glued to the name: "Fleischermeister Jan Voss",
//     "Malermeisterin Ute Kehr" (a compound in -meister that is no
//     mayor's, off29Occupation);
//   - a poll worker's compound: "Wahlbeisitzer", "Wahlhelferin";
//   - a place of trade in the description: ", revendedor no mercado de
//     Xipamanine", ", торгует на рынке" — a market stall marks a trader
//     (off29MarketWords).
//
// And a referendum's sides named by the words yes and no ("Sí", "No"):
// a bystander's "no" ("para que el colegio no se cerrara") is no mention
// of a side (off29Sides).

// off29Described reports whether the mention of a name at text[start:end]
// follows a fronted description (off29FrontedTitle) or is followed by an
// apposition that names a place of trade (off29MarketAfter).
func (l *langLexicon) off29Described(text, role string, start, end int, title func(string) bool) bool {
	return l.off29FrontedTitle(text, start, title) || !l.rev29offOffice(role) && off29MarketAfter(text[end:]) // rev29off_narrow.go
}

// off29MarketAfter reports whether after (the text right after a name)
// opens with a comma and an apposition of at most off29FrontedMax words,
// up to the next clause mark, that names a place of trade: ", торгующая
// сыром на рынке", ", revendedor de peixe no mercado do Zimpeto".
func off29MarketAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, ",")
	if !ok {
		return false
	}
	if i := strings.IndexAny(rest, clauseMarks); i >= 0 {
		rest = rest[:i]
	}
	w := actionWords(rest)
	return len(w) <= off29FrontedMax && rev29offMarketAt(w) // rev29off_narrow.go
}

// off29FrontedMax is the most words a fronted description may have.
const off29FrontedMax = 8

// off29FrontedTitle reports whether the mention of a name at start in
// text follows a description that opens its sentence and ends with a
// comma right before the name, whose head (its first word, or the second
// after a determiner) is a title that title reports, or which names a
// place of trade (off29MarketWords): "Commerçante au marché de Kalum,
// Fanta Camara dit …", "Eine Wahlhelferin in Graz, Eva Moser, sagte …".
func (l *langLexicon) off29FrontedTitle(text string, start int, title func(string) bool) bool {
	seg, ok := off29Fronted(text[:start])
	if !ok || strings.ContainsAny(seg, ",;()") {
		return false
	}
	w := actionWords(seg)
	if len(w) == 0 || len(w) > off29FrontedMax || rev29offCamp(w) { // rev29off_narrow.go
		return false
	}
	head := w[0]
	if l.determiners[head] && len(w) > 1 {
		head = w[1]
	}
	return title(head)
}

// off29Occupation reports whether w (lower case) is a bystander's title
// by its form in the language code: a German craft master's compound
// ("bäckermeister", "tischlermeisterin"; not "bürgermeister"), or a poll
// worker's ("wahlbeisitzerin", "wahlhelfer"), or a place of trade.
func off29Occupation(code, w string) bool {
	if off29MarketWords[w] {
		return true
	}
	if code != "de" {
		return false
	}
	if hasAnySuffix(w, off29PollWorkers...) {
		return true
	}
	base := strings.TrimSuffix(w, "in")
	return strings.HasSuffix(base, "meister") && base != "meister" && !strings.HasSuffix(base, "bürgermeister") && !rev29offChampion(base) // rev29off_narrow.go
}

// off29Sides returns ctx without the name forms that are words of yes or
// no in the language of l (a referendum's sides, "Sí" and "No"): in a
// bystander's remark the word is an answer or a negation, not a side.
func (l *langLexicon) off29Sides(ctx stance.Context) stance.Context {
	keep := func(forms []string) []string {
		var out []string
		for _, f := range forms {
			w := strings.ToLower(f)
			if !l.negators[w] && !off29Yes[w] {
				out = append(out, f)
			}
		}
		return out
	}
	ctx.Winner, ctx.Rivals = keep(ctx.Winner), keep(ctx.Rivals)
	return ctx
}

// off29PlaceFronted reports whether the speaker of rm, given no role,
// is introduced by a scene: a sentence that opens with a place (a
// preposition of place, off29PlaceOpeners) and names them right after its
// comma — "En una escuela de Quitumbe, al sur de Quito, Ana Toapanta
// cuenta que …", "Im Flüchtlingslager bei Goma, Marie Kabila erzählt …".
// A reporter sets the scene so for a passer-by; offTopicSpeakers still
// keeps them on the result when a remark has a word of the election. The
// scene names a place (a capital after its first letter: not "Na mesma
// linha, X"), and a part after a comma that opens with a determiner is a
// description of the speaker, not of the place ("À Abuja, un
// responsable de l'Union, X").
func (l *langLexicon) off29PlaceFronted(text string, rm Remark) bool {
	if rm.Role != "" || rm.Inferred {
		return false // an inferred remark is a public figure's act told: "En Afrique du Sud, X a pris ses distances"
	}
	return anyMention(text, append([]string{rm.Speaker}, rm.Aliases...), func(start, _ int) bool {
		seg, _ := off29Fronted(text[:start])
		return off29Scene(text[:start], off29PlaceOpeners[l.code], l.determiners) && rev29offScenePlace(l.code, seg) // rev29off_narrow.go
	})
}

// off29SceneMax is the most words a fronted scene may have.
const off29SceneMax = 12

// off29Scene reports whether before (the text before a name) ends with a
// scene of a place closed by a comma: it opens its sentence with one of
// openers, has at most off29SceneMax words and a capital after its first
// letter (a place named: not "Na mesma linha, X"), and no part after a
// comma opens with one of determiners (a description of the speaker,
// not of the place: "À Abuja, un responsable de l'Union, X").
func off29Scene(before string, openers, determiners map[string]bool) bool {
	seg, ok := off29Fronted(before)
	if !ok {
		return false
	}
	parts := strings.Split(seg, ",")
	for _, p := range parts[1:] {
		if w := actionWords(p); len(w) > 0 && determiners[w[0]] {
			return false
		}
	}
	w := actionWords(seg)
	return len(w) >= 2 && len(w) <= off29SceneMax && openers[w[0]] && hasUpper(seg[1:])
}

// off29Fronted returns the words that open the sentence before a name,
// when before (the text before the name) ends with them and a comma.
func off29Fronted(before string) (string, bool) {
	seg, ok := strings.CutSuffix(before, ", ")
	if !ok {
		return "", false
	}
	if i := strings.LastIndexAny(seg, ".!?:\n«»„“\"—"); i >= 0 {
		seg = seg[i+1:]
	}
	return seg, true
}
