//! The security property, differential against the `url` crate (WHATWG):
//! whenever `Hostname::from_url` names a Twilio host, `url::Url::parse` of
//! the same input succeeds with that same host (compared ASCII
//! case-insensitively, after our one-trailing-dot normalisation). A host we
//! call Twilio is a host a real client connects to.
#![no_main]

use libfuzzer_sys::fuzz_target;
use twilio_fqdn::{Hostname, HttpUrl};

fuzz_target!(|data: &[u8]| {
    let Ok(input) = core::str::from_utf8(data) else {
        return;
    };
    // Never panics, whatever the input.
    let _ = Hostname::parse_host_or_url(input);
    if let Ok(parts) = HttpUrl::parse(input) {
        let _ = (
            parts.port(),
            parts.path(),
            parts.before_host(),
            parts.after_host(),
        );
        assert_eq!(
            [parts.before_host(), parts.host(), parts.after_host()].concat(),
            input
        );
    }
    let Ok(host) = Hostname::from_url(input) else {
        return;
    };
    let url = url::Url::parse(input)
        .unwrap_or_else(|e| panic!("we name {host} for {input:?}, url rejects it: {e}"));
    let theirs = url
        .host_str()
        .unwrap_or_else(|| panic!("we name {host} for {input:?}, url finds no host"));
    let theirs = theirs.strip_suffix('.').unwrap_or(theirs);
    assert!(
        theirs.eq_ignore_ascii_case(&host.to_string()),
        "we name {host} for {input:?}, url connects to {theirs}"
    );
});
