//! Instruction counts of the hot path: a noise-free second figure beside the
//! criterion times, which a shared machine makes noisy.
//!
//! ```text
//! cargo build --release --example instructions
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!     target/release/examples/instructions parse/regional 100000
//! ```
//!
//! runs one operation `n` times; the difference between the totals (`Collected`)
//! for two values of `n`, divided by their difference, is the count per call.
//! `all` prints the per-call count of every operation by running itself under
//! callgrind (valgrind must be on `PATH`).

use std::hint::black_box;
use std::process::Command;

use twilio_fqdn::{
    check, Availability, Hostname, Policy, Product, Region, RegionSet, Target, MAX_HOST_LEN,
};

#[path = "../benches/alternatives/floor.rs"]
mod floor;
#[path = "../benches/alternatives/naive.rs"]
mod naive;

const REGIONAL: &str = "api.dublin.ie1.twilio.com";
const REQUEST_URL: &str =
    "https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json";

/// The 60-byte URL the `rewrite` bench rewrites, and the path of REQUEST_URL.
const SHORT_URL: &str = "https://api.twilio.com/2010-04-01/Accounts/AC0123/Calls.json";
const MESSAGES_PATH: &str = "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json";

/// (name, input) of the parse operations; the same inputs as the benches.
const PARSE_INPUTS: &[(&str, &str)] = &[
    ("legacy", "api.twilio.com"),
    ("region_only", "api.ie1.twilio.com"),
    ("regional", REGIONAL),
    ("interconnect", "api.london-ix.ie1.twilio.com"),
    ("retired", "preview.messaging.twilio.com"),
    ("non_twilio", "api.twilio.com.example.com"),
    ("malformed", "api.dublin.ie1.twilio.com:443"),
];

fn run(op: &str, n: u64) -> bool {
    let host = Hostname::parse(REGIONAL).unwrap();
    let mut buf = [0u8; MAX_HOST_LEN];
    let (kind, which) = op.split_once('/').unwrap_or((op, ""));
    let input = PARSE_INPUTS
        .iter()
        .find(|(k, _)| *k == which)
        .map(|(_, i)| *i);
    match (kind, input) {
        ("parse", Some(input)) => (0..n).for_each(|_| {
            let _ = black_box(Hostname::parse(black_box(input)));
        }),
        ("naive", Some(input)) => (0..n).for_each(|_| {
            black_box(naive::parse(black_box(input)));
        }),
        ("floor", Some(input)) => (0..n).for_each(|_| {
            black_box(floor::ldh_or_dot(black_box(input.as_bytes())));
        }),
        ("encode_into", _) => (0..n).for_each(|_| {
            let _ = black_box(black_box(host).encode_into(&mut buf));
        }),
        ("verdict", _) => (0..n).for_each(|_| {
            black_box(black_box(host).verdict());
        }),
        ("from_url", _) => (0..n).for_each(|_| {
            let _ = black_box(Hostname::from_url(black_box(REQUEST_URL)));
        }),
        ("rewrite", _) => {
            let target = Target::new(Some("dublin"), Some("ie1")).unwrap();
            let mut out = [0u8; 256];
            (0..n).for_each(|_| {
                let _ = black_box(black_box(&target).rewrite_into(black_box(SHORT_URL), &mut out));
            })
        }
        ("availability", _) => (0..n).for_each(|_| {
            let _ = black_box(Availability::lookup(
                black_box(Product::Api),
                black_box(MESSAGES_PATH),
            ));
        }),
        ("check", _) => {
            let policy = Policy::new(RegionSet::EMPTY.with(Region::Ie1));
            (0..n).for_each(|_| {
                black_box(check(black_box(REQUEST_URL), black_box(&policy)));
            })
        }
        _ => return false,
    }
    true
}

fn operations() -> Vec<String> {
    let mut ops = Vec::new();
    for kind in ["parse", "naive", "floor"] {
        for (which, _) in PARSE_INPUTS {
            ops.push(format!("{kind}/{which}"));
        }
    }
    ops.extend(
        [
            "encode_into",
            "verdict",
            "from_url",
            "rewrite",
            "availability",
            "check",
        ]
        .map(String::from),
    );
    ops
}

/// Instructions callgrind counts for `op` run `n` times.
fn collected(op: &str, n: u64) -> u64 {
    let out = Command::new("valgrind")
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(std::env::current_exe().unwrap())
        .args([op, &n.to_string()])
        .output()
        .expect("valgrind runs");
    let log = String::from_utf8_lossy(&out.stderr);
    let line = log
        .lines()
        .find(|l| l.contains("Collected :"))
        .unwrap_or_else(|| panic!("no callgrind total in:\n{log}"));
    line.rsplit(' ').next().unwrap().trim().parse().unwrap()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("all") => {
            let (lo, hi) = (10_000u64, 110_000u64);
            for op in operations() {
                let per_call = (collected(&op, hi) - collected(&op, lo)) as f64 / (hi - lo) as f64;
                println!("{op:<26} {per_call:>8.1} instructions");
            }
        }
        Some(op) => {
            let n = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(1);
            if !run(op, n) {
                eprintln!(
                    "unknown operation {op}; one of: all {}",
                    operations().join(" ")
                );
                std::process::exit(2);
            }
        }
        None => {
            eprintln!("usage: instructions all | instructions OP N");
            std::process::exit(2);
        }
    }
}
