package article

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestWordListsInLexicon holds the package to the rule that its word lists
// live in one place: every package-level variable whose value is a list of
// words (a wordSet call, a []string literal, a map keyed by string — a
// word set or a table per language) is declared in a file whose name
// begins with lexicon, so that a newcomer who wants to know which words a
// rule reads looks in the lexicon*.go files and nowhere else. Maps of
// numbers (thresholds) and fixed arrays of names are not word lists.
func TestWordListsInLexicon(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || strings.HasPrefix(f, "lexicon") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != gotoken.VAR {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				for i, v := range vs.Values {
					if isWordList(v) {
						t.Errorf("%s: word list %s belongs in a lexicon*.go file", fset.Position(vs.Pos()), vs.Names[i].Name)
					}
				}
			}
		}
	}
}

// isWordList tells whether e is the value of a word list: a wordSet call,
// a []string or wordList literal, or a map literal keyed by string whose
// values are not numbers.
func isWordList(e ast.Expr) bool {
	switch v := e.(type) {
	case *ast.CallExpr:
		id, ok := v.Fun.(*ast.Ident)
		return ok && id.Name == "wordSet"
	case *ast.CompositeLit:
		switch t := v.Type.(type) {
		case *ast.MapType:
			k, ok := t.Key.(*ast.Ident)
			if val, isIdent := t.Value.(*ast.Ident); isIdent && (val.Name == "float64" || val.Name == "int") {
				return false
			}
			return ok && k.Name == "string"
		case *ast.ArrayType:
			el, ok := t.Elt.(*ast.Ident)
			return ok && el.Name == "string" && t.Len == nil
		case *ast.Ident:
			return t.Name == "wordList" || t.Name == "wordSet"
		}
	}
	return false
}
