//! Bytes to [`Hostname`]: one validating pass over the name, then integer
//! lookups of the few labels in front of `.twilio.com`.

use crate::error::{ErrorKind, ParseError};
use crate::host::Hostname;
use crate::labels::{eq_ignore_ascii_case, pack, Edge, Product, Region, DOMAIN_SUFFIX};

/// Longest name without its trailing dot (RFC 1035 §2.3.4, RFC 1123).
pub(crate) const MAX_NAME_LEN: usize = 253;
/// Longest label (RFC 1035 §2.3.4).
pub(crate) const MAX_LABEL_LEN: usize = 63;

/// Byte classes, one table lookup per byte (the `httparse` way).
const INVALID: u8 = 0;
const ALNUM: u8 = 1;
const HYPHEN: u8 = 2;
const DOT: u8 = 3;

const CLASS: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() {
            ALNUM
        } else if byte == b'-' {
            HYPHEN
        } else if byte == b'.' {
            DOT
        } else {
            INVALID
        };
        b += 1;
    }
    table
};

/// Dots remembered from the front: enough for `preview.messaging.edge.region`
/// plus one more, so `TooManyLabels` can point at the extra label.
const FRONT_DOTS: usize = 5;

/// The syntax check of a label that ends at `end` (exclusive).
const fn check_label_end(input: &[u8], start: usize, end: usize) -> Option<ParseError> {
    if end == start {
        return Some(ParseError::new(start, ErrorKind::EmptyLabel));
    }
    if input[end - 1] == b'-' {
        return Some(ParseError::new(end - 1, ErrorKind::HyphenAtLabelEdge));
    }
    None
}

/// Parses a hostname; see [`Hostname::parse`].
pub(crate) const fn parse_host(input: &[u8]) -> Result<Hostname, ParseError> {
    if input.is_empty() {
        return Err(ParseError::new(0, ErrorKind::Empty));
    }
    // One trailing dot names the same (absolute) host.
    let len = if input[input.len() - 1] == b'.' {
        input.len() - 1
    } else {
        input.len()
    };
    if len > MAX_NAME_LEN {
        return Err(ParseError::new(MAX_NAME_LEN, ErrorKind::TooLong));
    }

    // Pass 1: syntax, reporting the first byte that breaks a rule.
    let mut dots = [0usize; FRONT_DOTS];
    let mut ndots = 0;
    let mut last_two_start = 0; // where the last two labels start
    let mut last_label_start = 0;
    let mut label_start = 0;
    let mut i = 0;
    while i < len {
        let byte = input[i];
        match CLASS[byte as usize] {
            DOT => {
                if let Some(e) = check_label_end(input, label_start, i) {
                    return Err(e);
                }
                if ndots < FRONT_DOTS {
                    dots[ndots] = i;
                }
                ndots += 1;
                last_two_start = last_label_start;
                last_label_start = i + 1;
                label_start = i + 1;
            }
            INVALID => return Err(ParseError::new(i, ErrorKind::InvalidByte(byte))),
            class => {
                if i - label_start == MAX_LABEL_LEN {
                    return Err(ParseError::new(i, ErrorKind::LabelTooLong));
                }
                if class == HYPHEN && i == label_start {
                    return Err(ParseError::new(i, ErrorKind::HyphenAtLabelEdge));
                }
            }
        }
        i += 1;
    }
    if let Some(e) = check_label_end(input, label_start, len) {
        return Err(e);
    }

    // The domain: `twilio.com` alone has no product; anything else not
    // ending in `.twilio.com` is somebody else's host.
    let suffix = DOMAIN_SUFFIX.as_bytes();
    let domain = suffix.split_at(1).1;
    if len == domain.len() && ends_with_ignore_case(input, len, domain) {
        return Err(ParseError::new(0, ErrorKind::MissingProduct));
    }
    if !ends_with_ignore_case(input, len, suffix) {
        let at = if ndots >= 1 { last_two_start } else { 0 };
        return Err(ParseError::new(at, ErrorKind::NotTwilio));
    }

    // Pass 2: the labels before `.twilio.com`; there are `ndots - 1` of
    // them and label `k` ends at `dots[k]`.
    let labels = ndots - 1;
    let (product, mut next) = match lookup_product(input, &dots, labels) {
        Some(found) => found,
        None => {
            let len = span_len(0, dots[0]);
            return Err(ParseError::new(0, ErrorKind::UnknownProduct { len }));
        }
    };
    let middle = labels - next;
    if middle > 2 {
        let at = start_of_label(next + 2, &dots);
        return Err(ParseError::new(at, ErrorKind::TooManyLabels));
    }

    let mut edge = None;
    if middle == 2 {
        let (s, e) = (start_of_label(next, &dots), dots[next]);
        edge = Edge::from_packed_opt(pack(input, s, e));
        if edge.is_none() {
            let len = span_len(s, e);
            return Err(ParseError::new(s, ErrorKind::UnknownEdge { len }));
        }
        next += 1;
    }
    let mut region = None;
    if middle >= 1 {
        let (s, e) = (start_of_label(next, &dots), dots[next]);
        let packed = pack(input, s, e);
        region = Region::from_packed_opt(packed);
        if region.is_none() {
            let len = span_len(s, e);
            if middle == 2 {
                return Err(ParseError::new(s, ErrorKind::UnknownRegion { len }));
            }
            // One label alone may also be an edge written without a region.
            edge = Edge::from_packed_opt(packed);
            if edge.is_none() {
                return Err(ParseError::new(s, ErrorKind::UnknownEdgeOrRegion { len }));
            }
        }
    }
    Ok(Hostname::new(product, edge, region))
}

/// Where label `k` starts, given the dots that end labels `0..k`.
const fn start_of_label(k: usize, dots: &[usize; FRONT_DOTS]) -> usize {
    if k == 0 {
        0
    } else {
        dots[k - 1] + 1
    }
}

/// Length of a label span; labels are at most 63 bytes, so it fits a `u8`.
const fn span_len(start: usize, end: usize) -> u8 {
    (end - start) as u8
}

/// The product at the front, and how many labels it takes: `preview`
/// followed by `messaging` is the retired two-label `preview.messaging`.
const fn lookup_product(
    input: &[u8],
    dots: &[usize; FRONT_DOTS],
    labels: usize,
) -> Option<(Product, usize)> {
    match Product::from_packed_opt(pack(input, 0, dots[0])) {
        Some(Product::Preview)
            if labels > 1
                && matches!(
                    Product::from_packed_opt(pack(input, dots[0] + 1, dots[1])),
                    Some(Product::Messaging)
                ) =>
        {
            Some((Product::PreviewMessaging, 2))
        }
        Some(product) => Some((product, 1)),
        None => None,
    }
}

const fn ends_with_ignore_case(input: &[u8], len: usize, suffix: &[u8]) -> bool {
    if len < suffix.len() {
        return false;
    }
    let tail = input
        .split_at(len - suffix.len())
        .1
        .split_at(suffix.len())
        .0;
    eq_ignore_ascii_case(tail, suffix)
}
