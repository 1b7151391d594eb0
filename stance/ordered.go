package stance

import (
	"errors"
	"iter"
	"runtime"
	"sync"
)

// Ordered runs work on every item of items on parallel workers and hands
// each item with its result to emit, one at a time, in input order, on the
// calling goroutine. It is how this package's bulk operations ([Train],
// [Model.PredictSeq], [Model.PredictAll]) use every core, and how a program
// classifies a stream of records, whatever each record holds beside its
// text (an id, a row, a line number):
//
//	err := stance.Ordered(stance.ReadLines(os.Stdin, 1<<20), 0,
//		func(l stance.Line, out *[]byte) error { // on a worker
//			p := m.Predict(l.Text)
//			*out = append(append((*out)[:0], p.Label...), '\n')
//			return nil
//		},
//		func(l stance.Line, out *[]byte) error { // in input order
//			_, err := w.Write(*out)
//			return err
//		})
//
// Items are read on a goroutine of Ordered's own, in batches, and at most
// a few batches per worker are held at a time, so memory stays bounded
// however long the stream. Results are slots that Ordered reuses: work
// gets one holding what an earlier item left in it, so that it can reuse
// its buffers (as *out above) instead of allocating per item, and must
// overwrite whatever it reads back; emit must not keep the result, or
// memory it points to, after it returns. Ordered itself allocates per
// batch, not per item.
//
// Ordered returns the first error in input order, from items, work or
// emit; no item after it is emitted, and reading stops soon after. It
// returns once its goroutines are done. workers < 1 means GOMAXPROCS; a nil
// emit discards the results (work then has written them where the caller
// wants them). work runs on other goroutines, concurrently with itself: a
// panic there ends the program, as in any goroutine.
func Ordered[T, R any](items iter.Seq2[T, error], workers int, work func(T, *R) error, emit func(T, *R) error) error {
	return ordered(items, workers, orderedBatch, work, emit)
}

// orderedBatch is how many items Ordered gives a worker at a time: enough
// that handing over a batch costs little beside the work on it.
const orderedBatch = 2048

// errStopped is emit's error when the consumer of an iterator stops early.
var errStopped = errors.New("stopped")

// batch is a run of items and their results.
type batch[T, R any] struct {
	items   []T
	results []R
	failed  int   // the first item whose work failed, or len(items)
	err     error // its error
	done    chan struct{}
}

// run does the work on b's items, stopping at the first error.
func (b *batch[T, R]) run(work func(T, *R) error) {
	b.failed, b.err = len(b.items), nil
	for i := range b.items {
		if err := work(b.items[i], &b.results[i]); err != nil {
			b.failed, b.err = i, err
			break
		}
	}
	b.done <- struct{}{}
}

// emit hands b's items on in order, up to the first whose work failed.
func (b *batch[T, R]) emit(emit func(T, *R) error) error {
	if emit != nil {
		for i := range b.items[:b.failed] {
			if err := emit(b.items[i], &b.results[i]); err != nil {
				return err
			}
		}
	}
	return b.err
}

// pipe is the state Ordered's goroutines share: batches travel from the
// reader to the workers (todo) and, in input order, to the caller (order),
// and come back for reuse (free).
type pipe[T, R any] struct {
	size  int
	todo  chan *batch[T, R]
	order chan *batch[T, R]
	free  chan *batch[T, R]
	quit  chan struct{} // closed when the caller stops consuming
}

// ordered is Ordered with a batch size.
func ordered[T, R any](items iter.Seq2[T, error], workers, size int, work func(T, *R) error, emit func(T, *R) error) error {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	p := &pipe[T, R]{
		size:  size,
		todo:  make(chan *batch[T, R], workers*2),
		order: make(chan *batch[T, R], workers*4),
		free:  make(chan *batch[T, R], workers*4+2), // every batch in flight
		quit:  make(chan struct{}),
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for b := range p.todo {
				b.run(work)
			}
		})
	}
	readErr := make(chan error, 1)
	go func() {
		err := p.read(items)
		close(p.todo)
		close(p.order)
		readErr <- err
	}()
	// Stop the reader however the caller's goroutine leaves, a panic in
	// emit included, so that no goroutine is left blocked.
	stop := sync.OnceFunc(func() { close(p.quit) })
	defer stop()
	err := p.drain(emit, stop)
	if rerr := <-readErr; err == nil {
		err = rerr
	}
	wg.Wait()
	return err
}

// read batches items and sends each batch to the workers and, in the same
// order, to the caller, until items end or fail or the caller quits.
func (p *pipe[T, R]) read(items iter.Seq2[T, error]) error {
	b := p.get()
	for it, err := range items {
		if err != nil {
			// The items before the error are handed on too: an error
			// among them comes first in the input.
			p.send(b)
			return err
		}
		b.items = append(b.items, it)
		if len(b.items) == p.size {
			if !p.send(b) {
				return nil
			}
			b = p.get()
		}
	}
	p.send(b)
	return nil
}

// send hands b on unless it is empty; it reports false if the caller quit.
func (p *pipe[T, R]) send(b *batch[T, R]) bool {
	if len(b.items) == 0 {
		return true
	}
	select {
	case p.order <- b:
	case <-p.quit:
		return false
	}
	p.todo <- b // the workers take every batch until todo closes
	return true
}

func (p *pipe[T, R]) get() *batch[T, R] {
	select {
	case b := <-p.free:
		return b
	default:
		return &batch[T, R]{items: make([]T, 0, p.size), results: make([]R, p.size), done: make(chan struct{}, 1)}
	}
}

// drain emits the batches in order until the reader closes order, and
// returns the first error; after it, it only waits for the batches in
// flight.
func (p *pipe[T, R]) drain(emit func(T, *R) error, stop func()) error {
	var err error
	for b := range p.order {
		<-b.done
		if err == nil {
			if err = b.emit(emit); err != nil {
				stop()
			}
		}
		clear(b.items) // drop what the items point to
		b.items = b.items[:0]
		select {
		case p.free <- b:
		default:
		}
	}
	return err
}
