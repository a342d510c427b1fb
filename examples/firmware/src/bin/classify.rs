//! Parse a host or URL, classify it, and write the host and its fix: what a
//! gateway checks before it opens a connection.
#![no_std]
#![no_main]

use core::hint::black_box;

use twilio_fqdn::{Hostname, Severity, MAX_HOST_LEN};
use twilio_fqdn_firmware::{entry, input};

fn work() {
    let mut buf = [0u8; MAX_HOST_LEN];
    let host = match Hostname::parse_host_or_url_bytes(input()) {
        Ok(host) => host,
        Err(error) => {
            black_box((error.index(), error.span()));
            return;
        }
    };
    let verdict = host.verdict();
    black_box((verdict.reason(), verdict.processed_in(), host.form()));
    let target = match (verdict.severity(), verdict.fix()) {
        (Severity::Ok, _) | (_, None) => host,
        (_, Some(fix)) => fix,
    };
    black_box(target.encode_into(&mut buf).map(str::len).ok());
}

entry!(work);
