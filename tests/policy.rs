//! Residency policy, regional credentials and the gateway `check`: every
//! form of RULES.md §2 against the allow-lists the issue names, every pair
//! of credential and host region, the order of the checks, and a property
//! test that nothing outside the allow-list gets through.

use proptest::prelude::*;
use twilio_fqdn::{
    check, Allowed, Credential, Decision, Denied, Edge, ErrorKind, Hostname, Level, NonTwilio,
    PathErrorKind, Policy, Product, Region, RegionError, RegionSet, Sid,
};

/// What RULES.md §2 says about where a form is processed.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// Processed in this region through a documented edge (or us1).
    In(Region),
    /// Processed in this region, but not through its documented edge.
    WrongEdge(Region),
    /// The verdict is fail.
    Fails,
    /// No documented processing region (`jp1`).
    NoRegion,
}

use Expect::*;

/// Every example of RULES.md §2 (the same hosts as tests/forms.rs).
const FORMS: &[(&str, Expect)] = &[
    ("video.twilio.com", In(Region::Us1)),
    ("api.us1.twilio.com", In(Region::Us1)),
    ("api.ie1.twilio.com", Fails),
    ("api.au1.twilio.com", Fails),
    ("api.br1.twilio.com", Fails),
    ("api.de1.twilio.com", Fails),
    ("api.jp1.twilio.com", Fails),
    ("api.sg1.twilio.com", Fails),
    ("api.us2.twilio.com", Fails),
    ("voice.frankfurt.us1.twilio.com", In(Region::Us1)),
    ("api.dublin.ie1.twilio.com", In(Region::Ie1)),
    ("api.sydney.au1.twilio.com", In(Region::Au1)),
    ("api.frankfurt.ie1.twilio.com", WrongEdge(Region::Ie1)),
    ("api.tokyo.au1.twilio.com", WrongEdge(Region::Au1)),
    ("api.roaming.ie1.twilio.com", Fails),
    ("api.roaming.us1.twilio.com", Fails),
    ("conversations.roaming.gll.twilio.com", Fails),
    ("api.ashburn.gll.twilio.com", Fails),
    ("api.gll.twilio.com", Fails),
    ("api.frankfurt.de1.twilio.com", Fails),
    ("api.umatilla.us2.twilio.com", Fails),
    ("api.sao-paulo.br1.twilio.com", Fails),
    ("api.singapore.sg1.twilio.com", Fails),
    ("api.tokyo.jp1.twilio.com", NoRegion),
    ("api.frankfurt.twilio.com", Fails),
    ("api.roaming.twilio.com", Fails),
    ("autopilot.twilio.com", Fails),
    ("preview.messaging.twilio.com", Fails),
    ("api.london-ix.ie1.twilio.com", In(Region::Ie1)),
    ("api.sydney-ix.au1.twilio.com", In(Region::Au1)),
];

const ALLOW_LISTS: [RegionSet; 4] = [
    RegionSet::EMPTY.with(Region::Us1),
    RegionSet::EMPTY.with(Region::Ie1),
    RegionSet::EMPTY.with(Region::Au1),
    RegionSet::EMPTY.with(Region::Ie1).with(Region::Au1),
];

/// Checks one decision against what the form says; `what` names the case.
fn assert_residency(decision: Decision, expect: Expect, allow: RegionSet, what: &str) {
    match (expect, decision) {
        (In(r), Decision::Allow(a)) if allow.contains(r) => {
            assert!(
                matches!(a, Allowed::Endpoint { region, .. } | Allowed::Host { region } if region == r),
                "{what}: {a:?}"
            );
        }
        (In(r) | WrongEdge(r), Decision::Deny(Denied::RegionNotAllowed { region, .. }))
            if !allow.contains(r) =>
        {
            assert_eq!(region, r, "{what}");
        }
        (WrongEdge(r), Decision::Deny(Denied::EdgeRequired { region, edge, .. }))
            if allow.contains(r) =>
        {
            assert_eq!((region, Some(edge)), (r, r.documented_edge()), "{what}");
        }
        (Fails, Decision::Deny(Denied::HostFails(v))) => assert!(v.is_fail(), "{what}"),
        (NoRegion, Decision::Deny(Denied::NoProcessingRegion(v))) => {
            assert_eq!(v.processed_in(), None, "{what}")
        }
        (expect, decision) => panic!("{what}: expected {expect:?}, got {decision:?}"),
    }
}

#[test]
fn every_form_against_every_allow_list() {
    for allow in ALLOW_LISTS {
        let policy = Policy::new(allow);
        for &(host, expect) in FORMS {
            let what = format!("{host} under {{{allow}}}");
            // As a bare host, as a URL, and through check_host.
            assert_residency(check(host, &policy), expect, allow, &what);
            let url = format!("https://{host}/");
            assert_residency(check(&url, &policy), expect, allow, &url);
            let parsed = Hostname::parse(host).unwrap();
            assert_residency(policy.check_host(parsed), expect, allow, &what);
        }
    }
}

#[test]
fn legacy_and_retired_region_only_hosts_are_us1() {
    let us1 = Policy::new(RegionSet::EMPTY.with(Region::Us1));
    let ie1 = Policy::new(RegionSet::EMPTY.with(Region::Ie1));
    assert!(check("https://api.twilio.com/2010-04-01/Accounts.json", &us1).is_allowed());
    // The legacy host is us1, whatever the data: not EU.
    assert_eq!(
        check("https://api.twilio.com/2010-04-01/Accounts.json", &ie1).to_string(),
        "deny: processed in us1, which the policy does not allow; use api.dublin.ie1.twilio.com"
    );
    // A retired region-only host is denied under either list: it no longer
    // serves, and it never processed in ie1.
    for policy in [us1, ie1] {
        let decision = check(
            "https://api.ie1.twilio.com/2010-04-01/Accounts.json",
            &policy,
        );
        assert!(
            matches!(decision, Decision::Deny(Denied::HostFails(_))),
            "{decision:?}"
        );
    }
}

#[test]
fn suggestions_come_from_the_allowed_regions() {
    let cases: &[(&str, RegionSet, Option<&str>)] = &[
        (
            "https://api.twilio.com/",
            ALLOW_LISTS[1],
            Some("api.dublin.ie1.twilio.com"),
        ),
        (
            "https://api.twilio.com/",
            ALLOW_LISTS[2],
            Some("api.sydney.au1.twilio.com"),
        ),
        (
            "https://api.twilio.com/",
            ALLOW_LISTS[3],
            Some("api.dublin.ie1.twilio.com"),
        ),
        (
            "https://api.dublin.ie1.twilio.com/",
            ALLOW_LISTS[0],
            Some("api.twilio.com"),
        ),
        // Messaging is not in au1: the suggestion skips it.
        (
            "https://messaging.twilio.com/v1/Services",
            ALLOW_LISTS[3],
            Some("messaging.dublin.ie1.twilio.com"),
        ),
        (
            "https://messaging.twilio.com/v1/Services",
            ALLOW_LISTS[2],
            None,
        ),
        ("https://video.twilio.com/v1/Rooms", ALLOW_LISTS[1], None),
        (
            "https://lookups.twilio.com/v2/PhoneNumbers/+14155550100",
            ALLOW_LISTS[3],
            Some("lookups.dublin.ie1.twilio.com"),
        ),
        (
            "https://lookups.twilio.com/v1/PhoneNumbers/+14155550100",
            ALLOW_LISTS[3],
            None,
        ),
    ];
    for &(url, allow, instead) in cases {
        match check(url, &Policy::new(allow)) {
            Decision::Deny(Denied::RegionNotAllowed { instead: got, .. }) => {
                assert_eq!(
                    got.map(|h| h.to_string()).as_deref(),
                    instead,
                    "{url} {allow}"
                );
            }
            other => panic!("{url}: {other:?}"),
        }
    }
}

#[test]
fn availability_is_checked_after_residency() {
    let eu = Policy::new(ALLOW_LISTS[1]);
    let cases: &[(&str, &str)] = &[
        (
            "https://notify.dublin.ie1.twilio.com/v1/Credentials",
            "deny: this notify endpoint is not available in ie1; no allowed region offers it (offered in us1)",
        ),
        (
            "https://messaging.frankfurt.ie1.twilio.com/v1/Services",
            "deny: ie1 is reached only through edge dublin; use messaging.dublin.ie1.twilio.com",
        ),
        (
            "https://messaging.dublin.ie1.twilio.com/v1/Services",
            "allow: processed in ie1 (beta)",
        ),
        (
            "https://lookups.dublin.ie1.twilio.com/v1/PhoneNumbers/+14155550100",
            "deny: this lookups endpoint is not available in ie1; no allowed region offers it (offered in us1)",
        ),
        (
            "https://lookups.dublin.ie1.twilio.com/v2/PhoneNumbers/+14155550100",
            "allow: processed in ie1 (ga)",
        ),
        (
            "lookups.dublin.ie1.twilio.com",
            "allow: processed in ie1 (no path given: the product offers endpoints there)",
        ),
        (
            "notify.dublin.ie1.twilio.com",
            "deny: this notify endpoint is not available in ie1; no allowed region offers it (offered in us1)",
        ),
    ];
    for &(input, text) in cases {
        assert_eq!(check(input, &eu).to_string(), text, "{input}");
    }
    // Not available in au1, but ie1 is allowed too: suggest it.
    let both = Policy::new(ALLOW_LISTS[3]);
    assert_eq!(
        check("https://api.sydney.au1.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json", &both)
            .to_string(),
        "deny: this api endpoint is not available in au1; use api.dublin.ie1.twilio.com"
    );
}

#[test]
fn credential_mismatch_for_each_pair_of_regions() {
    let sid = Sid::parse("SK0123456789abcdef0123456789abcdef").unwrap();
    for credential_region in Region::PROCESSING {
        for host_region in Region::PROCESSING {
            let credential = Credential::new(Some(sid), credential_region).unwrap();
            let policy = Policy::new(RegionSet::PROCESSING).credential(credential);
            let host = twilio_fqdn::documented_host(Product::Api, host_region);
            let url = format!("https://{host}/2010-04-01/Accounts.json");
            let decision = check(&url, &policy);
            let what = format!("{credential} at {url}");
            if credential_region == host_region {
                assert_eq!(
                    decision,
                    Decision::Allow(Allowed::Endpoint {
                        region: host_region,
                        level: Level::Ga
                    }),
                    "{what}"
                );
                assert_eq!(credential.check(host_region), Ok(()));
            } else {
                assert_eq!(
                    decision,
                    Decision::Deny(Denied::CredentialRegion {
                        credential: credential_region,
                        needed: host_region,
                    }),
                    "{what}"
                );
                let text = decision.to_string();
                let needed = format!("use an API key or auth token of {host_region}");
                assert!(text.contains(&needed), "{what}: {text}");
                assert!(
                    text.contains(&format!("belongs to {credential_region}")),
                    "{text}"
                );
                let mismatch = credential.check(host_region).unwrap_err();
                assert_eq!(
                    (mismatch.credential, mismatch.needed),
                    (credential_region, host_region)
                );
            }
        }
    }
}

#[test]
fn credentials_only_belong_to_processing_regions() {
    for &region in Region::ALL {
        assert_eq!(
            Credential::new(None, region).is_ok(),
            region.is_processing(),
            "{region}"
        );
    }
    assert_eq!(
        Credential::new(None, Region::Jp1).unwrap_err().to_string(),
        "jp1 is not a processing region: expected us1, ie1 or au1"
    );
    let account = Sid::parse("AC0123456789abcdef0123456789abcdef").unwrap();
    let credential = Credential::new(Some(account), Region::Au1).unwrap();
    assert_eq!(
        credential.to_string(),
        "AC0123456789abcdef0123456789abcdef (au1)"
    );
    assert_eq!(credential.sid(), Some(account));
    assert_eq!(
        Sid::parse("PN0123456789abcdef0123456789abcdef")
            .unwrap_err()
            .to_string(),
        "not an API key SID (SK...) or Account SID (AC...) at byte 0"
    );
    assert_eq!(
        Sid::parse("SK0123456789abcdef0123456789abcdeZ")
            .unwrap_err()
            .to_string(),
        "byte 0x5a ('Z') is not a hex digit at byte 33"
    );
}

#[test]
fn non_twilio_hosts_are_the_callers_choice() {
    let deny = Policy::new(RegionSet::PROCESSING);
    let allow = deny.non_twilio(NonTwilio::Allow);
    assert_eq!(deny.non_twilio_hosts(), NonTwilio::Deny);
    for input in [
        "https://example.com/v1",
        "example.com",
        "https://[::1]/",
        "https://api.twilio.com@evil.com/",
        "https://api.twilio.com.evil.com/",
        "http://10.0.0.1:8080/",
    ] {
        assert_eq!(
            check(input, &deny),
            Decision::Deny(Denied::NonTwilio),
            "{input}"
        );
        assert_eq!(
            check(input, &allow),
            Decision::Allow(Allowed::NonTwilio),
            "{input}"
        );
    }
    // An unknown name under twilio.com is not "non-Twilio": it is denied
    // whatever the caller chose, because its region cannot be known.
    for input in [
        "https://foo.twilio.com/",
        "ftp://api.twilio.com/",
        "https://api.twilio.com:99999/",
        "",
    ] {
        for policy in [deny, allow] {
            assert!(
                matches!(check(input, &policy), Decision::Deny(Denied::Unparsable(_))),
                "{input}"
            );
        }
    }
    match check("https://foo.twilio.com/", &allow) {
        Decision::Deny(Denied::Unparsable(e)) => {
            assert_eq!(
                (e.index(), e.kind()),
                (8, ErrorKind::UnknownProduct { len: 3 })
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_order_of_the_checks() {
    let sid = Sid::parse("SK0123456789abcdef0123456789abcdef").unwrap();
    let au1_key = Credential::new(Some(sid), Region::Au1).unwrap();
    let policy = Policy::new(ALLOW_LISTS[1]).credential(au1_key);
    // Path before verdict: a failing host with a bad path reports the path.
    assert!(matches!(
        check("https://api.ie1.twilio.com/a/../b", &policy),
        Decision::Deny(Denied::BadPath(e)) if e.kind() == PathErrorKind::DotSegment && e.index() == 29
    ));
    // Verdict before residency.
    assert!(matches!(
        check("https://api.roaming.us1.twilio.com/", &policy),
        Decision::Deny(Denied::HostFails(_))
    ));
    // Residency before availability: notify credentials in us1.
    assert!(matches!(
        check("https://notify.twilio.com/v1/Credentials", &policy),
        Decision::Deny(Denied::RegionNotAllowed {
            region: Region::Us1,
            instead: None
        })
    ));
    // Availability before the edge, the edge before the credential.
    assert!(matches!(
        check(
            "https://notify.frankfurt.ie1.twilio.com/v1/Credentials",
            &policy
        ),
        Decision::Deny(Denied::NotAvailable {
            region: Region::Ie1,
            ..
        })
    ));
    assert!(matches!(
        check("https://api.frankfurt.ie1.twilio.com/", &policy),
        Decision::Deny(Denied::EdgeRequired {
            region: Region::Ie1,
            edge: Edge::Dublin,
            ..
        })
    ));
    assert_eq!(
        check("https://api.dublin.ie1.twilio.com/", &policy),
        Decision::Deny(Denied::CredentialRegion {
            credential: Region::Au1,
            needed: Region::Ie1
        })
    );
    // `instead` is the allowed region's host; that it then needs an ie1
    // credential is the credential check's sentence.
    assert_eq!(
        check("https://api.twilio.com/", &policy).to_string(),
        "deny: processed in us1, which the policy does not allow; use api.dublin.ie1.twilio.com"
    );
}

#[test]
fn every_denial_says_what_to_do() {
    let policy = Policy::new(ALLOW_LISTS[1]);
    let cases: &[(&str, &str)] = &[
        ("https://example.com/", "deny: not a Twilio host, and the policy denies non-Twilio hosts"),
        ("https://foo.twilio.com/", "deny: not a Twilio REST URL or host: unknown Twilio product (3 bytes) at byte 8"),
        ("https://api.dublin.ie1.twilio.com/v1//Calls", "deny: path not in normal form: empty segment ('//') at byte 37; send the normalized path"),
        ("https://api.dublin.ie1.twilio.com/v1/%2e%2e/Calls", "deny: path not in normal form: percent-encoding ('%'), which is not decoded at byte 37; send the normalized path"),
        ("https://api.roaming.ie1.twilio.com/", "deny: the host does not work: edge roaming is not a REST API edge: TLS name mismatch (twilio-csharp#798); use api.dublin.ie1.twilio.com"),
        ("https://api.tokyo.jp1.twilio.com/", "deny: no documented processing region: jp1 is listed as a region only by the Twilio CLI docs; the current docs process data in us1, ie1 and au1 only; use api.tokyo.us1.twilio.com"),
        ("https://autopilot.twilio.com/", "deny: the host does not work: product autopilot is retired; its hosts no longer serve"),
    ];
    for &(input, text) in cases {
        assert_eq!(check(input, &policy).to_string(), text, "{input}");
    }
    // No row offers nothing anywhere today; the sentence for it still reads.
    let nowhere = Denied::NotAvailable {
        product: Product::Api,
        region: Region::Ie1,
        instead: None,
        offered_in: RegionSet::EMPTY,
    };
    assert_eq!(
        nowhere.to_string(),
        "this api endpoint is not available in ie1; no region offers it"
    );
}

#[test]
fn region_lists_parse_strictly() {
    let set: RegionSet = "us1,IE1".parse().unwrap();
    assert_eq!(set, RegionSet::of(&[Region::Us1, Region::Ie1]));
    assert_eq!(set.iter().collect::<Vec<_>>(), [Region::Us1, Region::Ie1]);
    assert_eq!(RegionSet::EMPTY.to_string(), "none");
    assert_eq!(RegionSet::PROCESSING.to_string(), "us1,ie1,au1");
    let errors: &[(&str, RegionError)] = &[
        ("", RegionError::Empty),
        ("us1,", RegionError::Empty),
        ("us1,,ie1", RegionError::Empty),
        ("eu1", RegionError::Unknown),
        ("us1,de1", RegionError::NotProcessing(Region::De1)),
        ("gll", RegionError::NotProcessing(Region::Gll)),
        ("jp1", RegionError::NotProcessing(Region::Jp1)),
    ];
    for &(input, error) in errors {
        assert_eq!(input.parse::<RegionSet>(), Err(error), "{input:?}");
    }
}

fn arb_host() -> impl Strategy<Value = Hostname> {
    (
        0..Product::ALL.len(),
        proptest::option::of(0..Edge::ALL.len()),
        proptest::option::of(0..Region::ALL.len()),
    )
        .prop_map(|(p, e, r)| {
            Hostname::new(
                Product::ALL[p],
                e.map(|e| Edge::ALL[e]),
                r.map(|r| Region::ALL[r]),
            )
        })
}

const PATHS: &[&str] = &[
    "/",
    "/v1/Credentials",
    "/v2/PhoneNumbers/+1",
    "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json",
    "/v1/Trunks/TK01/PhoneNumbers",
];

proptest! {
    #[test]
    fn allowed_only_if_processed_in_an_allowed_region(
        host in arb_host(),
        bits in proptest::collection::vec(0..Region::ALL.len(), 0..4),
        path in proptest::sample::select(PATHS),
        credential in proptest::option::of(0..3usize),
    ) {
        let allow = RegionSet::of(&bits.iter().map(|&i| Region::ALL[i]).collect::<Vec<_>>());
        let mut policy = Policy::new(allow);
        if let Some(c) = credential {
            policy = policy.credential(Credential::new(None, Region::PROCESSING[c]).unwrap());
        }
        let url = format!("https://{host}{path}");
        let verdict = host.verdict();
        for decision in [check(&url, &policy), policy.check_host(host), policy.check_endpoint(host, path)] {
            if decision.is_allowed() {
                let region = verdict.processed_in();
                prop_assert!(!verdict.is_fail(), "{url}: {decision}");
                prop_assert!(region.is_some_and(|r| allow.contains(r)), "{url}: {decision}");
                if let Some(c) = policy.credential_checked() {
                    prop_assert_eq!(Some(c.region()), region);
                }
            } else if !verdict.is_fail() && verdict.processed_in().is_some_and(|r| !allow.contains(r)) {
                let is_region_denial = matches!(decision, Decision::Deny(Denied::RegionNotAllowed { .. }));
                prop_assert!(is_region_denial, "{}: {}", url, decision);
            }
        }
        prop_assert_eq!(check(&url, &policy), policy.check_endpoint(host, path));
    }
}

#[test]
fn values_are_small_plain_data() {
    use std::mem::size_of;
    use twilio_fqdn::{AtHost, Availability, CredentialMismatch, LookupError, PathError, SidError};
    fn plain<T: Copy + Send + Sync + Eq + std::hash::Hash + std::fmt::Debug + std::fmt::Display>() {
    }
    fn error<T: std::error::Error + Copy + Send + Sync + Eq>() {}
    plain::<Decision>();
    plain::<Allowed>();
    plain::<Denied>();
    plain::<AtHost>();
    plain::<Level>();
    plain::<RegionSet>();
    plain::<Sid>();
    plain::<Credential>();
    error::<PathError>();
    error::<LookupError>();
    error::<SidError>();
    error::<RegionError>();
    error::<CredentialMismatch>();
    fn send_sync<T: Copy + Send + Sync>() {}
    send_sync::<Policy>();
    assert!(size_of::<Availability>() <= 2);
    assert!(size_of::<Policy>() <= 24, "{}", size_of::<Policy>());
    assert!(size_of::<Decision>() <= 32, "{}", size_of::<Decision>());
}
