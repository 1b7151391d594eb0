package article

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPlainText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"No markup here.", "No markup here."},
		{"&quot;We accept,&quot; said Ivo Kask.", `"We accept," said Ivo Kask.`},
		{"&ldquo;Fraud&rdquo; &#8212; Lena Dal &#x2019;s aide", "“Fraud” — Lena Dal ’s aide"},
		{"<p>Norland votes</p>\n<p>Kask <b>won</b>.</p>", "\n\nNorland votes\n\n\n\n\nKask won.\n\n"},
		{"Line<br/>next <a href=\"x.html\">link</a>", "Line\n\nnext link"},
		{"<script>var a = \"<p>\";</script>Text<!-- note -->.", "Text."},
		{"<STYLE type=text/css>p {}</STYLE>Kask said.", "Kask said."},
		{"Reactions:\n• Norland congratulated Kask.\n  *  Velor waited.", "Reactions:\nNorland congratulated Kask.\n  Velor waited."},
		// counter-cases: text that only looks like markup stays as it is
		{"— Вы признаёте итоги?\n— Нет. 5 * 3 • x", "— Вы признаёте итоги?\n— Нет. 5 * 3 • x"},
		{"AT&T and R&D; a < b, <3, &unknown; &#; &#xZZ;", "AT&T and R&D; a < b, <3, &unknown; &#; &#xZZ;"},
		{"&amp;lt;p&amp;gt; is how one writes <p>", "&lt;p&gt; is how one writes \n\n"},
	} {
		got, _ := plainText(c.in)
		assert.Equal(t, c.want, got, "%q", c.in)
	}
}

// TestMarkupOffsets checks offsets mapped back by hand: "&quot;" is bytes
// 0–6 of the input and the one byte '"' of the plain text.
func TestMarkupOffsets(t *testing.T) {
	in := "<p>&quot;We accept,&quot; said Ivo Kask.</p>"
	plain, m := plainText(in)
	require.Equal(t, "\n\n\"We accept,\" said Ivo Kask.\n\n", plain)
	assert.Equal(t, 0, m.from(0)) // the <p> tag
	assert.Equal(t, 3, m.from(2)) // the first &quot;
	assert.Equal(t, 9, m.to(3))   // its end
	assert.Equal(t, 9, m.from(3)) // "We" starts after it
	assert.Equal(t, len(in), m.to(len(plain)))
	rs := Extract(in)
	require.Len(t, rs, 1)
	assert.Equal(t, "We accept", rs[0].Text)
	assert.Equal(t, "Ivo Kask", rs[0].Speaker)
	assert.Equal(t, "We accept", in[rs[0].Start:rs[0].End])
	assert.Equal(t, "&quot;We accept,&quot;", in[rs[0].QuoteStart:rs[0].QuoteEnd])
	checkOffsets(t, in, rs)
}

// TestMarkupArticleSets reads three development sets as web pages give
// them — every quotation mark and apostrophe a character reference, every
// paragraph in <p> tags, both, or every paragraph after the headline a
// bulleted list item — and requires exactly the speakers read
// from the plain text.
func TestMarkupArticleSets(t *testing.T) {
	transforms := []struct {
		name string
		f    func(string) string
	}{
		{"references", strings.NewReplacer(`"`, "&quot;", "“", "&ldquo;", "”", "&#8221;", "’", "&rsquo;", "«", "&laquo;", "»", "&#xBB;", "&", "&amp;").Replace},
		{"paragraphs", func(s string) string { return "<p>" + strings.ReplaceAll(s, "\n\n", "</p>\n<p>") + "</p>" }},
		{"bullets", func(s string) string { return strings.ReplaceAll(s, "\n\n", "\n\n• ") }},
	}
	transforms = append(transforms, struct {
		name string
		f    func(string) string
	}{"both", func(s string) string { return transforms[1].f(transforms[0].f(s)) }})
	read := inLanguage(t)
	for _, name := range []string{"articles_dev6", "articles_dev7", "articles_lang_dev7"} {
		arts, err := ReadGoldFile("../../corpus/articles/" + name + ".jsonl")
		require.NoError(t, err)
		want := Evaluate(arts, func(a GoldArticle) Result { return read(a, DefaultRule) })
		for _, tr := range transforms {
			marked := make([]GoldArticle, len(arts))
			for i, a := range arts {
				a.Text = tr.f(a.Text)
				marked[i] = a
			}
			got := Evaluate(marked, func(a GoldArticle) Result { return read(a, DefaultRule) })
			assert.Equal(t, fmt.Sprint(want.Correct, want.Found, want.Silent), fmt.Sprint(got.Correct, got.Found, got.Silent), "%s %s", name, tr.name)
		}
	}
}

// FuzzPlainText checks that the plain text's bytes map back to ordered,
// in-range spans of the input, whatever the input.
func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"", "&", "&amp;", "<p>", "</p", "<!--", "<script>x", "&#x110000;", "&#0;", "a<b>c</b>&lt;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		plain, m := plainText(s)
		if m == nil {
			if plain != s || hasMarkup(s) {
				t.Fatalf("no map for %q (plain %q)", s, plain)
			}
			return
		}
		if len(m.src) != len(plain) || len(m.end) != len(plain) {
			t.Fatalf("map of %d/%d bytes for %d plain bytes", len(m.src), len(m.end), len(plain))
		}
		for i := range m.src {
			if m.src[i] >= m.end[i] || m.end[i] > len(s) || i > 0 && (m.src[i] < m.src[i-1] || m.end[i] < m.end[i-1]) {
				t.Fatalf("byte %d maps to %d..%d (len %d)", i, m.src[i], m.end[i], len(s))
			}
		}
	})
}

// BenchmarkExtractMarkup compares reading an article as plain text (the
// baseline: plainText only scans it) with reading it as a web page gives
// it (references and <p> tags), whose bytes plainText maps back.
func BenchmarkExtractMarkup(b *testing.B) {
	arts, err := ReadGoldFile("../../corpus/articles/articles_dev7.jsonl")
	require.NoError(b, err)
	plain := arts[0].Text
	html := "<p>" + strings.ReplaceAll(strings.NewReplacer(`"`, "&quot;", "“", "&ldquo;", "”", "&rdquo;", "’", "&rsquo;").Replace(plain), "\n\n", "</p>\n<p>") + "</p>"
	for _, c := range []struct{ name, text string }{{"plain", plain}, {"html", html}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				Extract(c.text)
			}
		})
	}
}
