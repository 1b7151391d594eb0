package lang_test

import (
	"fmt"

	"github.com/stancekit/stancekit/stance/lang"
)

func ExampleDetect() {
	for _, s := range []string{
		"No reconocemos estos resultados.",
		"Não reconhecemos esses resultados.",
		"Мы не признаём итоги этих выборов.",
		"Il governo italiano si congratula con il presidente eletto e auspica una proficua collaborazione.",
		"中国政府祝贺当选总统。",
	} {
		code, conf := lang.Detect(s)
		fmt.Printf("%s %.2f\n", code, conf)
	}
	// Output:
	// es 1.00
	// pt 1.00
	// ru 1.00
	// und 0.00
	// und 0.00
}

func ExampleParse() {
	for _, s := range []string{"en", "english", "Deutsch", "por", "klingon"} {
		code, err := lang.Parse(s)
		fmt.Printf("%q %v\n", code, err)
	}
	// Output:
	// "en" <nil>
	// "en" <nil>
	// "de" <nil>
	// "pt" <nil>
	// "" lang: unknown language "klingon" (want an ISO 639-1 code: de, en, es, fr, pt, ru, or sv, no, hu for stemming only; or the language's name)
}
