package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFgr16MarketTrader: a Russian market trader ("торговец",
// "торговка") is a voice of the street like a seller ("продавец"): what
// they say is off the result, as a commentator's is. Sentences written
// for the test.
func TestFgr16MarketTrader(t *testing.T) {
	for _, c := range []struct {
		text, speaker string
		want          bool
	}{
		{"Торговец с рынка «Велор» Иво Каск говорит, что покупателей стало вдвое меньше.", "Иво Каск", false},
		{"Торговка Лена Даль рассказала, что цены на рис снова выросли.", "Лена Даль", false},
		// counter-case: a trade envoy ("торговый представитель") holds an
		// office and speaks on the result
		{"Торговый представитель Норланда Иво Каск заявил, что итоги выборов подделаны.", "Иво Каск", true},
	} {
		res := Reader{Lang: "ru"}.Analyze(c.text)
		require.NotEmpty(t, res.Remarks, c.text)
		assert.Equal(t, c.speaker, res.Remarks[0].Speaker, c.text)
		assert.Equal(t, c.want, res.Remarks[0].AboutResult, c.text)
	}
}
