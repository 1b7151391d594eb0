// Command genabout trains the article reader's about-result model of a
// language (-lang, English by default) on the embedded corpora and writes
// its compact encoding; `go generate ./stance/article` runs it once per
// language. With -cv it also prints, on standard error, the threshold that
// nested cross-validation chooses and its scores
// (article.CrossValidateDefaultAboutLang), which the language's default
// threshold must equal.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/stancekit/stancekit/stance/article"
)

func main() {
	out := flag.String("out", "about.bin", "output `file`")
	cv := flag.Bool("cv", false, "also print the cross-validated threshold and its scores (JSON) on standard error")
	code := flag.String("lang", "en", "the judge's language (ISO 639-1 code: en, or one of article.AboutLanguages)")
	flag.Parse()
	b, err := article.EncodeDefaultAboutLang(*code)
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err == nil && *cv {
		var r article.AboutCV
		if r, err = article.CrossValidateDefaultAboutLang(*code); err == nil {
			enc := json.NewEncoder(os.Stderr)
			enc.SetIndent("", "  ")
			err = enc.Encode(r)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genabout:", err)
		os.Exit(1)
	}
}
