//! Proof of zero allocation: a counting global allocator, first shown to
//! count, then zero across every door of the crate.
//!
//! Counting is per thread, so the test harness's own threads cannot disturb it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;

use twilio_fqdn::{Hostname, HttpUrl, MAX_HOST_LEN};

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
