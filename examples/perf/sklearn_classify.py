#!/usr/bin/env python3
"""The scikit-learn side of examples/perf/compare.sh.

Trains CountVectorizer(ngram_range=(1, 2)) + MultinomialNB on the leaders'
corpus, then reads statements from standard input, one per line, and writes
LABEL<TAB>PROBABILITY per line, like `examples/classify`: the same reading,
predicting and writing, in chunks so memory stays bounded.

Not part of the Go module or of CI. Needs Debian's python3-sklearn:
    apt-get install python3-sklearn
"""
import json
import sys

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.naive_bayes import MultinomialNB


def main():
    corpus = sys.argv[1]
    texts, labels = [], []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            texts.append(d["text"])
            labels.append(d["label"])
    vec = CountVectorizer(ngram_range=(1, 2))
    model = MultinomialNB(alpha=0.5).fit(vec.fit_transform(texts), labels)
    classes = model.classes_

    out = sys.stdout
    chunk = []

    def flush():
        probs = model.predict_proba(vec.transform(chunk))
        best = probs.argmax(axis=1)
        out.write("".join(f"{classes[b]}\t{p[b]:.4f}\n" for b, p in zip(best, probs)))
        chunk.clear()

    for line in sys.stdin:
        chunk.append(line.rstrip("\r\n"))
        if len(chunk) == 20000:
            flush()
    if chunk:
        flush()


if __name__ == "__main__":
    main()
