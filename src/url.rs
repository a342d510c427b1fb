//! Finding the host of an `http`/`https` URL exactly where a WHATWG URL
//! parser (browsers, `reqwest`, the `url` crate) finds it, without
//! allocating. Rewriting and policy build on the same split.

use core::ops::Range;

use crate::error::{ErrorKind, ParseError};

/// An absolute `http` or `https` URL split around its host.
///
/// Everything outside [`host`](Self::host) is kept as written; only what
/// decides *where the request goes* is checked. Rejected, because a WHATWG
/// parser would read them differently from a naive one: control bytes and
/// spaces anywhere (WHATWG strips tabs and newlines *inside* URLs), IP
/// literals, bad ports. The host itself is returned as written (it may
/// still be percent-encoded or non-ASCII; [`Hostname::parse`] rejects such
/// bytes).
///
/// [`Hostname::parse`]: crate::Hostname::parse
///
/// ```
/// use twilio_fqdn::HttpUrl;
///
/// let url = HttpUrl::parse("https://user@api.twilio.com:8443/v1/Calls?x=1#top")?;
/// assert_eq!(url.before_host(), "https://user@");
/// assert_eq!(url.host(), "api.twilio.com");
/// assert_eq!(url.port(), Some(8443));
/// assert_eq!(url.after_host(), ":8443/v1/Calls?x=1#top");
/// assert_eq!(url.path(), "/v1/Calls");
/// # Ok::<(), twilio_fqdn::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HttpUrl<'a> {
    url: &'a str,
    host_start: u32,
    host_end: u32,
    authority_end: u32,
}

/// True when `input` starts with `http:` or `https:`, in any case.
pub(crate) fn has_http_scheme(input: &[u8]) -> bool {
    scheme_len(input).is_some()
}

/// Length of an `http:` / `https:` scheme including its colon.
fn scheme_len(input: &[u8]) -> Option<usize> {
    let starts_with = |scheme: &[u8]| {
        input
            .get(..scheme.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(scheme))
    };
    if starts_with(b"https:") {
        Some(6)
    } else if starts_with(b"http:") {
        Some(5)
    } else {
        None
    }
}

impl<'a> HttpUrl<'a> {
    /// Splits an absolute `http`/`https` URL. Indexes in errors count from
    /// the start of `url`.
    pub fn parse(url: &'a str) -> Result<Self, ParseError> {
        let bytes = url.as_bytes();
        if bytes.is_empty() {
            return Err(ParseError::new(0, ErrorKind::Empty));
        }
        if bytes.len() > u32::MAX as usize {
            return Err(ParseError::new(u32::MAX as usize, ErrorKind::TooLong));
        }
        if let Some(at) = first_control(bytes) {
            return Err(ParseError::new(at, ErrorKind::InvalidByte(bytes[at])));
        }
        let Some(scheme) = scheme_len(bytes) else {
            return Err(ParseError::new(0, ErrorKind::NotHttpUrl));
        };
        // Special schemes skip any run of `/` and `\` before the authority.
        let authority_start = scheme
            + bytes[scheme..]
                .iter()
                .take_while(|&&b| b == b'/' || b == b'\\')
                .count();
        // One pass over the authority: where it ends, and where its host
        // starts (the userinfo ends at the *last* `@`).
        let mut authority_end = bytes.len();
        let mut host_start = authority_start;
        for (i, &b) in bytes.iter().enumerate().skip(authority_start) {
            match AUTHORITY[usize::from(b)] {
                END => {
                    authority_end = i;
                    break;
                }
                AT => host_start = i + 1,
                _ => {}
            }
        }
        if bytes.get(host_start) == Some(&b'[') {
            return Err(ParseError::new(host_start, ErrorKind::IpLiteral));
        }
        let host_end = host_start
            + bytes[host_start..authority_end]
                .iter()
                .position(|&b| b == b':')
                .unwrap_or(authority_end - host_start);
        if host_end == host_start {
            return Err(ParseError::new(host_start, ErrorKind::EmptyHost));
        }
        if host_end < authority_end {
            check_port(&bytes[host_end + 1..authority_end]).map_err(|e| e.offset(host_end + 1))?;
        }
        Ok(HttpUrl {
            url,
            host_start: host_start as u32,
            host_end: host_end as u32,
            authority_end: authority_end as u32,
        })
    }

    /// The whole URL as given.
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.url
    }

    /// The host, as written.
    #[must_use]
    pub fn host(&self) -> &'a str {
        &self.url[self.host_range()]
    }

    /// Where the host stands in the URL.
    #[must_use]
    pub fn host_range(&self) -> Range<usize> {
        self.host_start as usize..self.host_end as usize
    }

    /// Scheme, slashes and userinfo: everything before the host.
    #[must_use]
    pub fn before_host(&self) -> &'a str {
        &self.url[..self.host_start as usize]
    }

    /// Port, path, query and fragment: everything after the host.
    #[must_use]
    pub fn after_host(&self) -> &'a str {
        &self.url[self.host_end as usize..]
    }

    /// The explicit port, if any (`None` for none or an empty one).
    #[must_use]
    pub fn port(&self) -> Option<u16> {
        let digits = self
            .url
            .get(self.host_end as usize + 1..self.authority_end as usize)?;
        digits.parse().ok()
    }

    /// The path as written (up to `?` or `#`); empty when the URL has none.
    #[must_use]
    pub fn path(&self) -> &'a str {
        let rest = &self.url[self.authority_end as usize..];
        let end = rest.find(['?', '#']).unwrap_or(rest.len());
        &rest[..end]
    }
}

/// Bytes that end the authority of a special URL, and the `@` that ends
/// its userinfo; one table lookup per byte.
const END: u8 = 1;
const AT: u8 = 2;
const AUTHORITY: [u8; 256] = {
    let mut table = [0u8; 256];
    table[b'/' as usize] = END;
    table[b'\\' as usize] = END;
    table[b'?' as usize] = END;
    table[b'#' as usize] = END;
    table[b'@' as usize] = AT;
    table
};

/// The first control byte, space or DEL. Sixteen bytes at a time, without
/// a branch inside a chunk (it vectorises), while there is none: the usual
/// case.
fn first_control(bytes: &[u8]) -> Option<usize> {
    let is_control = |b: u8| (b <= b' ') | (b == 0x7f);
    let mut clean = 0;
    for chunk in bytes.chunks_exact(16) {
        if chunk.iter().fold(false, |found, &b| found | is_control(b)) {
            break;
        }
        clean += 16;
    }
    bytes[clean..]
        .iter()
        .position(|&b| is_control(b))
        .map(|i| clean + i)
}

/// A port is empty or decimal digits worth at most 65535 (leading zeros
/// allowed, as WHATWG allows them).
fn check_port(digits: &[u8]) -> Result<(), ParseError> {
    let mut value: u32 = 0;
    for (i, &b) in digits.iter().enumerate() {
        if !b.is_ascii_digit() {
            return Err(ParseError::new(i, ErrorKind::InvalidPort));
        }
        value = value * 10 + u32::from(b - b'0');
        if value > u32::from(u16::MAX) {
            return Err(ParseError::new(i, ErrorKind::InvalidPort));
        }
    }
    Ok(())
}
