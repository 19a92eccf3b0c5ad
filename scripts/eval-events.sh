#!/bin/sh
# Scores briefgen's dated events on hand-annotated conflict reporting (a benchmark, not a test).
#   scripts/eval-events.sh [GOLD.jsonl] [--show-errors]
# Gold: benchmarks/events_dev.jsonl, 13 wire-style passages (Ukraine, Sudan, Gaza, Myanmar) with a publication date,
# 68 events (sentence, ISO date at its precision, end for ranges), annotated before the system was run on them;
# benchmarks/events_check.jsonl and events_check2.jsonl (Ukraine, Sudan, Gaza, Myanmar, Yemen, DR Congo, Lebanon, Syria),
# written later to check that fixes made on the dev set generalize; events_check3/4/5 (time5: Sahel, Haiti, Ethiopia,
# Red Sea, South Sudan, Nagorno-Karabakh, Somalia, Colombia, Kashmir, Libya, Mozambique, Gaza, Sudan, Ukraine) and
# events_check6 (Niger, Israel-Iran, DR Congo, Myanmar, Lebanon), each annotated and committed before its first run.
# An event matches when its sentence and date (and end) agree; see scripts/score_events.py.
#
# Scores, 2026-11-26 (P/R/F1):
#   events_dev   (13 passages, 68 gold), first run, before any event fix: 95.52/94.12/94.81 (67 predicted, 64 matched)
#   events_dev   after the dateline / day-before-span / `since 2014, when` / coordinated-verb fixes:  100/100/100
#                (tuned on this set: read the check set for generalization)
#   events_check (6 passages, 30 gold; written after those fixes, annotated before running them):  93.10/90.00/91.53
#   events_check after `on Wednesday and Thursday` as one span:                                    96.55/93.33/94.92
#   events_check after a past day later than publication takes the year its sentence states:    100/96.67/98.31
#                (the one miss: a second event in the same clause, `in April 2023, days after … on April 15`)
#   events_check2 (5 fresh passages, 27 gold; annotated before any run, no fix made on it):          92.31/88.89/90.57
#                (misses: a past month named after the publication month goes to the current year, `began firing
#                on Oct. 8` written in September, `captured … in December` written in October; `took Hama on Dec. 5
#                and Homs on Saturday` is one event)
#   events_check2 after parallel phrases with their own dates split (`on Dec. 5 and Homs on Saturday`): 92.59/92.59/92.59
#                (a past month after the publication month is left: moving it a year back loses 0.8 value F1 on TBAQ,
#                whose past-tense sentences often name coming dates: `payable Dec. 7`, `will join on March 12`)
#   events_check2 after a past month lies up to ten months back (time3; deadlines lean less):          96.30/96.30/96.30
#                (left: `began firing on Oct. 8, a day after …` written in September, one month ahead in a past sentence)
#   events_check3 (5 fresh passages, 48 gold: Mali, Haiti, Ethiopia/Amhara, Red Sea, Ukraine), events_check4 (6: Burkina
#   Faso, South Sudan, Nagorno-Karabakh, Somalia, Gaza, Colombia; 52 gold), events_check5 (5: Kashmir, Libya, Mozambique,
#   Sudan, Ukraine; 48 gold): written and annotated (time5) before any run of briefgen on them, each committed before its
#   first run; more events per passage than the earlier sets (150-220 words each). First runs, 2026-11-27:
#   events_check3 first run:  95.56/89.58/92.47 (45 predicted, 43 matched)
#   events_check4 first run:  93.62/84.62/88.89 (47 predicted, 44 matched)
#   events_check5 first run:  97.87/95.83/96.84 (47 predicted, 46 matched)
#                (pooled over the three: 95.68/89.86/92.68, 139 predicted, 133 matched of 148 gold)
#   time5 fixes, each re-scored on all six sets and TBAQ (dev/check/check2 stay 100/98.31/96.30, TBAQ value F1 82.16
#   unless said), check3/check4/check5 F1 after each:
#   `than`/`same` compare a date only when they compare times (`more than 450,000 people between 1985 and 2018`, `The
#   same beach was targeted in June 2023` are events):                            93.62 / 91.09 / 96.84
#   a hyphenated place opens a dateline (`PORT-AU-PRINCE, March 12 (Reuters) -`):                  95.74 / 91.09 / 96.84
#   what something lasts `since` lies behind (`has kept a toehold … since August, when`, written in April): 95.74 / 91.09 / 98.95
#   `, and` + past verb is a coordinated verb too (`on Sunday, March 3, and extended it … on Thursday`):   96.84 / 91.09 / 100
#   two dates joined by `and`, apart (`coups in August 2020 and May 2021`), are two events; a month joined to a dated
#   one takes its year (`in February and March 2022` is 2022-02, one event):                         97.92 / 91.09 / 100
#   `and` right after a date, then a subject and its verb, opens a clause (`on Sept. 19 and a ceasefire was agreed
#   the next day`):                                                                                  97.92 / 92.16 / 100
#   a participle phrase between commas with its own date is a clause (`The ELN, founded in 1964, refused …`): 97.92 / 93.20 / 100
#   a relative clause with its own subject and past verb is a clause (`a plan that President Joe Biden outlined
#   on May 31`; not `a truce that was set to expire early Wednesday`):                                97.92 / 94.23 / 100
#   `the weekend of March 2-3`, `the week of March 6` are the week of that day (TIMEX 2024-W09-WE; TBAQ value F1
#   82.16 → 82.21, its one `the week of March 6` now right):                                        100 / 94.23 / 100
#   a coming `this week` written on a Sunday is the week ahead (TBAQ has no such case):            100 / 96.15 / 100
#   the planned day of something a past verb reports on is the nearest such day (`postponed a news conference
#   planned for Saturday evening`, written on Sunday):                                               100 / 98.08 / 100
#   a day that an action verb a few words before `on` puts in the past, named after the publication day, is in
#   the year before (`began firing rockets … on Oct. 8`, written in September; no `to`, future or deadline word before
#   it: fires on no TBAQ date): events_check2 96.30 → 100; check3/4/5 100 / 98.08 / 100
#   after a comma, a span of time and `after`/`before` open a clause (`in April 2023, days after fighting erupted
#   … on April 15`): events_check 98.31 → 100 (its one miss); others unchanged
#   events_check6 (5 fresh passages, 50 gold: Niger, Israel-Iran, DR Congo, Myanmar, Lebanon), written after the fixes
#   above and annotated before any run, to see whether they generalize. First run: 93.62/88.00/90.72 (47 predicted,
#   44 matched). Misses: `since independence from France in 1960` beside `in February 2021`; a date of saying after an
#   appositive (`Mali and Burkina Faso, both run by juntas since coups in 2020 and 2022, warned on Monday`); `the day
#   after the coup` (a day counted from an event named, not dated, in the text); `which had been set for Sunday …, were
#   called off`; `held Goma that November` (after `in 2012`); `from April 6 to 11`.
#   fixes after check6's first run (check6 F1 after each; the other sets and TBAQ unchanged unless said):
#   `from April 6 to 11`, `between May 10 and 20` are one span of days:                               92.78
#   `that November` is that month of the year the text last named (`in 2012 … that November`):          94.85
#   a plan in the past perfect is the nearest such day (`which had been set for Sunday …, were called off`): 96.91
#   a dated phrase between commas that a past verb follows is a clause (`…, both run by juntas since coups in 2020
#   and 2022, warned on Monday`):                                                                    97.96
#   `since` + a noun phrase + `in 1960` opens a clause (`… since independence from France in 1960`):     98.99
#                (left: `the day after the coup`, a day counted from an event the text names but does not date there)
#   After all time5 fixes (2026-11-27), P/R/F1: events_dev 100/100/100, events_check 100/100/100, events_check2
#   100/100/100, events_check3 100/100/100, events_check4 98.08/98.08/98.08, events_check5 100/100/100, events_check6
#   100/98.00/98.99. Every set has now been read and fixed on: only the first runs above (92.68 pooled over check3-5
#   before any fix; 90.72 on check6 after the check3-5 fixes) estimate unseen text. No gold was edited; the two events
#   left (`the day before the attack`, `the day after the coup`) are counted from an event the text names but dates
#   elsewhere or not at all, which needs event coreference, not a date rule.
# Without GOLD, every benchmarks/events_*.jsonl is scored in turn.
set -eu
CONFIG=${CONFIG:-release}
swift build -c "$CONFIG" --product briefgen-eval >&2
BIN="$(swift build -c "$CONFIG" --show-bin-path)/briefgen-eval"
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
    SETS=$1
    shift
else
    SETS=$(ls benchmarks/events_*.jsonl)
fi
for GOLD in $SETS; do
    PRED=${PRED:-/tmp/events_pred.jsonl}
    "$BIN" events "$GOLD" > "$PRED"
    printf '%s: ' "$GOLD"
    python3 scripts/score_events.py "$GOLD" "$PRED" "$@"
done
