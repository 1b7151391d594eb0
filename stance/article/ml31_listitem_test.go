package article

import "testing"

// TestMl31ListItem: an item that names no person inside a list of those
// who sent congratulations is stepped over, so the people after it get
// the act (ml31_listitem.go). Sentences written for the test.
func TestMl31ListItem(t *testing.T) {
	text := "Glückwünsche kamen von Anna Berg, den Spitzen der Volkspartei und Jonas Falk."
	gr22RunAll(t, []langCase{
		{"de von A, den Spitzen …, und B", "de", "Titel\n\n" + text,
			[]langRemark{{Action, "Anna Berg", text[:len(text)-1]}, {Action, "Jonas Falk", text[:len(text)-1]}}},
		// near-miss: the item after the group is no person either
		{"de von A, den Spitzen …, und der Partei", "de", "Titel\n\nGlückwünsche kamen von Anna Berg, den Spitzen der Volkspartei und der Partei der Mitte.",
			[]langRemark{{Action, "Anna Berg", "Glückwünsche kamen von Anna Berg, den Spitzen der Volkspartei und der Partei der Mitte"}}},
	})
}
