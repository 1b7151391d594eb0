package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestCondemnsRussianDrawn: a Russian result "drawn" elsewhere
// ("нарисована в Брюсселе", "итоги нарисованы") and an undemocratic vote
// condemn the result (lexicon_process.go); a hedge or a denial takes it
// back as for the other words. Sentences written for the test.
func TestCondemnsRussianDrawn(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"победа кандидата нарисована в Велоре", true},
		{"итоги второго тура нарисованы в европейских столицах", true},
		{"самое недемократичное голосование за всю историю", true},
		{"если итоги были нарисованы, это покажет суд", false},
		{"утверждения, что итоги нарисованы, — ложь", false},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, condemnsIn("ru", tc.text), tc.text)
	}
}

// TestRussianImperfectiveRecognition: the imperfective признавать is a
// recognition, so a refusal before it is hostile and a negation with a
// delay withholds (lexicon_ru.go's recognitionStems). Sentences written
// for the test.
func TestRussianImperfectiveRecognition(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ивар Каск"}, Rivals: []string{"Олаф Берг"}}
	assert.Equal(t, verdictHostile, russian.actionVerdict(ctx, "отказывается признавать итоги голосования"))
	assert.Equal(t, verdictWithholding, russian.actionVerdict(ctx, "пока не спешит признавать итоги голосования"))
	assert.Equal(t, verdictNone, russian.actionVerdict(ctx, "отказывается комментировать цены на уголь"))
	// Recognising something other than the vote is no recognition of it.
	assert.Equal(t, verdictNone, russian.actionVerdict(ctx, "отказывается признавать долги прошлого правительства"))
	assert.Equal(t, verdictNone, russian.actionVerdict(ctx, "отказывается признавать решения иностранных судов"))
	assert.Equal(t, verdictHostile, russian.actionVerdict(ctx, "отказывается признавать его победу"))
}
