//! Rewriting request URLs for an edge and a region exactly as Twilio's
//! helper libraries do (RULES.md §7), and a strict mode that refuses to
//! produce a host that does not work.
//!
//! The compatible rewrite works on labels as strings, like the libraries;
//! strict mode runs the same rewrite and then judges the host it produced
//! with [`Hostname::verdict`], so switching strict mode on never changes a
//! request that works: it only turns the broken ones into errors.

use core::fmt;

use crate::error::{BufferTooSmall, ErrorKind, ParseError};
use crate::host::Hostname;
use crate::labels::{eq_ignore_ascii_case, is_ldh, Edge, Region, DOMAIN_SUFFIX};
use crate::parse::{MAX_LABEL_LEN, MAX_NAME_LEN};
use crate::url::HttpUrl;
use crate::verdict::Verdict;

/// Which setting of a target a value is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Setting {
    /// The edge location (`TWILIO_EDGE`).
    Edge,
    /// The region (`TWILIO_REGION`).
    Region,
}

impl Setting {
    /// `edge` or `region`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Setting::Edge => "edge",
            Setting::Region => "region",
        }
    }

    /// The environment variable the helper libraries read this setting from:
    /// `TWILIO_EDGE` or `TWILIO_REGION` (python, node, go, php and the CLI;
    /// java only through its global client; C# and ruby read neither).
    #[must_use]
    pub const fn env_var(self) -> &'static str {
        match self {
            Setting::Edge => "TWILIO_EDGE",
            Setting::Region => "TWILIO_REGION",
        }
    }
}

/// Why a value cannot be used as an edge or a region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetErrorKind {
    /// A byte that is not `[A-Za-z0-9-]`. Values are spliced into a host,
    /// so a `.`, `/`, `@`, `:`, `#`, `\`, `%`, space or non-ASCII byte could
    /// make the URL name another host (`evil.com/x`, `x@evil`).
    InvalidByte(u8),
    /// Longer than a DNS label's 63 bytes; the index is that of byte 64.
    TooLong,
    /// Starts or ends with `-`.
    HyphenAtLabelEdge,
    /// Starts with `xn--`: a URL parser decodes such a label as an
    /// internationalised name, and rejects the URL when it does not decode.
    Punycode,
    /// Strict mode: not a Twilio edge (or region) of the tables.
    Unknown,
}

/// A value given for an edge or a region that cannot be used; the index
/// counts bytes from the start of the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TargetError {
    setting: Setting,
    index: usize,
    kind: TargetErrorKind,
}

impl TargetError {
    const fn new(setting: Setting, index: usize, kind: TargetErrorKind) -> Self {
        TargetError {
            setting,
            index,
            kind,
        }
    }

    /// The setting the value was for.
    #[must_use]
    pub const fn setting(&self) -> Setting {
        self.setting
    }

    /// The byte of the value where it stopped being usable.
    #[must_use]
    pub const fn index(&self) -> usize {
        self.index
    }

    /// What is wrong with it.
    #[must_use]
    pub const fn kind(&self) -> TargetErrorKind {
        self.kind
    }
}

impl core::error::Error for TargetError {}

/// A host strict mode will not produce: the host the rewrite would have
/// sent, its verdict (always [`Severity::Fail`](crate::Severity::Fail)) and
/// so its fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Refusal {
    host: Hostname,
    verdict: Verdict,
}

impl Refusal {
    const fn of(host: Hostname) -> Self {
        Refusal {
            host,
            verdict: host.verdict(),
        }
    }

    /// The host that was refused.
    #[must_use]
    pub const fn host(&self) -> Hostname {
        self.host
    }

    /// Why it was refused.
    #[must_use]
    pub const fn verdict(&self) -> Verdict {
        self.verdict
    }

    /// The host to use instead; `None` for a retired product.
    #[must_use]
    pub const fn fix(&self) -> Option<Hostname> {
        self.verdict.fix()
    }

    /// The target that produces the fix from a legacy URL such as
    /// `https://api.twilio.com/...`: e.g. edge `dublin` and region `ie1` for
    /// a refused `api.ie1.twilio.com`; no edge and no region when the fix is
    /// the legacy host. `None` when there is no fix.
    #[must_use]
    pub const fn fix_target(&self) -> Option<StrictTarget> {
        match self.verdict.fix() {
            Some(fix) => Some(StrictTarget::new(fix.edge(), fix.region())),
            None => None,
        }
    }
}

impl core::error::Error for Refusal {}

/// Why a URL was not rewritten. Nothing written before the error is a
/// result: the buffer doors write nothing at all unless they succeed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RewriteError {
    /// The URL cannot be rewritten safely: not an `http`/`https` URL,
    /// control bytes or spaces, a bad port, a host a URL parser would decode
    /// (percent-encoded or non-ASCII bytes), an empty label; in strict mode
    /// also a `twilio.com` host that does not parse. The index counts from
    /// the start of the URL.
    Url(ParseError),
    /// The rewritten host would be longer than a DNS name's 253 bytes.
    HostTooLong {
        /// Bytes the host would have.
        len: usize,
    },
    /// The caller's buffer cannot hold the URL; nothing was written.
    BufferTooSmall(BufferTooSmall),
    /// The [`fmt::Write`] sink failed; what it holds is incomplete.
    Write,
    /// Strict mode: the host would not work.
    Refused(Refusal),
}

impl core::error::Error for RewriteError {}

impl From<ParseError> for RewriteError {
    fn from(e: ParseError) -> Self {
        RewriteError::Url(e)
    }
}

impl From<BufferTooSmall> for RewriteError {
    fn from(e: BufferTooSmall) -> Self {
        RewriteError::BufferTooSmall(e)
    }
}

impl From<Refusal> for RewriteError {
    fn from(e: Refusal) -> Self {
        RewriteError::Refused(e)
    }
}

/// An edge and a region to send requests through, as the helper libraries
/// take them: any label strings, not checked against Twilio's tables.
///
/// [`rewrite_into`](Self::rewrite_into) and [`rewrite_to`](Self::rewrite_to)
/// produce exactly the URL the official helper libraries produce for every
/// behaviour their tests agree on (`tests/data/helper-compat.tsv`):
///
/// * the host is split on `.`: product = first label, domain = last two;
///   4 labels read as `product.REGION.domain`, 5 as
///   `product.EDGE.REGION.domain`, 3 as no edge and no region;
/// * a configured edge replaces the URL's edge and a configured region the
///   URL's region, independently;
/// * an edge without a region gets region `us1`;
/// * scheme, userinfo, port, path, query and fragment are kept byte for byte.
///
/// Where the libraries disagree, it takes the safe side (RULES.md §7):
///
/// * **Empty string = not set**, for the edge and the region alike: it never
///   produces an empty label.
/// * **Values must be one DNS label** (1–63 bytes of `[A-Za-z0-9-]`, no
///   `-` at either end, no `xn--` prefix), or [`Target::new`] fails: a
///   value such as `evil.com/x` or `x@evil` would make the URL name another
///   host, so it is never spliced in.
/// * **One trailing dot is stripped first** (`api.twilio.com.` is 3 labels,
///   not 4), and the rewritten host has none (TLS SNI carries none).
/// * **Case:** labels are read case-insensitively and the rewritten host is
///   written in lowercase, its canonical form (every URL parser lowercases
///   it anyway).
/// * **Hosts that are not DNS hostnames are left unchanged**, byte for byte:
///   IP addresses (`127.0.0.1`, `[::1]`), `localhost` and other single
///   labels (`prism_twilio`), two-label names (`twilio.com`: there is no
///   product to keep), six or more labels (the libraries would drop labels
///   and send the request to another host), and names with a label that is
///   not LDH (`_`, a `-` at an end, over 63 bytes) or is an IDNA A-label
///   (`xn--...`: its Unicode form brings rules a spliced label can break).
/// * **Hosts a URL parser would decode** (percent-encoded or non-ASCII
///   bytes) and **empty labels** (`api..twilio.com`) are errors: the name
///   that would be looked up is not the one we could read.
///
/// The host is only ever assembled from the URL's own labels and the
/// configured labels, so the result names the host described above when
/// parsed by any WHATWG URL parser (the `url` crate, browsers, `reqwest`).
///
/// Like the libraries, the compatible rewrite happily produces hosts that do
/// not work (`api.ie1.twilio.com`, `roaming`, `gll`); [`StrictTarget`]
/// refuses them.
///
/// ```
/// use twilio_fqdn::Target;
///
/// let target = Target::new(Some("sydney"), Some("au1"))?;
/// let mut buf = [0u8; 256];
/// let url = target.rewrite_into("https://api.twilio.com/2010-04-01/Accounts.json", &mut buf)?;
/// assert_eq!(url, "https://api.sydney.au1.twilio.com/2010-04-01/Accounts.json");
///
/// // An edge alone gets region us1, as in every library.
/// let edge_only = Target::new(Some("frankfurt"), None)?;
/// let url = edge_only.rewrite_into("https://video.twilio.com/v1/Rooms", &mut buf)?;
/// assert_eq!(url, "https://video.frankfurt.us1.twilio.com/v1/Rooms");
///
/// // A value that would point the URL elsewhere is refused up front.
/// assert!(Target::new(None, Some("evil.com/x")).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Target<'a> {
    edge: Option<&'a str>,
    region: Option<&'a str>,
}

/// One configured value: `None` and `""` are "not set"; anything else must
/// be one DNS label that no URL parser reads differently.
const fn label_value(setting: Setting, value: Option<&str>) -> Result<Option<&str>, TargetError> {
    let Some(value) = value else {
        return Ok(None);
    };
    let bytes = value.as_bytes();
    if bytes.is_empty() {
        return Ok(None);
    }
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !is_ldh(b) {
            return Err(TargetError::new(
                setting,
                i,
                TargetErrorKind::InvalidByte(b),
            ));
        }
        if i == MAX_LABEL_LEN {
            return Err(TargetError::new(setting, i, TargetErrorKind::TooLong));
        }
        i += 1;
    }
    if bytes[0] == b'-' {
        return Err(TargetError::new(
            setting,
            0,
            TargetErrorKind::HyphenAtLabelEdge,
        ));
    }
    if bytes[bytes.len() - 1] == b'-' {
        let at = bytes.len() - 1;
        return Err(TargetError::new(
            setting,
            at,
            TargetErrorKind::HyphenAtLabelEdge,
        ));
    }
    if bytes.len() >= 4 && eq_ignore_ascii_case(bytes.split_at(4).0, b"xn--") {
        return Err(TargetError::new(setting, 0, TargetErrorKind::Punycode));
    }
    Ok(Some(value))
}

impl<'a> Target<'a> {
    /// Neither edge nor region: URLs keep their own (hosts are still
    /// normalised: lowercase, no trailing dot).
    pub const NONE: Target<'static> = Target {
        edge: None,
        region: None,
    };

    /// A target from values as read (a client option, a flag, an
    /// environment variable); `None` and `""` both mean "not set".
    ///
    /// ```
    /// use twilio_fqdn::{Setting, Target, TargetErrorKind};
    ///
    /// assert_eq!(Target::new(Some(""), Some("ie1"))?.edge(), None);
    ///
    /// let err = Target::new(Some("x@evil"), None).unwrap_err();
    /// assert_eq!(err.setting(), Setting::Edge);
    /// assert_eq!((err.index(), err.kind()), (1, TargetErrorKind::InvalidByte(b'@')));
    /// # Ok::<(), twilio_fqdn::TargetError>(())
    /// ```
    pub const fn new(edge: Option<&'a str>, region: Option<&'a str>) -> Result<Self, TargetError> {
        let edge = match label_value(Setting::Edge, edge) {
            Ok(edge) => edge,
            Err(e) => return Err(e),
        };
        let region = match label_value(Setting::Region, region) {
            Ok(region) => region,
            Err(e) => return Err(e),
        };
        Ok(Target { edge, region })
    }

    /// Fills what this target leaves unset from the environment's values
    /// (`TWILIO_EDGE`, `TWILIO_REGION`, read by the caller), the libraries'
    /// precedence: a value set on the client wins, field by field, and an
    /// empty one counts as unset. An environment value is only checked when
    /// it is used.
    ///
    /// ```
    /// use twilio_fqdn::Target;
    ///
    /// // The client sets the region; TWILIO_EDGE fills the edge.
    /// let target = Target::new(None, Some("ie1"))?.or_environment(Some("dublin"), Some("au1"))?;
    /// assert_eq!((target.edge(), target.region()), (Some("dublin"), Some("ie1")));
    /// # Ok::<(), twilio_fqdn::TargetError>(())
    /// ```
    pub const fn or_environment(
        self,
        edge: Option<&'a str>,
        region: Option<&'a str>,
    ) -> Result<Self, TargetError> {
        let edge = match self.edge {
            Some(edge) => Some(edge),
            None => match label_value(Setting::Edge, edge) {
                Ok(edge) => edge,
                Err(e) => return Err(e),
            },
        };
        let region = match self.region {
            Some(region) => Some(region),
            None => match label_value(Setting::Region, region) {
                Ok(region) => region,
                Err(e) => return Err(e),
            },
        };
        Ok(Target { edge, region })
    }

    /// The configured edge, if set.
    #[must_use]
    pub const fn edge(&self) -> Option<&'a str> {
        self.edge
    }

    /// The configured region, if set.
    #[must_use]
    pub const fn region(&self) -> Option<&'a str> {
        self.region
    }

    /// Writes the rewritten URL into `buf` and returns it; no `core::fmt`,
    /// every check before the first byte is written. When the buffer is too
    /// small, the error says how many bytes are needed and nothing is
    /// written.
    ///
    /// ```
    /// use twilio_fqdn::{RewriteError, Target};
    ///
    /// let target = Target::new(None, Some("ie1"))?;
    /// let mut small = [0u8; 10];
    /// let err = target.rewrite_into("https://api.twilio.com", &mut small).unwrap_err();
    /// assert!(matches!(err, RewriteError::BufferTooSmall(b) if b.needed == 26));
    /// # Ok::<(), twilio_fqdn::TargetError>(())
    /// ```
    pub fn rewrite_into<'b>(&self, url: &str, buf: &'b mut [u8]) -> Result<&'b str, RewriteError> {
        plan(*self, url)?.write_into(url, buf)
    }

    /// Writes the rewritten URL to `out` (three `write_str` calls). Every
    /// check is done before the first write; only a failing sink can leave
    /// `out` holding part of a URL, and that is [`RewriteError::Write`].
    ///
    /// ```
    /// use twilio_fqdn::Target;
    ///
    /// let mut out = String::new();
    /// Target::new(Some("edge"), Some("region"))?
    ///     .rewrite_to("https://user:pass@API.twilio.com:8443/v1?x=1#y", &mut out)?;
    /// assert_eq!(out, "https://user:pass@api.edge.region.twilio.com:8443/v1?x=1#y");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rewrite_to(&self, url: &str, out: &mut impl fmt::Write) -> Result<(), RewriteError> {
        plan(*self, url)?.write_to(url, out)
    }
}

/// An edge and a region that are real Twilio values, and a rewrite that
/// refuses to produce a host that does not work.
///
/// Applying a strict target runs exactly the compatible rewrite of
/// [`Target`] (so every request that works is byte-identical to the
/// libraries'), then judges the host it produced:
///
/// * a host whose [`verdict`](Hostname::verdict) is fail — region `ie1`
///   without edge, edge `roaming`, region `gll`, a retired product, ... — is
///   [`RewriteError::Refused`], and the [`Refusal`] carries the fix
///   (`api.dublin.ie1.twilio.com`, i.e. edge `dublin` + region `ie1`);
/// * warnings (an undocumented edge, `jp1`) are not refused: call
///   [`host_for`](Self::host_for) and read the verdict to see them;
/// * a host under `twilio.com` must parse as a Twilio host (known product,
///   edge and region labels) or the URL is an error, e.g. `foo.twilio.com`;
///   the same when the libraries' label counting would change the product
///   (`preview.messaging.twilio.com` read as product `preview`): refused;
/// * a host outside `twilio.com` is left unchanged, byte for byte: edges
///   and regions are Twilio's, so strict mode never splices them into
///   another domain (the compatible rewrite does, like the libraries), and
///   local mock servers (`http://localhost:4010`, `prism_twilio`) keep
///   working.
///
/// ```
/// use twilio_fqdn::{Edge, Region, RewriteError, StrictTarget};
///
/// let mut buf = [0u8; 256];
///
/// // Region ie1 without its edge: the host users report as a TLS failure.
/// let target = StrictTarget::new(None, Some(Region::Ie1));
/// let Err(RewriteError::Refused(refusal)) =
///     target.rewrite_into("https://api.twilio.com/v1/Calls", &mut buf)
/// else {
///     panic!("must refuse")
/// };
/// assert_eq!(refusal.host().to_string(), "api.ie1.twilio.com");
/// assert_eq!(refusal.fix().unwrap().to_string(), "api.dublin.ie1.twilio.com");
/// assert_eq!(refusal.fix_target(), Some(StrictTarget::new(Some(Edge::Dublin), Some(Region::Ie1))));
///
/// // The documented pair works.
/// let url = StrictTarget::for_region(Region::Ie1).rewrite_into("https://api.twilio.com/v1/Calls", &mut buf)?;
/// assert_eq!(url, "https://api.dublin.ie1.twilio.com/v1/Calls");
/// # Ok::<(), RewriteError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct StrictTarget {
    edge: Option<Edge>,
    region: Option<Region>,
}

/// A value looked up in a table with `lookup`; `None` and `""` are unset.
fn table_value<T>(
    setting: Setting,
    value: Option<&str>,
    lookup: fn(&[u8]) -> Option<T>,
) -> Result<Option<T>, TargetError> {
    match value {
        None | Some("") => Ok(None),
        Some(value) => lookup(value.as_bytes()).map(Some).ok_or(TargetError::new(
            setting,
            0,
            TargetErrorKind::Unknown,
        )),
    }
}

impl StrictTarget {
    /// Neither edge nor region: URLs keep their own, and are still judged.
    pub const NONE: StrictTarget = StrictTarget::new(None, None);

    /// Any combination; whether it works is decided per URL when applied.
    #[must_use]
    pub const fn new(edge: Option<Edge>, region: Option<Region>) -> Self {
        StrictTarget { edge, region }
    }

    /// The documented way into `region`: its documented edge
    /// ([`Region::documented_edge`]: none for `us1`, `dublin` for `ie1`,
    /// `sydney` for `au1`) and the region. For a code that is not a
    /// processing region (`de1`, `gll`, ...) the target is refused when
    /// applied, with the fix.
    ///
    /// ```
    /// use twilio_fqdn::{Edge, Region, StrictTarget};
    ///
    /// assert_eq!(StrictTarget::for_region(Region::Au1).edge(), Some(Edge::Sydney));
    /// assert_eq!(StrictTarget::for_region(Region::Us1).edge(), None);
    /// ```
    #[must_use]
    pub const fn for_region(region: Region) -> Self {
        StrictTarget::new(region.documented_edge(), Some(region))
    }

    /// A target from values as read (`None` and `""` are unset), each looked
    /// up ASCII case-insensitively in the edge or region table; anything
    /// else is [`TargetErrorKind::Unknown`].
    pub fn parse(edge: Option<&str>, region: Option<&str>) -> Result<Self, TargetError> {
        Ok(StrictTarget::new(
            table_value(Setting::Edge, edge, Edge::from_bytes)?,
            table_value(Setting::Region, region, Region::from_bytes)?,
        ))
    }

    /// [`Target::or_environment`] for strict values: what this target
    /// leaves unset is taken from the environment's values, field by field.
    pub fn or_environment(
        self,
        edge: Option<&str>,
        region: Option<&str>,
    ) -> Result<Self, TargetError> {
        let edge = match self.edge {
            Some(edge) => Some(edge),
            None => table_value(Setting::Edge, edge, Edge::from_bytes)?,
        };
        let region = match self.region {
            Some(region) => Some(region),
            None => table_value(Setting::Region, region, Region::from_bytes)?,
        };
        Ok(StrictTarget::new(edge, region))
    }

    /// The edge, if set.
    #[must_use]
    pub const fn edge(&self) -> Option<Edge> {
        self.edge
    }

    /// The region, if set.
    #[must_use]
    pub const fn region(&self) -> Option<Region> {
        self.region
    }

    /// The same values as a compatible [`Target`].
    #[must_use]
    pub const fn compatible(&self) -> Target<'static> {
        Target {
            edge: match self.edge {
                Some(edge) => Some(edge.as_str()),
                None => None,
            },
            region: match self.region {
                Some(region) => Some(region.as_str()),
                None => None,
            },
        }
    }

    /// The Twilio host a request to `url` would go to with this target,
    /// checked as [`rewrite_into`](Self::rewrite_into) checks it; `None`
    /// for a host outside `twilio.com` (left unchanged).
    ///
    /// ```
    /// use twilio_fqdn::{Edge, Region, Severity, StrictTarget};
    ///
    /// let target = StrictTarget::new(Some(Edge::Frankfurt), Some(Region::Ie1));
    /// let host = target.host_for("https://api.twilio.com/v1")?.unwrap();
    /// assert_eq!(host.verdict().severity(), Severity::Warn);
    /// # Ok::<(), twilio_fqdn::RewriteError>(())
    /// ```
    pub fn host_for(&self, url: &str) -> Result<Option<Hostname>, RewriteError> {
        Ok(self.plan(url)?.1)
    }

    /// The strict rewrite into `buf`; see [`Target::rewrite_into`] and the
    /// type's docs for what is refused.
    pub fn rewrite_into<'b>(&self, url: &str, buf: &'b mut [u8]) -> Result<&'b str, RewriteError> {
        self.plan(url)?.0.write_into(url, buf)
    }

    /// The strict rewrite to `out`; see [`Target::rewrite_to`].
    pub fn rewrite_to(&self, url: &str, out: &mut impl fmt::Write) -> Result<(), RewriteError> {
        self.plan(url)?.0.write_to(url, out)
    }

    /// The compatible plan, and the checked Twilio host it produces.
    fn plan<'u>(&self, url: &'u str) -> Result<(Plan<'u>, Option<Hostname>), RewriteError> {
        let parts = match split(url)? {
            Some(parts) => parts,
            None => return Ok((Plan::Verbatim, None)),
        };
        let host = parts.host().as_bytes();
        let at = parts.host_range().start;
        let shape = scan(host, at)?;
        if !is_twilio_name(host) {
            return Ok((Plan::Verbatim, None));
        }
        let given = Hostname::parse_bytes(host).map_err(|e| e.offset(at))?;
        let plan = rewrite_plan(self.compatible(), parts, shape)?;
        let produced = match plan {
            // Six labels or more: only `preview.messaging.{edge}.{region}`
            // parses, and the libraries leave it alone.
            Plan::Verbatim => Ok(given),
            Plan::Rewrite { host, .. } => {
                let mut buf = [0u8; MAX_NAME_LEN];
                let len = host.len();
                host.write_lower(&mut buf[..len]);
                Hostname::parse_bytes(&buf[..len])
            }
        };
        let produced = match produced {
            Ok(p) if p.product() == given.product() => p,
            // Label counting misread the given host (an edge read as a
            // region, `messaging` read as a region): such hosts fail, and
            // the given host's fix is the right one.
            _ if given.verdict().is_fail() => return Err(Refusal::of(given).into()),
            // Not reachable with the current tables (every misread host
            // fails); still an error, never a host we did not mean.
            Ok(_) => return Err(ParseError::new(at, ErrorKind::TooManyLabels).into()),
            Err(e) => return Err(ParseError::new(at, e.kind()).into()),
        };
        if produced.verdict().is_fail() {
            return Err(Refusal::of(produced).into());
        }
        Ok((plan, Some(produced)))
    }
}

/// What to write: the URL as given, or its pieces around a new host.
#[derive(Clone, Copy)]
enum Plan<'p> {
    Verbatim,
    Rewrite {
        before: &'p str,
        host: Labels<'p>,
        after: &'p str,
    },
}

/// The host the libraries build: product, edge, region and domain (the
/// last two labels), each taken from the URL or the target; empty = absent.
/// Every byte is LDH or `.`.
#[derive(Clone, Copy)]
struct Labels<'p> {
    parts: [&'p [u8]; 4],
}

impl Labels<'_> {
    fn len(&self) -> usize {
        let mut len = 0;
        let mut present = 0;
        for part in self.parts {
            if !part.is_empty() {
                len += part.len();
                present += 1;
            }
        }
        len + present - 1
    }

    /// Writes the host, lowercased, into `out` (exactly `self.len()` bytes).
    fn write_lower(&self, out: &mut [u8]) {
        let mut at = 0;
        for part in self.parts {
            if part.is_empty() {
                continue;
            }
            if at > 0 {
                out[at] = b'.';
                at += 1;
            }
            // `| 0x20` lowercases letters and keeps digits, `-` and `.`:
            // every byte here is one of those. Parts are short: a byte loop
            // beats a `memcpy` call and a second pass.
            for (o, &b) in out[at..at + part.len()].iter_mut().zip(part) {
                *o = b | 0x20;
            }
            at += part.len();
        }
    }
}

impl Plan<'_> {
    /// Checks the room first, then copies: nothing is written on error.
    fn write_into<'b>(self, url: &str, buf: &'b mut [u8]) -> Result<&'b str, RewriteError> {
        let needed = match self {
            Plan::Verbatim => url.len(),
            Plan::Rewrite {
                before,
                host,
                after,
            } => before.len() + host.len() + after.len(),
        };
        let Some(out) = buf.get_mut(..needed) else {
            return Err(BufferTooSmall { needed }.into());
        };
        match self {
            Plan::Verbatim => out.copy_from_slice(url.as_bytes()),
            Plan::Rewrite {
                before,
                host,
                after,
            } => {
                let (head, rest) = out.split_at_mut(before.len());
                head.copy_from_slice(before.as_bytes());
                let (middle, tail) = rest.split_at_mut(rest.len() - after.len());
                host.write_lower(middle);
                tail.copy_from_slice(after.as_bytes());
            }
        }
        // Two `str`s around ASCII: always UTF-8, so this error cannot occur.
        core::str::from_utf8(out).map_err(|_| RewriteError::Write)
    }

    /// Every check is done; only the sink can fail from here.
    fn write_to(self, url: &str, out: &mut impl fmt::Write) -> Result<(), RewriteError> {
        match self {
            Plan::Verbatim => out.write_str(url),
            Plan::Rewrite {
                before,
                host,
                after,
            } => {
                let mut buf = [0u8; MAX_NAME_LEN];
                let len = host.len();
                host.write_lower(&mut buf[..len]);
                // ASCII: cannot fail.
                let host = core::str::from_utf8(&buf[..len]).map_err(|_| fmt::Error);
                host.and_then(|host| {
                    out.write_str(before)?;
                    out.write_str(host)?;
                    out.write_str(after)
                })
            }
        }
        .map_err(|_| RewriteError::Write)
    }
}

/// The shape of a host, for rewriting.
#[derive(Clone, Copy)]
enum Shape {
    /// Not a DNS hostname of 3 to 5 labels: written as given.
    Verbatim,
    /// A DNS hostname of `labels` labels (3 to 5) in the first `len` bytes
    /// (without the trailing dot); `dots[k]` ends label `k`.
    Name {
        len: usize,
        labels: usize,
        dots: [usize; 4],
    },
}

/// Splits `url`; `None` for an IP literal host, which is left unchanged.
fn split(url: &str) -> Result<Option<HttpUrl<'_>>, RewriteError> {
    match HttpUrl::parse(url) {
        Ok(parts) => Ok(Some(parts)),
        Err(e) if e.kind() == ErrorKind::IpLiteral => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Byte classes of a host, as bits, so one OR sums up a whole name.
const LDH: u8 = 0;
const DOT: u8 = 1;
/// Allowed by URL parsers but not in a hostname (`_`, `!`, ...).
const OTHER: u8 = 2;
/// `%` and non-ASCII: a URL parser decodes these into another name.
const ENCODED: u8 = 4;

const HOST_CLASS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if is_ldh(byte) {
            LDH
        } else if byte == b'.' {
            DOT
        } else if byte == b'%' || byte >= 0x80 {
            ENCODED
        } else {
            OTHER
        };
        b += 1;
    }
    table
};

/// One pass over the host: errors for what a URL parser would decode and
/// for empty labels; otherwise whether it is a hostname we rewrite. `at` is
/// where the host starts in the URL, for error indexes.
fn scan(host: &[u8], at: usize) -> Result<Shape, ParseError> {
    let len = match host.last() {
        Some(b'.') => host.len() - 1,
        _ => host.len(),
    };
    let name = &host[..len];
    let mut dots = [0usize; 4];
    let mut ndots = 0;
    let mut label_start = 0;
    let mut seen = LDH;
    let mut odd_label = false;
    // Per byte only a table lookup; labels are checked at their dot.
    for (i, &b) in name.iter().enumerate() {
        let class = HOST_CLASS[usize::from(b)];
        seen |= class;
        if class == DOT {
            if i == label_start {
                return Err(first_error(name, at));
            }
            odd_label |= !is_hostname_label(&name[label_start..i]);
            if ndots < dots.len() {
                dots[ndots] = i;
            }
            ndots += 1;
            label_start = i + 1;
        }
    }
    if seen & ENCODED != 0 || label_start == len {
        return Err(first_error(name, at));
    }
    let last = &name[label_start..];
    odd_label |= !is_hostname_label(last);
    let labels = ndots + 1;
    if seen & OTHER != 0
        || odd_label
        || !(3..=5).contains(&labels)
        || len > MAX_NAME_LEN
        || ends_in_number(last)
    {
        return Ok(Shape::Verbatim);
    }
    Ok(Shape::Name { len, labels, dots })
}

/// A label of at most 63 bytes with no `-` at either end (its bytes are
/// checked by class), and not an IDNA A-label (`xn--`): a URL parser decodes
/// one to Unicode, whose bidi rules then hold for the whole name, so a label
/// spliced in beside it (edge `0`) can make the host one that URL parsers
/// reject (found by the `rewrite` fuzz target).
fn is_hostname_label(label: &[u8]) -> bool {
    label.len() <= MAX_LABEL_LEN
        && label.first() != Some(&b'-')
        && label.last() != Some(&b'-')
        && !(label.len() >= 4 && label[..4].eq_ignore_ascii_case(b"xn--"))
}

/// The first byte of `name` that makes it an error, known to exist: an
/// encoded byte or the start of an empty label.
fn first_error(name: &[u8], at: usize) -> ParseError {
    let mut label_start = 0;
    for (i, &b) in name.iter().enumerate() {
        match HOST_CLASS[usize::from(b)] {
            ENCODED => return ParseError::new(at + i, ErrorKind::InvalidByte(b)),
            DOT if i == label_start => return ParseError::new(at + i, ErrorKind::EmptyLabel),
            DOT => label_start = i + 1,
            _ => {}
        }
    }
    ParseError::new(at + name.len(), ErrorKind::EmptyLabel)
}

/// WHATWG's "ends in a number": a last label of digits, or `0x` and hex
/// digits, makes a URL parser read the host as an IPv4 address.
fn ends_in_number(last: &[u8]) -> bool {
    if last.iter().all(u8::is_ascii_digit) {
        return true;
    }
    match last {
        [b'0', b'x' | b'X', hex @ ..] => hex.iter().all(u8::is_ascii_hexdigit),
        _ => false,
    }
}

/// `twilio.com` or a name under it, any case, one trailing dot allowed.
fn is_twilio_name(host: &[u8]) -> bool {
    let name = host.strip_suffix(b".").unwrap_or(host);
    let suffix = DOMAIN_SUFFIX.as_bytes();
    let ends_with = |tail: &[u8]| {
        name.len() >= tail.len() && name[name.len() - tail.len()..].eq_ignore_ascii_case(tail)
    };
    ends_with(suffix) || name.eq_ignore_ascii_case(&suffix[1..])
}

/// The libraries' rewrite of a split URL.
fn rewrite_plan<'p>(
    target: Target<'p>,
    parts: HttpUrl<'p>,
    shape: Shape,
) -> Result<Plan<'p>, RewriteError> {
    let Shape::Name { len, labels, dots } = shape else {
        return Ok(Plan::Verbatim);
    };
    let host = parts.host().as_bytes();
    let label = |k: usize| {
        let start = if k == 0 { 0 } else { dots[k - 1] + 1 };
        &host[start..dots[k]]
    };
    let domain = &host[dots[labels - 3] + 1..len];
    let (url_edge, url_region): (Option<&[u8]>, Option<&[u8]>) = match labels {
        4 => (None, Some(label(1))),
        5 => (Some(label(1)), Some(label(2))),
        _ => (None, None),
    };
    let edge = target.edge.map(str::as_bytes).or(url_edge);
    let region = target
        .region
        .map(str::as_bytes)
        .or(url_region)
        .or(edge.map(|_| Region::Us1.as_str().as_bytes()));
    let new_host = Labels {
        parts: [
            label(0),
            edge.unwrap_or_default(),
            region.unwrap_or_default(),
            domain,
        ],
    };
    let new_len = new_host.len();
    if new_len > MAX_NAME_LEN {
        return Err(RewriteError::HostTooLong { len: new_len });
    }
    Ok(Plan::Rewrite {
        before: parts.before_host(),
        host: new_host,
        after: parts.after_host(),
    })
}

/// The compatible plan for `url`.
fn plan<'p>(target: Target<'p>, url: &'p str) -> Result<Plan<'p>, RewriteError> {
    let Some(parts) = split(url)? else {
        return Ok(Plan::Verbatim);
    };
    let shape = scan(parts.host().as_bytes(), parts.host_range().start)?;
    rewrite_plan(target, parts, shape)
}
