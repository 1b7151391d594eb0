package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance"
)

// A context often names the winner and the rivals in full only ("Nicolás
// Maduro Moros"), while reports name them by surname ("Maduro"). The
// reader adds, for each person's name of two words or more, each of its
// capitalised words after the first as a form of its own, except
//   - a word the other side's names hold too (two candidates of one family);
//   - a word the article uses in lower case ("Libertad" of a party called
//     "La Libertad Avanza" where the text speaks of "libertad"): matching
//     folds case, so the form would mask a common word;
//   - the words of a party's name (a form with one of partyNouns, or with a
//     lower-case word that is no name particle: "Unión por la Patria");
//   - a word the article never uses on its own (aloneUse: a second given
//     name, "Gerardo" of "Javier Gerardo Milei").
//
// Over the fourteen development sets, a context of each side's first form
// only scored 1,395 gold speakers against 1,406 with every form the gold
// lists, and 1,402 with the surnames added (with every form, the same
// 1,406); after the twelfth session's later rules, 1,441 with and without
// them (1,447 with every form): the sets name most people as the rules
// now find them anyway, and TestSurnameContext keeps the case they serve.

// withSurnames returns ctx with the surnames of its full names added (see
// above), for the article text; a zero context is returned as it is.
func withSurnames(ctx stance.Context, text string) stance.Context {
	if ctx.IsZero() {
		return ctx
	}
	winner, rivals := laterWords(ctx.Winner), laterWords(ctx.Rivals)
	out := stance.Context{Winner: slices.Clone(ctx.Winner), Rivals: slices.Clone(ctx.Rivals)}
	out.Winner = addForms(out.Winner, winner, rivals, ctx.Rivals, text)
	out.Rivals = addForms(out.Rivals, rivals, winner, ctx.Winner, text)
	return out
}

// laterWords are the capitalised words of three letters or more after the
// first word of each person's name of two words or more among forms.
func laterWords(forms []string) []string {
	var out []string
	for _, f := range forms {
		ws := strings.Fields(f)
		if len(ws) < 2 || !personForm(ws) {
			continue
		}
		for _, w := range ws[1:] {
			r, _ := utf8.DecodeRuneInString(w)
			if utf8.RuneCountInString(w) >= 3 && unicode.IsUpper(r) {
				out = append(out, w)
			}
		}
	}
	return out
}

// personForm reports whether the words ws may be a person's name: no
// party noun, and no lower-case word but a name particle ("da", "van").
func personForm(ws []string) bool {
	for _, w := range ws {
		l := strings.ToLower(w)
		if partyNouns[l] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[l] {
			return false
		}
	}
	return true
}

// addForms appends to forms each word of words that none of forms is,
// that the other side neither derives nor gives, and that text never
// uses in lower case.
func addForms(forms, words, otherWords, otherForms []string, text string) []string {
	for _, w := range words {
		if containsFold(forms, w) || containsFold(otherWords, w) || containsFold(otherForms, w) || lowerUse(text, w) || !aloneUse(text, w) {
			continue
		}
		forms = append(forms, w)
	}
	return forms
}

// aloneUse reports whether text uses the word w on its own: as a word not
// followed by another capitalised word ("Maduro said", "Mr Maduro's"), as
// a surname is; a second given name ("Gerardo" of "Javier Gerardo Milei")
// appears only before another name, and made a form it would mask the
// first name of someone else ("Gerardo Blyde").
func aloneUse(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		s, e := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		if s == 0 || !unicode.IsLetter(before) {
			rest := strings.TrimLeft(text[e:], " ")
			next, _ := utf8.DecodeRuneInString(rest)
			after, _ := utf8.DecodeRuneInString(text[e:])
			if e == len(text) || !unicode.IsLetter(after) && !(text[e] == ' ' && unicode.IsUpper(next)) {
				return true
			}
		}
		i = e
	}
}

// lowerUse reports whether text uses the word w in lower case, as a word.
func lowerUse(text, w string) bool {
	l := strings.ToLower(w)
	for i := 0; ; {
		j := strings.Index(text[i:], l)
		if j < 0 {
			return false
		}
		s, e := i+j, i+j+len(l)
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		after, _ := utf8.DecodeRuneInString(text[e:])
		if (s == 0 || !unicode.IsLetter(before)) && (e == len(text) || !unicode.IsLetter(after)) {
			return true
		}
		i = e
	}
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
