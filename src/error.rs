//! Errors: where the input stopped being a Twilio REST host, and why.

use core::ops::Range;

/// Why an input is not a Twilio REST hostname (or URL), and the byte where
/// that became certain.
///
/// `index` counts bytes from the start of the input given to the parser: for
/// [`Hostname::from_url`](crate::Hostname::from_url) that is the whole URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParseError {
    index: usize,
    kind: ErrorKind,
}

/// What is wrong with the input. New kinds may come in minor releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is empty.
    Empty,
    /// The name is longer than 253 bytes (one trailing dot not counted);
    /// the index is that of byte 254.
    TooLong,
    /// Two dots in a row, a leading dot, or a lone `.`.
    EmptyLabel,
    /// A label is longer than 63 bytes; the index is that of its 64th byte.
    LabelTooLong,
    /// A byte that no DNS name holds (only `[A-Za-z0-9-.]` do).
    InvalidByte(u8),
    /// A label starts or ends with `-`.
    HyphenAtLabelEdge,
    /// The name does not end in `.twilio.com`; the index is where the last
    /// two labels start.
    NotTwilio,
    /// `twilio.com` itself: no product label.
    MissingProduct,
    /// The first label is not a Twilio product.
    UnknownProduct {
        /// Length of the label, from `index`.
        len: u8,
    },
    /// The label in the edge position is not a Twilio edge.
    UnknownEdge {
        /// Length of the label, from `index`.
        len: u8,
    },
    /// The label in the region position is not a Twilio region code.
    UnknownRegion {
        /// Length of the label, from `index`.
        len: u8,
    },
    /// The one label between product and domain is neither an edge nor a
    /// region code.
    UnknownEdgeOrRegion {
        /// Length of the label, from `index`.
        len: u8,
    },
    /// More labels between product and domain than an edge and a region.
    TooManyLabels,
    /// A URL whose scheme is not `http` or `https`.
    NotHttpUrl,
    /// A URL with no host.
    EmptyHost,
    /// A URL whose host is an IP literal (`[::1]`): not a Twilio host.
    IpLiteral,
    /// A URL port that is not a number up to 65535.
    InvalidPort,
}

impl ErrorKind {
    /// What is wrong, in fixed words without the position or the byte
    /// (`"empty label"`): for tables of messages, such as the C ABI's.
    ///
    /// ```
    /// use twilio_fqdn::ErrorKind;
    ///
    /// assert_eq!(ErrorKind::EmptyLabel.message(), "empty label");
    /// assert_eq!(ErrorKind::InvalidByte(b'_').message(), "invalid byte");
    /// ```
    #[must_use]
    pub const fn message(self) -> &'static str {
        crate::fmt::kind_message(self)
    }
}

impl ParseError {
    pub(crate) const fn new(index: usize, kind: ErrorKind) -> Self {
        ParseError { index, kind }
    }

    /// Moves the error `by` bytes to the right: for a host found inside a URL.
    pub(crate) const fn offset(self, by: usize) -> Self {
        ParseError::new(self.index + by, self.kind)
    }

    /// The byte index where the input stopped being valid.
    #[must_use]
    pub const fn index(&self) -> usize {
        self.index
    }

    /// What is wrong.
    #[must_use]
    pub const fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The bytes the error is about: a whole label for the unknown-label
    /// kinds, otherwise the one byte at [`index`](Self::index) (empty for
    /// [`ErrorKind::Empty`]).
    #[must_use]
    pub const fn span(&self) -> Range<usize> {
        let len = match self.kind {
            ErrorKind::UnknownProduct { len }
            | ErrorKind::UnknownEdge { len }
            | ErrorKind::UnknownRegion { len }
            | ErrorKind::UnknownEdgeOrRegion { len } => len as usize,
            ErrorKind::Empty => 0,
            _ => 1,
        };
        self.index..self.index + len
    }
}

impl core::error::Error for ParseError {}

/// The output buffer cannot hold the result; nothing usable was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BufferTooSmall {
    /// Bytes the result needs.
    pub needed: usize,
}

impl core::error::Error for BufferTooSmall {}

/// Why a request path is not in the normal form the availability table is
/// matched against, and the byte where that became certain.
///
/// `index` counts from the start of the input given: the path, or the whole
/// URL for [`Availability::lookup_url`](crate::Availability::lookup_url).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PathError {
    index: usize,
    kind: PathErrorKind,
}

/// What is wrong with a path. New kinds may come in minor releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PathErrorKind {
    /// The path does not start with `/`.
    NotAbsolute,
    /// `//`: an empty segment.
    EmptySegment,
    /// A `.` or `..` segment.
    DotSegment,
    /// A `%`: percent-encoding is not decoded, so it is not guessed at.
    PercentEncoded,
    /// A `\`, which WHATWG parsers read as `/` and servers may not.
    Backslash,
    /// A byte outside RFC 3986 `pchar` (non-ASCII, `"`, `<`, `{`, ...).
    InvalidByte(u8),
}

impl PathError {
    pub(crate) const fn new(index: usize, kind: PathErrorKind) -> Self {
        PathError { index, kind }
    }

    /// Moves the error `by` bytes to the right: for a path inside a URL.
    pub(crate) const fn offset(self, by: usize) -> Self {
        PathError::new(self.index + by, self.kind)
    }

    /// The byte index where the path stopped being in normal form.
    #[must_use]
    pub const fn index(&self) -> usize {
        self.index
    }

    /// What is wrong.
    #[must_use]
    pub const fn kind(&self) -> PathErrorKind {
        self.kind
    }
}

impl core::error::Error for PathError {}

/// Why a string is not a Twilio API key or Account SID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SidError {
    index: usize,
    kind: SidErrorKind,
}

/// What is wrong with a SID. New kinds may come in minor releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SidErrorKind {
    /// Not `SK` (API key) or `AC` (account).
    UnknownPrefix,
    /// Fewer than 32 hex digits after the prefix.
    TooShort,
    /// More than 32 hex digits after the prefix.
    TooLong,
    /// A byte that is not a hex digit.
    NotHex(u8),
}

impl SidError {
    pub(crate) const fn new(index: usize, kind: SidErrorKind) -> Self {
        SidError { index, kind }
    }

    /// The byte index where the SID stopped being valid.
    #[must_use]
    pub const fn index(&self) -> usize {
        self.index
    }

    /// What is wrong.
    #[must_use]
    pub const fn kind(&self) -> SidErrorKind {
        self.kind
    }
}

impl core::error::Error for SidError {}

/// Why a region (or a list of them) cannot be used where a processing
/// region is needed: an allow-list or a credential.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RegionError {
    /// An empty list, or an empty item in it (`us1,,ie1`).
    Empty,
    /// Not a Twilio region code.
    Unknown,
    /// A code that processes no data of its own (`de1`, `jp1`, `gll`...).
    NotProcessing(crate::labels::Region),
}

impl core::error::Error for RegionError {}
