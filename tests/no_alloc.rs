//! Proof of zero allocation: a counting global allocator, first shown to
//! count, then zero across every door of the crate.
//!
//! Counting is per thread, so the test harness's own threads cannot disturb it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;

use twilio_fqdn::{
    check, Availability, Credential, Hostname, HttpUrl, NonTwilio, Policy, Product, Region,
    RegionSet, Sid, StrictTarget, Target, MAX_HOST_LEN,
};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to `System` unchanged; only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as our caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as our caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made by `f` on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

const INPUTS: &[&str] = &[
    "api.twilio.com",
    "API.Sydney.AU1.twilio.com.",
    "api.ie1.twilio.com",
    "preview.messaging.twilio.com",
    "conversations.roaming.gll.twilio.com",
    "api.twilio.com.evil.com",
    "api..twilio.com",
    "https://u:p@api.dublin.ie1.twilio.com:443/2010-04-01/Accounts/AC1/Messages.json?x=1#y",
    "https://api.twilio.com@evil.com/",
    "https://[::1]/",
];

#[test]
fn the_counter_counts() {
    let n = allocations(|| {
        let v: Vec<u8> = Vec::with_capacity(16);
        std::hint::black_box(v);
    });
    assert_eq!(n, 1);
}

#[test]
fn parse_verdict_encode_and_from_url_do_not_allocate() {
    // Warm up anything lazily initialised by std (none expected in the crate).
    let _ = Hostname::parse(INPUTS[0]);
    let n = allocations(|| {
        for &input in INPUTS {
            let parsed = std::hint::black_box(Hostname::parse_host_or_url(input));
            let _ = std::hint::black_box(Hostname::parse_bytes(input.as_bytes()));
            let _ = std::hint::black_box(Hostname::parse_host_or_url_bytes(input.as_bytes()));
            let _ = std::hint::black_box(HttpUrl::parse(input));
            match parsed {
                Ok(host) => {
                    let verdict = host.verdict();
                    let mut buf = [0u8; MAX_HOST_LEN];
                    std::hint::black_box(host.encode_into(&mut buf).ok());
                    std::hint::black_box(host.to_heapless());
                    let mut text = heapless::String::<256>::new();
                    write!(text, "{host} {verdict} {:>50}", host).unwrap();
                    std::hint::black_box(&text);
                }
                Err(e) => {
                    let mut text = heapless::String::<256>::new();
                    write!(text, "{e}").unwrap();
                    std::hint::black_box(&text);
                }
            }
        }
    });
    assert_eq!(n, 0);
}

/// Availability lookups and gateway checks (issue 4), with their `Display`.
const URLS: &[&str] = &[
    "https://notify.dublin.ie1.twilio.com/v1/Credentials",
    "https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json?x=1#y",
    "https://api.sydney.au1.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls/CA01/UserDefinedMessages.json",
    "https://messaging.frankfurt.ie1.twilio.com/v1/Services",
    "https://api.ie1.twilio.com/",
    "https://api.tokyo.jp1.twilio.com/",
    "https://lookups.twilio.com/v2/PhoneNumbers/+14155550100",
    "https://api.twilio.com/v1/../x",
    "https://api.twilio.com/v1/%2e",
    "https://example.com/",
    "https://foo.twilio.com/",
    "api.dublin.ie1.twilio.com",
    "notify.dublin.ie1.twilio.com",
    "",
];

#[test]
fn availability_lookup_and_policy_check_do_not_allocate() {
    let sid = Sid::parse("SK0123456789abcdef0123456789abcdef").unwrap();
    let policies = [
        Policy::new(RegionSet::EMPTY.with(Region::Ie1)),
        Policy::new(RegionSet::PROCESSING).non_twilio(NonTwilio::Allow),
        Policy::new(RegionSet::PROCESSING)
            .credential(Credential::new(Some(sid), Region::Au1).unwrap()),
    ];
    // Warm up anything lazily initialised by std (none expected in the crate).
    let _ = check(URLS[0], &policies[0]);
    let mut checked = 0;
    let n = allocations(|| {
        for &url in URLS {
            if let Ok((host, availability)) = std::hint::black_box(Availability::lookup_url(url)) {
                let at = availability.at(host);
                let mut text = heapless::String::<512>::new();
                write!(text, "{at} {}", availability.note()).unwrap();
                std::hint::black_box(&text);
            }
            for policy in &policies {
                let decision = std::hint::black_box(check(std::hint::black_box(url), policy));
                let mut text = heapless::String::<512>::new();
                write!(text, "{decision}").unwrap();
                std::hint::black_box(&text);
                checked += 1;
            }
        }
        let host = Hostname::parse("lookups.dublin.ie1.twilio.com").unwrap();
        std::hint::black_box(policies[0].check_host(host));
        std::hint::black_box(policies[0].check_endpoint(host, "/v2/PhoneNumbers"));
        std::hint::black_box(Availability::lookup(Product::Api, "/2010-04-01/Accounts.json").ok());
        std::hint::black_box(Availability::best_level(Product::Lookups, Region::Ie1));
        std::hint::black_box("us1,ie1".parse::<RegionSet>().ok());
        std::hint::black_box(Sid::parse("AC0123456789abcdef0123456789abcdef").ok());
        let mut text = heapless::String::<64>::new();
        write!(text, "{sid} {}", RegionSet::PROCESSING).unwrap();
        std::hint::black_box(&text);
    });
    assert_eq!(checked, URLS.len() * policies.len());
    assert_eq!(n, 0);
}

#[test]
fn rewrite_into_a_buffer_does_not_allocate() {
    let compatible = [
        Target::NONE,
        Target::new(Some("sydney"), Some("au1")).unwrap(),
        Target::new(Some("edge"), None).unwrap(),
        Target::new(Some(""), Some("ie1"))
            .unwrap()
            .or_environment(Some("dublin"), None)
            .unwrap(),
    ];
    let strict = [
        StrictTarget::NONE,
        StrictTarget::for_region(Region::Ie1),
        StrictTarget::new(None, Some(Region::Ie1)),
        StrictTarget::parse(Some("roaming"), Some("gll")).unwrap(),
    ];
    let urls = INPUTS.iter().copied().chain([
        "https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json",
        "http://localhost:4010/v1",
        "https://user:pw@API.urlEdge.urlRegion.twilio.com.:8443/v1?x=1#y",
        "https://api%2Etwilio.com/",
        "https://autopilot.twilio.com/v1",
    ]);
    let n = allocations(|| {
        for url in urls {
            let mut buf = [0u8; 256];
            let mut small = [0u8; 8];
            for target in compatible {
                let _ = std::hint::black_box(target.rewrite_into(url, &mut buf));
                let _ = std::hint::black_box(target.rewrite_into(url, &mut small));
                let mut text = heapless::String::<256>::new();
                if let Err(e) = target.rewrite_to(url, &mut text) {
                    write!(text, "{e}").unwrap();
                }
                std::hint::black_box(&text);
            }
            for target in strict {
                let _ = std::hint::black_box(target.host_for(url));
                match target.rewrite_into(url, &mut buf) {
                    Ok(out) => {
                        std::hint::black_box(out);
                    }
                    Err(e) => {
                        let mut text = heapless::String::<512>::new();
                        write!(text, "{e}").unwrap();
                        std::hint::black_box(&text);
                    }
                }
            }
        }
    });
    assert_eq!(n, 0);
}
