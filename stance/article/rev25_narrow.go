package article

import "strings"

// Narrowings of lab25's rules (rev25).
//
// A fronted condition of waiting whose main clause denies stopping
// ("until the count ends we won't rest in defending the vote", "tant que
// le décompte n'est pas terminé, nous ne cesserons pas de défendre …",
// "пока идёт подсчёт, мы не перестанем …") keeps on doing something: the
// two negations make no judgement put off. Nor does a main clause that
// declines one thing and then turns ("… we will not comment, but we are
// sure she won", "não vamos comentar, mas confiamos na vitória"): the
// turn carries the judgement, so lab25UntilWithheld leaves the remark to
// the other rules.

// rev25KeepsOn reports whether words (the main clause after a fronted
// condition) deny stopping (rev25Stops) or turn after the negation
// (rev25Turns).
func rev25KeepsOn(words []string) bool {
	for _, w := range words {
		if rev25Turns[w] {
			return true
		}
		for _, p := range rev25Stops {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// A pronoun refusal (lab25PronounRefusal) stands for its antecedent only
// when their genders agree ("la reforma … tras el fraude de 2010 … no la
// aceptaremos" refuses the reform, not the fraud) and when the charge is
// not disowned between them ("el fraude que denuncia la oposición no
// existe y no lo aceptaremos como excusa", "a farsa de que fala a
// oposição não existe"): a charge someone else alleges, or one denied,
// is not the speaker's.

// rev25Feminine reports whether a Spanish or Portuguese noun is feminine
// by its ending (farsa, elección, eleição, contagem, victoria).
func rev25Feminine(w string) bool {
	for _, e := range []string{"a", "as", "ión", "iones", "ção", "ções", "gem", "gens"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// rev25CliticGender returns "f" or "m" for the object pronoun of a
// refused verb (a clitic c, or the verb v's enclitic), or "" when none.
func rev25CliticGender(c, v string) string {
	for _, w := range []string{c, v} {
		switch {
		case w == "":
		case rev25FemClitic[w] || gr19HasEnding(w, []string{"rla", "rlas", "-la", "-las", "-a", "-as"}):
			return "f"
		case rev25MascClitic[w] || gr19HasEnding(w, []string{"rlo", "rlos", "-lo", "-los", "-o", "-os"}):
			return "m"
		}
	}
	return ""
}

// rev25Agrees reports whether the antecedent word w agrees in gender
// with g ("" agrees with anything) and is not disowned by a word between
// it and the negation (rev25Disowned in after).
func rev25Agrees(w, g string, after []string) bool {
	if g != "" && rev25Feminine(w) != (g == "f") {
		return false
	}
	for _, a := range after {
		if rev25Disowned[a] {
			return false
		}
	}
	return true
}
