package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRev27offSided: a description that ties its person to a side is no
// commentator's, whatever its head (rev27off_before.go); a bystander's
// or an expert's still is. Sentences written for the test.
func TestRev27offSided(t *testing.T) {
	for before, want := range map[string]bool{
		"An economist and longtime Sousa ally, ":           false,
		"A consultant who advises the ruling coalition, ":  false,
		"A farmer who leads the opposition's rural wing, ": false,
		"A manager of Sousa's re-election effort, ":        false,
		"A veteran analyst who now advises Sousa, ":        false,
		"A strategist who campaigned for Sousa, ":          false,
		"In the north, a retired teacher I know, ":         true,
		"An economist at a Tallinn bank, ":                 true,
		"A fruit vendor near the bus station, ":            true,
		"And a taxi driver we met at the port, ":           true,
	} {
		assert.Equal(t, want, off27IndefiniteBefore(before), before)
	}
}

// TestRev27offHolder: "the president" after a qualified holder ("Velorian
// President X") or in a sentence that moves the scene ("In Velor,
// meanwhile, the president") is not the last singular speaker; the
// paragraph's own president still is (off27_holder.go,
// rev27off_holder.go). Sentences written for the test.
func TestRev27offHolder(t *testing.T) {
	const lead = "President Rui Sousa refused to concede. Velorian President Ivo Kask congratulated Ana Lima.\n\n"
	tests := []struct {
		name, text, want string
	}{
		{"scene moves to another country",
			lead + "Sousa, for his part, stayed in the palace. His aides said he would go to court. In Velor, meanwhile, the president said he hoped for calm.",
			"Ivo Kask"},
		{"speaking abroad",
			lead + "Sousa, for his part, met his lawyers. Speaking in Velor on Tuesday, the president said he hoped for calm.",
			"Ivo Kask"},
		{"a qualified holder spoke last",
			"Velorian President Ivo Kask congratulated Ana Lima. President Rui Sousa refused to concede.\n\nKask, for his part, urged calm across the region. The president said on Tuesday that the count was a fraud.",
			"Rui Sousa"},
		{"a time after in is no place",
			lead + "Sousa, for his part, stayed home. His campaign said it would go to court in January, and the president again claimed that ballots had been forged.",
			"Rui Sousa"},
	}
	for _, tc := range tests {
		var got string
		for _, r := range Extract(tc.text) {
			if r.Kind == Reported {
				got = r.Speaker
			}
		}
		assert.Equal(t, tc.want, got, tc.name)
	}
}
