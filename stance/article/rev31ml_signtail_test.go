package article

import "testing"

// TestRev31mlSignTail: a signature line ends at the office or names a
// platform; two photo captions that tell a scene after the office make no
// roundup, so the news under them is no direct remark of the pictured
// people (rev31ml_signtail.go). Sentences written for the test.
func TestRev31mlSignTail(t *testing.T) {
	cases := []struct {
		name, code, text string
		direct           int
	}{
		{"es platform tails sign", "es", "Gana Lind\n\nAna Ruiz, presidenta de Tarsia, en x\n\nFelicito a Lind por su triunfo.\n\nPablo Mena, canciller de Norlandia, en Facebook\n\nNo reconocemos un resultado sin actas.", 2},
		{"de platform tail signs", "de", "Lind gewinnt\n\nAnna Berg, Außenministerin von Norland, auf X\n\nWir gratulieren dem Sieger.\n\nJonas Falk, Präsident von Tarsien\n\nDas Ergebnis erkennen wir nicht an.", 2},
		// near-miss: captions telling a scene or a photo's origin
		{"es two captions", "es", "Gana Lind\n\nAna Ruiz, presidenta de Tarsia, durante una cumbre en Lima\n\nLa mandataria no se ha pronunciado sobre los comicios.\n\nPablo Mena, canciller de Norlandia, en una foto de archivo\n\nLa oposición de Velor denunció fraude en varias provincias. El tribunal rechazó las denuncias.", 0},
		{"fr two captions", "fr", "Lind élu\n\nMarc Olivier, ministre des Affaires étrangères, lors d'un sommet à Lima\n\nLe ministre ne s'est pas encore exprimé.\n\nJeanne Roux, présidente du Sénat, sur une photo d'archives\n\nL'opposition a dénoncé des fraudes.", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := 0
			for _, r := range ExtractLang(c.text, c.code) {
				if r.Kind == Direct {
					n++
				}
			}
			if n != c.direct {
				t.Errorf("%d direct remarks, want %d", n, c.direct)
			}
		})
	}
}
