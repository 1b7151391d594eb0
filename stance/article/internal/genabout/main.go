// Command genabout trains the article reader's about-result model on the
// embedded corpora and writes its compact encoding; `go generate
// ./stance/article` runs it. With -cv it also prints, on standard error,
// the threshold that nested cross-validation chooses and its scores
// (article.CrossValidateAbout), which article.DefaultAboutThreshold must
// equal.
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
	flag.Parse()
	b, err := article.EncodeDefaultAbout()
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err == nil && *cv {
		var r article.AboutCV
		if r, err = article.CrossValidateDefaultAbout(); err == nil {
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
