#!/usr/bin/env python3
"""Scores dated events against hand-annotated gold (benchmarks/events_*.jsonl).

  python3 scripts/score_events.py GOLD.jsonl PRED.jsonl [--show-errors]

GOLD lines: {"id", "published", "text", "events": [{"sentence", "sentence_text", "date", "end", "precision"}]}
PRED lines: {"id", "events": [{"sentence", "sentence_text", "date", "end", ...}]}
An event matches when it is in the same sentence (one sentence text contains the other, whitespace-normalized, so
splitters that cut a sentence differently still meet) and its date agrees exactly (an ISO prefix: its length is its
precision: 2024, 2024-05, 2024-05-07), and so does its end (both absent, or equal; a week is a range Monday-Sunday).
Matching is one-to-one; counts are pooled over passages. P = matched / predicted, R = matched / gold.
"""
import json
import sys


def norm(text):
    return " ".join((text or "").split())


def same_sentence(gold, pred):
    g, p = norm(gold.get("sentence_text")), norm(pred.get("sentence_text"))
    return bool(g) and bool(p) and (g in p or p in g)


def describe(event):
    return f"{event.get('date')}" + (f"/{event['end']}" if event.get("end") else "")


def matches(gold, pred):
    return same_sentence(gold, pred) and gold.get("date") == pred.get("date") and gold.get("end") == pred.get("end")


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 64
    gold = {}
    for line in open(argv[1], encoding="utf-8"):
        if line.strip():
            record = json.loads(line)
            gold[record["id"]] = record
    pred = {}
    for line in open(argv[2], encoding="utf-8"):
        if line.strip():
            record = json.loads(line)
            pred[record["id"]] = record
    show = "--show-errors" in argv
    n_gold = n_pred = n_match = 0
    for pid, record in gold.items():
        golds = record["events"]
        preds = pred.get(pid, {}).get("events", [])
        n_gold += len(golds)
        n_pred += len(preds)
        used = set()
        for g in golds:
            hit = next((k for k, p in enumerate(preds) if k not in used and matches(g, p)), None)
            if hit is None:
                if show:
                    near = [p for p in preds if same_sentence(g, p)]
                    got = ", ".join(describe(p) for p in near) or "nothing"
                    print(f"{pid}: MISSED s{g['sentence']} {describe(g)} (got {got}) | {g['sentence_text'][:90]}")
            else:
                used.add(hit)
                n_match += 1
        if show:
            for k, p in enumerate(preds):
                if k not in used and not any(same_sentence(g, p) for g in golds):
                    print(f"{pid}: SPURIOUS s{p.get('sentence')} {describe(p)} | {norm(p.get('sentence_text'))[:90]}")
    precision = 100.0 * n_match / n_pred if n_pred else 0.0
    recall = 100.0 * n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(json.dumps({"passages": len(gold), "gold": n_gold, "pred": n_pred, "matched": n_match,
                      "p": round(precision, 2), "r": round(recall, 2), "f1": round(f1, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
