# Sourced by bench/run and bench/ab. Maven runs offline first (quick, and no network when ~/.m2
# already holds everything), then once more online if that fails: a fresh machine lacks some
# plugins until Maven has fetched them. BENCH_MVN_ARGS replaces "-o" (empty: online from the start).
bench_mvn() {
  local args=${BENCH_MVN_ARGS--o}
  # shellcheck disable=SC2086
  mvn -B -q $args "$@" && return 0
  [ -n "$args" ] || return 1
  echo "[bench] Maven with '$args' failed; trying once more online" >&2
  mvn -B -q "$@"
}
