package plot

import (
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"os"
	"path/filepath"

	"gonum.org/v1/gonum/mat"
	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/evaluate"
)

// Size is the width and height of the PNG images WriteFiles writes.
const Size = 6 * vg.Inch

var (
	light = color.RGBA{R: 247, G: 251, B: 255, A: 255} // the empty end of the colour scale
	dark  = color.RGBA{R: 8, G: 48, B: 107, A: 255}    // the full end
	bar   = color.RGBA{R: 66, G: 146, B: 198, A: 255}
	point = color.RGBA{R: 203, G: 24, B: 29, A: 255}
)

// shade interpolates between light (0) and dark (1).
func shade(f float64) color.Color {
	f = min(max(f, 0), 1)
	mix := func(a, b uint8) uint8 { return uint8(math.Round(float64(a) + f*(float64(b)-float64(a)))) }
	return color.RGBA{R: mix(light.R, dark.R), G: mix(light.G, dark.G), B: mix(light.B, dark.B), A: 255}
}

func square(x0, y0, x1, y1 float64) plotter.XYs {
	return plotter.XYs{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
}

func names(labels []corpus.Label) []string {
	out := make([]string, len(labels))
	for i, l := range labels {
		out[i] = string(l)
	}
	return out
}

// Confusion draws a confusion matrix as a heatmap: true labels on the
// vertical axis (first label at the top), predicted labels on the
// horizontal one, each cell holding its count and its share of the true
// label's items (its row), which also sets the cell's colour so that
// classes of different sizes read alike.
func Confusion(labels []corpus.Label, m mat.Matrix, title string) (*gplot.Plot, error) {
	r, c := m.Dims()
	L := len(labels)
	if L == 0 || r != L || c != L {
		return nil, fmt.Errorf("plot: %d labels for a %d×%d confusion matrix", L, r, c)
	}
	p := newPlot(title)
	p.X.Label.Text = "predicted label"
	p.Y.Label.Text = "true label"

	var cells, small plotter.XYLabels
	var cellStyles, smallStyles []text.Style
	big := font.From(plotter.DefaultFont, vg.Points(16))
	little := font.From(plotter.DefaultFont, vg.Points(10))
	for t := range L {
		var row float64
		for k := range L {
			row += m.At(t, k)
		}
		y := float64(L - 1 - t)
		for k := range L {
			n := m.At(t, k)
			share := 0.0
			if row > 0 {
				share = n / row
			}
			poly, err := plotter.NewPolygon(square(float64(k)-0.5, y-0.5, float64(k)+0.5, y+0.5))
			if err != nil {
				return nil, err
			}
			poly.Color = shade(share)
			poly.LineStyle.Color = color.White
			poly.LineStyle.Width = vg.Points(1)
			p.Add(poly)

			ink := color.Color(color.Black)
			if share > 0.5 {
				ink = color.White
			}
			x := float64(k)
			cells.XYs = append(cells.XYs, plotter.XY{X: x, Y: y + 0.08})
			cells.Labels = append(cells.Labels, fmt.Sprintf("%.0f", n))
			cellStyles = append(cellStyles, text.Style{Color: ink, Font: big, XAlign: draw.XCenter, YAlign: draw.YCenter, Handler: gplot.DefaultTextHandler})
			small.XYs = append(small.XYs, plotter.XY{X: x, Y: y - 0.2})
			small.Labels = append(small.Labels, fmt.Sprintf("%.0f%% of row", 100*share))
			smallStyles = append(smallStyles, text.Style{Color: ink, Font: little, XAlign: draw.XCenter, YAlign: draw.YCenter, Handler: gplot.DefaultTextHandler})
		}
	}
	for _, set := range []struct {
		d      plotter.XYLabels
		styles []text.Style
	}{{cells, cellStyles}, {small, smallStyles}} {
		lab, err := plotter.NewLabels(set.d)
		if err != nil {
			return nil, err
		}
		lab.TextStyle = set.styles
		p.Add(lab)
	}

	p.NominalX(names(labels)...)
	rev := names(labels)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	p.NominalY(rev...)
	p.X.Min, p.X.Max = -0.5, float64(L)-0.5
	p.Y.Min, p.Y.Max = -0.5, float64(L)-0.5
	p.X.Padding, p.Y.Padding = 0, 0
	p.X.Tick.Label.Font.Size = vg.Points(12)
	p.Y.Tick.Label.Font.Size = vg.Points(12)
	p.X.Label.TextStyle.Font.Size = vg.Points(13)
	p.Y.Label.TextStyle.Font.Size = vg.Points(13)
	if L > 4 {
		p.X.Tick.Label.Rotation = math.Pi / 4
		p.X.Tick.Label.XAlign = draw.XRight
	}
	return p, nil
}

// Reliability draws a reliability diagram (DeGroot & Fienberg 1983; Guo et
// al. 2017): for each non-empty bin of top-label confidence, a bar as high
// as the accuracy of its items and a point at (mean confidence, accuracy),
// with the number of items at the foot of the bar, against the diagonal of perfect
// calibration.
func Reliability(bins []evaluate.Bin, ece float64, title string) (*gplot.Plot, error) {
	if title == "" {
		title = "Reliability diagram"
	}
	p, diag, err := reliabilityAxes(fmt.Sprintf("%s (ECE = %.3f)", title, ece))
	if err != nil {
		return nil, err
	}

	var pts plotter.XYs
	var counts plotter.XYLabels
	var first *plotter.Polygon
	for _, b := range bins {
		if b.Count == 0 {
			continue
		}
		poly, err := plotter.NewPolygon(square(b.Lo, 0, b.Hi, b.Accuracy))
		if err != nil {
			return nil, err
		}
		poly.Color = bar
		poly.LineStyle.Color = color.White
		poly.LineStyle.Width = vg.Points(1)
		p.Add(poly)
		if first == nil {
			first = poly
		}
		pts = append(pts, plotter.XY{X: b.Confidence, Y: b.Accuracy})
		counts.XYs = append(counts.XYs, plotter.XY{X: (b.Lo + b.Hi) / 2, Y: 0.012})
		counts.Labels = append(counts.Labels, fmt.Sprintf("n=%d", b.Count))
	}
	p.Add(diag)
	p.Legend.Add("perfect calibration", diag)
	if first != nil {
		sc, err := plotter.NewScatter(pts)
		if err != nil {
			return nil, err
		}
		sc.GlyphStyle.Color = point
		sc.GlyphStyle.Radius = vg.Points(4)
		sc.GlyphStyle.Shape = draw.CircleGlyph{}
		p.Add(sc)
		lab, err := plotter.NewLabels(counts)
		if err != nil {
			return nil, err
		}
		for i := range lab.TextStyle {
			lab.TextStyle[i].XAlign = draw.XCenter
			lab.TextStyle[i].YAlign = draw.YBottom
			lab.TextStyle[i].Font.Size = vg.Points(9)
		}
		p.Add(lab)
		p.Legend.Add("accuracy of the bin", first)
		p.Legend.Add("accuracy at the bin's mean confidence", sc)
	}
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.XOffs = vg.Points(8)
	p.Legend.YOffs = -vg.Points(8)
	return p, nil
}

func newPlot(title string) *gplot.Plot {
	p := gplot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font.Size = vg.Points(14)
	p.Title.Padding = vg.Points(8)
	return p
}

// tenths marks 0, 0.1, …, 1, labelling 0, 0.2, … 1.
type tenths struct{}

func (tenths) Ticks(lo, hi float64) []gplot.Tick {
	var ts []gplot.Tick
	for k := 0; k <= 10; k++ {
		v := float64(k) / 10
		if v < lo || v > hi {
			continue
		}
		t := gplot.Tick{Value: v}
		if k%2 == 0 {
			t.Label = fmt.Sprintf("%.1f", v)
		}
		ts = append(ts, t)
	}
	return ts
}

// WritePNG writes p to w as a PNG image of the given size.
func WritePNG(w io.Writer, p *gplot.Plot, width, height vg.Length) error {
	wt, err := p.WriterTo(width, height, "png")
	if err != nil {
		return err
	}
	_, err = wt.WriteTo(w)
	return err
}

// WriteFiles writes dir/confusion.png and dir/reliability.png for r,
// creating dir if needed, and returns their paths. When r compares raw and
// calibrated probabilities (r.Calibration), the reliability diagram shows
// both ([ReliabilityCurves]).
func WriteFiles(dir string, r *evaluate.Report) ([]string, error) {
	if r == nil {
		return nil, errors.New("plot: no report")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	title := r.Model
	conf, err := Confusion(r.Confusion.Labels, r.Confusion.Dense(), joinTitle("Confusion matrix", title, r.N))
	if err != nil {
		return nil, err
	}
	rel, err := reliabilityOf(r, joinTitle("Reliability", title, r.N))
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, f := range []struct {
		name string
		p    *gplot.Plot
	}{{"confusion.png", conf}, {"reliability.png", rel}} {
		path := filepath.Join(dir, f.name)
		if err := writeFile(path, f.p); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

func joinTitle(what, model string, n int) string {
	if model != "" {
		return fmt.Sprintf("%s: %s, n = %d", what, model, n)
	}
	return fmt.Sprintf("%s, n = %d", what, n)
}

func writeFile(path string, p *gplot.Plot) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	return WritePNG(f, p, Size, Size)
}

// reliabilityAxes returns a reliability diagram's plot — confidence against
// accuracy, both from 0 to 1 with a grid — and the dashed diagonal of
// perfect calibration, which the caller adds where it should be drawn.
func reliabilityAxes(title string) (*gplot.Plot, *plotter.Line, error) {
	p := newPlot(title)
	p.X.Label.Text = "confidence (top-label probability)"
	p.Y.Label.Text = "accuracy"
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 1.02, 0, 1.08
	p.X.Tick.Marker = tenths{}
	p.Y.Tick.Marker = tenths{}
	p.Add(plotter.NewGrid())
	diag, err := plotter.NewLine(plotter.XYs{{X: 0, Y: 0}, {X: 1, Y: 1}})
	if err != nil {
		return nil, nil, err
	}
	diag.LineStyle.Dashes = []vg.Length{vg.Points(5), vg.Points(4)}
	diag.LineStyle.Color = color.Gray{Y: 90}
	diag.LineStyle.Width = vg.Points(1.5)
	return p, diag, nil
}
