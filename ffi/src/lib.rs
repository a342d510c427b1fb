//! The C ABI of [`twilio_fqdn`]: one authoritative implementation of Twilio
//! REST hostnames for SDKs in C, C++, Go, Python and Swift: parse, classify,
//! encode, rewrite request URLs (compatible and strict), endpoint
//! availability, and the gateway's residency check.
//!
//! The header is `ffi/include/twilio_fqdn.h`; this crate builds it into a
//! static library (`libtwilio_fqdn_ffi.a`) and a shared one.
//!
//! The rules every function keeps:
//!
//! - Inputs are `(pointer, length)` byte strings, never NUL-terminated.
//! - Outputs are caller-provided: a struct pointer, or a buffer and its
//!   capacity that receives text and a NUL terminator. Functions that write
//!   text return its length (without the NUL), others `TWILIO_FQDN_OK`;
//!   errors are negative codes, [`twilio_fqdn_error_message`] names them.
//! - A NULL where a pointer is required, a too-short buffer, a length above
//!   `PTRDIFF_MAX`, a code that names nothing, bytes that are not UTF-8: all
//!   are error codes. Nothing allocates, nothing panics (the glue indexes
//!   nothing and unwraps nothing; the lints below enforce it), nothing keeps
//!   state: every function is thread-safe.
//! - Labels are `uint8_t` codes, the `repr(u8)` values of [`Product`],
//!   [`Edge`] and [`Region`]; [`TWILIO_FQDN_NONE`] means absent.
//!
//! This crate is the only place of the project with `unsafe`; each block
//! says why it is sound, and `io` holds every access to caller memory.
#![deny(
    missing_docs,
    unsafe_op_in_unsafe_fn,
    clippy::undocumented_unsafe_blocks,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::arithmetic_side_effects
)]
// `no_mangle` is an unsafe attribute: each exported name is unique to this
// crate (all start with `twilio_fqdn_`), so no symbol can clash.

use core::ffi::{c_char, CStr};

use twilio_fqdn::{Edge, Hostname, ParseError, Product, Region, MAX_HOST_LEN};

mod codes;
mod io;
mod policy;
mod rewrite;

pub use codes::*;
use io::{OutBuf, StackText};
pub use policy::{
    twilio_fqdn_availability_lookup, twilio_fqdn_policy_check, twilio_fqdn_policy_describe,
    AvailabilityCodes, DecisionCodes, PolicyCodes,
};
pub use rewrite::{twilio_fqdn_rewrite, twilio_fqdn_rewrite_strict, StrictCodes, TargetValues};

/// A parsed host as label codes (`twilio_fqdn_host`).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Host {
    /// A product code (`TWILIO_FQDN_PRODUCT_*`); in a fix, `TWILIO_FQDN_NONE`
    /// when there is no fix.
    pub product: u8,
    /// An edge code (`TWILIO_FQDN_EDGE_*`) or `TWILIO_FQDN_NONE`.
    pub edge: u8,
    /// A region code (`TWILIO_FQDN_REGION_*`) or `TWILIO_FQDN_NONE`.
    pub region: u8,
}

/// Everything the crate says about a host (`twilio_fqdn_classification`).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Classification {
    /// The host as parsed.
    pub host: Host,
    /// Its shape (`TWILIO_FQDN_FORM_*`).
    pub form: u8,
    /// The region that really processes its requests, or `TWILIO_FQDN_NONE`
    /// when none does or the docs do not say.
    pub processing_region: u8,
    /// `TWILIO_FQDN_SEVERITY_OK`, `_WARN` or `_FAIL`.
    pub severity: u8,
    /// Why (`TWILIO_FQDN_REASON_*`).
    pub reason: u8,
    /// The host to use instead; `fix.product == TWILIO_FQDN_NONE` when there
    /// is none (the host is ok, or nothing replaces a retired product).
    pub fix: Host,
}

/// Where a parse error is, in bytes from the start of the input
/// (`twilio_fqdn_error_span`): the offending byte, or the whole unknown
/// label; `start == end` for errors about no byte in particular.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ErrorSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Buffer size that always fits [`twilio_fqdn_encode`]'s output with its NUL.
pub const TWILIO_FQDN_HOST_BUF_SIZE: usize = MAX_HOST_LEN + 1;

/// Buffer size that always fits [`twilio_fqdn_describe`]'s output with its
/// NUL (the test `describe_fits_for_every_host` proves it).
pub const TWILIO_FQDN_DESCRIBE_BUF_SIZE: usize = 256;

impl Host {
    /// The codes of a Rust hostname.
    #[must_use]
    pub const fn from_hostname(host: Hostname) -> Self {
        Host {
            product: host.product() as u8,
            edge: optional_code(match host.edge() {
                Some(edge) => Some(edge as u8),
                None => None,
            }),
            region: optional_code(match host.region() {
                Some(region) => Some(region as u8),
                None => None,
            }),
        }
    }

    /// The Rust hostname of these codes; `TWILIO_FQDN_ERR_INVALID_ARGUMENT`
    /// when a code names no label.
    pub fn to_hostname(self) -> Result<Hostname, i32> {
        let product = *Product::ALL
            .get(usize::from(self.product))
            .ok_or(TWILIO_FQDN_ERR_INVALID_ARGUMENT)?;
        let edge = optional_label(Edge::ALL, self.edge)?;
        let region = optional_label(Region::ALL, self.region)?;
        Ok(Hostname::new(product, edge, region))
    }
}

/// `TWILIO_FQDN_NONE` as `None`, a table code as its label.
pub(crate) fn optional_label<T: Copy>(all: &[T], code: u8) -> Result<Option<T>, i32> {
    if code == TWILIO_FQDN_NONE {
        return Ok(None);
    }
    all.get(usize::from(code))
        .copied()
        .map(Some)
        .ok_or(TWILIO_FQDN_ERR_INVALID_ARGUMENT)
}

impl Classification {
    /// The classification of a Rust hostname.
    #[must_use]
    pub const fn of(host: Hostname) -> Self {
        let verdict = host.verdict();
        Classification {
            host: Host::from_hostname(host),
            form: form_code(host.form()),
            processing_region: optional_code(match verdict.processed_in() {
                Some(region) => Some(region as u8),
                None => None,
            }),
            severity: severity_code(verdict.severity()),
            reason: reason_code(verdict.reason()),
            fix: match verdict.fix() {
                Some(fix) => Host::from_hostname(fix),
                None => Host {
                    product: TWILIO_FQDN_NONE,
                    edge: TWILIO_FQDN_NONE,
                    region: TWILIO_FQDN_NONE,
                },
            },
        }
    }
}

impl ErrorSpan {
    /// The span of a parse error.
    #[must_use]
    pub const fn of(error: &ParseError) -> Self {
        let span = error.span();
        ErrorSpan {
            start: span.start,
            end: span.end,
        }
    }
}

/// Why a call failed: a code, and for errors about bytes of the input,
/// where they are.
pub(crate) enum Failure {
    Code(i32),
    At(i32, ErrorSpan),
}

impl From<i32> for Failure {
    fn from(code: i32) -> Self {
        Failure::Code(code)
    }
}

impl From<ParseError> for Failure {
    fn from(error: ParseError) -> Self {
        Failure::At(parse_error_code(error.kind()), ErrorSpan::of(&error))
    }
}

/// The one `int32_t` C sees; the span of a failure goes to `span` when the
/// caller wants it.
///
/// # Safety
///
/// `span` is NULL or writable for one `twilio_fqdn_error_span`.
pub(crate) unsafe fn report(result: Result<i32, Failure>, span: *mut ErrorSpan) -> i32 {
    match result {
        Ok(value) | Err(Failure::Code(value)) => value,
        Err(Failure::At(code, at)) => {
            // SAFETY: the contract of this function.
            unsafe { io::write_optional(span, at) };
            code
        }
    }
}

/// Collapses a result without a span into the one `int32_t` C sees.
pub(crate) fn code(result: Result<i32, i32>) -> i32 {
    match result {
        Ok(value) | Err(value) => value,
    }
}

/// Reads UTF-8 text. A byte that is not UTF-8 cannot be part of a host, so,
/// as in the core's `parse_host_or_url_bytes`, it is an invalid byte.
pub(crate) fn text(bytes: &[u8]) -> Result<&str, Failure> {
    core::str::from_utf8(bytes).map_err(|e| {
        let start = e.valid_up_to();
        let span = ErrorSpan {
            start,
            end: start.saturating_add(1),
        };
        Failure::At(TWILIO_FQDN_ERR_INVALID_BYTE, span)
    })
}

/// Runs `parse` over the caller's input and stores its result.
///
/// # Safety
///
/// `input` is NULL or points to `len` readable bytes; `out` is NULL or
/// writable for one `T`; `span` is NULL or writable for one `ErrorSpan`.
unsafe fn parse_into<T>(
    input: *const u8,
    len: usize,
    out: *mut T,
    span: *mut ErrorSpan,
    parse: impl FnOnce(&[u8]) -> Result<T, Failure>,
) -> i32 {
    let result = (|| {
        // SAFETY: `input` and `len` are as `io::input` needs (our contract).
        let bytes = unsafe { io::input(input, len) }?;
        if out.is_null() {
            return Err(Failure::Code(TWILIO_FQDN_ERR_NULL_POINTER));
        }
        let value = parse(bytes)?;
        // SAFETY: `out` is writable for one `T` (our contract).
        unsafe { io::write(out, value) }?;
        Ok(TWILIO_FQDN_OK)
    })();
    // SAFETY: `span` is NULL or writable (our contract).
    unsafe { report(result, span) }
}

/// Parses a hostname (any ASCII case, one optional trailing dot) into
/// `*out`. Bytes outside `[A-Za-z0-9.-]`, including non-ASCII ones, are
/// `TWILIO_FQDN_ERR_INVALID_BYTE`.
///
/// Returns `TWILIO_FQDN_OK`, or an error code; on a parse error the span of
/// the offending bytes goes to `*error_span` when it is not NULL.
///
/// # Safety
///
/// `input` is NULL or points to `len` readable bytes; `out` is NULL or
/// writable for one `twilio_fqdn_host`; `error_span` is NULL or writable for
/// one `twilio_fqdn_error_span`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_parse(
    input: *const u8,
    len: usize,
    out: *mut Host,
    error_span: *mut ErrorSpan,
) -> i32 {
    let parse = |bytes: &[u8]| Ok(Host::from_hostname(Hostname::parse_bytes(bytes)?));
    // SAFETY: this function's contract is `parse_into`'s.
    unsafe { parse_into(input, len, out, error_span, parse) }
}

/// Parses the host of an absolute `http`/`https` URL into `*out`, as a
/// WHATWG URL parser finds it. Error spans count from the start of the URL;
/// a byte that is not UTF-8 is `TWILIO_FQDN_ERR_INVALID_BYTE`.
///
/// # Safety
///
/// As [`twilio_fqdn_parse`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_parse_url(
    input: *const u8,
    len: usize,
    out: *mut Host,
    error_span: *mut ErrorSpan,
) -> i32 {
    let parse = |bytes: &[u8]| Ok(Host::from_hostname(Hostname::from_url(text(bytes)?)?));
    // SAFETY: this function's contract is `parse_into`'s.
    unsafe { parse_into(input, len, out, error_span, parse) }
}

/// Parses a hostname or an `http`/`https` URL and classifies it into
/// `*out`: the labels, the form, where requests are processed, the verdict
/// and the fix. The one call most SDKs need.
///
/// # Safety
///
/// `input` is NULL or points to `len` readable bytes; `out` is NULL or
/// writable for one `twilio_fqdn_classification`; `error_span` is NULL or
/// writable for one `twilio_fqdn_error_span`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_check(
    input: *const u8,
    len: usize,
    out: *mut Classification,
    error_span: *mut ErrorSpan,
) -> i32 {
    let parse = |bytes: &[u8]| {
        Ok(Classification::of(Hostname::parse_host_or_url(text(
            bytes,
        )?)?))
    };
    // SAFETY: this function's contract is `parse_into`'s.
    unsafe { parse_into(input, len, out, error_span, parse) }
}

/// Classifies a host given as codes into `*out`.
///
/// Returns `TWILIO_FQDN_OK`, `TWILIO_FQDN_ERR_INVALID_ARGUMENT` when a code
/// names no label, or `TWILIO_FQDN_ERR_NULL_POINTER`.
///
/// # Safety
///
/// `out` is NULL or writable for one `twilio_fqdn_classification`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_classify(host: Host, out: *mut Classification) -> i32 {
    code((|| {
        let host = host.to_hostname()?;
        // SAFETY: the caller's contract.
        unsafe { io::write(out, Classification::of(host)) }?;
        Ok(TWILIO_FQDN_OK)
    })())
}

/// Writes the canonical lowercase host (`api.dublin.ie1.twilio.com`) and a
/// NUL into `buf`. A buffer of `TWILIO_FQDN_HOST_BUF_SIZE` bytes always fits.
///
/// Returns the length without the NUL, or an error code (and then, when
/// `cap > 0`, `buf[0]` is NUL).
///
/// # Safety
///
/// `buf` is NULL or writable for `cap` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_encode(host: Host, buf: *mut c_char, cap: usize) -> i32 {
    code((|| {
        // SAFETY: the caller's contract.
        let out = unsafe { OutBuf::new(buf.cast(), cap) }?;
        let host = host.to_hostname()?;
        let mut local = [0u8; MAX_HOST_LEN];
        let encoded = host
            .encode_into(&mut local)
            .map_err(|_| TWILIO_FQDN_ERR_BUFFER_TOO_SMALL)?;
        Ok(out.put(encoded.as_bytes()))
    })())
}

/// Writes the verdict as a sentence a person can act on
/// (`fail: region-only host for ie1 was retired on 2026-04-28 (...); use
/// api.dublin.ie1.twilio.com`) and a NUL into `buf`. A buffer of
/// `TWILIO_FQDN_DESCRIBE_BUF_SIZE` bytes always fits.
///
/// Returns the length without the NUL, or an error code (and then, when
/// `cap > 0`, `buf[0]` is NUL).
///
/// # Safety
///
/// `buf` is NULL or writable for `cap` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_describe(host: Host, buf: *mut c_char, cap: usize) -> i32 {
    code((|| {
        // SAFETY: the caller's contract.
        let out = unsafe { OutBuf::new(buf.cast(), cap) }?;
        let host = host.to_hostname()?;
        let mut sentence = StackText::<TWILIO_FQDN_DESCRIBE_BUF_SIZE>::new();
        core::fmt::write(&mut sentence, format_args!("{}", host.verdict()))
            .map_err(|_| TWILIO_FQDN_ERR_BUFFER_TOO_SMALL)?;
        Ok(out.put(sentence.as_bytes()))
    })())
}

/// A C string's address, or NULL.
fn c_ptr(s: Option<&'static CStr>) -> *const c_char {
    s.map_or(core::ptr::null(), CStr::as_ptr)
}

/// The static, NUL-terminated message of a return code (`"empty label"`);
/// `"unknown return code"` for a number that is not one. Never NULL.
#[unsafe(no_mangle)]
pub extern "C" fn twilio_fqdn_error_message(code: i32) -> *const c_char {
    c_ptr(Some(message(code).unwrap_or(c"unknown return code")))
}

/// The static, NUL-terminated description of a reason code;
/// `"unknown reason code"` for a number that is not one. Never NULL.
#[unsafe(no_mangle)]
pub extern "C" fn twilio_fqdn_reason_message(reason: u8) -> *const c_char {
    c_ptr(Some(
        reason_message(reason).unwrap_or(c"unknown reason code"),
    ))
}

/// The static, NUL-terminated label of a product code (`"flex-api"`); NULL
/// for a code that names no product.
#[unsafe(no_mangle)]
pub extern "C" fn twilio_fqdn_product_name(product: u8) -> *const c_char {
    c_ptr(product_name(product))
}

/// The static, NUL-terminated label of an edge code; NULL for a code that
/// names no edge.
#[unsafe(no_mangle)]
pub extern "C" fn twilio_fqdn_edge_name(edge: u8) -> *const c_char {
    c_ptr(edge_name(edge))
}

/// The static, NUL-terminated label of a region code; NULL for a code that
/// names no region.
#[unsafe(no_mangle)]
pub extern "C" fn twilio_fqdn_region_name(region: u8) -> *const c_char {
    c_ptr(region_name(region))
}

/// The code of a label read by `lookup`, or `unknown`.
///
/// # Safety
///
/// `name` is NULL or points to `len` readable bytes.
unsafe fn label_code(
    name: *const u8,
    len: usize,
    lookup: fn(&[u8]) -> Option<u8>,
    unknown: i32,
) -> i32 {
    // SAFETY: the contract of this function.
    match unsafe { io::input(name, len) } {
        Ok(bytes) => lookup(bytes).map_or(unknown, i32::from),
        Err(code) => code,
    }
}

/// The code of a product label (`"flex-api"`, any ASCII case), or
/// `TWILIO_FQDN_ERR_UNKNOWN_PRODUCT`: for labels read from configuration.
///
/// # Safety
///
/// `name` is NULL or points to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_product_code(name: *const u8, len: usize) -> i32 {
    let lookup = |b: &[u8]| Product::from_bytes(b).map(|p| p as u8);
    // SAFETY: the contract of this function.
    unsafe { label_code(name, len, lookup, TWILIO_FQDN_ERR_UNKNOWN_PRODUCT) }
}

/// The code of an edge label (`"dublin"`, any ASCII case), or
/// `TWILIO_FQDN_ERR_UNKNOWN_EDGE`: for `TWILIO_EDGE` and strict targets.
///
/// # Safety
///
/// `name` is NULL or points to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_edge_code(name: *const u8, len: usize) -> i32 {
    let lookup = |b: &[u8]| Edge::from_bytes(b).map(|e| e as u8);
    // SAFETY: the contract of this function.
    unsafe { label_code(name, len, lookup, TWILIO_FQDN_ERR_UNKNOWN_EDGE) }
}

/// The code of a region code (`"ie1"`, any ASCII case), or
/// `TWILIO_FQDN_ERR_UNKNOWN_REGION`: for `TWILIO_REGION` and strict targets.
///
/// # Safety
///
/// `name` is NULL or points to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_region_code(name: *const u8, len: usize) -> i32 {
    let lookup = |b: &[u8]| Region::from_bytes(b).map(|r| r as u8);
    // SAFETY: the contract of this function.
    unsafe { label_code(name, len, lookup, TWILIO_FQDN_ERR_UNKNOWN_REGION) }
}

/// The library version (`"0.1.0"`), static and NUL-terminated; compare it
/// with the header's `TWILIO_FQDN_VERSION` to catch a header/library mismatch.
#[unsafe(no_mangle)]
pub extern "C" fn twilio_fqdn_version() -> *const c_char {
    c_ptr(Some(VERSION))
}

/// This crate's version as a C string.
pub const VERSION: &CStr = codes::nul_terminated!(env!("CARGO_PKG_VERSION"));
