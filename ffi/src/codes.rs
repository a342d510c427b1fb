//! Every number the C ABI speaks: return codes with their messages, and the
//! codes of severities, forms and reasons. One table each; the constants, the
//! mapping from the Rust types, the messages and the name lists the header
//! test reads all come from the table. Label codes need no table here: they
//! are the `repr(u8)` values of [`Product`], [`Edge`] and [`Region`].

use core::ffi::CStr;

use twilio_fqdn::{
    Allowed, Denied, Edge, ErrorKind, Form, Level, Product, Reason, Region, Severity,
};

/// A `&'static CStr` built at compile time from a `&'static str` constant
/// expression: the NUL-terminated copy C needs, without a second spelling.
macro_rules! nul_terminated {
    ($s:expr) => {{
        const S: &str = $s;
        const BYTES: [u8; S.len() + 1] = $crate::codes::with_nul(S);
        const C: &::core::ffi::CStr = match ::core::ffi::CStr::from_bytes_with_nul(&BYTES) {
            Ok(c) => c,
            // Evaluated at compile time: a build error, never a runtime panic.
            Err(_) => panic!("interior NUL in a message"),
        };
        C
    }};
}
pub(crate) use nul_terminated;

/// `s` followed by a NUL, into an array exactly one byte longer. Called only
/// in constant initialisers, where an out-of-bounds index is a build error.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
pub(crate) const fn with_nul<const N: usize>(s: &str) -> [u8; N] {
    let bytes = s.as_bytes();
    assert!(
        bytes.len() + 1 == N,
        "array is one byte longer than the string"
    );
    let mut out = [0u8; N];
    let mut i = 0;
    while i < bytes.len() {
        out[i] = bytes[i];
        i += 1;
    }
    out
}

/// "Absent" in a label field (`edge`, `region`, `processing_region`, a
/// fix's `product`): no label has this code.
pub const TWILIO_FQDN_NONE: u8 = 0xFF;

const _: () = assert!(
    Product::ALL.len() < TWILIO_FQDN_NONE as usize
        && Edge::ALL.len() < TWILIO_FQDN_NONE as usize
        && Region::ALL.len() < TWILIO_FQDN_NONE as usize,
    "no label code may collide with TWILIO_FQDN_NONE"
);

/// Generates the return codes: one `pub const` each, [`ERROR_CODES`] and
/// [`message`] (a static NUL-terminated string per code).
macro_rules! return_codes {
    ($( $(#[doc = $doc:literal])* $name:ident = $value:literal => $message:expr; )+) => {
        $( $(#[doc = $doc])* pub const $name: i32 = $value; )+

        /// Every return code with its C name, in header order.
        pub const ERROR_CODES: &[(&str, i32)] = &[$((stringify!($name), $name)),+];

        /// The message of a return code; `None` for a number that is not one.
        #[must_use]
        pub const fn message(code: i32) -> Option<&'static CStr> {
            match code {
                $( $value => Some(nul_terminated!($message)), )+
                _ => None,
            }
        }
    };
}

return_codes! {
    /// Success. Functions that write text return its length instead (≥ 0).
    TWILIO_FQDN_OK = 0 => "ok";
    /// A required pointer argument is NULL.
    TWILIO_FQDN_ERR_NULL_POINTER = -1 => "a required pointer argument is NULL";
    /// The output buffer cannot hold the result and its NUL terminator.
    TWILIO_FQDN_ERR_BUFFER_TOO_SMALL = -2 => "output buffer too small";
    /// A code argument that names no label (or a length above `PTRDIFF_MAX`).
    TWILIO_FQDN_ERR_INVALID_ARGUMENT = -4 => "invalid argument: unknown code or impossible length";
    /// The input and the output buffer overlap.
    TWILIO_FQDN_ERR_OVERLAP = -5 => "input and output buffers overlap";
    /// The input is empty.
    TWILIO_FQDN_ERR_EMPTY = -10 => ErrorKind::Empty.message();
    /// The name is longer than 253 bytes.
    TWILIO_FQDN_ERR_TOO_LONG = -11 => ErrorKind::TooLong.message();
    /// Two dots in a row, a leading dot, or a lone `.`.
    TWILIO_FQDN_ERR_EMPTY_LABEL = -12 => ErrorKind::EmptyLabel.message();
    /// A label is longer than 63 bytes.
    TWILIO_FQDN_ERR_LABEL_TOO_LONG = -13 => ErrorKind::LabelTooLong.message();
    /// A byte that no DNS name holds (the span points at it).
    TWILIO_FQDN_ERR_INVALID_BYTE = -14 => ErrorKind::InvalidByte(0).message();
    /// A label starts or ends with `-`.
    TWILIO_FQDN_ERR_HYPHEN_AT_LABEL_EDGE = -15 => ErrorKind::HyphenAtLabelEdge.message();
    /// The name does not end in `.twilio.com`.
    TWILIO_FQDN_ERR_NOT_TWILIO = -16 => ErrorKind::NotTwilio.message();
    /// `twilio.com` itself: no product label.
    TWILIO_FQDN_ERR_MISSING_PRODUCT = -17 => ErrorKind::MissingProduct.message();
    /// The first label is not a Twilio product (the span covers it).
    TWILIO_FQDN_ERR_UNKNOWN_PRODUCT = -18 => ErrorKind::UnknownProduct { len: 0 }.message();
    /// The edge label is not a Twilio edge (the span covers it).
    TWILIO_FQDN_ERR_UNKNOWN_EDGE = -19 => ErrorKind::UnknownEdge { len: 0 }.message();
    /// The region label is not a Twilio region code (the span covers it).
    TWILIO_FQDN_ERR_UNKNOWN_REGION = -20 => ErrorKind::UnknownRegion { len: 0 }.message();
    /// The one middle label is neither an edge nor a region code.
    TWILIO_FQDN_ERR_UNKNOWN_EDGE_OR_REGION = -21 => ErrorKind::UnknownEdgeOrRegion { len: 0 }.message();
    /// More labels than product, edge and region.
    TWILIO_FQDN_ERR_TOO_MANY_LABELS = -22 => ErrorKind::TooManyLabels.message();
    /// A URL whose scheme is not `http` or `https`.
    TWILIO_FQDN_ERR_NOT_HTTP_URL = -23 => ErrorKind::NotHttpUrl.message();
    /// A URL with no host.
    TWILIO_FQDN_ERR_EMPTY_HOST = -24 => ErrorKind::EmptyHost.message();
    /// A URL whose host is an IP literal.
    TWILIO_FQDN_ERR_IP_LITERAL = -25 => ErrorKind::IpLiteral.message();
    /// A URL port that is not a number up to 65535.
    TWILIO_FQDN_ERR_INVALID_PORT = -26 => ErrorKind::InvalidPort.message();
    /// A parse error of a kind newer than this ABI.
    TWILIO_FQDN_ERR_PARSE_OTHER = -27 => "the input is not a Twilio REST host";
    /// A rewrite's edge value is not one safe DNS label (strict: not an edge).
    TWILIO_FQDN_ERR_INVALID_EDGE_VALUE = -30 => "the edge value is not a valid edge";
    /// A rewrite's region value is not one safe DNS label (strict: not a region).
    TWILIO_FQDN_ERR_INVALID_REGION_VALUE = -31 => "the region value is not a valid region";
    /// Strict rewrite: the host it would produce does not work.
    TWILIO_FQDN_ERR_REFUSED = -32 => "refused: the rewritten host would not work";
    /// The URL's path is not in normal form (availability).
    TWILIO_FQDN_ERR_BAD_PATH = -33 => "the path is not in normal form";
    /// A rewrite error of a kind newer than this ABI.
    TWILIO_FQDN_ERR_REWRITE_OTHER = -34 => "the URL cannot be rewritten";
}

/// The return code of a parse error kind.
#[must_use]
pub const fn parse_error_code(kind: ErrorKind) -> i32 {
    match kind {
        ErrorKind::Empty => TWILIO_FQDN_ERR_EMPTY,
        ErrorKind::TooLong => TWILIO_FQDN_ERR_TOO_LONG,
        ErrorKind::EmptyLabel => TWILIO_FQDN_ERR_EMPTY_LABEL,
        ErrorKind::LabelTooLong => TWILIO_FQDN_ERR_LABEL_TOO_LONG,
        ErrorKind::InvalidByte(_) => TWILIO_FQDN_ERR_INVALID_BYTE,
        ErrorKind::HyphenAtLabelEdge => TWILIO_FQDN_ERR_HYPHEN_AT_LABEL_EDGE,
        ErrorKind::NotTwilio => TWILIO_FQDN_ERR_NOT_TWILIO,
        ErrorKind::MissingProduct => TWILIO_FQDN_ERR_MISSING_PRODUCT,
        ErrorKind::UnknownProduct { .. } => TWILIO_FQDN_ERR_UNKNOWN_PRODUCT,
        ErrorKind::UnknownEdge { .. } => TWILIO_FQDN_ERR_UNKNOWN_EDGE,
        ErrorKind::UnknownRegion { .. } => TWILIO_FQDN_ERR_UNKNOWN_REGION,
        ErrorKind::UnknownEdgeOrRegion { .. } => TWILIO_FQDN_ERR_UNKNOWN_EDGE_OR_REGION,
        ErrorKind::TooManyLabels => TWILIO_FQDN_ERR_TOO_MANY_LABELS,
        ErrorKind::NotHttpUrl => TWILIO_FQDN_ERR_NOT_HTTP_URL,
        ErrorKind::EmptyHost => TWILIO_FQDN_ERR_EMPTY_HOST,
        ErrorKind::IpLiteral => TWILIO_FQDN_ERR_IP_LITERAL,
        ErrorKind::InvalidPort => TWILIO_FQDN_ERR_INVALID_PORT,
        _ => TWILIO_FQDN_ERR_PARSE_OTHER,
    }
}

/// Generates `u8` codes for a Rust enum: the constants, a `(name, code)`
/// list and the mapping function. A row `NAME = code <= _` is a catch-all, for
/// `#[non_exhaustive]` enums.
macro_rules! u8_codes {
    (
        $list:ident, $map:ident($ty:ty);
        $( $(#[doc = $doc:literal])* $name:ident = $value:literal <= $pat:pat, )+
    ) => {
        $( $(#[doc = $doc])* pub const $name: u8 = $value; )+

        /// Every code of the table with its C name, in header order.
        pub const $list: &[(&str, u8)] =
            &[$((stringify!($name), $name)),+];

        /// The code of a value.
        #[must_use]
        pub const fn $map(value: $ty) -> u8 {
            match value {
                $( $pat => $name, )+
            }
        }
    };
}

u8_codes! {
    SEVERITY_CODES, severity_code(Severity);
    /// The host works as documented.
    TWILIO_FQDN_SEVERITY_OK = 0 <= Severity::Ok,
    /// The host may work, but not as documented.
    TWILIO_FQDN_SEVERITY_WARN = 1 <= Severity::Warn,
    /// The host does not work.
    TWILIO_FQDN_SEVERITY_FAIL = 2 <= Severity::Fail,
}

u8_codes! {
    FORM_CODES, form_code(Form);
    /// `{product}.twilio.com`.
    TWILIO_FQDN_FORM_LEGACY = 0 <= Form::Legacy,
    /// `{product}.{region}.twilio.com`.
    TWILIO_FQDN_FORM_REGION_ONLY = 1 <= Form::RegionOnly,
    /// `{product}.{edge}.twilio.com`.
    TWILIO_FQDN_FORM_EDGE_ONLY = 2 <= Form::EdgeOnly,
    /// `{product}.{edge}.{region}.twilio.com`.
    TWILIO_FQDN_FORM_REGIONAL = 3 <= Form::Regional,
}

u8_codes! {
    REASON_CODES, reason_code(Reason);
    /// `{product}.twilio.com`: us1 through edge ashburn.
    TWILIO_FQDN_REASON_LEGACY = 0 <= Reason::Legacy,
    /// `{product}.us1.twilio.com`.
    TWILIO_FQDN_REASON_US1 = 1 <= Reason::Us1,
    /// `{product}.{edge}.us1.twilio.com`: the edge only picks the entry.
    TWILIO_FQDN_REASON_US1_THROUGH_EDGE = 2 <= Reason::Us1ThroughEdge(..),
    /// A processing region through its documented edge.
    TWILIO_FQDN_REASON_DOCUMENTED_PAIR = 3 <= Reason::DocumentedPair(..),
    /// A processing region through an edge not documented for it.
    TWILIO_FQDN_REASON_UNDOCUMENTED_EDGE = 4 <= Reason::UndocumentedEdge(..),
    /// A region code the docs disagree on (`jp1`).
    TWILIO_FQDN_REASON_DISPUTED_REGION = 5 <= Reason::DisputedRegion(..),
    /// The product no longer serves.
    TWILIO_FQDN_REASON_RETIRED_PRODUCT = 6 <= Reason::RetiredProduct(..),
    /// `roaming`: not a REST edge.
    TWILIO_FQDN_REASON_NOT_REST_EDGE = 7 <= Reason::NotRestEdge(..),
    /// `gll`: never a region.
    TWILIO_FQDN_REASON_NEVER_A_REGION = 8 <= Reason::NeverARegion(..),
    /// An edge with no region.
    TWILIO_FQDN_REASON_EDGE_WITHOUT_REGION = 9 <= Reason::EdgeWithoutRegion(..),
    /// A retired region-only host.
    TWILIO_FQDN_REASON_RETIRED_REGION_ONLY = 10 <= Reason::RetiredRegionOnly(..),
    /// An edge with a code that processes nothing of its own.
    TWILIO_FQDN_REASON_NOT_PROCESSING_REGION = 11 <= Reason::NotProcessingRegion(..),
    /// A reason newer than this ABI (see the severity).
    TWILIO_FQDN_REASON_OTHER = 254 <= _,
}

u8_codes! {
    LEVEL_CODES, level_code(Level);
    /// Not offered.
    TWILIO_FQDN_LEVEL_NO = 0 <= Level::No,
    /// Offered as a beta.
    TWILIO_FQDN_LEVEL_BETA = 1 <= Level::Beta,
    /// Generally available.
    TWILIO_FQDN_LEVEL_GA = 2 <= Level::Ga,
}

u8_codes! {
    ALLOWED_CODES, allowed_code(Allowed);
    /// The endpoint is offered in an allowed region (`region`, `level`).
    TWILIO_FQDN_DECISION_ALLOW_ENDPOINT = 0 <= Allowed::Endpoint { .. },
    /// A bare host processed in an allowed region (`region`).
    TWILIO_FQDN_DECISION_ALLOW_HOST = 1 <= Allowed::Host { .. },
    /// Not a Twilio host, and the policy allows those.
    TWILIO_FQDN_DECISION_ALLOW_NON_TWILIO = 2 <= Allowed::NonTwilio,
    /// An allowing reason newer than this ABI.
    TWILIO_FQDN_DECISION_ALLOW_OTHER = 63 <= _,
}

u8_codes! {
    DENIED_CODES, denied_code(Denied);
    /// Not an http/https URL or a Twilio REST host (`error`, error span).
    TWILIO_FQDN_DECISION_DENY_UNPARSABLE = 64 <= Denied::Unparsable(_),
    /// Not a Twilio host, and the policy denies those.
    TWILIO_FQDN_DECISION_DENY_NON_TWILIO = 65 <= Denied::NonTwilio,
    /// The path is not in normal form (error span).
    TWILIO_FQDN_DECISION_DENY_BAD_PATH = 66 <= Denied::BadPath(_),
    /// The host's verdict is fail (`instead`: its fix).
    TWILIO_FQDN_DECISION_DENY_HOST_FAILS = 67 <= Denied::HostFails(_),
    /// No documented region processes the host (`instead`: its fix).
    TWILIO_FQDN_DECISION_DENY_NO_PROCESSING_REGION = 68 <= Denied::NoProcessingRegion(_),
    /// Processed in a region the policy does not allow (`region`, `instead`).
    TWILIO_FQDN_DECISION_DENY_REGION_NOT_ALLOWED = 69 <= Denied::RegionNotAllowed { .. },
    /// The endpoint is not offered in the host's region (`region`, `instead`).
    TWILIO_FQDN_DECISION_DENY_NOT_AVAILABLE = 70 <= Denied::NotAvailable { .. },
    /// The region needs its documented edge (`region`, `edge`, `instead`).
    TWILIO_FQDN_DECISION_DENY_EDGE_REQUIRED = 71 <= Denied::EdgeRequired { .. },
    /// The credential belongs to another region (`credential_region`, `region`).
    TWILIO_FQDN_DECISION_DENY_CREDENTIAL_REGION = 72 <= Denied::CredentialRegion { .. },
    /// A denying reason newer than this ABI.
    TWILIO_FQDN_DECISION_DENY_OTHER = 127 <= _,
}

/// The static NUL-terminated description of a reason code; `None` for a
/// number that is not one. The full sentence, with the host's labels, is
/// `twilio_fqdn_describe`'s.
#[must_use]
pub const fn reason_message(code: u8) -> Option<&'static CStr> {
    Some(match code {
        TWILIO_FQDN_REASON_LEGACY => c"legacy host: processed in us1 through edge ashburn",
        TWILIO_FQDN_REASON_US1 => c"processed in us1",
        TWILIO_FQDN_REASON_US1_THROUGH_EDGE => {
            c"processed in us1; the edge only picks where requests enter Twilio"
        }
        TWILIO_FQDN_REASON_DOCUMENTED_PAIR => {
            c"processed in the region, through an edge documented for it"
        }
        TWILIO_FQDN_REASON_UNDOCUMENTED_EDGE => c"the edge is not documented for the region",
        TWILIO_FQDN_REASON_DISPUTED_REGION => {
            c"the docs disagree whether the region code is a processing region"
        }
        TWILIO_FQDN_REASON_RETIRED_PRODUCT => c"the product is retired; its hosts no longer serve",
        TWILIO_FQDN_REASON_NOT_REST_EDGE => c"the edge is not a REST API edge: TLS name mismatch",
        TWILIO_FQDN_REASON_NEVER_A_REGION => {
            c"the region code is not a region: the host does not resolve"
        }
        TWILIO_FQDN_REASON_EDGE_WITHOUT_REGION => {
            c"an edge without a region: the host does not exist"
        }
        TWILIO_FQDN_REASON_RETIRED_REGION_ONLY => {
            c"the region-only host was retired (it processed in us1 whatever the code)"
        }
        TWILIO_FQDN_REASON_NOT_PROCESSING_REGION => c"the region code is not a processing region",
        TWILIO_FQDN_REASON_OTHER => c"a reason newer than this library's C ABI",
        _ => return None,
    })
}

/// Longest label of any table, plus its NUL: the row width of the name tables.
const NAME_ROW: usize = 18;

/// The labels of a table as NUL-padded rows: a row's address is a
/// NUL-terminated C string.
macro_rules! c_names {
    ($ty:ty) => {{
        const N: usize = <$ty>::ALL.len();
        let mut rows = [[0u8; NAME_ROW]; N];
        let mut i = 0;
        while i < N {
            let label = <$ty>::ALL[i].as_str().as_bytes();
            assert!(label.len() < NAME_ROW, "label too long for its name row");
            let mut j = 0;
            while j < label.len() {
                rows[i][j] = label[j];
                j += 1;
            }
            i += 1;
        }
        rows
    }};
}

// The name tables are built at compile time, where an out-of-bounds index
// is a build error, not a panic.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
static PRODUCT_NAMES: [[u8; NAME_ROW]; Product::ALL.len()] = c_names!(Product);
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
static EDGE_NAMES: [[u8; NAME_ROW]; Edge::ALL.len()] = c_names!(Edge);
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
static REGION_NAMES: [[u8; NAME_ROW]; Region::ALL.len()] = c_names!(Region);

/// A row of a name table as a C string; `None` past the end.
fn row(table: &'static [[u8; NAME_ROW]], code: u8) -> Option<&'static CStr> {
    CStr::from_bytes_until_nul(table.get(usize::from(code))?).ok()
}

/// The NUL-terminated label of a product code.
#[must_use]
pub fn product_name(code: u8) -> Option<&'static CStr> {
    row(&PRODUCT_NAMES, code)
}

/// The NUL-terminated label of an edge code.
#[must_use]
pub fn edge_name(code: u8) -> Option<&'static CStr> {
    row(&EDGE_NAMES, code)
}

/// The NUL-terminated label of a region code.
#[must_use]
pub fn region_name(code: u8) -> Option<&'static CStr> {
    row(&REGION_NAMES, code)
}

/// `Some(label)` as its code, `None` as [`TWILIO_FQDN_NONE`].
#[must_use]
pub const fn optional_code(code: Option<u8>) -> u8 {
    match code {
        Some(code) => code,
        None => TWILIO_FQDN_NONE,
    }
}
