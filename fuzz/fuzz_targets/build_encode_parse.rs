//! Structured values: any `Hostname` built from the tables encodes the same
//! way through every door (`encode_into`, `to_heapless`, `Display`), and
//! parses back to itself in any ASCII case, with or without a trailing dot.
//! Its verdict keeps its promises (a fix is ok).
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use twilio_fqdn::{BufferTooSmall, Edge, Hostname, Product, Region, MAX_HOST_LEN};

#[derive(Arbitrary, Debug)]
struct Input {
    product: u8,
    edge: Option<u8>,
    region: Option<u8>,
    /// Bit `i` uppercases byte `i` of the encoding.
    upper: u64,
    trailing_dot: bool,
}

fn pick<T: Copy>(all: &[T], i: u8) -> T {
    all[usize::from(i) % all.len()]
}

fuzz_target!(|input: Input| {
    let host = Hostname::new(
        pick(Product::ALL, input.product),
        input.edge.map(|i| pick(Edge::ALL, i)),
        input.region.map(|i| pick(Region::ALL, i)),
    );

    let mut buf = [0u8; MAX_HOST_LEN];
    let encoded = host.encode_into(&mut buf).expect("MAX_HOST_LEN fits");
    assert_eq!(encoded.len(), host.encoded_len());
    assert_eq!(host.to_heapless().as_str(), encoded);
    assert_eq!(host.to_string(), encoded);
    let needed = encoded.len();
    let mut short = [0u8; MAX_HOST_LEN];
    assert_eq!(
        host.encode_into(&mut short[..needed - 1]),
        Err(BufferTooSmall { needed })
    );

    assert_eq!(Hostname::parse(encoded), Ok(host), "{encoded}");
    let mut mangled: Vec<u8> = encoded
        .bytes()
        .enumerate()
        .map(|(i, b)| {
            if input.upper >> (i % 64) & 1 == 1 {
                b.to_ascii_uppercase()
            } else {
                b
            }
        })
        .collect();
    if input.trailing_dot {
        mangled.push(b'.');
    }
    assert_eq!(Hostname::parse_bytes(&mangled), Ok(host), "{mangled:?}");

    let verdict = host.verdict();
    assert_eq!(host.processing_region(), verdict.processed_in());
    if let Some(fix) = verdict.fix() {
        assert!(fix.verdict().is_ok(), "{host} -> {fix}: {}", fix.verdict());
        assert!(!verdict.is_ok(), "{host} is ok but has a fix");
    }
});
