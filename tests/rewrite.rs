//! Rewriting request URLs (RULES.md §7): the helper libraries' vectors read
//! from `helper-compat.tsv`, each safe-side decision, the environment
//! precedence, and strict mode refusing every fail verdict of RULES.md §2.

use std::fmt::Write as _;

use twilio_fqdn::{
    Edge, ErrorKind, Hostname, HttpUrl, Product, Reason, Refusal, Region, RewriteError, Setting,
    StrictTarget, Target, TargetErrorKind,
};

const COMPAT: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/helper-compat.tsv"
));

/// Both doors, checked to agree: the buffer and `fmt::Write`.
fn rewrite(target: Target<'_>, url: &str) -> Result<String, RewriteError> {
    let mut buf = [0u8; 600];
    let via_buffer = target.rewrite_into(url, &mut buf).map(str::to_owned);
    let mut via_fmt = String::new();
    let fmt_result = target.rewrite_to(url, &mut via_fmt).map(|()| via_fmt);
    assert_eq!(via_buffer, fmt_result, "{url}: the two doors disagree");
    via_buffer
}

fn strict(target: StrictTarget, url: &str) -> Result<String, RewriteError> {
    let mut buf = [0u8; 600];
    let via_buffer = target.rewrite_into(url, &mut buf).map(str::to_owned);
    let mut via_fmt = String::new();
    let fmt_result = target.rewrite_to(url, &mut via_fmt).map(|()| via_fmt);
    assert_eq!(via_buffer, fmt_result, "{url}: the two doors disagree");
    via_buffer
}

fn target(edge: &'static str, region: &'static str) -> Target<'static> {
    let set = |v: &'static str| (v != "-").then_some(v);
    Target::new(set(edge), set(region)).unwrap()
}

/// Hosts compare case-insensitively, everything around them byte for byte.
fn same_url(actual: &str, expected: &str) -> bool {
    match (HttpUrl::parse(actual), HttpUrl::parse(expected)) {
        (Ok(a), Ok(e)) => {
            a.before_host() == e.before_host()
                && a.host().eq_ignore_ascii_case(e.host())
                && a.after_host() == e.after_host()
        }
        _ => actual == expected,
    }
}

fn compat_rows() -> impl Iterator<Item = (usize, [&'static str; 4])> {
    COMPAT.lines().enumerate().filter_map(|(i, line)| {
        if line.starts_with('#') || line.trim().is_empty() {
            return None;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let row: [&str; 4] = fields
            .try_into()
            .unwrap_or_else(|f| panic!("helper-compat.tsv:{}: want 4 fields, got {f:?}", i + 1));
        Some((i + 1, row))
    })
}

#[test]
fn every_row_of_helper_compat_tsv() {
    let mut failures = Vec::new();
    let mut rows = 0;
    for (line, [input, edge, region, expected]) in compat_rows() {
        rows += 1;
        match rewrite(target(edge, region), input) {
            Ok(actual) if same_url(&actual, expected) => {}
            Ok(actual) => failures.push(format!(
                "helper-compat.tsv:{line}: {input} edge={edge} region={region}: \
                 got {actual}, want {expected}"
            )),
            Err(e) => failures.push(format!("helper-compat.tsv:{line}: {input}: {e}")),
        }
    }
    assert_eq!(rows, 19, "every vector of the file was read");
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn rewriting_twice_changes_nothing() {
    let mut inputs: Vec<(Target<'static>, &str)> = compat_rows()
        .map(|(_, [input, edge, region, _])| (target(edge, region), input))
        .collect();
    for url in [
        "https://API.Twilio.COM./x?y#z",
        "https://preview.messaging.twilio.com/v1",
        "http://localhost:4010/v1",
        "http://[::1]:4010/v1",
        "https://a.b.c.d.twilio.com/",
        "https://127.0.0.1/",
    ] {
        inputs.push((target("sydney", "au1"), url));
        inputs.push((target("-", "ie1"), url));
        inputs.push((Target::NONE, url));
    }
    for (target, url) in inputs {
        let once = rewrite(target, url).unwrap();
        let twice = rewrite(target, &once).unwrap();
        assert_eq!(once, twice, "{url}");
    }
}

// ---- The safe side of each disagreement (RULES.md §7), one test each ----

#[test]
fn an_empty_string_is_not_set() {
    assert_eq!(Target::new(Some(""), Some("")), Ok(Target::NONE));
    let region_only = Target::new(Some(""), Some("ie1")).unwrap();
    assert_eq!(region_only.edge(), None);
    // No `api..ie1` and no `api.edge..twilio.com`.
    assert_eq!(
        rewrite(region_only, "https://api.twilio.com").unwrap(),
        "https://api.ie1.twilio.com"
    );
    let edge_only = Target::new(Some("dublin"), Some("")).unwrap();
    assert_eq!(
        rewrite(edge_only, "https://api.twilio.com").unwrap(),
        "https://api.dublin.us1.twilio.com"
    );
    // An empty client value falls through to the environment.
    let from_env = Target::new(Some(""), None)
        .unwrap()
        .or_environment(Some("sydney"), Some(""))
        .unwrap();
    assert_eq!((from_env.edge(), from_env.region()), (Some("sydney"), None));
}

#[test]
fn an_empty_label_is_never_produced_nor_passed_on() {
    for (url, at) in [
        ("https://api..twilio.com/x", 12),
        ("https://.api.twilio.com", 8),
        ("https://api.twilio.com../", 23),
        ("https://./", 8),
    ] {
        let err = rewrite(target("edge", "region"), url).unwrap_err();
        let RewriteError::Url(e) = err else {
            panic!("{url}: {err:?}")
        };
        assert_eq!((e.kind(), e.index()), (ErrorKind::EmptyLabel, at), "{url}");
    }
}

#[test]
fn one_trailing_dot_is_stripped_first() {
    // Read as 3 labels, not 4: the libraries' naive split would take
    // `twilio` for a region here.
    assert_eq!(
        rewrite(target("edge", "-"), "https://api.twilio.com./v1").unwrap(),
        "https://api.edge.us1.twilio.com/v1"
    );
    assert_eq!(
        rewrite(
            target("-", "region"),
            "https://api.urlEdge.urlRegion.twilio.com.:8443"
        )
        .unwrap(),
        "https://api.urledge.region.twilio.com:8443"
    );
    assert_eq!(
        rewrite(Target::NONE, "https://api.twilio.com.").unwrap(),
        "https://api.twilio.com"
    );
}

#[test]
fn hosts_are_read_in_any_case_and_written_in_lowercase() {
    assert_eq!(
        rewrite(Target::NONE, "HTTPS://API.Dublin.IE1.Twilio.COM/Path?Q=A#F").unwrap(),
        "HTTPS://api.dublin.ie1.twilio.com/Path?Q=A#F"
    );
    assert_eq!(
        rewrite(target("Sydney", "AU1"), "https://User:Pw@API.twilio.com/A").unwrap(),
        "https://User:Pw@api.sydney.au1.twilio.com/A"
    );
}

#[test]
fn ip_addresses_are_left_unchanged() {
    for url in [
        "http://127.0.0.1:4010/v1/Calls",
        "http://10.0.0.1/",
        "http://[::1]:4010/v1",
        "https://[2001:db8::1]/",
        "http://1.2.3.0x1f/",
        "http://a.b.c.0X10/",
        "http://a.b.c.077/",
    ] {
        assert_eq!(rewrite(target("edge", "region"), url).unwrap(), url);
    }
}

#[test]
fn localhost_and_single_labels_are_left_unchanged() {
    for url in [
        "http://localhost:4010/v1",
        "http://LOCALHOST./v1",
        "https://prism_twilio:4010",
        "http://twilio/x",
    ] {
        assert_eq!(rewrite(target("edge", "region"), url).unwrap(), url);
    }
}

#[test]
fn two_label_names_are_left_unchanged() {
    // No product to keep: the libraries would write `twilio.edge.us1.twilio.com`.
    for url in [
        "https://twilio.com/x",
        "https://Example.COM",
        "http://mock.local:8080/",
    ] {
        assert_eq!(rewrite(target("edge", "-"), url).unwrap(), url);
    }
}

#[test]
fn six_labels_or_more_are_left_unchanged() {
    // The libraries would drop the middle labels: another host.
    for url in [
        "https://a.b.c.d.twilio.com/",
        "https://preview.messaging.dublin.ie1.twilio.com/v1",
        "https://a.b.c.d.e.f.g.example.com",
    ] {
        assert_eq!(rewrite(target("edge", "region"), url).unwrap(), url);
    }
}

#[test]
fn names_with_non_ldh_labels_are_left_unchanged() {
    for url in [
        "https://my_mock.local.test/v1",
        "https://-api.twilio.com/",
        "https://api-.twilio.com/",
        "https://api.twilio.com!/",
        &format!("https://{}.twilio.com/", "a".repeat(64)),
    ] {
        assert_eq!(rewrite(target("edge", "region"), url).unwrap(), url);
    }
}

/// Found by the `rewrite` fuzz target: `xn--dubliaphttpi` decodes to
/// right-to-left text, so IDNA's bidi rule holds for the whole name and the
/// spliced edge `0` (a label starting with a digit) made a host that the
/// `url` crate rejects. Names with an A-label are left alone.
#[test]
fn names_with_a_label_in_idna_a_label_form_are_left_unchanged() {
    let url = "https://api.xn--dubliaphttpi.xH:/sr0/i";
    assert!(url::Url::parse(url).is_ok());
    let edge_zero = Target::new(Some("0"), None).unwrap();
    assert_eq!(rewrite(edge_zero, url).unwrap(), url);
    for url in [
        "https://api.XN--dubliaphttpi.com/",
        "https://xn--api.twilio.com/v1",
    ] {
        assert_eq!(rewrite(target("edge", "region"), url).unwrap(), url);
    }
}

#[test]
fn hosts_a_url_parser_would_decode_are_errors() {
    for (url, at, byte) in [
        ("https://api%2Etwilio.com/", 11, b'%'),
        ("https://api.twili\u{f3}.com/", 17, 0xc3),
        ("https://api\u{3002}twilio.com/", 11, 0xe3),
    ] {
        let err = rewrite(target("edge", "region"), url).unwrap_err();
        assert!(
            matches!(err, RewriteError::Url(e)
                if (e.index(), e.kind()) == (at, ErrorKind::InvalidByte(byte))),
            "{url}: {err:?}"
        );
    }
}

#[test]
fn values_that_could_name_another_host_are_errors() {
    let hostile: &[(&str, usize, TargetErrorKind)] = &[
        ("evil.com/x", 4, TargetErrorKind::InvalidByte(b'.')),
        ("x@evil", 1, TargetErrorKind::InvalidByte(b'@')),
        ("ie1:443", 3, TargetErrorKind::InvalidByte(b':')),
        ("ie1#", 3, TargetErrorKind::InvalidByte(b'#')),
        ("ie1/", 3, TargetErrorKind::InvalidByte(b'/')),
        ("a\\b", 1, TargetErrorKind::InvalidByte(b'\\')),
        ("%2e", 0, TargetErrorKind::InvalidByte(b'%')),
        (" ie1", 0, TargetErrorKind::InvalidByte(b' ')),
        ("ie1\n", 3, TargetErrorKind::InvalidByte(b'\n')),
        ("ie1?", 3, TargetErrorKind::InvalidByte(b'?')),
        ("d\u{fc}blin", 1, TargetErrorKind::InvalidByte(0xc3)),
        ("under_score", 5, TargetErrorKind::InvalidByte(b'_')),
        ("-ie1", 0, TargetErrorKind::HyphenAtLabelEdge),
        ("ie1-", 3, TargetErrorKind::HyphenAtLabelEdge),
        ("xn--dublin", 0, TargetErrorKind::Punycode),
        ("XN--abc", 0, TargetErrorKind::Punycode),
    ];
    let too_long = "a".repeat(64);
    let hostile =
        hostile
            .iter()
            .copied()
            .chain([(too_long.as_str(), 63, TargetErrorKind::TooLong)]);
    for (value, index, kind) in hostile {
        for setting in [Setting::Edge, Setting::Region] {
            let err = match setting {
                Setting::Edge => Target::new(Some(value), None),
                Setting::Region => Target::new(None, Some(value)),
            }
            .unwrap_err();
            assert_eq!(err.setting(), setting, "{value:?}");
            assert_eq!((err.index(), err.kind()), (index, kind), "{value:?}");
            // The environment door checks the same way.
            let env = match setting {
                Setting::Edge => Target::NONE.or_environment(Some(value), None),
                Setting::Region => Target::NONE.or_environment(None, Some(value)),
            };
            assert_eq!(env, Err(err), "{value:?}");
        }
    }
    // A 63-byte label is fine, and so are digits and inner hyphens.
    let longest = "a".repeat(63);
    assert!(Target::new(Some(&longest), Some("us-1-x")).is_ok());
    let err = Target::new(None, Some("evil.com/x")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "region: invalid byte 0x2e ('.') at byte 4; a region must be one DNS label of [A-Za-z0-9-]"
    );
}

#[test]
fn a_rewritten_host_longer_than_253_bytes_is_an_error() {
    let label = "a".repeat(63);
    // product.REGION.domain: 63 + 1 + 63 + 1 + 67 = 195 bytes
    let host = format!("{label}.{label}.{label}.com");
    let url = format!("https://{host}/");
    assert_eq!(rewrite(Target::NONE, &url).unwrap(), url);
    let err = rewrite(Target::new(Some(&label), None).unwrap(), &url).unwrap_err();
    // The URL's region stays; the edge adds 64 bytes.
    assert_eq!(err, RewriteError::HostTooLong { len: 259 });
}

#[test]
fn a_small_buffer_is_an_error_and_holds_nothing_written() {
    let url = "https://api.twilio.com/v1/Calls";
    let want = "https://api.edge.region.twilio.com/v1/Calls";
    let t = target("edge", "region");
    for len in [0, 8, 20, want.len() - 1] {
        let mut buf = vec![0xAAu8; len];
        let err = t.rewrite_into(url, &mut buf).unwrap_err();
        assert!(
            matches!(err, RewriteError::BufferTooSmall(b) if b.needed == want.len()),
            "{len}: {err:?}"
        );
        assert!(
            buf.iter().all(|&b| b == 0xAA),
            "{len}: the buffer was written"
        );
        assert_eq!(
            err.to_string(),
            format!("buffer too small: {} bytes needed", want.len())
        );
    }
    let mut exact = vec![0u8; want.len()];
    assert_eq!(t.rewrite_into(url, &mut exact).unwrap(), want);
    // Unchanged URLs need room too.
    let mut small = [0u8; 4];
    assert!(matches!(
        t.rewrite_into("http://localhost/", &mut small),
        Err(RewriteError::BufferTooSmall(b)) if b.needed == 17
    ));
}

#[test]
fn a_failing_sink_is_an_error() {
    let mut small = heapless::String::<20>::new();
    let err = target("edge", "region")
        .rewrite_to("https://api.twilio.com/v1/Calls", &mut small)
        .unwrap_err();
    assert_eq!(err, RewriteError::Write);
}

#[test]
fn urls_that_cannot_be_rewritten_safely_are_errors() {
    for (url, kind) in [
        ("", ErrorKind::Empty),
        ("ftp://api.twilio.com/", ErrorKind::NotHttpUrl),
        ("api.twilio.com/v1", ErrorKind::NotHttpUrl),
        ("https://api.twilio.com /v1", ErrorKind::InvalidByte(b' ')),
        ("https://api.twilio.com:99999/", ErrorKind::InvalidPort),
        ("https://", ErrorKind::EmptyHost),
        ("https://user@:443/", ErrorKind::EmptyHost),
    ] {
        let err = rewrite(target("edge", "region"), url).unwrap_err();
        assert!(
            matches!(err, RewriteError::Url(e) if e.kind() == kind),
            "{url:?}: {err:?}"
        );
    }
}

#[test]
fn the_last_at_sign_ends_the_userinfo() {
    // A rewrite must touch the host a client connects to, never the userinfo.
    assert_eq!(
        rewrite(
            target("edge", "-"),
            "https://api.twilio.com@evil.example.com/"
        )
        .unwrap(),
        "https://api.twilio.com@evil.edge.us1.example.com/"
    );
}

// ---- Configuration precedence ----

#[test]
fn the_client_wins_over_the_environment_field_by_field() {
    type Pair = (Option<&'static str>, Option<&'static str>);
    let cases: &[(Pair, Pair, Pair)] = &[
        (
            (None, None),
            (Some("dublin"), Some("ie1")),
            (Some("dublin"), Some("ie1")),
        ),
        (
            (Some("sydney"), Some("au1")),
            (Some("dublin"), Some("ie1")),
            (Some("sydney"), Some("au1")),
        ),
        (
            (None, Some("au1")),
            (Some("dublin"), Some("ie1")),
            (Some("dublin"), Some("au1")),
        ),
        (
            (Some("sydney"), None),
            (None, Some("ie1")),
            (Some("sydney"), Some("ie1")),
        ),
        (
            (Some(""), Some("")),
            (Some("dublin"), None),
            (Some("dublin"), None),
        ),
        ((None, None), (None, None), (None, None)),
    ];
    for &(client, env, want) in cases {
        let got = Target::new(client.0, client.1)
            .unwrap()
            .or_environment(env.0, env.1)
            .unwrap();
        assert_eq!((got.edge(), got.region()), want, "{client:?} {env:?}");
    }
    // An environment value the client overrides is not even looked at.
    let t = Target::new(Some("sydney"), Some("au1"))
        .unwrap()
        .or_environment(Some("evil.com/"), Some("x@y"))
        .unwrap();
    assert_eq!((t.edge(), t.region()), (Some("sydney"), Some("au1")));
    // The same precedence for strict targets.
    let s = StrictTarget::parse(None, Some("AU1"))
        .unwrap()
        .or_environment(Some("sydney"), Some("ie1"))
        .unwrap();
    assert_eq!(s, StrictTarget::new(Some(Edge::Sydney), Some(Region::Au1)));
    assert_eq!(Setting::Edge.env_var(), "TWILIO_EDGE");
    assert_eq!(Setting::Region.env_var(), "TWILIO_REGION");
}

// ---- Strict mode ----

/// (URL, edge, region, refused host, reason, fix)
type Refused = (
    &'static str,
    Option<Edge>,
    Option<Region>,
    &'static str,
    Reason,
    Option<&'static str>,
);

/// Every fail verdict of RULES.md §2, reached through a target or a URL.
#[rustfmt::skip]
const REFUSED: &[Refused] = &[
    ("https://api.twilio.com/v1", None, Some(Region::Ie1), "api.ie1.twilio.com", Reason::RetiredRegionOnly(Region::Ie1), Some("api.dublin.ie1.twilio.com")),
    ("https://api.twilio.com/v1", None, Some(Region::Au1), "api.au1.twilio.com", Reason::RetiredRegionOnly(Region::Au1), Some("api.sydney.au1.twilio.com")),
    ("https://api.twilio.com/v1", None, Some(Region::De1), "api.de1.twilio.com", Reason::RetiredRegionOnly(Region::De1), Some("api.twilio.com")),
    ("https://api.twilio.com/v1", None, Some(Region::Br1), "api.br1.twilio.com", Reason::RetiredRegionOnly(Region::Br1), Some("api.twilio.com")),
    ("https://api.twilio.com/v1", None, Some(Region::Jp1), "api.jp1.twilio.com", Reason::RetiredRegionOnly(Region::Jp1), Some("api.twilio.com")),
    ("https://api.twilio.com/v1", None, Some(Region::Sg1), "api.sg1.twilio.com", Reason::RetiredRegionOnly(Region::Sg1), Some("api.twilio.com")),
    ("https://api.twilio.com/v1", None, Some(Region::Us2), "api.us2.twilio.com", Reason::RetiredRegionOnly(Region::Us2), Some("api.twilio.com")),
    ("https://api.ie1.twilio.com/v1", None, None, "api.ie1.twilio.com", Reason::RetiredRegionOnly(Region::Ie1), Some("api.dublin.ie1.twilio.com")),
    ("https://api.twilio.com/v1", Some(Edge::Roaming), Some(Region::Ie1), "api.roaming.ie1.twilio.com", Reason::NotRestEdge(Edge::Roaming), Some("api.dublin.ie1.twilio.com")),
    ("https://api.twilio.com/v1", Some(Edge::Roaming), None, "api.roaming.us1.twilio.com", Reason::NotRestEdge(Edge::Roaming), Some("api.twilio.com")),
    ("https://conversations.twilio.com/v1", Some(Edge::Roaming), Some(Region::Gll), "conversations.roaming.gll.twilio.com", Reason::NeverARegion(Region::Gll), Some("conversations.twilio.com")),
    ("https://api.twilio.com/v1", None, Some(Region::Gll), "api.gll.twilio.com", Reason::NeverARegion(Region::Gll), Some("api.twilio.com")),
    ("https://api.twilio.com/v1", Some(Edge::Ashburn), Some(Region::Gll), "api.ashburn.gll.twilio.com", Reason::NeverARegion(Region::Gll), Some("api.ashburn.us1.twilio.com")),
    ("https://api.twilio.com/v1", Some(Edge::Frankfurt), Some(Region::De1), "api.frankfurt.de1.twilio.com", Reason::NotProcessingRegion(Edge::Frankfurt, Region::De1), Some("api.frankfurt.us1.twilio.com")),
    ("https://api.sydney.au1.twilio.com/v1", Some(Edge::Umatilla), Some(Region::Us2), "api.umatilla.us2.twilio.com", Reason::NotProcessingRegion(Edge::Umatilla, Region::Us2), Some("api.umatilla.us1.twilio.com")),
    ("https://api.frankfurt.twilio.com/v1", None, None, "api.frankfurt.twilio.com", Reason::EdgeWithoutRegion(Edge::Frankfurt), Some("api.frankfurt.us1.twilio.com")),
    // The libraries would read `frankfurt` as a region: api.dublin.frankfurt.twilio.com.
    ("https://api.frankfurt.twilio.com/v1", Some(Edge::Dublin), None, "api.frankfurt.twilio.com", Reason::EdgeWithoutRegion(Edge::Frankfurt), Some("api.frankfurt.us1.twilio.com")),
    ("https://autopilot.twilio.com/v1", None, None, "autopilot.twilio.com", Reason::RetiredProduct(Product::Autopilot), None),
    ("https://autopilot.twilio.com/v1", Some(Edge::Dublin), Some(Region::Ie1), "autopilot.dublin.ie1.twilio.com", Reason::RetiredProduct(Product::Autopilot), None),
    // Label counting reads `messaging` as a region and would send this to product `preview`.
    ("https://preview.messaging.twilio.com/v1", Some(Edge::Dublin), Some(Region::Ie1), "preview.messaging.twilio.com", Reason::RetiredProduct(Product::PreviewMessaging), None),
    ("https://preview.messaging.dublin.ie1.twilio.com/v1", None, None, "preview.messaging.dublin.ie1.twilio.com", Reason::RetiredProduct(Product::PreviewMessaging), None),
];

#[test]
fn strict_mode_refuses_every_fail_verdict_and_names_the_fix() {
    for &(url, edge, region, host, reason, fix) in REFUSED {
        let target = StrictTarget::new(edge, region);
        let err = strict(target, url).unwrap_err();
        let RewriteError::Refused(refusal) = err else {
            panic!("{url} {edge:?} {region:?}: {err:?}")
        };
        assert_eq!(refusal.host().to_string(), host, "{url}");
        assert!(refusal.verdict().is_fail(), "{url}");
        assert_eq!(refusal.verdict().reason(), reason, "{url}");
        assert_eq!(
            refusal.fix().map(|h| h.to_string()).as_deref(),
            fix,
            "{url}"
        );
        let message = err.to_string();
        assert!(
            message.starts_with(&format!("refused {host}: fail: ")),
            "{message}"
        );
        if let Some(fix) = fix {
            assert!(message.ends_with(&format!("; use {fix}")), "{message}");
            // The fix's target, applied to the legacy URL, produces the fix.
            let fixed = refusal.fix_target().unwrap();
            let legacy = format!("https://{}.twilio.com/v1", refusal.host().product());
            assert_eq!(
                strict(fixed, &legacy).unwrap(),
                format!("https://{fix}/v1"),
                "{url}"
            );
        } else {
            assert_eq!(refusal.fix_target(), None);
        }
        // The compatible rewrite, like the libraries, does not refuse.
        assert!(rewrite(target.compatible(), url).is_ok(), "{url}");
    }
    // Every fail reason of RULES.md §2 is in the table.
    let covered = |want: fn(&Reason) -> bool| REFUSED.iter().any(|row| want(&row.4));
    assert!(covered(|r| matches!(r, Reason::RetiredRegionOnly(_))));
    assert!(covered(|r| matches!(r, Reason::NotRestEdge(_))));
    assert!(covered(|r| matches!(r, Reason::NeverARegion(_))));
    assert!(covered(|r| matches!(r, Reason::NotProcessingRegion(..))));
    assert!(covered(|r| matches!(r, Reason::EdgeWithoutRegion(_))));
    assert!(covered(|r| matches!(r, Reason::RetiredProduct(_))));
}

#[test]
fn the_issue_example_region_ie1_without_edge() {
    let err = strict(
        StrictTarget::new(None, Some(Region::Ie1)),
        "https://api.twilio.com/v1",
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "refused api.ie1.twilio.com: fail: region-only host for ie1 was retired on 2026-04-28 \
         (it processed in us1 whatever the code); use api.dublin.ie1.twilio.com"
    );
    let RewriteError::Refused(Refusal { .. }) = err else {
        unreachable!()
    };
}

#[test]
fn for_region_picks_the_documented_edge() {
    let url = "https://api.twilio.com/2010-04-01/Accounts.json";
    for (region, want) in [
        (
            Region::Us1,
            "https://api.us1.twilio.com/2010-04-01/Accounts.json",
        ),
        (
            Region::Ie1,
            "https://api.dublin.ie1.twilio.com/2010-04-01/Accounts.json",
        ),
        (
            Region::Au1,
            "https://api.sydney.au1.twilio.com/2010-04-01/Accounts.json",
        ),
    ] {
        let target = StrictTarget::for_region(region);
        assert_eq!(target.edge(), region.documented_edge());
        assert_eq!(strict(target, url).unwrap(), want);
    }
    // A code that is not a processing region is refused when applied.
    assert!(matches!(
        strict(StrictTarget::for_region(Region::De1), url),
        Err(RewriteError::Refused(_))
    ));
}

#[test]
fn strict_mode_lets_warnings_through_and_shows_them() {
    let target = StrictTarget::new(Some(Edge::Frankfurt), Some(Region::Ie1));
    let url = "https://api.twilio.com/v1";
    assert_eq!(
        strict(target, url).unwrap(),
        "https://api.frankfurt.ie1.twilio.com/v1"
    );
    let host = target.host_for(url).unwrap().unwrap();
    assert_eq!(
        host.verdict().reason(),
        Reason::UndocumentedEdge(Edge::Frankfurt, Region::Ie1)
    );
}

#[test]
fn strict_mode_leaves_hosts_outside_twilio_com_unchanged() {
    let target = StrictTarget::for_region(Region::Ie1);
    for url in [
        "https://api.domain.com/v1",
        "http://localhost:4010/v1",
        "https://prism_twilio:4010",
        "http://127.0.0.1:4010/",
        "http://[::1]:4010/",
        "https://api.twilio.com.evil.com/",
        "https://apitwilio.com/",
    ] {
        assert_eq!(strict(target, url).unwrap(), url);
        assert_eq!(target.host_for(url).unwrap(), None);
    }
}

#[test]
fn strict_mode_rejects_twilio_hosts_that_do_not_parse() {
    let target = StrictTarget::for_region(Region::Ie1);
    for (url, kind) in [
        (
            "https://foo.twilio.com/v1",
            ErrorKind::UnknownProduct { len: 3 },
        ),
        ("https://twilio.com/v1", ErrorKind::MissingProduct),
        (
            "https://api.urlEdge.urlRegion.twilio.com",
            ErrorKind::UnknownEdge { len: 7 },
        ),
        (
            "https://api.urlRegion.twilio.com",
            ErrorKind::UnknownEdgeOrRegion { len: 9 },
        ),
        ("https://a_b.twilio.com", ErrorKind::InvalidByte(b'_')),
        (
            "https://a.b.c.d.twilio.com",
            ErrorKind::UnknownProduct { len: 1 },
        ),
    ] {
        let err = strict(target, url).unwrap_err();
        assert!(
            matches!(err, RewriteError::Url(e) if e.kind() == kind),
            "{url}: {err:?}"
        );
    }
    // Indexes point into the URL.
    let Err(RewriteError::Url(e)) = strict(target, "https://u@api.urlEdge.urlRegion.twilio.com")
    else {
        panic!()
    };
    assert_eq!(e.index(), 14);
}

#[test]
fn strict_values_must_be_real_edges_and_regions() {
    assert_eq!(
        StrictTarget::parse(Some("Dublin"), Some("IE1")),
        Ok(StrictTarget::for_region(Region::Ie1))
    );
    assert_eq!(StrictTarget::parse(Some(""), None), Ok(StrictTarget::NONE));
    for (edge, region, setting) in [
        (Some("evil.com"), None, Setting::Edge),
        (Some("osaka"), None, Setting::Edge),
        (None, Some("dublin"), Setting::Region),
        (None, Some("ie1/x"), Setting::Region),
        (Some("gll"), None, Setting::Edge),
    ] {
        let err = StrictTarget::parse(edge, region).unwrap_err();
        assert_eq!(
            (err.setting(), err.kind()),
            (setting, TargetErrorKind::Unknown)
        );
        assert_eq!(
            err.to_string(),
            format!("{setting}: not a Twilio {setting}")
        );
    }
}

/// Strict mode is the compatible rewrite plus a check: over every input
/// host of four products (legacy, region-only, edge-only, regional; all
/// edges and regions) and every strict target, the result is the
/// compatible rewrite with a verdict that is not fail, or a refusal whose
/// verdict is fail; never anything else.
#[test]
fn strict_is_compatible_or_refused_for_every_combination() {
    let options = |all: &'static [Edge]| std::iter::once(None).chain(all.iter().copied().map(Some));
    let regions = || std::iter::once(None).chain(Region::ALL.iter().copied().map(Some));
    let (mut ok, mut refused) = (0, 0);
    for product in [
        Product::Api,
        Product::Preview,
        Product::Messaging,
        Product::PreviewMessaging,
    ] {
        for url_edge in options(Edge::ALL) {
            for url_region in regions() {
                let url = format!(
                    "https://{}/v1",
                    Hostname::new(product, url_edge, url_region)
                );
                for edge in options(Edge::ALL) {
                    for region in regions() {
                        let target = StrictTarget::new(edge, region);
                        let mut buf = [0u8; 128];
                        match target.rewrite_into(&url, &mut buf) {
                            Ok(out) => {
                                let compatible = rewrite(target.compatible(), &url).unwrap();
                                assert_eq!(out, compatible, "{url} {target:?}");
                                let host = Hostname::from_url(out).unwrap();
                                assert!(!host.verdict().is_fail(), "{url} {target:?}");
                                assert_eq!(host.product(), product);
                                ok += 1;
                            }
                            Err(RewriteError::Refused(r)) => {
                                assert!(r.verdict().is_fail(), "{url} {target:?}");
                                refused += 1;
                            }
                            Err(e) => panic!("{url} {target:?}: {e}"),
                        }
                    }
                }
            }
        }
    }
    assert_eq!(ok + refused, 4 * 18 * 10 * 18 * 10);
    assert!(ok > 0 && refused > 0);
}

#[test]
fn display_of_errors_is_written_without_allocating_surprises() {
    let mut text = heapless::String::<300>::new();
    write!(text, "{}", RewriteError::HostTooLong { len: 300 }).unwrap();
    assert_eq!(
        text,
        "the rewritten host would be 300 bytes; a name holds at most 253"
    );
}

#[test]
fn values_are_small_plain_data() {
    fn plain<T: Copy + Send + Sync + Eq + std::hash::Hash + std::fmt::Debug>() {}
    fn error<T: std::error::Error + Copy + Send + Sync + Eq>() {}
    plain::<Target<'static>>();
    plain::<StrictTarget>();
    error::<RewriteError>();
    error::<Refusal>();
    error::<twilio_fqdn::TargetError>();
    // Two optional table values; errors fit in a few words.
    assert_eq!(std::mem::size_of::<StrictTarget>(), 2);
    assert!(
        std::mem::size_of::<RewriteError>() <= 24,
        "{}",
        std::mem::size_of::<RewriteError>()
    );
    assert!(std::mem::size_of::<twilio_fqdn::TargetError>() <= 16);
}
