//! The parsed hostname: three small labels, and its canonical encoding.

use crate::error::{BufferTooSmall, ErrorKind, ParseError};
use crate::labels::{Edge, Product, Region, DOMAIN_SUFFIX, MAX_HOST_LEN};
use crate::url::HttpUrl;
use crate::verdict::Verdict;

/// A Twilio REST API hostname: a product, and the edge and region as written.
///
/// Three bytes, `Copy`, no borrowed input. Every value is a syntactically
/// valid host; whether it *works* is its [`verdict`](Self::verdict).
///
/// ```
/// use twilio_fqdn::{Edge, Hostname, Product, Region};
///
/// let host = Hostname::parse("API.Sydney.au1.twilio.com.")?;
/// assert_eq!(host.product(), Product::Api);
/// assert_eq!(host.edge(), Some(Edge::Sydney));
/// assert_eq!(host.region(), Some(Region::Au1));
/// assert_eq!(host.processing_region(), Some(Region::Au1));
/// assert_eq!(host.to_heapless(), "api.sydney.au1.twilio.com");
/// # Ok::<(), twilio_fqdn::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hostname {
    product: Product,
    edge: Option<Edge>,
    region: Option<Region>,
}

/// The shape of a host (RULES.md §2), read off which labels are present.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    /// `{product}.twilio.com`: processed in us1 through edge ashburn.
    Legacy,
    /// `{product}.{region}.twilio.com`.
    RegionOnly,
    /// `{product}.{edge}.twilio.com`: an edge without a region.
    EdgeOnly,
    /// `{product}.{edge}.{region}.twilio.com`.
    Regional,
}

impl Hostname {
    /// Any combination of labels; see the named constructors.
    #[must_use]
    pub const fn new(product: Product, edge: Option<Edge>, region: Option<Region>) -> Self {
        Hostname {
            product,
            edge,
            region,
        }
    }

    /// `{product}.twilio.com`.
    #[must_use]
    pub const fn legacy(product: Product) -> Self {
        Self::new(product, None, None)
    }

    /// `{product}.{region}.twilio.com`.
    #[must_use]
    pub const fn region_only(product: Product, region: Region) -> Self {
        Self::new(product, None, Some(region))
    }

    /// `{product}.{edge}.twilio.com`.
    #[must_use]
    pub const fn edge_only(product: Product, edge: Edge) -> Self {
        Self::new(product, Some(edge), None)
    }

    /// `{product}.{edge}.{region}.twilio.com`.
    #[must_use]
    pub const fn regional(product: Product, edge: Edge, region: Region) -> Self {
        Self::new(product, Some(edge), Some(region))
    }

    /// Parses a hostname: any ASCII case, one optional trailing dot.
    ///
    /// Succeeds for every syntactically valid name under `twilio.com` whose
    /// labels are all known, including hosts that do not work (their
    /// [`verdict`](Self::verdict) says so).
    ///
    /// ```
    /// use twilio_fqdn::{ErrorKind, Hostname};
    ///
    /// let err = Hostname::parse("api..twilio.com").unwrap_err();
    /// assert_eq!((err.index(), err.kind()), (4, ErrorKind::EmptyLabel));
    /// ```
    pub const fn parse(input: &str) -> Result<Self, ParseError> {
        crate::parse::parse_host(input.as_bytes())
    }

    /// [`parse`](Self::parse) for bytes (any byte that is not `[A-Za-z0-9-.]`
    /// is an error, so there is no UTF-8 to check).
    pub const fn parse_bytes(input: &[u8]) -> Result<Self, ParseError> {
        crate::parse::parse_host(input)
    }

    /// The host an `http`/`https` client connects to for this absolute URL,
    /// parsed as a Twilio host. Error indexes count from the start of `url`.
    ///
    /// The host is found as a WHATWG URL parser finds it (the last `@` ends
    /// the userinfo; `\` ends the authority), so this never names a Twilio
    /// host where a browser or `reqwest` would connect elsewhere. What it
    /// cannot judge safely — control bytes or spaces anywhere, percent-encoded
    /// or non-ASCII hosts, IP literals — is an error.
    ///
    /// ```
    /// use twilio_fqdn::{ErrorKind, Hostname};
    ///
    /// let host = Hostname::from_url("https://user:pw@api.dublin.ie1.twilio.com:443/v1?x#y")?;
    /// assert_eq!(host.to_heapless(), "api.dublin.ie1.twilio.com");
    ///
    /// // The userinfo ends at the last `@`: this request goes to evil.com.
    /// let err = Hostname::from_url("https://api.twilio.com@evil.com/").unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::NotTwilio);
    /// # Ok::<(), twilio_fqdn::ParseError>(())
    /// ```
    pub fn from_url(url: &str) -> Result<Self, ParseError> {
        let parts = HttpUrl::parse(url)?;
        Self::parse(parts.host()).map_err(|e| e.offset(parts.host_range().start))
    }

    /// A URL when `input` starts with `http:` or `https:` (any case),
    /// otherwise a bare hostname: the door for configs and logs that hold
    /// either.
    pub fn parse_host_or_url(input: &str) -> Result<Self, ParseError> {
        if crate::url::has_http_scheme(input.as_bytes()) {
            Self::from_url(input)
        } else {
            Self::parse(input)
        }
    }

    /// [`parse_host_or_url`](Self::parse_host_or_url) for bytes that may
    /// not be UTF-8: lines of a log, arguments, C strings. A bare host goes
    /// to [`parse_bytes`](Self::parse_bytes); a URL must be UTF-8, and its
    /// first byte that is not is an [`InvalidByte`](ErrorKind::InvalidByte)
    /// error at that index.
    ///
    /// ```
    /// use twilio_fqdn::{ErrorKind, Hostname};
    ///
    /// let host = Hostname::parse_host_or_url_bytes(b"https://api.twilio.com/v1")?;
    /// assert_eq!(host.to_heapless(), "api.twilio.com");
    ///
    /// let err = Hostname::parse_host_or_url_bytes(b"https://api.twilio.com/\xff").unwrap_err();
    /// assert_eq!((err.index(), err.kind()), (23, ErrorKind::InvalidByte(0xff)));
    /// let err = Hostname::parse_host_or_url_bytes(b"api.tw\xc3\xaflio.com").unwrap_err();
    /// assert_eq!((err.index(), err.kind()), (6, ErrorKind::InvalidByte(0xc3)));
    /// # Ok::<(), twilio_fqdn::ParseError>(())
    /// ```
    pub fn parse_host_or_url_bytes(input: &[u8]) -> Result<Self, ParseError> {
        if !crate::url::has_http_scheme(input) {
            return Self::parse_bytes(input);
        }
        match core::str::from_utf8(input) {
            Ok(url) => Self::from_url(url),
            Err(e) => {
                let at = e.valid_up_to();
                Err(ParseError::new(at, ErrorKind::InvalidByte(input[at])))
            }
        }
    }

    /// The product: the first label (two for `preview.messaging`).
    #[must_use]
    pub const fn product(&self) -> Product {
        self.product
    }

    /// The edge as written in the host.
    #[must_use]
    pub const fn edge(&self) -> Option<Edge> {
        self.edge
    }

    /// The region code as written in the host.
    #[must_use]
    pub const fn region(&self) -> Option<Region> {
        self.region
    }

    /// The shape of the host.
    #[must_use]
    pub const fn form(&self) -> Form {
        match (self.edge, self.region) {
            (None, None) => Form::Legacy,
            (None, Some(_)) => Form::RegionOnly,
            (Some(_), None) => Form::EdgeOnly,
            (Some(_), Some(_)) => Form::Regional,
        }
    }

    /// The edge requests really enter through: the written edge, or
    /// `ashburn` for a legacy host (documented as implicit). `None` for a
    /// region-only host, whose entry the docs leave to geo-DNS.
    #[must_use]
    pub const fn effective_edge(&self) -> Option<Edge> {
        match self.form() {
            Form::Legacy => Some(Edge::Ashburn),
            _ => self.edge,
        }
    }

    /// The region that really processes a request to this host; `None` when
    /// no region does (the host fails) or the docs do not say (`jp1`).
    /// Shorthand for `self.verdict().processed_in()`.
    #[must_use]
    pub const fn processing_region(&self) -> Option<Region> {
        self.verdict().processed_in()
    }

    /// Whether this host works, and the fix when it does not.
    #[must_use]
    pub const fn verdict(&self) -> Verdict {
        crate::verdict::classify(*self)
    }

    /// The labels of the canonical (lowercase) host, in order: `product`,
    /// then `edge` and `region` when present. The domain is not included.
    const fn parts(&self) -> [Option<&'static str>; 3] {
        [
            Some(self.product.as_str()),
            match self.edge {
                Some(e) => Some(e.as_str()),
                None => None,
            },
            match self.region {
                Some(r) => Some(r.as_str()),
                None => None,
            },
        ]
    }

    /// Length of the canonical host in bytes.
    #[must_use]
    pub const fn encoded_len(&self) -> usize {
        let parts = self.parts();
        let mut len = DOMAIN_SUFFIX.len();
        let mut i = 0;
        while i < parts.len() {
            if let Some(part) = parts[i] {
                len += part.len() + if i == 0 { 0 } else { 1 };
            }
            i += 1;
        }
        len
    }

    /// Writes the canonical lowercase host into `buf` and returns it; the
    /// fast door for hot paths and firmware (no `core::fmt`).
    ///
    /// ```
    /// use twilio_fqdn::{Edge, Hostname, Product, Region, MAX_HOST_LEN};
    ///
    /// let mut buf = [0u8; MAX_HOST_LEN];
    /// let host = Hostname::regional(Product::Api, Edge::Dublin, Region::Ie1);
    /// assert_eq!(host.encode_into(&mut buf), Ok("api.dublin.ie1.twilio.com"));
    /// ```
    pub fn encode_into<'b>(&self, buf: &'b mut [u8]) -> Result<&'b str, BufferTooSmall> {
        let needed = self.encoded_len();
        let Some(out) = buf.get_mut(..needed) else {
            return Err(BufferTooSmall { needed });
        };
        let mut at = 0;
        for part in self.parts().into_iter().flatten() {
            if at > 0 {
                out[at] = b'.';
                at += 1;
            }
            out[at..at + part.len()].copy_from_slice(part.as_bytes());
            at += part.len();
        }
        out[at..].copy_from_slice(DOMAIN_SUFFIX.as_bytes());
        // Every byte came from an ASCII table label, so this cannot fail.
        core::str::from_utf8(out).map_err(|_| BufferTooSmall { needed })
    }

    /// The canonical host in a fixed-capacity string that always fits.
    #[must_use]
    pub fn to_heapless(&self) -> heapless::String<MAX_HOST_LEN> {
        let mut buf = [0u8; MAX_HOST_LEN];
        let mut out = heapless::String::new();
        if let Ok(host) = self.encode_into(&mut buf) {
            // MAX_HOST_LEN is the longest encoding (checked at compile time
            // in `labels`), so both steps always succeed.
            let _ = out.push_str(host);
        }
        out
    }

    /// Writes the canonical host to `f` piece by piece (`write_str` only).
    pub(crate) fn write_to(&self, f: &mut impl core::fmt::Write) -> core::fmt::Result {
        f.write_str(self.product.as_str())?;
        for part in self.parts()[1..].iter().flatten() {
            f.write_str(".")?;
            f.write_str(part)?;
        }
        f.write_str(DOMAIN_SUFFIX)
    }
}

impl core::str::FromStr for Hostname {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Self::parse(s)
    }
}

impl TryFrom<&str> for Hostname {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, ParseError> {
        Self::parse(s)
    }
}

// A parsed host is three one-byte labels (the `Option`s use the enums'
// spare values): it must stay small enough to pass in a register.
const _: () = assert!(core::mem::size_of::<Hostname>() <= 4);
