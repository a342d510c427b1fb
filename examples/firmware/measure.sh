#!/usr/bin/env bash
# Flash that twilio-fqdn adds to a Cortex-M4F firmware, and the checks on it:
#   - each firmware's .text + .rodata minus the baseline's (the same runtime
#     and input handling without the crate) must stay within the budget;
#   - the parse/encode and classify firmwares must hold no core::fmt symbol;
#   - the baseline must hold no twilio_fqdn symbol (else the difference lies).
# Needs the thumbv7em-none-eabihf target and `rustup component add llvm-tools`.
set -euo pipefail
cd "$(dirname "$0")"

budget=${FLASH_BUDGET_BYTES:-12288} # 12 KiB
host=$(rustc -vV | sed -n 's/^host: //p')
tools="$(rustc --print sysroot)/lib/rustlib/$host/bin"
size="$tools/llvm-size"
nm="$tools/llvm-nm"
if [[ ! -x $size || ! -x $nm ]]; then
  echo "llvm-size/llvm-nm not found in $tools: rustup component add llvm-tools" >&2
  exit 1
fi

cargo build --release --quiet
out=target/thumbv7em-none-eabihf/release

section() { "$size" -A "$1" | awk -v s="$2" '$1 == s { print $2 }'; }
flash() { echo $(($(section "$1" .text) + $(section "$1" .rodata))); }

status=0
if "$nm" -C "$out/baseline" | grep -q 'twilio_fqdn'; then
  echo "FAIL: the baseline links twilio-fqdn code" >&2
  status=1
fi
base=$(flash "$out/baseline")
printf '%-13s %7s %7s %12s %12s\n' firmware .text .rodata "text+rodata" "added"
printf '%-13s %7s %7s %12s %12s\n' baseline "$(section "$out/baseline" .text)" \
  "$(section "$out/baseline" .rodata)" "$base" "-"
for bin in parse_encode classify; do
  elf="$out/$bin"
  total=$(flash "$elf")
  added=$((total - base))
  printf '%-13s %7s %7s %12s %12s\n' "$bin" "$(section "$elf" .text)" \
    "$(section "$elf" .rodata)" "$total" "$added"
  if ((added > budget)); then
    echo "FAIL: $bin adds $added bytes, over the budget of $budget" >&2
    status=1
  fi
  # Legacy-mangled names spell the path `core..fmt`.
  fmt_symbols=$("$nm" -C "$elf" | grep -cE 'core(::|\.\.)fmt' || true)
  if ((fmt_symbols > 0)); then
    echo "FAIL: $bin holds $fmt_symbols core::fmt symbols:" >&2
    "$nm" -C "$elf" | grep -E 'core(::|\.\.)fmt' >&2
    status=1
  fi
done
echo "budget: $budget bytes added; no core::fmt in parse_encode and classify"
exit $status
