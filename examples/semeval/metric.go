package main

import "github.com/stancekit/stancekit/corpus"

// Confusion counts gold labels (rows) against predicted labels (columns),
// both in the order of Labels.
type Confusion [3][3]int

func labelIndex(l string) int {
	for i, k := range Labels {
		if k == l {
			return i
		}
	}
	return -1
}

// Add counts one prediction.
func (c *Confusion) Add(gold corpus.Label, pred string) {
	c[labelIndex(string(gold))][labelIndex(pred)]++
}

// Merge adds the counts of o.
func (c *Confusion) Merge(o Confusion) {
	for i := range c {
		for j := range c[i] {
			c[i][j] += o[i][j]
		}
	}
}

// Total is the number of predictions counted.
func (c Confusion) Total() int {
	n := 0
	for i := range c {
		for j := range c[i] {
			n += c[i][j]
		}
	}
	return n
}

// F1 is the F1 score of label l, 0 when it has no gold and no predicted
// instance (as in the task's evaluation script, which divides by zero
// into 0).
func (c Confusion) F1(l string) float64 {
	k := labelIndex(l)
	tp := c[k][k]
	gold, pred := 0, 0
	for j := range c {
		gold += c[k][j]
		pred += c[j][k]
	}
	if tp == 0 {
		return 0
	}
	p := float64(tp) / float64(pred)
	r := float64(tp) / float64(gold)
	return 2 * p * r / (p + r)
}

// FAvg is the official measure of SemEval-2016 Task 6 on a 0–100 scale:
// (F1(FAVOR) + F1(AGAINST)) / 2. NONE is predicted and counted, but its F1
// is not averaged.
func (c Confusion) FAvg() float64 {
	return 100 * (c.F1(Favor) + c.F1(Against)) / 2
}
