//! The label tables: every product, edge and region code that can stand in a
//! Twilio REST hostname, with the facts the crate reasons from.
//!
//! One table per concept. When Twilio adds or retires a label, the one row to
//! edit is here; the enum, `as_str`, parsing, `ALL` and the tests follow.
//! Source of every fact: `shared/twilio/*.tsv` and `RULES.md`.

use core::fmt;
use core::str::FromStr;

/// Longest label that [`pack`] turns into one integer key; the key's top
/// byte holds the length. No single table label is longer.
const PACKED_MAX: usize = 15;

/// The key of no label: what a table label that cannot pack (the two-label
/// `preview.messaging`) stands for in the integer `match`.
const NO_KEY: u128 = u128::MAX;

/// Lowercases the ASCII letters among the 16 bytes of `bytes` in one step:
/// sets bit `0x20` of every byte that has bit `0x40`.
///
/// Other bytes may change too, but never into `[a-z0-9-]`: digits and `-`
/// lack bit `0x40` and stay as they are, and a byte with bit `0x40` becomes
/// a lowercase letter only if it was that letter in either case. So a folded
/// label equals a table label exactly when it is that label in any ASCII
/// case — matching the table *is* the validation (unlike `| 0x20`, which
/// makes `\r` a `-` and `\x11` a `1`).
pub(crate) const fn fold_case(bytes: u128) -> u128 {
    const BIT_40: u128 = u128::from_le_bytes([0x40; 16]);
    bytes | ((bytes & BIT_40) >> 1)
}

/// The lookup key of a label of `len` (1..=[`PACKED_MAX`]) bytes held
/// little-endian in the low bytes of `bytes`, zero above: case folded, with
/// the length in the top byte so that `us1\0` does not look like `us1`.
pub(crate) const fn label_key(bytes: u128, len: usize) -> u128 {
    fold_case(bytes) | ((len as u128) << 120)
}

/// The key of `bytes[start..end]` (see [`label_key`]), so that a table
/// lookup is one integer `match` (the `HTTP/1.1`-as-`u64` trick). `None`
/// for labels longer than [`PACKED_MAX`], which no table label is.
pub(crate) const fn pack(bytes: &[u8], start: usize, end: usize) -> Option<u128> {
    if end - start > PACKED_MAX {
        return None;
    }
    let mut packed = 0u128;
    let mut i = end;
    while i > start {
        i -= 1;
        packed = (packed << 8) | bytes[i] as u128;
    }
    Some(label_key(packed, end - start))
}

/// True for `[A-Za-z0-9-]`, the bytes a DNS label may hold (RFC 1123).
pub(crate) const fn is_ldh(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

/// Packs `bytes` if every byte is LDH; the checked door for public parsing.
const fn pack_checked(bytes: &[u8]) -> Option<u128> {
    if bytes.is_empty() {
        return None;
    }
    let mut i = 0;
    while i < bytes.len() {
        if !is_ldh(bytes[i]) {
            return None;
        }
        i += 1;
    }
    pack(bytes, 0, bytes.len())
}

/// The key of a table label, or [`NO_KEY`] for a label that is not one
/// LDH label of at most [`PACKED_MAX`] bytes (`preview.messaging`).
pub(crate) const fn pack_label(label: &str) -> u128 {
    match pack_checked(label.as_bytes()) {
        Some(packed) => packed,
        None => NO_KEY,
    }
}

pub(crate) const fn eq_ignore_ascii_case(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// The error of [`FromStr`] for [`Product`], [`Edge`] and [`Region`]: the
/// string is not a label of that table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownLabel;

impl fmt::Display for UnknownLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a known Twilio label")
    }
}

impl core::error::Error for UnknownLabel {}

/// Generates a label enum, its facts and everything derived from the label:
/// `as_str`, `from_bytes` (ASCII case-insensitive, `const`), `ALL`, `FromStr`
/// and `Display`. Each row is `Variant "label" { fact: value, ... }`; the
/// facts land in a private `$info` struct read by hand-written getters.
macro_rules! label_table {
    (
        $(#[$meta:meta])*
        pub enum $name:ident;
        struct $info:ident { $($field:ident: $fty:ty),* $(,)? }
        $( $variant:ident $label:literal { $($vfield:ident: $value:expr),* $(,)? } )+
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum $name {
            $( #[doc = concat!("`", $label, "`")] $variant, )+
        }

        struct $info { $($field: $fty),* }

        impl $name {
            /// Every value of the table, in declaration order (the `repr(u8)` order).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The canonical, lowercase label.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $( $name::$variant => $label, )+ }
            }

            const fn info(self) -> $info {
                match self { $( $name::$variant => $info { $($vfield: $value),* }, )+ }
            }

            /// Looks up a label key (see `pack`): one integer `match`.
            #[allow(non_upper_case_globals)] // one const per variant, named after it
            pub(crate) const fn from_packed(packed: u128) -> Option<Self> {
                $(
                    const $variant: u128 = pack_label($label);
                )+
                // A label with no key (`preview.messaging`) stands as
                // `NO_KEY` below; this first arm keeps it from matching.
                #[allow(unreachable_patterns)]
                match packed {
                    NO_KEY => None,
                    $( $variant => Some($name::$variant), )+
                    _ => None,
                }
            }

            /// [`from_packed`](Self::from_packed) of a label that may not pack.
            pub(crate) const fn from_packed_opt(packed: Option<u128>) -> Option<Self> {
                match packed {
                    Some(packed) => Self::from_packed(packed),
                    None => None,
                }
            }

            /// Parses a label, ASCII case-insensitively. `None` when it is not
            /// in the table.
            #[must_use]
            pub const fn from_bytes(bytes: &[u8]) -> Option<Self> {
                if let Some(packed) = pack_checked(bytes) {
                    return Self::from_packed(packed);
                }
                // Labels the integer match cannot hold (longer, or with a dot).
                let mut i = 0;
                while i < Self::ALL.len() {
                    let candidate = Self::ALL[i];
                    if pack_label(candidate.as_str()) == NO_KEY
                        && eq_ignore_ascii_case(candidate.as_str().as_bytes(), bytes)
                    {
                        return Some(candidate);
                    }
                    i += 1;
                }
                None
            }
        }

        impl FromStr for $name {
            type Err = UnknownLabel;
            fn from_str(s: &str) -> Result<Self, UnknownLabel> {
                Self::from_bytes(s.as_bytes()).ok_or(UnknownLabel)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.as_str())
            }
        }
    };
}

/// Whether a product label is served today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProductStatus {
    /// In the current API specs and helper libraries.
    Current,
    /// Removed from the specs: its hosts no longer serve.
    Retired,
}

label_table! {
    /// A Twilio REST product: the first label of the host (two labels for
    /// the retired `preview.messaging`). Source: `products.tsv`.
    pub enum Product;
    struct ProductInfo { status: ProductStatus }
    Accounts "accounts" { status: ProductStatus::Current }
    Api "api" { status: ProductStatus::Current }
    Assistants "assistants" { status: ProductStatus::Current }
    Bulkexports "bulkexports" { status: ProductStatus::Current }
    Chat "chat" { status: ProductStatus::Current }
    Content "content" { status: ProductStatus::Current }
    Conversations "conversations" { status: ProductStatus::Current }
    Events "events" { status: ProductStatus::Current }
    FlexApi "flex-api" { status: ProductStatus::Current }
    FrontlineApi "frontline-api" { status: ProductStatus::Current }
    Iam "iam" { status: ProductStatus::Current }
    PreviewIam "preview-iam" { status: ProductStatus::Current }
    Insights "insights" { status: ProductStatus::Current }
    Intelligence "intelligence" { status: ProductStatus::Current }
    IpMessaging "ip-messaging" { status: ProductStatus::Current }
    Knowledge "knowledge" { status: ProductStatus::Current }
    Lookups "lookups" { status: ProductStatus::Current }
    Marketplace "marketplace" { status: ProductStatus::Current }
    Memory "memory" { status: ProductStatus::Current }
    Messaging "messaging" { status: ProductStatus::Current }
    Monitor "monitor" { status: ProductStatus::Current }
    Notify "notify" { status: ProductStatus::Current }
    Numbers "numbers" { status: ProductStatus::Current }
    Oauth "oauth" { status: ProductStatus::Current }
    Preview "preview" { status: ProductStatus::Current }
    Pricing "pricing" { status: ProductStatus::Current }
    Proxy "proxy" { status: ProductStatus::Current }
    Routes "routes" { status: ProductStatus::Current }
    Serverless "serverless" { status: ProductStatus::Current }
    Studio "studio" { status: ProductStatus::Current }
    Supersim "supersim" { status: ProductStatus::Current }
    Sync "sync" { status: ProductStatus::Current }
    Taskrouter "taskrouter" { status: ProductStatus::Current }
    Trunking "trunking" { status: ProductStatus::Current }
    Trusthub "trusthub" { status: ProductStatus::Current }
    Verify "verify" { status: ProductStatus::Current }
    Video "video" { status: ProductStatus::Current }
    Voice "voice" { status: ProductStatus::Current }
    Wireless "wireless" { status: ProductStatus::Current }
    Autopilot "autopilot" { status: ProductStatus::Retired }
    Fax "fax" { status: ProductStatus::Retired }
    Media "media" { status: ProductStatus::Retired }
    Microvisor "microvisor" { status: ProductStatus::Retired }
    PreviewMessaging "preview.messaging" { status: ProductStatus::Retired }
    PreviewVerify "preview-verify" { status: ProductStatus::Retired }
    Authy "authy" { status: ProductStatus::Retired }
}

impl Product {
    /// Whether the product is served today.
    #[must_use]
    pub const fn status(self) -> ProductStatus {
        self.info().status
    }

    /// True for a product whose hosts no longer serve.
    #[must_use]
    pub const fn is_retired(self) -> bool {
        matches!(self.status(), ProductStatus::Retired)
    }
}

/// Public edge or Private Interconnect edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EdgeKind {
    /// Reached over the public internet.
    Public,
    /// Reached over Twilio Private Interconnect (`*-ix`).
    Interconnect,
}

label_table! {
    /// An edge location: where a request enters Twilio's network.
    /// Source: `edges.tsv`.
    pub enum Edge;
    struct EdgeInfo { kind: EdgeKind, legacy_id: &'static str, location: &'static str, rest_region: Option<Region> }
    Ashburn "ashburn" { kind: EdgeKind::Public, legacy_id: "us1", location: "US East Coast (Virginia)", rest_region: Some(Region::Us1) }
    Umatilla "umatilla" { kind: EdgeKind::Public, legacy_id: "us2", location: "US West Coast (Oregon)", rest_region: Some(Region::Us1) }
    Dublin "dublin" { kind: EdgeKind::Public, legacy_id: "ie1", location: "Ireland", rest_region: Some(Region::Ie1) }
    Frankfurt "frankfurt" { kind: EdgeKind::Public, legacy_id: "de1", location: "Frankfurt", rest_region: Some(Region::Us1) }
    SaoPaulo "sao-paulo" { kind: EdgeKind::Public, legacy_id: "br1", location: "Brazil", rest_region: Some(Region::Us1) }
    Singapore "singapore" { kind: EdgeKind::Public, legacy_id: "sg1", location: "Singapore", rest_region: Some(Region::Us1) }
    Tokyo "tokyo" { kind: EdgeKind::Public, legacy_id: "jp1", location: "Japan", rest_region: Some(Region::Us1) }
    Sydney "sydney" { kind: EdgeKind::Public, legacy_id: "au1", location: "Australia", rest_region: Some(Region::Au1) }
    Roaming "roaming" { kind: EdgeKind::Public, legacy_id: "gll", location: "Global Low Latency", rest_region: None }
    AshburnIx "ashburn-ix" { kind: EdgeKind::Interconnect, legacy_id: "us1-ix", location: "US East (Virginia), Interconnect exchange in Virginia", rest_region: Some(Region::Us1) }
    SanJoseIx "san-jose-ix" { kind: EdgeKind::Interconnect, legacy_id: "us2-ix", location: "US West (Oregon), Interconnect exchange in San Jose", rest_region: Some(Region::Us1) }
    SaoPauloIx "sao-paulo-ix" { kind: EdgeKind::Interconnect, legacy_id: "br1-ix", location: "Sao Paulo, Interconnect exchange in Sao Paulo", rest_region: Some(Region::Us1) }
    LondonIx "london-ix" { kind: EdgeKind::Interconnect, legacy_id: "ie1-ix", location: "Ireland, Interconnect exchange in London", rest_region: Some(Region::Ie1) }
    FrankfurtIx "frankfurt-ix" { kind: EdgeKind::Interconnect, legacy_id: "de1-ix", location: "Frankfurt, Interconnect exchange in Frankfurt", rest_region: Some(Region::Us1) }
    SingaporeIx "singapore-ix" { kind: EdgeKind::Interconnect, legacy_id: "sg1-ix", location: "Singapore, Interconnect exchange in Singapore", rest_region: Some(Region::Us1) }
    TokyoIx "tokyo-ix" { kind: EdgeKind::Interconnect, legacy_id: "jp1-ix", location: "Tokyo, Interconnect exchange in Tokyo", rest_region: Some(Region::Us1) }
    SydneyIx "sydney-ix" { kind: EdgeKind::Interconnect, legacy_id: "au1-ix", location: "Sydney, Interconnect exchange in Sydney", rest_region: Some(Region::Au1) }
}

impl Edge {
    /// Public or Private Interconnect.
    #[must_use]
    pub const fn kind(self) -> EdgeKind {
        self.info().kind
    }

    /// The edge's legacy id (`us1`, `gll`, `ie1-ix`, ...), as older
    /// configurations name it.
    #[must_use]
    pub const fn legacy_id(self) -> &'static str {
        self.info().legacy_id
    }

    /// Where the edge is, in Twilio's words.
    #[must_use]
    pub const fn location(self) -> &'static str {
        self.info().location
    }

    /// The processing region whose REST traffic this edge documentedly
    /// carries; `None` for `roaming`, which is not a REST edge.
    #[must_use]
    pub const fn rest_region(self) -> Option<Region> {
        self.info().rest_region
    }

    /// False for `roaming`: a REST host through it fails TLS
    /// (twilio-csharp#798).
    #[must_use]
    pub const fn is_rest_edge(self) -> bool {
        self.rest_region().is_some()
    }
}

/// How far a region code is a real region (regions.tsv `status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegionStatus {
    /// A documented processing region.
    Ga,
    /// Named as a region by some docs and not by others (`jp1`).
    Conflicting,
    /// Only the legacy id of an edge; no data is processed under its name.
    LegacyEdgeId,
}

/// What the region-only host `{product}.{code}.twilio.com` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegionOnlyHost {
    /// Served (only `us1`).
    Live,
    /// Processed everything in us1 and stopped working on
    /// [`REGION_ONLY_RETIRED_ON`].
    Retired,
    /// Never existed: the code is not a region at all (`gll`).
    Never,
}

/// The day Twilio retired `{product}.{ie1,au1,br1,de1,jp1,sg1,us2}.twilio.com`
/// (changelog "Deprecation of region-specific Twilio API domain patterns").
pub const REGION_ONLY_RETIRED_ON: &str = "2026-04-28";

label_table! {
    /// A region code as it stands in a host. Only `us1`, `ie1` and `au1`
    /// process data ([`Region::is_processing`]); the others are legacy edge
    /// ids that users write as regions. Source: `regions.tsv`.
    pub enum Region;
    struct RegionInfo { processing: bool, documented_edge: Option<Edge>, status: RegionStatus, region_only_host: RegionOnlyHost }
    Us1 "us1" { processing: true, documented_edge: None, status: RegionStatus::Ga, region_only_host: RegionOnlyHost::Live }
    Ie1 "ie1" { processing: true, documented_edge: Some(Edge::Dublin), status: RegionStatus::Ga, region_only_host: RegionOnlyHost::Retired }
    Au1 "au1" { processing: true, documented_edge: Some(Edge::Sydney), status: RegionStatus::Ga, region_only_host: RegionOnlyHost::Retired }
    Jp1 "jp1" { processing: false, documented_edge: Some(Edge::Tokyo), status: RegionStatus::Conflicting, region_only_host: RegionOnlyHost::Retired }
    Us2 "us2" { processing: false, documented_edge: None, status: RegionStatus::LegacyEdgeId, region_only_host: RegionOnlyHost::Retired }
    De1 "de1" { processing: false, documented_edge: None, status: RegionStatus::LegacyEdgeId, region_only_host: RegionOnlyHost::Retired }
    Br1 "br1" { processing: false, documented_edge: None, status: RegionStatus::LegacyEdgeId, region_only_host: RegionOnlyHost::Retired }
    Sg1 "sg1" { processing: false, documented_edge: None, status: RegionStatus::LegacyEdgeId, region_only_host: RegionOnlyHost::Retired }
    Gll "gll" { processing: false, documented_edge: None, status: RegionStatus::LegacyEdgeId, region_only_host: RegionOnlyHost::Never }
}

impl Region {
    /// The processing regions: `us1`, `ie1`, `au1`.
    pub const PROCESSING: [Region; 3] = [Region::Us1, Region::Ie1, Region::Au1];

    /// True for `us1`, `ie1` and `au1`: Twilio processes and stores data
    /// there.
    #[must_use]
    pub const fn is_processing(self) -> bool {
        self.info().processing
    }

    /// The edge the docs pair with this region (`dublin` for `ie1`, `sydney`
    /// for `au1`); `None` for `us1`, which needs none.
    #[must_use]
    pub const fn documented_edge(self) -> Option<Edge> {
        self.info().documented_edge
    }

    /// Whether the code is a region, disputed, or only an edge's legacy id.
    #[must_use]
    pub const fn status(self) -> RegionStatus {
        self.info().status
    }

    /// What `{product}.{code}.twilio.com` is: live, retired or never real.
    #[must_use]
    pub const fn region_only_host(self) -> RegionOnlyHost {
        self.info().region_only_host
    }

    /// The edge whose legacy id this code is (`de1` → `frankfurt`,
    /// `gll` → `roaming`); `None` when no edge has this legacy id.
    #[must_use]
    pub const fn legacy_edge(self) -> Option<Edge> {
        let mut i = 0;
        while i < Edge::ALL.len() {
            let edge = Edge::ALL[i];
            if eq_ignore_ascii_case(edge.legacy_id().as_bytes(), self.as_str().as_bytes()) {
                return Some(edge);
            }
            i += 1;
        }
        None
    }
}

/// Length of the longest label of `labels`.
const fn longest(labels: &[&str]) -> usize {
    let mut max = 0;
    let mut i = 0;
    while i < labels.len() {
        if labels[i].len() > max {
            max = labels[i].len();
        }
        i += 1;
    }
    max
}

macro_rules! longest_of {
    ($ty:ty) => {{
        const N: usize = <$ty>::ALL.len();
        let mut labels = [""; N];
        let mut i = 0;
        while i < N {
            labels[i] = <$ty>::ALL[i].as_str();
            i += 1;
        }
        longest(&labels)
    }};
}

/// The Twilio domain every REST host ends in, with its leading dot.
pub(crate) const DOMAIN_SUFFIX: &str = ".twilio.com";

/// Length of the longest host this crate can produce, computed from the
/// tables: `product.edge.region.twilio.com` with the longest of each.
pub const MAX_HOST_LEN: usize =
    longest_of!(Product) + 1 + longest_of!(Edge) + 1 + longest_of!(Region) + DOMAIN_SUFFIX.len();

const _: () = assert!(MAX_HOST_LEN <= 253, "a host must fit DNS's 253 bytes");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_sizes_match_the_facts() {
        let current = Product::ALL.iter().filter(|p| !p.is_retired()).count();
        assert_eq!((current, Product::ALL.len() - current), (39, 7));
        let interconnect = Edge::ALL
            .iter()
            .filter(|e| e.kind() == EdgeKind::Interconnect)
            .count();
        assert_eq!((Edge::ALL.len(), interconnect), (17, 8));
        assert_eq!(Region::ALL.len(), 9);
    }

    #[test]
    fn repr_order_is_all_order() {
        for (i, p) in Product::ALL.iter().enumerate() {
            assert_eq!(*p as usize, i, "{p}");
        }
        for (i, e) in Edge::ALL.iter().enumerate() {
            assert_eq!(*e as usize, i, "{e}");
        }
        for (i, r) in Region::ALL.iter().enumerate() {
            assert_eq!(*r as usize, i, "{r}");
        }
    }

    #[test]
    fn only_preview_messaging_needs_the_slow_path() {
        let slow: heapless::Vec<Product, 4> = Product::ALL
            .iter()
            .copied()
            .filter(|p| pack_label(p.as_str()) == NO_KEY)
            .collect();
        assert_eq!(slow.as_slice(), &[Product::PreviewMessaging]);
        assert!(Edge::ALL.iter().all(|e| pack_label(e.as_str()) != NO_KEY));
        assert!(Region::ALL.iter().all(|r| pack_label(r.as_str()) != NO_KEY));
    }

    /// `fold_case` is a lowercasing that never makes a non-LDH byte LDH:
    /// checked for all 256 bytes in every position.
    #[test]
    fn fold_case_turns_exactly_the_ldh_bytes_into_lowercase_ldh() {
        for b in 0..=255u8 {
            for at in 0..16 {
                let folded = (fold_case(u128::from(b) << (8 * at)) >> (8 * at)) as u8;
                let lower_ldh =
                    folded.is_ascii_lowercase() || folded.is_ascii_digit() || folded == b'-';
                assert_eq!(lower_ldh, is_ldh(b), "byte {b:#04x}");
                if is_ldh(b) {
                    assert_eq!(folded, b.to_ascii_lowercase(), "byte {b:#04x}");
                }
            }
        }
    }

    /// Every label is found by its key in any case; keys of other labels,
    /// of labels with a NUL or `\r` in them, and of prefixes are not.
    #[test]
    fn every_label_is_found_by_its_key_and_nothing_else_is() {
        fn check<T: Copy + PartialEq + core::fmt::Debug>(
            all: &[T],
            as_str: fn(T) -> &'static str,
            find: fn(u128) -> Option<T>,
        ) {
            for &value in all {
                let label = as_str(value);
                let Some(key) = pack(label.as_bytes(), 0, label.len()) else {
                    continue; // preview.messaging: two labels
                };
                assert_eq!(find(key), Some(value), "{label}");
                let upper = label.to_ascii_uppercase();
                assert_eq!(
                    find(pack(upper.as_bytes(), 0, label.len()).unwrap()),
                    Some(value)
                );
                for hostile in [b'\0', b'\r', b'\x11', b'.', b'@'] {
                    let mut bytes = std::vec::Vec::from(label.as_bytes());
                    bytes.push(hostile);
                    assert_eq!(
                        find(pack(&bytes, 0, bytes.len()).unwrap()),
                        None,
                        "{bytes:?}"
                    );
                    bytes.pop();
                    *bytes.last_mut().unwrap() = hostile;
                    assert_eq!(
                        find(pack(&bytes, 0, bytes.len()).unwrap()),
                        None,
                        "{bytes:?}"
                    );
                }
                assert_eq!(
                    find(pack(label.as_bytes(), 0, label.len() - 1).unwrap()),
                    None
                );
            }
        }
        check(Product::ALL, Product::as_str, Product::from_packed);
        check(Edge::ALL, Edge::as_str, Edge::from_packed);
        check(Region::ALL, Region::as_str, Region::from_packed);
        assert_eq!(Product::from_packed(0), None);
        assert_eq!(Product::from_packed(NO_KEY), None);
    }

    #[test]
    fn legacy_edges_of_region_codes() {
        assert_eq!(Region::Gll.legacy_edge(), Some(Edge::Roaming));
        assert_eq!(Region::De1.legacy_edge(), Some(Edge::Frankfurt));
        assert_eq!(Region::Us1.legacy_edge(), Some(Edge::Ashburn));
    }

    #[test]
    fn max_host_len_is_the_longest_combination() {
        // preview.messaging + sao-paulo-ix (12) + us1 (3) + .twilio.com
        assert_eq!(MAX_HOST_LEN, 17 + 1 + 12 + 1 + 3 + 11);
    }
}
