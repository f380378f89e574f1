#!/usr/bin/env bash
# Installs what the browser checks need: Debian's chromium + chromium-driver, a Java runtime
# for the Nu HTML checker, and the npm packages axe-core and vnu-jar. Without root (no
# apt-get), it says what is missing; the browser checks then skip, except with CI=true.
set -u
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium chromium-driver)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installeren: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Let op: ${missing[*]} ontbreekt en kan zonder root niet worden geïnstalleerd; de browsercontroles worden overgeslagen."
  fi
fi
if command -v npm >/dev/null 2>&1; then
  if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
else
  echo "Let op: npm ontbreekt; axe-core en de Nu HTML checker zijn niet beschikbaar."
fi
exit 0
