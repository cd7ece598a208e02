#!/usr/bin/env bash
# The patrol effect of the risk weight through the roster solver itself (issue: risk model, item 5;
# docs/risk-evaluation.md): on the Portland burglary and vehicle-theft data, for March, April and May 2017,
# a month of rosters over 1 km zones is solved three times — with the model's risk, with case counts, and
# with the same risks shuffled (same effort, placed blindly) — and scored by the share of the month's
# incidents in patrolled zone-days. About 7 minutes (18 rosters of 20 s).
# Usage: bench/risk-roster-effect.sh [DATA_DIR]   (default ../shared/data/incidents/portland, relative to the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=$(cd "${1:-../shared/data/incidents/portland}" && pwd)
. bench/common.sh
find_java
./mvnw -B test -Dtest=RosterEffectBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dqunfang.bench.data="$DATA" \
  | grep -E '^\||^Wall time' || { echo "the benchmark failed; see the Maven output" >&2; exit 1; }
