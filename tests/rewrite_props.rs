//! Property tests of the rewrite against the `url` crate (a WHATWG parser):
//! for arbitrary URLs and targets, everything around the host is kept byte
//! for byte, and the result parses with exactly the host we meant.

use proptest::prelude::*;
use twilio_fqdn::{HttpUrl, StrictTarget, Target};

fn label() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "api", "video", "preview", "messaging", "dublin", "ie1", "Sydney", "AU1", "us1",
            "roaming", "gll", "urlEdge", "flex-api", "sao-paulo-ix", "x1",
        ])
        .prop_map(str::to_owned),
        2 => "[a-zA-Z0-9]([a-zA-Z0-9-]{0,8}[a-zA-Z0-9])?",
        // Near misses: hyphen at an end, underscore, digits only, hex.
        1 => prop::sample::select(vec!["-a", "b-", "my_mock", "123", "0x1f", "0X", "077"])
            .prop_map(str::to_owned),
    ]
}

fn host() -> impl Strategy<Value = String> {
    prop_oneof![
        // Twilio-looking hosts, any case, maybe a trailing dot.
        4 => (prop::collection::vec(label(), 0..5), any::<bool>(), any::<bool>()).prop_map(
            |(labels, upper, dot)| {
                let mut host = labels.join(".");
                if !host.is_empty() {
                    host.push('.');
                }
                host.push_str(if upper { "TWILIO.COM" } else { "twilio.com" });
                if dot {
                    host.push('.');
                }
                host
            }
        ),
        // Any other name of 1 to 7 labels.
        3 => (prop::collection::vec(label(), 1..8), any::<bool>()).prop_map(|(labels, dot)| {
            let mut host = labels.join(".");
            if dot {
                host.push('.');
            }
            host
        }),
        1 => prop::sample::select(vec![
            "localhost", "prism_twilio", "127.0.0.1", "10.1.2.3", "[::1]", "[2001:db8::7]",
        ])
        .prop_map(str::to_owned),
    ]
}

prop_compose! {
    fn url_parts()(
        scheme in prop::sample::select(vec!["https", "http", "HTTPS", "Http"]),
        slashes in prop::sample::select(vec!["//", "//", "//", "///", "/\\"]),
        userinfo in prop::option::of("[a-zA-Z0-9:._~!$&'()*+,;=%@-]{0,10}"),
        host in host(),
        port in prop::option::of(prop_oneof![Just(String::new()), (0u32..=65535).prop_map(|p| p.to_string())]),
        path in prop::option::of("/[a-zA-Z0-9/._~%!$&'()*+,;=:@\\\\-]{0,20}"),
        query in prop::option::of("\\?[a-zA-Z0-9/._~%!$&'()*+,;=:@?.-]{0,20}"),
        fragment in prop::option::of("#[a-zA-Z0-9/._~%!$&'()*+,;=:@?#-]{0,20}"),
    ) -> String {
        let mut url = format!("{scheme}:{slashes}");
        if let Some(userinfo) = userinfo {
            url.push_str(&userinfo);
            url.push('@');
        }
        url.push_str(&host);
        if let Some(port) = port {
            url.push(':');
            url.push_str(&port);
        }
        for part in [path, query, fragment].into_iter().flatten() {
            url.push_str(&part);
        }
        url
    }
}

/// Values `Target::new` accepts: empty, or one LDH label that is not an
/// A-label (`xn--`, refused on purpose: see the next test).
fn setting() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9]([a-zA-Z0-9-]{0,10}[a-zA-Z0-9])?".prop_filter("not an A-label", |v| !v
            .to_ascii_lowercase()
            .starts_with("xn--")),
    ])
}

fn is_ldh_label(label: &str) -> bool {
    (1..=63).contains(&label.len())
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !label.starts_with('-')
        && !label.ends_with('-')
}

fn ends_in_number(last: &str) -> bool {
    last.bytes().all(|b| b.is_ascii_digit())
        || last
            .strip_prefix("0x")
            .or_else(|| last.strip_prefix("0X"))
            .is_some_and(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The libraries' algorithm (RULES.md §7) with the crate's safe-side
/// decisions, written plainly over the `url` crate's view of the host.
fn expected_host(host: &str, edge: Option<&str>, region: Option<&str>) -> String {
    let name = host.strip_suffix('.').unwrap_or(host);
    let labels: Vec<&str> = name.split('.').collect();
    let rewritable = (3..=5).contains(&labels.len())
        && labels.iter().all(|l| is_ldh_label(l))
        && name.len() <= 253
        && !ends_in_number(labels[labels.len() - 1]);
    if !rewritable {
        return host.to_owned();
    }
    let (url_edge, url_region) = match labels.len() {
        4 => (None, Some(labels[1])),
        5 => (Some(labels[1]), Some(labels[2])),
        _ => (None, None),
    };
    let edge = edge.filter(|e| !e.is_empty()).or(url_edge);
    let region = region
        .filter(|r| !r.is_empty())
        .or(url_region)
        .or(edge.map(|_| "us1"));
    let domain = labels[labels.len() - 2..].join(".");
    [Some(labels[0]), edge, region, Some(domain.as_str())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(".")
        .to_ascii_lowercase()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn rewrite_keeps_everything_but_the_host_and_means_its_host(
        url in url_parts(),
        edge in setting(),
        region in setting(),
    ) {
        let Ok(parsed) = url::Url::parse(&url) else {
            // Only URLs a WHATWG client would send are of interest.
            return Ok(());
        };
        let target = Target::new(edge.as_deref(), region.as_deref()).unwrap();
        let mut buf = [0u8; 512];
        let out = match target.rewrite_into(&url, &mut buf) {
            Ok(out) => out,
            Err(e) => {
                // Only a host a URL parser decodes may be refused; none is generated.
                return Err(TestCaseError::fail(format!("{url}: {e}")));
            }
        };
        // Byte for byte around the host.
        let given = HttpUrl::parse(&url);
        if let Ok(given) = given {
            prop_assert!(out.starts_with(given.before_host()), "{} -> {}", url, out);
            prop_assert!(out.ends_with(given.after_host()), "{} -> {}", url, out);
        } else {
            prop_assert_eq!(out, url.as_str());
        }
        // And the result is a URL with exactly the host we meant.
        let theirs = url::Url::parse(out)
            .map_err(|e| TestCaseError::fail(format!("{url} -> {out}: {e}")))?;
        let given_host = parsed.host_str().unwrap_or("");
        let want = expected_host(given_host, edge.as_deref(), region.as_deref());
        prop_assert_eq!(theirs.host_str().unwrap_or(""), want.as_str(), "{} -> {}", url, out);
        prop_assert_eq!(theirs.port(), parsed.port());
        prop_assert_eq!(theirs.path(), parsed.path());
        prop_assert_eq!(theirs.query(), parsed.query());
        prop_assert_eq!(theirs.fragment(), parsed.fragment());
        prop_assert_eq!(theirs.username(), parsed.username());
        prop_assert_eq!(theirs.password(), parsed.password());
        // Idempotent.
        let mut again = [0u8; 512];
        prop_assert_eq!(target.rewrite_into(out, &mut again).unwrap(), out);
    }

    #[test]
    fn strict_output_is_the_compatible_output_or_an_error(
        url in url_parts(),
        edge in prop::option::of(prop::sample::select(twilio_fqdn::Edge::ALL)),
        region in prop::option::of(prop::sample::select(twilio_fqdn::Region::ALL)),
    ) {
        let target = StrictTarget::new(edge, region);
        let mut buf = [0u8; 512];
        let mut compat_buf = [0u8; 512];
        if let Ok(out) = target.rewrite_into(&url, &mut buf) {
            match target.host_for(&url).unwrap() {
                // A Twilio host: exactly what the libraries send, and it works.
                Some(host) => {
                    let compat = target.compatible().rewrite_into(&url, &mut compat_buf).unwrap();
                    prop_assert_eq!(out, compat);
                    prop_assert!(!host.verdict().is_fail());
                }
                // Any other host: untouched.
                None => prop_assert_eq!(out, url.as_str()),
            }
        }
    }

    /// Whatever string is configured, it is either refused or spliced in as
    /// exactly one label: never another host.
    #[test]
    fn a_configured_value_is_one_label_or_an_error(
        value in prop_oneof![
            "\\PC{0,12}",
            "[a-z.@:/#?\\\\%_ -]{0,8}",
            "[a-zA-Z0-9-]{0,70}",
        ],
        as_edge in any::<bool>(),
    ) {
        let (edge, region) = if as_edge { (Some(value.as_str()), None) } else { (None, Some(value.as_str())) };
        let Ok(target) = Target::new(edge, region) else {
            prop_assert!(!value.is_empty() && (!is_ldh_label(&value) || value.to_ascii_lowercase().starts_with("xn--")));
            return Ok(());
        };
        let mut buf = [0u8; 512];
        let out = target.rewrite_into("https://user@api.twilio.com:8443/v1?x#y", &mut buf).unwrap();
        let parsed = url::Url::parse(out).unwrap();
        let want = match (value.is_empty(), as_edge) {
            (true, _) => "api.twilio.com".to_owned(),
            (false, true) => format!("api.{}.us1.twilio.com", value.to_ascii_lowercase()),
            (false, false) => format!("api.{}.twilio.com", value.to_ascii_lowercase()),
        };
        prop_assert_eq!(parsed.host_str(), Some(want.as_str()));
        prop_assert!(out.ends_with(":8443/v1?x#y"));
    }
}
