#!/usr/bin/env bash
# The risk model's walk-forward evaluation on the Portland burglary and vehicle-theft data (issue: risk
# model, item 4; docs/risk-evaluation.md): for each file, 150 m and 300 m cells, the NIJ challenge's last
# three months (March to May 2017) and the last twelve months, day by day; hit rate and PAI of the model
# and the baselines, the patrol effect over the last 28 days, and the wall time.
# Usage: bench/risk-evaluation.sh [DATA_DIR]   (default ../shared/data/incidents/portland, relative to the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data/incidents/portland}
. bench/common.sh
find_java
./mvnw -B -q -o compile 2>/dev/null || ./mvnw -B -q compile
start=$(date +%s.%N)
for kind in bur veh; do
  for cell in 150 300; do
    for from in 2017-03-01 2016-06-01; do
      "$JAVA_HOME/bin/java" -cp target/classes org.qunfang.risk.evaluation.Evaluate --file "$DATA/crimes_$kind.csv" \
        --date occ_date --x x_coordina --y y_coordina --unit feet --cell "$cell" --from "$from" --to 2017-05-31
      echo
    done
  done
done
echo "Whole evaluation: $(echo "$(date +%s.%N) - $start" | bc) s"
