#!/usr/bin/env bash
# Finds the SDK clients that come from outside the Maven build, each in this order: its registry (npm; PyPI into a
# virtual environment), else its sources in ../shared/clients/<language>, else nothing, and then that client's
# tests are skipped with the reason. It never fails the build: a missing client is a skip, not an error.
#
# usage: tools/find-clients.sh --out DIR [--shared DIR] [--npm NAME=DIR]... [--python NAME]
#                               [--go NAME=DIR]... [--php NAME=DIR]... [--go-command GO] [--php-command PHP]
#   --npm node-sdk=conformance/drivers/node   npm ci in that folder (its package-lock.json pins the SDK)
#   --python python-sdk                       mq_http_sdk==$PYTHON_SDK_VERSION from PyPI into DIR/python-venv,
#                                             else the sources in SHARED/clients/python
#   --go go-sdk=conformance/drivers/go        builds the Go program in that folder against mq-http-go-sdk
#                                             $GO_SDK_VERSION: in module mode through the Go module proxy, else in
#                                             GOPATH mode with SHARED/clients/go and Debian's fasthttp
#                                             (/usr/share/gocode), into DIR/bin/NAME
#   --php php-sdk=conformance/drivers/php     aliyunmq/mq-http-sdk $PHP_SDK_VERSION with Composer into
#                                             DIR/NAME-composer, else SHARED/clients/php with Debian's Guzzle; then
#                                             checks the syntax of every .php file in that folder (php -l)
#   --go-command, --php-command               the go tool and the PHP interpreter (default: go, php)
#   --only CLIENTS                            look only for these (the run's -Dclient: all, the default, a comma
#                                             list of names, or cmd:<command line>, which needs none of them); the
#                                             others are recorded as missing, "not selected"
# Writes DIR/clients.properties, read by the tests:
#   NAME.source = registry | shared | missing    NAME.detail = where it came from, or why it is missing
#   NAME.python = the interpreter to run          NAME.pythonpath = what PYTHONPATH needs (shared sources only)
#   NAME.binary = the Go program built
#   NAME.php = the PHP interpreter                NAME.autoload = Composer's vendor/autoload.php (registry), or
#   NAME.sdkdir, NAME.guzzle = the SDK's sources and Guzzle's autoloader (shared)
# and prints one line per client for the build log.
set -u
PYTHON_SDK_VERSION=1.0.3
GO_SDK=github.com/aliyunmq/mq-http-go-sdk GO_SDK_VERSION=v1.0.3
PHP_SDK=aliyunmq/mq-http-sdk PHP_SDK_VERSION=1.0.4
DEBIAN_GOPATH=/usr/share/gocode DEBIAN_GUZZLE=/usr/share/php/GuzzleHttp/autoload.php
REGISTRY_SECONDS=60
out="" shared="" npms=() pythons=() gos=() phps=() go_cmd=go php_cmd=php only=all
while (($#)); do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --shared) shared=$2; shift 2 ;;
    --npm) npms+=("$2"); shift 2 ;;
    --python) pythons+=("$2"); shift 2 ;;
    --go) gos+=("$2"); shift 2 ;;
    --php) phps+=("$2"); shift 2 ;;
    --go-command) go_cmd=$2; shift 2 ;;
    --php-command) php_cmd=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
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
# selected NAME: whether --only names NAME (all, or blank: every client; cmd:...: none of these).
selected() {
  local list=${only// /}
  case "$only" in cmd:*) return 1 ;; esac
  [ -z "$list" ] || [ "$list" = all ] || [[ ",$list," == *",$1,"* ]]
}
skipped() { found "$1" missing "not selected (-Dclient=$only)"; }
last_line() { grep -v '^\s*$' "$1" | tail -n 1 | cut -c1-240; }

for spec in ${npms[@]+"${npms[@]}"}; do
  name=${spec%%=*} dir=${spec#*=}
  selected "$name" || { skipped "$name"; continue; }
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    found "$name" missing "node or npm is not on the PATH"
  elif (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) > "$out/$name-npm.log" 2>&1; then
    found "$name" registry "npm ci in $dir"
  else
    found "$name" missing "npm ci in $dir failed: $(last_line "$out/$name-npm.log") (whole log: $out/$name-npm.log)"
  fi
done

for name in ${pythons[@]+"${pythons[@]}"}; do
  selected "$name" || { skipped "$name"; continue; }
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

# Go: module mode needs the module proxy (and writes go.mod/go.sum in a copy of the program under DIR); GOPATH mode
# needs the SDK's sources with the two dependencies no registry serves, and fasthttp from Debian.
for spec in ${gos[@]+"${gos[@]}"}; do
  name=${spec%%=*} dir=$(cd "${spec#*=}" && pwd)
  selected "$name" || { skipped "$name"; continue; }
  bin="$out/bin/$name"
  log="$out/$name-go.log"
  rm -f "$bin"
  if ! command -v "$go_cmd" >/dev/null; then
    found "$name" missing "$go_cmd (the go tool) is not on the PATH; Debian: apt-get install golang-go golang-github-valyala-fasthttp-dev"
    continue
  fi
  module="$out/$name-module"
  rm -rf "$module" && mkdir -p "$module" "$out/bin" && cp "$dir"/*.go "$module"/
  if (cd "$module" && export GO111MODULE=on GOFLAGS=-mod=mod \
        && "$go_cmd" mod init "mqharness.io/$name" \
        && timeout "$REGISTRY_SECONDS" "$go_cmd" get "$GO_SDK@$GO_SDK_VERSION" \
        && timeout "$REGISTRY_SECONDS" "$go_cmd" mod tidy \
        && "$go_cmd" build -o "$bin" .) > "$log" 2>&1; then
    found "$name" registry "$GO_SDK $GO_SDK_VERSION through the Go module proxy, built into $bin"
    put "$name.binary" "$bin"
    continue
  fi
  proxy="the Go module proxy did not give $GO_SDK $GO_SDK_VERSION: $(last_line "$log")"
  gopath_sdk="${shared:-../shared}/clients/go/src/$GO_SDK"
  if [ -z "$shared" ] || [ ! -f "$gopath_sdk/client.go" ]; then
    found "$name" missing "$proxy; no sources in ${shared:-../shared}/clients/go either"
  elif [ ! -d "$DEBIAN_GOPATH/src/github.com/valyala/fasthttp" ]; then
    found "$name" missing "$proxy; fasthttp is not in $DEBIAN_GOPATH (apt-get install golang-github-valyala-fasthttp-dev)"
  elif (cd "$dir" && GO111MODULE=off GOPATH="$(cd "$shared/clients/go" && pwd):$DEBIAN_GOPATH" \
          "$go_cmd" build -o "$bin" .) > "$log" 2>&1; then
    found "$name" shared "sources in $(cd "$shared/clients/go" && pwd), fasthttp from $DEBIAN_GOPATH, built into $bin; $proxy"
    put "$name.binary" "$bin"
  else
    found "$name" missing "go build in GOPATH mode failed: $(last_line "$log") (whole log: $log)"
  fi
done

# PHP: Composer where Packagist answers, else the SDK's sources with Debian's Guzzle; either way the SDK must load.
for spec in ${phps[@]+"${phps[@]}"}; do
  name=${spec%%=*} dir=$(cd "${spec#*=}" && pwd)
  selected "$name" || { skipped "$name"; continue; }
  log="$out/$name-php.log"
  : > "$log"
  if ! command -v "$php_cmd" >/dev/null; then
    found "$name" missing "$php_cmd (PHP) is not on the PATH; Debian: apt-get install php-cli php-xml php-mbstring php-guzzlehttp-guzzle"
    continue
  fi
  if ! "$php_cmd" -r 'exit(extension_loaded("xmlreader") && extension_loaded("xmlwriter") && extension_loaded("dom") ? 0 : 1);'; then
    found "$name" missing "PHP lacks the xmlreader, xmlwriter or dom extension the SDK needs (apt-get install php-xml)"
    continue
  fi
  loader=()
  composer_dir="$out/$name-composer"
  if command -v composer >/dev/null \
      && mkdir -p "$composer_dir" \
      && timeout "$REGISTRY_SECONDS" composer require --no-interaction --no-progress --working-dir="$composer_dir" \
           "$PHP_SDK:$PHP_SDK_VERSION" >> "$log" 2>&1; then
    loader=(MQ_PHP_AUTOLOAD="$composer_dir/vendor/autoload.php")
    source=registry detail="$PHP_SDK $PHP_SDK_VERSION with Composer into $composer_dir"
  else
    if command -v composer >/dev/null; then
      packagist="Composer did not give $PHP_SDK $PHP_SDK_VERSION: $(last_line "$log")"
    else
      packagist="composer is not on the PATH"
    fi
    if [ -z "$shared" ] || [ ! -f "$shared/clients/php/MQ/MQClient.php" ]; then
      found "$name" missing "$packagist; no sources in ${shared:-../shared}/clients/php either"
      continue
    fi
    if [ ! -f "$DEBIAN_GUZZLE" ]; then
      found "$name" missing "$packagist; Guzzle is not in $DEBIAN_GUZZLE (apt-get install php-guzzlehttp-guzzle)"
      continue
    fi
    sources=$(cd "$shared/clients/php" && pwd)
    loader=(MQ_PHP_SDK_DIR="$sources" MQ_PHP_GUZZLE_AUTOLOAD="$DEBIAN_GUZZLE")
    source=shared detail="sources in $sources, Guzzle from $DEBIAN_GUZZLE; $packagist"
  fi
  lint_failed=""
  for file in "$dir"/*.php; do
    "$php_cmd" -l "$file" >> "$log" 2>&1 || lint_failed="$file"
  done
  if [ -n "$lint_failed" ]; then
    found "$name" missing "php -l found errors in $lint_failed (whole log: $log)"
    continue
  fi
  # The SDK must load the way the drivers and samples load it: Composer's autoloader, else Guzzle's and PSR-4 for MQ\.
  if ! env "${loader[@]}" "$php_cmd" -d display_errors=stderr -d error_reporting=0 >> "$log" 2>&1 <<'PHP'
<?php
if (getenv('MQ_PHP_AUTOLOAD')) {
    require getenv('MQ_PHP_AUTOLOAD');
} else {
    require getenv('MQ_PHP_GUZZLE_AUTOLOAD');
    spl_autoload_register(function ($class) {
        $file = getenv('MQ_PHP_SDK_DIR') . '/' . str_replace('\\', '/', $class) . '.php';
        if (strncmp($class, 'MQ\\', 3) === 0 && is_file($file)) {
            require $file;
        }
    });
}
exit(class_exists('MQ\\MQClient') && class_exists('GuzzleHttp\\Client') ? 0 : 1);
PHP
  then
    found "$name" missing "the SDK or Guzzle does not load with ${loader[*]} (whole log: $log)"
    continue
  fi
  put "$name.php" "$php_cmd"
  for setting in "${loader[@]}"; do
    case "$setting" in
      MQ_PHP_AUTOLOAD=*) put "$name.autoload" "${setting#*=}" ;;
      MQ_PHP_SDK_DIR=*) put "$name.sdkdir" "${setting#*=}" ;;
      MQ_PHP_GUZZLE_AUTOLOAD=*) put "$name.guzzle" "${setting#*=}" ;;
    esac
  done
  found "$name" "$source" "$detail"
done
exit 0
