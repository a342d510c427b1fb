//! Regional credentials (RULES.md §8): an API key or Account SID belongs to
//! one processing region, and fails authentication against another's hosts.
//! Only identifiers are held here, never a secret.

use crate::error::{RegionError, SidError, SidErrorKind};
use crate::labels::Region;

/// What a SID identifies, read from its two-letter prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SidKind {
    /// `SK…`: an API key (created in, and valid for, one region).
    ApiKey,
    /// `AC…`: an account, whose Auth Token is per region.
    Account,
}

impl SidKind {
    /// The two-letter prefix.
    #[must_use]
    pub const fn prefix(self) -> &'static str {
        match self {
            SidKind::ApiKey => "SK",
            SidKind::Account => "AC",
        }
    }
}

/// Length of a SID: two prefix letters and 32 hex digits.
pub const SID_LEN: usize = 34;

/// A Twilio API key SID (`SK` + 32 hex) or Account SID (`AC` + 32 hex).
///
/// Stored as its prefix and 16 bytes. Hex digits are accepted in either
/// case (Twilio's API specs allow both) and written back lowercase, as
/// Twilio issues them.
///
/// ```
/// use twilio_fqdn::{Sid, SidKind};
///
/// let sid: Sid = "SK0123456789ABCDEF0123456789abcdef".parse()?;
/// assert_eq!(sid.kind(), SidKind::ApiKey);
/// assert_eq!(sid.to_string(), "SK0123456789abcdef0123456789abcdef");
/// # Ok::<(), twilio_fqdn::SidError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sid {
    kind: SidKind,
    bytes: [u8; 16],
}

const fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

impl Sid {
    /// Parses `SK…` or `AC…` with exactly 32 hex digits.
    pub const fn parse(input: &str) -> Result<Sid, SidError> {
        let bytes = input.as_bytes();
        if bytes.len() < 2 {
            return Err(SidError::new(bytes.len(), SidErrorKind::TooShort));
        }
        let kind = match (bytes[0], bytes[1]) {
            (b'S', b'K') => SidKind::ApiKey,
            (b'A', b'C') => SidKind::Account,
            _ => return Err(SidError::new(0, SidErrorKind::UnknownPrefix)),
        };
        let mut out = [0u8; 16];
        let mut i = 2;
        while i < bytes.len() {
            if i >= SID_LEN {
                return Err(SidError::new(SID_LEN, SidErrorKind::TooLong));
            }
            let Some(nibble) = hex_value(bytes[i]) else {
                return Err(SidError::new(i, SidErrorKind::NotHex(bytes[i])));
            };
            let at = (i - 2) / 2;
            out[at] = (out[at] << 4) | nibble;
            i += 1;
        }
        if bytes.len() < SID_LEN {
            return Err(SidError::new(bytes.len(), SidErrorKind::TooShort));
        }
        Ok(Sid { kind, bytes: out })
    }

    /// API key or account.
    #[must_use]
    pub const fn kind(&self) -> SidKind {
        self.kind
    }

    /// The canonical text (`SK` / `AC` and 32 lowercase hex digits).
    #[must_use]
    pub const fn encode(&self) -> [u8; SID_LEN] {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut out = [0u8; SID_LEN];
        let prefix = self.kind.prefix().as_bytes();
        out[0] = prefix[0];
        out[1] = prefix[1];
        let mut i = 0;
        while i < 16 {
            out[2 + 2 * i] = HEX[(self.bytes[i] >> 4) as usize];
            out[3 + 2 * i] = HEX[(self.bytes[i] & 0xf) as usize];
            i += 1;
        }
        out
    }
}

impl core::str::FromStr for Sid {
    type Err = SidError;
    fn from_str(s: &str) -> Result<Self, SidError> {
        Sid::parse(s)
    }
}

/// A credential's identity and the processing region it belongs to: an API
/// key or Account SID, or only the region when the caller knows no SID (an
/// Auth Token). No secret is held.
///
/// ```
/// use twilio_fqdn::{Credential, Region, Sid};
///
/// const KEY: Credential = match Sid::parse("SK0123456789abcdef0123456789abcdef") {
///     Ok(sid) => match Credential::new(Some(sid), Region::Ie1) {
///         Ok(credential) => credential,
///         Err(_) => panic!("ie1 is a processing region"),
///     },
///     Err(_) => panic!("a valid SID"),
/// };
/// assert_eq!(KEY.region(), Region::Ie1);
/// assert!(Credential::new(None, Region::De1).is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Credential {
    sid: Option<Sid>,
    region: Region,
}

impl Credential {
    /// A credential of `region`, which must be a processing region (`us1`,
    /// `ie1`, `au1`): only those issue credentials.
    pub const fn new(sid: Option<Sid>, region: Region) -> Result<Credential, RegionError> {
        if !region.is_processing() {
            return Err(RegionError::NotProcessing(region));
        }
        Ok(Credential { sid, region })
    }

    /// The SID, when the caller gave one.
    #[must_use]
    pub const fn sid(&self) -> Option<Sid> {
        self.sid
    }

    /// The processing region the credential belongs to.
    #[must_use]
    pub const fn region(&self) -> Region {
        self.region
    }

    /// `Ok` when the credential authenticates in `host_region`, the region
    /// that processes the request; otherwise the mismatch, which names the
    /// region whose credential is needed.
    pub const fn check(&self, host_region: Region) -> Result<(), CredentialMismatch> {
        if self.region as u8 == host_region as u8 {
            Ok(())
        } else {
            Err(CredentialMismatch {
                credential: self.region,
                needed: host_region,
            })
        }
    }
}

/// A credential used against another region's host: it fails
/// authentication there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CredentialMismatch {
    /// The region the credential belongs to.
    pub credential: Region,
    /// The region that processes the host, whose credential is needed.
    pub needed: Region,
}

impl core::error::Error for CredentialMismatch {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sid_round_trips_and_reports_the_byte() {
        let text = "AC0123456789abcdef0123456789abcdef";
        let sid = Sid::parse(text).unwrap();
        assert_eq!(&sid.encode(), text.as_bytes());
        let cases: &[(&str, usize, SidErrorKind)] = &[
            ("", 0, SidErrorKind::TooShort),
            ("S", 1, SidErrorKind::TooShort),
            ("SK", 2, SidErrorKind::TooShort),
            (
                "PN0123456789abcdef0123456789abcdef",
                0,
                SidErrorKind::UnknownPrefix,
            ),
            (
                "sk0123456789abcdef0123456789abcdef",
                0,
                SidErrorKind::UnknownPrefix,
            ),
            (
                "SK0123456789abcdef0123456789abcde",
                33,
                SidErrorKind::TooShort,
            ),
            (
                "SK0123456789abcdef0123456789abcdef0",
                34,
                SidErrorKind::TooLong,
            ),
            (
                "SK0123456789abcdeg0123456789abcdef",
                17,
                SidErrorKind::NotHex(b'g'),
            ),
        ];
        for &(input, index, kind) in cases {
            let err = Sid::parse(input).unwrap_err();
            assert_eq!((err.index(), err.kind()), (index, kind), "{input:?}");
        }
    }
}
