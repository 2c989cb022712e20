#!/usr/bin/env bash
# Gateway overhead: the same authenticated small JSON GET straight to ingest and through the
# gateway, same run, same load tool (wrk). Both hosts are the real Programs in Release, on
# loopback, in separate processes; ingest has its real PostgreSQL and RabbitMQ.
# Usage: tests/benchmarks/gateway/run.sh [seconds-per-run] [connections-for-max-rate]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seconds="${1:-10}"
connections="${2:-32}"
service_port=5301
gateway_port=5300
bare_port=5302
path=/api/ingest/bench

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get install -y -q wrk || (apt-get update -q && apt-get install -y -q wrk)) >/dev/null
  else
    echo "wrk is missing: run sudo apt-get install -y wrk"; exit 1
  fi
fi

dotnet build -c Release "$here/AdFlux.Gateway.Benchmark.csproj" -v q -nologo >/dev/null
bench="$here/bin/Release/net10.0/AdFlux.Gateway.Benchmark"
work="$(mktemp -d)"
mkfifo "$work/service.in" "$work/gateway.in" "$work/bare.in"
"$bench" "$work/key.pem" token >/dev/null   # creates the shared key

"$bench" "$work/key.pem" service "$service_port" <"$work/service.in" >"$work/service.log" 2>&1 &
service_pid=$!
exec 3>"$work/service.in"
"$bench" "$work/key.pem" gateway "$gateway_port" "http://127.0.0.1:$service_port" <"$work/gateway.in" >"$work/gateway.log" 2>&1 &
gateway_pid=$!
exec 4>"$work/gateway.in"
"$bench" "$work/key.pem" bare "$bare_port" "http://127.0.0.1:$service_port" <"$work/bare.in" >"$work/bare.log" 2>&1 &
bare_pid=$!
exec 5>"$work/bare.in"
# Closing their stdin stops the hosts (and the service's embedded PostgreSQL and RabbitMQ).
trap 'exec 3>&- 4>&- 5>&-; wait $service_pid $gateway_pid $bare_pid 2>/dev/null; rm -rf "$work"' EXIT

for log in service gateway bare; do
  until grep -q ready "$work/$log.log"; do sleep 0.5; done
done
token="$("$bench" "$work/key.pem" token)"
auth="Authorization: Bearer $token"
direct="http://127.0.0.1:$service_port$path"
proxied="http://127.0.0.1:$gateway_port$path"
bare="http://127.0.0.1:$bare_port$path"
for url in "$direct" "$proxied" "$bare"; do
  test "$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$url")" = 200 || { echo "GET $url is not 200"; exit 1; }
  wrk -t2 -c"$connections" -d5s -H "$auth" "$url" >/dev/null   # warm-up (JIT, pools)
done

run() { wrk -t"$1" -c"$2" -d"${seconds}s" --latency -H "$auth" "$3"; }
rate() { awk '/Requests\/sec/ {print $2}'; }
p() { awk -v q="$1%" '$1 == q {print $2}'; }

echo "== max rate, $connections connections"
direct_max="$(run 2 "$connections" "$direct")"; echo "$direct_max"
proxied_max="$(run 2 "$connections" "$proxied")"; echo "$proxied_max"
bare_max="$(run 2 "$connections" "$bare")"; echo "$bare_max"

# wrk has no rate control: latency is measured closed-loop at a connection count low enough
# that the direct rate is about half its maximum (found by doubling from 1).
direct_rps="$(rate <<<"$direct_max")"
low=1
while :; do
  probe="$(wrk -t1 -c"$low" -d3s "$direct" -H "$auth" | rate)"
  if awk -v r="$probe" -v m="$direct_rps" 'BEGIN { exit !(r >= m / 2) }' || [ "$low" -ge "$connections" ]; then break; fi
  low=$((low * 2))
done
echo "== latency, $low connection(s) (about half the direct maximum rate)"
direct_half="$(run 1 "$low" "$direct")"; echo "$direct_half"
proxied_half="$(run 1 "$low" "$proxied")"; echo "$proxied_half"
bare_half="$(run 1 "$low" "$bare")"; echo "$bare_half"

echo "== summary"
awk -v d="$direct_rps" -v g="$(rate <<<"$proxied_max")" 'BEGIN { printf "throughput: direct %.0f req/s, gateway %.0f req/s, ratio %.2f (target >= 0.50)\n", d, g, g / d }'
awk -v d="$direct_rps" -v b="$(rate <<<"$bare_max")" -v g="$(rate <<<"$proxied_max")" 'BEGIN { printf "baseline: bare YARP (no auth, limits or telemetry) %.0f req/s, ratio %.2f to direct; AdFlux gateway / bare YARP %.2f\n", b, b / d, g / b }'
echo "latency at $low connection(s): direct rate $(rate <<<"$direct_half") req/s p50 $(p 50 <<<"$direct_half") p99 $(p 99 <<<"$direct_half"); gateway rate $(rate <<<"$proxied_half") req/s p50 $(p 50 <<<"$proxied_half") p99 $(p 99 <<<"$proxied_half"); bare YARP p50 $(p 50 <<<"$bare_half") (target: gateway p50 - direct p50 <= 1 ms)"
