//! Arbitrary bytes into `Hostname::parse_bytes`: never panics; agrees with
//! the hand-written `split('.')` parser of the benches on which host (if
//! any); an accepted input encodes back to itself lowercased, without its
//! trailing dot, and the encoding parses to the same value; an error points
//! inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use twilio_fqdn::{Hostname, MAX_HOST_LEN};

#[path = "../../benches/alternatives/naive.rs"]
mod naive;

fuzz_target!(|data: &[u8]| {
    let parsed = Hostname::parse_bytes(data);
    let oracle = core::str::from_utf8(data).ok().and_then(naive::parse);
    assert_eq!(parsed.ok(), oracle, "crate and naive parser disagree");
    match parsed {
        Ok(host) => {
            let mut buf = [0u8; MAX_HOST_LEN];
            let encoded = host.encode_into(&mut buf).expect("MAX_HOST_LEN fits");
            let name = data.strip_suffix(b".").unwrap_or(data);
            assert_eq!(encoded.as_bytes(), name.to_ascii_lowercase().as_slice());
            assert_eq!(Hostname::parse(encoded), Ok(host));
            assert_eq!(host.to_string(), encoded);
        }
        Err(err) => {
            assert!(
                err.span().end <= data.len().max(1),
                "{err:?} outside the input"
            );
            assert!(!err.to_string().is_empty());
        }
    }
});
