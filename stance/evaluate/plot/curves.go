package plot

import (
	"errors"
	"fmt"
	"image/color"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stancekit/stancekit/stance/evaluate"
)

// Curve is one set of probabilities on a reliability diagram of several.
type Curve struct {
	Name string // e.g. "raw" or "calibrated"
	Bins []evaluate.Bin
	ECE  float64
}

// curveStyles are the colours and glyphs of the curves, in turn.
var curveStyles = []struct {
	c     color.Color
	glyph draw.GlyphDrawer
}{
	{point, draw.CircleGlyph{}},
	{bar, draw.BoxGlyph{}},
	{color.RGBA{R: 35, G: 139, B: 69, A: 255}, draw.PyramidGlyph{}},
}

// ReliabilityCurves draws the reliability diagrams of several sets of
// probabilities of the same items on one plot, such as before and after
// calibration: for each curve, a point at (mean confidence, accuracy) of
// every non-empty bin, joined by a line, and its ECE in the legend, against
// the diagonal of perfect calibration. Bars would hide each other, so bin
// sizes are not drawn; the text report lists them.
func ReliabilityCurves(curves []Curve, title string) (*gplot.Plot, error) {
	if len(curves) == 0 || len(curves) > len(curveStyles) {
		return nil, fmt.Errorf("plot: %d curves (want 1 to %d)", len(curves), len(curveStyles))
	}
	if title == "" {
		title = "Reliability diagram"
	}
	p, diag, err := reliabilityAxes(title)
	if err != nil {
		return nil, err
	}
	p.Add(diag)
	p.Legend.Add("perfect calibration", diag)
	for k, c := range curves {
		var pts plotter.XYs
		for _, b := range c.Bins {
			if b.Count > 0 {
				pts = append(pts, plotter.XY{X: b.Confidence, Y: b.Accuracy})
			}
		}
		if len(pts) == 0 {
			return nil, errors.New("plot: a curve with no items")
		}
		line, sc, err := plotter.NewLinePoints(pts)
		if err != nil {
			return nil, err
		}
		st := curveStyles[k]
		line.Color, line.Width = st.c, vg.Points(2)
		sc.Color, sc.Radius, sc.Shape = st.c, vg.Points(4), st.glyph
		p.Add(line, sc)
		p.Legend.Add(fmt.Sprintf("%s (ECE = %.3f)", c.Name, c.ECE), line, sc)
	}
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.XOffs = vg.Points(8)
	p.Legend.YOffs = -vg.Points(8)
	return p, nil
}

// reliabilityOf draws r's reliability diagram: both curves when r compares
// raw and calibrated probabilities, else the bars of r's own.
func reliabilityOf(r *evaluate.Report, title string) (*gplot.Plot, error) {
	if c := r.Calibration; c != nil {
		return ReliabilityCurves([]Curve{
			{Name: "raw", Bins: c.Raw.Reliability, ECE: c.Raw.ECE},
			{Name: "calibrated", Bins: c.Calibrated.Reliability, ECE: c.Calibrated.ECE},
		}, title)
	}
	return Reliability(r.Reliability, r.ECE, title)
}
