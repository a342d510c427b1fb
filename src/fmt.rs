//! Every `Display` of the crate but the label tables', in one place. Pieces
//! are written with `write_str`; `core::fmt` arguments cost twice as much.

use core::fmt::{self, Display, Formatter, Write};

use crate::error::{BufferTooSmall, ErrorKind, ParseError};
use crate::host::{Form, Hostname};
use crate::labels::{Edge, Region, REGION_ONLY_RETIRED_ON};
use crate::verdict::{Reason, Severity, Verdict};

impl Display for Hostname {
    /// The canonical lowercase host. Honours width and fill (`{:>30}`).
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if f.width().is_some() {
            f.pad(&self.to_heapless())
        } else {
            self.write_to(f)
        }
    }
}

impl Display for Form {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Form::Legacy => "legacy",
            Form::RegionOnly => "region-only",
            Form::EdgeOnly => "edge without region",
            Form::Regional => "regional",
        })
    }
}

impl Display for Severity {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Writes a decimal number without `core::fmt` arguments.
fn write_usize(f: &mut impl Write, mut n: usize) -> fmt::Result {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        f.write_char(char::from(d))?;
    }
    Ok(())
}

impl Display for ParseError {
    /// What is wrong and at which byte, e.g. `invalid byte 0x5f at byte 5`.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.kind() {
            ErrorKind::InvalidByte(byte) => {
                f.write_str("invalid byte ")?;
                write_byte(f, byte)?;
            }
            ErrorKind::UnknownProduct { len }
            | ErrorKind::UnknownEdge { len }
            | ErrorKind::UnknownRegion { len }
            | ErrorKind::UnknownEdgeOrRegion { len } => {
                f.write_str(kind_message(self.kind()))?;
                f.write_str(" (")?;
                write_usize(f, usize::from(len))?;
                f.write_str(" bytes)")?;
            }
            kind => f.write_str(kind_message(kind))?,
        }
        at_byte(f, self.index())
    }
}

/// The fixed words of each error kind.
pub(crate) const fn kind_message(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Empty => "empty input",
        ErrorKind::TooLong => "name longer than 253 bytes",
        ErrorKind::EmptyLabel => "empty label",
        ErrorKind::LabelTooLong => "label longer than 63 bytes",
        ErrorKind::InvalidByte(_) => "invalid byte",
        ErrorKind::HyphenAtLabelEdge => "label starts or ends with '-'",
        ErrorKind::NotTwilio => "not a Twilio host: the name must end in .twilio.com",
        ErrorKind::MissingProduct => "no product label before twilio.com",
        ErrorKind::UnknownProduct { .. } => "unknown Twilio product",
        ErrorKind::UnknownEdge { .. } => "unknown Twilio edge",
        ErrorKind::UnknownRegion { .. } => "unknown Twilio region",
        ErrorKind::UnknownEdgeOrRegion { .. } => "neither a Twilio edge nor a region",
        ErrorKind::TooManyLabels => "too many labels: expected product[.edge][.region].twilio.com",
        ErrorKind::NotHttpUrl => "not an http or https URL",
        ErrorKind::EmptyHost => "URL without a host",
        ErrorKind::IpLiteral => "IP literal, not a Twilio host",
        ErrorKind::InvalidPort => "port is not a number up to 65535",
    }
}

impl Display for BufferTooSmall {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("buffer too small: ")?;
        write_usize(f, self.needed)?;
        f.write_str(" bytes needed")
    }
}

fn edge_name(f: &mut Formatter<'_>, edge: Edge) -> fmt::Result {
    f.write_str("edge ")?;
    f.write_str(edge.as_str())
}

fn region_name(f: &mut Formatter<'_>, region: Region) -> fmt::Result {
    f.write_str(region.as_str())
}

impl Display for Reason {
    /// A sentence a person can act on.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match *self {
            Reason::Legacy => f.write_str("legacy host: processed in us1 through edge ashburn"),
            Reason::Us1 => f.write_str("processed in us1"),
            Reason::Us1ThroughEdge(edge) => {
                f.write_str("processed in us1; the backend ignores ")?;
                edge_name(f, edge)?;
                f.write_str(", which only picks where requests enter Twilio")
            }
            Reason::DocumentedPair(edge, region) => {
                f.write_str("processed in ")?;
                region_name(f, region)?;
                f.write_str(" through its documented ")?;
                edge_name(f, edge)
            }
            Reason::UndocumentedEdge(edge, region) => {
                edge_name(f, edge)?;
                f.write_str(" is not documented for ")?;
                region_name(f, region)?;
                if let Some(documented) = region.documented_edge() {
                    f.write_str("; only ")?;
                    edge_name(f, documented)?;
                    f.write_str(" is")?;
                }
                Ok(())
            }
            Reason::DisputedRegion(region) => {
                region_name(f, region)?;
                f.write_str(
                    " is listed as a region only by the Twilio CLI docs; the current docs \
                     process data in us1, ie1 and au1 only",
                )
            }
            Reason::RetiredProduct(product) => {
                f.write_str("product ")?;
                f.write_str(product.as_str())?;
                f.write_str(" is retired; its hosts no longer serve")
            }
            Reason::NotRestEdge(edge) => {
                edge_name(f, edge)?;
                f.write_str(" is not a REST API edge: TLS name mismatch (twilio-csharp#798)")
            }
            Reason::NeverARegion(region) => {
                region_name(f, region)?;
                f.write_str(" is not a region")?;
                if let Some(edge) = region.legacy_edge() {
                    f.write_str(" but the legacy id of ")?;
                    edge_name(f, edge)?;
                }
                f.write_str(": the host does not resolve (twilio-node#666)")
            }
            Reason::EdgeWithoutRegion(edge) => {
                edge_name(f, edge)?;
                f.write_str(" without a region: the host does not exist (twilio-java#936)")
            }
            Reason::RetiredRegionOnly(region) => {
                f.write_str("region-only host for ")?;
                region_name(f, region)?;
                f.write_str(" was retired on ")?;
                f.write_str(REGION_ONLY_RETIRED_ON)?;
                f.write_str(" (it processed in us1 whatever the code)")
            }
            Reason::NotProcessingRegion(_, region) => {
                region_name(f, region)?;
                f.write_str(" is not a processing region")?;
                if let Some(edge) = region.legacy_edge() {
                    f.write_str(" but the legacy id of ")?;
                    edge_name(f, edge)?;
                }
                Ok(())
            }
        }
    }
}

impl Display for Verdict {
    /// `fail: <reason>; use <fix>`.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(self.severity().as_str())?;
        f.write_str(": ")?;
        Display::fmt(&self.reason(), f)?;
        if let Some(fix) = self.fix() {
            f.write_str("; use ")?;
            fix.write_to(f)?;
        }
        Ok(())
    }
}

// Availability, credentials and policy.

use crate::availability::{AtHost, Level, LookupError};
use crate::credential::{Credential, CredentialMismatch, Sid};
use crate::error::{PathError, PathErrorKind, RegionError, SidError, SidErrorKind};
use crate::policy::{Allowed, Decision, Denied, RegionSet};

impl Display for Level {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// ` at byte N`: where every error message ends.
fn at_byte(f: &mut impl Write, index: usize) -> fmt::Result {
    f.write_str(" at byte ")?;
    write_usize(f, index)
}

/// `0x5c ('\')`: a byte as hex, and itself when printable.
fn write_byte(f: &mut impl Write, byte: u8) -> fmt::Result {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    f.write_str("0x")?;
    f.write_char(char::from(HEX[usize::from(byte >> 4)]))?;
    f.write_char(char::from(HEX[usize::from(byte & 0xf)]))?;
    if byte.is_ascii_graphic() {
        f.write_str(" ('")?;
        f.write_char(char::from(byte))?;
        f.write_str("')")?;
    }
    Ok(())
}

impl Display for PathError {
    /// What is wrong and at which byte, e.g. `'..' segment at byte 4`.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.kind() {
            PathErrorKind::NotAbsolute => f.write_str("path does not start with '/'")?,
            PathErrorKind::EmptySegment => f.write_str("empty segment ('//')")?,
            PathErrorKind::DotSegment => f.write_str("'.' or '..' segment")?,
            PathErrorKind::PercentEncoded => {
                f.write_str("percent-encoding ('%'), which is not decoded")?
            }
            PathErrorKind::Backslash => f.write_str("backslash ('\\')")?,
            PathErrorKind::InvalidByte(byte) => {
                f.write_str("byte ")?;
                write_byte(f, byte)?;
                f.write_str(" is not allowed in a path")?;
            }
        }
        at_byte(f, self.index())
    }
}

impl Display for LookupError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            LookupError::Host(e) => Display::fmt(e, f),
            LookupError::Path(e) => {
                f.write_str("path not in normal form: ")?;
                Display::fmt(e, f)
            }
        }
    }
}

impl Display for AtHost {
    /// e.g. `not available in ie1; available in us1 at notify.twilio.com`.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match *self {
            AtHost::Available { region, level } => {
                f.write_str("available in ")?;
                region_name(f, region)?;
                f.write_str(" (")?;
                f.write_str(level.as_str())?;
                f.write_str(")")
            }
            AtHost::NotInRegion { region, instead } => {
                f.write_str("not available in ")?;
                region_name(f, region)?;
                match instead {
                    Some((other, host)) => {
                        f.write_str("; available in ")?;
                        region_name(f, other)?;
                        f.write_str(" at ")?;
                        host.write_to(f)
                    }
                    None => f.write_str(" nor in any other region"),
                }
            }
            AtHost::EdgeRequired {
                region,
                edge,
                instead,
            } => {
                f.write_str("available in ")?;
                region_name(f, region)?;
                f.write_str(" only through ")?;
                edge_name(f, edge)?;
                f.write_str("; use ")?;
                instead.write_to(f)
            }
            AtHost::Unusable(verdict) => Display::fmt(&verdict, f),
        }
    }
}

impl Display for SidError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.kind() {
            SidErrorKind::UnknownPrefix => {
                f.write_str("not an API key SID (SK...) or Account SID (AC...)")?
            }
            SidErrorKind::TooShort => {
                f.write_str("SID too short: expected 2 letters and 32 hex digits")?
            }
            SidErrorKind::TooLong => {
                f.write_str("SID too long: expected 2 letters and 32 hex digits")?
            }
            SidErrorKind::NotHex(byte) => {
                f.write_str("byte ")?;
                write_byte(f, byte)?;
                f.write_str(" is not a hex digit")?;
            }
        }
        at_byte(f, self.index())
    }
}

impl Display for Sid {
    /// `SK` or `AC` and 32 lowercase hex digits.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let text = self.encode();
        // Every byte is ASCII, so this cannot fail.
        f.pad(core::str::from_utf8(&text).map_err(|_| fmt::Error)?)
    }
}

impl Display for Credential {
    /// `SK... (ie1)`, or `ie1 credential` without a SID.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.sid() {
            Some(sid) => {
                Display::fmt(&sid, f)?;
                f.write_str(" (")?;
                region_name(f, self.region())?;
                f.write_str(")")
            }
            None => {
                region_name(f, self.region())?;
                f.write_str(" credential")
            }
        }
    }
}

fn write_credential_mismatch(
    f: &mut Formatter<'_>,
    credential: Region,
    needed: Region,
) -> fmt::Result {
    f.write_str("the credential belongs to ")?;
    region_name(f, credential)?;
    f.write_str(" but the host processes in ")?;
    region_name(f, needed)?;
    f.write_str(": use an API key or auth token of ")?;
    region_name(f, needed)?;
    f.write_str(" (credentials are per region)")
}

impl Display for CredentialMismatch {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write_credential_mismatch(f, self.credential, self.needed)
    }
}

impl Display for RegionError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match *self {
            RegionError::Empty => f.write_str("empty region: expected us1, ie1 or au1"),
            RegionError::Unknown => f.write_str("unknown region: expected us1, ie1 or au1"),
            RegionError::NotProcessing(region) => {
                region_name(f, region)?;
                f.write_str(" is not a processing region: expected us1, ie1 or au1")
            }
        }
    }
}

impl Display for RegionSet {
    /// Comma-separated (`us1,ie1`), or `none`.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("none");
        }
        for (i, region) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            region_name(f, region)?;
        }
        Ok(())
    }
}

impl Display for Allowed {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match *self {
            Allowed::Endpoint { region, level } => {
                f.write_str("processed in ")?;
                region_name(f, region)?;
                f.write_str(" (")?;
                f.write_str(level.as_str())?;
                f.write_str(")")
            }
            Allowed::Host { region } => {
                f.write_str("processed in ")?;
                region_name(f, region)?;
                f.write_str(" (no path given: the product offers endpoints there)")
            }
            Allowed::NonTwilio => {
                f.write_str("not a Twilio host; the policy allows non-Twilio hosts")
            }
        }
    }
}

/// `; use {host}`, or `; {none}` when there is nothing to suggest.
fn write_instead(f: &mut Formatter<'_>, instead: Option<Hostname>, none: &str) -> fmt::Result {
    match instead {
        Some(host) => {
            f.write_str("; use ")?;
            host.write_to(f)
        }
        None => {
            f.write_str("; ")?;
            f.write_str(none)
        }
    }
}

impl Display for Denied {
    /// A sentence a person can act on.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match *self {
            Denied::Unparsable(e) => {
                f.write_str("not a Twilio REST URL or host: ")?;
                Display::fmt(&e, f)
            }
            Denied::NonTwilio => {
                f.write_str("not a Twilio host, and the policy denies non-Twilio hosts")
            }
            Denied::BadPath(e) => {
                f.write_str("path not in normal form: ")?;
                Display::fmt(&e, f)?;
                f.write_str("; send the normalized path")
            }
            Denied::HostFails(verdict) => {
                f.write_str("the host does not work: ")?;
                Display::fmt(&verdict.reason(), f)?;
                if let Some(fix) = verdict.fix() {
                    f.write_str("; use ")?;
                    fix.write_to(f)?;
                }
                Ok(())
            }
            Denied::NoProcessingRegion(verdict) => {
                f.write_str("no documented processing region: ")?;
                Display::fmt(&verdict.reason(), f)?;
                if let Some(fix) = verdict.fix() {
                    f.write_str("; use ")?;
                    fix.write_to(f)?;
                }
                Ok(())
            }
            Denied::RegionNotAllowed { region, instead } => {
                f.write_str("processed in ")?;
                region_name(f, region)?;
                f.write_str(", which the policy does not allow")?;
                write_instead(f, instead, "no allowed region offers this endpoint")
            }
            Denied::NotAvailable {
                product,
                region,
                instead,
                offered_in,
            } => {
                f.write_str("this ")?;
                f.write_str(product.as_str())?;
                f.write_str(" endpoint is not available in ")?;
                region_name(f, region)?;
                if instead.is_some() || offered_in.is_empty() {
                    return write_instead(f, instead, "no region offers it");
                }
                f.write_str("; no allowed region offers it (offered in ")?;
                Display::fmt(&offered_in, f)?;
                f.write_str(")")
            }
            Denied::EdgeRequired {
                region,
                edge,
                instead,
            } => {
                region_name(f, region)?;
                f.write_str(" is reached only through ")?;
                edge_name(f, edge)?;
                f.write_str("; use ")?;
                instead.write_to(f)
            }
            Denied::CredentialRegion { credential, needed } => {
                write_credential_mismatch(f, credential, needed)
            }
        }
    }
}

impl Display for Decision {
    /// `allow: <reason>` or `deny: <reason>`.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())?;
        f.write_str(": ")?;
        match self {
            Decision::Allow(allowed) => Display::fmt(allowed, f),
            Decision::Deny(denied) => Display::fmt(denied, f),
        }
    }
}

// Rewriting.

use crate::rewrite::{Refusal, RewriteError, Setting, TargetError, TargetErrorKind};

impl Display for Setting {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl Display for TargetError {
    /// `region: invalid byte 0x2e ('.') at byte 4; a region is one DNS label`.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(self.setting().as_str())?;
        f.write_str(": ")?;
        match self.kind() {
            TargetErrorKind::InvalidByte(byte) => {
                f.write_str("invalid byte ")?;
                write_byte(f, byte)?;
            }
            TargetErrorKind::TooLong => f.write_str("longer than 63 bytes")?,
            TargetErrorKind::HyphenAtLabelEdge => f.write_str("starts or ends with '-'")?,
            TargetErrorKind::Punycode => f.write_str("starts with 'xn--'")?,
            TargetErrorKind::Unknown => {
                f.write_str("not a Twilio ")?;
                return f.write_str(self.setting().as_str());
            }
        }
        at_byte(f, self.index())?;
        f.write_str("; ")?;
        f.write_str(match self.setting() {
            Setting::Edge => "an edge",
            Setting::Region => "a region",
        })?;
        f.write_str(" must be one DNS label of [A-Za-z0-9-]")
    }
}

impl Display for Refusal {
    /// `api.ie1.twilio.com: fail: <reason>; use <fix>`.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.host().write_to(f)?;
        f.write_str(": ")?;
        Display::fmt(&self.verdict(), f)
    }
}

impl Display for RewriteError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            RewriteError::Url(e) => {
                f.write_str("cannot rewrite this URL: ")?;
                Display::fmt(e, f)
            }
            RewriteError::HostTooLong { len } => {
                f.write_str("the rewritten host would be ")?;
                write_usize(f, *len)?;
                f.write_str(" bytes; a name holds at most 253")
            }
            RewriteError::BufferTooSmall(e) => Display::fmt(e, f),
            RewriteError::Write => f.write_str("the output failed"),
            RewriteError::Refused(refusal) => {
                f.write_str("refused ")?;
                Display::fmt(refusal, f)
            }
        }
    }
}
