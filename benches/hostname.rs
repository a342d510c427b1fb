//! The hot path against what a user would write instead, group by group:
//! each group holds the crate and its alternatives on the same input, with
//! `Throughput::Bytes` of that input. `agree` asserts that every alternative
//! gives the crate's answer on every input before anything is timed, so the
//! numbers compare the same work.
//!
//! `cargo bench --bench hostname` measures; `cargo test --benches` runs each
//! bench once and the agreement checks (what CI does).

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use twilio_fqdn::{
    check, Availability, Edge, Hostname, Policy, Product, Region, RegionSet, StrictTarget, Target,
    MAX_HOST_LEN,
};

mod alternatives;
use alternatives::{floor, naive, regex_based::RegexParser, url_based, url_based::UrlParser};

/// One input per shape of RULES.md §2, and two that are not Twilio hosts.
const PARSE_INPUTS: &[(&str, &str)] = &[
    ("legacy", "api.twilio.com"),
    ("region_only", "api.ie1.twilio.com"),
    ("regional", "api.dublin.ie1.twilio.com"),
    ("interconnect", "api.london-ix.ie1.twilio.com"),
    ("retired", "preview.messaging.twilio.com"),
    ("non_twilio", "api.twilio.com.example.com"),
    ("malformed", "api.dublin.ie1.twilio.com:443"),
];

/// Asserts every alternative names the crate's host (or none) for `input`.
fn agree(input: &str, url: &mut UrlParser, regex: &mut RegexParser) {
    let ours = Hostname::parse(input).ok();
    assert_eq!(naive::parse(input), ours, "naive split on {input:?}");
    assert_eq!(url.parse_host(input), ours, "url on {input:?}");
    assert_eq!(regex.parse(input), ours, "regex on {input:?}");
    if ours.is_some() {
        assert!(floor::ldh_or_dot(input.as_bytes()), "floor on {input:?}");
    }
}

fn parse(c: &mut Criterion) {
    let mut url = UrlParser::new();
    let mut regex = RegexParser::new();
    for &(kind, input) in PARSE_INPUTS {
        agree(input, &mut url, &mut regex);
        let mut group = c.benchmark_group(format!("parse/{kind}"));
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_function("twilio_fqdn", |b| {
            b.iter(|| Hostname::parse(black_box(input)))
        });
        group.bench_function("naive_split", |b| b.iter(|| naive::parse(black_box(input))));
        group.bench_function("url", |b| b.iter(|| url.parse_host(black_box(input))));
        group.bench_function("regex", |b| b.iter(|| regex.parse(black_box(input))));
        group.bench_function("floor_ldh_scan", |b| {
            b.iter(|| floor::ldh_or_dot(black_box(input.as_bytes())))
        });
        group.finish();
    }
}

fn encode(c: &mut Criterion) {
    let host = Hostname::parse("api.dublin.ie1.twilio.com").unwrap();
    let mut group = c.benchmark_group("encode");
    group.throughput(Throughput::Bytes(host.encoded_len() as u64));
    group.bench_function("encode_into", |b| {
        let mut buf = [0u8; MAX_HOST_LEN];
        b.iter(|| {
            let _ = black_box(black_box(host).encode_into(&mut buf));
        })
    });
    group.bench_function("display_heapless", |b| {
        b.iter(|| {
            let mut out = heapless::String::<MAX_HOST_LEN>::new();
            write!(out, "{}", black_box(host)).unwrap();
            out
        })
    });
    group.bench_function("to_heapless", |b| b.iter(|| black_box(host).to_heapless()));
    group.bench_function("std_to_string", |b| b.iter(|| black_box(host).to_string()));
    group.finish();
}

fn verdict(c: &mut Criterion) {
    let mut group = c.benchmark_group("verdict");
    for input in [
        "api.twilio.com",
        "api.ie1.twilio.com",
        "api.frankfurt.ie1.twilio.com",
    ] {
        let host = Hostname::parse(input).unwrap();
        group.bench_with_input(BenchmarkId::from_parameter(input), &host, |b, host| {
            b.iter(|| black_box(host).verdict())
        });
    }
    group.finish();
}

/// A typical request URL of each helper library's most used call.
const REQUEST_URL: &str =
    "https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json";

fn from_url(c: &mut Criterion) {
    let ours = Hostname::from_url(REQUEST_URL).ok();
    assert!(ours.is_some());
    assert_eq!(UrlParser::from_url(REQUEST_URL), ours);
    let mut group = c.benchmark_group("from_url");
    group.throughput(Throughput::Bytes(REQUEST_URL.len() as u64));
    group.bench_function("twilio_fqdn", |b| {
        b.iter(|| Hostname::from_url(black_box(REQUEST_URL)))
    });
    group.bench_function("url", |b| {
        b.iter(|| UrlParser::from_url(black_box(REQUEST_URL)))
    });
    group.finish();
}

/// A 60-byte request URL on the legacy host, as a helper library builds it.
const SHORT_URL: &str = "https://api.twilio.com/2010-04-01/Accounts/AC0123/Calls.json";

fn rewrite(c: &mut Criterion) {
    assert_eq!(SHORT_URL.len(), 60);
    let target = Target::new(Some("dublin"), Some("ie1")).unwrap();
    let strict = StrictTarget::new(Some(Edge::Dublin), Some(Region::Ie1));
    let expected = "https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/AC0123/Calls.json";
    let mut buf = [0u8; 256];
    assert_eq!(target.rewrite_into(SHORT_URL, &mut buf).unwrap(), expected);
    assert_eq!(strict.rewrite_into(SHORT_URL, &mut buf).unwrap(), expected);
    let mut host = String::new();
    let theirs = url_based::rewrite(SHORT_URL, "dublin", "ie1", &mut host);
    assert_eq!(theirs.as_deref(), Some(expected));

    let mut group = c.benchmark_group("rewrite");
    group.throughput(Throughput::Bytes(SHORT_URL.len() as u64));
    group.bench_function("twilio_fqdn", |b| {
        b.iter(|| {
            let _ = black_box(black_box(&target).rewrite_into(black_box(SHORT_URL), &mut buf));
        })
    });
    group.bench_function("twilio_fqdn_strict", |b| {
        b.iter(|| {
            let _ = black_box(black_box(&strict).rewrite_into(black_box(SHORT_URL), &mut buf));
        })
    });
    group.bench_function("url", |b| {
        b.iter(|| url_based::rewrite(black_box(SHORT_URL), "dublin", "ie1", &mut host))
    });
    group.finish();
}

/// The endpoint of REQUEST_URL, and a product with no availability rows.
fn availability(c: &mut Criterion) {
    let path = &REQUEST_URL["https://api.dublin.ie1.twilio.com".len()..];
    let sms = Availability::lookup(Product::Api, path).unwrap();
    assert!(sms.pattern().is_some());
    let mut group = c.benchmark_group("availability");
    group.throughput(Throughput::Bytes(path.len() as u64));
    group.bench_function("lookup_messages", |b| {
        b.iter(|| Availability::lookup(black_box(Product::Api), black_box(path)))
    });
    group.bench_function("lookup_no_rows", |b| {
        b.iter(|| Availability::lookup(black_box(Product::Video), black_box("/v1/Rooms")))
    });
    group.finish();
}

/// The gateway's one call on a typical request, allowed and denied.
fn gateway_check(c: &mut Criterion) {
    const EU_ONLY: Policy = Policy::new(RegionSet::EMPTY.with(Region::Ie1));
    let retired = "https://api.ie1.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json";
    assert!(check(REQUEST_URL, &EU_ONLY).is_allowed());
    assert!(!check(retired, &EU_ONLY).is_allowed());
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Bytes(REQUEST_URL.len() as u64));
    group.bench_function("allow", |b| {
        b.iter(|| check(black_box(REQUEST_URL), black_box(&EU_ONLY)))
    });
    group.bench_function("deny", |b| {
        b.iter(|| check(black_box(retired), black_box(&EU_ONLY)))
    });
    group.finish();
}

/// Inputs of `len` bytes in three hostile shapes: garbage, one long label,
/// many short labels (all end in `.twilio.com` where there is room).
fn scaling_inputs(len: usize) -> [(&'static str, String); 3] {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let garbage: String = (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            char::from(b' ' + (state % 95) as u8)
        })
        .collect();
    let with_suffix = |fill: &dyn Fn(usize) -> char| -> String {
        let suffix = ".twilio.com";
        let body = len.saturating_sub(suffix.len());
        (0..body)
            .map(fill)
            .chain(suffix.chars())
            .take(len)
            .collect()
    };
    let long_label = with_suffix(&|_| 'a');
    let many_labels = with_suffix(&|i| if i % 2 == 0 { 'a' } else { '.' });
    [
        ("garbage", garbage),
        ("long_label", long_label),
        ("many_labels", many_labels),
    ]
}

const SCALING_LENS: [usize; 5] = [10, 100, 1024, 8 * 1024, 64 * 1024];

fn scaling(c: &mut Criterion) {
    let mut url = UrlParser::new();
    let mut regex = RegexParser::new();
    for shape in 0..3 {
        let name = scaling_inputs(0)[shape].0;
        let mut group = c.benchmark_group(format!("scaling/{name}"));
        for len in SCALING_LENS {
            let input = &scaling_inputs(len)[shape].1;
            assert_eq!(input.len(), len);
            agree(input, &mut url, &mut regex);
            group.throughput(Throughput::Bytes(len as u64));
            group.bench_with_input(BenchmarkId::new("twilio_fqdn", len), input, |b, i| {
                b.iter(|| Hostname::parse(black_box(i)))
            });
            group.bench_with_input(BenchmarkId::new("naive_split", len), input, |b, i| {
                b.iter(|| naive::parse(black_box(i)))
            });
            group.bench_with_input(BenchmarkId::new("regex", len), input, |b, i| {
                b.iter(|| regex.parse(black_box(i)))
            });
            group.bench_with_input(BenchmarkId::new("floor_ldh_scan", len), input, |b, i| {
                b.iter(|| floor::ldh_or_dot(black_box(i.as_bytes())))
            });
        }
        group.finish();
    }
    // A URL whose path and query grow: the URL split reads every byte once.
    let mut group = c.benchmark_group("scaling/url_path");
    for len in [128, 1024, 8 * 1024, 64 * 1024] {
        let url: String = REQUEST_URL
            .chars()
            .chain(std::iter::repeat('a'))
            .take(len)
            .collect();
        group.throughput(Throughput::Bytes(url.len() as u64));
        group.bench_with_input(BenchmarkId::new("twilio_fqdn", len), &url, |b, u| {
            b.iter(|| Hostname::from_url(black_box(u)))
        });
        group.bench_with_input(BenchmarkId::new("url", len), &url, |b, u| {
            b.iter(|| UrlParser::from_url(black_box(u)))
        });
    }
    group.finish();
}

/// Short, repeatable runs: the machine is shared, so medians of many small
/// samples beat long ones.
fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(60)
}

criterion_group! {
    name = benches;
    config = config();
    targets = parse, encode, verdict, from_url, rewrite, availability, gateway_check, scaling
}
criterion_main!(benches);
