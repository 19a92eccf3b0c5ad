#!/bin/sh
# Scores briefgen's temporal expressions on the TBAQ development set (a benchmark, not a test).
#   scripts/eval-timex.sh [GOLD.jsonl] [scorer options, e.g. --types DATE,TIME --show-errors]
# Run from the repository root; the repository is checked out beside `shared/`.
# Other modes of the same tool: `briefgen-eval timex GOLD --infer-dates` (publication dates inferred with the dct hidden,
# checked against it) and `briefgen-eval timex ARTICLE.txt [--published DATE]` (one article's dates and events).
#
# TBAQ dev (256 docs, 1,822 gold), 2026-11-27 (branch time6):
#   all types : strict F1 88.19, relaxed P/R/F1 94.04/95.23/94.63, value acc 87.55, value F1 82.85, type F1 91.14
#   DATE,TIME : strict F1 89.24, relaxed P/R/F1 93.84/94.27/94.05, value acc 88.74, value F1 83.46, type F1 93.34
#   by halves (docs 1-170 / 171-256): value F1 83.97 → 84.41 / 79.49 → 80.15, relaxed F1 94.22 → 94.57 / 94.50 → 94.72.
#   What moved, in order (value F1 whole, 1-170 / 171-256 after each):
#   `the year` under discussion (`sales for the full year`, `a high for the year`, `the first nine months of the year`,
#   `the early months of the year`) is the year the sentence states, else the current one (a year named sentences
#   before is often a target: `by 1992 it intended …`); not `the year ended`, `the year's`, `player of the year`:
#   82.45, 84.17 / 79.49.
#   A day counted from another: `the day before last Tuesday`, `the day after Christmas` (that day ±1); `Oct. 12, the
#   day before the plunge` (the apposed date); `the day before the attack`, `the day after his death` (±1 from the day
#   the article gave that event: nearest earlier sentence naming it, one day, not a date of saying or a bound, not a
#   clause `days after` apart); left out when that day is not given or not one: 82.57, 84.22 / 79.73.
#   `Separately, <company> reported third-quarter profit`: later year-back periods compare with that quarter (found on
#   the held-out half, wsj_1011): 82.63, 84.22 / 79.88.
#   A weekday's evening stays on its value (`Friday evening` → TIME `…TEV`: 3 of 3 TBAQ evenings; morning TMO 3 vs day
#   5 and night TNI 7 / TEV 3 vs day 10 stay the day): 82.73, 84.30 / 80.03.
#   `today's world`, `today's youth`, `the people of tomorrow` are eras, not days: 82.85, 84.41 / 80.15.
#   `The trial opens Monday`, `leaders meet on Friday` (a present verb of a schedule): the day ahead; fires on no TBAQ
#   weekday (unit-tested only).
#   Events (scripts/eval-events.sh): events_check4 98.08 → 99.05 (`the day before the attack`); dev, check, check2,
#   check3, check5 stay 100, check6 98.99 (`the day after the coup` stays unplaced: the text dates the coup by no one
#   day, and a guess from `toppled … days after` would be wrong). events_check7 (5 fresh passages, 33 events, annotated
#   and committed before its first run): first run 96.77/90.91/93.75; after the dateline is kept out of an event's day,
#   `the first three months of the year` dates Jan-Mar, and `A council sworn in on April 25 named …` splits: 100.
#   Fresh TIMEX checks (benchmarks/timex_check*_time6.jsonl: wire-style passages with March 2013 DCTs, like TempEval-3
#   platinum, annotated and committed before their first run; scored with this script's scorer):
#     check  (65 gold) first run: relaxed F1 99.22, value F1 93.02 (its PXH gold fixed to PTXH after the run) → 100 / 100
#     check2 (42 gold, written after check's fixes) first run: relaxed 97.56, value F1 87.80 → 98.80 / 96.39
#     check3 (46 gold, written after check2's fixes) first run: relaxed 97.83, value F1 91.30 → 97.83 / 94.51
#     check4 (45 gold, written after check3's fixes) first run: relaxed 95.35, value F1 93.02 → 96.55 / 94.25
#   Fixes from them, each fires on no TBAQ value: `over the next decade` P10Y; `expect <someone> to` ahead; `to be fully
#   restored` is passive; a past clock time with no day takes the last day named that is not a date of saying; a
#   quarter is of the year it ended in (`its fiscal third quarter, which ended Feb. 28`; `the quarter, which ended
#   March 2` after `fourth-quarter profit`); `hours before a deadline`, `came only days after` (PTXH, PXD); a date after
#   a charge (`is charged with opening fire … on July 20`) is behind; `overnight rates` is no night; `, hours after he
#   was elected` (PTXH).
#   Left on them: `Sunday night`/`Wednesday night` annotated TNI by the guidelines (TBAQ: day-only 10 vs TNI 7, TEV 3);
#   `a year earlier` after `the quarter, which ended March 2` (TBAQ counts it from the day: 2012-03-02); `after days of
#   fighting` (TBAQ 1 of 2: 171-256 80.15 → 80.09, dropped); `through the night`; ages (`76-year-old`: TBAQ annotates 1
#   of ~35); rates (`300 euros a day`: 4 of 11); `The second case, on Wednesday, concerns …` (a relative clause's past
#   verb governs the day).
#   Tried and dropped: `the next morning` as the day after the last day named (its one TBAQ case is annotated a day
#   later: -0.02); `the first and second quarters` as two quarters (its one TBAQ case is generic `usually … in the
#   second and fourth quarters`, XXXX-Q2: 171-256 80.15 → 80.03); an unresolvable `that day` dropped rather than left
#   without a value (+0.04 on 1-170 only, and it undoes a tested design: kept as is).
#   Counted and left: `recent` + noun as PAST_REF (6 of 15 annotated), `soon` (5 of 18), `then current`, `the previous
#   Friday` counted from the last day named (one case, and `overnight` between them would move it).
#   Also unit-tested, no TBAQ case: `the day before the attack on Friday` (Friday − 1).
#   Note: the held-out half was read for the errors above, so 171-256 is no longer unseen; the changes found on 1-170 or
#   on both halves (all but `Separately`) moved it 79.49 → 80.00 on their own.
# TBAQ dev (256 docs, 1,822 gold), 2026-11-27 (branch time5):
#   all types : strict F1 87.94, relaxed P/R/F1 93.76/94.90/94.33, value acc 87.28, value F1 82.32, type F1 90.78
#   DATE,TIME : strict F1 88.95, relaxed P/R/F1 93.51/93.88/93.69, value acc 88.41, value F1 82.83, type F1 92.91
#   by halves (docs 1-170 / 171-256): value F1 83.97 → 83.97 / 79.05 → 79.49, relaxed F1 94.22 → 94.22 / 94.50 → 94.50.
#   What moved (all on the held-out half): `the week of March 6` is one expression, the week of that day (2000-W10);
#   `A memorial service planned at the University of Rochester for Saturday was canceled` (the planned day of a past
#   report is the nearest such day); `10:35 a.m. (0735 GMT) Friday` (a clock time takes the day after the same time in
#   brackets). The other time5 changes (event clauses, `since August`, `February and March 2022`, `that November`,
#   `from April 6 to 11`, a coming `this week` on a Sunday) change no TBAQ value.
#   Tried and dropped: a day-dated past sentence never after the publication day (a year back) loses 0.7 value F1
#   (`takes effect Nov. 13`, `extended to Nov. 20`, `Congress reconvenes Jan. 24`, `on Saturday, April 25` after a
#   DCT a day early): kept only where an action verb a few words before `on` dates the day (fires on no TBAQ date).
#   Counted and left: `soon` as FUTURE_REF (4 of 7 future-context uses: +0.07 at most), `future` before a noun (5 of
#   15), `annually` (2 of 6 annotated), `last February` written on March 1 as a year back (1 case).
#   Left as this set's own: AP900815-0044's weekdays (a planned `will meet Bush on Thursday` annotated a week back),
#   APW20000115.0209's weekdays (the facts' dates, a week before the DCT), `as soon as Tuesday` = Wednesday.
# TBAQ dev (256 docs, 1,822 gold), 2026-11-27 (branch time4):
#   all types : strict F1 87.89, relaxed P/R/F1 93.76/94.90/94.33, value acc 87.10, value F1 82.16, type F1 90.78
#   by halves (docs 1-170 / 171-256): value F1 83.41 → 83.97 / 78.72 → 79.05, relaxed F1 93.72 → 94.22 / 94.25 → 94.50.
#   What moved: `the (fiscal) year ended March 31` is P1Y; a bare plural unit after for/within/in (`for weeks` PXW);
#   US holidays by weekday of the month (Labor Day, Memorial Day, Columbus Day, Election Day); `will succeed … Feb. 1`
#   (a word in -eed is no past tense); `High Noon` is no clock time.
#   Tried and dropped: `the Party daily Granma` as no SET (this set annotates the paper's `daily` as P1D, 3 of 5).
#   Counted on the gold and left: weekday + morning/evening parts (TMO 3 vs plain 5 on the last third); `recent
#   years` as PAST_REF (4 vs 5 PX); `year-end` (values 1989, 1989-12, 1989-12-31, 1988-12-31: no rule reaches 41%).
# 2026-11-26 (branch time3):
#   all types : strict F1 87.50, relaxed P/R/F1 93.81/94.02/93.91, value acc 86.98, value F1 81.69, type F1 90.41
#   DATE,TIME : strict F1 88.79, relaxed P/R/F1 93.39/93.81/93.60, value acc 88.12, value F1 82.48, type F1 92.82
#   by halves (docs 1-170 developed on / docs 171-256 held out, mostly AQUAINT wires): value F1 81.57 → 83.41 /
#   78.18 → 78.72, relaxed F1 92.96 → 93.72 / 94.02 → 94.25. What moved: a past-tense month lies up to ten months
#   back (deadlines such as `payable`, `effective`, `by`, `of record` lean less), results-report periods (`the
#   year-ago third quarter`, `last year's quarter`, `the 1988 period`, `a year-earlier loss`, `the current fiscal
#   year`), anaphoric months and weeks, possessive weekdays (`Wednesday's ruling`), clock times on the day after `on`.
#   Note: value F1 = 2 x correct values / (predicted + gold), so a timex whose value is right less than about 41% of
#   the time lowers it even though it raises relaxed recall.
#   Tried and dropped: the part of day on a weekday's value (`Friday night` → TNI) gains 4 on the first two thirds
#   and loses 7 on the last third (AQUAINT annotates `Friday` alone, or the day without the part); a past window
#   with no month ahead (-11...0) loses 0.5 value F1 and an events_check event.
# 2026-11-26 (branch time2):
#   all types : strict F1 86.09, relaxed P/R/F1 93.50/93.19/93.35, value acc 86.04, value F1 80.32, type F1 89.72
#   DATE,TIME : strict F1 87.18, relaxed P/R/F1 93.01/92.70/92.85, value acc 87.14, value F1 80.91, type F1 92.07
#   before (main): all types strict F1 85.57, relaxed F1 93.21, value acc 85.13, value F1 79.35, type F1 88.31.
#   Most remaining value errors are annotation conventions of this set, not rules to learn: `last week` as 1989-WXX
#   (15), undated `the quarter` as QX, `1968` as 1968-XX, weeks written W7 for W07, DCTs that are not the story's day.
#   --infer-dates: fires on 1 of 256 documents, consistent with its dct (the rule never guesses from a bare year).
set -eu
GOLD=${1:-../shared/benchmarks/timex_tbaq_dev.jsonl}
[ $# -gt 0 ] && shift
PRED=${PRED:-/tmp/pred.jsonl}
CONFIG=${CONFIG:-release}
swift build -c "$CONFIG" --product briefgen-eval >&2
"$(swift build -c "$CONFIG" --show-bin-path)/briefgen-eval" timex "$GOLD" > "$PRED"
python3 ../shared/benchmarks/score_timex.py "$GOLD" "$PRED" "$@"
