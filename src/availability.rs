//! Which endpoints can be used in which processing region (RULES.md §9):
//! the availability table, its lookup by product and path, and the answer
//! for one concrete host.
//!
//! The table is [`ROWS`]; a maintainer edits that one array. A per-product
//! index, sorted longest pattern first, is built from it at compile time, so
//! a lookup reads a handful of rows, never the whole table.

use crate::error::{PathError, PathErrorKind};
use crate::host::Hostname;
use crate::labels::{Edge, Product, Region};
use crate::verdict::{documented_host, Reason, Verdict};

/// How far an endpoint is offered in a processing region.
///
/// Ordered from least to most available: `No < Beta < Ga`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// Not offered: requests fail or are processed elsewhere.
    No,
    /// Offered as a (public) beta.
    Beta,
    /// Generally available.
    Ga,
}

impl Level {
    /// `ga`, `beta` or `no`, as in `availability.tsv`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::No => "no",
            Level::Beta => "beta",
            Level::Ga => "ga",
        }
    }

    /// Parses `ga`, `beta` or `no` (exactly, as the table writes them).
    #[must_use]
    pub const fn from_bytes(bytes: &[u8]) -> Option<Level> {
        match bytes {
            b"ga" => Some(Level::Ga),
            b"beta" => Some(Level::Beta),
            b"no" => Some(Level::No),
            _ => None,
        }
    }

    /// True for `ga` and `beta`.
    #[must_use]
    pub const fn is_available(self) -> bool {
        !matches!(self, Level::No)
    }
}

/// Most path segments a pattern may have. The compile-time index build
/// fails if a row needs more.
const MAX_SEGMENTS: usize = 6;

/// One segment of a row's path pattern.
#[derive(Clone, Copy, Debug)]
enum Seg {
    /// Matches exactly these bytes (case-sensitive).
    Lit(&'static [u8]),
    /// `{sid}`: matches any one segment.
    Sid,
}

/// A row's path pattern split into segments at compile time.
#[derive(Clone, Copy, Debug)]
struct Pattern {
    segs: [Seg; MAX_SEGMENTS],
    len: u8,
}

/// One row of the availability table: a product, a path pattern, the level
/// in each processing region, and where the fact comes from.
///
/// In `ie1` and `au1` a request must also use the region's documented edge
/// ([`Region::documented_edge`]: `dublin`, `sydney`, or their interconnect
/// edges); that rule holds for every row, so it lives with the region, not
/// in each row.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    product: Product,
    path: &'static str,
    pattern: Pattern,
    /// Levels in `Region::PROCESSING` order: us1, ie1, au1.
    levels: [Level; 3],
    note: &'static str,
    source: &'static str,
}

impl Row {
    /// The product the row is about.
    #[must_use]
    pub const fn product(&self) -> Product {
        self.product
    }

    /// The path pattern as written in the table: `*` for the whole product,
    /// otherwise a prefix such as `/2010-04-01/Accounts/{sid}/Messages`.
    #[must_use]
    pub const fn path(&self) -> &'static str {
        self.path
    }

    /// The level in `region`; [`Level::No`] for a code that processes
    /// nothing of its own.
    #[must_use]
    pub const fn level(&self, region: Region) -> Level {
        match region {
            Region::Us1 => self.levels[0],
            Region::Ie1 => self.levels[1],
            Region::Au1 => self.levels[2],
            _ => Level::No,
        }
    }

    /// What the row covers, in the docs' words.
    #[must_use]
    pub const fn note(&self) -> &'static str {
        self.note
    }

    /// The documentation page the row comes from.
    #[must_use]
    pub const fn source(&self) -> &'static str {
        self.source
    }
}

/// Splits a table pattern; a malformed one stops the build.
const fn pattern(path: &'static str) -> Pattern {
    let mut out = Pattern {
        segs: [Seg::Sid; MAX_SEGMENTS],
        len: 0,
    };
    let bytes = path.as_bytes();
    if matches!(bytes, b"*") {
        return out;
    }
    assert!(
        !bytes.is_empty() && bytes[0] == b'/',
        "a pattern is * or starts with /"
    );
    let mut rest = bytes.split_at(1).1;
    while !rest.is_empty() {
        let mut end = 0;
        while end < rest.len() && rest[end] != b'/' {
            end += 1;
        }
        let (seg, tail) = rest.split_at(end);
        assert!(!seg.is_empty(), "a pattern has no empty segment");
        assert!((out.len as usize) < MAX_SEGMENTS, "raise MAX_SEGMENTS");
        out.segs[out.len as usize] = if matches!(seg, b"{sid}") {
            Seg::Sid
        } else {
            let mut i = 0;
            while i < seg.len() {
                assert!(
                    CLASS[seg[i] as usize] == PCHAR,
                    "a pattern segment is plain pchar bytes or {{sid}}"
                );
                i += 1;
            }
            assert!(
                !ends_with_json(seg),
                "path segments are matched without .json: leave it out"
            );
            Seg::Lit(seg)
        };
        out.len += 1;
        rest = if tail.is_empty() {
            tail
        } else {
            tail.split_at(1).1
        };
    }
    out
}

const G: Level = Level::Ga;
const B: Level = Level::Beta;
const N: Level = Level::No;

/// A table row; the pattern is split at compile time.
const fn row(
    product: Product,
    path: &'static str,
    us1: Level,
    ie1: Level,
    au1: Level,
    note: &'static str,
    source: &'static str,
) -> Row {
    Row {
        product,
        path,
        pattern: pattern(path),
        levels: [us1, ie1, au1],
        note,
        source,
    }
}

/// The availability table (`availability.tsv`): product, path pattern,
/// level in us1 / ie1 / au1, note, source. The one place to edit.
///
/// Matching: rows of the request's product whose pattern is a prefix of the
/// path, compared segment by segment and case-sensitively; `{sid}` matches
/// any one segment; a `.json` extension on a path segment is ignored; the
/// longest match wins; `*` matches every path. A product with no matching
/// row is available in us1 only (a retired product: nowhere).
#[rustfmt::skip]
pub const ROWS: &[Row] = {
    use Product::*;
    const DOCS_NON_US: &str = "docs Using the Twilio REST API in a non-US Region";
    const DOCS_REGIONAL: &str = "docs Regional product and feature availability";
    &[
        row(Notify, "/v1/Credentials", G, N, N, "Push Credentials: \"REST API operations that manage Push Credentials for the Notification service are supported only in US1\"", DOCS_NON_US),
        row(Api, "*", G, G, G, "Programmable Voice core resources (Calls, Conferences, Recordings, Queues, Applications, ...)", DOCS_REGIONAL),
        row(Api, "/2010-04-01/Accounts/{sid}/Messages", G, G, N, "Programmable Messaging (SMS) is in ie1, not au1; ie1 accepts only the dublin edge", "docs Messaging API with Twilio Regions"),
        row(Api, "/2010-04-01/Accounts/{sid}/OutgoingCallerIds", G, N, N, "Verified Caller IDs not yet supported outside us1", DOCS_REGIONAL),
        row(Api, "/2010-04-01/Accounts/{sid}/Calls/{sid}/UserDefinedMessages", G, G, N, "Call UserDefinedMessage API not yet supported in au1", DOCS_REGIONAL),
        row(Api, "/2010-04-01/Accounts/{sid}/Calls/{sid}/UserDefinedMessageSubscriptions", G, G, N, "Call UserDefinedMessage API not yet supported in au1", DOCS_REGIONAL),
        row(Voice, "*", G, G, G, "Programmable Voice", DOCS_REGIONAL),
        row(Trunking, "*", G, G, G, "Elastic SIP Trunking", DOCS_REGIONAL),
        row(Trunking, "/v1/Trunks/{sid}/PhoneNumbers", G, N, N, "SIP Trunk Phone Number API subresource not yet supported outside us1", DOCS_REGIONAL),
        row(Messaging, "*", G, B, N, "Programmable Messaging in ie1 is public beta; dublin edge only", "docs Messaging API with Twilio Regions"),
        row(Conversations, "*", G, G, N, "Conversations: Chat only in ie1 (SMS, WhatsApp, Messenger channels us1 only)", "docs Conversations API with Twilio Regions"),
        row(Lookups, "*", G, N, N, "Lookup v1 is us1 only", "docs Using Lookup with Twilio Regions"),
        row(Lookups, "/v2", G, G, N, "Lookup v2 (incl. Silent Network Auth data) in ie1", "docs Using Lookup with Twilio Regions"),
        row(Serverless, "*", G, B, N, "Functions and Assets: ie1 beta, au1 upcoming", "docs Regional support for Functions and Assets"),
        row(Studio, "*", G, B, N, "Studio in ie1 is beta", "docs Studio with Twilio Regions"),
        row(Taskrouter, "*", G, B, N, "TaskRouter in ie1 is beta", "docs TaskRouter with Twilio Regions"),
        row(Bulkexports, "*", G, N, N, "Bulk Exports API not yet supported outside us1", DOCS_REGIONAL),
        row(Insights, "*", G, N, N, "Voice Insights: ie1 \"not yet available\"; Call Annotation API not outside us1", "docs Using the Twilio REST API in a non-US Region; Regional product and feature availability"),
        row(Intelligence, "*", G, N, N, "Conversation Intelligence not yet supported outside us1", DOCS_REGIONAL),
    ]
};

/// What applies when no row of a current product matches (RULES.md §9).
const NO_ROW: Row = row(
    Product::Api,
    "*",
    G,
    N,
    N,
    "no row in the availability table: us1 only",
    "RULES.md §9",
);

/// What applies to a retired product: nothing serves it anywhere.
const RETIRED: Row = row(
    Product::Api,
    "*",
    N,
    N,
    N,
    "product retired: not available in any region",
    "products.tsv",
);

/// Most rows one product may have. The index build fails if one has more.
const MAX_ROWS_PER_PRODUCT: usize = 8;

/// A product's rows, as indexes into [`ROWS`], longest pattern first.
#[derive(Clone, Copy)]
struct ProductRows {
    rows: [u8; MAX_ROWS_PER_PRODUCT],
    len: u8,
}

/// True when two patterns of the same length can match the same path: no
/// position where both are different literals.
const fn overlap(a: &Pattern, b: &Pattern) -> bool {
    if a.len != b.len {
        return false;
    }
    let mut i = 0;
    while i < a.len as usize {
        if let (Seg::Lit(x), Seg::Lit(y)) = (a.segs[i], b.segs[i]) {
            if !bytes_eq(x, y) {
                return false;
            }
        }
        i += 1;
    }
    true
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The per-product index, built (and checked) at compile time: rows sorted
/// longest pattern first, and no two rows of a product that could tie.
const INDEX: [ProductRows; Product::ALL.len()] = {
    assert!(ROWS.len() < u8::MAX as usize, "row indexes fit a u8");
    let mut index = [ProductRows {
        rows: [0; MAX_ROWS_PER_PRODUCT],
        len: 0,
    }; Product::ALL.len()];
    let mut r = 0;
    while r < ROWS.len() {
        let row = &ROWS[r];
        assert!(!row.product.is_retired(), "a retired product has no rows");
        let entry = &mut index[row.product as usize];
        assert!(
            (entry.len as usize) < MAX_ROWS_PER_PRODUCT,
            "raise MAX_ROWS_PER_PRODUCT"
        );
        // Insertion sort by descending pattern length.
        let mut at = entry.len as usize;
        while at > 0 && ROWS[entry.rows[at - 1] as usize].pattern.len < row.pattern.len {
            entry.rows[at] = entry.rows[at - 1];
            at -= 1;
        }
        let mut other = 0;
        while other < entry.len as usize {
            assert!(
                !overlap(&ROWS[entry.rows[other] as usize].pattern, &row.pattern),
                "two rows of one product match the same paths at the same length"
            );
            other += 1;
        }
        entry.rows[at] = r as u8;
        entry.len += 1;
        r += 1;
    }
    index
};

/// Byte classes of a path in normal form. `PCHAR` is 0 so that a run of
/// plain bytes can be checked by OR-ing classes together.
/// RFC 3986 `pchar` without `%`: unreserved, sub-delims, `:` and `@`.
const PCHAR: u8 = 0;
const BAD: u8 = 1;
const SLASH: u8 = 2;
const PERCENT: u8 = 3;
const BACKSLASH: u8 = 4;
const END: u8 = 5;

const CLASS: [u8; 256] = {
    let mut table = [BAD; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => PCHAR,
            b'-' | b'.' | b'_' | b'~' => PCHAR,
            b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'=' => PCHAR,
            b':' | b'@' => PCHAR,
            b'/' => SLASH,
            b'%' => PERCENT,
            b'\\' => BACKSLASH,
            b'?' | b'#' => END,
            _ => BAD,
        };
        b += 1;
    }
    table
};

/// The first segments of a path, each without a trailing `.json`.
struct Segments<'a> {
    segs: [&'a [u8]; MAX_SEGMENTS],
    /// Segments stored in `segs`: all of them, up to `MAX_SEGMENTS` (no
    /// pattern is longer, so more never change a match).
    len: usize,
}

impl Segments<'_> {
    fn matches(&self, pattern: &Pattern) -> bool {
        let len = pattern.len as usize;
        if len > self.len {
            return false;
        }
        let mut i = 0;
        while i < len {
            if let Seg::Lit(lit) = pattern.segs[i] {
                if self.segs[i] != lit {
                    return false;
                }
            }
            i += 1;
        }
        true
    }
}

const fn ends_with_json(seg: &[u8]) -> bool {
    seg.len() > JSON.len() && bytes_eq(seg.split_at(seg.len() - JSON.len()).1, JSON)
}

/// The extension the 2010-04-01 API writes resources with.
const JSON: &[u8] = b".json";

/// `seg` without a `.json` extension (kept when nothing precedes it:
/// `.json` alone is a name, not an extension).
fn without_json(seg: &[u8]) -> &[u8] {
    if ends_with_json(seg) {
        &seg[..seg.len() - JSON.len()]
    } else {
        seg
    }
}

/// Checks that `path` is in normal form and splits its first segments.
/// Stops at `?` or `#`. An empty path is the root.
fn split(path: &[u8]) -> Result<Segments<'_>, PathError> {
    let mut segs = Segments {
        segs: [&[]; MAX_SEGMENTS],
        len: 0,
    };
    let Some(&first) = path.first() else {
        return Ok(segs);
    };
    match CLASS[first as usize] {
        SLASH => {}
        END => return Ok(segs),
        _ => return Err(PathError::new(0, PathErrorKind::NotAbsolute)),
    }
    let len = path.len();
    let mut start = 1;
    let mut i = 1;
    loop {
        // Plain bytes are the common case: eight at a time, then one by one.
        while i + 8 <= len {
            let chunk = &path[i..i + 8];
            let mut any = 0;
            for &b in chunk {
                any |= CLASS[b as usize];
            }
            if any != PCHAR {
                break;
            }
            i += 8;
        }
        while i < len && CLASS[path[i] as usize] == PCHAR {
            i += 1;
        }
        let class = if i < len {
            CLASS[path[i] as usize]
        } else {
            END
        };
        match class {
            SLASH | END => {
                let seg = &path[start..i];
                if seg.is_empty() {
                    // `//`; an empty *last* segment is the root `/` or a
                    // trailing `/`, which changes no prefix match.
                    if class == SLASH {
                        return Err(PathError::new(i, PathErrorKind::EmptySegment));
                    }
                } else {
                    if seg == b"." || seg == b".." {
                        return Err(PathError::new(start, PathErrorKind::DotSegment));
                    }
                    if segs.len < MAX_SEGMENTS {
                        segs.segs[segs.len] = without_json(seg);
                        segs.len += 1;
                    }
                }
                if class == END {
                    return Ok(segs);
                }
                i += 1;
                start = i;
            }
            PERCENT => return Err(PathError::new(i, PathErrorKind::PercentEncoded)),
            BACKSLASH => return Err(PathError::new(i, PathErrorKind::Backslash)),
            _ => return Err(PathError::new(i, PathErrorKind::InvalidByte(path[i]))),
        }
    }
}

/// The URL from its path on (path, query, fragment: what
/// [`Availability::lookup`] reads, as it stops at `?` or `#`), and where
/// that starts in the URL, for error indexes.
pub(crate) fn path_onward<'a>(url: &crate::url::HttpUrl<'a>) -> (&'a str, usize) {
    let rest = url.after_host();
    // `after_host` starts with the port, which `HttpUrl` checked: `:` and
    // digits.
    let port = match rest.as_bytes().first() {
        Some(b':') => 1 + rest.bytes().skip(1).take_while(u8::is_ascii_digit).count(),
        _ => 0,
    };
    (&rest[port..], url.as_str().len() - rest.len() + port)
}

/// Where a row comes from: a table row, or one of the two fallbacks.
const NO_ROW_INDEX: u8 = u8::MAX;
const RETIRED_INDEX: u8 = u8::MAX - 1;

/// The levels of one endpoint (a product and a path) in every processing
/// region, with the table row they come from.
///
/// ```
/// use twilio_fqdn::{Availability, Level, Product, Region};
///
/// let push = Availability::lookup(Product::Notify, "/v1/Credentials/CR123")?;
/// assert_eq!(push.level(Region::Us1), Level::Ga);
/// assert_eq!(push.level(Region::Ie1), Level::No);
///
/// // `.json` is ignored; query and fragment too.
/// let sms = Availability::lookup(
///     Product::Api,
///     "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json?PageSize=5",
/// )?;
/// assert_eq!(sms.pattern(), Some("/2010-04-01/Accounts/{sid}/Messages"));
/// assert_eq!(sms.level(Region::Au1), Level::No);
///
/// // Paths are case-sensitive: this is not the Push Credentials row.
/// let other = Availability::lookup(Product::Notify, "/v1/credentials")?;
/// assert_eq!(other.pattern(), None);
/// # Ok::<(), twilio_fqdn::PathError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Availability {
    product: Product,
    row: u8,
}

impl Availability {
    /// The availability of `path` (as sent: `/v1/...`, query and fragment
    /// allowed and ignored; empty = `/`) in `product`.
    ///
    /// A path that is not in normal form — `.` or `..` segments, `//`,
    /// percent-encoding, `\`, bytes outside RFC 3986 `pchar` — is an error:
    /// servers and proxies disagree on what such paths mean, so this does
    /// not guess.
    pub fn lookup(product: Product, path: &str) -> Result<Self, PathError> {
        let segs = split(path.as_bytes())?;
        Ok(Self::of_segments(product, &segs))
    }

    fn of_segments(product: Product, segs: &Segments<'_>) -> Self {
        if product.is_retired() {
            return Availability {
                product,
                row: RETIRED_INDEX,
            };
        }
        let entry = &INDEX[product as usize];
        for &r in &entry.rows[..entry.len as usize] {
            if segs.matches(&ROWS[r as usize].pattern) {
                return Availability { product, row: r };
            }
        }
        Availability {
            product,
            row: NO_ROW_INDEX,
        }
    }

    /// The host and the availability of the path of an `http`/`https` URL.
    /// Error indexes count from the start of `url`.
    ///
    /// ```
    /// use twilio_fqdn::{AtHost, Availability, Region};
    ///
    /// let (host, push) =
    ///     Availability::lookup_url("https://notify.dublin.ie1.twilio.com/v1/Credentials")?;
    /// let at = push.at(host);
    /// assert_eq!(at.region(), Some(Region::Ie1));
    /// assert!(!at.is_available());
    /// assert_eq!(
    ///     at.to_string(),
    ///     "not available in ie1; available in us1 at notify.twilio.com"
    /// );
    /// # Ok::<(), twilio_fqdn::LookupError>(())
    /// ```
    pub fn lookup_url(url: &str) -> Result<(Hostname, Self), LookupError> {
        let parts = crate::url::HttpUrl::parse(url).map_err(LookupError::Host)?;
        let host = Hostname::parse(parts.host())
            .map_err(|e| LookupError::Host(e.offset(parts.host_range().start)))?;
        let (path, at) = path_onward(&parts);
        let availability =
            Self::lookup(host.product(), path).map_err(|e| LookupError::Path(e.offset(at)))?;
        Ok((host, availability))
    }

    /// The product asked about.
    #[must_use]
    pub const fn product(&self) -> Product {
        self.product
    }

    /// The table row that decided, or `None` when no row matched (the
    /// us1-only default) or the product is retired.
    #[must_use]
    pub const fn row(&self) -> Option<&'static Row> {
        if (self.row as usize) < ROWS.len() {
            Some(&ROWS[self.row as usize])
        } else {
            None
        }
    }

    const fn decisive(&self) -> &'static Row {
        match self.row {
            NO_ROW_INDEX => &NO_ROW,
            RETIRED_INDEX => &RETIRED,
            r => &ROWS[r as usize],
        }
    }

    /// The matching row's pattern (`*` for a whole-product row); `None`
    /// when no row matched.
    #[must_use]
    pub const fn pattern(&self) -> Option<&'static str> {
        match self.row() {
            Some(row) => Some(row.path),
            None => None,
        }
    }

    /// The level in `region`; [`Level::No`] for codes that process nothing.
    #[must_use]
    pub const fn level(&self, region: Region) -> Level {
        self.decisive().level(region)
    }

    /// The level in each processing region, in `us1`, `ie1`, `au1` order.
    #[must_use]
    pub const fn levels(&self) -> [(Region, Level); 3] {
        let p = Region::PROCESSING;
        [
            (p[0], self.level(p[0])),
            (p[1], self.level(p[1])),
            (p[2], self.level(p[2])),
        ]
    }

    /// The note of the deciding row (or of the default).
    #[must_use]
    pub const fn note(&self) -> &'static str {
        self.decisive().note
    }

    /// The source of the deciding row (or of the default).
    #[must_use]
    pub const fn source(&self) -> &'static str {
        self.decisive().source
    }

    /// The first processing region (us1, ie1, au1 order) in which the
    /// endpoint is available.
    #[must_use]
    pub const fn first_available_region(&self) -> Option<Region> {
        let levels = self.levels();
        let mut i = 0;
        while i < levels.len() {
            if levels[i].1.is_available() {
                return Some(levels[i].0);
            }
            i += 1;
        }
        None
    }

    /// Whether a request for this endpoint works at `host`, the host it is
    /// sent to (its product should be this availability's product; the
    /// alternative it suggests is for the host's product).
    ///
    /// Decided in this order: a host whose verdict fails or that no known
    /// region processes is [`AtHost::Unusable`]; a level of `no` in the
    /// host's processing region is [`AtHost::NotInRegion`]; in `ie1` and
    /// `au1` a host not through the region's documented edge is
    /// [`AtHost::EdgeRequired`]; otherwise [`AtHost::Available`].
    #[must_use]
    pub const fn at(&self, host: Hostname) -> AtHost {
        let verdict = host.verdict();
        let region = match usable_region(&verdict) {
            Some(region) => region,
            None => return AtHost::Unusable(verdict),
        };
        let level = self.level(region);
        if !level.is_available() {
            let instead = match self.first_available_region() {
                Some(other) => Some((other, documented_host(host.product(), other))),
                None => None,
            };
            return AtHost::NotInRegion { region, instead };
        }
        if let Some(edge) = missing_edge(&verdict, region) {
            return AtHost::EdgeRequired {
                region,
                edge,
                instead: documented_host(host.product(), region),
            };
        }
        AtHost::Available { region, level }
    }

    /// The best level any path of `product` has in `region`: what a bare
    /// host (no path) can promise at most.
    #[must_use]
    pub fn best_level(product: Product, region: Region) -> Level {
        if product.is_retired() {
            return Level::No;
        }
        let entry = &INDEX[product as usize];
        let rows = &entry.rows[..entry.len as usize];
        // Paths no row matches fall back to the us1-only default, unless a
        // `*` row (always sorted last) covers every path.
        let whole = rows
            .last()
            .is_some_and(|&r| ROWS[r as usize].pattern.len == 0);
        let mut best = if whole {
            Level::No
        } else {
            NO_ROW.level(region)
        };
        for &r in rows {
            let level = ROWS[r as usize].level(region);
            if level > best {
                best = level;
            }
        }
        best
    }
}

/// The region a host's requests are processed in, when the host works
/// (a verdict that is not fail, with a known processing region).
pub(crate) const fn usable_region(verdict: &Verdict) -> Option<Region> {
    match verdict.processed_in() {
        Some(region) if !verdict.is_fail() => Some(region),
        _ => None,
    }
}

/// The edge `region` requires when the host does not go through it: in
/// `ie1` and `au1` only the documented edges (and their interconnect
/// edges) reach the region (`availability.tsv` header).
pub(crate) const fn missing_edge(verdict: &Verdict, region: Region) -> Option<Edge> {
    match region.documented_edge() {
        Some(edge) if !matches!(verdict.reason(), Reason::DocumentedPair(..)) => Some(edge),
        _ => None,
    }
}

/// Whether an endpoint works at one concrete host; see [`Availability::at`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AtHost {
    /// Offered in the host's processing region, and the host reaches it.
    Available {
        /// The region that processes the request.
        region: Region,
        /// `ga` or `beta`.
        level: Level,
    },
    /// Not offered in the region that processes the host.
    NotInRegion {
        /// The region that processes the request.
        region: Region,
        /// The first region that offers it, and its documented host.
        instead: Option<(Region, Hostname)>,
    },
    /// Offered in the region, but only through its documented edge, which
    /// the host does not use.
    EdgeRequired {
        /// The region that processes the request.
        region: Region,
        /// The edge the region requires.
        edge: Edge,
        /// The documented host to use.
        instead: Hostname,
    },
    /// The host fails, or no known region processes it: its verdict says
    /// why and what to use.
    Unusable(Verdict),
}

impl AtHost {
    /// True for [`AtHost::Available`].
    #[must_use]
    pub const fn is_available(&self) -> bool {
        matches!(self, AtHost::Available { .. })
    }

    /// The region that processes the host; `None` when the host is
    /// unusable.
    #[must_use]
    pub const fn region(&self) -> Option<Region> {
        match *self {
            AtHost::Available { region, .. }
            | AtHost::NotInRegion { region, .. }
            | AtHost::EdgeRequired { region, .. } => Some(region),
            AtHost::Unusable(_) => None,
        }
    }
}

/// Why a URL could not be looked up: its host or its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LookupError {
    /// Not an `http`/`https` URL with a Twilio REST host.
    Host(crate::error::ParseError),
    /// The path is not in normal form.
    Path(PathError),
}

impl core::error::Error for LookupError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_holds_every_row_once_longest_first() {
        let mut seen = [false; 64];
        for product in Product::ALL {
            let entry = &INDEX[*product as usize];
            let rows = &entry.rows[..entry.len as usize];
            for pair in rows.windows(2) {
                let (a, b) = (&ROWS[pair[0] as usize], &ROWS[pair[1] as usize]);
                assert!(a.pattern.len >= b.pattern.len, "{} {}", a.path, b.path);
            }
            for &r in rows {
                assert_eq!(ROWS[r as usize].product, *product);
                assert!(!seen[r as usize]);
                seen[r as usize] = true;
            }
        }
        assert!(seen[..ROWS.len()].iter().all(|&s| s));
    }

    #[test]
    fn split_keeps_segments_without_json() {
        let segs = split(b"/2010-04-01/Accounts/AC1/Messages.json?x=.json").unwrap();
        assert_eq!(segs.len, 4);
        assert_eq!(segs.segs[3], b"Messages");
        let segs = split(b"/a/.json/").unwrap();
        assert_eq!((segs.len, segs.segs[1]), (2, &b".json"[..]));
        let long = split(b"/1/2/3/4/5/6/7/8").unwrap();
        assert_eq!((long.len, long.segs[5]), (MAX_SEGMENTS, &b"6"[..]));
        // Past the stored segments the path is still checked.
        assert!(split(b"/1/2/3/4/5/6/7/../8").is_err());
    }

    #[test]
    fn root_forms() {
        for path in ["", "/", "?x", "#y", "/?x"] {
            let segs = split(path.as_bytes()).unwrap();
            assert_eq!(segs.len, 0, "{path:?}");
        }
    }
}
