//! Parse a host and write it back canonically: the path firmware that never
//! formats takes. `measure.sh` checks it holds no `core::fmt`.
#![no_std]
#![no_main]

use core::hint::black_box;

use twilio_fqdn::{Hostname, MAX_HOST_LEN};
use twilio_fqdn_firmware::{entry, input};

fn work() {
    let mut buf = [0u8; MAX_HOST_LEN];
    match Hostname::parse_bytes(input()) {
        Ok(host) => {
            black_box(host.encode_into(&mut buf).map(str::len).ok());
        }
        Err(error) => {
            black_box((error.index(), error.span()));
        }
    }
}

entry!(work);
