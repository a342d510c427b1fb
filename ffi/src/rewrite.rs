//! Rewriting request URLs from C, like the helper libraries do
//! (`twilio_fqdn_rewrite`) or strictly (`twilio_fqdn_rewrite_strict`).

use core::ffi::c_char;

use twilio_fqdn::{Edge, Region, RewriteError, Setting, StrictTarget, Target, TargetError};

use crate::io::{self, OutBuf};
use crate::{
    report, text, Classification, ErrorSpan, Failure, TWILIO_FQDN_ERR_BUFFER_TOO_SMALL,
    TWILIO_FQDN_ERR_INVALID_EDGE_VALUE, TWILIO_FQDN_ERR_INVALID_REGION_VALUE,
    TWILIO_FQDN_ERR_NULL_POINTER, TWILIO_FQDN_ERR_REFUSED, TWILIO_FQDN_ERR_REWRITE_OTHER,
    TWILIO_FQDN_ERR_TOO_LONG,
};

/// Edge and region values as configured (`twilio_fqdn_target`): a NULL
/// pointer or a zero length is "not set", as an unset `TWILIO_EDGE` is.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct TargetValues {
    /// The edge value's bytes, or NULL.
    pub edge: *const u8,
    /// Its length.
    pub edge_len: usize,
    /// The region value's bytes, or NULL.
    pub region: *const u8,
    /// Its length.
    pub region_len: usize,
}

/// A strict target as codes (`twilio_fqdn_strict_target`):
/// `TWILIO_FQDN_NONE` for "not set".
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrictCodes {
    /// An edge code or `TWILIO_FQDN_NONE`.
    pub edge: u8,
    /// A region code or `TWILIO_FQDN_NONE`.
    pub region: u8,
}

/// How a rewrite failed, with what the caller may want besides the code.
enum RewriteFailure {
    Plain(Failure),
    /// The buffer is too small; bytes needed, NUL included.
    TooSmall(usize),
    /// Strict mode refused this host's rewrite.
    Refused(Classification),
}

impl From<i32> for RewriteFailure {
    fn from(code: i32) -> Self {
        RewriteFailure::Plain(Failure::Code(code))
    }
}

impl From<Failure> for RewriteFailure {
    fn from(failure: Failure) -> Self {
        RewriteFailure::Plain(failure)
    }
}

impl From<RewriteError> for RewriteFailure {
    fn from(error: RewriteError) -> Self {
        match error {
            RewriteError::Url(e) => RewriteFailure::Plain(e.into()),
            RewriteError::HostTooLong { .. } => TWILIO_FQDN_ERR_TOO_LONG.into(),
            RewriteError::BufferTooSmall(b) => RewriteFailure::TooSmall(b.needed.saturating_add(1)),
            RewriteError::Refused(refusal) => {
                RewriteFailure::Refused(Classification::of(refusal.host()))
            }
            _ => TWILIO_FQDN_ERR_REWRITE_OTHER.into(),
        }
    }
}

impl From<TargetError> for RewriteFailure {
    fn from(error: TargetError) -> Self {
        let code = match error.setting() {
            Setting::Edge => TWILIO_FQDN_ERR_INVALID_EDGE_VALUE,
            Setting::Region => TWILIO_FQDN_ERR_INVALID_REGION_VALUE,
        };
        let start = error.index();
        let span = ErrorSpan {
            start,
            end: start.saturating_add(1),
        };
        RewriteFailure::Plain(Failure::At(code, span))
    }
}

/// Reports a rewrite's failure: the code, and the out-parameters it fills.
///
/// # Safety
///
/// `needed`, `refused` and `span` are each NULL or writable for one value.
unsafe fn finish(
    result: Result<i32, RewriteFailure>,
    needed: *mut usize,
    refused: *mut Classification,
    span: *mut ErrorSpan,
) -> i32 {
    let result = match result {
        Ok(len) => Ok(len),
        Err(RewriteFailure::Plain(failure)) => Err(failure),
        Err(RewriteFailure::TooSmall(bytes)) => {
            // SAFETY: the contract of this function.
            unsafe { io::write_optional(needed, bytes) };
            Err(Failure::Code(TWILIO_FQDN_ERR_BUFFER_TOO_SMALL))
        }
        Err(RewriteFailure::Refused(classification)) => {
            // SAFETY: the contract of this function.
            unsafe { io::write_optional(refused, classification) };
            Err(Failure::Code(TWILIO_FQDN_ERR_REFUSED))
        }
    };
    // SAFETY: the contract of this function.
    unsafe { report(result, span) }
}

/// One configured value as text: NULL or empty is "not set".
///
/// # Safety
///
/// `data` is NULL or points to `len` readable bytes.
unsafe fn value<'a>(
    data: *const u8,
    len: usize,
    setting: Setting,
) -> Result<Option<&'a str>, RewriteFailure> {
    if data.is_null() {
        return Ok(None);
    }
    // SAFETY: the contract of this function.
    let bytes = unsafe { io::input(data, len) }?;
    match core::str::from_utf8(bytes) {
        Ok(s) => Ok(Some(s)),
        // No byte past ASCII is a DNS label byte: the error is where the
        // text stops being UTF-8, as `Target::new` would put it.
        Err(e) => Err(match setting {
            Setting::Edge => TWILIO_FQDN_ERR_INVALID_EDGE_VALUE,
            Setting::Region => TWILIO_FQDN_ERR_INVALID_REGION_VALUE,
        })
        .map_err(|code| {
            let start = e.valid_up_to();
            let end = start.saturating_add(1);
            RewriteFailure::Plain(Failure::At(code, ErrorSpan { start, end }))
        }),
    }
}

/// Rewrites `url` as the official helper libraries do with this edge and
/// region (RULES.md §7), into `buf` with a NUL: `api.twilio.com` with
/// region `ie1` becomes `api.ie1.twilio.com`, whatever that host's verdict.
/// Hosts outside `twilio.com` are left unchanged.
///
/// Returns the URL's length, or an error code: on
/// `TWILIO_FQDN_ERR_BUFFER_TOO_SMALL`, `*needed` (when not NULL) is the
/// buffer size that fits, NUL included; on
/// `TWILIO_FQDN_ERR_INVALID_EDGE_VALUE`/`_REGION_VALUE`, `*error_span` is
/// the offending byte of that value; on a URL error, the span in the URL.
///
/// # Safety
///
/// `url` is NULL or points to `url_len` readable bytes; `target` is NULL or
/// points to a `twilio_fqdn_target` whose non-NULL values point to their
/// lengths of readable bytes; `buf` is NULL or writable for `cap` bytes;
/// `needed` and `error_span` are NULL or writable for one value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_rewrite(
    url: *const u8,
    url_len: usize,
    target: *const TargetValues,
    buf: *mut c_char,
    cap: usize,
    needed: *mut usize,
    error_span: *mut ErrorSpan,
) -> i32 {
    let result = (|| {
        // First, so that buf[0] is NUL whatever fails (before any input is
        // borrowed: an overlapping input is only an error, never aliased).
        // SAFETY: `buf` is NULL or writable for `cap` bytes (contract).
        let out = unsafe { OutBuf::new(buf.cast(), cap) }?;
        // SAFETY: `url` and `url_len` are as `io::input` needs (our contract).
        let url_bytes = unsafe { io::input(url, url_len) }?;
        if target.is_null() {
            return Err(TWILIO_FQDN_ERR_NULL_POINTER.into());
        }
        // SAFETY: not NULL, and points to a `twilio_fqdn_target` (contract);
        // `read_unaligned` needs no alignment.
        let values = unsafe { target.read_unaligned() };
        // SAFETY: the values point to their lengths of bytes (contract).
        let edge = unsafe { value(values.edge, values.edge_len, Setting::Edge) }?;
        // SAFETY: as above.
        let region = unsafe { value(values.region, values.region_len, Setting::Region) }?;
        let target = Target::new(edge, region)?;
        let url = text(url_bytes)?;
        let inputs = [
            url_bytes,
            edge.unwrap_or("").as_bytes(),
            region.unwrap_or("").as_bytes(),
        ];
        out.write_with(&inputs, |slice| {
            Ok(target.rewrite_into(url, slice).map(str::len)?)
        })
    })();
    // SAFETY: the out-parameters are NULL or writable (contract).
    unsafe { finish(result, needed, core::ptr::null_mut(), error_span) }
}

/// Rewrites `url` to the strict target's edge and region, into `buf` with a
/// NUL, refusing to produce a host that does not work: a region without its
/// edge, `roaming`, `gll`, an edge without a region, a retired product.
///
/// Returns the URL's length, or an error code: on `TWILIO_FQDN_ERR_REFUSED`,
/// `*refused` (when not NULL) classifies the refused host, with its fix; on
/// `TWILIO_FQDN_ERR_BUFFER_TOO_SMALL`, `*needed` is the size that fits.
/// `TWILIO_FQDN_ERR_INVALID_ARGUMENT` for codes that name nothing.
///
/// # Safety
///
/// `url` is NULL or points to `url_len` readable bytes; `buf` is NULL or
/// writable for `cap` bytes; `needed`, `refused` and `error_span` are NULL
/// or writable for one value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_rewrite_strict(
    url: *const u8,
    url_len: usize,
    target: StrictCodes,
    buf: *mut c_char,
    cap: usize,
    needed: *mut usize,
    refused: *mut Classification,
    error_span: *mut ErrorSpan,
) -> i32 {
    let result = (|| {
        // First, so that buf[0] is NUL whatever fails.
        // SAFETY: `buf` is NULL or writable for `cap` bytes (contract).
        let out = unsafe { OutBuf::new(buf.cast(), cap) }?;
        // SAFETY: `url` and `url_len` are as `io::input` needs (our contract).
        let url_bytes = unsafe { io::input(url, url_len) }?;
        let edge = crate::optional_label(Edge::ALL, target.edge)?;
        let region = crate::optional_label(Region::ALL, target.region)?;
        let target = StrictTarget::new(edge, region);
        let url = text(url_bytes)?;
        out.write_with(&[url_bytes], |slice| {
            Ok(target.rewrite_into(url, slice).map(str::len)?)
        })
    })();
    // SAFETY: the out-parameters are NULL or writable (contract).
    unsafe { finish(result, needed, refused, error_span) }
}
