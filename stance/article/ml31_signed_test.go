package article

import "testing"

// TestMl31Signed: a roundup that signs each reaction with a line of name
// and office gives the paragraph under the line to the signer, quoted or
// not (ml31_signed.go). Sentences written for the test.
func TestMl31Signed(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es two signed paragraphs", "es", "Estas son algunas reacciones.\n\nAna Ruiz, presidenta de Tarsia, en X\n\nNuestra felicitación al pueblo de Velor por su triunfo.\n\nPablo Mena, canciller de Norlandia\n\n\"No reconocemos un resultado sin actas.\"",
			[]langRemark{{Direct, "Ana Ruiz", "Nuestra felicitación al pueblo de Velor por su triunfo."}, {Direct, "Pablo Mena", "No reconocemos un resultado sin actas."}}},
		{"fr two signed paragraphs", "fr", "Voici les réactions.\n\nMarc Olivier, ministre des Affaires étrangères\n\nNous saluons la victoire de Lind.\n\nJeanne Roux, présidente du Sénat, sur X\n\nLe résultat est une farce.",
			[]langRemark{{Direct, "Marc Olivier", "Nous saluons la victoire de Lind."}, {Direct, "Jeanne Roux", "Le résultat est une farce."}}},
		{"de two signed paragraphs", "de", "Die Reaktionen.\n\nAnna Berg, Außenministerin von Norland\n\nWir gratulieren dem Sieger.\n\nJonas Falk, Präsident von Tarsien, auf X\n\nDas Ergebnis erkennen wir nicht an.",
			[]langRemark{{Direct, "Anna Berg", "Wir gratulieren dem Sieger."}, {Direct, "Jonas Falk", "Das Ergebnis erkennen wir nicht an."}}},
		// near-miss: a single such line is a caption, not a roundup
		{"es a lone caption line", "es", "Ana Ruiz, presidenta de Tarsia\n\nLa votación terminó sin incidentes en todo el país.", nil},
		// near-miss: a date line and a heading are no signatures
		{"de date lines", "de", "Sonntag, 23. Februar\n\nDie Wahl endete ruhig.\n\nMontag, 24. Februar\n\nDie Auszählung dauert an.", nil},
		// near-miss: a byline names the author, not a signer
		{"fr byline", "fr", "Par Aline Roux, juriste\n\nLe vote s'est déroulé dans le calme.\n\nPar Marc Olivier, professeur\n\nLe dépouillement continue.", nil},
	})
}
