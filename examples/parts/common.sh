# Helpers shared by the parts (sourced by ../make-snapshot.sh after aws_/dump are defined).
#
# dumpq <file> <request-json> <aws args...>
#   Like dump, but an AWS error becomes a {"request", "error"} envelope instead of stopping the
#   script (GetLoginProfile of a user without a password, DescribeOrganization outside an org).
dumpq() {
  local f=$1 req=$2; shift 2
  local dir="$OUT/$ACCT/$REGION" err="$WORK/stderr"
  if aws_ "$@" >"$dir/$f.json" 2>"$err"; then return 0; fi
  python3 - "$dir/$f.json" "$req" "$err" <<'PY'
import json, re, sys
path, req, err = sys.argv[1], json.loads(sys.argv[2]), open(sys.argv[3]).read()
m = re.search(r"An error occurred \(([^)]+)\) when calling the \w+ operation: (.*)", err)
if not m:
    sys.exit("unexpected CLI failure: " + err)
json.dump({"request": req, "error": {"Code": m.group(1), "Message": m.group(2).strip()}}, open(path, "w"))
PY
}
