//! Arbitrary URL or host and policy: never panics; an allow names a region
//! the policy allows, which is the region that really processes the host;
//! a non-Twilio allow happens only when the policy allows those.
#![no_main]

use libfuzzer_sys::fuzz_target;
use twilio_fqdn::{check, Allowed, Decision, Hostname, NonTwilio, Policy, Region, RegionSet};

/// `input 0xff allow-low allow-high non-twilio`: 0xff is never part of a
/// `str`, so seeds are written by hand. Bit `i` of the allow bytes allows
/// `Region::ALL[i]`; an odd last byte allows non-Twilio hosts.
struct Input<'a> {
    input: &'a str,
    allow: u16,
    allow_non_twilio: bool,
}

impl<'a> Input<'a> {
    fn split(data: &'a [u8]) -> Option<Self> {
        let (text, policy) = match data.iter().position(|&b| b == 0xff) {
            Some(at) => (&data[..at], &data[at + 1..]),
            None => (data, &[][..]),
        };
        let byte = |i: usize| policy.get(i).copied().unwrap_or(0);
        Some(Input {
            input: core::str::from_utf8(text).ok()?,
            allow: u16::from_le_bytes([byte(0), byte(1)]),
            allow_non_twilio: byte(2) & 1 == 1,
        })
    }
}

fuzz_target!(|data: &[u8]| {
    let Some(input) = Input::split(data) else {
        return;
    };
    let allow = Region::ALL
        .iter()
        .enumerate()
        .filter(|(i, _)| input.allow >> i & 1 == 1)
        .fold(RegionSet::EMPTY, |set, (_, &r)| set.with(r));
    let non_twilio = if input.allow_non_twilio {
        NonTwilio::Allow
    } else {
        NonTwilio::Deny
    };
    let policy = Policy::new(allow).non_twilio(non_twilio);

    let decision = check(input.input, &policy);
    assert!(!decision.to_string().is_empty());
    match decision {
        Decision::Allow(Allowed::Endpoint { region, .. } | Allowed::Host { region }) => {
            assert!(
                allow.contains(region),
                "{:?} allowed in {region}",
                input.input
            );
            let host = Hostname::parse_host_or_url(input.input)
                .unwrap_or_else(|e| panic!("{:?} allowed but does not parse: {e}", input.input));
            assert_eq!(host.processing_region(), Some(region), "{:?}", input.input);
            assert!(
                !host.verdict().is_fail(),
                "{:?}: {}",
                input.input,
                host.verdict()
            );
        }
        Decision::Allow(Allowed::NonTwilio) => {
            assert!(
                input.allow_non_twilio,
                "{:?} allowed as non-Twilio",
                input.input
            );
        }
        Decision::Allow(_) | Decision::Deny(_) => {}
    }
});
