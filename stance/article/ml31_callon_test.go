package article

import "testing"

// TestMl31CallOn: "llamó a <group> a <infinitive>" calls on people to act
// and is an act of its subject (ml31_callon.go). Sentences written for
// the test.
func TestMl31CallOn(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es llamó a los ciudadanos a movilizarse", "es", "Título\n\nEl opositor Carlos Ruiz perdió.\n\nPor su parte, Ruiz llamó a los ciudadanos a movilizarse contra el fraude.",
			[]langRemark{{Action, "Carlos Ruiz", "llamó a los ciudadanos a movilizarse contra el fraude"}}},
		{"es llamaron a sus seguidores a mantener", "es", "Título\n\nLos diputados Ana Ruiz y Pablo Mena llamaron a sus seguidores a mantener la protesta.",
			[]langRemark{{Action, "Ana Ruiz", "llamaron a sus seguidores a mantener la protesta"}, {Action, "Pablo Mena", "llamaron a sus seguidores a mantener la protesta"}}},
		// near-miss: a call to a person with a purpose is the phone call, read as before
		{"es llamó a X para felicitarlo", "es", "Título\n\nLa canciller Ana Ruiz llamó a Halvek para felicitarlo.",
			[]langRemark{{Action, "Ana Ruiz", "llamó a Halvek para felicitarlo"}}},
		// near-miss: no infinitive after the group
		{"es llamó a los periodistas a las diez", "es", "Título\n\nEl opositor Carlos Ruiz perdió.\n\nPor su parte, Ruiz llamó a los periodistas a las diez.", nil},
	})
}
