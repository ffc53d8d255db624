#!/usr/bin/env bash
# Finds the SDK clients that come from outside the Maven build, each in this order: its registry (npm; PyPI into a
# virtual environment), else its sources in ../shared/clients/<language>, else nothing, and then that client's
# tests are skipped with the reason. It never fails the build: a missing client is a skip, not an error.
#
# usage: tools/find-clients.sh --out DIR [--shared DIR] [--npm NAME=DIR]... [--python NAME]
#   --npm node-sdk=conformance/drivers/node   npm ci in that folder (its package-lock.json pins the SDK)
#   --python python-sdk                       mq_http_sdk==$PYTHON_SDK_VERSION from PyPI into DIR/python-venv,
#                                             else the sources in SHARED/clients/python
# Writes DIR/clients.properties, read by the tests:
#   NAME.source = registry | shared | missing    NAME.detail = where it came from, or why it is missing
#   NAME.python = the interpreter to run          NAME.pythonpath = what PYTHONPATH needs (shared sources only)
# and prints one line per client for the build log.
set -u
PYTHON_SDK_VERSION=1.0.3
out="" shared="" npms=() pythons=()
while (($#)); do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --shared) shared=$2; shift 2 ;;
    --npm) npms+=("$2"); shift 2 ;;
    --python) pythons+=("$2"); shift 2 ;;
    *) echo "find-clients: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$out" ] || { echo "find-clients: --out DIR is required" >&2; exit 2; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
props="$out/clients.properties"
: > "$props"
# Java properties files escape backslashes; the values here are paths and one-line messages.
put() { printf '%s=%s\n' "$1" "$(printf '%s' "$2" | tr '\n' ' ' | sed 's/\\/\\\\/g')" >> "$props"; }
found() { put "$1.source" "$2"; put "$1.detail" "$3"; echo "[clients] $1: $2 ($3)"; }
last_line() { grep -v '^\s*$' "$1" | tail -n 1 | cut -c1-240; }

for spec in ${npms[@]+"${npms[@]}"}; do
  name=${spec%%=*} dir=${spec#*=}
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    found "$name" missing "node or npm is not on the PATH"
  elif (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) > "$out/$name-npm.log" 2>&1; then
    found "$name" registry "npm ci in $dir"
  else
    found "$name" missing "npm ci in $dir failed: $(last_line "$out/$name-npm.log") (whole log: $out/$name-npm.log)"
  fi
done

for name in ${pythons[@]+"${pythons[@]}"}; do
  venv="$out/python-venv"
  if ! command -v python3 >/dev/null; then
    found "$name" missing "python3 is not on the PATH"
    continue
  fi
  if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import mq_http_sdk' 2>/dev/null; then
    put "$name.python" "$venv/bin/python"
    found "$name" registry "mq_http_sdk $PYTHON_SDK_VERSION from PyPI, installed earlier in $venv"
    continue
  fi
  log="$out/$name-pip.log"
  if python3 -m venv "$venv" > "$log" 2>&1 \
      && "$venv/bin/pip" install --disable-pip-version-check --no-input --retries 0 --timeout 15 \
           "mq_http_sdk==$PYTHON_SDK_VERSION" >> "$log" 2>&1; then
    put "$name.python" "$venv/bin/python"
    found "$name" registry "mq_http_sdk $PYTHON_SDK_VERSION from PyPI into $venv"
    continue
  fi
  pypi="PyPI did not give mq_http_sdk $PYTHON_SDK_VERSION: $(last_line "$log")"
  if [ -n "$shared" ] && [ -f "$shared/clients/python/mq_http_sdk/mq_client.py" ]; then
    sources=$(cd "$shared/clients/python" && pwd)
    put "$name.python" python3
    put "$name.pythonpath" "$sources"
    found "$name" shared "sources in $sources; $pypi"
  else
    found "$name" missing "$pypi; no sources in ${shared:-../shared}/clients/python either"
  fi
done
exit 0
