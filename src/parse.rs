//! Bytes to [`Hostname`], in two passes that give the same answers.
//!
//! Every table label is a valid DNS label, so a name made only of table
//! labels and `.twilio.com` is valid by construction: the first pass,
//! [`parse_known`], finds the dots sixteen bytes at a time, folds case and
//! looks each label up as one integer, without checking a byte on its own.
//! Anything it does not recognise goes to the second pass,
//! [`parse_checked`]: one validating pass over every byte, then the lookups,
//! which names the first byte that breaks a rule.

use crate::error::{ErrorKind, ParseError};
use crate::host::Hostname;
use crate::labels::{
    eq_ignore_ascii_case, fold_case, label_key, pack, Edge, Product, Region, DOMAIN_SUFFIX,
    MAX_HOST_LEN,
};

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
    match parse_known(input) {
        Some(host) => Ok(host),
        None => parse_checked(input),
    }
}

/// `u128` with every byte set to `byte`.
const fn splat(byte: u8) -> u128 {
    u128::from_le_bytes([byte; 16])
}

/// The low `len` (at most 16) bytes of a `u128` set.
const fn low_bytes(len: usize) -> u128 {
    if len >= 16 {
        u128::MAX
    } else {
        (1 << (8 * len)) - 1
    }
}

/// `bytes` little-endian in one integer (at most 16 of them), at compile time.
const fn le_bits(bytes: &[u8]) -> u128 {
    let mut bits = 0u128;
    let mut i = bytes.len();
    while i > 0 {
        i -= 1;
        bits = (bits << 8) | bytes[i] as u128;
    }
    bits
}

/// `.twilio.com`, case folded, in the top 11 bytes of a `u128` (as
/// [`tail`] holds it).
const DOMAIN_BITS: u128 =
    fold_case(le_bits(DOMAIN_SUFFIX.as_bytes())) << (8 * (16 - DOMAIN_SUFFIX.len()));

/// Shortest name [`parse_known`] looks at: a one-byte product (none is that
/// short, so this is only a bound) and `.twilio.com`.
const MIN_KNOWN_LEN: usize = 1 + DOMAIN_SUFFIX.len();

/// Every region code is three bytes, so [`parse_known`] reads the region
/// straight from the bytes before `.twilio.com`.
const REGION_LEN: usize = 3;
const _: () = {
    let mut i = 0;
    while i < Region::ALL.len() {
        assert!(
            Region::ALL[i].as_str().len() == REGION_LEN,
            "parse_known reads 3-byte regions"
        );
        i += 1;
    }
};

/// `N` bytes of `input` from `at`, or `None` when fewer remain.
#[inline(always)]
const fn chunk<const N: usize>(input: &[u8], at: usize) -> Option<[u8; N]> {
    match input.split_at(at).1.first_chunk::<N>() {
        Some(bytes) => Some(*bytes),
        None => None,
    }
}

/// The first `len` bytes of `input` (`8 <= len < 16`) as one little-endian
/// integer, zero above: two overlapping 8-byte loads, the overlap ORs equal
/// bytes.
#[inline(always)]
const fn short(input: &[u8], len: usize) -> u128 {
    match (chunk::<8>(input, 0), chunk::<8>(input, len - 8)) {
        (Some(front), Some(back)) => {
            u64::from_le_bytes(front) as u128
                | ((u64::from_le_bytes(back) as u128) << (8 * (len - 8)))
        }
        _ => 0,
    }
}

/// Bytes `0..16` of `input`, little-endian, zero past `len`.
#[inline(always)]
const fn head(input: &[u8], len: usize) -> u128 {
    match chunk::<16>(input, 0) {
        Some(bytes) => u128::from_le_bytes(bytes),
        None => short(input, len),
    }
}

/// The 16 bytes that end at `len`, little-endian (byte `len - 1` highest),
/// zero below byte 0.
#[inline(always)]
const fn tail(input: &[u8], len: usize) -> u128 {
    match chunk::<16>(input, len.saturating_sub(16)) {
        Some(bytes) if len >= 16 => u128::from_le_bytes(bytes),
        _ => short(input, len) << (8 * (16 - len)),
    }
}

/// Bytes `start..end` of `input` (at most 15 of them) as a label key.
#[inline(always)]
const fn key_at(input: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end - start;
    match chunk::<16>(input, start) {
        Some(bytes) if len <= 15 => {
            Some(label_key(u128::from_le_bytes(bytes) & low_bytes(len), len))
        }
        _ => pack(input, start, end),
    }
}

/// The host when `input` is made only of table labels and `.twilio.com`
/// (any case, one optional trailing dot); `None` for anything else, which
/// [`parse_checked`] then judges. Never `Some` where `parse_checked` errs.
///
/// Reads two 16-byte windows: the tail holds `.twilio.com` and the region
/// code before it, the head holds the product and the dot that ends it;
/// what lies between is the edge.
const fn parse_known(input: &[u8]) -> Option<Hostname> {
    let n = input.len();
    let len = if n > 0 && input[n - 1] == b'.' {
        n - 1
    } else {
        n
    };
    if len < MIN_KNOWN_LEN || len > MAX_HOST_LEN {
        return None;
    }
    let tail = tail(input, len);
    if fold_case(tail) & !low_bytes(16 - DOMAIN_SUFFIX.len()) != DOMAIN_BITS {
        return None;
    }
    // Where `.twilio.com` starts: the dot that ends the last front label.
    let domain = len - DOMAIN_SUFFIX.len();

    // `.{region}` right before the domain (tail bytes 1..5), behind a product.
    let mut region = None;
    let mut front = domain;
    if domain > REGION_LEN + 1 && (tail >> 8) as u8 == b'.' {
        let code = (tail >> 16) & low_bytes(REGION_LEN);
        region = Region::from_packed(label_key(code, REGION_LEN));
        if region.is_some() {
            front = domain - REGION_LEN - 1;
        }
    }

    // The product: up to the first dot of the head (exact for the lowest
    // dot, by the classic zero-byte test on `head ^ "...."`).
    let head = head(input, len);
    let not_dots = head ^ splat(b'.');
    let dots = not_dots.wrapping_sub(splat(0x01)) & !not_dots & splat(0x80);
    let first_dot = dots & dots.wrapping_neg();
    let mut end = (first_dot.trailing_zeros() / 8) as usize;
    if first_dot == 0 || end == 0 || end > front {
        return None;
    }
    let Some(mut product) = Product::from_packed(label_key(head & ((first_dot >> 7) - 1), end))
    else {
        return None;
    };
    if matches!(product, Product::Preview) && end < front {
        let messaging = end + 1 + Product::Messaging.as_str().len();
        if messaging <= front
            && (messaging == front || input[messaging] == b'.')
            && matches!(key_at(input, end + 1, messaging), Some(key) if key == MESSAGING_KEY)
        {
            product = Product::PreviewMessaging;
            end = messaging;
        }
    }
    if end == front {
        return Some(Hostname::new(product, None, region));
    }
    // Everything between product and region (or domain) must be one edge:
    // a key with a dot in it matches no table label.
    let Some(key) = key_at(input, end + 1, front) else {
        return None;
    };
    match Edge::from_packed(key) {
        Some(edge) => Some(Hostname::new(product, Some(edge), region)),
        None => None,
    }
}

const MESSAGING_KEY: u128 = crate::labels::pack_label("messaging");

/// Parses a hostname byte by byte, naming the first byte that breaks a rule.
const fn parse_checked(input: &[u8]) -> Result<Hostname, ParseError> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::string::String;
    use std::vec::Vec;

    /// Every host the tables can make, in lowercase, uppercase and with a
    /// trailing dot: the fast pass finds each one, and agrees with the
    /// checking pass.
    #[test]
    fn both_passes_accept_every_table_host() {
        let edges = Edge::ALL.iter().copied().map(Some).chain([None]);
        let regions: Vec<_> = Region::ALL
            .iter()
            .copied()
            .map(Some)
            .chain([None])
            .collect();
        let mut count = 0;
        for edge in edges {
            for &region in &regions {
                for &product in Product::ALL {
                    let host = Hostname::new(product, edge, region);
                    let lower = host.to_heapless();
                    let upper = lower.to_ascii_uppercase();
                    let dotted = std::format!("{lower}.");
                    for input in [lower.as_str(), upper.as_str(), dotted.as_str()] {
                        assert_eq!(parse_known(input.as_bytes()), Some(host), "{input}");
                        assert_eq!(parse_checked(input.as_bytes()), Ok(host), "{input}");
                        count += 1;
                    }
                }
            }
        }
        assert_eq!(count, 3 * 18 * 10 * 46);
    }

    /// Labels, near-labels and hostile bytes, joined mostly by dots.
    fn piece() -> impl Strategy<Value = String> {
        let known: Vec<&str> = Product::ALL
            .iter()
            .map(|p| p.as_str())
            .chain(Edge::ALL.iter().map(|e| e.as_str()))
            .chain(Region::ALL.iter().map(|r| r.as_str()))
            .chain(["twilio", "com", "twilio.com", "messaging", ""])
            .collect();
        prop_oneof![
            4 => prop::sample::select(known).prop_map(String::from),
            2 => (prop::sample::select(Region::ALL.to_vec()), any::<u8>()).prop_map(|(r, b)| {
                // A region code with one byte swapped for anything.
                let mut bytes = r.as_str().as_bytes().to_vec();
                bytes[usize::from(b % 3)] = b;
                String::from_utf8_lossy(&bytes).into_owned()
            }),
            1 => "[a-zA-Z0-9-]{0,20}",
            1 => prop::collection::vec(
                prop::sample::select(b"\0\r\x11\x19.-@[`{_ \x7f".to_vec()), 1..3
            ).prop_map(|b| String::from_utf8(b).unwrap()),
        ]
    }

    fn name() -> impl Strategy<Value = String> {
        (
            prop::collection::vec(piece(), 1..7),
            prop::collection::vec(
                prop::sample::select(std::vec![".", ".", ".", "..", "-", ""]),
                7,
            ),
            any::<u64>(),
            prop::sample::select(std::vec!["", ".twilio.com", ".TWILIO.com", ".twilio.com."]),
        )
            .prop_map(|(pieces, seps, upper, suffix)| {
                let mut name = String::new();
                for (i, piece) in pieces.iter().enumerate() {
                    if i > 0 {
                        name.push_str(seps[i]);
                    }
                    name.push_str(piece);
                }
                name.push_str(suffix);
                name.char_indices()
                    .map(|(i, c)| {
                        if upper >> (i % 64) & 1 == 1 {
                            c.to_ascii_uppercase()
                        } else {
                            c
                        }
                    })
                    .collect()
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        /// The fast pass answers exactly when the checking pass accepts, and
        /// gives the same host.
        #[test]
        fn fast_pass_is_the_checking_pass_on_success(input in name()) {
            prop_assert_eq!(parse_known(input.as_bytes()), parse_checked(input.as_bytes()).ok());
        }
    }
}
