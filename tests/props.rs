//! Round-trips: every constructible host, and property tests over strings
//! built from table labels, near misses and arbitrary bytes.

use proptest::prelude::*;
use twilio_fqdn::{Edge, Hostname, Product, Region, MAX_HOST_LEN};

/// Every `Hostname` value there is: 46 × 18 × 10 = 8,280.
fn every_host() -> impl Iterator<Item = Hostname> {
    Product::ALL.iter().flat_map(|&p| {
        let edges = std::iter::once(None).chain(Edge::ALL.iter().copied().map(Some));
        edges.flat_map(move |e| {
            let regions = std::iter::once(None).chain(Region::ALL.iter().copied().map(Some));
            regions.map(move |r| Hostname::new(p, e, r))
        })
    })
}

#[test]
fn every_constructible_host_round_trips() {
    let mut count = 0;
    for host in every_host() {
        let text = host.to_string();
        assert_eq!(Hostname::parse(&text), Ok(host), "{text}");
        let mut buf = [0u8; MAX_HOST_LEN];
        assert_eq!(host.encode_into(&mut buf), Ok(text.as_str()));
        assert_eq!(host.to_heapless().as_str(), text);
        assert_eq!(host.encoded_len(), text.len());
        // One byte short is an error that says how much is needed.
        let short = host.encode_into(&mut buf[..text.len() - 1]).unwrap_err();
        assert_eq!(short.needed, text.len());
        count += 1;
    }
    assert_eq!(count, 46 * 18 * 10);
}

#[test]
fn every_fix_is_ok_and_every_non_ok_host_says_why() {
    for host in every_host() {
        let verdict = host.verdict();
        assert_eq!(verdict.severity(), verdict.reason().severity());
        if let Some(fix) = verdict.fix() {
            assert!(fix.verdict().is_ok(), "{host} -> {fix}: {}", fix.verdict());
            assert_eq!(
                fix.product(),
                host.product(),
                "{host}: a fix keeps the product"
            );
        }
        if verdict.is_ok() {
            assert_eq!(verdict.fix(), None, "{host}");
            assert!(verdict.processed_in().is_some(), "{host}");
        }
        // Only a retired product goes without a fix.
        if !verdict.is_ok() && verdict.fix().is_none() {
            assert!(host.product().is_retired(), "{host}: {verdict}");
        }
        // A processing region is always a real one.
        if let Some(region) = verdict.processed_in() {
            assert!(region.is_processing(), "{host}");
        }
    }
}

#[test]
fn hostname_is_small_and_plain() {
    assert!(std::mem::size_of::<Hostname>() <= 4);
    fn assert_traits<T: Copy + Send + Sync + Eq + Ord + std::hash::Hash + std::fmt::Debug>() {}
    assert_traits::<Hostname>();
    assert_traits::<Product>();
    assert_traits::<Edge>();
    assert_traits::<Region>();
    fn send_sync<T: Send + Sync>() {}
    send_sync::<twilio_fqdn::Verdict>();
    send_sync::<twilio_fqdn::HttpUrl<'static>>();
}

fn any_host() -> impl Strategy<Value = Hostname> {
    (
        prop::sample::select(Product::ALL),
        prop::option::of(prop::sample::select(Edge::ALL)),
        prop::option::of(prop::sample::select(Region::ALL)),
    )
        .prop_map(|(p, e, r)| Hostname::new(p, e, r))
}

/// Labels that are sometimes Twilio's and sometimes near misses.
fn label() -> impl Strategy<Value = String> {
    let known: Vec<String> = Product::ALL
        .iter()
        .map(|p| p.as_str())
        .chain(Edge::ALL.iter().map(|e| e.as_str()))
        .chain(Region::ALL.iter().map(|r| r.as_str()))
        .chain(["twilio", "com", "evil", "xn--p1ai", "-", "a-", "-a"])
        .map(str::to_owned)
        .collect();
    prop_oneof![
        3 => prop::sample::select(known),
        1 => "[a-zA-Z0-9-]{0,8}",
        1 => "[a-z]{60,66}",
    ]
}

fn random_case(s: &str, seed: u64) -> String {
    s.chars()
        .enumerate()
        .map(|(i, c)| {
            if seed >> (i % 64) & 1 == 1 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect()
}

proptest! {
    #[test]
    fn format_then_parse_is_identity(host in any_host(), seed: u64, dot: bool) {
        let text = random_case(&host.to_string(), seed) + if dot { "." } else { "" };
        prop_assert_eq!(Hostname::parse(&text), Ok(host));
        let url = format!("https://{text}/v1?x=1");
        prop_assert_eq!(Hostname::from_url(&url), Ok(host));
    }

    #[test]
    fn parse_then_format_is_lowercase_without_the_dot(
        labels in prop::collection::vec(label(), 1..7),
        seed: u64,
        dot: bool,
    ) {
        let text = random_case(&labels.join("."), seed) + if dot { "." } else { "" };
        if let Ok(host) = Hostname::parse(&text) {
            let expected = text.to_ascii_lowercase();
            prop_assert_eq!(host.to_string(), expected.strip_suffix('.').unwrap_or(&expected));
        }
    }

    #[test]
    fn parse_never_panics_and_errors_point_inside(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        match Hostname::parse_bytes(&bytes) {
            Ok(host) => prop_assert!(host.encoded_len() <= bytes.len()),
            Err(e) => {
                prop_assert!(e.index() <= bytes.len());
                prop_assert!(e.span().end <= bytes.len().max(1));
            }
        }
    }

    #[test]
    fn from_url_never_panics(s in "\\PC{0,80}", prefix in prop::sample::select(vec!["", "https://", "http:", "HTTPS:\\\\"])) {
        let input = format!("{prefix}{s}");
        if let Err(e) = Hostname::from_url(&input) {
            prop_assert!(e.index() <= input.len());
        }
    }
}
